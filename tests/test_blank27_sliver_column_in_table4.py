"""表四 as LibreOffice writes a Word table to HTML: the edges of its head cells and of its row's
cells do not line up, so the HTML grid has a sixteenth, sliver column that 总计's head and the
row's fifth number ("2") each cover with colspan="2". A blank 行政复议·结果维持 (the row's first
cell) then read as a blank 行政复议·总计: the sliver's covered position counted as a blank cell,
and the blanks were placed by count (C203 on the wrong cell).

Seen in the rendering harness: a Word report with a blank first value in 表四 saved as a web page
by LibreOffice (`…-docx-grid-html`). The page below is written by hand the way LibreOffice writes
it; the rest of the report is tests/fixtures/tabs_2024.txt (invented)."""
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

from harness.compare import SETTINGS, findings_of  # noqa: E402
from govlint.layout.documents import COVERED, sliver_columns_dropped  # noqa: E402
from govlint.run.engine import lint_file  # noqa: E402

FIXTURES = HERE / "fixtures"
ROW4 = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"
NAMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def _td(text="", colspan=1, rowspan=1):
    attrs = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
    return f"<td{attrs}><p>{text or '<br/>'}</p></td>"


def _table4(values):
    """表四 with LibreOffice's sliver column after 行政复议·总计: 16 grid columns."""
    rows = ["<tr>" + _td("行政复议", 5) + _td("行政诉讼", 11) + "</tr>",
            "<tr>" + "".join(_td(n, rowspan=2) for n in NAMES[:4]) + _td("总计", 2, 2)
            + _td("未经复议直接起诉", 5) + _td("复议后起诉", 5) + "</tr>",
            "<tr>" + "".join(_td(n) for n in NAMES * 2) + "</tr>",
            "<tr>" + "".join(_td(v, 2 if k == 4 else 1) for k, v in enumerate(values)) + "</tr>"]
    return '<table border="1" cellspacing="0">' + "".join(rows) + "</table>"


def _page(path, values):
    import report_formats as rf
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    parts = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for kind, item in rf.blocks(text):
        if kind == "p":
            parts.append(f"<p>{item}</p>")
        elif item[0][0].text == "行政复议":
            parts.append(_table4(values))
        else:
            parts.append("<table border=\"1\">" + "".join(
                "<tr>" + "".join(_td(c.text, c.colspan, c.rowspan) for c in r if c is not None) + "</tr>"
                for r in item) + "</table>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), "utf-8")
    return path


def _findings(path):
    return [(f[0], f[2], f[4], f[5]) for f in findings_of(lint_file(str(path), SETTINGS))]


def test_libreoffice_sliver_column_blank_first_value_is_named_on_its_cell(tmp_path):
    values = [""] + ROW4.split("\t")[1:]
    assert _findings(_page(tmp_path / "r.html", values)) == [
        ("C203", "表四", "review_upheld", "表四有1个单元格没有填写数字：行政复议·结果维持（空白）；应填数字，没有发生的填0")]


def test_libreoffice_sliver_column_blank_middle_value_is_named_on_its_cell(tmp_path):
    values = ROW4.split("\t")
    values[6] = ""
    assert _findings(_page(tmp_path / "r.html", values)) == [
        ("C203", "表四", "direct_corrected", "表四有1个单元格没有填写数字：未经复议直接起诉·结果纠正（空白）；应填数字，没有发生的填0")]


def test_libreoffice_sliver_column_wrong_total_still_found(tmp_path):
    values = ROW4.split("\t")
    values[4] = "3"
    from harness.compare import expected
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8").replace(ROW4, "\t".join(values))
    want = [(f[0], f[2], f[4], f[5]) for f in expected(text)[1]]
    assert [f[0] for f in want] == ["A304"]  # (the prose's 行政复议2件 is 1+0+0+1: no N601 against the wrong total)
    assert _findings(_page(tmp_path / "r.html", values)) == want


def test_column_a_value_merged_over_in_one_row_only_is_kept():
    """"无" written once over five value columns in one row, the other rows' cells of their own
    there: those columns are the table's, and the covered positions blank cells."""
    C = COVERED
    grid = [["规章", "0", "0", "0"], ["行政许可", "无", C, C]]
    assert sliver_columns_dropped(grid) == grid


def test_sliver_column_under_a_head_cell_of_its_own_leaves_the_table():
    """A head cell that starts in the sliver and covers nothing right of it: no narrowing tells
    which column it was; the grid stays as it is."""
    C = COVERED
    grid = [["a", "b", "c"], ["1", C, "2"]]
    assert sliver_columns_dropped(grid) == grid
