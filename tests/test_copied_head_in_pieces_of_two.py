"""Text copied out of a PDF by PDFium (``get_text_range``) from a Word table whose head cells are
so narrow that each name is written over lines of two or three characters: 表四's head, merges
undone, comes out a line at a time, "行政" / "复议" / "行政" / "诉讼" / "结果" / "维持" / … / "总计 未经" /
"复议" / "直接" / "起诉" / …, then the fifteen numbers. No name was whole, and the binder knew no
such head: a false C201 缺少表四 on 24 PDFium copies of the harness's PDFs. The pieces, in order,
are joined into the head's names when every piece is part of one and none is left over.

With the sections numbered "1." … "6.", the heading "4. 政府信息公开行政复议、行政诉讼情况" stood
among such pieces and was read as the head's first cell (sections 四 to 六 lost); a heading
numbered another way ends a run of cells.

The report is invented: tests/fixtures/cells_2024.txt (a cell a line), its 表四 as such a copy."""
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.syntax import parse

from copies import found as _found

CELLS = (Path(__file__).parent / "fixtures" / "cells_2024.txt").read_text("utf-8")
#: 表四's head as PDFium copies it out of narrow cells, merges undone ("总计" beside "未经": the
#: two stand at one height), then its numbers on one line
PIECES = ("行政\n复议\n行政\n诉讼\n结果\n维持\n结果\n纠正\n其他\n结果\n尚未\n审结\n总计 未经\n复议\n直接\n起诉\n"
          "复议\n后起\n诉\n结果\n维持\n结果\n纠正\n其他\n结果\n尚未\n审结\n总计 结果\n维持\n结果\n纠正\n其他\n"
          "结果\n尚未\n审结\n总计\n")
TITLES = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
          "存在的主要问题及改进情况", "其他需要报告的事项"]


def copied(text, numbers="1 0 0 1 2 0 1 0 0 1 0 0 0 0 0"):
    lines = text.split("\n")
    a = next(i for i, line in enumerate(lines) if line.endswith("政府信息公开行政复议、行政诉讼情况"))
    b = next(i for i in range(a, len(lines)) if lines[i].endswith("存在的主要问题及改进情况"))
    return "\n".join(lines[:a + 1] + (PIECES + numbers).split("\n") + [""] + lines[b:])


def numbered(text):
    """The six headings numbered "1. " … "6. " instead of 一、 … 六、."""
    for k, title in enumerate(TITLES, 1):
        old = "一二三四五六"[k - 1] + "、" + title
        assert text.count("\n" + old + "\n") == 1, old
        text = text.replace("\n" + old + "\n", f"\n{k}. {title}\n")
    return text


def table_four(text):
    t4 = bind(parse(text)).tables["表四"]
    return {(k, c): (cell.state, str(cell.value)) for k, row in t4.rows.items() for c, cell in row.cells.items()}


@pytest.mark.parametrize("form", ["as-typed", "numbered"])
def test_a_head_in_pieces_of_two_is_read(form):
    typed = CELLS if form == "as-typed" else numbered(CELLS)
    text = copied(typed)
    assert "\n总计 未经\n复议\n" in text
    assert _found(typed) == []
    assert _found(text) == []
    assert table_four(text) == table_four(CELLS)
    assert [s.number for s in bind(parse(text)).report.sections] == [1, 2, 3, 4, 5, 6]


def test_the_table_read_keeps_its_checks():
    """行政复议's total made wrong (3 for 2): A304 on 表四's numbers line, as in the typed report."""
    text = copied(CELLS, numbers="1 0 0 1 3 0 1 0 0 1 0 0 0 0 0")
    line = text.split("\n").index("1 0 0 1 3 0 1 0 0 1 0 0 0 0 0") + 1
    found = _found(text)
    assert [f[:3] for f in found if f[0] == "A304"] == [("A304", line, len("1 0 0 1 ") + 1)]
    assert sorted(f[0] for f in found) == ["A304"]  # (the prose's 行政复议2件 is its parts' sum: no N601 against 表四's 3)


def test_pieces_that_spell_no_name_are_left_as_they_were():
    """A piece over ("结果" / "维" / "持果"): no head name is made up of it (no V502 for a name
    the pieces do not spell). 表四 is still read, and read right: its head's marker words
    (行政复议, 行政诉讼, written apart) say which table the fifteen numbers under it are, and the
    one row of 表四 takes them in order (before, C201 缺少表四)."""
    text = copied(CELLS).replace("\n结果\n维持\n结果\n纠正\n其他\n结果\n尚未\n审结\n总计 未经\n",
                                 "\n结果\n维\n持果\n纠正\n其他\n结果\n尚未\n审结\n总计 未经\n", 1)
    assert "\n维\n持果\n" in text
    assert _found(text) == []
    assert table_four(text) == table_four(CELLS)
