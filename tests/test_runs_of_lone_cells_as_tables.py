"""The tab-indented layout (a row's cells one a line, each indented with a tab: 规章 / 0 / 0 / 0)
put into a word processor's tables, as LibreOffice does when it converts such a text to Word or to
a web page: each run of lone cells became a small table of two columns, the first empty in every
row, a cell a row. Each of its rows was read as a row of one cell with no label, so a row whose
one number stands alone (表二's 行政许可 / 120, 行政事业性收费 / 0) lost its number: false C203s
("本年处理决定数量"列的全部3行都没有填写数字, 行政事业性收费 ... （空白）). A table whose words
are all in one column after empty ones is one row's cells one a line, as the text wrote them.

The report is invented: tests/fixtures/cells_2024.txt (the tab-indented layout)."""
import html
import sys
from pathlib import Path

import pytest

from govlint.config import from_dict
from govlint.layout.documents import read
from govlint.run.engine import Settings, lint_file
from govlint.testing import make_registry

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(FIXTURES / "generators"))
from copies import found, table_three  # noqa: E402

CELLS = (FIXTURES / "cells_2024.txt").read_text("utf-8")
#: 行政许可's one number left out (its line "\t120" an empty cell): one true C203, on that row
BLANK = CELLS.replace("\t行政许可\n\t120\n", "\t行政许可\n\t\n")
BLANK_MESSAGE = "表二“行政许可”行有1个单元格没有填写数字：本年处理决定数量（空白）；应填数字，没有发生的填0"


def _runs(text):
    import report_formats as rf
    return rf.blocks(text)


def web_page(text, path):
    """``text`` as a web page: its paragraphs <p>, each run of lone cells a <table> of two columns,
    the first empty."""
    body = []
    for kind, item in _runs(text):
        if kind == "p":
            body.append(f"<p>{html.escape(item)}</p>")
        else:
            body.append("<table border=1>" + "".join(
                "<tr>" + "".join(f"<td>{html.escape(c.text)}</td>" for c in row) + "</tr>" for row in item) + "</table>")
    path.write_text("<html><head><meta charset='utf-8'></head><body>\n" + "\n".join(body) + "\n</body></html>", "utf-8")
    return path


def word_document(text, path):
    pytest.importorskip("docx")
    from harness import docx_styles as ds
    return ds.write_docx(text, ds.BY_NAME["grid"], path)


def _found(path):
    result = lint_file(str(path), Settings.make(from_dict({}), make_registry()))
    assert not result.errors
    return [(d.code, d.span.line, d.message) for d in result.diagnostics]


def test_the_runs_are_tables_of_two_columns_the_first_empty():
    runs = [item for kind, item in _runs(CELLS) if kind != "p"]
    assert [[c.text for c in row] for row in runs[2]] == [["", "规章"], ["", "0"], ["", "0"], ["", "0"]]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_runs_of_lone_cells_as_tables_read_as_the_text(tmp_path, form):
    path = (web_page if form == "html" else word_document)(CELLS, tmp_path / f"r.{form}")
    assert found(CELLS) == []
    assert _found(path) == []
    lines = read(path).text.split("\n")
    k = lines.index("\t行政许可")
    assert lines[k - 1:k + 3] == ["", "\t行政许可", "\t120", ""]  # a run of lone cells, as the text's
    assert table_three(read(path).text) == table_three(CELLS)


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_blank_cell_of_such_a_table_is_found_on_its_row(tmp_path, form):
    path = (web_page if form == "html" else word_document)(BLANK, tmp_path / f"r.{form}")
    # (on the empty cell's line, below the label's, as in the text)
    assert found(BLANK) == [("C203", BLANK.split("\n").index("\t行政许可") + 2, 2, BLANK_MESSAGE)]
    lines = read(path).text.split("\n")
    assert _found(path) == [("C203", lines.index("\t行政许可") + 2, BLANK_MESSAGE)]


def test_a_table_with_words_in_two_columns_keeps_its_rows(tmp_path):
    """A table of two columns whose first is empty in some rows only (a label's row, a row of a
    blank label) is rows, not a run of lone cells."""
    page = tmp_path / "r.html"
    page.write_text("<html><body><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td></tr><tr><td></td><td>5</td></tr></table>"
                    "</body></html>", "utf-8")
    assert read(page).text.split("\n")[-3:] == ["规章\t0", "\t5\t", ""]
