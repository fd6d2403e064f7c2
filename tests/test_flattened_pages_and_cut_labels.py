"""A report printed to pages and flattened onto one line (a PDF's text copied into a web editor):
each page's number and the next page's running header stand inside the line, and a row's label
a page or a narrow cell cut has its rest after the row's numbers:

- "4.保护第三方合 1 0 0 0 0 0 1 - 3 - 示例镇…年度报告 法权益 5.属于…": the page's number and the
  header are blanked (two pages' numbers at least; a number between dashes only where the header
  follows it or the line ends), and the rest "法权益" is a piece of its own that joins its row;
  before, V502 "行名“4.保护第三方合”";
- "行政强 2 制 第二十条第（八）项 …": a row's rest, then the next block's head: cut before both
  (V502 "行名“行政强”", or the next block lost);
- "本年处理决定数量 行政处 35 罚": a label's first piece right after the head opens the row
  (C202 "表二缺少1行：行政处罚").

The report is invented: tests/fixtures/tabs_2024.txt flattened onto one line."""
from pathlib import Path

from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
ONE = " ".join(TABS.replace("\t", " ").split()) + "\n"
TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"
A303 = ("表三“4.保护第三方合法权益”行勾稽关系不成立：总计 = 2，而 自然人(1) + 商业企业(0) + 科研机构(0) + 社会公益组织(0) + "
        "法律服务机构(0) + 其他(0) = 1，相差 1（应满足：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）")


def found(text):
    return [(d.code, d.message) for d in lint(text).diagnostics]


def _put(text, old, new):
    assert text.count(old) == 1
    return text.replace(old, new)


def _paged(row_old, row_new):
    text = _put(ONE, row_old, row_new)
    text = _put(text, "1.25 三、", f"1.25 - 2 - {TITLE} 三、")
    return text.rstrip("\n") + " - 4 -\n"


def test_flattened_a_label_cut_by_a_page_break_is_one_label():
    text = _paged("4.保护第三方合法权益 1 0 0 0 0 0 1 ", f"4.保护第三方合 1 0 0 0 0 0 1 - 3 - {TITLE} 法权益 ")
    assert found(ONE) == []
    assert found(text) == []


def test_flattened_a_label_cut_by_a_page_break_is_checked():
    text = _paged("4.保护第三方合法权益 1 0 0 0 0 0 1 ", f"4.保护第三方合 1 0 0 0 0 0 2 - 3 - {TITLE} 法权益 ")
    assert [f for f in found(text) if f[0] == "A303"] == [("A303", A303)]
    assert [f[0] for f in found(text)] == ["A303", "A302"]


def test_flattened_page_numbers_of_the_pages_form_are_no_cells():
    text = _put(ONE, "（七）总计", "第 3 页 共 5 页 （七）总计")
    text = _put(text, "三、收到和处理", "第 2 页 共 5 页 三、收到和处理")
    assert found(text) == []


def test_flattened_a_labels_rest_after_its_numbers_joins_it():
    text = _put(ONE, "行政强制 2 ", "行政强 2 制 ")
    assert found(text) == []
    text = _put(ONE, "4.保护第三方合法权益 1 0 0 0 0 0 1 ", "4.保护第三方 1 0 0 0 0 0 2 合法权益 ")
    assert [f for f in found(text) if f[0] == "A303"] == [("A303", A303)]


def test_flattened_a_labels_first_piece_after_the_head_opens_its_row():
    text = _put(ONE, "本年处理决定数量 行政处罚 35 ", "本年处理决定数量 行政处 35 罚 ")
    assert found(text) == []
