"""Report facts: the title and its agency and year, the statistics period, the closing date,
the agency's level. Invented agencies only."""
from datetime import date

import pytest

from govlint.binder.facts import agency_level, extract_facts
from govlint.syntax.parser import parse

TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"
PERIOD = "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。"


def facts(text, source=None):
    return extract_facts(parse(text, "x.txt", source))


def variant(fixture_text, *pairs):
    text = fixture_text("tabs_2024.txt")
    for old, new in pairs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


# -- the title ------------------------------------------------------------------------------

@pytest.mark.parametrize("title, agency, year", [
    (TITLE, "示例镇人民政府", 2024),
    ("2019年样例市人民政府办公室政府信息公开工作年度报告", "样例市人民政府办公室", 2019),
    ("2024年度示例镇人民政府政府信息公开工作年度报告", "示例镇人民政府", 2024),
    ("《示例镇人民政府2024年政府信息公开工作年度报告》", "示例镇人民政府", 2024),
    ("示例镇人民政府关于2024年度政府信息公开工作情况的报告", "示例镇人民政府", 2024),
    ("关于示例镇人民政府2024年度政府信息公开工作的报告", "示例镇人民政府", 2024),
    ("示例镇人民政府政府信息公开工作年度报告（2024年度）", "示例镇人民政府", 2024),
    ("２０２４年样例市人民政府办公室政府信息公开工作年度报告", "样例市人民政府办公室", 2024),
    ("示例镇人民政府二〇二四年政府信息公开工作年度报告", "示例镇人民政府", 2024),
    ("示例镇 2024 年政府信息公开工作 年度报告", "示例镇", 2024),
    ("2024年政府信息公开工作年度报告", "", 2024),
])
def test_agency_before_or_after_the_year(fixture_text, title, agency, year):
    f = facts(variant(fixture_text, (TITLE, title)))
    assert (f.title, f.agency, f.year, f.title_span.line) == (title, agency, year, 1)


@pytest.mark.parametrize("written, joined, lines", [
    ("示例镇人民政府\n2024年政府信息公开工作年度报告", TITLE, (1, 2)),
    ("2024年\n示例镇人民政府政府信息公开工作年度报告", "2024年示例镇人民政府政府信息公开工作年度报告", (1, 2)),
    ("2024年政府信息公开工作年度报告\n示例镇人民政府", "2024年政府信息公开工作年度报告示例镇人民政府", (1, 2)),
    ("示例镇人民政府政府信息公开工作年度报告\n（2024年度）", "示例镇人民政府政府信息公开工作年度报告（2024年度）", (1, 2)),
    ("示例镇人民政府2024年政府信息公开\n工作年度报告", TITLE, (1, 2)),
    ("示例镇人民政府\n\n2024年政府信息公开工作年度报告", TITLE, (1, 3)),
])
def test_title_over_two_lines_in_either_order(fixture_text, written, joined, lines):
    f = facts(variant(fixture_text, (TITLE, written)))
    assert (f.title, f.agency, f.year) == (joined, "示例镇人民政府", 2024)
    assert (f.title_span.line, f.title_span.end_line) == lines


@pytest.mark.parametrize("above", ["2025年1月20日", "示例镇人民政府门户网站"])
def test_a_date_or_the_site_above_a_title_without_year_or_agency_is_not_joined(fixture_text, above):
    f = facts(variant(fixture_text, (TITLE, above + "\n政府信息公开工作年度报告")))
    assert (f.title, f.agency, f.title_year, f.title_span.line) == ("政府信息公开工作年度报告", "", None, 2)
    assert f.year == 2024  # from the period


def test_the_line_below_is_not_joined_when_the_title_is_whole(fixture_text):
    f = facts(variant(fixture_text, (TITLE, TITLE + "\n示例镇人民政府办公室")))
    assert (f.title, f.title_span.end_line) == (TITLE, 1)


@pytest.mark.parametrize("above", [
    "首页 | 政务公开 | 新闻中心",
    "首页 > 政务公开 > 年度报告",
    "当前位置：首页 > 政务公开",
    "示例镇人民政府门户网站",
    "索引号：0001-2025-00012",
    "字号：大 中 小",
])
def test_navigation_and_page_furniture_are_never_the_title(fixture_text, above):
    f = facts(variant(fixture_text, (TITLE, above + "\n" + TITLE)))
    assert (f.title, f.agency, f.title_span.line) == (TITLE, "示例镇人民政府", 2)


def test_navigation_alone_is_no_title(fixture_text):
    f = facts(variant(fixture_text, (TITLE, "首页 | 政务公开 | 新闻中心")))
    assert (f.title, f.title_span) == ("", None)


def test_breadcrumb_last_item_is_the_title(fixture_text):
    f = facts(variant(fixture_text, (TITLE, "当前位置：首页 > 政务公开 > " + TITLE)))
    assert (f.title, f.agency, f.year) == (TITLE, "示例镇人民政府", 2024)
    assert (f.title_span.line, f.title_span.column) == (1, len("当前位置：首页 > 政务公开 > ") + 1)


# -- the statistics period ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, period", [
    (PERIOD, (2024, 2024)),
    ("本报告所列数据的统计期限自2024年1月1日起至2024年\n12月31日止。", (2024, 2024)),
    ("本报告所列数据的统计期限自2024年1月1日\n起至2024年12月31日止。", (2024, 2024)),
    ("本报告所列数据的统计期限自2024年1月1日起至2024年12月31止。", (2024, 2024)),
    ("本报告所列数据的统计期限为2024年1月1日至12月31日。", (2024, 2024)),
    ("本报告所列数据的统计期限为２０２４年１月１日至２０２４年１２月３１日。", (2024, 2024)),
    ("本报告所列数据的统计期限为2024年1月1日—2024年12月31日。", (2024, 2024)),
    ("本报告所列数据的统计期限为2024年1月1日-2024年12月31日。", (2024, 2024)),
    ("本报告所列数据的统计期限为二〇二四年一月一日至十二月三十一日。", (2024, 2024)),
    ("本报告所列数据的统计期限为二〇二四年一月一日至二〇二四年十二月三十一日。", (2024, 2024)),
    ("本报告统计数据时间自 2024 年 1 月 1 日起至 2024 年 12 月 31 日。", (2024, 2024)),
    ("本报告所列数据统计时间为2024年度。", (2024, 2024)),
    ("本报告所列数据的统计期限为2024.1.1-2024.12.31。", (2024, 2024)),
    ("本报告所列数据的统计期限为2024/01/01至2024/12/31。", (2024, 2024)),
    ("本报告所列数据的统计期限为2024-01-01至2024-12-31。", (2024, 2024)),
    ("本报告所列数据的统计期限为2024年1月至12月。", (2024, 2024)),
    ("本报告所列数据的统计期限为2024年1-12月。", (2024, 2024)),
    ("本报告所列数据统计时间为2024年1月1日至2024年12月31日24时。", (2024, 2024)),
    ("统计期限自2023年1月1日起至2023年12月31日止。", (2023, 2023)),
])
def test_statistics_period_phrasings(fixture_text, sentence, period):
    f = facts(variant(fixture_text, (PERIOD, sentence)))
    assert (f.period, f.period_span.line) == (period, 3)
    assert f.period_text


@pytest.mark.parametrize("sentence", [
    "本报告所列数据的统计期限为1月1日至12月31日。",          # no year: stated, the year not certain
    "本报告所列数据的统计期限为2024年1月1日至2024年11月30日。",  # not a whole year
    "本报告所列数据统计截至2024年12月31日。",
    "本报告所列数据截至2024年12月31日。",
])
def test_period_stated_without_certain_years(fixture_text, sentence):
    f = facts(variant(fixture_text, (PERIOD, sentence)))
    assert f.period is None and f.period_text and f.period_span.line == 3


def test_no_period(fixture_text):
    f = facts(variant(fixture_text, (PERIOD, "")))
    assert (f.period, f.period_text, f.period_span) == (None, "", None)


def test_a_date_range_in_prose_states_the_period_but_not_its_year(fixture_text):
    f = facts(variant(fixture_text, (PERIOD, "2023年1月1日至2023年12月31日，本镇与上年相比有所变化。")))
    assert f.period is None and f.period_text


# -- the closing date ------------------------------------------------------------------------------

@pytest.mark.parametrize("written, expected, line", [
    ("示例镇人民政府\n2025年1月20日", date(2025, 1, 20), 72),
    ("示例镇人民政府 2025年1月20日", date(2025, 1, 20), 71),
    ("示例镇人民政府　　二〇二五年一月二十日", date(2025, 1, 20), 71),
    ("示例镇人民政府\n2025年1月20日\n（此件公开发布）", date(2025, 1, 20), 72),
    ("示例镇人民政府\n2025年1月20日\n- 5 -", date(2025, 1, 20), 72),
    ("示例镇人民政府\n2025年1月20日\n第5页", date(2025, 1, 20), 72),
    # a web page's watermark after the article: the site's name and address (voices54w)
    ("示例镇人民政府\n2025年1月20日\n示例县人民政府网http://www.example.gov.cn", date(2025, 1, 20), 72),
    ("示例镇人民政府\n2025年1月20日\nwww.example.gov.cn", date(2025, 1, 20), 72),
])
def test_closing_date(fixture_text, written, expected, line):
    f = facts(variant(fixture_text, ("示例镇人民政府\n2025年1月20日", written)))
    assert (f.date, f.date_span.line, f.signer) == (expected, line, "示例镇人民政府")


@pytest.mark.parametrize("written", [
    "示例镇人民政府",
    "示例镇人民政府\n2025年1月20日\n本镇将继续做好政府信息公开工作，不断提高公开质量和实效。",
    "示例镇人民政府于2025年1月20日召开会议",
])
def test_no_closing_date(fixture_text, written):
    f = facts(variant(fixture_text, ("示例镇人民政府\n2025年1月20日", written)))
    assert (f.date, f.date_span) == (None, None)


# -- the agency's level, the page's publication time ------------------------------------------------

@pytest.mark.parametrize("name, level", [
    ("示例镇人民政府", "乡镇/街道"), ("示例街道办事处", "乡镇/街道"), ("示例乡", "乡镇/街道"),
    ("示例县人民政府", "县级"), ("示例县人民政府办公室", "县级"), ("示例县教育局", "县级"),
    ("样例市示例区人民政府", "县级"),
    ("示例自治州人民政府", "设区的市"),
    ("示例省人民政府", "省级"), ("示例省教育厅", "省级"), ("示例自治区人民政府", "省级"),
    ("国务院办公厅", "国务院部门"), ("国家示例局", "国务院部门"),
    ("样例市人民政府办公室", None),   # a prefecture or a county-level city: the name does not say
    ("样例市教育局", None), ("样例市高新区管委会", None), ("", None),
    ("示例县市场监督管理局", "县级"),  # 示例县 + 市场…: the county's (not a 示例县市)
    ("示例市县域经济发展办公室", None), ("示例市县级融媒体中心", None),  # 县域, 县级: words of a city's body
    ("示例县城市管理和综合执法局", "县级"), ("示例县城乡建设局", "县级"), ("示例县城管局", "县级"),  # 县 + 城市…
    ("示例县城关镇人民政府", "乡镇/街道"),  # (县城: the county town's)
    ("示例县示例镇人民政府办公室", "乡镇/街道"), ("示例镇党政综合办公室", "乡镇/街道"),
])
def test_agency_level(name, level):
    assert agency_level(name) == level


def test_level_from_the_title_else_the_signer(fixture_text):
    assert facts(fixture_text("tabs_2024.txt")).agency_level == "乡镇/街道"
    f = facts(variant(fixture_text, (TITLE, "2024年政府信息公开工作年度报告"),
                      ("示例镇人民政府\n2025年1月20日", "示例县人民政府\n2025年1月20日")))
    assert (f.agency, f.signer, f.agency_level) == ("", "示例县人民政府", "县级")


def test_published_comes_from_the_source(fixture_text):
    text = fixture_text("tabs_2024.txt")
    assert facts(text, {"kind": "html", "published": "2025-01-20"}).published == date(2025, 1, 20)
    assert facts(text, {"kind": "html", "published": "2025-02-30"}).published is None
    assert facts(text).published is None
