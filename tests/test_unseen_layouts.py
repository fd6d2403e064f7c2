"""Layouts and phrasings of real reports govlint had not seen, each named after what broke.

Every report here is invented (tests/fixtures/tabs_2024.txt with a few lines rewritten): each
test changes one thing the way real staff or real renderers do, and checks the cells govlint
binds and the exact findings (code, line, column, message) it gives.
"""
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")


def _edit(text, *pairs):
    for old, new in pairs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def _found(text, select=None):
    return [(d.code, d.span.line, d.span.column, d.message) for d in lint(text, select).diagnostics]


def test_a_label_wrapped_over_three_lines_past_a_page_break_joins_its_row():
    """A narrow 表二 label column at the foot of a page: "行政事" beside its number on one page,
    "业性收" and "费" on the next (LibreOffice's PDF of a Word table). The three pieces are one
    label; the row is bound, not reported missing (C202 said 表二缺少1行：行政事业性收费)."""
    text = _edit(CLEAN, ("行政事业性收费\t1.25\n", "行政事\t1.25\n\n业性收\n费\n"))
    cell = bind(parse(text)).tables["表二"].rows["fees"].cells["amount"]
    assert (cell.state, str(cell.value)) == ("value", "1.25")
    assert _found(text) == []


def test_fragment_lines_that_spell_no_label_stay_paragraphs():
    """Short lines after a table that complete no label together are left as they are (the
    row keeps its own label; nothing is joined that the format does not name)."""
    text = _edit(CLEAN, ("行政事业性收费\t1.25\n", "行政事业性收费\t1.25\n\n业性收\n费\n"))
    bound = bind(parse(text))
    assert str(bound.tables["表二"].rows["fees"].cells["amount"].value) == "1.25"
    assert [p.text for p in bound.section(2).paragraphs][-2:] == ["业性收", "费"]
