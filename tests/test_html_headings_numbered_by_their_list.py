"""A Word report whose section headings are numbered by Word's list numbering, saved as a web page
by LibreOffice: each heading is an item of an ``<ol>`` with no numeral in its text (``<ol start="2">
<li><p>主动公开政府信息情况</p><table>…``), and sections 二 to 五, their tables with them, stand inside
the items LibreOffice never closes. The fast reading of the page (regular expressions over its
markup) did not see such headings, took the list around the three tables for the article and
dropped 一, 六, the title and the period (voices56a: S101 ×2, S105, P701 and S104 false, the prose's
contradiction and the missing fee statement missed). Such a page is read as its source."""
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import compare, sources, web_pages  # noqa: E402

_HEADING = re.compile(r'<p[^>]*><span[^>]*>([一二三四五六])、([^<]+)</span></p>')
_SUBHEAD = re.compile(r'<p[^>]*><span[^>]*>（[一二三四五六七八九]）([^<]+)</span></p>')
_NUMBER = "一二三四五六"


def writer_list_page(text: str) -> str:
    """The site editor's page of ``text`` with its headings made list items as LibreOffice writes
    them: 一 and 六 each a list of one closed item, 二 to 五 the items of one list left open (their
    prose and tables inside); 一's parts （一）…（五） each a list of its own, as Writer numbers them."""
    def item(m):
        n = _NUMBER.index(m.group(1)) + 1
        if n == 1 or n == 6:
            return ('</ol>' if n == 6 else '') + f'<ol start="{n}"><li><p>{m.group(2)}</p></li></ol>'
        return ('<ol start="2">' if n == 2 else '') + f'<li><p>{m.group(2)}</p>'
    page = _SUBHEAD.sub(lambda m: f'<ol type="1"><li><p>{m.group(1)}</p></li></ol>', web_pages.editor_page(text))
    return _HEADING.sub(item, page)


@pytest.mark.parametrize("name", ["clean", "defects"])
def test_a_page_whose_headings_are_list_items_reads_as_its_source(name, tmp_path):
    text = sources.SOURCES[name]()
    page = writer_list_page(text)
    assert page.count("<li><p>") == 11 and not _HEADING.search(page) and not _SUBHEAD.search(page)
    path = tmp_path / "report.html"
    path.write_text(page, "utf-8")
    want_cells, want = compare.expected(text)
    got_cells, got = compare.observed(path)
    assert compare.finding_differences(want, got) == []
    assert compare.cell_differences(want_cells, got_cells) == []
