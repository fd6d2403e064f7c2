"""Web-page text taken a cell a line, each cell closed with a bar ("规章 |" / "0 |" / "0 |" / "0 |"),
spacer lines of bars where merged cells were ("||", "|||"): a crawler's or a copy's rendering of the
page's table. A closing bar holds no cell after it. Read as one, a row of one number in 表二 (行政许可,
行政处罚, 行政强制, 行政事业性收费) was a label with its number blank, and the number went to the next
row: C203 "没有填写数字" on rows that were filled, C200 "有2个数字" on 行政强制.

The report is invented: tests/fixtures/cells_2024.txt (a cell a line, tab-indented), rewritten here
with closing bars."""
from pathlib import Path

from copies import found as _found
from govlint.binder import bind
from govlint.syntax import parse

CELLS = (Path(__file__).parent / "fixtures" / "cells_2024.txt").read_text("utf-8")


def barred(text):
    """Every tab-indented cell line "\\tX" as "X |", every blank line inside a table as "||"."""
    out = []
    for line in text.split("\n"):
        if line.startswith("\t"):
            out.append(line[1:] + " |")
        elif not line.strip() and out and out[-1].endswith(" |"):
            out.append("||")
        else:
            out.append(line)
    return "\n".join(out)


def tables(text):
    bound = bind(parse(text)).tables
    return {t: {(k, c): (cell.state, str(cell.value)) for k, row in bound[t].rows.items()
                for c, cell in row.cells.items()} for t in ("表二", "表三", "表四")}


def test_cells_closed_with_bars_read_as_the_same_cells_a_line():
    text = barred(CELLS)
    assert "\n行政许可 |\n120 |\n||\n" in text
    assert _found(CELLS) == []
    assert tables(text) == tables(CELLS)
    assert _found(text) == []


def test_a_row_of_one_number_keeps_its_number():
    """表二's rows of one column: each holds its own number, none the next row's."""
    t2 = bind(parse(barred(CELLS))).tables["表二"]
    values = {k: [str(c.value) for c in row.cells.values()] for k, row in t2.rows.items()}
    assert values == {"rules": ["0", "0", "0"], "normative": ["3", "1", "12"], "licensing": ["120"],
                      "penalty": ["35"], "enforcement": ["2"], "fees": ["1.25"]}


def test_a_cell_left_empty_between_two_bars_is_still_blank():
    """A look-alike that must still be found: "行政许可 | |" is a label, an empty cell, a closing bar."""
    text = barred(CELLS).replace("\n行政许可 |\n120 |\n", "\n行政许可 | |\n", 1)
    line = text[:text.index("\n行政许可 | |\n") + 1].count("\n") + 1
    found = _found(text)
    assert [(f[0], f[1]) for f in found] == [("C203", line)]
    assert found[0][3].startswith("表二“行政许可”行有1个单元格没有填写数字")
