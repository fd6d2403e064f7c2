"""表三 drawn without vertical rules (a 三线表), its text centred in narrow cells, printed by LibreOffice:
a group's label wraps, its second line centred under its first ("（六）其他" / "处理"), the second on
the line below the group's first row, where the row's own label wraps too. That second line starts
right of the first, in no label column of its own on that row, and was taken for the rest of the
label last seen in its column: the "处理" of （五）不予处理, rows and a page before ("（五）不予 / 处理处理",
"（六）其他": V501 and V502 warnings on three reports, voices56e). A piece under a cell of the row's
line whose extent holds it, the two making a label of the format, is that cell's.

tests/fixtures/centred_group_labels_table3.json: the PDF reader's lines of section 三 of an invented
report (示例镇人民政府) drawn so, their text and positions (two pages)."""
import json
from pathlib import Path

import govlint.syntax  # noqa: F401  (the layout package must not be the first govlint package imported)
from govlint.layout import documents as D
from govlint.readers import Box, Document, Run, TextBlock

FIXTURE = Path(__file__).parent / "fixtures" / "centred_group_labels_table3.json"


def _blocks():
    return tuple(TextBlock(b["text"], page=b["page"], box=Box(*b["box"]),
                           runs=tuple(Run(t, x0, x1) for t, x0, x1 in b["runs"]))
                 for b in json.loads(FIXTURE.read_text("utf-8")))


def test_a_group_labels_centred_second_line_joins_its_first():
    text = D.render(Document("", {"kind": "pdf"}, _blocks())).text
    rows = [line.replace("\t", "") for line in text.split("\n")]
    assert any(r.startswith("（六）其他处理1.申请人无正当理由逾期不补正") for r in rows), text
    assert not any("处理处理" in r for r in rows)
    assert any(r.startswith("（五）不予") for r in rows)
