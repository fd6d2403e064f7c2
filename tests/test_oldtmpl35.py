"""oldtmpl35: one cause said once. (1) A 2021-format report on the 2019 trial template, whose 表二 fee block is headed
上一年项目数量 · 本年增/减 (the 2019 row's two columns, neither with a 2021 counterpart) over two numbers: the binder
binds none of them to 本年收费金额 and keeps the row's cell as of another meaning (BoundTable.other_meaning), so
neither C200 ("overfull") nor C203 repeats what V501 says — in every text copy of the report. (2) A302 on a
（七）总计 row at 0 that agrees with 一 + 二 = （七）总计 + 四: the engine says so (ZeroTotal.agreeing) and the message
names the result rows that are not 0; its data stay those of a total left at 0."""
import sys
from pathlib import Path

import pytest

from govlint.binder.bind import bind
from govlint.checks.relations import ZeroTotal, findings
from govlint.formats import BUILTIN_FORMATS
from govlint.layout import vocabulary
from govlint.syntax.parser import parse
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


def _fee_2019_head() -> str:
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    text = text.replace("信息内容\t本年收费金额（单位：万元）", "信息内容\t上一年项目数量\t本年增/减")
    return text.replace("行政事业性收费\t1.25", "行政事业性收费\t3\t-1")


def _bound(text: str):
    return bind(parse(text, "report.txt", None, vocabulary(BUILTIN_FORMATS)), BUILTIN_FORMATS)


def test_tab_layout_fee_row_of_the_2019_head_is_of_another_meaning():
    """Tab-separated 表二: the fee row bound without numbers, its cell left out of every check, no note on it."""
    bound = _bound(_fee_2019_head())
    t2 = bound.tables["表二"]
    assert bound.format.id == "2021"
    assert ("fees", "amount") in t2.other_meaning
    assert t2.cell("fees", "amount").state == "absent"
    assert ("fees", "amount") not in t2.valid_cells and "fees" not in t2.unfilled_cells
    assert [n.kind for n in bound.notes if n.table == "表二" and n.row == "fees"] == []


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
def test_fee_row_of_the_2019_head_in_every_text_copy(form):
    """Every copy of the tab layout (spaces, pipes, one cell a line, …): V501 once, no C200 or C203."""
    result = text_forms.lint_in_form(_fee_2019_head(), form)
    codes = [d.code for d in result.diagnostics]
    assert "C200" not in codes and "C203" not in codes, [(d.code, d.message) for d in result.diagnostics]


def test_pipe_layout_zero_total_agreeing_with_the_balance_keeps_its_data():
    """Markdown pipes: （七）总计 and 一 · 二 · 四 at 0, one result row 3 · 0 · 0 · 0 · 0 · 2 · 5."""
    text = (FIXTURES / "pipes_2024.txt").read_text("utf-8")
    for row, was in (("一、本年新收政府信息公开申请数量", "10 | 2 | 0 | 1 | 0 | 0 | 13"),
                     ("二、上年结转政府信息公开申请数量", "1 | 0 | 0 | 0 | 0 | 0 | 1"),
                     ("（一）予以公开", "4 | 1 | 0 | 0 | 0 | 0 | 5"),
                     ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1 | 0 | 0 | 0 | 0 | 0 | 1"),
                     ("4.保护第三方合法权益", "1 | 0 | 0 | 0 | 0 | 0 | 1"),
                     ("2.没有现成信息需要另行制作", "1 | 0 | 0 | 0 | 0 | 0 | 1"),
                     ("1.信访举报投诉类申请", "1 | 0 | 0 | 1 | 0 | 0 | 2"),
                     ("（七）总计", "10 | 2 | 0 | 1 | 0 | 0 | 13"),
                     ("四、结转下年度继续办理", "1 | 0 | 0 | 0 | 0 | 0 | 1")):
        assert text.count(f"{row} | {was} |") == 1
        text = text.replace(f"{row} | {was} |", f"{row} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
    text = text.replace("1.本机关不掌握相关政府信息 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |",
                        "1.本机关不掌握相关政府信息 | 3 | 0 | 0 | 0 | 0 | 2 | 5 |")
    bound = _bound(text)
    (zt,) = list(findings(bound, "A302"))
    assert isinstance(zt, ZeroTotal)
    assert [i.relation.id for i in zt.agreeing] == ["t3-balance"] * 3
    (d,) = lint(text, ["A302"]).diagnostics
    assert d.data == {"relation": "t3-results", "op": "=", "found": "0", "expected": "3", "kind": "zero-total",
                      "cells": ["total.natural", "total.other", "total.total"], "sums": ["3", "2", "5"],
                      "relations": ["t3-results"] * 3}
    assert "1.本机关不掌握相关政府信息" in d.message and "应为" not in d.message
