"""Render every invented report and print what govlint gets wrong on each rendering.

    python tests/harness/report.py [--keep DIR] [--only SUBSTRING] [--quiet]

One line per rendering (PASS / FAIL / SKIP, and whether known_failures.toml expects it to
fail), then for each failing one the cells that differ from its source and the extra or missing
findings. ``--toml`` prints known_failures.toml entries for the failures instead (the reasons
are the one-line summaries; edit them into causes). This is what drives fixes to the
readers and the binder.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``harness`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    __package__ = "harness"

from harness.compare import cell_differences, expected, finding_differences, observed, summary  # noqa: E402
from harness.known import known_failures  # noqa: E402
from harness.renderings import build, catalogue  # noqa: E402


def run(directory: Path, only: str = "") -> list:
    """[(rendering, status, cell differences, finding differences)] for every rendering."""
    wanted = [r for r in catalogue() if only in r.id]
    built = build(directory, wanted)
    refs = {name: expected(text) for name, text in built.sources.items()}
    out = []
    for r in wanted:
        if r.id not in built.files:
            out.append((r, "SKIP", [(built.chromium_error if r.needs_chromium else None) or built.soffice_error
                                    or "not built"], []))
            continue
        want_cells, want_findings = refs[r.source]
        got_cells, got_findings = observed(built.files[r.id])
        cells = cell_differences(want_cells, got_cells)
        finds = finding_differences(want_findings, got_findings)
        out.append((r, "FAIL" if cells or finds else "PASS", cells, finds))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--keep", type=Path, help="build into DIR and keep the files (to look at them)")
    ap.add_argument("--only", default="", help="only the renderings whose id contains this")
    ap.add_argument("--quiet", action="store_true", help="the table only, no differences")
    ap.add_argument("--toml", action="store_true", help="print known_failures.toml entries for the failures")
    args = ap.parse_args(argv)
    known = known_failures()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = run(args.keep, args.only)
    else:
        with tempfile.TemporaryDirectory(prefix="govlint-harness-") as tmp:
            results = run(Path(tmp), args.only)
    if args.toml:
        print("[failures]")
        for r, status, cells, finds in results:
            if status == "FAIL":
                print(f'"{r.id}" = "{summary(cells, finds)}"')
        return 0
    width = max(len(r.id) for r, *_ in results)
    for r, status, cells, finds in results:
        note = ""
        if status == "FAIL":
            note = "known" if r.id in known else "NEW FAILURE"
        elif status == "PASS" and r.id in known:
            note = "fixed: remove it from known_failures.toml"
        print(f"{r.id:<{width}}  {status}  {note}")
    if not args.quiet:
        for r, status, cells, finds in results:
            if status != "FAIL":
                continue
            print(f"\n== {r.id}: {summary(cells, finds)}")
            for line in cells + finds:
                print("   " + line)
    counts = {s: sum(1 for _, st, *_ in results if st == s) for s in ("PASS", "FAIL", "SKIP")}
    print(f"\n{len(results)} renderings: {counts['PASS']} pass, {counts['FAIL']} fail, {counts['SKIP']} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
