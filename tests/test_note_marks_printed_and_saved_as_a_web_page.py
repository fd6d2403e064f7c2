"""A note's mark set in superscript after a figure ("13¹"), once the Word file is printed to PDF or
saved as a web page by LibreOffice. The Word reader leaves such a mark out (test_docx21_note_marks);
the PDF reader read the raised mark as a line of its own above its figure ("1 13": 113, false
A301/A303) and the web-page reader ran ``13<sup>1</sup>`` together (131). Both now leave out a
superscript mark right after a figure, as a person reads it. The same mark on the line is what
the page shows as one number: read, and a defect if it is one.

Each test edits the harness's Word file of the invented clean report (tests/fixtures/tabs_2024.txt)
and converts it with a real LibreOffice."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness import word_features as wf  # noqa: E402
from harness.libreoffice import SKIP_REASON, convert, soffice  # noqa: E402
from harness.word21 import lint, marked as _marked, table_three_total as _found, write_plain  # noqa: E402

pytestmark = pytest.mark.skipif(soffice() is None, reason=SKIP_REASON)

#: the mark's text and alignment in each Word file: (name, mark, vertAlign)
MARKED = [("super1", "1", "superscript"), ("super_circled", "①", "superscript"), ("line", "1", "baseline")]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """name → {"pdf": …, "html": …}: each marked Word file printed and saved as a web page."""
    d = tmp_path_factory.mktemp("marks")
    plain = write_plain(d)
    words = [wf.edit(plain, d / f"{name}.docx", _marked(mark, align)) for name, mark, align in MARKED]
    pdfs = convert(words, "pdf", d / "pdf", d / "profile")
    pages = convert(words, "html", d / "html", d / "profile")
    return {w.stem: {"pdf": pdfs[w], "html": pages[w]} for w in words}


@pytest.mark.parametrize("kind", ["pdf", "html"])
@pytest.mark.parametrize("name", ["super1", "super_circled"])
def test_a_superscript_note_mark_after_a_figure_is_not_read(rendered, kind, name):
    assert lint(rendered[name][kind]) == []


@pytest.mark.parametrize("kind", ["pdf", "html"])
def test_a_mark_on_the_line_is_read_as_the_page_shows_it(rendered, kind):
    """"131" on the line is what the page shows: its arithmetic defect is found."""
    assert lint(rendered["line"][kind]) == _found(131)


def test_the_web_page_keeps_the_mark_as_superscript(rendered):
    """(The page holds the mark as ``<sup>``: the test is of the reader, not of the conversion.)"""
    assert "<sup>1</sup>" in rendered["super1"]["html"].read_text("utf-8", "replace")
