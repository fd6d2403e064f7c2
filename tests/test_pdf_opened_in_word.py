"""A PDF opened in Writer (LibreOffice's PDF import) and saved as Word, as staff do to edit last
year's report: every line of the PDF is a text box at its place on the page, every ruling line a
drawn line, all anchored in the first paragraph; nothing is a Word table. Read paragraph by
paragraph, its lines came in drawing order and a table's cells one a paragraph (on the three
real PDFs of the corpus: 18, 16 and 15 findings where the PDFs give 5, 3 and 0: C200, C202, C204,
V501, V502, A302, A303). The Word reader now lays the text boxes out on their pages and reads them
as the PDF reader reads a PDF's lines and ruled tables.

The invented 示例镇人民政府 report (tests/fixtures/tabs_2024.txt) is made here: by hand, as
LibreOffice writes such a file (no LibreOffice needed), and through the real LibreOffice from the
report's PDF (skipped without soffice).
"""
import sys
import zipfile
from pathlib import Path

import pytest

from govlint.config import from_dict
from govlint.layout.documents import read
from govlint.readers import TableBlock, TextBlock
from govlint.readers.docx import DocxReader
from govlint.run.engine import Settings, lint_file
from govlint.testing import make_registry

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES / "generators"))
sys.path.insert(0, str(Path(__file__).parent))
import report_formats as rf  # noqa: E402

SETTINGS = Settings.make(from_dict({}), make_registry())
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
# a wrong 总计 in 表三 (as tests/test_readers_formats.py seeds it)
DEFECT = ("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14")

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')
EMU = 12700


def _anchor(x: float, y: float, w: float, h: float, inner: str) -> str:
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="1" '
            f'simplePos="0" locked="0" layoutInCell="0" allowOverlap="1" relativeHeight="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{round(x * EMU)}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{round(y * EMU)}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{round(w * EMU)}" cy="{round(h * EMU)}"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="1" name="Shape"/><a:graphic><a:graphicData '
            f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>{inner}</wps:wsp>'
            f'</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>')


def text_box(x: float, y: float, text: str, size: float = 12.0, w: float = 0.0) -> str:
    """A line of text as LibreOffice's PDF import writes it: a text box as wide as the line."""
    w = w or sum(size if ord(c) > 0x2000 else size / 2 for c in text)
    return _anchor(x, y, w, size * 1.45,
                   '<wps:cNvSpPr txBox="1"/><wps:spPr><a:prstGeom prst="rect"/></wps:spPr><wps:txbx><w:txbxContent>'
                   f'<w:p><w:r><w:rPr><w:sz w:val="{round(size * 2)}"/></w:rPr><w:t xml:space="preserve">{text}</w:t>'
                   '</w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/>')


def rule(x0: float, top: float, x1: float, bottom: float) -> str:
    """A ruling line as the import writes it: a drawn line shape."""
    return _anchor(x0, top, x1 - x0, bottom - top, '<wps:spPr><a:prstGeom prst="line"/></wps:spPr><wps:bodyPr/>')


def write_frames(path: Path, pages) -> Path:
    """A Word file made of ``pages`` (each a list of text boxes and rules), all anchored in the
    body's first paragraph, each page's offsets from its own top (as LibreOffice writes them)."""
    shapes = "".join(s for page in pages for s in page)
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body><w:p>{shapes}</w:p>'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="xml" ContentType="application/xml"/><Override '
                   'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", doc)
    return path


def _frames_of_pdf(pdf: Path):
    """A PDF's pages as LibreOffice's import lays them out: each word (a run of characters
    without a gap) a text box where it stands, each ruling line and each edge of a drawn box a
    line (pdfplumber finds both), drawn from the page's top down."""
    import pdfplumber
    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            shapes = [(w["top"], text_box(w["x0"], w["top"], w["text"], w["bottom"] - w["top"], w["x1"] - w["x0"]))
                      for w in page.extract_words(x_tolerance=1.5, keep_blank_chars=False)]
            shapes += [(e["top"], rule(e["x0"], e["top"], e["x1"], e["bottom"])) for e in page.edges]
            pages.append([shape for _, shape in sorted(shapes, key=lambda s: s[0])])
    return pages


def _findings(path: Path):
    result = lint_file(str(path), SETTINGS)
    assert not result.errors, result.errors
    return sorted((d.code, d.message) for d in result.diagnostics)


def test_a_pdf_opened_in_word_reads_its_text_boxes_as_a_pages_lines(tmp_path):
    # two lines of prose, a ruled two-row table, then a second page (offsets from its top again)
    prose = [f"第{k + 1}行正文。" for k in range(11)]  # (20 text boxes in all: MIN_FRAMES)
    page1 = [text_box(72, 72, "示例镇人民政府2024年政府信息公开工作年度报告", 16), text_box(96, 110, "一、总体情况")]
    page1 += [text_box(72, 130 + 20 * k, line) for k, line in enumerate(prose)]
    # drawn out of order: the row's numbers before its label, as PDFs often are
    page1 += [text_box(300, 400, "10", 9), text_box(330, 400, "2", 9), text_box(74, 400, "行政许可", 9),
              text_box(74, 420, "行政处罚", 9), text_box(300, 420, "3", 9), text_box(330, 420, "0", 9),
              rule(72, 396, 360, 396), rule(72, 416, 360, 416), rule(72, 436, 360, 436),
              rule(72, 396, 72, 436), rule(298, 396, 298, 436), rule(328, 396, 328, 436), rule(360, 396, 360, 436)]
    page2 = [text_box(96, 72, "二、主动公开政府信息情况")]
    path = write_frames(tmp_path / "frames.docx", [page1, page2])
    doc = DocxReader().read(path, path.read_bytes())
    assert doc.source == {"kind": "docx", "converted_from": "pdf", "pages": 2}
    texts = [(b.page, b.text) for b in doc.blocks if isinstance(b, TextBlock)]
    assert texts == [(1, "示例镇人民政府2024年政府信息公开工作年度报告"), (1, "一、总体情况")] + \
        [(1, line) for line in prose] + [(2, "二、主动公开政府信息情况")]
    tables = [b for b in doc.blocks if isinstance(b, TableBlock)]
    assert len(tables) == 1 and tables[0].page == 1
    assert [[c.text for c in row] for row in tables[0].rows] == [["行政许可", "10", "2"], ["行政处罚", "3", "0"]]


def test_a_word_file_with_a_few_text_boxes_is_still_read_by_its_paragraphs(tmp_path):
    # the cheap sign: fewer than MIN_FRAMES text boxes, or text of the body's own, is a document
    path = write_frames(tmp_path / "few.docx", [[text_box(72, 72 + 20 * k, f"第{k}行") for k in range(5)]])
    doc = DocxReader().read(path, path.read_bytes())
    assert doc.source == {"kind": "docx"}
    assert [b.text for b in doc.blocks] == [f"第{k}行" for k in range(5)]


@pytest.mark.parametrize("variant", ["clean", "defect"])
def test_the_invented_reports_pdf_as_text_boxes_gives_the_pdfs_findings(tmp_path, variant):
    pytest.importorskip("reportlab", reason="reportlab (the test extra) builds the PDF")
    text = CLEAN if variant == "clean" else CLEAN.replace(*DEFECT)
    pdf = tmp_path / f"{variant}.pdf"
    rf.write_pdf(rf.blocks(text), pdf)
    path = write_frames(tmp_path / f"{variant}.docx", _frames_of_pdf(pdf))
    got, want = read(path), read(pdf)
    assert (got.source["kind"], got.source["converted_from"], got.source["pages"]) == ("docx", "pdf", 3)
    assert want.source["pages"] == 3 and got.text == want.text
    assert _findings(path) == _findings(pdf)
    if variant == "defect":
        assert [c for c, _ in _findings(path)] == ["A301", "A302", "A303"]


@pytest.fixture(scope="module")
def opened_in_word(tmp_path_factory):
    """The harness's clean and defective reports as Word files with merged grids, printed to PDF
    by LibreOffice, that PDF opened in Writer and saved as Word: PDF → its Word file."""
    pytest.importorskip("docx")
    from harness import docx_styles, libreoffice, sources
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    d = tmp_path_factory.mktemp("pdf-word")
    words = [docx_styles.write_docx(sources.SOURCES[name](), docx_styles.BY_NAME["grid"], d / f"{name}.docx")
             for name in ("clean", "defects")]
    pdfs = libreoffice.convert(words, "pdf", d / "pdf", d / "lo-profile")
    return libreoffice.convert(sorted(pdfs.values()), "pdf-word", d / "word", d / "lo-profile")


def test_libreoffices_word_of_a_reports_pdf_gives_the_pdfs_findings_on_the_same_pages(opened_in_word):
    codes = {}
    for pdf, docx in opened_in_word.items():
        assert read(docx).source["converted_from"] == "pdf"
        want = lint_file(str(pdf), SETTINGS)
        got = lint_file(str(docx), SETTINGS)
        assert not got.errors and not want.errors
        # (the page each is on; lines may be counted one apart: the import cuts a line of prose
        # where a number set in another font starts, "…政府信息310" / "条。")
        key = lambda r: sorted((d.code, d.message, d.origin) for d in r.diagnostics)
        assert key(got) == key(want), pdf.name
        codes[pdf.stem] = sorted(d.code for d in got.diagnostics)
    assert codes["clean"] == []
    assert codes["defects"] == ["A301", "A303", "A303", "A304", "A305", "C203"]
