"""Tables as staff alter them (tests/harness/tables21.py), on a web page that cuts each table in two
and opens the second part with the head rows again under "（续表）" (tests/harness/web_pages20.py
head-repeated), the altered tables laid out as typed (a plain grid, the head cells left, as
tables21's renderings draw them). Each page must bind the official cells as the altered source
text does and give exactly its findings.

Why: 表三 with a 备注 column: the part after "（续表）" is drawn without the 备注 cells (none of its
rows has a remark), each row an empty label cell and the seven numbers; with the added column
remembered, a row of the official columns plus one cell lost its 总计 as if it were the 备注's,
and bound the empty cell as 自然人 — A301/A302 ×5 and C203 ×10, errors. A row whose first cell is
empty and whose added column's place holds a number has the official columns only, after that
cell. 表三 in three tables (自然人; the five; 总计), its first part cut with its head and first rows
repeated: the repeated rows' numbers were taken for the next part's ("10 10 2 0 1 0 0", C207, A301,
A303). A row again under the same part's head, with the same numbers, is that row repeated.

Each case fails at 6017ea6 and passes after."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.sources import _replace  # noqa: E402
from harness.tables21 import ALTERED, expected_of, rendering_altered  # noqa: E402
from harness.web_pages20 import PAGES20  # noqa: E402

pytest.importorskip("report_formats")


def _page(tmp_path, monkeypatch, text: str, name: str):
    rendering_altered(monkeypatch)
    path = tmp_path / f"{name}.html"
    path.write_text(PAGES20["head-repeated"](text), "utf-8")
    return observed(path)


@pytest.mark.parametrize("name", ["t3-remarks", "t3-in-three-tables"])
def test_an_altered_table_three_cut_with_its_head_repeated_reads_as_its_source(tmp_path, monkeypatch, name):
    want_cells, want_findings = expected_of(name)
    got_cells, got_findings = _page(tmp_path, monkeypatch, ALTERED[name][0](), name)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
    assert [(f[0], f[5]) for f in got_findings] == ALTERED[name][1]


def test_a_wrong_number_after_the_repeated_head_is_still_said(tmp_path, monkeypatch):
    """（七）总计's 总计 made 14 (its columns add to 13) in 表三 with a 备注, after "（续表）": A302 and A303
    as the source gives them, the row's cells in their columns."""
    source = _replace(ALTERED["t3-remarks"][0](), [("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14")])
    want_cells, want_findings = expected(source)
    got_cells, got_findings = _page(tmp_path, monkeypatch, source, "t3-remarks-defect")
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
    assert sorted(f[0] for f in got_findings) == ["A301", "A302", "A303", "V501"]
