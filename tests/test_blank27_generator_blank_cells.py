"""The harness's table builder (tests/fixtures/generators/report_formats.py) keeps a blank or
placeholder value cell in its column, in 表二, 表三 and 表四.

Why: real reports leave cells blank or write "/", "—", "无" instead of 0 (C203). The builder used
to keep only the cells that looked like numbers, so a blank 自然人 came out in Word and on web pages
as a row shifted left with its last column empty: every rendering tested a table no one made, and
no rendering of a blank cell could be held to its source."""
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

import report_formats as rf  # noqa: E402
from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.sources import clean, _replace  # noqa: E402

ROW3 = "（一）予以公开\t4\t1\t0\t0\t0\t0\t5"
ROW4 = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"


def _table(text: str, first: str):
    """The grid of the table whose first cell starts with ``first``."""
    return next(g for kind, g in rf.blocks(text) if kind == "table" and g[0][0].text.startswith(first))


def _row(grid, label: str):
    return next([None if c is None else c.text for c in r] for r in grid
                if any(c is not None and c.text == label for c in r))


@pytest.mark.parametrize("value", ["", "/", "—", "无"])
def test_table3_blank_first_value_keeps_its_column(value):
    grid = _table(_replace(clean(), [(ROW3, ROW3.replace("\t4\t", f"\t{value}\t", 1))]), "（本列数据")
    assert _row(grid, "（一）予以公开")[3:] == [value, "1", "0", "0", "0", "0", "5"]


def test_table3_blank_total_keeps_its_column():
    grid = _table(_replace(clean(), [("2.重复申请\t0\t0\t0\t0\t0\t0\t0", "2.重复申请\t0\t0\t0\t0\t0\t0\t")]), "（本列数据")
    assert _row(grid, "2.重复申请")[3:] == ["0", "0", "0", "0", "0", "0", ""]


def test_table2_blank_middle_value_keeps_its_column():
    grid = _table(_replace(clean(), [("规章\t0\t0\t0", "规章\t0\t\t0")]), "第二十条")
    assert _row(grid, "规章") == ["规章", "0", "", "0"]


def test_table2_blank_single_value_is_a_value_cell_not_a_heading():
    """"行政强制\t" (its one value blank) is a row of 表二's block, not a heading across the table."""
    grid = _table(_replace(clean(), [("行政强制\t2", "行政强制\t")]), "第二十条")
    cells = [c for r in grid for c in r if c is not None and c.text == "行政强制"]
    assert [(c.colspan, c.rowspan) for c in cells] == [(1, 1)]
    assert _row(grid, "行政强制") == ["行政强制", "", None, None]


def test_table2_note_row_still_spans_the_table():
    grid = _table(_replace(clean(), [("行政事业性收费\t1.25", "行政事业性收费\t1.25\n注：本表金额单位为万元\t")]), "第二十条")
    assert [(c.text, c.colspan) for r in grid for c in r if c is not None and c.text.startswith("注")] == [
        ("注：本表金额单位为万元", 4)]


def test_table4_blank_first_value_keeps_its_column():
    grid = _table(_replace(clean(), [(ROW4, "\t" + ROW4.split("\t", 1)[1])]), "行政复议")
    assert [c.text for c in grid[3]] == [""] + ROW4.split("\t")[1:]


@pytest.mark.parametrize("edit", [
    (ROW3, ROW3.replace("\t4\t", "\t\t", 1)),
    ("2.重复申请\t0\t0\t0\t0\t0\t0\t0", "2.重复申请\t0\t0\t0\t0\t0\t0\t"),
    ("规章\t0\t0\t0", "规章\t0\t\t0"),
    (ROW4, ROW4.replace("2\t0\t1", "2\t0\t", 1)),
], ids=["t3-first", "t3-total", "t2-middle", "t4-middle"])
def test_word_table_with_a_blank_cell_reads_as_its_source(tmp_path, edit):
    """The Word file the builder writes gives the source's one C203, on the blank's cell."""
    pytest.importorskip("docx")
    text = _replace(clean(), [edit])
    want_cells, want_findings = expected(text)
    assert [f[0] for f in want_findings] == ["C203"]
    rf.write_docx(rf.blocks(text), tmp_path / "r.docx")
    got_cells, got_findings = observed(tmp_path / "r.docx")
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
