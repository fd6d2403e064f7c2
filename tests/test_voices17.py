"""The voices17 reports (tests/harness/voices.py, VOICES17): what the prose rules must read as staff
write it — figures in Chinese numerals beside a 较上年 change, a share, 人次 and the channels' counts;
the count of cases before its noun (全年发生两起行政复议案件); a figure's parts in brackets (办理…14件（其中
上年结转1件）) and the states of cases with their counts (行政复议2件（维持1件，尚未审结1件）); last
year's figure and a 累计 over years beside the year's; applications left out of 表三 (未纳入统计)
before the count 表三 holds; the fee as 依法免收, 均未收取费用 in 四, a row of a small table in 六
(收费项目 | 收费金额: no head of 表二's), 按件计收 with its sum, said twice and each time negated (未收取任何费用，不存在收费情况); the period as
2024年1月1日至12月31日, 2024年度, 本年度; the date in Chinese numerals, under the title, with its weekday,
or only as a web page's 发布时间 line; a 五 short but real, or a list of items. Each clean one gives no
finding, as written and as every text copy degrades it; each seeded defect gives exactly its finding."""
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
@pytest.mark.parametrize("voice", sorted(voices.VOICES17))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES17[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_N601_APPLICATIONS = ("“一、总体情况”中正文“{}”（政府信息公开申请 {}）与表三不一致：按其可能的含义核对均不相符：表三“一、本年新收政府信息公开申请数量”"
                      "总计 = 13；表三“一、本年新收”总计 + “二、上年结转”总计 = 14；表三“（七）总计”行总计 = 13")

#: (voice, the words changed, what they become, code, line, column, message)
DEFECTS = [
    ("town-numerals", "全年共受理政府信息公开申请十三件", "全年共受理政府信息公开申请十二件", "N601", 8, 13,
     _N601_APPLICATIONS.format("受理政府信息公开申请十二件", 12)),
    ("town-numerals", "全年发生两起行政复议案件", "全年发生三起行政复议案件", "N601", 11, 13,
     "“一、总体情况”中正文“三起行政复议案件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("town-numerals", "二〇二五年一月十日", "二〇二五年二月十日", "P702", 72, 1,
     "落款日期2025年2月10日晚于发布期限2025年1月31日"),
    ("education-bracketed", "办理依申请公开事项14件（其中上年结转1件）", "办理依申请公开事项15件（其中上年结转1件）", "N601", 9, 12,
     _N601_APPLICATIONS.format("办理依申请公开事项15件", 15)),
    ("education-bracketed", "被申请行政复议2件（维持1件，尚未审结1件）", "被申请行政复议3件（维持1件，尚未审结2件）", "N601", 12, 14,
     "“一、总体情况”中正文“行政复议3件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("education-bracketed", "（2025年1月15日）", "（2025年2月15日）", "P702", 2, 1,
     "标题下的日期2025年2月15日晚于发布期限2025年1月31日"),
    ("market-web-copy", "发布时间：2025-01-22 09:30", "发布时间：2025-02-22 09:30", "P702", 1, 1,
     "网页发布时间2025年2月22日晚于发布期限2025年1月31日（报告没有落款日期）"),
    ("market-web-copy", "信息处理费收取情况：\n收费项目\t收费金额\n信息处理费\t0元", "无。", "F401", 69, 1,
     "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“无。”）；未收取也应写明“本年度未收取信息处理费”"),
    ("market-web-copy", "统计期限为本年度", "统计期限为2023年度", "P701", 4, 1,
     "统计期限为2023年，与标题年份2024年不一致"),
    ("land-reckoned", "金额100元，", "", "F402", 69, 1,
     "第六部分称收取了信息处理费，但没有写明金额：“本年度按件计收信息处理费1件，已全额上缴国库”"),
    ("land-reckoned", "受理政府信息公开申请13件", "受理政府信息公开申请12件", "N601", 8, 42,
     _N601_APPLICATIONS.format("受理政府信息公开申请12件", 12)),
    ("land-reckoned", "结转下年度继续办理1件", "结转下年度继续办理2件", "N601", 8, 103,
     "“一、总体情况”中正文“结转下年度继续办理2件”（结转下年度 2）与表三不一致：表三“四、结转下年度继续办理”总计 = 1"),
    ("street-negations", "全年新收申请13件", "全年新收申请12件", "N601", 8, 12,
     "“一、总体情况”中正文“新收申请12件”（本年新收政府信息公开申请 12）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("street-negations", "问题：社区公开栏信息更新不及时，居民查阅不便。\n措施：各社区每周更新公开栏，街道每月通报。", "问题：无。\n措施：无。", "S105", 65, 1,
     "“五、存在的主要问题及改进情况”内容为“问题：无。 措施：无。”，只有6个汉字，没有具体说明存在的问题和改进措施（除小标题外应至少有15个汉字）"),
    ("street-negations", "本街道本年度在政府信息公开工作中未收取任何费用，不存在收费情况。", "本街道本年度无其他需要报告的事项。", "F401", 69, 1,
     "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“本街道本年度无其他需要报告的事项。”）；未收取也应写明“本年度未收取信息处理费”"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, message):
    text = voices.VOICES17[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.message) for d in lint(_replace(text, [(old, new)])).diagnostics]
    assert found == [(code, line, column, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES17}
    assert all(n == 3 for n in counts.values()), counts


#: what the facts read of each voice: (period, date, where the date is said, published)
FACTS = {"town-numerals": ((2024, 2024), "2025-01-10", "", None),
         "education-bracketed": ((2024, 2024), "2025-01-15", "title", None),
         "market-web-copy": (None, None, "", "2025-01-22"),
         "land-reckoned": ((2024, 2024), "2025-01-20", "", None),
         "street-negations": ((2024, 2024), "2025-01-20", "", None)}


@pytest.mark.parametrize("voice", sorted(voices.VOICES17))
def test_the_voices_period_and_date_are_read(voice):
    f = extract_facts(parse(voices.VOICES17[voice](), "report.txt"))
    period, when, said, published = FACTS[voice]
    assert (f.period, f.date and f.date.isoformat(), f.date_said, f.published and f.published.isoformat()) == \
        (period, when, said, published)


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES17.items()}
    assert all(s in t["town-numerals"] for s in ("十三件，较上年增加五件", "一百二十人次", "发生两起行政复议案件", "依法免收",
                                                 "二〇二五年一月十日"))
    assert all(s in t["education-bracketed"] for s in ("14件（其中上年结转1件）", "2件（维持1件，尚未审结1件）",
                                                       "均未收取费用", "统计期限为2024年度", "\n（2025年1月15日）\n"))
    assert "发布时间：2025-01-22" in t["market-web-copy"] and "收费项目\t收费金额\n信息处理费\t0元" in t["market-web-copy"]
    assert "未纳入统计，受理政府信息公开申请13件" in t["land-reckoned"] and "按件计收信息处理费1件，金额100元" in t["land-reckoned"]
    assert "未收取任何费用，不存在收费情况" in t["street-negations"]


# -- last year's report beside education-bracketed: X803 -------------------------------------
# The agency's name and duties open 一 the same way every year, and one problem of 五's list is
# still open; the rest is the year's own: no copy. The list copied with only its years changed is.

_DUTIES = ("县教育局是县人民政府工作部门，负责全县学前教育、义务教育、普通高中教育和职业教育的统筹管理。"
           "局办公室是本局政府信息公开工作机构。\n")
_LAST_ONE = (_DUTIES
             + "（一）主动公开。全年发布教育信息268条，重点公开“双减”政策落实和校外培训机构监管信息。"
               "全年制发行政规范性文件2件。\n"
               "（二）依申请公开。全年收到申请9件，均按期答复，上年结转2件已全部办结。\n"
               "（三）政府信息管理。开展教育系统政务信息资源目录梳理。\n"
               "（四）平台建设。完成教育专栏迁移至县政府集约化平台。\n"
               "（五）监督保障。全年被申请行政复议1件，维持原答复。")
_LAST_FIVE = ("（一）存在的问题\n1.学校公开栏内容更新不及时；\n2.校外培训机构监管信息公开不够集中；\n"
              "3.教育收费公示栏设置不规范。\n"
              "（二）改进措施\n1.每学期开学前检查学校公开栏；\n2.设立校外培训监管信息专栏；\n3.统一全县学校收费公示样式。")


def _last_year(text: str) -> str:
    """``text`` a year earlier: every 2024 2023, every 2025 2024."""
    return text.replace("2025", "\0").replace("2024", "2023").replace("\0", "2024")


def _pair(last: str):
    from govlint.config import from_dict
    from govlint.testing import Settings, default_registry, lint_pair
    settings = Settings.make(from_dict({"select": ["X803"]}), default_registry())
    return [(d.span.line, d.span.column, d.message)
            for d in lint_pair(voices.education_bracketed(), last, settings).diagnostics]


def _sections(text: str):
    one = text.split("一、总体情况\n", 1)[1].split("\n\n二、", 1)[0]
    five = text.split("五、存在的主要问题及改进情况\n", 1)[1].split("\n\n六、", 1)[0]
    return one, five


def test_the_duties_every_year_and_one_open_problem_are_not_a_copied_section():
    last = _last_year(voices.education_bracketed())
    one, five = _sections(last)
    assert one.startswith(_DUTIES)
    assert _pair(_replace(last, [(one, _LAST_ONE), (five, _LAST_FIVE)])) == []


def test_a_list_of_items_copied_with_its_years_changed_is_copied():
    last = _last_year(voices.education_bracketed())
    one, _ = _sections(last)
    assert _pair(_replace(last, [(one, _LAST_ONE)])) == [
        (67, 1, "“五、存在的主要问题及改进情况”与上年报告 previous.txt 的同一部分相似度为100%；最长的相同段落共100字，"
                "在本报告第67行第1列、上年报告第67行第1列")]
