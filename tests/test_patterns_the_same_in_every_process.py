"""The patterns govlint compiles are the same text in every process. A pattern built from a set of
words (a table's head words, the section titles) in the set's order was another pattern in each run:
the order of a set of strings follows the process's string hashing (``PYTHONHASHSEED``), so the
patterns' cache (``lexicon.pattern``) never found it, a warm run wrote it again, and alternatives of
one length stood in another order each run. Two processes with different hash seeds lint the same
reports and must compile the same patterns."""
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_SCRIPT = r"""
import re, sys
seen = set()
_compile = re.compile
def compile(pattern, flags=0):
    seen.add((pattern, int(flags)))
    return _compile(pattern, flags)
re.compile = compile
from govlint.testing import lint
from pathlib import Path
for p in sorted(Path("tests/fixtures").glob("*.txt")):
    lint(p.read_text("utf-8"))
sys.stdout.write("\n".join(sorted(repr(s) for s in seen)))
"""


def _patterns(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed, GOVLINT_CACHE_DIR="")
    done = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_two_hash_seeds_compile_the_same_patterns():
    one, two = _patterns("1"), _patterns("2")
    assert one.count("\n") > 100  # (the reports' checks ran)
    assert one == two
