"""A table copied one cell a line from a browser's print (pdftotext of a Chromium PDF), where a group's merged
cell and its first row's label came out below the next row ("…上年结转…" / its numbers / "4" … "5" /
"（二）部分公开…" / its numbers / "三、本年度办理结果" / "（一）予以公开" / "（三）不予公开" / …). The label stands in the table but its numbers were
read with the row before: the row is not missing (a false C202 "表三缺少1行：（一）予以公开", voices56f);
which row each number belongs to cannot be told (C200, once). A short label is found only as a line's whole
text with its enumerator ("予以公开" stands in many lines of prose).

The report is invented: tests/fixtures/tabs_2024.txt copied a cell a line indented with a tab
(``tests/harness/text_forms.py``)."""
from pathlib import Path

from copies import found
from harness.text_forms import FORMS

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TABBED = FORMS["cells-tabbed"][1](TABS)
LABELS = "\t三、本年度办理结果\n\t（一）予以公开\n"
NUMBERS = "\t4\n\t1\n\t0\n\t0\n\t0\n\t0\n\t5\n"


def test_a_short_label_after_its_numbers_is_no_missing_row():
    assert TABBED.count(LABELS + NUMBERS) == 1
    text = TABBED.replace(LABELS + NUMBERS, NUMBERS)
    assert text.count("\t（三）不予公开\n") == 1
    text = text.replace("\t（三）不予公开\n", LABELS + "\t（三）不予公开\n")
    findings = found(text)
    assert [f[0] for f in findings] == ["C200"], findings
    assert "表中写有“（一）予以公开”一行的标签，但没有读出它的数字" in findings[0][3]
