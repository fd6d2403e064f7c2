"""PDF: text struck through is deleted text, as Word prints its tracked deletions ("显示标记的最终状态"):
the old figure struck, the new one beside it. Read with the new figure, "收到政府信息公开申请913件" was a
false N601, a table's struck digits beside the new ones a false A303 (voices54h). Figures a strikethrough
runs through, with figures not struck right beside them (the ones that replaced them), are left out, as
the Word reader leaves out a deletion; an underline keeps its text, and so do words struck through and a
table's figures all struck (tests/test_pdf39_underlined_labels_drawn_as_rules.py).

The invented clean report (tests/fixtures/tabs_2024.txt) is drawn line by line with reportlab
(tests/line_printer.py), one line of 一 drawn with a run struck through or underlined."""
import sys
from pathlib import Path

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness.word21 import CLEAN, lint  # noqa: E402
from line_printer import LEFT, SIZE, print_lines  # noqa: E402

from govlint.readers import read  # noqa: E402

LINE = "（二）依申请公开。本年度共收到政府信息公开申请13件，均在法定期限内答复。"
BEFORE, AFTER = "（二）依申请公开。本年度共收到政府信息公开申请", "13件，均在法定期限内答复。"


def _marked(old: str, through: bool):
    """The line drawn with ``old`` before the figure 13, a line through ``old`` (or under it)."""
    def draw(c, y, line):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        x = LEFT
        for text in (BEFORE, old, AFTER):
            c.drawString(x, y, text)
            w = stringWidth(text, "STSong-Light", SIZE)
            if text == old:
                at = y + (0.3 * SIZE if through else -0.1 * SIZE)
                c.setLineWidth(0.5)
                c.line(x, at, x + w, at)
            x += w
    return {LINE: draw}


def _text(path: Path) -> str:
    return "\n".join(getattr(b, "text", "") for b in read(path).blocks)


def test_a_figure_struck_through_is_left_out(tmp_path):
    pdf = print_lines(tmp_path / "struck.pdf", CLEAN, special=_marked("9", through=True))
    text = _text(pdf)
    assert "9" not in text[text.index("依申请公开"):text.index("均在法定期限内")]  # (its place a space: "申请 13件")
    assert lint(pdf) == []


def test_an_underlined_figure_is_read(tmp_path):
    """(An underline is no deletion: "913件" read, the figure 表三 does not have.)"""
    pdf = print_lines(tmp_path / "under.pdf", CLEAN, special=_marked("9", through=False))
    assert "申请913件" in _text(pdf)
    assert [c for c, _, _ in lint(pdf)] == ["N601"]
