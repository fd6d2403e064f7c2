"""A report copied from a website's 繁體 version (or a mirror that serves the site's pages
converted): the same characters' traditional forms, one for one. Read as it was, every heading
and label missed the format (19 false findings on the fixture: missing sections, misspelt labels,
no fee statement); read back into simplified characters it gives what the report gives, at the
same places. A simplified report that quotes a few traditional words is left as written.
Invented reports only (the fixture, a generated page)."""
import sys
from pathlib import Path

import opencc
import pytest

from govlint.lexicon.script import simplified
from govlint.layout import render
from govlint.readers import read
from govlint.run.engine import Settings, lint_file
from govlint.config import from_dict
from govlint.testing import default_registry, lint

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS / "fixtures" / "generators"))
import report_formats as rf  # noqa: E402

CLEAN = (TESTS / "fixtures" / "tabs_2024.txt").read_text("utf-8")
#: the fixture with two defects: 表三's 自然人 total one too many (A302), no fee statement (F401)
DEFECTIVE = CLEAN.replace("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t11\t2\t0\t1\t0\t0\t14").replace(
    "本年度未收取信息处理费。", "本年度无其他需要报告的事项。")
TO_TRADITIONAL = opencc.OpenCC("s2t").convert


def _found(result, convert=lambda m: m):
    return [(d.code, d.span.line, d.span.column, convert(d.message)) for d in result.diagnostics]


@pytest.mark.parametrize("text", [CLEAN, DEFECTIVE], ids=["clean", "two-defects"])
def test_a_traditional_copy_gives_the_reports_findings_at_the_same_places(text):
    copy = TO_TRADITIONAL(text)
    assert copy != text and "政府信息公開" in copy
    assert _found(lint(copy)) == _found(lint(text))


def test_the_defects_are_found_in_the_traditional_copy():
    """(the comparison above is no proof by itself: both readings could miss them)"""
    codes = [d.code for d in lint(TO_TRADITIONAL(DEFECTIVE)).diagnostics]
    assert codes.count("A302") == 2 and codes.count("F401") == 1


def test_simplified_text_is_left_as_written():
    assert simplified(CLEAN) is None


def test_a_few_traditional_words_quoted_in_a_simplified_report_are_left():
    """A title quoted in its own script ("《政府信息公開條例》研討") is no copy of the report in
    another script: the text stays as written, and its words are quoted as written."""
    text = CLEAN.replace("编制本报告。", "编制本报告。本年度参加《政府信息公開與報告》研讨会1次。")
    assert simplified(text) is None


def test_conversion_keeps_every_position():
    copy = TO_TRADITIONAL(CLEAN)
    back = simplified(copy)
    assert back == CLEAN and len(back) == len(copy)


def _settings():
    return Settings.make(from_dict({}), default_registry())


def test_a_traditional_web_page_is_read_as_the_page_in_simplified(tmp_path):
    """The web page reader finds the report's article and title by the report's words: on the
    site's 繁體 page it must find the same (before, the title line was lost: every finding a line
    off)."""
    bl = rf.blocks(DEFECTIVE)
    page = rf.html_page(bl, title_outside=True)
    (tmp_path / "simplified.html").write_text(page, encoding="utf-8")
    (tmp_path / "traditional.html").write_text(TO_TRADITIONAL(page), encoding="utf-8")
    s, t = (lint_file(str(tmp_path / n), _settings()) for n in ("simplified.html", "traditional.html"))
    assert _found(s) and _found(t) == _found(s)
    lines = [render(read(tmp_path / n)).text.split("\n") for n in ("simplified.html", "traditional.html")]
    assert lines[1] == lines[0] and "示例镇人民政府2024年政府信息公开工作年度报告" in lines[0]
