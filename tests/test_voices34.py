"""The voices34 reports (tests/harness/voices.py, VOICES34): a 市辖区 government whose 二 opens with sub-heads per
channel (政府网站, 政务新媒体, 政务公开栏) and their figures, dated 二〇二六年一月十五日; a 乡 whose tables stand
between 单位：件 and 注：… lines; a 自然资源局 whose 三 restates each result of 表三 in words with its reason; an
经济开发区管理委员会 closing with its name and then its 党工委's in short (中共样例经开区工委), whose 六 counts
人大代表建议、政协委员提案 and a 考核 score; a 交通运输局 naming last year's figure in brackets after each of this
year's (13件（上年：16件）); a county government's report under a document number (样府办〔2026〕3号), signed by
the government's office. Each clean one gives no finding, as written and as every text copy degrades it; each
seeded defect gives exactly its finding. What this round found: a closing signed by an agency and its party
committee read as another agency's when the committee's name, in short and last, was the one read
(S106: 中共样例经开区工委 for 样例经济开发区管理委员会); a branch of a higher bureau signing with its place first
(S106: 样例县生态环境分局 for 样例市生态环境局样例县分局; tests/rules/voices34.toml); a table's 注 left as last year's
(注：本表数据截至2023年12月31日。) under a period stated right said nothing (P701 now)."""
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
    for voice in sorted(voices.VOICES34):
        for form in ["as-written"] + sorted(text_forms.FORMS):
            yield pytest.param(voice, form, id=f"{voice}-{form}")


@pytest.mark.parametrize("voice, form", list(_forms()))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES34[voice](), form)
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
_ZONE = "样例经济开发区管理委员会"
_S106 = "落款机关“{}”与标题中的机关“{}”不一致（落款应为发布报告的机关）"

#: (voice, the words changed, what they become, code, line, column, severity, message)
DEFECTS = [
    ("district-channels", "全年制发行政规范性文件3件", "全年制发行政规范性文件4件", "N601", 17, 12, "error",
     "“二、主动公开政府信息情况”中正文“制发行政规范性文件4件”（本年制发行政规范性文件 4）与表二不一致："
     "表二“行政规范性文件”行“本年制发件数” = 3"),
    ("district-channels", "被申请行政复议两件", "被申请行政复议三件", "N601", 11, 12, "error",
     "“一、总体情况”中正文“行政复议三件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("district-channels", "样例市示例区人民政府\n二〇二六年一月十五日", "样例市示例区人民政府\n二〇二六年二月二十六日",
     "P702", 76, 1, "warning", _P702.format("2026年2月26日", "2026年2月20日")),
    ("township-units", _PERIOD.format(2024), _PERIOD.format(2023), "P701", 3, 1, "error",
     "统计期限为2023年，与标题年份2024年不一致"),
    ("township-units", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请15件", "N601", 8, 12, "error",
     "“一、总体情况”中正文“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("township-units", "本乡本年度未收取信息处理费。", "无。", "F401", 74, 1, "error", _F401.format("该部分内容为“无。”")),
    ("results-restated", "无法提供4件", "无法提供5件", "N601", 30, 81, "error",
     "“三、收到和处理政府信息公开申请情况”中正文“无法提供5件”（无法提供 5）与表三不一致：表三“（四）无法提供”各项总计之和（3项） = 4"),
    ("results-restated", "本机关不掌握相关政府信息3件", "本机关不掌握相关政府信息2件", "N601", 30, 90, "error",
     "“三、收到和处理政府信息公开申请情况”中正文“本机关不掌握相关政府信息2件”（本机关不掌握相关政府信息 2）与表三不一致："
     "表三“（四）无法提供”“1.本机关不掌握相关政府信息”总计 = 3"),
    ("results-restated", "不予处理2件", "不予处理3件", "N601", 30, 120, "error",
     "“三、收到和处理政府信息公开申请情况”中正文“不予处理3件”（不予处理 3）与表三不一致：表三“（五）不予处理”各项总计之和（5项） = 2"),
    ("zone-party", f"{_ZONE}\n中共样例经开区工委", "样例高新技术产业开发区管理委员会\n中共样例高新区工委", "S106", 74, 1,
     "warning", _S106.format("中共样例高新区工委", _ZONE)),
    ("zone-party", "\n（三）信息处理费收取情况。本年度未收取信息处理费。", "", "F401", 68, 1, "error",
     _F401.format("该部分内容为“（一）人大代表建议和政协委员提案办理情况…”")),
    ("zone-party", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请12件", "N601", 8, 12, "error",
     "“一、总体情况”中正文“新收政府信息公开申请12件”（本年新收政府信息公开申请 12）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("last-year-brackets", "全年新收政府信息公开申请13件（上年：16件）", "全年新收政府信息公开申请17件（上年：16件）", "N601", 8, 12,
     "error", "“一、总体情况”中正文“新收政府信息公开申请17件”（本年新收政府信息公开申请 17）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("last-year-brackets", "予以公开5件（上年：7件）", "予以公开8件（上年：7件）", "N601", 8, 48, "error",
     "“一、总体情况”中正文“予以公开8件”（予以公开 8）与表三不一致：按其可能的含义核对均不相符："
     "表三“（一）予以公开”总计 = 5；表三“（一）予以公开”总计 + “（二）部分公开”总计 = 6"),
    ("last-year-brackets", "被申请行政复议2件（上年：0件）", "被申请行政复议3件（上年：0件）", "N601", 11, 12, "error",
     "“一、总体情况”中正文“行政复议3件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("document-number", "样例县人民政府办公室\n2026年1月16日", "样例县人民政府办公室\n2026年2月26日", "P702", 73, 1, "warning",
     _P702.format("2026年2月26日", "2026年2月20日")),
    ("document-number", _PERIOD.format(2025), _PERIOD.format(2024), "P701", 4, 1, "error",
     "统计期限为2024年，与标题年份2025年不一致"),
    ("document-number", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请16件", "N601", 9, 12, "error",
     "“一、总体情况”中正文“新收政府信息公开申请16件”（本年新收政府信息公开申请 16）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, severity, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, severity, message):
    text = voices.VOICES34[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.severity, d.message)
             for d in lint(_replace(text, [(old, new)])).diagnostics if d.severity != "note"]
    assert found == [(code, line, column, severity, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES34}
    assert all(n == 3 for n in counts.values()), counts


#: (agency, report year, closing date, signer, the agencies signing beside it) the facts read of each voice
FACTS = {
    "district-channels": ("样例市示例区人民政府", 2025, "2026-01-15", "样例市示例区人民政府", ()),
    "township-units": ("样例县示例乡人民政府", 2024, "2025-01-20", "样例县示例乡人民政府", ()),
    "results-restated": ("样例县自然资源局", 2024, "2025-01-17", "样例县自然资源局", ()),
    "zone-party": (_ZONE, 2025, "2026-01-20", "中共样例经开区工委", (_ZONE,)),
    "last-year-brackets": ("样例县交通运输局", 2024, "2025-01-22", "样例县交通运输局", ()),
    "document-number": ("样例县人民政府", 2025, "2026-01-16", "样例县人民政府办公室", ()),
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES34))
def test_the_voices_agency_year_date_and_signers_are_read(voice):
    f = extract_facts(parse(voices.VOICES34[voice](), "report.txt"))
    assert (f.agency, f.year, f.date and f.date.isoformat(), f.signer, f.cosigners) == FACTS[voice]
    assert not f.signed_by_another


@pytest.mark.parametrize("closing, another", [
    ("样例经济开发区管理委员会\n中共样例经开区工委", False),  # the 管委会, then its 党工委 in short
    ("中共样例经开区工委\n样例经济开发区管理委员会", False),  # the other way round
    ("中共样例经开区工委", False),  # the 党工委 alone: the party's name and 工委 aside, the same 开发区
    ("中国共产党样例经济开发区工作委员会", False),
    ("中共样例高新区工委\n样例高新技术产业开发区管理委员会", True),  # another zone's, both
    ("样例经济开发区管理委员会\n样例高新技术产业开发区管理委员会", False),  # one of them the title's
])
def test_a_closing_signed_with_the_party_committee_is_the_title_agencys(closing, another):
    """The zone-party voice's closing (a 管委会 and its 党工委, on lines of their own over the date) written other ways:
    another agency only when none of the names is the title's."""
    text = _replace(voices.VOICES34["zone-party"](), [(f"{_ZONE}\n中共样例经开区工委", closing)])
    f = extract_facts(parse(text, "report.txt"))
    assert f.signed_by_another is another, (f.signer, f.cosigners)


@pytest.mark.parametrize("agency, signer, another", [
    ("样例市生态环境局样例县分局", "样例县生态环境分局", False),
    ("样例市公安局示例分局", "示例区公安分局", False),
    ("样例市自然资源和规划局示例分局", "示例区自然资源分局", False),
    ("样例市公安局示例分局", "甲乙区公安分局", True),  # another place's branch
    ("样例市公安局示例分局", "示例区税务分局", True),  # another bureau's
    ("样例市生态环境局样例县分局", "样例市生态环境局示例县分局", True),  # another branch of the same bureau
    ("样例县财政局", "样例县审计局", True),
])
def test_a_branch_signing_with_its_place_first_is_the_same_agency(agency, signer, another):
    """The document-number voice (one signer on its line over the date) with a city bureau's branch (…分局) for
    its agency, signed with the branch's place first or by another agency."""
    text = _replace(voices.VOICES34["document-number"](), [
        ("样例县人民政府2025年", f"{agency}2025年"), ("样例县人民政府办公室\n2026年1月16日", f"{signer}\n2026年1月16日")])
    f = extract_facts(parse(text, "report.txt"))
    assert (f.agency, f.signer) == (agency, signer)
    assert f.signed_by_another is another


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES34.items()}
    assert "二、主动公开政府信息情况\n（一）政府网站。" in t["district-channels"] and "\n二〇二六年一月十五日" in t["district-channels"]
    assert t["township-units"].count("\n单位：件\n") == 3 and t["township-units"].count("\n注：") == 3
    assert "不予公开1件，理由为保护第三方合法权益" in t["results-restated"]
    assert t["zone-party"].endswith("样例经济开发区管理委员会\n中共样例经开区工委\n二〇二六年一月二十日\n")
    assert t["last-year-brackets"].count("（上年：") == 12
    assert t["document-number"].startswith("样府办〔2026〕3号\n样例县人民政府2025年政府信息公开工作年度报告\n")


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
def test_a_tables_note_copied_from_last_year_gives_p701(form):
    """The township-units voice (its 表二 between 单位：件 and 注：本表数据截至2024年12月31日。) with the note left as last
    year's (2023) under a period stated right: P701 on the note, in every text form; the voice clean otherwise."""
    text = _replace(voices.VOICES34["township-units"](), [("注：本表数据截至2024年12月31日。", "注：本表数据截至2023年12月31日。")])
    result = text_forms.lint_in_form(text, form)
    found = [(d.code, d.message) for d in result.diagnostics if d.severity != "note"]
    assert found == [("P701", "表下注明的数据截止时间为2023年12月31日，与标题年份2024年不一致")]
    if form == "as-written":
        assert [(d.span.line, d.span.column) for d in result.diagnostics] == [(29, 1)]
