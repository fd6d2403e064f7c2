"""A report typed with a tab before each paragraph (the first-line indent typed, not set) and
copied as text: every paragraph, heading, the title and the closing lines open with a tab, the
tables' rows have tabs between their cells. Each such line read as a table's cell on a line of its
own (the layout of a Word table pasted as text), the whole report was one table: S100, nothing
checked. A run of tab-indented lines with no number alone on a line is prose; where a table's
cells stand one a line beside it, only the lines that are a sentence or a section's heading are."""
from pathlib import Path

import pytest

from govlint.testing import lint
from harness.text_forms import cells_tabbed

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
DEFECTS = [("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14"),
           ("本年度未收取信息处理费。", "本年度无其他需要报告的事项。")]


def _indented(text: str) -> str:
    """Every line that is no table row (no tab in it) indented with a tab."""
    return "\n".join("\t" + line if line and "\t" not in line else line for line in text.split("\n"))


def _found(text):
    return [(d.code, d.message) for d in lint(text).diagnostics]


def _with_defects(text):
    for old, new in DEFECTS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def test_a_report_with_its_paragraphs_indented_by_a_tab_is_read_as_typed():
    text = _indented(SOURCE)
    assert text.count("\n\t") >= 20
    assert _found(text) == []


def test_its_defects_are_found_as_in_the_report_without_the_tabs():
    expected = _found(_with_defects(SOURCE))
    assert sorted(code for code, _ in expected) == ["A301", "A302", "A303", "F401"]
    assert _found(_indented(_with_defects(SOURCE))) == expected


@pytest.mark.parametrize("page_every", [0, 9])
def test_tables_copied_a_cell_a_line_beside_tab_indented_paragraphs_stay_tables(page_every):
    """The tables pasted one cell a line (a tab before each cell), the paragraphs typed with a tab:
    the cells stay cells, the paragraphs and headings are prose."""
    text = _indented(cells_tabbed(page_every)(SOURCE))
    assert _found(text) == []
    assert _found(_indented(cells_tabbed(page_every)(_with_defects(SOURCE)))) == _found(_with_defects(SOURCE))


def test_a_table_copied_a_cell_a_line_with_no_tabbed_prose_is_left_as_it_was():
    """Two cells that hold a sentence are no sign: the report's paragraphs are not indented."""
    text = cells_tabbed()(SOURCE)
    assert _found(text) == []
