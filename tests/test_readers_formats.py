"""The same report as Word, web page, PDF and GB18030 text reads to the same tables and findings.

The fixtures are built here from tests/fixtures/tabs_2024.txt (示例镇人民政府) by
tests/fixtures/generators/report_formats.py: tables with merged cells in .docx and .html (GBK),
a ruled PDF (tables read from their borders) and a PDF whose tables have no borders (rows read
from the numbers on each line).
"""
import sys
from pathlib import Path

import pytest

from govlint.binder.bind import bind
from govlint.config import from_dict
from govlint.outputs.parsed import dump_bound
from govlint.run.engine import Settings, lint_file, lint_text
from govlint.syntax.parser import parse
from govlint.layout.documents import read  # a file's blocks, rendered
from govlint.testing import make_registry

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES / "generators"))
import report_formats as rf  # noqa: E402

CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
# one defect in 表三 (a wrong 总计) and one in 表四, so the findings are not empty
DEFECTS = [("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14"),
           ("1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0", "1\t0\t0\t1\t3\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0")]
FORMATS = ["docx", "html", "pdf", "pdf-unruled", "gb18030.txt", "utf8-bom.txt"]


def _defective(text: str) -> str:
    for old, new in DEFECTS:
        assert text.count(old) == 1
        text = text.replace(old, new)
    return text


def _write(text: str, fmt: str, path: Path) -> Path:
    bl = rf.blocks(text)
    if fmt == "docx":
        rf.write_docx(bl, path)
    elif fmt == "html":
        path.write_bytes(rf.html_page(bl).encode("gbk"))
    elif fmt == "pdf":
        rf.write_pdf(bl, path)
    elif fmt == "pdf-unruled":
        rf.write_pdf(bl, path, ruled=False)
    elif fmt == "gb18030.txt":
        path.write_bytes(text.encode("gb18030"))
    elif fmt == "utf8-bom.txt":
        path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pytest.importorskip("docx")
    pytest.importorskip("reportlab", reason="reportlab (the test extra) builds the PDF fixtures")
    d = tmp_path_factory.mktemp("formats")
    out = {}
    for variant, text in (("clean", CLEAN), ("defect", _defective(CLEAN))):
        for fmt in FORMATS:
            ext = {"pdf-unruled": ".pdf", "gb18030.txt": ".txt", "utf8-bom.txt": ".txt"}.get(fmt, "." + fmt)
            out[variant, fmt] = _write(text, fmt, d / f"{variant}-{fmt.replace('.', '-')}{ext}")
    return out


SETTINGS = Settings.make(from_dict({}), make_registry())


def tables_of(text: str, source=None):
    b = dump_bound(bind(parse(text, "x", source)))
    out = {}
    for tk, t in b["tables"].items():
        for rk, r in t["rows"].items():
            out[tk, rk] = "missing" if r.get("missing") else {
                ck: (c["state"], c["value"]) for ck, c in r["cells"].items()}
    return out


def findings_of(result):
    assert not result.errors, result.errors
    return sorted((d.code, d.location.table, d.location.row_key, d.location.column_key, d.location.section)
                  for d in result.diagnostics)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("variant", ["clean", "defect"])
def test_same_tables_as_the_text(built, fmt, variant):
    text = CLEAN if variant == "clean" else _defective(CLEAN)
    doc = read(built[variant, fmt])
    expected = tables_of(text)
    assert all(v != "missing" for v in expected.values())
    assert tables_of(doc.text, doc.source) == expected


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("variant", ["clean", "defect"])
def test_same_findings_as_the_text(built, fmt, variant):
    text = CLEAN if variant == "clean" else _defective(CLEAN)
    expected = findings_of(lint_text(text, "report.txt", SETTINGS))
    got = findings_of(lint_file(str(built[variant, fmt]), SETTINGS))
    assert got == expected
    if variant == "defect":
        assert {f[0] for f in got} >= {"A301", "A302", "A304"}
    else:
        assert got == []


@pytest.mark.parametrize("fmt,kind,encoding", [
    ("docx", "docx", None), ("html", "html", "gb18030"), ("pdf", "pdf", None),
    ("gb18030.txt", "text", "gb18030"), ("utf8-bom.txt", "text", "utf-8-sig")])
def test_source_kind_and_encoding(built, fmt, kind, encoding):
    doc = read(built["clean", fmt])
    assert doc.source["kind"] == kind
    assert doc.source.get("encoding") == encoding
    res = lint_file(str(built["clean", fmt]), SETTINGS)
    assert res.kind == kind


def test_pdf_findings_name_the_page(built):
    res = lint_file(str(built["defect", "pdf"]), SETTINGS)
    origins = {d.code: d.origin for d in res.diagnostics}
    assert origins["A304"] == "第3页" and origins["A301"].startswith("第")
    doc = read(built["clean", "pdf"])
    assert "- 1 -" not in doc.text and "- 2 -" not in doc.text  # page numbers dropped
    # a paragraph the PDF wrapped over two lines is one line again
    assert "一是公开内容的解读不够深入，二是基层公开栏更新不够及时。下一步将加强政策解读，建立公开栏定期更新台账。" \
        in doc.text.splitlines()


def test_docx_findings_name_the_table_and_paragraph(built):
    res = lint_file(str(built["defect", "docx"]), SETTINGS)
    assert {d.origin for d in res.diagnostics if d.code.startswith("A")} <= {"表2", "表3"}
    doc = read(built["clean", "docx"])
    lines = doc.text.splitlines()
    origins = doc.source["line_origins"]
    assert origins[0] == "第1段" and lines[0] == "示例镇人民政府2024年政府信息公开工作年度报告"
    assert origins[lines.index("规章\t0\t0\t0")] == "表1"


def test_html_reads_only_the_article(built):
    doc = read(built["clean", "html"])
    lines = doc.text.splitlines()
    assert lines[0] == "示例镇人民政府2024年政府信息公开工作年度报告"  # the title outside the article
    text = doc.text
    for outside in ("首页", "相关阅读", "2023年政府信息公开工作年度报告", "主办", "var x", "发布时间"):
        assert outside not in text
    # merged cells expanded: the group label once, empty below; the head's spans line up
    # (the position the merged label （一）予以公开 covers is no cell of its row: its numbers follow it)
    assert "三、本年度办理结果\t（一）予以公开\t4\t1\t0\t0\t0\t0\t5\t" in lines
    assert "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t0\t0\t0\t0\t0\t1\t" in lines
    assert "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t" in lines


@pytest.mark.parametrize("fmt,name", [("pdf", "report.txt"), ("docx", "report.txt"), ("html", "report")])
def test_content_decides_when_the_extension_lies(built, tmp_path, fmt, name):
    target = tmp_path / name
    target.write_bytes(built["clean", fmt].read_bytes())
    doc = read(target)
    assert doc.source["kind"] == fmt
    assert findings_of(lint_file(str(target), SETTINGS)) == []


# -- blocks → text: the same as the readers wrote before they gave blocks ---------------------------

RENDERED = FIXTURES / "rendered"


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf", "pdf-unruled"])
def test_blocks_render_to_the_same_text_as_before(built, fmt):
    """tests/fixtures/rendered/FMT.json is the text and line origins the docx, html and pdf
    readers wrote themselves, before reading gave blocks and layout rendered them."""
    import json
    from govlint.readers import read as read_blocks
    from govlint.layout.documents import render

    doc = read_blocks(built["clean", fmt])
    assert doc.blocks and not doc.text  # the reader gives blocks; the layout writes the text
    rendered = render(doc)
    expected = json.loads((RENDERED / f"{fmt}.json").read_text("utf-8"))
    assert rendered.text == expected["text"]
    assert rendered.source["line_origins"] == expected["line_origins"]
    # what render adds to the reader's facts: the lines' origins, and which rows were read off lines
    # of text (a table without borders, where a blank cell leaves no trace)
    added = ("line_origins", "loose_rows")
    assert rendered.blocks == doc.blocks and {k: v for k, v in rendered.source.items() if k not in added} \
        == doc.source
    assert ("loose_rows" in rendered.source) == (fmt == "pdf-unruled")


def test_pdf_blocks_carry_their_geometry(built):
    from govlint.readers import TableBlock, TextBlock
    from govlint.readers import read as read_blocks

    ruled = read_blocks(built["clean", "pdf"]).blocks
    tables = [b for b in ruled if isinstance(b, TableBlock)]
    assert tables and all(t.page >= 1 and t.origin == f"第{t.page}页" for t in tables)
    lines = [b for b in read_blocks(built["clean", "pdf-unruled"]).blocks if isinstance(b, TextBlock)]
    assert lines and all(b.box is not None and b.page >= 1 for b in lines)
    box = lines[0].box
    assert box.x0 < box.x1 and box.left <= box.x0 + 1 and box.right >= box.x1 - 1 and box.size > 0
    # rows of a table drawn without borders are lines to the reader: the layout recognises them
    assert any(b.text.split()[0] == "规章" for b in lines)


def test_a_pdf_table_without_borders_does_not_guess_where_a_blank_cell_was(tmp_path):
    """Without borders a blank cell leaves no trace on the page: the row "4.保护第三方合法权益"
    with one cell blank reads as six numbers. govlint says so (C203, which cell cannot be told)
    and does not place them, so no sum fails because a number was put in the wrong column."""
    text = CLEAN.replace("4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1", "4.保护第三方合法权益\t1\t0\t0\t\t0\t0\t1")
    path = _write(text, "pdf-unruled", tmp_path / "blank.pdf")
    found = lint_file(str(path), SETTINGS).diagnostics
    assert [(d.code, d.severity, d.location.row) for d in found] == [("C203", "warning", "4.保护第三方合法权益")]
    assert found[0].message.startswith("表三“4.保护第三方合法权益”行只有6个数字（1 0 0 0 0 1），应有7个")
