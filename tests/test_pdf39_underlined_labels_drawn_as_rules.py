"""A Word table whose labels are underlined (or struck through), in cells without padding,
printed by LibreOffice, read from the PDF.

Why: Word and LibreOffice draw each underlined (or struck) line of a cell's text as a thin
horizontal stroke of its own. In a cell without padding (Word's cell margins set to 0, as
many offices' templates have them) it reaches the cell's sides, and pdfplumber's table finder
took it for a ruling line: each line of a wrapped label became a row of its own, the label was
split and six rows of 表三 were not found (a false C202 where the source has no finding). The
stroke is told by the text it belongs to (:func:`govlint.readers.pdf._text_strokes`) and left
out before the table finder. The same table with plain labels, and with padded cells, is held
to its source's findings too. In a borderless table the same underlined labels had a space drawn
under their next character, read as a gap between two columns (a false C202 too). One
LibreOffice batch for the module."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

from harness import compare  # noqa: E402

SOURCE = HERE / "fixtures" / "tabs_2024.txt"  # 示例镇人民政府, clean
#: (table style, cell margins set to 0, how the labels are marked)
CASES = {
    "grid-unpadded-underlined": ("grid", True, "underline"),
    "grid-unpadded-struck": ("grid", True, "strike"),
    "narrow-unpadded-underlined": ("narrow", True, "underline"),
    "narrow-padded-underlined": ("narrow", False, "underline"),
    "grid-unpadded-plain": ("grid", True, None),
    # no rules at all: LibreOffice draws a space under "属" between "1." and "属于…" (an underlined
    # run's), which cut the label into two columns (:func:`govlint.readers.pdf._spaces_drawn_over`)
    "borderless-underlined": ("narrow-borderless", False, "underline"),
    "unmerged-borderless-unpadded-underlined": ("unmerged-narrow-borderless", True, "underline"),
}


def _unpadded(table) -> None:
    """The table's cells without padding (w:tblCellMar 0 on every side)."""
    from docx.oxml.ns import qn
    tblpr = table._tbl.tblPr
    mar = tblpr.makeelement(qn("w:tblCellMar"), {})
    for side in ("top", "left", "bottom", "right"):
        mar.append(mar.makeelement(qn("w:" + side), {qn("w:w"): "0", qn("w:type"): "dxa"}))
    tblpr.append(mar)


def _marked(path: Path, unpadded: bool, how) -> Path:
    """The Word file at ``path`` with its tables' text labels (not the figures) marked ``how``."""
    import docx
    d = docx.Document(str(path))
    for t in d.tables:
        if unpadded:
            _unpadded(t)
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for run in p.runs:
                        if how and run.text.strip() and not re.fullmatch(r"[\d./—-]+", run.text.strip()):
                            if how == "underline":
                                run.font.underline = True
                            else:
                                run.font.strike = True
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Each case as Word, then LibreOffice's PDF of it: {case: pdf}."""
    pytest.importorskip("docx")
    from harness import libreoffice
    from harness.docx_styles import BY_NAME, write_docx
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    base = tmp_path_factory.mktemp("pdf39")
    text = SOURCE.read_text(encoding="utf-8")
    words = {name: _marked(write_docx(text, BY_NAME[style], base / f"{name}.docx"), unpadded, how)
             for name, (style, unpadded, how) in CASES.items()}
    pdfs = libreoffice.convert(list(words.values()), "pdf", base / "pdf", base / "profile")
    return {name: pdfs[w] for name, w in words.items()}


def _reads_as_its_source(pdf, monkeypatch):
    """The PDF's findings are its source text's (the reader cache off: the reading itself is tested)."""
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")
    want = compare.expected(SOURCE.read_text(encoding="utf-8"))
    got = compare.observed(pdf)
    assert compare.finding_differences(want[1], got[1]) == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_marked_labels_read_as_their_source(printed, name, monkeypatch):
    _reads_as_its_source(printed[name], monkeypatch)


def test_an_underline_is_told_from_the_rule_under_its_row():
    """The strokes themselves: an underline under a run of characters, as long as they are, is
    left out; the row's rule 2 pt below the same characters, running past them to the cells'
    borders, stays; so does a stroke under characters that runs on well past the last of them,
    one a vertical rule crosses, and one a cell's side ends on."""
    from govlint.readers.pdf import _text_strokes

    def char(x0, top, text="字", size=9.0):
        return {"object_type": "char", "text": text, "x0": x0, "x1": x0 + size, "top": top, "bottom": top + size,
                "size": size}

    def hline(x0, x1, y):
        return {"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y}

    class Page:
        def __init__(self, chars, lines, edges=(), rects=()):
            self.chars, self.lines, self.rects, self.edges = chars, lines, list(rects), list(edges)

    chars = [char(100 + 9 * k, 100) for k in range(4)]  # 100..136, foot at 109
    underline = hline(100, 136, 109.4)
    rule = hline(95, 300, 111.1)
    long_stroke = hline(100, 160, 109.4)
    struck = hline(100, 136, 105)
    crossed = hline(100, 136, 109.4)
    vertical = {"orientation": "v", "x0": 118, "x1": 118, "top": 90, "bottom": 130}
    found = _text_strokes(Page(chars, [underline, rule, long_stroke, struck]))
    assert found == {id(underline), id(struck)}
    assert _text_strokes(Page(chars, [crossed], [vertical])) == set()
    # a cell's bottom drawn cell by cell (a browser's print): its sides end on it
    side = {"orientation": "v", "x0": 136.2, "x1": 136.2, "top": 80, "bottom": 109.6}
    assert _text_strokes(Page(chars, [hline(100, 136, 109.6)], [side])) == set()
    # the underline beside a rule that runs on past it stays dropped
    through = {"orientation": "v", "x0": 136.2, "x1": 136.2, "top": 80, "bottom": 200}
    assert _text_strokes(Page(chars, [underline], [through])) == {id(underline)}
    # an underline drawn as a thin filled box (Word's export), its own short sides beside it
    box = {"object_type": "rect", "x0": 100, "x1": 136, "top": 109.2, "bottom": 109.8}
    sides = [{"orientation": "v", "x0": x, "x1": x, "top": 109.2, "bottom": 109.8} for x in (100, 136)]
    assert _text_strokes(Page(chars, [], sides, [box])) == {id(box)}


#: a web page's table with underlined (struck) cells, printed by Chromium: each cell's lines are
#: underlined by a thin filled box; with 1 px of padding the boxes of a wrapped label reach its
#: cell's sides and its lines became rows (two false V502: a label read in pieces)
PAGES = {
    "underlined-1px": "td{padding:1px;text-decoration:underline;font-size:12px;line-height:1.2} table{width:420px}",
    "struck-1px": "td{padding:1px;text-decoration:line-through;font-size:12px;line-height:1.2} table{width:420px}",
    "plain-1px": "td{padding:1px;font-size:12px;line-height:1.2} table{width:420px}",
}


@pytest.fixture(scope="module")
def browser_printed(tmp_path_factory):
    """Each page printed by Chromium: {name: pdf}."""
    import report_formats as rf
    from harness import browser_print
    if browser_print.chromium() is None:
        pytest.skip(browser_print.SKIP_REASON)
    base = tmp_path_factory.mktemp("pdf39web")
    page = rf.html_page(rf.blocks(SOURCE.read_text(encoding="utf-8"))).replace("charset=gbk", "charset=utf-8")
    pages = {}
    for name, css in PAGES.items():
        pages[name] = base / f"{name}.html"
        pages[name].write_text(page.replace("<style>p{margin:0}</style>", f"<style>p{{margin:0}} {css}</style>"),
                               encoding="utf-8")
    try:
        return browser_print.print_pages(pages, base / "pdf", {name: False for name in pages})
    except RuntimeError as exc:
        pytest.skip(str(exc))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_browser_printed_marked_cells_read_as_their_source(browser_printed, name, monkeypatch):
    _reads_as_its_source(browser_printed[name], monkeypatch)


def test_a_space_drawn_under_the_next_character_is_left_out_a_space_between_words_kept():
    from govlint.readers.pdf import _spaces_drawn_over

    def char(text, x0, x1, top=100.0):
        return {"object_type": "char", "text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 9}

    over = [char("1", 172.9, 177.1), char(".", 177.1, 180.0), char(" ", 180.0, 182.3), char("属", 180.1, 189.1)]
    apart = [char("1", 172.9, 177.1), char(".", 177.1, 180.0), char(" ", 180.0, 182.3), char("属", 182.3, 191.3)]
    wrapped = [char("于", 100, 109), char(" ", 109, 111.3), char("国", 60, 69, top=115)]
    assert _spaces_drawn_over(over) == {id(over[2])}
    assert _spaces_drawn_over(apart) == set()
    assert _spaces_drawn_over(wrapped) == set()
