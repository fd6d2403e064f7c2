"""govlint's benchmark: throughput, the floor, cold start, memory, size scaling and parse time.

    .venv/bin/python bench/run.py            # the full run (10,000-file memory corpus)
    .venv/bin/python bench/run.py --quick    # a smaller corpus and fewer repeats (about a minute)

Every figure is printed next to its target. The corpora are generated with bench/generate.py
(seeded, so every run checks the same reports) into a temporary directory, or into ``--work DIR``
to keep them between runs. The figures are wall-clock times of ``govlint check`` run as a
subprocess, the way people run it (interpreter start included), except the per-size and parse
figures, which are taken in-process so that start-up does not drown them.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, List, Optional, Sequence, Tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (bench/generate.py)

TARGETS = {
    "per_core": 500.0,  # reports/s per core, 10 KB reports
    "floor_ratio": 20.0,  # at most this many times slower than reading and splitting the files
    "cold_ms": 150.0,  # one file, wall time of the subprocess
    "peak_mb": 150.0,  # over the memory corpus
    "parse_ms": 2.0,  # parse alone, 10 KB report
}


def govlint_cmd() -> List[str]:
    """The console script next to this interpreter, as people run it; else ``python -m govlint``."""
    script = Path(sys.executable).with_name("govlint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "govlint"]


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover
        return os.cpu_count() or 1


# -- corpora ----------------------------------------------------------------------------------
def corpus(work: Path, name: str, n: int, size_kb: float, seed: int) -> Path:
    """A directory of ``n`` generated reports (kept if it is already complete)."""
    d = work / f"{name}-{n}-{size_kb:g}kb-s{seed}"
    if d.is_dir() and len(list(d.iterdir())) == n:
        return d
    if d.exists():
        shutil.rmtree(d)
    t = time.perf_counter()
    generate.write_corpus(d, n, size_kb, seed)
    print(f"  (generated {n} reports of {size_kb:g} KB in {time.perf_counter() - t:.1f} s: {d})", file=sys.stderr)
    return d


# -- measuring ----------------------------------------------------------------------------------
def wall(cmd: Sequence[str], env: Optional[dict] = None) -> Tuple[float, int]:
    """(seconds, exit status) of a command, its output thrown away."""
    t = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t, proc.returncode


def best_of(repeat: int, fn: Callable[[], float]) -> float:
    return min(fn() for _ in range(repeat))


def _pss_kb(pid: int) -> int:
    """A process's proportional set size (its share of pages shared with the other workers
    forked from the same parent counted once over them all), else its RSS, in KB."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, ValueError, IndexError):
        return 0


def tree_memory_kb(pid: int, root: bool = True) -> int:
    """The memory of a process (unless not ``root``) and all its descendants (Linux /proc), in
    KB (PSS)."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        if p != pid or root:
            total += _pss_kb(p)
        stack.extend(children.get(p, ()))
    return total


def peak_memory(cmd: Sequence[str]) -> Tuple[float, float, float, int]:
    """(seconds, peak memory of the whole process tree in MB (PSS, sampled every 20 ms), the
    largest single process's peak RSS in MB (getrusage), exit status) of a command."""
    # run it under a fresh Python so that RUSAGE_CHILDREN sees only this command
    probe = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
             "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
             "p.returncode)")
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", probe, *cmd], stdout=subprocess.PIPE, text=True)
    peak = [0]
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], tree_memory_kb(proc.pid, root=False))  # not the probe itself
            stop.wait(0.02)

    if os.path.isdir("/proc"):
        th = threading.Thread(target=sample, daemon=True)
        th.start()
    out, _ = proc.communicate()
    stop.set()
    seconds = time.perf_counter() - t
    maxrss_kb, status = (int(x) for x in out.split())
    return seconds, peak[0] / 1024, maxrss_kb / 1024, status


def floor_rate(files: List[Path]) -> float:
    """Reports/s of reading the same files and splitting their lines in plain Python, measured
    the same way as govlint (a subprocess, interpreter start included)."""
    script = ("import sys\nn = 0\nfor p in open(sys.argv[1], encoding='utf-8').read().split('\\n'):\n"
              "    if p:\n        with open(p, encoding='utf-8') as f:\n            n += len(f.read().splitlines())\n"
              "print(n)\n")
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(map(str, files)))
    try:
        seconds = best_of(3, lambda: wall([sys.executable, "-c", script, lst.name])[0])
    finally:
        os.unlink(lst.name)
    return len(files) / seconds


def in_process(fn: Callable[[], object], repeat: int, min_time: float = 0.2) -> float:
    """The seconds of one call of ``fn``: the best of ``repeat`` samples, each the mean over
    enough calls to last ``min_time`` (the best, as timeit does: on a shared machine the
    others only add what other work took)."""
    fn()  # warm: imports, grammar, label index
    t = time.perf_counter()
    fn()
    one = max(time.perf_counter() - t, 1e-6)
    loops = max(1, int(min_time / one))
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in range(loops):
            fn()
        samples.append((time.perf_counter() - t) / loops)
    return min(samples)


# -- the report -----------------------------------------------------------------------------------
class Table:
    def __init__(self):
        self.rows: List[Tuple[str, str, str, str]] = []

    def add(self, what: str, value: str, target: str = "", ok: Optional[bool] = None) -> None:
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        self.rows.append((what, value, target, verdict))
        print(f"{what:<46} {value:>16}  {target:<14} {verdict}", flush=True)


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a smaller corpus and fewer repeats (about a minute)")
    ap.add_argument("--files", type=int, help="reports in the throughput corpus (default 2000; quick 600)")
    ap.add_argument("--memory-files", type=int, help="reports in the memory corpus (default 10000; quick 2000)")
    ap.add_argument("--repeat", type=int, help="repeats of each timing; the best is kept (default 3; quick 2)")
    ap.add_argument("--work", type=Path, help="keep the generated corpora in this directory")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions with valgrind's callgrind (repeatable on a busy machine; ~1 min)")
    args = ap.parse_args(argv)
    n_files = args.files or (600 if args.quick else 2000)
    n_memory = args.memory_files or (2000 if args.quick else 10000)
    repeat = args.repeat or (2 if args.quick else 3)
    work = args.work or Path(tempfile.mkdtemp(prefix="govlint-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    ncores = cores()
    cmd = govlint_cmd()
    # byte-compiled modules, as an installed govlint has them (a checkout run with
    # PYTHONDONTWRITEBYTECODE=1 compiles every module on every start)
    # the results cache off: a rerun over the same corpus would time the cache, not the checking
    # (the throughput is taken as the best of --repeat runs over one corpus, and the memory corpus
    # would also measure the cache's writes)
    os.environ.setdefault("GOVLINT_RESULTS_CACHE_MB", "0")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    print(f"govlint benchmark: {' '.join(cmd)} · Python {sys.version.split()[0]} · {ncores} cores · "
          f"{'quick' if args.quick else 'full'} run", flush=True)
    print(f"{'figure':<46} {'measured':>16}  {'target':<14}", flush=True)
    table = Table()
    try:
        missed = _measure(table, work, cmd, env, ncores, n_files, n_memory, repeat, args.seed)
        if args.instructions:
            _instructions(table, work, cmd, env, args.seed)
        print(f"\n{missed} target(s) missed" if missed else "\nevery target met")
        return 0
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


def _measure(table: Table, work: Path, cmd: List[str], env: dict, ncores: int, n_files: int, n_memory: int,
             repeat: int, seed: int) -> int:
    from govlint.binder.bind import bind
    from govlint.config import Config
    from govlint.run.engine import Settings, lint_text
    from govlint.syntax.parser import parse
    from govlint.checks.registry import load

    # 1. throughput, 10 KB reports, 1 job and every core
    d10 = corpus(work, "tput", n_files, 10, seed)
    files = sorted(d10.iterdir())
    kb = sum(p.stat().st_size for p in files) / 1024 / len(files)
    statuses = set()

    def rate(jobs: int) -> float:
        s, status = wall(cmd + ["check", str(d10), "--isolated", "--jobs", str(jobs)], env)
        statuses.add(status)
        return len(files) / s

    r1 = max(rate(1) for _ in range(repeat))
    table.add(f"reports/s, 1 job ({len(files)} × {kb:.1f} KB)", f"{r1:,.0f}", f"≥ {TARGETS['per_core']:.0f}",
              r1 >= TARGETS["per_core"])
    rn = max(rate(ncores) for _ in range(repeat))
    table.add(f"reports/s, {ncores} jobs", f"{rn:,.0f}", f"≥ {TARGETS['per_core'] * ncores:.0f}",
              rn >= TARGETS["per_core"] * ncores)
    table.add("  per core", f"{rn / ncores:,.0f}", f"≥ {TARGETS['per_core']:.0f}", rn / ncores >= TARGETS["per_core"])
    if statuses - {0, 1}:
        print(f"  warning: govlint exited with {sorted(statuses)} on the corpus", file=sys.stderr)

    # 2. the floor: reading and splitting the same files in plain Python
    fr = floor_rate(files)
    table.add("floor: read + split lines, reports/s", f"{fr:,.0f}")
    table.add("  govlint (1 job) is slower than the floor by", f"{fr / r1:.1f}×", f"≤ {TARGETS['floor_ratio']:.0f}×",
              fr / r1 <= TARGETS["floor_ratio"])

    # 3. cold start: one file (after one run that writes the byte code and the grammar cache)
    one = files[0]
    wall(cmd + ["check", str(one), "--isolated"], env)
    times = sorted(wall(cmd + ["check", str(one), "--isolated"], env)[0] for _ in range(max(5, repeat * 5)))
    cold = statistics.median(times) * 1000
    table.add("cold start, check 1 file (median)", f"{cold:.0f} ms", f"≤ {TARGETS['cold_ms']:.0f} ms",
              cold <= TARGETS["cold_ms"])
    py = statistics.median(sorted(wall([sys.executable, "-c", "pass"])[0] for _ in range(5))) * 1000
    table.add("  of which the bare interpreter", f"{py:.0f} ms")

    # 4. peak memory over the memory corpus
    dm = corpus(work, "mem", n_memory, 10, seed + 1)
    seconds, tree_mb, single_mb, status = peak_memory(cmd + ["check", str(dm), "--isolated"])
    table.add(f"peak memory, {n_memory} files, {ncores} jobs (all processes)", f"{tree_mb:.0f} MB",
              f"≤ {TARGETS['peak_mb']:.0f} MB", tree_mb <= TARGETS["peak_mb"])
    table.add("  largest single process (ru_maxrss)", f"{single_mb:.0f} MB")
    table.add(f"  time ({n_memory / seconds:,.0f} reports/s)", f"{seconds:.1f} s")
    seconds1, tree1, _, _ = peak_memory(cmd + ["check", str(dm), "--isolated", "--jobs", "1"])
    table.add(f"peak memory, {n_memory} files, 1 job", f"{tree1:.0f} MB", f"≤ {TARGETS['peak_mb']:.0f} MB",
              tree1 <= TARGETS["peak_mb"])

    # 5. one report of 10 KB, 100 KB and 1 MB, in process: the cost per KB must not grow
    settings = Settings.make(Config(), load())
    import gc
    gc.freeze()  # as the runner does: what exists before the files are linted is left alone
    per_kb = {}
    for size in (10, 100, 1024):
        text, _ = generate.report(seed, "tabs", size, defects=("wrong_sum", "blank_cell"))
        real_kb = len(text.encode("utf-8")) / 1024
        s = in_process(lambda: lint_text(text, "r.txt", settings), repeat=max(3, repeat), min_time=0.3)
        per_kb[size] = s * 1000 / real_kb
        label = "1 MB" if size == 1024 else f"{size} KB"
        table.add(f"lint one {label} report", f"{s * 1000:.2f} ms", "linear")
        table.add("  per KB", f"{per_kb[size] * 1000:.1f} µs")
    growth = per_kb[1024] / per_kb[10]
    table.add("  per-KB cost, 1 MB vs 10 KB", f"{growth:.2f}×", "≤ 1.5× (linear)", growth <= 1.5)

    # 6. parse alone, 10 KB
    text, _ = generate.report(seed, "tabs", 10, defects=())
    parse_s = in_process(lambda: parse(text), repeat=max(5, repeat * 3))
    table.add("parse one 10 KB report", f"{parse_s * 1000:.2f} ms", f"≤ {TARGETS['parse_ms']:.0f} ms",
              parse_s * 1000 <= TARGETS["parse_ms"])
    table.add("  parse alone, reports/s (1 core)", f"{1 / parse_s:,.0f}")
    cells, _ = generate.report(seed, "cells", 10, defects=())
    parse_c = in_process(lambda: parse(cells), repeat=max(5, repeat * 3))
    table.add("  parse, one-cell-per-line layout", f"{parse_c * 1000:.2f} ms", f"≤ {TARGETS['parse_ms']:.0f} ms",
              parse_c * 1000 <= TARGETS["parse_ms"])
    report = parse(text)
    bind_s = in_process(lambda: bind(report), repeat=max(5, repeat * 3))
    table.add("  bind one 10 KB report", f"{bind_s * 1000:.2f} ms")
    lint_s = in_process(lambda: lint_text(text, "r.txt", settings), repeat=max(5, repeat * 3))
    table.add("  rules (lint − parse − bind)", f"{max(0.0, lint_s - parse_s - bind_s) * 1000:.2f} ms")

    return sum(1 for r in table.rows if r[3] == "MISSED")


def _callgrind(cmd: Sequence[str], env: dict) -> Optional[int]:
    """Instructions executed by a command (and its children), counted by callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.%p", *cmd],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    found = [int(line.split()[-1].replace(",", "")) for line in proc.stderr.splitlines() if "refs:" in line]
    return sum(found) if found else None


def _instructions(table: Table, work: Path, cmd: List[str], env: dict, seed: int) -> None:
    """Instruction counts: the same on a quiet or a busy machine, so before and after can be
    compared whatever else runs (the wall-clock figures on a shared machine vary by ±30 %).
    Per report: (a run over 41 reports − a run over 1) / 40."""
    if not shutil.which("valgrind"):
        print("  (no valgrind: instruction counts skipped)", flush=True)
        return
    d41 = corpus(work, "cg", 41, 10, seed)
    d1 = work / "cg-first"
    if not d1.is_dir():
        d1.mkdir()
        first = sorted(d41.iterdir())[0]
        shutil.copy(first, d1 / first.name)
    wall(cmd + ["check", str(d1), "--isolated"], env)  # (the byte code and the caches written first)
    one, many = (_callgrind(cmd + ["check", str(d), "--isolated", "--jobs", "1"], env) for d in (d1, d41))
    floor_script = ("import os, sys\nd = sys.argv[1]\nfor f in sorted(os.listdir(d)):\n"
                    "    with open(os.path.join(d, f), encoding='utf-8') as fh:\n        fh.read().splitlines()\n")
    f_one, f_many = (_callgrind([sys.executable, "-c", floor_script, str(d)], env) for d in (d1, d41))
    if None in (one, many, f_one, f_many):
        print("  (callgrind gave no count: instruction counts skipped)", flush=True)
        return
    per, f_per = (many - one) / 40, (f_many - f_one) / 40
    print("instruction counts (callgrind)", flush=True)
    table.add("  check 1 file (cold start)", f"{one / 1e6:,.0f} M")
    table.add("  per 10 KB report, 1 job", f"{per / 1e6:,.1f} M")
    table.add("  floor per report (read + split)", f"{f_per / 1e6:,.2f} M")
    table.add("  2,000 reports vs the floor", f"{(one + 1999 * per) / (f_one + 1999 * f_per):.1f}×")


if __name__ == "__main__":
    sys.exit(main())
