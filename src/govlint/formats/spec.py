"""The shape of an official report format, as plain immutable data.

A format lists its six sections (with the title variants real reports use), its three tables
(rows and columns, each with a canonical key, the official label and accepted aliases) and the
arithmetic relations between cells. The binder and the rules read everything from here; a
plugin can contribute a whole new format through the ``govlint_formats`` hook.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cached_property
from typing import Dict, Optional, Tuple, Union

from ..records import DataclassFields, Frozen, Record, spec


class Label(Record):
    """An official label and the other spellings a report may use for it.

    ``aliases`` are accepted silently (punctuation or wording variants with the same meaning);
    ``outdated`` are labels of an older or unofficial format: accepted for binding, reported by
    the outdated-label rule.
    """

    text: str
    aliases: Tuple[str, ...] = ()
    outdated: Tuple[str, ...] = ()


class SectionSpec(Record):
    number: int
    title: str
    variants: Tuple[str, ...] = ()


class ColumnSpec(Record):
    key: str
    label: Label
    #: what the column's cells hold, when it differs from the row's kind: "count" (whole numbers
    #: >= 0), "signed" (whole numbers, negatives legal: the 2019 format's 本年增/减) or "money"
    kind: str = ""
    #: the unit of a money column ("万元"); an amount written with another unit is converted,
    #: one written without a unit is taken as the column's; "" when the format names none
    unit: str = ""


def cell_kind(row: "RowSpec", column: ColumnSpec) -> str:
    """What a cell holds: its column's kind, else its row's."""
    return column.kind or row.kind


class RowSpec(Record):
    key: str
    label: Label
    #: "count" (whole numbers >= 0), "signed" (whole numbers) or "money" (Decimal); a column
    #: may say otherwise (:attr:`ColumnSpec.kind`)
    kind: str = "count"
    #: key of the group label row this row belongs to (e.g. 表三 "（三）不予公开")
    group: Optional[str] = None
    #: the enumerator printed before the label ("一、", "（一）", "1.")
    prefix: str = ""
    #: columns of this row (表二 blocks differ); empty: the table's columns
    columns: Tuple[ColumnSpec, ...] = ()


class GroupSpec(Record):
    """A label-only row (表三 "（三）不予公开") that heads sub-items."""

    key: str
    label: Label
    prefix: str = ""


class TableSpec(Frozen):
    """One official table. Immutable; ``dataclasses.replace`` makes a changed copy.

    (A plain class that answers ``dataclasses`` as the frozen dataclass it was: making a dataclass
    compiles its generated methods at every start; see :mod:`govlint.records`.)"""

    key: str  # "表二", "表三", "表四"
    title: str
    section: int
    columns: Tuple[ColumnSpec, ...]
    rows: Tuple[RowSpec, ...]
    groups: Tuple[GroupSpec, ...]
    #: "blocks" (表二: labelled rows, columns per block), "matrix" (表三), "single_row" (表四)
    layout: str
    #: header words that identify the table when its section heading is missing
    markers: Tuple[str, ...]

    __dataclass_fields__ = DataclassFields(
        spec("key", "str"), spec("title", "str"), spec("section", "int"),
        spec("columns", "Tuple[ColumnSpec, ...]"), spec("rows", "Tuple[RowSpec, ...]"),
        spec("groups", "Tuple[GroupSpec, ...]", ()), spec("layout", "str", "matrix"),
        spec("markers", "Tuple[str, ...]", ()))

    def __init__(self, key: str, title: str, section: int, columns: Tuple[ColumnSpec, ...],
                 rows: Tuple[RowSpec, ...], groups: Tuple[GroupSpec, ...] = (), layout: str = "matrix",
                 markers: Tuple[str, ...] = ()):
        d = self.__dict__
        d["key"], d["title"], d["section"], d["columns"], d["rows"] = key, title, section, columns, rows
        d["groups"], d["layout"], d["markers"] = groups, layout, markers

    def row(self, key: str) -> RowSpec:
        return self._rows_by_key[key]

    @cached_property
    def _rows_by_key(self) -> Dict[str, RowSpec]:
        return {r.key: r for r in self.rows}

    def columns_of(self, row: RowSpec) -> Tuple[ColumnSpec, ...]:
        return row.columns or self.columns


class Term(Record):
    """One cell of a relation with a weight other than 1: ``Term("*.repealed", -1)`` subtracts
    the cell (表二 现行有效件数 ≥ 本年制发件数 − 本年废止件数). A plain ``"ROW.COLUMN"`` in a
    relation is the same as ``Term("ROW.COLUMN", 1)``."""

    cell: str
    weight: Union[int, Decimal] = 1


#: the comparisons a relation can state between its two sides
RELATION_OPS = ("=", ">=", "<=")
#: the ways a relation ranges over its table
RELATION_OVER = ("none", "columns", "rows")


class Relation(Record):
    """``Σ weight × cell`` on the left ``op`` the same on the right, for every instance of ``over``.

    Cells are named ``ROW.COLUMN`` (weight 1) or given as :class:`Term` (another weight).
    ``over`` says what the pattern ranges over: ``"columns"`` substitutes each column key of
    the table for ``*`` (表三, per column), ``"rows"`` each row key (表三, per row), ``"none"``
    uses the names as written (表四 groups); ``keys`` limits the columns or rows to those named
    (表二: only 规章 and 行政规范性文件 have the 件数 columns). ``op`` is ``"="`` for an identity
    (勾稽关系), ``">="`` or ``"<="`` for a bound that only a suspicious report crosses. The usual
    "total = sum of items" has the total alone on the left: the finding points at it.

    Messages are built from this data and the official labels of the cells, never from the
    display texts: ``label``/``label_en`` name an instance of a relation over ``"none"`` (its
    cells do not say which group they form: 表四 “行政复议”); ``text``/``text_en`` are how the
    whole relation reads, quoted after an identity that fails ("（应满足：…）").
    """

    id: str
    code: str
    table: str
    left: Tuple[Union[str, Term], ...]
    right: Tuple[Union[str, Term], ...]
    over: str = "none"
    #: how the relation reads, for messages ("一 + 二 = （七）总计 + 四")
    text: str = ""
    text_en: str = ""
    #: "=", ">=" or "<=": how the left side compares with the right
    op: str = "="
    #: the column (or row) keys ``over`` ranges over; empty: all of the table's
    keys: Tuple[str, ...] = ()
    #: the name of the instance (relations over "none"): 表四 "行政复议"
    label: str = ""
    label_en: str = ""
    #: checked only while no column of the table was bound through an outdated label: 表二's
    #: 2019 columns (本年新制作数量 · 本年新公开数量 · 对外公开总数量) count other things, so a
    #: 2021 relation over them would compare numbers that mean something else
    official_columns: bool = False

    def problem(self) -> Optional[str]:
        """What makes the relation unusable (an unknown ``op`` or ``over``, an empty side, a cell
        name without ``ROW.COLUMN``), or None; the plugin host refuses such a format."""
        if self.op not in RELATION_OPS:
            return f"op {self.op!r}: use one of {', '.join(RELATION_OPS)}"
        if self.over not in RELATION_OVER:
            return f"over {self.over!r}: use one of {', '.join(RELATION_OVER)}"
        if not self.left or not self.right:
            return "each side needs at least one cell"
        for t in self.left + self.right:
            name = t.cell if isinstance(t, Term) else t
            if not isinstance(name, str) or "." not in name:
                return f"cell {name!r}: name cells ROW.COLUMN (with * for the key of over)"
            if isinstance(t, Term) and (isinstance(t.weight, bool) or not isinstance(t.weight, (int, Decimal))):
                return f"cell {name!r}: weight {t.weight!r} is not an integer or a Decimal"
        return None


class FormatSpec(Frozen):
    """One official report format. Immutable; ``dataclasses.replace`` makes a changed copy.

    (A plain class that answers ``dataclasses`` as the frozen dataclass it was; see
    :mod:`govlint.records`.)"""

    id: str  # "2021", "2019"
    name: str
    first_year: int
    last_year: Optional[int]
    sections: Tuple[SectionSpec, ...]
    tables: Tuple[TableSpec, ...]
    relations: Tuple[Relation, ...]
    #: does section 六 have to state the 信息处理费 collected
    fee_statement_required: bool

    __dataclass_fields__ = DataclassFields(
        spec("id", "str"), spec("name", "str"), spec("first_year", "int"), spec("last_year", "Optional[int]"),
        spec("sections", "Tuple[SectionSpec, ...]"), spec("tables", "Tuple[TableSpec, ...]"),
        spec("relations", "Tuple[Relation, ...]", ()), spec("fee_statement_required", "bool", False))

    def __init__(self, id: str, name: str, first_year: int, last_year: Optional[int],
                 sections: Tuple[SectionSpec, ...], tables: Tuple[TableSpec, ...],
                 relations: Tuple[Relation, ...] = (), fee_statement_required: bool = False):
        d = self.__dict__
        d["id"], d["name"], d["first_year"], d["last_year"] = id, name, first_year, last_year
        d["sections"], d["tables"], d["relations"] = sections, tables, relations
        d["fee_statement_required"] = fee_statement_required

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
