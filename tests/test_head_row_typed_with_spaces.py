"""A table's head row whose cells stand apart with spaces instead of tabs: a copy whose tabs were
made spaces (four, or one), or a report flattened onto one line. The head row reads as a line of
text; the binder never saw its column names, and a column named the old way ("社会组织" for
社会公益组织: V501) went unsaid. A line of column names and head words (two known for each word
the formats do not hold, "法人或其他组织"; no row's own label, no number, no sentence) is that
head row, one cell a word; a bracketed note before them (表三's "（本列数据的勾稽关系为：…）") is
its first cell.

The report is invented: tests/fixtures/tabs_2024.txt, its 表三 head naming 社会组织."""
import re
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells
from govlint.layout import vocabulary
from govlint.layout.blocks import spaced_heads
from govlint.syntax.ast import Paragraph, Table
from govlint.layout.cells import span_of

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
OLD = TABS.replace("\t社会公益组织\t", "\t社会组织\t")
MESSAGE = "表三列名“社会组织”是旧格式或非官方写法，2021年格式为“社会公益组织”"

FORMS = {
    "four-spaces": lambda s: s.replace("\t", "    "),
    "one-space": lambda s: re.sub(r"\t+", " ", s),
    "one-line": lambda s: re.sub(r"\s*\n\s*", " ", s.replace("\t", " ")).strip() + "\n",
}


def _at(text, word="社会组织"):
    """(line, column) of the head's ``word``."""
    k = text.index(word)
    return text.count("\n", 0, k) + 1, k - text.rfind("\n", 0, k)


def test_the_typed_report_names_the_old_column():
    assert _found(OLD) == [("V501", 32, 13, MESSAGE)]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_head_row_with_spaces_for_tabs_names_the_old_column(form):
    text = FORMS[form](OLD)
    assert "\t" not in text
    assert _found(text) == [("V501", *_at(text), MESSAGE)]
    assert _cells(text) == _cells(OLD)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_an_official_head_with_spaces_says_nothing(form):
    assert _found(FORMS[form](TABS)) == []


def _paragraph(text, line=7):
    return Paragraph(text, span_of((line, 1, line, 1 + len(text), 100, 100 + len(text))))


def test_the_head_row_is_one_cell_a_word_at_its_place():
    p = _paragraph("（本列数据的勾稽关系为：第一项加第二项之和） 申请人情况  自然人 法人或其他组织 总计")
    [t] = spaced_heads([p], vocabulary())
    assert type(t) is Table and len(t.rows) == 1
    cells = t.rows[0].cells
    assert [c.text for c in cells] == ["（本列数据的勾稽关系为：第一项加第二项之和）", "申请人情况", "自然人",
                                       "法人或其他组织", "总计"]
    assert [(c.span.line, c.span.column) for c in cells] == [(7, 1), (7, 24), (7, 31), (7, 35), (7, 43)]
    assert cells[2].span.start == 130


@pytest.mark.parametrize("text", [
    "规章 行政规范性文件",                      # row labels: no head
    "自然人 10 法人或其他组织",                  # a number
    "本机关 自然人 申请 较多 主要 集中",          # words the formats do not hold
    "自然人。商业企业 科研机构",                  # a sentence
    "自然人",                                   # one word
])
def test_lines_that_are_no_head_stay_text(text):
    p = _paragraph(text)
    assert spaced_heads([p], vocabulary()) == [p]
