"""A reader that crashes or hangs in native code costs one file: with --jobs 1 the risky readers
run in a child process, with --jobs 2 in the workers; the file gets one clear error (exit 2),
every other file is checked, and no traceback is printed.

The hang is real: a PDF whose one page is 20 million graphics-state operators (80 MB once
inflated, 80 KB on disk) keeps PDFium busy in FPDF_LoadPage for seconds, past a short
GOVLINT_READ_TIMEOUT. The crash is real too: a plugin's reader that reads address 0 through
ctypes dies of SIGSEGV, as a native library on a malformed file does.
"""
import zlib
from pathlib import Path

import pytest

from govlint.cli import main

BAD_REPORT = Path(__file__).resolve().parents[1] / "examples" / "reports" / "样例乡-2024-有问题.txt"  # has findings

CRASHING_PLUGIN = '''
import ctypes

from govlint.readers import ReadError


class Crashing:
    """A .crash file makes this reader read address 0: a segmentation fault, as a native library's."""
    name = "crashing"
    extensions = (".crash",)
    binary = True
    isolated = True

    def sniff(self, head):
        return head.startswith(b"CRASH")

    def read(self, path, data):
        ctypes.string_at(0)
        raise ReadError("not reached")


def govlint_readers():
    return [Crashing()]
'''


def _pdf(content: bytes) -> bytes:
    """A one-page PDF whose page draws ``content`` (compressed)."""
    stream = zlib.compress(content, 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


#: enough files that --jobs 2 starts two workers (the runner checks fewer files in its own process)
REPORTS = 8


@pytest.fixture
def reports(tmp_path):
    d = tmp_path / "reports"
    d.mkdir()
    for i in range(REPORTS):
        (d / f"r{i}.txt").write_bytes(BAD_REPORT.read_bytes())
    return d


def _run(args, capsys):
    code = main(["check", "--no-source", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _checked(out: str, d: Path):
    """The text reports of which a finding was printed (each has an A30x arithmetic finding)."""
    return {i for i in range(REPORTS) if any(line.startswith(f"{d / f'r{i}.txt'}:") and " A30" in line
                                       for line in out.splitlines())}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_pdf_that_hangs_pdfium_is_stopped_and_named(reports, capsys, monkeypatch, jobs):
    pytest.importorskip("pypdfium2")
    hang = reports / "r3-hangs.pdf"
    hang.write_bytes(_pdf(b"q Q " * 20_000_000))
    monkeypatch.setenv("GOVLINT_READ_TIMEOUT", "0.5")
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")
    code, out, err = _run(["--jobs", jobs, str(reports)], capsys)
    assert code == 2
    errors = [line for line in (out + err).splitlines() if "r3-hangs.pdf" in line]
    assert len(errors) == 1 and "错误" in errors[0], errors
    # the watchdog's error (issue 17), GOVLINT_READ_TIMEOUT the default of --timeout
    assert "超过时间限制" in errors[0] and "0.5 秒" in errors[0] and "--timeout" in errors[0]
    assert _checked(out, reports) == set(range(REPORTS))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_reader_that_crashes_costs_one_file(reports, tmp_path, capsys, monkeypatch, jobs):
    (tmp_path / "crashing.py").write_text(CRASHING_PLUGIN, encoding="utf-8")
    cfg = tmp_path / "govlint.toml"
    cfg.write_text('plugins = ["crashing.py"]\n', encoding="utf-8")
    for name in ("a.crash", "b.crash"):
        (reports / name).write_bytes(b"CRASH")
    code, out, err = _run(["--config", str(cfg), "--jobs", jobs, str(reports)], capsys)
    assert code == 2
    for name in ("a.crash", "b.crash"):
        errors = [line for line in (out + err).splitlines() if name in line]
        assert len(errors) == 1 and "错误" in errors[0], errors
        assert "SIGSEGV" in errors[0], errors
    assert _checked(out, reports) == set(range(REPORTS))

