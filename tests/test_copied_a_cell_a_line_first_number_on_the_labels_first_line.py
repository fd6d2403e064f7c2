"""A table copied one cell a line from a PDF whose label cell is tall (pdftotext of a browser's print):
the label wraps, and the row's first number, set in the middle of the cell's height, lands on the
label's first line ("5.要求行政机关确认或重新出具已获取 0", then "信息", then the other numbers). A
person reads the label whole and its first number 0; the copy's rest of the label was read as the
row's first value (C204 "值“信息”不是数字") and the label as misspelt (V502 "…已获取 0"), on a
correct report (voices56f).

The report is invented: tests/fixtures/tabs_2024.txt copied a cell a line indented with a tab
(``tests/harness/text_forms.py``), and the same with a blank line after each row (the rows of a copy
that keeps the table's row breaks)."""
from pathlib import Path

from copies import found, table_three
from harness.text_forms import FORMS

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TABBED = FORMS["cells-tabbed"][1](TABS)


def _moved(text, old, new):
    assert text.count(old) == 1
    return text.replace(old, new)


def test_the_first_number_on_the_labels_first_line_is_the_rows_first_value():
    text = _moved(TABBED, "\t5.要求行政机关确认或重新出具已获取信息\n\t0\n",
                  "\t5.要求行政机关确认或重新出具已获取 0\n\t信息\n")
    assert found(TABBED) == []
    assert table_three(text) == table_three(TABBED)
    assert found(text) == []


def test_the_same_with_blank_lines_between_the_rows():
    spaced = TABBED.replace("\t5.要求行政机关确认或重新出具已获取信息\n", "\n\t5.要求行政机关确认或重新出具已获取信息\n") \
        .replace("\t（六）其他处理\n", "\n\t（六）其他处理\n")
    text = _moved(spaced, "\t5.要求行政机关确认或重新出具已获取信息\n\t0\n", "\t5.要求行政机关确认或重新出具已获取 0\n\t信息\n")
    assert found(spaced) == []
    assert table_three(text) == table_three(spaced)
    assert found(text) == []


def test_the_first_number_so_placed_is_checked():
    """The number moved is the row's 自然人 value: a wrong one breaks the 总计 column, said at its line."""
    wrong = _moved(TABBED, "\t5.要求行政机关确认或重新出具已获取信息\n\t0\n",
                   "\t5.要求行政机关确认或重新出具已获取 1\n\t信息\n")
    codes = [f[0] for f in found(wrong)]
    assert "C204" not in codes and "V502" not in codes
    assert "A303" in codes or "A302" in codes, found(wrong)
