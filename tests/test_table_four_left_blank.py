"""表四 whose one row is left blank (no case all year, the cells not filled in: common in a township's
report): its head was found and "no row of numbers was read" (C200, "无法可靠读取"), which tells the
author the table could not be read when it was read: its cells are blank. Now the row of blank cells,
exactly the table's columns (a line of tabs, a row of empty bar cells, a Word or web table's empty last
row), is the table's row: one C203 naming the fifteen blank cells. A blank row before the numbers is
spacing; with no row at all, C200 stays.

The report is invented: tests/fixtures/tabs_2024.txt with its 表四 row emptied."""
import sys
from pathlib import Path

import pytest

from copies import found

HERE = Path(__file__).resolve().parent
TABS = (HERE / "fixtures" / "tabs_2024.txt").read_text("utf-8")
ROW = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"
COLUMNS = [f"{g}·{r}" for g in ("行政复议", "未经复议直接起诉", "复议后起诉")
           for r in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")]
C203 = "表四有15个单元格没有填写数字：" + "、".join(f"{c}（空白）" for c in COLUMNS) + "；应填数字，没有发生的填0"


def _line_of(text, row):
    return text[:text.index(row)].count("\n") + 1


@pytest.mark.parametrize("blank, column", [("\t" * 14, 1), ("|" + " |" * 15, 3)], ids=["tabs", "bars"])
def test_a_blank_row_in_text_is_fifteen_blank_cells(blank, column):
    text = TABS.replace(ROW, blank)
    assert found(text) == [("C203", _line_of(text, blank), column, C203)]


def test_a_word_table_with_its_last_row_empty_is_fifteen_blank_cells(tmp_path):
    pytest.importorskip("docx")
    sys.path.insert(0, str(HERE / "fixtures" / "generators"))
    from harness.docx_styles import BY_NAME, write_docx
    from govlint.checks.registry import load
    from govlint.config import Config
    from govlint.run.engine import Settings, lint_file
    text = TABS.replace(ROW, "\t" * 14)
    path = write_docx(text, BY_NAME["grid"], tmp_path / "blank.docx")
    result = lint_file(str(path), Settings.make(Config(), load(builtins_only=True)))
    assert [(d.code, d.message) for d in result.diagnostics] == [("C203", C203)]


def test_a_blank_row_before_the_numbers_is_spacing():
    assert found(TABS.replace(ROW, "\t" * 14 + "\n" + ROW)) == []


def test_no_row_at_all_is_still_no_row_read():
    text = TABS.replace(ROW + "\n", "")
    assert [(c, m.split("；")[0]) for c, _, _, m in found(text)] == [
        ("C200", "表四（政府信息公开行政复议、行政诉讼情况）无法可靠读取：找到表四的表头（第60行），但没有读出任何一行数字")]
