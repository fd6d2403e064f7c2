"""A table of contents a Word file typed with tab stops: each entry an enumerated title, a tab, its
page ("四、政府信息公开行政复议、行政诉讼情况	4"), read as rows of a table in the front matter.
voices50h: the entry naming 表四's section was taken for that table's head with a value, and 表四
was "unreadable" (a false C200; its checks and the prose's against it lost). A table of contents
typed as rows is no table of the format's."""
import pytest

from govlint.binder.headings import contents_table
from govlint.syntax.parser import parse
from govlint.testing import lint

TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"
ENTRIES = ("一、总体情况\t1", "二、主动公开政府信息情况\t2", "三、收到和处理政府信息公开申请情况\t2",
           "四、政府信息公开行政复议、行政诉讼情况\t4", "五、存在的主要问题及改进情况\t4", "六、其他需要报告的事项\t5")


@pytest.mark.parametrize("head", ["目\t录", "目录", "目 录"])
def test_a_contents_page_typed_with_tabs_is_no_table(fixture_text, head):
    text = fixture_text("tabs_2024.txt").replace(TITLE + "\n", TITLE + "\n\n" + head + "\n" + "\n".join(ENTRIES) + "\n\n", 1)
    report = parse(text, "x.txt")
    tables = [b for b in report.front if hasattr(b, "rows")]
    assert tables and all(contents_table(t) for t in tables)
    assert [d.code for d in lint(text, path="x.txt").diagnostics] == []


def test_a_table_of_enumerated_rows_with_values_is_no_contents(fixture_text):
    """A guard: rows of 表三's enumerated labels each with a count ("一、本年新收…申请数量 | 13") are a table's,
    not a contents page's: their numbers are no pages in order."""
    rows = "\n".join(("一、本年新收政府信息公开申请数量\t13", "二、上年结转政府信息公开申请数量\t1",
                      "三、本年度办理结果\t12", "四、结转下年度继续办理\t2"))
    assert not contents_table(next(b for b in parse(rows, "x.txt").front if hasattr(b, "rows")))
