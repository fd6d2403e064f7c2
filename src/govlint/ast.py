"""The typed, immutable syntax tree of a report.

The nodes are named tuples (made once per cell and row, and cheap to define at every start);
:class:`Report`, which caches its lines, is a frozen dataclass.

Positions are 1-based lines and columns counted in code points, with character offsets into
the normalised text (``Report.text``); the SARIF writer converts columns to UTF-16 at the edge.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Callable, NamedTuple, Optional, Tuple, Union


def fast_constructor(cls) -> Callable:
    """A constructor for the tuples made once per cell (:class:`Span`, :class:`Cell`,
    :class:`~govlint.bind.BoundCell`): ``make((field, field, ...))`` takes every field, in
    order, as one tuple and builds the object in C, without the class's Python-level
    ``__new__`` (twice as fast)."""
    return partial(tuple.__new__, cls)


class Span(NamedTuple):
    """A stretch of the normalised text (a tuple: cheap to make, once per cell)."""

    line: int
    column: int
    end_line: int
    end_column: int  # exclusive
    start: int  # offset of the first character
    end: int  # offset after the last character

    def to(self, other: "Span") -> "Span":
        """The span from the start of this one to the end of ``other``."""
        return Span(self.line, self.column, other.end_line, other.end_column, self.start, other.end)

    def as_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column}


# Cell kinds
NUMBER = "number"
BLANK = "blank"
PLACEHOLDER = "placeholder"
TEXT = "text"


class Cell(NamedTuple):
    text: str
    span: Span
    kind: str
    #: the number written, for NUMBER cells (Decimal keeps 4068.208 exact)
    value: Optional[Decimal] = None

    @property
    def is_value(self) -> bool:
        """A cell that stands where a number belongs: a number, a blank or a placeholder."""
        return self.kind != TEXT


class Row(NamedTuple):
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


class Table(NamedTuple):
    rows: Tuple[Row, ...]
    span: Span


class Paragraph(NamedTuple):
    text: str
    span: Span


Block = Union[Paragraph, Table]


class Section(NamedTuple):
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


@dataclass(frozen=True)
class Report:
    path: str
    text: str  # normalised: "\n" line ends, no BOM, final newline
    front: Tuple[Block, ...]  # title block and preamble, before the first section
    sections: Tuple[Section, ...]
    #: extra facts a reader knows (encoding, source kind, page of each line, ...)
    source: dict = field(default_factory=dict, compare=False, hash=False)

    def tables(self) -> Tuple[Table, ...]:
        out = [b for b in self.front if isinstance(b, Table)]
        for s in self.sections:
            out.extend(s.tables)
        return tuple(out)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line (for showing a finding in context)."""
        lines = self.__dict__.get("_lines")
        if lines is None:
            lines = self.text.split("\n")
            object.__setattr__(self, "_lines", lines)
        return lines[line - 1] if 0 < line <= len(lines) else ""
