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
    "表三 drawn as three borderless tables one under another (the label columns and 自然人; the five "
    "法人或其他组织 columns; 总计): the first part's narrow label columns wrap their labels into their one "
    "number's column, its rows are read as rows of the wider part below, and the parts are not joined "
    "side by side: the table says once that 25 rows have fewer numbers than columns (C203) and checks "
    "nothing that depends on them")
_YEARS_CENTRED = (
    "表二's six heads, each naming its year ('2024年本年制发件数' / '2023年本年制发件数'), wrap in their narrow "
    "cells; centred vertically, the reader joins each head's halves into one line only when the row "
    "shows the centring, and every head here has two lines like its neighbours: the head rows are read as "
    "words apart from their cells, no column is named, and each row of six numbers says once that its "
    "columns cannot be told (C200 for 规章 and 行政规范性文件); the 2023 columns' V501 is not given")

KNOWN23: Dict[Tuple[str, str], str] = {}
for _lay in LAYOUTS23:
    KNOWN23[(_lay.name, "t3-in-three-tables")] = _THREE_TABLES
    if _lay.valign != "top":
        KNOWN23[(_lay.name, "t2-years-side-by-side")] = _YEARS_CENTRED


def altered_with(name: str, edits: Tuple[Tuple[str, str], ...]) -> Callable[[], str]:
    """The alteration ``name``'s source with ``edits`` (old, new) made once each."""
    def make() -> str:
        text = ALTERED[name][0]()
        for old, new in edits:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        return text
    return make
