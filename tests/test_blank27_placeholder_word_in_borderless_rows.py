"""A borderless PDF table (drawn by tests/harness/pdf_layouts.py) whose row has "无" written for a
0 among its numbers: "（一）予以公开 4 1 0 0 无 0 5".

Why: a line of a table drawn without rules is a row by the numbers at its end; "无" is no number,
so the row's values stopped at it and "（一）予以公开 4 1 0 0 无" became one label: the row was
missing (C202) and its "无" (C203) not found. A placeholder word with a value on each side is a
cell of the numbers; one last on its line after numbers stays a note (表四's 备注 "无")."""
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.sources import clean, _replace  # noqa: E402
from govlint.layout.documents import row_of_numbers  # noqa: E402

ROW3 = "（一）予以公开\t4\t1\t0\t0\t0\t0\t5"
WU = ROW3.replace("\t0\t0\t5", "\t无\t0\t5")
LAYOUTS = ["no-rules-middle", "no-rules-middle-all", "booktabs-middle", "outer-only-middle", "no-rules"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_borderless_row_with_wu_among_its_numbers_gives_its_c203(tmp_path, layout):
    pytest.importorskip("reportlab")
    pytest.importorskip("pypdfium2")
    from harness import pdf_layouts as pl
    text = _replace(clean(), [(ROW3, WU)])
    want_cells, want_findings = expected(text)
    assert [(f[0], f[3], f[4]) for f in want_findings] == [("C203", "open", "legal")]
    got_cells, got_findings = observed(pl.draw(text, pl.BY_NAME[layout], tmp_path / "r.pdf"))
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


def test_line_with_wu_among_its_numbers_is_a_row():
    assert row_of_numbers("（一）予以公开 4 1 0 0 无 0 5") == ["（一）予以公开", "4", "1", "0", "0", "无", "0", "5"]


def test_line_with_wu_after_its_numbers_keeps_it_out_of_the_numbers():
    """"无" last on the line is no cell among the numbers (a 备注's note, or a word after them)."""
    assert row_of_numbers("1 0 0 1 2 无") is None or row_of_numbers("1 0 0 1 2 无")[-1] != "无"


def test_label_word_wu_before_the_numbers_stays_in_the_label():
    assert row_of_numbers("其他 无 0 0") == ["其他 无", "0", "0"]


def test_libreoffice_pdf_narrow_borderless_row_with_wu_keeps_its_wrapped_labels(tmp_path):
    """LibreOffice's PDF of a Word table without borders and with narrow label columns (labels
    wrapped over several lines): the row with "无" among its numbers is the line the wrapped
    labels' pieces are gathered around; taken as a row by its numbers but refused as the anchor
    of its labels (its "无" no value there), its label pieces ran into their neighbours' and the
    row was missing (C202)."""
    pytest.importorskip("docx")
    from harness import libreoffice
    from harness.docx_styles import BY_NAME, write_docx
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    text = _replace(clean(), [(ROW3, WU)])
    word = write_docx(text, BY_NAME["unmerged-narrow-borderless"], tmp_path / "r.docx")
    pdf = libreoffice.convert([word], "pdf", tmp_path / "pdf", tmp_path / "profile")[word]
    want_cells, want_findings = expected(text)
    got_cells, got_findings = observed(pdf)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
