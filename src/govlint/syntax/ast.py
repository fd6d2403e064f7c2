"""The typed, immutable syntax tree of a report.

The nodes are named tuples (made once per cell and row, and cheap to define at every start);
:class:`Report`, which caches its lines, is a frozen dataclass.

Positions are 1-based lines and columns counted in code points, with character offsets into
the normalised text (``Report.text``); the SARIF writer converts columns to UTF-16 at the edge.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from types import MethodType
from typing import Callable, Optional, Tuple, Union

from ..records import Record


def fast_constructor(cls) -> Callable:
    """A constructor for the tuples made once per cell (:class:`Span`, :class:`Cell`,
    :class:`~govlint.binder.bind.BoundCell`): ``make((field, field, ...))`` takes every field, in
    order, as one tuple and builds the object in C, without the class's Python-level
    ``__new__`` (twice as fast). ``tuple.__new__`` bound to the class as a method, not a
    ``functools.partial`` of it: the same call, ~300 instructions less an object (a method's
    call puts the class before the argument in place; a partial's copies the arguments), for the
    ~1,000 cells, spans, rows and bound cells of a 10 KB report."""
    return MethodType(tuple.__new__, cls)


class Span(Record):
    """A stretch of the normalised text (a tuple: cheap to make, once per cell)."""

    line: int
    column: int
    end_line: int
    end_column: int  # exclusive
    start: int  # offset of the first character
    end: int  # offset after the last character

    def to(self, other: "Span") -> "Span":
        """The span from the start of this one to the end of ``other``: the stretch that covers
        both, whichever comes first in the text (a piece a layout joins onto a row may stand
        before it, and a reversed span would point nowhere)."""
        first = self if self.start <= other.start else other
        last = other if other.end >= self.end else self
        return tuple.__new__(Span, (first.line, first.column, last.end_line, last.end_column, first.start, last.end))

    def as_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column}


# Cell kinds
NUMBER = "number"
BLANK = "blank"
PLACEHOLDER = "placeholder"
TEXT = "text"


class Cell(Record):
    text: str
    span: Span
    kind: str
    #: the number written, for NUMBER cells (Decimal keeps 4068.208 exact)
    value: Optional[Decimal] = None

    def __new__(cls, text: str, span: Span, kind: str, value: Optional[Decimal] = None):
        return tuple.__new__(cls, (text, span, kind, value))  # (written out: made for every cell)

    @property
    def is_value(self) -> bool:
        """A cell that stands where a number belongs: a number, a blank or a placeholder."""
        return self.kind != TEXT


class Row(Record):
    cells: Tuple[Cell, ...]
    span: Span

    @property
    def content(self) -> Tuple[Cell, ...]:
        """The cells without the blank ones a layout puts before the first and after the last."""
        cells = self.cells
        i, j = 0, len(cells)
        while i < j and cells[i].kind == BLANK:
            i += 1
        while j > i and cells[j - 1].kind == BLANK:
            j -= 1
        return cells[i:j]


class Paragraph(Record):
    text: str
    span: Span
    #: what the line is (the grammar's name for it): "text", "title", "subheading",
    #: "caption", "signature" or "date"
    kind: str = "text"


class Table(Record):
    rows: Tuple[Row, ...]
    span: Span
    #: the line naming the table above it ("表一 …"); it stands in the blocks too, before the table
    caption: Optional[Paragraph] = None
    #: how many of the first rows are header rows (column names), as the grammar read them
    header_rows: int = 0


Block = Union[Paragraph, Table]


class Section(Record):
    number: int  # 1 for 一、
    title: str  # the heading text after the numeral and its punctuation
    heading: str  # the whole heading line as written
    span: Span  # of the heading line
    blocks: Tuple[Block, ...]

    @property
    def paragraphs(self) -> Tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def tables(self) -> Tuple[Table, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Table))


def original_offset(offset: int, inserted: Tuple[int, ...], removed: Tuple[Tuple[int, int], ...] = (),
                    end: bool = False) -> int:
    """The offset in the file's text of ``offset`` in the text layout made of it: back over the
    characters it ``inserted``, then on over the runs it ``removed`` before it (at it too, unless
    ``end``: a span's end stops before a run taken out right after its last character)."""
    if inserted:
        offset -= bisect_right(inserted, offset - 1)
    if removed:
        k = bisect_right(removed, (offset - 1, 1 << 62) if end else (offset, 1 << 62))
        if k:
            offset += removed[k - 1][1]
    return offset


@dataclass(frozen=True)
class Report:
    path: str
    text: str  # normalised: "\n" line ends, no BOM, final newline
    front: Tuple[Block, ...]  # title block and preamble, before the first section
    sections: Tuple[Section, ...]
    #: extra facts a reader knows (encoding, source kind, page of each line, ...)
    source: dict = field(default_factory=dict, compare=False, hash=False)
    #: the file's text when layout had to restore line breaks (``text`` is then the repaired
    #: text the spans point into); None when ``text`` is the file's own
    original: Optional[str] = field(default=None, compare=False, hash=False)
    #: offsets in ``text`` of the line breaks layout inserted (see :meth:`to_file`)
    inserted: Tuple[int, ...] = field(default=(), compare=False, hash=False)
    #: the runs of the file's characters layout took out (:attr:`govlint.layout.Prepared.removed`)
    removed: Tuple[Tuple[int, int], ...] = field(default=(), compare=False, hash=False)
    #: the layout repairs made ("separators", "flattened")
    repairs: Tuple[str, ...] = field(default=(), compare=False, hash=False)
    #: the report's title, as the grammar read it: ``front[0]``, or the lines it is broken over
    #: (``front[0]``, ``front[1]`` …, each of kind "title") as one paragraph
    title: Optional[Paragraph] = field(default=None, compare=False, hash=False)
    #: the signature and date that close the report (the last blocks of the last section, or
    #: of the front matter when there is no section; or, when the report prints its tables after
    #: its closing, the agency, the seal's mark and the date right above them: ``parser._parts``)
    closing: Tuple[Paragraph, ...] = field(default=(), compare=False, hash=False)

    def tables(self) -> Tuple[Table, ...]:
        out = [b for b in self.front if isinstance(b, Table)]
        for s in self.sections:
            out.extend(s.tables)
        return tuple(out)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line of the file (for showing a finding in context)."""
        lines = self.__dict__.get("_lines")
        if lines is None:
            lines = (self.original if self.original is not None else self.text).split("\n")
            object.__setattr__(self, "_lines", lines)
        return lines[line - 1] if 0 < line <= len(lines) else ""

    def to_file(self, span: Optional[Span]) -> Optional[Span]:
        """A span of ``text`` as a span of the file's text: the same when layout changed no line,
        else moved back over the line breaks it inserted, on over the characters it took out, and
        counted in the file's lines."""
        if span is None or self.original is None:
            return span
        starts = self.__dict__.get("_starts")
        if starts is None:
            starts = [0]
            for i, ch in enumerate(self.original):
                if ch == "\n":
                    starts.append(i + 1)
            object.__setattr__(self, "_starts", starts)
        ins, gone = self.inserted, self.removed
        a = original_offset(span.start, ins, gone)
        b = original_offset(span.end, ins, gone, end=True) if span.end > span.start else a
        la = bisect_right(starts, a) - 1
        lb = bisect_right(starts, max(a, b - 1)) - 1 if b > a else la
        return Span(la + 1, a - starts[la] + 1, lb + 1, b - starts[lb] + 1, a, b)
