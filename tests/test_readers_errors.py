"""Files that cannot be read: one clear line naming the file and what to do, exit 2, bounded
time and memory, and the other files are still checked."""
import io
import time
import zipfile
from pathlib import Path

import pytest

from govlint.cli import main
from govlint.config import from_dict
from govlint.run.engine import Settings, lint_file
from govlint.readers import ReadError, read
from govlint.testing import make_registry

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
SETTINGS = Settings.make(from_dict({}), make_registry())


def _pdf_canvas(path, **kw):
    pytest.importorskip("reportlab", reason="reportlab (the test extra) builds the PDF fixtures")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    return canvas.Canvas(str(path), pagesize=A4, **kw)


def scanned_pdf(path: Path) -> Path:
    """A page that is only an image: what a scanner produces."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    c = _pdf_canvas(path)
    img = Image.new("L", (300, 100), 255)
    for x in range(20, 280):
        img.putpixel((x, 50), 0)
    c.drawImage(ImageReader(img), 50, 500, 450, 150)
    c.showPage()
    c.save()
    return path


def encrypted_pdf(path: Path) -> Path:
    c = _pdf_canvas(path, encrypt="secret")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c.setFont("STSong-Light", 14)
    c.drawString(50, 700, "示例镇人民政府2024年政府信息公开工作年度报告")
    c.showPage()
    c.save()
    return path


def small_docx() -> bytes:
    pytest.importorskip("docx")
    import docx
    d = docx.Document()
    for line in CLEAN.splitlines()[:8]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def zip_bomb(path: Path) -> Path:
    """60 MB of XML that deflates to about 60 KB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>" + " " * (60 * 1024 * 1024) + "</w:document>")
    path.write_bytes(buf.getvalue())
    return path


def _writes(data):
    """A maker that writes ``data`` (bytes, or a function giving them) to the path."""
    def make(path: Path) -> Path:
        path.write_bytes(data() if callable(data) else data)
        return path
    return make


CASES = {
    "scanned.pdf": (scanned_pdf, "no text layer"),
    "encrypted.pdf": (encrypted_pdf, "encrypted"),
    "truncated.pdf": (_writes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"), "damaged"),
    "corrupt.docx": (_writes(lambda: small_docx()[:3000]), "damaged"),
    "garbage.docx": (_writes(b"PK\x03\x04" + bytes(range(256)) * 8), "damaged"),
    "not-word.docx": (lambda p: _zip_without_document(p), "not a Word"),
    "bomb.docx": (zip_bomb, "zip bomb"),
    "old.docx": (_writes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), ".docx"),
    "portal.html": (_writes(
        "<html><head><title>示例镇人民政府门户网站</title></head><body><nav>首页</nav><div><p>欢迎访问</p>"
        "<ul><li><a href='/r'>示例镇人民政府2023年政府信息公开工作年度报告</a></li></ul></div></body></html>"
        .encode("utf-8")), "holds no report"),
}


def _zip_without_document(path: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_one_clear_error(tmp_path, name):
    make, words = CASES[name]
    path = make(tmp_path / name)
    start = time.monotonic()
    with pytest.raises(ReadError) as exc:
        read(path)
    assert time.monotonic() - start < 20
    message = str(exc.value)
    assert words in message
    assert "\n" not in message
    result = lint_file(str(path), SETTINGS)
    assert not result.diagnostics
    assert [e.kind for e in result.errors] == ["read"] and result.errors[0].path == str(path)


def test_cli_reports_each_bad_file_and_checks_the_others(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("scanned.pdf", "encrypted.pdf", "corrupt.docx", "bomb.docx", "portal.html"):
        CASES[name][0](tmp_path / name)
    (tmp_path / "bad.txt").write_text(CLEAN.replace("本年度未收取信息处理费。", "无"), encoding="utf-8")
    code = main(["check", ".", "--no-plugins", "--no-source"])
    out, err = capsys.readouterr()
    assert code == 2
    lines = (out + err).splitlines()
    for name, (_, words) in ((n, CASES[n]) for n in ("scanned.pdf", "encrypted.pdf", "corrupt.docx", "bomb.docx",
                                                      "portal.html")):
        hits = [ln for ln in lines if name in ln and "error" in ln]
        assert len(hits) == 1 and words in hits[0], (name, lines)
    assert any(ln.startswith("./bad.txt:") and "F401" in ln for ln in lines)


def test_parse_command_reports_a_bad_file(tmp_path, capsys):
    path = scanned_pdf(tmp_path / "scan.pdf")
    code = main(["parse", str(path), "--no-plugins"])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and str(path) in err and "no text layer" in err


def test_deep_html_is_bounded(tmp_path):
    """Nesting far deeper than any page: no RecursionError, bounded time."""
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div><span>" * 100_000 + "一、总体情况" + "</span></div>" * 100_000
                    + "<table>" * 3000 + "</body></html>", encoding="utf-8")
    start = time.monotonic()
    result = lint_file(str(path), SETTINGS)
    assert time.monotonic() - start < 30
    assert all(e.kind == "read" for e in result.errors)


def test_huge_table_spans_are_bounded(tmp_path):
    path = tmp_path / "wide.html"
    rows = "<tr><td colspan='1000000' rowspan='1000000'>x</td><td>1</td></tr>" * 3000
    path.write_text(f"<html><body><p>一、总体情况</p><p>二、主动公开政府信息情况</p><table>{rows}</table></body></html>",
                    encoding="utf-8")
    start = time.monotonic()
    try:
        read(path)
    except ReadError as exc:
        assert "cells" in str(exc)
    assert time.monotonic() - start < 30


def test_empty_and_binary_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(ReadError, match="empty"):
        read(tmp_path / "empty.txt")
    with pytest.raises(ReadError, match="binary"):
        read(tmp_path / "blob.txt")
