"""The readers' pieces: merged cells, layout tables, charsets, page furniture, wrapped lines.

A structured reader gives blocks; the text is the layout's (:func:`govlint.layout.documents.read`
reads a file and renders its blocks), so these tests read through it and check the blocks too."""
import io
from pathlib import Path

import pytest

import govlint.syntax  # noqa: F401  (the layout package must not be the first govlint package imported)
from govlint.layout.documents import read
from govlint.readers import (Break, CellBlock, ReadError, TableBlock, TextBlock, builtin_readers, choose,
                             clean_text, join_lines)
from govlint.readers import read as read_blocks

FIXTURES = Path(__file__).parent / "fixtures"


# -- shared helpers ----------------------------------------------------------------------

def test_clean_text_and_join_lines():
    assert clean_text("商业 企业\t总 计") == "商业企业总计"
    assert clean_text("2023 年 1 月", digits=True) == "2023年1月"
    assert clean_text("a  b\u00a0 c") == "a b c"
    assert join_lines(["结果", "维持"]) == "结果维持"
    assert join_lines(["Word", "file", ""]) == "Word file"


# -- choosing a reader --------------------------------------------------------------------

@pytest.mark.parametrize("name,head,reader", [
    ("a.txt", b"%PDF-1.7\n%\xe2\xe3", "pdf"),
    ("a.txt", b"PK\x03\x04\x14\x00[Content_Types].xml", "docx"),
    ("a", b"<!DOCTYPE html><html>", "html"),
    ("a.html", "一、总体情况\n".encode(), "text"),
    ("a.pdf", b"not a pdf", "pdf"),   # the PDF reader explains what is wrong
    ("a.docx", b"hello", "docx"),
    ("a.md", "# 报告".encode(), "text"),
])
def test_choose_by_content_then_extension(name, head, reader):
    assert choose(Path(name), head, builtin_readers()).name == reader


# -- text ----------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding,expected", [("utf-8", "utf-8"), ("gb18030", "gb18030"), ("gbk", "gb18030"),
                                               ("utf-16", "utf-16")])
def test_text_encodings(tmp_path, encoding, expected):
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    p = tmp_path / "r.txt"
    p.write_bytes(text.encode(encoding))
    doc = read(p)
    assert doc.source["encoding"] == expected
    assert doc.text.lstrip("\ufeff") == text


# -- Word ----------------------------------------------------------------------------------

def _docx(build) -> bytes:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_merged_cells_are_not_repeated(tmp_path):
    def build(d):
        d.add_paragraph("示例镇人民政府2024年政府信息公开工作年度报告")
        t = d.add_table(rows=4, cols=4)
        t.cell(0, 0).merge(t.cell(0, 3)).text = "第二十条第（一）项"     # across the whole row
        t.cell(1, 1).merge(t.cell(1, 2)).text = "本年制发件数"          # two columns
        t.cell(1, 0).merge(t.cell(2, 0)).text = "信息内容"              # two rows
        t.cell(1, 3).text = "现行有效件数"
        for j, v in enumerate(["0", "1", "2"], 1):
            t.cell(2, j).text = v
        t.cell(3, 0).text = "规章"
        t.cell(3, 1).paragraphs[0].text = "本年"
        t.cell(3, 1).add_paragraph("废止")                              # a cell over two lines
        d.add_paragraph("结尾")
    p = tmp_path / "m.docx"
    p.write_bytes(_docx(build))
    doc = read(p)
    assert doc.text.splitlines() == [
        "示例镇人民政府2024年政府信息公开工作年度报告", "",
        "第二十条第（一）项\t\t\t",
        "信息内容\t本年制发件数\t\t现行有效件数",
        "\t0\t1\t2",
        "规章\t本年废止\t\t",
        "", "结尾"]
    assert doc.source["line_origins"][2:6] == ["表1"] * 4
    assert doc.source["line_origins"][-1] == "第2段"
    # the reader gives each merged cell once, with its spans
    table = next(b for b in read_blocks(p).blocks if isinstance(b, TableBlock))
    assert table.number == 1 and table.origin == "表1"
    assert table.rows[0] == (CellBlock("第二十条第（一）项", 1, 4),)
    assert table.rows[1] == (CellBlock("信息内容", 2, 1), CellBlock("本年制发件数", 1, 2), CellBlock("现行有效件数"))
    assert table.rows[2] == (CellBlock("0"), CellBlock("1"), CellBlock("2"))


def test_docx_layout_table_nested_table_and_tab_rows(tmp_path):
    def build(d):
        outer = d.add_table(rows=1, cols=1)           # the page laid out in a one-cell table
        cell = outer.cell(0, 0)
        cell.paragraphs[0].text = "一、总体情况"
        cell.add_paragraph("正文。")
        inner = cell.add_table(rows=2, cols=2)
        inner.cell(0, 0).text, inner.cell(0, 1).text = "行政许可", "120"
        inner.cell(1, 0).text, inner.cell(1, 1).text = "行政处罚", "35"
        d.add_paragraph("规章\t0\t0\t0")             # a table typed with tabs
        d.add_paragraph("行政规范性文件\t3\t1\t12")
        d.add_paragraph("落款\t\t2025年1月20日")     # tabs that are not a table row
    p = tmp_path / "n.docx"
    p.write_bytes(_docx(build))
    lines = read(p).text.splitlines()
    assert lines == ["一、总体情况", "正文。", "", "行政许可\t120", "行政处罚\t35", "",
                     "规章\t0\t0\t0", "行政规范性文件\t3\t1\t12", "", "落款 2025年1月20日"]
    blocks = read_blocks(p).blocks
    assert isinstance(blocks[0], Break)  # the layout table's frame
    assert TextBlock("规章\t0\t0\t0", paragraph=3, tabbed=True) in blocks


# -- web pages ----------------------------------------------------------------------------------

def test_html_grid_charset_and_blocks(tmp_path):
    page = """<html><head><meta charset="gb2312"><script>一、总体情况</script></head><body>
    <header>网站</header>
    <div id="c"><h2>示例镇 2024年政府信息公开工作年度报告</h2>
    <p>一、总体情况</p><p>第一行<br>第二行 <b>加粗</b>
       续写</p>
    <table><tr><th rowspan="2">信息内容</th><th colspan="2">行政复议</th></tr>
           <tr><td>结果<br>维持</td><td>总计</td></tr>
           <tr><td>规章</td><td>1</td><td>1</td></tr></table>
    <p>二、主动公开政府信息情况</p></div><footer>版权</footer></body></html>"""
    p = tmp_path / "p.htm"
    p.write_bytes(page.encode("gb18030"))
    doc = read(p)
    assert doc.source["encoding"] == "gb18030"
    assert doc.text.splitlines() == [
        "示例镇 2024年政府信息公开工作年度报告", "一、总体情况", "第一行", "第二行加粗续写", "",
        "信息内容\t行政复议\t", "\t结果维持\t总计", "规章\t1\t1", "", "二、主动公开政府信息情况"]
    table = next(b for b in doc.blocks if isinstance(b, TableBlock))
    assert table.rows[0] == (CellBlock("信息内容", 2, 1), CellBlock("行政复议", 1, 2))
    assert doc.blocks[1] == TextBlock("一、总体情况", paragraph=2)


def test_html_without_charset_falls_back(tmp_path):
    p = tmp_path / "p.html"
    p.write_bytes("<html><body><p>一、总体情况</p><p>二、主动公开政府信息情况</p></body></html>".encode("gbk"))
    assert read(p).source["encoding"] == "gb18030"
    p.write_bytes("<html><body><p>一、总体情况</p><p>二、主动公开政府信息情况</p></body></html>".encode("utf-8"))
    assert read(p).source["encoding"] == "utf-8"


# -- PDF -----------------------------------------------------------------------------------------

def test_pdf_not_a_pdf(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_text("just text", encoding="utf-8")
    with pytest.raises(ReadError, match="not a PDF"):
        read(p)
