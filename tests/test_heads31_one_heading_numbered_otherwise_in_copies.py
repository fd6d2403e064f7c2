"""One section heading numbered another way than "一、" ("（一）总体情况", "1、 总体情况",
"（三）收到和处理政府信息公开申请情况"), the others official, in the copies of tests/harness/text_forms.py.

As typed (tabs), the heading was recovered. In a copy that puts a table's cells on lines of their
own (cells-pipe, cells-dash, cells-tabbed), 表三's rows "一、本年新收政府信息公开申请数量" …
"四、结转下年度继续办理" became grammar "sections" after "三、": their numbers were counted as
sections the report has, so "（一）总体情况" before "二、" was not taken (section 1 "was there"),
and "（三）…" inside 二 was bounded by the next "section", "一、本年新收…". S101 said the section
was missing. In a copy flattened onto one line, the heading and its first sentence are one
paragraph, joined by a space ("（一）总体情况 2024年，…"): too long for a heading line.

Every report here is invented: tests/fixtures/tabs_2024.txt with one heading renumbered."""
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint
from harness.text_forms import FORMS

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
OFFICIAL = {1: "一、总体情况", 3: "三、收到和处理政府信息公开申请情况", 4: "四、政府信息公开行政复议、行政诉讼情况"}
HEADINGS = {
    "first, parenthesised": (1, "（一）总体情况"),
    "first, Arabic with a space": (1, "1、 总体情况"),
    "first, Arabic with a full stop": (1, "1.总体情况"),
    "third, parenthesised": (3, "（三）收到和处理政府信息公开申请情况"),
    "third, Arabic": (3, "3.收到和处理政府信息公开申请情况"),
    "fourth, parenthesised": (4, "（四）政府信息公开行政复议、行政诉讼情况"),
}
CELL_COPIES = ["cells-pipe", "cells-dash", "cells-tabbed", "cells-tabbed-paged"]


def _copy(form, number, heading):
    text = CLEAN.replace(OFFICIAL[number] + "\n", heading + "\n")
    assert text != CLEAN
    suffix, convert = FORMS[form]
    return convert(text), "report" + suffix


@pytest.mark.parametrize("form", CELL_COPIES)
@pytest.mark.parametrize("name", list(HEADINGS))
def test_cell_per_line_copy_with_one_heading_numbered_otherwise_has_its_six_sections(form, name):
    text, path = _copy(form, *HEADINGS[name])
    assert [(d.code, d.message) for d in lint(text, ["S1"], path=path).diagnostics] == []


@pytest.mark.parametrize("name", ["first, parenthesised", "first, Arabic with a space", "first, Arabic with a full stop",
                                  "third, parenthesised", "third, Arabic", "fourth, parenthesised"])
def test_one_line_copy_with_one_heading_numbered_otherwise_has_its_six_sections(name):
    """Flattened onto one line: "（一）总体情况 2024年，示例镇…" is the heading, then its first sentence."""
    text, path = _copy("one-line", *HEADINGS[name])
    assert [(d.code, d.message) for d in lint(text, ["S1"], path=path).diagnostics] == []


def test_one_line_copy_heading_is_the_title_and_the_sentence_its_first_paragraph():
    text, _ = _copy("one-line", 1, "（一）总体情况")
    first = bind(parse(text)).sections[0]
    assert first.spec.number == 1
    assert first.section.title == "总体情况"
    assert first.section.blocks[0].text.startswith("2024年，示例镇人民政府坚持以公开为常态")


@pytest.mark.parametrize("form, line, column", [("cells-pipe", 12, 1), ("cells-tabbed", 12, 1), ("one-line", 1, 321)])
def test_a_first_section_with_no_heading_is_still_missing_in_the_copies(form, line, column):
    """The heading gone altogether: S101, where 二 begins (nothing was taken for the heading)."""
    suffix, convert = FORMS[form]
    text = convert(CLEAN.replace(OFFICIAL[1] + "\n", ""))
    assert [(d.code, d.span.line, d.span.column, d.message)
            for d in lint(text, ["S1"], path="report" + suffix).diagnostics] == [
        ("S101", line, column, "缺少第一部分“一、总体情况”")]


@pytest.mark.parametrize("form", ["cells-pipe", "one-line"])
def test_a_flattened_sentence_that_opens_with_a_title_but_is_no_heading_is_not_taken(form):
    """"（一）总体情况良好，本镇…工作 全年…": a long paragraph whose words up to the space are a
    sentence, not a title alone: no heading, S101 stays."""
    suffix, convert = FORMS[form]
    text = convert(CLEAN.replace(OFFICIAL[1] + "\n", "（一）总体情况良好，本镇扎实推进政务公开各项工作，做到应公开尽公开 "
                                                    "全年未发生泄密事件。\n"))
    assert [d.code for d in lint(text, ["S1"], path="report" + suffix).diagnostics] == ["S101"]
