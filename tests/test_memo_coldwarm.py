"""In-process memos change how fast a file is linted, never what is found.

govlint remembers, per process, what it worked out once (docs/architecture.md, "What govlint
remembers"): NFKC forms, label forms, the vocabulary's answers, the label index's lookups, a
format's locations and relation plans. A fresh process lints every fixture twice: the first
pass meets empty memos, the second full ones; both passes, and a reversed order, must find
exactly the same."""
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_SCRIPT = r"""
import json, sys
from pathlib import Path
from govlint.config import Config
from govlint.run.engine import Settings, lint_file
from govlint.checks.registry import load

settings = Settings.make(Config(), load())
files = sorted(str(p) for p in Path("tests/fixtures").rglob("*") if p.suffix in (".txt", ".md", ".html", ".docx"))
if sys.argv[1] == "reversed":
    files.reverse()

def run():
    out = {}
    for f in files:
        r = lint_file(f, settings)
        out[f] = [[d.code, d.message, d.span.line if d.span else None, d.span.column if d.span else None,
                   [[x.message, x.span.line if x.span else None] for x in d.related]] for d in r.diagnostics]
    return out

first, second = run(), run()
print(json.dumps({"first": first, "second": second}, ensure_ascii=False, sort_keys=True))
"""


def _passes(order: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", _SCRIPT, order], cwd=REPO, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_a_second_pass_finds_what_the_first_found():
    runs = _passes("sorted")
    assert runs["first"], "no fixture was linted"
    assert any(runs["first"].values()), "no finding at all: the comparison proves nothing"
    assert runs["second"] == runs["first"]


def test_the_order_files_are_linted_in_changes_nothing():
    assert _passes("reversed")["first"] == _passes("sorted")["first"]
