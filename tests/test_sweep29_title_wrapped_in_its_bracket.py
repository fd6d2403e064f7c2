"""A title with its year in brackets after it ("示例镇人民政府政府信息公开工作年度报告（2024年度）") in a
copy hard-wrapped at a fixed width (24 characters, an e-mail's text): the wrap cuts it inside its
bracket ("…年度报告（2024" / "年度）"). The title's lines were joined only before "报告" or for a
whole "（2024年度）" below it, so the title read "…年度报告（2024" with no year (a false S104).
``binder.facts._title`` now takes the line below that closes the bracket the title opened."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"


def _findings(result):
    return [(d.code, d.message) for d in result.diagnostics]


def test_a_title_with_its_year_in_brackets_wrapped_at_24_reads_as_written():
    form = "wrap-24"
    written = SOURCE.replace(TITLE, "示例镇人民政府政府信息公开工作年度报告（2024年度）")
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, form)) == []


def test_a_title_cut_inside_its_bracket_reads_whole():
    written = SOURCE.replace(TITLE, "示例镇人民政府政府信息公开工作年度报告（2024\n年度）")
    assert _findings(lint(written, path="report.txt")) == []


def test_a_title_cut_inside_its_bracket_with_no_year_lacks_the_year():
    """The bracket closed on the next line names no year ("（征求" / "意见稿）"): S104 quotes the whole title."""
    written = SOURCE.replace(TITLE, "示例镇人民政府政府信息公开工作年度报告（征求\n意见稿）")
    assert _findings(lint(written, path="report.txt")) == [
        ("S104", "报告标题“示例镇人民政府政府信息公开工作年度报告（征求意见稿）”缺少年份")]
