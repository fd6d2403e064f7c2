from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture
def fixture_text():
    def read(name: str) -> str:
        return (FIXTURES / name).read_text("utf-8")
    return read


@pytest.fixture
def work(tmp_path, monkeypatch):
    """An empty directory to run in (test modules may give ``work`` more to hold)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(autouse=True, scope="session")
def _own_cache(tmp_path_factory):
    """The tests keep their caches (reader outputs, entry points) apart from the user's; the
    results cache is off (a test that checks a file again means it to be read and linted again;
    tests/test_results_cache.py turns it on)."""
    import os
    os.environ.setdefault("GOVLINT_RESULTS_CACHE_MB", "0")
    if "GOVLINT_CACHE_DIR" in os.environ:
        yield
        return
    os.environ["GOVLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("govlint-cache"))
    try:
        yield
    finally:
        os.environ.pop("GOVLINT_CACHE_DIR", None)


@pytest.fixture(scope="session")
def cells_pdf(tmp_path_factory):
    """tests/fixtures/cells_2024.txt (clean) typed into Word a cell a paragraph (no table),
    printed to PDF by LibreOffice: stacked short lines, cells at the pages' edges."""
    pytest.importorskip("docx")
    pytest.importorskip("pypdfium2")
    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from harness import docx_styles, libreoffice
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    work = tmp_path_factory.mktemp("cells")
    docx = docx_styles.write_docx((FIXTURES / "cells_2024.txt").read_text("utf-8"),
                                  docx_styles.BY_NAME["typed-with-tabs"], work / "cells.docx")
    return libreoffice.convert([docx], "pdf", work / "out", work / "profile")[docx]
