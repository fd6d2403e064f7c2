"""A 0 written once in a cell merged down over several rows (表三's （六）其他处理: items 1 to 3 with one
rowspan="3" cell of 0 in each column; a real web page, real33): each row is 0 — whether the cell means
each row's figure or the three rows' sum, the counts cannot be other than 0. The rows below its first
were read as blank: two C203 errors on a table filled in. Any other figure so merged may be the rows'
sum: the rows below stay blank (C203 says so). Invented page (tests/data/merged-zero-cells.html,
示例县农业农村局)."""
from pathlib import Path

from govlint.checks.registry import load
from govlint.config import Config
from govlint.layout import documents as D
from govlint.readers import CellBlock
from govlint.run.engine import Settings, lint_file

PAGE = Path(__file__).parent / "data" / "merged-zero-cells.html"  # (not in fixtures/: a walk of it counts .txt)


def test_a_zero_merged_down_is_each_rows_zero():
    rows = [(CellBlock("1.甲"), CellBlock("0", rowspan=3), CellBlock("0件", rowspan=3)), (CellBlock("2.乙"),),
            (CellBlock("3.丙"),)]
    assert D.merged_cells(rows) == [["1.甲", "0", "0件"], ["2.乙", "0", "0件"], ["3.丙", "0", "0件"]]


def test_another_figure_merged_down_stays_in_its_first_row():
    rows = [(CellBlock("1.甲"), CellBlock("5", rowspan=2)), (CellBlock("2.乙"),)]
    assert D.merged_cells(rows) == [["1.甲", "5"], ["2.乙", ""]]


def test_a_label_merged_down_covers_the_rows_below_as_before():
    rows = [(CellBlock("（六）其他处理", rowspan=2), CellBlock("1.甲"), CellBlock("0")), (CellBlock("2.乙"), CellBlock("0"))]
    assert D.merged_cells(rows) == [["（六）其他处理", "1.甲", "0"], ["", "2.乙", "0"]]


def test_a_web_page_with_zeros_merged_down_in_table_three_is_clean():
    result = lint_file(str(PAGE), Settings.make(Config(), load(builtins_only=True)))
    assert result.errors == ()
    assert [(d.code, d.message) for d in result.diagnostics] == []
