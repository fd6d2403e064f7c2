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


def test_a_group_label_wrapped_onto_the_next_row_whose_own_label_wrapped_too():
    """pdftotext -layout of a narrow PDF (voices50q): the group's merged cell wraps ("（三）不" beside 1.'s row,
    "予公开" beside 2.'s), and 2.'s own label wraps in its cell too ("2.其他法律行政法规禁" / "止公开"): the
    group's rest was read as a row's label, "予公开" (a false V502 in five reports). The rest goes onto
    the group's first piece when the row's own label opens one of the format's."""
    g1 = "（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0"
    g2 = "2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0"
    assert g1 in SOURCE and g2 in SOURCE
    text = SOURCE.replace("\t", GAP).replace(g1.replace("\t", GAP), "（三）不" + GAP + g1.split("\t", 1)[1].replace("\t", GAP))
    text = text.replace(g2.replace("\t", GAP), "予公开" + GAP + "2.其他法律行政法规禁" + GAP + GAP.join("0" * 7) + "\n" + GAP + "止公开")
    assert "予公开" + GAP + "2.其他" in text
    assert [d.code for d in lint(text, path="x.txt").diagnostics] == []
