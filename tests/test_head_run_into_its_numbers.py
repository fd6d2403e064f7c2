"""A table written one cell a line (tab-indented) whose blank lines were removed: 表四's head cells
and its fifteen numbers run into one row, and a head cell broken over two lines ("总" / "计") cuts
the head in two. The row's label was read as "总计" — 表三's "（七）总计" — and the numbers went to
表三 (a false C207), 表四 was read with no numbers (C200). A row of a head's names (column names,
their parts: "结果维持", "未经复议直接起诉"; head words) followed by numbers only is two rows: the
head, then the numbers.

The report is invented: tests/fixtures/cells_2024.txt, blank lines removed (all, or 表四's)."""
import re
from pathlib import Path

import pytest

from copies import found as _found
from govlint.binder import bind
from govlint.layout import vocabulary
from govlint.layout.blocks import heads_off_numbers
from govlint.layout.cells import make_cell, span_of
from govlint.syntax import parse
from govlint.syntax.ast import Row, Table

CELLS = (Path(__file__).parent / "fixtures" / "cells_2024.txt").read_text("utf-8")
_BLANKS = re.compile(r"\n[ \t]*\n+")


def _no_blank_lines(text, only_table_four=False):
    if not only_table_four:
        return _BLANKS.sub("\n", text)
    a, b = text.index("四、政府信息公开行政复议"), text.index("五、存在")
    return text[:a] + _BLANKS.sub("\n", text[a:b]).rstrip("\n") + "\n\n" + text[b:]


def _table_four(text):
    t = bind(parse(text)).tables["表四"]
    return t.status, {(k, c): str(cell.value) for k, row in t.rows.items() for c, cell in row.cells.items()}


@pytest.mark.parametrize("only_table_four", [False, True])
def test_table_four_a_cell_a_line_without_blank_lines(only_table_four):
    text = _no_blank_lines(CELLS, only_table_four)
    assert "\t总\n计\n\t未经复议直接起诉\n" in text and "\t总计\n\t1\n\t0\n" in text
    assert _found(CELLS) == []
    status, cells = _table_four(text)
    assert (status, cells) == _table_four(CELLS)
    assert status == "bound" and len(cells) == 15
    assert _found(text) == []


def test_a_wrong_total_in_table_four_without_blank_lines():
    """行政复议's 总计 made wrong (3 for 2): as in the typed report, A304 at that number (the prose's 2
    is its parts' sum: no N601 against the wrong total)."""
    text = _no_blank_lines(CELLS, only_table_four=True)
    old = "\t尚未审结\n\t总计\n\t1\n\t0\n\t0\n\t1\n\t2\n"
    assert text.count(old) == 1
    line = text[:text.index(old) + len(old) - 2].count("\n") + 1
    found = _found(text.replace(old, old[:-2] + "3\n"))
    assert [f[:3] for f in found] == [("A304", line, 2)]
    assert found[0][3].startswith("表四“行政复议”勾稽关系不成立：行政复议·总计 = 3，而 行政复议·结果维持(1)")


def _row(*texts):
    return Row(tuple(make_cell(t, span_of((1, 1 + k, 1, 2 + k, k, k + 1))) for k, t in enumerate(texts)),
               span_of((1, 1, 1, 1 + len(texts), 0, len(texts))))


def test_a_head_and_its_numbers_are_two_rows():
    row = _row("结果维持", "结果纠正", "", "总计", "1", "0", "", "1")
    [t] = heads_off_numbers([Table((row,), row.span, None, 1)], vocabulary())
    assert [[c.text for c in r.cells] for r in t.rows] == [["结果维持", "结果纠正", "", "总计"], ["1", "0", "", "1"]]
    assert t.header_rows == 2


@pytest.mark.parametrize("texts", [
    ("规章", "行政规范性文件", "0", "3"),           # row labels, then their numbers
    ("（七）总计", "10", "2"),                     # one label
    ("结果维持", "总计", "1", "本年度"),            # words after the numbers
    ("本年度", "新收", "结果维持", "2", "3"),        # words the formats do not hold
    ("结果维持", "总计", "1"),                      # one number
])
def test_rows_that_are_no_head_and_numbers_stay(texts):
    row = _row(*texts)
    t = Table((row,), row.span, None, 0)
    assert heads_off_numbers([t], vocabulary())[0] is t
