"""Text copied out of a PDF by PDFium (``get_text_range``) from a Word table whose labels were typed
over several paragraphs in a tall cell, the row's numbers standing in the middle of its height:
the label's first pieces, a piece a line, then the numbers a line each, then the label's rest in
pieces ("1.申请" / "人无正当" / "理" / "由逾" / "期" / "不补" / 0 … 0 / "正、行" / "政" / "机关不" / … /
"开申请"). The first pieces stayed cells of their own, the rest went onto the next row: the row
went missing (a false C202 表三缺少1行：1.申请人无正当理由…, on 44 PDFium copies of the harness's
PDFs, with 3.补正后申请内容仍不明确, 2.没有现成信息需要另行制作 and others). A fragment completes
a label whose first pieces stand in several cells of the row above, none a label.

The report is invented: tests/fixtures/cells_2024.txt (a cell a line), 表三's results flattened."""
import pytest

from copies import found as _found, table_three as _cells
from test_copied_a_cell_a_line import CELLS, narrow

ZEROS = "0\n" * 7
LABEL = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
#: the label as such a copy writes it: pieces before the numbers, the rest after
BEFORE, AFTER = ["1.申请", "人无正当", "理", "由逾", "期", "不补"], ["正、行", "政", "机关不", "再处理", "其政府", "信息公", "开申请"]
#: the first pieces with spaces in a line (pieces side by side), the rest short: "2.申请 人逾期 未按收 费通知" / … /
#: 0 … 0 / "公开申" / "请", then the next row's label "3.其他"
SPACED = ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          ["2.申请 人逾期 未按收 费通知", "要求", "缴", "纳", "费", "用、行", "政机关 不再处", "理其政", "府信息"], ["公开申", "请"])
#: a shorter label so: "3.补正后" / "申请" / 0 … 0 / "内容仍" / "不明确"
SHORT = ("3.补正后申请内容仍不明确", ["3.补正后", "申请"], ["内容仍", "不明确"])


def around(text, label, before, after, numbers=ZEROS):
    old = f"\n{label}\n{ZEROS}"
    assert text.count(old) == 1, label
    return text.replace(old, "\n" + "\n".join(before) + "\n" + numbers + "\n".join(after) + "\n")


@pytest.mark.parametrize("label,before,after", [(LABEL, BEFORE, AFTER), SPACED, SHORT])
def test_a_label_in_pieces_around_its_numbers_is_whole_again(label, before, after):
    flat = narrow(CELLS, 100)
    text = around(flat, label, before, after)
    assert _found(flat) == []
    assert _found(text) == []
    assert _cells(text) == _cells(CELLS)


def test_the_row_keeps_its_checks():
    """Its total made wrong (1 for 0): A303 on that row, with its whole label."""
    flat = narrow(CELLS, 100)
    text = around(flat, LABEL, BEFORE, AFTER, numbers="0\n" * 6 + "1\n")
    found = _found(text)
    assert [f[0] for f in found] == ["A303", "A302"]  # (and 表三's 总计 column, which the row is in)
    assert found[0][3].startswith(f"表三“{LABEL}”行勾稽关系不成立：总计 = 1，而 自然人(0)")
    lines = text.split("\n")
    assert found[0][1] == lines.index("正、行")  # (on its total's line, the one before the label's rest)


def test_pieces_that_complete_no_label_are_not_joined():
    """The rest spells another label's end ("正、行政机关不再处理" / "其他"): nothing is joined, the row
    is not made up (C202 for it, as before), and no other row is read wrongly."""
    flat = narrow(CELLS, 100)
    text = around(flat, LABEL, BEFORE, ["正、行", "政", "机关不", "再处理其他"])
    codes = [f[0] for f in _found(text)]
    assert "C202" in codes and not any(c.startswith("A") for c in codes)


def test_a_label_above_its_numbers_and_its_rest_before_the_next_label():
    """"6.属于" / "四类" / "0 0 0 0 0 0 0" / "过程性" / "信息" / "7.属于" / "行政" / "执法案 卷" / 0 / …: the
    label's first pieces on the lines above its numbers, its rest before the next row's label, that
    one's numbers a line each (PDFium's copy of labels typed over several paragraphs)."""
    from pathlib import Path
    clean = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
    spaced = "\n".join(" ".join(c for c in line.split("\t") if c) for line in clean.split("\n"))
    old = "\n6.属于四类过程性信息 0 0 0 0 0 0 0\n7.属于行政执法案卷 0 0 0 0 0 0 0\n"
    assert spaced.count(old) == 1
    text = spaced.replace(old, "\n6.属于\n四类\n0 0 0 0 0 0 0\n过程性\n信息\n7.属于\n行政\n执法案 卷\n" + ZEROS)
    assert _found(text) == []
    assert _cells(text) == _cells(spaced)


def test_a_label_opening_with_a_whole_label_around_its_numbers():
    """"（二）部分公开" / "（区分处理的，" / "1 0 0 0 0 0 1" / "只计这一情形，" / "不计其他情形）" / "（三）不予公开"
    …: the label's first piece is itself a label (部分公开), its note in brackets the rest."""
    from pathlib import Path
    clean = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
    spaced = "\n".join(" ".join(c for c in line.split("\t") if c) for line in clean.split("\n"))
    old = "\n（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1\n（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0\n"
    assert spaced.count(old) == 1
    text = spaced.replace(old, "\n（二）部分公开\n（区分处理的，\n1 0 0 0 0 0 1\n只计这一情形，\n不计其他情形）\n（三）不予公开\n"
                               "1.属于国家秘密\n" + ZEROS)
    assert _found(text) == []
    assert _cells(text) == _cells(spaced)
