"""w:altChunk: a part of the report embedded in another format (HTML, plain text, a whole .docx)
that Word converts into the document when it opens the file. Report generators of web platforms
and OA systems write them; the file is published as generated. The reader read nothing of it, so
a section embedded that way was missing with its table (false S101 and C201). It now reads the
part with the reader of its format, its paragraphs and tables numbered on from the document's;
a part it cannot read (RTF) or a part the package lacks is one error for the file, not the
findings of everything missing.

Each test embeds section 三 with 表三 of the invented clean report (tests/fixtures/tabs_2024.txt,
the harness's Word file) as a generator does (tests/harness/word21.py)."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness import docx_styles  # noqa: E402
from harness.word21 import alt_chunk, lint, repack, table_three_total  # noqa: E402

CLEAN = (TESTS / "fixtures" / "tabs_2024.txt").read_text("utf-8")
WRONG = CLEAN.replace("一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t13", "一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t15")
SECTION = ("三、收到", "四、政府信息公开行政复议")
DAMAGED = ("ERROR", "这个 .docx 已损坏或不是 Word 文档；请用 Word 或 WPS 打开后重新另存为 .docx")


def _word(text: str, tmp_path: Path, name: str) -> Path:
    return docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], tmp_path / name)


@pytest.mark.parametrize("kind", ["html", "text", "docx"])
def test_a_section_embedded_as_an_alt_chunk_is_read(tmp_path, kind):
    path = repack(_word(CLEAN, tmp_path, "plain.docx"), tmp_path / "chunk.docx", alt_chunk(CLEAN, *SECTION, kind))
    assert lint(path) == []
    from govlint.layout.documents import read
    assert read(str(path)).text.count("三、收到和处理政府信息公开申请情况") == 1


@pytest.mark.parametrize("kind", ["html", "text", "docx"])
def test_a_defect_in_an_alt_chunk_is_found(tmp_path, kind):
    path = repack(_word(WRONG, tmp_path, "wrong.docx"), tmp_path / "chunk.docx", alt_chunk(WRONG, *SECTION, kind))
    assert lint(path) == table_three_total(15)


def test_an_html_chunk_named_by_its_extension_alone_is_read(tmp_path):
    """A generator that gives the part a content type of its own: its .htm name says HTML."""
    path = repack(_word(CLEAN, tmp_path, "plain.docx"), tmp_path / "chunk.docx",
                  alt_chunk(CLEAN, *SECTION, "html", content_type="application/octet-stream"))
    assert lint(path) == []


def test_the_tables_after_an_alt_chunk_keep_their_places(tmp_path):
    """The embedded 表三 is the document's second table and 表四 after it the third (表N in
    findings), its paragraphs numbered on from the document's."""
    from govlint.readers import TableBlock, TextBlock
    from govlint.readers.docx import DocxReader
    path = repack(_word(CLEAN, tmp_path, "plain.docx"), tmp_path / "chunk.docx", alt_chunk(CLEAN, *SECTION, "html"))
    blocks = DocxReader().read(path, path.read_bytes()).own_blocks
    assert [b.number for b in blocks if isinstance(b, TableBlock)] == [1, 2, 3]
    numbers = [b.paragraph for b in blocks if isinstance(b, TextBlock)]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


def test_an_html_chunk_of_a_note_alone_is_read_as_its_text(tmp_path):
    """A piece with neither a heading nor a table (a note under 表三): the web-page reader finds
    no report in it, and its text is read as paragraphs (not an error for the whole file)."""
    from govlint.layout.documents import read
    text = CLEAN.replace("四、政府信息公开行政复议", "注：本表数据截至2024年12月31日。\n四、政府信息公开行政复议", 1)
    path = repack(_word(text, tmp_path, "plain.docx"), tmp_path / "chunk.docx",
                  alt_chunk(text, "注：本表数据", "四、政府信息公开行政复议", "html"))
    assert lint(path) == []
    assert "注：本表数据截至2024年12月31日。" in read(str(path)).text.split("\n")


@pytest.mark.parametrize("how", ["rtf", "missing"])
def test_an_alt_chunk_that_cannot_be_read_is_one_error(tmp_path, how):
    """An RTF part (not read here) or a part the package lacks: one error saying to save the
    file again in Word (which converts the part), not S101 and C201 for what it holds."""
    change = alt_chunk(CLEAN, *SECTION, "rtf") if how == "rtf" else alt_chunk(CLEAN, *SECTION, "html", missing=True)
    assert lint(repack(_word(CLEAN, tmp_path, "plain.docx"), tmp_path / "chunk.docx", change)) == [DAMAGED]


def test_a_damaged_relationships_part_under_an_alt_chunk_is_one_error(tmp_path):
    """Bad input: the main part's relationships are not XML. One clear error, no traceback."""
    def change(parts):
        parts = alt_chunk(CLEAN, *SECTION, "html")(parts)
        parts["word/_rels/document.xml.rels"] = b"<Relationships><not xml"
        return parts
    assert lint(repack(_word(CLEAN, tmp_path, "plain.docx"), tmp_path / "chunk.docx", change)) == [DAMAGED]
