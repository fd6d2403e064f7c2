"""Every rendering of an invented report binds as its source does and gives exactly its findings.

Renderers break a report's structure (labels wrapped in narrow cells, heads glued together,
tables across pages, merged or borderless cells, text flattened or turned into Markdown);
govlint must see through all of it. One test per rendering, named by its layout; the ones that
fail today are listed in known_failures.toml and expected to fail (strictly).
"""
import pytest

from . import browser_print, libreoffice
from .compare import cell_differences, expected, finding_differences, observed
from .known import known_failures
from .renderings import PDFTOTEXT_SKIP, catalogue, pdftotext
from .sources import all_sources

KNOWN = known_failures()


def _params():
    """One param per rendering, xfail(strict) when known_failures.toml lists it."""
    return [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
            for r in catalogue()]


_reference = {}


def reference(name, text):
    """The source's bound cells and findings, computed once per source."""
    if name not in _reference:
        _reference[name] = expected(text)
    return _reference[name]


@pytest.mark.parametrize("rendering", _params())
def test_rendering_matches_source(built, rendering):
    """Same bound cells (table, row, column → state, value) and same findings (code, logical
    location, message; positions ignored) as the source text."""
    if rendering.id not in built.files:
        if rendering.needs_soffice and libreoffice.soffice() is None:
            pytest.skip(libreoffice.SKIP_REASON)
        if rendering.needs_chromium and browser_print.chromium() is None:
            pytest.skip(browser_print.SKIP_REASON)
        if rendering.needs_pdftotext and pdftotext() is None:
            pytest.skip(PDFTOTEXT_SKIP)
        pytest.fail((built.chromium_error if rendering.needs_chromium else None)
                    or (built.pdftotext_error if rendering.needs_pdftotext else None) or built.soffice_error
                    or f"{rendering.id} was not built")  # soffice or chromium there but broken
    want_cells, want_findings = reference(rendering.source, built.sources[rendering.source])
    got_cells, got_findings = observed(built.files[rendering.id])
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


def test_sources_are_what_the_harness_claims():
    """The references themselves: every official row bound, the clean ones without findings and
    the defective one with the findings its defects are meant to cause (else the harness would
    compare renderings against a broken reference and prove nothing)."""
    for name, text in all_sources().items():
        cells, findings = expected(text)
        assert "missing" not in cells.values(), name  # every official row bound
        assert all(cells[k] for k in cells if k[-1] == "present"), name
        codes = {f[0] for f in findings}
        if name == "defects":
            assert codes >= {"A301", "A303", "A304", "A305", "C203"}
        elif name == "county-defects":
            assert sorted(f[0] for f in findings) == ["F401", "N601", "P701", "P702"]
        elif name == "tax-defects":
            assert sorted(f[0] for f in findings) == ["N601", "N601", "P702", "S103"]
        elif name == "frame-defects":
            assert sorted(f[0] for f in findings) == ["P701", "P702"]
        elif name == "health-defects":
            assert sorted(f[0] for f in findings) == ["F401", "N601"]
        else:
            assert findings == [], name
    assert expected(all_sources()["trial2020"])[0][("format",)] != expected(all_sources()["clean"])[0][("format",)]


def test_catalogue_is_large_and_named_by_layout():
    """Enough renderings to say something about generality, each id unique and naming its layout."""
    ids = [r.id for r in catalogue()]
    assert len(ids) == len(set(ids)) >= 50
    assert "clean-docx-narrow-borderless-pdf" in ids and "trial2020-text-markdown" in ids


def test_known_failures_name_real_renderings_with_reasons():
    """Every entry says why (known_failures() already refuses ids that name no rendering)."""
    assert all(reason.strip() for reason in KNOWN.values())
