"""A web page copied as text (select all, paste), its sidebar first: the column's links to the
agency's other reports, each after a dot ("·示例镇2023年政府信息公开工作年度报告"), stand above the
breadcrumb and the page's own title. voices50c: the first link was taken for the title, its year
(2023) against the statistics period (2024, a false P701) and its agency ("·示例镇") against the
closing's (a false S106). A line opening with a bullet is an item of a list, never the title."""
import pytest

from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse
from govlint.testing import lint

TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"


def _copied(fixture_text, links):
    chrome = ("样例县人民政府网\n首页|政务公开|政务服务|互动交流\n\n政府信息公开\n·机构职能\n·政策文件\n"
              + "".join(link + "\n" for link in links)
              + "\n首页 > 政务公开 > 年度报告 > 乡镇年度报告\n")
    text = fixture_text("tabs_2024.txt")
    assert text.startswith(TITLE + "\n")
    return chrome + TITLE + "\n发布日期：2025-01-22 来源：示例镇人民政府 字号：大中小\n" + text[len(TITLE) + 1:]


@pytest.mark.parametrize("links", [
    ("·示例镇2023年政府信息公开工作年度报告", "·示例镇2022年政府信息公开工作年度报告"),
    ("·政府信息公开年报", "·2023年度报告", "·2022年度报告"),
    ("•示例镇2023年政府信息公开工作年度报告",),
    ("◆示例镇2023年政府信息公开工作年度报告",),
], ids=["links-naming-the-agency", "links-naming-a-year", "bullet", "diamond"])
def test_the_sidebars_links_are_not_the_title(fixture_text, links):
    text = _copied(fixture_text, links)
    f = extract_facts(parse(text, "x.txt"))
    assert (f.title, f.agency, f.year) == (TITLE, "示例镇人民政府", 2024)
    assert [d.code for d in lint(text, path="x.txt").diagnostics] == []


def test_a_markdown_bullet_needs_its_space(fixture_text):
    """A guard: a title that opens with a hyphen's kin in a number ("-2024…") is rare, but a Markdown
    list item is "- " with its space; the dot and the symbols are bullets as they are."""
    text = _copied(fixture_text, ("- 示例镇2023年政府信息公开工作年度报告",))
    assert extract_facts(parse(text, "x.txt")).title == TITLE


@pytest.mark.parametrize("byline", ["原创 示例镇人民政府 样例发布", "原创\u3000示例县融媒体中心\u3000样例发布"])
def test_a_wechat_articles_byline_is_no_part_of_the_title(fixture_text, byline):
    """voices50g: a WeChat article pasted into an editor keeps its byline over the title ("原创 示例镇人民政府
    样例发布"): joined to the title, the agency read "原创示例镇人民政府样例发布示例镇人民政府"."""
    text = byline + "\n\n" + fixture_text("tabs_2024.txt")
    f = extract_facts(parse(text, "x.txt"))
    assert (f.title, f.agency) == (TITLE, "示例镇人民政府")


def _copied_without_bullets(fixture_text, above, below):
    """The page's "相关信息" column copied as plain lines (no bullet: the browser drew none), above the
    breadcrumb; the page's heading, then ``below`` (its metadata line, or nothing)."""
    chrome = ("首页\t政务公开\t办事服务\t互动交流\n\xa0政府信息公开年报\n\xa0\xa0相关信息\n"
              "\xa0示例镇人民政府2023年政府信息公开工作年度报告\n\xa0示例镇2024年部门预算\n\t\xa0\t\n")
    text = fixture_text("tabs_2024.txt")
    return chrome + above + TITLE + "\n" + below + text[len(TITLE) + 1:]


@pytest.mark.parametrize("above, below", [
    ("您当前所在位置：首页\xa0>\xa0政务公开\xa0>\xa0政府信息公开年报\n", "发布时间：2025-01-22 15:30:02\xa0\xa0来源：示例镇\n"),
    ("您当前所在位置：首页 > 政务公开 > 政府信息公开年报\n", ""),
    ("", "发布时间：2025-01-22 15:30:02\xa0\xa0来源：示例镇\n"),
], ids=["breadcrumb-and-metadata", "breadcrumb", "metadata"])
def test_links_with_no_bullet_above_the_pages_heading(fixture_text, above, below):
    """voices51d: a link to last year's report, first in the copied column, was taken for the title (a
    false P701, 2023 against 2024, and N601 silenced: the year's figures read as another year's). The
    page's own heading is the line its breadcrumb leads to or its metadata follows."""
    text = _copied_without_bullets(fixture_text, above, below)
    f = extract_facts(parse(text, "x.txt"))
    assert (f.title, f.agency, f.year) == (TITLE, "示例镇人民政府", 2024)
    assert [d.code for d in lint(text, path="x.txt").diagnostics] == []


def test_a_title_with_its_metadata_first_in_the_page_stays(fixture_text):
    """A guard: the page's heading first, a list of links after it with a breadcrumb's look further
    down the front matter: the first title stays."""
    text = fixture_text("tabs_2024.txt")
    text = TITLE + "\n发布时间：2025-01-22\n相关链接\n您当前所在位置：首页 > 年报\n示例镇人民政府2023年政府信息公开工作年度报告\n" \
        + text[len(TITLE) + 1:]
    assert extract_facts(parse(text, "x.txt")).title == TITLE
