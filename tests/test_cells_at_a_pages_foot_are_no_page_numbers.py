"""A table typed a cell a paragraph in Word ("规章" / "0" / "0" / "0", no Word table), printed to PDF:
the pages break between the cells, and a "0" is the last line of a page or the first of the next.
The PDF reader took every bare number in a page's top tenth or bottom eighth for the page's number
and dropped it: the row was a number short (C203 表二“规章”行只有2个数字, “行政事业性收费”行有1个单元格没有
填写数字). Seeds typed this way and printed by LibreOffice lost up to 13 cells each.

A page's number and a cell are told apart by evidence: a bare number off the page's middle that
stands in a column with its neighbour in the text (the line above it on its page, or at a page's
top the last line of the page before, or the line below it), starting where it starts, is a cell —
unless the numbers run with the pages (2 on page 2 and 3 on page 3 at the same edge: page numbers
set flush left). A centred number is a page number, as before. For the same reason a bare number
that is the last (or first) line of many pages is a running footer (header) only when it runs with
the pages: the last cell of many pages was "0" and went as the document's running footer.
"""
import sys
from pathlib import Path

import pytest

from govlint.readers import pdf as P

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))

SIZE = 14.0


def _line(text, page, top, x0=107.0):
    return P._Line(text, page, x0, x0 + 7.8 * len(text), top, size=SIZE)


def _edge(ln, band):
    ln.folio = (band, int(ln.text) - ln.page)
    return ln


def test_a_zero_at_a_pages_foot_under_its_column_is_a_cell():
    items = [_line("规章", 2, 707.3), _line("0", 2, 730.8), _edge(_line("0", 2, 753.9), "foot"),
             _edge(_line("0", 3, 74.1), "top"), _line("规范性文件", 3, 116.6)]
    assert [ln.text for ln in P._folios_dropped(items, [])] == ["规章", "0", "0", "0", "规范性文件"]


def test_a_zero_at_a_pages_top_under_the_last_cell_of_the_page_before_is_a_cell():
    """The line below it is a heading further left; the page before ends in its column."""
    items = [_line("行政事业性收费", 3, 753.5), _edge(_line("0", 4, 74.1), "top"),
             _line("三、收到和处理政府信息公开申请情况", 4, 116.0, x0=71.0)]
    assert [ln.text for ln in P._folios_dropped(items, [])] == ["行政事业性收费", "0", "三、收到和处理政府信息公开申请情况"]


def test_numbers_that_run_with_the_pages_are_page_numbers_even_flush_left():
    items = [_line("正文", 2, 700.0), _edge(_line("2", 2, 760.0), "foot"),
             _line("正文", 3, 700.0), _edge(_line("3", 3, 760.0), "foot")]
    assert [ln.text for ln in P._folios_dropped(items, [])] == ["正文", "正文"]
    # one flush left, the others centred (left out by the page's reading, counted all the same)
    items = [_line("正文", 2, 700.0), _edge(_line("2", 2, 760.0), "foot")]
    assert [ln.text for ln in P._folios_dropped(items, [("foot", 0), ("foot", 0)])] == ["正文"]


def test_a_number_out_of_the_column_of_the_line_above_is_a_page_number():
    items = [_line("本报告所列数据的统计期限自2024年1月1日起", 2, 700.0, x0=71.0), _edge(_line("2", 2, 760.0, x0=480.0), "foot")]
    assert [ln.text for ln in P._folios_dropped(items, [])] == ["本报告所列数据的统计期限自2024年1月1日起"]
    # in its column but far below it (a footer under a short page): a page number
    items = [_line("0", 2, 500.0), _edge(_line("2", 2, 760.0), "foot")]
    assert [ln.text for ln in P._folios_dropped(items, [])] == ["0"]


LABELS = ["规章", "行政许可", "行政处罚", "（一）予以公开", "（四）无法提供", "（五）不予处理"]


def test_a_zero_ending_many_pages_is_no_running_footer():
    items = []
    for page in range(1, 7):
        items += [_line(LABELS[page - 1], page, 100.0), _line("0", page, 700.0)]
    assert [ln.text for ln in P._drop_running(items, 6)] == [ln.text for ln in items]
    numbered = []
    for page in range(1, 7):
        numbered += [_line(LABELS[page - 1], page, 100.0), _line(str(page), page, 700.0)]
    assert [ln.text for ln in P._drop_running(numbered, 6)] == LABELS




def test_the_report_typed_a_cell_a_paragraph_keeps_the_cells_at_its_pages_edges(cells_pdf):
    """tests/fixtures/cells_2024.txt (clean) as Word paragraphs, LibreOffice's PDF: every cell read,
    no finding (main: C203 for the rows whose last "0" stood at a page's foot or top)."""
    from govlint.checks.registry import load
    from govlint.config import Config
    from govlint.readers import pdfium
    from govlint.run.engine import Settings, lint_file
    doc = pdfium.open_document(cells_pdf.read_bytes())
    edges = []
    try:
        for number, page in P._pdfium_pages(doc, pdfium):
            lines, _, _ = P._page(page, number, [])
            edges += [(ln.text, ln.folio[0]) for ln in lines if ln.folio]
            page.close()
    finally:
        doc.close()
    assert ("0", "top") in edges  # (the layout is really there: a cell at a page's top)
    result = lint_file(str(cells_pdf), Settings.make(Config(), load(builtins_only=True)))
    assert not result.errors
    assert [(d.code, d.message) for d in result.diagnostics] == []
