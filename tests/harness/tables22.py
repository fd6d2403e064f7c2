"""PDF layouts of round 22 (tables22): a borderless table centred vertically in which no cell has
two lines — 表三 on a landscape page in a small size (6 pt, 7.8 pt apart) with label columns wide
enough for every label on one line, as WPS and Excel print a wide sheet: a group's merged label
("三、本年度办理结果", "（三）不予公开") stands alone on a line half a row from its rows' lines
(``middle-all``) or on its first row's (``middle``), nothing else shows the centring.

``wide_labels`` replaces pdf_layouts' column widths while a test draws (monkeypatch): 表三's three
label columns 62, 72 and 240 pt, the rest of the page for the seven numbers' columns."""
from __future__ import annotations

from typing import List

from . import pdf_layouts as pl

#: the layouts (drawn with ``wide_labels`` in place)
LAYOUTS22 = [
    pl.Layout("no-rules-middle-one-line-cells", rules="none", valign="middle", landscape="media",
              sizes=(11.0, 18.0, 6.0, 7.8)),
    pl.Layout("no-rules-middle-all-one-line-cells", rules="none", valign="middle-all", landscape="media",
              sizes=(11.0, 18.0, 6.0, 7.8)),
]

_official = pl._widths


def _wide(width: int, page_width: float = pl.PAGE[0]) -> List[float]:
    if width != 10:
        return _official(width, page_width)
    full = page_width - 2 * pl.MARGIN
    labels = [62.0, 72.0, 240.0]
    return labels + [(full - sum(labels)) / 7] * 7


def wide_labels(monkeypatch) -> None:
    """Draw 表三 with label columns wide enough for each label on one line."""
    monkeypatch.setattr(pl, "_widths", _wide)
