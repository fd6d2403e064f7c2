"""表三 typed as three tables, one for each group of columns (tests/harness/tables21.py
"t3-in-three-tables"), on a web page whose counts are written with their unit ("10件", "0件") and
whose rows end in a cell the site hides (tests/harness/web_pages19.py "units-in-cells"). The page
must bind 表三 as its source does and give exactly its findings (none).

Why: a part's numbers were told by their kind, a number or a placeholder; "10件" is a text cell
that holds a count, so no row was a part's: each row's one number went to the table's last column
and 表三 was "无法可靠读取" (C200, 125 cells missing). A count with its unit is a part's number as a
bare one is (binder, ``_first_part`` and the middle parts).

Each case fails at a6dc38b and passes after."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "generators"))

from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.sources import _replace  # noqa: E402
from harness.tables21 import ALTERED, expected_of, rendering_altered  # noqa: E402

pytest.importorskip("report_formats")


def _page(tmp_path, monkeypatch, text: str, name: str):
    from harness.web_pages19 import PAGES19
    rendering_altered(monkeypatch)
    path = tmp_path / f"{name}.html"
    path.write_text(PAGES19["units-in-cells"](text), "utf-8")
    return observed(path)


def test_table_three_in_three_parts_with_units_reads_as_its_source(tmp_path, monkeypatch):
    want_cells, want_findings = expected_of("t3-in-three-tables")
    got_cells, got_findings = _page(tmp_path, monkeypatch, ALTERED["t3-in-three-tables"][0](), "parts")
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
    assert got_cells["表三", "new"]["natural"] == ("value", 10)


def test_a_wrong_total_in_the_last_part_with_units_is_still_said(tmp_path, monkeypatch):
    """一、本年新收's 总计 made 14 (its columns add to 13), in the 总计 part: A303 and A301 on the page
    as in the source."""
    source = ALTERED["t3-in-three-tables"][0]()
    at = source.index("\t总计\n")
    source = source[:at] + _replace(source[at:], [("一、本年新收政府信息公开申请数量\t13", "一、本年新收政府信息公开申请数量\t14")])
    want_cells, want_findings = expected(source)
    got_cells, got_findings = _page(tmp_path, monkeypatch, source, "parts-defect")
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
    assert sorted(f[0] for f in got_findings) == ["A301", "A303"]
