"""A report typed by hand with its tables' columns lined up by spaces, a long label of 表三 wrapped
over three lines or more in its column, the numbers on the last line ("1.申请人无正当理由逾期不补正、行" /
"政机关不再处理其政府信息公开申" / "请    0    0 …"). voices50g: the pieces above were read as cells of one
row and the last piece as the row's label: a false V502 (the label cut short) and a false C203 (a
row with one "number", the middle piece). The rest that opens a row of numbers is joined onto the
pieces above it when together they make the label."""
from pathlib import Path

import pytest

from govlint.testing import lint

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
GAP = "    "


def _wrapped(label_row: str, pieces, group: str = "") -> str:
    cells = label_row.split("\t")
    numbers = GAP.join(c for c in cells if c.isdigit())
    assert label_row in SOURCE
    lines = ([group] if group else []) + [("  " if k else "") + p for k, p in enumerate(pieces)]
    lines[-1] += GAP + numbers
    return SOURCE.replace("\t", GAP).replace(label_row.replace("\t", GAP), "\n".join(lines))


CASES = {
    "three lines under its group's label": (
        "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
        ("1.申请人无正当理由逾期不补正、行", "政机关不再处理其政府信息公开申", "请"), "（六）其他处理"),
    "three lines": ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
                    ("2.申请人逾期未按收费通知要求缴纳", "费用、行政机关不再处理其政府信", "息公开申请"), ""),
    "four lines": ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
                   ("2.申请人逾期未按收费通知要求缴纳", "费用、行政机关不再处理其政府信", "息公开申", "请"), ""),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_label_over_three_lines_its_numbers_on_the_last(case):
    row, pieces, group = CASES[case]
    assert [d.code for d in lint(_wrapped(row, pieces, group), path="x.txt").diagnostics] == []


def test_the_row_so_read_is_checked():
    """A wrong figure in the row so read is found as in the table typed with tabs (its 总计)."""
    row, pieces, group = CASES["three lines"]
    text = _wrapped(row, pieces, group).replace("息公开申请" + GAP + GAP.join("0" * 7),
                                                "息公开申请" + GAP + GAP.join("0" * 6) + GAP + "1")
    assert [d.code for d in lint(text, path="x.txt").diagnostics][:1] == ["A303"]
