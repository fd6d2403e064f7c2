"""A web page or Word table whose row label is merged across columns (表三's "（七）总计" and
"（一）予以公开" under 三、本年度办理结果, "一、本年新收…" over the three label columns) and whose last
cell (总计) was left empty. The position the label covers is no cell of the row: the empty cell is
the 总计 column's. Taken for the first column, it pushed every number one column right: a false C203
naming 自然人 and a false A301/A302 for every column. Found on a published page; the pages here are
the invented 示例镇 report rendered as a site editor and as Word's "save as web page" do, the cell
emptied in the page. A row that lacks the cell altogether (fewer cells than the table's columns)
cannot say which one is blank: one C203 says so, and the row is not checked."""
import re
import sys
from pathlib import Path

import pytest

from govlint.checks.registry import load
from govlint.config import Config
from govlint.run.engine import Settings, lint_file

sys.path.insert(0, str(Path(__file__).parent))
from harness.web_pages import editor_page, word_page  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
SETTINGS = Settings.make(Config(), load(builtins_only=True))
LABELS = ["（七）总计", "一、本年新收政府信息公开申请数量"]
_ROW = re.compile(r"<tr[^>]*>(?:(?!</tr>).)*?</tr>", re.S)
_CELL = re.compile(r"<td[^>]*>(?:(?!</td>).)*?</td>", re.S)


def _findings(tmp_path, page):
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    return [(d.code, d.message) for d in lint_file(str(path), SETTINGS).diagnostics]


def _last_cell(page, label, empty=True):
    """The page with the last cell of the row ``label`` heads emptied (or dropped)."""
    row = next(m for m in _ROW.finditer(page) if label[:6] in m.group())  # (the editor breaks long labels)
    last = list(_CELL.finditer(row.group()))[-1]
    cell = re.sub(r">13<|&nbsp;13&nbsp;|>13&nbsp;<", lambda m: m.group().replace("13", ""), last.group())
    assert cell != last.group()
    new = row.group()[:last.start()] + (cell if empty else "") + row.group()[last.end():]
    return page[:row.start()] + new + page[row.end():]


@pytest.mark.parametrize("render", [editor_page, word_page], ids=["site-editor", "word-web-page"])
@pytest.mark.parametrize("label", LABELS, ids=["total-row", "first-row"])
def test_an_empty_total_beside_a_merged_label_is_the_total_columns(tmp_path, render, label):
    page = render(SOURCE)
    assert _findings(tmp_path, page) == []
    assert _findings(tmp_path, _last_cell(page, label)) == [
        ("C203", f"表三“{label}”行有1个单元格没有填写数字：总计（空白）；应填数字，没有发生的填0")]


@pytest.mark.parametrize("render", [editor_page, word_page], ids=["site-editor", "word-web-page"])
def test_a_row_short_of_a_cell_beside_a_merged_label_is_not_guessed(tmp_path, render):
    found = _findings(tmp_path, _last_cell(render(SOURCE), "（七）总计", empty=False))
    assert found == [("C203", "表三“（七）总计”行只有6个数字（10 2 0 1 0 0），应有7个：有单元格没有填写，但文本中看不出"
                              "空白单元格的位置，无法确定是哪一列；该行不参与勾稽关系检查")]
