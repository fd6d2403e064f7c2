"""The voices33 reports (tests/harness/voices.py, VOICES33): a 街道办事处 whose 一 goes three levels deep
(一、…（一）…1.…) with its figures in Chinese numerals, a 县公安局 with 39 applications and every applicant
column of 表三 filled, a 机关事务服务中心 with 表四 all 0 said "未发生" in 四's prose, an 工业和信息化局 giving
changes and shares in per cent with the fee as "信息处理费：0元", an 人民防空办公室's report copied off its web
page (breadcrumb, heading, 发布时间 line) with a long preface naming the six parts, and a 社区卫生服务中心 (a
medical institution) dated 26 February, copied off a 政府信息公开目录 page with its metadata table.
Each clean one gives no finding, as written and as every text copy degrades it; each seeded defect gives
exactly its finding. What this round found: a medical institution named with a department's ending
(…社区卫生服务中心) judged by a department's deadline (P702 against 31 January); a breadcrumb's last column run
into the title by a one-line copy read as part of the title (S104 缺少机关名称); a metadata table's 标题 line
wrapped by a narrow copy stepped over as metadata, the title's second line taken alone (S104); a one-line
copy whose metadata runs past 120 characters before its 标题 said to have no title (S104); the label spaced
out (标　　题：, 名　　称：) or a cell of its own with no colon not known as the title's label (S104;
tests/rules/voices33.toml)."""
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
    for voice in sorted(voices.VOICES33):
        for form in ["as-written"] + sorted(text_forms.FORMS):
            yield pytest.param(voice, form, id=f"{voice}-{form}")


@pytest.mark.parametrize("voice, form", list(_forms()))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES33[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_P702 = "落款日期{}晚于发布期限{}"
_F401 = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（{}）；未收取也应写明“本年度未收取信息处理费”"
_PERIOD = "本报告所列数据的统计期限自{0}年1月1日起至{0}年12月31日止。"
_NEW = ("“{0}”中正文“{1}”（政府信息公开申请 {2}）与表三不一致：按其可能的含义核对均不相符："
        "表三“一、本年新收政府信息公开申请数量”总计 = {3}；表三“一、本年新收”总计 + “二、上年结转”总计 = {4}；"
        "表三“（七）总计”行总计 = {5}")
_ONE = "一、总体情况"
_THREE = "三、收到和处理政府信息公开申请情况"

#: (voice, the words changed, what they become, code, line, column, severity, message)
DEFECTS = [
    ("street-levels", "新收政府信息公开申请十三件", "新收政府信息公开申请十五件", "N601", 11, 10, "error",
     "“一、总体情况”中正文“新收政府信息公开申请十五件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("street-levels", "被申请行政复议两件", "被申请行政复议三件", "N601", 20, 11, "error",
     "“一、总体情况”中正文“行政复议三件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("street-levels", "示例街道办事处\n2026年1月19日", "示例街道办事处\n2026年2月19日", "P702", 82, 1, "warning",
     _P702.format("2026年2月19日", "2026年1月31日")),
    ("police-full", "本年度新收政府信息公开申请35件", "本年度新收政府信息公开申请38件", "N601", 30, 4, "error",
     "“三、收到和处理政府信息公开申请情况”中正文“新收政府信息公开申请38件”（本年新收政府信息公开申请 38）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 35"),
    ("police-full", "不予公开8件", "不予公开9件", "N601", 30, 87, "error",
     "“三、收到和处理政府信息公开申请情况”中正文“不予公开9件”（不予公开 9）与表三不一致：表三“（三）不予公开”各项总计之和（8项） = 8"),
    ("police-full", "被提起行政诉讼2件", "被提起行政诉讼3件", "N601", 11, 20, "error",
     "“一、总体情况”中正文“提起行政诉讼3件”（行政诉讼 3）与表四不一致：表四“未经复议直接起诉·总计” + “复议后起诉·总计” = 2"),
    ("four-none", "本年度未发生因政府信息公开引起的行政复议、行政诉讼。", "被申请行政复议1件。", "N601", 11, 12, "error",
     "“一、总体情况”中正文“行政复议1件”（行政复议 1）与表四不一致：表四“行政复议·总计” = 0"),
    ("four-none", "本中心本年度未收取信息处理费。", "本中心本年度收取信息处理费。", "F402", 70, 1, "warning",
     "第六部分称收取了信息处理费，但没有写明金额：“本中心本年度收取信息处理费”"),
    ("four-none", "样例县机关事务服务中心\n2026年1月20日", "样例县机关事务服务中心\n2026年2月20日", "P702", 73, 1, "warning",
     _P702.format("2026年2月20日", "2026年1月31日")),
    ("shares", "其中自然人申请10件", "其中自然人申请12件", "N601", 8, 38, "error",
     "“一、总体情况”中正文“自然人申请12件”（自然人的政府信息公开申请 12）与表三不一致：按其可能的含义核对均不相符："
     "表三“一、本年新收”自然人 = 10；表三“一、本年新收”+“二、上年结转”自然人 = 11"),
    ("shares", "予以公开5件", "予以公开8件", "N601", 8, 54, "error",
     "“一、总体情况”中正文“予以公开8件”（予以公开 8）与表三不一致：按其可能的含义核对均不相符："
     "表三“（一）予以公开”总计 = 5；表三“（一）予以公开”总计 + “（二）部分公开”总计 = 6"),
    ("shares", "信息处理费：0元。", "信息处理费：。", "F401", 68, 1, "error",
     _F401.format("只提到“信息处理费：”，未说明本年度是否收取")),
    ("web-preface", _PERIOD.format(2024), _PERIOD.format(2023), "P701", 6, 1, "error", "统计期限为2023年，与标题年份2024年不一致"),
    ("web-preface", "样例县人民防空办公室\n2025年1月23日", "样例县人民防空办公室\n2025年3月23日", "P702", 75, 1, "warning",
     _P702.format("2025年3月23日", "2025年1月31日")),
    ("web-preface", "本办本年度未收取信息处理费。", "无。", "F401", 71, 1, "error", _F401.format("该部分内容为“无。”")),
    ("health-centre", "样例市示例区示例街道社区卫生服务中心\n2025年2月26日", "样例市示例区示例街道社区卫生服务中心\n2025年4月8日",
     "P702", 77, 1, "warning", _P702.format("2025年4月8日", "2025年3月31日")),
    ("health-centre", _PERIOD.format(2024), _PERIOD.format(2023), "P701", 8, 1, "error", "统计期限为2023年，与标题年份2024年不一致"),
    ("health-centre", "全年新收信息公开申请13件", "全年新收信息公开申请16件", "N601", 13, 12, "error",
     "“一、总体情况”中正文“新收信息公开申请16件”（本年新收政府信息公开申请 16）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, severity, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, severity, message):
    text = voices.VOICES33[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.severity, d.message)
             for d in lint(_replace(text, [(old, new)])).diagnostics if d.severity != "note"]
    assert found == [(code, line, column, severity, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES33}
    assert all(n == 3 for n in counts.values()), counts


#: (agency, report year, closing date) the facts read of each voice
FACTS = {
    "street-levels": ("样例市示例区示例街道办事处", 2025, "2026-01-19"),
    "police-full": ("样例县公安局", 2024, "2025-01-22"),
    "four-none": ("样例县机关事务服务中心", 2025, "2026-01-20"),
    "shares": ("样例县工业和信息化局", 2024, "2025-01-21"),
    "web-preface": ("样例县人民防空办公室", 2024, "2025-01-23"),
    "health-centre": ("样例市示例区示例街道社区卫生服务中心", 2024, "2025-02-26"),
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES33))
def test_the_voices_agency_year_and_date_are_read(voice):
    f = extract_facts(parse(voices.VOICES33[voice](), "report.txt"))
    assert (f.agency, f.year, f.date and f.date.isoformat()) == FACTS[voice]


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
def test_a_copied_pages_title_is_read_whole(form):
    """The web-preface voice's title (under a breadcrumb ending 政府信息公开年报 and the page's heading) and the
    health-centre voice's (a metadata table's 标题 line above it): read whole, agency and year, in every
    copy whose lines keep the title apart from the preamble."""
    for voice, agency in (("web-preface", "样例县人民防空办公室"), ("health-centre", "样例市示例区示例街道社区卫生服务中心")):
        text = voices.VOICES33[voice]()
        if form != "as-written":
            text = text_forms.FORMS[form][1](text)
        f = extract_facts(parse(text, "report.txt"))
        if f.title:
            assert (f.agency, f.title_year) == (agency, 2024), (voice, f.title)


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES33.items()}
    assert all(s in t["street-levels"] for s in ("（一）主动公开\n1.公开数量。", "十三件", "两件", "\n2.责任追究。"))
    assert "一、本年新收政府信息公开申请数量\t20\t5\t2\t3\t4\t1\t35" in t["police-full"]
    assert "本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。\n" in t["four-none"] \
        and "\n" + "\t".join("0" * 15) + "\n" in t["four-none"]
    assert all(s in t["shares"] for s in ("同比增长12.5%", "占76.9%", "占比38.5%", "\n信息处理费：0元。\n"))
    assert t["web-preface"].startswith("当前位置：首页 > 政府信息公开 > 政府信息公开年报\n") and "全文包括总体情况" in t["web-preface"]
    assert t["health-centre"].startswith("索引号：") and "\n标题：样例市示例区示例街道社区卫生服务中心2024年" in t["health-centre"]
