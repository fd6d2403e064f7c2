"""Rules over two reports of one agency: this year's and last year's (the ``X`` family).

A cross-year rule is a :class:`Rule` (same metadata, docs, registry, ``--select``) whose
``check`` finds nothing in a single report; its ``check_pair`` gets a :class:`PairContext`:
the two reports' snapshots (``binder.snapshot``), made as the files were read or loaded from the
results store. Findings point at this year's cell or paragraph; last year's file and cell are
named in the related locations. Which reports pair is ``store/pairing.py``'s knowledge.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar, Dict, Iterable, List, Optional, Sequence, Tuple

from ..records import Plain, Record
from ..diagnostics import Diagnostic, Location, Related
from ..binder.bind import BoundCell
from ..syntax.ast import Span
from .rule import Context, Rule


def span_of(pos) -> Optional[Span]:
    """A snapshot's ``[line, column, end_line, end_column]`` as a Span (offsets unknown: 0)."""
    if not pos:
        return None
    return Span(pos[0], pos[1], pos[2], pos[3], 0, 0)


class _FormatOnly(Record):
    format: Any


class PairRule(Rule):
    """A rule over this year's report and last year's."""

    pair: ClassVar[bool] = True
    #: the (table, row) whose cells the rule compares (what is kept of each report in a run;
    #: row "*": every row of the table)
    rows: ClassVar[Tuple[Tuple[str, str], ...]] = ()

    @classmethod
    def family(cls) -> str:
        """Every cross-year rule is of one family, whatever its code's letter (plugins use X9xx
        for rules of their own)."""
        return "crossyear"

    def sections(self, options: Dict[str, Any]) -> Tuple[int, ...]:
        """The numbers of the sections whose prose the rule compares."""
        return ()

    def check(self, ctx):  # a single report: nothing to compare
        return ()

    def check_pair(self, ctx: "PairContext") -> Iterable[Diagnostic]:  # pragma: no cover - abstract
        raise NotImplementedError


class PairContext(Plain):
    """What a cross-year rule sees: both snapshots, their paths, the language and the options.

    (A plain class, not a dataclass: making a dataclass compiles its generated methods at every
    start, ~4 M instructions a class.)"""

    this: Dict[str, Any]
    last: Dict[str, Any]
    path: str
    last_path: str
    formats: Dict[str, Any]
    lang: str
    options: Dict[str, Any]
    _cells: Dict[int, Dict[tuple, BoundCell]]

    def __init__(self, this: Dict[str, Any], last: Dict[str, Any], path: str, last_path: str,
                 formats: Dict[str, Any], lang: str = "zh", options: Optional[Dict[str, Any]] = None):
        self.this, self.last, self.path, self.last_path = this, last, path, last_path
        self.formats = formats
        self.lang = lang
        self.options = {} if options is None else options
        self._cells = {}

    _SHOWN = ("this", "last", "path", "last_path", "formats", "lang", "options")
    _COMPARED = _SHOWN + ("_cells",)

    def msg(self, zh: str, en: str) -> str:
        return en if self.lang == "en" else zh

    def cells(self, which: str) -> Dict[tuple, BoundCell]:
        snap = self.this if which == "this" else self.last
        found = self._cells.get(id(snap))
        if found is None:
            found = self._cells[id(snap)] = {
                (c[0], c[1], c[2]): BoundCell(c[0], c[1], c[2], c[3], None if c[4] is None else Decimal(c[4]), c[5],
                                         span_of(c[6])) for c in snap.get("cells", ())}
        return found

    def value(self, which: str, table: str, row: str, column: str) -> Optional[BoundCell]:
        """The cell if it holds a number, else None."""
        c = self.cells(which).get((table, row, column))
        return c if c is not None and c.value is not None and c.state == "value" else None

    def location(self, which: str, table: str, row: Optional[str] = None, column: Optional[str] = None) -> Location:
        snap = self.this if which == "this" else self.last
        fmt = self.formats.get(snap.get("format"))
        if fmt is None:
            return Location(None, table, row, column, row, column)
        try:
            return Context(_FormatOnly(fmt), self.lang).table_location(table, row, column)
        except KeyError:
            return Location(None, table, row, column, row, column)

    def section_label(self, which: str, number: int) -> str:
        snap = self.this if which == "this" else self.last
        fmt = self.formats.get(snap.get("format"))
        return Context(_FormatOnly(fmt), self.lang).section_label(number) if fmt is not None else str(number)

    def related(self, span: Optional[Span], zh: str, en: str, location: Location = Location()) -> Related:
        return Related(self.msg(zh, en), span, location, self.last_path)

    def diag(self, rule: Rule, span: Optional[Span], zh: str, en: str, *, location: Location = Location(),
             related: Sequence[Related] = (), data: Optional[Dict[str, Any]] = None,
             severity: Optional[str] = None) -> Diagnostic:
        data = dict(data or {})
        data.setdefault("previous", self.last_path)
        return Diagnostic(rule.code, severity or rule.severity, self.msg(zh, en), self.path, span, location,
                          tuple(related), data, rule.name)


def is_pair_rule(rule) -> bool:
    return bool(getattr(rule, "pair", False))
