"""More web pages of a source report, as other sites publish it (round 20).

Each builder takes a source report (tab layout) and returns a page; each page must bind and lint
as its source does (tests/test_web20_pages.py). All names are invented (the sources' agencies).

- ``div-grid``: each table drawn with ``<div>``s styled ``display:table-row``/``table-cell`` (a
  responsive theme's grid, no ``<table>``): a merged cell is one ``<div>`` wider than the others,
  so a person reads the rows as the table's; the reader sees a cell a line.
- ``caption-row``: each table's name ("表三 收到和处理政府信息公开申请情况") written as its first
  row, one cell across every column, and a unit line "单位：件" as its second.
- ``empty-rows``: spacer rows of empty cells between a table's rows (an editor's blank lines) and
  an empty column at its right edge.
- ``layout-wrapped``: the whole article inside a one-cell layout table, each statistical table
  inside a cell of a second, two-column layout table whose other cell is empty.
- ``head-repeated``: each table cut in two, the second part opening with the head rows again.
- ``fullwidth-digits``: the counts typed in full-width digits.
- ``ragged-rows``: each row without its trailing empty cells; ``overflowing-spans``: row spans
  written past the rows left.
- ``one-big-table``: the whole report one table, as a report typed in a spreadsheet is saved:
  each paragraph a row of one cell across the sheet, the statistical tables rows of the same sheet.
"""
from __future__ import annotations

from typing import Callable, Dict, List

from .web_pages19 import _body, _esc, _table, _table_name, _title_and_agency
from . import web_pages19 as w19

_NAMES = {"表二": "表二 主动公开政府信息情况", "表三": "表三 收到和处理政府信息公开申请情况",
          "表四": "表四 政府信息公开行政复议、行政诉讼情况"}


def _page(text: str, table: Callable[[list], str], wrap: Callable[[str], str] = lambda s: s) -> str:
    title, _ = _title_and_agency(text)
    out: List[str] = []
    for kind, item in _body(text):
        out.append(f"<p>{_esc(item)}</p>\n" if kind == "p" else table(item) + "\n")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + _esc(title) + "</title></head><body>"
            + wrap(f"<h1>{_esc(title)}</h1>\n" + "".join(out)) + "</body></html>\n")


def _div_grid(grid) -> str:
    out = ['<div class="tbl" style="display:table;border-collapse:collapse">']
    for row in grid:
        out.append('<div class="tr" style="display:table-row">')
        for c in row:
            if c is None:
                continue
            width = f"width:{4 * c.colspan}em;" if c.colspan > 1 else ""
            out.append(f'<div class="td" style="display:table-cell;border:1px solid #000;{width}">{_esc(c.text)}</div>')
        out.append("</div>")
    out.append("</div>")
    return "\n".join(out)


def div_grid_page(text: str) -> str:
    return _page(text, _div_grid)


def _width(grid) -> int:
    return max(sum(c.colspan for c in r if c is not None) for r in grid)


def _caption_rows(grid) -> str:
    name = _NAMES.get(_table_name(grid), "")
    html = _table(grid)
    n = _width(grid)
    head = (f'<tr><td colspan="{n}"><b>{_esc(name)}</b></td></tr>\n<tr><td colspan="{n}">单位：件</td></tr>\n'
            if name else "")
    return html.replace(">\n", ">\n" + head, 1)


def caption_row_page(text: str) -> str:
    return _page(text, _caption_rows)


def _empty_rows(grid) -> str:
    html = _table(grid)
    n = _width(grid)
    spacer = "<tr>" + "<td>&nbsp;</td>" * (n + 1) + "</tr>"
    lines = html.split("\n")
    out = []
    for k, line in enumerate(lines):
        if line.startswith("<tr>"):
            line = line[:-len("</tr>")] + "<td></td></tr>"  # (an empty column at the right edge)
            out.append(line)
            if k % 4 == 0:
                out.append(spacer)
        else:
            out.append(line)
    return "\n".join(out)


def empty_rows_page(text: str) -> str:
    return _page(text, _empty_rows)


def _layout_cell(grid) -> str:
    return ('<table width="100%" border="0"><tr><td width="98%">' + _table(grid)
            + '</td><td width="2%"></td></tr></table>')


def layout_wrapped_page(text: str) -> str:
    return _page(text, _layout_cell,
                 lambda s: f'<table width="960" border="0"><tr><td>{s}</td></tr></table>')


PAGES20: Dict[str, Callable[[str], str]] = {
    "div-grid": div_grid_page,
    "caption-row": caption_row_page,
    "empty-rows": empty_rows_page,
    "layout-wrapped": layout_wrapped_page,
}


def _head_repeated(grid) -> str:
    """The table cut in two after its middle row, the second part opening with the head rows
    again (a print-friendly page's repeated head) and a caption "（续表）"."""
    n_head = w19._head_rows(grid)
    cut = n_head + (len(grid) - n_head) // 2
    if not n_head or cut >= len(grid):
        return _table(grid)
    return _table(grid[:cut]) + "\n<p>（续表）</p>\n" + _table(grid[:n_head] + grid[cut:])


def head_repeated_page(text: str) -> str:
    return _page(text, _head_repeated)


def _digits(c, tag: str) -> str:
    t = c.text
    if w19._is_number(t):
        t = t.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return _esc(t)


def fullwidth_digits_page(text: str) -> str:
    return _page(text, lambda grid: _table(grid, make=_digits))


PAGES20["head-repeated"] = head_repeated_page
PAGES20["fullwidth-digits"] = fullwidth_digits_page


def _ragged(grid) -> str:
    """Each row without its trailing empty cells (an editor drops them)."""
    rows = []
    for row in grid:
        cells = [c for c in row if c is not None]
        while cells and not cells[-1].text.strip() and cells[-1].colspan == 1 and cells[-1].rowspan == 1:
            cells.pop()
        rows.append(cells)
    return _table(rows)


def ragged_rows_page(text: str) -> str:
    return _page(text, _ragged)


def _overflowing_spans(grid) -> str:
    """Every row-spanning cell's rowspan written larger than the rows left (Word's pages do)."""
    html = _table(grid)
    import re
    return re.sub(r'rowspan="(\d+)"', lambda m: f'rowspan="{int(m.group(1)) + 5}"', html)


def overflowing_spans_page(text: str) -> str:
    return _page(text, _overflowing_spans)


PAGES20["ragged-rows"] = ragged_rows_page
PAGES20["overflowing-spans"] = overflowing_spans_page


def sheet_rows(text: str):
    """A report as one sheet: its width and its rows, each a list of (column, text) — a paragraph
    one cell at column 0 (to be merged across the sheet), a table's row its cells at their grid
    columns (a merged cell's text at its first)."""
    title, _ = _title_and_agency(text)
    items = _body(text)
    width = max([_width(g) for k, g in items if k != "p"] + [1])
    rows = [[(0, title)]]
    for kind, item in items:
        if kind == "p":
            rows.append([(0, item)])
            continue
        covered = {}
        for r, row in enumerate(item):
            cells, c = [], 0
            for cell in row:
                while (r, c) in covered:
                    c += 1
                if cell is None:
                    continue
                cells.append((c, cell.text))
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        covered[(r + dr, c + dc)] = True
                c += cell.colspan
            rows.append(cells)
    return width, rows


def one_big_table_page(text: str) -> str:
    """The whole report one ``<table>`` (a report typed in a spreadsheet and saved as a web page):
    each paragraph a row of one cell across the sheet's columns, each statistical table's rows rows
    of the same sheet, its last cell widened to the sheet's width."""
    title, _ = _title_and_agency(text)
    items = _body(text)
    width = max([_width(g) for k, g in items if k != "p"] + [1])
    rows = [f'<tr><td colspan="{width}">{_esc(title)}</td></tr>']
    for kind, item in items:
        if kind == "p":
            rows.append(f'<tr><td colspan="{width}">{_esc(item)}</td></tr>')
            continue
        w = _width(item)
        for row in item:
            cells = [c for c in row if c is not None]
            covered = sum(c.colspan for c in row if c is not None)
            out = []
            for k, c in enumerate(cells):
                span = c.colspan + (width - w if k == len(cells) - 1 and covered == w else 0)
                attrs = "".join(f' {a}="{v}"' for a, v in (("rowspan", c.rowspan), ("colspan", span)) if v > 1)
                out.append(f"<td{attrs}>{_esc(c.text)}</td>")
            rows.append("<tr>" + "".join(out) + "</tr>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + _esc(title) + "</title></head><body>"
            '<table border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table></body></html>\n")


PAGES20["one-big-table"] = one_big_table_page
