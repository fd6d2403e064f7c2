"""A web page printed by a browser: the site's lines (breadcrumb, the page's heading, the line of
metadata "发布时间：… 来源：… 浏览次数：… 【字体：大 中 小】") stand out left of the article's text
block, and the metadata line runs nearly across the page. The layout took the article's first line
for its continuation ("…【字体：大中小】二〇二四年度政府信息公开" / "工作年度报告"): the title lost its year
(S104 报告标题“样例县农业农村局工作年度报告”缺少年份), and so the cut-off and the signature's date had no
year to be checked against (P701, P702 missed). A paragraph's lines wrap back to where it starts: a
line right of a line that starts out left of the text block is no continuation of it.

Geometry as Chromium prints the harness's site editor's page (A4, 12 pt furniture at 33.8 pt,
the article at 57.8 pt, 15.75 pt)."""
import shutil
import sys
from pathlib import Path

import pytest

import govlint.syntax  # noqa: F401  (the layout package must not be the first govlint package imported)
from govlint.layout import documents as D
from govlint.readers import Box, Document, Run, TextBlock

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))

LEFT, RIGHT = 57.8, 577.5


def _line(text, x0, top, size, x1=None):
    x1 = x1 if x1 is not None else x0 + size * len(text)
    return TextBlock(text, page=1, box=Box(x0, x1, top, size, LEFT, RIGHT), runs=(Run(text, x0, x1),))


META = "发布时间：2025-01-16 09:30 来源：样例县农业农村局 浏览次数：1024 【字体：大 中 小】"


def _render(blocks):
    return [ln for ln in D.render(Document("", {}, tuple(blocks))).text.split("\n") if ln]


def test_the_article_does_not_continue_the_sites_line_out_left_of_it():
    lines = _render([_line("样例县农业农村局", 33.8, 92.5, 24.0), _line(META, 33.8, 139.7, 12.0, x1=570.1),
                     _line("二〇二四年度政府信息公开", 57.8, 169.3, 15.75), _line("工作年度报告", 57.8, 206.8, 15.75)])
    assert lines == ["样例县农业农村局", "发布时间：2025-01-16 09:30来源：样例县农业农村局浏览次数：1024【字体：大中小】",
                     "二〇二四年度政府信息公开", "工作年度报告"]


def test_a_line_of_the_article_that_ran_to_the_margin_still_goes_on():
    text = "本报告依据《中华人民共和国政府信息公开条例》编制。机构改革后，原样"
    lines = _render([_line(text, 57.8, 244.3, 15.75, x1=577.5), _line("例县农业局的政府信息公开工作由本局承担。", 57.8, 264.0, 15.75)])
    assert lines == [text + "例县农业局的政府信息公开工作由本局承担。"]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_site_editors_page_printed_keeps_the_title_and_its_year(tmp_path):
    pytest.importorskip("playwright.sync_api")
    from harness import browser_print, sources, web_pages
    from harness.compare import expected, finding_differences, observed
    text = sources.all_sources()["frame-defects"]
    page = tmp_path / "frame-defects.html"
    page.write_text(web_pages.PAGES["site-editor"](text), "utf-8")
    pdf = browser_print.print_pages({"frame-defects": page}, tmp_path, {"frame-defects": True})["frame-defects"]
    _, want = expected(text)
    _, got = observed(pdf)
    assert {f[0] for f in want} >= {"P701", "P702"}
    # (and the title over two lines under the metadata line gets its agency: binder/facts.py _title)
    assert finding_differences(want, got) == []
