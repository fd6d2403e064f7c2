"""The voices22 reports (tests/harness/voices.py, VOICES22): the 2026 report year, published in 2027, by
agencies not yet heard — a 商务局 whose 六 answers a form's question (是否收取信息处理费：否。) and whose
五 is two short clauses parted by a comma; a 文化和旅游局 whose 六 names 收费 as what it published
(收费公示信息、门票收费、停车收费) and says the fee as 均为无偿提供, the agency and the date on one line; a
城市管理局 whose 六 is items, its 工作经费 in one and the fee answered 信息处理费收取：否 with no full stop
right above the closing; a county government named short (样例县政府), dated 2027年2月10日, and a
收费站 in its 六.
Each clean one gives no finding, as written and as every text copy degrades it; each seeded defect
gives exactly its finding — among them what this round found: the fee question answered yes with no
sum, 收费 of published topics then no statement, a topic line left unanswered above the closing, and
a county government named short dated after 2月20日 (was missed: read as unplaced)."""
import sys
from pathlib import Path

import pytest

from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms, voices  # noqa: E402
from harness.sources import _replace  # noqa: E402


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
@pytest.mark.parametrize("voice", sorted(voices.VOICES22))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES22[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_F401_NONE = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“{}”）；未收取也应写明“本年度未收取信息处理费”"
_P702 = "落款日期{}晚于发布期限{}"

#: (voice, the words changed, what they become, code, line, column, severity, message)
DEFECTS = [
    ("commerce", "是否收取信息处理费：否。", "是否收取信息处理费：是。", "F402", 69, 1, "warning",
     "第六部分称收取了信息处理费，但没有写明金额：“是否收取信息处理费：是”"),
    ("commerce", "政策解读偏少，下一步增加图解。", "无，下一步继续努力。", "S105", 65, 1, "warning",
     "“五、存在的主要问题及改进情况”内容为“无，下一步继续努力。”，只有8个汉字，没有具体说明存在的问题和改进措施（除小标题外应至少有15个汉字）"),
    ("commerce", "2027年1月21日", "2027年2月3日", "P702", 72, 1, "warning", _P702.format("2027年2月3日", "2027年1月31日")),
    ("culture-tourism", "本局依申请公开政府信息均为无偿提供。", "无其他需要报告的事项。", "F401", 68, 1, "error",
     _F401_NONE.format("本年度主动公开文化市场收费公示信息20条…")),
    ("culture-tourism", "样例县文化和旅游局 2027年1月19日", "样例县文化和旅游局 2027年2月19日", "P702", 72, 1, "warning",
     _P702.format("2027年2月19日", "2027年1月31日")),
    ("city-management", "信息处理费收取：否", "信息处理费收取情况", "F401", 68, 1, "error",
     "“六、其他需要报告的事项”没有说明信息处理费的收取情况（只提到“（二）信息处理费收取情况”，未说明本年度是否收取）；"
     "未收取也应写明“本年度未收取信息处理费”"),
    ("city-management", "2027年1月23日", "2027年2月23日", "P702", 74, 1, "warning", _P702.format("2027年2月23日", "2027年1月31日")),
    ("county-government", "本年度未收取信息处理费。", "", "F401", 68, 1, "error",
     _F401_NONE.format("本年度配合做好收费站撤销后的信息公开工作…")),
    ("county-government", "2027年2月10日", "2027年2月25日", "P702", 72, 1, "warning", _P702.format("2027年2月25日", "2027年2月20日")),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, severity, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, severity, message):
    text = voices.VOICES22[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.severity, d.message)
             for d in lint(_replace(text, [(old, new)])).diagnostics if d.severity != "note"]
    assert found == [(code, line, column, severity, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES22}
    assert all(2 <= n <= 3 for n in counts.values()), counts


#: (agency, closing date) the facts read of each voice: the date on the agency's line, and the one
#: under a 六 whose last line has no full stop
FACTS = {
    "commerce": ("样例县商务局", "2027-01-21"),
    "culture-tourism": ("样例县文化和旅游局", "2027-01-19"),
    "city-management": ("样例县城市管理局", "2027-01-23"),
    "county-government": ("样例县政府", "2027-02-10"),
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES22))
def test_the_voices_agency_and_date_are_read(voice):
    f = extract_facts(parse(voices.VOICES22[voice](), "report.txt"))
    assert (f.agency, f.date and f.date.isoformat()) == FACTS[voice]


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES22.items()}
    assert all(s in t["commerce"] for s in ("\n是否收取信息处理费：否。\n", "\n政策解读偏少，下一步增加图解。\n"))
    assert all(s in t["culture-tourism"] for s in ("收费公示信息20条", "景区门票收费、停车收费等信息", "均为无偿提供。",
                                                   "\n样例县文化和旅游局 2027年1月19日"))
    assert "费" not in t["culture-tourism"].split("均为无偿提供")[0].rsplit("\n", 1)[1]
    assert all(s in t["city-management"] for s in ("工作经费5万元", "\n信息处理费收取：否\n样例县城市管理局\n2027年1月23日"))
    assert all(s in t["county-government"] for s in ("样例县政府2026年政府信息公开工作年度报告", "收费站撤销后",
                                                     "\n样例县政府\n2027年2月10日"))


# -- the causes, each with a passing and a failing case (tests/rules/voices22.toml has more) -------

_TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
_SIX = "本年度未收取信息处理费。"


@pytest.mark.parametrize("words, found", [
    ("本年度主动公开收费公示信息20条。本年度未收取信息处理费。", []),
    ("本年度主动公开收费公示信息20条。", [("F401", "error")]),
    ("本年度依申请公开未收费、未减免。", []),
    ("本年度依申请公开收费、减免均为0。", []),
    ("本年度依申请公开收费2件。", [("F402", "warning")]),
], ids=["topic beside the statement", "topic alone", "negated in a list", "a sum in a list", "charged, no sum"])
def test_fee_as_a_published_topic(words, found):
    """收费 as what was published (a noun it qualifies, an item of a list) in a sentence on publishing
    is no fee statement; negated, or with a sum, or counted this year, it is (公开 beside it is the
    applications' word)."""
    text = _replace(_TABS, [(_SIX, words)])
    assert [(d.code, d.severity) for d in lint(text, ["F4"]).diagnostics] == found
