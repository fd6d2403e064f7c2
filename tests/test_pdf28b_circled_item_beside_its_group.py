"""A borderless PDF table (drawn by tests/harness/pdf_layouts.py, cells centred) whose 表三 numbers
a sub-item with a circled numeral: "(三)不予公开 | ①属于国家秘密 | 0 …" (a narrow column's template).

Why: the PDF's reading puts the group's label and the item's on one line a space apart,
"(三)不予公开 ①属于国家秘密"; the block stage splits two labels run together only where an
enumerator it knows starts ("1.", "（一）"), and "①" is none: the cell stayed one label that no row
reads (false C202 表三缺少1行：1.属于国家秘密). Two labels a space apart, each a label and the whole
none, are two cells, whatever numbers the second."""
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.sources import clean, _replace  # noqa: E402
from govlint.run.engine import lint_text  # noqa: E402
from harness import compare  # noqa: E402

ROW = "（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0"
CIRCLED = ROW.replace("1.属于", "①属于")


def test_the_source_with_a_circled_item_reads_as_the_plain_one():
    text = _replace(clean(), [(ROW, CIRCLED)])
    assert CIRCLED in text
    assert expected(text)[1] == expected(clean())[1] == []


@pytest.mark.parametrize("layout", ["no-rules-middle-all-centre-text", "no-rules-middle"])
def test_borderless_pdf_a_circled_item_beside_its_group(tmp_path, layout):
    pytest.importorskip("reportlab")
    pytest.importorskip("pypdfium2")
    from harness import pdf_layouts as pl
    text = _replace(clean(), [(ROW, CIRCLED)])
    want_cells, want_findings = expected(text)
    got_cells, got_findings = observed(pl.draw(text, pl.BY_NAME[layout], tmp_path / "r.pdf"))
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []  # (was C202 表三缺少1行：1.属于国家秘密)


def _findings(text: str):
    return [(d.code, d.message) for d in lint_text(text, "copy.txt", compare.SETTINGS).diagnostics]


def test_two_labels_a_space_apart_in_one_cell_are_two_cells():
    """The same cell as text (a tab-separated row): split at the space."""
    text = _replace(clean(), [(ROW, ROW.replace("\t1.属于", " ①属于"))])
    assert "（三）不予公开 ①属于国家秘密\t0" in text
    assert _findings(text) == []


def test_a_space_before_words_that_make_no_label_is_no_cut():
    """"（三）不予公开 ①属于国家机密" ("机密" for "秘密"): the second part is no label of 表三, so the cell
    stays whole and the row is reported missing as before."""
    text = _replace(clean(), [(ROW, ROW.replace("\t1.属于国家秘密", " ①属于国家机密"))])
    assert ("C202", "表三缺少1行：1.属于国家秘密") in _findings(text)
