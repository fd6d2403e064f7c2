"""The voices35 reports (tests/harness/voices.py, VOICES35): a 街道办事处 whose 一 is numbered paragraphs 1.–5., each
opening with a lead phrase; a 市 bureau formed in the year by merging two (the new name in the title and closing, the
former ones in the prose, 原市文化和旅游局受理2件); a 住房和城乡建设局 naming 表三's rows by their numbers in 三
(第（一）项予以公开5件, 第（四）项无法提供4件（第1目3件、第2目1件）, 第四项结转下年度继续办理1件); a 乡's 2019 report on the
2019 trial format, published in January 2020; an 审计局 whose 四 says 行政复议、提起行政诉讼的数量均为0 in one sentence
above an all-zero 表四 and states the fee in 元 with decimals (收取信息处理费0.00元); a 商务局 copied off its page (a
索引号 block, 发布时间：2026-01-20 来源：…) closing with its name and date on one line. Each clean one gives no finding, as
written and as every text copy degrades it; each seeded defect gives exactly its finding. What this round found: a
closing line that a tab parts (样例县商务局<tab>2026年2月26日, as a document's tab stop aligns it, read as a one-row table)
or written date first (2026年2月26日　样例县商务局) gave no date and no signer (P702 and S106 silent); a signer with its
second name in brackets (…局（…局）) was read as no signer (S106 silent); a merged bureau signing with the name of one
of the bodies it says it was formed from (样例市文化和旅游局 for 样例市文化广电和旅游局) was taken for its own name in
short (S106 silent); a fee's sum with its unit in brackets after it (信息处理费收取情况：0.00（元）) was read as no amount
(F402, a false alarm)."""
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
    for voice in sorted(voices.VOICES35):
        for form in ["as-written"] + sorted(text_forms.FORMS):
            yield pytest.param(voice, form, id=f"{voice}-{form}")


@pytest.mark.parametrize("voice, form", list(_forms()))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES35[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_P702 = "落款日期{}晚于发布期限{}"
_F401 = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“无。”）；未收取也应写明“本年度未收取信息处理费”"
_NEW = ("“一、总体情况”中正文“{0}”（政府信息公开申请 {1}）与表三不一致：按其可能的含义核对均不相符："
        "表三“一、本年新收政府信息公开申请数量”总计 = 13；表三“一、本年新收”总计 + “二、上年结转”总计 = 14；"
        "表三“（七）总计”行总计 = 13")
_THREE = "“三、收到和处理政府信息公开申请情况”中正文"
_S106 = "落款机关“{}”与标题中的机关“{}”不一致（落款应为发布报告的机关）"
_MERGED = "样例市文化广电和旅游局"
_TRADE = "\n样例县商务局　2026年1月20日"

#: (voice, the words changed, what they become, code, line, column, severity, message)
DEFECTS = [
    ("street-numbered", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请15件", "N601", 8, 15, "error",
     "“一、总体情况”中正文“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("street-numbered", "被申请行政复议2件", "被申请行政复议4件", "N601", 11, 15, "error",
     "“一、总体情况”中正文“行政复议4件”（行政复议 4）与表四不一致：表四“行政复议·总计” = 2"),
    ("street-numbered", "本街道本年度未收取信息处理费。", "无。", "F401", 68, 1, "error", _F401),
    ("merged-bureau", f"\n{_MERGED}\n2026年1月22日", "\n样例市广播电视局\n2026年1月22日", "S106", 71, 1, "warning",
     _S106.format("样例市广播电视局", _MERGED)),
    ("merged-bureau", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请12件", "N601", 8, 12, "error",
     "“一、总体情况”中正文“新收政府信息公开申请12件”（本年新收政府信息公开申请 12）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("merged-bureau", f"\n{_MERGED}\n2026年1月22日", f"\n{_MERGED}\n2026年2月22日", "P702", 72, 1, "warning",
     _P702.format("2026年2月22日", "2026年1月31日")),
    ("numbered-items", "第（四）项无法提供4件", "第（四）项无法提供3件", "N601", 30, 70, "error",
     _THREE + "“无法提供3件”（无法提供 3）与表三不一致：表三“（四）无法提供”各项总计之和（3项） = 4"),
    ("numbered-items", "第（五）项不予处理2件", "第（五）项不予处理3件", "N601", 30, 95, "error",
     _THREE + "“不予处理3件”（不予处理 3）与表三不一致：表三“（五）不予处理”各项总计之和（5项） = 2"),
    ("numbered-items", "第四项结转下年度继续办理1件", "第四项结转下年度继续办理2件", "N601", 30, 117, "error",
     _THREE + "“结转下年度继续办理2件”（结转下年度 2）与表三不一致：表三“四、结转下年度继续办理”总计 = 1"),
    ("trial-2019", "全年共收到政府信息公开申请13件", "全年共收到政府信息公开申请12件", "N601", 8, 13, "error",
     _NEW.format("收到政府信息公开申请12件", 12)),
    ("trial-2019", "\n2020年1月17日", "\n2020年2月17日", "P702", 74, 1, "warning",
     _P702.format("2020年2月17日", "2020年1月31日")),
    ("trial-2019", "统计期限自2019年1月1日起至2019年12月31日止", "统计期限自2018年1月1日起至2018年12月31日止", "P701", 3, 1,
     "error", "统计期限为2018年，与标题年份2019年不一致"),
    ("zero-cases", "本局本年度收取信息处理费0.00元。", "无。", "F401", 69, 1, "error", _F401),
    ("zero-cases", "全年未发生因政府信息公开引起的行政复议、行政诉讼。", "全年被申请行政复议1件。", "N601", 11, 14, "error",
     "“一、总体情况”中正文“行政复议1件”（行政复议 1）与表四不一致：表四“行政复议·总计” = 0"),
    ("zero-cases", "\n2026年1月16日", "\n2026年2月16日", "P702", 73, 1, "warning",
     _P702.format("2026年2月16日", "2026年1月31日")),
    ("dateline-index", _TRADE, "\n样例县财政局　2026年1月20日", "S106", 75, 1, "warning",
     _S106.format("样例县财政局", "样例县商务局")),
    ("dateline-index", _TRADE, "\n样例县商务局\t2026年2月26日", "P702", 75, 1, "warning",
     _P702.format("2026年2月26日", "2026年1月31日")),
    ("dateline-index", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请16件", "N601", 12, 12, "error",
     "“一、总体情况”中正文“新收政府信息公开申请16件”（本年新收政府信息公开申请 16）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, severity, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, severity, message):
    text = voices.VOICES35[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.severity, d.message)
             for d in lint(_replace(text, [(old, new)])).diagnostics if d.severity != "note"]
    assert found == [(code, line, column, severity, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES35}
    assert all(n == 3 for n in counts.values()), counts


#: (agency, report year, closing date, signer) the facts read of each voice
FACTS = {
    "street-numbered": ("样例市示例区示例街道办事处", 2025, "2026-01-19", "样例市示例区示例街道办事处"),
    "merged-bureau": (_MERGED, 2025, "2026-01-22", _MERGED),
    "numbered-items": ("样例县住房和城乡建设局", 2024, "2025-01-21", "样例县住房和城乡建设局"),
    "trial-2019": ("样例县示例乡人民政府", 2019, "2020-01-17", "样例县示例乡人民政府"),
    "zero-cases": ("样例县审计局", 2025, "2026-01-16", "样例县审计局"),
    "dateline-index": ("样例县商务局", 2025, "2026-01-20", "样例县商务局"),
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES35))
def test_the_voices_agency_year_date_and_signer_are_read(voice):
    f = extract_facts(parse(voices.VOICES35[voice](), "report.txt"))
    assert (f.agency, f.year, f.date and f.date.isoformat(), f.signer) == FACTS[voice]
    assert not f.signed_by_another


@pytest.mark.parametrize("closing, signer, day, another", [
    ("样例县商务局　2026年1月20日", "样例县商务局", "2026-01-20", False),
    ("样例县商务局\t2026年1月20日", "样例县商务局", "2026-01-20", False),  # a tab stop between them: a one-row table
    ("样例县商务局\t（盖章）\t2026年1月20日", "样例县商务局", "2026-01-20", False),
    ("样例县财政局\t2026年1月20日", "样例县财政局", "2026-01-20", True),
    ("2026年1月20日　样例县商务局", "样例县商务局", "2026-01-20", False),  # the date first
    ("2026年1月20日\t样例县商务局", "样例县商务局", "2026-01-20", False),
    ("2026年1月20日　样例县财政局", "样例县财政局", "2026-01-20", True),
    ("2026年1月20日　星期二", "", "2026-01-20", False),  # the weekday after the date: no agency
    ("样例县商务局（样例县粮食和物资储备局）\n2026年1月20日", "样例县商务局（样例县粮食和物资储备局）", "2026-01-20", False),
    ("样例县财政局（样例县国有资产管理局）\n2026年1月20日", "样例县财政局（样例县国有资产管理局）", "2026-01-20", True),
])
def test_a_closing_on_one_line_or_with_a_second_name_is_read(closing, signer, day, another):
    """The dateline-index voice (its closing 样例县商务局　2026年1月20日, the agency and the date on one line) closed other
    ways: a tab between them (the line a one-row table to the parser), the date first, the agency's second name in
    brackets over the date; the signer and the date read, another agency's name S106's."""
    text = _replace(voices.VOICES35["dateline-index"](), [(_TRADE, "\n" + closing)])
    f = extract_facts(parse(text, "report.txt"))
    assert (f.signer, f.date and f.date.isoformat()) == (signer, day)
    assert f.signed_by_another is another
    codes = [d.code for d in lint(text).diagnostics if d.severity != "note"]
    assert codes == (["S106"] if another else [])


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES35.items()}
    assert "\n1.主动公开扎实推进。" in t["street-numbered"] and "\n5.监督保障有力有效。" in t["street-numbered"]
    assert "原样例市文化和旅游局与原样例市广播电视局整合组建" in t["merged-bureau"]
    assert t["merged-bureau"].endswith(f"\n{_MERGED}\n2026年1月22日\n")
    assert "第（四）项无法提供4件（第1目3件、第2目1件）" in t["numbered-items"]
    assert "第二十条第（九）项" in t["trial-2019"] and t["trial-2019"].endswith("样例县示例乡人民政府\n2020年1月17日\n")
    assert "\n" + "\t".join(["0"] * 15) + "\n" in t["zero-cases"] and "信息处理费0.00元" in t["zero-cases"]
    assert t["dateline-index"].startswith("索引号：") and "发布时间：2026-01-20 来源：样例县商务局\n" in t["dateline-index"]
    assert t["dateline-index"].endswith(_TRADE + "\n")


_REFORM = "2025年3月，原样例市文化和旅游局与原样例市广播电视局整合组建样例市文化广电和旅游局。"


@pytest.mark.parametrize("reform, signer, another", [
    (_REFORM, "样例市文化和旅游局", True),  # a body merged into it, whose name reads like the new one's in short
    (_REFORM, "文化和旅游局", True),
    (_REFORM, "样例市广播电视局", True),
    (_REFORM, _MERGED, False),
    (_REFORM, "样例市文广旅局", False),  # the new name in short
    (_REFORM, "样例市文化广电旅游局", False),
    ("2025年3月，原样例市文化和旅游局更名为样例市文化广电和旅游局。", "样例市文化和旅游局", True),  # renamed
    ("2025年3月，原市文化和旅游局更名为样例市文化广电和旅游局。", "样例市文化和旅游局", True),  # its place left out
    ("2025年，局机关完成内设机构调整。", "样例市文化和旅游局", False),  # no reform said: a short name
])
def test_a_closing_signed_with_a_former_name_is_another_agencys(reform, signer, another):
    """The merged-bureau voice (its 一 opening with the merger, 原…局与原…局整合组建…; its other sentences naming the
    former bureaus too, 机构改革前原市广播电视局…) signed over its date by one of the bodies it says it was formed from
    (S106, though the name reads like the new one's in short), by its new name or its short forms (no finding)."""
    text = _replace(voices.VOICES35["merged-bureau"](), [
        (_REFORM, reform), (f"\n{_MERGED}\n2026年1月22日", f"\n{signer}\n2026年1月22日"),
        ("其中机构改革前原市广播电视局发布46条", "其中网站发布46条"), ("（含原市文化和旅游局受理2件）", ""),
        ("对原两局的历史信息进行整合", "对历史信息进行整合"), ("将原市广播电视局网站整合至局门户网站", "整合局门户网站")])
    f = extract_facts(parse(text, "report.txt"))
    assert f.signed_by_another is another, (f.signer, f.retired)
    found = [(d.code, d.message) for d in lint(text).diagnostics if d.severity != "note"]
    assert found == ([("S106", _S106.format(signer, _MERGED))] if another else [])


_FEE = "本局本年度收取信息处理费0.00元。"
_F402 = "第六部分称收取了信息处理费，但没有写明金额：“{}”"


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
@pytest.mark.parametrize("fee, found", [
    ("信息处理费收取情况：0.00（元）。", []),  # the unit in brackets after the sum, as a form's cell has it
    ("本局本年度收取信息处理费0（元）。", []),
    ("信息处理费收取情况：120.00（元）。", []),
    ("信息处理费收取情况：2件（元）。", [("F402", _F402.format("信息处理费收取情况：2件（元）"))]),  # a count, no sum
    ("本局本年度收取信息处理费。", [("F402", _F402.format("本局本年度收取信息处理费"))]),
])
def test_a_fee_with_its_unit_in_brackets_after_it_is_an_amount(fee, found, form):
    """The zero-cases voice (六 a fee statement in 元 with decimals, 收取信息处理费0.00元) with the sum's unit in
    brackets after it (0.00（元）): an amount, no F402; a count with the unit, or no figure at all, still F402."""
    text = _replace(voices.VOICES35["zero-cases"](), [(_FEE, fee)])
    result = text_forms.lint_in_form(text, form)
    assert [(d.code, d.message) for d in result.diagnostics if d.severity != "note"] == found


def test_a_former_name_the_title_holds_in_brackets_may_sign():
    """The merged-bureau voice with its title holding a former name in brackets (…局（原样例市文化和旅游局）), signed
    with that name: the title's own second name, not another agency (no S106)."""
    text = _replace(voices.VOICES35["merged-bureau"](), [
        (f"{_MERGED}2025年", f"{_MERGED}（原样例市文化和旅游局）2025年"),
        (f"\n{_MERGED}\n2026年1月22日", "\n样例市文化和旅游局\n2026年1月22日")])
    f = extract_facts(parse(text, "report.txt"))
    assert "样例市文化和旅游局" in f.retired and not f.signed_by_another
    assert [d.code for d in lint(text).diagnostics if d.severity != "note"] == []
