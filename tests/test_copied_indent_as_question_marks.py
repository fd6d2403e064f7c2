"""A page copied through a wrong character set (a mirror site's copy) keeps each paragraph's indent
of full-width spaces as question marks: "????一、总体情况". The heading was no heading: with no
other heading in sight the report's structure was unrecognised (S100), else its first section
"missing" (S101). The marks opening a line before its words are the indent they stood for.

The report is invented: tests/fixtures/tabs_2024.txt with its paragraphs so indented."""
import re
from pathlib import Path

import pytest

from govlint.layout import prepare, vocabulary
from govlint.testing import lint

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def indented(text: str, words: str = "") -> str:
    """Every line of words that is no table row (or every one opening with ``words``) opened by
    four question marks."""
    return "\n".join("????" + line if line.strip() and "\t" not in line and line.startswith(words) else line
                     for line in text.split("\n"))


@pytest.mark.parametrize("words", ["", "一、"])
def test_headings_indented_with_question_marks_are_headings(words):
    """Every paragraph so indented, or the first section's heading alone (its section was missing)."""
    text = indented(CLEAN, words)
    assert text.count("????一、总体情况") == 1
    assert lint(text).diagnostics == lint(CLEAN).diagnostics == ()


def test_the_marks_become_spaces_and_the_offsets_stay():
    text = indented(CLEAN)
    prepared = prepare(text, vocabulary())
    assert "indent-lost" in prepared.repairs
    assert len(prepared.text) == len(text) and "?" not in prepared.text
    assert "\n    一、总体情况\n" in prepared.text


def test_a_heading_so_indented_alone_is_found():
    text = "示例县林业局2024年政府信息公开工作年度报告\n????一、总体情况\n2024年，本局主动公开政府信息120条。\n"
    found = [(d.code, d.message) for d in lint(text, ["S"]).diagnostics]
    assert "S100" not in [c for c, _ in found]
    assert sorted(m for c, m in found if c == "S101") == sorted(f"缺少第{n}部分“{t}”" for n, t in (
        ("二", "二、主动公开政府信息情况"), ("三", "三、收到和处理政府信息公开申请情况"),
        ("四", "四、政府信息公开行政复议、行政诉讼情况"), ("五", "五、存在的主要问题及改进情况"),
        ("六", "六、其他需要报告的事项")))


@pytest.mark.parametrize("line", ["是否继续?", "新建“city?walk”专题", "??", "?", "咨询电话：???"])
def test_a_question_mark_in_words_or_alone_stays(line):
    text = f"一、总体情况\n{line}\n"
    assert re.sub(r"\s", "", prepare(text, vocabulary()).text) == re.sub(r"\s", "", text)
