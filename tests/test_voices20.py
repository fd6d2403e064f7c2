"""The voices20 reports (tests/harness/voices.py, VOICES20): the 2025 report year, published in January
2026, by agencies not yet heard — a 医疗保障局 counting in 人次/批次 with 其中 nested under a total, last
year's figure in the same sentence (较上年的11件增加2件) and the applications handled split after 其中
into the new and the carried; a 林业和草原局 writing its numbers in words (两起、一件、十余条、零), its
period only as 2025年度数据, a 六 of three parts and a date without its day; an 开发区管委会 with its
departments' figures beside its own, applications by channel and shares; a 镇 whose two merged 村
give their figures beside the town's, the date after the agency on one line in Chinese numerals; a
市场监督管理局 with many 行政处罚 restated with 共计/合计/累计 and 同比 with both numbers, the fee in a 注
under 表三 and named in 六 only as 收费; a 教育局 with its schools' figures beside its own and the fee
said in 五 too; a 司法局 with a heading over two lines and a 六 in two parts.
Each clean one gives no finding, as written and as every text copy degrades it; each seeded defect
gives exactly its finding — among them what this round found missed: the carried figure after
其中 under the applications handled."""
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
@pytest.mark.parametrize("voice", sorted(voices.VOICES20))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES20[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_N601_APPLICATIONS = ("“{}”中正文“{}”（政府信息公开申请 {}）与表三不一致：按其可能的含义核对均不相符：表三“一、本年新收政府信息公开申请数量”"
                      "总计 = {}；表三“一、本年新收”总计 + “二、上年结转”总计 = {}；表三“（七）总计”行总计 = {}")
_N601_CARRY = "“一、总体情况”中正文“上年结转{}件”（上年结转 {}）与表三不一致：表三“二、上年结转政府信息公开申请数量”总计 = 1"
_F401_ELSEWHERE = "信息处理费的收取情况写在了“{}”中（“{}”），应在“六、其他需要报告的事项”中专门报告"
_F401_NONE = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“{}”）；未收取也应写明“本年度未收取信息处理费”"
_F402 = "第六部分称收取了信息处理费，但没有写明金额：“{}”"
_P702 = "落款日期{}晚于发布期限2026年1月31日"

#: (voice, the words changed, what they become, code, line, column, severity, message)
DEFECTS = [
    ("medical-insurance", "其中本年新收13件、上年结转1件", "其中本年新收13件、上年结转2件", "N601", 8, 57, "error",
     _N601_CARRY.format(2, 2)),
    ("medical-insurance", "本机关在依申请公开工作中未收取任何费用。", "本机关无其他需要报告的事项。", "F401", 71, 1, "error",
     _F401_NONE.format("本机关无其他需要报告的事项。")),
    ("medical-insurance", "２０２６年１月１５日", "２０２６年２月１５日", "P702", 75, 1, "warning", _P702.format("2026年2月15日")),
    ("forestry-grassland", "被申请行政复议两起", "被申请行政复议三起", "N601", 11, 12, "error",
     "“一、总体情况”中正文“行政复议三起”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("forestry-grassland", "本单位本年度不涉及信息处理费收取。", "本单位本年度按规定收取信息处理费。", "F402", 70, 1, "warning",
     _F402.format("本单位本年度按规定收取信息处理费")),
    ("forestry-grassland", "二〇二六年一月", "二〇二六年二月", "P702", 77, 1, "warning", _P702.format("2026年2月")),
    ("development-zone", "（五）监督保障。管委会本级被申请行政复议2件", "（五）监督保障。被申请行政复议3件", "N601", 11, 12, "error",
     "“一、总体情况”中正文“行政复议3件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("development-zone", "本年度收取信息处理费0元。", "无。", "F401", 68, 1, "error", _F401_NONE.format("无。")),
    ("development-zone", "2026 年 1 月 16 日", "2026 年 2 月 16 日", "P702", 72, 1, "warning", _P702.format("2026年2月16日")),
    ("merged-town", "上年结转1件，其中涉及", "上年结转3件，其中涉及", "N601", 8, 28, "error", _N601_CARRY.format(3, 3)),
    ("merged-town", "本镇本年度对依申请公开不收取信息处理费。", "本镇本年度对依申请公开收取信息处理费。", "F402", 69, 1, "warning",
     _F402.format("按照《政府信息公开信息处理费管理办法》有关规定，本镇本年度对依申请公开收取信息处理费")),
    ("merged-town", "二〇二六年一月二十日", "二〇二六年二月二十日", "P702", 71, 1, "warning", _P702.format("2026年2月20日")),
    ("market-regulation", "作出行政处罚决定共计486件", "作出行政处罚决定共计468件", "N601", 7, 25, "error",
     "“一、总体情况”中正文“行政处罚决定共计468件”（行政处罚决定 468）与表二不一致：表二“行政处罚”行“本年处理决定数量” = 486"),
    ("market-regulation", "新收政府信息公开申请合计13件", "新收政府信息公开申请合计15件", "N601", 8, 10, "error",
     "“一、总体情况”中正文“新收政府信息公开申请合计15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("market-regulation", "本局2025年度依申请公开未收费，无其他需要报告的事项。", "本局无其他需要报告的事项。", "F401", 69, 1,
     "warning", _F401_ELSEWHERE.format("三、收到和处理政府信息公开申请情况", "注：本年度未收取信息处理费")),
    ("education-schools", "本局本年度未收取信息处理费，无其他需要报告的事项。", "本局无其他需要报告的事项。", "F401", 68, 1,
     "warning", _F401_ELSEWHERE.format("五、存在的主要问题及改进情况", "本年度依申请公开未收取信息处理费")),
    ("education-schools", "同比增长5.1%。", "同比增长5.1%。本年度制发行政规范性文件5件。", "N601", 7, 56, "error",
     "“一、总体情况”中正文“制发行政规范性文件5件”（本年制发行政规范性文件 5）与表二不一致：表二“行政规范性文件”行“本年制发件数” = 3"),
    ("justice", "与上年13件持平", "与上年13件持平，上年结转2件", "N601", 8, 35, "error", _N601_CARRY.format(2, 2)),
    ("justice", "（二）其他事项\n", "（二）其他事项\n本年度收取信息处理费。\n", "F402", 73, 1, "warning",
     _F402.format("本年度收取信息处理费")),
    ("justice", "样例县司法局 2026年1月20日", "样例县司法局 2026年2月20日", "P702", 75, 1, "warning", _P702.format("2026年2月20日")),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, severity, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, severity, message):
    text = voices.VOICES20[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.severity, d.message)
             for d in lint(_replace(text, [(old, new)])).diagnostics]
    assert found == [(code, line, column, severity, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES20}
    assert all(2 <= n <= 3 for n in counts.values()), counts


#: what the facts read of each voice: (title, agency, period, closing date, closing month); the
#: 林业和草原局's "本报告所列数据为2025年度数据" is read as the period, its year the data's
FACTS = {
    "medical-insurance": ("样例县医疗保障局", (2025, 2025), "2026-01-15", None),
    "forestry-grassland": ("样例县林业和草原局", (2025, 2025), None, (2026, 1)),
    "development-zone": ("样例经济技术开发区管理委员会", (2025, 2025), "2026-01-16", None),
    "merged-town": ("样例县示例镇人民政府", (2025, 2025), "2026-01-20", None),
    "market-regulation": ("样例县市场监督管理局", (2025, 2025), "2026-01-20", None),
    "education-schools": ("样例县教育局", (2025, 2025), "2026-01-20", None),
    "justice": ("样例县司法局", (2025, 2025), "2026-01-20", None),
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES20))
def test_the_voices_title_agency_period_and_date_are_read(voice):
    f = extract_facts(parse(voices.VOICES20[voice](), "report.txt"))
    agency, period, date, month = FACTS[voice]
    assert (f.title, f.agency, f.period, f.date and f.date.isoformat(), f.month) == (
        f"{agency}2025年政府信息公开工作年度报告", agency, period, date, month)


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES20.items()}
    assert all(s in t["medical-insurance"] for s in ("较上年的11件增加2件", "其中本年新收13件、上年结转1件", "4批次",
                                                     "3.6万人次", "（其中政策解读38条）", "\n２０２６年１月１５日"))
    assert all(s in t["forestry-grassland"] for s in ("两起", "十余条", "零起", "本报告所列数据为2025年度数据。",
                                                      "不涉及信息处理费收取", "（三）人大代表建议"))
    assert "统计期限" not in t["forestry-grassland"] and t["forestry-grassland"].endswith("\n二〇二六年一月\n")
    assert all(s in t["development-zone"] for s in ("其中管委会本级310条，占24.6%", "网上申请9件、当面申请3件、信函申请1件",
                                                    "各部门共收到申请27件", "收取信息处理费0元", "\n2026 年 1 月 16 日"))
    assert all(s in t["merged-town"] for s in ("其中原东湖村18条、原西岭村27条", "零人次", "有关规定，本镇本年度对依申请公开不收取",
                                               "\n样例县示例镇人民政府  二〇二六年一月二十日"))
    assert all(s in t["market-regulation"] for s in ("行政处罚决定共计486件，同比2024年的412件增长18.0%", "120批次", "8宗",
                                                     "合计13件", "\n注：本年度未收取信息处理费。\n", "依申请公开未收费",
                                                     "\n行政处罚\t486\n"))
    assert all(s in t["education-schools"] for s in ("全县中小学共公开校务信息2300余条", "各学校共收到信息公开申请6件",
                                                     "本年度依申请公开未收取信息处理费，2026年"))
    assert all(s in t["justice"] for s in ("\n一、总体情况（2025年度）\n", "\n五、存在的主要问题\n及改进情况\n",
                                           "同比（2024年290条）增加20条", "\n（一）信息处理费收取情况\n",
                                           "\n样例县司法局 2026年1月20日"))


# -- the causes, each with a passing and a failing case (tests/rules/voices20.toml has more) -------

_TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
_LINE8 = "本年度共收到政府信息公开申请13件，均在法定期限内答复。"


@pytest.mark.parametrize("words, found", [
    ("本年度共受理政府信息公开申请14件，其中本年新收13件、上年结转1件。", []),
    ("本年度共受理政府信息公开申请14件，其中上年结转2件。",
     [("N601", 8, 30, "“一、总体情况”中正文“上年结转2件”（上年结转 2）与表三不一致：表三“二、上年结转政府信息公开申请数量”总计 = 1")]),
    ("全年依申请公开共计15件，其中新收14件，上年结转1件。",
     [("N601", 8, 25, "“一、总体情况”中正文“新收14件”（本年新收 14）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13")]),
    ("全县共收到申请420件，其中上年结转5件。", []),
    ("本年度收到政府信息公开申请13件，其中自然人申请10件，其中上年结转2件。", []),
    ("本年度共受理政府信息公开申请14件，其中新收10件为自然人申请。", []),
], ids=["as the table", "carried off", "new off", "a wider body's", "some applicants'", "a part after it"])
def test_the_applications_handled_split_after_qizhong(words, found):
    """"共受理申请14件，其中本年新收13件、上年结转1件": the 其中 splits the agency's applications into 表三's
    rows 一 and 二, each figure the row's, not a part of one; a 其中 after a wider body's or some
    applicants' count, or a part word after the figure, still makes a part."""
    text = _replace(_TABS, [(_LINE8, words)])
    assert [(d.code, d.span.line, d.span.column, d.message) for d in lint(text, ["N601"]).diagnostics] == found


@pytest.mark.parametrize("six, found", [
    ("六、其他需要报告的事项（信息处理费收取情况等）\n本年度未收取信息处理费。", []),
    ("六、其他需要报告的事项（信息处理费收取情况等）\n无。", []),
    ("六、其他需要报告的事项（信息处理费收取情况等）\n本局其他事项已在前文说明。",
     [("F401", "“六、其他需要报告的事项”没有说明信息处理费的收取情况（只提到“（信息处理费收取情况等）”，未说明本年度是否收取）；"
               "未收取也应写明“本年度未收取信息处理费”")]),
], ids=["answered", "answered by 无", "only named"])
def test_a_fee_topic_in_the_sections_title(six, found):
    """"六、其他需要报告的事项（信息处理费收取情况等）": the bracket names what the section holds, it says
    nothing charged (was F402: a fee charged without its sum)."""
    text = _replace(_TABS, [("六、其他需要报告的事项\n本年度未收取信息处理费。", six)])
    assert [(d.code, d.message) for d in lint(text, ["F401", "F402"]).diagnostics] == found


@pytest.mark.parametrize("six, found", [
    ("六、信息处理费收取情况\n本年度未收取信息处理费。\n\n七、其他需要报告的事项\n无。",
     [("S103", 68, "“六、信息处理费收取情况”不是官方格式的部分：官方格式的第六部分是“六、其他需要报告的事项”"
                 "（报告中写作其后的“七、其他需要报告的事项”）；插入的内容应并入相应部分，其后各部分按官方编号")]),
    ("六、其他需要报告的事项\n本年度未收取信息处理费。\n\n六、其他需要报告的事项\n无。",
     [("S102", 71, "第六部分“六、其他需要报告的事项”重复出现")]),
], ids=["split, numbered on", "repeated"])
def test_a_section_in_two_numbered_on(six, found):
    """A part of 六 given a heading and numeral of its own, the rest numbered on as 七: one finding, on
    the heading that differs (was also S102 and S103 on 七); the same heading twice is still repeated."""
    text = _replace(_TABS, [("六、其他需要报告的事项\n本年度未收取信息处理费。", six)])
    assert [(d.code, d.span.line, d.message) for d in lint(text, ["S101", "S102", "S103"]).diagnostics] == found


@pytest.mark.parametrize("words, found", [
    ("本年度收到政府信息公开申请13件，其中涉及两村合并的申请5件，予以公开3件。", []),
    ("本年度收到政府信息公开申请13件，其中征地类申请6件。予以公开4件。",
     [("N601", 8, 37, "“一、总体情况”中正文“予以公开4件”（予以公开 4）与表三不一致：按其可能的含义核对均不相符：表三“（一）予以公开”总计 = 5；"
                      "表三“（一）予以公开”总计 + “（二）部分公开”总计 = 6")]),
    ("本年度收到政府信息公开申请13件，其中予以公开4件，部分公开1件。",
     [("N601", 8, 29, "“一、总体情况”中正文“予以公开4件”（予以公开 4）与表三不一致：按其可能的含义核对均不相符：表三“（一）予以公开”总计 = 5；"
                      "表三“（一）予以公开”总计 + “（二）部分公开”总计 = 6")]),
], ids=["one subset, then a result", "the result in its own sentence", "其中 before the results"])
def test_a_result_after_one_subset_named_after_qizhong(words, found):
    """"其中涉及两村合并的申请5件，予以公开3件": the results of those 5 or of all? a reader cannot tell, nor
    does the rule; a result said on its own, or a 其中 that introduces the results, is the year's."""
    text = _replace(_TABS, [(_LINE8, words)])
    assert [(d.code, d.span.line, d.span.column, d.message) for d in lint(text, ["N601"]).diagnostics] == found


_LINE11 = "（五）监督保障。本年度发生行政复议2件，未发生因政府信息公开工作被追责的情况。"
_T4_UPHELD = ("1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0", "1\t0\t0\t1\t2\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0")


@pytest.mark.parametrize("lawsuit, found", [
    ("upheld", []),
    ("corrected", [("N601", 11, 11, "“一、总体情况”中正文称“全年未发生被纠错的行政诉讼案件”（没有被纠错的案件），"
                                     "但表四 未经复议直接起诉·结果纠正 = 1（应为0）")]),
], ids=["lawsuit upheld", "lawsuit corrected"])
def test_none_corrected_with_the_cases_named_after(lawsuit, found):
    """"全年未发生被纠错的行政诉讼案件" says no lawsuit was lost (was read as no lawsuit at all: N601 行政诉讼 0
    against 表四's upheld one); it is contradicted only by a lawsuit 表四 has as corrected."""
    text = _replace(_TABS, [(_LINE11, "（五）监督保障。全年未发生被纠错的行政诉讼案件。")])
    if lawsuit == "upheld":
        text = _replace(text, [_T4_UPHELD])
    assert [(d.code, d.span.line, d.span.column, d.message) for d in lint(text, ["N601"]).diagnostics] == found
