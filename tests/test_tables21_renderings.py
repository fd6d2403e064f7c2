"""Tables as staff alter them (tests/harness/tables21.py), rendered as staff publish them: a Word
table (merged grid, narrow and borderless), a site editor's page and Word's web page, a PDF drawn
with ruling lines and one without (cells centred). Each rendering must bind the official cells as
the altered source text does and give exactly its findings (positions aside); the source itself
gives the findings listed with the alteration (one that names what was added, or none).

Why: an extra column, a totals row, a head merged or numbered another way is how real tables come;
each gave a cascade of findings where a person sees at most one defect."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.compare import cell_differences, finding_differences, observed  # noqa: E402
from harness.tables21 import ALTERED, expected_of, rendering_altered  # noqa: E402
from harness import web_pages  # noqa: E402


def _docx(style):
    def write(text, path):
        pytest.importorskip("docx")
        from harness.docx_styles import STYLES, write_docx
        return write_docx(text, next(s for s in STYLES if s.name == style), path.with_suffix(".docx"))
    return write


def _page(make):
    def write(text, path):
        out = path.with_suffix(".html")
        out.write_text(make(text), "utf-8")
        return out
    return write


def _pdf(layout):
    def write(text, path):
        pytest.importorskip("reportlab")
        pytest.importorskip("pypdfium2")
        from harness import pdf_layouts as pl
        return pl.draw(text, pl.BY_NAME[layout], path.with_suffix(".pdf"))
    return write


RENDERINGS = {
    "docx-grid": _docx("grid"),
    "docx-narrow-borderless": _docx("narrow-borderless"),
    "web-site-editor": _page(web_pages.editor_page),
    "web-word-page": _page(web_pages.word_page),
    "pdf-grid": _pdf("grid-middle"),
    "pdf-no-rules": _pdf("no-rules"),
}


@pytest.mark.parametrize("name", sorted(ALTERED))
def test_an_altered_table_gives_its_one_finding(name):
    make, want = ALTERED[name]
    _, findings = expected_of(name)
    assert [(f[0], f[5]) for f in findings] == want


#: renderings wrong today, with their cause (strict: a fix that makes one pass must remove it)
KNOWN: dict = {}


def _cases():
    for name in sorted(ALTERED):
        for rendering in sorted(RENDERINGS):
            why = KNOWN.get((name, rendering))
            yield pytest.param(name, rendering, marks=pytest.mark.xfail(reason=why, strict=True) if why else ())


@pytest.mark.parametrize("name, rendering", list(_cases()))
def test_an_altered_table_rendered_reads_as_its_source(tmp_path, monkeypatch, name, rendering):
    rendering_altered(monkeypatch)
    want_cells, want_findings = expected_of(name)
    path = RENDERINGS[rendering](ALTERED[name][0](), tmp_path / name)
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
