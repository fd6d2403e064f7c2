"""A Word or WPS table copied as plain text: one cell per line, each line indented with a tab,
and no blank line between rows (the layout with a blank line after each row reads each run of
lines as a row). The whole table was one run, so one row: C200 on 表二 and 表三 ("只读出1行").
And when the text came from the printed pages, a page number ("- 3 -", "第3页 共8页", between
blank lines or not) stands among the cells and cut a row in two.

layout/lines.py now makes such a run's tabs spaces when it holds several rows (a label after a
number) or page numbers, and blanks those page numbers: the block stage reads it as the
one-cell-per-line table it is (tests/harness renders all twelve sources so: text forms
``cells-tabbed`` and ``cells-tabbed-paged``). The reports are invented: tests/fixtures/tabs_2024.txt."""
from pathlib import Path

import pytest

from govlint.config import from_dict
from govlint.layout import vocabulary
from govlint.layout.lines import prepare
from govlint.run.engine import Settings, lint_file
from govlint.testing import make_registry

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")


def tabbed(text, blank_after_row=False, pages=()):
    """``text``'s tab rows as lone tab-indented cells; ``pages``: (cell line number, page line(s))."""
    out = []
    for line in text.split("\n"):
        if "\t" not in line:
            out.append(line)
            continue
        cells = line.split("\t")
        while cells and not cells[-1]:
            cells.pop()
        out.extend("\t" + c for c in cells)
        if blank_after_row:
            out.append("")
    for at, page in sorted(pages, reverse=True):
        out[at:at] = page
    return "\n".join(out)


def _found(tmp_path, text):
    path = tmp_path / "r.txt"
    path.write_text(text, "utf-8")
    result = lint_file(str(path), Settings.make(from_dict({}), make_registry()))
    assert not result.errors
    return [(d.code, d.span.line, d.span.column, d.message) for d in result.diagnostics]


def test_tab_indented_cells_without_blank_lines_read_as_tables(tmp_path):
    assert _found(tmp_path, tabbed(CLEAN)) == []


def test_tab_indented_cells_with_a_blank_line_after_each_row_stay_rows(tmp_path):
    assert "lone-cells" not in prepare(tabbed(CLEAN, blank_after_row=True), vocabulary()).repairs
    assert _found(tmp_path, tabbed(CLEAN, blank_after_row=True)) == []


def _line_of(text, cell):
    return text.split("\n").index(cell)


@pytest.mark.parametrize("page", [["- 3 -"], ["", "第3页 共8页", ""], ["3/8"]])
def test_a_page_number_inside_a_row_of_tab_indented_cells(tmp_path, page):
    """The page number falls after the third number of 表三's （一）予以公开 row, and inside 表四's
    head (all words, one run: only the page number tells that the run goes on)."""
    text = tabbed(CLEAN)
    row = _line_of(text, "\t（一）予以公开")
    head = _line_of(text, "\t复议后起诉")
    assert _found(tmp_path, tabbed(CLEAN, pages=[(row + 4, page), (head + 1, page)])) == []


def test_a_row_cut_by_a_page_number_is_checked_whole(tmp_path):
    """（一）予以公开 with its total one too many (the 6 after the page number): A303 on the row's
    total cell, A302 on the column's total (（七）总计's), at the lines of the file as written."""
    source = CLEAN.replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
    row = _line_of(tabbed(source), "\t（一）予以公开")
    text = tabbed(source, pages=[(row + 4, ["", "- 3 -", ""])])
    lines = text.split("\n")
    assert lines[row + 4:row + 11] == ["", "- 3 -", "", "\t0", "\t0", "\t0", "\t6"]
    total = _line_of(text, "\t（七）总计") + 7
    found = _found(tmp_path, text)
    assert [(code, line, column) for code, line, column, _ in found] == [("A303", row + 11, 2), ("A302", total + 1, 2)]
    assert found[0][3] == ("表三“（一）予以公开”行勾稽关系不成立：总计 = 6，而 自然人(4) + 商业企业(1) + 科研机构(0) + 社会公益组织(0) + "
                           "法律服务机构(0) + 其他(0) = 5，相差 1（应满足：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）")


def test_a_number_in_prose_between_tab_indented_cells_is_no_page_number():
    """Only a page number's line is blanked: a run of lone cells that holds one row and no page
    number is left as it was."""
    text = "一、总体情况\n\t规章\n\t0\n\t0\n\t0\n本年共3件。\n\t行政许可\n\t1\n"
    assert prepare(text, vocabulary()).text == text
