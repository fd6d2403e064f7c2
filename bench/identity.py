"""Is a change's output the same as before? ``check`` and ``parse --format json`` over many inputs,
recorded with one tree and compared with another's record.

    .venv/bin/python bench/identity.py inputs /tmp/ident/in          # write the inputs once
    .venv/bin/python bench/identity.py record /tmp/ident/in /tmp/ident/new.json
    PYTHONPATH=/tmp/base/src .venv/bin/python bench/identity.py record /tmp/ident/in /tmp/ident/base.json
    .venv/bin/python bench/identity.py compare /tmp/ident/base.json /tmp/ident/new.json

The inputs: every text fixture, example and seed, every rule case's text (tests/rules/*.toml, the
fixture with its replacements), generated reports in the three text layouts, some of them also as
.docx, .html and ruled and unruled .pdf, and the corpus PDFs. ``record`` runs govlint as a
subprocess from whatever tree ``PYTHONPATH`` names (else the installed one), so the same inputs can
be recorded by the tree before a change and by the tree after it. The issues ask that every
difference be listed with its cause: ``compare`` prints each input whose findings or parse differ.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"


def write_inputs(out: Path, generated: int = 60, formats: int = 15) -> int:
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "generators"))
    import generate  # bench/generate.py
    import report_formats as rf
    from govlint.testing import load_cases

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    n = 0

    def put(name: str, data) -> None:
        nonlocal n
        p = out / name
        (p.write_text(data, encoding="utf-8") if isinstance(data, str) else p.write_bytes(data))
        n += 1

    sources = sorted((ROOT / "tests" / "fixtures").rglob("*.txt")) + sorted((ROOT / "examples").rglob("*.txt"))
    if (SHARED / "seeds").is_dir():
        sources += sorted((SHARED / "seeds").glob("*.txt"))
    for i, p in enumerate(sources):
        put(f"src{i:03d}-{p.stem[:20]}.txt", p.read_text("utf-8"))
    for toml in sorted((ROOT / "tests" / "rules").glob("*.toml")):
        for j, case in enumerate(load_cases(toml)):
            put(f"case-{toml.stem}-{j:03d}.txt", case.text)
    for i in range(generated):
        text, _ = generate.report(7_000_003 + i, generate.LAYOUTS[i % len(generate.LAYOUTS)], 6)
        put(f"gen{i:03d}.txt", text)
        if i < formats:
            bl = rf.blocks(generate.report(7_000_003 + i, "tabs", 6)[0])
            rf.write_docx(bl, out / f"gen{i:03d}.docx")
            put(f"gen{i:03d}.html", rf.html_page(bl, title_outside=bool(i % 2)).encode("gbk"))
            rf.write_pdf(bl, out / f"gen{i:03d}.pdf", ruled=bool(i % 3))
            n += 2
    if (SHARED / "corpus" / "pdf").is_dir():
        for p in sorted((SHARED / "corpus" / "pdf").glob("*.pdf")):
            put(p.name, p.read_bytes())
    return n


def _govlint(*args: str) -> str:
    env = dict(os.environ, GOVLINT_CACHE_DIR="")
    run = subprocess.run([sys.executable, "-m", "govlint", *args], capture_output=True, text=True, env=env)
    if run.returncode not in (0, 1, 2):
        sys.exit(run.stderr)
    return run.stdout


def record(inputs: Path, out: Path) -> None:
    checked = json.loads(_govlint("check", str(inputs), "--format", "json", "--jobs", "2", "--no-source"))
    got: dict = {Path(f["path"]).name: {"check": [], "errors": [], "parse": None} for f in checked["files"]}
    for d in checked["findings"]:
        got[Path(d["path"]).name]["check"].append(d)
    for e in checked["errors"]:
        got.setdefault(Path(e.get("path") or "?").name, {"check": [], "errors": [], "parse": None})["errors"].append(e)
    for b in json.loads(_govlint("parse", str(inputs), "--format", "json")):
        got.setdefault(Path(b["file"]).name, {"check": [], "errors": [], "parse": None})["parse"] = b
    out.write_text(json.dumps(got, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")
    print(f"{len(got)} inputs, {sum(len(v['check']) for v in got.values())} findings -> {out}")


def compare(a: Path, b: Path) -> int:
    x, y = (json.loads(p.read_text("utf-8")) for p in (a, b))
    differ = 0
    for key in sorted(set(x) | set(y)):
        u, v = x.get(key, {}), y.get(key, {})
        what = [k for k in ("check", "errors", "parse") if u.get(k) != v.get(k)]
        if what:
            differ += 1
            print(f"{key}: {' and '.join(what)} differ")
            if "check" in what:
                old = {json.dumps(d, ensure_ascii=False, sort_keys=True) for d in u.get("check", [])}
                new = {json.dumps(d, ensure_ascii=False, sort_keys=True) for d in v.get("check", [])}
                for d in sorted(old - new):
                    print("   -", d[:300])
                for d in sorted(new - old):
                    print("   +", d[:300])
    print(f"{differ}/{len(set(x) | set(y))} inputs differ")
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("inputs")
    i.add_argument("out", type=Path)
    r = sub.add_parser("record")
    r.add_argument("inputs", type=Path)
    r.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "inputs":
        print(f"{write_inputs(args.out)} inputs in {args.out}")
        return 0
    if args.cmd == "record":
        record(args.inputs, args.out)
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
