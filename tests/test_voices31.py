"""The voices31 reports (tests/harness/voices.py, VOICES31): report years and table shapes of round 31 —
a 水务局's 2020 report on the 2019 trial format restating its own table's labels (处理决定数量, 新制作,
对外公开总数量, 政府集中采购), a 医疗保障局's 2021 report (the first year of the 2021 format), a
文化广电和旅游局 with a 表五 of its own (政务新媒体, 政务服务) after 表四, a 科学技术局 (2025) with its
tables as 附表1…附表3 in an 附件 after 六 and before the closing, a 县人民政府 for the whole county (一 in
six parts with 条/期/场/人次/万人次 and 全县共…, 三 restating its table with 分别为, the fee as a row of a
small table in 六), a 粮食和物资储备局 (2025) listing its figures with 分别为 and 依次为.
Each clean one gives no finding, as written and as every text copy degrades it; each seeded defect gives exactly its finding. What this round found (all misses):
a list of figures said in order with 依次为 instead of 分别为 was not read, nor a list of applicants
naming one of the organisations 表三 checks no claim of alone (自然人、商业企业、社会公益组织的分别为…: no
figure of it was read), nor a list of 表二's decisions (行政处罚、行政强制处理决定数量分别为…)."""
import sys
from pathlib import Path

import pytest

from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms, voices  # noqa: E402
from harness.sources import _replace  # noqa: E402

#: (voice, form) a layout case not of this round's rules leaves unclean (none left: the tables annexed
#: after 六's fee statement and before the closing, flattened onto one line, were not cut into tables,
#: C200 ×3, until layout.lines read an annex's heading after a sentence's end as one)
_KNOWN: set = set()


def _forms():
    for voice in sorted(voices.VOICES31):
        for form in ["as-written"] + sorted(text_forms.FORMS):
            marks = [pytest.mark.xfail(strict=True, reason="layout: an annex before the closing in one line")] \
                if (voice, form) in _KNOWN else []
            yield pytest.param(voice, form, marks=marks, id=f"{voice}-{form}")


@pytest.mark.parametrize("voice, form", list(_forms()))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES31[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_P702 = "落款日期{}晚于发布期限{}"
_F401_NONE = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“无。”）；未收取也应写明“本年度未收取信息处理费”"
_N601_NEW = ("“一、总体情况”中正文“新收政府信息公开申请{}”（政府信息公开申请 {}）与表三不一致：按其可能的含义核对均不相符："
             "表三“一、本年新收政府信息公开申请数量”总计 = {}；表三“一、本年新收”总计 + “二、上年结转”总计 = {}；"
             "表三“（七）总计”行总计 = {}")
_T3_NEW = "一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t"

#: (voice, the words changed, what they become, code, line, column, severity, message)
DEFECTS = [
    ("trial-labels", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请15件", "N601", 8, 12, "error",
     "“一、总体情况”中正文“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("trial-labels", "处理决定数量分别为41件、1件", "处理决定数量分别为40件、1件", "N601", 14, 81, "error",
     "“二、主动公开政府信息情况”中正文“40件”（行政处罚决定 40）与表二不一致：表二“行政处罚”行“本年处理决定数量” = 41"),
    ("trial-labels", "样例县水务局\n2021年1月25日", "样例县水务局\n2021年2月25日", "P702", 75, 1, "warning",
     _P702.format("2021年2月25日", "2021年1月31日")),
    ("first-new-format", "2022年1月24日", "2022年2月24日", "P702", 72, 1, "warning",
     _P702.format("2022年2月24日", "2022年1月31日")),
    ("first-new-format", "行政规范性文件\t3\t1\t12", "规范性文件\t3\t1\t12", "V501", 17, 1, "warning",
     "表二行名“规范性文件”是旧格式或非官方写法，2021年格式为“行政规范性文件”"),
    ("first-new-format", "已办结13件", "已办结15件", "N601", 8, 34, "error",
     "“一、总体情况”中正文“办结15件”（办结 15）与表三不一致：按其可能的含义核对均不相符：表三“（七）总计”行总计 = 13；"
     "表三“一、本年新收”总计 − “四、结转下年度继续办理”总计 = 12"),
    ("table-five", "被申请行政复议2件", "被申请行政复议3件", "N601", 11, 12, "error",
     "“一、总体情况”中正文“行政复议3件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("table-five", "本局本年度未收取信息处理费。", "无。", "F401", 75, 1, "error", _F401_NONE),
    ("annex-after-six", "本局本年度未收取信息处理费。", "无。", "F401", 25, 1, "error", _F401_NONE),
    ("annex-after-six", "2026年1月22日", "2026年2月22日", "P702", 80, 1, "warning",
     _P702.format("2026年2月22日", "2026年1月31日")),
    ("county-whole", "分别为5件、1件、1件", "分别为5件、1件、3件", "N601", 31, 59, "error",
     "“三、收到和处理政府信息公开申请情况”中正文“3件”（不予公开 3）与表三不一致：表三“（三）不予公开”各项总计之和（8项） = 1"),
    ("county-whole", "信息处理费收取情况：\n项目\t金额\n信息处理费\t0元", "无。", "F401", 70, 1, "error", _F401_NONE),
    ("results-listed", "分别为10件、2件、1件", "分别为10件、3件、1件", "N601", 8, 53, "error",
     "“一、总体情况”中正文“3件”（商业企业的政府信息公开申请 3）与表三不一致：按其可能的含义核对均不相符："
     "表三“一、本年新收”商业企业 = 2；表三“一、本年新收”+“二、上年结转”商业企业 = 2"),
    ("results-listed", "依次为5件、1件、1件、4件、2件", "依次为5件、1件、2件、4件、2件", "N601", 8, 100, "error",
     "“一、总体情况”中正文“2件”（不予公开 2）与表三不一致：表三“（三）不予公开”各项总计之和（8项） = 1"),
    ("results-listed", "分别为2件、1件", "分别为2件、2件", "N601", 11, 30, "error",
     "“一、总体情况”中正文“2件”（行政诉讼 2）与表四不一致：表四“未经复议直接起诉·总计” + “复议后起诉·总计” = 1"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, severity, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, severity, message):
    text = voices.VOICES31[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.severity, d.message)
             for d in lint(_replace(text, [(old, new)])).diagnostics if d.severity != "note"]
    assert found == [(code, line, column, severity, message)]


def test_a_wrong_figure_in_a_table_annexed_after_six_is_found():
    """附表2 (表三) in the 附件 between 六 and the closing: its wrong total is found there, as in 表三 in place."""
    text = voices.annex_after_six().replace(_T3_NEW + "13", _T3_NEW + "14")
    assert [(d.code, d.span.line) for d in lint(text).diagnostics if d.severity != "note"] == [("A301", 48), ("A303", 48)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES31}
    assert all(2 <= n <= 3 for n in counts.values()), counts


#: (agency, report year, closing date) the facts read of each voice
FACTS = {
    "trial-labels": ("样例县水务局", 2020, "2021-01-25"),
    "first-new-format": ("样例县医疗保障局", 2021, "2022-01-24"),
    "table-five": ("样例市文化广电和旅游局", 2024, "2025-01-21"),
    "annex-after-six": ("样例县科学技术局", 2025, "2026-01-22"),
    "county-whole": ("样例县人民政府", 2024, "2025-01-24"),
    "results-listed": ("样例县粮食和物资储备局", 2025, "2026-01-23"),
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES31))
def test_the_voices_agency_year_and_date_are_read(voice):
    f = extract_facts(parse(voices.VOICES31[voice](), "report.txt"))
    assert (f.agency, f.year, f.date and f.date.isoformat()) == FACTS[voice]


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES31.items()}
    assert all(s in t["trial-labels"] for s in ("对外公开总数量15件", "处理决定数量98件", "政府集中采购\t4\t56.3",
                                                "（六）其他处理\t0"))
    assert "2021年度本局未收取信息处理费" in t["first-new-format"] and "2.3万人次" in t["first-new-format"]
    assert "0\t0\t0\n\n表五 政务新媒体及政务服务情况\n项目\t数量\t单位\n" in t["table-five"]
    assert all(s in t["annex-after-six"] for s in ("未收取信息处理费。\n\n附件\n附表1 主动公开政府信息情况\n第二十条",
                                                   "附表3 政府信息公开行政复议、行政诉讼情况\n", "\n\n样例县科学技术局\n2026年1月22日"))
    assert all(s in t["county-whole"] for s in ("（六）政务公开专区。", "480期", "12场", "360人次", "85万人次",
                                                "不予公开分别为5件、1件、1件", "\n信息处理费\t0元\n"))
    assert all(s in t["results-listed"] for s in ("社会公益组织的分别为10件、2件、1件", "依次为5件", "六、其他需要报告的事项\n信息处理费\t0元\n"))


# -- the cause: a list of figures in order, read item by item ------------------------------------------

_TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
_ASKED = "（二）依申请公开。本年度共收到政府信息公开申请13件，均在法定期限内答复。"


def _said(sentence):
    text = _replace(_TABS, [(_ASKED, "（二）依申请公开。" + sentence)])
    return [(d.code, d.message) for d in lint(text, ["N6"]).diagnostics]


def _n601(words, claim, table):
    return [("N601", f"“一、总体情况”中正文“{words}”（{claim}）与{table}")]


_BUSINESS = "表三不一致：按其可能的含义核对均不相符：表三“一、本年新收”商业企业 = 2；表三“一、本年新收”+“二、上年结转”商业企业 = 2"


@pytest.mark.parametrize("sentence, found", [
    ("收到申请13件，申请人为自然人、商业企业、社会公益组织的分别为10件、3件、1件。",
     _n601("3件", "商业企业的政府信息公开申请 3", _BUSINESS)),
    ("收到申请13件，申请人为自然人、商业企业、社会公益组织的分别为10件、2件、1件。", []),
    ("收到申请13件，其中社会公益组织、科研机构分别为5件、4件。", []),
    ("收到申请13件，予以公开、部分公开、不予公开依次为5件、1件、2件。",
     _n601("2件", "不予公开 2", "表三不一致：表三“（三）不予公开”各项总计之和（8项） = 1")),
    ("收到申请13件，予以公开、部分公开、不予公开依次为5件、1件、1件。", []),
    ("本年度作出行政许可、行政处罚、行政强制决定分别为120件、35件、3件。",
     _n601("3件", "行政强制决定 3", "表二不一致：表二“行政强制”行“本年处理决定数量” = 2")),
    ("本年度行政处罚、行政强制处理决定数量依次为36件、2件。",
     _n601("36件", "行政处罚决定 36", "表二不一致：表二“行政处罚”行“本年处理决定数量” = 35")),
    ("本年度作出行政许可、行政处罚、行政强制决定分别为120件、35件、2件。", []),
    ("公开行政许可、行政处罚信息分别为130件、40件。", []),
    ("通过信用网站公示行政许可决定、行政处罚决定分别为130件、40件。", []),
    ("行政许可、行政处罚决定较上年分别增加12件、5件。", []),
], ids=["applicants with another organisation, wrong", "applicants with another organisation, right",
        "only the other organisations", "results with 依次为, wrong", "results with 依次为, right",
        "decisions with 分别为, wrong", "decisions with 依次为, wrong", "decisions, right",
        "items published, not decisions", "decisions published, not made", "a change from last year"])
def test_a_list_said_in_order_is_read_item_by_item(sentence, found):
    """A list of words then their counts in the same order, said with 分别为 or 依次为: each count is
    its word's figure, checked against the tables — a 科研机构, 社会公益组织 or 法律服务机构 among the
    applicants keeps its place (its count unchecked, as said alone); 表二's 行政许可/行政处罚/行政强制 when
    the list says they are decisions made (not items or decisions published, as "公示行政处罚决定40件" alone
    is not read; not a change from last year)."""
    assert _said(sentence) == found
