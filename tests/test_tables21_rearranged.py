"""Tables as staff rearrange them (tests/harness/tables21.py): 表二's four blocks laid out two by two
(a row of one block beside a row of another: "规章 | 0 | 0 | 0 | 行政许可 | 120"), and 表三 as three
tables, one for each group of columns (自然人; the five 法人或其他组织 columns; 总计), each row in
each. Before: 表二's rows beside others were lost (C202 "缺少2行：行政许可；行政事业性收费"), 表三's
rows were each "short" (one C203 for 25 rows). A person reads every cell: they bind as in the
official layout, and a defect in them is still found, once.

The report is invented: tests/harness/sources.clean() (样例县交通运输局)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import found  # noqa: E402
from harness.sources import clean  # noqa: E402
from harness.tables21 import _blocks_two_by_two, _table_three_in_three  # noqa: E402
from test_tables21_added_columns import _cells  # noqa: E402

CLEAN = clean()


def test_table_two_blocks_two_by_two_bind_as_stacked():
    text = _blocks_two_by_two(CLEAN)
    assert _cells(text) == _cells(CLEAN)
    assert found(text) == []


def test_table_two_blocks_two_by_two_with_a_blank_cell_beside():
    text = _blocks_two_by_two(CLEAN).replace("规章\t0\t0\t0\t行政许可\t120", "规章\t0\t0\t0\t行政许可\t")
    assert [(f[0], f[3]) for f in found(text)] == [
        ("C203", "表二“行政许可”行有1个单元格没有填写数字：本年处理决定数量（空白）；应填数字，没有发生的填0")]


def test_a_label_of_another_table_among_a_rows_numbers_splits_nothing():
    """表三's "（一）予以公开" after 规章's numbers is no row of a blocks table beside it: the row stays
    one row (its words after the numbers read as before: nothing said), 表三's row is not bound twice."""
    text = CLEAN.replace("规章\t0\t0\t0", "规章\t0\t0\t0\t（一）予以公开\t0")
    assert _cells(text) == _cells(CLEAN)
    assert found(text) == []


def test_table_three_in_three_tables_binds_as_one():
    text = _table_three_in_three(CLEAN)
    assert _cells(text) == _cells(CLEAN)
    assert found(text) == []


def test_table_three_in_three_tables_with_a_defect_in_its_middle_part():
    text = _table_three_in_three(CLEAN)
    text = text.replace("（一）予以公开\t1\t0\t0\t0\t0", "（一）予以公开\t2\t0\t0\t0\t0", 1)
    assert [f[0] for f in found(text)] == ["A302", "A303"]
