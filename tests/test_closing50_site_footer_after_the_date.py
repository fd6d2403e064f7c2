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
