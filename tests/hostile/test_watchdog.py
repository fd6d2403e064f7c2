"""Issue 17, "Hangs and blow-ups": every file is checked under limits (time, memory, decompressed
size, recursion); a file over one gets one error naming it, exit 2, and the run goes on. One test
per item of the campaign, named after it; the inputs come from ``generators.py``."""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from govlint.cli import main

sys.path.insert(0, str(Path(__file__).parent))
import generators  # noqa: E402


@pytest.fixture(autouse=True)
def no_reader_cache(monkeypatch):
    """Each hostile input is read afresh: no reader cache remembers an earlier run's answer."""
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "setitimer"),
                                reason="the watchdog's child processes and alarms need a Unix")

GOOD, GOOD_CLEAN = generators.GOOD_REPORTS


def _write(d: Path, name: str) -> Path:
    filename, build = generators.INPUTS[name]
    p = d / filename
    p.write_bytes(build())
    return p


def _check(capsys, *args):
    t = time.monotonic()
    code = main(["check", "--isolated", "--no-source", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err, time.monotonic() - t


def _errors(err: str, path: Path):
    """The error lines of one file (on stderr)."""
    return [line for line in err.splitlines() if line.startswith((f"{path}: error: ", f"{path}: 错误："))]


def _good_reported(out: str):
    assert f"{GOOD}:" in out, "the good report after the hostile one is reported"


# -- hangs -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("name", ["pdf_self_reference", "pdf_mutual_reference"])
def test_pdf_whose_objects_refer_to_themselves_ends_in_one_error(tmp_path, capsys, jobs, name):
    """pdfminer resolved such a reference for ever; whatever the PDF library does with it, the
    file ends in one error line within the time limit and the next file is checked."""
    bad = _write(tmp_path, name)
    assert len(bad.read_bytes()) <= 130
    code, out, err, took = _check(capsys, bad, GOOD, "--timeout", "2", "--jobs", jobs)
    assert code == 2
    (line,) = _errors(err, bad)
    _good_reported(out)
    assert took < 2 + 5 + 10
    assert "Traceback" not in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_pdf_that_keeps_the_pdf_library_busy_in_native_code_is_over_the_time_limit(tmp_path, capsys, jobs):
    pytest.importorskip("pypdfium2")
    bad = _write(tmp_path, "pdf_graphics_state_flood")
    files = [bad] + [_copy(tmp_path, f"good{i}.txt") for i in range(8)]
    code, out, err, took = _check(capsys, *files, "--timeout", "0.2", "--jobs", jobs)
    assert code == 2
    (line,) = _errors(err, bad)
    assert "超过时间限制" in line and "0.2 秒" in line
    assert all(f"{f}:" in out for f in files[1:])


@pytest.mark.parametrize("name", ["pdf_flate_bomb", "pdf_long_string", "text_heading_and_tabs"])
def test_blow_ups_are_over_the_memory_limit(tmp_path, capsys, name):
    """A flate bomb, a 10-million-character string, a 15 MB text of one heading and tabs: each
    stops at the memory limit (checked in a child process, even with --jobs 1)."""
    bad = _write(tmp_path, name)
    code, out, err, took = _check(capsys, bad, GOOD, "--memory-limit", "300", "--timeout", "40", "--jobs", "1")
    assert code == 2
    (line,) = _errors(err, bad)
    if name == "text_heading_and_tabs":  # (a PDF library may refuse the PDF first, or abort at the limit)
        assert "超过内存限制" in line and "300 MB" in line and "--memory-limit" in line, line
    _good_reported(out)


def test_docx_whose_zip_directory_lies_about_sizes_is_refused_under_the_limits(tmp_path, capsys):
    bad = _write(tmp_path, "docx_lying_directory")
    assert len(bad.read_bytes()) < 6 * 1024 * 1024
    code, out, err, took = _check(capsys, bad, GOOD, "--memory-limit", "300", "--timeout", "30")
    assert code == 2
    (line,) = _errors(err, bad)  # one error, whichever it is: never a traceback, never a hang
    _good_reported(out)


def _docx(xml_mb: float) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        noise = os.urandom(int(xml_mb * 1024 * 1024 / 2)).hex()  # (not compressible: no zip bomb)
        z.writestr("word/document.xml", f"<w:document><w:p>{noise}</w:p></w:document>")
    return buf.getvalue()


def test_docx_over_the_decompressed_size_limit(tmp_path, capsys):
    bad = tmp_path / "big.docx"
    bad.write_bytes(_docx(3))
    code, out, err, _ = _check(capsys, bad, GOOD, "--max-decompressed", "1")
    assert code == 2
    (line,) = _errors(err, bad)
    assert "超过解压大小限制" in line and "1 MB" in line and "(3 MB)" in line and "--max-decompressed" in line
    _good_reported(out)


# -- plugin code runs under the same watchdog ------------------------------------------------------------

PLUGIN = '''
import os, signal, sys
from govlint.plugin import Rule, hookimpl

_KEPT = []


class Misbehaves(Rule):
    code = "X970"
    name = "misbehaves"
    summary = summary_en = "misbehaves on a report whose path names how"

    def check(self, ctx):
        path = os.path.basename(ctx.bound.report.path)
        if "loops" in path:
            while True:
                pass
        if "native" in path:  # native code deaf to the alarm (the signal blocked), as a C library's loop
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            while True:
                pass
        if "segfault" in path:
            os.kill(os.getpid(), signal.SIGSEGV)
        if "recurses" in path:
            def down(n):
                return down(n + 1)
            down(0)
        if "exits" in path:
            sys.exit(0)
        if "prints" in path:
            print("a plugin's print")
        if "hogs" in path:  # as a library that keeps what it allocated when it fails
            while True:
                _KEPT.append(bytearray(8 * 1024 * 1024))
        return ()

class LoopingSniffer:
    name = "looping"
    extensions = (".loop",)

    def sniff(self, head):
        if head.startswith(b"LOOP"):
            while True:
                pass
        return False

    def read(self, path, data):
        raise AssertionError("never chosen")

@hookimpl
def govlint_rules():
    return [Misbehaves]

@hookimpl
def govlint_readers():
    return [LoopingSniffer()]
'''


@pytest.fixture
def plugin_config(tmp_path):
    (tmp_path / "misbehave.py").write_text(PLUGIN, "utf-8")
    cfg = tmp_path / "govlint.toml"
    cfg.write_text('plugins = ["misbehave.py"]\n', "utf-8")
    return cfg


def _plugin_check(capsys, cfg, *args):
    t = time.monotonic()
    code = main(["check", "--config", str(cfg), "--no-source", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err, time.monotonic() - t


def _copy(d: Path, name: str) -> Path:
    p = d / name
    p.write_bytes(GOOD.read_bytes())
    return p


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_plugin_rule_that_loops_forever_is_over_the_time_limit(tmp_path, capsys, plugin_config, jobs):
    bad = _copy(tmp_path, "loops.txt")
    code, out, err, took = _plugin_check(capsys, plugin_config, bad, GOOD, "--timeout", "2", "--jobs", jobs)
    assert code == 2
    (line,) = _errors(err, bad)
    assert "超过时间限制" in line
    _good_reported(out)
    assert took < 2 + 5 + 10


def test_plugin_rule_stuck_in_native_code_is_killed_at_the_time_limit(tmp_path, capsys, plugin_config):
    """No alarm reaches code that blocks it (as a C library's loop): the parent kills the child
    after the grace period, and only that file is lost (--jobs 1: plugin code runs in a child)."""
    bad = _copy(tmp_path, "native.txt")
    code, out, err, took = _plugin_check(capsys, plugin_config, bad, GOOD, "--timeout", "1", "--jobs", "1")
    assert code == 2
    (line,) = _errors(err, bad)
    assert "超过时间限制" in line
    _good_reported(out)
    assert took < 1 + 5 + 10


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_native_crash_kills_only_its_worker(tmp_path, capsys, plugin_config, jobs):
    bad = _copy(tmp_path, "segfault.txt")
    files = [bad] + [_copy(tmp_path, f"good{i}.txt") for i in range(8)]
    code, out, err, _ = _plugin_check(capsys, plugin_config, *files, "--jobs", jobs)
    assert code == 2
    (line,) = _errors(err, bad)
    assert "崩溃" in line and "SIGSEGV" in line
    for f in files[1:]:
        assert f"{f}:" in out and not _errors(err, f)


def test_plugin_rule_that_recurses_forever_is_over_the_recursion_limit(tmp_path, capsys, plugin_config):
    bad = _copy(tmp_path, "recurses.txt")
    code, out, err, _ = _plugin_check(capsys, plugin_config, bad, GOOD, "--recursion-limit", "300")
    assert code == 2
    (line,) = _errors(err, bad)
    assert "超过递归限制" in line and "300" in line and "--recursion-limit" in line
    _good_reported(out)


# -- the limits are settings ------------------------------------------------------------------------------

def test_limits_are_keys_of_tool_govlint_and_flags_win(tmp_path, capsys, monkeypatch):
    from govlint.config import load_config
    (tmp_path / "pyproject.toml").write_text("[tool.govlint]\ntimeout = 2\nmemory-limit = 512\n"
                                             "max-decompressed = 50\nrecursion-limit = 2000\nmax-file-size = 4\n",
                                             "utf-8")
    cfg = load_config(tmp_path / "pyproject.toml")
    assert (cfg.limits.timeout, cfg.limits.memory, cfg.limits.decompressed, cfg.limits.recursion,
            cfg.limits.file_size) == (2, 512, 50, 2000, 4)
    (tmp_path / "misbehave.py").write_text(PLUGIN, "utf-8")
    with (tmp_path / "pyproject.toml").open("a", encoding="utf-8") as f:
        f.write('plugins = ["misbehave.py"]\n')
    bad = _copy(tmp_path, "loops.txt")
    monkeypatch.chdir(tmp_path)
    code = main(["check", "--no-source", str(bad)])
    out, err = capsys.readouterr()
    assert code == 2 and "2 秒" in _errors(err, bad)[0]
    code = main(["check", "--no-source", "--timeout", "1", str(bad)])
    out, err = capsys.readouterr()
    assert code == 2 and "1 秒" in _errors(err, bad)[0]


@pytest.mark.parametrize("value", ["-1", '"60"', "true", "1.5"])
def test_a_bad_limit_in_the_configuration_is_an_error_naming_the_key(tmp_path, capsys, value):
    key = "recursion-limit" if value == "1.5" else "timeout"
    cfg = tmp_path / "govlint.toml"
    cfg.write_text(f"{key} = {value}\n", "utf-8")
    code = main(["check", "--config", str(cfg), str(GOOD)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert f"govlint: 错误：{cfg}：{key} = " in err and "无效：应为不小于 0 的" in err and "Traceback" not in err


def test_a_bad_limit_flag_is_an_error_naming_the_flag(capsys):
    code = main(["check", "--isolated", "--memory-limit", "-5", str(GOOD)])
    out, err = capsys.readouterr()
    assert code == 2 and err == ("govlint: 错误：--memory-limit -5 无效：应为不小于 0 的整数（一个文件在 govlint 自身之外可用的"
                                 "内存（MB，默认 768）；0 表示不限制）\n")
    code = main(["check", "--isolated", "--lang", "en", "--memory-limit", "-5", str(GOOD)])
    out, err = capsys.readouterr()
    assert code == 2 and err == ("govlint: error: --memory-limit -5: expected a whole number >= 0 (MB of memory one file "
                                 "may take beyond govlint's own (default 768); 0 turns it off)\n")


def test_the_limits_and_their_defaults_are_documented(capsys):
    from govlint.limits import Limits, SETTINGS
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out, _ = capsys.readouterr()
    d = Limits()
    for s in SETTINGS:
        assert f"--{s.key}" in out
        default = getattr(d, s.field)
        assert f"default {int(default) if float(default).is_integer() else default}" in s.help
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    for s in SETTINGS:
        assert s.key in readme, f"README.md documents {s.key}"


def test_zero_turns_a_limit_off(tmp_path, capsys):
    big = tmp_path / "big.docx"
    big.write_bytes(_docx(3))
    code, out, _, _ = _check(capsys, big, "--max-decompressed", "0")
    assert "超过解压大小限制" not in out


# -- Ctrl-C: outputs for every file that finished ---------------------------------------------------------

@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_writes_the_outputs_of_the_files_that_finished(tmp_path, sig):
    d = tmp_path / "run"
    d.mkdir()
    for i in range(12):
        (d / f"a{i:02d}.txt").write_bytes(GOOD.read_bytes())
    (d / "m-loops.txt").write_bytes(GOOD.read_bytes())  # a plugin rule loops on it for a minute
    (tmp_path / "misbehave.py").write_text(PLUGIN, "utf-8")
    (tmp_path / "govlint.toml").write_text('plugins = ["misbehave.py"]\n', "utf-8")
    out_json, out_sarif = tmp_path / "out.json", tmp_path / "out.sarif"
    proc = subprocess.Popen([sys.executable, "-m", "govlint", "check", "--config", str(tmp_path / "govlint.toml"),
                             str(d), "--jobs", "1", "--ignore", "X8",  # (no cross-year rule: the text streams)
                             "--timeout", "60", "--output", f"json:{out_json}", "--output", f"sarif:{out_sarif}"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # the twelve good reports come first; then it hangs on the PDF for a minute
    deadline = time.monotonic() + 60
    seen = b""
    while b"a11.txt" not in seen and time.monotonic() < deadline:
        seen += proc.stdout.read1(65536)
    time.sleep(0.5)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=30)
    err = err.decode("utf-8")
    assert proc.returncode == 2, err
    assert "已中断：检查完 12/13 个文件" in err and "Traceback" not in err
    doc = json.loads(out_json.read_text("utf-8"))
    assert [f["path"] for f in doc["files"]] == [str(d / f"a{i:02d}.txt") for i in range(12)]
    assert any(e["kind"] == "interrupted" for e in doc["errors"])
    sarif = json.loads(out_sarif.read_text("utf-8"))
    (run,) = sarif["runs"]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["results"], "the findings of the finished files are there"


def test_parse_of_a_pdf_that_keeps_the_library_busy_stops_at_the_time_limit(tmp_path, capsys):
    pytest.importorskip("pypdfium2")
    bad = _write(tmp_path, "pdf_graphics_state_flood")
    t = time.monotonic()
    code = main(["parse", "--timeout", "0.2", str(bad), str(GOOD)])
    out, err = capsys.readouterr()
    assert code == 2 and time.monotonic() - t < 15
    assert f"govlint: 错误：{bad}: 超过时间限制" in err
    assert str(GOOD) in out, "the other file is still shown"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_plugin_sniffer_that_loops_forever_is_over_the_time_limit(tmp_path, capsys, plugin_config, jobs):
    bad = tmp_path / "sniffed.txt"
    bad.write_bytes(b"LOOP" + GOOD.read_bytes())
    files = [bad] + [_copy(tmp_path, f"good{i}.txt") for i in range(4)]
    code, out, err, took = _plugin_check(capsys, plugin_config, *files, "--timeout", "2", "--jobs", jobs)
    assert code == 2
    (line,) = _errors(err, bad)
    assert "超过时间限制" in line
    assert all(f"{f}:" in out for f in files[1:])
    assert took < 2 + 5 + 15


def test_a_pdf_on_stdin_that_keeps_the_library_busy_stops_at_the_time_limit(tmp_path, capsys, monkeypatch):
    import io
    pytest.importorskip("pypdfium2")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(generators.pdf_graphics_state_flood()),
                                                       encoding="latin-1"))
    t = time.monotonic()
    code = main(["check", "--isolated", "--timeout", "0.2", "-", "--stdin-filename", "r.pdf"])
    out, err = capsys.readouterr()
    assert code == 2 and time.monotonic() - t < 15
    assert err.startswith("r.pdf: 错误：超过时间限制")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_worker_over_the_memory_limit_is_replaced_so_the_next_files_are_checked(tmp_path, capsys, plugin_config,
                                                                                  jobs):
    """After a blow-up, the process that checked it may keep its heap near the limit (here a
    plugin keeps what it allocated, as a leaking library does): it leaves, and the files after it
    are checked by a fresh one (--jobs 1: every file goes to the child, as a plugin's code runs)."""
    bad = _copy(tmp_path, "a-hogs.txt")
    files = [bad] + [_copy(tmp_path, f"good{i}.txt") for i in range(8)]
    code, out, err, _ = _plugin_check(capsys, plugin_config, *files, "--memory-limit", "300", "--timeout", "40",
                                      "--jobs", jobs)
    assert code == 2
    (line,) = _errors(err, bad)
    assert "超过内存限制" in line
    for f in files[1:]:
        assert f"{f}:" in out and not _errors(err, f), f
