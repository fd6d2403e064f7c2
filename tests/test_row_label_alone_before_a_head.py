"""A 表二 row whose one cell is empty, typed a cell a line ("\t行政强制" over "\t", its empty cell),
copied with its blank lines removed (its tabs kept, or made spaces): the empty cell's line goes with
them, and the row's label stands just before the next block's head ("第二十条第(八)项"). The
head was read as the row's next cell, the row never bound: C202 表二缺少1行：行政强制, where the
typed report says its cell is empty (C203). After a row's own label, a table head's first words
start a row of their own; the row's cell is missing (C203, "缺失").

The report is invented: tests/fixtures/messy_2023.txt (a cell a line, its defects seeded)."""
import re
from pathlib import Path

import pytest

from copies import found as _found

MESSY = (Path(__file__).parent / "fixtures" / "messy_2023.txt").read_text("utf-8")
BLANK_ROW = "表二“行政强制”行有1个单元格没有填写数字：本年处理决定数量（{}）；应填数字，没有发生的填0"

FORMS = {
    "no-blank-lines": lambda s: re.sub(r"\n[ \t]*\n+", "\n", s),
    "no-blank-lines-one-space": lambda s: re.sub(r"\n[ \t]*\n+", "\n", re.sub(r"\t+", " ", s)),
}


def _rest(found):
    return [(f[0], f[3]) for f in found if "行政强制" not in f[3]]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_row_label_left_alone_before_the_next_head(form):
    typed = _found(MESSY)
    assert ("C203", 48, 2, BLANK_ROW.format("空白")) in typed
    text = FORMS[form](MESSY)
    assert re.search(r"\n[ \t]*行政强制[ \t]*\n[ \t]*第二十条第\(八\)项", text)
    found = _found(text)
    k = text.index("行政强制")
    line, column = text.count("\n", 0, k) + 1, k - text.rfind("\n", 0, k)
    assert [f for f in found if "行政强制" in f[3]] == [("C203", line, column, BLANK_ROW.format("缺失"))]
    assert _rest(found) == _rest(typed)
