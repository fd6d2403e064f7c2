"""The voices21 reports (tests/harness/voices.py, VOICES21): the 2026 report year, published in January
2027, by agencies not yet heard — a 发展和改革局 restating 表三 as 受理/办结/答复 with 办结率, another year's
figure in the same sentence, its period only as “本报告所列数据为2026年度数据” and its date with a note
after it on one line (2027年1月20日（此件公开发布）); a 财政局 counting in 万 with 超过 and a range, 四
titled with 和, the fee as 严格执行…办法，全年未收费 and the date in 〇 numerals; a 交通运输局 whose title
breaks after the agency, the fee in a 注 under 表三 and again in 六, 特此报告 before the agency; an
应急管理局 with figures of its 政务公开 work that are no table's (演练、培训人次、会议、栏目), 五 titled
with 和; a newly formed 数据局 (nothing carried from last year, 自组建以来, the date in ○); a 农业农村局
telling of last year's carried application and a figure broken by a line end before its unit; a 街道
whose 六 is long and says the fee as 未发生收费情况.
Each clean one gives no finding but the notes its reworded titles call for, as written and as every
text copy degrades it; each seeded defect gives exactly its finding — among them what this round
found missed: the period said as the data's year, the closing date with a note after it, 办结 after a
semicolon, and the fee charged in a number of cases without its sum (was F401, the fee not stated)."""
import sys
from pathlib import Path

import pytest

from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms, voices  # noqa: E402
from harness.sources import _replace  # noqa: E402

#: the notes a clean voice's reworded titles call for (S103 "可接受的变体": not a defect)
_NOTE = "标题“{}”是可接受的变体，官方表述为“{}”"
NOTES = {
    "finance": [("S103", _NOTE.format("四、政府信息公开行政复议和行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况"))],
    "emergency": [("S103", _NOTE.format("五、存在的主要问题和改进情况", "五、存在的主要问题及改进情况"))],
}


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
@pytest.mark.parametrize("voice", sorted(voices.VOICES21))
def test_a_clean_voice_gives_no_finding(voice, form):
    assert [(d.code, d.message) for d in text_forms.lint_in_form(voices.VOICES21[voice](), form).diagnostics] == NOTES.get(voice, [])


_N601_APPLICATIONS = ("“一、总体情况”中正文“{}”（政府信息公开申请 {}）与表三不一致：按其可能的含义核对均不相符：表三“一、本年新收政府信息公开申请数量”"
                      "总计 = 13；表三“一、本年新收”总计 + “二、上年结转”总计 = 14；表三“（七）总计”行总计 = 13")
_F401_ELSEWHERE = "信息处理费的收取情况写在了“三、收到和处理政府信息公开申请情况”中（“{}”），应在“六、其他需要报告的事项”中专门报告"
_F401_NONE = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“{}”）；未收取也应写明“本年度未收取信息处理费”"
_F402 = "第六部分称收取了信息处理费，但没有写明金额：“{}”"
_P702 = "落款日期{}晚于发布期限2027年1月31日"

#: (voice, the words changed, what they become, code, line, column, severity, message)
DEFECTS = [
    ("development-reform", "本报告所列数据为2026年度数据", "本报告所列数据为2025年度数据", "P701", 3, 1, "error",
     "统计期限为2025年，与标题年份2026年不一致"),
    ("development-reform", "2027年1月20日（此件公开发布）", "2027年2月5日（此件公开发布）", "P702", 72, 1, "warning",
     _P702.format("2027年2月5日")),
    ("development-reform", "办结13件，均已按时答复", "办结10件，均已按时答复", "N601", 8, 41, "error",
     "“一、总体情况”中正文“办结10件”（办结 10）与表三不一致：按其可能的含义核对均不相符：表三“（七）总计”行总计 = 13；"
     "表三“一、本年新收”总计 − “四、结转下年度继续办理”总计 = 12"),
    ("finance", "二〇二七年一月十八日", "二〇二七年二月十八日", "P702", 72, 1, "warning", _P702.format("2027年2月18日")),
    ("finance", "新收政府信息公开申请13件，上年结转1件", "新收政府信息公开申请13件，上年结转2件", "N601", 8, 26, "error",
     "“一、总体情况”中正文“上年结转2件”（上年结转 2）与表三不一致：表三“二、上年结转政府信息公开申请数量”总计 = 1"),
    ("finance", "全年未收费。", "全年按标准收取信息处理费2件。", "F402", 69, 1, "warning",
     _F402.format("严格执行《政府信息公开信息处理费管理办法》，全年按标准收取信息处理费2件")),
    ("transport", "\n2027年1月15日", "\n2027年2月15日", "P702", 76, 1, "warning", _P702.format("2027年2月15日")),
    ("transport", "予以公开5件，部分公开1件", "予以公开5件，部分公开2件", "N601", 9, 40, "error",
     "“一、总体情况”中正文“部分公开2件”（部分公开 2）与表三不一致：表三“（二）部分公开”总计 = 1"),
    ("transport", "本局本年度依申请公开未收取信息处理费。", "无。", "F401", 70, 1, "warning",
     _F401_ELSEWHERE.format("注：本年度信息处理费收取为零")),
    ("emergency", "作出行政处罚决定35件", "作出行政处罚决定36件", "N601", 7, 26, "error",
     "“一、总体情况”中正文“行政处罚决定36件”（行政处罚决定 36）与表二不一致：表二“行政处罚”行“本年处理决定数量” = 35"),
    ("emergency", "2027年1月22日（星期五）", "2027年2月22日（星期一）", "P702", 73, 1, "warning",
     _P702.format("2027年2月22日")),
    ("emergency", "本局本年度未收取信息处理费。", "无其他需要报告的事项。", "F401", 68, 1, "error",
     _F401_NONE.format("无其他需要报告的事项。")),
    ("data-bureau", "二○二七年一月十九日", "二○二七年二月十九日", "P702", 72, 1, "warning", _P702.format("2027年2月19日")),
    ("data-bureau", "制发行政规范性文件3件", "制发行政规范性文件4件", "N601", 7, 59, "error",
     "“一、总体情况”中正文“制发行政规范性文件4件”（本年制发行政规范性文件 4）与表二不一致：表二“行政规范性文件”行“本年制发件数” = 3"),
    ("data-bureau", "被申请行政复议2件", "被申请行政复议1件", "N601", 11, 12, "error",
     "“一、总体情况”中正文“行政复议1件”（行政复议 1）与表四不一致：表四“行政复议·总计” = 2"),
    ("agriculture", "制发行政规范性文件3\n件", "制发行政规范性文件5\n件", "N601", 7, 49, "error",
     "“一、总体情况”中正文“制发行政规范性文件5件”（本年制发行政规范性文件 5）与表二不一致：表二“行政规范性文件”行“本年制发件数” = 3"),
    ("agriculture", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请12件", "N601", 9, 12, "error",
     "“一、总体情况”中正文“新收政府信息公开申请12件”（本年新收政府信息公开申请 12）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("agriculture", "本局本年度未收取信息处理费，无其他需要报告的事项。", "无其他需要报告的事项。", "F401", 70, 1, "warning",
     _F401_ELSEWHERE.format("本年度依申请公开未收取信息处理费")),
    ("long-six-street", "2027年1月25日", "2027年2月25日", "P702", 79, 1, "warning", _P702.format("2027年2月25日")),
    ("long-six-street", "上年结转1件，结转下年度继续办理1件", "上年结转1件，结转下年度继续办理2件", "N601", 8, 33, "error",
     "“一、总体情况”中正文“结转下年度继续办理2件”（结转下年度 2）与表三不一致：表三“四、结转下年度继续办理”总计 = 1"),
    ("long-six-street", "本街道本年度依申请公开未发生收费情况。", "本街道本年度依申请公开按标准收取信息处理费3件。", "F402", 70, 1,
     "warning", _F402.format("本街道本年度依申请公开按标准收取信息处理费3件")),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, severity, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, severity, message):
    text = voices.VOICES21[voice]()
    assert text.count(old) == 1
    found = [(d.code, d.span.line, d.span.column, d.severity, d.message)
             for d in lint(_replace(text, [(old, new)])).diagnostics if d.severity != "note"]
    assert found == [(code, line, column, severity, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES21}
    assert all(2 <= n <= 3 for n in counts.values()), counts


#: what the facts read of each voice: (agency, period, closing date, closing month). The 发展和改革局's
#: "本报告所列数据为2026年度数据" is the period, its year the data's; its "2027年1月20日（此件公开发布）" is the
#: closing date, the note set aside
FACTS = {
    "development-reform": ("样例县发展和改革局", (2026, 2026), "2027-01-20", None),
    "finance": ("样例县财政局", (2026, 2026), "2027-01-18", None),
    "transport": ("样例县交通运输局", (2026, 2026), "2027-01-15", None),
    "emergency": ("样例县应急管理局", (2026, 2026), "2027-01-22", None),
    "data-bureau": ("样例县数据局", (2026, 2026), "2027-01-19", None),
    "agriculture": ("样例县农业农村局", (2026, 2026), "2027-01-20", None),
    "long-six-street": ("样例县示例街道办事处", (2026, 2026), "2027-01-25", None),
}


@pytest.mark.parametrize("voice", sorted(voices.VOICES21))
def test_the_voices_title_agency_period_and_date_are_read(voice):
    f = extract_facts(parse(voices.VOICES21[voice](), "report.txt"))
    agency, period, date, month = FACTS[voice]
    assert (f.title, f.agency, f.period, f.date and f.date.isoformat(), f.month) == (
        f"{agency}2026年政府信息公开工作年度报告", agency, period, date, month)


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES21.items()}
    assert all(s in t["development-reform"] for s in ("受理政府信息公开申请13件，较2025年的10件增加3件", "均已按时答复",
                                                      "办结率100%", "1.2万余条", "近40个", "无一件被复议纠错",
                                                      "本报告所列数据为2026年度数据。", "信息处理费收取为零",
                                                      "\n2027年1月20日（此件公开发布）\n"))
    assert "统计期限" not in t["development-reform"]
    assert all(s in t["finance"] for s in ("超过1.5万条", "3至5家", "\n四、政府信息公开行政复议和行政诉讼情况\n",
                                           "严格执行《政府信息公开信息处理费管理办法》，全年未收费。", "\n二〇二七年一月十八日"))
    assert all(s in t["transport"] for s in ("样例县交通运输局\n2026年政府信息公开工作年度报告\n", "2.4千余条",
                                             "\n注：本年度信息处理费收取为零。\n", "\n特此报告。\n\n样例县交通运输局\n"))
    assert all(s in t["emergency"] for s in ("应急演练12场", "1200余人次", "会议4次", "栏目2个", "\n五、存在的主要问题和改进情况\n",
                                             "\n特此报告。\n样例县应急管理局\n2027年1月22日（星期五）"))
    assert all(s in t["data-bureau"] for s in ("于2026年3月挂牌组建", "无上年度数据", "自组建以来共受理政府信息公开申请14件，无上年结转",
                                               "3.5万条", "\n二○二七年一月十九日"))
    assert "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n" in t["data-bureau"]
    assert all(s in t["agriculture"] for s in ("制发行政规范性文件3\n件", "2025年度报告中结转下年度继续办理的1件，已于2026年2月办结",
                                               "约2.3万户", "\n三、收到和处理政府信息公开申请情况\n本年度依申请公开未收取信息处理费。\n"))
    assert all(s in t["long-six-street"] for s in ("未发生收费情况", "（二）人大代表建议和政协委员提案办理情况", "90余人次",
                                                   "（四）2027年工作安排", "小区公开栏20个"))


# -- the causes, each with a passing and a failing case (tests/rules/voices21.toml has more) -------

_TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
_PERIOD = "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。"


@pytest.mark.parametrize("words, found", [
    ("本报告所列数据为2024年度数据。", []),
    ("本报告所列数据为2023年度数据。", [("P701", 3, "error", "统计期限为2023年，与标题年份2024年不一致")]),
    ("本报告数据均为2023年全年数据。", [("P701", 3, "error", "统计期限为2023年，与标题年份2024年不一致")]),
    ("据统计，2023年度本镇共收到申请10件。", []),
    ("本报告所列数据为2024年度数据，与上年对比的数据为2023年度数据。", []),
    ("本报告所列数据均为本年度数据。", []),
    ("现将本镇工作情况报告如下。",
     [("P701", 5, "warning", "未说明统计期限（如“本报告所列数据的统计期限自20××年1月1日起至20××年12月31日止”）")]),
], ids=["the title's year", "another year", "均…全年", "a count of another year", "last year's named after",
        "the report's own year", "none"])
def test_the_period_said_as_the_datas_year(words, found):
    """"本报告所列数据为2025年度数据" is the period stated, its year plain: a reader compares it with the
    title's (was never compared: a year named for the data was read as a period of uncertain years);
    "据统计，2023年度…" counts something of a year, it says nothing of the period. "本报告所列数据均为本年度
    数据" states the period as the report's own year (was P701, the period not stated)."""
    text = _replace(_TABS, [(_PERIOD, words)])
    assert [(d.code, d.span.line, d.severity, d.message) for d in lint(text, ["P701"]).diagnostics] == found


_SIGNED = "示例镇人民政府\n2025年1月20日"


@pytest.mark.parametrize("signed, found", [
    ("示例镇人民政府\n2025年1月20日（此件公开发布）", []),
    ("示例镇人民政府\n2025年2月5日（此件公开发布）", [("P702", 72, "落款日期2025年2月5日晚于发布期限2025年1月31日")]),
    ("示例镇人民政府 2025年2月5日 (主动公开)", [("P702", 71, "落款日期2025年2月5日晚于发布期限2025年1月31日")]),
    ("示例镇人民政府\n二〇二五年二月五日（此件公开发布）", [("P702", 72, "落款日期2025年2月5日晚于发布期限2025年1月31日")]),
    ("示例镇人民政府\n2025年2月5日（此件公开发布）\n- 3 -", [("P702", 72, "落款日期2025年2月5日晚于发布期限2025年1月31日")]),
    ("示例镇人民政府\n2025年2月5日（修订）", []),
    ("示例镇人民政府\n2025年1月20日\n本报告的解读见2025年2月5日（网站）", []),
], ids=["on time", "late", "agency, date and note on one line", "in Chinese numerals", "a page number after it",
        "a revision's date",
        "a date in a sentence after the closing"])
def test_the_closing_date_with_a_note_after_it(signed, found):
    """"2025年1月20日（此件公开发布）" on one line: the date is there, the note after it says how the
    report is published (was missed: no closing date read, P702 silent); a note that the date is a
    revision's is not the report's date, and a date inside a sentence is no closing line. The closing
    lines are read as the facts read them (a page number after the date, the agency on the line before)."""
    text = _replace(_TABS, [(_SIGNED, signed)])
    assert [(d.code, d.span.line, d.message) for d in lint(text, ["P702"]).diagnostics] == found


_FIVE, _FOUR = "五、存在的主要问题及改进情况", "四、政府信息公开行政复议、行政诉讼情况"


@pytest.mark.parametrize("old, title, found", [
    (_FIVE, "五、存在的问题及改进情况", [("S103", "note", _NOTE.format("五、存在的问题及改进情况", _FIVE))]),
    (_FIVE, "五、存在的主要题及改进情况", [("S103", "warning", f"标题“五、存在的主要题及改进情况”与官方表述“{_FIVE}”不同")]),
    (_FOUR, "四、政府信息公开行政复议和行政诉讼的情况",
     [("S103", "note", _NOTE.format("四、政府信息公开行政复议和行政诉讼的情况", _FOUR))]),
    (_FOUR, "四、政府信息公开行政复议、行政诉讼情兄", [("S103", "warning", f"标题“四、政府信息公开行政复议、行政诉讼情兄”与官方表述“{_FOUR}”不同")]),
], ids=["a word left out", "a character left out", "和 and an extra 的", "a character mistyped"])
def test_a_title_reworded_not_mistyped(old, title, found):
    """"五、存在的问题及改进情况": 主要 left out is a shorter wording, a note like "存在的问题及整改措施"; so is
    "行政复议和行政诉讼的情况", 和 for 、 and an extra 的 (both were warnings with a fix, as typos two
    characters off: the closer wording judged harder than the further); one character left out or
    mistyped is still a typo."""
    text = _replace(_TABS, [(old, title)])
    assert [(d.code, d.severity, d.message) for d in lint(text, ["S103"]).diagnostics] == found


@pytest.mark.parametrize("six, found", [
    ("本年度按标准收取信息处理费共计2件，金额200元。", []),
    ("本年度按标准收取信息处理费共计2件。", [("F402", "第六部分称收取了信息处理费，但没有写明金额：“本年度按标准收取信息处理费共计2件”")]),
    ("信息处理费按每件100元标准收取，本年度未收取。", []),
], ids=["cases and sum", "cases, no sum", "a rate, none charged"])
def test_the_fee_charged_in_a_number_of_cases(six, found):
    """"本年度按标准收取信息处理费共计2件": the fee was charged, in two cases; 标准 says how, not a rule
    (was F401, the fee not stated at all, and with "，金额200元" after it too)."""
    text = _replace(_TABS, [("本年度未收取信息处理费。", six)])
    assert [(d.code, d.message) for d in lint(text, ["F401", "F402"]).diagnostics] == found


_LINE8 = "本年度共收到政府信息公开申请13件，均在法定期限内答复。"


@pytest.mark.parametrize("words, found", [
    ("本年度作出行政处罚决定三千五百件。", []),
    ("本年度作出行政处罚决定叁仟伍佰件。", []),
    ("本年度作出行政处罚决定三千六百件。",
     [("N601", 8, 15, "“一、总体情况”中正文“行政处罚决定三千六百件”（行政处罚决定 3600）与表二不一致：表二“行政处罚”行“本年处理决定数量” = 3500")]),
    ("本年度作出行政处罚决定上千件，两千余件已公开。", []),
], ids=["as the table", "in capitals", "off", "rough"])
def test_a_count_in_chinese_numerals_with_qian(words, found):
    """"作出行政处罚决定三千六百件": a count in the thousands written in Chinese numerals is read like
    "三十六件" (was missed: 千 was none of a count's characters); 上千, 两千余 stay rough."""
    text = _replace(_TABS, [("行政处罚\t35", "行政处罚\t3500"), (_LINE8, words)])
    assert [(d.code, d.span.line, d.span.column, d.message) for d in lint(text, ["N601"]).diagnostics] == found


@pytest.mark.parametrize("words, found", [
    ("本年度共收到政府信息公开申请13件；办结13件。", []),
    ("本年度共收到政府信息公开申请13件；办结10件。",
     [("N601", 8, 28, "“一、总体情况”中正文“办结10件”（办结 10）与表三不一致：按其可能的含义核对均不相符：表三“（七）总计”行总计 = 13；"
                      "表三“一、本年新收”总计 − “四、结转下年度继续办理”总计 = 12")]),
    ("本年度收到群众来信50件；办结45件。", []),
    ("本年度政务服务大厅受理申请500件；办结480件。", []),
], ids=["as the table", "off", "letters", "another service"])
def test_banjie_after_a_semicolon(words, found):
    """"共收到政府信息公开申请13件；办结10件": the 办结 after a semicolon says what became of the
    applications, as after a comma (was missed: its sentence, cut at the semicolon, named no 申请);
    not after letters or another service's applications."""
    text = _replace(_TABS, [(_LINE8, words)])
    assert [(d.code, d.span.line, d.span.column, d.message) for d in lint(text, ["N601"]).diagnostics] == found
