"""Word packages as other producers write them: Word's "Strict Open XML Document" (ISO/IEC 29500
Strict: the same elements in the purl.oclc.org namespaces, which the reader found no w:body in and
called the file empty), a main part under another name than word/document.xml (named by the
package's relationship, or only by ``[Content_Types].xml`` when the relationships are lost:
refused before as "not a Word document"), and a Word file named .dotx / .docm / .wps.

Each is the harness's Word file of the invented clean report (tests/fixtures/tabs_2024.txt), its
package rewritten (tests/harness/word21.py); a clean one gives nothing, a seeded defect its finding."""
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness import word_features as wf  # noqa: E402
from harness.word21 import lint, main_part_renamed, repack, strict, table_three_total, write_plain  # noqa: E402



@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    return write_plain(tmp_path_factory.mktemp("word"))


@pytest.fixture(scope="module")
def wrong(plain, tmp_path_factory):
    """The report with 表三's first total 15 (the row's parts make 13)."""
    def change(root):
        wf.cell(root, "13").find(".//" + wf.q("t")).text = "15"
    return wf.edit(plain, tmp_path_factory.mktemp("word") / "wrong.docx", change)


def test_a_strict_open_xml_document_is_read(plain, tmp_path):
    path = repack(plain, tmp_path / "strict.docx", strict)
    assert b"purl.oclc.org/ooxml/wordprocessingml/main" in __import__("zipfile").ZipFile(path).read("word/document.xml")
    assert lint(path) == []


def test_a_defect_in_a_strict_open_xml_document_is_found(wrong, tmp_path):
    assert lint(repack(wrong, tmp_path / "strict.docx", strict)) == table_three_total(15)


@pytest.mark.parametrize("rels", [True, False], ids=["named-by-relationship", "named-by-content-types"])
def test_a_main_part_under_another_name_is_read(plain, wrong, tmp_path, rels):
    def renamed(parts):
        return main_part_renamed(parts, rels=rels)
    assert lint(repack(plain, tmp_path / "main.docx", renamed)) == []
    assert lint(repack(wrong, tmp_path / "wrong.docx", renamed)) == table_three_total(15)


def test_a_package_without_a_word_part_is_still_refused(plain, tmp_path):
    """Content types and relationships that name no Word part: one clear error, as before."""
    def change(parts):
        parts = main_part_renamed(parts, rels=False)
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"/word/main.xml", b"/word/other.xml")
        return parts
    assert lint(repack(plain, tmp_path / "none.docx", change)) == [
        ("ERROR", "这个 zip 压缩包不是 Word .docx 文档（没有正文部分）；请提供 .docx、.pdf、.html 或 .txt 格式的报告")]


@pytest.mark.parametrize("ext", ["dotx", "docm", "dotm", "wps"])
def test_a_word_package_under_another_extension_is_read_as_word(plain, wrong, tmp_path, ext):
    """A template (.dotx, .dotm) or a macro-enabled document saved as the report, or WPS's .docx
    named .wps: the content says it is a Word package."""
    shutil.copy(plain, tmp_path / f"report.{ext}")
    shutil.copy(wrong, tmp_path / f"wrong.{ext}")
    assert lint(tmp_path / f"report.{ext}") == []
    assert lint(tmp_path / f"wrong.{ext}") == table_three_total(15)
