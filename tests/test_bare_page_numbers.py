"""Pages' numbers printed bare, each alone on a line where its page ends ("1", "2", "3": a scanned
report's text, voices52j; a plain copy of a PDF): the one inside 表三 was read as the last number of
the row above it (a row of eight numbers, said unreadable and left out of every check). A run of
lone numbers counting up from 1 or 2, one a page and far apart, are the pages' numbers.

The report is invented: tests/fixtures/tabs_2024.txt.
"""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def _numbered(text: str, after=("行政许可\t120", "（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1"),
              first: int = 1) -> str:
    for n, line in enumerate(after, first):
        assert text.count(line + "\n") == 1
        text = text.replace(line + "\n", f"{line}\n{n}\n")
    return text


@pytest.mark.parametrize("first", [1, 2])
def test_bare_page_numbers_among_the_rows_are_no_cells(first):
    assert lint(_numbered(SOURCE, first=first)).diagnostics == ()


def test_a_defect_in_the_row_before_a_page_number_is_still_found():
    text = _numbered(SOURCE).replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5\n2\n", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6\n2\n")
    assert "\t6\n2\n" in text
    assert [d.code for d in lint(text).diagnostics] == ["A303", "A302"]


def test_numbers_that_do_not_count_up_are_left():
    """A guard: "1", "5", "2" alone on lines are no run of pages' numbers; nothing is blanked (the one after
    a full row is still a number too many there)."""
    from govlint.layout.lines import _bare_page_numbers
    text = _numbered(SOURCE).replace("\n2\n", "\n5\n", 1)
    assert _bare_page_numbers(text.replace("\n3\n", "\n2\n", 1)) == text.replace("\n3\n", "\n2\n", 1)


@pytest.mark.parametrize("form", ["cells-tabbed", "cells-pipe", "cells-dash"])
def test_a_table_copied_a_cell_a_line_is_read_as_before(form):
    """A guard: a copy whose cells stand a line each has bare numbers side by side: none is a page's."""
    assert lint_in_form(SOURCE, form).diagnostics == ()


def test_a_browsers_copy_of_a_table_a_cell_a_line_apart_by_tab_lines_is_read_as_before():
    """A guard: a browser's copy of a page (innerText) puts each cell on a line, a line of a tab between
    two cells: the numbers' nearest lines with words are numbers (voices52e's copies lost 表三's cells
    when those were taken for pages' numbers)."""
    from harness.text_forms import cells_with
    assert lint(cells_with("\t")(SOURCE)).diagnostics == ()


def test_a_copy_a_cell_a_line_with_blank_lines_between_is_left():
    """A guard: a page copied a node a line (voices51d's CMS page: each cell between blank lines and a tab's
    line) has its numbers several lines apart: they are no pages' numbers (表四's row lost two numbers)."""
    from harness.text_forms import cells_with
    from govlint.layout.lines import _bare_page_numbers
    text = cells_with("\t")(SOURCE).replace("\n", "\n\n")
    assert _bare_page_numbers(text) == text
