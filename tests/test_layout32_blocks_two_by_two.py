"""``pdftotext -layout`` of LibreOffice's PDF of staff's 表二 printed as its blocks two by two
(tests/harness/tables21.py "t2-two-by-two": 第二十条第（一）项 beside 第二十条第（五）项, （六） beside
（八）), each row of the Word table holding a row of both blocks ("规章   0   0   0   行政许可   120"),
its cells wide ("grid") or narrow enough to wrap the labels and the names ("narrow": "行政处   35   行政
1.25" over "罚          事业" / "性收" / "费"):

- the second block's label was read into the first row's label ("规章 0 0 0 行政许可" | "120"), so 表二
  missed four rows (C202). A row's words before its last numbers that are a whole row and, a wide gap
  after it, a second row's label (or a label's first piece) are both rows' cells (layout/blocks.py
  ``_row_beside``), which the binder parts (``_Binder._side_by_side``), as a drawn table's grid row;
- the rests of the two labels below, a line each, in the two labels' columns: each joined onto the
  label at whose column it stands (``_pieces_of_labels_side_by_side``; a single piece, "费", onto the
  second label it completes: ``_onto_previous``);
- a column name wrapped over three lines ("本年收费金额" / "（单位：万" / "元）" beside "本年处理决定" / "数量"):
  the third line's words are joined onto the second's at their columns, and the two onto the head's
  names (``_lines_at_columns``); else "本年处理决定" stood alone (V502).

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


@pytest.mark.parametrize("style", ["grid", "narrow"])
def test_table_two_blocks_two_by_two_copied_by_pdftotext_layout_is_read(style):
    name = "t2-two-by-two"
    path = COPIES / f"{name}--{style}.txt"
    got = [(d.code, d.message) for d in lint_file(str(path), compare.SETTINGS).diagnostics]
    assert got == []
    assert got == ALTERED[name][1]
    doc = read(path)
    assert compare.cell_differences(expected_of(name)[0], compare.bound_of(doc.text, doc.source)) == []
