"""Text copied out of a PDF by PDFium from a Word table whose label column is narrow, a line of a
cell a line of the copy: a label's "、" may stand on a line of its own between two of its pieces
("1.申请人无正当" / "理由逾期不补正" / "、" / "行政机关不再处理" / …). "、" alone reads as the mark of
an empty cell, so the label was cut there, the row read as two (C202 表三缺少1行：1.申请人无正当理由…).
Between two pieces of words it is the label's own.

The report is invented: tests/fixtures/cells_2024.txt (a cell a line), 表三's labels in pieces."""
import re
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells

CELLS = (Path(__file__).parent / "fixtures" / "cells_2024.txt").read_text("utf-8")
LABEL = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"


def copied(text, pieces):
    """表三 with no tabs and no blank lines (PDFium's copy), ``LABEL`` in ``pieces``."""
    lines = text.split("\n")
    a = lines.index("\t三、本年度办理结果")
    b = next(i for i, line in enumerate(lines) if line.startswith("\t四、结转下年度"))
    out = []
    for line in lines[a:b]:
        cell = line.strip()
        if cell == LABEL:
            out += pieces
        elif cell:
            out.append(cell)
    return "\n".join(lines[:a] + out + lines[b:])


PIECES = [
    ["1.申请人无正当", "理由逾期不补正", "、", "行政机关不再处理", "其政府信息公开申请"],
    ["1.申请人无", "正当理由逾期不", "补正", "、", "行政机", "关不再处理其政府信息公开申请"],
]


@pytest.mark.parametrize("pieces", PIECES)
def test_a_comma_alone_between_pieces_of_a_label(pieces):
    assert "".join(pieces) == LABEL
    text = copied(CELLS, pieces)
    assert "\n、\n" in text
    assert _found(CELLS) == []
    assert _cells(text) == _cells(CELLS)
    assert _found(text) == []


def test_a_comma_alone_after_a_whole_label_stays_a_mark():
    """"、" after a whole label, before its numbers: an empty cell's mark, as typed (not a word)."""
    text = copied(CELLS, [LABEL, "、"])
    assert "\n" + LABEL + "\n、\n0\n" in text
    typed = CELLS.replace("\t" + LABEL + "\n", "\t" + LABEL + "\n\t、\n")
    expected = [("C203", "表三“" + LABEL + "”行有1个单元格没有填写数字：自然人（“、”）；应填数字，没有发生的填0")]
    assert [(f[0], f[3]) for f in _found(typed)] == expected
    assert [(f[0], f[3]) for f in _found(text)] == expected
