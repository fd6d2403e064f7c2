"""Plain ``pdftotext`` (no -layout) of a PDF with narrow label columns: a cell a line, blank lines
between, and a wrapped label's pieces around its row's numbers, the number standing in the middle
of the row's height: "行政许" / "120" / "可", "行政规" / "3" / "1" / "1" / "范性文" / "件". The rest
after the numbers started a row of its own: the label was read cut short (false V502 表二行名
“行政许”应为“行政许可”, on 13 of 22 plain pdftotext copies of the harness's LibreOffice PDFs, and
C202 表二缺少1行：行政规范性文件 on 5). A piece right after a row's numbers that completes the
label before them, or goes on opening one with it, is joined onto it.

The report is invented: tests/fixtures/cells_2024.txt (a cell a line), its tabs taken off as
plain pdftotext writes the cells, 表二's labels cut around their numbers.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import compare  # noqa: E402

from govlint.run.engine import lint_text  # noqa: E402

CELLS = (Path(__file__).parent / "fixtures" / "cells_2024.txt").read_text("utf-8")
PLAIN = "\n".join(line.lstrip("\t") for line in CELLS.split("\n"))


def _findings(text: str):
    return [(d.code, d.span.line, d.message) for d in lint_text(text, "copy.txt", compare.SETTINGS).diagnostics]


def test_the_plain_cells_are_read_as_the_source():
    assert _findings(CELLS) == [] and _findings(PLAIN) == []
    assert compare.bound_of(PLAIN) == compare.bound_of(CELLS)


@pytest.mark.parametrize("label, numbers, pieces", [
    ("行政许可", "120", ["行政许", "可"]),
    ("行政处罚", "35", ["行政处", "罚"]),
    ("行政强制", "2", ["行政", "强制"]),
    ("行政规范性文件", "3\n1\n12", ["行政规", "范性文", "件"]),
    ("行政事业性收费", "1.25", ["行政事", "业性收", "费"]),
])
def test_a_label_cut_around_its_numbers_is_whole_again(label, numbers, pieces):
    old = f"\n{label}\n{numbers}\n"
    assert PLAIN.count(old) == 1
    for blank in ("", "\n"):  # (plain pdftotext writes a blank line between the cells, or none)
        copy = PLAIN.replace(old, f"\n{pieces[0]}\n{numbers}\n{blank}" + f"\n{blank}".join(pieces[1:]) + "\n")
        assert _findings(copy) == [], (label, blank)  # (was V502 表二行名“行政许”… or C202 表二缺少1行)
        assert compare.bound_of(copy) == compare.bound_of(PLAIN)


def test_a_misspelt_label_before_the_next_rows_label_is_still_found():
    """A label written short (a true V502) followed by the next row's: nothing joined onto it."""
    copy = PLAIN.replace("\n行政处罚\n35\n", "\n行政处\n35\n", 1)
    assert [(c, m) for c, _, m in _findings(copy)] == [("V502", "表二行名“行政处”应为“行政处罚”")]


#: 表二's one-row tables as plain pdftotext wrote two real reports' (their number standing in the
#: middle of the row's height): the number after the head's words, the label after it; or the
#: label before the head's last words, the number after them
BESIDE_THE_HEAD = [
    ("信息内容\n本年处理决定数量\n\n行政许可\n120\n", "信息内容\n本年处理决定数量\n120\n\n行政许可\n"),
    ("信息内容\n本年处理决定数量\n\n行政许可\n120\n", "信息内容\n行政许可\n\n本年处理决定数量\n120\n"),
    ("信息内容\n本年收费金额（单位：万元）\n\n行政事业性收费\n1.25\n", "信息内容\n本年收费金额（单位：万元）\n1.25\n\n行政事业性收费\n"),
]


@pytest.mark.parametrize("old, new", BESIDE_THE_HEAD)
def test_a_one_row_tables_number_beside_its_head_goes_to_its_label(old, new):
    assert PLAIN.count(old) == 1
    copy = PLAIN.replace(old, new)
    assert _findings(copy) == []  # (was C203 表二“行政许可”行有1个单元格没有填写数字 / C202 表二缺少1行)
    assert compare.bound_of(copy) == compare.bound_of(PLAIN)


def test_a_number_beside_the_head_with_no_label_alone_after_it_is_left():
    """The head's number and then a row with its own number: nothing moved (the row keeps 35)."""
    old = "信息内容\n本年处理决定数量\n\n行政处罚\n35\n"
    assert PLAIN.count(old) == 1
    copy = PLAIN.replace(old, "信息内容\n本年处理决定数量\n7\n\n行政处罚\n35\n")
    assert compare.bound_of(copy)[("表二", "penalty")] == compare.bound_of(PLAIN)[("表二", "penalty")]
