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
    "columns; 总计), the numbers centred or right-aligned in their cells or the text centred across them: "
    "the first part's rows are read (layout.documents._number_in_a_column_of_rows) and its head (a note in "
    "brackets beside 自然人), but 20 rows are still read with fewer numbers than columns; not worked out "
    "(round 30). The table says so once (C203) and checks nothing that depends on them")

#: (the top-aligned layouts read the three parts as one table since round 30)
KNOWN23: Dict[Tuple[str, str], str] = {}
for _name in ("no-rules-centred", "no-rules-right-thousands", "no-rules-centre-text"):
    KNOWN23[(_name, "t3-in-three-tables")] = _THREE_TABLES


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
