"""表三 drawn as three borderless tables one under another (tables21's t3-in-three-tables: the labels
and 自然人; the five 法人或其他组织 columns; the labels and 总计), in a PDF with no rules: each part's
rows are read by their text's positions.

Why: in the first part a line of a label and one number was a row only when the label was short
and held no punctuation or digit (layout.documents.row_of_numbers: a sentence ends in a figure
too), so "（二）部分公开（区分处理的，只计这一情 | 1" and "（三）不予公开 | 1.属于国家秘密 | 0" were prose,
their labels run into their numbers; and its head ("（本列数据的勾稽关系为：第一项加第二项 | 自然人" over
"之和，等于第三项加第四项之和）", or whole on one line) was no head: its note's punctuation made it
no line of names. The parts were not joined and the table said 25 rows had fewer numbers than
columns (C203). Now a label and one number standing apart from it where other rows' only numbers
stand (their start, end or middle) is a row, and a head whose first cell is a note in brackets
(whole, or wrapped in its cell) is a head. The layouts still read otherwise are KNOWN23
(tests/harness/tables23.py), each with one C203 as before: there the rows the first part now
gives made a head word of the last part ("总计", alone on its line in the label column) a label's
rest ("…政府信息公开申请总计": a false V502 and C203 ×3 on no-rules-right-thousands) until a label of
the formats, whole with its rests, took no piece past its end."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from harness.tables23 import read_as_source  # noqa: E402
from harness.tables21 import ALTERED, rendering_altered  # noqa: E402

from govlint.layout.documents import Item, column_heads_next_to_rows, rows_written_as_numbers  # noqa: E402
from govlint.readers import Box, Run  # noqa: E402


@pytest.mark.parametrize("layout", ["no-rules", "zebra", "no-rules-middle", "booktabs-middle", "outer-only-middle",
                                    "no-rules-official-sizes", "no-rules-middle-all-tight"])
def test_table_three_in_three_borderless_parts_reads_as_its_source(tmp_path, monkeypatch, layout):
    _, _, findings = read_as_source(tmp_path, monkeypatch, ALTERED["t3-in-three-tables"][0](), layout)
    assert findings == []


def test_table_three_in_three_borderless_parts_with_a_total_changed_is_checked(tmp_path, monkeypatch):
    """What the parts now give is checked: the last part's 总计 of the first row one more than its
    parts' sum."""
    from harness import compare, pdf_layouts as pl
    rendering_altered(monkeypatch)
    text = ALTERED["t3-in-three-tables"][0]()
    assert text.count("数量\t13") == 1
    text = text.replace("数量\t13", "数量\t14")
    path = pl.draw(text, pl.BY_NAME["no-rules"], tmp_path / "t.pdf")
    _, want = compare.expected(text)
    _, got = compare.observed(path)
    assert want and compare.finding_differences(want, got) == []


def _line(pieces, top, size=8.0):
    runs = tuple(Run(t, x0, x0 + size * len(t)) for t, x0 in pieces)
    return Item(" ".join(t for t, _ in pieces), 1, "", Box(runs[0].x0, runs[-1].x1, top, size, 59.0, 536.0),
                runs=runs)


def test_long_label_and_one_number_in_a_column_of_rows_is_a_row():
    """The first part's lines (positions as the PDF's reader gives them): the long label's line
    and the line of two label pieces are rows, their number where the short rows' numbers stand."""
    items = [_line([("一、本年新收政府信息公开申请数量", 59.0), ("10", 381.0)], 559.4),
             _line([("二、上年结转政府信息公开申请数量", 59.0), ("1", 381.0)], 575.9),
             _line([("（二）部分公开（区分处理的，只计这一情", 59.0), ("1", 381.0)], 608.9),
             _line([("（三）不予公开", 59.0), ("1.属于国家秘密", 220.0), ("0", 381.0)], 635.9),
             _line([("2.其他法律行政法规禁止公开", 59.0), ("0", 381.0)], 652.4)]
    rows_written_as_numbers(items)
    assert items[0].row == ["一、本年新收政府信息公开申请数量", "10"]
    assert items[2].row == ["（二）部分公开（区分处理的，只计这一情", "1"]
    assert items[3].row == ["（三）不予公开", "1.属于国家秘密", "0"]


def test_sentence_ending_in_a_figure_apart_from_the_rows_numbers_is_no_row():
    """A line of prose whose last piece is a number not where the rows' numbers stand, or a
    sentence with a full stop: no row."""
    items = [_line([("一、本年新收政府信息公开申请数量", 59.0), ("10", 381.0)], 559.4),
             _line([("二、上年结转政府信息公开申请数量", 59.0), ("1", 381.0)], 575.9),
             _line([("本年度共收到申请，办结", 59.0), ("13", 300.0)], 592.4),
             _line([("本年度共收到申请。", 59.0), ("1", 381.0)], 608.9)]
    rows_written_as_numbers(items)
    assert items[2].row is None and items[3].row is None


def test_head_of_a_note_in_brackets_beside_a_column_name_is_a_head_row():
    items = [_line([("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 59.0), ("自然人", 220.0)], 537.7),
             _line([("一、本年新收政府信息公开申请数量", 59.0), ("10", 381.0)], 559.4)]
    items[1].row = ["一、本年新收政府信息公开申请数量", "10"]
    column_heads_next_to_rows(items)
    assert items[0].row == ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然人"]
