"""The shape of an official report format, as plain immutable data.

A format lists its six sections (with the title variants real reports use), its three tables
(rows and columns, each with a canonical key, the official label and accepted aliases) and the
arithmetic relations between cells. The binder and the rules read everything from here; a
plugin can contribute a whole new format through the ``govlint_formats`` hook.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Dict, NamedTuple, Optional, Tuple


class Label(NamedTuple):
    """An official label and the other spellings a report may use for it.

    ``aliases`` are accepted silently (punctuation or wording variants with the same meaning);
    ``outdated`` are labels of an older or unofficial format: accepted for binding, reported by
    the outdated-label rule.
    """

    text: str
    aliases: Tuple[str, ...] = ()
    outdated: Tuple[str, ...] = ()


class SectionSpec(NamedTuple):
    number: int
    title: str
    variants: Tuple[str, ...] = ()


class ColumnSpec(NamedTuple):
    key: str
    label: Label


class RowSpec(NamedTuple):
    key: str
    label: Label
    #: "count" (whole numbers) or "money" (万元, Decimal)
    kind: str = "count"
    #: key of the group label row this row belongs to (e.g. 表三 "（三）不予公开")
    group: Optional[str] = None
    #: the enumerator printed before the label ("一、", "（一）", "1.")
    prefix: str = ""
    #: columns of this row (表二 blocks differ); empty: the table's columns
    columns: Tuple[ColumnSpec, ...] = ()


class GroupSpec(NamedTuple):
    """A label-only row (表三 "（三）不予公开") that heads sub-items."""

    key: str
    label: Label
    prefix: str = ""


@dataclass(frozen=True)
class TableSpec:
    key: str  # "表二", "表三", "表四"
    title: str
    section: int
    columns: Tuple[ColumnSpec, ...]
    rows: Tuple[RowSpec, ...]
    groups: Tuple[GroupSpec, ...] = ()
    #: "blocks" (表二: labelled rows, columns per block), "matrix" (表三), "single_row" (表四)
    layout: str = "matrix"
    #: header words that identify the table when its section heading is missing
    markers: Tuple[str, ...] = ()

    def row(self, key: str) -> RowSpec:
        return self._rows_by_key[key]

    @cached_property
    def _rows_by_key(self) -> Dict[str, RowSpec]:
        return {r.key: r for r in self.rows}

    def columns_of(self, row: RowSpec) -> Tuple[ColumnSpec, ...]:
        return row.columns or self.columns


class Relation(NamedTuple):
    """``sum(left) = sum(right)`` for every instance of ``over``.

    Cells are named ``ROW.COLUMN``. ``over`` says what the pattern ranges over: ``"columns"``
    substitutes each column key of the table for ``*`` (表三, per column), ``"rows"`` each row
    key (表三, per row), ``"none"`` uses the names as written (表四 groups). The usual
    "total = sum of items" has the total alone on the left.
    """

    id: str
    code: str
    table: str
    left: Tuple[str, ...]
    right: Tuple[str, ...]
    over: str = "none"
    #: how the relation reads, for messages ("一 + 二 = （七）总计 + 四")
    text: str = ""
    text_en: str = ""


@dataclass(frozen=True)
class FormatSpec:
    id: str  # "2021", "2019"
    name: str
    first_year: int
    last_year: Optional[int]
    sections: Tuple[SectionSpec, ...]
    tables: Tuple[TableSpec, ...]
    relations: Tuple[Relation, ...] = field(default=())
    #: does section 六 have to state the 信息处理费 collected
    fee_statement_required: bool = False

    def table(self, key: str) -> TableSpec:
        return self._tables_by_key[key]

    @cached_property
    def _tables_by_key(self) -> Dict[str, TableSpec]:
        return {t.key: t for t in self.tables}

    def section(self, number: int) -> SectionSpec:
        for s in self.sections:
            if s.number == number:
                return s
        raise KeyError(number)
