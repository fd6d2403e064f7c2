"""A note's mark typed in superscript after a figure in a Word file ("13¹", "13①", "13*", the
note under the table): a person reads the figure and the mark apart, the reader ran their texts
together (131: false A301/A303; 13*: false C204). A superscript note mark right after a figure is
not read, as Word's own footnote reference (which holds no text) is not. The same mark on the
line (not superscript) is what Word shows as one number: read, and a defect if it is one.

Each test edits the harness's Word file of the invented clean report (tests/fixtures/tabs_2024.txt)."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness import word_features as wf  # noqa: E402
from harness.word21 import lint, marked as _marked, table_three_total as _found, write_plain  # noqa: E402




@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    return write_plain(tmp_path_factory.mktemp("word"))


@pytest.mark.parametrize("mark", ["1", "①", "*", "※"])
def test_a_superscript_note_mark_after_a_figure_is_not_read(plain, tmp_path, mark):
    assert lint(wf.edit(plain, tmp_path / "mark.docx", _marked(mark))) == []


def test_a_mark_on_the_line_is_read_as_word_shows_it(plain, tmp_path):
    """"131" on the line is what Word shows: its arithmetic defect is found."""
    assert lint(wf.edit(plain, tmp_path / "line.docx", _marked("1", "baseline"))) == _found(131)


def test_a_wrong_figure_with_a_note_mark_is_found(plain, tmp_path):
    assert lint(wf.edit(plain, tmp_path / "wrong.docx", _marked("1", figure="15"))) == _found(15)
