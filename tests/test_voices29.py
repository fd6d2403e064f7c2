"""The voices29 reports (tests/harness/voices.py, VOICES29): agencies and wordings of round 29 — a
county 水利局 (统计时间为…, 万余条, 五 in two parts saying 今年 and 明年, the fee as 信息处理费收取情况：不涉及),
a 民政局 (五 numbered 1. 2., 六 titled 其他需要报告事项 with 人大代表建议 counts, dated 二〇二五年一月十日), a
住房和城乡建设局 (2025: 数据统计时限…—…, the fee 不涉及 under its sub-heading, an 附件 list naming a
信息处理费收取情况表), a 统计局 (件次, 人次, 3至5个工作日), a 镇 of 18 村 and 3 社区 (the fee's answer
with no full stop right above the closing, dated 2025年1月 above the agency's name), a 市政府办公室
reporting for itself, a 住房公积金管理中心 (万余人次, 同比下降, 工作要点 in 六) and a 气象局 under
vertical management (the fee in 一 and 六).
Each clean one gives no finding, as written and as every text copy degrades it; each seeded defect
gives exactly its finding. What this round found (each was a false alarm): 不涉及 / 不适用 answering
the fee's topic read as fees charged (F402); an annex's name, 信息处理费收取情况表, read as fees charged
(F402); 收费 as what people asked about, and a fee of the agency's business (不动产登记费), read as
fees charged (F402); the closing (a date of only its month, a date above the agency, an 附件 list) run on into 六's
last sentence when it had no full stop, so its answer was lost (F401); and X803 took 本年/今年/明年 for
new text beside last year's 2024年/本年度/下一年度."""
import sys
from pathlib import Path

import pytest

from govlint.binder.facts import extract_facts
from govlint.config import from_dict
from govlint.syntax.parser import parse
from govlint.testing import Settings, default_registry, lint, lint_pair

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms, voices  # noqa: E402
from harness.sources import _replace  # noqa: E402


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
@pytest.mark.parametrize("voice", sorted(voices.VOICES29))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES29[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_P702 = "落款日期{}晚于发布期限{}"
_THIN = "“五、存在的主要问题及改进情况”内容为“{}”，只有{}个汉字，没有具体说明存在的问题和改进措施（除小标题外应至少有15个汉字）"
_F401_NONE = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“{}”）；未收取也应写明“本年度未收取信息处理费”"
_F401_TOPIC = ("“六、其他需要报告的事项”没有说明信息处理费的收取情况（只提到“{}”，未说明本年度是否收取）；"
               "未收取也应写明“本年度未收取信息处理费”")
_N601 = ("“一、总体情况”中正文“{}”（政府信息公开申请 {}）与表三不一致：按其可能的含义核对均不相符："
         "表三“一、本年新收政府信息公开申请数量”总计 = 13；表三“一、本年新收”总计 + “二、上年结转”总计 = 14；"
         "表三“（七）总计”行总计 = 13")

#: (voice, the words changed, what they become, code, line, column, severity, message)
DEFECTS = [
    ("water-resources", "信息处理费收取情况：不涉及。", "信息处理费收取情况：", "F401", 71, 1, "error",
     _F401_TOPIC.format("信息处理费收取情况：")),
    ("water-resources", "统计时间为2024年1月1日至2024年12月31日。", "统计时间为2023年1月1日至2023年12月31日。",
     "P701", 3, 1, "error", "统计期限为2023年，与标题年份2024年不一致"),
    ("water-resources", "全年新收政府信息公开申请13件，较上年", "全年新收政府信息公开申请15件，较上年", "N601", 8, 12, "error",
     "“一、总体情况”中正文“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("civil-affairs", "二〇二五年一月十日", "二〇二五年二月十日", "P702", 73, 1, "warning",
     _P702.format("2025年2月10日", "2025年1月31日")),
    ("civil-affairs", "1.存在的问题：社会救助信息公开的规范性有待提高，个别乡镇公示内容不完整。\n"
                      "2.改进措施：2025年将统一全县救助信息公示模板，开展乡镇民政办业务培训。",
     "1.存在的问题：无。\n2.改进措施：无。", "S105", 65, 1, "warning", _THIN.format("1.存在的问题：无。 2.改进措施：无。", 2)),
    ("civil-affairs", "依申请公开政府信息没有收取信息处理费。", "", "F401", 69, 1, "error",
     _F401_NONE.format("本年度承办县人大代表建议6件、政协委员提…")),
    ("housing", "（一）信息处理费收取情况\n不涉及。\n", "（一）信息处理费收取情况\n", "F401", 68, 1, "error",
     _F401_TOPIC.format("（一）信息处理费收取情况")),
    ("housing", "数据统计时限为2025年1月1日—2025年12月31日。", "数据统计时限为2024年1月1日—2024年12月31日。",
     "P701", 3, 1, "error", "统计期限为2024年，与标题年份2025年不一致"),
    ("housing", "2026年1月18日", "2026年2月18日", "P702", 75, 1, "warning", _P702.format("2026年2月18日", "2026年1月31日")),
    ("statistics", "本机关未产生信息处理费。", "本机关依规收取信息处理费。", "F402", 69, 1, "warning",
     "第六部分称收取了信息处理费，但没有写明金额：“本机关依规收取信息处理费”"),
    ("statistics", "全年受理政府信息公开申请13件次", "全年受理政府信息公开申请16件次", "N601", 8, 12, "error",
     _N601.format("受理政府信息公开申请16件次", 16)),
    ("statistics", "2026年1月16日", "2026年3月16日", "P702", 72, 1, "warning", _P702.format("2026年3月16日", "2026年1月31日")),
    ("villages-town", "2025年1月\n示例镇人民政府", "2025年3月\n示例镇人民政府", "P702", 74, 1, "warning",
     _P702.format("2025年3月", "2025年1月31日")),
    ("villages-town", "部分村务公开栏更新不及时。2025年将村务公开纳入村级目标考核，每季度检查一次。", "无。",
     "S105", 65, 1, "warning", _THIN.format("无。", 1)),
    ("city-office", "信息处理费收取情况：无。其他无需要报告的事项。", "其他无需要报告的事项。", "F401", 68, 1, "error",
     _F401_NONE.format("其他无需要报告的事项。")),
    ("city-office", "政策解读形式较为单一。2026年将增加图解、视频解读比重。", "暂无。", "S105", 65, 1, "warning",
     _THIN.format("暂无。", 2)),
    ("city-office", "2026年1月26日", "2026年2月26日", "P702", 72, 1, "warning", _P702.format("2026年2月26日", "2026年1月31日")),
    ("provident-fund", "本中心未产生信息处理费。", "本中心收取信息处理费。", "F402", 72, 1, "warning",
     "第六部分称收取了信息处理费，但没有写明金额：“本中心收取信息处理费”"),
    ("provident-fund", "全年新收政府信息公开申请13件，上年结转1件", "全年新收政府信息公开申请13件，上年结转3件", "N601", 8, 26, "error",
     "“一、总体情况”中正文“上年结转3件”（上年结转 3）与表三不一致：表三“二、上年结转政府信息公开申请数量”总计 = 1"),
    ("provident-fund", "2025年1月22日", "2025年2月22日", "P702", 75, 1, "warning", _P702.format("2025年2月22日", "2025年1月31日")),
    ("meteorology", "本局依申请公开政府信息不收取费用。", "本局依申请公开政府信息按规定办理。", "F401", 68, 1, "warning",
     "信息处理费的收取情况写在了“一、总体情况”中（“没有收取信息处理费”），应在“六、其他需要报告的事项”中专门报告"),
    ("meteorology", "二〇二六年一月十五日", "二〇二六年二月十五日", "P702", 72, 1, "warning",
     _P702.format("2026年2月15日", "2026年1月31日")),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, severity, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, severity, message):
    text = voices.VOICES29[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.severity, d.message)
             for d in lint(_replace(text, [(old, new)])).diagnostics if d.severity != "note"]
    assert found == [(code, line, column, severity, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES29}
    assert all(2 <= n <= 3 for n in counts.values()), counts


#: (agency, closing date, closing month) the facts read of each voice
FACTS = {
    "water-resources": ("样例县水利局", "2025-01-20", None),
    "civil-affairs": ("样例县民政局", "2025-01-10", None),
    "housing": ("样例县住房和城乡建设局", "2026-01-18", None),
    "statistics": ("样例县统计局", "2026-01-16", None),
    "villages-town": ("示例镇人民政府", None, (2025, 1)),
    "city-office": ("样例市人民政府办公室", "2026-01-26", None),
    "provident-fund": ("样例市住房公积金管理中心", "2025-01-22", None),
    "meteorology": ("样例县气象局", "2026-01-15", None),
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES29))
def test_the_voices_agency_and_date_are_read(voice):
    f = extract_facts(parse(voices.VOICES29[voice](), "report.txt"))
    assert (f.agency, f.date and f.date.isoformat(), f.month) == FACTS[voice]


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES29.items()}
    assert all(s in t["water-resources"] for s in ("统计时间为2024年", "1.2万余条", "\n今年水利", "\n明年将",
                                                   "\n信息处理费收取情况：不涉及。\n"))
    assert all(s in t["civil-affairs"] for s in ("\n六、其他需要报告事项\n", "人大代表建议6件", "\n1.存在的问题", "\n二〇二五年一月十日"))
    assert all(s in t["housing"] for s in ("数据统计时限为2025年1月1日—", "（一）信息处理费收取情况\n不涉及。\n", "关于物业收费的咨询32件",
                                           "\n2026年1月18日\n\n附件：1.", "\n3.信息处理费收取情况表"))
    assert all(s in t["statistics"] for s in ("13件次", "4.6万人次", "3至5个工作日", "\n本机关未产生信息处理费。\n"))
    assert all(s in t["villages-town"] for s in ("18个行政村", "\n（二）信息处理费收取情况\n本镇未收取\n\n2025年1月\n示例镇人民政府"))
    assert t["villages-town"].rstrip().endswith("2025年1月\n示例镇人民政府")
    assert all(s in t["city-office"] for s in ("本级", "\n六、其他需要报告事项\n", "信息处理费收取情况：无。"))
    assert all(s in t["provident-fund"] for s in ("2.3万余人次", "同比下降6%", "工作要点情况\n"))
    assert all(s in t["meteorology"] for s in ("垂直管理", "没有收取信息处理费", "不收取费用", "\n二〇二六年一月十五日"))


# -- the causes, each with a passing and a failing case (tests/rules/voices29.toml has more) -------

_TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
_SIX = "本年度未收取信息处理费。"
_CLOSING = "本年度未收取信息处理费。\n\n示例镇人民政府\n2025年1月20日"


@pytest.mark.parametrize("words, found", [
    ("信息处理费收取情况：不涉及。", []),
    ("（一）信息处理费收取情况 不适用", []),
    ("信息处理费收取情况：", [("F401", "error")]),
    ("信息处理费收取情况：涉及。", [("F402", "warning")]),
], ids=["不涉及 after a colon", "不适用 after a space", "the topic unanswered", "涉及: charged, no sum"])
def test_the_fee_topic_answered_not_applicable(words, found):
    """A fee topic answered 不涉及 / 不适用 (not applicable: nothing charged) states the fee; one answered
    nothing, or 涉及, does not say none was charged."""
    text = _replace(_TABS, [(_SIX, words)])
    assert [(d.code, d.severity) for d in lint(text, ["F4"]).diagnostics] == found


@pytest.mark.parametrize("closing, found", [
    ("本年度未收取信息处理费。\n\n示例镇人民政府\n2025年1月20日\n\n附件：1.政府信息公开情况统计表\n2.信息处理费收取情况表", []),
    ("信息处理费收取情况表", [("F401", "error")]),
    ("本年度收取信息处理费情况表", [("F401", "error")]),
], ids=["an annex list naming the fee's table", "only a table's name", "a table's name with 本年度"])
def test_a_tables_name_is_no_fee_statement(closing, found):
    """"信息处理费收取情况表", a table's name (an annex's, in the list under the closing), names the fee
    as a heading does: it says nothing charged, and states nothing either."""
    text = _replace(_TABS, [(_CLOSING if "示例镇人民政府" in closing else _SIX, closing)])
    assert [(d.code, d.severity) for d in lint(text, ["F4"]).diagnostics] == found


@pytest.mark.parametrize("closing, found", [
    ("（一）信息处理费收取情况\n本年度未收取\n2025年1月\n示例镇人民政府", []),
    ("（一）信息处理费收取情况\n本年度未收取\n2025年1月20日\n示例镇人民政府", []),
    ("（一）信息处理费收取情况\n本年度未收取\n示例镇人民政府\n二〇二五年一月", []),
    ("（一）信息处理费收取情况\n本年度未收取\n\n示例镇人民政府\n2025年1月20日\n附件：信息公开统计表", []),
    ("（一）信息处理费收取情况\n2025年1月\n示例镇人民政府", [("F401", "error")]),
], ids=["a month above the agency", "a date above the agency", "the agency over a month in numerals",
        "an 附件 line after the date", "the topic unanswered above the closing"])
def test_the_closing_runs_on_into_no_sentence(closing, found):
    """The layout of a closing under a 六 whose last line has no full stop: the closing's lines (a
    date of only its month, the date above the agency, an 附件 line) stand alone, so the answer above
    them ("本年度未收取") is read as it is."""
    text = _replace(_TABS, [(_CLOSING, closing)])
    assert [(d.code, d.severity) for d in lint(text, ["F4"]).diagnostics] == found



@pytest.mark.parametrize("words, found", [
    ("本年度未收取信息处理费。本年度收到群众关于物业收费的咨询32件。", []),
    ("本年度未收取信息处理费。本年度收取的不动产登记费已按规定上缴财政。", []),
    ("本年度收到群众关于物业收费的咨询32件。", [("F401", "error")]),
    ("本年度收到关于信息处理费的咨询2件。", [("F401", "error")]),
    ("本年度收取学费、住宿费共计120万元。", [("F401", "error")]),
    ("本年度依申请公开收取复印费。", [("F402", "warning")]),
], ids=["收费 asked about, beside the statement", "another fee, beside the statement", "收费 asked about alone",
        "the fee asked about alone", "a school's fees with a sum alone", "a copying fee, no sum"])
def test_a_fee_asked_about_or_of_another_business_is_no_fee_charged(words, found):
    """收费 (or the 信息处理费) as what people asked about ("关于物业收费的咨询32件"), and a fee named by the
    business it pays for (不动产登记费, 学费, 住宿费), say nothing on the 信息处理费: neither charged (F402)
    nor stated (F401 when nothing else states it); a cost of giving information (复印费) is still read."""
    text = _replace(_TABS, [(_SIX, words)])
    assert [(d.code, d.severity) for d in lint(text, ["F4"]).diagnostics] == found

# -- last year's report beside water-resources: X803 -------------------------------------------------

def _last_year(text: str) -> str:
    """``text`` a year earlier: every 2024 2023, every 2025 2024."""
    return text.replace("2025", "\0").replace("2024", "2023").replace("\0", "2024")


def _copied(last: str):
    settings = Settings.make(from_dict({"select": ["X803"]}), default_registry())
    return [(d.span.line, d.span.column, d.message)
            for d in lint_pair(voices.water_resources(), last, settings).diagnostics if "五、" in d.message]


_COPIED_FIVE = [(66, 1, "“五、存在的主要问题及改进情况”与上年报告 previous.txt 的同一部分相似度为100%；最长的相同段落共70字，"
                        "在本报告第66行第1列、上年报告第66行第1列")]


@pytest.mark.parametrize("was_now, was_next", [("本年度", "下一年度"), ("2024年", "2025年"), ("本年", "明年")],
                         ids=["本年度 and 下一年度", "the years", "本年 (今年 now)"])
def test_a_five_copied_with_its_year_said_another_way_is_copied(was_now, was_next):
    """The five of a report written in the year's words (今年…, 明年…): last year's said 本年度 and
    下一年度, or the years, for them; the rest copied. The words for a year are masked as the years are."""
    last = _replace(_last_year(voices.water_resources()), [("\n今年水利", f"\n{was_now}水利"), ("\n明年将", f"\n{was_next}将")])
    assert _copied(last) == _COPIED_FIVE


def test_a_five_rewritten_around_the_same_year_words_is_not_copied():
    last = _replace(_last_year(voices.water_resources()), [
        ("今年水利工程建设信息公开不够及时，部分项目进度更新滞后。", "今年河湖长制信息公开内容单一，巡河记录未公开。"),
        ("明年将工程建设信息纳入项目月报，做到每月更新一次。", "明年将按季度公开巡河记录，并增设河长公示牌二维码。")])
    assert _copied(last) == []


# -- the closing's agency beside a date above it, or beside a month: the signer --------------------

@pytest.mark.parametrize("closing, signer, found", [
    ("2025年3月5日\n示例镇人民政府", "示例镇人民政府", [("P702", "落款日期2025年3月5日晚于发布期限2025年1月31日")]),
    ("2025年3月\n示例镇人民政府", "示例镇人民政府", [("P702", "落款日期2025年3月晚于发布期限2025年1月31日")]),
    ("示例镇人民政府\n2025年3月", "示例镇人民政府", [("P702", "落款日期2025年3月晚于发布期限2025年1月31日")]),
    ("2025年1月20日\n示例镇人民政府", "示例镇人民政府", []),
    ("2025年3月5日\n（此件公开发布）", "", []),
    ("样例县示例镇\n人民政府\n2025年3月5日", "样例县示例镇人民政府", [("P702", "落款日期2025年3月5日晚于发布期限2025年1月31日")]),
    ("2025年3月5日\n样例县住房和城乡\n建设局", "样例县住房和城乡建设局", [("P702", "落款日期2025年3月5日晚于发布期限2025年1月31日")]),
    ("中共示例镇委员会办公室\n示例镇人民政府办公室\n2025年3月5日", "示例镇人民政府办公室",
     [("P702", "落款日期2025年3月5日晚于发布期限2025年1月31日")]),
], ids=["a date above the agency", "a month above the agency", "the agency above a month", "in time", "no agency",
        "the name over two lines above the date", "the name over two lines under the date", "two agencies, one a line"])
def test_the_agency_beside_the_closing_date_signs_a_title_with_none(closing, signer, found):
    """A title that names no agency (2024年政府信息公开工作年度报告): the deadline is the signer's, and the
    signer is the agency on the line under a date above it, or beside a date of only its month, as it
    is the agency above a full date; a name over two lines (its end word alone on the second: 人民政府,
    建设局) is read whole; of two agencies a line, the one beside the date signs; no agency, no level, no
    deadline but the latest."""
    text = _replace(_TABS, [("示例镇人民政府2024年政府信息公开工作年度报告", "2024年政府信息公开工作年度报告"),
                            ("示例镇人民政府\n2025年1月20日", closing)])
    assert extract_facts(parse(text, "report.txt")).signer == signer
    assert [(d.code, d.message) for d in lint(text, ["P7"]).diagnostics] == found
