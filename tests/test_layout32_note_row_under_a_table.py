"""``pdftotext -layout`` of LibreOffice's PDF of staff's 表二 or 表三 with a note row added under the
table (tests/harness/tables21.py "t2-note-row": "注：行政事业性收费为本机关收取的金额" under 表二's last
row; "t3-note-row": a row "说明 | 本表数据截至2024年12月31日" under 表三's 四、结转下年度继续办理), the
Word table's cells narrow enough to wrap the labels and the note a few characters a line ("unmerged":
every label a piece a line, "四、结" / "转下年" / "度继续" / "办理"; "broken-labels": "四、结转下年" /
"度继续办理"):

- the note's lines were taken as cells of the table: "注：行政事业性收费" / "为本机关收取的金额" made a row
  whose label was read as a misspelt 行政事业性收费 (V502), and the rest of 表三's last label, after its
  numbers, was joined with "说明     本表数" / "据截至" / "2024" … into one row, so the label stayed "四、结"
  (C202 表三缺少1行) or "四、结转下年" (V502). A note under a table is no row of it: a line opening with a
  note's mark (lexicon ``NOTE_UNDER_A_TABLE``) after the table's numbers ends the run of cells
  (layout/blocks.py ``cell_runs``), it and its lines stay paragraphs.

Each copy must be silent, as its source is, and bind the source's cells. The copies (tests/copies32/)
were built by the harness from its invented report: the alteration's source in the Word style,
LibreOffice's PDF, ``pdftotext -layout``."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import compare  # noqa: E402
from harness.tables21 import ALTERED, expected_of  # noqa: E402

from govlint.layout.documents import read  # noqa: E402
from govlint.run.engine import lint_file  # noqa: E402

COPIES = Path(__file__).parent / "copies32"


@pytest.mark.parametrize("name, style", [("t2-note-row", "unmerged"), ("t3-note-row", "unmerged"),
                                         ("t3-note-row", "broken-labels")])
def test_a_note_row_under_a_table_wrapped_by_pdftotext_layout_is_no_row_of_it(name, style):
    path = COPIES / f"{name}--{style}.txt"
    got = [(d.code, d.message) for d in lint_file(str(path), compare.SETTINGS).diagnostics]
    assert got == []
    assert got == ALTERED[name][1]
    doc = read(path)
    assert compare.cell_differences(expected_of(name)[0], compare.bound_of(doc.text, doc.source)) == []
