"""The voices13 reports (tests/harness/voices.py, VOICES13): a 市场监督管理局 giving its figures in
brackets (受理依申请公开（13件）, 行政复议（2件）), 办结依申请公开事项N件, its cases by state and last
year's cases upheld, the fee as a sub-heading answered on the next line; a 医疗保障局 naming the fee's
rules before stating, in a sentence without 费, that none was collected. Each clean one gives no finding,
as written and as every text copy degrades it; each seeded defect gives exactly its finding."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms, voices  # noqa: E402
from harness.sources import _replace  # noqa: E402


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
@pytest.mark.parametrize("voice", sorted(voices.VOICES13))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES13[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_NOT_STATED = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（只提到“{}”，未说明本年度是否收取）；未收取也应写明“本年度未收取信息处理费”"

#: (voice, the words changed, what they become, code, line, column, message)
DEFECTS = [
    ("brackets", "被申请行政复议（2件）", "被申请行政复议（3件）", "N601", 11, 21,
     "“一、总体情况”中正文“行政复议（3件）”（行政复议 3）与表四不一致：表四“行政复议·总计” = 2"),
    ("brackets", "办结依申请公开事项13件", "办结依申请公开事项11件", "N601", 8, 32,
     "“一、总体情况”中正文“办结依申请公开事项11件”（办结 11）与表三不一致：按其可能的含义核对均不相符：表三“（七）总计”行总计 = 13；表三“一、本年新收”总计 − “四、结转下年度继续办理”总计 = 12"),
    ("brackets", "（一）信息处理费收取情况\n无。", "（一）信息处理费收取情况", "F401", 68, 1,
     _NOT_STATED.format("（一）信息处理费收取情况")),
    ("fee-rules", "本年度未收取。", "", "F401", 68, 1,
     _NOT_STATED.format("本局严格执行《政府信息公开信息处理费管理办法》")),
    ("fee-rules", "新收政府信息公开申请13件", "新收政府信息公开申请15件", "N601", 8, 12,
     "“一、总体情况”中正文“新收政府信息公开申请15件”（本年新收政府信息公开申请 15）与表三不一致：表三“一、本年新收政府信息公开申请数量”总计 = 13"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, message", DEFECTS,
                         ids=[f"{d[0]}:{d[2]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, message):
    text = _replace(voices.VOICES13[voice](), [(old, new)])
    found = [(d.code, d.span.line, d.span.column, d.message) for d in lint(text).diagnostics]
    assert found == [(code, line, column, message)]


def test_the_voices_say_what_they_claim():
    """The phrasings are really there (else the clean runs above prove nothing)."""
    t = {name: make() for name, make in voices.VOICES13.items()}
    assert "受理依申请公开（13件）" in t["brackets"] and "行政复议（2件）" in t["brackets"]
    assert "办结依申请公开事项13件" in t["brackets"] and "1件已审结，1件尚未审结" in t["brackets"]
    assert "2023年发生行政复议3件，均获维持" in t["brackets"] and "（一）信息处理费收取情况\n无。" in t["brackets"]
    assert "严格执行《政府信息公开信息处理费管理办法》" in t["fee-rules"] and "。本年度未收取。" in t["fee-rules"]
    assert "不属于信息处理费" in t["fee-rules"]
