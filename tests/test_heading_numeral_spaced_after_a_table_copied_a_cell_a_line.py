"""A table copied one cell a line (a Word table pasted as text), a note row under it ("说明" and
its words), then the next section's heading numbered with the numeral and a space, no mark
("四 政府信息公开行政复议、行政诉讼情况"). The run of short lines read as cells went on through the
heading: it became a cell of the note row, and section 四 was lost (S101). A heading of an official
title, however numbered, ends a run of cells; words that are no such heading stay cells."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import cells_tabbed  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
LAST_ROW = "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n"
NOTE = "说明\t本表数据截至2024年12月31日\n"
TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _report(gap: str, note: str = NOTE) -> str:
    assert SOURCE.count(LAST_ROW) == 1
    text = SOURCE.replace(LAST_ROW, LAST_ROW + note)
    for t in TITLES:
        text = text.replace(t + "\n", t.replace("、", gap, 1) + "\n", 1)
    return text


@pytest.mark.parametrize("gap", [" ", "\u3000"])
@pytest.mark.parametrize("page_every", [0, 7])
def test_a_heading_numbered_with_a_space_ends_the_run_of_cells(gap, page_every):
    text = cells_tabbed(page_every)(_report(gap))
    assert [(d.code, d.message) for d in lint(text).diagnostics] == []


def test_the_same_heading_numbered_with_a_mark_was_never_lost():
    text = cells_tabbed()(_report("、"))
    assert [(d.code, d.message) for d in lint(text).diagnostics] == []


def test_a_missing_section_after_the_note_row_is_still_missing():
    """Section 四's heading and its table gone: S101 for 四, once (the note's words are no heading)."""
    text = _report(" ")
    start, end = text.index("四 政府信息公开行政复议"), text.index("五 存在的主要问题")
    text = cells_tabbed()(text[:start] + text[end:])
    found = [(d.code, d.message) for d in lint(text, ["S"]).diagnostics]
    assert found == [("S101", "缺少第四部分“四、政府信息公开行政复议、行政诉讼情况”")], found
