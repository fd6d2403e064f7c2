"""The voices14 reports (tests/harness/voices.py, VOICES14): the prose govlint reads around the
figures, written the ways staff write it — a title over three lines with the agency's second name in
brackets, the year in Chinese numerals (二〇二四年度) or on a line under the title, a 关于…的报告; the
closing date as 二〇二五年一月二十日, 2025.1.20, 2025-02-18, 二〇二五年元月二十日 or with its weekday
(2025年1月20日（星期一）), under the title instead of at the end, or said in a sentence (本报告于…在…
网站公布); the statistics period shortened (统计期限为2024年1月1日至12月31日, 统计时限为2024年度,
数据统计期限：…, 报告期为…—12月31日, 零时起至…24时止); a short but real 五; headings under 第一部分,
"1. ", "一 ", "一、 " or in bold with no numeral. Each clean one gives no finding, as written and as
every text copy degrades it; each seeded defect (an agency-less or year-less title, a thin 五, last
year's period, a late date wherever it is said, a missing section, a wrong figure, no fee statement)
gives exactly its finding. Last year's report beside one of them: a section copied with only its
years changed is X803; the same opening and sub-headings around the year's own sentences, or every
figure updated, are not."""
import sys
from datetime import date
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
@pytest.mark.parametrize("voice", sorted(voices.VOICES14))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES14[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_THIN = "“五、存在的主要问题及改进情况”内容为“{}”，只有{}个汉字，没有具体说明存在的问题和改进措施（除小标题外应至少有15个汉字）"

#: (voice, the words changed, what they become, code, line, column, message)
DEFECTS = [
    ("civil-air", "样例市样例区住房和城乡建设局\n（样例区人民防空办公室）\n2024年", "2024年", "S104", 1, 1,
     "报告标题“2024年政府信息公开工作年度报告”缺少机关名称"),
    ("civil-air", "房屋征收信息解读形式单一。下一步增加图解和问答。", "无。", "S105", 67, 1, _THIN.format("无。", 1)),
    ("civil-air", "2025年1月20日（星期一）", "2025年2月6日（星期四）", "P702", 74, 1, "落款日期2025年2月6日晚于发布期限2025年1月31日"),
    ("forestry", "统计期限为二〇二四年一月一日至二〇二四年十二月三十一日", "统计期限为二〇二三年一月一日至二〇二三年十二月三十一日",
     "P701", 3, 1, "统计期限为2023年，与标题年份2024年不一致"),
    ("forestry", "二〇二五年一月二十日", "二〇二五年二月二十日", "P702", 72, 1, "落款日期2025年2月20日晚于发布期限2025年1月31日"),
    ("water", "2025.1.20", "2025.2.3", "P702", 75, 1, "落款日期2025年2月3日晚于发布期限2025年1月31日"),
    ("water", "水利工程建设项目信息公开的及时性有待提高。\n（二）改进情况\n2025年将实行项目批复后10个工作日内公开。",
     "无。\n（二）改进情况\n无。", "S105", 65, 1, _THIN.format("（一）存在的主要问题 无。 （二）改进情…", 2)),
    ("zone", "（2025年1月20日）", "（2025年2月20日）", "P702", 2, 1, "标题下的日期2025年2月20日晚于发布期限2025年1月31日"),
    ("zone", "自2024年1月1日零时起至2024年12月31日24时止", "自2023年1月1日零时起至2023年12月31日24时止", "P701", 4, 1,
     "统计期限为2023年，与标题年份2024年不一致"),
    ("zone", "\n三 收到和处理政府信息公开申请情况\n", "\n", "S101", 59, 1, "缺少第三部分“三、收到和处理政府信息公开申请情况”"),
    ("street-published", "本报告于2025年1月24日", "本报告于2025年2月24日", "P702", 4, 91,
     "正文所述发布日期2025年2月24日晚于发布期限2025年1月31日"),
    ("street-published", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请15件", "N601", 9, 12,
     "“一、总体情况”中正文“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("county-dashed", "2025-02-18", "2025-02-25", "P702", 75, 1, "落款日期2025年2月25日晚于发布期限2025年2月20日"),
    ("county-dashed", "统计时限为2024年度", "统计时限为2023年度", "P701", 3, 1, "统计期限为2023年，与标题年份2024年不一致"),
    ("bold-headings", "\n**存在的主要问题及改进情况**\n", "\n", "S101", 67, 1, "缺少第五部分“五、存在的主要问题及改进情况”"),
    ("bold-headings", "本馆本年度未收取信息处理费。", "本馆无其他需要报告的事项。", "F401", 68, 1,
     "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“本馆无其他需要报告的事项。”）；未收取也应写明“本年度未收取信息处理费”"),
    ("township", "报告期为2024年1月1日", "报告期为2023年1月1日", "P701", 4, 1, "统计期限为2023年，与标题年份2024年不一致"),
    ("township", "\n（2024年度）\n", "\n", "S104", 1, 1, "报告标题“样例乡人民政府政府信息公开工作年度报告”缺少年份"),
    ("township", "二〇二五年一月十五日", "二〇二五年二月十五日", "P702", 76, 1, "落款日期2025年2月15日晚于发布期限2025年1月31日"),
    ("bold-headings", "被提起行政诉讼1件", "被提起行政诉讼2件", "N601", 11, 29,
     "“一、总体情况”中正文“提起行政诉讼2件”（行政诉讼 2）与表四不一致：表四“未经复议直接起诉·总计” + “复议后起诉·总计” = 1"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, message):
    text = _replace(voices.VOICES14[voice](), [(old, new)])
    found = [(d.code, d.span.line, d.span.column, d.message) for d in lint(text).diagnostics]
    assert found == [(code, line, column, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES14}
    assert all(2 <= n <= 3 for n in counts.values()), counts


#: what each voice's words tell of itself: (agency, period, date, where the date is said)
FACTS = {
    "civil-air": ("样例市样例区住房和城乡建设局(样例区人民防空办公室)", (2024, 2024), date(2025, 1, 20), ""),
    "forestry": ("样例县林业局", (2024, 2024), date(2025, 1, 20), ""),
    "water": ("样例县水利局", (2024, 2024), date(2025, 1, 20), ""),
    "zone": ("样例经济技术开发区管理委员会", (2024, 2024), date(2025, 1, 20), "title"),
    "street-published": ("样例市样例区花园路街道办事处", (2024, 2024), date(2025, 1, 24), "text"),
    "county-dashed": ("样例县人民政府", (2024, 2024), date(2025, 2, 18), ""),
    "bold-headings": ("样例县档案馆", (2024, 2024), date(2025, 1, 20), ""),
    "township": ("样例乡人民政府", (2024, 2024), date(2025, 1, 15), ""),
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES14))
def test_the_voices_are_read_for_what_they_say(voice):
    """Clean because each is read, not because a phrasing went unseen: the agency from the title
    over its lines, the period however shortened, the date wherever it is said."""
    text = voices.VOICES14[voice]()
    f = extract_facts(parse(text, "report.txt"))
    assert (f.agency, f.period, f.date, f.date_said) == FACTS[voice]


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES14.items()}
    assert "住房和城乡建设局\n（样例区人民防空办公室）\n2024年" in t["civil-air"]
    assert t["civil-air"].rstrip().endswith("2025年1月20日（星期一）")
    assert "二〇二四年度政府信息公开" in t["forestry"] and "\n第五部分 存在的主要问题及改进情况\n" in t["forestry"]
    assert t["water"].startswith("关于样例县水利局2024年度政府信息公开工作的报告") and "\n1. 总体情况\n" in t["water"]
    assert "报告\n（2025年1月20日）\n" in t["zone"] and "\n一 总体情况\n" in t["zone"] and "零时起" in t["zone"]
    assert t["zone"].rstrip().endswith("样例经济技术开发区管理委员会")
    assert "本报告于2025年1月24日在" in t["street-published"] and "数据统计期限：" in t["street-published"]
    assert "2025-02-18" in t["county-dashed"] and "统计时限为2024年度" in t["county-dashed"]
    assert "\n**总体情况**\n" in t["bold-headings"] and "元月" in t["bold-headings"]
    assert "年度报告\n（2024年度）\n" in t["township"] and "报告期为" in t["township"] and "\n一、 总体情况\n" in t["township"]


# -- last year's report beside street-published: X803 ---------------------------------------

_FIVE_NOW = "一是社区公开栏规范化程度不一；二是政策解读形式单一。下一步统一公开栏样式，增加图解解读。"
_FIVE_LAST = "社区公开栏内容以工作动态为主，惠民政策公开不集中。下一步在公开栏设立惠民政策专区，每月更新一次。"
_ONE_NOW = voices._ONE14.format(who="花园路街道办事处")


def _last_year(text: str) -> str:
    """``text`` a year earlier: every 2024 2023, every 2025 2024."""
    return text.replace("2025", "\0").replace("2024", "2023").replace("\0", "2024")


def _copied(last: str):
    settings = Settings.make(from_dict({"select": ["X803"]}), default_registry())
    return [(d.span.line, d.span.column, d.message)
            for d in lint_pair(voices.street_published(), last, settings).diagnostics]


def test_sections_copied_with_only_their_years_changed_are_copied():
    assert _copied(_last_year(voices.street_published())) == [
        (7, 1, "“一、总体情况”与上年报告 previous.txt 的同一部分相似度为100%；最长的相同段落共211字，"
               "在本报告第7行第1列、上年报告第7行第1列"),
        (67, 1, "“五、存在的主要问题及改进情况”与上年报告 previous.txt 的同一部分相似度为100%；最长的相同段落共44字，"
                "在本报告第67行第1列、上年报告第67行第1列")]


def test_the_same_opening_and_sub_headings_around_the_years_own_sentences_are_not_copied():
    last_one = ("2023年，花园路街道办事处坚持以公开为常态、不公开为例外，依法做好政府信息公开工作。\n"
                "（一）主动公开。围绕老旧小区改造，公开改造计划和资金使用情况，全年发布信息286条。\n"
                "（二）依申请公开。全年收到申请9件，主要涉及房屋征收补偿，均按期答复。\n"
                "（三）政府信息管理。建立信息发布台账，实行专人审核。\n"
                "（四）平台建设。街道政务服务中心设立政务公开专区。\n"
                "（五）监督保障。全年被申请行政复议1件，维持原答复。")
    last = _replace(_last_year(voices.street_published()),
                    [(_ONE_NOW.replace("2024", "2023"), last_one), (_FIVE_NOW, _FIVE_LAST)])
    assert _copied(last) == []


def test_a_section_whose_every_figure_is_the_years_own_is_not_copied():
    one = _ONE_NOW.replace("2024", "2023")
    figures = [("信息310条", "信息286条"), ("文件3件", "文件2件"), ("申请13件", "申请9件"), ("上年结转1件", "上年结转2件"),
               ("行政复议2件", "行政复议1件"), ("行政诉讼1件", "行政诉讼3件")]
    last = _replace(_last_year(voices.street_published()), [(one, _replace(one, figures)), (_FIVE_NOW, _FIVE_LAST)])
    assert _copied(last) == []
