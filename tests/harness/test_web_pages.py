"""Every invented report, published as government sites publish it, binds as its source does
and gives exactly its findings.

The pages (web_pages.py) put the report inside a site's furniture (navigation, breadcrumb,
publication line, share and print links, footer) and write its paragraphs and cells as site
editors and Word's "save as web page" do: styled runs cut mid-word, ``&nbsp;`` padding,
``<br/>`` in long labels, ``<o:p>`` runs, Word's zero-height row of empty cells after each
table, pretty-printed markup, long tables pasted as two tables.
"""
import pytest

from .compare import cell_differences, expected, finding_differences, observed
from .sources import all_sources
from .web_pages import PAGES

SOURCES = all_sources()
_reference = {}


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_web_page_matches_source(tmp_path, source, page):
    if source not in _reference:
        _reference[source] = expected(SOURCES[source])
    want_cells, want_findings = _reference[source]
    path = tmp_path / f"{source}-{page}.html"
    path.write_text(PAGES[page](SOURCES[source]), "utf-8")
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


def test_the_pages_carry_what_they_claim():
    """The layouts are really there (else the comparison above proves nothing)."""
    text = SOURCES["clean"]
    assert "发布时间：2025-01-16" in PAGES["site-editor"](text) and "【打印本页】" in PAGES["site-editor"](text)
    assert "<br/>" in PAGES["site-editor"](text)
    assert '</span><span lang="EN-US">' in PAGES["site-editor-split-runs"](text)
    assert PAGES["site-editor-tables-cut"](text).count("<table") > PAGES["site-editor"](text).count("<table")
    assert "\n        " in PAGES["site-editor-pretty-printed"](text)
    word = PAGES["word-saved-as-web-page"](text)
    assert "<![if !supportMisalignedColumns]>" in word and "<o:p>" in word and "class=MsoNormal" in word
