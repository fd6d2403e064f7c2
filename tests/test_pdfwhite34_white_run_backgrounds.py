"""White shapes in a PDF: a run of text's white background told from a cell's white fill.

- white run backgrounds: a web page whose every run of text has a white background (``<span
  style="background-color:#FFFFFF">``, text pasted from another page), printed to PDF by
  LibreOffice: a white box behind each line of each run, hugging its words (its sides at the
  first and last character, one line high). The boxes' sides were taken for a table's rules:
  each line of a cell became a row of cells of its own, prose lines rows of a table.
- white cell fills: Word paints a table's cells white, each fill a little inside its cell's
  rules (the cell's padding between the fill's sides and the text), and in some PDFs the fills'
  sides are the only line between two rows (hongze-district-2023.pdf's 表三): kept as rules.

The reports are the harness's invented sources, drawn by tests/harness/pdf_layouts.py (reportlab)
with the white boxes added behind each line of text as LibreOffice draws them, or its shaded
cells painted white and no rule drawn."""
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

from harness import compare, sources  # noqa: E402


def _draw(text: str, layout: str, paint: str, target: Path) -> Path:
    """The report drawn in ``layout``; ``paint``: "runs", a white box behind each line of text,
    0.15 of its size above the glyphs and 0.3 below, as wide as the line (LibreOffice's run
    backgrounds); "cells": the shaded cells' fills white, each cell's sides ruled, no rule between
    two rows (Word's white cell fills, :func:`_frames_only`)."""
    from harness import pdf_layouts as pl
    original = pl._layout

    def laid_out(text, lay):
        pages = original(text, lay)
        for page in pages:
            if paint == "cells":
                page.fills[:] = [(*box, 1.0) for *box, _ in page.fills]
                page.rules.extend(_frames_only(page.fills))
                continue
            for t in page.texts:
                width = pl._font().stringWidth(t.text, pl.FONT, t.size)
                page.fills.append((t.x, t.y - 0.15 * t.size, t.x + width, t.y + 1.3 * t.size, 1.0))
        return pages

    pl._layout = laid_out
    try:
        return pl.draw(text, pl.BY_NAME[layout], target)
    finally:
        pl._layout = original


def _frames_only(fills) -> list:
    """The rules of the cells whose white fills are ``fills`` (each 0.6 pt inside its cell): every
    vertical rule, and only the horizontal ones at a table's top and foot: between two rows the
    fills' sides are the only line (hongze-district-2023.pdf's 表三, drawn by Word)."""
    cells = [(x0 - 0.6, top - 0.6, x1 + 0.6, bottom + 0.6) for x0, top, x1, bottom, _ in fills]
    rules = []
    for x0, top, x1, bottom in cells:
        rules += [(x0, top, x0, bottom), (x1, top, x1, bottom)]
        for y, other in ((top, 3), (bottom, 1)):
            if not any(abs(c[other] - y) < 0.01 and c[0] < x1 and x0 < c[2] for c in cells):
                rules.append((x0, y, x1, y))
    return rules


CASES = [
    # white run backgrounds in ruled tables, in 公文's sizes, and with cells centred vertically
    ("grid-centred", "runs"),
    ("grid-middle-all-official-sizes", "runs"),
    # Word's white cell fills, their sides the only lines between the rows of a ruled table
    ("shaded-cells", "cells"),
]


@pytest.mark.parametrize("name", ["clean", "defects"])
@pytest.mark.parametrize("layout,paint", CASES)
def test_white_shapes_in_a_pdf_bind_every_row_and_give_the_sources_findings(tmp_path, layout, paint, name):
    """White run backgrounds (left out) or white cell fills (kept): every official row bound as
    the source binds it, the source's findings, none added or lost."""
    pytest.importorskip("reportlab")
    text = sources.SOURCES[name]()
    want_cells, want_findings = compare.expected(text)
    got_cells, got_findings = compare.observed(_draw(text, layout, paint, tmp_path / "r.pdf"))
    assert compare.cell_differences(want_cells, got_cells) == []
    assert compare.finding_differences(want_findings, got_findings) == []
