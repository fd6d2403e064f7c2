"""PDF layout: a bar chart printed before 表三 (LibreOffice's or WPS's chart of the year's results):
its categories a line each with the value printed at its bar's end ("不予处理 1", "无法提供 3", …)
over its value axis ("0 1 2 3 4 5 6 7"). Read as text they were rows of 表三 before the table's
own: "不予处理" with a number is a group's label carrying numbers (a false V501 "subtotal row"),
"予以公开 6" a row of the table. The axis and the category lines above it are left out: a chart
is no text of the report.

The invented clean report (tests/fixtures/tabs_2024.txt) is drawn line by line with reportlab
(tests/line_printer.py), the chart's lines inserted under section 三's heading."""
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness.word21 import CLEAN, lint  # noqa: E402
from line_printer import print_lines  # noqa: E402

HEADING = "三、收到和处理政府信息公开申请情况\n"
CHART = ["结转下年度\t1", "不予处理\t1", "部分公开\t1", "无法提供\t4", "予以公开\t6"]
AXIS = "0\t1\t2\t3\t4\t5\t6\t7"
CAPTION = "图2 2024年依申请公开办理结果（单位：件）"


def _printed(tmp_path, lines) -> Path:
    assert HEADING in CLEAN
    text = CLEAN.replace(HEADING, HEADING + "\n".join(lines) + "\n", 1)
    return print_lines(tmp_path / "chart.pdf", text)


def test_a_bar_chart_over_its_axis_is_no_table(tmp_path):
    assert lint(_printed(tmp_path, CHART + [AXIS, CAPTION])) == []


def test_lines_of_labels_and_numbers_without_an_axis_are_read(tmp_path):
    """Without the axis nothing tells the lines from the author's own rows: read as before (the
    group with numbers is noted)."""
    assert "V501" in {c for c, _, _ in lint(_printed(tmp_path, CHART + [CAPTION]))}


@pytest.mark.parametrize("axis", ["0\t1\t2\t3", "1\t2\t3\t4\t5\t6", "0\t2\t3\t4\t5\t6"])
def test_a_row_that_is_no_axis_leaves_the_lines_read(tmp_path, axis):
    """Four ticks, an axis not from 0, steps not alike: no axis."""
    assert "V501" in {c for c, _, _ in lint(_printed(tmp_path, CHART + [axis, CAPTION]))}
