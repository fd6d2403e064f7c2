"""A figure with a note's mark typed after it, the table's note below saying why ("0（注1）", "13*",
"注1：本单位为事业单位，不制发行政规范性文件"), in a table copied a cell a line. A person reads the figure;
the cell was read as no value at all, so the row came out a cell short (a false C203 "只有6个数字") or its
figure "不是数字" (C204), and the row's sums went unchecked (voices57b). lexicon: layout.cells.NOTED_FIGURE.

The report is invented: tests/fixtures/tabs_2024.txt copied a cell a line indented with a tab
(``tests/harness/text_forms.py``)."""
from pathlib import Path

from copies import found, table_three
from harness.text_forms import FORMS

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TABBED = FORMS["cells-tabbed"][1](TABS)
ROW = "\t一、本年新收政府信息公开申请数量\n\t10\n\t2\n\t0\n\t1\n\t0\n\t0\n\t13\n"


def test_a_figure_with_a_note_mark_a_line_of_its_own_is_the_cells_value():
    assert TABBED.count(ROW) == 1
    text = TABBED.replace(ROW, ROW.replace("\t13\n", "\t13（注1）\n"))
    assert found(TABBED) == []
    assert table_three(text) == table_three(TABBED)
    assert found(text) == []


def test_a_noted_figure_a_line_of_its_own_is_checked():
    text = TABBED.replace(ROW, ROW.replace("\t13\n", "\t14*\n"))
    assert {f[0] for f in found(text)} == {"A301", "A303"}
