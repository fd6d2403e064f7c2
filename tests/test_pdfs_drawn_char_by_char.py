"""PDFs drawn as WPS's "export to PDF" draws them: every character a text object of its own at its
place, no space character between words or cells (only a gap), the rules as thin filled
rectangles (tests/harness/pdf_features.drawn_char_by_char redraws LibreOffice's PDF of a harness
Word document so). Each must give exactly the findings of the PDF it was drawn from — clean, and
with the defects seeded in the tables, the prose, the sections and the date."""
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

from harness import docx_styles, libreoffice, pdf_features as pf, sources  # noqa: E402

from govlint.config import Config  # noqa: E402
from govlint.checks.registry import load  # noqa: E402
from govlint.run.engine import Settings, lint_file  # noqa: E402

SETTINGS = Settings.make(Config(), load(builtins_only=True))
CASES = [("clean", "grid"), ("defects", "narrow-borderless"), ("tax-defects", "grid"), ("county", "narrow-borderless")]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    pytest.importorskip("reportlab")
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    work = tmp_path_factory.mktemp("wps")
    texts = sources.all_sources()
    words = {docx_styles.write_docx(texts[name], docx_styles.BY_NAME[style], work / f"{name}-{style}.docx"): (name, style)
             for name, style in CASES}
    return {words[src]: out for src, out in libreoffice.convert(list(words), "pdf", work / "out", work / "profile").items()}


def _lint(path):
    result = lint_file(str(path), SETTINGS)
    assert not result.errors
    return [(d.code, d.location.table, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("case", CASES, ids=["-".join(c) for c in CASES])
def test_a_pdf_drawn_a_character_at_a_time_reads_as_its_source(pdfs, tmp_path, case):
    drawn = pf.drawn_char_by_char(pdfs[case], tmp_path / "drawn.pdf", tmp_path)
    import pypdfium2
    from govlint.readers import pdfium as reader
    doc = pypdfium2.PdfDocument(str(drawn))
    chars = reader.page_objects(doc[0], 1)[0]["char"]
    doc.close()
    assert len(chars) > 300 and not any(c["text"].isspace() for c in chars)  # no space drawn: gaps alone
    expected = _lint(pdfs[case])
    assert _lint(drawn) == expected
    assert bool(expected) == case[0].endswith("defects")
