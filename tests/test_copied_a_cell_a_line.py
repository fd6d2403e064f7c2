"""Text copied out of a PDF by PDFium (``get_text_range``) from a Word table with narrow label
cells: each line of a cell is a line of the copy, one cell after another, so a label wrapped by
its column stands over three lines or more ("2.其" / "他法律" / "行政法" / "规禁止" / "公开"), then
the row's numbers a line each. A label in two pieces was joined; in more, its first piece was read
as a misspelt label (V502 表三行名“部分公”) and the rest as the numbers' cells (C204), or the
table was given up (C200). The last row's numbers may go on past a page break on a row of their
own ("（七）总计 10 2 0 1 0" / "0 13").

The report is invented: tests/fixtures/cells_2024.txt (a cell a line), its 表三 labels wrapped."""
import re
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells

CELLS = (Path(__file__).parent / "fixtures" / "cells_2024.txt").read_text("utf-8")


def narrow(text, width):
    """表三's results as PDFium copies them out of a table whose label column holds ``width``
    characters a line: no tabs, no blank lines, each enumerated label in pieces of ``width``."""
    lines = text.split("\n")
    a = lines.index("\t三、本年度办理结果")
    b = next(i for i, line in enumerate(lines) if line.startswith("\t四、结转下年度"))
    out = []
    for line in lines[a + 1:b]:
        cell = line.strip()
        if not cell:
            continue
        if re.match(r"（[一二三四五六七]）|\d\.", cell) and len(cell) > width + 1:
            out += [cell[k:k + width] for k in range(0, len(cell), width)]
        else:
            out.append(cell)
    return "\n".join(lines[:a + 1] + out + lines[b:])




@pytest.mark.parametrize("width", [3, 4, 5])
def test_labels_over_many_lines_a_cell_a_line_are_whole_again(width):
    text = narrow(CELLS, width)
    assert "\n2.其他法\n" in text or "\n2.其\n" in text or "\n2.其他\n" in text
    assert _found(CELLS) == []
    assert _cells(text) == _cells(CELLS)
    assert _found(text) == []


def test_a_label_over_many_lines_keeps_its_checks():
    """A wrong total under "4.保护第三方合法权益", wrapped over four lines: A303 names the whole
    label, at the total's line."""
    text = narrow(CELLS, 3)
    old = "\n4.保\n护第三\n方合法\n权益\n1\n0\n0\n0\n0\n0\n1\n"
    assert text.count(old) == 1
    text = text.replace(old, old[:-2] + "2\n")
    line = text[:text.index(old[:-2]) + len(old) - 2].count("\n") + 1  # (the line of the "2")
    found = _found(text)
    assert [f[:3] for f in found][:1] == [("A303", line, 1)]
    assert found[0][3].startswith("表三“4.保护第三方合法权益”行勾稽关系不成立：总计 = 2，而 自然人(1)")


def test_pieces_that_spell_no_label_stay_apart():
    """Pieces whose whole is no label ("4.保" / "护第三" / "方权益") are not made one: the row is
    not read as 4.保护第三方合法权益, and that is said once."""
    text = narrow(CELLS, 3).replace("\n方合法\n权益\n", "\n方权益\n")
    assert [(f[0], f[3]) for f in _found(text)] == [("C202", "表三缺少1行：4.保护第三方合法权益")]


def test_the_last_numbers_of_a_row_on_a_row_of_their_own():
    """"（七）总计" with five of its numbers, the last two on the next page's first line: one row."""
    text = narrow(CELLS, 3)
    old = "\n（七）\n总计\n10\n2\n0\n1\n0\n0\n13\n"
    assert text.count(old) == 1, text[text.index("（七）"):][:80]
    text = text.replace(old, "\n（七）\n总计\n10\n2\n0\n1\n0\n- 4 -\n\n0\n13\n")
    assert _cells(text) == _cells(CELLS)
    assert _found(text) == []


def test_an_enumerator_cut_after_its_digit():
    """"7" / ".属" (PDFium broke "7.属于行政执法案卷" after its digit, a cell a line): the digit, one
    number more than the row above holds, is the label's enumerator again."""
    text = narrow(CELLS, 3)
    assert text.count("\n7.属\n") == 1
    text = text.replace("\n7.属\n", "\n7\n.属\n")
    assert _cells(text) == _cells(CELLS)
    assert _found(text) == []


def test_an_enumerator_cut_after_its_digit_below_a_row_one_number_short():
    """The same "7" / ".属", under a row that lost a number (a blank cell leaves no line in the
    copy): the row holds as many numbers as the others with the digit, so the count cannot tell.
    The digit is the enumerator that follows the row's own ("6." → "7"), before a label that opens
    with the point: it goes back to its label, and the short row is one C203 (which cell is blank
    cannot be told), not a 总计 of 7 and the sums through it failed (A303, A302)."""
    text = narrow(CELLS, 3)
    old = "\n6.属\n于四类\n过程性\n信息\n0\n0\n0\n0\n0\n0\n0\n7.属\n"
    assert text.count(old) == 1, text[text.index("6.属"):][:80]
    text = text.replace(old, "\n6.属\n于四类\n过程性\n信息\n0\n0\n0\n0\n0\n0\n7\n.属\n")
    cells = _cells(text)
    assert {c: cells[c] for c in cells if c[0] == "deny_6"} == {
        ("deny_6", c): ("unplaced", "None") for c in ("natural", "business", "research", "public_interest", "legal", "other",
                                                    "total")}
    assert {c: v for c, v in cells.items() if c[0] != "deny_6"} == {c: v for c, v in _cells(CELLS).items()
                                                                  if c[0] != "deny_6"}
    line = text[:text.index("\n6.属\n")].count("\n") + 6
    assert _found(text) == [
        ("C203", line, 1, "表三“6.属于四类过程性信息”行只有6个数字（0 0 0 0 0 0），应有7个：有单元格没有填写，"
                          "但文本中看不出空白单元格的位置，无法确定是哪一列；该行不参与勾稽关系检查")]
