"""A report flattened onto one line whose 表四 row was typed with bars between its cells ("… 尚未审结
总计 1 | 0 | 0 | 1 | 2 | …": a web page's table pasted with " | " and then copied flat). Each "|"
after a number was read as a new row's label (a row a number), and with the rows joined again the
head's last words took the first number (fourteen numbers for fifteen columns: C201 缺少表四, or
C200). A bar is no cell's text in a flattened line, and the row starts at its first number.

The report is invented: tests/fixtures/tabs_2024.txt flattened onto one line."""
from pathlib import Path

from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
ROW = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n"


def found(text):
    return [(d.code, d.message) for d in lint(text).diagnostics]


def _flat_with_bars(row):
    assert TABS.count(ROW) == 1
    return " ".join(TABS.replace(ROW, row.replace("\t", " | ")).replace("\t", " ").split()) + "\n"


def test_flattened_a_row_typed_with_bars_is_read():
    assert found(_flat_with_bars(ROW)) == []


def test_flattened_a_row_typed_with_bars_is_checked():
    text = _flat_with_bars("1\t0\t0\t1\t3\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n")
    assert [f[0] for f in found(text)] == ["A304"]
    assert found(text)[0][1].startswith("表四“行政复议”勾稽关系不成立：行政复议·总计 = 3")
