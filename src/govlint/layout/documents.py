"""The document stage of layout: any reader's blocks → the lines the grammar reads.

A reader says what a file holds and where (:mod:`govlint.readers`: paragraphs, lines of a page
with their box, tables with their merged cells); this module writes the text form the grammar
reads best: a paragraph per line, a table row per line with its cells joined by tabs (merged
cells expanded so the cells of a row line up), a blank line around each table, and
``source["line_origins"]`` naming where each line came from ("第3页", "第12段", "表2").

Lines of a page (a PDF's, ``TextBlock.box`` set) are made into rows and paragraphs here. Each
repair is named after the layout it handles, and tested under the same name:

- :func:`merged_cells` — a table's merged cells, once with their spans → a grid that lines up;
- :func:`spacer_columns_dropped`, :func:`sequence_column_dropped` — an empty spacer column, a
  序号 column of row numbers (1, 2, 3 …, going on past a page break): no columns of the table;
- ``Lines.table`` — a table whose words all stand in one column after empty ones (the
  tab-indented layout put into a word processor's tables): a run of lone cells, one row;
- :func:`report_typed_in_one_table` — a whole report typed in a spreadsheet and saved as one
  table: its headings and paragraphs (rows of one cell) are the report's text, the rows between
  them its tables; a table whose first row is its section's heading: that heading, then the table;
- :func:`paragraph_typed_with_tabs` — "规章⇥0⇥0⇥0" typed in Word: a row;
- :func:`cell_split_by_a_page_break` — "（四）无" at the foot of a page, "法提供" at the head of
  the next: one cell (past the head the next page repeats, printed shorter or in a wider grid,
  and past a footnote at the first page's foot);
- :func:`rows_written_as_numbers` — a table drawn without borders: "行政规范性文件 3 0 8",
  "1 0 0 1 2 …" are rows, recognised by their numbers;
- :func:`rows_side_by_side` — two blocks' rows on one line of a table drawn without borders
  ("规章 0 0 0 行政许可 120": 表二's blocks two by two): one row of both, as a grid gives it;
- :func:`borderless_table_with_wrapped_labels` — a table drawn without borders whose label
  cells wrap: the rest of each label, on the lines below its row's numbers, goes back into its
  row and column, found by the pieces' x positions;
- :func:`row_label_wrapped_onto_the_line_before` — a row's label the PDF wrapped, its first
  part on the line above;
- :func:`column_head_broken_over_lines` — a head broken over several lines above rows of bare
  numbers (表四's): one head row;
- :func:`head_words_wrapped_in_their_cells` — a head's words wrapped in narrow borderless cells,
  their ends on the line below under them ("2024年本年制发件" / "数"): one head row;
- :func:`column_heads_next_to_rows` — a line of short column names just above rows: a head row;
- :func:`lines_wrapped_in_a_paragraph` — prose the PDF hard-wrapped: one paragraph again;
- :func:`chart_left_out` — a bar chart printed in a PDF (its categories with their values over a
  value axis "0 1 2 3 …"): no text of the report.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from ..readers import (Box, Break, CellBlock, Document, Run, TableBlock, TextBlock, clean_text,
                       join_lines)
from ..readers import read as read_blocks
from ..lexicon import closing
from ..lexicon.numerals import chinese_int
from ..lexicon.pattern import lazy
from .cells import DIGIT, PLACEHOLDERS, has_ideograph
from .vocabulary import Vocabulary, section_title_pattern, vocabulary

__all__ = ["Lines", "read", "render", "merged_cells", "report_typed_in_one_table", "paragraph_typed_with_tabs",
           "cell_split_by_a_page_break", "rows_written_as_numbers", "rows_side_by_side",
           "borderless_table_with_wrapped_labels",
           "row_label_wrapped_onto_the_line_before", "column_head_broken_over_lines",
           "head_words_wrapped_in_their_cells",
           "column_heads_next_to_rows", "lines_wrapped_in_a_paragraph", "chart_left_out"]


def read(path: Path, readers: Optional[Sequence[object]] = None, vocab: Optional[Vocabulary] = None,
         **kw) -> Document:
    """A file read (:func:`govlint.readers.read`) and rendered (:func:`render`): its text, source and blocks."""
    return render(read_blocks(Path(path), readers, **kw), vocab)


def render(doc: Document, vocab: Optional[Vocabulary] = None) -> Document:
    """The document with its ``text`` and ``source["line_origins"]`` written from its blocks.
    A text-only document (a plugin reader's, the text reader's) is returned as it is. ``vocab``:
    the formats' words (the built-in formats' by default), for the label pieces a page break
    split."""
    if not doc.structured:
        return doc
    out = _render(list(doc.own_blocks), vocab or vocabulary())
    while out.lines and out.lines[-1] == "":
        out.lines.pop()
        out.origins.pop()
    source = dict(doc.source)
    source["line_origins"] = list(out.origins)
    if out.loose:
        source["loose_rows"] = list(out.loose)
    return Document("\n".join(out.lines) + "\n", source, doc.own_blocks)


class Lines:
    """Builds report text and its ``line_origins`` block by block."""

    def __init__(self):
        self.lines: List[str] = []
        self.origins: List[str] = []
        #: the (1-based) lines that are rows read off lines of text (:meth:`table`'s ``loose``)
        self.loose: List[int] = []

    def _blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
            self.origins.append("")

    def paragraph(self, text: str, origin: str) -> None:
        text = clean_text(text.replace("|", "｜"))
        if text:
            self.lines.append(text)
            self.origins.append(origin)

    def table(self, rows: Sequence[Sequence[str]], origins: Sequence[str], loose: bool = False) -> None:
        """A table: the rows as tab-joined lines, padded to one width, a blank line around.
        ``loose``: the rows were read off lines of text (a PDF table without borders), where a
        blank cell leaves no trace: their lines are listed in ``loose_rows``, so that the binder
        does not guess which cell of a short row is the blank one."""
        # (a row of numbers without the positions a label merged across columns covers among the
        # table's label columns: its cells are then its columns, a blank last cell stays the last
        # column's; the positions are padded at the row's end. A label merged over a value column
        # too, as a blank 自然人 merged into it, leaves that column's position: a blank cell. Such a
        # row with fewer cells than the table's columns: which of its cells is missing cannot be
        # told; it is listed as loose, and the binder does not guess)
        labels = _label_width(rows) if any(c is COVERED for r in rows for c in r) else 0
        merged = [bool(labels) and any(c is COVERED for c in r[:labels]) and _first_number(r) is not None
                  for r in rows]
        short = {i for i, r in enumerate(rows) if merged[i] and r and r[-1] is MISSING}
        rows = [[clean_text(c) for j, c in enumerate(r) if not (j < labels and c is COVERED)]
                if merged[i] and i not in short else [clean_text(c) for c in r] for i, r in enumerate(rows)]
        short = {id(rows[i]) for i in short}
        kept = [(r, o) for r, o in zip(rows, origins) if any(r)]
        if not kept:
            return
        if len(kept) < len(rows) and not any(rows[-1]) and not any(DIGIT.search(c) for r, _ in kept for c in r):
            # a table of words only whose last row is left blank (表四 with no case, its one row's cells
            # empty): that row is kept, a row of blank cells, which the binder reads as the row (C203);
            # a blank row among others is spacing
            kept.append((rows[-1], origins[-1]))
        width = max(len(r) for r, _ in kept)
        if width < 2:  # a one-column table is a framed paragraph
            for r, o in kept:
                self.paragraph(r[0], o)
            return
        self._blank()
        column = _one_column_of_cells(rows) if len(rows) > 1 else None
        if column is not None:
            # one column holds every word, the others are empty in every row (a spacer column
            # before it): the cells of one row written one a line (the tab-indented layout as a
            # word processor put it in a table, 规章 / 0 / 0 / 0) -- a run of lone cells, one row,
            # its empty cells kept in place; not rows of one cell each, with no label
            for r, o in zip(rows, origins):
                self.lines.append("\t" + (r[column] if column < len(r) else ""))
                self.origins.append(o)
            self._blank()
            return
        for row, o in kept:
            r = list(row) + [""] * (width - len(row))
            if width == 2 and not r[0]:
                r.append("")  # "\tx" alone would read as the one-cell-per-line layout
            if loose or id(row) in short:
                self.loose.append(len(self.lines) + 1)
            self.lines.append("\t".join(r))
            self.origins.append(o)
        self._blank()

    def block_end(self) -> None:
        self._blank()


def _first_number(row: Sequence[str]) -> Optional[int]:
    """Where a row's first number stands (None: it holds none)."""
    return next((j for j, c in enumerate(row) if _NUMBER_CHAR.search(c) and _NUMBERISH.match(c)), None)


def _label_width(rows: Sequence[Sequence[str]]) -> int:
    """How many columns a table gives its rows' labels: where most of its rows of numbers have
    their first number (表三: 3, its group, sub-group and item columns; 表二: 1; 表四: 0)."""
    firsts = Counter(j for j in map(_first_number, rows) if j is not None)
    return firsts.most_common(1)[0][0] if firsts else 0


def _one_column_of_cells(rows: Sequence[Sequence[str]]) -> Optional[int]:
    """The column that holds every non-empty cell of a table of two columns or more, when there is
    one such column and it is not the first (the others, before it, are empty in every row); None
    otherwise."""
    column = None
    for r in rows:
        for j, c in enumerate(r):
            if c:
                if column is None:
                    column = j
                elif j != column:
                    return None
    return column or None


# ----------------------------------------------------------------------------------------
# tables

class _Covered(str):
    """A position of a grid that a cell merged across columns covers: "" as any empty position,
    told apart from a blank cell by its type (:data:`COVERED`)."""

    __slots__ = ()


#: the positions right of a cell merged across columns ("（七）总计" over two columns of 表三)
COVERED = _Covered("")
#: the positions past a row's last cell, when it has fewer cells than the table has columns
MISSING = _Covered("")


def merged_cells(rows: Sequence[Sequence[CellBlock]]) -> List[List[str]]:
    """A table whose merged cells are given once, with their spans → a grid of cell texts: the
    text in a merged cell's first position, "" in the positions it covers. A cell goes to the
    first position of its row that no cell above covers; a rowspan ends with the table.
    The positions right of a cell merged across columns are :data:`COVERED` (""): among a table's
    label columns no cell of the row (:meth:`Lines.table`), among its value columns blank cells
    ("无" written once over five columns)."""
    grid: Dict[Tuple[int, int], str] = {}
    width = 0
    n = len(rows)
    for r, row in enumerate(rows):
        c = 0
        before = None  # (the cell before this one in the row, and its rowspan)
        for cell in row:
            while (r, c) in grid:
                c += 1
            colspan = max(1, cell.colspan)
            rowspan = max(1, min(cell.rowspan, n - r))
            right = COVERED if colspan > 1 else ""
            # (a 0 merged down over rows is each row's 0: "0" once over items 1 to 3 of （六）; any other
            # figure so merged may be their sum, and the rows below stay blank; not the 0 of a label
            # merged down as far, "行政事业性收费" over two rows beside 表二's other blocks: its own)
            below = cell.text if rowspan > 1 and _ZERO_TEXT.match(cell.text) and not (
                before is not None and before[1] == rowspan and not _NUMBERISH.match(before[0].text or "0")) else ""
            before = (cell, rowspan)
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = cell.text if dr == 0 and dc == 0 else right if dc else below
            c += colspan
            width = max(width, c)
    return [[grid.get((r, c), MISSING) for c in range(width)] for r in range(n)]


#: a cell that says 0 (with its unit or not)
_ZERO_TEXT = lazy(r"^\s*[0０]\s*[件个项条]?\s*$")
_NUMBERISH = lazy(r"^[\s\d.,，．０-９+\-/／—－]+$")
_NUMBER_CHAR = lazy(r"[0-9０-９]")


def spacer_columns_dropped(grid: List[List[str]]) -> List[List[str]]:
    """A table with a column empty in every row, its head rows included (a narrow spacer column
    drawn between 行政复议 and 行政诉讼, or before the first): the column is no column of the
    table, and its blank cells would shift the blank cells of a row whose zeros were left blank.
    Dropped, when the table's head is in it (a row of words without a number): an official
    column there has its name in the head."""
    width = max((len(r) for r in grid), default=0)
    empty = [j for j in range(width) if not any(j < len(r) and r[j].strip() for r in grid)]
    if not empty or len(empty) == width:
        return grid
    if not any(sum(1 for c in r if c.strip()) >= 2 and not any(_NUMBER_CHAR.search(c) for c in r) for r in grid):
        return grid
    gone = set(empty)
    return [[c for j, c in enumerate(r) if j not in gone] for r in grid]


def sliver_columns_dropped(grid: List[List[str]]) -> List[List[str]]:
    """A table with a grid column that is no column of its own: in every row of numbers the
    position is covered by the value cell on its left (LibreOffice's HTML of a Word 表四 whose head
    cells' edges do not line up with its row's: 总计 and its number "2" each merged over two grid
    columns). Its covered positions read as blank cells, and a row whose first value was left
    blank then had its blank in the wrong place: the row's blank cells, counted from the row's
    start, shifted the rest. The column is taken out of each row by narrowing the cell over it
    (a cell starting there loses a covered position on its right); when a row has a cell of its
    own there that covers nothing to its right, the table is left as it is."""
    numbered = [r for r in grid if _first_number(r) is not None]
    if not numbered:
        return grid
    width = max(len(r) for r in grid)
    for j in range(1, width):
        if not all(j < len(r) and r[j] is COVERED and _value_covers(r, j) for r in numbered):
            continue
        out = []
        for r in grid:
            if j >= len(r):
                out.append(r)
            elif r[j] is COVERED or (r[j] is MISSING and not any(c is not MISSING for c in r[j:])):
                out.append(r[:j] + r[j + 1:])
            elif j + 1 < len(r) and r[j + 1] is COVERED:
                out.append(r[:j + 1] + r[j + 2:])
            else:
                return grid
        return sliver_columns_dropped(out)
    return grid


def _value_covers(row: Sequence[str], j: int) -> bool:
    """The cell merged over position ``j`` of ``row`` (the first to its left not covered) is a value."""
    k = j
    while k > 0 and row[k] is COVERED:
        k -= 1
    return row[k] is not COVERED and bool(_VALUE.match(row[k].strip()))


#: the head of a column of row numbers before a table's labels
_SEQUENCE_HEADS = frozenset(("序号", "序 号", "编号"))


def sequence_column_dropped(grid: List[List[str]], after: Optional[int] = None) -> Tuple[List[List[str]], Optional[int]]:
    """A table with a column of row numbers before its labels (序号 in its head, then 1, 2, 3 … down
    the rows, a row of the head or a group's label left blank, the head again over each block of 表二):
    the column is no column of the
    official table (its numbers were read as the rows' first values, the labels as text in their
    cells), and is dropped. Only a column whose head says 序号 and whose numbers run 1, 2, 3 …
    without a gap; or, after such a table (``after``: its last number), a table's first column that
    goes on from it (the rest of the table past a page break, no head: 10, 11, 12 …; a head cut
    from its rows by a page break has none yet: 0). The grid, and the last number dropped (None
    when no column was)."""
    if not grid:
        return grid, None
    if any(c.strip() in _SEQUENCE_HEADS for r in grid[:3] for c in r[:2]):
        for j in range(min(2, max(len(r) for r in grid))):
            head = [k for k, r in enumerate(grid[:3]) if j < len(r) and r[j].strip() in _SEQUENCE_HEADS]
            if head:
                # (the head again over each block of 表二, and a block's caption merged across the row
                # ("第二十条第（五）项"), stand in the column too: no row's number)
                # (a number's digits drawn apart in a narrow cell, "1 0": one number)
                numbers = ["".join(r[j].split()) for r in grid[head[0] + 1:] if j < len(r) and r[j].strip()
                           and r[j].strip() not in _SEQUENCE_HEADS
                           and any(c.strip() for i, c in enumerate(r) if i != j)]
                # (numbered from 1, or on from the table before it, its head repeated: the rest of 表二 past
                # a page break, "序号 | 信息内容 | …" over "4 | 行政处罚 | 41")
                for first in (1,) if after is None else (1, after + 1):
                    if (len(numbers) >= 2 or (not numbers and head[0] == len(grid) - 1)) and \
                            numbers == [str(k) for k in range(first, first + len(numbers))]:
                        return [[c for i, c in enumerate(r) if i != j] for r in grid], first - 1 + len(numbers)
    elif after is not None:
        numbers = ["".join(r[0].split()) for r in grid if r and r[0].strip()]
        if numbers and numbers == [str(k) for k in range(after + 1, after + len(numbers) + 1)]:
            return [r[1:] for r in grid], after + len(numbers)
    return grid, None


def paragraph_typed_with_tabs(line: str) -> Optional[List[str]]:
    """A paragraph laid out with tabs ("规章\\t0\\t0\\t0") as cells, if it looks like a table row
    (a cell after the first is a number)."""
    parts = [p.strip() for p in re.split(r"\t+", line)]
    parts = [p for p in parts if p]
    if len(parts) >= 2 and any(_NUMBERISH.match(p) for p in parts[1:]):
        return parts
    return None


def _tabbed_heads(items: List["Item"]) -> None:
    """Paragraphs typed with tabs and no number ("行政复议\t行政诉讼", "结果维持\t结果纠正\t…")
    are a table's head rows when the tabbed paragraphs after them, without a line of anything
    else between, reach a row of numbers: a table typed as tab-aligned text in Word."""
    heads: List["Item"] = []
    for ln in items:
        if ln.brk or ln.table is not None or ln.box is not None or not ln.tabbed or ln.row is not None:
            heads = []
            continue
        row = paragraph_typed_with_tabs(ln.text)
        if row is not None:
            for h in heads:
                h.row = [p for p in (x.strip() for x in re.split(r"\t+", h.text)) if p]
            heads = []
            continue
        if len([p for p in re.split(r"\t+", ln.text) if p.strip()]) >= 2:
            heads.append(ln)
        else:
            heads = []


# ----------------------------------------------------------------------------------------
# lines of a page → rows and paragraphs

_VALUE = lazy(r"^(?:[+-]?\d[\d,，]*(?:\.\d+)?|[/／—－\-–]{1,2}|——)$")
_NUMBER = lazy(r"\d")
_ENUM = r"(?:[一二三四五六七八九十]{1,2}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,2}\s*[)）]|\d{1,2}\s*[.．、](?!\d))"
_ENUM_START = lazy(r"^\s*" + _ENUM)
_SPLIT_LABEL = lazy(r"\s+(?=" + _ENUM + ")")
_TOP_ENUM = lazy(r"^\s*[一二三四五六七八九十]{1,2}\s*[、.．]")
_HEADING = lazy(r"^\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|\d{1,2}\s*[.．、](?!\d))")
_SENTENCE_END = ("。", "；", "：", "！", "？", ";", ":", "!", "?")
_PUNCT = lazy(r"[，。；：,;:！？!?]")
_DATE_LINE = lazy(rf"^\s*{closing.DATE}\s*$")


@dataclass
class Item:
    """One block while the layout works on it: a line of a page (``box`` set), a paragraph, a
    table (``table``: its grid) or a break."""

    text: str
    page: int = 0
    origin: str = ""
    box: Optional[Box] = None
    row: Optional[List[str]] = None          # the cells, when the line is a table row
    table: Optional[List[List[str]]] = None  # a table's grid
    tabbed: bool = False
    brk: bool = False
    barred: Optional[List[str]] = None      # the cells of a paragraph typed with bars between them
    runs: Tuple[Run, ...] = ()               # a line's pieces with their x positions (PDF)

    @property
    def line(self) -> bool:
        """A line of a page (not yet a paragraph or a row)."""
        return self.box is not None and self.table is None


#: a gap of spaces typed inside a paragraph to line up columns (Word, no table): "信息内容    本年处理决定数量"
_TYPED_GAP = lazy(r"[ \u00a0\u3000]{2,}")


def _bar_lines_joined(blocks) -> list:
    """The lines of a PDF into which a paragraph typed with bars wrapped, as the paragraph: a line
    that holds a bar and runs to the right margin, then a line from the left margin on the same
    page that holds one too ("(六)其他处理 | 1.申请人无正当理由…政府信息公" / "开申请 | 0 | 0 …",
    "…不计其他情形) | 0 | 0 | 0 | 0 | 0 |" / "0 | 0 | ||"). Cheap sign: a bar in a line."""
    out: list = []
    for b in blocks:
        prev = out[-1] if out else None
        if isinstance(b, TextBlock) and b.box is not None and "|" in b.text and not b.tabbed \
                and isinstance(prev, TextBlock) and prev.box is not None and "|" in prev.text \
                and not prev.tabbed and prev.page == b.page and b.box.top > prev.box.top:
            pb, size = prev.box, max(prev.box.size, 1.0)
            # (within a character of the margin, and no row's enumerator opening the line: a
            # paragraph that ends short of the margin because its next row's label did not fit)
            if pb.x1 >= pb.right - size and b.box.x0 <= pb.left + 2 * size and not _ENUM_START.match(b.text):
                out[-1] = prev._replace(text=join_lines([prev.text, b.text]), runs=(),
                                        box=pb._replace(x1=b.box.x1, top=b.box.top))
                continue
        out.append(b)
    return out


def _items(blocks) -> List[Item]:
    items: List[Item] = []
    for b in _bar_lines_joined(blocks):
        if isinstance(b, TextBlock):
            text, tabbed = b.text, b.tabbed
            if "|" in text and "-" in text and not text.strip(" |-:\u00a0\u3000"):
                continue  # (a Markdown table's rule under its head, "|----|:---|", in a text read as blocks)
            if b.box is None and not tabbed and text.count("|") < 2 and _TYPED_GAP.search(text.strip(" \u00a0\u3000")):
                # columns lined up with spaces are the cells, as with tabs (the gaps were collapsed
                # away between CJK words: "信息内容本年处理决定数量" as one head cell); not in a row typed
                # with bars, whose cells a converter padded to line the bars up ("| 规章    | 0    |")
                text, tabbed = _TYPED_GAP.sub("\t", text.strip(" \u00a0\u3000")), True
            if not tabbed and text.count("|") >= 2:
                # a paragraph typed with bars between its cells: a PDF's line of it is the whole
                # paragraph, no line to join to another (the cells are not words apart by spaces)
                items.append(Item(text, b.page, b.origin, None, barred=_cells_apart_by_bars(text)))
            else:
                items.append(Item(text, b.page, b.origin, b.box, tabbed=tabbed, runs=b.runs))
        elif isinstance(b, TableBlock):
            items.append(Item("", b.page, b.origin, b.box, table=merged_cells(b.rows)))
        elif isinstance(b, Break):
            items.append(Item("", b.page, brk=True))
    _rows_typed_with_bars(items)
    return items


def _cells_apart_by_bars(text: str) -> Optional[List[str]]:
    """A paragraph's cells when a bar stands between them ("规章 | 0 | 0 | 0 |"), two at least; a cell
    bold in Markdown ("| **本年处理决定数量** |", pandoc's pipe table among its HTML ones) is its words."""
    cells = [c for c in (_unbold(p.strip(" \u00a0\u3000")) for p in text.split("|")) if c]
    return cells if len(cells) >= 2 else None


def _unbold(cell: str) -> str:
    return cell[2:-2].strip(" \u00a0\u3000") if len(cell) > 4 and cell.startswith("**") and cell.endswith("**") else cell


def _rows_typed_with_bars(items: List[Item]) -> None:
    """Paragraphs typed with bars between their cells (a text table put into Word as it was,
    "规章 | 0 | 0 | 0 |", each line a paragraph, and the PDF printed from it) are a table's rows
    when a cell after the first is a number, as with tabs, and the paragraphs of cells right
    before such a row (no line of anything else between) its head rows. Any other bar in a
    paragraph stays words ("｜" in the text): "首页 | 信息公开" is no table."""
    heads: List[Item] = []
    for ln in items:
        cells = ln.barred
        if cells is None or ln.row is not None:
            heads = []
            continue
        if any(_NUMBERISH.match(c) for c in cells[1:]):
            for h in heads + [ln]:
                h.row = h.barred
            heads = []
        else:
            heads.append(ln)


def cell_split_by_a_page_break(items: List[Item], vocab: Optional[Vocabulary] = None) -> None:
    """A table the page break cut through a row: "（四）无" at the foot of one page, "法提供"
    at the head of the next (after the head rows the page repeats, if any). A fragment that does
    not start with an enumerator is joined to the enumerated label above it, and any two pieces
    that spell one label of the formats together ("上一年项" / "目数量", "社会公益" / "组织")."""
    for a, b, between in _tables_over_a_break(items):
        last = a.table[-1]
        # head rows the next page repeats ("重复标题行") stand between the two halves of the row,
        # their cells in a grid of the next page's own (a column of sub-items' labels that only
        # the next page's rows fill makes each of its rows one cell longer)
        seen = [tuple(filter(None, r)) for r in a.table]
        k = 0
        while k < len(b.table) - 1 and _repeated(tuple(filter(None, b.table[k])), seen):
            k += 1
        if vocab is not None and (last[0] or any(DIGIT.search(c) for c in last if c)) and not vocab.is_head_row(last):
            k = max(k, _head_rows(b.table, vocab))  # (after a row of the table's body: a head's own last row cut
            # by the page, "社会" / "公益组织", is the rest of the row above)
        if between and not k and not all(_FOOTNOTE.match(it.text) for it in between):
            continue  # (lines between two tables and no head repeated: two tables, not one cut; but
            # a page's footnotes, "1注：…", stand between a table's two parts as often as its head repeats)
        first = b.table[k]
        if not _numbers_below_their_label(last, first):
            if len(last) != len(first):
                # the two pages' grids differ: pair the pieces in order by the labels they complete
                if vocab is not None:
                    _join_pieces_in_order(last, first, vocab, a.table)
            else:
                for j, (above, below) in enumerate(zip(last, first)):
                    if above and below and not _NUMBER.match(below) and not _VALUE.match(above) and (
                            (_ENUM_START.match(above) and not _ENUM_START.match(below) and len(below) <= 12)
                            or (vocab is not None and vocab.joins(above, below))):
                        last[j] = above + below
                        first[j] = ""
                    elif not above and below and vocab is not None and not _NUMBER.match(below):
                        # a cell merged down over the last rows ("（三）不予公" two rows up, its
                        # "开" at the head of the next page): the piece joins it when together
                        # they spell a label of the formats
                        owner = next((r for r in reversed(a.table[:-1]) if j < len(r) and r[j]), None)
                        if owner is not None and not _VALUE.match(owner[j]) and vocab.joins(owner[j], below):
                            owner[j] += below
                            first[j] = ""
            # the label whole again, its numbers may still be all the next page's row holds
            if not _numbers_below_their_label(last, first):
                continue
        if len(b.table) > 1:
            del b.table[k]
        else:
            b.table[k] = [""] * len(first)


def _head_rows(table: List[List[str]], vocab: Vocabulary) -> int:
    """How many of ``table``'s first rows are a head, by their words, though the table above holds none to
    repeat: a browser drew a table's head rows as a table of their own and the rows under it on that page as
    another, then repeated the head on the next page ("项目 | 申请人情况" read as the rest of the row above,
    "3.危及“三安全一稳定”项目": voices54e). Rows without a figure, up to the last that names a column or a
    head's word (:meth:`Vocabulary.is_head_row`; those between, " | 法人或其他组织", are the head's too)."""
    last = -1
    for k, row in enumerate(table[:_HEAD_ROWS]):
        if any(DIGIT.search(c) for c in row if c):
            break
        if vocab.is_head_row(row):
            last = k
    return last + 1 if last + 1 < len(table) else 0


#: the most head rows a table repeats over a page (表三: the note, 申请人情况, 法人或其他组织, the columns)
_HEAD_ROWS = 4


def _repeated(cells: Tuple[str, ...], rows: List[Tuple[str, ...]]) -> bool:
    """Whether ``cells`` (a row's filled cells) repeat one of ``rows`` (filled cells too): each the
    same, or the start of it, cut where the repeated head is printed shorter than the head
    ("（本列数据的勾稽关系为：…等于第三项加", the rest of the note clipped by the shorter row)."""
    if not cells:
        return False
    for row in rows:
        if len(row) == len(cells) and all(c == r or (len(c) >= _CUT_HEAD and r.startswith(c))
                                          for c, r in zip(cells, row)):
            return True
    return False


#: the fewest characters of a head cell's start that a repeated head printed shorter keeps
_CUT_HEAD = 6


#: the most lines of a page's foot (a footnote, a note on the table) between a table and its
#: continuation on the next page
_FOOT_LINES = 2
#: a note at a page's foot: "注：…", "1注：…", "①…", "*…" (Word's footnote under a table's part, voices54h)
_FOOTNOTE = lazy(r"[ \u3000]*(?:\d{1,2}|[①-⑳*＊※])?[ \u3000]*(?:注|备注|说明)?[:：]?(?<=[:：①-⑳*＊※])")


def _tables_over_a_break(items: List[Item]):
    """(table, the next page's table, the lines between): each two tables, the second on a later page,
    with nothing between them or no more than :data:`_FOOT_LINES` lines at the first one's page
    foot (a footnote on a figure: "1申请人要求提供…", which the caller takes when the second table
    repeats the first's head, or when each line is a note, :data:`_FOOTNOTE`)."""
    for i, a in enumerate(items):
        if not a.table:
            continue
        for j in range(i + 1, min(i + 2 + _FOOT_LINES, len(items))):
            b = items[j]
            if b.table is not None:
                if b.table and b.page != a.page:
                    yield a, b, items[i + 1:j]
                break
            if b.brk or b.page != a.page:
                break


def _numbers_below_their_label(last: List[str], first: List[str]) -> bool:
    """A row the page break cut below its label ("行政强制" with its cells empty at the foot of
    one page, its number at the head of the next: a cell whose number sits low, under an empty
    paragraph, or centred in a tall row): the next page's first row, no label and numbers only,
    gives the row its numbers, in their columns when the two grids agree, else in order after
    the label. True when it did (the row it came from is then spent)."""
    values = [c for c in first if c]
    if not values or not all(_VALUE.match(c) and _NUMBER.search(c) for c in values):
        return False
    labels = [j for j, c in enumerate(last) if c]
    if not labels or any(_VALUE.match(last[j]) for j in labels):
        return False
    after = labels[-1] + 1
    if len(last) == len(first):
        if any(first[j] for j in range(after)):
            return False
        last[after:] = first[after:]
        return True
    if len(values) > len(last) - after:
        return False
    last[after:after + len(values)] = values
    return True


def _closes_its_bracket(head: str, tail: str) -> bool:
    """``tail`` ends the parenthesis ``head`` left open: a note in a head's cell cut by the page
    break ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项" / "之和）")."""
    def depth(text: str) -> int:
        return text.count("（") + text.count("(") - text.count("）") - text.count(")")

    return depth(head) > 0 and depth(tail) < 0 and has_ideograph(tail)


def _join_pieces_in_order(last: List[str], first: List[str], vocab: Vocabulary,
                          table: Optional[List[List[str]]] = None) -> None:
    """The labels of ``first`` (its text before its first number) that are tails of ``last``'s
    labels join, in order, the next cell of ``last`` whose label each completes ("三、本" /
    "年度办理结果", "社会公益" / "组织") — an empty cell of ``last`` stands for the cell merged
    down into it, whose text is in a row above (``table``'s). A label that completes none must
    be whole on its own, or nothing is joined."""
    owners = [(last, k) for k in range(len(last))]
    if table:
        for k in range(len(last)):
            if not last[k]:
                row = next((r for r in reversed(table[:-1]) if k < len(r) and r[k]), None)
                if row is not None:
                    owners[k] = (row, k)
    tails = []
    for j, c in enumerate(first):
        if not c:
            continue
        if _NUMBER.match(c) or _VALUE.match(c):
            break
        tails.append((j, c))
    pairs, i = [], 0
    for j, tail in tails:
        k = i
        while k < len(last) and not (owners[k][0][k] and (vocab.joins(owners[k][0][k], tail)
                                                          or _closes_its_bracket(owners[k][0][k], tail))):
            k += 1
        if k == len(last):
            if not vocab.is_label(tail):
                return
            continue
        pairs.append((k, j))
        i = k + 1
    for k, j in pairs:
        owners[k][0][k] += first[j]
        first[j] = ""


def _head_row(cells: List[str]) -> bool:
    """A row of column names: text, and no number."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and not any(_NUMBER.search(c) for c in filled)


def row_of_numbers(text: str) -> Optional[List[str]]:
    """A text line that is a table row: a label then numbers, or numbers alone."""
    tokens = text.split()
    if not tokens:
        return None
    i = len(tokens)
    while i > 0 and (_VALUE.match(tokens[i - 1]) or _placeholder_among_values(tokens, i - 1)):
        i -= 1
    values = tokens[i:]
    label = " ".join(tokens[:i])
    numbers = [v for v in values if _NUMBER.search(v)]
    if not numbers:
        return None
    if len(values) >= 2:
        if "。" in label or len(label) > 80:
            return None
    else:
        bare = _ENUM_START.sub("", label)
        if not label or len(label) > 20 or _PUNCT.search(bare) or _NUMBER.search(bare):
            return None
    cells = [c for c in _SPLIT_LABEL.split(label) if c] if label else []
    return cells + values


#: a column name's year before it ("2023年本年制发件数")
_YEAR_OF_A_HEAD = lazy(r"^(?:19|20)\d{2}年(?=\D)")


def column_head(text: str) -> Optional[List[str]]:
    """A line of column names ("行政复议 行政诉讼", "信息内容 本年制发件数 本年废止件数"); a name may
    open with the year it is of ("2024年本年制发件数 … 2023年本年制发件数": 表二 with last year's
    columns beside this year's), no other digit."""
    tokens = text.split()
    if len(tokens) < 2 or len(tokens) > 16:
        return None
    if any(_PUNCT.search(t) or _NUMBER.search(_YEAR_OF_A_HEAD.sub("", t)) or len(t) > 16 for t in tokens):
        return None
    if sum(len(t) for t in tokens) / len(tokens) < 2:
        return None  # spaced-out single characters: justified prose
    return tokens


def rows_written_as_numbers(items: List[Item]) -> None:
    """A table drawn without borders: each line that is a label then numbers ("行政规范性文件 3 0 8",
    "（四）无法提供 1.本机关不掌握相关政府信息 10 0 0 0 0 0 10") or numbers alone is a row; its label is
    split into cells before each enumerator. A line of three numbers or more alone then one short
    word standing apart (表四's row with a 备注 column: "1 0 0 1 2 … 0 无") is a row too, the word its
    last cell (four characters at most, no digit or punctuation: a note, not a sentence); so is a
    labelled row with a note after its numbers (表三 with a 备注 column: "一、本年新收… 10 2 0 1 0 0 13
    含网上申请"), its label opening with an enumerator."""
    for ln in items:
        if ln.line and ln.row is None:  # (a row typed with bars is one already)
            ln.row = row_of_numbers(ln.text)
            if ln.row is None and len(ln.runs) >= 4:
                last = ln.runs[-1].text
                numbers = row_of_numbers(" ".join(r.text for r in ln.runs[:-1]))
                if numbers and not _NUMBER.search(last) and not _PUNCT.search(last) and last not in _DATE_UNITS:
                    if all(_VALUE.match(c) for c in numbers) and len(last) <= 4:
                        ln.row = numbers + [last]
                    elif _count_values(numbers) >= _NOTED_ROW_VALUES and len(last) <= _NOTE_CHARS \
                            and _ENUM_START.match(numbers[0]) and _numbers_apart(ln.runs):
                        # a labelled row with a 备注's note after its numbers (表三's "一、本年新收… 10 2 0 1
                        # 0 0 13 含网上申请"): the label opens with an enumerator, the numbers are
                        # runs of their own, the note a word standing apart after them
                        ln.row = numbers + [last]
    _number_in_a_column_of_rows(items)


#: a labelled row's note after its numbers: after this many numbers at least (表三's seven, 表二's
#: three), a word of this many characters at most (no digit, no sentence's punctuation)
_NOTED_ROW_VALUES = 3
_NOTE_CHARS = 10


def _number_in_a_column_of_rows(items: List[Item]) -> None:
    """A line of a label then one number, the number a piece of its own standing apart from the
    label (half a character at least) where the numbers of rows above or below it stand (their
    only number's start, end or middle within a point: a column of a table drawn without
    borders): a row, whatever its label (表三's first part drawn as a table of its own, the labels and 自然人: "（二）部分
    公开（区分处理的，只计这一情 | 1", "（三）不予公开 | 1.属于国家秘密 | 0"). A line of a label and one
    number is otherwise a row only when the label is short and holds no punctuation or digit
    (:func:`row_of_numbers`: a sentence ends in a figure too), so such rows were prose, their labels
    run into their numbers, and the table lost them. Two rows at least (within the page) must stand
    so; the label's pieces are its cells; a label with a full stop is a sentence's, no row's."""
    for k, ln in enumerate(items):
        if not (ln.line and ln.row is None and ln.text and len(ln.runs) >= 2):
            continue
        number, label = ln.runs[-1], ln.runs[:-1]
        size = max(ln.box.size, 1.0)
        if not _VALUE.match(number.text) or number.x0 - label[-1].x1 < size / 2 \
                or any(_VALUE.match(r.text) for r in label) or any("。" in r.text for r in label):
            continue
        same = 0
        for other in items[max(0, k - 8):k + 9]:
            if other is ln or not other.line or other.page != ln.page or other.row is None or not other.runs \
                    or _count_values(other.row) != 1 or not _VALUE.match(other.runs[-1].text):
                continue
            there = other.runs[-1]
            if abs(there.x0 - number.x0) <= 1.0 or abs(there.x1 - number.x1) <= 1.0 \
                    or abs(there.x0 + there.x1 - number.x0 - number.x1) <= 2.0:
                same += 1
        if same >= 2:
            ln.row = [c for r in label for c in _SPLIT_LABEL.split(r.text) if c] + [number.text]


def _numbers_apart(runs) -> bool:
    """The runs before a line's last one end with numbers each a run of its own (a table's cells,
    not a sentence's words)."""
    n = 0
    for r in reversed(runs[:-1]):
        if not _VALUE.match(r.text):
            break
        n += 1
    return n >= _NOTED_ROW_VALUES


def _tail(row: List[str]) -> int:
    """How many cells of a row follow its label: its numbers, and its note after them."""
    note = _note_cell(row)
    return _count_values(row[:len(row) - note]) + note


def _note_cell(row: Optional[List[str]]) -> int:
    """1 when a row's last cell is a note after its numbers (:func:`rows_written_as_numbers`), else 0."""
    if not row or len(row) < _NOTED_ROW_VALUES + 1 or not row[-1] or _VALUE.match(row[-1]):
        return 0
    return 1 if _count_values(row[:-1]) >= _NOTED_ROW_VALUES and not _NUMBER.search(row[-1]) else 0


#: after digits spaced one a run, a date's unit ("2 0 2 4 年"): a year, not a row with a note
_DATE_UNITS = ("年", "月", "日", "年度")


def rows_side_by_side(items: List[Item], vocab: Vocabulary) -> None:
    """A table drawn without borders with two blocks side by side (表二's blocks two by two:
    "规章 0 0 0 行政许可 120", "行政处罚 35 行政事业性收费 1.25"): a line no row by its numbers alone
    (words after its first numbers) is one row of both when it is a row (a label then numbers)
    followed by words that are a row label of the formats (one no column shares) and numbers
    after them — the cells of one grid row, as a drawn table's would be; the binder parts the two
    rows (:meth:`govlint.binder.bind._Binder._side_by_side`). Words after numbers that are no
    row's label ("0 0 0 单位：件") make no row. Cheap sign: a line of four runs or more."""
    for ln in items:
        if not (ln.line and ln.row is None and len(ln.runs) >= 4):
            continue
        tokens = [r.text for r in ln.runs]
        for i in range(2, len(tokens) - 1):
            if not _VALUE.match(tokens[i - 1]) or _VALUE.match(tokens[i]) or not vocab.is_row_label(tokens[i]):
                continue
            if not all(_VALUE.match(t) and _NUMBER.search(t) for t in tokens[i + 1:]):
                continue
            left = row_of_numbers(" ".join(tokens[:i]))
            if left is not None and any(not _VALUE.match(c) for c in left):
                ln.row = left + tokens[i:]
            break


#: a line that is a label run into a number, no space between: "行政强制2"
_RUN_INTO_NUMBER = lazy(r"^(\D*\D)(\d+(?:\.\d+)?)$")


def label_run_into_its_number(items: List[Item], vocab: Vocabulary) -> None:
    """A borderless table's row whose label fills its narrow cell, its number close after it,
    on a page of its own (a browser's print: 表二's "行政强制2" at the top of the next page): the
    PDF reader cuts such cells where other lines of the page start a column
    (:func:`govlint.readers.pdf._cells_touching`), and no line of this page does; read as a
    line of prose, the row was missing (C202). A PDF line of one piece that is a row label of
    the formats (one no column shares) followed by a number is that row. Cheap sign: a line
    of one piece that ends with a digit."""
    for ln in items:
        if ln.line and ln.row is None and len(ln.runs) == 1 and ln.text[-1:].isdigit():
            m = _RUN_INTO_NUMBER.match(ln.text)
            if m and vocab.is_row_label(m.group(1)):
                ln.row = [m.group(1), m.group(2)]


# -- a table drawn without borders, its labels wrapped in narrow columns ---------------------

def _anchor(it: Item) -> Optional[Tuple[Tuple[Run, ...], float]]:
    """A line that is a row (recognised by its numbers) and whose runs are its words: (the
    label's runs, where the numbers start)."""
    if not it.line or it.row is None or not it.runs or not it.text:
        return None
    if [r.text for r in it.runs] != it.text.split():
        return None
    note = _note_cell(it.row)
    if note and it.runs[-1].text != it.row[-1]:
        return None
    runs = it.runs[:len(it.runs) - note]
    nv = _count_values(it.row[:len(it.row) - note])
    texts = [r.text for r in runs]
    if nv == 0 or nv > len(runs) or any(not (_VALUE.match(texts[k]) or _placeholder_among_values(texts, k))
                                        for k in range(len(runs) - nv, len(runs))):
        return None
    return runs[:len(runs) - nv], runs[len(runs) - nv].x0


def _label_piece_line(it: Item, left: float, limit: float, tol: float) -> bool:
    """A line that holds only label text, every piece of it left of the numbers."""
    if not it.line or it.row is not None or not it.runs or not it.text:
        return False
    if [r.text for r in it.runs] != it.text.split():
        return False
    for r in it.runs:
        if r.x0 < left - tol or r.x1 > limit + tol or "。" in r.text or _ENUM_START.match(r.text):
            return False
    return True


def borderless_table_with_wrapped_labels(items: List[Item], vocab: Optional[Vocabulary] = None) -> None:
    """A table drawn without borders, its label columns so narrow that labels wrap: a PDF line
    holds a row's numbers and the first line of each of its labels; the rest of the labels follow
    on lines of their own, pieces of neighbouring columns side by side ("不予公 国家秘").

    The rows are the lines recognised by their numbers (:func:`rows_written_as_numbers`); the
    label columns are where the label pieces of those lines start (``Item.runs``, the PDF reader's
    pieces with their x positions), or stand around when the text is centred across its cells
    (:func:`_label_columns`). Each piece of a line between two rows that holds only label
    text goes, by its x position, to its column, and is appended to that column's label in the row
    above (a cell's first line stands on its row's line: top alignment, Word's default, which
    LibreOffice keeps) — or, when that row has no label there, to the merged cell above it. With
    the formats' words (``vocab``): a piece on a row's line that completes the label above
    ("三、本" / "年度办" / "理结果") joins it (a merged cell); the lines after the last row are
    taken only when they complete its labels; a label of the formats takes no piece that makes it
    none (then those lines stay as they were). The rows get one cell per label column.

    Cells centred vertically are tried first, on one page at a time: a label reaches as far below
    its row's line as above it (the numbers' line stands between the halves of a label of an even
    number of lines, on the middle line of an odd one); taken only when every label this makes is
    one of the formats. (A centred row cut by a page break, or a merged cell centred over its rows,
    is not recognised so.)"""
    if vocab is not None:
        _centred_label_tables(items, vocab)
    k = 0
    while k < len(items):
        a = _anchor(items[k])
        if a is None or not a[0]:
            k += 1
            continue
        k = _wrapped_label_table(items, k, vocab)


#: the room Word leaves between the texts of two cells side by side (its cells' default margins,
#: 0.19 cm each side): a cell's text that ends closer than this and a character to the next cell's
#: text filled its cell
_CELL_PADDING = 11.0


def _cell_room(size: float) -> float:
    """The least room between two cells' texts side by side (:func:`cell_wrapped_in_a_borderless_row`)
    at characters of ``size`` points: Word's (:data:`_CELL_PADDING` less a point), or 0.9 of a
    character where that is less — a page printed by a browser shrunk to the paper shrinks its
    cells' padding with its text (LibreOffice's HTML of narrow borderless tables printed by
    Chromium: 8.1 pt between "信息处理" and "0元" at 8.6 pt)."""
    return min(_CELL_PADDING - 1, 0.9 * size)


def cell_wrapped_in_a_borderless_row(items: List[Item]) -> None:
    """A small table drawn without borders whose cells hold words, not a row of numbers (六's fee
    as "信息处理费 | 0元" in a narrow label column): Word prints a cell's first line on its row's line
    and wraps the rest below it, so the PDF's lines are "信息处 0元" and "理费" — read as lines, the
    label's halves stood apart around its value ("信息处0元" / "理费": a false F401, the fee said
    nowhere).

    A line of pieces apart (two runs or more, no row of numbers) followed, a line below, by a line
    whose every piece starts where a piece of it starts and ends before the next one's start is
    the rest of those cells, appended to them — when each piece it continues filled its cell (one
    character more would have reached into the next cell's room: :data:`_CELL_PADDING`), so a next
    row's label under a short cell stays a line, and stands from the next piece by that room at
    least (:func:`_cell_room`) (pieces of a line closer than that are words of one paragraph, a number set in another
    font: a PDF opened in Word, a text box a line), and the rest opens no item ("一、总体情况"). Lines of such a rest go on while each is a line
    below the last. Cheap sign: a line of two runs or more not read as a row."""
    k = 0
    while k < len(items) - 1:
        a = items[k]
        if not (a.line and a.row is None and not a.tabbed and len(a.runs) >= 2 and a.text):
            k += 1
            continue
        size = max(a.box.size, 1.0)
        runs = list(a.runs)
        last = a
        j = k + 1
        while j < len(items):
            b = items[j]
            if not (b.line and b.row is None and not b.tabbed and b.runs and b.page == a.page
                    and abs(b.box.size - a.box.size) <= 0.5 and 0 < b.box.top - last.box.top <= 2.0 * size):
                break
            into = []
            for piece in b.runs:
                at = next((i for i, r in enumerate(runs[:-1]) if abs(r.x0 - piece.x0) <= 1.0), None)
                gap = runs[at + 1].x0 - runs[at].x1 if at is not None else 0.0
                if at is None or piece.x1 > runs[at + 1].x0 - size or at in (i for i, _ in into) \
                        or not _cell_room(size) <= gap < size + _CELL_PADDING \
                        or runs[at].text[-1:] in "。；;" or _ENUM_START.match(piece.text):
                    into = []
                    break
                into.append((at, piece))
            if not into:
                break
            for at, piece in into:
                r = runs[at]
                runs[at] = r._replace(text=r.text + piece.text, x1=max(r.x1, piece.x1))
            last = b
            j += 1
        if j > k + 1:
            a.runs = tuple(runs)
            a.text = " ".join(r.text for r in runs)
            del items[k + 1:j]
        k += 1


def _wrapped_label_table(items: List[Item], start: int, vocab: Optional[Vocabulary]) -> int:
    labels, limit = _anchor(items[start])
    size = max(items[start].box.size, 1.0)
    tol = 0.8 * size
    left = min(r.x0 for r in labels)
    anchors: List[int] = [start]
    between: Dict[int, List[int]] = {start: []}  # the label lines after each row's line
    notes: Dict[int, Tuple[int, Tuple[Run, ...], Tuple[Run, ...], str]] = {}  # line → (row, note's runs, as read)
    j = start + 1
    while j < len(items):
        it = items[j]
        if it.line and not it.text:
            j += 1
            continue
        an = _anchor(it)
        if an is not None:
            if (an[0] and min(r.x0 for r in an[0]) < left - tol) or (not an[0] and an[1] < limit - tol):
                break
            anchors.append(j)
            between[j] = []
            limit = an[1]
            j += 1
            continue
        if _label_piece_line(it, left, limit, tol):
            between[anchors[-1]].append(j)
            j += 1
            continue
        parts = _note_apart(it, items[anchors[-1]], left, limit, tol)
        if parts is not None:
            # the rest of the row's note after its numbers (a 备注 cell wrapped as its label is):
            # the line's label pieces are read as the others', the note's go to the row's note
            notes[j] = (anchors[-1], parts[1], it.runs, it.text)
            it.runs, it.text = parts[0], " ".join(r.text for r in parts[0])
            if parts[0]:
                between[anchors[-1]].append(j)
            j += 1
            continue
        break
    if any(between.values()):
        skip: set = set()
        for _ in range(4):  # a line refused takes its pieces out of the other columns too
            refused = _wrapped_labels_placed(items, anchors, between, skip, tol, vocab)
            if not refused:
                break
            skip |= refused
    for ln, (row, note, runs, text) in notes.items():
        it = items[ln]
        if it.text:  # its label pieces were not taken: the line stays as it was
            it.runs, it.text = runs, text
            continue
        owner = items[row]
        owner.row = owner.row[:-1] + [join_lines([owner.row[-1]] + [r.text for r in note])]
        it.runs = ()
    return max(j, start + 1)


def _note_apart(it: Item, row: Item, left: float, limit: float, tol: float):
    """A line under a row with a note after its numbers, holding label pieces left of the numbers
    and pieces under the note (starting where it starts, or after): (label runs, note runs), or
    None."""
    if not it.line or it.row is not None or not it.runs or not it.text or not _note_cell(row.row):
        return None
    if [r.text for r in it.runs] != it.text.split() or not row.runs or row.runs[-1].text != row.row[-1]:
        return None
    at = row.runs[-1].x0
    labels = tuple(r for r in it.runs if r.x1 <= limit + tol)
    note = tuple(r for r in it.runs if r.x0 >= at - tol)
    if not note or len(labels) + len(note) != len(it.runs) or any(_NUMBER.search(r.text) for r in note):
        return None
    if labels and not _label_piece_line(replace(it, runs=labels, text=" ".join(r.text for r in labels)),
                                        left, limit, tol):
        return None
    return labels, note


def _wrapped_labels_placed(items: List[Item], anchors: List[int], between: Dict[int, List[int]], skip: set,
                           tol: float, vocab: Optional[Vocabulary]) -> set:
    """Place the label lines between the rows (except ``skip``) into the rows' cells, or return
    the lines a column refuses (nothing changed then)."""
    # the label columns: where the label pieces of the rows' lines start (or stand around)
    cols, col = _label_columns([r for i in anchors for r in _anchor(items[i])[0]], tol)

    n = len(anchors)
    own = [[[] for _ in cols] for _ in anchors]  # pieces on each row's own line, by column
    for r, i in enumerate(anchors):
        for run in _anchor(items[i])[0]:
            own[r][col(run)].append(run.text)
    # the pieces between row r's line and the next, by column: (line, text)
    pieces = [[[] for _ in cols] for _ in anchors]
    for r, i in enumerate(anchors[:-1]):
        row_runs = _anchor(items[i])[0]
        for ln in between[i]:
            if ln in skip:
                continue
            for run in items[ln].runs:
                c = col(run)
                if not own[r][c] and vocab is not None:
                    # a cell's next line centred under its first ("（六）其他" / "处理": it starts right of the
                    # first line's start, in no column of its own on this row), the two a label: that cell's,
                    # not a label's of its column further up (voices56e: "处理处理" on a row a page before)
                    mid = (run.x0 + run.x1) / 2
                    c = next((col(o) for o in row_runs if o.x0 < run.x0 and mid <= o.x1 and col(o) < c
                              and own[r][col(o)] and vocab.is_label("".join(own[r][col(o)]) + run.text)), c)
                pieces[r][c].append((ln, run.text))
    cells = [[list(own[r][c]) for c in range(len(cols))] for r in range(n)]
    taken: set = set()
    refused: set = set()
    for c in range(len(cols)):
        column = _place_column([own[r][c] for r in range(n)], [pieces[r][c] for r in range(n)], vocab)
        lines = {ln for r in range(n) for ln, _ in pieces[r][c]}
        if column is None:
            refused |= lines
            continue
        past = _pieces_past_a_label(column, [own[r][c] for r in range(n)], [pieces[r][c] for r in range(n)], vocab)
        if past:
            refused |= past
            continue
        taken |= lines
        for r in range(n):
            cells[r][c] = column[r]
    if refused:
        return refused
    # the lines after the last row: only when they complete its labels
    trailing = _trailing_pieces(items, between[anchors[-1]], cells, col, vocab)
    used = sorted(taken) + trailing
    if not used:
        return set()
    _rebuild_rows(items, anchors, cells, used)
    return set()


def _pieces_past_a_label(column: List[List[str]], own: List[List[str]], pieces: List[List[Tuple[int, str]]],
                         vocab: Optional[Vocabulary]) -> set:
    """The lines of pieces that a column's label of the formats, whole with the pieces before them,
    would take past its end, making it none ("1.申请人无正当理由逾期不补正、行政机关" / "不再处理其政府信息公开
    申请" / "总计": the last a head's word alone on its line, 表三's last part drawn as a table of its
    own under the others, whose label column it stands in): set apart (read as they are)."""
    if vocab is None:
        return set()
    line_of = {t: ln for p in pieces for ln, t in p}
    past: set = set()
    for r, cell in enumerate(column):
        if len(cell) <= len(own[r]) or vocab.is_label("".join(cell)):
            continue
        for k in range(len(cell) - 1, max(len(own[r]), 1) - 1, -1):
            if vocab.is_label("".join(cell[:k])):
                past |= {line_of[t] for t in cell[k:] if t in line_of}
                break
    return past


def _clusters(xs: List[float], tol: float) -> List[float]:
    """``xs`` in groups, each of the values within ``tol`` of its first: the groups' first values."""
    out: List[float] = []
    for x in sorted(xs):
        if not out or x - out[-1] > tol:
            out.append(x)
    return out


def _label_columns(runs: Sequence[Run], tol: float):
    """The label columns of a borderless table from its rows' label pieces, and which column a
    piece is in: (the columns, a function of a run). The columns are where the pieces start
    (Word's and most producers' text at the cell's left); where the pieces' middles fall into
    fewer groups than their starts, their text is centred across the cells (WPS's 居中: each label
    starts elsewhere, all around its cell's middle) and a piece is in the column whose middle is
    nearest its own."""
    starts = _clusters([r.x0 for r in runs], tol)
    middles = _clusters([(r.x0 + r.x1) / 2 for r in runs], tol)
    if len(middles) >= len(starts):
        return starts, lambda run: max([c for c, x in enumerate(starts) if x <= run.x0 + tol] or [0])
    groups: List[List[float]] = [[] for _ in middles]
    for r in runs:
        m = (r.x0 + r.x1) / 2
        groups[max(c for c, x in enumerate(middles) if x <= m)].append(m)
    centres = [sum(g) / len(g) for g in groups]
    return centres, lambda run: min(range(len(centres)), key=lambda c: abs(centres[c] - (run.x0 + run.x1) / 2))


def _place_column(own: List[List[str]], pieces: List[List[Tuple[int, str]]],
                  vocab: Optional[Vocabulary]) -> Optional[List[List[str]]]:
    """One label column: the pieces of each row's label, or None when a piece has no row."""
    n = len(own)
    if not any(pieces):
        return [list(o) for o in own]
    texts = [[t for _, t in p] for p in pieces]
    # top alignment: below its row's line; a row with no label there continues the one above
    top = [list(o) for o in own]
    for r in range(n):
        if not texts[r]:
            continue
        target = next((m for m in range(r, -1, -1) if top[m]), None)
        if target is None:
            return None
        top[target] += texts[r]
    best = _merged_cells_read_down(top, vocab)
    if vocab is not None:
        # a label of the formats takes no piece that makes it none
        for r in range(n):
            whole = "".join(own[r])
            if own[r] and best[r] != own[r] and vocab.is_label(whole) and not vocab.is_label("".join(best[r])):
                return None
    return best


def _centred_label_tables(items: List[Item], vocab: Vocabulary) -> None:
    """Tables whose cells are centred vertically: see :func:`borderless_table_with_wrapped_labels`."""
    k = 0
    while k < len(items):
        if _anchor(items[k]) is None:
            k += 1
            continue
        k = _centred_label_table(items, k, vocab)


def _label_line(it: Item, page: int, left: float, limit: float, tol: float) -> bool:
    """A line of label text only (an enumerator may open it), left of the numbers."""
    if not it.line or it.row is not None or not it.runs or not it.text or it.page != page:
        return False
    if [r.text for r in it.runs] != it.text.split():
        return False
    return all(r.x0 >= left - tol and r.x1 <= limit + tol and "。" not in r.text for r in it.runs)


def _centred_label_table(items: List[Item], start: int, vocab: Vocabulary) -> int:
    first = items[start]
    labels, limit = _anchor(first)
    size = max(first.box.size, 1.0)
    tol = 0.8 * size
    left = first.box.left if first.box.left else min([r.x0 for r in labels] or [first.box.x0])
    page = first.page
    lines: List[int] = []
    j = start - 1
    while j >= 0 and (not items[j].text and items[j].line or _label_line(items[j], page, left, limit, tol)):
        if items[j].text:
            lines.insert(0, j)
        j -= 1
    leading = set(lines)
    anchors: List[int] = []
    j = start
    while j < len(items):
        it = items[j]
        if it.line and not it.text:
            j += 1
            continue
        an = _anchor(it)
        if an is not None and it.page == page and abs(an[1] - limit) <= tol and all(
                r.x0 >= left - tol for r in an[0]):
            anchors.append(j)
        elif not _label_line(it, page, left, limit, tol):
            break
        lines.append(j)
        j += 1
    end = max(j, start + 1)
    rows = set(anchors)
    if not anchors or len(anchors) == len(lines):
        return end  # no line of labels alone
    pieces = []  # (top, x0, text, line)
    for i in lines:
        runs = _anchor(items[i])[0] if i in rows else items[i].runs
        pieces += [(items[i].box.top, r.x0, r.text, i) for r in runs]
    cols: List[float] = []
    for x in sorted(p[1] for p in pieces):
        if not cols or x - cols[-1] > tol:
            cols.append(x)

    def col(x: float) -> int:
        return max([c for c, x0 in enumerate(cols) if x0 <= x + tol] or [0])

    n = len(anchors)
    cells = [[[] for _ in cols] for _ in anchors]
    row_of: Dict[int, int] = {}  # piece → row
    below = items[anchors[1]].box.top if n > 1 else first.box.top + 10 * size
    for c in range(len(cols)):
        column = sorted((p for p in range(len(pieces)) if col(pieces[p][1]) == c), key=lambda p: pieces[p][0])
        i = 0
        for r, a in enumerate(anchors):
            y = items[a].box.top
            # a line above the table (its head) would reach past the first row: not the row's
            while r == 0 and i < len(column) and pieces[column[i]][3] in leading and \
                    2 * y - pieces[column[i]][0] >= below - tol:
                i += 1
            if i >= len(column) or pieces[column[i]][0] > y + tol:
                continue  # no label in this column: the row's cell is empty or merged above
            bottom = 2 * y - pieces[column[i]][0]  # a centred cell reaches as far below its row's line as above
            while i < len(column) and pieces[column[i]][0] <= bottom + tol:
                cells[r][c].append(pieces[column[i]][2])
                row_of[column[i]] = r
                i += 1
    # a line is the table's when all its pieces have a row; every line between the rows must be
    placed: Dict[int, List[bool]] = {}
    for p, piece in enumerate(pieces):
        placed.setdefault(piece[3], []).append(p in row_of)
    used = []
    for i in lines:
        if i in rows:
            continue
        if all(placed[i]):
            used.append(i)
        elif any(placed[i]) or anchors[0] < i < anchors[-1]:
            return end
    if not used:
        return end
    by_column = [_merged_cells_read_down([cells[r][c] for r in range(n)], vocab) for c in range(len(cols))]
    cells = [[by_column[c][r] for c in range(len(cols))] for r in range(n)]
    # only when every label it makes is a label of the formats
    for r, a in enumerate(anchors):
        own = [[] for _ in cols]
        for run in _anchor(items[a])[0]:
            own[col(run.x0)].append(run.text)
        for c in range(len(cols)):
            if cells[r][c] != own[c] and cells[r][c] and not vocab.is_label("".join(cells[r][c])):
                return end
    _rebuild_rows(items, anchors, cells, used)
    return end


def _rebuild_rows(items: List[Item], anchors: List[int], cells, used) -> None:
    """Each row anchored at ``anchors[r]`` takes its label cells (the pieces in ``cells[r]``, a
    list per label column) before its numbers; the lines whose pieces were used are emptied."""
    for r, i in enumerate(anchors):
        it = items[i]
        nv = _tail(it.row)
        label_cells = [join_lines(parts) for parts in cells[r]]
        now, new = "".join(it.row[:len(it.row) - nv]), "".join(label_cells)
        if any(label_cells) and not (now.startswith(new) and len(now) > len(new)):
            # (a label an earlier reading completed, "（七）总计", is not cut back to "（七）总")
            it.row = label_cells + it.row[len(it.row) - nv:]
    for i in used:
        items[i].text = ""
        items[i].runs = ()


def _merged_cells_read_down(cells: List[List[str]], vocab: Optional[Vocabulary]) -> List[List[str]]:
    """A merged cell's lines on the next rows' lines ("三、本" / "年度办" / "理结果"): joined into
    the first when together they spell a label and the rest is none."""
    if vocab is None:
        return cells
    cells = [list(c) for c in cells]
    for r in range(len(cells)):
        if not cells[r] or vocab.is_label("".join(cells[r])):
            continue
        text = "".join(cells[r])
        rest = ""
        for m in range(r + 1, min(len(cells), r + 8)):
            if not cells[m] or _ENUM_START.match(cells[m][0]):
                break
            rest += "".join(cells[m])
            if vocab.is_label(text + rest) and (not vocab.is_label(rest) or not _ENUM_START.sub("", text).strip()):
                for q in range(r + 1, m + 1):
                    cells[r] += cells[q]
                    cells[q] = []
                break
    return cells


def _trailing_pieces(items, lines, cells, col, vocab) -> List[int]:
    """The label lines after the last row that complete its labels (or a merged cell's above):
    the most of them after which every label they touch is a label of the formats."""
    if vocab is None or not lines:
        return []
    work = [[list(parts) for parts in row] for row in cells]  # (each cell's own list: a piece refused stays out)
    before = {}
    good: List[int] = []
    taken: List[int] = []
    for ln in lines:
        for run in items[ln].runs:
            c = col(run)
            r = next((m for m in range(len(work) - 1, -1, -1) if work[m][c]), None)
            if r is None:
                return good
            before.setdefault((r, c), "".join(work[r][c]))
            work[r][c].append(run.text)
        taken.append(ln)
        if all(vocab.is_label("".join(work[r][c])) for r, c in before):
            good = list(taken)
            for r, c in before:
                cells[r][c] = list(work[r][c])
    return good


def row_label_wrapped_onto_the_line_before(items: List[Item]) -> None:
    """A row label that wrapped: the line before a row, when that line follows a row itself,
    is the start of the row's label."""
    for k in range(2, len(items)):
        ln, prev, before = items[k], items[k - 1], items[k - 2]
        if ln.row is None or prev.row is not None or not prev.line or before.row is None:
            continue
        nv = _tail(ln.row)
        label = " ".join(ln.row[:len(ln.row) - nv])
        if not label or _ENUM_START.match(label) or not prev.text or prev.page != ln.page:
            continue
        if _TOP_ENUM.match(prev.text) or prev.text.rstrip().endswith("。") or len(prev.text) > 40:
            continue
        label = prev.text.strip() + " " + label
        ln.row = [c for c in _SPLIT_LABEL.split(label) if c] + ln.row[len(ln.row) - nv:]
        prev.text = ""


_GLUED_NUMBER = lazy(r"(?<=[^\d\s.,，．])\d[\d,，]*(?:\.\d+)?$")


def _line_values(text: str) -> int:
    """The numbers a line ends with, one glued to its label ("…禁止公开0": a tab that reached
    no further than the label's end) counted too."""
    tokens = text.split()
    n = 0
    while n < len(tokens) and _VALUE.match(tokens[len(tokens) - 1 - n]):
        n += 1
    if n < len(tokens) and _GLUED_NUMBER.search(tokens[len(tokens) - 1 - n]):
        n += 1
    return n


#: a page's text block narrower than this many characters has no line that ran to a margin (its
#: lines all short: a table's cells a line each, "规范性文件" / "0" / "0" / "0"; a page's text is
#: 25 characters wide and more, a column of a page set in two columns 15 and more at 10.5 pt)
_NARROW_BLOCK = 12


def row_wrapped_at_the_right_margin(items: List[Item], vocab: Optional[Vocabulary] = None) -> None:
    """A row typed with tabs in Word (no table) that ran past the right margin: the page goes on
    with its last numbers ("（一）予以公开 4 1 0 0 0 0" / "5"), or the rest of its label ("…政府信息公"
    / "开申请 0 0 …"), on the next line, from the left. The next line joins the row when the row
    reaches the margin, the line starts left of the row's numbers, and it is numbers that complete
    the row (no more numbers together than the rows around it hold), or a label's rest that makes
    the row's last piece a label of the formats; and so on over three lines."""
    widest = None
    for k in range(len(items) - 1):
        row = items[k]
        if not (row.line and row.text and row.runs):
            continue
        box = row.box  # the last line the row took in
        for nxt in items[k + 1:k + 4]:
            if not (nxt.line and nxt.text and nxt.runs) or nxt.page != row.page:
                break
            size = max(box.size, 1.0)
            if box.x1 < box.right - 4 * size or nxt.box.top <= box.top:
                break
            if box.right - box.left < _NARROW_BLOCK * size:
                break  # a page of short lines only (cells a line each): its longest is no margin
            tokens = nxt.text.split()
            if all(_VALUE.match(t) for t in tokens):  # the row's last numbers
                have = _line_values(row.text)
                if have > len(row.runs) or all(_VALUE.match(t) for t in row.text.split()) \
                        or not (have or vocab is not None and vocab.is_row_label(row.runs[-1].text)):
                    break
                at = row.runs[-max(have, 1)]  # where its numbers start (a glued one, or none: at the label's end)
                start = at.x0 if _VALUE.match(at.text) else at.x1
                if nxt.runs[0].x0 > start + 1:
                    break
                if widest is None:  # the most numbers a labelled line of the document holds
                    widest = max((_line_values(it.text) for it in items if it.line and it.text
                                  and not _VALUE.match(it.text.split()[0])), default=0)
                if nxt.runs[0].x0 > start - 1 and have + len(tokens) > widest:
                    # under the row's first number (custom tab stops, or a table drawn without
                    # borders whose next row's numbers stand alone): only numbers that fit the rows
                    break
                row.text, row.runs = row.text + " " + nxt.text, row.runs + nxt.runs
                widest = max(widest, have + len(tokens))  # (every row may wrap: the rows joined count)
            elif vocab is None or nxt.runs[0].x0 > max(row.runs[0].x0 - 1, box.left + 4 * size):
                break  # (a wrapped line starts at the margin, or at its first tab stops)
            elif box.x1 >= box.right - 2 * size and not vocab.is_label(nxt.runs[0].text) \
                    and vocab.joins(_ENUM_START.sub("", row.runs[-1].text), _GLUED_NUMBER.sub("", nxt.runs[0].text)) \
                    and (box.x1 >= box.right - size or vocab.is_row_label(
                        _ENUM_START.sub("", row.runs[-1].text) + _GLUED_NUMBER.sub("", nxt.runs[0].text))):
                # a label's rest: the text ran to the margin, the line broke inside a word (a row's
                # label also within two characters of it: a browser breaks a line of CJK a
                # character or two short of the text's right edge, which a wider line of the page,
                # a row's numbers, sets; not a head's column names, whose next head row may repeat)
                last, first = row.runs[-1], nxt.runs[0]
                row.runs = row.runs[:-1] + (Run(last.text + first.text, last.x0, first.x1),) + nxt.runs[1:]
                row.text = " ".join(r.text for r in row.runs)
            elif len(row.runs) > 1 and all(vocab.is_label(r.text) or vocab.is_head_word(r.text)
                                           for r in row.runs + nxt.runs) \
                    and not {r.text for r in row.runs} & {r.text for r in nxt.runs}:
                # a head's last words (a head that ran to the margin holds names side by side: a
                # name alone on its line is one of a stack of cells a line each, on a page of
                # short lines whose longest makes the "margin": "本年制发件数" / "本年废止件数" / "规章")
                row.text, row.runs = row.text + " " + nxt.text, row.runs + nxt.runs
            else:
                break
            box = nxt.box
            nxt.text, nxt.runs = "", ()


def column_head_broken_over_lines(items: List[Item]) -> None:
    """A column head broken over several lines above rows of bare numbers (表四's kind): one
    head row of all its words, so the table is recognised by its head."""
    for k, ln in enumerate(items):
        if ln.row is None or _count_values(ln.row) != len(ln.row) or ln.table is not None:
            continue
        run = []
        j = k - 1
        while j >= 0 and items[j].line and items[j].row is None and len(run) < 20:
            t = items[j].text.strip()
            if not t:
                j -= 1
                continue
            if len(t) > 30 or _PUNCT.search(t) or _TOP_ENUM.match(t) or _NUMBER.search(t):
                break
            run.append(items[j])
            j -= 1
        if len(run) >= 2:
            run.reverse()
            run[0].row = [w for r in run for w in r.text.split()]
            for r in run[1:]:
                r.text = ""


def head_words_wrapped_in_their_cells(items: List[Item]) -> None:
    """A table drawn without borders whose head words are wider than their narrow cells (表二 with a
    year before each column's name: "信息内容 2024年本年制发件 2024年本年废止件 …" over "数 数 …"; 表四's
    sixteen columns: "未经复" / "议直接" / "起诉"): each word's rest stands on the lines below at the
    word's start, as the cell wraps it. Read as lines, the rests were lines of their own and the
    head named no column (its rows' numbers then had no columns: C200 for each row; 表四 not found).
    The head is one row of the words joined, when the upper line has two pieces or more and none
    a number (a year in a word is no number), the lines below (three at most) have no number and
    every piece of them starts where a piece above starts (within a point; or, centred across the
    cell, has its middle where the piece above has its own) that fills its cell
    (ends as close to the next piece's start as the cells' padding allows, :func:`_fills_its_cell`:
    a word wrapped, not a short one with room after it), and a row follows (or a head row joined
    so: the lines are read from the bottom up).
    Cheap sign: lines of pieces, the lower ones' pieces under the upper one's."""
    for k in range(len(items) - 2, -1, -1):
        up = items[k]
        if not (up.line and up.row is None and len(up.runs) >= 2 and up.text):
            continue
        if any(_VALUE.match(u.text) for u in up.runs):
            continue
        if k and _words_rests(items[k - 1], up, items[k - 1]) is not None:
            continue  # (the rests of the line above's words: joined with it)
        under: Dict[int, List[str]] = {}
        below: List[Item] = []
        last = up
        size = max(up.box.size, 1.0)
        for low in items[k + 1:k + 4]:
            at = _words_rests(up, low, last)
            if at is None:
                break
            for a, r in zip(at, low.runs):
                under.setdefault(a, []).append(r.text)
            below.append(low)
            last = low
        if not below:
            continue
        at = next((i for i in range(k + 1 + len(below), len(items)) if items[i].table is not None or items[i].text),
                  None)
        nxt = items[at] if at is not None else None
        if nxt is None or not (nxt.line and 0 < nxt.box.top - last.box.top < 4 * size):
            continue
        if nxt.row is None and not (column_head(up.text) and _rows_follow(items, at)):
            continue  # (head lines before the row: only under a line of column names, not a heading's)
        up.row = [u.text + "".join(under.get(i, ())) for i, u in enumerate(up.runs)]
        for low in below:
            low.text = ""


def _rows_follow(items: List[Item], k: int) -> bool:
    """Is ``items[k]`` a row, or a line of column names (whole: the reader joined its cells'
    halves, centred in their cells, into one line) over more of them and then a row? Three head
    lines at most (表四's head rows, a 备注 column's table drawn as a plain grid: "行政复" / "议"
    over "结果维持 … 备注" over "结果维持 … 总计" over its numbers)."""
    heads = 0
    for it in items[k:]:
        if it.line and not it.text:
            continue
        if it.row is not None:
            return True
        heads += 1
        if heads > 3 or not (it.line and column_head(it.text)):
            return False
    return False


def _words_rests(up: Item, low: Item, last: Item) -> Optional[List[int]]:
    """For each piece of ``low`` (a line just under ``last``, itself ``up`` or under it), the piece
    of ``up`` whose rest it is: one starting where it starts (within a point) and filling its cell
    (:func:`_fills_its_cell`). None when a piece is no such rest, or ``low`` holds a number, a full
    stop, or a piece with a sentence's punctuation that is not the rest of a note in brackets left
    open above it."""
    if not (up.line and up.runs and len(up.runs) >= 2 and low.line and low.row is None and low.runs
            and low.text and low.page == up.page and last.box is not None):
        return None
    size = max(up.box.size, 1.0)
    if not 0 < low.box.top - last.box.top < 2 * size or _NUMBER.search(low.text) or "。" in low.text:
        return None
    if abs(low.box.size - up.box.size) > 0.15 * size:
        # (a word wraps in its cell in its own type: a line in another size under it is none of its
        # rests -- a heading in the body's type, "二、 主动公开政府信息情况" with a space after 、, over a
        # table in a smaller type whose first label wraps under its "二、": "第二十条" / "第（一）" / "项")
        return None
    runs = up.runs
    fills = _fills_its_cell(runs, size)
    at = []
    for r in low.runs:
        a = next((i for i, u in enumerate(runs) if abs(u.x0 - r.x0) <= 1.0), None)
        if a is not None:
            full = a + 1 >= len(runs) or fills(runs[a + 1].x0 - runs[a].x1)
        else:
            # the cell's text centred across it (WPS's 居中): the rest under the word's middle; the
            # word fills its cell when a neighbour's stands close on either side (the other
            # neighbour may be a short word, centred with room around it)
            a = next((i for i, u in enumerate(runs) if abs(u.x0 + u.x1 - r.x0 - r.x1) <= 2.0), None)
            full = a is not None and fills(min(
                runs[a + 1].x0 - runs[a].x1 if a + 1 < len(runs) else size,
                runs[a].x0 - runs[a - 1].x1 if a else size))
        if a is None or a in at or not full or r.x1 - r.x0 > runs[a].x1 - runs[a].x0 + size:
            return None  # (a word's rest is no wider than its cell, which the word fills)
        if _PUNCT.search(r.text) and not _NOTE_OPEN.match(runs[a].text):
            return None  # (a sentence's, unless the rest of a note in brackets: 表三's "（本列数据的勾稽关系为：…）")
        at.append(a)
    return at


#: a head cell's note in brackets, whole ("（本列数据的勾稽关系为：…）"), no sentence
_NOTE_WHOLE = lazy(r"^[（(][^）)。]*[）)]$")
#: a head cell's note in brackets left open on its line ("（本列数据的勾稽关系为：第一项加第二项" wrapped in its cell)
_NOTE_OPEN = lazy(r"^[（(][^）)]*$")


def _fills_its_cell(runs: Sequence[Run], size: float):
    """Does a piece of a line of ``runs`` (a head's words in narrow cells) fill its cell, given the
    gap from its end to the next piece's start? Yes within a character (the cells' padding in a
    Word table), or within two characters when the gap is less than a character wider than the
    line's narrowest: two cells' padding is no fixed part of the type (LibreOffice's is 1.5
    characters at 9 pt), but the words that fill their cells stand that padding apart, a word
    wrapped had less than a character's room left after it, and a short word with room after it
    stands further from the next."""
    gaps = [b.x0 - a.x1 for a, b in zip(runs, runs[1:])]
    narrowest = min(gaps, default=size)

    def fills(gap: float) -> bool:
        return gap <= size or gap <= 2 * size and gap < narrowest + size
    return fills


def column_heads_next_to_rows(items: List[Item]) -> None:
    """A line of short column names whose next line is a row: a head row."""
    for k in range(len(items) - 2, -1, -1):
        ln = items[k]
        if not ln.line or ln.row is not None or not ln.text:
            continue
        nxt = next((x for x in items[k + 1:] if x.table is not None or x.text), None)
        if nxt is not None and (nxt.row is not None) and column_head(ln.text):
            ln.row = column_head(ln.text)
        elif nxt is not None and nxt.row is not None:
            ln.row = _noted_head(ln)  # (None when it is no head: as it was)


def _noted_head(ln: Item) -> Optional[List[str]]:
    """A PDF line whose first piece is a note in brackets and whose other pieces are column names
    (表三 drawn as tables one under another, its first part's head "（本列数据的勾稽关系为：…） | 自然人"):
    the pieces, as cells. The note's punctuation makes it no line of names for
    :func:`column_head`."""
    if len(ln.runs) < 2 or not _NOTE_WHOLE.match(ln.runs[0].text):
        return None
    names = [r.text for r in ln.runs[1:]]
    if any(" " in t or _PUNCT.search(t) or _NUMBER.search(t) or len(t) > 16 for t in names):
        return None
    return [ln.runs[0].text] + names


def lines_wrapped_in_a_paragraph(last: Item, nxt: Item, vocab: Optional[Vocabulary] = None) -> bool:
    """Is ``nxt`` the wrapped continuation of the paragraph whose last line is ``last``? Yes when
    ``last`` runs to the right margin and does not end a sentence, and ``nxt`` is not indented,
    not right of ``last`` when that starts out left of the text block (a browser's print of a
    page: the site's lines wider than the article), not a heading (一、 （一） 1.) and not a date (nor
    ``last`` a date, or a line set right: the closing's; nor a line of another type size); and (with ``vocab``) not when ``last`` is a whole
    name of the formats and ``nxt`` one too or a number (a table's cells a line each, on a page of
    short lines only, whose "margin" is its longest line: "本年制发件数" / "本年废止件数" / "现行有效件数"
    / "规章" / "0", from a Word document typed a cell a paragraph)."""
    if last.box is None or nxt.box is None:
        return False
    t = last.text.rstrip()
    if not t or t.endswith(_SENTENCE_END):
        return False
    if _HEADING.match(nxt.text) or _DATE_LINE.match(nxt.text):
        return False
    size = max(last.box.size, 1.0)
    if not 1 / 1.2 <= max(nxt.box.size, 1.0) / size <= 1.2:
        return False  # a size of its own: a title (22 pt) over the preface (16 pt), not one paragraph
    left = nxt.box.left
    if last.box.x1 < last.box.right - 1.5 * size:
        return False  # the line stops short of the margin: the paragraph ended there
    if last.box.x0 > (last.box.left + last.box.right) / 2 or _DATE_LINE.match(t):
        return False  # a line set right (the closing's agency, its date: "…办事处" / "2024年2月26日" over
        # "附件：名词解释") or a date alone: a line of its own, not a paragraph's first
    if nxt.box.x0 > left + 1.2 * size:
        return False  # the next line is indented: a new paragraph
    if last.box.x0 < left - 1.2 * size and nxt.box.x0 > last.box.x0 + 1.2 * size:
        return False  # a line out left of the page's text block (a web page's furniture printed: "发布时间：…
        # 来源：… 浏览次数：…"), the next inside it: a paragraph's lines wrap back to where it starts
    if vocab is not None and len(t) <= _NAME_LONGEST and vocab.is_whole_name(t):
        n = nxt.text.strip()
        if _VALUE.match(n) or (len(n) <= _NAME_LONGEST and vocab.is_whole_name(n)):
            return False
    return True


#: (the cheap sign: a longer line is no name of the formats)
_NAME_LONGEST = 40


def _count_values(cells: List[str]) -> int:
    n = 0
    for k in range(len(cells) - 1, -1, -1):
        if not (_VALUE.match(cells[k]) or _placeholder_among_values(cells, k)):
            break
        n += 1
    return n


def _placeholder_among_values(cells: Sequence[str], k: int) -> bool:
    """Cell ``k`` is a word written instead of 0 ("无", :data:`~govlint.layout.cells.PLACEHOLDERS`)
    with a value on each side of it: a cell of the row's numbers ("（一）予以公开 4 1 0 0 无 0 5"),
    not a word of its label, nor a note after its numbers (表四's 备注 "无", last on its line)."""
    return (cells[k] in PLACEHOLDERS and 0 < k < len(cells) - 1
            and bool(_VALUE.match(cells[k - 1])) and bool(_VALUE.match(cells[k + 1])))


#: how many section headings a table must hold, each a row of its own, to be a whole report typed in it
_HEADINGS_IN_A_REPORT_TABLE = 2


def report_typed_in_one_table(items: List[Item], vocab: Vocabulary) -> None:
    """A whole report typed in a spreadsheet and saved as one table (a web page, a PDF of the
    sheet): each paragraph a row whose only words are in its first cell (merged across the sheet,
    or run over the empty cells beside it), the statistical tables rows of the same sheet. Read as
    one table, the headings and paragraphs were rows and no section was found (S100). A table
    holding two rows or more that are a section's heading alone ("一、总体情况", or numbered another
    way: "1. 总体情况", "第一部分 总体情况", "**总体情况**": :func:`_section_heading`) is taken for such a
    report: each row whose only words stand in its first cell, and are neither a table's label nor
    the words that open a table's head ("第二十条第（一）项", "信息内容"), becomes a paragraph, and
    the rows between them are the report's tables. A table whose first row alone is a section's
    heading ("二、主动公开政府信息情况" merged across 表二) is that heading, then its table."""
    k = 0
    while k < len(items):
        grid = items[k].table
        if grid and len(grid) > 1 and _first_cell_alone(grid[0]) and _heading_of_a_tables_section(grid[0][0], vocab) \
                and sum(1 for r in grid if _first_cell_alone(r) and _section_heading(r[0].strip(), vocab)) == 1:
            # a table whose first row is its section's heading ("二、主动公开政府信息情况" merged across 表二:
            # the section's heading typed into its table): the heading, then the table (S101 said the
            # section was missing)
            it = items[k]
            heading = grid[0][0].strip()
            prev = next((items[j] for j in range(k - 1, max(k - 4, -1), -1) if items[j].text.strip() or items[j].table), None)
            if prev is not None and prev.table is None and prev.text.strip() == heading:
                # (the heading written above the table too: a sheet's title row repeating it, no second heading)
                items[k] = Item("", it.page, it.origin, it.box, table=grid[1:])
                k += 1
                continue
            items[k:k + 1] = [Item(heading, it.page, it.origin), Item("", it.page, it.origin, it.box, table=grid[1:])]
            k += 2
            continue
        if grid is None or sum(1 for r in grid if _first_cell_alone(r) and _section_heading(r[0].strip(), vocab)) \
                < _HEADINGS_IN_A_REPORT_TABLE:
            k += 1
            continue
        it = items[k]
        parts: List[Item] = []
        rows: List[List[str]] = []
        for row in grid:
            text = row[0].strip() if _first_cell_alone(row) else ""
            if text and not vocab.is_label(text) and not any(text.startswith(m) for m, _ in vocab.markers):
                if rows:
                    parts.append(Item("", it.page, it.origin, it.box, table=rows))
                    rows = []
                parts.append(Item(text, it.page, it.origin))
            elif any(c.strip() for c in row):
                rows.append(row)
        if rows:
            parts.append(Item("", it.page, it.origin, it.box, table=rows))
        items[k:k + 1] = parts
        k += len(parts)


def _heading_of_a_tables_section(text: str, vocab: Vocabulary) -> bool:
    """``text`` is the heading, numbered as the format does, of a section that holds a statistical
    table ("二、主动公开政府信息情况"; not "一、总体情况" over a table, which is read as it stands)."""
    text = text.strip()
    if not section_title_pattern(vocab).match(text):
        return False
    m = _NUMERAL_OPENING.match(text)
    return m is not None and chinese_int(m.group(1)) in {n for _, n in vocab.markers}


#: the numeral a heading opens with ("二、…", "**三、…")
_NUMERAL_OPENING = lazy(r"[#*\s]*([一二三四五六七八九十]{1,2})")


def _section_heading(text: str, vocab: Vocabulary) -> bool:
    """A section's heading as reports number it: "一、总体情况", or another way ("1. 总体情况",
    "第一部分 总体情况", "（一）总体情况", "一 总体情况") or a title in bold with no numeral
    ("**总体情况**"): :func:`section_title_pattern`'s ``other``."""
    return bool(section_title_pattern(vocab).match(text) or section_title_pattern(vocab, other=True).match(text))


def _first_cell_alone(row: List[str]) -> bool:
    """A row whose only words are in its first cell."""
    return bool(row) and bool(row[0].strip()) and not any(c.strip() for c in row[1:])


#: the most lines of a chart's categories with their values above its axis
_CHART_LINES = 12
#: the longest category name of a chart's bar
_CATEGORY = 10


def _axis(row: Optional[List[str]]) -> bool:
    """Whether ``row`` is a chart's value axis: five whole numbers or more counting up from 0 by one
    step ("0 1 2 3 4 5 6 7", "0 5 10 15 20"). No row of a statistical table is (its total would
    not be the sum of its parts)."""
    if row is None or len(row) < 5 or not all(c.isdigit() for c in row):
        return False
    values = [int(c) for c in row]
    step = values[1] - values[0]
    return values[0] == 0 and step > 0 and all(b - a == step for a, b in zip(values, values[1:]))


def _category_line(it: "Item") -> bool:
    """A line of a bar chart's category and its value ("不予处理 1", a bar's label beside the value
    printed at its end), or a value alone."""
    row = it.row if it.row is not None else [it.text.strip()]
    if not 1 <= len(row) <= 2 or not row[-1].isdigit():
        return False
    return len(row) == 1 or (0 < len(row[0]) <= _CATEGORY and not any(ch.isdigit() for ch in row[0]))


def chart_left_out(items: List[Item]) -> None:
    """A bar chart drawn in a PDF (LibreOffice's, WPS's) beside its table: its categories with the
    values at their bars' ends, a line each ("结转下年度 1" / "不予处理 1" / … / "予以公开 6"), over its
    value axis ("0 1 2 3 4 5 6 7"). Read, they were rows of 表三 before the table's own (false
    V501: "不予处理" a subtotal row). The axis and the two or more category lines right above it on
    its page are left out: a chart is no text of the report."""
    for k, it in enumerate(items):
        if not it.line or not _axis(it.row):
            continue
        first = k
        while first > 0 and k - first < _CHART_LINES and items[first - 1].line \
                and items[first - 1].page == it.page and _category_line(items[first - 1]):
            first -= 1
        if k - first >= 2:
            for gone in items[first:k + 1]:
                gone.text, gone.row, gone.runs = "", None, ()


def _render(blocks, vocab: Vocabulary) -> Lines:
    items = _items(blocks)
    if any(it.table is not None for it in items):
        report_typed_in_one_table(items, vocab)
    cell_split_by_a_page_break(items, vocab)
    if any(it.line for it in items):
        row_wrapped_at_the_right_margin(items, vocab)
        rows_written_as_numbers(items)
        rows_side_by_side(items, vocab)
        label_run_into_its_number(items, vocab)
        borderless_table_with_wrapped_labels(items, vocab)
        row_label_wrapped_onto_the_line_before(items)
        column_head_broken_over_lines(items)
        head_words_wrapped_in_their_cells(items)
        column_heads_next_to_rows(items)
        cell_wrapped_in_a_borderless_row(items)
        chart_left_out(items)

    out = Lines()
    rows: List[List[str]] = []
    origins: List[str] = []
    para: Optional[Item] = None  # the first line of the paragraph being joined
    para_last: Optional[Item] = None  # and its last line so far
    para_text = ""

    loose = False  # the rows being gathered came from lines of text (cells apart by spaces)
    numbered = None  # the last row number of a column of them dropped from the table before

    def flush_rows():
        nonlocal rows, origins
        if rows:
            out.table(rows, origins, loose)
            rows, origins = [], []

    def flush_para():
        nonlocal para, para_last, para_text
        if para is not None:
            out.paragraph(clean_text(para_text, digits=True), para.origin)
        para, para_last, para_text = None, None, ""

    _tabbed_heads(items)
    for ln in items:
        if ln.brk:
            flush_para()
            flush_rows()
            out.block_end()
            continue
        if ln.table is not None:
            flush_para()
            flush_rows()
            grid, numbered = sequence_column_dropped(sliver_columns_dropped(spacer_columns_dropped(ln.table)), numbered)
            out.table(grid, [ln.origin] * len(ln.table))
            continue
        if not ln.text:
            continue
        if ln.tabbed and ln.row is None:
            ln.row = paragraph_typed_with_tabs(ln.text)
        if ln.row is not None:
            flush_para()
            # (a row typed in a paragraph, its cells apart by tabs or typed spaces, is read like a
            # row off a line of text: a run of separators is one, as staff press tab twice to line
            # up a column, so a blank cell among them left no trace; a PDF's line whose cells were
            # parted by their positions keeps its blanks)
            from_line = bool(ln.line) and not ln.tabbed or ln.box is None and ln.tabbed
            if rows and from_line != loose:
                flush_rows()
            loose = from_line
            rows.append(ln.row)
            origins.append(ln.origin)
            continue
        flush_rows()
        if not ln.line:  # a paragraph as the source wrote it
            flush_para()
            out.paragraph(ln.text, ln.origin)
            continue
        if para_last is not None and lines_wrapped_in_a_paragraph(para_last, ln, vocab):
            para_text = join_lines([para_text, ln.text])
            para_last = ln
            continue
        flush_para()
        para, para_text, para_last = ln, ln.text, ln
    flush_para()
    flush_rows()
    return out
