"""A 说明 row under a borderless 表三 (tables21's t3-note-row): its text wraps one character a line
in the narrow number column after the last row. The lines after a borderless table's last row are
its labels' rests only when they complete them ("四、结转下年" / "度继续办理"); the pieces tried and
refused were appended to the label anyway (the cells were copied one level too shallow), so
"3.其他" became "3.其他说明本表数据截至…" and the row was lost (C202 "表三缺少1行：3.其他") where the
numbers are centred in their cells or set at their right. Each drawing must bind and lint as its
source: the note stays out, a label that wrapped after the last row is still completed."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import pdf_layouts as pl  # noqa: E402
from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.tables21 import ALTERED, rendering_altered  # noqa: E402
from harness.tables23 import altered_with  # noqa: E402


def _read_as_source(tmp_path, monkeypatch, text, layout):
    rendering_altered(monkeypatch)
    path = pl.draw(text, pl.BY_NAME[layout], tmp_path / f"{layout}.pdf")
    want_cells, want_findings = expected(text)
    got_cells, got_findings = observed(path)
    return want_cells, want_findings, got_cells, got_findings


@pytest.mark.parametrize("layout", ["no-rules-centred", "no-rules-right-thousands", "no-rules-centre-text", "no-rules"])
def test_a_note_row_after_a_borderless_table_stays_out_of_its_last_label(tmp_path, monkeypatch, layout):
    want_cells, want_findings, got_cells, got_findings = _read_as_source(
        tmp_path, monkeypatch, ALTERED["t3-note-row"][0](), layout)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
    assert got_cells[("表三", "other_3")] != "missing"


def test_the_last_rows_label_wrapped_after_it_is_still_completed(tmp_path, monkeypatch):
    """Failing case: the last row's label misspelt in the source ("四、结转下年度继续处理"), wrapped
    after the row ("四、结转下年" / "度继续处理"): its rest is taken, and the misspelling found."""
    text = altered_with("t3-note-row", (("四、结转下年度继续办理\t1", "四、结转下年度继续处理\t1"),))()
    want_cells, want_findings, got_cells, got_findings = _read_as_source(tmp_path, monkeypatch, text,
                                                                          "no-rules-centred")
    assert [f[0] for f in want_findings] == ["V502"]
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
