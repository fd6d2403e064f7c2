"""Text copied out of a PDF page by page (PDFium's get_text_range, pdfplumber's extract_text) whose
表三 a page break cut inside a row's label, which a narrow cell wrapped a few characters a line:
the label's pieces, the row's numbers, then the page's number ("— 3 —", "第 3 页 共 5 页", or that
a piece a line: "第" / "3 页 共" / "5" / "页") and the next page's running header (the report's
title, as on the first page), then the label's last piece ("息"). The furniture between the
pieces cut the label: a false C202 (表三缺少1行：5.要求行政机关确认或重新出具已获取信息).

The report is invented: tests/fixtures/tabs_2024.txt, its tabs as spaces (one row a line)."""
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells
from govlint.layout import prepare, vocabulary

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
SPACED = "\n".join(" ".join(c for c in line.split("\t") if c) for line in CLEAN.split("\n"))
HEADER = "示例镇人民政府2024年政府信息公开工作年度报告"  # (the fixture's title, its first line)
ROW = "5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0\n"
PIECES = "5.要求\n行政机\n关确认\n或重新\n出具已\n获取信\n{numbers}\n{furniture}息\n"

LAYOUTS = {
    # PDFium: the footer "— 3 —" and the next page's header
    "dash-number-and-running-header": ("— 2 —\n" + HEADER + "\n", "— 3 —\n" + HEADER + "\n"),
    "page-of-pages": ("第 2 页 共 5 页\n", "第 3 页 共 5 页\n"),
    # PDFium: "第 3 页 共 5 页" a piece a line
    "page-of-pages-a-piece-a-line": ("第 2 页 共 5 页\n", "第\n3 页 共\n5\n页\n"),
}


def _cut(layout, numbers="0 0 0 0 0 0 0"):
    first, furniture = LAYOUTS[layout]
    assert SPACED.count(ROW) == 1 and SPACED.count("\n二、主动公开") == 1
    text = SPACED.replace(ROW, PIECES.format(numbers=numbers, furniture=furniture))
    return text.replace("\n二、主动公开", "\n" + first + "二、主动公开")


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_label_cut_by_page_furniture_is_whole_again(layout):
    text = _cut(layout)
    assert _found(SPACED) == []
    assert _found(text) == []
    assert _cells(text) == _cells(SPACED)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_cut_row_keeps_its_checks(layout):
    """The cut row's total is wrong: the row's sum and the column's say so, with the same
    messages as on the typed report, at the row's numbers and at the 总计 row's line."""
    wrong = "0 0 0 0 0 0 1"
    typed = _found(SPACED.replace(ROW, ROW.replace("0 0 0 0 0 0 0", wrong)))
    text = _cut(layout, numbers=wrong)
    row = text[:text.index(wrong + "\n")].count("\n") + 1
    total = text[:text.index("（七）总计")].count("\n") + 1
    assert _found(text) == [("A303", row, len("0 0 0 0 0 0 ") + 1, typed[0][3]),
                            ("A302", total, typed[1][2], typed[1][3])]
    assert [f[0] for f in typed] == ["A303", "A302"]


def test_the_furniture_is_blanked_offsets_kept():
    text = _cut("page-of-pages-a-piece-a-line")
    prepared = prepare(text, vocabulary())
    assert len(prepared.text) == len(text) and prepared.text.count("\n") == text.count("\n")
    assert "page-furniture" in prepared.repairs
    assert "第" not in prepared.text[text.index("获取信"):text.index("获取信") + 30]


def test_one_dash_number_dash_line_is_a_row_not_a_page_number():
    """A report with a single "— 3 —" line (no furniture on its other pages) keeps it: it may
    be a row's cells ("—" for none) whose label a copy put on the line above."""
    text = SPACED.replace("\n二、主动公开", "\n— 3 —\n二、主动公开")
    prepared = prepare(text, vocabulary())
    assert "— 3 —" in prepared.text and "page-furniture" not in prepared.repairs


def test_page_numbers_among_tab_indented_cells_still_tell_their_run():
    """A table copied a cell a line, each indented with a tab, a page's number between two cells
    (and pages numbered twice, so the page-number lines are furniture): the run of cells is still
    one table (the lone cells are read before the furniture is blanked)."""
    cells = "\t5.要求行政机关确认或重新出具已获取信息\n" + "\t0\n" * 7 + "\n— 3 —\n\n\t（六）其他处理\n" + "\t0\n" * 7
    text = "第二十条第（一）项\n— 2 —\n" + cells
    prepared = prepare(text, vocabulary())
    assert "lone-cells" in prepared.repairs
    assert "\t" not in prepared.text and "— 3 —" not in prepared.text
