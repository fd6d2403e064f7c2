"""A web page of an old site laid out in a table, a narrow cell of menu links left of the article,
printed by a browser: each link stands on the line of the article's text beside it, and was read
with it ("信息公开 梧桐街道2022年…报告": the title named no agency, S104 on four prints; "…统计期限为
信息公开制度2022年1月1日…", voices56b). The menu's items are left out of the page's lines; the
article reads as its source.

The article is the harness's site editor's page of an invented report; the menu and the table
around it are added here."""
import shutil
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
MENU = ["信息公开", "信息公开指南", "信息公开制度", "信息公开年报", "依申请公开"]


def with_side_menu(page: str) -> str:
    """``page`` with its article in the right cell of a layout table whose left cell lists ``MENU``."""
    links = "".join(f'<tr><td style="padding:6px 0"><a href="#">{m}</a></td></tr>' for m in MENU)
    start = page.index('<div class="article">')
    end = page.index('<div class="footer">') if '<div class="footer">' in page else page.index("</body>")
    return (page[:start] + '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="150" valign="top"><table>{links}</table></td><td valign="top">'
            + page[start:end] + "</td></tr></table>" + page[end:])


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("name", ["clean", "frame-defects"])
def test_a_printed_page_with_the_sites_side_menu_reads_as_its_source(tmp_path, name):
    pytest.importorskip("playwright.sync_api")
    from harness import browser_print, sources, web_pages
    from harness.compare import expected, finding_differences, observed
    text = sources.all_sources()[name]
    page = tmp_path / f"{name}.html"
    html = with_side_menu(web_pages.PAGES["site-editor"](text))
    assert html.count("信息公开指南") == 1
    page.write_text(html, "utf-8")
    pdf = browser_print.print_pages({name: page}, tmp_path, {name: False})[name]
    _, want = expected(text)
    _, got = observed(pdf)
    assert finding_differences(want, got) == []
