"""Staff's altered tables (tests/harness/tables21.py) in every PDF layout whose tables are seen by
their text's positions (tests/harness/tables23.py: no rules between the cells, zebra stripes, a
三线表, only the frame; cells centred vertically or across; numbers centred or at the right): each
drawing must bind the official cells as its altered source does and give exactly its findings
(the one that names what was altered, or none).

Why: a misread table is the worst source of false alarms (A30x, C20x, V50x, N601 against cells);
each of these alterations, read in Word, web pages and ruled PDFs, still gave a cascade in one of
these layouts. What is still read otherwise is listed with its cause (strict xfail)."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import pdf_layouts as pl  # noqa: E402
from harness.compare import cell_differences, finding_differences, observed  # noqa: E402
from harness.tables21 import ALTERED, expected_of, rendering_altered  # noqa: E402
from harness.tables23 import KNOWN23, LAYOUTS23  # noqa: E402


def _cases():
    for lay in LAYOUTS23:
        for name in sorted(ALTERED):
            why = KNOWN23.get((lay.name, name))
            yield pytest.param(lay, name, id=f"{lay.name}-{name}",
                               marks=pytest.mark.xfail(reason=why, strict=True) if why else ())


@pytest.mark.parametrize("layout, name", list(_cases()))
def test_an_altered_table_drawn_reads_as_its_source(tmp_path, monkeypatch, layout, name):
    rendering_altered(monkeypatch)
    want_cells, want_findings = expected_of(name)
    path = pl.draw(ALTERED[name][0](), layout, tmp_path / f"{name}.pdf")
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


@pytest.mark.parametrize("layout", sorted(lay for lay, name in KNOWN23 if name == "t3-in-three-tables"))
def test_the_three_tables_say_once_what_they_cannot_read(tmp_path, monkeypatch, layout):
    """What is left (KNOWN23): 表三 in three borderless parts gives one finding that names the rows
    it cannot place, and nothing that depends on them."""
    rendering_altered(monkeypatch)
    path = pl.draw(ALTERED["t3-in-three-tables"][0](), pl.BY_NAME[layout], tmp_path / "t.pdf")
    _, findings = observed(path)
    assert [f[0] for f in findings] == ["C203"]
