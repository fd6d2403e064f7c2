"""A report printed to pages, then copied as plain text wrapped at a fixed width (about 24
characters): each page's running header ("示例镇人民政府2024年政府信息公开工作年度报告", longer than
the width) comes out over two lines, "示例镇人民政府2024年政府信息公开工作年" / "度报告" after each
page's number. The first line was known as the header (the text holds it on every page) and
blanked; its rest stayed, and was read into the table: joined to a column's name (V502
"列名“本年处理决定数量告”"), or to a label the page break cut. The rest of a header, a few
characters that finish it with "报告", is the header's too.

The report is invented: tests/fixtures/tabs_2024.txt."""
from pathlib import Path

from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
HEADER = "示例镇人民政府2024年政府信息公开工作年\n度报告"


def found(text):
    return [(d.code, d.span.line if d.span else None, d.message) for d in lint(text).diagnostics]


def _paged(old, new):
    assert TABS.count(old) == 1
    text = TABS.replace(old, new)
    return text.replace("\n二、主动公开政府信息情况\n", f"\n- 1 -\n{HEADER}\n二、主动公开政府信息情况\n", 1) + "- 3 -\n"


def test_a_running_header_over_two_lines_between_head_and_rows_is_furniture():
    text = _paged("本年处理决定数量\n行政处罚\t35\n", f"本年处理决定数量\n- 2 -\n{HEADER}\n行政处罚\t35\n")
    assert found(TABS) == []
    assert found(text) == []


def test_a_running_header_over_two_lines_inside_a_label_is_furniture():
    text = _paged("4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1\n",
                  f"4.保护第三方合\t1\t0\t0\t0\t0\t0\t1\n- 2 -\n{HEADER}\n法权益\n")
    assert found(text) == []


def test_a_running_header_over_two_lines_its_table_is_checked():
    text = _paged("4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1\n",
                  f"4.保护第三方合\t1\t0\t0\t0\t0\t0\t2\n- 2 -\n{HEADER}\n法权益\n")
    assert [f[0] for f in found(text)] == ["A303", "A302"]
    assert found(text)[0][2].startswith("表三“4.保护第三方合法权益”行勾稽关系不成立：总计 = 2")


def test_a_short_line_after_a_header_that_finishes_no_title_stays():
    """"…工作年" over "度报告" is the header's rest; a label's rest that does not end the title
    ("法权益") is not blanked, and joins its label."""
    text = _paged("4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1\n",
                  "4.保护第三方合\t1\t0\t0\t0\t0\t0\t1\n- 2 -\n示例镇人民政府2024年政府信息公开工作年度报告\n法权益\n")
    assert found(text) == []
