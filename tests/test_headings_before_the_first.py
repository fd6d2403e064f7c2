"""The first sections' headings written another way than the rest: "总体情况" alone on its line
(Word's automatic numbering, lost when the text was copied out) or "（一）总体情况", then
"四、…" typed by hand. The grammar found 四 to 六 only; 一 to 三 stayed in the front matter and
each gave a false S101 (缺少第一部分…), at 四's line.

Every report here is invented: tests/fixtures/tabs_2024.txt with some headings rewritten."""
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
FIRST_THREE = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"]


def _rewritten(heading) -> str:
    text = CLEAN
    for n, h in enumerate(FIRST_THREE, 1):
        assert text.count(h + "\n") == 1
        text = text.replace(h + "\n", heading(n, h[2:]) + "\n")
    return text


@pytest.mark.parametrize("heading", [
    lambda n, t: t,                       # Word's automatic numbering, lost
    lambda n, t: f"（{'一二三'[n - 1]}）{t}",  # numbered as sub-items
    lambda n, t: f"{n}.{t}",
], ids=["bare", "parenthesised", "arabic"])
def test_first_headings_written_another_way_are_the_sections(heading):
    text = _rewritten(heading)
    bound = bind(parse(text))
    assert [s.number for s in bound.sections] == [1, 2, 3, 4, 5, 6]
    assert bound.tables["表三"].section == 3
    assert [d.code for d in lint(text).diagnostics] == []


def test_the_title_and_preamble_stay_front_matter():
    report = bind(parse(_rewritten(lambda n, t: t)))
    assert report.sections[0].section.span.line == 5  # "总体情况", not the title on line 1
    assert report.facts.title.endswith("年度报告") and report.facts.agency == "示例镇人民政府"


def test_a_section_really_missing_is_still_reported():
    """二 is gone (heading and table), 一 and 三 bare: 二 is missing, and only 二."""
    text = _rewritten(lambda n, t: t)
    start, end = text.index("主动公开政府信息情况\n"), text.index("收到和处理政府信息公开申请情况\n")
    text = text[:start] + text[end:]
    found = [(d.code, d.message) for d in lint(text).diagnostics]
    assert ("S101", "缺少第二部分“二、主动公开政府信息情况”") in found
    assert [c for c, _ in found].count("S101") == 1


def test_an_official_title_inside_the_preamble_prose_is_no_heading():
    """"总体情况" inside a sentence of the preamble is prose, and a line that only begins with a
    title is no heading: the grammar's 一、 to 六、 are left as they are."""
    text = CLEAN.replace("编制本", "总体情况如下，编制本", 1)
    assert [s.number for s in bind(parse(text)).sections] == [1, 2, 3, 4, 5, 6]
    assert [d.code for d in lint(text).diagnostics] == []
