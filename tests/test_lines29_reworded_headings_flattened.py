"""A report flattened onto one line (a web page's text as a crawler or a copy keeps it) whose
section headings are worded otherwise than the official titles: "三、收到及处理…", "五、存在问题和
改进情况", "六、其它需要报告的事项". As written, a line each, such a heading is its section's, with an
S103 note; flattened, only the official titles (and their first words) were searched for, so the
reworded heading was not cut off its neighbours: its section was reported missing (a false S101)
or its heading swallowed its body (a false S103 warning quoting the body). The line's other
headings place it (``layout.lines._reworded_headings``): a numeral of a section not found yet, in
its place between those found, its title close to an official one of that number or its
section's table right after it."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import one_line  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")

REWORDED = {
    "三 with 及": ("三、收到和处理政府信息公开申请情况", "三、收到及处理政府信息公开申请情况"),
    "五 shortened": ("五、存在的主要问题及改进情况", "五、存在问题和改进情况"),
    "六 with 其它": ("六、其他需要报告的事项", "六、其它需要报告的事项"),
    "三 far from the official title, its table after it": ("三、收到和处理政府信息公开申请情况", "三、依申请公开情况"),
    "四 reworded": ("四、政府信息公开行政复议、行政诉讼情况", "四、行政复议和行政诉讼情况"),
    "二 shortened": ("二、主动公开政府信息情况", "二、主动公开情况"),
    "五 with other words": ("五、存在的主要问题及改进情况", "五、存在的不足及改进措施"),
    "六 shortened to its first and last words": ("六、其他需要报告的事项", "六、其他事项"),
    "一 with a word put in, opening the sections": ("一、总体情况", "一、总体工作情况"),
}


def _findings(text):
    return [(d.code, d.message) for d in lint(text, path="report.txt").diagnostics]


@pytest.mark.parametrize("name", sorted(REWORDED))
def test_a_reworded_heading_flattened_reads_as_written(name):
    official, reworded = REWORDED[name]
    assert official in SOURCE
    written = SOURCE.replace(official, reworded)
    assert _findings(one_line(written)) == _findings(written)


def test_the_note_on_a_reworded_heading_flattened_quotes_the_title_alone():
    written = SOURCE.replace("五、存在的主要问题及改进情况", "五、存在问题和改进情况")
    assert _findings(one_line(written)) == [
        ("S103", "标题“五、存在问题和改进情况”是可接受的变体，官方表述为“五、存在的主要问题及改进情况”")]


def test_a_table_row_numbered_as_a_section_is_no_heading():
    """三's heading left out: 表三's "三、本年度办理结果" and "四、结转下年度继续办理" stand where 三 is not
    found; they are rows, not 三's heading, and 三 is missing flattened as it is written."""
    written = SOURCE.replace("三、收到和处理政府信息公开申请情况\n", "")
    assert _findings(written) == [("S101", "缺少第三部分“三、收到和处理政府信息公开申请情况”")]
    assert _findings(one_line(written)) == _findings(written)


def test_a_misspelt_title_run_into_its_table_ends_before_the_table():
    """"四、政府信息公开行政法复议、行政诉讼情况行政复议 行政诉讼 …": a page's text taken with nothing
    between the heading and its table's head; the title, found by its official first words, ran to
    the next space and took the table's first head word with it (the note quoted "…情况行政复议" and
    called it an accepted variant). It ends where its section's table's head word follows 情况."""
    typo = SOURCE.replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政法复议、行政诉讼情况")
    glued = one_line(typo).replace("行政诉讼情况 行政复议", "行政诉讼情况行政复议")
    assert "行政诉讼情况行政复议 行政诉讼" in glued
    assert _findings(glued) == _findings(typo) == [
        ("S103", "标题“四、政府信息公开行政法复议、行政诉讼情况”与官方表述“四、政府信息公开行政复议、行政诉讼情况”不同")]
