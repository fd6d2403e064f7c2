"""A table of contents whose entries repeat (a line copied twice, a contents page that ran over a
page break and repeated its last entries): it is still front matter. Each repeated entry broke the
run of headings in order, the contents were read as the report's first sections, and every real
heading after them was S102 (seven findings for one repeated line)."""
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
PREAMBLE = "根据《中华人民共和国政府信息公开条例》"
CONTENTS = {
    "one entry twice": "目录\n" + "\n".join(HEADINGS[:2] + HEADINGS[1:]) + "\n",
    "last three entries again after a page break": "目录\n" + "\n".join(
        f"{h}……{i + 1}" for i, h in enumerate(HEADINGS + HEADINGS[3:])) + "\n",
}


def _with(contents):
    assert CLEAN.count(PREAMBLE) == 1
    return CLEAN.replace(PREAMBLE, contents + PREAMBLE)


@pytest.mark.parametrize("contents", list(CONTENTS))
def test_contents_with_repeated_entries_are_front_matter(contents):
    text = _with(CONTENTS[contents])
    shift = CONTENTS[contents].count("\n")
    assert [(s.number, s.section.span.line) for s in bind(parse(text)).sections] == \
        [(s.number, s.section.span.line + shift) for s in bind(parse(CLEAN)).sections]
    assert [(d.code, d.span.line) for d in lint(text).diagnostics] == []


def test_a_true_finding_after_repeated_contents_is_kept():
    """A section the report lacks is still missing (S101), once, after such contents."""
    text = _with(CONTENTS["one entry twice"])
    start, end = text.index("五、存在的主要问题及改进情况\n", 200), text.index("六、其他需要报告的事项\n", 200)
    text = text[:start] + text[end:]
    found = [(d.code, d.message) for d in lint(text, ["S"]).diagnostics]
    assert [code for code, _ in found] == ["S101"], found
    assert "五、存在的主要问题及改进情况" in found[0][1]


def test_two_empty_headings_in_a_row_are_no_contents():
    """Two headings alone (不是目录: a heading typed twice at the report's start) are still S102."""
    text = CLEAN.replace(HEADINGS[0] + "\n", HEADINGS[0] + "\n" + HEADINGS[0] + "\n", 1)
    assert [d.code for d in lint(text, ["S102"]).diagnostics] == ["S102"]


COVER = "示例镇人民政府\n\n目录\n" + "\n".join(f"{h}……{i + 1}" for i, h in enumerate(HEADINGS)) + "\n\n"
TITLE_ON_ONE_LINE = "示例镇人民政府2024年政府信息公开工作年度报告\n"


@pytest.mark.parametrize("title", ["示例镇人民政府\n2024年\n政府信息公开工作年度报告\n",
                                   "示例镇人民政府\n二〇二四年度政府信息公开\n工作年度报告\n"])
@pytest.mark.parametrize("leader", ["……", "…………", "........", "·····"])
def test_a_contents_entry_is_never_the_title(leader, title):
    """A cover naming only the agency, a table of contents, then the title over three lines (the
    agency, the year, 政府信息公开工作年度报告): the contents' last entry names 报告
    ("六、其他需要报告的事项……6") and, standing first, was taken for the title (S104 quoting it)."""
    cover = COVER.replace("……", leader)
    assert CLEAN.startswith(TITLE_ON_ONE_LINE)
    text = cover + title + CLEAN[len(TITLE_ON_ONE_LINE):]
    report = bind(parse(text))
    assert report.facts.title == title.replace("\n", "")
    assert [(d.code, d.span.line) for d in lint(text).diagnostics] == []



#: a contents page that a page break cut: the page's number and the next page's running header
#: (the report's title, as at the head of every page) between two of its entries
PAGE_BREAKS = {"dashes and title": "— 2 —\n示例镇人民政府2024年政府信息公开工作年度报告\n",
               "page of pages and title": "第2页 共5页\n示例镇人民政府2024年政府信息公开工作年度报告\n",
               "title alone": "示例镇人民政府2024年政府信息公开工作年度报告\n"}


@pytest.mark.parametrize("furniture", list(PAGE_BREAKS))
def test_a_page_break_inside_the_contents_leaves_them_front_matter(furniture):
    """The page's number and running header a page break left after the contents' first entry:
    the entry had words under it, was taken for the report's section 一, and every real heading
    after it was S102 (six errors)."""
    entries = [f"{h}……{i + 1}" for i, h in enumerate(HEADINGS)]
    contents = "目录\n" + entries[0] + "\n" + PAGE_BREAKS[furniture] + "\n".join(entries[1:]) + "\n"
    text = _with(contents)
    assert text.startswith(TITLE_ON_ONE_LINE)
    shift = contents.count("\n")
    assert [(s.number, s.section.span.line) for s in bind(parse(text)).sections] == \
        [(s.number, s.section.span.line + shift) for s in bind(parse(CLEAN)).sections]
    assert [(d.code, d.span.line) for d in lint(text).diagnostics] == []


def test_words_after_a_contents_entry_that_are_no_running_header_keep_it_a_section():
    """A line that repeats nothing of the front matter is words of the section: two headings, each
    with a sentence under it, typed again at the start are still S102."""
    text = CLEAN.replace(HEADINGS[0] + "\n", HEADINGS[0] + "\n示例镇人民政府全年未发生变化。\n" + HEADINGS[0] + "\n", 1)
    assert [d.code for d in lint(text, ["S102"]).diagnostics] == ["S102"]
