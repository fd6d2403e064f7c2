"""Reports in voices the other tests do not have (tests/harness/voices.py: a county 卫生健康局, 教育局,
公安局 and 自然资源和规划局, a 乡 with nothing to report, a city office reporting for the whole city, a
street office): each clean one gives no finding, as written and as text copies degrade it; one
defect seeded in the prose of each gives exactly its finding, at the words that state it."""
import re
import sys
from pathlib import Path

import pytest

from govlint.lexicon import enumerators
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms, voices  # noqa: E402
from harness.sources import _replace  # noqa: E402


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
@pytest.mark.parametrize("voice", sorted(voices.CLEAN))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.CLEAN[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_N = "“一、总体情况”中正文"
_T3 = "表三“一、本年新收政府信息公开申请数量”总计 = 13；表三“一、本年新收”总计 + “二、上年结转”总计 = 14；表三“（七）总计”行总计 = 13"

#: (voice, the words changed, what they become, code, line, column, message)
DEFECTS = [
    ("health", "全年共收到政府信息公开申请十三件", "全年共收到政府信息公开申请十五件", "N601", 8, 15,
     f"{_N}“收到政府信息公开申请十五件”（政府信息公开申请 15）与表三不一致：按其可能的含义核对均不相符：{_T3}"),
    ("health", "予以公开五件", "予以公开七件", "N601", 8, 72,
     f"{_N}“予以公开七件”（予以公开 7）与表三不一致：按其可能的含义核对均不相符：表三“（一）予以公开”总计 = 5；"
     "表三“（一）予以公开”总计 + “（二）部分公开”总计 = 6"),
    ("health", "上年结转一件", "上年结转两件", "N601", 8, 37,
     f"{_N}“上年结转两件”（上年结转 2）与表三不一致：表三“二、上年结转政府信息公开申请数量”总计 = 1"),
    ("education", "全年新收政府信息公开申请13件（上年15件）", "全年新收政府信息公开申请15件（上年13件）", "N601", 8, 15,
     f"{_N}“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
    ("education", "本局在政府信息公开工作中不存在收费情况。", "本局无其他需要报告的事项。", "F401", 67, 1,
     "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“本局无其他需要报告的事项。”）；"
     "未收取也应写明“本年度未收取信息处理费”"),
    ("police", "不予处理2件", "不予处理20件", "N601", 8, 77,
     f"{_N}“不予处理20件”（不予处理 20）与表三不一致：表三“（五）不予处理”各项总计之和（5项） = 2"),
    ("land", "被提起行政诉讼1件（被纠错1件）", "被提起行政诉讼1件（未被纠错）", "N601", 11, 49,
     "“一、总体情况”中正文称“因政府信息公开被申请行政复议2件（维持1件，尚未审结1件），被提起行政诉讼1件（未被纠错）”"
     "（没有被纠错的案件），但表四 未经复议直接起诉·结果纠正 = 1（应为0）"),
    ("land", "本年度收费0元。", "无", "F401", 68, 1,
     "信息处理费的收取情况写在了“一、总体情况”中（“全年依申请公开收费0元”），应在“六、其他需要报告的事项”中专门报告"),
    ("nothing", "本年度未收到政府信息公开申请", "本年度收到政府信息公开申请两件", "N601", 8, 13,
     f"{_N}“收到政府信息公开申请两件”（政府信息公开申请 2）与表三不一致：按其可能的含义核对均不相符："
     "表三“一、本年新收政府信息公开申请数量”总计 = 0；表三“一、本年新收”总计 + “二、上年结转”总计 = 0；表三“（七）总计”行总计 = 0"),
    ("nothing", "公开栏内容偏少，更新不及时。下一步按月更新公开栏。", "无。", "S105", 65, 1,
     "“五、存在的主要问题及改进情况”内容为“无。”，只有1个汉字，没有具体说明存在的问题和改进措施（除小标题外应至少有15个汉字）"),
    ("city", "收到政府信息公开申请13件（其中自然人10件）", "收到政府信息公开申请16件（其中自然人10件）", "N601", 9, 10,
     f"{_N}“收到政府信息公开申请16件”（政府信息公开申请 16）与表三不一致：按其可能的含义核对均不相符：{_T3}"),
    ("garden-street", "被申请行政复议2件", "被申请行政复议5件", "N601", 16, 14,
     f"{_N}“行政复议5件”（行政复议 5）与表四不一致：表四“行政复议·总计” = 2"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, message", DEFECTS,
                         ids=[f"{d[0]}:{d[2]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, message):
    text = _replace(voices.CLEAN[voice](), [(old, new)])
    found = [(d.code, d.span.line, d.span.column, d.message) for d in lint(text).diagnostics]
    assert found == [(code, line, column, message)]


def test_the_voices_say_what_they_claim():
    """The phrasings are really there (else the clean runs above prove nothing)."""
    texts = {name: make() for name, make in voices.CLEAN.items()}
    assert "十三件" in texts["health"] and "较上年增加3件" in texts["health"] and "一百二十条" in texts["health"]
    assert "没有收取信息处理费" in texts["health"]
    assert "（上年15件）" in texts["education"] and "5至10个工作日" in texts["education"] and "不存在收费情况" in texts["education"]
    assert "信访" in texts["police"] and "均未收费" in texts["police"] and "收取信息处理费情况\t0元" in texts["police"]
    assert "下降50%" in texts["land"] and "尚未审结1件" in texts["land"] and "收费0元" in texts["land"]
    assert all(c in ("0", "") for line in texts["nothing"].split("\n") if "\t" in line
               for c in line.split("\t")[1:] if c.strip().isdigit())
    assert "未收到政府信息公开申请" in texts["nothing"] and "被纠错数为零" in texts["nothing"]
    assert "共收到政府信息公开申请2356件" in texts["city"] and "0.00万元" in texts["city"]
    assert "（含上年结转1件）" in texts["garden-street"] and "上半年发布152条" in texts["garden-street"]


@pytest.mark.parametrize("line, item", [("（一）主动公开", True), ("（1）主动公开", True), ("( 2 )改进措施", True),
                                        ("一、总体情况", True), ("3．监督保障", True), ("一是", False),
                                        ("1.5万条", False), ("一，总体情况", False)])
def test_the_lexicon_owns_the_enumerators_prose_reads(line, item):
    """prose.py and S105 take their list items from the lexicon: （1） and （一）, 一、 and 1.; not a
    decimal number, nor a heading numeral's comma (a heading line's, not a list item's)."""
    assert bool(re.match(rf"(?:{enumerators.ITEM})", line)) is item
    assert bool(re.match(enumerators.ORDINAL, line)) is (line == "一是")
