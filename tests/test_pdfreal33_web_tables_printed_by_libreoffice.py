"""Web pages of a report whose markup real sites publish, printed to PDF by LibreOffice's web
export (``soffice --convert-to pdf:writer_web_pdf_Export``), read back from the PDF.

Three layouts of the tables, each a false alarm on real reports:

- open-sided: every ``<td>`` draws only its right and bottom borders (``border-left:none;
  border-top:none``, as some site editors write each cell). The tables have no vertical rule at
  their left side: the first column, the row labels, closed no cell between the horizontal
  rules and pdfplumber's table finder left it out. 表二's labels (规章, 行政规范性文件…) and 表三's
  (一、本年新收…, 二、上年结转…, their cells merged across two columns) were read as lines beside
  the table, the numbers as rows without labels: C200 on 表二, C203 ×2 on 表三 (two rows "缺失"),
  and 表四's columns shifted (A304 ×3).
- white runs: every run of text, in the cells and in the prose, on a white background
  (``<span style="background-color:#FFFFFF">``, text pasted from another page). LibreOffice
  prints each run's background as a white box behind its words; the boxes' sides were taken
  for rules, so each line of a cell became a row of cells of its own (labels cut at their wrap:
  V502 "…仍不", V501 "益组织"; prose lines read as table rows).
- open-sided and underlined: the open-sided tables with every run underlined (``text-decoration:
  underline``). A label's underline starts where the rules do, at the open side, between two
  rows' rules: it is no row's border (it crosses no vertical rule), or the rows 一 and 二 are
  read without their labels again (C203 ×2).

The reports are the harness's invented sources. One LibreOffice batch for the module."""
from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

import report_formats as rf  # noqa: E402
from harness import compare, sources  # noqa: E402

#: each cell draws its right and bottom borders only: the table has no left and no top rule
OPEN_SIDED = "padding:0 4px;border-left:none;border-right:1px solid windowtext;border-top:none;border-bottom:1px solid windowtext"
#: every cell bordered all round (narrow: its labels wrap), every run on a white background
BOXED = "padding:0;border:1px solid windowtext"
WHITE = "background-color:#FFFFFF"
#: every run underlined: a label's underline ends where the table's rules do, at the open side
UNDERLINED = "text-decoration:underline"
LAYOUTS = {"open-sided": (OPEN_SIDED, ""), "white-runs": (BOXED, WHITE), "open-sided-underlined": (OPEN_SIDED, UNDERLINED)}
_LAYOUTS = list(LAYOUTS)
NAMES = ["clean", "defects"]


def web_page(text: str, cell_style: str, run_style: str) -> str:
    """The report as a web page: each cell styled ``cell_style``, each run of text ``run_style``."""
    def run(t: str) -> str:
        return f'<span style="{run_style}">{html.escape(t)}</span>' if run_style else html.escape(t)

    blocks = rf.blocks(text)
    # (LibreOffice's headless import of a web page leaves its first paragraph out of the PDF: an
    # empty one first, so the title is printed)
    out = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>', html.escape(blocks[0][1]),
           "</title></head><body>\n<p>&nbsp;</p>\n", f'<p style="text-align:center">{run(blocks[0][1])}</p>\n']
    for kind, item in blocks[1:]:
        if kind == "p":
            out.append(f'<p style="text-indent:2em">{run(item)}</p>\n')
            continue
        out.append('<table style="border-collapse:collapse;border:none;margin:0 auto" cellspacing="0" border="1"><tbody>\n')
        for row in item:
            cells = []
            for c in row:
                if c is None:
                    continue
                span = "".join(f' {k}="{v}"' for k, v in (("rowspan", c.rowspan), ("colspan", c.colspan)) if v > 1)
                width = ' width="90"' if run_style == WHITE else ""
                cells.append(f'<td{span}{width} style="{cell_style}" valign="center"><p>{run(c.text)}</p></td>')
            out.append("<tr>" + "".join(cells) + "</tr>\n")
        out.append("</tbody></table>\n")
    out.append("</body></html>\n")
    return "".join(out)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Each source in each layout as a web page, and LibreOffice's web PDF of it: {(name, layout): pdf}."""
    from harness import libreoffice
    exe = libreoffice.soffice()
    if exe is None:
        pytest.skip(libreoffice.SKIP_REASON)
    base = tmp_path_factory.mktemp("pdfreal33")
    pages = {}
    for name in NAMES:
        for layout, styles in LAYOUTS.items():
            pages[name, layout] = base / f"{name}-{layout}.html"
            pages[name, layout].write_text(web_page(sources.SOURCES[name](), *styles), "utf-8")
    outdir = base / "pdf"
    subprocess.run([exe, f"-env:UserInstallation={(base / 'profile').resolve().as_uri()}", "--headless",
                    "--norestore", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", str(outdir)]
                   + [str(p) for p in pages.values()], capture_output=True, text=True, timeout=240)
    pdfs = {k: outdir / (p.stem + ".pdf") for k, p in pages.items()}
    missing = [str(p) for p in pdfs.values() if not p.exists()]
    assert not missing, f"soffice did not convert {missing}"
    return pdfs


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("name", NAMES)
def test_web_tables_printed_by_libreoffice_bind_every_row(printed, name, layout):
    """Open-sided tables (their runs underlined or not), or white run backgrounds: every official row bound as the source binds it."""
    want = compare.expected(sources.SOURCES[name]())[0]
    got = compare.observed(printed[name, layout])[0]
    assert compare.cell_differences(want, got) == []


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("name", NAMES)
def test_web_tables_printed_by_libreoffice_give_the_sources_findings(printed, name, layout):
    """Open-sided tables (their runs underlined or not), or white run backgrounds: the source's findings, none added or lost."""
    want = compare.expected(sources.SOURCES[name]())[1]
    got = compare.observed(printed[name, layout])[1]
    assert compare.finding_differences(want, got) == []
