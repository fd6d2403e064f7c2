"""A page break through a row of 表三 and through the cell merged down beside it: "三、本年度办" /
"（一）予以公开", "" / "（二）部分公开" at the foot of one page, "理结果" / "（区分处理的，只计这一情形，不计其他
情形）" at the head of the next (LibreOffice's PDF of a Word report whose 表二 has a number set on
two lines, "123" / "456", which moved the page break there). The two pages' grids differ, and the
pieces were paired with the last row's cells only: "理结果" completes none (its merged cell's text
is in the row above), so nothing was joined — a false V502 (表三行名“（区分处理的，…）”应为“（二）部分
公开（…）”). An empty cell of the last row now stands for the cell merged down into it.

The report is invented: tests/fixtures/tabs_2024.txt (via the rendering harness's source)."""
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

import govlint.syntax  # noqa: E402,F401  (the layout package must not be the first govlint package imported)
from govlint.layout import documents as D  # noqa: E402
from govlint.layout import vocabulary  # noqa: E402


def _cut(last_page, next_page):
    a = D.Item("", page=2, table=[list(r) for r in last_page])
    b = D.Item("", page=3, table=[list(r) for r in next_page])
    D.cell_split_by_a_page_break([a, b], vocabulary())
    return a.table, b.table


def test_a_row_cut_with_the_cell_merged_down_beside_it():
    above, below = _cut(
        [["三、本年度办", "（一）予以公开", "4", "1", "0", "0", "0", "0", "5"],
         ["", "（二）部分公开", "1", "0", "0", "0", "0", "0", "1"]],
        [["理结果", "（区分处理的，只计这一情形，不计其他情形）"] + [""] * 8,
         ["", "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"]])
    assert above == [["三、本年度办理结果", "（一）予以公开", "4", "1", "0", "0", "0", "0", "5"],
                     ["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1", "0", "0", "0", "0", "0", "1"]]
    assert below[0] == [""] * 10


def test_a_piece_that_completes_no_cell_above_joins_nothing():
    """A piece that is no label's rest and no label: nothing is joined (the pieces are not the
    cut row's)."""
    above, below = _cut(
        [["三、本年度办", "（一）予以公开", "4", "1", "0", "0", "0", "0", "5"],
         ["", "（二）部分公开", "1", "0", "0", "0", "0", "0", "1"]],
        [["备注说明", "（区分处理的，只计这一情形，不计其他情形）"] + [""] * 8])
    assert above[0][0] == "三、本年度办" and above[1][1] == "（二）部分公开"
    assert below[0][:2] == ["备注说明", "（区分处理的，只计这一情形，不计其他情形）"]


def test_a_merged_cell_cut_above_rows_of_its_own_the_grids_alike():
    """The page break through a group's label merged down over its rows ("（三）不予公" two rows
    above the foot, "开" at the head of the next page beside the rest of the cut row's label), the
    two pages' grids alike: the piece joins the merged cell, as the cut row's rest joins its label
    (a report typed in one sheet, printed by LibreOffice: a false V502 “（三）不予公” before)."""
    above, below = _cut(
        [["", "（三）不予公", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"],
         ["", "", "2.其他法律行", "0", "0", "0", "0", "0", "0", "0"]],
        [["", "开", "政法规禁止公开", "", "", "", "", "", "", ""],
         ["", "", "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0"]])
    assert above == [["", "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"],
                     ["", "", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"]]
    assert below[0] == [""] * 10


def test_a_piece_under_an_empty_cell_that_spells_no_label_with_the_cell_above_stays():
    """A piece under an empty cell joins the text above it only when together they spell a label:
    "备注" under "（三）不予公开" is left where it is."""
    above, below = _cut(
        [["", "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"],
         ["", "", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"]],
        [["", "备注", "", "", "", "", "", "", "", ""],
         ["", "", "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0"]])
    assert above[0][1] == "（三）不予公开" and below[0][1] == "备注"


def test_the_word_report_printed_by_libreoffice(tmp_path):
    docx = pytest.importorskip("docx")
    from harness import docx_styles, libreoffice, sources
    from govlint.config import Config
    from govlint.checks.registry import load
    from govlint.run.engine import Settings, lint_file
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    text = sources.clean().replace("行政许可\t120", "行政许可\t123456")
    d = docx.Document(str(docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], tmp_path / "plain.docx")))
    [cell] = list({c._tc: c for t in d.tables for r in t.rows for c in r.cells if c.text == "123456"}.values())
    cell.paragraphs[0].runs[0].text = "123"
    for r in cell.paragraphs[0].runs[1:]:
        r.text = ""
    cell.paragraphs[0].runs[0].add_break()
    cell.paragraphs[0].add_run("456")
    d.save(str(tmp_path / "broken.docx"))
    [pdf] = libreoffice.convert([tmp_path / "broken.docx"], "pdf", tmp_path / "out", tmp_path / "profile").values()
    result = lint_file(str(pdf), Settings.make(Config(), load(builtins_only=True)))
    assert not result.errors and [d.code for d in result.diagnostics] == []
