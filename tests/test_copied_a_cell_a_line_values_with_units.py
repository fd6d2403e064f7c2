"""A 表二 copied a cell a line (a web page's table, blank lines between the cells) whose amount is
written with its unit: "政府集中采购" / "6" / "152790元". The amount was read as the label of a row
of its own, and 政府集中采购 as a row short of a cell (false C203 "只有1个数字", real49a 037 and 051).
A figure with its unit (lexicon.numerals.WITH_UNIT) is a value, as it is in a row typed with tabs;
the binder reads it in its column's unit.

The report is invented: tests/fixtures/tabs_2020_trial.txt."""
from decimal import Decimal
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint

TRIAL = (Path(__file__).parent / "fixtures" / "tabs_2020_trial.txt").read_text("utf-8")


def a_cell_a_line(text: str) -> str:
    """表二's cells a line each, a blank line after each."""
    start, end = text.index("第二十条第（一）项"), text.index("三、收到和处理政府信息公开申请情况")
    cells = [c for line in text[start:end].strip("\n").split("\n") for c in line.split("\t") if c]
    return text[:start] + "\n\n".join(cells) + "\n\n" + text[end:]


@pytest.mark.parametrize("count, amount, value", [("4", "56.3万元", "56.3"), ("4笔", "563000元", "563000"),
                                                  ("4", "56.3 万元", "56.3")])
def test_an_amount_with_its_unit_is_the_rows_value(count, amount, value):
    """(The trial format's 采购总金额 names no unit: the amount is kept as written.)"""
    text = a_cell_a_line(TRIAL).replace("政府集中采购\n\n4\n\n56.3\n", f"政府集中采购\n\n{count}\n\n{amount}\n")
    assert f"\n{amount}\n" in text
    assert lint(text).diagnostics == ()
    row = bind(parse(text)).tables["表二"].rows["procurement"]
    assert [c.value for c in row.cells.values()] == [Decimal(4), Decimal(value)]


def test_counts_with_their_unit_a_line_each_are_the_rows_values():
    text = a_cell_a_line(TRIAL).replace("行政许可\n\n12\n\n1\n\n98\n", "行政许可\n\n12项\n\n1项\n\n98件\n")
    assert "\n98件\n" in text
    assert lint(text).diagnostics == ()


def test_a_word_after_the_amount_still_opens_the_next_row():
    """The next row's label after a value with its unit starts that row ("行政许可" after "1项")."""
    text = a_cell_a_line(TRIAL).replace("行政许可\n\n12\n\n1\n\n98\n", "行政许可\n\n12\n\n1\n\n98件\n")
    rows = bind(parse(text)).tables["表二"].rows
    assert [c.value for c in rows["other_services"].cells.values()] == [Decimal(3), Decimal(0), Decimal(10)]
