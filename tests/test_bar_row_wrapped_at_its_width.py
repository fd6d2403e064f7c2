"""Rows typed with bars between their cells ("2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0"),
copied as plain text wrapped at a width: a row cut after a bar, its last number alone on the
next line ("… | 0 | 0 |" / "0"). The bar at the line's end was read as an empty last cell (a false
C203 "总计（空白）") and the lone number as no row's. A bar stands between two cells: the row goes on.
A Markdown row (opening with a bar too) is not joined.

The report is invented: tests/fixtures/tabs_2024.txt, its tables typed with " | "."""
from pathlib import Path

from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
BARS = TABS.replace("\t", " | ")
ROW = "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"


def found(text):
    return [(d.code, d.span.line if d.span else None, d.message) for d in lint(text).diagnostics]


def test_bar_row_wrapped_after_a_bar_is_one_row():
    assert BARS.count(ROW) == 1
    text = BARS.replace(ROW, "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 |\n0\n")
    assert found(BARS) == []
    assert found(text) == []


def test_bar_row_wrapped_after_a_bar_is_checked():
    text = BARS.replace(ROW, "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 |\n1\n")
    assert [f[:2] for f in found(text)] == [("A303", 39), ("A302", 57)]
    assert found(text)[0][2].startswith("表三“2.其他法律行政法规禁止公开”行勾稽关系不成立：总计 = 1，而 自然人(0)")
