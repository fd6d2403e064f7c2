"""``pdftotext -layout`` of a PDF whose 表三 has narrow label columns (Word's fixed widths, the
head rows repeated on each page): a group's label and its first sub-item's wrap side by side, a
line of the copy holding a piece of each, apart by spaces; a page break cuts a row inside its
labels and the next page repeats the head rows before the labels' rest.

1. "（六）其他" / "处理" beside "1.申请人无" / "正当理由逾" / "期不补正、" / "行政机关不" / …: the item's
   label is whole in an older format at "…逾期不补正、", and the next pieces went to the group's
   label, which then was left "（六）其他" (a false V501 表三行名“（六）其他”是旧格式 on 3 of 22
   copies of the harness's PDFs). A line's one piece goes onto the label it continues.
2. "（五）不予 1.信访举报 1 0 0 1 0 0 2" / the head's lines again / "处理      投诉类申请", and
   "3.补正后申 0 …" / "请内容仍不" / the head / "明确": the head's repeated lines took the rest, the
   row went missing (false C202 表三缺少1行：1.信访举报投诉类申请 / 3.补正后申请内容仍不明确, on 2
   of 22). The lines around a later "申请人情况" that repeat the head's, line for line, are blanked.

3. "（五）1.信访 1 0 0 1 0 0 2" / "不予处举报投" / "理  诉类申" / "请": columns so narrow that no
   space stands between the group's pieces and the item's; the row went missing (false C202 表三
   缺少1行：1.信访举报投诉类申请, on 1 of 22). The label is cut after the group's enumerator, and a
   line's one word at that width where both sides continue the two labels.

The report is invented: tests/fixtures/spaced_2024.txt, rows rewritten as such a copy writes them.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import compare  # noqa: E402

from govlint.layout.lines import prepare  # noqa: E402
from govlint.layout import vocabulary  # noqa: E402
from govlint.run.engine import lint_text  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "spaced_2024.txt").read_text("utf-8")
ZEROS = "   ".join("0" * 7)
#: the head of narrow columns as pdftotext -layout writes it, on the first page and again on the next
HEAD = ("（本列数据的勾稽关系为：第一项加第     申请人情况\n"
        "二项之和，等于第三项加第四项之和）     自然 法人或其他组织                 总计\n"
        "                      人  商业 科研 社会     法律   其他\n"
        "                         企业 机构 公益     服务\n"
        "                               组织     机构\n")
#: the source's head (three lines)
FIRST = SOURCE[SOURCE.index("（本列数据"):SOURCE.index("一、本年新收")]
NARROW = SOURCE.replace(FIRST, HEAD)


def side_by_side(group: list, item: list, numbers: str) -> str:
    """A group's label and its first item's in narrow columns, a piece of each a line (the
    numbers on the first line), as pdftotext -layout writes them."""
    out = []
    for k in range(max(len(group), len(item))):
        line = "      " + (group[k] if k < len(group) else "").ljust(8) + (item[k] if k < len(item) else "")
        out.append(line.rstrip() + ("   " + numbers if k == 0 else ""))
    return "\n".join(out)


def _whole_row(label_start: str) -> str:
    return next(line for line in SOURCE.split("\n") if line.startswith(label_start))


def _findings(text: str):
    r = lint_text(text, "copy.txt", compare.SETTINGS)
    return [(d.code, d.message) for d in r.diagnostics]


def test_the_source_is_clean_with_either_head():
    assert FIRST.count("\n") == 3
    assert _findings(SOURCE) == [] and _findings(NARROW) == []
    assert compare.bound_of(NARROW) == compare.bound_of(SOURCE)


def test_a_group_label_wrapped_beside_an_item_whole_in_an_older_format_takes_its_own_rest():
    row = _whole_row("（六）其他处理")
    copy = SOURCE.replace(row, side_by_side(["（六）其他", "处理"], ["1.申请人无", "正当理由逾", "期不补正、", "行政机关不",
                                                                   "再处理其政", "府信息公开", "申请"], ZEROS))
    assert "\n      （六）其他   1.申请人无   0   0" in copy and "\n      处理      正当理由逾\n              期不补正、\n" in copy
    assert _findings(copy) == []  # (was V501 表三行名“（六）其他”是旧格式…)
    assert compare.bound_of(copy) == compare.bound_of(SOURCE)


def test_a_group_and_its_item_in_columns_with_no_space_between():
    row = _whole_row("（五）不予处理")
    copy = SOURCE.replace(row, "       （五）1.信访   1    0   0   1   0   0   2\n       不予处举报投\n       理  诉类申\n"
                               "          请")
    assert _findings(copy) == []  # (was C202 表三缺少1行：1.信访举报投诉类申请)
    assert compare.bound_of(copy) == compare.bound_of(SOURCE)


def test_glued_pieces_that_make_no_labels_are_left_as_they_were():
    """The same lines whose pieces make no label when cut: the row is not made up."""
    row = _whole_row("（五）不予处理")
    copy = SOURCE.replace(row, "       （五）1.信访   1    0   0   1   0   0   2\n       不予办举报投\n       理  诉类申\n"
                               "          请")
    assert ("C202", "表三缺少1行：1.信访举报投诉类申请") in _findings(copy)


@pytest.mark.parametrize("cut", ["group-and-item", "item-only"])
def test_a_row_cut_by_a_page_break_with_the_head_repeated_before_its_labels_rest(cut):
    if cut == "group-and-item":  # "（五）不予 1.信访举报 1 0 0 1 0 0 2" / head / "处理      投诉类申请"
        row = _whole_row("（五）不予处理")
        first, rest = "      （五）不予   1.信访举报   1   0   0   1   0   0   2", "      处理        投诉类申请"
    else:  # "3.补正后申 0 …" / "请内容仍不" / head / "明确"
        row = _whole_row("3.补正后申请")
        first, rest = f"             3.补正后申   {ZEROS}\n             请内容仍不", "             明确"
    copy = NARROW.replace(row, f"{first}\n\n\n{HEAD}{rest}")
    assert copy.count("申请人情况") == 2
    assert _findings(copy) == []  # (was C202 表三缺少1行：…)
    assert compare.bound_of(copy) == compare.bound_of(SOURCE)


def test_the_repeated_head_is_blanked_with_its_offsets_and_nothing_else():
    row = _whole_row("（五）不予处理")
    copy = NARROW.replace(row, f"{row}\n{HEAD}")
    prepared = prepare(copy, vocabulary()).text
    assert len(prepared) == len(copy) and prepared.count("\n") == copy.count("\n")
    start = copy.rindex(HEAD)
    assert prepared[start:start + len(HEAD)] == "".join(" " * len(x) + "\n" for x in HEAD.split("\n")[:-1])
    assert prepared.index(HEAD) == copy.index(HEAD)  # (the first head stays, where it was)
    assert prepared.count("申请人情况") == 1 and row in prepared


def test_a_head_said_again_in_the_prose_is_no_repeated_head():
    """A line with 申请人情况 whose neighbours are not the head's: nothing blanked."""
    copy = NARROW.replace("四、政府信息公开行政复议", "申请人情况\n见上表。\n四、政府信息公开行政复议", 1)
    assert prepare(copy, vocabulary()).text.count("申请人情况") == 2


def test_a_group_label_written_down_its_column_beside_a_wrapped_label():
    """"三、本年度办理结果" a character a line down its merged cell ("三" / "、" / "本" …), beside the
    rows' labels, one of which wraps: "、  （二）部分公开（区分处理的，  1 …" over "本  只计这一情形，不计
    其他情形）". The bare "、" opening the row is no value, and the label's rest after the column's
    "本" is the label's: the row is whole (a false C202 表三缺少1行：（二）部分公开… on 3 of 5 copies)."""
    first, second = _whole_row("三、本年度办理结果"), _whole_row("（二）部分公开")
    copy = SOURCE.replace(first + "\n" + second,
                          "        三  （一）予以公开              4   1   0   0   0   0   5\n"
                          "        、  （二）部分公开（区分处理的，   1   0   0   0   0   0   1\n"
                          "        本  只计这一情形，不计其他情形）")
    assert "\n        本  只计这一情形" in copy
    assert _findings(copy) == []
    assert compare.bound_of(copy) == compare.bound_of(SOURCE)


def test_a_group_label_written_down_its_column_one_space_apart_as_pdfplumber_writes():
    """pdfplumber's text parts two columns by one space: "理结 （三）不 1.属于国家秘密 0 …" over
    "果 予公开 2.其他法律行政法规禁止公开 0 …" ("三、本年度办理结果" down its column, "（三）不予公开" wrapped
    beside it). "予公开" after the column's "果" is the rest of "（三）不": the rows are whole (a false
    V502 表三行名“果 予公开” on five copies, and the table's own defects unchecked behind it)."""
    first, second = _whole_row("（三）不予公开"), _whole_row("2.其他法律行政法规禁止公开")
    zeros = " ".join("0" * 7)
    copy = SOURCE.replace(first + "\n" + second,
                          f"理结 （三）不 1.属于国家秘密 {zeros}\n果 予公开 2.其他法律行政法规禁止公开 {zeros}")
    assert "\n果 予公开 2.其他" in copy
    assert _findings(copy) == []
    assert compare.bound_of(copy) == compare.bound_of(SOURCE)
