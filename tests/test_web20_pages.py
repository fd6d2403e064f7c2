"""Every invented report, published as more sites publish it (tests/harness/web_pages20.py: tables
drawn with ``<div>``s, a table's name and unit as its first rows, spacer rows, layout tables around
the article and each table, a table cut in two with its head repeated, full-width digits, rows
without their trailing empty cells, row spans past the table's end, the whole report one table), binds as
its source does and gives exactly its findings.

Why: a page of a layout govlint has not met must not turn into false alarms; each of these is a
way real sites print the statistical tables that none of the earlier rounds wrote.
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.sources import all_sources  # noqa: E402
from harness.web_pages20 import PAGES20  # noqa: E402

SOURCES = all_sources()
_reference = {}


def _want(source):
    if source not in _reference:
        _reference[source] = expected(SOURCES[source])
    return _reference[source]


@pytest.mark.parametrize("page", sorted(set(PAGES20) - {"fullwidth-digits", "one-big-table"}))
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_web20_page_matches_source(tmp_path, source, page):
    want_cells, want_findings = _want(source)
    path = tmp_path / f"{source}-{page}.html"
    path.write_text(PAGES20[page](SOURCES[source]), "utf-8")
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


@pytest.mark.parametrize("source", ["clean", "defects", "trial2020"])
def test_fullwidth_digits_are_read_and_said_once_a_table(tmp_path, source):
    """Counts typed in full-width digits ("１２"): the cells are read as their numbers (so the
    arithmetic and the prose's checks are the source's), and C206 says it once a table."""
    want_cells, want_findings = _want(source)
    path = tmp_path / f"{source}-fullwidth.html"
    path.write_text(PAGES20["fullwidth-digits"](SOURCES[source]), "utf-8")
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    extra = [d for d in finding_differences(want_findings, got_findings)]
    tables = sorted({d.split()[2].rstrip(":") for d in extra})
    assert all(d.startswith("extra C206 ") and "全角" in d for d in extra), extra
    assert len(extra) == len(tables) and set(tables) <= {"表二", "表三", "表四"} and tables


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_report_typed_in_one_table_matches_source(tmp_path, source):
    """The whole report one table (typed in a spreadsheet): its tables bind, and its paragraphs and
    headings, rows of one cell across the sheet, are the report's text (S100 and nothing else
    before: layout.documents.report_typed_in_one_table)."""
    want_cells, want_findings = _want(source)
    path = tmp_path / f"{source}-one-big-table.html"
    path.write_text(PAGES20["one-big-table"](SOURCES[source]), "utf-8")
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


@pytest.mark.parametrize("source", ["clean", "defects"])
def test_report_typed_in_one_word_table_matches_source(tmp_path, source):
    """The same report in a Word document, one table of the sheet's width (paragraph rows merged
    across it): the layout reads it as the web page's, whatever reader made the table."""
    import docx
    from harness.web_pages20 import sheet_rows
    width, rows = sheet_rows(SOURCES[source])
    doc = docx.Document()
    table = doc.add_table(rows=len(rows), cols=width)
    for r, cells in enumerate(rows):
        for c, text in cells:
            table.cell(r, c).text = text
        if len(cells) == 1:
            table.cell(r, 0).merge(table.cell(r, width - 1))
    path = tmp_path / f"{source}-one-table.docx"
    doc.save(path)
    want_cells, want_findings = _want(source)
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


def test_a_statistical_table_with_one_heading_row_is_left_as_it_is():
    """One row of a section's heading in a table is no report typed in a table (two are): the
    table is read as it stands, its rows not cut."""
    from govlint.layout.documents import Item, report_typed_in_one_table
    from govlint.layout.vocabulary import vocabulary
    grid = [["一、总体情况", "", ""], ["行政许可", "3", ""], ["第二十条第（一）项", "", ""], ["规章", "0", "0"]]
    items = [Item("", 1, "表1", None, table=[list(r) for r in grid])]
    report_typed_in_one_table(items, vocabulary())
    assert len(items) == 1 and items[0].table == grid
    grid2 = [["示例镇人民政府2024年政府信息公开工作年度报告", "", ""], ["一、总体情况", "", ""], ["本年度……。", "", ""],
             ["二、主动公开政府信息情况", "", ""], ["第二十条第（一）项", "", ""], ["信息内容", "本年制发件数", "现行有效件数"],
             ["规章", "0", "0"]]
    items = [Item("", 1, "表1", None, table=[list(r) for r in grid2])]
    report_typed_in_one_table(items, vocabulary())
    assert [it.text if it.table is None else it.table for it in items] == [
        "示例镇人民政府2024年政府信息公开工作年度报告", "一、总体情况", "本年度……。", "二、主动公开政府信息情况",
        [["第二十条第（一）项", "", ""], ["信息内容", "本年制发件数", "现行有效件数"], ["规章", "0", "0"]]]
