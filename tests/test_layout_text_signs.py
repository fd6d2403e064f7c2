"""The text stage's cheap signs (layout/lines.py) against the full repairs they stand before.

Each sign must be necessary: where it says "nothing to repair", the repair itself must leave the
text as it is, on any input. And each pattern rewritten to be cheaper must find what the pattern it
replaced found. Checked on the fixtures' texts perturbed as copies perturb them: whitespace
shuffled, tabs for gaps, cells a line each, CRLF, full-width digits, labels wrapped, page numbers
among the lines, radicals for ideographs.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from govlint.layout import lines as L
from govlint.syntax.parser import normalise

_FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*_20*.txt"))
_TEXTS = [normalise(p.read_text(encoding="utf-8")) for p in _FIXTURES]

#: the patterns as they stood before they were made cheaper (the same matches are required)
#: (the next line may stand after up to two blank ones)
_OLD_SHORT_LINE = re.compile(rf"\n([^\n\t|。]{{1,{L._PIECE + 8}}})(?=\n((?:[ \t\u3000\xa0]*\n){{0,2}})([^\n]+))")
#: (the label's first piece may end, and its rest open, with an enumeration comma or a comma, and
#: the rest's numbers stand apart with full-width spaces too: a plain-text copy wrapped at a width)
_OLD_LABEL_REST = re.compile(r"\n([^\n\t|]*[\u4e00-\u9fff、，])\n(?=([\u4e00-\u9fff、，][^\s|]*)"
                             r"(?:[ \t\u3000\xa0]+[0-9０-９][0-9０-９.,]*)+[ \t\u3000\xa0]*\n)")
_OLD_BAR_LABEL_REST = re.compile(r"\n([^\n]*[\u4e00-\u9fff])\n(?=([\u4e00-\u9fff][^\s|]*)[ \t]*\|(?:[ \t]*[0-9０-９][0-9０-９.,]*[ \t]*\|)+[ \t|]*\n)")
_OLD_CELL_GAP = re.compile(r"[\t|]| {2,}")
_OLD_TOP = re.compile(L.enumerators.TOP)

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_RADICALS = str.maketrans("一人民西见长门", "⼀⼈⺠⻄⻅⻓⻔")
_INSERTS = ["- 3 -", "第 2 页 共 5 页", "— 4 —", "2/5", "|", "---", "（", "\t", "", "   ", "\t0", "\t10", "\t／",
            "\t申请人", "\t 7 ", "\u3000\t5", "\t- 3 -\t"]


def _perturb(text: str, data) -> str:
    lines = text.split("\n")
    k = data.draw(st.integers(0, 8))
    out = []
    for line in lines:
        if data.draw(st.integers(0, 6)) != 0:
            out.append(line)
            continue
        if k == 0 and len(line) > 2:  # a label wrapped: the line broken in two
            at = data.draw(st.integers(1, len(line) - 1))
            out.extend((line[:at], line[at:]))
        elif k == 1:  # a cell a line, each indented with a tab
            out.extend("\t" + c for c in re.split(r"\t| {2,}|\|", line))
        elif k == 2:
            out.append(line.translate(_FULL_WIDTH))
        elif k == 3:  # a line break lost
            out.append(line + " " + "".join(data.draw(st.sampled_from(lines))))
        elif k == 4:  # a page's number, a separator, a lone bracket or a lone cell among the lines
            out.extend((data.draw(st.sampled_from(_INSERTS)), line))
        elif k == 5:
            out.append(line.replace(" ", data.draw(st.sampled_from(["\t", "  ", "\u3000", " | ", "\xa0"]))))
        elif k == 6:
            out.append(line.translate(_RADICALS))
        elif k == 7:
            out.append(line + "\r")
        else:
            out.extend(("", line))
    return "\n".join(out)


def _matches(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(range(len(_TEXTS))), st.data())
def test_the_signs_are_necessary_and_the_patterns_find_the_same(which, data):
    text = _perturb(_TEXTS[which], data)
    t = "\n" + text
    # the lone cells: where the sign says nothing, the repair changes nothing
    if "\n\t" in text and not L._lone_rows_sign(text):
        assert L._lone_cells_untabbed(text) == text
    # the radicals: no sign, no radical
    if not L._may_hold_radicals(text):
        assert not L._RADICAL_TEST.search(text)
    # the wrapped labels' patterns and the first cell of a line
    assert _matches(L._SHORT_LINE, t) == _matches(_OLD_SHORT_LINE, t)
    assert _matches(L._LABEL_REST, t) == _matches(_OLD_LABEL_REST, t)
    assert _matches(L._BAR_LABEL_REST, t) == _matches(_OLD_BAR_LABEL_REST, t)
    for line in text.split("\n"):
        assert L._first_cell(line) == _OLD_CELL_GAP.split(line.strip(L._SPACE), 1)[0].strip(L._SPACE)
        assert len(L._TOP_COUNT.findall(line)) == len(_OLD_TOP.findall(line))


def test_a_run_of_rows_and_a_page_number_are_signs():
    # a label after a number in one run: rows
    assert L._lone_rows_sign("表\n\t行政许可\n\t5\n\t行政处罚\n\t3\n")
    # a number, a blank cell, then a label: still a row
    assert L._lone_rows_sign("表\n\t行政许可\n\t5\n\t\n\t行政处罚\n")
    # a page's number between two lone cells
    assert L._lone_rows_sign("表\n\t行政许可\n\n- 3 -\n\n\t5\n")
    # a row a run, a blank line after each (the layout the repair leaves): no sign
    assert not L._lone_rows_sign("表\n\t行政许可\n\t5\n\n\t行政处罚\n\t3\n")
    # a head's blank cell before its words: no number before them, no sign
    assert not L._lone_rows_sign("表\n\t\n\t自然人\n\t法人或其他组织\n")
    assert L._may_hold_radicals("⼀、总体情况") and not L._may_hold_radicals("一、总体情况")
