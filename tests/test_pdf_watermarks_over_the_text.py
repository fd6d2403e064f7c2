"""PDF: a watermark printed over the report ("内部资料", "征求意见稿", the agency's name), as offices print
their drafts and portals their copies: a browser prints a CSS watermark as words repeated across the page
at an angle, Word's watermark in a text box of its header comes out of LibreOffice level, large and pale
grey. Read as text, its characters fell into the lines they cross: "一、总体情育况育育", "局（七）总计",
"县0" in 表四 (voices54h: 63 false findings in four reports: S103, S104, C202, C204, V502, P701). A text
whose baseline runs oblique to the page, or whose characters are 20 pt or larger and filled pale (each
colour 192 or more, not white), is no text of the report's; a heading as large but dark, white words on a
banner, and a line turned a right angle, are.

The invented clean report (tests/fixtures/tabs_2024.txt) is drawn line by line with reportlab
(tests/line_printer.py), the watermark over each page."""
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness.word21 import CLEAN, lint  # noqa: E402
from line_printer import print_lines  # noqa: E402

from govlint.readers import read  # noqa: E402

WORDS = "内部资料"


def _watermark(angle: float, grey: float, size: float):
    def over(c):
        c.saveState()
        c.setFillColorRGB(grey, grey, grey)
        c.setFont("STSong-Light", size)
        for x, y in ((x, y) for x in range(60, 560, 120) for y in range(60, 820, 80)):  # (tiled, as a browser prints it)
            c.saveState()
            c.translate(x, y)
            c.rotate(angle)
            c.drawString(0, 0, WORDS)
            c.restoreState()
        c.restoreState()
    return over


def _text(path: Path) -> str:
    return "\n".join(getattr(b, "text", "") for b in read(path).blocks)


@pytest.fixture(scope="module")
def unmarked(tmp_path_factory) -> str:
    return _text(print_lines(tmp_path_factory.mktemp("plain") / "plain.pdf", CLEAN))


@pytest.mark.parametrize("angle", [30, 45, -35])
def test_words_across_the_page_at_an_angle_are_no_text(tmp_path, unmarked, angle):
    pdf = print_lines(tmp_path / "wm.pdf", CLEAN, over=_watermark(angle, 0.75, 14))
    assert _text(pdf) == unmarked
    assert lint(pdf) == []


def test_large_pale_words_level_over_the_text_are_no_text(tmp_path, unmarked):
    pdf = print_lines(tmp_path / "wm.pdf", CLEAN, over=_watermark(0, 0.85, 27))
    assert _text(pdf) == unmarked
    assert lint(pdf) == []


@pytest.mark.parametrize("grey, size", [(0.0, 27), (0.85, 12), (1.0, 27)])
def test_dark_or_small_words_level_are_text(tmp_path, grey, size):
    """A heading as large, but dark; a pale note in the text's size; large white words (a site's banner,
    its title white on a coloured band a browser prints): read."""
    pdf = print_lines(tmp_path / "wm.pdf", CLEAN, over=_watermark(0, grey, size))
    assert WORDS in _text(pdf)


def test_words_turned_a_right_angle_are_still_read(tmp_path):
    """(A line set vertically, a table's head turned 90°, is no watermark: read as before.)"""
    pdf = print_lines(tmp_path / "wm.pdf", CLEAN, over=_watermark(90, 0.0, 12))
    assert all(ch in _text(pdf) for ch in WORDS)
