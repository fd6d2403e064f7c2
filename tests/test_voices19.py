"""The voices19 reports (tests/harness/voices.py, VOICES19): the 2025 report year, published in January
2026 (one of 2024, one dated in February by a county government, whose deadline is 2月20日), by a 人社局
counting 主动公开 by channel and applications by how they came (当面、网上、信函), with 办结率 and the
results listed with 分别为; a 生态环境 分局 under the city's vertical management, the system's figures
beside its own and the period said only as 数据截至…; a 退役军人事务局 whose 一 is split into 总体情况
and 主要工作, the date on its seal line; an 审计局 with almost nothing, its date without the day; a
街道办事处 with many applications of its own 表三, its cases one by one and a table of contents; the
county government's office with 一's parts under headings with no numeral; a very short 乡 report.
Each clean one gives no finding, as written and as every text copy degrades it; each seeded defect
gives exactly its finding — among them the wordings this round found missed: a count after 分别为,
a date after the seal's mark on the closing line, the cut-off said as 数据截至…"""
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
@pytest.mark.parametrize("voice", sorted(voices.VOICES19))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES19[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_N601_APPLICATIONS = ("“{}”中正文“{}”（政府信息公开申请 {}）与表三不一致：按其可能的含义核对均不相符：表三“一、本年新收政府信息公开申请数量”"
                      "总计 = {}；表三“一、本年新收”总计 + “二、上年结转”总计 = {}；表三“（七）总计”行总计 = {}")
_F401_ELSEWHERE = "信息处理费的收取情况写在了“{}”中（“{}”），应在“六、其他需要报告的事项”中专门报告"

#: (voice, the words changed, what they become, code, line, column, severity, message)
DEFECTS = [
    ("labour", "分别为5件、1件、1件", "分别为5件、2件、1件", "N601", 8, 118, "error",
     "“一、总体情况”中正文“2件”（部分公开 2）与表三不一致：表三“（二）部分公开”总计 = 1"),
    ("labour", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请12件", "N601", 8, 12, "error",
     "“一、总体情况”中正文“新收政府信息公开申请12件”（本年新收政府信息公开申请 12）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("labour", "注：本表统计期限为2025年1月1日至2025年12月31日。", "注：本表统计期限为2024年1月1日至2024年12月31日。",
     "P701", 58, 1, "error", "统计期限为2024年，与标题年份2025年不一致"),
    ("ecology-branch", "\n信息处理费：0元。\n", "\n无。\n", "F401", 68, 1, "warning",
     _F401_ELSEWHERE.format("一、总体情况", "信息处理费：0元")),
    ("ecology-branch", "行政处罚决定35件全部公开", "行政处罚决定36件全部公开", "N601", 7, 30, "error",
     "“一、总体情况”中正文“行政处罚决定36件”（行政处罚决定 36）与表二不一致：表二“行政处罚”行“本年处理决定数量” = 35"),
    ("ecology-branch", "数据截至2025年12月31日", "数据截至2024年12月31日", "P701", 11, 1, "error",
     "统计截止时间为2024年12月31日，与标题年份2025年不一致"),
    ("veterans", "本局本年度未收取信息处理费，无其他需要报告的事项。", "无。", "F401", 71, 1, "warning",
     _F401_ELSEWHERE.format("四、政府信息公开行政复议、行政诉讼情况", "本年度依申请公开工作中未收取信息处理费")),
    ("veterans", "本年度行政复议2件", "本年度行政复议3件", "N601", 13, 11, "error",
     "“一、总体情况”中正文“行政复议3件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("veterans", "（盖章）2026年1月20日", "（盖章）2026年2月5日", "P702", 74, 1, "warning",
     "落款日期2026年2月5日晚于发布期限2026年1月31日"),
    ("audit", "全年未收到政府信息公开申请", "全年收到政府信息公开申请1件", "N601", 8, 12, "error",
     _N601_APPLICATIONS.format("一、总体情况", "收到政府信息公开申请1件", 1, 0, 0, 0)),
    ("audit", "本年度不存在收费情况。", "无。", "F401", 69, 1, "warning",
     _F401_ELSEWHERE.format("三、收到和处理政府信息公开申请情况", "亦无应收取的信息处理费")),
    ("audit", "2026年1月", "2026年2月", "P702", 73, 1, "warning", "落款日期2026年2月晚于发布期限2026年1月31日"),
    ("busy-street", "全年新收政府信息公开申请86件", "全年新收政府信息公开申请88件", "N601", 16, 12, "error",
     "“一、总体情况”中正文“新收政府信息公开申请88件”（本年新收政府信息公开申请 88）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 86"),
    ("busy-street", "结转下年度继续办理5件", "结转下年度继续办理6件", "N601", 16, 85, "error",
     "“一、总体情况”中正文“结转下年度继续办理6件”（结转下年度 6）与表三不一致：表三“四、结转下年度继续办理”总计 = 5"),
    ("busy-street", "本年度按件计收信息处理费1件，金额100元；", "本年度按件计收信息处理费1件；", "F402", 78, 1, "warning",
     "第六部分称收取了信息处理费，但没有写明金额：“本年度按件计收信息处理费1件”"),
    ("county-office", "2026年2月12日", "2026年2月25日", "P702", 74, 1, "warning",
     "落款日期2026年2月25日晚于发布期限2026年2月20日"),
    ("county-office", "县政府制发行政规范性文件3件", "县政府制发行政规范性文件4件", "N601", 11, 12, "error",
     "“一、总体情况”中正文“制发行政规范性文件4件”（本年制发行政规范性文件 4）与表二不一致：表二“行政规范性文件”行“本年制发件数” = 3"),
    ("short-township", "本乡本年度无收费事项。", "无。", "F401", 63, 1, "warning",
     _F401_ELSEWHERE.format("一、总体情况", "无收费事项")),
    ("short-township", "未收到政府信息公开申请", "收到政府信息公开申请2件", "N601", 6, 23, "error",
     _N601_APPLICATIONS.format("一、总体情况", "收到政府信息公开申请2件", 2, 0, 0, 0)),
    ("short-township", "2025年1月\n", "2025年2月\n", "P702", 67, 1, "warning", "落款日期2025年2月晚于发布期限2025年1月31日"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, severity, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, severity, message):
    text = voices.VOICES19[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.severity, d.message)
             for d in lint(_replace(text, [(old, new)])).diagnostics]
    assert found == [(code, line, column, severity, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES19}
    assert all(2 <= n <= 3 for n in counts.values()), counts


#: what the facts read of each voice: (title, agency, period, closing date, closing month, cut-off)
FACTS = {
    "labour": ("样例县人力资源和社会保障局2025年政府信息公开工作年度报告", "样例县人力资源和社会保障局", (2025, 2025), "2026-01-20",
               None, None),
    "ecology-branch": ("样例市生态环境局样例县分局2025年政府信息公开工作年度报告", "样例市生态环境局样例县分局", None, "2026-01-20",
                       None, 2025),
    "veterans": ("样例县退役军人事务局2025年政府信息公开工作年度报告", "样例县退役军人事务局", (2025, 2025), "2026-01-20", None, None),
    "audit": ("样例县审计局2025年政府信息公开工作年度报告", "样例县审计局", (2025, 2025), None, (2026, 1), None),
    "busy-street": ("样例市样例区示例街道办事处2025年政府信息公开工作年度报告", "样例市样例区示例街道办事处", (2025, 2025),
                    "2026-01-20", None, None),
    "county-office": ("样例县人民政府2025年政府信息公开工作年度报告", "样例县人民政府", (2025, 2025), "2026-02-12", None, None),
    "short-township": ("样例县示例乡人民政府2024年政府信息公开工作年度报告", "样例县示例乡人民政府", (2024, 2024), None, (2025, 1),
                       None),
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES19))
def test_the_voices_title_agency_period_and_date_are_read(voice):
    f = extract_facts(parse(voices.VOICES19[voice](), "report.txt"))
    assert (f.title, f.agency, f.period, f.date and f.date.isoformat(), f.month, f.cutoff) == FACTS[voice]


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES19.items()}
    assert all(s in t["labour"] for s in ("当面申请3件、网上申请8件、信函申请2件", "办结率100%", "较去年持平",
                                          "分别为5件、1件、1件", "\n注：本表统计期限为2025年1月1日至2025年12月31日。\n"))
    assert "统计期限" not in t["labour"].split("\n一、")[0] and "统计期限" not in t["ecology-branch"]
    assert all(s in t["ecology-branch"] for s in ("全市生态环境系统共收到政府信息公开申请156件，其中本分局13件",
                                                  "数据截至2025年12月31日", "\n信息处理费：0元。\n", "\n七、其他\n"))
    assert all(s in t["veterans"] for s in ("\n（一）总体情况\n", "\n（二）主要工作\n", "10余件",
                                            "\n样例县退役军人事务局（盖章）2026年1月20日"))
    assert t["audit"].endswith("样例县审计局\n2026年1月\n") and "未达到收费标准不予收取" in t["audit"]
    assert all(s in t["busy-street"] for s in ("\n目录\n", "近百件", "办结率94.4%", "典型案例：一是", "金额100元",
                                               "\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1\n",
                                               "\n一、本年新收政府信息公开申请数量\t80\t4\t0\t0\t0\t2\t86\n"))
    assert all(s in t["county-office"] for s in ("\n主动公开情况\n", "【平台建设】", "全县共收到申请约420件",
                                                 "（含规章、行政规范性文件制发情况）", "样例县人民政府\n2026年2月12日"))
    assert t["short-township"].endswith("样例县示例乡人民政府\n2025年1月\n")


# -- the causes, each with a passing and a failing case (tests/rules/voices19.toml has more) -------

_TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


@pytest.mark.parametrize("words, found", [
    ("本年度共收到政府信息公开申请13件，行政复议、行政诉讼分别为2件、1件。", []),
    ("本年度共收到政府信息公开申请13件，行政复议、行政诉讼分别为2件、2件。",
     [("N601", 8, 43, "“一、总体情况”中正文“2件”（行政诉讼 2）与表四不一致：表四“未经复议直接起诉·总计” + “复议后起诉·总计” = 1")]),
    ("本年度共收到政府信息公开申请13件，全镇各村予以公开、部分公开分别为20件、3件。", []),
    ("本年度共收到政府信息公开申请13件，2023年予以公开、部分公开分别为3件、2件。", []),
], ids=["as the table", "one count off", "a wider body's list", "another year's list"])
def test_counts_listed_after_their_words_with_fenbie(words, found):
    """"A、B分别为x件、y件" says "A x件" and "B y件": each count is compared as its word's claim would
    be, unless the sentence speaks of another body or another year."""
    text = _replace(_TABS, [("本年度共收到政府信息公开申请13件，均在法定期限内答复。", words)])
    assert [(d.code, d.span.line, d.span.column, d.message) for d in lint(text, ["N601"]).diagnostics] == found


@pytest.mark.parametrize("closing, date", [
    ("示例镇人民政府（盖章）2025年1月20日", "2025-01-20"),
    ("（公章）示例镇人民政府 2025年1月20日", "2025-01-20"),
    ("示例镇人民政府（盖章）\n2025年1月20日", "2025-01-20"),
    ("样例村委会（盖章）2025年1月20日 抄送：示例镇", None),
], ids=["mark after the agency", "mark before it", "mark on its own line's end", "not a closing line"])
def test_the_closing_date_on_the_seal_line_is_read(closing, date):
    """The seal's mark written on the closing line itself ("…局（盖章）2025年1月20日") is where the seal
    goes, not part of the agency's name: the date is the report's."""
    f = extract_facts(parse(_replace(_TABS, [("示例镇人民政府\n2025年1月20日", closing)]), "report.txt"))
    assert (f.date and f.date.isoformat()) == date
