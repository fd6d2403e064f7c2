"""表二 with a column staff added (tables21's t2-last-year-right / t2-last-year-left: 上年新制发件数
beside this year's three) in a Word table, printed by LibreOffice, read from the PDF and from
``pdftotext -layout`` of it.

Why: in a borderless table with narrow cells the head's names wrap over three lines, the first
column's whole on the first (the PDF's reading: "信息内容 | 本年 | 本年 | 现行 | 上年" / "制发 | …" /
"件数 | …"); in pdftotext's copy the block's caption wraps ("第二十条第" / "（一）项") before the head
on one line. Neither head was read, the added column was not set aside and each row had a number
too many: C200 ×2 (and V502 上年新制发件数) instead of the alteration's one V501. One LibreOffice
batch for the module."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

from harness import compare  # noqa: E402
from harness.tables21 import ALTERED, rendering_altered  # noqa: E402

NAMES = ["t2-last-year-right", "t2-last-year-left"]
STYLES = ["narrow-borderless", "unmerged-narrow-borderless"]


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Each alteration × style as Word, then LibreOffice's PDF of it: {(name, style): pdf}."""
    pytest.importorskip("docx")
    from harness import libreoffice
    from harness.docx_styles import BY_NAME, write_docx
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    mp = pytest.MonkeyPatch()
    rendering_altered(mp)
    base = tmp_path_factory.mktemp("pdf28b")
    try:
        words = {(n, s): write_docx(ALTERED[n][0](), BY_NAME[s], base / f"{n}-{s}.docx") for n in NAMES for s in STYLES}
    finally:
        mp.undo()
    pdfs = libreoffice.convert(list(words.values()), "pdf", base / "pdf", base / "profile")
    return {k: pdfs[w] for k, w in words.items()}


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", NAMES)
def test_libreoffice_pdf_of_an_added_column_gives_its_one_finding(printed, name, style):
    want = compare.expected(ALTERED[name][0]())[1]
    got = compare.observed(printed[(name, style)])[1]
    assert compare.finding_differences(want, got) == []


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", NAMES)
def test_pdftotext_of_an_added_column_gives_its_one_finding(printed, tmp_path, name, style):
    from harness.renderings import PDFTOTEXT_SKIP, pdftotext
    if pdftotext() is None:
        pytest.skip(PDFTOTEXT_SKIP)
    out = tmp_path / "copy.txt"
    subprocess.run([pdftotext(), "-layout", str(printed[(name, style)]), str(out)], check=True, capture_output=True)
    want = compare.expected(ALTERED[name][0]())[1]
    got = compare.observed(out)[1]
    assert compare.finding_differences(want, got) == []
