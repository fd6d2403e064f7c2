"""A report flattened onto one line (an archived page, a copy out of a viewer) whose 五 and 六 stand
under one heading: "五、存在的主要问题、改进情况及其他需要报告的事项". Line breaks are put back
before the official section headings only, and this one is none: it stayed run into 四's table,
五 and 六 read as missing (two S101) instead of the one S103 the typed report gives. A heading that
opens with an official title's first words ("五、存在的主要问…") under a number no official heading
of the line takes is a heading too; its title ends at the next space.

The report is invented: tests/fixtures/tabs_2024.txt, its 五 and 六 merged."""
import re
from pathlib import Path

import pytest

from copies import found as _found
from govlint.layout import vocabulary
from govlint.layout.lines import prepare

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
MERGED = "五、存在的主要问题、改进情况及其他需要报告的事项"
S103 = ("标题“五、存在的主要问题、改进情况及其他需要报告的事项”把第五、六部分合在一起；官方格式中"
        "“六、其他需要报告的事项”是单独的部分，应为“五、存在的主要问题及改进情况”")


def merged(text):
    text = text.replace("五、存在的主要问题及改进情况\n", MERGED + "\n")
    return re.sub(r"\n六、其他需要报告的事项\n", "\n", text)


def one_line(text):
    return re.sub(r"\s*\n\s*", " ", text.replace("\t", " ")).strip() + "\n"


def test_the_typed_report_says_the_merged_heading_once():
    text = merged(TABS)
    line = text[:text.index(MERGED)].count("\n") + 1
    assert _found(text) == [("S103", line, 1, S103)]


def test_a_flattened_report_with_a_merged_heading():
    text = one_line(merged(TABS))
    assert "\n" not in text[:-1]
    assert _found(text) == [("S103", 1, text.index(MERGED) + 1, S103)]


def test_the_merged_headings_line_ends_at_its_title():
    text = one_line(merged(TABS))
    lines = prepare(text, vocabulary()).text.split("\n")
    assert MERGED in lines
    assert lines[lines.index(MERGED) - 1].endswith(" 0")  # (表四's last number)


@pytest.mark.parametrize("prose", [
    "本年度对五、存在的主要问题进行了梳理。",                # in a sentence: no space before 五
    "二、主动公开政府信息的渠道 ",                          # a number an official heading takes
])
def test_openings_that_are_no_heading(prose):
    text = one_line(TABS.replace("一是公开内容", prose + "一是公开内容"))
    assert _found(text) == []
