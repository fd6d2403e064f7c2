"""The Word reader reads a plain document in one walk of lxml's (``_one_pass``) and every other
document element by element (``_Walker``): both give the same blocks, in every table style the
rendering harness writes, and a document with what the one pass does not handle (a picture, a
content control, a table in a table) is read by the walker."""
import io
import sys
import zipfile
from pathlib import Path

import pytest

from govlint.readers import TableBlock, TextBlock
from govlint.readers import docx as docx_reader

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
sys.path.insert(0, str(FIXTURES / "generators"))
sys.path.insert(0, str(TESTS))
import report_formats as rf  # noqa: E402

CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")


def _body(path: Path):
    from lxml import etree
    return docx_reader._body(zipfile.ZipFile(io.BytesIO(path.read_bytes())), etree)


def _walked(body):
    w = docx_reader._Walker()
    w.walk(body)
    return w.blocks


def _styles():
    pytest.importorskip("docx")
    from harness.docx_styles import STYLES
    return STYLES


@pytest.mark.parametrize("style", [s.name for s in _styles()])
def test_one_pass_reads_as_the_walker_in_every_table_style(tmp_path, style):
    from harness.docx_styles import BY_NAME, write_docx
    path = write_docx(CLEAN, BY_NAME[style], tmp_path / f"{style}.docx")
    body = _body(path)
    fast = docx_reader._one_pass(body)
    assert fast is not None, "a plain document"
    assert fast == _walked(body)
    tables = [b for b in fast if isinstance(b, TableBlock)]
    assert len(tables) >= 3 and [t.number for t in tables] == list(range(1, len(tables) + 1))


def test_merged_cells_and_a_layout_table_in_one_pass(tmp_path):
    pytest.importorskip("docx")
    import docx
    d = docx.Document()
    d.add_paragraph("示例镇人民政府2024年政府信息公开工作年度报告")
    frame = d.add_table(rows=2, cols=1)  # one column: page layout, its paragraphs are the document's
    frame.cell(0, 0).text = "一、总体情况"
    frame.cell(1, 0).text = "全年主动公开政府信息310条。"
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "申请人情况"     # vertical merge
    t.cell(0, 1).merge(t.cell(0, 2)).text = "自然人与法人"    # horizontal merge
    t.cell(1, 1).text, t.cell(1, 2).text = "自然人", "法人"
    t.cell(2, 0).text, t.cell(2, 1).text, t.cell(2, 2).text = "总计", "1", "2"
    path = tmp_path / "merged.docx"
    d.save(str(path))
    body = _body(path)
    fast = docx_reader._one_pass(body)
    assert fast is not None and fast == _walked(body)
    assert [type(b).__name__ for b in fast] == ["TextBlock", "Break", "TextBlock", "TextBlock", "TableBlock"]
    assert [b.paragraph for b in fast if isinstance(b, TextBlock)] == [1, 2, 3]
    grid = fast[-1].rows
    assert [(c.text, c.rowspan, c.colspan) for c in grid[0]] == [("申请人情况", 2, 1), ("自然人与法人", 1, 2)]
    assert [c.text for c in grid[1]] == ["自然人", "法人"] and [c.text for c in grid[2]] == ["总计", "1", "2"]


def test_what_the_one_pass_leaves_to_the_walker(tmp_path):
    pytest.importorskip("docx")
    pytest.importorskip("PIL")
    import docx
    from PIL import Image
    img = tmp_path / "table.png"
    Image.new("L", (40, 20), 255).save(img)
    d = docx.Document()
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    d.add_picture(str(img))  # a table published as a picture
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 1).add_table(rows=1, cols=2).cell(0, 0).text = "内"  # a table in a table
    path = tmp_path / "picture.docx"
    d.save(str(path))
    body = _body(path)
    assert docx_reader._one_pass(body) is None
    doc = docx_reader.DocxReader().read(path, path.read_bytes())
    assert any(isinstance(b, TextBlock) and b.text == "［图片］" for b in doc.own_blocks)
    assert doc.own_blocks == tuple(_walked(body))


def test_the_fixture_report_reads_the_same_both_ways(tmp_path):
    pytest.importorskip("docx")
    path = tmp_path / "report.docx"
    rf.write_docx(rf.blocks(CLEAN), path)
    body = _body(path)
    assert docx_reader._one_pass(body) == _walked(body)


def test_the_package_parts_kept_between_files_answer_for_each_files_own_bytes(tmp_path):
    """What ``_rels/.rels`` and ``[Content_Types].xml`` say is kept by their bytes: a Word file,
    then the same package declaring its main part a spreadsheet's, then one whose
    relationships are damaged, then the Word file again — each read as if alone."""
    pytest.importorskip("docx")
    from govlint.readers import ReadError, read

    word = tmp_path / "word.docx"
    rf.write_docx(rf.blocks(CLEAN), word)

    def repacked(name: str, change) -> Path:
        out = tmp_path / name
        with zipfile.ZipFile(word) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                dst.writestr(info.filename, change(info.filename, src.read(info.filename)))
        return out

    sheet = repacked("sheet.docx", lambda n, b: b.replace(
        b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml") if n == "[Content_Types].xml" else b)
    damaged = repacked("damaged.docx", lambda n, b: b[:40] if n == "_rels/.rels" else b)
    first = read(word)
    for _ in range(2):
        with pytest.raises(ReadError, match=r"main\+xml"):
            read(sheet)
        with pytest.raises(ReadError) as exc:
            read(damaged)
        assert "damaged" in str(exc.value).lower() or "损坏" in str(exc.value)
        assert read(word).blocks == first.blocks
