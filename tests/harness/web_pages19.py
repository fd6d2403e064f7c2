"""More web pages of a source report, as other sites' CMSs and editors publish it (round 19).

Each builder takes a source report (tab layout) and returns a page; each page must bind and lint
as its source does (tests/test_web19_pages.py), or, where the page really lacks the tables, give
exactly one finding per table saying why. All names are invented (the sources' agencies).

- ``platform``: a 集约化 platform's article page: breadcrumb with the title as its last item,
  the title again in ``<title>`` and an ``<h1>``, 发布时间/来源/浏览次数, 【字体：大 中 小】,
  打印本页 关闭窗口, 上一篇/下一篇 naming another year's report, a 相关链接 list of the other
  years' reports — all in the same container as the text, under class names that say nothing
  (pinyin initials), no ``<nav>``; tables with ``<colgroup>``, ``<thead>``/``<th>``.
- ``wechat``: a WeChat article: ``<section>`` nested in ``<section>`` with inline styles, every
  text in ``<span leaf="">`` runs, ``<br>`` ending paragraphs, the title in ``rich_media_title``.
- ``rows-as-tables``: every table row a ``<table>`` of its own (a merged label repeated down its
  rows as editors do when they split a table, as a person reads it).
- ``head-apart``: each table's head rows in one ``<table>``, its body in another (a fixed head).
- ``cells-in-pieces``: a cell's text in several ``<p><span>`` pieces; numbers padded with
  ``&nbsp;``/U+3000 and holding zero-width spaces, U+FEFF, soft hyphens and word joiners; a
  trailing ``<br>`` in numbers; labels broken by ``<br>`` mid-word.
- ``hidden-bits``: anti-copy junk in hidden runs (inline ``display:none``, a class hidden by the
  page's ``<style>``, ``font-size:0``) inside numbers, labels and prose.
- ``text-tables``: no ``<table>``: each table row typed as a ``<p>`` with ``&nbsp;`` runs between
  its cells.
- ``pre-tables``: the tables typed in a ``<pre>``, columns aligned with spaces.
- ``twice``: the report twice on the page, the second copy in an 无障碍 (accessible) reading
  block after the first.
- ``platform-flat``, ``platform-rail-first``: the platform's page with no container of the text's
  own (its furniture before and after the text, a 相关链接 rail written first);
- ``old-cms``: a page laid out by tables (a navigation column), ``<th scope="row">`` labels;
- ``one-paragraph``: the report as one ``<p>`` cut by ``<br>``, tables typed with ``&nbsp;`` runs;
- ``rows-as-tables-spaced``: a table a row with spacer paragraphs between them;
- ``units-in-cells``: counts written "0件", each row ending in a cell the site hides;
- ``aspx-form``: an ASP.NET page, all of it inside ``<form id="form1">``;
- ``tracked-changes``: Word's page with tracked changes not accepted (``<del>``/``<ins>``);
- ``word-list-numbering``: Word's page whose headings are numbered by its lists
  (``<![if !supportLists]>``, a run of ``&nbsp;`` after the number);
- ``pictures``: each statistical table published as a picture (``<img src="…表三.png" alt="…">``).
- ``attachment``: the tables in a spreadsheet linked as an attachment
  (``附件：…年度报表.xls``) instead of in the page.
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Callable, Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "generators"))
import report_formats as rf  # noqa: E402



def _title_lines(text: str) -> int:
    """How many of the source's first lines are its title (a title over two or three lines:
    the agency, then the year and 报告), up to the first that holds 报告 and a year in brackets
    after it.""" 
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for k, line in enumerate(lines[:4]):
        if "报告" in line:
            # (a year in brackets on the line after: "（2024年度）")
            return k + 2 if k + 1 < len(lines) and re.match(r"^[（(][^）)]*年度?[)）]$", lines[k + 1]) else k + 1
    return 1


def _title_and_agency(text: str):
    """The whole title, as a page prints it on one line, and the agency it names."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    title = "".join(lines[:_title_lines(text)])
    agency = re.split(r"(?:19|20)\d\d|二〇", title)[0] or "示例县人民政府"
    return title, agency


def _body(text: str):
    """The source's blocks after its title."""
    return rf.blocks(text)[_title_lines(text):]


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _year(title: str) -> int:
    m = re.search(r"(20\d\d)年", title)
    return int(m.group(1)) if m else 2024


def _table_name(grid) -> str:
    first = grid[0][0].text if grid and grid[0] and grid[0][0] is not None else ""
    if first.startswith("第二十条"):
        return "表二"
    if "勾稽" in first:
        return "表三"
    if first == "行政复议":
        return "表四"
    return "表"


def _is_number(text: str) -> bool:
    return bool(rf._NUM.match(text))


def _head_rows(grid) -> int:
    """How many of a grid's rows are its head (表三: 3, 表四: 3, 表二: 0: its heads are in its body)."""
    name = _table_name(grid)
    return 3 if name in ("表三", "表四") else 0


def _cells(row, make: Callable[[rf.Cell, str], str], tag: str = "td") -> str:
    out = []
    for c in row:
        if c is None:
            continue
        span = "".join(f' {k}="{v}"' for k, v in (("rowspan", c.rowspan), ("colspan", c.colspan)) if v > 1)
        out.append(f"<{tag}{span}>{make(c, tag)}</{tag}>")
    return "".join(out)


def _plain(c: rf.Cell, tag: str) -> str:
    return _esc(c.text)


def _table(grid, make=_plain, attrs: str = ' border="1" cellspacing="0"', head_tag: str = "td",
           thead: bool = False, colgroup: bool = False) -> str:
    n_head = _head_rows(grid)
    out = [f"<table{attrs}>"]
    if colgroup:
        width = max(sum(c.colspan for c in r if c is not None) for r in grid)
        out.append("<colgroup>" + "".join(f'<col width="{60 if j < 3 else 40}">' for j in range(width))
                   + "</colgroup>")
    if thead and n_head:
        out.append("<thead>" + "".join(f"<tr>{_cells(r, make, head_tag)}</tr>" for r in grid[:n_head])
                   + "</thead><tbody>")
        out.extend(f"<tr>{_cells(r, make)}</tr>" for r in grid[n_head:])
        out.append("</tbody>")
    else:
        out.extend(f"<tr>{_cells(r, make)}</tr>" for r in grid)
    out.append("</table>")
    return "\n".join(out)


# -- a 集约化 platform's article page -----------------------------------------------------------

def platform_page(text: str) -> str:
    title, agency = _title_and_agency(text)
    year = _year(title)
    other = lambda y: _esc(title.replace(f"{year}年", f"{y}年"))
    out = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>", _esc(title), "-", _esc(agency),
           "门户网站</title><meta name=\"ArticleTitle\" content=\"", _esc(title), "\"></head><body>\n",
           '<div class="tb"><a href="/">网站首页</a><a href="/zwgk/">政务公开</a><a href="/wza/">无障碍</a></div>\n',
           '<div class="w1200"><div class="dqwz1">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a>'
           f' &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a> &gt; {_esc(title)}</div>\n',
           '<div class="nr">\n', f'<div class="bt">{_esc(title)}</div>\n',
           f'<div class="xx"><span>发布时间：{year + 1}-01-16 09:30</span> <span>来源：{_esc(agency)}</span> '
           '<span>浏览次数：<b>312</b></span> <span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>\n',
           '<div class="zw">\n']
    for kind, item in _body(text):
        if kind == "p":
            out.append(f'<p style="text-indent:2em">{_esc(item)}</p>\n')
        else:
            out.append(_table(item, attrs=' class="ke-zeroborder" width="100%" border="1"', head_tag="th",
                              thead=True, colgroup=True) + "\n")
    out.append("</div>\n")
    out.append('<div class="dy"><a href="javascript:window.print()">打印本页</a> '
               '<a href="javascript:window.close()">关闭窗口</a></div>\n')
    out.append(f'<div class="sxp"><p>上一篇：<a href="/a/1.html">{other(year - 1)}</a></p>'
               f'<p>下一篇：<a href="/a/3.html">{other(year + 1)}</a></p></div>\n')
    out.append('<div class="xglj"><div class="xglj-t">相关链接</div><ul>'
               + "".join(f'<li><a href="/a/{y}.html">{other(y)}</a><span>{y + 1}-01-1{y % 10}</span></li>'
                         for y in range(year - 3, year)) + "</ul></div>\n")
    out.append("</div></div>\n")
    out.append(f'<div class="dbu">主办单位：{_esc(agency)} 网站标识码：0000000000</div></body></html>\n')
    return "".join(out)


# -- a WeChat article ----------------------------------------------------------------------------

def _wechat_cell(c: rf.Cell, tag: str) -> str:
    return (f'<section style="text-align:center;"><span leaf="" style="font-size:12px;">{_esc(c.text)}</span>'
            '</section>')


def wechat_page(text: str) -> str:
    title, agency = _title_and_agency(text)
    year = _year(title)
    out = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta property=\"og:title\" content=\"",
           _esc(title), "\"><title>", _esc(title), "</title></head><body id=\"activity-detail\">\n",
           '<div class="rich_media_inner"><div id="page-content">',
           f'<h1 class="rich_media_title" id="activity-name">{_esc(title)}</h1>\n',
           f'<div id="meta_content"><span id="js_name">{_esc(agency)}</span> '
           f'<em id="publish_time">{year + 1}年01月16日 09:30</em></div>\n',
           '<div class="rich_media_content" id="js_content" style="visibility: visible;">'
           '<section style="margin:0px 8px;"><section style="line-height:1.75em;">\n']
    for kind, item in _body(text):
        if kind == "p":
            if re.match(r"^[一二三四五六]、", item):
                out.append('<section style="margin-top:16px;"><section style="display:inline-block;'
                           'border-bottom:2px solid #c00;"><span leaf="" style="font-weight:bold;">'
                           f'{_esc(item)}</span></section></section>\n')
            else:
                k = len(item) // 3
                out.append(f'<section style="text-indent:2em;"><span leaf="">{_esc(item[:k])}</span>'
                           f'<span leaf="" style="color:#333;">{_esc(item[k:])}</span><br></section>\n')
        else:
            out.append('<section style="overflow-x:auto;">'
                       + _table(item, make=_wechat_cell, attrs=' style="width:100%;border-collapse:collapse;"')
                       + "</section>\n")
    out.append("</section></section></div>\n")
    out.append('<div class="rich_media_tool"><span>阅读 1024</span> <span>在看</span></div>')
    out.append("</div></div></body></html>\n")
    return "".join(out)


# -- tables cut apart ------------------------------------------------------------------------------

def _unmerged_rows(grid) -> List[List[rf.Cell]]:
    """The grid's rows with every row-spanning cell split into one cell a row, its text repeated
    down the rows it covered (an editor's "split cells", as a person reads the table); column
    spans kept."""
    rows = [[c for c in r] for r in grid]
    for i, r in enumerate(grid):
        for j, c in enumerate(r):
            if c is not None and c.rowspan > 1:
                rows[i][j] = rf.Cell(c.text, 1, c.colspan)
                for k in range(1, c.rowspan):
                    rows[i + k][j] = rf.Cell(c.text, 1, c.colspan)
    return rows


def _head_cut(grid) -> int:
    """Where a table's head ends, keeping a row-spanning cell inside its part."""
    return _head_rows(grid)


def rows_as_tables_page(text: str) -> str:
    title, agency = _title_and_agency(text)
    out = [f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body>"
           f'<div class="main"><h2>{_esc(title)}</h2>\n']
    for kind, item in _body(text):
        if kind == "p":
            out.append(f"<p>{_esc(item)}</p>\n")
            continue
        n_head = _head_cut(item)
        head = _table(item[:n_head], attrs=' border="1" width="600"') if n_head else ""
        body = _unmerged_rows(item)[n_head:]
        out.append(head + "".join(
            f'<table border="1" width="600"><tr>{_cells(r, _plain)}</tr></table>\n' for r in body))
    out.append("</div></body></html>\n")
    return "".join(out)


def head_apart_page(text: str) -> str:
    title, agency = _title_and_agency(text)
    out = [f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body>"
           f'<div class="main"><h2>{_esc(title)}</h2>\n']
    for kind, item in _body(text):
        if kind == "p":
            out.append(f"<p>{_esc(item)}</p>\n")
            continue
        n_head = _head_cut(item)
        if not n_head:
            out.append(_table(item) + "\n")
            continue
        out.append('<div class="thead-fixed">' + _table(item[:n_head], head_tag="th", thead=True) + "</div>\n"
                   '<div class="tbody-scroll">' + _table(item[n_head:]) + "</div>\n")
    out.append("</div></body></html>\n")
    return "".join(out)


# -- cells written in pieces -------------------------------------------------------------------------

_INVISIBLE = ["\u200b", "\ufeff", "\u00ad", "\u2060", "\u200c"]


def _piece_cell(c: rf.Cell, tag: str) -> str:
    t = c.text
    if _is_number(t):
        k = sum(map(ord, t)) % len(_INVISIBLE)
        if len(t) > 1:
            t = t[0] + _INVISIBLE[k] + t[1:]
        else:
            t = _INVISIBLE[k] + t
        return f'<p><span>&nbsp;\u3000{_esc(t)}</span><span>&nbsp;</span><br></p>'
    if len(t) >= 6:
        a, b = t[:len(t) // 2], t[len(t) // 2:]
        return f'<p><span style="font-family:宋体">{_esc(a)}</span></p><p><span>{_esc(b)}</span></p>'
    if len(t) >= 4:
        return f"<span>{_esc(t[:2])}</span><br><span>{_esc(t[2:])}</span>"
    return f"<p><span>{_esc(t)}</span></p>"


def pieces_page(text: str) -> str:
    title, agency = _title_and_agency(text)
    out = [f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body>"
           f'<div class="content"><p align="center"><strong>{_esc(title)}</strong></p>\n']
    for kind, item in _body(text):
        if kind == "p":
            out.append(f"<p>\u3000\u3000{_esc(item)}</p>\n")
        else:
            out.append(_table(item, make=_piece_cell) + "\n")
    out.append("</div></body></html>\n")
    return "".join(out)


def _junk(k: int) -> str:
    kinds = ['<span style="display:none">{}</span>', '<span class="hid">{}</span>',
             '<font style="font-size:0px">{}</font>', '<span style="DISPLAY: none;">{}</span>']
    return kinds[k % len(kinds)].format("9" if k % 2 else "来源：某网")


def _hidden_cell(c: rf.Cell, tag: str) -> str:
    t = c.text
    k = len(t) + sum(map(ord, t))
    if len(t) >= 2:
        return _esc(t[:1]) + _junk(k) + _esc(t[1:])
    return _junk(k) + _esc(t)


def hidden_bits_page(text: str) -> str:
    title, agency = _title_and_agency(text)
    out = [f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title>"
           "<style type=\"text/css\">.hid { display: none } .zw p{line-height:2}</style></head><body>"
           f'<div class="zw"><h1>{_esc(title)}</h1>\n']
    for n, (kind, item) in enumerate(_body(text)):
        if kind == "p":
            k = min(len(item) - 1, 6)
            out.append(f"<p>{_esc(item[:k])}{_junk(n)}{_esc(item[k:])}</p>\n")
        else:
            out.append(_table(item, make=_hidden_cell) + "\n")
    out.append("</div></body></html>\n")
    return "".join(out)


# -- tables typed as text ----------------------------------------------------------------------------

def _flat(grid) -> List[List[str]]:
    """A grid's rows as the tab layout wrote them (the source's own lines)."""
    return [[c.text if c is not None else "" for c in r] for r in grid]


def _source_rows(text: str):
    """The report as ("p", line) and ("rows", [cells…]) items, rows as the source types them."""
    out, rows = [], []
    for line in text.split("\n") + [""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            out.append(("rows", rows))
            rows = []
        if line.strip():
            out.append(("p", line.strip()))
    return out


def text_tables_page(text: str) -> str:
    items = _source_rows(text)
    title = _title_and_agency(text)[0]
    out = [f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body><div class=\"TRS_Editor\">"
           f"<p align=\"center\">{_esc(title)}</p>\n"]
    for kind, item in items[_title_lines(text):]:
        if kind == "p":
            out.append(f"<p>{_esc(item)}</p>\n")
            continue
        for row in item:
            out.append("<p>" + "&nbsp;&nbsp;&nbsp;&nbsp;".join(_esc(c) if c else "&nbsp;" for c in row) + "</p>\n")
    out.append("</div></body></html>\n")
    return "".join(out)


def pre_tables_page(text: str) -> str:
    items = _source_rows(text)
    title = _title_and_agency(text)[0]
    out = [f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body><div class=\"article\">"
           f"<h3>{_esc(title)}</h3>\n"]
    for kind, item in items[_title_lines(text):]:
        if kind == "p":
            out.append(f"<p>{_esc(item)}</p>\n")
            continue
        widths = [max(len(r[j]) * 2 if j < len(r) else 0 for r in item) + 2
                  for j in range(max(len(r) for r in item))]
        lines = ["".join(c + " " * (widths[j] - 2 * len(c) if not _is_number(c) else widths[j] - len(c))
                         for j, c in enumerate(r)).rstrip() for r in item]
        out.append("<pre>" + _esc("\n".join(lines)) + "</pre>\n")
    out.append("</div></body></html>\n")
    return "".join(out)


# -- the report twice ---------------------------------------------------------------------------------

def _article(text: str) -> List[str]:
    out = []
    for kind, item in _body(text):
        out.append(f"<p>{_esc(item)}</p>" if kind == "p" else _table(item))
    return out


def twice_page(text: str) -> str:
    title, agency = _title_and_agency(text)
    body = "\n".join(_article(text))
    return (f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body>"
            f'<div class="main"><h1>{_esc(title)}</h1>\n<div class="content">{body}</div>\n'
            f'<div class="wza-read"><p>无障碍阅读</p><h1>{_esc(title)}</h1>\n<div class="content">{body}</div></div>'
            f"</div></body></html>\n")


# -- the tables not in the page -----------------------------------------------------------------------

_ALT = {"表二": "主动公开政府信息情况", "表三": "收到和处理政府信息公开申请情况",
        "表四": "政府信息公开行政复议、行政诉讼情况"}


def pictures_page(text: str) -> str:
    title, agency = _title_and_agency(text)
    out = [f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body>"
           f'<div class="article"><h1>{_esc(title)}</h1>\n']
    for kind, item in _body(text):
        if kind == "p":
            out.append(f"<p>{_esc(item)}</p>\n")
            continue
        name = _table_name(item)
        if name not in _ALT:  # (a small table of the prose, the fee's in 六, stays text)
            out.append(_table(item) + "\n")
            continue
        out.append(f'<p style="text-align:center"><img src="/u/cms/2025/{name}.png" alt="{_ALT.get(name, name)}" '
                   'width="600"></p>\n')
    out.append("</div></body></html>\n")
    return "".join(out)


def attachment_page(text: str) -> str:
    title, agency = _title_and_agency(text)
    year = _year(title)
    out = [f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body>"
           f'<div class="article"><h1>{_esc(title)}</h1>\n']
    for kind, item in _body(text):
        if kind == "p":
            out.append(f"<p>{_esc(item)}</p>\n")
    out.append(f'<p>附件：<a href="/u/cms/{year + 1}/ndbb.xls">{year}年政府信息公开工作年度报表.xls</a></p>\n')
    out.append("</div></body></html>\n")
    return "".join(out)


def platform_flat_page(text: str) -> str:
    """The platform's page with no container of the text's own: the title, the publication line,
    the text, the print links, 上一篇/下一篇 and 相关链接 all children of one ``<div>``."""
    page = platform_page(text)
    page = page.replace('<div class="zw">\n', "").replace("</div>\n<div class=\"dy\">", "\n<div class=\"dy\">")
    return page


def platform_rail_first_page(text: str) -> str:
    """The platform's flat page with its 相关链接 rail (other years' reports and their dates)
    written before the text in the same container, floated to the right by the site's style."""
    page = platform_flat_page(text)
    start = page.index('<div class="xglj">')
    end = page.index("</div>\n", page.index("</ul>", start)) + len("</div>\n")
    rail = page[start:end].replace('<div class="xglj">', '<div class="xglj" style="float:right;width:240px">')
    # (a long rail: more lines than the title's search looks at before the text)
    rail = rail.replace("</ul>", "".join(f'<li><a href="/b/{k}.html">示例文章{k}</a><span>2024-0{k % 9 + 1}-01</span></li>'
                                         for k in range(20)) + "</ul>")
    page = page[:start] + page[end:]
    at = page.index('<div class="bt">')
    return page[:at] + rail + page[at:]


def aspx_page(text: str) -> str:
    """An ASP.NET site's page: all of it inside ``<form id="form1">`` with its hidden view state,
    a search form of its own in the head of the page."""
    page = platform_page(text)
    page = page.replace("<body>\n", '<body>\n<form name="form1" method="post" action="./content.aspx?id=1" '
                        'id="form1">\n<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" '
                        'id="__VIEWSTATE" value="/wEPDwUKLTk0" /></div>\n<div class="ss"><form action="/search.aspx">'
                        '<input type="text" name="q" value="请输入关键字"><button>搜索</button></form></div>\n', 1)
    return page.replace("</body>", "</form></body>")


def _tracked(m: "re.Match") -> str:
    cell = m.group(1)
    if _is_number(cell) and cell.isdigit():
        return f'<td><del cite="mailto:x" datetime="2025-01-10T09:00">{int(cell) + 7}</del><ins>{cell}</ins></td>'
    return m.group(0)


def tracked_changes_page(text: str) -> str:
    """Word's page of a report saved with tracked changes not accepted: every count's old value
    struck out (``<del>``) before the new one (``<ins>``), a sentence's old words in ``<s>``."""
    page = _title_page(text, lambda item: _table(item))
    page = re.sub(r"<td>([^<]*)</td>", _tracked, page)
    return page.replace("一、总体情况</p>", "一、总体情况</p><p><strike>（此段待删除）</strike></p>", 1)


def _title_page(text: str, table) -> str:
    title, agency = _title_and_agency(text)
    out = [f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body>"
           f'<div class="article"><h1>{_esc(title)}</h1>\n']
    for kind, item in _body(text):
        out.append(f"<p>{_esc(item)}</p>\n" if kind == "p" else table(item) + "\n")
    out.append("</div></body></html>\n")
    return "".join(out)


def word_list_numbering_page(text: str) -> str:
    """Word's "save as web page" of a report whose headings are numbered by Word's lists: the
    number in a run of its own inside ``<![if !supportLists]>``, then a run of ``&nbsp;`` in a
    7-point font before the heading's words (the gap must not split the heading into cells)."""
    from .web_pages import word_page
    page = word_page(text)
    para = "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-family:仿宋_GB2312'>"

    def listed(m):
        pad = "&nbsp;" * (6 if m.group(2).endswith("、") else 2)
        return (f"<p class=MsoListParagraph style='margin-left:32.0pt;text-indent:-32.0pt;mso-list:l0 level1 lfo1'>"
                f"<![if !supportLists]><span style='font-family:黑体'><span style='mso-list:Ignore'>{m.group(2)}"
                f"<span style='font:7.0pt \"Times New Roman\"'>{pad} </span></span></span><![endif]>"
                f"<span style='font-family:黑体'>{m.group(3)}")
    return re.sub(re.escape(para) + r"(([一二三四五六]、|（[一二三四五六]）)([^<]+))", listed, page)


def _unit_cell(c: rf.Cell, tag: str) -> str:
    t = c.text
    if _is_number(t) and t[-1].isdigit() and "." not in t:
        t += "件"
    return _esc(t)


def units_page(text: str) -> str:
    """Every count in the tables written with its unit ("0件", "13件"), as some staff type them;
    each row ends in a cell the site hides (``display:none``: an id column of the CMS)."""
    title, agency = _title_and_agency(text)
    out = [f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body>"
           f'<div class="article"><h1>{_esc(title)}</h1>\n']
    for kind, item in _body(text):
        if kind == "p":
            out.append(f"<p>{_esc(item)}</p>\n")
            continue
        # (a fee is no count: the row of 收费 keeps its amount as it is)
        fees = [r for r in item if r and r[0] is not None and "收费" in r[0].text]
        t = _table([r if r in fees else [rf.Cell(_unit_cell(c, "td"), c.rowspan, c.colspan) if c else None
                                         for c in r] for r in item], make=lambda c, tag: c.text)
        t = t.replace("</tr>", '<td style="display:none">0</td></tr>')
        out.append(t + "\n")
    out.append("</div></body></html>\n")
    return "".join(out)


def _row_head_cell(c: rf.Cell, tag: str) -> str:
    return _esc(c.text)


def old_cms_page(text: str) -> str:
    """An old CMS's page laid out by tables: a left column of navigation links and a right one
    holding the article, its title in ``<font>``/``<b>``, section headings in ``<strong>``, the
    tables' row labels in ``<th scope="row">``."""
    title, agency = _title_and_agency(text)
    year = _year(title)
    nav = "".join(f'<tr><td><a href="/l/{i}.html">·{w}</a></td></tr>'
                  for i, w in enumerate(["机构概况", "政策文件", "规划计划", "政府信息公开年报", "依申请公开"]))
    out = [f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
           f"<title>{_esc(title)}</title></head><body><center>"
           '<table width="1000" border="0" cellpadding="0" cellspacing="0"><tr>'
           f'<td width="200" valign="top"><table width="100%">{nav}</table></td>'
           '<td width="800" valign="top"><table width="100%"><tr><td align="center">'
           f'<font size="4"><b>{_esc(title)}</b></font></td></tr>'
           f'<tr><td align="center">{year + 1}-01-16 &nbsp; 来源：{_esc(agency)}</td></tr><tr><td>\n']
    for kind, item in _body(text):
        if kind == "p":
            if re.match(r"^[一二三四五六]、", item):
                out.append(f"<p><strong>{_esc(item)}</strong></p>\n")
            else:
                out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{_esc(item)}</p>\n")
            continue
        n_head = _head_rows(item)
        rows = []
        for i, r in enumerate(item):
            cells = []
            for c in r:
                if c is None:
                    continue
                span = "".join(f' {k}="{v}"' for k, v in (("rowspan", c.rowspan), ("colspan", c.colspan))
                               if v > 1)
                tag = "th" if i >= n_head and not _is_number(c.text) else "td"
                scope = ' scope="row"' if tag == "th" else ""
                cells.append(f"<{tag}{scope}{span}>{_esc(c.text)}</{tag}>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        out.append('<table border="1" cellspacing="0" width="100%">' + "".join(rows) + "</table>\n")
    out.append("</td></tr></table></td></tr></table></center></body></html>\n")
    return "".join(out)


def one_paragraph_page(text: str) -> str:
    """The whole report pasted as one paragraph, its lines cut by ``<br>`` and its tables typed
    with ``&nbsp;`` runs between their cells (an editor that took the text of a Word file)."""
    items = _source_rows(text)
    title = _title_and_agency(text)[0]
    lines = []
    for kind, item in items[_title_lines(text):]:
        if kind == "p":
            lines.append("&nbsp;&nbsp;&nbsp;&nbsp;" + _esc(item))
        else:
            lines.extend("&nbsp;&nbsp;&nbsp;".join(_esc(c) if c else "&nbsp;" for c in row) for row in item)
    return (f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body>"
            f'<div class="content"><p align="center"><b>{_esc(title)}</b></p><p>' + "<br>\n".join(lines)
            + "</p></div></body></html>\n")


def _row_tables_spaced(text: str) -> str:
    """:func:`rows_as_tables_page` with a spacer paragraph between the rows' tables."""
    return rows_as_tables_page(text).replace("</table>\n<table", "</table>\n<p>&nbsp;</p><table")


PAGES19: Dict[str, Callable[[str], str]] = {
    "word-list-numbering": word_list_numbering_page,
    "aspx-form": aspx_page,
    "tracked-changes": tracked_changes_page,
    "platform-rail-first": platform_rail_first_page,
    "rows-as-tables-spaced": _row_tables_spaced,
    "old-cms": old_cms_page,
    "one-paragraph": one_paragraph_page,
    "platform-flat": platform_flat_page,
    "units-in-cells": units_page,
    "platform": platform_page,
    "wechat": wechat_page,
    "rows-as-tables": rows_as_tables_page,
    "head-apart": head_apart_page,
    "cells-in-pieces": pieces_page,
    "hidden-bits": hidden_bits_page,
    "text-tables": text_tables_page,
    "pre-tables": pre_tables_page,
    "twice": twice_page,
}

#: pages that really lack the tables (the oracle is one finding per table, saying why)
WITHOUT_TABLES: Dict[str, Callable[[str], str]] = {
    "pictures": pictures_page,
    "attachment": attachment_page,
}
