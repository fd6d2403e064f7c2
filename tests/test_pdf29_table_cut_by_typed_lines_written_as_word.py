"""表三 cut by lines typed into it (a page number "— 2 —" and the report's title where a page breaks,
tests/test_pdf28a_title_repeated_on_later_pages.py), as the harness writes it as a Word file
(tests/harness/docx_styles.py) for LibreOffice to print: the part after the typed lines is a table of
its own, its first row "2.没有现成信息需要另行制作" and seven numbers (8 cells), the rows under （五） and
（六） with their group label (9 cells).

Why: the table was made as wide as its first row, and python-docx's ``cell(i, 8)`` of a table of 8
columns is ``cell(i + 1, 0)``: each 9-cell row's last number went into the next row's label
("22.重复申请", "02.申请人逾期…"). The Word file itself was one number short in two rows, and its PDF
read so (C203 ×2, the strict xfail of the pdf28a module, put down to the PDF reader); the table is as
wide as its widest row."""
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))


def test_table_cut_by_typed_lines_keeps_each_rows_cells_in_its_row(tmp_path):
    docx = pytest.importorskip("docx")
    from harness.docx_styles import BY_NAME, write_docx
    from harness.sources import clean
    from test_pdf28a_title_repeated_on_later_pages import _furnished

    path = write_docx(_furnished(clean()), BY_NAME["grid"], tmp_path / "furnished.docx")
    tables = docx.Document(str(path)).tables
    part = next(t for t in tables if t.rows[0].cells[0].text == "2.没有现成信息需要另行制作")
    rows = [[c.text for c in r.cells] for r in part.rows]
    assert len(rows[0]) == 9
    group = next(r for r in rows if r[0] == "（五）不予处理")
    assert group == ["（五）不予处理", "1.信访举报投诉类申请", "1", "0", "0", "1", "0", "0", "2"]
    assert [r[0] for r in rows[3:6]] == ["2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请"]
    assert rows[0][:8] == ["2.没有现成信息需要另行制作", "1", "0", "0", "0", "0", "0", "1"]
