"""A Word table with a narrow empty column (a spacer between 行政复议 and 行政诉讼, or before the
first column), in Word, and as LibreOffice prints it to PDF or writes it as a web page. 表四's
zeros left blank: the spacer's blank cell took a column's place, so the numbers after it moved
one column (the spacer before the first column: 行政复议·总计 read as 1, a false N601 against
the prose's 行政复议2件, and C203 naming the wrong blank cells).

The report is invented: tests/fixtures/tabs_2024.txt, its 表四 drawn by hand below."""
import sys
from pathlib import Path

import pytest

from govlint.config import from_dict
from govlint.layout.documents import spacer_columns_dropped
from govlint.run.engine import Settings, lint_file
from govlint.testing import make_registry

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(FIXTURES / "generators"))

HEADS = [["行政复议"] * 5 + ["行政诉讼"] * 10,
         ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5,
         ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3]
DATA = "1 0 0 1 2 0 1 0 0 1 0 0 0 0 0".split()
BLANKS = ("表四有10个单元格没有填写数字：行政复议·结果纠正（空白）、行政复议·其他结果（空白）、未经复议直接起诉·结果维持（空白）、"
          "未经复议直接起诉·其他结果（空白）、未经复议直接起诉·尚未审结（空白）、复议后起诉·结果维持（空白）、复议后起诉·结果纠正（空白）、"
          "复议后起诉·其他结果（空白）、复议后起诉·尚未审结（空白）、复议后起诉·总计（空白）；应填数字，没有发生的填0")


def word_report(path, spacer_at):
    """tabs_2024.txt as a Word document: 表二 and 表三 as the harness draws them, 表四 with a
    0.3 cm empty column at ``spacer_at`` and its zeros left blank."""
    pytest.importorskip("docx")
    import docx
    from docx.shared import Cm
    import report_formats as rf
    from harness import docx_styles as ds

    d = docx.Document()
    ds._set_font(d.styles["Normal"], 12)
    for kind, item in rf.blocks((FIXTURES / "tabs_2024.txt").read_text("utf-8")):
        if kind == "p":
            ds._set_font(d.add_paragraph().add_run(item))
            continue
        if len(item[0]) != 15:
            ds._table(d, item, ds.BY_NAME["grid"])
            continue
        t = d.add_table(rows=4, cols=16)
        t.style = "Table Grid"
        ds._no_autofit(t)
        for j in range(16):
            for r in t.rows:
                r.cells[j].width = Cm(0.3 if j == spacer_at else 1.0)

        def cell(i, j):
            return t.cell(i, j if j < spacer_at else j + 1)
        cell(0, 0).merge(cell(0, 4))
        cell(0, 5).merge(cell(0, 14))
        cell(1, 5).merge(cell(1, 9))
        cell(1, 10).merge(cell(1, 14))
        for j in range(5):
            cell(1, j).merge(cell(2, j))
        for i, j in [(0, 0), (0, 5), (1, 5), (1, 10)] + [(1, j) for j in range(5)] + [(2, j) for j in range(5, 15)]:
            ds._set_font(cell(i, j).paragraphs[0].add_run(HEADS[i][j]))
        for j, v in enumerate(DATA):
            if v != "0":
                ds._set_font(cell(3, j).paragraphs[0].add_run(v))
    d.save(str(path))
    return path


def _found(path):
    result = lint_file(str(path), Settings.make(from_dict({}), make_registry()))
    assert not result.errors
    return [(d.code, d.message) for d in result.diagnostics]


def test_spacer_columns_dropped():
    grid = [["行政复议", "", "", "行政诉讼"], ["结果维持", "", "总计", "结果维持"], ["1", "", "", "2"]]
    assert spacer_columns_dropped(grid) == [["行政复议", "", "行政诉讼"], ["结果维持", "总计", "结果维持"], ["1", "", "2"]]
    # no head in the table (a row of words without a number): a blank column may be an official one
    assert spacer_columns_dropped([["规章", "", "0"], ["行政规范性文件", "", "3"]]) == [["规章", "", "0"], ["行政规范性文件", "", "3"]]


@pytest.mark.parametrize("spacer_at", [0, 5, 15])
def test_a_spacer_column_in_a_word_table(tmp_path, spacer_at):
    assert _found(word_report(tmp_path / "r.docx", spacer_at)) == [("C203", BLANKS)]


@pytest.mark.parametrize("spacer_at", [0, 5])
def test_a_spacer_column_in_a_word_table_printed_or_saved_as_a_web_page(tmp_path, spacer_at):
    from harness import libreoffice
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    docx_path = word_report(tmp_path / "r.docx", spacer_at)
    for target in ("pdf", "html"):
        out = libreoffice.convert([docx_path], target, tmp_path / target, tmp_path / "profile")[docx_path]
        assert _found(out) == [("C203", BLANKS)], target
