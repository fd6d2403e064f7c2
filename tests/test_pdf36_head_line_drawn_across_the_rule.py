"""A ruled table's head whose last lines are drawn down across the rule under it, into the row of
numbers.

Layout: LibreOffice's web export (``soffice --convert-to pdf:writer_web_pdf_Export``) of a 表四 whose
head row is broken over a page break draws, on the next page, the last line of each tall head cell
("结果维持" wrapped one character a line) too low: across the rule at the top of the row of numbers,
most of its height below the rule (a real report's web page, real35's P5). By its middle the
character is in the number's cell: "持" was read with the "0" under it ("持0"), the row of numbers
held no number, and 表四 was unread (C200) or its figures wrong. A character standing more than
0.3 of its size above its cell's top rule is the text of the cell above now.

The reports are the harness's invented sources, drawn by tests/harness/pdf_layouts.py (reportlab,
the ruled grid) with the lowest line of each of 表四's head cells moved down across the rule under
it as LibreOffice draws it (its characters' box from 0.4 of their size above the rule, their middle
below it)."""
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

from harness import compare, sources  # noqa: E402

NAMES = ["clean", "defects"]
LAYOUTS = ["grid-centred", "grid-middle-all-official-sizes"]


def _lowered(page) -> None:
    """On ``page``, each column's lowest head line above 表四's row of numbers (fifteen numbers on
    one line) moved down across the rule at the top of that row."""
    rows: dict = {}
    for t in page.texts:
        rows.setdefault(round(t.y, 1), []).append(t)
    for y, texts in rows.items():
        if len(texts) != 15 or not all(t.text.strip().isdigit() for t in texts):
            continue
        rule = max((r[1] for r in page.rules if abs(r[1] - r[3]) < 0.01 and r[1] < y), default=None)
        if rule is None:
            continue
        xs = sorted(t.x for t in texts)
        bounds = [(xs[k] - 2, xs[k + 1] - 2 if k + 1 < len(xs) else 1e9) for k in range(len(xs))]
        for lo, hi in bounds:
            head = [t for t in page.texts if lo <= t.x < hi and t.y < rule and rule - t.y < 80]
            if head:
                lowest = max(head, key=lambda t: t.y)
                lowest.y = rule - 0.55 * lowest.size  # (its glyphs' box from 0.4 of its size above the rule)


def _draw(text: str, layout: str, target: Path) -> Path:
    from harness import pdf_layouts as pl
    original = pl._layout

    def laid_out(text, lay):
        pages = original(text, lay)
        for page in pages:
            _lowered(page)
        return pages

    pl._layout = laid_out
    try:
        return pl.draw(text, pl.BY_NAME[layout], target)
    finally:
        pl._layout = original


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_head_lines_drawn_across_the_rule_bind_every_row_and_give_the_sources_findings(tmp_path, layout, name):
    """Ruled grid, 表四's head cells' last lines drawn across the rule into the row of numbers: every official row bound, the source's findings."""
    pytest.importorskip("reportlab")
    text = sources.SOURCES[name]()
    pdf = _draw(text, layout, tmp_path / f"{name}-{layout}.pdf")
    want_cells, want_findings = compare.expected(text)
    got_cells, got_findings = compare.observed(pdf)
    assert compare.cell_differences(want_cells, got_cells) == []
    assert compare.finding_differences(want_findings, got_findings) == []
