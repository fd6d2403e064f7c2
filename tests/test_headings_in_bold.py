"""Sections headed by their title in bold with no numeral ("**总体情况**": Word's list numbering lost
in a Markdown copy, or a page's <strong>). Found by combining the harness's voices (bold headings)
with their run-in and title variants (combo27): a bold title with its first sentence run on after
it ("**总体情况**：2024年…", "**其他需要报告的事项**。本年度未收取…"), a bold title with words added
("**主动公开政府信息情况（含规章、行政规范性文件制发情况）**", "**总体情况（2025年度）**") or
shortened ("**存在的主要问题**") was no heading: S101 for that section. The bold says heading; the
title's first words say which. The sentence run on after it is the section's first paragraph."""
from pathlib import Path

from govlint.testing import lint
from harness.text_forms import hard_wrap

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _bold(text: str, **heads) -> str:
    for k, t in enumerate(TITLES, start=1):
        text = text.replace(t + "\n", heads.get(f"h{k}", f"**{t[2:]}**") + "\n", 1)
    return text


def _found(text, select=("S", "F")):
    return [(d.code, d.message) for d in lint(text, select=list(select)).diagnostics]


def test_bold_titles_are_the_sections():
    assert _found(_bold(SOURCE)) == []


def test_a_sentence_run_on_after_a_bold_title_is_the_section_s_text():
    text = _bold(SOURCE).replace("**总体情况**\n", "**总体情况**：", 1)
    text = text.replace("**其他需要报告的事项**\n本年度未收取信息处理费。", "**其他需要报告的事项**。本年度未收取信息处理费。")
    assert "**其他需要报告的事项**。本年度未收取信息处理费。" in text
    assert _found(text) == []


def test_bold_titles_with_words_added_or_shortened_are_the_sections():
    text = _bold(SOURCE, h1="**总体情况（2024年度）**", h2="**主动公开政府信息情况（含规章、行政规范性文件制发情况）**",
                 h5="**存在的主要问题**")
    assert _found(text, select=("S101", "S102")) == []


def test_a_bold_sub_heading_of_other_words_is_no_section():
    text = _bold(SOURCE).replace("**存在的主要问题及改进情况**\n", "**工作亮点**\n", 1)
    assert [c for c, _ in _found(text, select=("S101",))] == ["S101"]


def test_the_fee_statement_run_on_after_the_bold_title_is_read_and_its_absence_said():
    text = _bold(SOURCE).replace("**其他需要报告的事项**\n本年度未收取信息处理费。", "**其他需要报告的事项**。本年度无其他需要报告的事项。")
    assert [c for c, _ in _found(text, select=("F401",))] == ["F401"]


def _all_bold_run_in(text: str, fee: str = "本年度未收取信息处理费。") -> str:
    """The heading paragraphs in bold with their first sentence run in, the bold kept over the
    whole paragraph ("**总体情况。2024年，…。**"): a Word heading style's bold over the sentence."""
    first = "2024年，示例镇人民政府坚持以公开为常态、不公开为例外，扎实做好政府信息公开工作。"
    text = _bold(SOURCE).replace(f"**总体情况**\n{first}\n", f"**总体情况。{first}**\n", 1)
    return text.replace("**其他需要报告的事项**\n本年度未收取信息处理费。\n", f"**其他需要报告的事项：{fee}**\n", 1)


def test_a_whole_paragraph_in_bold_opening_with_a_title_is_the_heading_and_its_sentence():
    """combo27's bold headings × run-in as written: S101 for 一 (and 六): the bold ran past the
    title to the sentence's end, so the paragraph was no bold title."""
    text = _all_bold_run_in(SOURCE)
    assert "**总体情况。2024年，示例镇" in text and "**其他需要报告的事项：本年度未收取信息处理费。**" in text
    assert _found(text) == []


def test_the_fee_statement_in_a_bold_run_in_paragraph_is_read_and_its_absence_said():
    text = _all_bold_run_in(SOURCE, fee="本年度无其他需要报告的事项。")
    assert [c for c, _ in _found(text)] == ["F401"]


def test_a_whole_bold_paragraph_of_other_words_is_no_heading():
    """A sentence in bold that opens with other words ("**工作亮点：…**") heads nothing."""
    text = _all_bold_run_in(SOURCE).replace("**其他需要报告的事项：", "**工作亮点：", 1)
    assert [m for c, m in _found(text, select=("S101",))] == ["缺少第六部分“六、其他需要报告的事项”"]


def test_a_bold_run_in_paragraph_wrapped_at_a_fixed_width_is_still_the_heading():
    """The same copied at 24 characters a line: "**总体情况。2024年，示例镇…" / "…工作。**", the bold's
    close on a later line; S101 for 一."""
    text = hard_wrap(24)(_all_bold_run_in(SOURCE))
    assert "**总体情况。2024年，示例镇" in text and "**总体情况。2024年，示例镇人民政府坚持以公开为常态、不公开为例外，扎实做好政府信息公开工作。**" not in text
    assert _found(text, select=("S101", "S102", "F401")) == []
