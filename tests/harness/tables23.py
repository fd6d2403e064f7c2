"""Staff's altered tables (tables21.ALTERED) drawn in the PDF layouts without rules between the
cells or with the cells' text centred (round 23): pdf_layouts' borderless (no rules, zebra
stripes, a 三线表, only the frame) and centred (vertically, WPS's and Excel's; across the cell, WPS's
居中; the numbers centred) layouts, where rows, columns and labels are seen by the text's positions
alone.

``LAYOUTS23`` are those layouts; ``KNOWN23`` the (layout, alteration) pairs still read otherwise
than their source, each with its cause (tests/test_tables23_altered_layouts.py marks them strict
xfail); ``altered_with`` an alteration with an edit of its own (a seeded defect), to show that
what a layout now reads is still checked."""
from __future__ import annotations

from typing import Callable, Dict, Tuple

from . import pdf_layouts as pl
from .tables21 import ALTERED


def _borderless_or_centred(lay: pl.Layout) -> bool:
    return (lay.rules in ("none", "zebra", "booktabs", "outer") or lay.valign != "top" or lay.centred
            or lay.halign != "left")


#: the layouts whose tables are seen by their text's positions
LAYOUTS23 = [lay for lay in pl.LAYOUTS + pl.LAYOUTS20 if _borderless_or_centred(lay)]

_THREE_TABLES = (
    "表三 drawn as three borderless tables one under another (the labels and 自然人; the five 法人或其他组织 "
    "columns; 总计): a part of one number a row is read as prose where a row's label is long or holds "
    "punctuation (a line of a label and one number is a row only when the label is short: sentences end "
    "in figures too), its labels wrap into that number where the cells are narrow, and the last part's "
    "head, '总计' alone on its line, is no head row; the parts are not joined side by side. The table says "
    "once that 25 rows have fewer numbers than columns (C203) and checks nothing that depends on them. "
    "The reader keeps each label and its number apart (its runs); what is prose and what a row is the "
    "layout's (layout.documents.row_of_numbers)")

KNOWN23: Dict[Tuple[str, str], str] = {}
for _lay in LAYOUTS23:
    if _lay.rules != "grid":
        KNOWN23[(_lay.name, "t3-in-three-tables")] = _THREE_TABLES


def read_as_source(tmp_path, monkeypatch, text: str, layout: str):
    """``text`` drawn in the layout named ``layout`` (with tables21's faithful grids) and read back:
    its bound cells and findings must be its source's. (path, cells, findings) of the rendering."""
    import pytest
    pytest.importorskip("reportlab")
    pytest.importorskip("pypdfium2")
    from .compare import cell_differences, expected, finding_differences, observed
    from .tables21 import rendering_altered
    rendering_altered(monkeypatch)
    path = pl.draw(text, pl.BY_NAME[layout], tmp_path / f"{layout}.pdf")
    want_cells, want_findings = expected(text)
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
    return path, got_cells, got_findings


def altered_with(name: str, edits: Tuple[Tuple[str, str], ...]) -> Callable[[], str]:
    """The alteration ``name``'s source with ``edits`` (old, new) made once each."""
    def make() -> str:
        text = ALTERED[name][0]()
        for old, new in edits:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        return text
    return make
