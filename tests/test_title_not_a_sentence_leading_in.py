"""A report whose first line is a sentence leading into the report ("根据…，结合本局工作实际，制定本报告：")
instead of a title: S104 quoted that sentence as a title lacking its year and "政府信息公开工作年度报告".
A line about the report ("本报告…") or one ending in a colon is no title: S104 says there is none.

The report is invented: tests/fixtures/tabs_2024.txt, its title replaced or followed by such a line."""
from pathlib import Path

from copies import found as _found
from govlint.binder import bind
from govlint.syntax import parse

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TITLE = TABS.split("\n", 1)[0]
LEAD_IN = "根据《中华人民共和国政府信息公开条例》相关规定，结合本局工作实际，制定本报告："


def test_a_sentence_leading_in_is_no_title():
    text = TABS.replace(TITLE, LEAD_IN, 1)
    assert [(f[0], f[1], f[2], f[3]) for f in _found(text) if f[0] == "S104"] == [
        ("S104", 1, 1, "报告没有标题（应为“××20××年政府信息公开工作年度报告”）")]


def test_the_title_above_such_a_sentence_is_still_the_title():
    text = TABS.replace(TITLE, TITLE + "\n\n" + LEAD_IN, 1)
    assert bind(parse(text)).facts.title == TITLE
    assert [f for f in _found(text) if f[0] == "S104"] == []
