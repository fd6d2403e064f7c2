"""表三 split into a table for each group of columns (自然人; the five 法人或其他组织 columns; 总计), as
Word, a web page or a PDF lays the parts out: the first part's rows are padded to the label
columns' width, so a row of one label holds an empty cell before its number
("一、本年新收政府信息公开申请数量 | | 10"), or its cells stand apart by spaces only (a row read off
a line: a blank leaves no trace). The part's head names 自然人 alone: a person reads the row's one
number as 自然人's and the parts after it as the rest of the row. Before, each such row was read as
cells placed from the first column (C200 for the whole table) or as numbers whose columns are
unknown (C203 for 25 rows).

The report is invented: tests/harness/sources.clean() (样例县交通运输局)."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import found  # noqa: E402
from harness.sources import clean  # noqa: E402
from harness.tables21 import _table_three_in_three  # noqa: E402
from test_tables21_added_columns import _cells  # noqa: E402

CLEAN = clean()
FIRST = "一、本年新收政府信息公开申请数量"


def _first_part(text: str, edit) -> str:
    """``text`` with each row of 表三's first part (under the head that names 自然人) edited."""
    a = text.index("\t自然人\n")
    b = text.index("\n\n", a)
    lines = text[a:b].split("\n")
    return text[:a] + "\n".join([lines[0]] + [edit(line) for line in lines[1:]]) + text[b:]


def _padded() -> str:
    """The first part's one-label rows with the label column's empty cell: 'label\\t\\t10'."""
    return _first_part(_table_three_in_three(CLEAN), lambda line: re.sub(r"^([^\t]+)\t(\d+)$", r"\1\t\t\2", line))


def test_first_part_rows_with_the_label_columns_empty_cell_bind_as_one_table():
    text = _padded()
    assert f"{FIRST}\t\t10\n" in text
    assert _cells(text) == _cells(CLEAN)
    assert found(text) == []


def test_first_part_rows_with_the_label_columns_empty_cell_keep_a_defect():
    text = _padded().replace(f"{FIRST}\t\t10", f"{FIRST}\t\t11", 1)
    assert found(text) == [
        ("A301", 31, 19, "表三“自然人”列勾稽关系不成立：一、本年新收政府信息公开申请数量(11) + 二、上年结转政府信息公开申请数量(1) "
                         "= 12，而 （七）总计(10) + 四、结转下年度继续办理(1) = 11，相差 1（应满足：一、本年新收 + 二、上年结转 = "
                         "（七）总计 + 四、结转下年度继续办理）"),
        ("A303", 85, 18, "表三“一、本年新收政府信息公开申请数量”行勾稽关系不成立：总计 = 13，而 自然人(11) + 商业企业(2) + "
                         "科研机构(0) + 社会公益组织(1) + 法律服务机构(0) + 其他(0) = 14，相差 -1（应满足：总计 = 自然人 + 商业企业 + "
                         "科研机构 + 社会公益组织 + 法律服务机构 + 其他）"),
    ]


def test_first_part_rows_typed_with_spaces_bind_as_one_table():
    text = _first_part(_table_three_in_three(CLEAN), lambda line: line.replace("\t", "  "))
    assert f"{FIRST}  10\n" in text
    assert _cells(text) == _cells(CLEAN)
    assert found(text) == []


def test_first_part_row_with_a_number_too_many_is_said_once():
    """Two numbers under the one column 自然人: which is its own cannot be told. The row is said once;
    its other parts join nothing (before the parts were joined, a row placed from the first column
    gave a C203 and two A301 on the columns its numbers were pushed into)."""
    text = _padded().replace(f"{FIRST}\t\t10", f"{FIRST}\t\t10\t3", 1)
    assert found(text) == [
        ("C200", 31, 19, f"表三“{FIRST}”行有2个数字（10 3），应有1个：无法确定各数字对应的列；该行不参与完整性和勾稽关系检查")]


def test_a_head_naming_its_first_column_alone_over_whole_rows_changes_nothing():
    """A table whose last head row names 自然人 only (the rest of its head lost) but whose rows have
    all seven numbers is no part: its rows bind as they are."""
    text = CLEAN.replace("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n", "")
    text = text.replace("\t自然人\t法人或其他组织\t总计\n", "\t自然人\n")
    assert _cells(text) == _cells(CLEAN)
