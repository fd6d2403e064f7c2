"""A row typed with spaces ("（七）总计  10  2 …", a plain-text export, a PDF's copy) or a report
flattened onto one line, one of its numbers holding a soft hyphen where a word processor may
break it ("1\u00ad0": a reader sees 10). The cell reader reads it so in a tab-separated row; the
spaced row's and the flattened line's patterns knew no soft hyphen, so the number was no value:
the row was not read (a false C202 "表三缺少1行：（七）总计") or cut before it.

The reports are invented: tests/fixtures/spaced_2024.txt, and tests/fixtures/tabs_2024.txt
flattened onto one line."""
from pathlib import Path

from copies import found, table_three

FIXTURES = Path(__file__).parent / "fixtures"
SPACED = (FIXTURES / "spaced_2024.txt").read_text("utf-8")
ONE = " ".join((FIXTURES / "tabs_2024.txt").read_text("utf-8").replace("\t", " ").split()) + "\n"
A303 = ("表三“（七）总计”行勾稽关系不成立：总计 = 13，而 自然人(11) + 商业企业(2) + 科研机构(0) + 社会公益组织(1) + "
        "法律服务机构(0) + 其他(0) = 14，相差 -1（应满足：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + "
        "法律服务机构 + 其他）")


def _hyphened(text, old, new):
    assert text.count(old) == 1
    return text.replace(old, new)


def test_spaced_row_a_number_with_a_soft_hyphen_reads_as_the_number():
    text = _hyphened(SPACED, "（七）总计  10  ", "（七）总计  1\u00ad0  ")
    assert found(SPACED) == []
    assert table_three(text) == table_three(SPACED)
    assert found(text) == []


def test_spaced_row_a_number_with_a_soft_hyphen_is_checked():
    text = _hyphened(SPACED, "（七）总计  10  ", "（七）总计  1\u00ad1  ")
    assert [(f[0], f[1], f[2]) for f in found(text)] == [("A301", 33, 19), ("A302", 56, 8), ("A303", 56, 28)]
    assert found(text)[2][3] == A303


def test_flattened_a_number_with_a_soft_hyphen_reads_as_the_number():
    text = _hyphened(ONE, "（七）总计 10 ", "（七）总计 1\u00ad0 ")
    assert found(ONE) == []
    assert table_three(text) == table_three(ONE)
    assert found(text) == []


def test_flattened_a_number_with_a_soft_hyphen_is_checked():
    text = _hyphened(ONE, "（七）总计 10 ", "（七）总计 1\u00ad1 ")
    assert [(f[0], f[1], f[2]) for f in found(text)] == [("A301", 1, 633), ("A302", 1, 1342), ("A303", 1, 1356)]
    assert found(text)[2][3] == A303
