"""Text copied out of a PDF of a Word table whose head rows repeat on each page, a page break
cutting a row inside its labels: the row's first line is the page's last, its group's label and
its own label in their first pieces beside its numbers ("（五）不予 1.信访举报 1 0 0 1 0 0 2"); the
next page opens with the repeated head rows, then the labels' second pieces on one line ("处理
投诉类申请"). The pieces were read as the head's last cell: 1.信访举报投诉类申请 went missing (a
false C202 on 14 PDFium and 9 pdfplumber copies of the harness's PDFs). The words of such a line,
each completing a label of the row above the head in order, are joined onto those labels. So are
a label's pieces on both sides of the head, or after it ("3.补正后申 0 0 …" / "请内容仍不" / the head /
"明确": pdfplumber's copy, 3 more).

The report is invented: tests/fixtures/tabs_2024.txt, its tabs as spaces (one row a line), the
repeated head as PDFium writes it (the head's words a piece a line)."""
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
SPACED = "\n".join(" ".join(c for c in line.split("\t") if c) for line in CLEAN.split("\n"))

ROW = "（五）不予处理 1.信访举报投诉类申请 1 0 0 1 0 0 2\n"
HEADS = {
    # PDFium: the head's words a piece a line, two on a line where they stood side by side
    "pdfium": ("（本列数据的勾稽关系为：第一项加第\n二项之和，等于第三项加第四项之和）\n申请人情况\n自然\n人\n"
               "法人或其他组织 总计\n商业\n企业\n科研\n机构\n社会\n公益\n组织\n法律\n服务\n机构\n其他\n"),
    # pdfplumber: the head's lines by the height its words stand at
    "plumber": ("（本列数据的勾稽关系为：第一项加第 申请人情况\n二项之和，等于第三项加第四项之和） 自然 法人或其他组织 总计\n"
                "人 商业 科研 社会 法律 其他\n企业 机构 公益 服务\n组织 机构\n"),
}


def _cut(copier, rest="处理 投诉类申请", numbers="1 0 0 1 0 0 2", text=SPACED):
    assert text.count(ROW) == 1
    return text.replace(ROW, f"（五）不予 1.信访举报 {numbers}\n{HEADS[copier]}{rest}\n")


@pytest.mark.parametrize("copier", sorted(HEADS))
def test_a_label_continued_after_the_repeated_head_is_whole_again(copier):
    text = _cut(copier)
    assert _found(SPACED) == []
    assert _found(text) == []
    assert _cells(text) == _cells(SPACED)


@pytest.mark.parametrize("copier", sorted(HEADS))
def test_the_joined_row_keeps_its_checks(copier):
    """The row is wrong: its sum says so, on the line of its numbers, with its whole label."""
    text = _cut(copier, numbers="1 0 0 1 0 0 3")
    line = text[:text.index("（五）不予 1.信访举报")].count("\n") + 1
    found = _found(text)
    assert [f[0] for f in found] == ["A303", "A302"]  # (and 表三's 总计 column, which the row is in)
    assert found[0][1:3] == (line, len("（五）不予 1.信访举报 1 0 0 1 0 0 ") + 1)
    assert found[0][3].startswith("表三“1.信访举报投诉类申请”行勾稽关系不成立：总计 = 3，而 自然人(1)")
    assert "1.信访举报投诉类申请(3)" in found[1][3]


def test_words_that_complete_no_label_stay_in_the_head():
    """A last line whose words do not each complete a label above ("处理 其他") is left as it was:
    the row stays cut (C202 for its label), and nothing is joined wrongly."""
    text = _cut("pdfium", rest="处理 其他")
    assert _cells(text) != _cells(SPACED)
    assert any(f[0] == "C202" and "1.信访举报投诉类申请" in f[3] for f in _found(text))


#: 3.补正后申请内容仍不明确's row as typed, and as such a copy cuts it around the head
SHORT = "3.补正后申请内容仍不明确 0 0 0 0 0 0 0\n"


@pytest.mark.parametrize("before,after", [(["请内容仍不"], ["明确"]), ([], ["请内容仍不", "明确"])])
def test_pieces_around_the_repeated_head_are_joined(before, after):
    assert SPACED.count(SHORT) == 1
    pieces = "".join(p + "\n" for p in before) + HEADS["plumber"] + "".join(p + "\n" for p in after)
    text = SPACED.replace(SHORT, "3.补正后申 0 0 0 0 0 0 0\n" + pieces)
    assert _found(text) == []
    assert _cells(text) == _cells(SPACED)


#: a long label cut so, many pieces on each side, the page's number and running header before the head
LONG = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n"


def test_many_pieces_around_the_repeated_head_are_joined():
    assert SPACED.count(LONG) == 1
    text = SPACED.replace(LONG, "2.申请人逾 0 0 0 0 0 0 0\n期未按收费\n通知要求缴\n第3页 共5页\n" + HEADS["plumber"]
                          + "纳费用、行\n政机关不再\n处理其政府\n信息公开申\n请\n")
    assert _found(text) == []
    assert _cells(text) == _cells(SPACED)


def test_pieces_after_the_repeated_head_before_the_next_group_label():
    """PDFium: the head a piece a line, then the label's rest, then the next group's label on a
    line of its own ("（五）不予处理" / "1.信访举报投诉类申请 1 0 0 1 0 0 2")."""
    rows = SHORT + ROW
    assert SPACED.count(rows) == 1
    text = SPACED.replace(rows, "3.补正后申 0 0 0 0 0 0 0\n" + HEADS["pdfium"] + "请内容仍不\n明确\n（五）不予处理\n"
                          "1.信访举报投诉类申请 1 0 0 1 0 0 2\n")
    assert _found(text) == []
    assert _cells(text) == _cells(SPACED)


def test_pieces_after_the_repeated_head_of_a_label_above_its_numbers():
    """PDFium: the label's first pieces on the lines above its numbers, the page's number and
    header, the head a piece a line, then the label's rest."""
    assert SPACED.count(LONG) == 1
    text = SPACED.replace(LONG, "2.申请人逾\n期未按收费\n通知要求缴\n0 0 0 0 0 0 0\n第 3 页 共 5 页\n" + HEADS["pdfium"]
                          + "纳费用、行\n政机关不再\n处理其政府\n信息公开申\n请\n")
    assert _found(text) == []
    assert _cells(text) == _cells(SPACED)
