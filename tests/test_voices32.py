"""The voices32 reports (tests/harness/voices.py, VOICES32): a 镇 writing tersely (一's parts one line each,
"无。", every table 0, 五 as 一是…二是…三是 then 下一步, 六 "无。" then the fee), an 经济开发区管理委员会 with
figures in 万/余/近/约, a 住房保障服务中心 (a 事业单位) restating 表三 in 三 by applicant and by result, a
民族宗教事务局 whose 六 lists 人大建议 办理, 政务公开考核 得分 and 工作要点 落实 with the fee last, a
退役军人事务局's report on 2022 dated 2023年1月 with no day.
Each clean one gives no finding, as written and as every text copy degrades it; each seeded defect gives
exactly its finding. What this round found: a fee topic answered by a placeholder ("信息处理费收取情况：—")
read as fees collected with no sum (F402, as 收取 is a word of the topic's name) where "信息处理费：-" was
read as the fee named with nothing said (F401); fees collected this year "by the standard" (本年度按标准收取了…,
…按照规定标准收取信息处理费，共计300元) read as a rule (F401 even with the sum said); the period's end named
after 期限 ("统计期限截至2023年12月31日" in the report on 2024) not read as the cut-off (missed); a table written "无" in every cell said to be left unfilled
("表二大部分没有填写", C203: now "写作“无”，没有填写数字"; tests/rules/voices32.toml)."""
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
    for voice in sorted(voices.VOICES32):
        for form in ["as-written"] + sorted(text_forms.FORMS):
            yield pytest.param(voice, form, id=f"{voice}-{form}")


@pytest.mark.parametrize("voice, form", list(_forms()))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES32[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_P702 = "落款日期{}晚于发布期限{}"
_F401 = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（{}）；未收取也应写明“本年度未收取信息处理费”"
_PERIOD = "本报告所列数据的统计期限自{0}年1月1日起至{0}年12月31日止。"
_REVIEW = "“一、总体情况”中正文“行政复议3件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"

#: (voice, the words changed, what they become, code, line, column, severity, message)
DEFECTS = [
    ("terse-township", "无。本年度未收取信息处理费。", "无。", "F401", 69, 1, "error", _F401.format("该部分内容为“无。”")),
    ("terse-township", "样例县示例镇人民政府\n2025年1月15日", "样例县示例镇人民政府\n2025年3月15日", "P702", 73, 1, "warning",
     _P702.format("2025年3月15日", "2025年1月31日")),
    ("terse-township", _PERIOD.format(2024), "本报告中所列数据统计期限截至2023年12月31日。", "P701", 3, 1, "error",
     "统计截止时间为2023年12月31日，与标题年份2024年不一致"),
    ("zone-committee", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请15件", "N601", 8, 12, "error",
     "“一、总体情况”中正文“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("zone-committee", "样例经济开发区管理委员会\n2026年1月21日", "样例经济开发区管理委员会\n2026年2月21日", "P702", 73, 1,
     "warning", _P702.format("2026年2月21日", "2026年1月31日")),
    ("zone-committee", "本委本年度未收取信息处理费。", "本委本年度按标准收取了信息处理费。", "F402", 70, 1, "warning",
     "第六部分称收取了信息处理费，但没有写明金额：“本委本年度按标准收取了信息处理费”"),
    ("applicants-prose", "商业企业提出2件", "商业企业提出3件", "N601", 30, 29, "error",
     "“三、收到和处理政府信息公开申请情况”中正文“商业企业提出3件”（商业企业的政府信息公开申请 3）与表三不一致："
     "按其可能的含义核对均不相符：表三“一、本年新收”商业企业 = 2；表三“一、本年新收”+“二、上年结转”商业企业 = 2"),
    ("applicants-prose", "上年结转1件，为自然人申请", "上年结转2件，为自然人申请", "N601", 30, 49, "error",
     "“三、收到和处理政府信息公开申请情况”中正文“上年结转2件”（上年结转 2）与表三不一致：表三“二、上年结转政府信息公开申请数量”总计 = 1"),
    ("applicants-prose", "不予公开1件（保护第三方合法权益）", "不予公开2件（保护第三方合法权益）", "N601", 30, 84, "error",
     "“三、收到和处理政府信息公开申请情况”中正文“不予公开2件”（不予公开 2）与表三不一致：表三“（三）不予公开”各项总计之和（8项） = 1"),
    ("six-many", "（四）信息处理费收取情况。本年度未收取信息处理费。", "（四）信息处理费收取情况：—", "F401", 68, 1, "error",
     _F401.format("只提到“（四）信息处理费收取情况：—”，未说明本年度是否收取")),
    ("six-many", "\n（四）信息处理费收取情况。本年度未收取信息处理费。", "", "F401", 68, 1, "error",
     _F401.format("该部分内容为“（一）人大代表建议和政协提案办理结果公开…”")),
    ("six-many", "被申请行政复议2件", "被申请行政复议3件", "N601", 11, 12, "error", _REVIEW),
    ("year-2022", "样例县退役军人事务局\n2023年1月", "样例县退役军人事务局\n2023年2月", "P702", 72, 1, "warning",
     _P702.format("2023年2月", "2023年1月31日")),
    ("year-2022", _PERIOD.format(2022), _PERIOD.format(2021), "P701", 3, 1, "error", "统计期限为2021年，与标题年份2022年不一致"),
    ("year-2022", "被申请行政复议2件", "被申请行政复议3件", "N601", 11, 12, "error", _REVIEW),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, severity, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, severity, message):
    text = voices.VOICES32[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.severity, d.message)
             for d in lint(_replace(text, [(old, new)])).diagnostics if d.severity != "note"]
    assert found == [(code, line, column, severity, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES32}
    assert all(n == 3 for n in counts.values()), counts


#: (agency, report year, closing date) the facts read of each voice
FACTS = {
    "terse-township": ("样例县示例镇人民政府", 2024, "2025-01-15"),
    "zone-committee": ("样例经济开发区管理委员会", 2025, "2026-01-21"),
    "applicants-prose": ("样例县住房保障服务中心", 2024, "2025-01-20"),
    "six-many": ("样例县民族宗教事务局", 2024, "2025-01-20"),
    "year-2022": ("样例县退役军人事务局", 2022, None),  # (2023年1月: a month, no day)
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES32))
def test_the_voices_agency_year_and_date_are_read(voice):
    f = extract_facts(parse(voices.VOICES32[voice](), "report.txt"))
    assert (f.agency, f.year, f.date and f.date.isoformat()) == FACTS[voice]


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES32.items()}
    assert all(s in t["terse-township"] for s in ("（二）依申请公开。无。", "三是业务人员力量不足。\n下一步",
                                                  "六、其他需要报告的事项\n无。本年度未收取", "行政许可\t0\n"))
    assert all(s in t["zone-committee"] for s in ("1.2万余条", "近300条", "500余家次", "约3.6万人次", "改进措施：下一步"))
    assert all(s in t["applicants-prose"] for s in ("三、收到和处理政府信息公开申请情况\n本年度新收", "社会公益组织提出1件",
                                                    "没有现成信息需要另行制作1件）"))
    assert "（三）年度政务公开工作要点落实情况。" in t["six-many"] and "\n（四）信息处理费收取情况。本年度未收取信息处理费。\n\n" in t["six-many"]
    assert "2022年政府信息公开工作年度报告" in t["year-2022"] and t["year-2022"].rstrip().endswith("\n2023年1月")
