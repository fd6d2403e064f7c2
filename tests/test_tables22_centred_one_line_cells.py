"""A borderless table whose cells are centred vertically with no cell of two lines (WPS's and
Excel's print of a wide sheet: tests/harness/tables22.py): nothing but a group's merged label,
alone on a line half a row from its rows' lines, shows the centring. Each rendering must give
exactly the findings of the source text it was drawn from (none for a clean report, the seeded
defects' for another): the group labels alone on their lines are no rows and take no row's
numbers. The case of a label of three lines with no cell of two lines (its start alone above its
row's numbers) is the reader's: tests/test_pdf20_producer_layouts.py."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import pdf_layouts as pl, sources  # noqa: E402
from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.tables22 import LAYOUTS22, wide_labels  # noqa: E402

SOURCES = ("clean", "defects", "trial2020", "frame-defects")


@pytest.mark.parametrize("layout", LAYOUTS22, ids=lambda lay: lay.name)
@pytest.mark.parametrize("source", SOURCES)
def test_a_centred_table_of_one_line_cells_reads_as_its_source(tmp_path, monkeypatch, layout, source):
    text = sources.all_sources()[source]
    wide_labels(monkeypatch)
    path = pl.draw(text, layout, tmp_path / f"{source}.pdf")
    want_cells, want_findings = expected(text)
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
    if source == "defects":
        assert want_findings  # (the seeded defects: found in the PDF as in the source)


def test_the_layout_has_no_cell_of_two_lines_and_a_group_label_alone(tmp_path, monkeypatch):
    """What the layout says: every row of 表三 on one line (the longest label too), "（三）不予公开" and
    "三、本年度办理结果" on lines of their own."""
    from govlint.readers.pdf import PdfReader
    wide_labels(monkeypatch)
    path = pl.draw(sources.all_sources()["clean"], LAYOUTS22[1], tmp_path / "clean.pdf")
    lines = [b.text for b in PdfReader().read(path, path.read_bytes()).blocks if getattr(b, "text", None)]
    assert "（三）不予公开" in lines
    assert "三、本年度办理结果" in lines
    assert "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0" in lines
