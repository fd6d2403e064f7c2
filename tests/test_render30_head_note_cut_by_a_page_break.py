"""A page break through 表三's head rows, where the head's first cell holds the 2019 trial format's
note in brackets, merged down over the head rows: LibreOffice's PDF of a Word report (ruled grid)
prints "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项" / "商业企" / "科研机" / "社会公" /
"法律服" at the foot of one page and "之和）" / "业" / "构" / "益组织" / "务机构" at the head of the
next, in a grid of other columns. The pieces are paired in order with the cells they complete;
"之和）" completes no label, so nothing was joined — false V501 (表三列名“益组织”…) and V502
(“商业企”, “科研机”). A piece that closes the bracket a cell above left open is that cell's rest.

Found by rendering the harness's invented voice ``trial_labels`` (tests/harness/voices.py) as a
Word document printed to PDF by LibreOffice (render30)."""
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

import govlint.syntax  # noqa: E402,F401  (the layout package must not be the first govlint package imported)
from govlint.layout import documents as D  # noqa: E402
from govlint.layout import vocabulary  # noqa: E402

_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项"


def _cut(last_page, next_page):
    a = D.Item("", page=1, table=[list(r) for r in last_page])
    b = D.Item("", page=2, table=[list(r) for r in next_page])
    D.cell_split_by_a_page_break([a, b], vocabulary())
    return a.table, b.table


def test_a_head_cut_by_the_page_break_below_a_bracketed_note_merged_down():
    above, below = _cut(
        [[_NOTE, "申请人情况", "", "", "", "", "", ""],
         ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
         ["", "", "商业企", "科研机", "社会公", "法律服", "其他", ""]],
        [["之和）", "", "", "", "业", "构", "益组织", "务机构", "", ""],
         ["一、本年新收政府信息公开申请数量", "", "", "10", "2", "0", "1", "0", "0", "13"]])
    assert above[0][0] == _NOTE + "之和）"
    assert above[2] == ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]
    assert below[-1] == ["一、本年新收政府信息公开申请数量", "", "", "10", "2", "0", "1", "0", "0", "13"]


def test_a_closing_bracket_under_a_cell_whose_brackets_are_closed_joins_nothing():
    """The bracket must be open above: a piece "之和）" under a whole note completes nothing, and
    nothing is joined (the pieces are not the cut row's)."""
    above, below = _cut(
        [[_NOTE + "之和）", "申请人情况", "", "", "", "", "", ""],
         ["", "", "商业企", "科研机", "社会公", "法律服", "其他", ""]],
        [["之和）", "", "", "", "业", "构", "益组织", "务机构", "", ""]])
    assert above[1] == ["", "", "商业企", "科研机", "社会公", "法律服", "其他", ""]
    assert below[0][0] == "之和）"
