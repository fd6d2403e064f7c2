"""Text copied out of a PDF of a 表三 whose zeros are written with marks ("-", "—", "/", "无"), each
row's label on the lines above its values (PDFium's copy of a Word table with a narrow label
column): "1.属于国家秘密" / "- — / 无 - — /". A line of values alone was read as a row only with two
numbers in it: a line of marks with one number or none was prose, the row lost its values (a false
C202 for it, and a table mostly unfilled read row by row). Four values or more, of two kinds at
least, one a mark, are a row's values too (not a page's number "- 4 -", not a rule of dashes).

The report is invented: tests/fixtures/tabs_2024.txt, some of 表三's zeros written with marks."""
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells
from govlint.layout import split_spaced
from govlint.layout.cells import span_of

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
#: rows of 表三 (as typed, tabs) and their values written with marks
MARKED = {
    "2.其他法律行政法规禁止公开": "-\t—\t/\t无\t-\t—\t/",
    "6.属于四类过程性信息": "/\t无\t-\t—\t0\t/\t无",
    "3.补正后申请内容仍不明确": "—\t—\t/\t/\t-\t-\t无",
}


def typed():
    text = CLEAN
    for label, marks in MARKED.items():
        old = f"\n{label}\t0\t0\t0\t0\t0\t0\t0\n"
        assert text.count(old) == 1, label
        text = text.replace(old, f"\n{label}\t{marks}\n")
    return text


def copied(text):
    """``text`` with its tabs as spaces, one row a line; the marked rows' values on the line below
    their label."""
    spaced = "\n".join(" ".join(c for c in line.split("\t") if c) for line in text.split("\n"))
    for label, marks in MARKED.items():
        old = f"\n{label} {marks.replace(chr(9), ' ')}\n"
        assert spaced.count(old) == 1, label
        spaced = spaced.replace(old, f"\n{label}\n{marks.replace(chr(9), ' ')}\n")
    return spaced


def _cells_of(text):
    return [(c.text, c.kind) for c in split_spaced(text, span_of((1, 1, 1, 1 + len(text), 0, len(text))))]


def test_a_line_of_values_with_marks_is_a_row():
    assert [k for _, k in _cells_of("- — / 无 0 - —")] == ["placeholder"] * 4 + ["number"] + ["placeholder"] * 2
    assert _cells_of("- 4 -") == [] and _cells_of("— — — —") == [] and _cells_of("无 无 无 无") == []


def test_values_with_marks_below_their_labels_read_as_typed():
    """Bound as typed, and the same findings (one C203 a marked row: its marks are no numbers),
    each on the line of the row's values."""
    text = copied(typed())
    assert "\n2.其他法律行政法规禁止公开\n- — / 无 - — /\n" in text
    assert _cells(text) == _cells(typed())
    found, want = _found(text), _found(typed())
    assert [(f[0], f[3]) for f in found] == [(f[0], f[3]) for f in want]
    assert [f[0] for f in found] == ["C203"] * 3
    lines = text.split("\n")
    assert [f[1:3] for f in found] == [(lines.index(label) + 2, 1) for label in MARKED]
