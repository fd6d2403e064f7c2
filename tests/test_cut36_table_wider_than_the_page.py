"""PDF layout: a report whose 表三 is wider than the page (a Word file's table running past the
right margin, saved as PDF). Its right part lies past the paper's edge, its rules cut there, and
the text of its last column, 总计, is still in the file, past the edge (LibreOffice's PDF of
such a Word file keeps it): a person copying the page's text gets it, and the reader reads it
into the column it belongs to.

Before, the column the edge cut was found 3 pt wide (the rule before 总计 and the line on the
paper's edge snapped together: no column at all), or not closed by any rule: its head "总计" and
its numbers were read as loose lines beside the table, every row one number short ("表三“自然人”
列的全部25行都没有填写数字", "有…行的单元格少于列数", C203); or, the edge cutting through the
totals, their first digits ("1" of 13) were read as the totals (false A302/A303).

When the file holds no text past the edge (the converter dropped it), the table is cut: the
binder says so once (C200, the head and the rows without “总计”) and checks nothing that depends
on it.

The reports are the harness's invented sources, drawn by tests/harness/pdf_layouts.py
(reportlab) with 表三's number columns widened until 总计 starts 3 pt before the paper's edge
(its digits past it) or 8 pt before (the edge cutting through the totals: "1" of 13 on the
paper, "3" past it); the rules past the edge cut at it, the vertical ones past it drawn on the
edge (as LibreOffice clips a table's right border) or not drawn at all."""
import re
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

from harness import compare, sources  # noqa: E402

#: where 表三's 总计 column starts (pt), on A4 paper (595 pt wide): 3 pt before the edge, its digits
#: past it; 8 pt before, the edge cutting through its numbers ("1" of 13 on the paper, "3" past it)
TOTAL_AT = {"past-the-edge": 592.0, "cut-through": 587.0}


def _draw(text: str, total_at: float, target: Path, edge_line: bool = True, text_past: str = "all") -> Path:
    """The report drawn with 表三's six number columns widened until its 总计 column starts at
    ``total_at``; every rule cut at the paper's edge, the vertical ones past it drawn on the edge
    (``edge_line``) or left out; ``text_past`` "all" (the file keeps the text past the edge),
    "none" (it keeps none), "one-number-less" (the first row's total not in the file)."""
    from harness import pdf_layouts as pl
    widths, original = pl._widths, pl._layout

    def wider(width, page_width=pl.PAGE[0]):
        got = widths(width, page_width)
        if width != 10:
            return got
        labels = got[:3]
        return labels + [(total_at - pl.MARGIN - sum(labels)) / 6] * 6 + got[-1:]

    def laid_out(text, lay):
        nonlocal text_past
        pages = original(text, lay)
        for page in pages:
            edge = page.size[0]
            kept = set()
            for x0, top, x1, bottom in page.rules:
                if x0 >= edge and x1 >= edge and not edge_line:
                    continue  # (a vertical rule past the edge: not drawn)
                kept.add((min(x0, edge), top, min(x1, edge), bottom))
            page.rules[:] = sorted(kept)
            if text_past == "none":
                page.texts[:] = [t for t in page.texts if t.x < edge - 10]
            elif text_past == "one-number-less":
                first = next((t for t in page.texts if t.x >= total_at and t.text.isdigit()), None)
                page.texts[:] = [t for t in page.texts if t is not first]
                text_past = "all"  # (on the first page only)
        return pages

    pl._widths, pl._layout = wider, laid_out
    try:
        return pl.draw(text, pl.BY_NAME["grid-middle"], target)
    finally:
        pl._widths, pl._layout = widths, original


@pytest.mark.parametrize("edge_line", [True, False], ids=["line-on-the-edge", "no-line-on-the-edge"])
@pytest.mark.parametrize("cut", list(TOTAL_AT))
@pytest.mark.parametrize("name", ["clean", "defects"])
def test_the_text_past_the_papers_edge_is_read_into_its_column(tmp_path, name, cut, edge_line):
    """PDF, 表三 wider than the page, its 总计 column's text past the paper's edge (or cut through
    by it) but in the file: read whole, the report lints as its source does (before: C203 ×2, a
    column blank and the rows short, or A302/A303 on the totals' first digits)."""
    pytest.importorskip("reportlab")
    text = sources.SOURCES[name]()
    got = compare.observed(_draw(text, TOTAL_AT[cut], tmp_path / "r.pdf", edge_line))[1]
    assert sorted(got) == sorted(compare.expected(text)[1])


@pytest.mark.parametrize("dropped, rows", [("none", 25), ("one-number-less", 9)])
@pytest.mark.parametrize("name", ["clean", "defects"])
def test_a_table_whose_text_past_the_edge_is_not_in_the_file_is_said_cut_once(tmp_path, name, dropped, rows):
    """PDF, 表三 wider than the page, the text of its 总计 column not in the file (dropped by the
    converter), or all of it but the first row's total: one C200 on 表三 and the source's findings
    on the other tables; no C203 on the column's blank cells, no A30x on them. (With none of the
    text in the file the binder said so before this reader's change too, which this guards; with
    one total missing, the head "总计" and the other totals read as loose lines, before: C203 ×2;
    now the text past the edge is left out on that page, its 9 rows of 表三 read without 总计.)"""
    pytest.importorskip("reportlab")
    text = sources.SOURCES[name]()
    got = compare.observed(_draw(text, TOTAL_AT["past-the-edge"], tmp_path / "r.pdf", text_past=dropped))[1]
    said = ("C200", "三、收到和处理政府信息公开申请情况", "表三", "", "",
            f"表三（收到和处理政府信息公开申请情况）无法可靠读取：第…行起有{rows}行只有6个数字，表头和这些行都没有“总计”列："
            "表格右侧可能被页面截断，无法确定各数字对应的列；该表的完整性、数值和勾稽关系检查未进行")
    want = sorted([f for f in compare.expected(text)[1] if f[2] != "表三"] + [said])
    assert sorted(_unnumbered(f) for f in got) == want


def _unnumbered(finding: tuple) -> tuple:
    """A finding with the line its C200 names left out (where the head's lines end)."""
    return finding[:-1] + (re.sub(r"^(\S+无法可靠读取：第)\d+(行起)", r"\1…\2", finding[-1]),)


def test_a_word_files_tables_wider_than_the_page_saved_as_pdf_by_libreoffice(tmp_path):
    """PDF (LibreOffice's, of a Word file: tests/harness/docx_styles.py's tables with 3 cm label
    columns and 1.55 cm number columns, 21 cm paper): 表三's 总计 column starts 11 pt before the
    paper's edge, its two-digit totals cut through by it ("1" of 13 on the paper, "3" past it, kept
    in the file): read whole, no finding on 表三 (before: A302, A303 ×2 on totals of 1 for 13, and a
    C200 on a row of 8 numbers). 表四, 15 columns of 1.55 cm, runs on a page's width past the edge:
    LibreOffice keeps no text of its last three columns, and it is said cut once (C200)."""
    from harness import docx_styles, libreoffice
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    pytest.importorskip("docx")
    style = docx_styles.TableStyle("wider-than-the-page", label_cm=3.0, number_cm=1.55)
    word = docx_styles.write_docx(sources.SOURCES["clean"](), style, tmp_path / "wide.docx")
    pdf = libreoffice.convert([word], "pdf", tmp_path / "pdf", tmp_path / "profile")[word]
    got = compare.observed(pdf)[1]
    assert [_unnumbered(f) for f in got] == [
        ("C200", "四、政府信息公开行政复议、行政诉讼情况", "表四", "", "",
         "表四（政府信息公开行政复议、行政诉讼情况）无法可靠读取：第…行起读出12个数字，应为15个，无法确定各数字对应的列；"
         "该表的完整性、数值和勾稽关系检查未进行")]
