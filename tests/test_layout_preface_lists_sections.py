"""A preface that lists the report's six parts in one sentence ("全文包括：一、总体情况；二、…；六、其他需要
报告的事项。", a web page's report; voices33), in a copy flattened onto one line. Each title of the list
but the last has its separator after it and was known as a title named in a sentence; the last, a full
stop after it, was taken for 六's heading in the preface: the sections one to five then stood after 六
and 六 twice (six S102 errors). A title the list's separator joins to the title before it is the list's
too. Invented report (tests/fixtures/tabs_2024.txt, the preface sentence added)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "tabs_2024.txt"
TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _with_preface(separator: str, lead: str = "全文包括：", end: str = "。") -> str:
    text = FIXTURE.read_text(encoding="utf-8")
    listed = lead + separator.join(TITLES) + end
    return text.replace("的要求，编制本报告。", "的要求，编制本报告。" + listed, 1)


@pytest.mark.parametrize("separator", ["；", ";", "，", "、"])
@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
def test_a_preface_listing_the_six_parts_opens_no_section(separator, form):
    result = text_forms.lint_in_form(_with_preface(separator), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []


def test_a_section_heading_after_a_sentence_in_a_flattened_copy_still_opens_its_section():
    """The list's last title is one only when a separator joins it to a title before it: 六's heading
    after 五's last sentence ("…台账。六、其他需要报告的事项 本年度…") still opens 六 (a section dropped
    shows it: S101 for the missing 五, not for 六)."""
    text = FIXTURE.read_text(encoding="utf-8")
    start = text.index("五、存在的主要问题及改进情况")
    text = text[:start] + text[text.index("六、其他需要报告的事项"):]
    result = text_forms.lint_in_form(text, "one-line")
    assert [d.code for d in result.diagnostics] == ["S101"]
    assert "第五部分" in result.diagnostics[0].message
