"""A report published as a web page and printed to PDF by a browser (Chromium's "print to PDF"):
its header (date and time, the page's title) and footer (the page's address, "1/5") on every
page, the site's furniture around the report, and the report's tables ruled a border a cell —
with no border where the page breaks a table. A row at the head of a page had no top border, a
cell merged down the rows none at the foot: no cell was found there and their text was read as
loose lines, one line a row (false C202 "表三缺少1行：8.属于行政查询事项", V502 "不予公",
"三、本年度办理"). The PDF reader now draws the border the page break left out (where three vertical
rules or more start or end at one height with no horizontal rule, in a table with horizontal
rules) and puts the lines of a merged cell left open at the page's foot into its first row.

The pages are the harness's (tests/harness/web_pages.py) of its invented sources; each printed
PDF must give exactly the findings of its page."""
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
from govlint.readers import pdf as P  # noqa: E402
from govlint.run.engine import Settings, lint_file  # noqa: E402

SETTINGS = Settings.make(Config(), load(builtins_only=True))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: (source, web page kind): each gave a false finding printed, before
CASES = [("clean", "site-editor-tables-cut"), ("defects", "site-editor-tables-cut"), ("township2019", "site-editor"),
         ("bureau", "site-editor-tables-cut"), ("street", "word-saved-as-web-page"), ("trial2020", "site-editor")]


def _lint(path):
    result = lint_file(str(path), SETTINGS)
    assert not result.errors
    return [(d.code, d.location.table, d.message) for d in result.diagnostics]


def _printed(page: Path) -> Path:
    pdf = page.with_suffix(".pdf")
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    return pdf


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("source,kind", CASES)
def test_a_web_page_printed_by_a_browser_reads_as_the_page(tmp_path, source, kind):
    page = tmp_path / f"{source}-{kind}.html"
    page.write_text(web_pages.PAGES[kind](sources.all_sources()[source]), "utf-8")
    expected = _lint(page)
    assert _lint(_printed(page)) == expected
    assert bool(expected) == (source == "defects")


def _rule(x0, x1, top, bottom, height=842.0):
    return {"object_type": "rect", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "y0": height - bottom, "y1": height - top, "width": x1 - x0, "height": bottom - top}


def _grid(tops, xs, width=0.75):
    """A table's rules a cell, as a browser draws them: each cell's borders apart."""
    rects = []
    for a, b in zip(tops, tops[1:]):
        for x in xs:
            rects.append(_rule(x, x + width, a, b))
        for x, y in zip(xs, xs[1:]):
            rects.append(_rule(x, y, b, b + width))
    return rects


def test_the_border_a_page_break_left_out_is_drawn():
    """Rows at the head of a page: no rule along their top; one is drawn there, across the table."""
    objects = {"rect": _grid([30.0, 60.0, 90.0], [40.0, 100.0, 160.0, 220.0])}
    P._page_break_borders(objects)
    [added] = objects["line"]
    assert (added["x0"], added["x1"], added["top"], added["bottom"]) == (40.0, 220.75, 30.0, 30.0)
    assert added["y0"] == added["y1"] == 842.0 - 30.0


def test_a_closed_table_and_vertical_rules_alone_are_left_as_they_are():
    closed = {"rect": _grid([30.0, 60.0, 90.0], [40.0, 100.0, 160.0, 220.0])
              + [_rule(x, y, 30.0, 30.75) for x, y in zip([40.0, 100.0, 160.0], [100.0, 160.0, 220.0])]}
    P._page_break_borders(closed)
    assert "line" not in closed
    columns = {"rect": [_rule(x, x + 0.75, 30.0, 400.0) for x in (40.0, 100.0, 160.0, 220.0)]}
    P._page_break_borders(columns)
    assert "line" not in columns  # no rows are ruled: no border is made up


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_sites_metadata_line_between_agency_and_title(tmp_path):
    """The site's metadata line (发布时间：…来源：…浏览次数) printed between the page's heading (the
    agency) and the report's title line: the title joined only the line next to it (S104
    缺少机关名称); the web-page reader leaves that line out, the printed page has it."""
    page = tmp_path / "tax.html"
    page.write_text(web_pages.PAGES["site-editor"](sources.all_sources()["tax"]), "utf-8")
    assert _lint(_printed(page)) == _lint(page) == []
