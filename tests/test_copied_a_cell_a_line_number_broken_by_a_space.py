"""A table copied one cell a line (a web page's table pasted into a plain editor, a Word table
copied as text), one of its numbers broken by a space where its narrow cell wrapped ("1 0" for
10). A line is a cell there, so a person reads 10; the copy's line of two runs of digits was read
as a row of two values, the row cut after it (C203 "只有2个数字（1 0）" and the row's other
numbers lost). On one flattened line the same space cannot be told from the spaces between the
cells: the row has one number too many, and that is said once (C200).

The reports are invented: tests/fixtures/flat_2024.txt (a cell a line, no indentation),
and tests/fixtures/tabs_2024.txt copied a cell a line indented with a tab, no blank line between
the rows (a Word table copied as text), a cell a line with "|" lines between the cells (a web
table pasted), and flattened onto one line (``tests/harness/text_forms.py``)."""
from pathlib import Path

from copies import found, table_three
from harness.text_forms import FORMS

FIXTURES = Path(__file__).parent / "fixtures"
FLAT = (FIXTURES / "flat_2024.txt").read_text("utf-8")
TABS = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
TABBED = FORMS["cells-tabbed"][1](TABS)
PIPED = FORMS["cells-pipe"][1](TABS)


def _broken(text, old, new):
    assert text.count(old) == 1
    return text.replace(old, new)


def test_a_cell_a_line_a_number_broken_by_a_space_reads_as_the_number():
    text = _broken(FLAT, "一、本年新收政府信息公开申请数量\n10\n", "一、本年新收政府信息公开申请数量\n1 0\n")
    assert found(FLAT) == []
    assert table_three(text) == table_three(FLAT)
    assert found(text) == []


def test_a_cell_a_line_indented_a_number_broken_by_a_space_reads_as_the_number():
    text = _broken(TABBED, "\t一、本年新收政府信息公开申请数量\n\t10\n", "\t一、本年新收政府信息公开申请数量\n\t1 0\n")
    assert found(TABBED) == []
    assert table_three(text) == table_three(TABBED)
    assert found(text) == []


def test_a_cell_a_line_between_bars_a_number_broken_by_a_space_reads_as_the_number():
    text = _broken(PIPED, "一、本年新收政府信息公开申请数量\n|\n10\n", "一、本年新收政府信息公开申请数量\n|\n1 0\n")
    assert found(PIPED) == []
    assert table_three(text) == table_three(PIPED)
    assert found(text) == []


def test_a_cell_a_line_a_number_broken_by_a_space_is_checked():
    """The broken number is the row's value: a total that is wrong with it is found, at its line."""
    text = _broken(TABBED, "\t（七）总计\n\t10\n", "\t（七）总计\n\t1 1\n")
    assert [(f[0], f[1], f[2]) for f in found(text)] == [("A301", 60, 2), ("A302", 249, 2), ("A303", 255, 2)]
    assert found(text)[2][3] == (
        "表三“（七）总计”行勾稽关系不成立：总计 = 13，而 自然人(11) + 商业企业(2) + 科研机构(0) + 社会公益组织(1)"
        " + 法律服务机构(0) + 其他(0) = 14，相差 -1（应满足：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织"
        " + 法律服务机构 + 其他）")


def test_one_flattened_line_a_number_broken_by_a_space_is_said_once():
    """On one line the broken number and the cells' spaces are one sign: the row has eight
    numbers for seven columns, one C200, and nothing is checked on a guess."""
    one = " ".join(TABS.replace("\t", " ").split()) + "\n"
    assert found(one) == []
    text = _broken(one, "一、本年新收政府信息公开申请数量 10 ", "一、本年新收政府信息公开申请数量 1 0 ")
    assert found(text) == [("C200", 1, 633, "表三“一、本年新收政府信息公开申请数量”行有8个数字（1 0 2 0 1 0 0 13），"
                                        "应有7个：无法确定各数字对应的列；该行不参与完整性和勾稽关系检查")]
