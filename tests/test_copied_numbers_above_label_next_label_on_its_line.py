"""pdfplumber's copy of a PDF whose 表三 has tall cells: each row's numbers stand a little higher
than its label's first line, so a row's numbers come on the line above its label, and the group's
label (its merged cell's middle) stands alone between two sub-items. Here the next row's label,
wrapped in its cell, has its first piece on the line of the label before it, then its numbers,
then its rest:

    3.要求提供公开出版物 0 0 0 0 0 0 0
    （五）不予处理
    0 0 0 0 0 0 0
    4.无正当理由大量反复 申请
    5.要求行政机关确认或重 新出具
    0 0 0 0 0 0 0
    已获取信息

The run of "numbers, then their label" did not end on a whole row, so it was not read: a false
C202 (表三缺少1行：4.无正当理由大量反复申请), seen on a real report's copy.

The report is invented: tests/fixtures/tabs_2024.txt, its tabs as spaces (one row a line)."""
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
SPACED = "\n".join(" ".join(c for c in line.split("\t") if c) for line in CLEAN.split("\n"))
TYPED = ("（五）不予处理 1.信访举报投诉类申请 1 0 0 1 0 0 2\n2.重复申请 0 0 0 0 0 0 0\n"
         "3.要求提供公开出版物 0 0 0 0 0 0 0\n4.无正当理由大量反复申请 0 0 0 0 0 0 0\n"
         "5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0\n")
HEAD = "（五）不予处理 1.信访举报投诉类申请 1 0 0 1 0 0 2\n2.重复申请 0 0 0 0 0 0 0\n3.要求提供公开出版物 0 0 0 0 0 0 0\n"
TAIL = "4.无正当理由大量反复 申请\n5.要求行政机关确认或重 新出具\n{five}\n已获取信息\n"

LAYOUTS = {
    "group-label-alone-before-the-numbers": ("1.信访举报投诉类申请 1 0 0 1 0 0 2\n2.重复申请 0 0 0 0 0 0 0\n"
                                             "3.要求提供公开出版物 0 0 0 0 0 0 0\n（五）不予处理\n0 0 0 0 0 0 0\n"),
    "no-group-label-between": (HEAD + "0 0 0 0 0 0 0\n"),
}


def _copy(layout, five="0 0 0 0 0 0 0"):
    assert SPACED.count(TYPED) == 1
    return SPACED.replace(TYPED, LAYOUTS[layout] + TAIL.format(five=five))


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_numbers_above_label_then_the_next_label_around_its_numbers(layout):
    text = _copy(layout)
    assert _found(SPACED) == []
    assert _found(text) == []
    assert _cells(text) == _cells(SPACED)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_row_around_its_numbers_keeps_its_checks(layout):
    """Its total is wrong: the same findings as on the typed report, at its numbers' line."""
    wrong = "0 0 0 0 0 0 1"
    typed = _found(SPACED.replace("重新出具已获取信息 0 0 0 0 0 0 0", "重新出具已获取信息 " + wrong))
    text = _copy(layout, five=wrong)
    row = text[:text.index(wrong + "\n")].count("\n") + 1
    total = text[:text.index("（七）总计")].count("\n") + 1
    assert [f[0] for f in typed] == ["A303", "A302"]
    assert _found(text) == [("A303", row, len("0 0 0 0 0 0 ") + 1, typed[0][3]),
                            ("A302", total, typed[1][2], typed[1][3])]


def test_a_first_piece_that_spells_no_label_with_the_rest_is_left_alone():
    """The piece and the line after the numbers do not make a label: no row is made of them and
    the run is not read. A row of numbers is left with no label and a row with no numbers: which
    row the numbers are cannot be told, and the table says so once (it had said row 4 missing and
    row 5 misnamed, two claims on one broken row)."""
    text = _copy("no-group-label-between").replace("已获取信息\n", "已获取材料\n")
    assert _found(text) == [
        ("C200", 30, 1, "表三（收到和处理政府信息公开申请情况）无法可靠读取：第30行起有1行数字没有行名（如第51行），"
                        "另有1行只有行名没有数字或没有读出：行名与数字被拆开（表格可能由PDF转换而来），无法确定各数字所属的行；"
                        "该表的完整性、数值和勾稽关系检查未进行")]
