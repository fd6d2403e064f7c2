"""Text → syntax tree: the Lark grammar in ``grammars/report.lark`` and its transformer.

The LALR parser sees one token per line (heading, row, paragraph, blank), which keeps it
linear; the transformer splits row lines into cells with their offsets, groups the
one-cell-per-line layout into rows, and builds the immutable :mod:`govlint.ast` objects.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import List, Optional, Sequence, Tuple

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from .ast import BLANK, NUMBER, PLACEHOLDER, TEXT, Block, Cell, Paragraph, Report, Row, Section, Span, Table

_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_HEADING = re.compile(r"[ \u3000\xa0]*([一二三四五六七八九十]{1,2})[ \u3000]*[、．.，,：:][ \u3000]*(.*)")
_SPACE = " \t\u3000\xa0\r"
#: what reports write for "nothing" in a numeric cell
PLACEHOLDERS = frozenset({"/", "／", "-", "－", "—", "——", "--", "–", "无", "\\", "、"})
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_MD_RULE = re.compile(r":?-{3,}:?")


class ParseError(Exception):
    """The text could not be read as a report at all."""


def normalise(text: str) -> str:
    """One text form for every source: no BOM, "\\n" line ends, a final newline."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text


def parse_number(text: str) -> Optional[Decimal]:
    """The number a cell holds, tolerating full-width digits, spaces and thousands separators."""
    t = unicodedata.normalize("NFKC", text)
    t = t.replace(" ", "").replace(",", "").replace("，", "")
    if t.startswith("−"):
        t = "-" + t[1:]
    if not _NUMBER.fullmatch(t):
        return None
    try:
        return Decimal(t)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
        return None


def make_cell(text: str, span: Span) -> Cell:
    if not text:
        return Cell("", span, BLANK)
    if text in PLACEHOLDERS:
        return Cell(text, span, PLACEHOLDER)
    value = parse_number(text)
    if value is not None:
        return Cell(text, span, NUMBER, value)
    return Cell(text, span, TEXT)


class _LineIndex:
    """Offset → (line, column) for the normalised text."""

    def __init__(self, text: str):
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.starts = starts

    def span(self, line: int, start: int, end: int) -> Span:
        """A span on one line; ``line`` is 1-based, offsets are absolute."""
        base = self.starts[line - 1]
        return Span(line, start - base + 1, line, end - base + 1, start, end)


class _ToAst(Transformer):
    """Builds the syntax tree while the LALR parser reduces (no intermediate parse tree)."""

    def __init__(self, index: _LineIndex):
        super().__init__(visit_tokens=False)
        self.index = index

    # -- helpers -----------------------------------------------------------------------
    def _line_span(self, tok: Token) -> Span:
        line_text = tok.value.split("\n", 1)[0]
        stripped = line_text.strip(_SPACE)
        lead = len(line_text) - len(line_text.lstrip(_SPACE))
        start = tok.start_pos + lead
        return self.index.span(tok.line, start, start + len(stripped))

    def _row(self, tok: Token) -> Optional[Tuple[Row, bool, bool]]:
        """(row, is a lone indented cell, followed by a blank line) for a ROW token."""
        value = tok.value
        nl = value.index("\n")
        line = value[:nl]
        gap = len(value) > nl + 1
        sep = "\t" if "\t" in line else "|"
        cells: List[Cell] = []
        pos = 0
        base = tok.start_pos
        for part in line.split(sep):
            stripped = part.strip(_SPACE)
            lead = len(part) - len(part.lstrip(_SPACE))
            start = base + pos + lead
            cells.append(make_cell(stripped, self.index.span(tok.line, start, start + len(stripped))))
            pos += len(part) + 1
        if all(c.kind == BLANK or _MD_RULE.fullmatch(c.text) for c in cells) and any(
                c.text for c in cells):
            return None  # a Markdown |---|---| rule
        lone = sep == "\t" and len(cells) == 2 and cells[0].kind == BLANK
        return Row(tuple(cells), self._line_span(tok)), lone, gap

    # -- grammar rules -------------------------------------------------------------------
    def paragraph(self, children):
        tok = children[0]
        return Paragraph(tok.value.strip(_SPACE + "\n"), self._line_span(tok))

    def table(self, children):
        rows: List[Row] = []
        pending: List[Cell] = []  # the one-cell-per-line layout: cells of the row being built
        pending_span: Optional[Span] = None

        def flush():
            nonlocal pending, pending_span
            if pending:
                rows.append(Row(tuple(pending), pending_span))
            pending, pending_span = [], None

        for tok in children:
            built = self._row(tok)
            if built is None:
                continue
            row, lone, gap = built
            if lone:
                pending.append(row.cells[1])
                pending_span = row.span if pending_span is None else pending_span.to(row.span)
                if gap:
                    flush()
            else:
                flush()
                rows.append(row)
        flush()
        if not rows:
            return None
        return Table(tuple(rows), rows[0].span.to(rows[-1].span))

    def front(self, children):
        return [c for c in children if c is not None]

    def section(self, children):
        tok = children[0]
        m = _HEADING.match(tok.value.rstrip("\n"))
        number = _numeral(m.group(1))
        title = m.group(2).strip(_SPACE)
        return Section(number, title, tok.value.strip(_SPACE + "\n"), self._line_span(tok),
                       tuple(_merge_split_cells([c for c in children[1:] if c is not None])))

    def start(self, children):
        return children[0], children[1:]


def _numeral(s: str) -> int:
    if len(s) == 1:
        return _NUMERALS[s]
    if s[0] == "十":
        return 10 + _NUMERALS.get(s[1], 0)
    return _NUMERALS[s[0]] * 10 + (_NUMERALS.get(s[1], 0) if s[1] != "十" else 0)


def _merge_split_cells(blocks: List[Block]) -> List[Block]:
    """Join a table that a header cell broken over lines ("总\\n\\n计") cut in two."""
    out: List[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if (isinstance(b, Paragraph) and len(b.text) <= 3 and out and isinstance(out[-1], Table)
                and i + 1 < len(blocks) and isinstance(blocks[i + 1], Table)):
            prev, nxt = out[-1], blocks[i + 1]
            last_row = prev.rows[-1]
            last_cell = last_row.cells[-1]
            joined = Cell(last_cell.text + b.text, last_cell.span.to(b.span), last_cell.kind
                          if last_cell.kind != BLANK else TEXT, last_cell.value)
            rows = prev.rows[:-1] + (Row(last_row.cells[:-1] + (joined,), last_row.span),) + nxt.rows
            out[-1] = Table(rows, prev.span.to(nxt.span))
            i += 2
            continue
        out.append(b)
        i += 1
    return out


@lru_cache(maxsize=1)
def _grammar_text() -> str:
    return resources.files("govlint.grammars").joinpath("report.lark").read_text("utf-8")


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(_grammar_text(), parser="lalr", lexer="contextual", propagate_positions=False,
                maybe_placeholders=False)


def parse(text: str, path: str = "<text>", source: Optional[dict] = None) -> Report:
    """Parse report text into a :class:`~govlint.ast.Report`.

    Raises :class:`ParseError` when the text cannot be tokenised (it always can, unless the
    grammar is broken) or holds no visible text at all.
    """
    text = normalise(text)
    if not text.strip(_SPACE + "\n"):
        raise ParseError("the file is empty")
    index = _LineIndex(text)
    try:
        tree = _parser().parse(text)
        front, sections = _ToAst(index).transform(tree)
    except LarkError as exc:  # pragma: no cover - every line matches some terminal
        raise ParseError(f"cannot parse: {exc}") from None
    front = tuple(_merge_split_cells(front))
    return Report(path, text, front, tuple(sections), dict(source or {}))
