"""A report copied onto one line whose 表四 head writes a column's name with a space in it ("总 计",
as a Word table's justified cell is copied): after the head's last name ("尚未审结") the piece "总"
was taken for a row label's first piece cut by a page ("本年处理决定数量 行政处 35 罚"), the head cut
there, and the row's fifteen numbers read as the rest of a head: C200 "找到表四的表头，但没有读出任何
一行数字" on a table that is there (a real report's layout, seen through the one-line copy). A piece
that with the next word spells a head's word is no row's first piece.

The report is invented: tests/fixtures/tabs_2024.txt, its 表四 head's 总计 typed "总 计", on one line."""
import sys
from pathlib import Path

from govlint.testing import lint

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

from harness.text_forms import FORMS  # noqa: E402

TABS = (TESTS / "fixtures" / "tabs_2024.txt").read_text("utf-8")
_, ONE_LINE = FORMS["one-line"]


def _spaced_head(text: str) -> str:
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("行政复议\t"))
    for i in range(start, start + 3):
        lines[i] = lines[i].replace("总计", "总 计")
    return "\n".join(lines)


def test_a_head_word_typed_with_a_space_in_a_flattened_table_is_the_heads():
    got = lint(ONE_LINE(_spaced_head(TABS)))
    assert [(d.code, d.message) for d in got.diagnostics] == [(d.code, d.message) for d in lint(ONE_LINE(TABS)).diagnostics]
    assert not any(d.code == "C200" for d in got.diagnostics)


def test_a_row_labels_first_piece_after_the_head_still_opens_its_row():
    """The failing case: "行政处" after the head's last name is the first piece of "行政处罚" (its rest
    after the numbers), not a head word typed with a space: the row is read."""
    text = TABS.replace("行政处罚\t35", "行政处\t35\t罚", 1)
    got = lint(ONE_LINE(text))
    assert not any(d.code in ("C200", "C202", "V502") for d in got.diagnostics), [d.message for d in got.diagnostics]
