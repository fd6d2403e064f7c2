"""pdfplumber's copy of a browser-printed report page whose numbers a font set a little lower than
the words: each line's numbers leave it for a line of their own below, a space left in each place.

    示例镇人民政府 年政府信息公开工作年度
    2024
    报告
    …本报告所列数据的统计期限自 年 月 日起至 年 月
    2024 1 1 2024 12 31
    日止。

The title had no year (a false S104) and the period was not read (a false P701). The numbers are
put back in the gaps, in order, where their count is the gaps' (layout/lines.py _digits_seated).

The report is invented: tests/fixtures/tabs_2024.txt."""
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells
from govlint.layout import prepare, vocabulary

TYPED = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"
PERIOD = "编制本报告。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。"
COUNT = "（二）依申请公开。本年度共收到政府信息公开申请13件，均在法定期限内答复。"

LAYOUTS = {
    "title-year-below": [(TITLE, "示例镇人民政府 年政府信息公开工作年度\n2024\n报告")],
    # the last number's gap at the line's end: the line after the numbers opens with its unit
    "period-numbers-below": [(PERIOD, "编\n制本报告。本报告所列数据的统计期限自 年 月 日起至 年 月\n2024 1 1 2024 12 31\n日止。")],
    # the line after has its own numbers' line: its first number is its own
    "period-last-number-below-the-next-line": [
        (PERIOD, "编\n制本报告。本报告所列数据的统计期限自 年 月 日起至 年 月\n2024 1 1 2024 12\n日止。\n31")],
    "closing-date-numbers-below": [("\n2025年1月20日", "\n年 月 日\n2025 1 20")],
    "count-in-prose-below": [(COUNT, "（二）依申请公开。本年度共收到政府信息公开申请 件，均在法定期限内答复。\n13")],
}
LAYOUTS["all-at-once"] = [pair for name, pairs in LAYOUTS.items() if name != "period-last-number-below-the-next-line"
                          for pair in pairs]


def _copy(layout, text=TYPED):
    for old, new in LAYOUTS[layout]:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_numbers_on_the_line_below_are_put_back(layout):
    text = _copy(layout)
    assert _found(TYPED) == []
    assert _found(text) == []
    assert _cells(text) == _cells(TYPED)


def test_the_mended_lines_keep_the_line_count_and_the_length():
    text = _copy("all-at-once")
    prepared = prepare(text, vocabulary())
    assert len(prepared.text) == len(text) and prepared.text.count("\n") == text.count("\n")
    assert "digits-below" in prepared.repairs
    lines = prepared.text.split("\n")
    assert "示例镇人民政府2024年政府信息公开工作年度" in lines
    assert "制本报告。本报告所列数据的统计期限自2024年1月1日起至2024年12月31" in lines
    assert "2025年1月20日" in lines


def test_a_count_put_back_is_checked_at_its_line():
    """The count put back is wrong: the same finding as on the typed report, on the line it was
    put back into (the numbers' line after it is blank)."""
    typed = TYPED.replace("申请13件", "申请15件")
    text = _copy("count-in-prose-below", typed.replace(COUNT.replace("13", "15"), COUNT)).replace("\n13\n", "\n15\n", 1)
    want = _found(typed)
    got = _found(text)
    assert [f[0] for f in want] == ["N601"] and len(got) == 1
    assert (got[0][0], got[0][1], got[0][3]) == (want[0][0], want[0][1], want[0][3])


def test_a_piece_of_a_cell_over_a_number_is_left_alone():
    """A table copied a cell a line ("事" / "项" / "0" / "0"): a line of a few characters is a
    piece of a cell, and a numbers' line before another is a cell each; nothing is put back."""
    text = "8.属\n于\n行\n政\n查\n询\n事\n项\n0\n0\n0\n"
    assert "digits-below" not in prepare(text, vocabulary()).repairs
    text = "信息内容 本年制发件数 本年废止件数 现行有效件数\n3 1 12\n"
    assert "digits-below" not in prepare(text, vocabulary()).repairs
