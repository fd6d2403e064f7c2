"""Web pages of a source report as government sites publish them.

Most reports reach the public as a page of the agency's site: the text pasted into the site's
editor (UEditor, TRS, KindEditor), or a Word document saved as a web page and pasted whole.
Both wrap every paragraph and every cell in styled ``<p>``/``<span>`` runs, pad cells with
``&nbsp;``, and surround the article with the site's furniture: navigation, a breadcrumb, the
title again, a line with the publication time, source and view count, font-size switches,
share and print links, the site's footer. Word's page adds its own markup: ``<o:p>`` runs,
``mso-`` styles, empty paragraphs between the tables, and after each table a row of zero
height with one empty cell per grid column (``<![if !supportMisalignedColumns]>``).
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Callable, Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "generators"))
import report_formats as rf  # noqa: E402

_CHROME_TOP = """<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="article">
<h1 class="title">{title}</h1>
<div class="info">发布时间：2025-01-16 09:30 &nbsp;&nbsp; 来源：{agency} &nbsp;&nbsp; 浏览次数：<span id="hits">1024</span> &nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
"""
_CHROME_BOTTOM = """</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer"><p>主办单位：{agency} &nbsp; 联系电话：0000-0000000</p><p>网站标识码：0000000000 &nbsp; 示ICP备00000000号</p></div>
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _title_and_agency(text: str):
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    title = lines[0]
    agency = title.split("20")[0] or "示例县人民政府"
    return title, agency


# -- the site editor's page ------------------------------------------------------------------

def _editor_cell(cell: rf.Cell) -> str:
    span = "".join(f' {k}="{v}"' for k, v in (("rowspan", cell.rowspan), ("colspan", cell.colspan)) if v > 1)
    text = _esc(cell.text)
    if len(cell.text) > 12:  # (long labels broken by hand in the editor)
        text = _esc(cell.text[:8]) + "<br/>" + _esc(cell.text[8:])
    return (f'<td{span} valign="center" style="border:1px solid #000;padding:0 2px">'
            f'<p style="text-align:center;line-height:150%"><span style="font-family:宋体;font-size:14px">'
            f'&nbsp;{text}&nbsp;</span></p></td>')


def editor_page(text: str) -> str:
    title, agency = _title_and_agency(text)
    out = ["<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>", _esc(title), "_", _esc(agency),
           "</title></head><body>\n", _CHROME_TOP.format(title=_esc(title), agency=_esc(agency)),
           '<div class="TRS_Editor">\n']
    for kind, item in rf.blocks(text)[1:]:  # (the title is the page's <h1>)
        if kind == "p":
            out.append(f'<p style="text-indent:2em;line-height:2em"><span style="font-family:仿宋_GB2312;'
                       f'font-size:21px">{_esc(item)}</span></p>\n')
            continue
        out.append('<table border="1" cellspacing="0" cellpadding="0" width="100%" '
                   'style="border-collapse:collapse"><tbody>\n')
        for row in item:
            out.append("<tr>" + "".join(_editor_cell(c) for c in row if c is not None) + "</tr>\n")
        out.append("</tbody></table>\n")
    out.append("</div>\n")
    out.append(_CHROME_BOTTOM.format(agency=_esc(agency)))
    out.append("</body></html>\n")
    return "".join(out)


# -- Word's "save as web page", pasted into the site ------------------------------------------

def _word_cell(cell: rf.Cell, width: int) -> str:
    span = "".join(f" {k}={v}" for k, v in (("rowspan", cell.rowspan), ("colspan", cell.colspan)) if v > 1)
    return (f"<td width={width * cell.colspan}{span} valign=top style='width:{width * 0.75:.2f}pt;"
            f"border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
            f"<p class=MsoNormal align=center style='text-align:center'><span style='font-family:宋体;"
            f"mso-ascii-font-family:\"Times New Roman\"'>{_esc(cell.text)}</span><span lang=EN-US>"
            f"<o:p></o:p></span></p></td>")


def word_page(text: str) -> str:
    title, agency = _title_and_agency(text)
    out = ["<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
           "xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta http-equiv=Content-Type "
           "content=\"text/html; charset=utf-8\"><title>", _esc(title), "</title>\n<!--[if gte mso 9]><xml>"
           "<w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->\n"
           "<style><!-- p.MsoNormal {mso-style-parent:\"\"; margin:0cm;} --></style></head>\n"
           "<body lang=ZH-CN style='tab-interval:21.0pt'>\n",
           _CHROME_TOP.format(title=_esc(title), agency=_esc(agency)), "<div class=WordSection1>\n"]
    for kind, item in rf.blocks(text)[1:]:
        if kind == "p":
            out.append(f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'>"
                       f"<span style='font-family:仿宋_GB2312'>{_esc(item)}</span><span lang=EN-US>"
                       f"<o:p></o:p></span></p>\n")
            continue
        width = 560 // len(item[0])
        out.append("<div align=center><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
                   "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n")
        for i, row in enumerate(item):
            out.append(f" <tr style='mso-yfti-irow:{i}'>\n  "
                       + "\n  ".join(_word_cell(c, width) for c in row if c is not None) + "\n </tr>\n")
        out.append(" <![if !supportMisalignedColumns]>\n <tr height=0>\n"
                   + "".join(f"  <td width={width} style='border:none'></td>\n" for _ in item[0])
                   + " </tr>\n <![endif]>\n</table></div>\n")
        out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n")
    out.append("</div>\n")
    out.append(_CHROME_BOTTOM.format(agency=_esc(agency)))
    out.append("</body></html>\n")
    return "".join(out)


# -- what editors do to the markup -----------------------------------------------------------

def split_runs(page: str) -> str:
    """Every styled run cut in two mid-word (an editor's runs follow the typist's edits, and
    Word puts figures in ``lang=EN-US`` runs of their own)."""
    def cut(m):
        t = m[2]
        k = len(t) // 2
        return f'{m[1]}{t[:k]}</span><span lang="EN-US">{t[k:]}</span>' if len(t) > 1 else m[0]
    return re.sub(r'(<span style=[^>]*>)([^<]*)</span>', cut, page)


def pretty_printed(page: str) -> str:
    """The markup indented by a formatter: line breaks and spaces around every run's text."""
    page = re.sub(r'(<span style=[^>]*>)([^<]+)(</span>)', lambda m: f"{m[1]}\n        {m[2]}\n      {m[3]}", page)
    return page.replace("<td", "\n    <td").replace("<tr>", "\n  <tr>")


def split_tables(page: str) -> str:
    """Each long table pasted as two tables, the second without a head (a Word table cut at a
    page break and pasted page by page)."""
    def cut(m):
        rows = re.findall(r"<tr>.*?</tr>\n", m[2], re.S)
        if len(rows) < 12:
            return m[0]
        k = len(rows) // 2 + 1
        return f"{m[1]}{''.join(rows[:k])}</tbody></table>\n<p>&nbsp;</p>\n{m[1]}{''.join(rows[k:])}{m[3]}"
    return re.sub(r"(<table[^>]*><tbody>\n)(.*?)(</tbody></table>)", cut, page, flags=re.S)


PAGES: Dict[str, Callable[[str], str]] = {
    "site-editor": editor_page,
    "site-editor-split-runs": lambda text: split_runs(editor_page(text)),
    "site-editor-pretty-printed": lambda text: pretty_printed(editor_page(text)),
    "site-editor-tables-cut": lambda text: split_tables(editor_page(text)),
    "word-saved-as-web-page": word_page,
    "word-saved-as-web-page-split-runs": lambda text: split_runs(word_page(text)),
}


def tabbed_page(text: str) -> str:
    """The report as a plain web page: each line a paragraph, each run of lines with tabs one table,
    every tab-separated cell a <td> as typed (no cell merged: what a grid of separate cells gives)."""
    out, rows = [], []
    for line in text.split("\n") + [""]:
        if "\t" in line:
            rows.append("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in line.split("\t")) + "</tr>")
            continue
        if rows:
            out.append("<table border='1'>" + "".join(rows) + "</table>")
            rows = []
        out.append(f"<p>{_esc(line)}</p>")
    return "<html><head><meta charset='utf-8'></head><body>" + "".join(out) + "</body></html>"
