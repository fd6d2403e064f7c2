"""The voices18 reports (tests/harness/voices.py, VOICES18): the sections, the title and the
tables' neighbourhood as staff write them — sections numbered （一）…（六） with their parts numbered
1. to 5. and 六 titled 其他需要报告的事项说明; headings run into their first sentence (一、总体情况。…,
四、…情况：…, 六、…事项：…) and 二 titled with 的; the title over two lines, or under the notice that
issues the report (关于印发…的通知) and a preamble of its own; 单位：件 over a table, 注：… and 数据来源
lines under one, captions worded otherwise ((一)主动公开情况统计表), the three tables printed in an
附件 after the signature; each section's prose restating its table (制发…废止…现行有效, 行政许可决定,
行政复议2件 after 表四, 全年共办理14件（含上年结转1件）) or saying it is empty (本年度未收到政府信息公开
申请, 本年度无行政复议诉讼) beside an all-zero one. Each clean one gives no finding, as written and as
every text copy degrades it; each seeded defect gives exactly its finding."""
import sys
from pathlib import Path

import pytest

from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms, voices  # noqa: E402
from harness.sources import _replace  # noqa: E402

#: (voice, form) whose copy loses what the voice says, for a cause outside the rules
@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
@pytest.mark.parametrize("voice", sorted(voices.VOICES18))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES18[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


def test_tables_annexed_after_the_closing_are_read_in_a_one_line_copy():
    """The annex after the signature and date, run onto the report's one line: it was cut into no
    tables (a table's rows were cut inside sections 二–四 only, by their number), each table
    unreadable (C200 ×3). A wrong figure in an annexed table is found as in the report as typed."""
    wrong = ("一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t13", "一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t14")
    typed = voices.annexed_tables().replace(*wrong)
    assert typed != voices.annexed_tables()
    expected = [(d.code, d.message) for d in lint(typed).diagnostics]
    assert [code for code, _ in expected] == ["A301", "A303"]
    text = text_forms.FORMS["one-line"][1](typed)
    assert [(d.code, d.message) for d in lint(text).diagnostics] == expected


_N601_APPLICATIONS = ("“{}”中正文“{}”（政府信息公开申请 {}）与表三不一致：按其可能的含义核对均不相符：表三“一、本年新收政府信息公开申请数量”"
                      "总计 = {}；表三“一、本年新收”总计 + “二、上年结转”总计 = {}；表三“（七）总计”行总计 = {}")
_F401 = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“无。”）；未收取也应写明“本年度未收取信息处理费”"
_MERGED = ("标题“{}存在的主要问题、改进情况及其他需要报告的事项”把第五、六部分合在一起；官方格式中“六、其他需要报告的事项”是单独的部分，"
           "应为“五、存在的主要问题及改进情况”")

#: (voice, the words changed, what they become, code, line, column, message)
DEFECTS = [
    ("bracket-numbered", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请12件", "N601", 9, 11,
     "“一、总体情况”中正文“新收政府信息公开申请12件”（本年新收政府信息公开申请 12）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("bracket-numbered", "（五）存在的主要问题及改进情况\n村务公开栏与镇政府网站发布不同步。下一步由镇党政办每月核对两处发布内容。\n\n"
     "（六）其他需要报告的事项说明\n", "（五）存在的主要问题、改进情况及其他需要报告的事项\n村务公开栏与镇政府网站发布不同步。"
     "下一步由镇党政办每月核对两处发布内容。\n", "S103", 68, 1, _MERGED.format("（五）")),
    ("bracket-numbered", "2025年1月20日", "2025年2月20日", "P702", 75, 1, "落款日期2025年2月20日晚于发布期限2025年1月31日"),
    ("annexed-tables", "行政处罚决定35件", "行政处罚决定36件", "N601", 14, 42,
     "“二、主动公开政府信息情况”中正文“行政处罚决定36件”（行政处罚决定 36）与表二不一致：表二“行政处罚”行“本年处理决定数量” = 35"),
    ("annexed-tables", "\n表3 政府信息公开行政复议、行政诉讼情况统计表\n" + voices._T4_TOP, "\n", "C201", 19, 1,
     "缺少表四（政府信息公开行政复议、行政诉讼情况）"),
    ("annexed-tables", "2025年1月17日", "2025年2月17日", "P702", 32, 1, "落款日期2025年2月17日晚于发布期限2025年1月31日"),
    ("run-in", "本年度行政复议2件", "本年度行政复议3件", "N601", 60, 4,
     "“四、政府信息公开行政复议、行政诉讼情况”中正文“行政复议3件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("run-in", "作出行政许可决定120件", "作出行政许可决定121件", "N601", 13, 31,
     "“二、主动公开政府信息情况”中正文“行政许可决定121件”（行政许可决定 121）与表二不一致：表二“行政许可”行“本年处理决定数量” = 120"),
    ("run-in", "本局本年度未收取信息处理费。", "无。", "F401", 70, 1, _F401),
    ("said-empty", "本年度无行政复议诉讼。", "本年度发生行政复议1件。", "N601", 63, 4,
     "“四、政府信息公开行政复议、行政诉讼情况”中正文“发生行政复议1件”（行政复议 1）与表四不一致：表四“行政复议·总计” = 0"),
    ("said-empty", "本年度未收到政府信息公开申请，无上年结转申请。", "本年度收到政府信息公开申请2件，无上年结转申请。", "N601", 60, 4,
     _N601_APPLICATIONS.format("三、收到和处理政府信息公开申请情况", "收到政府信息公开申请2件", 2, 0, 0, 0)),
    ("said-empty", "2025年1月20日", "2025年3月1日", "P702", 76, 1, "落款日期2025年3月1日晚于发布期限2025年1月31日"),
    ("notice-issued", "全年共办理14件", "全年共办理15件", "N601", 35, 4,
     _N601_APPLICATIONS.format("三、收到和处理政府信息公开申请情况", "办理15件", 15, 13, 14, 13)),
    ("notice-issued", "（含上年结转1件）", "（含上年结转2件）", "N601", 35, 11,
     "“三、收到和处理政府信息公开申请情况”中正文“上年结转2件”（上年结转 2）与表三不一致：表三“二、上年结转政府信息公开申请数量”总计 = 1"),
    ("notice-issued", "2025年1月16日", "2025年2月16日", "P702", 81, 1, "落款日期2025年2月16日晚于发布期限2025年1月31日"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, message):
    text = voices.VOICES18[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.message) for d in lint(_replace(text, [(old, new)])).diagnostics]
    assert found == [(code, line, column, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES18}
    assert all(n == 3 for n in counts.values()), counts


#: what the facts read of each voice: (title, agency, period, closing date)
FACTS = {"bracket-numbered": ("样例县示例镇人民政府2024年政府信息公开工作年度报告", "样例县示例镇人民政府", (2024, 2024), "2025-01-20"),
         "annexed-tables": ("样例县司法局2024年政府信息公开工作年度报告", "样例县司法局", (2024, 2024), "2025-01-17"),
         "run-in": ("样例县医疗保障局2024年政府信息公开工作年度报告", "样例县医疗保障局", (2024, 2024), "2025-01-20"),
         "said-empty": ("样例市样例区示例街道办事处2024年度政府信息公开工作年度报告", "样例市样例区示例街道办事处", (2024, 2024),
                        "2025-01-20"),
         # (the notice that issues the report stands above the report's own title, which is the title)
         "notice-issued": ("样例县教育局2024年政府信息公开工作年度报告", "样例县教育局", (2024, 2024), "2025-01-16")}


@pytest.mark.parametrize("voice", sorted(voices.VOICES18))
def test_the_voices_title_agency_period_and_date_are_read(voice):
    f = extract_facts(parse(voices.VOICES18[voice](), "report.txt"))
    assert (f.title, f.agency, f.period, f.date and f.date.isoformat()) == FACTS[voice]


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES18.items()}
    assert all(s in t["bracket-numbered"] for s in ("\n（一）总体情况\n", "\n1.主动公开。", "\n（六）其他需要报告的事项说明\n",
                                                    "样例县示例镇人民政府\n2024年政府信息公开工作年度报告", "单位：件\n（本列", "\n注："))
    assert "2025年1月17日\n\n附件\n\n表1 主动公开政府信息情况统计表\n第二十条" in t["annexed-tables"]
    assert "数据来源：样例县司法局办公室" in t["annexed-tables"] and "详见附件表2。" in t["annexed-tables"]
    assert all(s in t["run-in"] for s in ("\n一、总体情况。2024年", "\n二、主动公开政府信息的情况\n", "情况：本年度行政复议2件",
                                          "\n六、其他需要报告的事项：本局", "现行有效12件", "\n数据来源："))
    assert all(s in t["said-empty"] for s in ("本年度未收到政府信息公开申请，无上年结转申请。", "本年度无行政复议诉讼。",
                                              "\n（七）总计\t0\t0\t0\t0\t0\t0\t0\n"))
    assert all(s in t["notice-issued"] for s in ("关于印发《", "\n各学校、局属各单位：\n", "全年共办理14件（含上年结转1件）",
                                                 "(二)依申请公开情况统计表", "\n注：尚未审结"))


# -- the sections and tables as they were before: each voice's year written back to main's ways ----

def test_a_section_numbered_in_brackets_in_other_words_is_found():
    """（一）基本情况 among （二）… （六）: 一 found (S103's note), not missing."""
    text = voices.bracket_numbered().replace("\n（一）总体情况\n", "\n（一）基本情况\n")
    assert [(d.code, d.severity, d.message) for d in lint(text).diagnostics] == [
        ("S103", "note", "标题“（一）基本情况”是可接受的变体，官方表述为“一、总体情况”")]


# -- a title run into the text of a copy that lost its line breaks -----------------------------

_TITLE = "示例镇人民政府2024年政府信息公开工作年度报告\n"
_TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


@pytest.mark.parametrize("title", [
    "《示例镇人民政府2024年政府信息公开工作年度报告》\n",
    "示例镇人民政府2024年政府信息公开工作年度报告＊\n",
    "索引号：000000000/2025-00003\t主题分类：政务公开\n发文机关：示例镇人民政府\t成文日期：2025-01-20\n"
    "标　　题：示例镇人民政府2024年政府信息公开工作年度报告\n" + _TITLE,
], ids=["in 《》", "with a mark after it", "under a web page's index block"])
def test_a_title_run_into_the_text_of_a_flattened_copy_is_no_missing_title(title):
    """On one line, the title these reports open with runs into the preamble (the layout cut it out
    only when it ends in 报告): it is there, and S104 does not say the report has none."""
    text = text_forms.one_line(_replace(_TABS, [(_TITLE, title)]))
    assert [d.code for d in lint(text).diagnostics] == []


def test_a_flattened_report_without_a_title_still_has_none():
    text = text_forms.one_line(_replace(_TABS, [(_TITLE + "\n", "")]))
    assert [(d.code, d.message) for d in lint(text, ["S104"]).diagnostics] == [
        ("S104", "报告没有标题（应为“××20××年政府信息公开工作年度报告”）")]


# -- without 表三: one paragraph's figures against each other --------------------------------

def _without_table_three(sentence: str) -> str:
    start, end = _TABS.index("（本列数据的勾稽关系为"), _TABS.index("\n\n四、政府信息公开行政复议")
    text = _TABS[:start] + "本年度收到和处理政府信息公开申请情况详见附表。" + _TABS[end:]
    return _replace(text, [("本年度共收到政府信息公开申请13件，均在法定期限内答复。", sentence)])


def test_none_of_the_organisations_beside_a_count_of_all_is_no_self_contradiction():
    text = _without_table_three("本年度共收到政府信息公开申请13件，未收到法人或其他组织的政府信息公开申请。")
    assert [d.code for d in lint(text, ["N601"]).diagnostics] == []


def test_none_at_all_beside_a_count_still_contradicts_itself():
    text = _without_table_three("本年度共收到政府信息公开申请13件，本年度未收到政府信息公开申请。")
    assert [(d.code, d.span.line, d.span.column, d.message) for d in lint(text, ["N601"]).diagnostics] == [
        ("N601", 8, 14, "“一、总体情况”中同一段落自相矛盾：既称“收到政府信息公开申请13件”，又称“未收到政府信息公开申请”")]
