"""表二 written with marks for 0 ("无", "/") and no number at all — a township with nothing to count —
copied the ways pages are copied (a cell a line with "|" or a tab, the whole body on one line). The
layout read a table's cells by its numbers: with none, a cell-a-line 表二 ended after 规章's row (a false
C202 "表二缺少4行", error), a one-line copy's rows "行政强制 无" were prose (C202 "缺少1行：行政强制"), a
"无" after a row label beside a block's head was taken for a piece of a label and hid 行政许可/行政处罚.
Each form must give what the report as written gives: one C203 saying the cells are marks, not numbers."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "tabs_2024.txt"
#: 表二's value rows in the tab layout of the fixture
ROWS = [("规章\t0\t0\t0", "规章\t{m}\t{m}\t{m}"), ("行政规范性文件\t3\t1\t12", "行政规范性文件\t{m}\t{m}\t{m}"),
        ("行政许可\t120", "行政许可\t{m}"), ("行政处罚\t35", "行政处罚\t{m}"), ("行政强制\t2", "行政强制\t{m}"),
        ("行政事业性收费\t1.25", "行政事业性收费\t{m}")]
FORMS = ["as-written", "one-line", "cells-pipe", "cells-dash", "cells-tabbed"]


def _all_marks(mark: str) -> str:
    text = FIXTURE.read_text("utf-8")
    for old, new in ROWS:
        assert old in text
        text = text.replace(old, new.format(m=mark))
    return text


@pytest.mark.parametrize("mark", ["无", "/"])
@pytest.mark.parametrize("form", FORMS)
def test_a_table_of_marks_is_read_whole_in_every_form(mark, form):
    result = text_forms.lint_in_form(_all_marks(mark), form)
    assert [(d.code, d.message) for d in result.diagnostics] == [
        ("C203", f"表二的全部10个单元格（6行）都写作“{mark}”，没有填写数字；应填数字，没有发生的填0")]


@pytest.mark.parametrize("form", FORMS)
def test_one_row_written_wu_in_a_table_of_numbers(form):
    """"行政强制 无" on its line of a one-line copy is a row (a row label of the formats and its mark),
    not prose like "…情况 无"."""
    text = FIXTURE.read_text("utf-8").replace("行政强制\t2", "行政强制\t无")
    result = text_forms.lint_in_form(text, form)
    assert [(d.code, d.message) for d in result.diagnostics] == [
        ("C203", "表二“行政强制”行有1个单元格没有填写数字：本年处理决定数量（“无”）；应填数字，没有发生的填0")]
