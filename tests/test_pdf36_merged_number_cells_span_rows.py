"""A ruled PDF table whose number cells are merged down over several rows, read as row spans.

Layout: 表三's （六）其他处理 with its items 1. to 3. sharing one set of seven number cells, each a
"0" merged down over the three rows (a web page's ``rowspan="3"``), printed to PDF by LibreOffice's
web export (``soffice --convert-to pdf:writer_web_pdf_Export``): each column shows one tall cell,
its "0" vertically centred, no rule between the three rows. pdfplumber gives the rows 2. and 3.
no cell there; read as blank cells, the two rows had seven blank numbers each (C203 ×2), where the
web page and its Word copy are clean. The PDF reader now gives such a cell its rowspan, as the web
page's reader does, and the layout reads a merged "0" as each row's 0.

The page is the invented tests/data/merged-zero-cells.html (示例县农业农村局), rendered at test time."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from govlint.checks.registry import load
from govlint.config import Config
from govlint.readers import TableBlock
from govlint.readers.pdf import PdfReader
from govlint.run.engine import Settings, lint_file

HERE = Path(__file__).resolve().parent
PAGE = HERE / "data" / "merged-zero-cells.html"


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> Path:
    """The page printed by LibreOffice's web export (an empty paragraph first: its headless import
    leaves a page's first paragraph out of the PDF, the title with it)."""
    import sys
    sys.path.insert(0, str(HERE))
    from harness import libreoffice
    exe = libreoffice.soffice()
    if exe is None:
        pytest.skip(libreoffice.SKIP_REASON)
    base = tmp_path_factory.mktemp("pdf36-merged")
    page = base / "merged-zero-cells.html"
    page.write_text(PAGE.read_text("utf-8").replace("<body>", "<body><p>&nbsp;</p>", 1), "utf-8")
    outdir = base / "pdf"
    subprocess.run([exe, f"-env:UserInstallation={(base / 'profile').resolve().as_uri()}", "--headless",
                    "--norestore", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", str(outdir), str(page)],
                   capture_output=True, text=True, timeout=240)
    pdf = outdir / "merged-zero-cells.pdf"
    assert pdf.exists(), "soffice did not convert the page"
    return pdf


def _lint(path: Path):
    return lint_file(str(path), Settings.make(Config(), load(builtins_only=True)))


def test_number_cells_merged_down_in_a_web_pdf_are_read_with_their_rowspan(printed):
    """LibreOffice web PDF, （六）'s number cells merged over items 1. to 3.: each "0" spans the three rows, the rows below have no cell there."""
    doc = PdfReader().read(printed, printed.read_bytes())
    three = next(b for b in doc.own_blocks if isinstance(b, TableBlock)
                 and any(c.text.startswith("1.申请人无正当理由") for row in b.rows for c in row))
    at = next(r for r, row in enumerate(three.rows) if any(c.text.startswith("1.申请人无正当理由") for c in row))
    first, second, third = three.rows[at:at + 3]
    assert [(c.text, c.rowspan) for c in first[-7:]] == [("0", 3)] * 7
    assert [c.text for c in second][-1].startswith("2.申请人逾期未按收费通知")
    assert [c.text for c in third][-1] == "3.其他"


def test_number_cells_merged_down_in_a_web_pdf_give_the_web_pages_findings(printed):
    """LibreOffice web PDF, （六）'s number cells merged over items 1. to 3.: clean, as the web page is (no C203 on items 2. and 3.)."""
    web = _lint(PAGE)
    pdf = _lint(printed)
    assert pdf.errors == ()
    assert [(d.code, d.message) for d in web.diagnostics] == []
    assert [(d.code, d.message) for d in pdf.diagnostics] == []
