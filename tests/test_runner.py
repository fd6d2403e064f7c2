"""Corpus mode: results in input order whatever ``--jobs`` is, streaming, isolation of failures,
worker crashes, Ctrl-C. No timings here (bench/run.py measures); every test is bounded."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from govlint.run import runner
from govlint.cli import main
from govlint.config import Config
from govlint.run.engine import Settings
from govlint.plugin import Rule, hookimpl
from govlint.testing import make_registry

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402  (bench/generate.py)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash tests kill forked workers")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """60 small generated reports with seeded defects, in the three layouts, plus the fixtures."""
    d = tmp_path_factory.mktemp("corpus")
    generate.write_corpus(d / "gen", 60, size_kb=4, seed=7)
    for f in FIXTURES.glob("*.txt"):
        (d / f.name).write_bytes(f.read_bytes())
    return d


def _files(d: Path):
    return sorted(str(p) for p in d.rglob("*.txt"))


def _settings(*plugins) -> Settings:
    return Settings.make(Config(), make_registry(*plugins) if plugins else make_registry())


def _plugin(*rules):
    mod = types.ModuleType("govlint_test_runner_plugin")

    @hookimpl
    def govlint_rules():
        return list(rules)

    mod.govlint_rules = govlint_rules
    return mod


class Raises(Rule):
    code = "X901"
    name = "test-raises"
    summary = summary_en = "raises on files whose name holds 'r00003'"

    def check(self, ctx):
        if "r00003" in ctx.bound.report.path:
            raise ValueError("boom")
        return ()


class Crashes(Rule):
    """Kills its own process on one file, as a segfault in a C extension would."""
    code = "X902"
    name = "test-crashes"
    summary = summary_en = "kills the worker on files whose name holds 'r00005'"

    def check(self, ctx):
        if "r00005" in ctx.bound.report.path:
            os.kill(os.getpid(), signal.SIGKILL)
        return ()


class CrashesTwice(Rule):
    """Kills its process on two files far apart, so that a worker dies with a task queued behind
    the one it was checking."""
    code = "X903"
    name = "test-crashes-twice"
    summary = summary_en = "kills the worker on files whose name holds 'r00005' or 'r00017'"

    def check(self, ctx):
        if "r00005" in ctx.bound.report.path or "r00017" in ctx.bound.report.path:
            os.kill(os.getpid(), signal.SIGKILL)
        return ()


def _same(a, b):
    assert [r.path for r in a] == [r.path for r in b]
    for x, y in zip(a, b):
        assert x == y
        assert x.lines == y.lines


# -- the runner ---------------------------------------------------------------------------------

def test_parallel_results_equal_sequential_and_keep_input_order(corpus):
    files = _files(corpus)
    settings = _settings()
    one = list(runner.run(files, settings, 1))
    two = list(runner.run(files, settings, 2))
    _same(one, two)
    assert [r.path for r in two] == files
    assert any(r.diagnostics for r in one), "the corpus has seeded defects"
    every = list(runner.run(files, settings, None))  # every core
    _same(one, every)


def test_input_order_is_kept_not_sorted(corpus):
    files = list(reversed(_files(corpus)))
    assert [r.path for r in runner.run(files, _settings(), 2)] == files


def test_few_files_run_in_process(monkeypatch, corpus):
    def no_pool(*a, **k):
        raise AssertionError("a pool was started for 3 files")
    monkeypatch.setattr(runner, "_Pool", no_pool)
    assert len(list(runner.run(_files(corpus)[:3], _settings(), 8))) == 3


def test_a_rule_that_raises_is_one_tool_error_and_the_rest_is_reported(corpus):
    files = _files(corpus)
    settings = _settings(_plugin(Raises))
    for jobs in (1, 2):
        results = list(runner.run(files, settings, jobs))
        bad = [r for r in results if r.errors]
        assert [r.path for r in bad] == [f for f in files if "r00003" in f]
        (err,) = bad[0].errors
        assert err.kind == "rule" and "X901" in err.message and "ValueError: boom" in err.message
        assert sum(1 for r in results if r.diagnostics) > 10


def test_an_exception_outside_the_rules_becomes_the_files_error(monkeypatch, tmp_path):
    import govlint.run.engine as engine
    real = engine.lint_text

    def broken(text, path, settings, source=None):
        if path.endswith("b.txt"):
            raise KeyError("binder bug")
        return real(text, path, settings, source)

    monkeypatch.setattr(engine, "lint_text", broken)
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_bytes((FIXTURES / "tabs_2024.txt").read_bytes())
    results = list(runner.run(_files(tmp_path), _settings(), 1))
    assert [bool(r.errors) for r in results] == [False, True, False]
    (err,) = results[1].errors
    assert err.kind == "internal" and "KeyError" in err.message and "binder bug" in err.message


def test_a_worker_that_dies_costs_one_file_not_the_run(corpus):
    files = _files(corpus)
    settings = _settings(_plugin(Crashes))
    expected = list(runner.run([f for f in files if "r00005" not in f], _settings(), 1))
    results = list(runner.run(files, settings, 2))
    assert [r.path for r in results] == files
    dead = [r for r in results if r.errors]
    assert [r.path for r in dead] == [f for f in files if "r00005" in f]
    (err,) = dead[0].errors
    assert err.kind == "crash" and "崩溃" in err.message and "SIGKILL" in err.message
    # every other file has exactly the result it has without the crashing rule
    _same([r for r in results if not r.errors], expected)


def test_workers_that_die_with_queued_tasks_lose_no_file(corpus):
    """Each worker holds the chunk it checks and the next; when it dies, the next is checked by
    another worker, and only the two files that kill their workers are lost."""
    files = _files(corpus)
    bad = [f for f in files if "r00005" in f or "r00017" in f]
    assert len(bad) == 2
    expected = list(runner.run([f for f in files if f not in bad], _settings(), 1))
    results = list(runner.run(files, _settings(_plugin(CrashesTwice)), 2))
    assert [r.path for r in results] == files
    assert [r.path for r in results if r.errors] == bad
    _same([r for r in results if not r.errors], expected)


def test_stopping_early_stops_the_workers(corpus):
    settings = _settings()
    before = set(_children())
    gen = runner.run(_files(corpus), settings, 2)
    first = next(gen)
    assert first.path == _files(corpus)[0]
    kids = [k for k in _children() if k not in before]
    assert kids, "the pool has workers"
    gen.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{k}") and not _zombie(k) for k in kids):
        time.sleep(0.05)
    assert not [k for k in kids if os.path.exists(f"/proc/{k}") and not _zombie(k)]


def _children():
    path = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
    if not path.exists():
        pytest.skip("needs /proc/PID/task/PID/children")
    return path.read_text().split()


def _zombie(pid: str) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


# -- the command --------------------------------------------------------------------------------

def _check(capsys, *args):
    code = main(["check", "--isolated", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("extra", [[], ["--statistics"], ["--lang", "en", "--no-source"]])
def test_check_output_is_byte_identical_whatever_jobs(capsys, corpus, extra):
    code1, out1, _ = _check(capsys, str(corpus), "--jobs", "1", *extra)
    code2, out2, _ = _check(capsys, str(corpus), "--jobs", "2", *extra)
    code0, out0, _ = _check(capsys, str(corpus), *extra)  # default: every core
    assert code1 == code2 == code0 == 1
    assert out1 == out2 == out0
    assert out1.count("\n") > 50


def test_check_machine_formats_are_identical_whatever_jobs(capsys, corpus):
    from govlint.outputs import builtin_formatters
    for fmt in sorted(set(builtin_formatters()) - {"text"}):
        _, out1, _ = _check(capsys, str(corpus), "--jobs", "1", "--format", fmt)
        _, out2, _ = _check(capsys, str(corpus), "--jobs", "2", "--format", fmt)
        assert out1 == out2, fmt


def test_check_streams_text_in_input_order_then_the_summary(capsys, corpus):
    code, out, _ = _check(capsys, str(corpus), "--jobs", "2", "--statistics")
    paths = [line.split(":", 1)[0] for line in out.splitlines() if line.startswith(str(corpus))]
    order = {p: i for i, p in enumerate(_files(corpus))}
    assert [order[p] for p in paths] == sorted(order[p] for p in paths)
    last = out.rstrip("\n").splitlines()[-1]
    assert "检查了" in last and f"{len(order)} 个文件" in last


def test_progress_goes_to_stderr_only(capsys, corpus):
    _, plain, _ = _check(capsys, str(corpus), "--jobs", "2")
    _, out, err = _check(capsys, str(corpus), "--jobs", "2", "--progress")
    assert out == plain
    n = len(_files(corpus))
    assert f"{n}/{n} files" in err and "\r" in err
    assert err.endswith("\r"), "the progress line is wiped at the end"


def test_negative_jobs_is_a_usage_error(capsys, corpus):
    code, out, err = _check(capsys, str(corpus), "--jobs", "-1")
    assert code == 2 and out == ""
    assert "--jobs" in err and "Traceback" not in err


def test_ctrl_c_stops_cleanly(tmp_path):
    d = tmp_path / "many"
    generate.write_corpus(d, 300, size_kb=10, seed=3)
    proc = subprocess.Popen([sys.executable, "-m", "govlint", "check", "--isolated", str(d), "--jobs", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # wait until it is checking (some output), then interrupt it
    first = proc.stdout.read(1)
    kids = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    workers = kids.read_text().split() if kids.exists() else []
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:  # pragma: no cover
        proc.kill()
        raise
    assert first
    err = err.decode("utf-8")
    if proc.returncode in (0, 1):  # pragma: no cover - it finished before the signal came
        return
    assert proc.returncode == 2, err
    assert "已中断" in err and "Traceback" not in err
    time.sleep(0.2)
    assert not [w for w in workers if os.path.exists(f"/proc/{w}") and not _zombie(w)]
