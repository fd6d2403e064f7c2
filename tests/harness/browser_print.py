"""Web pages printed to PDF by a real browser (Chromium's "print to PDF"), as people save a report
an agency published as a web page.

One Chromium, started by :func:`print_pages` and stopped when it returns, prints every page
(Playwright drives Debian's ``chromium`` through ``executable_path``: no browser is downloaded).
The print is Chromium's: its header (the date and time, the page's title) and footer (the page's
address, "1/5") on every page unless ``header_footer`` is off, the paper the page's ``@page`` rule
asks for, else A4 (a ``paper`` given here is put in as the page's last ``@page`` rule, as a site's
print style sheet would: "A5" prints the tables narrower than any Word page).
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Dict, Optional

SKIP_REASON = ("Chromium is not installed: install the Debian package chromium (.ci/steps/00-system-packages.sh) "
               "to print the harness's web pages to PDF")


def chromium() -> Optional[str]:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def with_paper(page: str, paper: str) -> str:
    """``page`` with a print style sheet asking for ``paper`` (a CSS page size), after its own."""
    css = f"<style>@page {{ size: {paper}; margin: 12mm }}</style>"
    head_end = re.search(r"(?i)</head>", page)
    return page[:head_end.start()] + css + page[head_end.start():] if head_end else css + page


#: Chromium's own header and footer, as --print-to-pdf prints them (Playwright's are empty)
_HEADER = ('<div style="font-size:8px;width:100%;margin:0 0.4in;display:flex;justify-content:space-between">'
           '<span class="date"></span><span class="title"></span><span></span></div>')
_FOOTER = ('<div style="font-size:8px;width:100%;margin:0 0.4in;display:flex;justify-content:space-between">'
           '<span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')
_MARGIN = {"top": "0.4in", "bottom": "0.4in", "left": "0.4in", "right": "0.4in"}


def print_pages(pages: Dict[str, Path], outdir: Path, header_footer: Dict[str, bool]) -> Dict[str, Path]:
    """Print each web page (name → .html file) to ``outdir/name.pdf``; name → PDF. Raises
    RuntimeError when Chromium or Playwright is missing or a page does not print."""
    exe = chromium()
    if exe is None:
        raise RuntimeError(SKIP_REASON)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise RuntimeError("playwright (the test extra) is not installed: it drives Chromium") from None
    outdir.mkdir(parents=True, exist_ok=True)
    out: Dict[str, Path] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        try:
            tab = browser.new_page()
            for name, html in pages.items():
                tab.goto(html.resolve().as_uri(), wait_until="load")
                pdf = outdir / f"{name}.pdf"
                tab.pdf(path=str(pdf), display_header_footer=header_footer[name], header_template=_HEADER,
                        footer_template=_FOOTER, margin=_MARGIN, prefer_css_page_size=True)
                out[name] = pdf
        finally:
            browser.close()
    return out
