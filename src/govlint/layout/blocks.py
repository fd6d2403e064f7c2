"""The block stage of layout: a section's paragraphs and tables as the grammar read them, made
into the tables a person sees.

Each repair is named after the layout it handles:

- **one cell per line, no indentation, no blank lines** (a web page copied as text): a run of
  short paragraphs with numbers among them is a table; a row starts at each label after a number
  (:func:`cell_runs`);
- **rows copied out of a PDF as space-separated text** ("规章 0 0 0"): the label and the numbers
  become cells (:func:`split_spaced`);
- **a header cell broken over lines** ("总" / "计" between two pieces of a table): joined, and
  the two pieces are one table again (:func:`rejoin`);
- **a label wrapped by a narrow column** ("行政事业性收" / "费", "（三）不" / "予公开", "社会公" /
  "益组织"), in one row's cells, or as a fragment line before or after its row: joined when the
  pieces spell one label of the formats together and not apart (:func:`rejoin`); also when the
  label's first pieces stand in several cells and its rest after its numbers, or after the head
  rows a table repeats on the next page;
- **a table's head in pieces of two or three characters** ("行政" / "复议" / … / "总计 未经"):
  joined, in order, into the head's names (:func:`heads_in_pieces`).
"""
from __future__ import annotations

import re
from itertools import chain
from operator import is_, itemgetter
from typing import List, Optional, Sequence, Tuple

from ..lexicon import enumerators
from ..lexicon.labels import NOTE_UNDER_A_TABLE
from ..lexicon.marks import CONTINUED_LINE, PAGE_NUMBER_LINE
from ..lexicon.numerals import AFTER_A_FIGURE, BEFORE_A_FIGURE, WITH_UNIT, value_in_words
from ..syntax.ast import BLANK, NUMBER, PLACEHOLDER, TEXT, Block, Cell, Paragraph, Row, Table
from .cells import DIGIT, LOOKALIKE_FIGURE, PLACEHOLDERS, has_ideograph, make_cell, span_of

from .vocabulary import Vocabulary, section_title_pattern
from ..lexicon.pattern import lazy


def arrange(blocks: Sequence[Block], vocab: Vocabulary) -> List[Block]:
    """A section's (or the front matter's) blocks with every block-stage repair made."""
    return heads_off_numbers(rejoin(spaced_heads(heads_in_pieces(cell_runs(spelled_down_heads(
        cell_lines_joined(grid_rows_joined(blocks)), vocab), vocab), vocab), vocab), vocab), vocab)


# ----------------------------------------------------------------------------------------
# a grid table's rows, each over several lines (pandoc's grid tables)

#: a grid table's border: "+-------+----+", the head's "+=====+====+" (pandoc, docutils)
_GRID_BORDER = lazy(r"[ \t]*\+(?:[-=:]+\+){2,}[ \t]*")


def grid_rows_joined(blocks: Sequence[Block]) -> Sequence[Block]:
    """A grid table (pandoc's, from a Word file to Markdown or plain text): each row between two
    borders ("+----+----+"), each cell's text wrapped at its column's width over the row's lines
    ("| 一、 | 2 | 0 |" / "| 本年 |   |   |" / "| 新收 |   |   |"). A border is no row (a paragraph of
    its own), so each row's lines were a table of their own, the label's pieces rows without
    numbers. Here the lines between two borders, each with as many cells, are one row, a cell the
    pieces of its column in order; the rows between borders, one table."""
    if not any(type(b) is Paragraph and "+" in b.text and _GRID_BORDER.fullmatch(b.text) for b in blocks):
        return blocks
    out: List[Block] = []
    rows: List[Row] = []
    first: Optional[Table] = None
    bordered = False  # (the block before was a border)

    def flush():
        nonlocal first, rows
        if first is not None:
            out.append(first._replace(rows=tuple(rows), span=first.span.to(rows[-1].span), header_rows=0))
        first, rows = None, []

    for b in blocks:
        if type(b) is Paragraph and _GRID_BORDER.fullmatch(b.text):
            bordered = True
            continue
        row = _grid_row(b.rows) if bordered and type(b) is Table else None
        if row is None:
            flush()
            out.append(b)
            bordered = False
            continue
        first = first if first is not None else b
        rows.append(row)
        bordered = False
    flush()
    return out


def _grid_row(lines: Sequence[Row]) -> Optional[Row]:
    """A grid row's lines as one row (each line as many cells), else None."""
    width = len(lines[0].cells)
    if width < 2 or any(len(r.cells) != width for r in lines):
        return None
    if len(lines) == 1:
        return lines[0]
    cells = []
    for j in range(width):
        pieces = [r.cells[j] for r in lines if r.cells[j].kind != BLANK]
        if not pieces:
            cells.append(lines[0].cells[j])
            continue
        text = pieces[0].text
        for c in pieces[1:]:
            # (words of a Latin script apart by a space; ideographs and digits run on)
            text += " " + c.text if text[-1:].isascii() and text[-1:].isalpha() and c.text[:1].isascii() \
                and c.text[:1].isalpha() else c.text
        span = pieces[0].span if len(pieces) == 1 else pieces[0].span.to(pieces[-1].span)
        cells.append(pieces[0] if len(pieces) == 1 else make_cell(text, span))
    return Row(tuple(cells), lines[0].span.to(lines[-1].span))


# ----------------------------------------------------------------------------------------
# a cell's lines, which a PDF-to-Markdown converter broke with <br>

#: the spaces the text stage left for a ``<br>`` in a cell (``lines._cell_breaks``: four at least),
#: between two ideographs or marks of a label
_CELL_LINE_BREAK = lazy(r"(?<=[^\s\d])[ ]{4,6}(?=[^\s\d])")


def cell_lines_joined(blocks: Sequence[Block]) -> Sequence[Block]:
    """A table's cell whose lines a PDF-to-Markdown converter broke with ``<br>`` ("当理由<br>逾期不<br>
    补正、…", pymupdf4llm): the text stage made each break spaces (offsets kept); here the cell's words
    are one text again, as the PDF's cell holds them ("当理由逾期不补正、…"), so that the rest of a label a
    page break cut is short enough to read as a label's piece. Only runs of four to six spaces
    between two words' characters, in a cell that is text (not a number's), of a Markdown row."""
    out = None
    for k, b in enumerate(blocks):
        if type(b) is not Table:
            continue
        rows = None
        for i, r in enumerate(b.rows):
            if not r.cells or r.cells[0].kind != BLANK or r.cells[0].span.start != r.span.start:
                continue  # (not a Markdown row, which opens with a bar: its empty cell first)
            cells = None
            for j, c in enumerate(r.cells):
                if c.kind == TEXT and "    " in c.text:
                    text = _CELL_LINE_BREAK.sub("", c.text)
                    if text != c.text:
                        cells = cells if cells is not None else list(r.cells)
                        cells[j] = Cell(text, c.span, TEXT)
            if cells is not None:
                rows = rows if rows is not None else list(b.rows)
                rows[i] = Row(tuple(cells), r.span)
        if rows is not None:
            out = out if out is not None else list(blocks)
            out[k] = b._replace(rows=tuple(rows))
    return out if out is not None else blocks


# ----------------------------------------------------------------------------------------
# a table's head written a character a line (pdfplumber's copy of narrow head cells)

#: the longest head word spelt a character a line, and the fewest lines such a head takes
_DOWN_WORD, _DOWN_LINES = 12, 3


def spelled_down_heads(blocks: Sequence[Block], vocab: Vocabulary) -> List[Block]:
    """A table's head whose cells are so narrow that each holds a character a line, copied line
    by line across the columns (pdfplumber): "行 行" / "政 政" / "复 诉" / "议 讼" is "行政复议 行政诉讼",
    and a column whose name ends sooner leaves the lines below ("结 结 其 尚 总 未 复" …
    "持 正 果 结 议 起" / "直 诉" / "接" …). A run of such lines (a character, or characters apart,
    each) is read column by column: each line's characters go, in order, to the columns whose
    names they continue (a column left out is a whole name); when every name is whole and a line
    continues none (or holds more characters than there are columns), the next head row begins.
    Each head row becomes a head-row table (as :func:`spaced_heads` makes), a cell a name from
    its first character to its last; the run is left as it is unless every name comes out a
    column name or a head word of the formats."""
    out: List[Block] = []
    i, n = 0, len(blocks)
    while i < n:
        j = i
        while j < n and _chars_apart(blocks[j]):
            j += 1
        if j - i >= _DOWN_LINES:
            heads = _read_down(blocks[i:j], vocab)
            if heads is not None:
                out.extend(heads)
                i = j
                continue
        out.extend(blocks[i:max(j, i + 1)])
        i = max(j, i + 1)
    return out


def _chars_apart(b: Block) -> bool:
    if type(b) is not Paragraph or len(b.text) > 2 * _DOWN_WORD * 2 or b.text[1:2] not in " ":
        return False  # (a character, then a space: most short paragraphs are words)
    parts = b.text.split(" ")
    return all(len(p) == 1 and "\u4e00" <= p <= "\u9fff" for p in parts)


def _whole_head(vocab: Vocabulary, text: str) -> bool:
    return vocab.is_head_word(text) or vocab.is_column_part(text) or (vocab.is_label(text) and not vocab.is_row_label(text))


def _head_prefixes(vocab: Vocabulary) -> frozenset:
    got = vocab.memo.get("head prefixes")
    if got is None:
        words = set(vocab.head_words) | set(vocab.column_parts) | (set(vocab.labels) - set(vocab.row_only))
        got = vocab.remember("head prefixes", frozenset(w[:k] for w in words for k in range(1, len(w) + 1)))
    return got


def _read_down(run: Sequence[Paragraph], vocab: Vocabulary) -> Optional[List[Block]]:
    prefixes = _head_prefixes(vocab)
    rows: List[List[List[Cell]]] = []
    columns: List[List[Cell]] = []  # each column's characters (cells of one character)
    for p in run:
        chars = []
        at = 0
        for part in p.text.split(" "):
            a = at
            chars.append(make_cell(part, span_of((p.span.line, p.span.column + a, p.span.line, p.span.column + a + 1,
                                                  p.span.start + a, p.span.start + a + 1))))
            at += len(part) + 1
        fit = _fit(columns, chars, prefixes, vocab) if columns and len(chars) <= len(columns) else None
        if fit is None:
            if columns and not all(_whole_head(vocab, "".join(c.text for c in col)) for col in columns):
                return None
            if columns:
                rows.append(columns)
            columns = [[c] for c in chars]
            continue
        for k, c in zip(fit, chars):
            columns[k].append(c)
    if not columns or not all(_whole_head(vocab, "".join(c.text for c in col)) for col in columns):
        return None
    rows.append(columns)
    out: List[Block] = []
    for cols in rows:
        cells = tuple(Cell("".join(c.text for c in col), col[0].span.to(col[-1].span), TEXT) for col in cols)
        span = cells[0].span
        for c in cells[1:]:
            span = span.to(c.span) if c.span.end > span.end else span
        out.append(Table((Row(cells, span),), span))
    return out


def _fit(columns: List[List[Cell]], chars: List[Cell], prefixes: frozenset, vocab: Vocabulary) -> Optional[List[int]]:
    """The columns a line's characters continue, in order: each continued name stays the first
    part of a head name, and each column left out is a whole name already; None when there is
    no such fit (the first, extending the leftmost columns it can, when there are several)."""
    texts = ["".join(c.text for c in col) for col in columns]
    whole = [_whole_head(vocab, t) for t in texts]

    def go(k: int, start: int) -> Optional[List[int]]:
        if k == len(chars):
            return [] if all(whole[start:]) else None
        for m in range(start, len(texts) - (len(chars) - k) + 1):
            if texts[m] + chars[k].text in prefixes:
                rest = go(k + 1, m + 1)
                if rest is not None:
                    return [m] + rest
            if not whole[m]:
                break  # (a column left out must be a whole name)
        return None

    return go(0, 0)


# ----------------------------------------------------------------------------------------
# a table's head row written with spaces

#: the longest line read as a head row of words apart, and the longest word in it
_HEAD_LINE, _HEAD_WORD = 120, 12


def spaced_heads(blocks: Sequence[Block], vocab: Vocabulary) -> List[Block]:
    """A table's head row whose cells stand apart with spaces instead of tabs ("商业企业    科研机构
    社会组织    法律服务机构    其他": a copy with its tabs made spaces, a row of a flattened report)
    reads as a line of text, and the binder never sees its column names. A line of two words or
    more, column names or head words of the formats (two for each word they are not: "法人或其他组织"
    is none; no row's own label, no number, no sentence), is that head row: one cell a word; a note in brackets before them (表三's "（本列数据的
    勾稽关系为：…）") is its first cell."""
    out: List[Block] = []
    for b in blocks:
        cells = _head_cells(b, vocab) if type(b) is Paragraph else None
        out.append(Table((Row(tuple(cells), b.span),), b.span) if cells else b)
    return out


_WORD = lazy(r"[^ \u3000\xa0\t]+")
#: a note in brackets that opens a head row
_LEAD_NOTE = lazy(r"[ \u3000\xa0]*[（(][^（()）]{2,60}[)）]")


def _head_cells(p: Paragraph, vocab: Vocabulary) -> Optional[List[Cell]]:
    text = p.text
    if len(text) > _HEAD_LINE or (" " not in text and "\u3000" not in text) or "。" in text:
        return None
    note = _LEAD_NOTE.match(text)
    start = note.end() if note else 0
    words = list(_WORD.finditer(text, start))
    if not _head_names([w.group() for w in words], vocab, 1 if note else 2):
        return None
    spans = ([(text.index(note.group().strip(" \u3000\xa0")), note.end())] if note else []) \
        + [(w.start(), w.end()) for w in words]
    line, column, base = p.span.line, p.span.column, p.span.start
    return [make_cell(text[a:b], span_of((line, column + a, line, column + b, base + a, base + b))) for a, b in spans]


# ----------------------------------------------------------------------------------------
# rows copied as space-separated text

#: a line that ends in numbers separated by spaces ("规章 0 0 0", "0 0 0 0"): a row copied out of
#: a PDF or a plain-text table, its label (if any) first
# (a number may hold a soft hyphen, where a word processor may break it: "1\u00ad2" is 12)
# (a figure may be written with words: "减1" in 2019's 本年增/减, "1.2万元", "3件")
_SPACED_ROW = lazy(rf"(.*?)((?:(?:^|[ \u3000\xa0]+)(?:{BEFORE_A_FIGURE}[+\-−]?[0-9０-９][0-9０-９,.\u00ad]*{AFTER_A_FIGURE}"
                   rf"|/|／|—|——|－|-|无|{LOOKALIKE_FIGURE}))+)[ \u3000\xa0]*")

#: a row's note after its numbers, a wide gap before it ("一、本   10   2 …   13   含网": a 备注 column
#: staff added, its note wrapped by a narrow cell); the fewest numbers before it
_NOTE_AFTER = lazy(r"(?<=[0-9０-９])[ \u3000\xa0]{2,}([^ \u3000\xa0\d][^ \u3000\xa0]{0,11})[ \u3000\xa0]*$")
_NOTED_NUMBERS = 3

#: a space before the enumerator of a further label: " （一）", " 1.", " 三、"
_NEXT_LABEL = lazy(rf"[ \u3000\xa0](?={enumerators.ANY})")


def split_spaced(text: str, span, vocab: Optional[Vocabulary] = None) -> List[Cell]:
    """The cells of a space-separated row ("规章 0 0 0") whose text starts at ``span``, each with
    its own span; [] when ``text`` is not such a row. Labels run together ("（四）无法提供
    1.本机关不掌握…") are split where the next one's enumerator starts. A row label of the formats
    (``vocab``) with 无 alone is a row too ("行政强制 无"), where other words with 无 are prose."""
    m = _SPACED_ROW.fullmatch(text)
    if not m:
        note = _NOTE_AFTER.search(text)
        if note is None:
            return []
        cells = split_spaced(text[:note.start(1)], span)
        if len(cells) < 2 or cells[0].kind != TEXT or sum(1 for c in cells if c.kind == NUMBER) < _NOTED_NUMBERS:
            return []
        a, b = note.span(1)
        return cells + [Cell(note.group(1), span_of((span.line, span.column + a, span.line, span.column + b,
                                                     span.start + a, span.start + b)), TEXT)]
    if m.group(1) and not m.group(1).strip():
        return []
    base, line, column = span.start, span.line, span.column
    label = m.group(1).rstrip(" \u3000\xa0")
    if label and _CLAUSE_MARK.search(label) and WITH_UNIT.search(label):
        return []  # a sentence a line wrapped after a figure ("…行政复议 2 件，其中维持 1 件、纠正 1"): prose, no row
    cells: List[Cell] = (_row_beside(label, span, vocab) or _labels_apart(label, span)) if label else []
    for t in re.finditer(r"[^ \u3000\xa0]+", m.group(2)):
        a = m.start(2) + t.start()
        b = a + len(t.group())
        cells.append(make_cell(t.group(), span_of((line, column + a, line, column + b, base + a, base + b))))
    numbers = sum(1 for c in cells if c.kind == NUMBER)
    if not label and numbers < 2 and not _values_with_marks(cells):
        return []  # (a line of values alone: two numbers at least, or values written with marks)
    if not (numbers or any(c.kind == PLACEHOLDER and c.text != "无" for c in cells)
            or (vocab is not None and label and vocab.is_row_label(label))):
        return []  # a row has a number, or a label and a mark ("行政处罚 /"; "…情况 无" is prose)
    return cells


#: the marks that end a clause: a label holding one and a figure with its unit is a sentence
_CLAUSE_MARK = lazy(r"[，,。；;]")


#: a row, then a wide gap and a second label: the two rows of blocks side by side ("规章   0   0   0   行政许可")
_ROW_THEN_LABEL = lazy(r"(.*?[0-9０-９])[ \u3000\xa0]{2,}([^ \u3000\xa0\d][^ \u3000\xa0]*)")


def _row_beside(label: str, span, vocab: Optional[Vocabulary]) -> List[Cell]:
    """The words before a row's last numbers when they are a whole row and a second row's label a wide
    gap after it (表二's blocks two by two, copied by ``pdftotext -layout``: "规章   0   0   0   行政许可   120"):
    the first row's cells, then the second label's (the binder parts the two rows, as a drawn table's
    grid row holding both: ``_Binder._side_by_side``); [] when not so. The second label is a row label of
    the formats, or the first piece of one a narrow cell wrapped ("行政事业性收" / "费")."""
    if vocab is None:
        return []
    two = _ROW_THEN_LABEL.fullmatch(label)
    if two is None:
        return []
    second = two.group(2)
    if not (vocab.is_row_label(second) or (len(second) >= 2 and vocab.opens_a_label(second)
                                           and not vocab.is_label(second))):
        return []
    first = split_spaced(two.group(1), span, vocab)
    if len(first) < 2 or first[0].kind != TEXT or first[-1].kind != NUMBER or any(
            c.kind == TEXT for c in first[1:]):
        return []
    a, b = two.span(2)
    return first + [Cell(second, span_of((span.line, span.column + a, span.line, span.column + b,
                                          span.start + a, span.start + b)), TEXT)]


#: the fewest values of a line of values alone that writes its zeros with marks
_MARKED_VALUES = 4


def _values_with_marks(cells: List[Cell]) -> bool:
    """A line of a row's values alone, its zeros written with marks ("- — / 无 0.00 - —": a row
    whose label a copy put on the lines above): four values or more, of two kinds at least (not
    a rule of dashes, not a page's number "- 4 -")."""
    return len(cells) >= _MARKED_VALUES and len({c.text for c in cells}) >= 2 and \
        any(c.kind == PLACEHOLDER and c.text != "无" for c in cells)



def _head_names(words: Sequence[str], vocab: Vocabulary, least: int = 2) -> bool:
    """Are ``words`` the names of a head row: ``least`` or more (two; after a head's note in
    brackets one, a part's head of 表三 typed as a table for each group of columns: "（本列数据的勾稽
    关系为：…） 自然人"), column names (or their parts: 表四's "结果维持") or head words of the formats
    (two for each word they do not hold: "法人或其他组织" is none), no row's own label, no number?"""
    if len(words) < least:
        return False
    known = 0
    for w in words:
        if DIGIT.search(w) or len(w) > _HEAD_WORD or vocab.is_row_label(w):
            return False
        known += vocab.is_head_word(w) or vocab.is_label(w) or vocab.is_column_part(w)
    return known >= least and known >= 2 * (len(words) - known)


def heads_off_numbers(blocks: Sequence[Block], vocab: Vocabulary) -> List[Block]:
    """A head row and the numbers under it run into one row: one cell a line with no blank line
    between the head's cells and the numbers (a copy whose blank lines were removed; 表四's
    "结果维持 … 总计" then its fifteen numbers). The numbers are no head's values: the row is two,
    the head's names, then the numbers."""
    out: List[Block] = []
    for b in blocks:
        if type(b) is not Table:
            out.append(b)
            continue
        rows: List[Row] = []
        header = b.header_rows
        for k, r in enumerate(b.rows):
            c = r.cells
            # (most rows: a label, then its numbers; passed by at once)
            two = _head_and_numbers(r, vocab) if len(c) > 3 and c[1].kind == TEXT else None
            if two is None:
                rows.append(r)
                continue
            rows.extend(two)
            header += k < b.header_rows  # (a head row of the grammar's is two rows now)
        out.append(b if len(rows) == len(b.rows) else b._replace(rows=tuple(rows), header_rows=header))
    return out


def _head_and_numbers(row: Row, vocab: Vocabulary) -> Optional[List[Row]]:
    cells = row.cells
    if cells[0].kind != TEXT or vocab.is_row_label(cells[0].text) or vocab.is_group_label(cells[0].text):
        return None  # (a data row: its label first)
    first = next((i for i, c in enumerate(cells) if c.kind == NUMBER), None)
    if first is None or first < 2 or sum(c.kind == NUMBER for c in cells) < 2:
        return None
    if any(c.kind == TEXT for c in cells[first:]):
        return None
    if not _head_names([c.text for c in cells[:first] if c.kind == TEXT], vocab):
        return None
    head = cells[:first]
    while head and head[-1].kind == BLANK:
        head = head[:-1]
    rest = cells[first:]
    return [Row(head, head[0].span.to(head[-1].span)), Row(rest, rest[0].span.to(rest[-1].span))]


# ----------------------------------------------------------------------------------------
# a table's head names in pieces of a few characters (PDFium's copy of narrow head cells)

#: the most pieces one head name is written in, and the fewest pieces such a head row has
_HEAD_PIECES, _PIECED_HEAD = 6, 6


def heads_in_pieces(blocks: Sequence[Block], vocab: Vocabulary) -> List[Block]:
    """A table's head whose cells are so narrow that each name is written over lines of two or
    three characters, copied a line at a time ("行政" / "复议" / "行政" / "诉讼" / "结果" / "维持" / … /
    "总计 未经" / "复议" / "直接" / "起诉": PDFium's copy of 表四's head in a Word table with narrow
    columns), reads as one row of pieces, no name whole: the binder knows no such head (a false
    C201 缺少表四). The pieces, in order, are joined into the head's names: a row of words only,
    when every piece is part of one name of the formats (a head word, a column name or its part,
    a label) and joining them so leaves no piece over; the row as it was otherwise."""
    out: List[Block] = []
    for b in blocks:
        if type(b) is not Table:
            out.append(b)
            continue
        rows = list(b.rows)
        changed = False
        for k, r in enumerate(rows):
            if len(r.cells) < _PIECED_HEAD or r.cells[-1].kind != TEXT:  # (most rows end in a number)
                continue
            joined = _head_names_joined(r, vocab)
            if joined is not None:
                rows[k] = joined
                changed = True
        out.append(b._replace(rows=tuple(rows)) if changed else b)
    return out


def _head_name(vocab: Vocabulary, text: str) -> bool:
    """Is ``text`` one name of a table's head: a head word, a column name or its part, a label
    (not two parts of a column name run together: "复议后起诉结果维持" is two names)?"""
    if vocab.is_column_part(text) or vocab.is_head_word(text):
        return True
    if vocab.label_form(text) not in vocab.whole:
        return False
    return not any(vocab.is_column_part(text[:k]) and vocab.is_column_part(text[k:]) for k in range(2, len(text) - 1))


def _head_names_joined(row: Row, vocab: Vocabulary) -> Optional[Row]:
    """``row`` with its pieces joined into the head's names (the fewest names), or None: a cell
    that is no word, a piece over, or nothing to join."""
    cells = row.cells
    for c in cells:  # (most rows: a label, then numbers; passed by at once)
        if c.kind != TEXT:
            return None
    # (the answer rests on the texts alone: a head row of whole names, the same in every report,
    # is remembered so in the vocabulary's memo)
    key = (_NOT_PIECES, tuple(map(_TEXT, cells)))
    if key in vocab.memo:
        return None
    joined = _names_joined(cells, vocab)
    if joined is None:
        vocab.remember(key, True)
        return None
    return Row(joined, row.span)


#: the key of a head row :func:`_head_names_joined` leaves as it is, in the vocabulary's memo
_NOT_PIECES = "head names not in pieces"


def _names_joined(cells: Tuple[Cell, ...], vocab: Vocabulary) -> Optional[Tuple[Cell, ...]]:
    """:func:`_head_names_joined`'s cells, found afresh."""
    pieces: List[Cell] = []
    whole = 0
    for c in cells:
        if " " not in c.text and (vocab.label_form(c.text) in vocab.whole or vocab.is_column_part(c.text)):
            whole += 1
            pieces.append(c)
            continue
        pieces.extend(_words_of(c))
    if whole * 2 >= len(cells) or len(pieces) < _PIECED_HEAD:
        return None  # (most head rows: their names whole)
    n = len(pieces)
    best: List[Optional[Tuple[int, int]]] = [None] * (n + 1)  # names so far, where the last began
    best[0] = (0, -1)
    for i in range(n):
        if best[i] is None:
            continue
        text = ""
        for j in range(i, min(n, i + _HEAD_PIECES)):
            text += pieces[j].text
            if len(text) > vocab.longest:
                break
            if _head_name(vocab, text) and (best[j + 1] is None or best[i][0] + 1 < best[j + 1][0]):
                best[j + 1] = (best[i][0] + 1, i)
    if best[n] is None or best[n][0] == n:
        return None
    names: List[Cell] = []
    j = n
    while j:
        i = best[j][1]
        names.append(Cell("".join(p.text for p in pieces[i:j]), pieces[i].span.to(pieces[j - 1].span), TEXT))
        j = i
    names.reverse()
    return tuple(names)


# ----------------------------------------------------------------------------------------
# cells one per line

def _cell_like(p: Paragraph) -> bool:
    """A paragraph that may be a table cell, or a whole space-separated row, rather than prose."""
    text = p.text
    if "。" in text:
        return False
    if len(text) > 200:  # a row set out by runs of spaces (a <pre> table, a wide page's text): its
        text = " ".join(text.split())  # gaps are not its length, its words are
    if len(text) <= 45:
        return True
    if len(text) > 200:
        return False
    # a long line of short words apart (a header row copied out of a PDF), or a spaced row; or a
    # label's piece and a note's a wide gap apart ("年新收      上申": a row's label and its 备注, both
    # wrapped by narrow cells, pdftotext -layout)
    words = text.split()
    return (len(words) > 2 and max(map(len, words)) <= 16) or bool(_SPACED_ROW.fullmatch(text)) or (
        len(words) == 2 and max(map(len, words)) <= _NOTE_PIECE and not DIGIT.search(text))


def _table_of_marks(paragraphs: Sequence[Block], vocab: Vocabulary) -> bool:
    """Is a run of short lines a table whose cells hold marks, not numbers ("规章" / "无" / "无" /
    "无" / "行政规范性文件" / "无" …, or "规章 无 无 无" a row a line: an agency with nothing to count
    wrote 无 or / for 0, the page copied a cell or a row a line)? Yes with three marks or more among
    two row labels of the formats or more."""
    marks = labels = 0
    for p in paragraphs:
        t = p.text.strip(" \t\u3000\xa0")
        if t in PLACEHOLDERS:
            marks += 1
            continue
        m = _SPACED_ROW.fullmatch(t)  # a row on its line, its label and its marks ("规章 无 无 无", "规章 / / /")
        if m and m.group(1).strip() and vocab.is_row_label(m.group(1).strip()) and not DIGIT.search(m.group(2)):
            labels += 1
            marks += len(m.group(2).split())
        elif len(t) <= 45 and vocab.is_label(t):
            labels += 1
    return marks >= 3 and labels >= 2


def cell_runs(blocks: Sequence[Block], vocab: Optional[Vocabulary] = None) -> List[Block]:
    """A table whose cells came out one per line with no indentation and no blank lines (a web
    page copied as text) reads as a run of short paragraphs. A run with three numbers or more is
    such a table: its cells are regrouped into rows, a new row starting at each label that follows
    a number, and at each row label of the formats (a row whose cells are all blank has nothing
    but its label)."""
    out: List[Block] = []
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        if not (isinstance(b, Paragraph) and _cell_like(b)):
            out.append(b)
            i += 1
            continue
        if vocab is not None and _heading_at(blocks, i, vocab):
            out.append(b)
            i += 1
            continue
        j = i
        while j < n and isinstance(blocks[j], Paragraph) and _cell_like(blocks[j]) and not (
                vocab is not None and _heading_at(blocks, j, vocab)):
            j += 1
        digits = any(DIGIT.search(p.text) for p in blocks[i:j])
        # (a table of marks is asked about only where the numbers do not already decide: most runs are
        # prose without a digit or tables with many numbers)
        marks = not digits and vocab is not None and _table_of_marks(blocks[i:j], vocab)
        if not digits and not marks:  # (no number, no table of marks: prose, at once)
            out.extend(blocks[i:j])
            i = j
            continue
        # each paragraph: a whole space-separated row, or a single cell of the flat layout
        units = [(split_spaced(p.text, p.span, vocab), p) for p in blocks[i:j]]
        made = [c for cells, p in units for c in (cells or [make_cell(p.text, p.span)])]
        kinds = [c.kind for c in made]
        # (a figure in words, "3件", "减1", is a number of the table as a bare one is)
        numbers = kinds.count(NUMBER) + sum(1 for c in made if c.kind == TEXT and value_in_words(c.text))
        if numbers < 3 and (marks or (vocab is not None and _table_of_marks(blocks[i:j], vocab))):
            numbers += kinds.count(PLACEHOLDER)  # (a mark written for 0 stands for a number)
        if numbers < 3:
            out.extend(blocks[i:j])
            i = j
            continue
        note = _note_under_the_rows(units)
        if note is not None:  # (the note and the lines after it stay paragraphs: no row of the table)
            units, j = units[:note], _note_end(blocks, i + note, j, vocab)
            notes = blocks[i + note:j]
        units = _broken_numbers_whole(_years_over_their_names(_notes_wrapped(units)))
        rows: List[Row] = []
        current: List[Cell] = []

        def flush():
            if current:
                rows.append(Row(tuple(current), current[0].span.to(current[-1].span)))
                current.clear()

        for k, (cells, p) in enumerate(units):
            if cells:
                flush()
                rows.append(Row(tuple(cells), p.span))
                continue
            for c in _label_cells(p):
                if c.text == "、" and current and current[-1].kind == TEXT and k + 1 < len(units) \
                        and not units[k + 1][0] and has_ideograph(units[k + 1][1].text):
                    # (a label's "、" a narrow column put on a line of its own, between two of its
                    # pieces: "补正" / "、" / "行政机"; no empty cell's mark)
                    c = Cell(c.text, c.span, TEXT)
                elif c.text.strip(" \u3000\xa0") == "无" and _inside_a_label(current, units, k, vocab):
                    c = Cell(c.text, c.span, TEXT)
                if _rest_after_its_numbers(current, c, vocab):
                    continue
                if not current and k and units[k - 1][0] and rows:
                    # (the label's first line with the row's first number on it, "…已获取 0", then its
                    # rest "信息" and the other numbers: a tall cell's copy; that row goes on here)
                    last = list(rows[-1].cells)
                    if _rest_after_its_numbers(last, c, vocab):
                        rows.pop()
                        current.extend(last)
                        continue
                # (a value in words, "152790元", "减4", "0/0", is no label that starts a row)
                if c.kind == TEXT and not value_in_words(c.text) and current and (
                        current[-1].kind != TEXT or value_in_words(current[-1].text)
                        or _starts_row(c, current[-1], vocab)):
                    flush()
                current.append(c)
        flush()
        rows = _number_beside_the_head(rows, vocab)
        out.append(Table(tuple(rows), rows[0].span.to(rows[-1].span)))
        if note is not None:
            out.extend(notes)
        i = j
    return out


def _note_under_the_rows(units: list) -> Optional[int]:
    """Where a note under a table's rows starts in a run of its lines ("注：行政事业性收费" / "为本机关
    收取的金额", "说明     本表数" / "据截至" / "2024" …: a note row staff added under 表二 or 表三, its
    words wrapped by a narrow cell, pdftotext -layout): the first line opening with a note's mark
    (:data:`~govlint.lexicon.labels.NOTE_UNDER_A_TABLE`) after three numbers or more, none if none."""
    numbers = 0
    for k, (cells, p) in enumerate(units):
        if numbers >= 3 and NOTE_UNDER_A_TABLE.match(p.text):
            return k
        numbers += sum(1 for c in (cells or [make_cell(p.text, p.span)]) if c.kind == NUMBER)
    return None


def _note_end(blocks: Sequence[Block], start: int, end: int, vocab: Optional[Vocabulary]) -> int:
    """Where the lines of a note that starts at ``blocks[start]`` end, before ``end``: at the next line
    that opens with a label of the formats (a table's rows after the note), else at ``end``."""
    for k in range(start + 1, end):
        first = blocks[k].text.split()[:1]
        if vocab is not None and first and vocab.is_label(first[0]):
            return k
    return end


#: a number a space broke inside its cell ("1 0" for 10): two runs of digits, one space between
_BROKEN_NUMBER = lazy(r"[0-9０-９]+ [0-9０-９]+")
#: the fewest lines of one number that show a run writes one cell a line
_LONE_NUMBERS = 3


#: the longest piece of a row's note a narrow cell wrapped onto a line of its own
_NOTE_PIECE = 12
#: a line's last word after a wide gap
_LAST_WORD = lazy(r"(?:(.*?[^ \u3000\xa0])[ \u3000\xa0]{2,})?([^ \u3000\xa0]+)[ \u3000\xa0]*")


def _notes_wrapped(units: list) -> list:
    """A row's note after its numbers (a 备注 column staff added, ``split_spaced``'s last cell) that
    its narrow cell wrapped over the lines below, each piece at the note's column, the row's label
    going on before it on the same lines ("一、本   10 … 13   含网" / "年新收      上申" / "政府信
    请", pdftotext -layout): each piece joined onto the note, the label's pieces left as they are
    (the label is put together as any wrapped label is). Only lines right below the row whose last
    word starts at the note's column."""
    out = None
    for k, (cells, p) in enumerate(units):
        if len(cells) < 3 or cells[-1].kind != TEXT or cells[-2].kind != NUMBER:
            continue
        note, line, j = cells[-1], p.span.line, k + 1
        while j < len(units) and not units[j][0]:
            q = units[j][1]
            m = _LAST_WORD.fullmatch(q.text)
            if q.span.line != line + 1 or m is None or q.span.column + m.start(2) != note.span.column or \
                    len(m.group(2)) > _NOTE_PIECE or DIGIT.search(m.group(2)):
                break
            a, b = m.span(2)
            s = q.span
            piece = span_of((s.line, s.column + a, s.line, s.column + b, s.start + a, s.start + b))
            note = Cell(note.text + m.group(2), note.span.to(piece), TEXT)
            out = out or list(units)
            if m.group(1) is None:
                out[j] = None  # (the note's piece alone on its line)
            else:
                out[j] = ([], Paragraph(m.group(1), span_of((s.line, s.column, s.line, s.column + len(m.group(1)),
                                                             s.start, s.start + len(m.group(1)))), q.kind))
            line += 1
            j += 1
        if out is not None and note is not cells[-1]:
            out[k] = (cells[:-1] + [note], p)
    return [u for u in out if u is not None] if out is not None else units


#: a year that starts a column's name ("2024" of "2024年本年制发件数")
_YEAR = lazy(r"(?:19|20)[0-9]{2}")


def _years_over_their_names(units: list) -> list:
    """A head whose columns name their years ("2024年本年制发件数 … 2023年本年制发件数": staff's 表二
    with last year's figures beside this year's), wrapped in narrow cells by pdftotext -layout: the
    first line holds the years ("信息内   2024   2024 …   2023"), the next the names' next pieces,
    each starting with 年 at its year's column ("容     年本     年本 …"). The years are no row's
    values: the line is a head's, left whole, its words put together by column with the lines
    below it as any wrapped head's. Only when every value of the line is a year, two at least, and
    the next line has a word starting with 年 at each of their columns."""
    out = None
    for k, (cells, p) in enumerate(units[:-1]):
        years = [c for c in cells if c.kind == NUMBER]
        if len(years) < 2 or any(c.kind == NUMBER and not _YEAR.fullmatch(c.text) for c in cells) or any(
                c.kind != NUMBER and c.kind != TEXT for c in cells):
            continue
        below = units[k + 1][1]
        if below.span.line != p.span.line + 1:
            continue
        starts = {below.span.column + w.start() for w in _WORD.finditer(below.text) if w.group()[0] == "年"}
        if all(c.span.column in starts for c in years):
            out = out or list(units)
            out[k] = ([], p)
    return out or units


def _broken_numbers_whole(units: list) -> list:
    """A table copied one cell a line (a web page's cells, a Word table pasted as text): a line is
    a cell, so a line of two runs of digits one space apart ("1 0", a number the copy broke where
    its narrow cell wrapped) is one number, as a person reads it, not a row of two values. Only in
    a run that writes its numbers one a line (three lines of one number at least) and holds no
    other line of several values or of a label and values: where rows are written whole on a line
    ("规章 0 0 0"), two numbers on a line are a row's (or one value of each of two cells)."""
    broken = [k for k, (cells, p) in enumerate(units) if cells and _BROKEN_NUMBER.fullmatch(p.text)]
    if not broken or len(broken) != sum(1 for cells, _ in units if cells):
        return units
    lone = sum(1 for cells, p in units if not cells and make_cell(p.text, p.span).kind == NUMBER)
    if lone < _LONE_NUMBERS:
        return units
    out = list(units)
    for k in broken:
        out[k] = ([], units[k][1])
    return out


#: what a section heading numbered another way opens with ("4. ", "（四）", "第四部分", and "四 " with
#: no mark after its numeral)
_OTHER_HEADING_FIRST = frozenset("0123456789（(第#*一二三四五六七八九十")


#: the longest rest of a title a narrow page wraps onto the line after its heading ("及改进情况")
_TITLE_REST = 16


def _heading_at(blocks: Sequence[Block], j: int, vocab: Vocabulary) -> bool:
    """Is paragraph ``blocks[j]`` a section heading numbered another way, whole or with the rest of
    its title on the next line ("五 存在的主要问题" / "及改进情况")?"""
    text = blocks[j].text
    if _heading_numbered_otherwise(text, vocab):
        return True
    nxt = blocks[j + 1] if j + 1 < len(blocks) else None
    return (isinstance(nxt, Paragraph) and len(nxt.text) <= _TITLE_REST and text[:1] in _OTHER_HEADING_FIRST
            and not DIGIT.search(nxt.text) and _heading_numbered_otherwise(text + nxt.text, vocab))


def _heading_numbered_otherwise(text: str, vocab: Vocabulary) -> bool:
    """Is ``text`` a section heading numbered another way ("4. 政府信息公开行政复议、行政诉讼情况",
    "四 政府信息公开行政复议、行政诉讼情况", its title official)? No cell of a table: a run of cells ends before it (the binder finds the
    section by it; inside a run its words were the first cell of the table's head)."""
    if len(text) < 6 or text[0] not in _OTHER_HEADING_FIRST:
        return False
    ends = _TITLE_ENDS.get(vocab.sections)
    if ends is None:
        ends = _TITLE_ENDS[vocab.sections] = tuple({t[-2:] for t in vocab.sections})
    # (a cheap sign first: a title's last words in the text; the pattern of every title numbered
    # another way costs more to compile than a plain report's layout)
    return any(e in text for e in ends) and section_title_pattern(vocab, other=True).match(text) is not None


#: the section titles' last two characters ("情况", "事项"), by the vocabulary's titles
_TITLE_ENDS: dict = {}


def _number_beside_the_head(rows: List[Row], vocab: Optional[Vocabulary]) -> List[Row]:
    """A one-row table's number a copy wrote beside its head, its row's label on the line after
    or before the head's words (plain pdftotext of 表二's one-row tables, the number standing in
    the middle of the row's height: "信息内容" / "本年处理决定数量" / "550" / "行政许可", or "行政许可" /
    "本年处理决定数量" / "9487"; a flattened line's block, "… 现行有效件数 0 0 0" / "规章"): the
    numbers go to the label. Only where a row of head words ends with numbers and no label, and a
    row label stands alone on the next row (or, one number, before the head's words on the same
    row)."""
    if vocab is None or not any(_numbers_after_the_head(r, vocab) for r in rows):
        return rows
    out: List[Row] = []
    for r in rows:
        cells = r.cells
        if len(cells) >= 3 and cells[0].kind == TEXT and vocab.is_row_label(cells[0].text) and cells[-1].kind == NUMBER \
                and all(_column_name(c, vocab) for c in cells[1:-1]):
            out.append(Row(cells[1:-1], cells[1].span.to(cells[-2].span)))
            out.append(Row((cells[0], cells[-1]), cells[0].span.to(cells[-1].span)))
            continue
        if out and len(cells) == 1 and cells[0].kind == TEXT and vocab.is_row_label(cells[0].text):
            last = out[-1].cells
            first = _numbers_after_the_head(out[-1], vocab)
            if first and not any(vocab.is_row_label(c.text) for c in last if c.kind == TEXT):
                out[-1] = Row(last[:first], last[0].span.to(last[first - 1].span))
                out.append(Row((cells[0],) + last[first:], cells[0].span.to(last[-1].span)))
                continue
        out.append(r)
    return out


def _numbers_after_the_head(row: Row, vocab: Vocabulary) -> int:
    """Where a row of head words ends in numbers, the first number's index: the numbers after a
    column's name, every cell before them words (0 for any other row). One number, or a block's
    numbers on one line ("… 现行有效件数 0 0 0": a flattened line, its row's label after them)."""
    cells = row.cells
    first = len(cells)
    while first and cells[first - 1].kind == NUMBER:
        first -= 1
    if first == len(cells) or first == 0 or not _ends_in_a_column_name(cells[first - 1], vocab):
        return 0
    return first if all(c.kind == TEXT for c in cells[:first]) else 0


def _ends_in_a_column_name(c: Cell, vocab: Vocabulary) -> bool:
    """Is the cell a column's name, or head words apart that end in one (a flattened line's head,
    "第二十条第（五）项 信息内容 本年处理决定数量", read as one cell before its number)?"""
    if _column_name(c, vocab):
        return True
    words = c.text.split() if c.kind == TEXT else ()
    return len(words) > 1 and vocab.is_label(words[-1]) and not vocab.is_row_label(words[-1]) \
        and not vocab.is_group_label(words[-1])


def _column_name(c: Cell, vocab: Vocabulary) -> bool:
    """Is the cell a column's name of the formats ("本年处理决定数量"), no row's or group's label?"""
    return c.kind == TEXT and vocab.is_label(c.text) and not vocab.is_row_label(c.text) \
        and not vocab.is_group_label(c.text)


def _rest_after_its_numbers(current: List[Cell], c: Cell, vocab: Optional[Vocabulary]) -> bool:
    """A label's rest a copy wrote after the row's numbers, a piece a line (plain pdftotext of a
    narrow column, its numbers in the middle of the row's height: "行政许" / "120" / "可",
    "行政规" / "3" / "1" / "1" / "范性文" / "件"): joined onto the label before the numbers (in
    ``current``, the row so far), when that is no whole label and the piece completes it or goes
    on opening one with it, and is no label itself. True when joined."""
    if vocab is None or c.kind != TEXT or not current or current[-1].kind != NUMBER or vocab.is_label(c.text):
        return False
    k = len(current) - 1
    while k >= 0 and current[k].kind == NUMBER:
        k -= 1
    if k < 0 or current[k].kind != TEXT or vocab.is_label(current[k].text) or vocab.is_head_word(current[k].text):
        return False
    label = current[k].text
    if not (vocab.joins(label, c.text) or (has_ideograph(c.text) and vocab.opens_a_label(label + c.text)
                                           and not vocab.opens_a_label(c.text))):
        return False
    current[k] = _joined(current[k], c)
    return True


def _inside_a_label(current: List[Cell], units, k: int, vocab: Optional[Vocabulary]) -> bool:
    """Is a line "无" a character of a label a narrow column wrote a character a line ("4." / "无" /
    "正" / "当" …, "1.申" / "请" / "人" / "无" / "正" …, "（四）" / "无" / "法提供"), not a row's
    value written 无? Yes between the label's pieces so far, which are no whole label of the
    formats yet, and a further piece of words."""
    if vocab is None or not current or current[-1].kind != TEXT or k + 1 >= len(units) \
            or units[k + 1][0] or not has_ideograph(units[k + 1][1].text) or units[k + 1][1].text.strip(" \u3000\xa0") == "无":
        return False
    if vocab.is_row_label(current[-1].text):
        return False  # (a whole row label just before: its value, "行政许可" / "无", after a head's words)
    start = len(current)
    while start and current[start - 1].kind == TEXT:
        start -= 1
    so_far = "".join(c.text for c in current[start:])
    return not vocab.is_label(so_far) and not vocab.is_head_word(so_far)


def _label_cells(p: Paragraph) -> List[Cell]:
    """A line of the flat layout as cells: one, or a group's label and its first sub-item's that a
    copy wrote on one line ("（五）不 1.信访举报投诉类申"), apart where the second one's enumerator
    starts after a space."""
    if (" " not in p.text and "\u3000" not in p.text) or not _NEXT_LABEL.search(p.text):
        return [make_cell(p.text, p.span)]
    return _labels_apart(p.text, p.span)


def _labels_apart(text: str, span) -> List[Cell]:
    """The labels run together in ``text`` (on one line, starting at ``span``), one cell each, cut
    where a space stands before the next one's enumerator ("（四）无法提供 1.本机关不掌握…")."""
    cuts = [0] + [m.start() + 1 for m in _NEXT_LABEL.finditer(text)] + [len(text) + 1]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        words = text[a:b - 1].strip(" \u3000\xa0")
        if words:
            a += text[a:b - 1].index(words)
            out.append(make_cell(words, span_of((span.line, span.column + a, span.line, span.column + a + len(words),
                                                 span.start + a, span.start + a + len(words)))))
    return out


def _starts_row(cell: Cell, before: Cell, vocab: Optional[Vocabulary]) -> bool:
    """Does a row label start a new row after a text cell? Yes after a head or another row's
    label (that row's cells were all blank); no after its group's label ("（三）不予公开"). A
    table head's first words ("第二十条第（八）项") start one after a row's own label too (that
    row's cells were all blank: "行政强制" with its empty cell's line dropped)."""
    if vocab is None:
        return False
    if not vocab.is_row_label(cell.text):
        return vocab.is_row_label(before.text) and any(cell.text.startswith(m) for m, _ in vocab.markers)
    if vocab.is_group_label(before.text):
        return False
    return not vocab.is_label(before.text) or vocab.is_row_label(before.text)


# ----------------------------------------------------------------------------------------
# broken labels and header cells

#: the longest piece of a label a wrap leaves on a line of its own (表三's longest labels are
#: 35 characters; whatever the length, a piece joins only what it completes exactly)
_FRAGMENT = 40


def _fragment(text: str) -> bool:
    """Text that may be a piece of a wrapped label: short, no sentence, no digits but those of
    its enumerator (a label's first piece, "1.信访", over the row that holds the rest)."""
    if not (0 < len(text) <= _FRAGMENT and "。" not in text):
        return False
    if text[0].isdigit():
        m = enumerators.STARTS.match(text)
        text = text[m.end():] if m else text
    return not any(ch.isdigit() for ch in text)


def _joined(a: Cell, b: Cell) -> Cell:
    return Cell(a.text + b.text, a.span.to(b.span), TEXT)


def _label_end(row: Row) -> Optional[int]:
    """The index of a row's last label cell (the text before its first number), if any."""
    last = None
    for i, c in enumerate(row.cells):
        if c.kind == TEXT:
            last = i
        elif c.kind != BLANK:
            break
    return last


def _label_start(row: Row) -> Optional[int]:
    for i, c in enumerate(row.cells):
        if c.kind == TEXT:
            return i
        if c.kind != BLANK:
            return None
    return None


def _with_cell(row: Row, i: int, cell: Cell) -> Row:
    cells = row.cells[:i] + (cell,) + row.cells[i + 1:]
    return Row(cells, row.span.to(cell.span) if cell.span.end > row.span.end else
               (cell.span.to(row.span) if cell.span.start < row.span.start else row.span))


def _words_of(cell: Cell) -> List[Cell]:
    """A one-line text cell's words apart, each with its span."""
    s = cell.span
    return [make_cell(m.group(), span_of((s.line, s.column + m.start(), s.line, s.column + m.end(),
                                          s.start + m.start(), s.start + m.end())))
            for m in _WORD.finditer(cell.text)]


#: how many cells back a line of a head's pieces may stand from the line it completes
_INTERLEAVE_BACK = 2


def _columns_interleaved(row: Row, vocab: Vocabulary) -> Row:
    """A head row copied out of a PDF line by line across its columns (pdfplumber's copy of a
    table whose narrow head cells wrap): each line holds a piece of every column's name, apart
    with spaces ("商业企 科研机 社会公 法律服 其他" over "业 构 益组织 务机构"; "信息内 本年收费金额（单" over
    "容 位：万元）"). A line whose every word completes, in order, a word of one of the lines just
    before it (that line's first word may take a piece of the column before the heads: the note
    "…之和）") is joined into it, word by word."""
    cells = row.cells
    if len(cells) < 2 or not any(" " in c.text for c in cells) or any(
            c.kind != TEXT and c.kind != BLANK for c in cells):
        return row
    cells = list(cells)
    changed = False
    k = 1
    while k < len(cells):
        b = cells[k]
        merged = None
        if b.kind == TEXT and not DIGIT.search(b.text) and "\n" not in b.text:
            for back in range(1, min(_INTERLEAVE_BACK, k) + 1):
                a = cells[k - back]
                if a.kind == TEXT and (" " in a.text or " " in b.text) and b.span.line > a.span.line:
                    merged = _pieces_under(_words_of(a), _words_of(b), vocab)
                    if merged is not None:
                        cells[k - back:k - back + 1] = merged
                        del cells[k + len(merged) - 1]
                        changed = True
                        break
                    low = _lines_at_columns(b, cells[k + 1]) if k + 1 < len(cells) else None
                    words = _words_of(a) if low is not None else ()
                    merged = _pieces_under(words, low, vocab) if low is not None else None
                    if merged is not None and not all(m is w or _whole_head(vocab, m.text) for m, w in zip(merged, words)):
                        merged = None
                    if merged is not None:
                        # (a column's name wrapped over three lines: "本年收费金额" / "（单位：万" / "元）"; names
                        # only, no row's label: "三、本" / "年度办" / "理结果" is the rows' to mend)
                        cells[k - back:k - back + 1] = merged
                        del cells[k + len(merged) - 1:k + len(merged) + 1]
                        changed = True
                        break
        if merged is None:
            k += 1
    return Row(tuple(cells), row.span) if changed else row


def _lines_at_columns(b: Cell, c: Cell) -> Optional[List[Cell]]:
    """The words of a head's line ``b`` with those of the line just below it, ``c``, joined onto the word
    each stands under (its column, one off allowed: the third line of names a narrow cell wrapped,
    "数量      （单位：万" over "元）"); None unless ``c`` is text on the next line and every word of it
    stands under one of ``b``'s."""
    if c.kind != TEXT or DIGIT.search(c.text) or c.span.line != b.span.line + 1 or b.span.line != b.span.end_line:
        return None
    words = _words_of(b)
    for w in _words_of(c):
        k = next((k for k, x in enumerate(words) if abs(x.span.column - w.span.column) <= 1), None)
        if k is None:
            return None
        words[k] = _joined(words[k], w)
    return words


def _pieces_under(above: List[Cell], below: List[Cell], vocab: Vocabulary) -> Optional[List[Cell]]:
    """``above``'s words with ``below``'s joined onto them, each onto the next word of ``above`` it
    completes (a label or head word together, neither alone); None unless every word of
    ``below`` finds one (its first may instead go onto ``above``'s first word, when neither is
    a label: the note's pieces; one other may go onto the next word in its place, misspelt, when
    two others complete the format's words), and one at least is a label's piece."""
    out = list(above)
    j = 0
    labels = misspelt = 0
    for n, w in enumerate(below):
        i = next((i for i in range(j, len(above)) if vocab.joins(above[i].text, w.text)), None)
        if i is None:
            if n == 0 and len(above) > 1 and not vocab.is_label(w.text) and not vocab.is_label(above[0].text):
                out[0] = _joined(out[0], w)
                j = 1
                continue
            if j < len(above) and not misspelt and _fragment(w.text) and _fragment(above[j].text) \
                    and not vocab.is_label(w.text) and not vocab.is_head_word(w.text):
                # (one piece misspelt, "法律服" over "务机购": onto the next word above, in its place; the name
                # so joined is read as a misspelt one, V502, when the other pieces made the format's names)
                out[j] = _joined(out[j], w)
                misspelt, j = 1, j + 1
                continue
            return None
        out[i] = _joined(out[i], w)
        labels += 1
        j = i + 1
    return out if labels > misspelt and (not misspelt or labels >= 2) else None


def _join_within(row: Row, vocab: Vocabulary) -> Row:
    """Adjacent text cells of one row that are two pieces of one label: one cell."""
    row = _columns_interleaved(row, vocab)
    cells = list(row.cells)
    i = 0
    changed = False
    while i + 1 < len(cells):
        a, b = cells[i], cells[i + 1]
        if a.kind == TEXT and b.kind == TEXT and vocab.joins(a.text, b.text):
            cells[i:i + 2] = [_joined(a, b)]
            changed = True
            continue
        m = _pieces_of_one_label(cells, i, vocab)
        if m:
            whole = cells[i]
            for c in cells[i + 1:i + m]:
                whole = _joined(whole, c)
            cells[i:i + m] = [whole]
            changed = True
        i += 1
    return Row(tuple(cells), row.span) if changed else row


_ENUMERATED = lazy(rf"[ \u3000]*{enumerators.ANY}")

#: the most pieces of one label a narrow column's lines make (a cell a line: PDFium's copy)
_PIECES = 16


def _pieces_of_one_label(cells: List[Cell], i: int, vocab: Vocabulary) -> int:
    """How many text cells from ``cells[i]`` on (three at least) spell one label together
    ("2.其他" / "法律行" / "政法规" / "禁止公开": a label a narrow column wrapped over several lines, a
    line a cell), not two whole labels; 0 when none do. A row's label, its enumerator first
    ("（" / "七" / "）" / "总计" too), or a row's own label with no enumerator whose pieces are each
    no label nor head word ("行政规" / "范性文" / "件"); no head's words, which stand in columns
    apart."""
    if cells[i].kind != TEXT:
        return 0
    text, best = cells[i].text, 0
    enumerated = _ENUMERATED.match(text) is not None
    fragments = not enumerated and not vocab.is_label(text)  # (no piece a label of its own)
    for j in range(i + 1, min(len(cells), i + _PIECES)):
        c = cells[j]
        if c.kind != TEXT:
            break
        text += c.text
        if len(text) > vocab.longest + 8:
            break
        if fragments and (vocab.is_label(c.text) or vocab.is_head_word(c.text)):
            fragments = False
        if j - i >= 2 and (enumerated or (fragments and vocab.is_row_label(text))) and vocab.is_label(text) and not (
                vocab.is_label(cells[i].text) and vocab.is_label(text[len(cells[i].text):])):
            best = j - i + 1
    return best


def _onto_previous(row: Row, text: str, span, vocab: Vocabulary) -> Optional[Row]:
    """``row`` with a fragment that follows it joined onto one of its labels (the last first:
    a row may hold its group's label and its own), if they make one."""
    end = _label_end(row)
    for i in range(end if end is not None else -1, -1, -1):
        cell = row.cells[i]
        if cell.kind == TEXT and vocab.joins(cell.text, text):
            return _with_cell(row, i, Cell(cell.text + text, cell.span.to(span), TEXT))
    for i in range(len(row.cells) - 2, (end if end is not None else -1) + 1, -1):
        # a second row's label beside the first row's numbers (表二's blocks two by two, "行政处罚 | 35 |
        # 行政事业性收 | 1.25" over "费": :func:`_row_beside`), after a number and before its own
        cell = row.cells[i]
        if cell.kind == TEXT and row.cells[i - 1].kind == NUMBER and row.cells[i + 1].kind == NUMBER \
                and vocab.joins(cell.text, text) and vocab.is_row_label(cell.text + text):
            return _with_cell(row, i, Cell(cell.text + text, cell.span.to(span), TEXT))
    if end is None or row.cells[end].kind != TEXT or vocab.is_label(row.cells[end].text):
        return None
    # the label's first pieces in several cells, none a label ("1.申请" / "人无正当" / "理" / … /
    # "不补", then the numbers, then "正、行政机关…": PDFium's copy of a label wrapped in a tall
    # cell, its numbers in the middle of the row's height): the pieces and the fragment, one cell
    first = row.cells[end].text
    for j in range(end - 1, -1, -1):
        cell = row.cells[j]
        if cell.kind != TEXT:
            break
        first = cell.text + first
        if len(first) > vocab.longest + 8:  # (as joins: an enumerator, spaces)
            break
        if vocab.joins(first, text):
            return Row(row.cells[:j] + (Cell(first + text, cell.span.to(span), TEXT),) + row.cells[end + 1:],
                       row.span.to(span) if span.end > row.span.end else row.span)
        if vocab.is_label(cell.text):
            break  # (a whole label opens the label at most: "（二）部分公开" / "（区分处理的，" / …)
    return None


def _onto_next(row: Row, text: str, span, vocab: Vocabulary) -> Optional[Row]:
    """``row`` with a fragment that precedes it joined onto one of its labels, the first that
    they make one with (a sub-item's first piece on the line above a row that opens with its
    group's label: "1.信访" over "（五）不予处理 | 举报投诉类申请 | 1 | 0 …")."""
    i = _label_start(row)
    end = _label_end(row)
    if i is None or end is None:
        return None
    for k in range(i, end + 1):
        cell = row.cells[k]
        if cell.kind == TEXT and vocab.joins(text, cell.text):
            return _with_cell(row, k, Cell(text + cell.text, span.to(cell.span), TEXT))
    return None


_GLUED_NUMBER = lazy(r"(.*?[^\d\s.．,，])[ \u3000]*([0-9０-９]+(?:[.．][0-9０-９]+)?)")


def _split_glued(row: Row, vocab: Vocabulary) -> Row:
    """A label with its first number run into it ("规章0", "（七）总计10": a PDF extraction
    that lost the gap): two cells, when what stands before the number is a label. Or a wrapped
    label's first line with the row's first number on it, the label's rest the next cell
    ("5.要求行政机关确认或重新出具已获取 0" / "信息" / "0" …: a copy of a tall cell, a cell a line):
    the label whole, then the number."""
    cells = list(row.cells)
    changed = False
    for i, c in enumerate(cells):
        if c.kind != TEXT or not c.text[-1:].isdigit():
            continue
        m = _GLUED_NUMBER.fullmatch(c.text)
        if not m:
            continue
        rest = cells[i + 1] if i + 1 < len(cells) and cells[i + 1].kind == TEXT else None
        if vocab.is_label(m.group(1)):
            rest = None
        elif rest is None or not vocab.is_label(m.group(1) + rest.text) or vocab.is_label(rest.text):
            continue
        cut = m.start(2)
        s = c.span
        label = Cell(m.group(1), span_of((s.line, s.column, s.line, s.column + len(m.group(1)), s.start,
                                          s.start + len(m.group(1)))), TEXT)
        number = make_cell(m.group(2), span_of((s.line, s.column + cut, s.line, s.end_column, s.start + cut, s.end)))
        if rest is None:
            cells[i:i + 1] = [label, number]
        else:
            cells[i:i + 2] = [_joined(label, rest), number]
        changed = True
        break  # (one per row: the first number; the rest were apart)
    return Row(tuple(cells), row.span) if changed else row


_INNER_ENUM = lazy(rf"(?={enumerators.ANY})")


def _split_labels(row: Row, vocab: Vocabulary) -> Row:
    """Two labels run together in one cell ("三、本年度办理结果（一）予以公开": a group's merged
    cell read into its first row's; "(三)不予公开 ①属于国家秘密"): two cells, where the second starts
    (:func:`_label_cuts`), when both parts are labels and the whole is none."""
    cells = list(row.cells)
    changed = False
    for i, c in enumerate(cells):
        if c.kind != TEXT or len(c.text) < 6 or vocab.is_label(c.text):
            continue
        for k in _label_cuts(c.text):
            a, b = c.text[:k].rstrip(" \u3000\xa0"), c.text[k:]
            if (vocab.is_label(a) or _opens_a_group(a, vocab)) and vocab.is_label(b):
                s = c.span
                first = Cell(a, span_of((s.line, s.column, s.line, s.column + len(a), s.start, s.start + len(a))), TEXT)
                second = Cell(b, span_of((s.line, s.column + k, s.end_line, s.end_column, s.start + k, s.end)), TEXT)
                cells[i:i + 1] = [first, second]
                changed = True
                break
    return Row(tuple(cells), row.span) if changed else row


def _opens_a_group(text: str, vocab: Vocabulary) -> bool:
    """Is ``text`` the first part of a group's label, its enumerator with it ("三、本年度办", a borderless
    table's merged cell cut at its width and read into its first row's label: "三、本年度办（一）予以公开")?"""
    if not enumerators.STARTS.match(text):
        return False
    n = vocab.label_form(text)
    return len(n) >= 2 and any(g.startswith(n) for g in vocab.groups)


def _label_cuts(text: str) -> List[int]:
    """Where a second label may start in a cell's text: at an enumerator (from the third character
    on), and after a space between two words (a label whose enumerator no pattern knows, "①属于
    国家秘密", a PDF's cells read onto one line a space apart: "(三)不予公开 ①属于国家秘密")."""
    cuts = {m.start() for m in _INNER_ENUM.finditer(text, 2)}
    cuts.update(m.end() for m in _SPACE_BETWEEN.finditer(text))
    return sorted(cuts)


#: a space between two words of a cell
_SPACE_BETWEEN = lazy(r"(?<=[^ \u3000\xa0])[ \u3000\xa0]+(?=[^ \u3000\xa0])")


def _label_down_from_the_head(rows: List[Row], vocab: Vocabulary) -> List[Row]:
    """A first row's label a borderless table printed at the top of its merged cell, so beside the
    head's words ("一、本年新收政府信息公开 | 自然人 | 法人或其他组织 | 总计"), its numbers below the head
    with their label cell blank (" | 10 | 2 | … | 13"): the label cell goes down to its numbers, the
    numbers' blank cell up to the head (the label's rest after them, "申请数量", then joins it as a
    wrapped label's rest does). ``rows`` themselves when the table opens otherwise."""
    for i, r in enumerate(rows[:3]):
        cells = r.cells
        if len(cells) < 3 or cells[0].kind != TEXT:
            continue
        label = cells[0].text
        if not (vocab.is_row_label(label) or (vocab.opens_a_label(label) and not vocab.is_label(label))) \
                or vocab.is_head_word(label):
            continue  # (a head's own first cell: "（本列数据的勾稽关系为…）", "信息内容")
        words = [c for c in cells[1:] if c.kind != BLANK]
        if (not words or any(c.kind != TEXT or vocab.is_row_label(c.text) for c in words)
                or not any(vocab.is_label(c.text) or vocab.is_head_word(c.text) for c in words)):
            return rows  # (the head's words beside it: column names, no row's label)
        for j in range(i + 1, min(i + 4, len(rows))):
            below = rows[j].cells
            if not below or below[0].kind != BLANK:
                return rows
            rest = [c for c in below[1:] if c.kind != BLANK]
            if rest and all(c.kind == NUMBER for c in rest):
                if len(rest) < 2:
                    return rows
                out = list(rows)
                out[i] = Row((below[0],) + cells[1:], words[0].span.to(words[-1].span))
                out[j] = Row((cells[0],) + below[1:], cells[0].span.to(rows[j].span))
                return out
            if any(c.kind != TEXT for c in rest):
                return rows
        return rows
    return rows


def _label_off_a_head(row: Row, vocab: Vocabulary) -> Optional[Row]:
    """A table head's cells and, last, a row's own label its pieces made whole (a cell a line:
    "第二十条第（八）项" … "本年" / "增" / "/减" then "行政事" / "业性收" / "费", its numbers on the
    line after): the head without the label (the label a row of its own, which its numbers join),
    else None."""
    cells = row.cells
    if len(cells) < 3 or any(c.kind not in (TEXT, BLANK, PLACEHOLDER) for c in cells):
        return None
    last = cells[-1]
    if last.kind != TEXT or not vocab.is_row_label(last.text) or vocab.is_group_label(last.text):
        return None
    if not any(m in cells[0].text for m, _ in vocab.markers):
        return None  # (a head: its first cell holds a head's words)
    head = cells[:-1]
    return Row(head, head[0].span.to(head[-1].span))


_TEXT, _KIND = itemgetter(0), itemgetter(2)  # (a cell's text and kind, read in C)
_CELLS = itemgetter(0)  # (a row's cells)
#: the memo's key of a row its labels' repairs leave as it is (its texts, its kinds)
_UNMENDED = "unmended row"
#: the key of two head rows :func:`_head_words_below` does not join, in the vocabulary's memo
_NOT_BELOW = "head words not below"


#: the memo's key of a table whose rows :func:`_rejoin_rows` leaves as they are, by its shape
_SHAPE = ("tables left as they are",)  # (a tuple: no cell's text, no pair of them)
#: the key of what picks a table's texts that are no number out of all its texts, by its kinds
_PICK = ("texts that are no number",)


def _shape(rows: List[Row], vocab: Vocabulary) -> Optional[tuple]:
    """What :func:`_rejoin_rows`' answer for ``rows`` rests on, once their enumerators are where
    they belong (:func:`_enumerators_put_back`, the one repair that reads a number's digits): each
    row's cells' kinds and the texts of its cells that are no number (a number counts by its kind
    alone: whether it is there, never what it says or how long it is). None for a table whose
    texts hold a space: the repair of head names written across columns reads those cells'
    lines too (:func:`_columns_interleaved`), and a shape says nothing of lines."""
    cells = tuple(chain.from_iterable(map(_CELLS, rows)))  # (every step in C: this runs for every table)
    kinds = tuple(map(_KIND, cells))
    picks = _shapes(vocab, _PICK)  # (what picks the texts that are no number, kept for the kinds)
    pick = picks.get(kinds)
    if pick is None:
        keep = [k for k, kind in enumerate(kinds) if kind != NUMBER]
        pick = picks[kinds] = itemgetter(*keep) if len(keep) > 1 else lambda texts: tuple(texts[k] for k in keep)
    texts = pick(tuple(map(_TEXT, cells)))
    if " " in "\t".join(texts):
        return None
    return tuple(map(len, map(_CELLS, rows))), kinds, texts


#: the most table shapes (and pickers of their texts) the memo keeps: a shape holds a table's
#: texts, a few KB; the official tables of a corpus make a few dozen
_SHAPES = 64


def _shapes(vocab: Vocabulary, name: str) -> dict:
    """The vocabulary memo's own dict of table shapes (or pickers) under ``name``, emptied when it
    holds :data:`_SHAPES`."""
    got = vocab.memo.get(name)
    if got is None or len(got) >= _SHAPES:
        got = vocab.remember(name, {})
    return got


def _rejoin_rows(rows: List[Row], vocab: Vocabulary) -> List[Row]:
    """A table's rows with their label cells mended (pieces joined, a glued number or label split
    off) and the fragment rows joined onto the label they complete.

    A table of the official labels comes back in every report with other numbers: a table these
    repairs left as it is is remembered by its shape (:func:`_shape`: its cells' kinds, its
    texts that are no number) in the vocabulary's memo (at most :data:`_SHAPES` of them), and a
    table of that shape is then left as it is at once (``tests/test_layout_table_shape.py`` holds the
    answer from the memo to the answer made afresh, over tables made at random)."""
    put = _enumerators_put_back(rows)
    key = _shape(rows, vocab) if put is rows else None
    if key is None:
        return _mend_rows(put, vocab)
    shapes = _shapes(vocab, _SHAPE)
    if key in shapes:
        return rows
    out = _mend_rows(rows, vocab)
    if len(out) == len(rows) and all(map(is_, out, rows)):
        shapes[key] = True
    return out


def _mend_rows(rows: List[Row], vocab: Vocabulary) -> List[Row]:
    """:func:`_rejoin_rows`' work, done afresh on ``rows`` (their enumerators put back). Most
    rows hold labels (or head words) that are whole, then numbers: they are passed by at once
    (two whole labels never join, and a whole label is neither glued to a number nor two
    labels). This runs for every row of every table not remembered, so the test is written out."""
    whole, label_form, labels, memo = vocab.whole, vocab.label_form, vocab.labels, vocab.memo
    mended = []
    # each row's "plain" mark: its labels whole labels of the formats (one at least), then its
    # values, no text after them. No repair below applies to such a row itself (none reads a
    # whole label as a piece, a page's number or a fragment; it is no row of words nor of
    # numbers alone), so the row pass appends it at once; repairs of the rows about it still see it
    plain = []
    for r in rows:
        clean = None  # (None: no label yet; False: a label that is a head word, or mended)
        k = 0
        for c in r.cells:
            kind = c.kind
            if kind == TEXT:
                form = memo.get(c.text)  # (label_form's own memo read here: this runs for every label cell)
                if form is None:
                    form = label_form(c.text)
                if form not in whole:
                    clean = False
                    # (a row these repairs leave as it is, its texts apart by no space (the one
                    # repair that reads the cells' lines needs one), is left so whenever its texts
                    # and kinds come back: a table's head rows, in every report)
                    key = (_UNMENDED, tuple(map(_TEXT, r.cells)), tuple(map(_KIND, r.cells)))
                    if key in memo:
                        break
                    was = r
                    r = _split_labels(_split_glued(_join_within(r, vocab), vocab), vocab)
                    head = _label_off_a_head(r, vocab)
                    if head is not None:
                        mended.append(head)
                        plain.append(False)
                        r = Row(r.cells[-1:], r.cells[-1].span)
                    elif r is was and not any(" " in t for t in key[1]):
                        vocab.remember(key, True)
                    break
                if clean is not False:
                    clean = form in labels
            elif kind != BLANK:
                break
            k += 1
        mended.append(r)
        plain.append(bool(clean) and k < len(r.cells) and TEXT not in map(_KIND, r.cells[k + 1:]))
    rows = _stacked_pieces_dropped(mended, vocab, plain)
    rows = _spelled_down_dropped(rows, vocab, plain if rows is mended else ())
    if rows is mended and plain and not plain[0]:
        rows = _label_down_from_the_head(rows, vocab)
    if rows is not mended:
        plain = [False] * len(rows)
    width = None  # the number of numbers most rows hold (found when first needed)
    out: List[Row] = []
    i, n = 0, len(rows)
    while i < n:
        r = rows[i]
        if plain[i]:
            out.append(r)
            i += 1
            continue
        if out and i + 1 < n and _page_number_row(r):
            i += 1  # (a page's number between two rows of a table the page break cut: no row)
            continue
        if out and r.cells and PAGE_NUMBER_LINE.match(r.cells[0].text) and r.cells[0].kind == TEXT and any(
                c.kind not in (TEXT, BLANK) for c in r.cells[1:]):
            # (a page's number before the rest of a row's numbers the page break cut, a cell a line)
            r = Row(r.cells[1:], r.cells[1].span.to(r.span))
        if len(r.cells) > 2 and r.cells[0].text == "、" and r.cells[1].kind == TEXT:
            # (a bare "、" opening a row before its label: a piece of a group's label written a
            # character a line down its merged cell, "三" / "、" / "本" …; no value of the row)
            r = Row(r.cells[1:], r.cells[1].span.to(r.span))
        if out and len(r.cells) > 2:
            joined = _group_piece_after_a_break(out, r, vocab)
            if joined is None:
                joined = _rest_before_the_next_label(out, r, vocab)
            if joined is not None:
                r = joined
        if out and _numbers_only(r):
            if width is None:
                width = _usual_width(rows)
            last = out[-1]
            if (width and _label_end(last) is not None and 0 < _count_numbers(last) < width
                    and _count_numbers(last) + _count_numbers(r) == width):
                # (the rest of the last row's numbers on a line of their own; an empty cell between
                # two of them is in its place, as one between the numbers above is: "2.申请人逾期…申请\t0"
                # over "0\t\t0\t0\t0\t0", a blank cell in a row a copy wrapped at a fixed width)
                rest = list(r.cells)
                while rest and rest[0].kind == BLANK:
                    rest.pop(0)
                while rest and rest[-1].kind == BLANK:
                    rest.pop()
                out[-1] = Row(last.cells + tuple(rest), last.span.to(r.span))
                i += 1
                continue
            took = _numbers_above_their_labels(out, rows, i, vocab)
            if took:
                i += took
                continue
        frag = None  # the row's one filled cell, when it is text: maybe a fragment of a label
        for c in r.cells:
            if c.kind != BLANK:
                if frag is not None or c.kind != TEXT:
                    frag = None
                    break
                frag = c
        words = out and _words_only(r)
        if words and _words_only(out[-1]):
            head = _head_words_below(out[-1], r, vocab) or _glued_head_words_below(out[-1], r, vocab) \
                or _rest_opens_the_line(out[-1], r, vocab)
            if head is not None:
                out[-1] = head
                i += 1
                continue
            head = _head_in_three_lines(out[-2], out[-1], r, vocab) if len(out) > 1 and _words_only(out[-2]) else None
            if head is not None:
                out[-2:] = [head]
                i += 1
                continue
        if words and not _words_only(out[-1]):
            two = _two_columns_below(out[-1], r, vocab) or _glued_columns_below(out[-1], r, vocab)
            if two is not None:
                out[-1] = two
                i += 1
                continue
        if frag is not None and _fragment(frag.text):
            joined = _onto_previous(out[-1], frag.text, frag.span, vocab) if out else None
            if joined is None and out:
                rest = _rest_after_spelled(frag.text, vocab)
                joined = _onto_previous(out[-1], rest, frag.span, vocab) if rest else None
            if joined is not None:
                out[-1] = joined
                i += 1
                continue
            joined = _onto_next(rows[i + 1], frag.text, frag.span, vocab) if i + 1 < n else None
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            if _around_numbers(out, frag, vocab):
                i += 1
                continue
        elif frag is None and words and any(not _words_only(o) for o in out[-2:]):
            # (below a row of numbers: no head row, whose pieces stand in columns one above another)
            r = _pieces_onto_previous(out, r, vocab)
            if r is None:
                i += 1
                continue
        elif frag is None and out and not words and _words_only(out[-1]):
            joined = _rest_with_its_numbers(out[-1], r, vocab)
            if joined is not None:
                out[-1] = joined
                i += 1
                continue
        out.append(r)
        i += 1
    return out


def _rest_with_its_numbers(last: Row, row: Row, vocab: Vocabulary) -> Optional[Row]:
    """A label wrapped over three lines or more, its numbers on the last ("（六）其他处理 | 1.申请人…逾期不补正、
    行 | 政机关不再处理其政府信息公开申" over "请 | 0 | 0 …": a table typed with spaces): the rest that opens
    the row joined onto the pieces above, the row's numbers after them; None when the row opens
    otherwise or the pieces make no label."""
    first = row.cells[0] if row.cells else None
    if first is None or first.kind != TEXT or not _fragment(first.text) or vocab.is_label(first.text) \
            or not any(c.kind == NUMBER for c in row.cells[1:]):
        return None
    joined = _onto_previous(last, first.text, first.span, vocab)
    return None if joined is None else Row(joined.cells + row.cells[1:], joined.span.to(row.span))




def _rest_after_spelled(text: str, vocab: Vocabulary, gap=None) -> Optional[str]:
    """The rest of a label after a character of a group's label written down its merged cell, the
    two on one line apart by spaces ("本  只计这一情形，不计其他情形）": "三" / "、" / "本" / … "果" down
    the group's column of a pdftotext -layout copy, beside the wrapped label of the row above);
    None when the text holds no such piece (each before the gap one or two characters, no label)."""
    pieces = (gap or _WIDE_GAP).split(text.strip())
    if len(pieces) < 2 or not all(0 < len(p) <= _SPELLED and not vocab.is_label(p) for p in pieces[:-1]):
        return None
    return pieces[-1]


#: a gap of spaces that parts two columns of a copy laid out with spaces
_WIDE_GAP = re.compile(r"[ \u3000\xa0]{2,}")
#: any gap of spaces (pdfplumber's text parts two columns by one: "果 予公开")
_ANY_GAP = re.compile(r"[ \u3000\xa0]+")


def _page_number_row(row: Row) -> bool:
    """A row whose one filled cell is a page's number ("- 4 -", "第4页 共8页")."""
    filled = [c for c in row.cells if c.kind != BLANK]
    return len(filled) == 1 and filled[0].kind == TEXT and bool(PAGE_NUMBER_LINE.match(filled[0].text))


def _group_piece_after_a_break(out: List[Row], row: Row, vocab: Vocabulary) -> Optional[Row]:
    """A row that opens with the rest of its group's label, the row's own label and its numbers
    after it ("（四）无" / "1.本机关不掌握相关政府信息 746 …" / "- 5 -" / "法提供 2.没有现成信息需要另行制作
    11 …": a group's merged cell cut by the page break, its second piece written on the first
    line of the next page): the piece joined onto the group's first piece in the rows above
    (the last row's labels, or a row of words before it), the row without it; None when the
    row opens otherwise or the piece completes nothing. A Markdown row's leading bar leaves an
    empty cell before the piece ("| 予公开 | 5.属于三类内部事务信息 | 8 |…": a PDF-to-Markdown
    converter's copy of the group's merged cell cut between two rows); it stays."""
    at = 0
    while row.cells[at].kind == BLANK and at + 2 < len(row.cells):
        at += 1
    first, second = row.cells[at], row.cells[at + 1]
    if (first.kind != TEXT or second.kind != TEXT or not _fragment(first.text) or vocab.is_label(first.text)
            or not (vocab.is_row_label(second.text) or (len(second.text) >= 6 and vocab.opens_a_label(second.text)))
            or _label_end(row) != at + 1):
        # (the row's own label whole, or its first piece, wrapped in its cell too: "予公开 | 2.其他法律行政法规禁"
        # over "止公开", pdftotext -layout's lines of a narrow PDF)
        return None
    # (or its rest after a character of the group's label written down its column, one space
    # between: "理结 | （三）不 | 1.属于国家秘密 …" over "果 予公开 | 2.其他法律行政法规禁止公开 …", pdfplumber's text)
    rest = _rest_after_spelled(first.text, vocab, _ANY_GAP)
    for k in (1, 2):
        if len(out) < k or (k == 2 and _last_text(out[-2]) is None):
            continue
        joined = _onto_previous(out[-k], first.text, first.span, vocab)
        if joined is None and rest:
            joined = _onto_previous(out[-k], rest, first.span, vocab)
        if joined is not None:
            out[-k] = joined
            return Row(row.cells[:at] + row.cells[at + 1:], (row.cells[0] if at else second).span.to(row.span))
    return None


def _rest_before_the_next_label(out: List[Row], row: Row, vocab: Vocabulary) -> Optional[Row]:
    """A row that opens with the rest of the last row's label, in pieces, then its own labels and
    numbers ("3.补正后" / "申请" / 0 … 0 / "内容仍" / "不明确" / "（五）不予处理" / "1.信访举报投诉类申请" /
    1 …: a copy out of a PDF of a label wrapped in a tall cell, its numbers in the middle of the
    row's height), or then the head of the table's next block ("第二十条第（五）项"); the pieces joined
    onto that label, the row without them; None when the row opens with a label, or its first
    pieces complete none before a whole label or a block's head."""
    cells = row.cells
    first = cells[0]
    if first.kind != TEXT or vocab.label_form(first.text) in vocab.whole or cells[1].kind != TEXT \
            or not _fragment(first.text) or _words_only(out[-1]):
        return None  # (most rows open with a whole label, or a label and its numbers)
    text = ""
    for m in range(1, min(len(cells), _REST_PIECES + 1)):
        piece = cells[m - 1]
        if piece.kind != TEXT or not _fragment(piece.text) or vocab.is_label(piece.text):
            return None
        text += piece.text
        nxt = cells[m]
        if nxt.kind == TEXT and (vocab.is_label(nxt.text) or any(nxt.text.startswith(w) for w, _ in vocab.markers)):
            # (the next row's label, or the head of a table's next block: "行政规" 3 1 12 / "范性文" /
            # "件" / "第二十条第（五）项" …, a page break between, its number and running title blanked)
            target = _label_row(out)
            joined = _onto_previous(out[target], text, first.span.to(piece.span), vocab)
            if joined is None:
                return None
            out[target] = joined
            return Row(cells[m:], nxt.span.to(row.span))
    return None


def _label_row(out: List[Row]) -> int:
    """Where the last row's label is in ``out``: the last row, or the one before it when that is
    the label's pieces alone and the last its numbers (a copy put the label above them)."""
    return -2 if len(out) > 1 and _numbers_only(out[-1]) and _words_only(out[-2]) else -1


#: the most pieces the rest of a label stands in before the next row's label
_REST_PIECES = 8


#: the longest piece of a group's label written a character (or two) a line down its merged cell
_SPELLED = 2


def _spelled_piece(row: Row, vocab: Vocabulary) -> Optional[int]:
    """The index of the cell of ``row`` that may be a character of a group's label written down
    its merged cell: the row's first cell, or the last of a row of words, short and no label."""
    cells = row.cells
    filled = [k for k, c in enumerate(cells) if c.kind != BLANK]
    if not filled:
        return None
    for k in (filled[0], filled[-1]) if len(filled) > 1 else (filled[0],):
        c = cells[k]
        text = c.text.strip()
        if not 0 < len(text) <= _SPELLED or not (c.kind == TEXT or text == "、"):
            continue
        if any(ch.isdigit() for ch in c.text) or (k != filled[0] and not _words_only(row)):
            continue
        if not vocab.is_label(c.text):
            return k
    return None


def _spelled_down_dropped(rows: List[Row], vocab: Vocabulary, plain: Sequence[bool] = ()) -> List[Row]:
    """A group's label written a character a line down its merged cell, each character before a
    sub-item's label or after it ("三" / "、 2.其他法律行政法规禁止公开 0 …" / "本" / "年 3.危及…" …
    "果": pdfplumber's copy of a tall merged cell): the characters, which spell the group's whole
    label together in order (three at least), taken out of the rows (the label names a group the
    rows' own labels already name). Rows left empty go. ``plain``: the rows :func:`_rejoin_rows`
    marked plain (a whole label first, its values after: no such piece)."""
    pieces = [(i, k) for i, r in enumerate(rows) if not (plain and plain[i])
              for k in [_spelled_piece(r, vocab)] if k is not None]
    if len(pieces) < 3:
        return rows
    drop = set()
    a = 0
    while a < len(pieces):
        text, found = "", None
        for b in range(a, len(pieces)):
            i, k = pieces[b]
            text += rows[i].cells[k].text.strip()
            if len(text) > _FRAGMENT:
                break
            if b - a >= 2 and vocab.is_group_label(text) and vocab.label_form(text) in vocab.whole:
                found = b
        if found is None:
            a += 1
            continue
        drop.update(pieces[a:found + 1])
        a = found + 1
    if not drop:
        return rows
    out = []
    for i, r in enumerate(rows):
        cells = tuple(c for k, c in enumerate(r.cells) if (i, k) not in drop)
        if len(cells) == len(r.cells):
            out.append(r)
        elif any(c.kind != BLANK for c in cells):
            filled = [c for c in cells if c.kind != BLANK]
            out.append(Row(cells, filled[0].span.to(filled[-1].span)))
    return out


#: a sub-item's label, its number first ("1.本机关不掌握…", "2.没有现成信息需要")
_ITEM_START = lazy(enumerators.ARABIC)
#: the widest piece of a group's label a narrow merged cell holds on a line ("不予公", "无法提", "（四）")
_STACKED = 5


def _stacked_pieces_dropped(rows: List[Row], vocab: Vocabulary, plain: Sequence[bool] = ()) -> List[Row]:
    """Group labels wrapped down their narrow merged cells, two such columns side by side (三、本年度办理结果
    and, right of it, （三）不予公开 …), each piece on the line of a sub-item's label or of its numbers
    ("三、  无法提    0 0 …", "本年   供", "度办    0 0 …": ``pdftotext -layout`` of a Word table): the
    pieces stand left of the sub-items' labels, each column at its place. Read down each column, they
    spell the groups' whole labels in turn, and are taken out (the sub-items' labels name the rows);
    the sub-items' lines, numbers between their halves, are then joined as they are elsewhere."""
    items = {}
    for r in rows:
        for c in r.cells:
            if c.kind == TEXT and _ITEM_START.match(c.text):
                items[c.span.column] = items.get(c.span.column, 0) + 1
    if not items or max(items.values()) < 3:
        return rows
    item_column = max(items, key=items.get)
    pieces = []  # (column, row, cell, word, text)
    for i, r in enumerate(rows):
        if plain and plain[i]:
            continue
        for k, c in enumerate(r.cells):
            if c.kind != TEXT or c.span.column >= item_column - 1 or c.span.line != c.span.end_line:
                continue
            words = _words_of(c)
            for w, word in enumerate(words):
                t = word.text
                if len(t) > _STACKED or any(ch.isdigit() for ch in t) or (vocab.is_label(t) and not vocab.is_group_label(t)):
                    break
                pieces.append((word.span.column, i, k, w, t))
    if len(pieces) < 3:
        return rows
    clusters: List[list] = []
    for column in sorted({p[0] for p in pieces}):
        if clusters and column - clusters[-1][-1] <= 1:
            clusters[-1].append(column)
        else:
            clusters.append([column])
    drop = set()
    for cluster in clusters:
        run = [p for p in pieces if cluster[0] <= p[0] <= cluster[-1]]
        a = 0
        while a < len(run):
            text, found = "", None
            for b in range(a, len(run)):
                text += run[b][4]
                if len(text) > _FRAGMENT:
                    break
                if b > a and vocab.is_group_label(text) and vocab.label_form(text) in vocab.whole \
                        and enumerators.STARTS.match(text):
                    found = b
                    break
            if found is None:
                a += 1
                continue
            drop.update((p[1], p[2], p[3]) for p in run[a:found + 1])
            a = found + 1
    if not drop:
        return rows
    touched = {(i, k) for i, k, _ in drop}
    out = []
    for i, r in enumerate(rows):
        cells = []
        for k, c in enumerate(r.cells):
            if (i, k) not in touched:
                cells.append(c)
                continue
            kept = [word for w, word in enumerate(_words_of(c)) if (i, k, w) not in drop]
            if kept:
                cells.append(make_cell(" ".join(word.text for word in kept), kept[0].span.to(kept[-1].span)))
        if len(cells) == len(r.cells) and all(a is b for a, b in zip(cells, r.cells)):
            out.append(r)
        elif any(c.kind != BLANK for c in cells):
            filled = [c for c in cells if c.kind != BLANK]
            out.append(Row(tuple(cells), filled[0].span.to(filled[-1].span)))
    return out


#: a label whose enumerator's digit a copy left behind: it opens with the enumerator's point
_POINT_FIRST = lazy(r"[.．、]\s*\S")


def _enumerators_put_back(rows: List[Row]) -> List[Row]:
    """A sub-item's enumerator cut after its digit, the digit left at the end of the row above
    ("6.属于四类过程性信息 0 0 0 0 0 0 0 7" / ".属于行政执法案卷 0 …": PDFium's copy of a narrow label
    cell, a cell a line): the digit, one number more than the rows about it hold, put back before
    its label."""
    out = list(rows)
    changed = False
    width = None
    for k in range(len(out) - 1):
        row, nxt = out[k], out[k + 1]
        if not row.cells or not nxt.cells:
            continue
        last, first = row.cells[-1], nxt.cells[0]
        # (the point tested before the pattern: most rows end in a number and the next opens with a label)
        if not (last.kind == NUMBER and first.kind == TEXT and first.text[:1] in ".．、"
                and _POINT_FIRST.match(first.text)
                and last.text.isdigit() and len(last.text) <= 2):
            continue
        if width is None:
            width = _usual_width(rows)
        if (width and _count_numbers(row) == width + 1) or _next_enumerator(row) == last.text:
            out[k] = Row(row.cells[:-1], row.span)
            out[k + 1] = Row((Cell(last.text + first.text, last.span.to(first.span), TEXT),) + nxt.cells[1:],
                             last.span.to(nxt.span))
            changed = True
    return out if changed else rows


#: a sub-item's enumerator: its number before the point ("7.属于行政执法案卷")
_SUB_ITEM_NUMBER = lazy(r"\s*(\d{1,2})\s*[.．、]")


def _next_enumerator(row: Row) -> str:
    """The number after the enumerator of ``row``'s last label cell ("8" for a row labelled
    "7.属于行政执法案卷"; "" for none): a digit at the end of the row that is this number, before a
    label that opens with the point, is that label's enumerator whatever the row's count (a row
    one number short, a blank cell that left no line, would take it as its last number)."""
    number = ""
    for c in row.cells:  # (the label's cells: a group's, then the sub-item's in pieces)
        if c.kind == TEXT:
            m = _SUB_ITEM_NUMBER.match(c.text)
            if m:
                number = str(int(m.group(1)) + 1)
        elif c.kind != BLANK:
            break
    return number


def _numbers_only(row: Row) -> bool:
    kinds = set(map(_KIND, row.cells))  # (the kinds read in C: this runs for rows of every table)
    return TEXT not in kinds and len(kinds - _BLANK) > 0


def _count_numbers(row: Row) -> int:
    return sum(1 for c in row.cells if c.kind not in (TEXT, BLANK))


def _usual_width(rows: List[Row]) -> int:
    """How many numbers most of a table's rows of a label and numbers hold (0 when fewer than
    three rows are such rows, or no count is the most)."""
    counts: dict = {}
    for r in rows:
        if _label_end(r) is not None:
            n = _count_numbers(r)
            if n:
                counts[n] = counts.get(n, 0) + 1
    if sum(counts.values()) < 3:
        return 0
    best = sorted(counts.items(), key=lambda kv: -kv[1])
    return best[0][0] if len(best) == 1 or best[0][1] > best[1][1] else 0


def _label_alone(row: Row, vocab: Vocabulary) -> Optional[List[Cell]]:
    """A row of words that is a sub-item's label and nothing else, but a group's label or a
    page's number after it (the lines of the cells beside it): its label cells, the group's
    label first; None for any other row."""
    filled = [c for c in row.cells if c.kind != BLANK]
    if not filled or any(c.kind != TEXT for c in filled) or not vocab.is_row_label(filled[0].text):
        return None
    groups = []
    for c in filled[1:]:
        if vocab.is_group_label(c.text):
            groups.append(c)
        elif not PAGE_NUMBER_LINE.match(c.text):
            return None
    return groups + [filled[0]]


def _numbers_above_their_labels(out: List[Row], rows: List[Row], i: int, vocab: Vocabulary) -> int:
    """Rows whose numbers a copy wrote on the line above their label (pdfplumber: the numbers
    stand a little higher in the row's height than the label's first line): after a whole row
    (label and numbers), numbers alone and a label alone, again and again, and then a whole row
    again (or the table's end). Each label with the numbers above it is one row, appended to
    ``out``; how many rows were taken (0 when they are not such a run: numbers under their
    label — "5.要求行政机关确认或重新出具已获取信息" / "1 0 0 0 0 0 1" — open with the label).
    A group's label alone between the whole row and the run (its merged cell's middle) is put
    before the run's first label, as a group's label beside a sub-item's is."""
    before = out[-1]
    group = _group_label_alone(before, vocab) if len(out) > 1 else None
    if group is not None and _label_end(out[-2]) is not None and _count_numbers(out[-2]):
        before = out[-2]
    else:
        group = None
    if _numbers_only(before):
        # (numbers under their label: a label alone above them)
        if len(out) < 2 or _label_alone(out[-2], vocab) is None and not (_words_only(out[-2]) and
                                                                        vocab.is_label(out[-2].cells[-1].text)):
            return 0
    elif _label_end(before) is None:
        return 0
    width = _count_numbers(before)
    pairs = []
    j, n = i, len(rows)
    last = None  # a whole row written around its numbers, that ends the run
    while j + 1 < n and _numbers_only(rows[j]) and _count_numbers(rows[j]) == width:
        labels = _label_alone(rows[j + 1], vocab)
        if labels is None:
            last = _label_then_a_row_around_its_numbers(rows, j + 1, width, vocab)
            if last is None:
                break
            labels = [last[0]]
            last = last[1]
        pairs.append((rows[j], labels))
        j += 2
        if last is not None:
            j += 2
            break
    if not pairs:
        return 0
    if last is None and j < n and (_label_end(rows[j]) is None or _numbers_only(rows[j]) or _words_only(rows[j])):
        return 0  # (the run does not end on a whole row: the pairing is not sure)
    if group is not None:
        del out[-1]
        pairs[0] = (pairs[0][0], [group] + list(pairs[0][1]))
    for numbers, labels in pairs:
        filled = [c for c in numbers.cells if c.kind != BLANK]
        out.append(Row(tuple(labels) + tuple(filled), numbers.span.to(labels[-1].span)
                       if labels[-1].span.end > numbers.span.end else numbers.span))
    if last is not None:
        out.append(last)
    return j - i


def _group_label_alone(row: Row, vocab: Vocabulary) -> Optional[Cell]:
    """The one cell of a row that holds a group's label and nothing else (None otherwise)."""
    filled = [c for c in row.cells if c.kind != BLANK]
    if len(filled) == 1 and filled[0].kind == TEXT and vocab.is_group_label(filled[0].text):
        return filled[0]
    return None


def _label_then_a_row_around_its_numbers(rows: List[Row], k: int, width: int, vocab: Vocabulary):
    """A sub-item's label alone (its numbers on the line above), the next row's label's first
    piece after it on its line, then that row's numbers, then the piece's rest alone:
    "4.无正当理由大量反复申请 5.要求行政机关确认或重新出具" / "0 0 0 0 0 0 0" / "已获取信息"
    (pdfplumber's copy of a label wrapped in a tall cell, its numbers in the middle of the row's
    height). The label's cell and the next whole row; None for any other rows. The next row is
    whole (its numbers are the piece's own: the row above has its numbers), so it ends a run of
    numbers above their labels as a whole row does."""
    if k + 2 >= len(rows) or not _numbers_only(rows[k + 1]) or _count_numbers(rows[k + 1]) != width:
        return None
    words = [c for c in rows[k].cells if c.kind != BLANK]
    rest = [c for c in rows[k + 2].cells if c.kind != BLANK]
    if len(words) != 2 or len(rest) != 1 or any(c.kind != TEXT for c in words + rest):
        return None
    label, piece = words
    if not vocab.is_row_label(label.text) or vocab.is_label(piece.text) or not vocab.opens_a_label(piece.text):
        return None
    whole = piece.text + rest[0].text
    if not vocab.is_label(whole):
        return None
    numbers = tuple(c for c in rows[k + 1].cells if c.kind != BLANK)
    return label, Row((Cell(whole, piece.span.to(rest[0].span), TEXT),) + numbers, piece.span.to(rest[0].span))


def _furniture(text: str) -> bool:
    """A page's number or running header ("第2页 共6页", "…2024年政府信息公开工作年度报告"), as a
    page break puts it among the pieces of a label: a digit in it, no enumerator before it."""
    return any(ch.isdigit() for ch in text) and not _ENUMERATED.match(text)


def _words_only(row: Row) -> bool:
    return _WORDS.issuperset(map(_KIND, row.cells))


_BLANK, _WORDS = frozenset((BLANK,)), frozenset((TEXT, BLANK))


def _last_text(row: Row) -> Optional[int]:
    """The index of the last filled cell of a row of words only (None for any other row)."""
    last = None
    for i, c in enumerate(row.cells):
        if c.kind == TEXT:
            last = i
        elif c.kind != BLANK:
            return None
    return last


def _around_numbers(out: List[Row], frag: Cell, vocab: Vocabulary) -> bool:
    """A label a copy out of a PDF wrote around its row's numbers, which stand in the middle of
    the row's height: its first piece on the line above the numbers ("5.要求行政机关确认或重新出" /
    "1 0 0 0 0 0 1" / "具已获取信息"), or on the lines above and with them ("1、申请人无正当理由逾
    期不补" / "正、行政机关不再处理其政府信 67 3 0 0 1 0 71" / "息公开申请"). ``frag`` (the piece
    below) joins the label in ``out``'s last rows, which are mended in place; False if it
    completes none. The piece above is the last cell of a row of words (a group's label may
    stand before it)."""
    if len(out) < 2:
        return False
    before, numbers = out[-2], out[-1]
    k = _last_text(before)
    if k is None:
        return False
    end = _label_end(numbers)
    middle = numbers.cells[end] if end is not None else None
    if end is not None and (end != _label_start(numbers) or vocab.is_label(middle.text)):
        return False
    if end is None and any(c.kind == TEXT for c in numbers.cells):
        return False
    # the piece above: the row's last cell, or its last cells (a label wrapped over more lines)
    for j in range(k, -1, -1):
        if before.cells[j].kind != TEXT:
            break
        first = "".join(c.text for c in before.cells[j:k + 1])
        span = before.cells[j].span.to(frag.span)
        rest = before.cells[:j]
        if end is None:  # the numbers alone between the pieces: the label's row, then its numbers
            if not vocab.joins(first, frag.text):
                continue
            out[-2] = Row(rest + (Cell(first + frag.text, span, TEXT),), before.span.to(frag.span))
            return True
        if not vocab.is_label(first + middle.text + frag.text):
            continue
        out[-1] = _with_cell(numbers, end, Cell(first + middle.text + frag.text, span, TEXT))
        if any(c.kind != BLANK for c in rest):
            out[-2] = Row(rest, rest[0].span.to(rest[-1].span))
        else:
            del out[-2]
        return True
    return False


def _head_words_below(last: Row, row: Row, vocab: Vocabulary) -> Optional[Row]:
    """A head row whose narrow cells wrapped, each line of it a row of its own with a piece in
    every column (a borderless table printed by a browser: "商业企 | 科研机 | 社会公 | 法律服 | 其他"
    over "业 | 构 | 益组织 | 务机构"): ``last`` with ``row``'s words joined onto the words they
    complete, in order, when every word of ``row`` completes one and two at least do; else None."""
    at = [k for k, c in enumerate(last.cells) if c.kind == TEXT]
    below = [c for c in row.cells if c.kind == TEXT]
    if len(at) < 2 or len(below) < 2:
        return None
    # (the answer depends on the words alone: two head rows that are not one, the same in every
    # report, are remembered so in the vocabulary's memo, not tried word by word again)
    key = (_NOT_BELOW, tuple(map(_TEXT, last.cells)), tuple(map(_KIND, last.cells)), tuple(map(_TEXT, below)))
    if key in vocab.memo:
        return None
    merged = _pieces_under([last.cells[k] for k in at], below, vocab)
    if merged is None or sum(m is not last.cells[k] for k, m in zip(at, merged)) < 2:
        vocab.remember(key, True)
        return None
    cells = list(last.cells)
    for k, m in zip(at, merged):
        cells[k] = m
    return Row(tuple(cells), last.span.to(row.span))


#: the longest rest of a head's name a line break in its cell leaves ("组织", "机构", "企业")
_REST_OF_A_NAME = 3


def _rest_opens_the_line(last: Row, row: Row, vocab: Vocabulary) -> Optional[Row]:
    """A head whose cells held line breaks, pasted into a plain editor: each break a new line, so a
    cell's rest opens the next line and the next cell follows it after a tab ("法人或其他" / "组织 | 总计",
    "机构 | 社会公益" / "组织 | 法律服务"): ``last`` with its last word completed by ``row``'s first and
    ``row``'s other words after it, when the two pieces make one of the format's words and neither is
    one alone; else None."""
    ends = [k for k, c in enumerate(last.cells) if c.kind == TEXT]
    starts = [k for k, c in enumerate(row.cells) if c.kind == TEXT]
    if not ends or not starts:
        return None
    a, b = last.cells[ends[-1]], row.cells[starts[0]]
    if len(b.text) > _REST_OF_A_NAME or not (_fragment(a.text) and _fragment(b.text)) or any(
            vocab.is_label(t) or vocab.is_head_word(t) for t in (a.text, b.text)) or not vocab.joins(a.text, b.text):
        return None  # (two whole words, "行政复议" over "结果维持", "复议后起诉" over "结果维持", are a head's two rows)
    cells = list(last.cells[:ends[-1]]) + [_joined(a, b)] + [c for c in row.cells[starts[0] + 1:] if c.kind != BLANK]
    return Row(tuple(cells), last.span.to(row.span))


def _head_in_three_lines(top: Row, mid: Row, low: Row, vocab: Vocabulary) -> Optional[Row]:
    """A head row whose narrow cells wrapped each name over three lines, the middle line's pieces
    completing none alone ("信息内容 | 本年 | 本年 | 现行 | 上年" / "制发 | 废止 | 有效 | 新制" / "件数 |
    件数 | 件数 | 发件数": a borderless table in LibreOffice's PDF, the first column's name whole on
    the first line, so the lines below lack its cell and their pieces start one column left):
    ``top`` with the two lines' pieces joined onto its last words, a column each, in order. The
    two lines hold as many pieces each, one per column of ``top`` after its first words; two of
    the joined names at least, and more than half, are the format's (a column a report added,
    "上年新制发件数", is none); no piece is a label or head word alone; else None."""
    at = [k for k, c in enumerate(top.cells) if c.kind == TEXT]
    mids = [c for c in mid.cells if c.kind == TEXT]
    lows = [c for c in low.cells if c.kind == TEXT]
    m = len(mids)
    if m < 2 or len(lows) != m or not (m <= len(at) <= m + 1) or any(c.kind not in (TEXT, BLANK) for c in mid.cells):
        return None
    if any(vocab.is_label(c.text) or vocab.is_head_word(c.text) or not _fragment(c.text) for c in mids + lows):
        return None
    onto = at[len(at) - m:]
    names = [top.cells[k].text + a.text + b.text for k, a, b in zip(onto, mids, lows)]
    known = sum(1 for t in names if vocab.is_label(t) or vocab.is_head_word(t))
    if known < 2 or 2 * known <= m:
        return None
    cells = list(top.cells)
    for k, a, b in zip(onto, mids, lows):
        cells[k] = _joined(_joined(cells[k], a), b)
    return Row(tuple(cells), top.span.to(low.span))


def _glued_head_words_below(last: Row, row: Row, vocab: Vocabulary) -> Optional[Row]:
    """:func:`_head_words_below` when the pieces of narrow columns stand so close on the head's
    first line that they were read as one word ("商业企科研机社会公 | 法律服其他" over "业 | 构 |
    益组织 | 务机构", a browser's print of a borderless table): each of ``last``'s words is cut
    into the shortest pieces that ``row``'s words complete in order, its rest a whole head word
    or label; None unless every word of ``row`` completes one (the cheap sign: ``row`` has more
    words than ``last``)."""
    at = [k for k, c in enumerate(last.cells) if c.kind == TEXT]
    below = [c for c in row.cells if c.kind == TEXT]
    if not at or len(below) <= len(at):
        return None
    cells: List[Cell] = []
    j = 0
    for k, c in enumerate(last.cells):
        if c.kind != TEXT:
            cells.append(c)
            continue
        text, done = c.text, 0
        while done < len(text):
            rest = text[done:]
            n = next((n for n in range(1, len(rest) + 1) if vocab.joins(rest[:n], below[j].text)), None) \
                if j < len(below) else None
            if n is None:
                if not (vocab.is_head_word(rest) or vocab.is_label(rest)) or done == 0:
                    return None
                cells.append(_piece(c, done, len(text)))
                break
            cells.append(_joined(_piece(c, done, done + n), below[j]))
            done += n
            j += 1
    if j < len(below):
        return None
    return Row(tuple(cells), last.span.to(row.span))


def _piece(c: Cell, start: int, end: int) -> Cell:
    """The characters ``start:end`` of a cell written on one line (the whole cell's place when not)."""
    s = c.span
    if start == 0 and end == len(c.text):
        return c
    if s.line != s.end_line or s.end - s.start != len(c.text):
        return Cell(c.text[start:end], s, TEXT)
    return Cell(c.text[start:end], s._replace(column=s.column + start, end_column=s.column + end, start=s.start + start,
                                              end=s.start + end), TEXT)


def _two_columns_below(last: Row, row: Row, vocab: Vocabulary) -> Optional[Row]:
    """A group's label and its first sub-item's, both wrapped in narrow columns, copied line by
    line across the two (pdfplumber's copy): "（三） 1.属于 0 0 0 0 0 0 0" over "不予公 国家秘" /
    "开 密", or "（四） 1.本机 2 1 …" over "无法提 关不掌" / "供 握相关" / "政府信" / "息". ``last``
    (its labels the two first pieces, then its numbers) with ``row``'s words joined onto them, a
    line's two words one to each, a line's one word to the label not yet whole; None unless the
    sub-item's label comes out whole and every word of ``row`` is used."""
    end = _label_end(last)
    if end is None:
        return None
    apart = _two_pieces_apart(last.cells[end], vocab)
    if apart is not None:
        group, item = apart
        end += 1
        last = Row(last.cells[:end - 1] + apart + last.cells[end:], last.span)
    elif end < 1:
        return None
    else:
        group, item = last.cells[end - 1], last.cells[end]
        if group.kind != TEXT or item.kind != TEXT or not _ENUMERATED.match(item.text) or vocab.is_label(item.text):
            return None
    lines = [c for c in row.cells if c.kind != BLANK]
    if not any(len(_WORD.findall(c.text)) == 2 for c in lines) and (len(lines) < 2 or vocab.is_label(group.text)):
        return None  # (one column's pieces: _pieces_onto_previous; or a line a column, already apart)
    a, b = group, item
    for c in lines:
        words = _words_of(c)
        ab = _onto_the_labels(a, b, words, vocab)
        if ab is None:
            return None
        a, b = ab
    if not vocab.is_label(b.text) or (apart is not None and not vocab.is_group_label(a.text)):
        return None
    cells = last.cells[:end - 1] + ((a if vocab.is_label(a.text) else group), b) + last.cells[end + 1:]
    return Row(cells, last.span.to(row.span))


def _two_pieces_apart(cell: Cell, vocab: Vocabulary) -> Optional[Tuple[Cell, Cell]]:
    """A row's label cell that holds the first pieces of two labels on one line, a column's gap
    between them, the second's enumerator cut by the wrap so no split at an enumerator found it
    ("三、本    （一": pdftotext -layout's copy of 表三's group label and its first result's,
    both wrapped in narrow columns, "）予" on the line below): the two pieces, each a label's
    opening; None for anything else (a label with a space of its own: the pieces must open two
    labels and the whole none)."""
    if cell.kind != TEXT or cell.span.line != cell.span.end_line or len(cell.text) != cell.span.end - cell.span.start:
        return None
    if _COLUMN_GAP.search(cell.text) is None:
        return None
    words = _words_of(cell)
    if len(words) != 2 or vocab.opens_a_label(cell.text) or vocab.is_label(words[0].text + words[1].text):
        return None
    a, b = words
    if not (vocab.opens_a_label(a.text) and b.text[:1] in "（(" and not vocab.is_label(b.text)):
        return None
    return a, b


#: the gap pdftotext -layout leaves between two columns' words on one line (a label's own
#: space is one)
_COLUMN_GAP = lazy(r"[^ \u3000\xa0][ \u3000\xa0]{2,}[^ \u3000\xa0]")


def _onto_the_labels(a: Cell, b: Cell, words, vocab: Vocabulary) -> Optional[Tuple[Cell, Cell]]:
    """A line's words below a group's label (``a``) and its first item's (``b``), joined onto them:
    two words, one each; one word, to the item's where it continues it (:func:`_to_the_item`), else
    to the group's; more, or none: None (not two columns of labels)."""
    if len(words) == 2:
        return _joined(a, words[0]), _joined(b, words[1])
    if len(words) == 1:
        if _to_the_item(a.text, b.text, words[0].text, vocab):
            return a, _joined(b, words[0])
        return _joined(a, words[0]), b
    return None


#: a group's enumerator run into its first item's label ("（五）1.信访")
_GROUP_THEN_ITEM = lazy(r"（[一二三四五六七]）(?=[0-9]{1,2}[.．])")


def _glued_columns_below(last: Row, row: Row, vocab: Vocabulary) -> Optional[Row]:
    """A group's label and its first item's in columns so narrow that no space stands between
    them (pdftotext -layout): "（五）1.信访 1 0 0 1 0 0 2" / "不予处举报投" / "理  诉类申" / "请". The
    label cell cut after the group's enumerator; a line's one word longer than that cut where
    its two sides continue the two labels, cut there too (the group's column); then each line's
    words joined as _two_columns_below joins them. ``last`` with the two labels, when both come
    out whole; else None."""
    end = _label_end(last)
    if end is None or last.cells[end].kind != TEXT:
        return None
    m = _GROUP_THEN_ITEM.match(last.cells[end].text)
    if m is None:
        return None
    cut, text = m.end(), last.cells[end].text
    a, b = _piece(last.cells[end], 0, cut), _piece(last.cells[end], cut, len(text))
    for c in row.cells:
        if c.kind == BLANK:
            continue
        words = _words_of(c)
        if len(words) == 1 and len(words[0].text) > cut and not vocab.is_label(a.text):
            w = words[0]
            left, right = _piece(w, 0, cut), _piece(w, cut, len(w.text))
            if vocab.opens_a_label(a.text + left.text) and vocab.opens_a_label(b.text + right.text):
                words = [left, right]
        ab = _onto_the_labels(a, b, words, vocab)
        if ab is None:
            return None
        a, b = ab
    if not (vocab.is_group_label(a.text) and vocab.is_label(b.text)):
        return None
    return Row(last.cells[:end] + (a, b) + last.cells[end + 1:], last.span.to(row.span))


def _to_the_item(group: str, item: str, word: str, vocab: Vocabulary) -> bool:
    """Does a line's one word, below a group's label and its first sub-item's, both wrapped, go on
    the sub-item's label (else the group's)? Onto the one it continues, when only one: the item's
    label may be whole in an older format before its rest ("1.申请人无正当理由逾期不补正、" /
    "行政机关不…", pdftotext -layout's copy of a narrow column), and then the rest is still its
    own. Else the item's, unless it is whole or the word opens a label with the group's."""
    onto_group = vocab.opens_a_label(group + word)
    if vocab.opens_a_label(item + word) and not onto_group:
        return True
    return not vocab.is_label(item) and (vocab.is_label(group) or not onto_group)


def _pieces_onto_previous(out: List[Row], row: Row, vocab: Vocabulary) -> Optional[Row]:
    """A row of words only whose cells are pieces of labels (a group's label a copy wrote a piece
    a line, among its sub-items: "（三）不 4.保护第三方合法权益 6 0 …" over "理 予公开"; the rest of a
    label written below its numbers, run together with what follows): each piece that completes
    a label in the rows above is joined onto it, two pieces of the row that make one label are
    one cell; the row of what is left (None when nothing is)."""
    cells = row.cells
    whole, label_form = vocab.whole, vocab.label_form
    if all(c.kind == BLANK or label_form(c.text) in whole for c in cells):
        return row  # (a head row: whole labels and head words)
    if _two_columns_of_pieces(out, cells, vocab) or _pieces_of_labels_side_by_side(out, cells, vocab):
        return None
    around = _pieces_around_a_head(out, cells, vocab)
    if around is not None:
        cells = around
    # the rest of the label above, in the row's first cells (a label wrapped over more lines);
    # a page's number or running header a page break put among them is no piece (it holds a
    # digit, and no enumerator before it): stepped over when the pieces complete a label
    n = 0
    while n < len(cells) and cells[n].kind == TEXT and (_fragment(cells[n].text) or (
            n and n + 1 < len(cells) and _furniture(cells[n].text))):
        n += 1
    for m in range(n, 1, -1):
        if not _fragment(cells[m - 1].text):
            continue
        rest = Cell("".join(c.text for c in cells[:m] if _fragment(c.text)), cells[0].span.to(cells[m - 1].span),
                    TEXT)
        if len(rest.text) > _FRAGMENT:
            continue
        if _around_numbers(out, rest, vocab):
            cells = cells[m:]
            break
        # (the label's first piece beside its numbers, the rest below over several lines:
        # "4.无正 0 0 0 0 0 0 0" / "当理由" / "大量反" / "复申请", pdfplumber's copy of a narrow cell)
        joined = _onto_previous(out[-1], rest.text, rest.span, vocab)
        if joined is not None:
            out[-1] = joined
            cells = cells[m:]
            break
    left: List[Cell] = []
    for c in cells:
        if c.kind == TEXT and _fragment(c.text) and not vocab.is_label(c.text):
            joined = _onto_previous(out[-1], c.text, c.span, vocab)
            if joined is not None:
                out[-1] = joined
                continue
            if len(out) > 1 and (_label_end(out[-1]) is None or _last_text(out[-2]) is not None):
                # (the label's row, then its numbers; a group's label left on a row of its own)
                joined = _onto_previous(out[-2], c.text, c.span, vocab)
                if joined is not None:
                    out[-2] = joined
                    continue
            if not left and _around_numbers(out, c, vocab):
                continue
            if " " in c.text and c is cells[-1]:
                joined = _words_onto_previous(out[-1], c, vocab)
                if joined is not None:
                    out[-1] = joined
                    continue
        left.append(c)
    changed = len(left) != len(row.cells)
    for a in range(len(left)):
        for b in range(a + 1, len(left)):
            x, y = left[a], left[b]
            if x.kind == TEXT and y.kind == TEXT and vocab.joins(x.text, y.text):
                left[a] = Cell(x.text + y.text, x.span.to(y.span), TEXT)
                del left[b]
                changed = True
                break
    if not changed:
        return row
    if not any(c.kind != BLANK for c in left):
        return None
    return Row(tuple(left), left[0].span.to(left[-1].span))


def _two_columns_of_pieces(out: List[Row], cells, vocab: Vocabulary) -> bool:
    """The pieces of two labels in narrow columns side by side, a piece a line, the lines of the
    two columns interleaved (pdftotext -layout of a group's label on a line of its own, "（六）",
    its first item's beside the numbers, "1.申请 0 0 …", then "其他处" / "人无" / "理" / "正当理" / …):
    the pieces sorted by the column they start at, one column's completing the group's label in
    ``out[-2]``, the other's the item's in ``out[-1]``. Both joined (``out`` mended) and True; else
    False, ``out`` untouched. Two columns exactly, and a piece a line: no row of a head's words."""
    if len(out) < 2 or len(cells) < 3 or not all(
            c.kind == TEXT and c.span.line == c.span.end_line and _fragment(c.text) and " " not in c.text
            and not vocab.is_label(c.text) for c in cells):
        return False
    if len({c.span.line for c in cells}) != len(cells):
        return False
    at = sorted({c.span.column for c in cells})
    if len(at) != 2:
        return False
    columns = [[c for c in cells if c.span.column == x] for x in at]
    for item, group in (columns, columns[::-1]):
        text_i, text_g = "".join(c.text for c in item), "".join(c.text for c in group)
        last = _onto_previous(out[-1], text_i, item[0].span.to(item[-1].span), vocab)
        if last is None or _label_end(out[-2]) is None:
            continue
        above = _onto_previous(out[-2], text_g, group[0].span.to(group[-1].span), vocab)
        if above is not None and vocab.is_group_label(above.cells[_label_end(above)].text):
            out[-2], out[-1] = above, last
            return True
    return False


def _pieces_of_labels_side_by_side(out: List[Row], cells, vocab: Vocabulary) -> bool:
    """The rests of two rows' labels side by side, wrapped by narrow cells (表二's blocks two by two,
    ``pdftotext -layout``: "行政处 | 35 | 行政 | 1.25" over "罚          事业" / "性收" / "费"; the two
    labels in one row, :func:`_row_beside`): the words sorted by the label whose column they start at
    or after, each label's joined onto it; both must come out labels. ``out[-1]`` mended and True;
    else False, ``out`` untouched. Words only, on lines of their own, no whole label among them."""
    if not out or len(out[-1].cells) < 4 or not all(
            c.kind == TEXT and c.span.line == c.span.end_line and not vocab.is_label(c.text) for c in cells):
        return False
    row = out[-1]
    first = _label_end(row)
    second = next((i for i in range(len(row.cells) - 2, (first if first is not None else -1) + 1, -1)
                   if row.cells[i].kind == TEXT and row.cells[i - 1].kind == NUMBER
                   and row.cells[i + 1].kind == NUMBER), None)
    if first is None or second is None:
        return False
    words = [w for c in cells for w in _words_of(c)]
    at = row.cells[second].span.column
    left = [w for w in words if w.span.column < at - 1]
    right = [w for w in words if w.span.column >= at - 1]
    if not right or any(_fragment(w.text) is False for w in words):
        return False
    cells_now = list(row.cells)
    for part, k in ((left, first), (right, second)):
        if not part:
            continue
        text = cells_now[k].text + "".join(w.text for w in part)
        if not (vocab.joins(cells_now[k].text, text[len(cells_now[k].text):]) and vocab.is_row_label(text)):
            return False
        cells_now[k] = Cell(text, cells_now[k].span.to(part[-1].span), TEXT)
    out[-1] = Row(tuple(cells_now), row.span.to(words[-1].span) if words[-1].span.end > row.span.end else row.span)
    return True


def _pieces_around_a_head(out: List[Row], cells, vocab: Vocabulary):
    """The cells of a row of words without the pieces of the label above that stand around the
    head rows a table repeats on the next page, a page break having cut the label ("3.补正后申 0 0
    …" / "请内容仍不" / the head / "明确", or the head / "请内容仍不" / "明确": pdfplumber's copy of a
    Word table whose head rows repeat): a few pieces first, a few last, the head between; the
    pieces joined onto that label (``out[-1]`` mended), in order. None when they complete none."""
    if len(cells) < 3:
        return None

    def piece(c):
        return c.kind == TEXT and " " not in c.text and _fragment(c.text) and not vocab.is_label(c.text)

    end = len(cells)  # (the pieces may stand before the next row's labels: "（五）不予 处理")
    while end > 2 and len(cells) - end < 2 and cells[end - 1].kind == TEXT and vocab.is_label(cells[end - 1].text):
        end -= 1
    lead = 0
    while lead < _AROUND_PIECES and lead < end - 1 and piece(cells[lead]):
        lead += 1
    trail = 0
    while trail < _AROUND_PIECES and trail < end - 1 and piece(cells[end - 1 - trail]):
        trail += 1
    target = _label_row(out)
    for k in range(1, trail + 1):
        for j in range(0, min(lead, end - k - 1) + 1):
            text = "".join(c.text for c in cells[:j]) + "".join(c.text for c in cells[end - k:end])
            joined = _onto_previous(out[target], text, cells[end - 1].span, vocab)
            if joined is not None:
                out[target] = joined
                return cells[j:end - k] + cells[end:]
    return None


#: the most pieces of a label on each side of the head rows a page break put between them
_AROUND_PIECES = 8


def _words_onto_previous(row: Row, cell: Cell, vocab: Vocabulary) -> Optional[Row]:
    """``row`` with the words of ``cell`` (the last cell of a row of words, its words apart by a
    space) joined each onto one of its labels, in order, when every one completes a label: the
    rest of a row's group label and its own label, cut by a page break after the row's numbers,
    written on one line after the head rows repeated on the next page ("（五）不予 1.信访举报 1 0 0 1
    0 0 2" / the head / "处理 投诉类申请", a copy of a Word table whose head rows repeat); None
    otherwise."""
    words = cell.text.split()
    if not 1 < len(words) <= 3 or not all(_fragment(w) and not vocab.is_label(w) for w in words):
        return None
    for w in words:
        joined = _onto_previous(row, w, cell.span, vocab)
        if joined is None:
            return None
        row = joined
    return row


def _table(rows: List[Row]) -> Table:
    return Table(tuple(rows), rows[0].span.to(rows[-1].span))


def _more_fragments(blocks: Sequence[Block], k: int, last: Row, vocab: Vocabulary):
    """(``last`` with the fragment lines from ``blocks[k]`` on joined onto a label, how many lines
    after the first it took), when two or three of them together complete it ("行政事" / "业性收" /
    "费": a narrow cell wrapped at a page break, its first piece beside the number); else None."""
    text = blocks[k].text
    for j in range(k + 1, min(k + 3, len(blocks))):
        b = blocks[j]
        if not isinstance(b, Paragraph) or not _fragment(b.text):
            return None
        text += b.text
        joined = _onto_previous(last, text, blocks[k].span.to(b.span), vocab)
        if joined is not None:
            return joined, j - k
    return None


def _label_of_its_own(cell: str, text: str, vocab: Vocabulary) -> bool:
    """Is the short line ``text`` after a head row a whole label of its own ("规章" on its line,
    its numbers on the next, under the head "…现行有效件数") rather than the rest of the head's
    last cell ("总" / "计")? A whole label that makes no label or head word with the cell."""
    return vocab.is_label(text) and not vocab.joins(cell, text)


def rejoin(blocks: Sequence[Block], vocab: Vocabulary) -> List[Block]:
    """Labels and header cells a renderer broke apart, joined; the table pieces they cut apart,
    one table again."""
    out: List[Block] = []
    pending = False  # out[-1] is a table whose last label took a fragment line: a table next continues it
    skip = 0  # fragment lines already joined onto a label (_more_fragments)
    for k, b in enumerate(blocks):
        if skip:
            skip -= 1
            continue
        if isinstance(b, Table):
            given = list(b.rows)
            rows = _rejoin_rows(given, vocab)
            same = rows is given or (len(rows) == len(b.rows) and all(map(is_, rows, b.rows)))
            prev = out[-1] if out else None
            if isinstance(prev, Paragraph) and _fragment(prev.text):
                # a fragment line before the table: the first piece of its first label
                joined = _onto_next(rows[0], prev.text, prev.span, vocab)
                if joined is not None:
                    out.pop()
                    rows[0] = joined
                    same = False
                    pending = isinstance(out[-1], Table) if out else False
            if pending:
                out[-1] = _table(list(out[-1].rows) + rows)
            else:
                out.append(b if same else _table(rows))  # (a table with nothing to mend: itself)
            pending = False
            continue
        if isinstance(b, Paragraph) and out and isinstance(out[-1], Table) and _fragment(b.text):
            table = out[-1]
            last = table.rows[-1]
            joined = _onto_previous(last, b.text, b.span, vocab)
            more = _more_fragments(blocks, k, last, vocab) if joined is None else None
            if more is not None:  # a label wrapped over several lines past a page break
                joined, skip = more
            if joined is None and len(b.text) <= 3 and k + 1 < len(blocks) and isinstance(blocks[k + 1], Table) \
                    and last.cells[-1].kind in (TEXT, BLANK) and not _label_of_its_own(last.cells[-1].text, b.text, vocab) \
                    and not CONTINUED_LINE.match(b.text):
                # a header cell broken over lines ("总" / "计") between two pieces of a table (not
                # "续表" over the next piece: the table goes on under it)
                cell = last.cells[-1]
                joined = Row(last.cells[:-1] + (Cell(cell.text + b.text, cell.span.to(b.span),
                                                     cell.kind if cell.kind != BLANK else TEXT, cell.value),),
                             last.span)
            if joined is not None:
                out[-1] = _table(list(table.rows[:-1]) + [joined])
                pending = True
                continue
        pending = False
        out.append(b)
    return out
