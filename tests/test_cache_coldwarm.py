"""Caches change how fast govlint starts, never what it finds.

govlint keeps one cache, the list of installed plugins, in ``$GOVLINT_CACHE_DIR`` (the parser
comes with the package and nothing of it is written at run time). The same fixtures are checked
in fresh processes
with a cold cache (an empty folder: everything is built and written), a warm one (the same
folder: everything is read back) and none (``GOVLINT_CACHE_DIR=`` turns the caches off); the
JSON documents and exit statuses must be identical, and each run must really have been cold,
warm or off, or the comparison proves nothing.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _snapshot(folder: Path) -> dict:
    """Every file under ``folder`` with its size and modification time."""
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _check(cache: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, GOVLINT_CACHE_DIR=cache, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    return subprocess.run([sys.executable, "-m", "govlint", "check", "tests/fixtures", "--format", "json"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


def test_cold_warm_and_no_cache_give_the_same_json(tmp_path):
    cache, home = tmp_path / "cache", tmp_path / "home"
    cache.mkdir()
    home.mkdir()

    cold = _check(str(cache), home)
    built = _snapshot(cache)
    assert built and not any(name.endswith((".py", ".pyc")) for name in built), built  # no generated code
    assert any(name.startswith("entry-points") for name in built), built  # the plugins' list

    warm = _check(str(cache), home)
    assert _snapshot(cache) == built  # read back, not rebuilt

    off = _check("", home)
    assert _snapshot(cache) == built
    assert _snapshot(home) == {}  # with the caches off nothing is written, not even to the default

    doc = json.loads(cold.stdout)
    assert cold.returncode == 1, cold.stderr  # the fixtures include reports with findings
    assert doc["summary"]["files"] == len(list((REPO / "tests" / "fixtures").rglob("*.txt")))
    assert doc["summary"]["findings"] > 0 and doc["errors"] == []
    assert (warm.returncode, warm.stdout) == (cold.returncode, cold.stdout)
    assert (off.returncode, off.stdout) == (cold.returncode, cold.stdout)
