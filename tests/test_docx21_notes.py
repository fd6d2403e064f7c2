"""Footnotes and endnotes in a Word file (word/footnotes.xml, word/endnotes.xml): a report that
states its period only in a note, or keeps 表三's "注：…" as a footnote of the table. The reader
read no note, so a period said only there was missing (false P701). A note's paragraphs are now
read after the paragraph (or the table) holding its reference, each note once; Word's separator
notes are none; a damaged notes part gives none (the body is read). Comments (word/comments.xml)
stay unread: they are a reviewer's, not the report's (tests/test_docx21_wps_tables_and_marks.py).

Each test rewrites the harness's Word file of the invented clean report (tests/fixtures/tabs_2024.txt)."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness.word21 import as_note, lint, repack, write_plain  # noqa: E402

PERIOD = "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。"
OPENING = "根据《中华人民共和国"
NO_PERIOD = [("P701", None, "未说明统计期限（如“本报告所列数据的统计期限自20××年1月1日起至20××年12月31日止”）")]


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    return write_plain(tmp_path_factory.mktemp("word"))


def _read(path):
    from govlint.layout.documents import read
    return read(str(path)).text.split("\n")


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_a_period_stated_in_a_note_is_read(plain, tmp_path, kind):
    path = repack(plain, tmp_path / "note.docx", as_note(PERIOD, OPENING, kind=kind))
    assert lint(path) == []
    lines = _read(path)
    assert lines.index(PERIOD) == lines.index("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求，编制本报告。") + 1


def test_a_wrong_period_in_a_note_is_found(plain, tmp_path):
    path = repack(plain, tmp_path / "note.docx",
                  as_note(PERIOD, OPENING, note=PERIOD.replace("2024", "2023")))
    assert lint(path) == [("P701", None, "统计期限为2023年，与标题年份2024年不一致")]


def test_a_note_under_table_three_is_read_after_the_table(plain, tmp_path):
    note = "注：本表数据截至2024年12月31日。"
    path = repack(plain, tmp_path / "note.docx", as_note("", in_cell="（七）总计", note=note))
    assert lint(path) == []
    lines = _read(path)
    assert lines.index(note) > max(k for k, ln in enumerate(lines) if ln.startswith("四、结转下年度继续办理"))
    assert lines.index(note) < lines.index("四、政府信息公开行政复议、行政诉讼情况")


def test_a_damaged_notes_part_reads_the_body(plain, tmp_path):
    """Bad input: footnotes.xml is not XML. The body is read (the period said only in the note is
    then missing, as before notes were read), no error."""
    def change(parts):
        parts = as_note(PERIOD, OPENING)(parts)
        parts["word/footnotes.xml"] = b"<w:footnotes><broken"
        return parts
    assert lint(repack(plain, tmp_path / "note.docx", change)) == NO_PERIOD
