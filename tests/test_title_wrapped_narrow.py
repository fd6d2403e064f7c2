"""A title in a narrow column (a Word table cell, a phone-width page copied) wraps every few
characters, inside its words: "示例镇人民政" / "府2024年政府" / "信息公开工作" / "年度报告". Read whole, as a
person reads it, it names its agency and year; read from its last line alone, S104 called it a title
without them. Invented agencies."""
import pytest

from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse
from govlint.testing import lint

TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"


@pytest.mark.parametrize("wrapped", [
    "示例镇人民政府2024\n年政府信息公开工\n作年度报告",          # the year cut from its 年
    "示例镇人民\n政府2024年政\n府信息公开工\n作年度报告",        # four lines, words cut
    "示例镇人民政\n府2024年政府\n信息公开工作\n年度报告",        # the agency's name cut
    "示例镇人民政府\n2024年政府信\n息公开工作年度报告",
])
def test_a_title_wrapped_inside_its_words_is_read_whole(fixture_text, wrapped):
    text = fixture_text("tabs_2024.txt").replace(TITLE, wrapped)
    f = extract_facts(parse(text, "x.txt"))
    assert (f.title, f.agency, f.year, f.title_span.line, f.title_span.end_line) == \
        (TITLE, "示例镇人民政府", 2024, 1, wrapped.count("\n") + 1)
    assert [d.code for d in lint(text, ["S"]).diagnostics] == []


@pytest.mark.parametrize("above", [
    "示例县人民政府门户网站",   # the site's name
    "2025年1月20日",            # a date
    "首页 > 政务公开",          # a breadcrumb
])
def test_a_line_above_a_whole_title_stays_out(fixture_text, above):
    text = fixture_text("tabs_2024.txt").replace(TITLE, above + "\n" + TITLE)
    f = extract_facts(parse(text, "x.txt"))
    assert (f.title, f.title_span.line) == (TITLE, 2)


def test_a_wrapped_title_under_a_date_takes_its_lines_not_the_date(fixture_text):
    text = fixture_text("tabs_2024.txt").replace(TITLE, "2025年1月20日\n示例镇人民\n政府2024年政\n府信息公开工\n作年度报告")
    f = extract_facts(parse(text, "x.txt"))
    assert (f.title, f.title_span.line, f.title_span.end_line) == (TITLE, 2, 5)
