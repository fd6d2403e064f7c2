"""The PDF reader takes characters and ruling lines from PDFium and gives the blocks pdfminer's
reading gave: the same lines, runs and tables, boxes within a fraction of a point.

The fixture PDFs are built here (reportlab: a ruled and an unruled report); the corpus PDFs
in ../shared/corpus/pdf (real published reports, vertical group labels among them) are
compared when they are there.
"""
import sys
from pathlib import Path

import pytest

from govlint.readers import TableBlock, TextBlock, read
from govlint.readers import pdf as pdf_reader
from govlint.readers import pdfium

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
sys.path.insert(0, str(FIXTURES / "generators"))
import report_formats as rf  # noqa: E402

CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def fixture_pdfs(tmp_path_factory):
    pytest.importorskip("reportlab", reason="reportlab (the test extra) builds the PDF fixtures")
    d = tmp_path_factory.mktemp("pdfium")
    bl = rf.blocks(CLEAN)
    ruled, unruled = d / "ruled.pdf", d / "unruled.pdf"
    rf.write_pdf(bl, ruled)
    rf.write_pdf(bl, unruled, ruled=False)
    return [ruled, unruled]


def _both(path: Path, monkeypatch):
    monkeypatch.setattr(pdf_reader, "ENGINE", "pdfminer")
    before = read(path)
    monkeypatch.setattr(pdf_reader, "ENGINE", "pdfium")
    return before, read(path)


def _assert_same(before, after, tolerance: float):
    assert after.source == before.source
    assert len(after.own_blocks) == len(before.own_blocks)
    for a, b in zip(after.own_blocks, before.own_blocks):
        assert type(a) is type(b)
        if isinstance(a, TableBlock):
            assert a.rows == b.rows and a.page == b.page
            assert abs(a.box.top - b.box.top) <= tolerance and abs(a.box.x0 - b.box.x0) <= tolerance
        else:
            assert (a.text, a.page) == (b.text, b.page)
            assert [r.text for r in a.runs] == [r.text for r in b.runs]
            # (a line's top may stand higher than pdfminer's: a face whose ascent and descent span well
            # over its size, Word's Times digits, is placed as a CJK face on its baseline, not over its deep
            # descent; up to a fifth of the size, tests/test_pdf_fonts_of_one_line_with_other_descents.py)
            assert abs(a.box.top - b.box.top) <= max(tolerance, 0.2 * b.box.size), (a, b)
            assert all(abs(x - y) <= tolerance for k, (x, y) in enumerate(zip(a.box, b.box)) if k != 2), (a, b)
            assert all(abs(ra.x0 - rb.x0) <= tolerance and abs(ra.x1 - rb.x1) <= tolerance
                       for ra, rb in zip(a.runs, b.runs)), (a, b)


def test_fixture_pdfs_read_as_pdfminer_reads_them(fixture_pdfs, monkeypatch):
    for path in fixture_pdfs:
        before, after = _both(path, monkeypatch)
        assert any(isinstance(b, TableBlock) for b in after.own_blocks) == (path.name == "ruled.pdf")
        _assert_same(before, after, tolerance=0.01)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus PDFs (../shared/corpus/pdf) are not here")
@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.pdf")) if CORPUS.is_dir() else [])
def test_corpus_pdfs_read_as_pdfminer_reads_them(name, monkeypatch):
    before, after = _both(CORPUS / name, monkeypatch)
    # the 15 statistical tables of the three reports: every cell as pdfminer read it
    assert sum(isinstance(b, TableBlock) for b in after.own_blocks) >= 4
    # boxes: the same to 0.1 pt (PDFium's 32-bit floats, declared widths rounded differently)
    _assert_same(before, after, tolerance=0.1)


def test_a_vertical_group_label_is_read_one_character_a_line(monkeypatch):
    """The corpus's 三、本年度办理结果 is set in a vertical (Identity-V) font: PDFium's own loose box
    for it is 199 pt wide; the reader puts each character in its one-em square below the last."""
    path = CORPUS / "hongze-district-2024.pdf"
    if not path.exists():
        pytest.skip("the corpus PDFs (../shared/corpus/pdf) are not here")
    doc = pdfium.open_document(path.read_bytes())
    try:
        page = doc[2]
        objects, _ = pdfium.page_objects(page, 3)
        page.close()
    finally:
        doc.close()
    label = [c for c in objects["char"] if c["x0"] < 90 and 600 < c["top"] < 700]
    assert "".join(c["text"] for c in label).startswith("三、本年度办理结果")
    for c in label:
        assert c["x1"] - c["x0"] == pytest.approx(c["size"]) and c["size"] == pytest.approx(9.95)
    tops = [c["top"] for c in label]
    assert tops == sorted(tops) and all(9 < b - a < 11 for a, b in zip(tops, tops[1:]))


def test_paths_are_split_as_pdfminer_splits_them():
    lines, rects, curves = [], [], []
    # a rectangle (re: move, three lines, closed), a ruling line, a closed triangle, a Bézier
    pdfium._subpath([("m", (10, 10)), ("l", (50, 10)), ("l", (50, 30)), ("l", (10, 30)), ("h", (10, 10))],
                    1, 800, 0, lines, rects, curves)
    pdfium._subpath([("m", (10, 100)), ("l", (300, 100))], 1, 800, 0, lines, rects, curves)
    pdfium._subpath([("m", (0, 0)), ("l", (5, 5)), ("l", (10, 0)), ("h", (0, 0))], 1, 800, 0, lines, rects, curves)
    pdfium._subpath([("m", (0, 0)), ("c", (9, 9))], 1, 800, 0, lines, rects, curves)
    assert [(r["x0"], r["x1"], r["top"], r["bottom"]) for r in rects] == [(10, 50, 770, 790)]
    assert [(ln["x0"], ln["x1"], ln["top"], ln["bottom"], ln["pts"]) for ln in lines] == [
        (10, 300, 700, 700, [(10, 700), (300, 700)])]
    assert [c["pts"] for c in curves] == [[(0, 800), (5, 795), (10, 800), (0, 800)], [(0, 800), (9, 791)]]


def test_a_ruled_table_is_found_from_pdfium_lines(fixture_pdfs):
    """The grid comes from the rectangles and lines PDFium reports: 表三 whole, head and rows."""
    doc = read(fixture_pdfs[0])
    tables = [b for b in doc.own_blocks if isinstance(b, TableBlock)]
    assert len(tables) >= 3
    texts = [c.text for t in tables for r in t.rows for c in r]
    assert "申请人情况" in texts and "自然人" in texts
    assert max(len(t.rows) for t in tables) >= 20
    lines = [b for b in doc.own_blocks if isinstance(b, TextBlock)]
    assert lines[0].text.startswith("示例镇人民政府2024年政府信息公开工作年度报告")


def _char(text, x0, x1, top=100.0, upright=True):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 10, "doctop": top, "upright": upright,
            "size": 10.0, "height": 10.0, "width": x1 - x0, "object_type": "char"}


@pytest.mark.parametrize("chars", [
    [_char("1", 10, 15), _char("2", 15, 20)],                                  # one word
    [_char("自", 10, 20), _char("然", 20, 30), _char("人", 30, 40)],
    [_char("1", 10, 15), _char(" ", 15, 18), _char("2", 18, 23)],              # a space
    [_char("1", 10, 15), _char("2", 19, 24)],                                  # a gap over 3 pt
    [_char("1", 10, 15), _char("2", 18, 23)],                                  # a gap of 3 pt: one word
    [_char("2", 20, 25), _char("1", 10, 15)],                                  # out of order
    [_char("a", 10, 15), _char("b", 12, 17), _char("c", 11, 16)],             # steps back
    [_char("1", 10, 15), _char("2", 10, 15, top=112)],                         # two lines
    [_char("其", 10, 20, top=112), _char("他", 20, 30, top=112), _char("法", 10, 20), _char("律", 20, 30)],
    [_char("a", 10, 15), _char("b", 15, 20, top=102.5), _char("c", 20, 25, top=105)],  # a line's tops chained
    [_char("a", 10, 15), _char("b", 15, 20, top=103.5)],                       # one line, two words (top 3.5 off)
    [_char("a", 10, 15), _char("b", 30, 35, top=102), _char("c", 10, 15, top=104.5), _char("d", 30, 35, top=106)],
    [_char("x", 10, 15, top=100), _char(" ", 15, 18, top=108), _char("y", 10, 15, top=116)],
])
def test_a_cell_reads_as_pdfplumber_reads_it(chars):
    from pdfplumber.utils import extract_text
    assert pdf_reader._cell_text(chars) == extract_text(chars)


def test_a_cell_pdfplumber_reads_another_way_is_left_to_it():
    assert pdf_reader._cell_text([_char("1", 10, 15, upright=False)]) is None  # turned
    assert pdf_reader._cell_text([_char("ﬁ", 10, 15)]) is None  # a ligature pdfplumber expands
    assert pdf_reader._cell_text([_char("1", 10, 15), _char("", 15, 15)]) is None  # empty: a word of its own


def _all_pdfs(fixture_pdfs):
    """The fixtures' PDFs and, where ../shared is at hand, the corpus PDFs."""
    return fixture_pdfs + (sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else [])


def test_a_pages_text_lines_are_pdfplumbers(fixture_pdfs):
    """_text_lines is pdfplumber's extract_text_lines (no layout, the reader's y tolerance) on
    every page of the fixtures and the corpus: the same lines, texts, boxes and characters."""
    from pdfplumber.utils.text import chars_to_textmap
    pages = 0
    for path in _all_pdfs(fixture_pdfs):
        doc = pdfium.open_document(path.read_bytes())
        try:
            for i in range(len(doc)):
                page = doc[i]
                objects, _ = pdfium.page_objects(page, i + 1)
                page.close()
                chars = objects["char"]
                if not chars:
                    continue
                for y in (3, 5.4):
                    want = chars_to_textmap(chars, layout=False, y_tolerance=y, presorted=True).extract_text_lines(
                        strip=True, return_chars=True)
                    assert pdf_reader._text_lines(chars, y) == want, (path.name, i)
                pages += 1
        finally:
            doc.close()
    assert pages >= 4
    lines = pdf_reader._text_lines([_char("b", 20, 25), _char("a", 10, 15), _char("c", 10, 15, top=120)], 3)
    assert [(ln["text"], ln["x0"], ln["x1"], ln["top"]) for ln in lines] == [("a b", 10, 25, 100.0), ("c", 10, 15, 120)]
    assert pdf_reader._text_lines([_char("1", 10, 15, upright=False)], 3) is None


def test_the_cell_search_finds_pdfplumbers_cells(fixture_pdfs):
    """_cells is pdfplumber's intersections_to_cells with each crossing's edges gathered once:
    the same cells in the same order, and _find_tables the same tables as page.find_tables() on a
    page whose tables close all their sides (where one is open, _find_tables closes it first:
    readers.pdf._open_sides, tests/test_pdfreal33_web_tables_printed_by_libreoffice.py)."""
    from pdfplumber.table import TableFinder
    for path in _all_pdfs(fixture_pdfs):
        doc = pdfium.open_document(path.read_bytes())
        try:
            for i in range(len(doc)):
                page = doc[i]
                objects, bbox = pdfium.page_objects(page, i + 1)
                page.close()
                plumber = pdfium.plumber_page(objects, bbox, i + 1)
                finder = TableFinder(plumber)
                assert pdf_reader._cells(finder.intersections) == finder.cells
                if not pdf_reader._open_sides(finder.get_edges(), (plumber.bbox[0], plumber.bbox[2])):
                    assert [t.cells for t in pdf_reader._find_tables(plumber)] == [t.cells for t in finder.tables]
        finally:
            doc.close()


def test_ruling_lines_drawn_in_a_form_xobject_are_read_as_pdfminer_reads_them(tmp_path, monkeypatch):
    """A table's grid drawn once as a form XObject and placed with a matrix: PDFium's form objects
    are followed (their paths passed back to PDFium as the handles it returned) and give the
    table pdfminer gives."""
    pytest.importorskip("reportlab", reason="reportlab (the test extra) builds the PDF")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "form-grid.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.beginForm("grid")
    for k in range(4):  # 3 rows, 3 columns of 100 × 30 pt
        c.line(0, k * 30, 300, k * 30)
        c.line(k * 100, 0, k * 100, 90)
    c.endForm()
    c.saveState()
    c.translate(100, 600)
    c.doForm("grid")
    c.restoreState()
    c.setFont("STSong-Light", 12)
    c.drawString(100, 760, "示例镇人民政府2024年政府信息公开工作年度报告")
    rows = [["项目", "本年新增", "累计"], ["规章", "3", "12"], ["规范性文件", "5", "40"]]
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            c.drawString(100 + k * 100 + 5, 600 + (2 - r) * 30 + 10, text)
    c.showPage()
    c.save()
    before, after = _both(path, monkeypatch)
    tables = [b for b in after.own_blocks if isinstance(b, TableBlock)]
    assert [[cell.text for cell in row] for row in tables[0].rows] == rows
    _assert_same(before, after, tolerance=0.01)


def _every_pages_characters(paths):
    import pypdfium2.raw as raw
    pages = []
    for path in paths:
        doc = pdfium.open_document(path.read_bytes())
        try:
            for i in range(len(doc)):
                page = doc[i]
                pages.append(pdfium._chars(raw, page.raw, i + 1, 842.0, 0.0))
                page.close()
        finally:
            doc.close()
    return pages


def test_characters_read_one_at_a_time_are_those_read_at_once(fixture_pdfs, monkeypatch):
    """A page whose text PDFium's FPDFText_GetText cannot give character for character is read
    by FPDFText_GetUnicode a character: the same characters either way."""
    pages = _every_pages_characters(_all_pdfs(fixture_pdfs))
    monkeypatch.setattr(pdfium, "_page_text", lambda raw, tp, n: None)
    again = _every_pages_characters(_all_pdfs(fixture_pdfs))
    assert again == pages and sum(map(len, pages)) > 1000
