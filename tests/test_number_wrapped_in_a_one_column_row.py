"""表二's one-column rows (行政许可, 行政处罚 …) whose number a narrow cell wrapped, its last digits
alone on the next line ("行政许可\\t12" over "0" for 120, then the next block's head; "行政处罚\\t3"
over "5" for 35, then "行政强制\\t2"). A lone number after a full row was read as a row's own
whose label the copy broke whenever it was as many numbers as the row's columns, which one number
after a one-column row always is: it was dropped, the row kept its cut number, and the narrative
was checked against it (a false N601 "…120件…与表二不一致：… = 12"). When a row with its own
numbers, or a table's head, comes next, no label is left to take it: the row cannot be read,
said once (C200), and nothing is checked on the cut number. A label alone after the number still
takes it (numbers set above their label: the passing case).

The report is invented: tests/fixtures/tabs_2024.txt."""
from pathlib import Path

from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def found(text):
    return [(d.code, d.span.line if d.span else None, d.message) for d in lint(text).diagnostics]


def _put(old, new):
    assert TABS.count(old) == 1
    return TABS.replace(old, new)


def test_a_one_column_rows_number_wrapped_before_a_head_is_said_once():
    text = _put("行政许可\t120\n", "行政许可\t12\n0\n")
    assert found(TABS) == []
    assert found(text) == [("C200", 20, "表二“行政许可”行有2个数字（12 0），应有1个：无法确定各数字对应的列；该行不参与完整性和勾稽关系检查")]


def test_a_one_column_rows_number_wrapped_before_a_row_is_said_once():
    text = _put("行政处罚\t35\n", "行政处罚\t3\n5\n")
    assert found(text) == [("C200", 23, "表二“行政处罚”行有2个数字（3 5），应有1个：无法确定各数字对应的列；该行不参与完整性和勾稽关系检查")]


def test_a_number_above_a_label_alone_is_that_labels():
    text = _put("行政处罚\t35\n行政强制\t2\n", "行政处罚\t35\n2\n行政强制\n")
    assert found(text) == []
