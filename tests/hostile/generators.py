"""Build the hostile and faulty inputs of issue 17's campaign: nothing binary is committed, each
input is made here, from a few lines of code. Run as a script to write them all to a directory::

    python tests/hostile/generators.py OUT_DIR

``INPUTS`` maps an input's name to (file name, builder); a builder returns the file's bytes.
Every input is invented (示例镇人民政府 and the like), none is a real report.
"""
from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Callable, Dict, List, Tuple

ROOT = Path(__file__).resolve().parents[2]
#: a report with findings (the README's bad example) and a clean one
GOOD_REPORTS = (ROOT / "examples" / "reports" / "样例乡-2024-有问题.txt",
                ROOT / "tests" / "fixtures" / "tabs_2024.txt")


def _pdf(objects: List[bytes], root: int = 1, xref: bool = True) -> bytes:
    """A PDF of these objects (numbered from 1), with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    if xref:
        start = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for off in offsets:
            out.write(b"%010d 00000 n \n" % off)
        out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                  % (len(objects) + 1, root, start))
    else:
        out.write(b"trailer\n<< /Root %d 0 R >>\n%%%%EOF\n" % root)
    return out.getvalue()


def _page_pdf(content: bytes, filters: bytes = b"") -> bytes:
    """A one-page PDF whose page content stream is ``content`` (already encoded by ``filters``)."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
                 b"<< /Length %d %s >>\nstream\n" % (len(content), filters) + content + b"\nendstream"])


# -- PDF: hangs and blow-ups ---------------------------------------------------------------------------

def pdf_self_reference() -> bytes:
    """An object that is a reference to itself, as the catalogue: pdfminer resolved it forever
    (the campaign's 111-byte PDF; this one is smaller still)."""
    return b"%PDF-1.4\n1 0 obj 1 0 R endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def pdf_mutual_reference() -> bytes:
    """Two objects that refer to each other, the pages tree one of them."""
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj 3 0 R endobj\n"
            b"3 0 obj 2 0 R endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def pdf_flate_bomb(mb: int = 1024) -> bytes:
    """A page whose content stream inflates to ``mb`` MB of spaces (about 1 MB compressed)."""
    z = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    data = b"".join(z.compress(chunk) for _ in range(mb)) + z.flush()
    return _page_pdf(data, b"/Filter /FlateDecode")


def pdf_long_string(chars: int = 10_000_000) -> bytes:
    """A 10-million-character string in a page's content."""
    return _page_pdf(b"BT /F1 12 Tf 72 720 Td (" + b"\xe4" * chars + b") Tj ET")


def pdf_graphics_state_flood(ops: int = 20_000_000) -> bytes:
    """A page of 20 million graphics-state operators (80 MB inflated, 80 KB on disk): the PDF
    library is busy with it in native code for a second or more."""
    return _page_pdf(zlib.compress(b"q Q " * ops, 9), b"/Filter /FlateDecode")


# -- text and Word: memory ------------------------------------------------------------------------------

def text_heading_and_tabs(mb: int = 15) -> bytes:
    """One heading and 15 MB of tabs: every tab a cell of one row."""
    return "一、总体情况\n".encode() + b"\t" * (mb * 1024 * 1024) + "\n二、主动公开政府信息情况\n".encode()


def docx_lying_directory(mb: int = 60) -> bytes:
    """A .docx whose document.xml inflates to ``mb`` MB of empty paragraphs (millions of XML
    elements), while the zip's central directory claims a compressed size 50 times smaller
    than that, so that the declared ratio looks like an ordinary document's."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                                          'package/2006/content-types"/>')
        head = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                b'wordprocessingml/2006/main"><w:body>')
        tail = b"</w:body></w:document>"
        with z.open("word/document.xml", "w") as f:
            f.write(head)
            chunk = b"<w:p/>" * (1024 * 1024 // 6)
            for _ in range(mb):
                f.write(chunk)
            f.write(tail)
    data = bytearray(buf.getvalue())
    # the central directory entry of word/document.xml: claim a compressed size of 1/50th
    name = b"word/document.xml"
    at = data.rfind(b"PK\x01\x02")
    while at >= 0:
        n = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + n]) == name:
            size = struct.unpack_from("<I", data, at + 24)[0]
            struct.pack_into("<I", data, at + 20, size // 50)
            break
        at = data.rfind(b"PK\x01\x02", 0, at)
    return bytes(data)


# -- reading what is hidden ----------------------------------------------------------------------------

def html_starting_with_comment() -> bytes:
    """A web page that opens with a long comment (as CMS templates do) holding a clean report,
    the page's own report (with findings) after it: the page is read as HTML, so the comment is
    hidden and the findings are those of the page."""
    report = GOOD_REPORTS[0].read_text("utf-8")
    paras = "".join(f"<p>{line}</p>\n" for line in report.splitlines() if line.strip())
    hidden = GOOD_REPORTS[1].read_text("utf-8")
    return (f"<!-- 示例站群模板 v2\n{hidden}\n-->\n<html><head><meta charset='utf-8'><title>示例</title></head>"
            f"<body>{paras}</body></html>").encode("utf-8")


def html_report_only_in_a_comment() -> bytes:
    """A page whose only report is inside a comment: nothing a reader shows, so no report."""
    return f"<!--\n{GOOD_REPORTS[1].read_text('utf-8')}\n-->\n".encode("utf-8")


def deeply_nested_config(depth: int = 100_000) -> bytes:
    """A govlint.toml whose one value is an array nested 100,000 deep."""
    return b"select = " + b"[" * depth + b"]" * depth + b"\n"


def report_with_huge_number() -> bytes:
    """The bad example report with a 5000-digit number in a cell of 表三."""
    text = GOOD_REPORTS[0].read_text("utf-8")
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("2.其他法律行政法规"):
            cells = line.split("\t")
            cells[1] = "9" * 5000
            lines[i] = "\t".join(cells)
            break
    return "\n".join(lines).encode("utf-8")


def deeply_nested_html(depth: int = 200_000) -> bytes:
    return (b"<html><head><meta charset='utf-8'></head><body>" + b"<div>" * depth + "一、总体情况".encode()
            + b"</div>" * depth + b"</body></html>")


def not_a_report() -> bytes:
    return "今天的会议纪要\n出席：张三、李四\n".encode()


def empty_file() -> bytes:
    return b""


def random_bytes() -> bytes:
    import random
    rnd = random.Random(17)
    return bytes(rnd.randrange(256) for _ in range(4096))


INPUTS: Dict[str, Tuple[str, Callable[[], bytes]]] = {
    "pdf_self_reference": ("self-reference.pdf", pdf_self_reference),
    "pdf_mutual_reference": ("mutual-reference.pdf", pdf_mutual_reference),
    "pdf_flate_bomb": ("flate-bomb.pdf", pdf_flate_bomb),
    "pdf_long_string": ("long-string.pdf", pdf_long_string),
    "pdf_graphics_state_flood": ("graphics-state-flood.pdf", pdf_graphics_state_flood),
    "text_heading_and_tabs": ("heading-and-tabs.txt", text_heading_and_tabs),
    "docx_lying_directory": ("lying-directory.docx", docx_lying_directory),
    "html_starting_with_comment": ("comment-first.html", html_starting_with_comment),
    "html_report_only_in_a_comment": ("comment-only.html", html_report_only_in_a_comment),
    "report_with_huge_number": ("huge-number.txt", report_with_huge_number),
    "deeply_nested_html": ("nested.html", deeply_nested_html),
    "not_a_report": ("notes.txt", not_a_report),
    "empty_file": ("empty.txt", empty_file),
    "random_bytes": ("random.pdf", random_bytes),
}


def write_all(out: Path) -> List[Path]:
    """Every input into ``out`` (created), and the two good reports; the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (filename, build) in INPUTS.items():
        p = out / filename
        p.write_bytes(build())
        written.append(p)
    for good in GOOD_REPORTS:
        p = out / good.name
        p.write_bytes(good.read_bytes())
        written.append(p)
    return written


if __name__ == "__main__":  # pragma: no cover
    for p in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-inputs")):
        print(p)
