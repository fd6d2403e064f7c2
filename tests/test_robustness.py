"""Hostile and broken input: govlint never raises, never hangs, never writes to what it checks.

Property tests (hypothesis) over the parser, the binder and the whole ``check`` command with
arbitrary text, mutated real layouts and random bytes; then hostile files (empty, binary, 50 MB,
deeply nested HTML, a zip-bomb .docx, a PDF without text), each a clear error while the other
files of the run are still checked. Every property test is bounded by ``max_examples``; the
whole module runs in well under a minute.
"""
from __future__ import annotations

import hashlib
import io
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from govlint import readers
from govlint.binder.bind import bind
from govlint.cli import main
from govlint.config import Config
from govlint.run.engine import Settings, lint_file, lint_text
from govlint.syntax.parser import ParseError, parse
from govlint.testing import make_registry

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
BAD_REPORT = ROOT / "examples" / "reports" / "样例乡-2024-有问题.txt"  # has findings
TOOL_ERROR_KINDS = {"read", "config", "plugin", "rule", "internal"}

SETTINGS = Settings.make(Config(), make_registry())
#: GOVLINT_FUZZ_SCALE=20 runs twenty times as many examples (a deeper search, by hand)
SCALE = max(1, int(os.environ.get("GOVLINT_FUZZ_SCALE", "1") or 1))
BOUNDED = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                      HealthCheck.function_scoped_fixture])


def _texts():
    return [p.read_text("utf-8") for p in FIXTURES]


def _assert_sane(result, path="r.txt"):
    """A result with findings or clear errors: never a crash of govlint itself."""
    assert result.path == path
    for e in result.errors:
        assert e.kind in TOOL_ERROR_KINDS
        assert e.message and "\n" not in e.message.strip()
        assert e.kind != "internal", f"govlint crashed: {e.message}"
        assert e.kind != "rule", f"a rule crashed: {e.message}"
    for d in result.diagnostics:
        assert d.code and d.message
        if d.span is not None:
            assert 1 <= d.span.line <= d.span.end_line


def _parse_and_bind(text: str) -> None:
    try:
        report = parse(text)
    except ParseError as exc:
        assert str(exc)
        return
    bound = bind(report)
    assert bound.format is not None


# -- text strategies ------------------------------------------------------------------------------
# pieces real reports are made of, so that random text reaches the binder and the rules
_PIECES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
           "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
           "四、结转下年度继续办理", "（七）总计", "（一）予以公开", "（三）不予公开", "1.属于国家秘密", "规章",
           "行政规范性文件", "规范性文件", "信息内容", "第二十条第（一）项", "自然人", "法人或其他组织", "总计",
           "商业企业", "行政复议", "行政诉讼", "结果维持", "本年度未收取信息处理费。", "无", "/", "—", "-1", "0",
           "1", "12", "3.5", "１２", "1,234", "", " ", "\u3000", "|", "\t", "---", "十一、", "二〇二四年",
           "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。", "收到政府信息公开申请13件",
           "2025年1月20日", "示例镇人民政府2024年政府信息公开工作年度报告"]
_SEPS = ["\t", " | ", "|", "\n", "\n\n", " ", "\t\t", "\r\n", "\r"]

report_like = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPS)), max_size=120).map(
    lambda parts: "".join(p + s for p, s in parts))


@st.composite
def mutated_report(draw):
    """A fixture with lines and cells dropped, duplicated, swapped, garbled, truncated, or
    with very long lines."""
    lines = draw(st.sampled_from(_texts())).split("\n")
    for _ in range(draw(st.integers(1, 12))):
        op = draw(st.sampled_from(["drop", "dup", "swap", "cells", "dropcell", "bytes", "truncate", "long",
                                   "longrow", "join"]))
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop" and len(lines) > 1:
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cells":
            cells = lines[i].split("\t")
            draw(st.randoms(use_true_random=False)).shuffle(cells)
            lines[i] = "\t".join(cells)
        elif op == "dropcell":
            cells = lines[i].split("\t")
            if len(cells) > 1:
                del cells[draw(st.integers(0, len(cells) - 1))]
            lines[i] = "\t".join(cells)
        elif op == "bytes":
            junk = draw(st.binary(max_size=40)).decode("utf-8", "replace")
            k = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:k] + junk + lines[i][k:]
        elif op == "truncate":
            lines = lines[:i + 1]
            lines[-1] = lines[-1][:draw(st.integers(0, len(lines[-1])))]
        elif op == "long":
            lines[i] = lines[i] + "很长的一行" * draw(st.integers(1000, 20000))
        elif op == "longrow":
            lines[i] = lines[i] + "\t1" * draw(st.integers(100, 5000))
        elif op == "join" and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + lines[i + 1]]
    return "\n".join(lines)


# -- the parser and binder --------------------------------------------------------------------------

@settings(max_examples=300 * SCALE, **BOUNDED)
@given(st.text(max_size=3000))
def test_parse_and_bind_any_text(text):
    _parse_and_bind(text)


@settings(max_examples=300 * SCALE, **BOUNDED)
@given(report_like)
def test_parse_and_bind_report_like_text(text):
    _parse_and_bind(text)


@settings(max_examples=200 * SCALE, **BOUNDED)
@given(mutated_report())
def test_parse_and_bind_mutated_reports(text):
    _parse_and_bind(text)


# -- the whole check --------------------------------------------------------------------------------

@settings(max_examples=200 * SCALE, **BOUNDED)
@given(st.one_of(st.text(max_size=2000), report_like))
def test_lint_any_text(text):
    _assert_sane(lint_text(text, "r.txt", SETTINGS))


@settings(max_examples=200 * SCALE, **BOUNDED)
@given(mutated_report())
def test_lint_mutated_reports(text):
    _assert_sane(lint_text(text, "r.txt", SETTINGS))


@settings(max_examples=120 * SCALE, **BOUNDED)
@given(st.binary(max_size=4000), st.sampled_from([".txt", ".md", ".docx", ".html", ".pdf", ""]))
def test_lint_file_of_random_bytes(tmp_path, data, ext):
    path = tmp_path / f"r{ext}"
    path.write_bytes(data)
    _assert_sane(lint_file(str(path), SETTINGS), str(path))


@settings(max_examples=50 * SCALE, **BOUNDED)
@given(files=st.lists(st.one_of(mutated_report().map(lambda t: t.encode("utf-8")),
                                st.binary(max_size=500),
                                report_like.map(lambda t: t.encode("gb18030", "replace"))),
                      min_size=1, max_size=4),
       jobs=st.sampled_from(["1", "2"]))
def test_check_command_exit_status(tmp_path_factory, capsys, files, jobs):
    d = tmp_path_factory.mktemp("check")
    for i, data in enumerate(files):
        (d / f"r{i}.txt").write_bytes(data)
    code = main(["check", "--isolated", "--jobs", jobs, str(d)])
    out, err = capsys.readouterr()
    assert code in (0, 1, 2)
    assert "Traceback" not in out + err
    assert ("检查了" in out) or ("文件" in out), out[-500:]


# -- hostile files ---------------------------------------------------------------------------------

def _reader_for(ext: str):
    try:
        found = [r for r in readers.builtin_readers() if ext in getattr(r, "extensions", ())]
    except Exception:  # the readers are being written
        found = []
    return found[0] if found else None


def needs_reader(ext: str):
    return pytest.mark.skipif(_reader_for(ext) is None,
                              reason=f"no built-in {ext} reader yet; this case runs once there is one")


def _run_with_good_file(tmp_path, capsys, name: str, data: bytes, *extra):
    """Check a hostile file beside a report with findings: one clear error for it, the other
    still checked, exit 2 (the messages read in English)."""
    d = tmp_path / "run"
    d.mkdir()
    hostile = d / name
    hostile.write_bytes(data)
    good = d / "zz-good.txt"
    good.write_bytes(BAD_REPORT.read_bytes())
    code = main(["check", "--isolated", "--no-source", "--lang", "en", str(d), *extra])
    out, err = capsys.readouterr()
    assert code == 2, out
    assert "Traceback" not in out + err
    errors = [line for line in err.splitlines() if line.startswith(f"{hostile}: error: ")]
    assert len(errors) == 1, err
    assert f"{good}:" in out, "the good file is still checked"
    assert "1 file of 2 could not be checked" in out
    return errors[0].split(": error: ", 1)[1]


def test_empty_file(tmp_path, capsys):
    msg = _run_with_good_file(tmp_path, capsys, "empty.txt", b"")
    assert "empty" in msg


def test_blank_file(tmp_path, capsys):
    msg = _run_with_good_file(tmp_path, capsys, "blank.txt", b" \n\r\n\t\n\xe3\x80\x80\n")
    assert "empty" in msg


def test_binary_file(tmp_path, capsys):
    data = b"\x89PNG\r\n\x1a\n" + bytes(random.Random(1).randrange(256) for _ in range(5000))
    msg = _run_with_good_file(tmp_path, capsys, "picture.txt", data)
    assert any(w in msg for w in ("binary", "decode", "does not look like"))


def test_not_a_report(tmp_path, capsys):
    msg = _run_with_good_file(tmp_path, capsys, "notes.txt", "今天的会议纪要\n出席：张三、李四\n".encode())
    assert "does not look like" in msg


def test_file_over_the_size_limit_is_refused_unread(tmp_path, capsys, monkeypatch):
    assert 1024 * 1024 <= readers.MAX_BYTES <= 32 * 1024 * 1024, "a sane limit: a report is well under 1 MB"
    block = BAD_REPORT.read_bytes()
    data = block * (50 * 1024 * 1024 // len(block) + 1)  # 50 MB of report text
    read = []
    real_open = Path.open

    def spy(self, *a, **k):
        mode = a[0] if a else k.get("mode", "r")
        if self.name == "huge.txt" and "r" in mode:
            read.append(self)
        return real_open(self, *a, **k)

    monkeypatch.setattr(Path, "open", spy)
    msg = _run_with_good_file(tmp_path, capsys, "huge.txt", data)
    assert "MB" in msg and "more than" in msg and "GOVLINT_MAX_FILE_MB" in msg
    assert not read, "the file was opened although its size alone refuses it"


def test_the_size_limit_is_configurable(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVLINT_MAX_FILE_MB", "1")
    assert readers._max_bytes() == 1024 * 1024
    monkeypatch.setenv("GOVLINT_MAX_FILE_MB", "not a number")
    assert readers._max_bytes() == 16 * 1024 * 1024
    big = tmp_path / "big.txt"
    big.write_bytes(BAD_REPORT.read_bytes() * 300)  # about 1.3 MB
    with pytest.raises(readers.ReadError, match="more than the 1 MB"):
        readers.read(big, max_bytes=1024 * 1024)


def test_a_device_or_pipe_is_refused(capsys):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    code = main(["check", "--lang", "en", "--isolated", "/dev/zero", str(BAD_REPORT)])
    out, err = capsys.readouterr()
    assert code == 2
    assert "/dev/zero: error: is not a regular file" in err


@needs_reader(".html")
def test_deeply_nested_html(tmp_path, capsys):
    depth = 200_000
    body = "<div>" * depth + "一、总体情况<table><tr><td>" * 2000 + "x" + "</td></tr></table>" * 2000 + "</div>" * depth
    data = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()
    d = tmp_path / "run"
    d.mkdir()
    (d / "nested.html").write_bytes(data)
    (d / "zz-good.txt").write_bytes(BAD_REPORT.read_bytes())
    code = main(["check", "--isolated", "--no-source", str(d)])
    out, err = capsys.readouterr()
    assert code in (1, 2)
    assert "Traceback" not in out + err
    assert f"{d / 'zz-good.txt'}:" in out
    nested = [line for line in (out + err).splitlines() if line.startswith(str(d / "nested.html"))]
    # either one clear error, or findings about what it holds: never a crash
    assert nested and all("govlint failed" not in line and "崩溃" not in line for line in nested)


@needs_reader(".docx")
def test_zip_bomb_docx(tmp_path, capsys):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                                          'package/2006/content-types"/>')
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                    b'wordprocessingml/2006/main"><w:body>')
            chunk = b"<w:p/>" * (1024 * 1024 // 6)
            for _ in range(300):  # 300 MB of XML, about 300 KB compressed
                f.write(chunk)
            f.write(b"</w:body></w:document>")
    assert len(buf.getvalue()) < 5 * 1024 * 1024
    msg = _run_with_good_file(tmp_path, capsys, "bomb.docx", buf.getvalue())
    assert "govlint failed" not in msg and "崩溃" not in msg


@needs_reader(".docx")
def test_docx_that_is_not_a_zip(tmp_path, capsys):
    msg = _run_with_good_file(tmp_path, capsys, "fake.docx", b"PK\x03\x04" + b"\x00" * 100)
    assert "govlint failed" not in msg


def _pdf_without_text() -> bytes:
    """A valid one-page PDF with nothing on the page (as a scan without OCR reads)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
               b"<< /Length 0 >>\nstream\n\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


@needs_reader(".pdf")
def test_pdf_without_text(tmp_path, capsys):
    msg = _run_with_good_file(tmp_path, capsys, "scan.pdf", _pdf_without_text())
    assert "govlint failed" not in msg and "崩溃" not in msg


@needs_reader(".pdf")
def test_truncated_pdf(tmp_path, capsys):
    msg = _run_with_good_file(tmp_path, capsys, "cut.pdf", _pdf_without_text()[:200])
    assert "govlint failed" not in msg and "崩溃" not in msg


# -- isolation and side effects ---------------------------------------------------------------------

RAISING_PLUGIN = '''
from govlint.plugin import Rule, hookimpl

class Raises(Rule):
    code = "X951"
    name = "always-raises"
    summary = summary_en = "raises on every report"

    def check(self, ctx):
        raise RuntimeError("rule bug")

@hookimpl
def govlint_rules():
    return [Raises]
'''


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_rule_that_raises_is_isolated(tmp_path, capsys, jobs):
    (tmp_path / "raising.py").write_text(RAISING_PLUGIN, encoding="utf-8")
    cfg = tmp_path / "govlint.toml"
    cfg.write_text('plugins = ["raising.py"]\n', encoding="utf-8")
    d = tmp_path / "reports"
    d.mkdir()
    for i in range(8):
        (d / f"r{i}.txt").write_bytes(BAD_REPORT.read_bytes())
    code = main(["check", "--lang", "en", "--config", str(cfg), "--no-source", "--jobs", jobs, str(d)])
    out, err = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in out + err
    errors = [line for line in err.splitlines() if ": error: " in line]
    assert len(errors) == 8 and all("X951" in e and "RuntimeError: rule bug" in e for e in errors)
    # every other rule still reported its findings on every file
    assert all(sum(1 for line in out.splitlines() if line.startswith(f"{d / f'r{i}.txt'}:") and " A30" in line)
               for i in range(8))


def _snapshot(d: Path):
    out = {}
    for p in sorted(d.rglob("*")):
        st_ = p.stat()
        out[str(p)] = (st_.st_mtime_ns, st_.st_size, st_.st_mode,
                       hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else None)
    return out


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_govlint_never_writes_to_what_it_checks(tmp_path, capsys, fmt):
    from govlint.outputs import builtin_formatters
    if fmt not in builtin_formatters():
        pytest.skip(f"no {fmt} output yet")
    d = tmp_path / "reports"
    (d / "sub").mkdir(parents=True)
    for p in FIXTURES:
        (d / p.name).write_bytes(p.read_bytes())
    (d / "sub" / BAD_REPORT.name).write_bytes(BAD_REPORT.read_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "bin.txt").write_bytes(b"\x00\x01\x02")
    os.utime(d / "empty.txt", ns=(1_000_000_000, 1_000_000_000))  # an old mtime: a write would show
    before = _snapshot(d)
    for jobs in ("1", "2"):
        main(["check", "--isolated", "--format", fmt, "--jobs", jobs, str(d)])
        main(["parse", str(d / "tabs_2024.txt")])
    capsys.readouterr()
    assert _snapshot(d) == before


# -- the parser comes with the package ----------------------------------------------------------------

def _check_with_cache(cache) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "GOVLINT_CACHE_DIR"}
    env["GOVLINT_CACHE_DIR"] = str(cache)
    return subprocess.run([sys.executable, "-m", "govlint", "check", "--isolated", str(BAD_REPORT)],
                          capture_output=True, text=True, env=env, timeout=120)


def test_the_parser_is_imported_not_generated(tmp_path):
    """The parser's table is a module of the package: parsing imports neither Lark nor
    anything from the cache folder, and writes no code there."""
    first = _check_with_cache(tmp_path / "cache")
    assert first.returncode == 1
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.suffix in (".py", ".pyc")]
    env = {k: v for k, v in os.environ.items() if k != "GOVLINT_CACHE_DIR"}
    env["GOVLINT_CACHE_DIR"] = str(tmp_path / "cache")
    probe = subprocess.run([sys.executable, "-c", "import sys; from govlint.syntax.parser import parse; "
                            f"parse(open({str(BAD_REPORT)!r}, encoding='utf-8').read()); print('lark' in sys.modules)"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert probe.stdout.strip() == "False", probe.stderr


@pytest.mark.parametrize("damage", ["unwritable", "disabled"])
def test_a_cache_that_cannot_be_used_is_no_error(tmp_path, damage):
    expected = _check_with_cache("")  # no cache at all
    cache = tmp_path / "cache"
    if damage == "unwritable":  # a cache folder that cannot be made
        cache = tmp_path / "a-file"
        cache.write_text("not a folder")
        cache = cache / "cache"
    elif damage == "disabled":
        cache = ""
    got = _check_with_cache(cache)
    assert (got.returncode, got.stdout, got.stderr) == (expected.returncode, expected.stdout, "")
    assert expected.returncode == 1


def test_an_error_keeps_both_languages_across_processes():
    """A ReadError or ConfigError carries its message in both languages (govlint.i18n), also when
    pickled to another process; ``str()`` is the English one, ``text(lang)`` the run's."""
    import pickle
    from govlint.config import ConfigError
    from govlint.i18n import Msg
    from govlint.readers import ReadError, messages
    for exc in (ReadError(messages.binary(messages.where(2, 4))), ConfigError(Msg("配置有误", "bad configuration"))):
        again = pickle.loads(pickle.dumps(exc))
        assert type(again) is type(exc) and again.msg == exc.msg and str(again) == exc.msg.en
    err = ReadError(messages.binary(messages.where(2, 4)))
    assert err.text("zh") == "这是二进制文件，不是报告（第 2 行第 4 个字节是 NUL 字节）；请提供 .docx、.pdf、.html 或 .txt 格式的报告"
    assert err.text("en") == ("this is a binary file, not a report (a NUL byte at line 2, byte 4 of the line); give "
                              "govlint the report as .txt, .docx, .html or .pdf")
    assert ReadError("a plugin's own words").text("zh") == "a plugin's own words"


PLUGIN_READER = '''
from govlint.plugin import Msg, ReadError, hookimpl


class Rpt:
    name = "rpt"
    extensions = (".rpt",)

    def sniff(self, head):
        return head.startswith(b"RPT")

    def read(self, path, data):
        raise ReadError(Msg("这个 .rpt 文件已损坏", "this .rpt file is damaged"))


@hookimpl
def govlint_readers():
    return [Rpt()]
'''


@pytest.mark.parametrize("lang, expected", [(None, "这个 .rpt 文件已损坏"), ("en", "this .rpt file is damaged")])
def test_a_plugin_readers_error_is_in_the_runs_language(tmp_path, capsys, monkeypatch, lang, expected):
    (tmp_path / "rpt_reader.py").write_text(PLUGIN_READER, "utf-8")
    (tmp_path / "govlint.toml").write_text('plugins = ["rpt_reader.py"]\n', "utf-8")
    (tmp_path / "r.rpt").write_bytes(b"RPT damaged")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")
    code = main(["check", "--no-source", "r.rpt"] + (["--lang", lang] if lang else []))
    out, err = capsys.readouterr()
    assert code == 2
    assert err == f"r.rpt: {'error: ' if lang == 'en' else '错误：'}{expected}\n"


@pytest.mark.parametrize("caches", ["off", "on"])
def test_a_check_loads_no_openssl(tmp_path, caches):
    """A check of several text reports never imports hashlib, with govlint's caches off or on
    (the default): its import loads OpenSSL's libcrypto (3.7 MB of memory, 11 M instructions).
    The caches' keys are blake2b digests from CPython's own ``_blake2``, the very function
    hashlib hands out."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(BAD_REPORT.read_bytes())
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVLINT_")}
    env.update(GOVLINT_CACHE_DIR="" if caches == "off" else str(tmp_path / "cache"))
    if caches == "off":
        env.update(GOVLINT_RESULTS_CACHE_MB="0")
    probe = subprocess.run([sys.executable, "-c", "import sys; from govlint.cli import main\n"
                            "try:\n    main(['check', '--isolated', '--jobs', '1', sys.argv[1], sys.argv[2]])\n"
                            "except SystemExit:\n    pass\nprint('_hashlib' in sys.modules, file=sys.stderr)",
                            str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
                           capture_output=True, text=True, env=env, timeout=120)
    assert probe.stderr.strip().splitlines()[-1] == "False", probe.stderr
    if caches == "on":
        assert any((tmp_path / "cache").rglob("*")), "the caches were written"
    import hashlib
    from govlint.cache import blake2b
    assert blake2b(b"report", digest_size=20).hexdigest() == hashlib.blake2b(b"report", digest_size=20).hexdigest()


def test_a_report_that_lost_its_title_and_headings_is_checked(tmp_path):
    """A copy of a report that kept its preface, with the statistics period stated, but lost its title
    and numbered headings ("本报告由示例乡人民政府…编制。…统计期限自2023年1月1日起至2023年12月31日止。" then
    "(一)主动公开情况" under none; real48b): a report, read as one (S100 says its sections are not
    found), not refused as no report. Minutes of a meeting still are (test_not_a_report)."""
    from govlint.testing import lint
    text = ("本报告由示例乡人民政府按照《中华人民共和国政府信息公开条例》要求编制。\n"
            "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            "(一)主动公开情况\n2023年，示例乡累计发布各类信息90条。\n"
            "(二)依申请公开情况\n2023年示例乡收到政府信息公开申请1件，均按时答复。\n")
    result = lint(text, ["S", "P"])
    assert not result.errors
    assert [d.code for d in result.diagnostics] == ["S100"]
