"""Text copied out of a PDF by PDFium (``get_text_range``) from a Word table whose label column is
narrow: each line of a cell is a line of the copy, so 表三's top rows stand as "四、结" / "转下年
度继续" / "办理", then their numbers. The first piece alone ("四、结", "一、本年") reads as a
section heading: a false section "四、结" (S103, then S102 for the real 四), the rows after it out
of their table (C202, C201, a label's rest read as a number: C204). The pieces are one label
again when together they spell a row label of the formats, the first alone is none and no section
title either.

The report is invented: tests/fixtures/cells_2024.txt (a cell a line), 表三 copied as PDFium
copies a narrow table (no tabs, no blank lines), its enumerated top-level labels broken."""
import re
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells
from govlint.layout import vocabulary
from govlint.layout.lines import prepare

CELLS = (Path(__file__).parent / "fixtures" / "cells_2024.txt").read_text("utf-8")


def copied(text, width, spaced=False):
    """表三 as PDFium copies it out of a table whose label column holds ``width`` characters a
    line: no tabs, no blank lines, each top-level row label ("一、" … "四、") in pieces of
    ``width`` (``spaced``: a space inside the second piece, as PDFium puts one where the
    characters stand apart)."""
    lines = text.split("\n")
    a = lines.index("\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
    b = lines.index("四、政府信息公开行政复议、行政诉讼情况")
    out = []
    for line in lines[a:b]:
        cell = line.strip()
        if not cell:
            continue
        if re.match(r"[一二三四]、", cell) and len(cell) > width:
            pieces = [cell[k:k + width] for k in range(0, len(cell), width)]
            if spaced and len(pieces) > 2 and len(pieces[1]) > 2:
                pieces[1] = pieces[1][:2] + " " + pieces[1][2:]
            out += pieces
        else:
            out.append(cell)
    return "\n".join(lines[:a] + out + lines[b:])


@pytest.mark.parametrize("width,spaced", [(3, False), (3, True), (4, False), (5, True)])
def test_a_row_label_whose_first_piece_reads_as_a_heading(width, spaced):
    text = copied(CELLS, width, spaced)
    assert "\n四、结\n" in text or "\n四、结转\n" in text or "\n四、结转下\n" in text
    assert _found(CELLS) == []
    assert _cells(text) == _cells(CELLS)
    assert _found(text) == []


def test_the_pieces_stand_on_one_line_offsets_kept():
    """The line breaks between the pieces become spaces (one character for one): the label reads
    whole, and every later line keeps its number."""
    text = copied(CELLS, 3, spaced=True)
    prepared = prepare(text, vocabulary())
    assert len(prepared.text) == len(text) and prepared.inserted == ()
    assert "\n四、结 转下 年 度继续 办理\n" in prepared.text
    assert "\n一、本 年新 收 政府信 息公开 申请数 量\n" in prepared.text
    assert "wrapped-labels" in prepared.repairs


def test_a_wrong_total_under_a_row_label_in_pieces_is_found_at_its_line():
    """四、结转下年度继续办理's total made wrong (2 for 1): as in the typed report, A301 at 一's
    total (the relation's first cell), A303 at the wrong total."""
    text = copied(CELLS, 3)
    first = "\n一、本\n年新收\n政府信\n息公开\n申请数\n量\n10\n2\n0\n1\n0\n0\n13\n"
    assert text.count(first) == 1
    first_line = text[:text.index(first) + len(first) - 3].count("\n") + 1
    old = "\n四、结\n转下年\n度继续\n办理\n1\n0\n0\n0\n0\n0\n1\n"
    assert text.count(old) == 1
    line = text[:text.index(old) + len(old) - 2].count("\n") + 1  # (the line of the total)
    text = text.replace(old, old[:-2] + "2\n")
    found = _found(text)
    assert [f[:3] for f in found] == [("A301", first_line, 1), ("A303", line, 1)]
    assert found[0][3].startswith("表三“总计”列勾稽关系不成立：一、本年新收政府信息公开申请数量(13) + "
                                  "二、上年结转政府信息公开申请数量(1) = 14，而 （七）总计(13) + "
                                  "四、结转下年度继续办理(2) = 15")


def test_pieces_that_spell_no_label_stay_a_heading():
    """A first piece whose pieces after it spell no label ("四、结" / "转年度" / "办理") is not
    joined, and the row is missing (C202). "四、结" opens no section: section 四's official
    heading comes after it, so it is a sub-heading (before: S103 too, two findings for one row)."""
    text = copied(CELLS, 3).replace("\n四、结\n转下年\n度继续\n办理\n", "\n四、结\n转年度\n办理\n")
    prepared = prepare(text, vocabulary())
    assert "\n四、结\n转年度\n办理\n" in prepared.text
    assert [f[0] for f in _found(text)] == ["C202"]


def test_a_section_heading_over_a_short_line_is_no_row_piece():
    """"一、总体情况" over a line of prose: no piece of a row label, untouched."""
    text = CELLS.replace("一、总体情况\n2024年", "一、总体情况\n本年度")
    assert prepare(text, vocabulary()).text == text
