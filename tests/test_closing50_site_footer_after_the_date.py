"""A web page copied as text ends with the site's footer under the closing: lines that open with the
organiser's name or a credit, their key further on ("示例县人民政府办公室 主办网站标识码：…", "技术支持：…
联系电话：…"). voices50c: such a line was taken for the report's last, the closing date above it was
not read, and a late report passed (P702 lost). A footer's key anywhere on a line without a sentence
makes it furniture after the closing."""
import pytest

from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse
from govlint.testing import lint

CLOSING = "示例镇人民政府\n2025年1月20日"


@pytest.mark.parametrize("footer", [
    "示例县人民政府办公室 主办网站标识码：4127230002 示ICP备09044321号",
    "技术支持：示例县融媒体中心　联系电话：0394-7212000",
    "版权所有：示例县人民政府办公室　网站标识码：4127230002\n\n技术支持：示例县融媒体中心",
    "Copyright © 示例县人民政府 All Rights Reserved",
])
def test_the_closing_date_is_read_above_a_sites_footer(fixture_text, footer):
    text = fixture_text("tabs_2024.txt").replace(CLOSING, CLOSING.replace("1月20日", "3月24日")
                                                  + "\n\n【打印】　【关闭】\n\n" + footer)
    assert str(extract_facts(parse(text, "x.txt")).date) == "2025-03-24"
    assert [d.code for d in lint(text, path="x.txt").diagnostics] == ["P702"]


def test_a_sentence_naming_a_record_number_is_no_footer(fixture_text):
    """A guard: a sentence of the report after the date is prose, not furniture: the date above it is
    no closing (the report goes on)."""
    text = fixture_text("tabs_2024.txt").replace(CLOSING, CLOSING + "\n本机关网站已完成ICP备案号变更，特此说明。")
    assert extract_facts(parse(text, "x.txt")).date is None


#: what a CMS page prints under its article, copied with it: share and print buttons, a column of links
#: to the agency's reports (each with its date), the site's menus, the footer (voices51d)
PAGE_AFTER = """分享到：微信 微博【打印】【关闭】
政府信息公开年报
样例县人民政府城关街道办事处2023年政府信息公开工作年度报告2024-01-30
样例县人民政府新城街道办事处2024年政府信息公开工作年度报告2025-01-24
政务服务
政务服务网
12345热线
好差评

关于我们 | 网站地图 | 联系我们

主办单位：样例县人民政府办公室　　运维单位：样例县大数据发展中心

网站标识码：0000000000　　示ICP备00000000号"""


@pytest.mark.parametrize("buttons", ["分享到：微信 微博【打印】【关闭】", "【打印本页】 【关闭窗口】", "上一篇：示例镇人民政府关于…的通知"])
def test_the_closing_date_is_read_above_a_pages_buttons_and_what_follows_them(fixture_text, buttons):
    """The page's links to other reports are longer than a footer's line and name a report: read back
    from the end, the search stopped at them and the closing date was never reached (P702 said the
    report had no closing date). The article ends above its share and print buttons."""
    text = fixture_text("tabs_2024.txt").replace(CLOSING, CLOSING.replace("1月20日", "3月24日") + "\n\n"
                                                  + PAGE_AFTER.replace("分享到：微信 微博【打印】【关闭】", buttons))
    f = extract_facts(parse(text, "x.txt"))
    assert (str(f.date), f.signer) == ("2025-03-24", "示例镇人民政府")
    assert [(d.code, d.message) for d in lint(text, path="x.txt").diagnostics] == [
        ("P702", "落款日期2025年3月24日晚于发布期限2025年1月31日")]


def test_buttons_under_the_title_leave_the_closing_where_it_is(fixture_text):
    """A guard: a page whose buttons stand under its title (a short report, the buttons within the last
    forty lines): no closing above them, so the closing is looked for at the end as before."""
    text = fixture_text("tabs_2024.txt")
    title, rest = text.split("\n", 1)
    short = title + "\n【打印】【关闭】\n" + rest[rest.index("五、存在的主要问题"):]
    assert str(extract_facts(parse(short, "x.txt")).date) == "2025-01-20"


@pytest.mark.parametrize("printed", ["示例县人民政府办公室　　2025年2月5日印发", "示例县人民政府办公室 2025年2月5日 印发"])
def test_the_print_line_under_the_closing_is_not_its_date(fixture_text, printed):
    """voices51j: an official document's print line under the closing ("抄送：…" / "…办公室 2025年2月5日印发")
    was read as the closing: its date, not the report's, was the one P702 judged."""
    text = fixture_text("tabs_2024.txt").replace(CLOSING, CLOSING + "\n\n抄送：县委办公室。\n" + printed)
    assert str(extract_facts(parse(text, "x.txt")).date) == "2025-01-20"
    assert lint(text, path="x.txt").diagnostics == ()
