"""A statistical table published as a picture (a web page's <img>, a Word drawing) is not
missing: govlint cannot read it and says so once (C200), instead of C201 "缺少表三" and the
findings that depend on the table."""
import io
import struct
import zlib
from pathlib import Path

import docx

from govlint.config import Config
from govlint.run.engine import Settings, lint_file
from govlint.checks.registry import load

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
SETTINGS = Settings.make(Config(), load(builtins_only=True))


def _png() -> bytes:
    """A 1×1 white PNG."""
    raw = b"\x00\xff\xff\xff"
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _sections(text):
    """The report as (paragraph lines) with 表三 (the tab rows of section 三) left out."""
    out, in_three = [], False
    for line in text.split("\n"):
        if line.startswith("三、"):
            in_three = True
        elif line.startswith("四、政府"):
            in_three = False
        if in_three and "\t" in line:
            continue
        out.append(line)
    return out


def _codes(result):
    return [(d.code, d.location.table) for d in result.diagnostics]


def test_a_web_pages_table_as_an_image_is_unreadable_not_missing(tmp_path):
    body = []
    for line in _sections(CLEAN):
        if "\t" in line:
            body.append("<tr>" + "".join(f"<td>{c}</td>" for c in line.split("\t")) + "</tr>")
        else:
            body.append(f"<p>{line}</p>")
            if line.startswith("三、"):
                body.append('<p><img src="biao3.png" alt=""></p>')
    html = "<html><body><div class='article'>" + "\n".join(body).replace("</p>\n<tr>", "</p><table><tr>") \
        .replace("</tr>\n<p>", "</tr></table><p>") + "</div></body></html>"
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    result = lint_file(str(path), SETTINGS)
    assert ("C201", "表三") not in _codes(result)
    [c200] = [d for d in result.diagnostics if d.code == "C200"]
    assert c200.location.table == "表三"
    assert "只有图片" in c200.message


def test_a_word_files_table_as_a_picture_is_unreadable_not_missing(tmp_path):
    document = docx.Document()
    for line in _sections(CLEAN):
        if "\t" in line:
            continue  # (表二 and 表四 as tab paragraphs would do too; this test is about 表三)
        document.add_paragraph(line)
        if line.startswith("三、"):
            document.add_picture(io.BytesIO(_png()))
    path = tmp_path / "report.docx"
    document.save(path)
    result = lint_file(str(path), SETTINGS)
    assert ("C201", "表三") not in _codes(result)
    # (表二 and 表四 typed as tab paragraphs left out, unread too: one C200 names the three, 表三 by its picture)
    [c200] = [d for d in result.diagnostics if d.code == "C200"]
    assert "表三" in c200.data["tables"] and "只有图片" in c200.message
