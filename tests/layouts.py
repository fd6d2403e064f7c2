"""The same report in the layouts renderers and copies produce, made from the tab layout.

Each function takes a report in the tab layout (tests/fixtures/tabs_2024.txt: a row per line,
cells joined by tabs) and returns it as that layout would have it. The layout tests bind every
one and compare its cells with the tab layout's.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, Dict, List

_NUMBER = re.compile(r"^-?[0-9.]+$")


def _rows(text: str):
    """(is_row, line) for each line: a row is a line with a tab."""
    return [("\t" in line, line) for line in text.split("\n")]


def markdown(text: str) -> str:
    """A converter's Markdown: | a | b | rows, a |---| rule after each table's first row."""
    out: List[str] = []
    prev_row = False
    for is_row, line in _rows(text):
        if is_row:
            cells = line.split("\t")
            out.append("| " + " | ".join(cells) + " |")
            if not prev_row:
                out.append("|" + "---|" * len(cells))
        else:
            out.append(line)
        prev_row = is_row
    return "\n".join(out)


def flattened(text: str) -> str:
    """The whole report on one line, as archivers and copies out of some viewers give it."""
    return " ".join(part for part in re.split(r"[\t\n]+", text) if part)


def separators(text: str) -> str:
    """One cell per line with a lone | between the cells (an export's table)."""
    out: List[str] = []
    for is_row, line in _rows(text):
        if is_row:
            for cell in line.split("\t"):
                out.append(cell)
                out.append("|")
        else:
            out.append(line)
    return "\n".join(out)


def _wrap(text: str, place: str, width: int = 6) -> str:
    out: List[str] = []
    for is_row, line in _rows(text):
        cells = line.split("\t")
        label = cells[0]
        if (is_row and len(label) > width and any(_NUMBER.match(c) for c in cells[1:])
                and not label.startswith("（本列")):
            head, tail = label[:width], label[width:]
            if place == "after":  # the rest of the label on the line below the numbers
                out.extend(["\t".join([head] + cells[1:]), tail])
            elif place == "before":  # the first piece above, the row starting with the rest
                out.extend([head, "\t".join([tail] + cells[1:])])
            else:  # the two pieces in two cells of the row
                out.append("\t".join([head, tail] + cells[1:]))
            continue
        out.append(line)
    return "\n".join(out)


def wrapped_after(text: str) -> str:
    """A narrow column: a long label's rest on a line of its own after its row (PDF text)."""
    return _wrap(text, "after")


def wrapped_before(text: str) -> str:
    """A narrow column whose numbers sit on the label's last line: the first piece above."""
    return _wrap(text, "before")


def wrapped_in_cells(text: str) -> str:
    """A label broken into two cells of its row (a converter splitting a wrapped cell)."""
    return _wrap(text, "cells")


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def fullwidth_digits(text: str) -> str:
    """Numbers in table rows written with full-width digits (an IME left on)."""
    table = str.maketrans("0123456789", "０１２３４５６７８９")
    out = []
    for is_row, line in _rows(text):
        if is_row:
            line = "\t".join(c.translate(table) if _NUMBER.match(c) else c for c in line.split("\t"))
        out.append(line)
    return "\n".join(out)


def spaced_cells(text: str) -> str:
    """Spaces around every cell of a row (justified or padded copies)."""
    return "\n".join("\t".join(f"  {c} " for c in line.split("\t")) if is_row else line
                     for is_row, line in _rows(text))


def _width(cell: str) -> int:
    """Columns a monospaced copy gives a cell: two for a wide (CJK) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in cell)


def fixed_width_columns(text: str) -> str:
    """Every table's cells set out by spaces in columns as wide as its widest cell, as a <pre>
    table, a text-mode browser's or a wide page's copy gives them: 表三's rows run past 200
    characters, mostly spaces."""
    out: List[str] = []
    block: List[str] = []

    def flush() -> None:
        width = max(_width(c) for line in block for c in line.split("\t")) + 2
        out.extend("".join(c + " " * (width - _width(c)) for c in line.split("\t")).rstrip() for line in block)
        block.clear()

    for is_row, line in _rows(text):
        if is_row:
            block.append(line)
            continue
        if block:
            flush()
        out.append(line)
    if block:
        flush()
    return "\n".join(out)


def markdown_cells_broken(text: str) -> str:
    """A Markdown converter's table (html2text's): cells apart with " | " and no bar at either end,
    a "---|---" rule after the first row, and a line break inside a long label's cell (a <br> in
    the page) written as two spaces and a new line: the row goes on on the next line, at its start."""
    out: List[str] = []
    prev_row = False
    for is_row, line in _rows(text):
        if not is_row:
            out.append(line)
            prev_row = False
            continue
        cells = [c[:8] + "  \n" + c[8:] if len(c) > 12 and not _NUMBER.match(c) else c for c in line.split("\t")]
        out.append(" | ".join(cells) + "  ")
        if not prev_row:
            out.append("---|" * (len(cells) - 1) + "---  ")
        prev_row = True
    return "\n".join(out)


def a_node_a_line(text: str) -> str:
    """A web page's text taken a node a line (BeautifulSoup's get_text("\\n")): every cell on a
    line of its own, and each section heading's numeral too, a line of no-break spaces under it,
    then its title (Word's list numbering, 一、, is a span of its own, its tab a run of &nbsp;)."""
    out: List[str] = []
    for is_row, line in _rows(text):
        if is_row:
            out.extend(line.split("\t"))
        else:
            out.append(re.sub(r"^([一二三四五六]、)(?=\S+情况$|其他需要报告的事项$)", "\\1\n\u00a0\u00a0\u00a0\u00a0\n", line))
    return "\n".join(out)


def padded_lines(text: str) -> str:
    """Every line padded with spaces to the page's width (a text browser's or inscriptis' copy of
    a page laid out in a table): a heading is followed by a hundred spaces."""
    return "\n".join(line + " " * max(2, 120 - _width(line)) for line in text.split("\n"))


def one_big_table(text: str) -> str:
    """The whole report laid out in one big table (a page typed as a spreadsheet) and copied as
    Markdown: every heading and paragraph a row of one cell, the tables' rows padded with empty
    cells to the widest, a rule under the first row."""
    width = max(len(line.split("\t")) for line in text.split("\n"))
    out: List[str] = []
    for is_row, line in _rows(text):
        if not line.strip():
            continue
        cells = line.split("\t") if is_row else [line]
        out.append("| " + " | ".join(cells + [""] * (width - len(cells))) + " |")
        if len(out) == 1:
            out.append("| " + " | ".join(["---"] * width) + " |")
    return "\n".join(out) + "\n"


def bold_headings_run_in(text: str) -> str:
    """Headings in Markdown bold run into the prose around them, as a converter copies an old
    page whose article sits in one table cell: the lines between two tables one line, "…情况。
    **二、主动公开政府信息情况**" at its end, "**五、…** 一是…。 **六、…** 本年度…" inside it."""
    out: List[str] = []
    prose: List[str] = []
    for is_row, line in _rows(text):
        if is_row:
            if prose:
                out.append(" ".join(prose))
                prose = []
            out.append(line)
        elif line.strip():
            prose.append(f"**{line}**" if re.match(r"[一二三四五六]、\S+(?:情况|事项)$", line) else line)
    out.extend([" ".join(prose)] if prose else [])
    return "\n".join(out) + "\n"


def side_column(text: str) -> str:
    """A page's navigation column beside the article, copied with its layout (inscriptis, a text
    browser): the first lines of the report each after a menu item and a wide gap, the first
    section's heading among them ("·依申请公开      一、总体情况")."""
    menu = ["·机构概况", "·政策文件", "·规划计划", "·政府信息公开年报", "·依申请公开", "·监督保障"]
    out: List[str] = []
    for line in text.split("\n"):
        if menu and line.strip() and "\t" not in line:
            item = menu.pop(0)
            line = item + " " * (20 - _width(item)) + line
        out.append(line)
    return "\n".join(out)


def bracketed_headings(text: str) -> str:
    """Each section heading set in square brackets ("【一、总体情况】"), as some sites and WeChat
    articles style them."""
    return re.sub(r"(?m)^([一二三四五六]、\S+(?:情况|事项))$", r"【\1】", text)


def _grids(text: str):
    """The report's paragraphs and its tables as merged-cell grids (the rendering harness's
    builder: 表二's blocks, 表三's and 表四's heads with their spans), each cell's text as a
    converter gives it: without the spaces around it."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "generators"))
    import report_formats
    return report_formats.blocks("\n".join("\t".join(c.strip() for c in line.split("\t")) if "\t" in line else line
                                           for line in text.split("\n")))


def merged_cells_copied(text: str) -> str:
    """docling's Markdown of a PDF: each table on its grid, a merged cell's text written into every
    position it covers ("| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |" over
    "| 行政许可 | 120 | 120 | 120 |", "| 三、本年度办理结果 | （一）予以公开 | （一）予以公开 | 4 | …"),
    a |---| rule after each table's first row."""
    out: List[str] = []
    for kind, obj in _grids(text):
        if kind == "p":
            out.append(obj)
            continue
        width = max(sum(c.colspan for c in row if c is not None) for row in obj)
        grid = [[""] * width for _ in obj]
        for r, row in enumerate(obj):
            for c, cell in enumerate(row):
                if cell is not None:
                    for dr in range(min(cell.rowspan, len(obj) - r)):
                        for dc in range(min(cell.colspan, width - c)):
                            grid[r + dr][c + dc] = cell.text
        for r, row in enumerate(grid):
            out.append("| " + " | ".join(row) + " |")
            if r == 0:
                out.append("|" + "---|" * width)
    return "\n".join(out)


def escaped_cells_a_paragraph(text: str) -> str:
    """mammoth's Markdown of a Word file: every paragraph and every table cell a paragraph of its
    own, a blank line after each, Markdown's punctuation escaped ("1\\.属于国家秘密", "\\-", "\\(")."""
    out: List[str] = []
    for line in text.split("\n"):
        for piece in (line.split("\t") if "\t" in line else [line]):
            piece = re.sub(r"([*_#\-()\[\]])", r"\\\1", piece.strip())
            out += [re.sub(r"^(\d+)\.", r"\1\\.", piece), ""]
    return "\n".join(out)


def tables_as_html(text: str, pipes_where_no_row_spans: bool = False) -> str:
    """MinerU's Markdown of a PDF: paragraphs as lines, each table one line of HTML, its merged
    cells once with their spans (``<td rowspan="3">三、本年度办理结果</td>``). The text reader reads
    it (the grammar alone would see tags). ``pipes_where_no_row_spans``: pandoc's GitHub Markdown of
    a Word file instead, a table without cells merged down rows (表二) as a pipe table, its cells
    padded to line the bars up, its column spans dropped, a rule under its first row."""
    from html import escape
    out: List[str] = []
    for kind, obj in _grids(text):
        if kind == "p":
            out += [obj, ""]
            continue
        if pipes_where_no_row_spans and all(c.rowspan == 1 for row in obj for c in row if c is not None):
            width = max(sum(c.colspan for c in row if c is not None) for row in obj)
            rows = [[c.text for c in row if c is not None] for row in obj]
            rows = [r + [""] * (width - len(r)) for r in rows]
            pad = [max(len(r[j]) for r in rows) + 2 for j in range(width)]
            for r, row in enumerate(rows):
                out.append("| " + " | ".join(c.ljust(pad[j]) for j, c in enumerate(row)) + " |")
                if r == 0:
                    out.append("|" + "|".join("-" * (p + 2) for p in pad) + "|")
            out.append("")
            continue
        rows = []
        for row in obj:
            cells = "".join(
                "<td%s%s>%s</td>" % (f' rowspan="{c.rowspan}"' if c.rowspan > 1 else "",
                                     f' colspan="{c.colspan}"' if c.colspan > 1 else "", escape(c.text))
                for c in row if c is not None)
            rows.append(f"<tr>{cells}</tr>")
        out += ["<table>" + "".join(rows) + "</table>", ""]
    return "\n".join(out)


LAYOUTS: Dict[str, Callable[[str], str]] = {
    "markdown": markdown, "flattened": flattened, "separators": separators,
    "wrapped-after": wrapped_after, "wrapped-before": wrapped_before, "wrapped-in-cells": wrapped_in_cells,
    "crlf": crlf, "fullwidth-digits": fullwidth_digits, "spaced-cells": spaced_cells,
    "fixed-width-columns": fixed_width_columns, "markdown-cells-broken": markdown_cells_broken,
    "a-node-a-line": a_node_a_line, "padded-lines": padded_lines,
    "one-big-table": one_big_table, "bold-headings-run-in": bold_headings_run_in,
    "side-column": side_column, "bracketed-headings": bracketed_headings,
    "merged-cells-copied": merged_cells_copied, "escaped-cells-a-paragraph": escaped_cells_a_paragraph,
}
