"""A page's foot and the next page's top ("— 3 —" and the running header, the report's title)
between 表四's head rows, in a report copied out of its printed pages one cell a line, each cell
tab-indented, the copy's own page numbers among the cells ("- 2 -", "第4页 共9页":
tests/harness/text_forms.py cells-tabbed-paged).

Why: the copy's page numbers stood among the lone cells and went with them (the lone-cells repair
blanks them), so the one page number left, "— 3 —", was not taken for a page's: furniture is
told by two pages' numbers at least. "— 3 —" and the title then stood in 表四's head as cells, and
表四 was "无法可靠读取：找到表四的表头，但没有读出任何一行数字" (C200) where the text as typed passes.
A page number with the running header after it (a line the text holds twice, naming a year) is
a page's foot and the next page's top on its own: both are blanked.

The report is invented: tests/fixtures/tabs_2024.txt. Each case fails at 6017ea6 and passes after."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import found  # noqa: E402
from harness.text_forms import FORMS  # noqa: E402

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TITLE = TABS.split("\n", 1)[0]
HEAD4 = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
PAGED = FORMS["cells-tabbed-paged"][1]


def _with_furniture(text: str) -> str:
    """``text`` with the page's foot and the next page's top between 表四's head rows."""
    assert HEAD4 in text
    return text.replace(HEAD4, HEAD4 + f"— 3 —\n{TITLE}\n", 1)


def test_a_page_number_and_running_header_inside_table_four_copied_a_cell_a_line():
    assert found(_with_furniture(TABS)) == []  # (the text as typed)
    assert found(PAGED(_with_furniture(TABS))) == []


def test_table_four_across_the_page_still_says_its_arithmetic():
    """行政复议's 总计 made 3 (1+0+0+1 is 2): A304 in the copy, 表四 read across the page break."""
    source = _with_furniture(TABS.replace("1\t0\t0\t1\t2\t0\t1", "1\t0\t0\t1\t3\t0\t1", 1))
    text = PAGED(source)
    assert sorted(f[0] for f in found(source)) == ["A304"]
    assert sorted(f[0] for f in found(text)) == ["A304"]
