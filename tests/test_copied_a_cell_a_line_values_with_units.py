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


def closing_bars(text: str) -> str:
    """表二's cells a line each, each closed with a bar (a crawler's copy of the page's table)."""
    start, end = text.index("第二十条第（一）项"), text.index("三、收到和处理政府信息公开申请情况")
    cells = [c for line in text[start:end].strip("\n").split("\n") for c in line.split("\t") if c]
    return text[:start] + "\n".join(c + " |" for c in cells) + "\n\n" + text[end:]


@pytest.mark.parametrize("layout", [a_cell_a_line, closing_bars])
@pytest.mark.parametrize("change, value", [("减1", -1), ("增1", 1), ("增加1项", 1)])
def test_a_change_in_words_is_the_rows_value(layout, change, value):
    """2019's 本年增/减 written in words ("减4"), a line of its own: the row's value, not a label
    that opens a row of its own (real49e/007: "只有1个数字（6），应有3个")."""
    text = layout(TRIAL).replace("行政许可\n\n12\n\n1\n", f"行政许可\n\n12\n\n{change}\n").replace(
        "行政许可 |\n12 |\n1 |\n", f"行政许可 |\n12 |\n{change} |\n")
    assert change in text
    assert lint(text).diagnostics == ()
    row = bind(parse(text)).tables["表二"].rows["licensing"]
    assert [c.value for c in row.cells.values()] == [Decimal(12), Decimal(value), Decimal(98)]


@pytest.mark.parametrize("layout", [a_cell_a_line, closing_bars])
def test_a_count_with_its_unit_in_brackets_and_an_amount_in_wan_are_values(layout):
    text = layout(TRIAL)
    text = text.replace("\n98\n", "\n98(件)\n").replace("\n98 |\n", "\n98(件) |\n")
    text = text.replace("\n56.3\n", "\n56.3万\n").replace("\n56.3 |\n", "\n56.3万 |\n")
    assert "98(件)" in text and "56.3万" in text
    assert lint(text).diagnostics == ()


@pytest.mark.parametrize("layout", [a_cell_a_line, closing_bars])
def test_figures_with_a_slash_are_the_cells_invalid_value_not_a_page_number(layout):
    """"0/0" (no page is the 0th) in 本年增/减: the cell's value, invalid (C204), in its column; the row
    keeps its other cells (real49e/036: the line was taken for a page's number and dropped)."""
    text = layout(TRIAL).replace("\n1\n\n98\n", "\n0/0\n\n98\n").replace("\n1 |\n98 |\n", "\n0/0 |\n98 |\n")
    assert "0/0" in text
    got = [(d.code, d.location.row, d.location.column, d.message) for d in lint(text).diagnostics]
    assert got == [("C204", "行政许可", "本年增/减", "表二“行政许可”行“本年增/减”列的值“0/0”不是数字，应为整数（可以为负数）")]


def tabbed(text: str) -> str:
    """表二's rows a cell a line each, every cell indented with a tab, a blank line after each row
    (Word's or WPS's table copied as text)."""
    start, end = text.index("第二十条第（一）项"), text.index("三、收到和处理政府信息公开申请情况")
    rows = ["\n".join("\t" + c for c in line.split("\t") if c) for line in text[start:end].strip("\n").split("\n")]
    return text[:start] + "\n\n".join(rows) + "\n\n" + text[end:]


def spaced(text: str) -> str:
    """表二's rows with a space between cells (a PDF's text copied)."""
    start, end = text.index("第二十条第（一）项"), text.index("三、收到和处理政府信息公开申请情况")
    rows = [" ".join(c for c in line.split("\t") if c) for line in text[start:end].strip("\n").split("\n")]
    return text[:start] + "\n".join(rows) + "\n\n" + text[end:]


@pytest.mark.parametrize("layout", [tabbed, spaced])
def test_values_in_words_in_rows_of_cells_indented_or_apart_by_spaces(layout):
    """"减1" and "56.3万元" in rows a cell a line, indented with tabs (the run was taken for lone cells of
    several rows and untabbed: the row's lines prose, false C203), or apart by spaces (the row was no
    row: false C202 "缺少1行")."""
    text = layout(TRIAL.replace("行政许可\t12\t1\t98", "行政许可\t12\t减1\t98").replace("政府集中采购\t4\t56.3",
                                                                                "政府集中采购\t4\t56.3万元"))
    assert "减1" in text and "56.3万元" in text
    assert lint(text).diagnostics == ()
    rows = bind(parse(text)).tables["表二"].rows
    assert [c.value for c in rows["licensing"].cells.values()] == [Decimal(12), Decimal(-1), Decimal(98)]
    assert [c.value for c in rows["procurement"].cells.values()] == [Decimal(4), Decimal("56.3")]


def test_counts_with_their_unit_a_paragraph_each_make_a_table():
    """Every figure of 表二 written with its unit ("12件", "56.3万元"), a cell a paragraph (blank lines
    between): the run has its numbers (before, none counted: no table, C200)."""
    import re
    text = a_cell_a_line(TRIAL)
    start, end = text.index("第二十条第（一）项"), text.index("三、收到和处理政府信息公开申请情况")
    part = re.sub(r"(?m)^(\d+)$", r"\1件", text[start:end]).replace("\n56.3\n", "\n56.3万元\n")
    assert "\n98件\n" in part and "\n56.3万元\n" in part
    text = text[:start] + part + text[end:]
    assert lint(text).diagnostics == ()
