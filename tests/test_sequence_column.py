"""表三 with a column of row numbers before its labels (序号 in the head, then 1, 2, 3 … down the
rows), in Word, in a web page, and as LibreOffice prints it to PDF (the table cut by page
breaks, its later parts with no head: 10, 11 …; or its head cut from its rows). The row numbers
were read as each row's first value and the labels as text: one C200 (表三无法可靠读取), and on the
PDF of narrow columns a false C202 for the rows of the parts after a page break once the first
part was read. The column is no column of the official table: dropped when its head says 序号
and its numbers run 1, 2, 3 … (and on from there past a page break).

The report is invented: tests/fixtures/tabs_2024.txt, its 表三 given the column."""
import html
import sys
from pathlib import Path

import pytest

from govlint.config import from_dict
from govlint.layout.documents import sequence_column_dropped
from govlint.run.engine import Settings, lint_file
from govlint.testing import make_registry

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(FIXTURES / "generators"))

CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
#: （一）予以公开's 总计 made wrong (6 for 5): one A303 and one A302, as in the text
WRONG = CLEAN.replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
A303 = "表三“（一）予以公开”行勾稽关系不成立：总计 = 6，而 自然人(4) + 商业企业(1)"


def _blocks(text):
    """The report's blocks, 表三 (ten columns) with a 序号 column before its labels."""
    import report_formats as rf
    out = []
    for kind, item in rf.blocks(text):
        if kind == "table" and len(item[0]) == 10:
            grid, n = [], 0
            for i, row in enumerate(item):
                if i == 0:
                    grid.append([rf.Cell("序号", 3, 1)] + row)
                elif i < 3:
                    grid.append([None] + row)
                else:
                    n += 1
                    grid.append([rf.Cell(str(n))] + row)
            item = grid
        out.append((kind, item))
    return out


from harness.web_pages import tabbed_page  # noqa: E402


def word(text, path, style="grid"):
    pytest.importorskip("docx")
    import docx
    from harness import docx_styles as ds
    d = docx.Document()
    ds._set_font(d.styles["Normal"], 12)
    for kind, item in _blocks(text):
        if kind == "p":
            ds._set_font(d.add_paragraph().add_run(item))
        else:
            ds._table(d, item, ds.BY_NAME[style])
            d.add_paragraph()
    d.save(str(path))
    return path


def web_page(text, path):
    body = []
    for kind, item in _blocks(text):
        if kind == "p":
            body.append(f"<p>{html.escape(item)}</p>")
            continue
        rows = []
        for row in item:
            tds = "".join(f"<td rowspan='{c.rowspan}' colspan='{c.colspan}'>{html.escape(c.text)}</td>"
                          for c in row if c is not None)
            rows.append(f"<tr>{tds}</tr>")
        body.append("<table border='1'>" + "".join(rows) + "</table>")
    path.write_text("<html><head><meta charset='utf-8'></head><body>" + "\n".join(body) + "</body></html>", "utf-8")
    return path


def _found(path):
    result = lint_file(str(path), Settings.make(from_dict({}), make_registry()))
    assert not result.errors
    return [(d.code, d.message) for d in result.diagnostics]


def _typed(text):
    """The findings of the typed report (no 序号 column): code and message."""
    from copies import found
    return [(code, message) for code, _, _, message in found(text)]


def test_sequence_column_dropped():
    grid = [["序号", "（本列数据…）", "申请人情况"], ["1", "一、本年新收政府信息公开申请数量", "10"],
            ["", "三、本年度办理结果", ""], ["2", "（一）予以公开", "4"]]
    assert sequence_column_dropped(grid) == ([r[1:] for r in grid], 2)
    # the rest past a page break, going on from 2; then a table whose first column does not
    assert sequence_column_dropped([["3", "（二）部分公开", "1"]], 2) == ([["（二）部分公开", "1"]], 3)
    assert sequence_column_dropped([["5", "（二）部分公开", "1"]], 2) == ([["5", "（二）部分公开", "1"]], None)
    # no 序号 head, or numbers that do not run 1, 2, 3: the table as it is
    assert sequence_column_dropped([r[1:] for r in grid]) == ([r[1:] for r in grid], None)
    gap = [grid[0], grid[1], ["3", "（一）予以公开", "4"]]
    assert sequence_column_dropped(gap) == (gap, None)


def test_sequence_numbers_drawn_apart_in_a_narrow_cell():
    """A PDF's centred 序号 cell too narrow for two digits: "1 0", "1 1" (voices51b, a landscape 表三
    printed from Word). They are 10 and 11 of the run; read apart, no row of 表三 was read (C200)."""
    grid = [["序号", "（本列数据…）", "申请人情况"]] + [[str(k), f"行{k}", "0"] for k in range(1, 10)] + \
           [["1 0", "行10", "0"], ["1 1", "行11", "0"]]
    assert sequence_column_dropped(grid) == ([r[1:] for r in grid], 11)
    assert sequence_column_dropped([["1 2", "行12", "0"]], 11) == ([["行12", "0"]], 12)


@pytest.mark.parametrize("form", ["docx", "html"])
def test_a_sequence_column_in_a_word_table_or_web_page(tmp_path, form):
    make = word if form == "docx" else web_page
    assert _found(make(CLEAN, tmp_path / f"r.{form}")) == []
    found = _found(make(WRONG, tmp_path / f"w.{form}"))
    assert found == _typed(WRONG)
    assert [code for code, _ in found] == ["A303", "A302"] and found[0][1].startswith(A303)


@pytest.mark.parametrize("style", ["grid", "narrow"])
def test_a_sequence_column_printed_to_pdf(tmp_path, style):
    """Printed by LibreOffice: the table crosses page breaks (grid: its head's first row alone at
    a page's foot; narrow: parts of rows 10 … and 20 …, no head)."""
    from harness import libreoffice
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    clean, wrong = word(CLEAN, tmp_path / "r.docx", style), word(WRONG, tmp_path / "w.docx", style)
    pdfs = libreoffice.convert([clean, wrong], "pdf", tmp_path / "pdf", tmp_path / "profile")
    assert _found(pdfs[clean]) == []
    found = _found(pdfs[wrong])
    assert found == _typed(WRONG)
    assert [code for code, _ in found] == ["A303", "A302"] and found[0][1].startswith(A303)


# -- 表二's blocks numbered on, the head again over each block (voices50k) ----------------------------

T2_GRID = [["第二十条第（一）项", "", "", "", ""],
           ["序号", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
           ["1", "规章", "0", "0", "0"], ["2", "行政规范性文件", "3", "1", "12"],
           ["第二十条第（五）项", "", "", "", ""],
           ["序号", "信息内容", "本年处理决定数量", "", ""], ["3", "行政许可", "120", "", ""]]


def test_sequence_column_dropped_over_table_twos_blocks():
    """表二 numbered 1 … 6 across its blocks, "序号" written again over each block and the blocks'
    captions merged across their rows: a false C200 (no row of 表二 read) in seven renderings."""
    assert sequence_column_dropped(T2_GRID) == ([[c for i, c in enumerate(r) if i != 0] for r in T2_GRID], 3)
    # the rest past a page break with its head again, numbered on from the part before it
    rest = [["序号", "信息内容", "本年处理决定数量"], ["4", "行政处罚", "35"], ["5", "行政强制", "2"]]
    assert sequence_column_dropped(rest, 3) == ([r[1:] for r in rest], 5)
    assert sequence_column_dropped(rest) == (rest, None)  # (numbered from 4 with nothing before it)


def test_table_two_with_a_sequence_column_on_a_web_page(tmp_path):
    text = CLEAN
    n = 0
    out = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if line.startswith("信息内容\t"):
            line = "序号\t" + line
        elif len(cells) > 1 and cells[0] in ("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"):
            n += 1
            line = f"{n}\t" + line
        out.append(line)
    path = tmp_path / "r.html"
    path.write_text(tabbed_page("\n".join(out)), "utf-8")
    assert n == 6 and _found(path) == []


# -- 表二 numbered, its head "序 / 号" stacked over two lines, copied as laid-out text (voices51b) ---------

#: 表二 as `pdftotext -layout` gives a Word table whose narrow 序号 head wraps a character a line:
#: the column is never named, each row's number is set before its label with spaces
LAID_OUT_TABLE_TWO = """二、主动公开政府信息情况
                  第二十条第（一）项
   序
         信息内容     本年制发件数    本年废止件数    现行有效件数
   号
   1     规章          0         0        0
   2   行政规范性文件       3         1        12
                  第二十条第（五）项
   序
         信息内容              本年处理决定数量
   号
   3     行政许可                 120
                  第二十条第（六）项
   序
         信息内容              本年处理决定数量
   号
   4     行政处罚                 35
   5     行政强制                  2
                  第二十条第（八）项
   序
         信息内容         本年收费金额（单位：万元）
   号
   6   行政事业性收费              1.25
"""


def _laid_out(text):
    start, end = text.index("二、主动公开政府信息情况\n"), text.index("\n三、收到和处理")
    return text[:start] + LAID_OUT_TABLE_TWO + text[end:]


def test_row_numbers_before_table_twos_labels_in_laid_out_text():
    """Each label was read with its number ("1     规章") and noted as a misspelling of itself (six
    false V502). The number is the row's 序号; a label misspelt after its number is still noted."""
    assert _typed(_laid_out(CLEAN)) == []
    misspelt = _laid_out(CLEAN).replace("   4     行政处罚", "   4     行政处法")
    assert [(code, message) for code, message in _typed(misspelt)] == [("V502", "表二行名“4     行政处法”应为“行政处罚”")]


def test_a_piece_of_a_label_after_a_number_is_no_misspelling():
    """A guard (voices51b): in a laid-out 表三 that came apart, "14       无法提" is the row's number and a
    piece of the group's label cut at its width: no misspelling of 无法提供 (V502 said so)."""
    from govlint.binder.bind import _index
    from govlint.formats import BUILTIN_FORMATS
    index = _index(BUILTIN_FORMATS["2021"], BUILTIN_FORMATS)
    entries, typo, _ = index.lookup("14       无法提")
    assert not entries
    entries, typo, _ = index.lookup("4     行政处法")
    assert typo == "typo" and entries[0].official == "行政处罚"
