"""A portal's page printed by a browser, its article in a white box with a border beside a sidebar
box of links (the site's column tree, other years' reports), both on a tinted page (voices52f). The
two boxes were found as one table of two cells a page, each holding a page of text: the whole
article was read as table cells, every heading twice, 表四 "43个数字" (8 false findings on a correct
report); another page's box put section 六's fee sentence into 三 (a false F401). No cell of a
statistical table holds a page of text: a box that does lays the page out.

The sources are the harness's invented reports (tests/harness/sources.py)."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

from harness import sources, web_pages  # noqa: E402

from govlint.config import Config  # noqa: E402
from govlint.checks.registry import load  # noqa: E402
from govlint.run.engine import Settings, lint_file  # noqa: E402

SETTINGS = Settings.make(Config(), load(builtins_only=True))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
STYLE = ("body{margin:0;background:#f5f1e8}.box{width:720px;margin:12px auto;overflow:hidden}"
         ".side{float:left;width:130px;background:#fff;border:1px solid #ddd}"
         ".side ul{margin:0;padding:8px;list-style:none;font-size:12px;line-height:2}"
         ".ct{float:right;width:580px;background:#fff;border:1px solid #ddd;padding:14px;box-sizing:border-box}"
         ".ct h1{font-size:15px}.ct table{font-size:9px;border-collapse:collapse}.ct td{border:1px solid #000}")
SIDE = ("<div class='side'><ul><li>政府信息公开指南</li><li>政府信息公开制度</li><li>法定主动公开内容</li>"
        "<li>政府信息公开年报</li><li>政策解读</li></ul></div>")


def _boxed(page: str) -> str:
    body = re.search(r"<body[^>]*>(.*)</body>", page, re.S).group(1)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
            f"<div class='box'>{SIDE}<div class='ct'>{body}</div></div></body></html>")


def _lint(path):
    result = lint_file(str(path), SETTINGS)
    assert not result.errors
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("source", ["clean", "defects"])
def test_an_article_in_a_box_beside_a_sidebar_printed_reads_as_the_page(tmp_path, source):
    page = tmp_path / f"{source}.html"
    page.write_text(_boxed(web_pages.PAGES["site-editor"](sources.all_sources()[source])), "utf-8")
    expected = _lint(page)
    assert bool(expected) == (source == "defects")
    pdf = page.with_suffix(".pdf")
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], capture_output=True, timeout=120, check=True)
    assert _lint(pdf) == expected
