"""A 2019 trial-format 表二 copied a cell a line, each cell closed by a bar, whose head cells the
page cut at their width: "本年新制作数量" and "本年新公开数量" both arrive as "本年新". That start is
as well the start of 表三's first row, "一、本年新收政府信息公开申请数量", and it was read as that row
(a typo's likeness): a 表三 of one row inside section 二, "unreadable" (false C200, real49a).
A label cut to a start that several labels of other meanings share is none of them.

The report is invented: tests/fixtures/tabs_2020_trial.txt."""
from pathlib import Path

import pytest

from govlint.testing import lint

TRIAL = (Path(__file__).parent / "fixtures" / "tabs_2020_trial.txt").read_text("utf-8")
HEAD = "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量"


def a_cell_a_line(text: str, cut: bool) -> str:
    """表二 a cell a line, each closed by a bar, the row's last with a second; its head cut."""
    start, end = text.index("第二十条第（一）项"), text.index("三、收到和处理政府信息公开申请情况")
    rows = []
    for line in text[start:end].strip("\n").split("\n"):
        if cut and line == HEAD:
            line = "信息内容\t本年新\t本年新\t对外公开总数量"
        cells = [c for c in line.split("\t") if c]
        rows += [c + " |" for c in cells[:-1]] + [cells[-1] + " | |"]
    return text[:start] + "\n".join(rows) + "\n\n" + text[end:]


def found(text):
    return [(d.code, d.location.table, d.message) for d in lint(text).diagnostics]


@pytest.mark.parametrize("cut", [False, True])
def test_a_head_cut_to_a_start_other_labels_share_opens_no_other_table(cut):
    text = a_cell_a_line(TRIAL, cut)
    assert ("本年新 |\n本年新 |\n" in text) is cut
    assert found(text) == found(TRIAL) == []


def test_the_table_is_still_read_cell_by_cell():
    """A figure changed in 表二 reads where it stands (its row's cells are bound)."""
    text = a_cell_a_line(TRIAL.replace("规范性文件\t2\t2\t15", "规范性文件\t2\t2\t"), True)
    assert [(c, t) for c, t, _ in found(text)] == [("C203", "表二")]



def test_with_table_three_a_picture_the_cut_head_is_no_first_row_of_it():
    """表三 published as a picture: it is unreadable for that, not for "one row read at line 16" (the
    cut head, in section 二, read as its first row)."""
    text = a_cell_a_line(TRIAL, True)
    text = text[:text.index("（本列数据")] + "［图片］\n\n" + text[text.index("四、政府信息公开行政复议"):]
    got = lint(text).diagnostics
    assert [(d.code, d.location.table, d.location.section) for d in got] == [
        ("C200", "表三", "三、收到和处理政府信息公开申请情况")]
    assert "只有图片" in got[0].message
