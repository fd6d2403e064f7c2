"""PDFs of a harness report drawn the ways real producers draw tables, none of which LibreOffice's
export or Chromium's print does: no ruling lines at all (the columns aligned by position only,
as WPS's and some web-to-PDF exports draw them; the cells' text at their top or in their middle,
the numbers at the cell's left or centred), rows told apart by shading (zebra stripes, or every
cell a filled rectangle with no line), thick lines (stroked, or filled rectangles), double lines,
a double frame 4 pt outside the table, a diagonal line in 表三's top-left head cell (斜线表头) with
its two words in the corners, a row broken by the page break (half its lines on each page, the
border at the break drawn or not), the page's footer ("第 3 页 共 5 页", "- 3 -") or header
standing where a cut row's rules run on to the page's edge (drawn so, or clipped to the text
area as Chromium clips them), the text drawn in another order than it is read (each line's
characters from the right, a table's cells column by column), and a cover page and a table of
contents before the report. Round 20's (``LAYOUTS20``): cells centred vertically, merged ones
too (a group's label in the middle of its rows), their text centred across them, 公文's sizes
(prose in 三号, cells in 五号, and cells set tight); a 三线表 (booktabs); only the table's frame;
numbers at the right grouped by thousands; labels broken by hand (a second line longer than the
first); 表三 on a landscape page (landscape, or portrait turned by /Rotate 90); 表三's head
without vertical rules between its number columns.

:func:`draw` lays the report out itself (reportlab's canvas, the font STSong-Light): the
report's paragraphs wrapped to the page, its tables as the merged-cell grids of
tests/fixtures/generators/report_formats.py, each row as high as its longest cell, a row that
does not fit on the page moved to the next one (or, with ``split_rows``, broken there). What it
draws is the only thing that differs between two layouts: the text is the same. The reports
stay the harness's invented ones (tests/test_pdf19_pdf_layouts.py holds each to its source).
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "generators"))
import report_formats as rf  # noqa: E402

FONT = "STSong-Light"
PAGE = (595.0, 842.0)  # A4
MARGIN = 56.0
BODY, LEADING = 11.0, 18.0
CELL, CELL_LEADING, PAD = 8.0, 10.5, 3.0


@dataclass(frozen=True)
class Layout:
    name: str
    rules: str = "grid"        # grid, thick, double, thick-rects (filled), none, zebra, shaded,
    #                            booktabs (三线表: a rule above the table, one under its head, one below it),
    #                            outer (only the table's frame)
    diagonal: bool = False     # 表三's top-left head cell crossed by a diagonal, its words in the corners
    split_rows: str = ""       # the row whose label starts so is broken by a page break, half its lines on each page
    closed_break: bool = True  # (split rows) the border at the break drawn on both pages
    footer: str = ""           # the page's footer, "{page}" and "{pages}" filled in, "\n" between its lines
    header: str = ""           # the page's running header
    valign: str = "top"        # a cell's lines at its top, or in its middle ("middle": WPS's, Excel's;
    #                            "middle-all": a merged cell's too, in the middle of its rows)
    centred: bool = False      # the numbers centred in their cells (their left edges differ with their widths)
    outer: str = ""            # the table's frame drawn otherwise: "double-wide" (two lines 4 pt apart)
    clip: bool = False         # the rules clipped to the page's text area, as a browser clips what it prints
    footer_in_table: bool = False  # (split rows, border at the break not drawn) the cut row's rules run
    #                                  on to the page's edges, the footer and header standing between them
    reversed_chars: bool = False  # each line's characters drawn from its last to its first
    columns_first: bool = False   # a table's cells drawn column by column
    cover_and_contents: bool = False  # a cover page and a table of contents before the report
    numbers: str = ""          # "right": the numbers at their cell's right, thousands grouped ("1,234")
    label_break: bool = False  # a row label broken by hand before its inner parenthesis, a sub-item's
    #                            after its first word: a second line longer than the first
    landscape: str = ""        # 表三 on a landscape page of its own among portrait ones: "media" (the
    #                            page is landscape), "rotate" (a portrait page shown turned: /Rotate 90)
    sizes: Tuple[float, ...] = ()  # the body's size and line spacing, a cell's (BODY, LEADING, CELL, CELL_LEADING)
    halign: str = "left"       # "centre": every line of every cell centred across it (WPS's 居中)
    head_inner: bool = True    # (grid) False: 表三's head drawn with its merged cells' horizontal rules
    #                            but no vertical rule between its number columns


LAYOUTS = [
    Layout("no-rules", rules="none"),
    Layout("zebra", rules="zebra"),
    Layout("shaded-cells", rules="shaded"),
    Layout("thick-lines", rules="thick"),
    Layout("double-lines", rules="double"),
    Layout("diagonal-head", diagonal=True),
    Layout("row-split-closed", split_rows="（二）部分公开"),
    Layout("row-split-open", split_rows="（二）部分公开", closed_break=False),
    Layout("footer-in-table", footer="第 {page} 页 共 {pages} 页", split_rows="（二）部分公开", closed_break=False,
           footer_in_table=True),
    Layout("dash-footer-in-table", footer="- {page} -", split_rows="（二）部分公开", closed_break=False, footer_in_table=True),
    # Chromium's way: the cut row's rules run on past the text area, clipped to it; the running
    # header and footer stand in the margins between where the rules would run
    Layout("header-in-table", header="样例县人民政府政府信息公开工作年度报告", split_rows="（二）部分公开",
           closed_break=False, footer_in_table=True, clip=True),
    Layout("browser-furniture-in-table", header="2025/1/20 10:32      政府信息公开工作年度报告",
           footer="https://www.example.gov.cn/zwgk/nb/2024.html      {page}/{pages}", split_rows="（二）部分公开",
           closed_break=False, footer_in_table=True, clip=True),
    # a long address wrapped by the browser over two lines, the page's number beside its first
    Layout("browser-footer-of-two-lines", header="2025/1/20 10:32      政府信息公开工作年度报告",
           footer="file:///home/user/Downloads/zwgk/2024-nianbao-shili-xian-zhengfu-xinxi-gongkai-baogao-   {page}/{pages}"
                  "\npdf.html", split_rows="（二）部分公开", closed_break=False, footer_in_table=True, clip=True),
    Layout("thick-rects", rules="thick-rects"),
    Layout("double-frame-wide", outer="double-wide"),
    Layout("no-rules-middle", rules="none", valign="middle"),
    Layout("grid-middle", valign="middle"),
    Layout("no-rules-centred", rules="none", centred=True),
    Layout("grid-centred", centred=True),
    Layout("reversed-chars", reversed_chars=True),
    Layout("columns-first", columns_first=True),
    Layout("cover-and-contents", cover_and_contents=True, footer="- {page} -"),
]
#: round 20's: producers' tables not drawn above (tests/test_pdf20_producer_layouts.py)
LAYOUTS20 = [
    # a borderless table centred vertically, 表三 broken by the page, a row cut by it too
    Layout("no-rules-middle-split", rules="none", valign="middle", split_rows="（二）部分公开", closed_break=False),
    Layout("booktabs", rules="booktabs"),
    Layout("booktabs-middle", rules="booktabs", valign="middle"),
    Layout("outer-only", rules="outer"),
    Layout("outer-only-middle", rules="outer", valign="middle"),
    Layout("no-rules-right-thousands", rules="none", numbers="right"),
    Layout("grid-right-thousands", numbers="right"),
    Layout("no-rules-label-break", rules="none", label_break=True),
    Layout("grid-label-break", label_break=True),
    Layout("no-rules-middle-label-break", rules="none", valign="middle", label_break=True),
    Layout("landscape-page", landscape="media"),
    Layout("landscape-rotated", landscape="rotate"),
    Layout("no-rules-landscape-rotated", rules="none", landscape="rotate"),
    Layout("head-without-inner-rules", head_inner=False),
    # WPS's and Excel's centring of a merged cell too: a group's label in the middle of its rows
    Layout("no-rules-middle-all", rules="none", valign="middle-all"),
    Layout("grid-middle-all", valign="middle-all"),
    Layout("booktabs-middle-all", rules="booktabs", valign="middle-all"),
    # and every cell's lines centred across it
    Layout("no-rules-centre-text", rules="none", halign="centre"),
    Layout("no-rules-middle-all-centre-text", rules="none", valign="middle-all", halign="centre"),
    Layout("grid-middle-all-centre-text", valign="middle-all", halign="centre"),
    # 公文's sizes: prose in 三号 (16 pt, 28 pt apart), cells in 五号 (10.5 pt, 13.65 pt apart)
    Layout("no-rules-middle-all-official-sizes", rules="none", valign="middle-all", sizes=(16.0, 28.0, 10.5, 13.65)),
    Layout("grid-middle-all-official-sizes", valign="middle-all", sizes=(16.0, 28.0, 10.5, 13.65)),
    Layout("no-rules-official-sizes", rules="none", sizes=(16.0, 28.0, 10.5, 13.65)),
    # cells' lines set tight (12 pt apart at 10.5 pt: Excel's), prose in 三号
    Layout("no-rules-middle-all-tight", rules="none", valign="middle-all", sizes=(16.0, 28.0, 10.5, 12.0)),
    # together: WPS's centred 三线表 in 公文's sizes; a centred borderless 表三 on a turned page,
    # its text centred across its cells, its numbers grouped by thousands
    Layout("booktabs-middle-all-official-sizes", rules="booktabs", valign="middle-all", sizes=(16.0, 28.0, 10.5, 13.65)),
    Layout("no-rules-middle-all-centre-text-rotated", rules="none", valign="middle-all", halign="centre",
           landscape="rotate"),
    Layout("no-rules-middle-all-right-thousands", rules="none", valign="middle-all", numbers="right"),
]
BY_NAME = {lay.name: lay for lay in LAYOUTS + LAYOUTS20}


def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return pdfmetrics


def _wrap(text: str, width: float, size: float) -> List[str]:
    """``text`` broken into lines no wider than ``width`` (a character may end a line anywhere,
    as CJK text does)."""
    metrics = _font()
    lines, line = [], ""
    for ch in text:
        if line and metrics.stringWidth(line + ch, FONT, size) > width:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line or not lines else lines


@dataclass
class _Text:
    x: float
    y: float  # from the page's top: the line's top
    text: str
    size: float
    row: int = -1   # (a table's: its row and column, for the order of drawing)
    col: int = -1


@dataclass
class _Page:
    texts: List[_Text]
    rules: List[Tuple[float, float, float, float]]   # x0, top, x1, bottom (a line)
    fills: List[Tuple[float, float, float, float, float]]  # x0, top, x1, bottom, grey
    diagonals: List[Tuple[float, float, float, float]]
    landscape: str = ""  # (Layout.landscape) a landscape page

    @property
    def size(self) -> Tuple[float, float]:
        return (PAGE[1], PAGE[0]) if self.landscape else PAGE


def _widths(width: int, page_width: float = PAGE[0]) -> List[float]:
    full = page_width - 2 * MARGIN
    if width == 10:  # 表三: three label columns, seven numbers
        labels = [60.0, 70.0, 80.0]
        return labels + [(full - sum(labels)) / 7] * 7
    if width == 4:
        return [full * 0.4] + [full * 0.2] * 3
    return [full / width] * width


class _Writer:
    def __init__(self, lay: Layout):
        self.lay = lay
        self.body, self.leading, self.cell, self.cell_leading = lay.sizes or (BODY, LEADING, CELL, CELL_LEADING)
        self.pages: List[_Page] = [_Page([], [], [], [])]
        self.y = MARGIN

    @property
    def page(self) -> _Page:
        return self.pages[-1]

    @property
    def foot(self) -> float:
        return self.page.size[1] - MARGIN

    def new_page(self, landscape: Optional[str] = None) -> None:
        """A new page: ``landscape`` as Layout.landscape says, else as the page before it while
        a table is drawn (the rest of 表三 on a landscape page of its own), else portrait."""
        if landscape is None:
            landscape = self.page.landscape if self.parts else ""
        if self.parts:  # (a table's part ends here)
            self.parts[-1][2] = self.y
        self.pages.append(_Page([], [], [], [], landscape))
        self.y = MARGIN
        if self.parts:
            self.parts.append([self.page, self.y, None])

    parts: Optional[list] = None  # the drawn table's parts: [page, top, bottom]

    def paragraph(self, text: str, title: bool = False) -> None:
        size = 16.0 if title else self.body
        indent = 0.0 if title else 2 * size
        lines = _wrap(text, PAGE[0] - 2 * MARGIN - indent, size)
        if len(lines) > 1 and indent:  # (only the first line is indented: the others run to the margin)
            lines = lines[:1] + _wrap("".join(lines[1:]), PAGE[0] - 2 * MARGIN, size)
        for k, line in enumerate(lines):
            if self.y + self.leading > self.foot:
                self.new_page()
            metrics = _font()
            x = (PAGE[0] - metrics.stringWidth(line, FONT, size)) / 2 if title else MARGIN + (indent if k == 0 else 0)
            self.page.texts.append(_Text(x, self.y, line, size))
            self.y += self.leading * (1.4 if title else 1)

    def table(self, grid) -> None:
        lay = self.lay
        turned = lay.landscape and len(grid[0]) == 10
        if turned:  # 表三 on a landscape page of its own
            self.new_page(lay.landscape)
        widths = _widths(len(grid[0]), self.page.size[0])
        xs = [MARGIN]
        for w in widths:
            xs.append(xs[-1] + w)
        # each cell's lines; each row's height (a merged cell's lines over its rows)
        lines = {}
        for i, row in enumerate(grid):
            for j, c in enumerate(row):
                if c is not None:
                    width = xs[j + c.colspan] - xs[j] - 2 * PAD
                    parts = _broken(c.text) if lay.label_break else [c.text]
                    lines[i, j] = [ln for part in parts for ln in _wrap(part, width, self.cell)] if c.text else []
        heights = [self.cell_leading + 2 * PAD] * len(grid)
        for (i, j), ls in lines.items():
            if grid[i][j].rowspan == 1:
                heights[i] = max(heights[i], len(ls) * self.cell_leading + 2 * PAD)
        for (i, j), ls in lines.items():
            span = grid[i][j].rowspan
            need = len(ls) * self.cell_leading + 2 * PAD
            if span > 1 and sum(heights[i:i + span]) < need:
                heights[i + span - 1] += need - sum(heights[i:i + span])
        self.heights = heights
        diagonal = lay.diagonal and len(grid[0]) == 10
        if diagonal:  # drawn apart (below): its line and its two words, not the template's note
            lines[0, 0] = []
        self.y += 4
        table_top = self.y
        self.parts = [[self.page, self.y, None]]
        first_numbers = next((i for i, row in enumerate(grid) if any(
            c is not None and c.text and rf._NUM.match(c.text) for c in row)), 0)
        head_rule = None
        for i, row in enumerate(grid):
            if i == first_numbers and i:
                head_rule = (self.page, self.y)
            h = heights[i]
            label = next((c.text for c in row if c is not None and c.text), "")
            n = max(len(lines.get((i, j), [])) for j in range(len(row)))
            if lay.split_rows and label.startswith(lay.split_rows) and n >= 2:
                fit = (n + 1) // 2  # the page ends after half the row's lines
                self._row(grid, i, xs, lines, (self.y, self.y + fit * self.cell_leading + PAD, 0, fit), table_top,
                          top_rule=True, bottom_rule=lay.closed_break)
                self.new_page()
                h2 = (n - fit) * self.cell_leading + 2 * PAD
                self._row(grid, i, xs, lines, (self.y, self.y + h2, fit, None), self.y,
                          top_rule=lay.closed_break, bottom_rule=True)
                table_top = self.y
                self.y += h2
                continue
            if self.y + h > self.foot:
                self.new_page()
                table_top = self.y
            if i == 0:
                head = (self.page, self.y)
            self._row(grid, i, xs, lines, (self.y, self.y + h, 0, None), table_top, top_rule=True, bottom_rule=True)
            self.y += h
        if diagonal:  # from the head cell's top left corner to its bottom right, over its three rows
            page, top = head
            bottom, metrics = top + sum(heights[:3]), _font()
            page.diagonals.append((xs[0], top, xs[3], bottom))
            right = xs[3] - PAD - metrics.stringWidth("申请人", FONT, self.cell)
            page.texts.append(_Text(right, top + PAD, "申请人", self.cell, 0, 0))
            page.texts.append(_Text(xs[0] + PAD, bottom - PAD - self.cell_leading, "办理情况", self.cell, 0, 0))
        self.parts[-1][2] = self.y
        if lay.rules in ("booktabs", "outer"):
            for page, top, bottom in self.parts:
                if bottom is None or bottom <= top:
                    continue
                page.rules += [(xs[0], top, xs[-1], top), (xs[0], bottom, xs[-1], bottom)]
                if lay.rules == "outer":
                    page.rules += [(xs[0], top, xs[0], bottom), (xs[-1], top, xs[-1], bottom)]
            if lay.rules == "booktabs" and head_rule:
                head_rule[0].rules.append((xs[0], head_rule[1], xs[-1], head_rule[1]))
        self.parts = None
        self.y += 10
        if turned:
            self.new_page("")

    def _row(self, grid, i, xs, lines, piece, table_top, top_rule: bool, bottom_rule: bool) -> None:
        """Row ``i`` (or the piece of it on this page: ``piece`` = top, bottom, its cells' first
        line and the line after its last, None for all)."""
        lay, page = self.lay, self.page
        top, bottom, first, last = piece
        row = grid[i]
        for j in range(len(row)):
            # the cell that covers this position (itself, or a merged cell above or to the left)
            owner = next(((r, j0) for r in range(i, -1, -1) for j0 in range(j, -1, -1) if grid[r][j0] is not None
                          and r + grid[r][j0].rowspan > i and j0 + grid[r][j0].colspan > j), None)
            if owner is None:  # a position no cell covers (a row shorter than the head): an empty cell
                owner, grid[i][j] = (i, j), rf.Cell("")
            if owner != (i, j) and owner[0] != i and owner[1] != j:
                continue
            r, j0 = owner
            c = grid[r][j0]
            x0, x1 = xs[j0], xs[j0 + c.colspan]
            if j0 != j:
                continue  # (a merged cell is drawn from its first column)
            ends_here = r + c.rowspan - 1 == i
            starts_here = r == i
            if lay.rules in ("grid", "thick", "double", "thick-rects"):
                if lay.head_inner or len(row) != 10 or i >= 3 or j0 <= 3:
                    page.rules.append((x0, top, x0, bottom))
                if x1 >= xs[-1] - 0.01:
                    page.rules.append((x1, top, x1, bottom))
                if top_rule and (starts_here or top == table_top):
                    page.rules.append((x0, top, x1, top))
                if bottom_rule and ends_here:
                    page.rules.append((x0, bottom, x1, bottom))
            elif lay.rules == "shaded":
                page.fills.append((x0 + 0.6, top + 0.6, x1 - 0.6, bottom - 0.6, 0.88))
            if lay.rules == "zebra" and j == 0 and i % 2 == 1:
                page.fills.append((xs[0], top, xs[-1], bottom, 0.9))
            if starts_here:
                own = lines.get((r, j0), [])[first:last]
                drop = (bottom - top - 2 * PAD - len(own) * self.cell_leading) / 2 \
                    if lay.valign.startswith("middle") and c.rowspan == 1 and last is None and first == 0 else 0.0
                over = sum(self.heights[r:r + c.rowspan])
                if lay.valign == "middle-all" and c.rowspan > 1 and last is None and first == 0 and \
                        top + over <= self.foot:  # (a merged cell whose rows are all on this page)
                    drop = (over - 2 * PAD - len(own) * self.cell_leading) / 2
                for k, line in enumerate(own):
                    x = x0 + PAD
                    if lay.centred and rf._NUM.match(line):
                        x = (x0 + x1 - _font().stringWidth(line, FONT, self.cell)) / 2
                    if lay.halign == "centre":
                        x = (x0 + x1 - _font().stringWidth(line, FONT, self.cell)) / 2
                    if lay.numbers == "right" and rf._NUM.match(line):
                        line = f"{int(line):,}" if line.isdigit() else line
                        x = x1 - PAD - _font().stringWidth(line, FONT, self.cell)
                    page.texts.append(_Text(x, top + PAD + drop + k * self.cell_leading, line, self.cell, r, j0))
        if lay.footer_in_table and not bottom_rule:  # the cut row's rules run on to the page's edge
            page.rules.extend((x, bottom, x, page.size[1]) for x in sorted({r[0] for r in page.rules if r[0] == r[2]
                                                                        and r[3] == bottom}))
        if lay.footer_in_table and not top_rule:  # and the next piece's from the page's top edge
            page.rules.extend((x, 0.0, x, top) for x in sorted({r[0] for r in page.rules if r[0] == r[2]
                                                                 and r[1] == top}))


#: a sub-item's enumerator ("1.")
_SUB_ITEM = re.compile(r"^\d+[.．]")


def _broken(text: str) -> List[str]:
    """A label as someone breaks it by hand to make it fit: before its inner parenthesis
    ("（二）部分公开" / "（区分处理的，…）"), a sub-item's after its enumerator and first three
    characters ("1.申请人" / "无正当理由逾期不补正、…"); each piece is then wrapped to the cell."""
    k = text.find("（", 1)
    if k > 0 and not rf._NUM.match(text):
        return [text[:k], text[k:]]
    m = _SUB_ITEM.match(text)
    if m and len(text) - m.end() >= 8:
        return [text[:m.end() + 3], text[m.end() + 3:]]
    return [text]


def _layout(text: str, lay: Layout) -> List[_Page]:
    w = _Writer(lay)
    first = True
    for kind, item in rf.blocks(text):
        if kind == "p":
            w.paragraph(item, title=first)
            first = False
        else:
            w.table(item)
    return w.pages


def draw(text: str, lay: Layout, target: Path) -> Path:
    """The report ``text`` (the harness's tab layout) drawn as ``lay`` says, to ``target``."""
    _font()
    from reportlab.pdfgen import canvas

    pages = _layout(text, lay)
    front: List[List[Tuple[float, str, float]]] = []
    if lay.cover_and_contents:
        title = text.strip().split("\n\n", 1)[0].split("\n")  # (the title may run over lines)
        heads = [ln for ln in text.split("\n") if rf._ENUM1.match(ln) and "\t" not in ln and len(ln) < 30]
        front.append([(300.0 + 40 * k, line, 22.0) for k, line in enumerate(title)])
        front.append([(90.0, "目  录", 16.0)] + [(140.0 + 28 * k, f"{h}{'.' * 12}{k + 2}", 12.0)
                                               for k, h in enumerate(heads)])
    c = canvas.Canvas(str(target), pagesize=PAGE)
    total = len(pages) + len(front)
    for lines in front:
        for y, line, size in lines:
            c.setFont(FONT, size)
            if size > 12:
                c.drawCentredString(PAGE[0] / 2, PAGE[1] - y - size, line)
            else:
                c.drawString(MARGIN + 20, PAGE[1] - y - size, line)
        c.showPage()
    for n, page in enumerate(pages, len(front) + 1):
        W, H = page.size
        if page.landscape == "media":
            c.setPageSize((W, H))
        elif page.landscape == "rotate":  # a portrait page shown turned a quarter clockwise:
            c.setPageSize((PAGE[1], PAGE[0]))  # (reportlab writes a turned page's box upright: 595 × 842)
            c.setPageRotation(90)
            c.saveState()
            c.transform(0, 1, -1, 0, PAGE[0], 0)
        if lay.clip:
            c.saveState()
            area = c.beginPath()
            area.rect(0, MARGIN - 2, W, H - 2 * MARGIN + 4)
            c.clipPath(area, stroke=0, fill=0)
        for x0, top, x1, bottom, grey in page.fills:
            c.setFillGray(grey)
            c.rect(x0, H - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        c.setFillGray(0)
        weight = {"thick": 1.6, "double": 0.5}.get(lay.rules, 0.5)
        c.setLineWidth(weight)
        for x0, top, x1, bottom in page.rules:
            if lay.rules == "double":
                dx, dy = (1.2, 0) if x0 == x1 else (0, 1.2)
                c.line(x0 - dx, H - top + dy, x1 - dx, H - bottom + dy)
                c.line(x0 + dx, H - top - dy, x1 + dx, H - bottom - dy)
            elif lay.rules == "thick-rects":  # a filled rectangle 1.5 pt thick (WPS's rules, heavier)
                c.rect(x0 - 0.75, H - bottom - 0.75, x1 - x0 + 1.5, bottom - top + 1.5, stroke=0, fill=1)
            else:
                c.line(x0, H - top, x1, H - bottom)
        if lay.outer == "double-wide":  # a second frame 4 pt outside the table's own
            for x0, top, x1, bottom in _frames(page):
                c.rect(x0 - 4, H - bottom - 4, x1 - x0 + 8, bottom - top + 8, stroke=1, fill=0)
        c.setLineWidth(0.5)
        for x0, top, x1, bottom in page.diagonals:
            c.line(x0, H - top, x1, H - bottom)
        if lay.clip:
            c.restoreState()
        texts = page.texts
        if lay.columns_first:
            texts = sorted(texts, key=lambda t: (t.row < 0, t.col, t.row, t.y))
        for t in texts:
            c.setFont(FONT, t.size)
            base = H - t.y - t.size * 0.88
            if lay.reversed_chars:  # each character on its own, from the line's end
                metrics = _font()
                for k in range(len(t.text) - 1, -1, -1):
                    c.drawString(t.x + metrics.stringWidth(t.text[:k], FONT, t.size), base, t.text[k])
            else:
                c.drawString(t.x, base, t.text)
        if lay.header:
            c.setFont(FONT, 9)
            c.drawCentredString(W / 2, H - 30.0, lay.header.format(page=n, pages=total))
        if lay.footer:  # (its lines from the top down: a browser wraps a long address)
            c.setFont(FONT, 9)
            lines = lay.footer.format(page=n, pages=total).split("\n")
            for k, line in enumerate(lines):
                c.drawCentredString(W / 2, 30.0 + 11.0 * (len(lines) - 1 - k), line)
        if page.landscape == "rotate":
            c.restoreState()
        c.showPage()
        if page.landscape:
            c.setPageSize(PAGE)
            c.setPageRotation(0)
    c.save()
    return target


def _frames(page: _Page) -> List[Tuple[float, float, float, float]]:
    """The boxes of the tables' parts on a page: its rules gathered where they touch."""
    boxes: List[List[float]] = []
    for x0, top, x1, bottom in sorted(page.rules, key=lambda r: (r[1], r[0])):
        for b in boxes:
            if x0 <= b[2] + 1 and x1 >= b[0] - 1 and top <= b[3] + 1 and bottom >= b[1] - 1:
                b[0], b[1], b[2], b[3] = min(b[0], x0), min(b[1], top), max(b[2], x1), max(b[3], bottom)
                break
        else:
            boxes.append([x0, top, x1, bottom])
    return [tuple(b) for b in boxes]

