"""A web page's text whose breadcrumb ends in the site's column ("首页 > 政务公开 > 年度报告 >
信息公开年度报告"), the report's title two lines below: the breadcrumb's last item was taken as the
title, and S104 said the title lacked the agency and the year. An item that names neither is a
column's name; one that names them is the title ("… > 示例镇2024年政府信息公开工作年度报告").

The report is invented: tests/fixtures/tabs_2024.txt under such a breadcrumb."""
from pathlib import Path

from copies import found as _found
from govlint.binder import bind
from govlint.syntax import parse

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TITLE = TABS.split("\n", 1)[0]


def test_a_breadcrumb_ending_in_a_column_is_not_the_title():
    text = "首页 > 政务公开 > 示例镇 > 年度报告 > 信息公开年度报告\n\n" + TABS
    assert bind(parse(text)).facts.title == TITLE
    assert [f for f in _found(text) if f[0] == "S104"] == []


def test_a_breadcrumb_ending_in_the_title_gives_the_title():
    text = "首页 > 政务公开 > 年度报告 > " + TITLE + "\n\n" + TABS.split("\n", 1)[1]
    assert bind(parse(text)).facts.title == TITLE
