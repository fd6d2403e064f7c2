"""oldtmpl35: one cause said once. A 2021-format report on the 2019 trial template, whose 表二 fee block is headed
上一年项目数量 · 本年增/减 (the 2019 row's two columns, neither with a 2021 counterpart) over two numbers: the binder
binds none of them to 本年收费金额 and keeps the row's cell as of another meaning (BoundTable.other_meaning), so
neither C200 ("overfull") nor C203 repeats what V501 says — in every text copy of the report."""
import sys
from pathlib import Path

import pytest

from govlint.binder.bind import bind
from govlint.formats import BUILTIN_FORMATS
from govlint.layout import vocabulary
from govlint.syntax.parser import parse

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
