"""The results store's benchmark: a corpus of invented agencies over three years, checked into a
store twice; the second run reads nothing (every file is unchanged) and should be ≥ 20× faster.

    .venv/bin/python bench/store.py                 # 2,000 reports (667 agencies × 3 years), SQLite
    .venv/bin/python bench/store.py -n 300 --db postgresql://…   # a smaller corpus, a server

Prints both wall times (interpreter start included) and both CPU times (user + system of govlint's
processes: steadier than the wall time on a shared machine), the ratios, and the number of
cross-year pairs. The second run is the best of ``--repeat`` runs over the unchanged corpus.
"""
from __future__ import annotations

import argparse
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Tuple

sys.path.insert(0, str(Path(__file__).parent))
from generate import LAYOUTS, report  # noqa: E402

YEARS = (2022, 2023, 2024)
KINDS = ("镇人民政府", "县人民政府", "县教育局", "街道办事处", "区民政局")


def write_corpus(out: Path, n: int, seed: int = 7) -> int:
    """n reports: n // 3 invented agencies, each with a report for 2022, 2023 and 2024."""
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for i in range(max(1, n // 3)):
        for j, year in enumerate(YEARS):
            text, _ = report(seed * 1_000_003 + i * 3 + j, LAYOUTS[(i + j) % 3], 10)
            title = text.split("\n", 1)[0]
            m = re.match(r"(.+?)(\d{4})年政府信息公开工作年度报告", title)
            agency, old = m.group(1), int(m.group(2))
            name = f"基准{i:04d}{KINDS[i % len(KINDS)]}"
            text = text.replace(f"{old + 1}年1月", "@@NEXT@@").replace(agency, name).replace(str(old), str(year))
            text = text.replace("@@NEXT@@", f"{year + 1}年1月")
            (out / f"a{i:04d}_{year}.txt").write_text(text, "utf-8")
            written += 1
    return written


def timed(cmd) -> Tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--db", help="the store (default: an SQLite file in the work folder)")
    ap.add_argument("--work", type=Path, help="keep the corpus and store here")
    ap.add_argument("--jobs", "-j", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3, help="second runs (the best is shown)")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="govlint-store-bench-"))
    corpus = work / "corpus"
    n = write_corpus(corpus, args.n)
    db = args.db or str(work / "results.sqlite")
    if not args.db:
        Path(db).unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "govlint", "check", str(corpus), "--db", db, "--isolated", "--no-source",
           "--exit-zero", "-j", str(args.jobs), "-o", str(work / "out.txt")]
    first, first_cpu = timed(cmd)
    again = [timed(cmd) for _ in range(max(1, args.repeat))]
    second, second_cpu = min(w for w, _ in again), min(c for _, c in again)
    print(f"{n} reports over {len(YEARS)} years into {db if args.db else 'SQLite'}")
    print(f"first run (every file read):   {first:8.2f} s wall, {first_cpu:6.2f} s CPU  ({n / first:,.0f} reports/s)")
    print(f"second run (nothing changed):  {second:8.2f} s wall, {second_cpu:6.2f} s CPU  "
          f"({first / second:,.1f}× faster by the wall clock, {first_cpu / second_cpu:,.1f}× by CPU; target ≥ 20×)")
    if not args.db:
        conn = sqlite3.connect(db)
        runs = conn.execute("SELECT id, read, skipped FROM runs ORDER BY id").fetchall()
        paired = conn.execute("SELECT count(*) FROM reports WHERE previous_path IS NOT NULL").fetchone()[0]
        print(f"runs (id, read, skipped): {runs}; reports paired with last year's: {paired}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
