"""A borderless table whose cells' text is centred across them (WPS's 居中; pdf_layouts'
no-rules-centre-text): each label and each of its wrapped lines starts elsewhere, all around its
cell's middle ("（五）不予处" at 62 pt, "理" at 82 pt; "5.要求行政机关" at 59, "2.重复申请" at 67). The
label columns were the groups of the pieces' starts, so one column became several and each label's
rest was put in another column than its start: labels cut ("V502 行名“（五）不予处”应为…",
"1.申请人无正当理政机关…"), rows lost (C202), a 备注 column missed, in staff's altered 表三s
(tables21: t3-last-year-total, t3-one-head-row, t3-remarks).

The columns are now the groups of the pieces' middles when those are fewer than the groups of
their starts (text centred), a piece in the column whose middle is nearest its own; text at the
cells' left keeps the columns of its starts. Each drawing must bind and lint as its source; a
misspelt label is still found."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from govlint.layout.documents import _label_columns  # noqa: E402
from govlint.readers import Run  # noqa: E402
from harness.tables21 import ALTERED  # noqa: E402
from harness.tables23 import altered_with, read_as_source  # noqa: E402


def _centred(text, middle, size=8.0):
    half = len(text) * size / 2
    return Run(text, middle - half, middle + half)


def test_pieces_centred_across_their_cells_make_one_column_each():
    runs = [_centred(t, 86.0) for t in ("（五）不予处", "理", "2.重复申请", "5.要求行政机关")] + \
           [_centred(t, 150.0) for t in ("1.信访举报投诉类", "申请")]
    cols, col = _label_columns(runs, 6.4)
    assert len(cols) == 2
    assert [col(r) for r in runs] == [0, 0, 0, 0, 1, 1]


def test_pieces_at_their_cells_left_keep_the_columns_of_their_starts():
    """Failing case for the middles: labels of many lengths at one start are one column each."""
    runs = [Run(t, 59.0, 59.0 + 8 * len(t)) for t in ("三、本年度办", "（二）部分公开", "2.重复申请", "3.其他")] + \
           [Run(t, 119.0, 119.0 + 8 * len(t)) for t in ("（一）予以公开", "1.属于国家秘密")]
    cols, col = _label_columns(runs, 6.4)
    assert cols == [59.0, 119.0]
    assert [col(r) for r in runs] == [0, 0, 0, 0, 1, 1]



@pytest.mark.parametrize("name", ["t3-last-year-total", "t3-one-head-row", "t3-remarks", "t3-note-row"])
def test_labels_centred_across_their_cells_are_read_whole(tmp_path, monkeypatch, name):
    _, _, findings = read_as_source(tmp_path, monkeypatch, ALTERED[name][0](), "no-rules-centre-text")
    assert [(f[0], f[5]) for f in findings] == ALTERED[name][1]


def test_a_misspelt_label_centred_across_its_cell_is_found(tmp_path, monkeypatch):
    """Failing case: "3.要求提供公开出版物" written "3.要求提供公开出版品", wrapped and centred."""
    text = altered_with("t3-last-year-total", (("3.要求提供公开出版物", "3.要求提供公开出版品"),))()
    _, _, findings = read_as_source(tmp_path, monkeypatch, text, "no-rules-centre-text")
    assert sorted(f[0] for f in findings) == ["V501", "V502"]
