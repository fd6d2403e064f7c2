"""A small table drawn without borders in 六 whose cells hold words ("信息处理费 | 0元", the fee as a
row of a table), its label column narrow: Word (and LibreOffice's PDF of it) prints a cell's first
line on its row's line and wraps the rest below, so the PDF's lines are "信息处 0元" and "理费". Read as
lines, the label's halves stood apart around its value ("信息处0元" / "理费"): a false F401 (the fee
said nowhere). The rest of a cell that filled its column now joins it.

Found by rendering the harness's invented voices ``results_listed`` and ``county_whole``
(tests/harness/voices.py) as Word documents with narrow borderless tables printed to PDF by
LibreOffice (render30); the positions below are those of that PDF (9 pt, a 1.5 cm label column)."""
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

import govlint.syntax  # noqa: E402,F401  (the layout package must not be the first govlint package imported)
from govlint.layout import documents as D  # noqa: E402
from govlint.readers import Box, Run  # noqa: E402


def _line(top, *runs, size=9.0):
    runs = tuple(Run(t, x0, x0 + len(t) * size) for t, x0 in runs)
    box = Box(x0=runs[0].x0, x1=runs[-1].x1, top=top, size=size, left=71.0, right=525.8)
    return D.Item(" ".join(r.text for r in runs), page=4, origin=f"page 4 top {top}", box=box, runs=runs)


def _texts(items):
    D.cell_wrapped_in_a_borderless_row(items)
    return [it.text for it in items]


def test_a_label_wrapped_in_its_cell_below_its_rows_line():
    assert _texts([_line(430.9, ("信息处", 71.0), ("0元", 113.5)), _line(445.8, ("理费", 71.0))]) \
        == ["信息处理费 0元"]


def test_both_cells_wrapped_and_a_head_row_above():
    assert _texts([_line(416.0, ("项目", 71.0), ("金额", 113.5)),
                   _line(430.9, ("信息处", 71.0), ("0元", 113.5)), _line(445.8, ("理费", 71.0))]) \
        == ["项目 金额", "信息处理费 0元"]


def test_a_next_rows_label_under_a_short_cell_stays_a_line():
    """"其他" under "费用" (two characters in a column of four): the cell had room for more, so the
    line below is the next row's, not its rest."""
    assert _texts([_line(430.9, ("费用", 71.0), ("0元", 113.5)), _line(445.8, ("其他", 71.0))]) \
        == ["费用 0元", "其他"]


def test_a_line_reaching_into_the_next_column_is_no_rest():
    assert _texts([_line(430.9, ("信息处", 71.0), ("0元", 113.5)), _line(445.8, ("理费及其他说明", 71.0))]) \
        == ["信息处 0元", "理费及其他说明"]


def test_a_line_far_below_is_no_rest():
    assert _texts([_line(430.9, ("信息处", 71.0), ("0元", 113.5)), _line(481.4, ("理费", 71.0))]) \
        == ["信息处 0元", "理费"]


def test_pieces_of_a_paragraphs_line_apart_by_a_font_change_take_no_rest():
    """A PDF opened in Word (a text box a line): a line of prose in pieces where digits are set in
    another font, no room between them, then a heading on the next line — no cell, nothing joined
    (it made "…统计期限自一、总体情况2024年…", a false S101)."""
    assert _texts([_line(100.0, ("告。本报告所列数据的统计期限自", 71.0), ("2024年1月1日起", 206.0)),
                   _line(115.0, ("一、总体情况", 71.0))]) \
        == ["告。本报告所列数据的统计期限自 2024年1月1日起", "一、总体情况"]


def test_a_heading_under_a_row_of_two_cells_is_no_rest():
    assert _texts([_line(430.9, ("信息处", 71.0), ("0元", 113.5)), _line(445.8, ("一、", 71.0))]) \
        == ["信息处 0元", "一、"]
