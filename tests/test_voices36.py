"""The voices36 reports (tests/harness/voices.py, VOICES36): a 发展和改革局 whose 一 restates 表二 with 个/项/件/起/次
mixed; a 市场监督管理局 whose 四 restates 表四 result by result above it (行政复议结果维持1件、纠正0件…); a 镇 whose
preface names its own report (现将…2025年度政府信息公开工作情况报告如下) and states the period as 2025年度 only; a 民政局
listing its 附件 after the closing date; a 交通运输局 whose 五 pairs each problem with its remedy in one paragraph
(一是…，下一步将…；二是…，将…；三是…). Each clean one gives no finding, as written and as every text copy degrades it;
each seeded defect gives exactly its finding. What this round found: a preface naming the report as another year's
(现将…2024年度…情况报告如下 over a report on 2025) gave no finding (P701 now, at the year, in every text form, a hard
wrap cutting the sentence too); an 附件 list after the closing naming a list of fees (附件：…2.信息处理费收取明细, …收费清单,
…收取台账) was read as a statement that fees were charged with no sum (F402, a false alarm); a 六 copied with last
year's report, stating only 2024's fee in the report on 2025 (2024年，无收取信息处理费情况), passed F401 (F401 now, at the
year)."""
import sys
from pathlib import Path

import pytest

from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms, voices  # noqa: E402
from harness.sources import _replace  # noqa: E402


def _forms():
    for voice in sorted(voices.VOICES36):
        for form in ["as-written"] + sorted(text_forms.FORMS):
            yield pytest.param(voice, form, id=f"{voice}-{form}")


@pytest.mark.parametrize("voice, form", list(_forms()))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES36[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_F401 = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“无。”）；未收取也应写明“本年度未收取信息处理费”"
_NEW = ("“一、总体情况”中正文“新收政府信息公开申请15件”（政府信息公开申请 15）与表三不一致：按其可能的含义核对均不相符："
        "表三“一、本年新收政府信息公开申请数量”总计 = 13；表三“一、本年新收”总计 + “二、上年结转”总计 = 14；"
        "表三“（七）总计”行总计 = 13")
_REVIEW = "“一、总体情况”中正文“行政复议3件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"
_NAMED = "现将示例镇人民政府2025年度"
_CIVIL = "\n样例县民政局\n2026年1月22日"
_FIVE = ("一是重点项目建设信息更新不够及时，下一步将建立项目信息月报制度；二是政策解读形式较为单一，"
         "将增加图解、视频解读；三是依申请办理人员业务能力有待提升，2026年将组织专题培训2次。")

#: (voice, the words changed, what they become, code, line, column, severity, message)
DEFECTS = [
    ("mixed-units", "本年制发行政规范性文件3个", "本年制发行政规范性文件4个", "N601", 7, 26, "error",
     "“一、总体情况”中正文“制发行政规范性文件4个”（本年制发行政规范性文件 4）与表二不一致：表二“行政规范性文件”行“本年制发件数” = 3"),
    ("mixed-units", "现行有效12件", "现行有效11件", "N601", 7, 43, "error",
     "“一、总体情况”中正文“现行有效11件”（现行有效行政规范性文件 11）与表二不一致：表二“行政规范性文件”行“现行有效件数” = 12"),
    ("mixed-units", "被申请行政复议2件", "被申请行政复议3件", "N601", 11, 12, "error", _REVIEW),
    ("four-results", "被提起行政诉讼1件，其中", "被提起行政诉讼2件，其中", "N601", 60, 52, "error",
     "“四、政府信息公开行政复议、行政诉讼情况”中正文“提起行政诉讼2件”（行政诉讼 2）与表四不一致："
     "表四“未经复议直接起诉·总计” + “复议后起诉·总计” = 1"),
    ("four-results", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请15件", "N601", 8, 12, "error", "“一、总体情况”中正文“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("four-results", "本局本年度未收取信息处理费。", "无。", "F401", 69, 1, "error", _F401),
    ("preface-year", "统计期限为2025年度", "统计期限为2024年度", "P701", 3, 1, "error",
     "统计期限为2024年，与标题年份2025年不一致"),
    ("preface-year", _NAMED, "现将示例镇人民政府2024年度", "P701", 3, 32, "error",
     "前言称本报告为2024年度报告，与标题年份2025年不一致"),
    ("preface-year", "本镇本年度未收取信息处理费。", "无。", "F401", 68, 1, "error", _F401),
    ("annex-list", _CIVIL, "\n样例县民政局\n2026年2月22日", "P702", 72, 1, "warning",
     "落款日期2026年2月22日晚于发布期限2026年1月31日"),
    ("annex-list", _CIVIL, "\n样例县财政局\n2026年1月22日", "S106", 71, 1, "warning",
     "落款机关“样例县财政局”与标题中的机关“样例县民政局”不一致（落款应为发布报告的机关）"),
    ("annex-list", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请15件", "N601", 8, 12, "error", "“一、总体情况”中正文“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("problems-paired", _FIVE, "无。", "S105", 65, 1, "warning",
     "“五、存在的主要问题及改进情况”内容为“无。”，只有1个汉字，没有具体说明存在的问题和改进措施（除小标题外应至少有15个汉字）"),
    ("problems-paired", "被申请行政复议2件", "被申请行政复议3件", "N601", 11, 12, "error", _REVIEW),
    ("problems-paired", "\n2026年1月19日", "\n2025年1月19日", "P701", 72, 1, "warning",
     "落款日期2025年1月19日早于统计期限结束（2025年12月31日），年份可能写错"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, severity, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, severity, message):
    text = voices.VOICES36[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.severity, d.message)
             for d in lint(_replace(text, [(old, new)])).diagnostics if d.severity != "note"]
    assert found == [(code, line, column, severity, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES36}
    assert all(n == 3 for n in counts.values()), counts


#: (agency, report year, closing date, signer) the facts read of each voice
FACTS = {
    "mixed-units": ("样例县发展和改革局", 2025, "2026-01-21", "样例县发展和改革局"),
    "four-results": ("样例县市场监督管理局", 2025, "2026-01-23", "样例县市场监督管理局"),
    "preface-year": ("样例县示例镇人民政府", 2025, "2026-01-15", "样例县示例镇人民政府"),
    "annex-list": ("样例县民政局", 2025, "2026-01-22", "样例县民政局"),
    "problems-paired": ("样例县交通运输局", 2025, "2026-01-19", "样例县交通运输局"),
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES36))
def test_the_voices_agency_year_date_and_signer_are_read(voice):
    f = extract_facts(parse(voices.VOICES36[voice](), "report.txt"))
    assert (f.agency, f.year, f.date and f.date.isoformat(), f.signer) == FACTS[voice]
    assert not f.signed_by_another
    assert f.named is None


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES36.items()}
    assert "本年制发行政规范性文件3个，废止1项，现行有效12件；作出行政许可决定120项，行政处罚35起，行政强制2次" in t["mixed-units"]
    assert "行政复议结果维持1件、纠正0件、其他结果0件、尚未审结1件" in t["four-results"]
    assert "现将示例镇人民政府2025年度政府信息公开工作情况报告如下。本报告所列数据统计期限为2025年度。" in t["preface-year"]
    assert t["annex-list"].endswith(_CIVIL + "\n\n附件：1.2025年度政府信息公开申请办理情况明细\n2.2025年度主动公开政府信息目录\n")
    assert _FIVE in t["problems-paired"]


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
def test_a_preface_naming_another_years_report_is_found_in_every_form(form):
    """The preface-year voice (its preface 现将示例镇人民政府2025年度政府信息公开工作情况报告如下, a report on 2025) naming
    2024 instead: P701 at that year, in every text form; a hard wrap (wrap-24, wrap-40) cutting the sentence over
    lines reads it whole."""
    text = _replace(voices.VOICES36["preface-year"](), [(_NAMED, "现将示例镇人民政府2024年度")])
    result = text_forms.lint_in_form(text, form)
    assert [(d.code, d.message) for d in result.diagnostics] == [
        ("P701", "前言称本报告为2024年度报告，与标题年份2025年不一致")]


_ANNEX = "2.2025年度主动公开政府信息目录"
_F402 = "第六部分称收取了信息处理费，但没有写明金额：“{}”"


@pytest.mark.parametrize("item, found", [
    ("2.信息处理费收取明细", []),  # the name of a list of the fees, not a statement that fees were charged
    ("2.信息处理费收取明细表", []),
    ("2.2025年度信息处理费收费清单", []),
    ("2.信息处理费收取台账", []),
    ("2.信息处理费收取情况表", []),
    ("2.本局本年度收取信息处理费", [("F402", _F402.format("2.本局本年度收取信息处理费"))]),  # a statement, no sum
])
def test_an_annex_list_naming_a_list_of_fees_is_no_statement(item, found):
    """The annex-list voice (its closing, then 附件：1.… 2.…, the files not printed) listing a file on the fees: its name
    (…明细, …清单, …台账) says nothing charged; a sentence saying fees were charged is still F402's."""
    text = _replace(voices.VOICES36["annex-list"](), [(_ANNEX, item)])
    assert [(d.code, d.message) for d in lint(text).diagnostics if d.severity != "note"] == found


@pytest.mark.parametrize("six, found", [
    ("信息处理费收取明细", [("F401", "“六、其他需要报告的事项”没有说明信息处理费的收取情况（只提到“信息处理费收取明细”，未说明本年度是否收取）；"
                         "未收取也应写明“本年度未收取信息处理费”")]),
    ("本局本年度收取信息处理费。", [("F402", _F402.format("本局本年度收取信息处理费"))]),
])
def test_a_list_named_in_six_is_no_statement_either(six, found):
    """The annex-list voice whose 六 holds only the name of a list of the fees: F401 (nothing said of this year's), not
    F402 (no fee said charged)."""
    text = _replace(voices.VOICES36["annex-list"](), [("本局本年度未收取信息处理费。", six)])
    assert [(d.code, d.message) for d in lint(text).diagnostics if d.severity != "note"] == found


_OWN_FEE = "本局本年度未收取信息处理费。"
_ANOTHER = "“六、其他需要报告的事项”中信息处理费的收取情况说的是2024年（“{}”），与标题年份2025年不一致；应说明本年度的收取情况"


@pytest.mark.parametrize("six, found", [
    # 六 copied with last year's report: the fee statement names 2024 in the report on 2025
    ("2024年，无收取信息处理费情况。", [("F401", 69, 1, _ANOTHER.format("2024年，无收取信息处理费情况"))]),
    ("本局2024年度未收取信息处理费。", [("F401", 69, 3, _ANOTHER.format("本局2024年度未收取信息处理费"))]),
    ("2024年，本局收取信息处理费200元。", [("F401", 69, 1, _ANOTHER.format("2024年，本局收取信息处理费200元"))]),
    # the report's own year, or none named: no finding
    ("2025年，无收取信息处理费情况。", []),
    (_OWN_FEE, []),
    # last year's beside this year's, a comparison, a stretch of years, a date: not a statement of another year
    ("2024年度本机关未收取信息处理费。本年度未收取信息处理费。", []),
    ("与2024年相比，本年度未收取信息处理费。", []),
    ("2024年以来未收取信息处理费。", []),
    ("2024年至2025年均未收取信息处理费。", []),
    ("截至2026年1月15日，本局未收取信息处理费。", []),
])
def test_a_fee_statement_of_another_year_is_no_statement_of_this_years(six, found):
    """The problems-paired voice (a report on 2025, 六 one sentence) whose 六 states the fee of 2024 only, as a 六
    copied from last year's report does: F401 at that year; the year the report is on, none named, or last year's named
    beside this year's, in a comparison, a stretch of years or a date: no finding."""
    text = _replace(voices.VOICES36["problems-paired"](), [(_OWN_FEE, six)])
    assert [(d.code, d.span.line, d.span.column, d.message) for d in lint(text).diagnostics
            if d.severity != "note"] == found
