"""A report whose statistics tables stand in an annex after the closing ("附件" / "表1 …", in 六 as the
grammar reads it), copied one cell a line indented with a tab (a Word table copied as text, page
numbers among the cells or not), with a small fee table in 六 ("信息处理费收取情况 | 发出收费通知件数 |
收费金额" over "2024年 | 0 | 0"). Copied so, the small table's cells make one row: its names, then its row
run in. "收费金额" looks like 表二's column "本年收费金额（单位：万元）", and with 表二 not read yet (it
follows in the annex) the row was read as 表二's head: a false V502. As written, two rows, a head
held tentatively is let go when the row under it is no row of any table; the run-in row is read
the same way (``binder.bind``: a head with a row after it in the same row)."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import voices  # noqa: E402
from harness.text_forms import lint_in_form  # noqa: E402

TABLE = "信息处理费收取情况\t发出收费通知件数\t收费金额\n2024年\t0\t0"


def _findings(result):
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("form", ["cells-tabbed", "cells-tabbed-paged"])
def test_a_small_fee_table_before_an_annex_of_tables_copied_one_cell_a_line(form):
    source = voices.VOICES18["annexed-tables"]()
    statement = "本局本年度未收取信息处理费。"
    assert statement in source
    written = source.replace(statement, TABLE)
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, form)) == []


def test_a_misspelt_column_of_table_two_over_a_row_of_no_table_is_still_noted():
    """A guard: 表二's last part, its column misspelt ("收费金额") over a row no table has ("收费项目 | 1.25"),
    one cell a line: the part's head words before the column name ("第二十条第（八）项 | 信息内容") make it
    表二's head, noted as written."""
    source = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
    old = "信息内容\t本年收费金额（单位：万元）\n行政事业性收费"
    assert old in source
    written = source.replace(old, "信息内容\t收费金额\n收费项目")
    want = [("C202", "表二缺少1行：行政事业性收费"), ("V502", "表二列名“收费金额”应为“本年收费金额（单位：万元）”")]
    assert _findings(lint(written, path="report.txt")) == want
    assert _findings(lint_in_form(written, "cells-tabbed")) == want
