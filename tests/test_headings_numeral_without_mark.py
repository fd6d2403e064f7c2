"""Sections numbered with the numeral and a space, no mark ("一 总体情况"). A web page, a Word file
or a PDF joins two CJK characters a space stood between, so the heading reaches the binder as
"一总体情况": it was no heading, and the whole report was lost (S100, or "no report on this page",
the tables unbound). Found by combining the harness's voices (a development zone's report numbered
so) with the web page makers (combo27). The heading is the numeral and the section's title with a
space or nothing between; a paragraph that opens with a numeral and other words is none.

A title run into its first sentence under such an enumerator ("第一部分 总体情况。2024年，…") is a
heading however long the sentence; a long line that is one sentence is none."""
import sys
from pathlib import Path

from govlint.checks.registry import load
from govlint.config import Config
from govlint.run.engine import Settings, lint_file
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.web_pages import editor_page  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
SETTINGS = Settings.make(Config(), load(builtins_only=True))
TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _numbered(text: str, gap: str) -> str:
    for t in TITLES:
        text = text.replace(t + "\n", t.replace("、", gap, 1) + "\n", 1)
    return text


def _codes(result):
    return [(d.code, d.message) for d in result.diagnostics]


def test_a_web_page_numbered_with_a_space_reads_as_its_text(tmp_path):
    source = _numbered(SOURCE, " ")
    assert _codes(lint(source)) == []
    path = tmp_path / "report.html"
    path.write_text(editor_page(source), encoding="utf-8")
    result = lint_file(str(path), SETTINGS)
    assert not result.errors
    assert _codes(result) == []


def test_a_text_whose_spaces_were_dropped_keeps_its_sections():
    assert _codes(lint(_numbered(SOURCE, ""))) == []


def test_a_section_missing_under_that_numbering_is_still_missing():
    text = _numbered(SOURCE, "").replace("五存在的主要问题及改进情况\n", "")
    assert [c for c, _ in _codes(lint(text, select=["S"]))] == ["S101"]


def test_a_paragraph_opening_with_a_numeral_and_other_words_is_no_heading():
    # under 一、 headings nothing changes: "三季度…" and "一季度…" in prose are sentences
    text = SOURCE.replace("一是公开内容的解读不够深入", "一季度公开内容的解读不够深入")
    assert _codes(lint(text, select=["S"])) == []


def test_a_title_run_into_a_long_first_sentence_is_a_heading():
    text = _numbered(SOURCE, " ").replace(
        "一 总体情况\n", "一 总体情况。" + "本年度示例镇人民政府坚持以公开为常态、不公开为例外，" * 3 + "扎实推进政务公开。\n", 1)
    first = text.splitlines()[4]
    assert first.startswith("一 总体情况。") and len(first) > 90
    assert _codes(lint(text, select=["S"])) == []


def test_a_long_line_that_is_one_sentence_is_no_heading():
    sentence = "一 总体情况良好，" + "本年度示例镇人民政府坚持以公开为常态、不公开为例外，" * 3 + "扎实推进政务公开"
    text = _numbered(SOURCE, " ").replace("一 总体情况\n", sentence + "\n", 1)
    assert len(sentence) > 90
    assert [c for c, _ in _codes(lint(text, select=["S"]))] == ["S101"]
