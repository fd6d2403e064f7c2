"""The voices12 reports (tests/harness/voices.py, VOICES12): a 高新区管委会, a street office with two
applications, a county government giving its departments' figures, a 海关, a hospital, a report all in
Chinese numerals, one in 一是…二是…, one comparing every figure with last year's, one stating the fee
three ways, one on the 2019 trial format, one telling its 复议 and 诉讼 cases in prose, one quoting
条例 articles, document numbers and dates. Each clean one gives no finding, as written and as every
text copy degrades it; each seeded defect (a wrong prose figure, a missing or amount-less fee
statement, a wrong carried figure) gives exactly its finding, at the words that state it."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms, voices  # noqa: E402
from harness.sources import _replace  # noqa: E402


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
@pytest.mark.parametrize("voice", sorted(voices.VOICES12))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES12[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


#: (voice, the words changed, what they become, code, line, column, message)
DEFECTS = [
    ("hightech", "办结13件", "办结11件", "N601", 8, 36,
     "“一、总体情况”中正文“办结11件”（办结 11）与表三不一致：按其可能的含义核对均不相符：表三“（七）总计”行总计 = 13；表三“一、本年新收”总计 − “四、结转下年度继续办理”总计 = 12"),
    ("hightech", "上年结转1件，办结13件", "上年结转2件，办结13件", "N601", 8, 29,
     "“一、总体情况”中正文“上年结转2件”（上年结转 2）与表三不一致：表三“二、上年结转政府信息公开申请数量”总计 = 1"),
    ("hightech", "本年度管委会未发生信息处理费收费情况。", "本年度管委会无其他需要报告的事项。", "F401", 71, 1,
     "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“本年度管委会无其他需要报告的事项。”）；未收取也应写明“本年度未收取信息处理费”"),
    ("tiny-street", "政府信息公开申请两件，均已办结", "政府信息公开申请三件，均已办结", "N601", 8, 12,
     "“一、总体情况”中正文“收到居民提出的政府信息公开申请三件”（政府信息公开申请 3）与表三不一致：按其可能的含义核对均不相符：表三“一、本年新收政府信息公开申请数量”总计 = 2；表三“一、本年新收”总计 + “二、上年结转”总计 = 2；表三“（七）总计”行总计 = 2"),
    ("tiny-street", "其中予以公开一件", "其中予以公开两件", "N601", 8, 37,
     "“一、总体情况”中正文“予以公开两件”（予以公开 2）与表三不一致：按其可能的含义核对均不相符：表三“（一）予以公开”总计 = 1；表三“（一）予以公开”总计 + “（二）部分公开”总计 = 1"),
    ("tiny-street", "全年未发生政府信息公开行政复议、行政诉讼案件。", "全年发生政府信息公开行政复议1件。", "N601", 11, 19,
     "“一、总体情况”中正文“行政复议1件”（行政复议 1）与表四不一致：表四“行政复议·总计” = 0"),
    ("county-government", "县人民政府全年新收政府信息公开申请13件", "县人民政府全年新收政府信息公开申请31件", "N601", 8, 17,
     "“一、总体情况”中正文“新收政府信息公开申请31件”（本年新收政府信息公开申请 31）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("county-government", "县人民政府因政府信息公开被申请行政复议2件", "县人民政府因政府信息公开被申请行政复议3件", "N601", 11, 24,
     "“一、总体情况”中正文“行政复议3件”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("county-government", "县人民政府制发行政规范性文件3件", "县人民政府制发行政规范性文件5件", "N601", 7, 37,
     "“一、总体情况”中正文“制发行政规范性文件5件”（本年制发行政规范性文件 5）与表二不一致：表二“行政规范性文件”行“本年制发件数” = 3"),
    ("customs", "其中全部公开5件", "其中全部公开8件", "N601", 8, 37,
     "“一、总体情况”中正文“全部公开8件”（予以公开 8）与表三不一致：按其可能的含义核对均不相符：表三“（一）予以公开”总计 = 5；表三“（一）予以公开”总计 + “（二）部分公开”总计 = 6"),
    ("customs", "本关全年新收政府信息公开申请13件", "本关全年新收政府信息公开申请16件", "N601", 8, 14,
     "“一、总体情况”中正文“新收政府信息公开申请16件”（本年新收政府信息公开申请 16）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("customs", "本关在办理政府信息公开申请过程中未收取任何费用。", "无。", "F401", 68, 1,
     "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“无。”）；未收取也应写明“本年度未收取信息处理费”"),
    ("hospital", "受理政府信息公开申请壹拾叁件", "受理政府信息公开申请壹拾伍件", "N601", 8, 14,
     "“一、总体情况”中正文“受理政府信息公开申请壹拾伍件”（政府信息公开申请 15）与表三不一致：按其可能的含义核对均不相符：表三“一、本年新收政府信息公开申请数量”总计 = 13；表三“一、本年新收”总计 + “二、上年结转”总计 = 14；表三“（七）总计”行总计 = 13"),
    ("hospital", "上年结转壹件", "上年结转贰件", "N601", 8, 29,
     "“一、总体情况”中正文“上年结转贰件”（上年结转 2）与表三不一致：表三“二、上年结转政府信息公开申请数量”总计 = 1"),
    ("hospital", "本院本年度未收取信息处理费。病历复印按物价部门核定的标准收取复印工本费，不属于信息处理费。", "本院无其他需要报告的事项。", "F401", 68, 1,
     "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“本院无其他需要报告的事项。”）；未收取也应写明“本年度未收取信息处理费”"),
    ("all-chinese", "新收政府信息公开申请十三件", "新收政府信息公开申请十六件", "N601", 8, 12,
     "“一、总体情况”中正文“新收政府信息公开申请十六件”（本年新收政府信息公开申请 16）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("all-chinese", "不予处理两件", "不予处理三件", "N601", 8, 61,
     "“一、总体情况”中正文“不予处理三件”（不予处理 3）与表三不一致：表三“（五）不予处理”各项总计之和（5项） = 2"),
    ("all-chinese", "被提起行政诉讼一件", "被提起行政诉讼两件", "N601", 11, 29,
     "“一、总体情况”中正文“提起行政诉讼两件”（行政诉讼 2）与表四不一致：表四“未经复议直接起诉·总计” + “复议后起诉·总计” = 1"),
    ("first-second", "新收政府信息公开申请13件", "新收政府信息公开申请31件", "N601", 6, 89,
     "“一、总体情况”中正文“新收政府信息公开申请31件”（本年新收政府信息公开申请 31）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("first-second", "无法提供4件", "无法提供5件", "N601", 6, 124,
     "“一、总体情况”中正文“无法提供5件”（无法提供 5）与表三不一致：表三“（四）无法提供”各项总计之和（3项） = 4"),
    ("first-second", "一是本年度未收取信息处理费；二是无其他需要报告的事项。", "无其他需要报告的事项。", "F401", 63, 1,
     "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“无其他需要报告的事项。”）；未收取也应写明“本年度未收取信息处理费”"),
    ("each-year", "全年新收政府信息公开申请13件，较上年减少5件", "全年新收政府信息公开申请15件，较上年减少3件", "N601", 8, 12,
     "“一、总体情况”中正文“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("each-year", "被提起行政诉讼1件，与上年持平", "被提起行政诉讼3件，与上年持平", "N601", 11, 37,
     "“一、总体情况”中正文“提起行政诉讼3件”（行政诉讼 3）与表四不一致：表四“未经复议直接起诉·总计” + “复议后起诉·总计” = 1"),
    ("each-year", "予以公开5件，较上年增加1件", "予以公开7件，较上年增加3件", "N601", 8, 44,
     "“一、总体情况”中正文“予以公开7件”（予以公开 7）与表三不一致：按其可能的含义核对均不相符：表三“（一）予以公开”总计 = 5；表三“（一）予以公开”总计 + “（二）部分公开”总计 = 6"),
    ("fees", "本局本年度未发生收费情况，收取信息处理费0元。", "本局本年度依规定收取信息处理费。", "F402", 70, 1,
     "第六部分称收取了信息处理费，但没有写明金额：“本局本年度依规定收取信息处理费”"),
    ("fees", "上年结转1件，均依法答复", "上年结转3件，均依法答复", "N601", 8, 26,
     "“一、总体情况”中正文“上年结转3件”（上年结转 3）与表三不一致：表三“二、上年结转政府信息公开申请数量”总计 = 1"),
    ("trial2020", "2020年共收到政府信息公开申请13件", "2020年共收到政府信息公开申请12件", "N601", 8, 16,
     "“一、总体情况”中正文“收到政府信息公开申请12件”（政府信息公开申请 12）与表三不一致：按其可能的含义核对均不相符：表三“一、本年新收政府信息公开申请数量”总计 = 13；表三“一、本年新收”总计 + “二、上年结转”总计 = 14；表三“（七）总计”行总计 = 13"),
    ("trial2020", "部分公开1件", "部分公开3件", "N601", 8, 44,
     "“一、总体情况”中正文“部分公开3件”（部分公开 3）与表三不一致：表三“（二）部分公开”总计 = 1"),
    ("cases", "被提起行政诉讼1件，为未经复议直接起诉", "被提起行政诉讼2件，为未经复议直接起诉", "N601", 11, 53,
     "“一、总体情况”中正文“提起行政诉讼2件”（行政诉讼 2）与表四不一致：表四“未经复议直接起诉·总计” + “复议后起诉·总计” = 1"),
    ("cases", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请10件", "N601", 8, 12,
     "“一、总体情况”中正文“新收政府信息公开申请10件”（本年新收政府信息公开申请 10）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("cases", "其中1件经复议机关审理维持原答复，1件尚未审结", "均获维持", "N601", 11, 28,
     "“一、总体情况”中正文称“全年因政府信息公开被申请行政复议2件，均获维持”（全部维持），但表四 行政复议·尚未审结 = 1（结果纠正和尚未审结应为0）"),
    ("articles", "全年新收政府信息公开申请13件", "全年新收政府信息公开申请15件", "N601", 8, 41,
     "“一、总体情况”中正文“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("articles", "部分公开1件，依据", "部分公开3件，依据", "N601", 8, 55,
     "“一、总体情况”中正文“部分公开3件”（部分公开 3）与表三不一致：表三“（二）部分公开”总计 = 1"),
    ("articles", "被申请行政复议2件", "被申请行政复议4件", "N601", 11, 21,
     "“一、总体情况”中正文“行政复议4件”（行政复议 4）与表四不一致：表四“行政复议·总计” = 2"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, message", DEFECTS,
                         ids=[f"{d[0]}:{d[2]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, message):
    text = _replace(voices.VOICES12[voice](), [(old, new)])
    found = [(d.code, d.span.line, d.span.column, d.message) for d in lint(text).diagnostics]
    assert found == [(code, line, column, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES12}
    assert all(2 <= n <= 3 for n in counts.values()), counts


def test_the_voices_say_what_they_claim():
    """The phrasings are really there (else the clean runs above prove nothing)."""
    t = {name: make() for name, make in voices.VOICES12.items()}
    assert "管委会" in t["hightech"] and "办结13件" in t["hightech"] and "未发生信息处理费收费情况" in t["hightech"]
    assert "申请两件，均已办结" in t["tiny-street"] and "收取信息处理费0元" in t["tiny-street"]
    assert "一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2" in t["tiny-street"]
    assert "县自然资源局收到申请128件" in t["county-government"] and "样例县人民政府\n" in t["county-government"]
    assert "隶属海关共受理政府信息公开申请40件" in t["customs"] and "全部公开5件" in t["customs"]
    assert "壹拾叁件" in t["hospital"] and "不属于信息处理费" in t["hospital"]
    assert "二〇二四年一月一日" in t["all-chinese"] and "二〇二五年一月二十日" in t["all-chinese"]
    assert not any(ch.isdigit() for line in t["all-chinese"].split("\n") if "\t" not in line
                   and not line.startswith(("第二十条", "3.", "2.", "4.", "5.", "6.", "7.", "8.")) for ch in line)
    assert "一是主动公开" in t["first-second"] and "四是平台建设" in t["first-second"]
    assert t["each-year"].count("上年") >= 6 and "同比增长10.7%" in t["each-year"]
    assert "未收取任何费用" in t["fees"] and "未发生收费情况" in t["fees"] and "收取信息处理费0元" in t["fees"]
    assert "本年新制作数量" in t["trial2020"] and "（六）其他处理\t0" in t["trial2020"]
    assert "尚未审结" in t["cases"] and "判决纠正1件" in t["cases"]
    assert "第三十六条第（三）项" in t["articles"] and "国办公开办函〔2021〕30号" in t["articles"] and "12369" in t["articles"]
