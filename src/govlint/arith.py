"""One generic engine for the arithmetic relations (勾稽关系) declared in the format data.

Each :class:`~govlint.formats.Relation` says ``sum(left) = sum(right)``; the engine expands it
over the columns or rows it ranges over, and for every instance whose cells all hold valid
numbers compares the two sums with ``Decimal``. An instance with a blank, missing or invalid
cell is not checked: the completeness rules report that gap, so one defect does not cascade.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
from typing import Iterator, List, Optional, Tuple

from .bind import BoundCell, BoundReport, BoundTable
from .formats import Relation, TableSpec


@dataclass(frozen=True)
class Instance:
    relation: Relation
    over_key: Optional[str]  # the column (or row) this instance is for
    left: Tuple[BoundCell, ...]
    right: Tuple[BoundCell, ...]

    @property
    def left_sum(self) -> Decimal:
        return sum((c.value for c in self.left), Decimal(0))

    @property
    def right_sum(self) -> Decimal:
        return sum((c.value for c in self.right), Decimal(0))

    @property
    def holds(self) -> bool:
        return self.left_sum == self.right_sum


@lru_cache(maxsize=256)
def _plan(rel: Relation, spec: TableSpec) -> Tuple[Tuple[Optional[str], Tuple[Tuple[str, str], ...],
                                                   Tuple[Tuple[str, str], ...]], ...]:
    """Every instance of a relation as (key, left cells, right cells), cells as (row, column)."""
    def cells(names, key):
        out = []
        for n in names:
            row, _, col = (n.replace("*", key) if key else n).partition(".")
            out.append((row, col))
        return tuple(out)

    if rel.over == "columns":
        keys = [c.key for c in spec.columns]
    elif rel.over == "rows":
        keys = [r.key for r in spec.rows]
    else:
        keys = [None]
    return tuple((k, cells(rel.left, k), cells(rel.right, k)) for k in keys)


def _cells(table: BoundTable, names) -> Optional[List[BoundCell]]:
    out = []
    rows = table.rows
    for row, col in names:
        r = rows.get(row)
        cell = r.cells.get(col) if r is not None else None
        if cell is None or not cell.ok:
            return None
        out.append(cell)
    return out


def instances(bound: BoundReport, rel: Relation) -> Iterator[Instance]:
    """Every checkable instance of a relation (all its cells hold valid numbers)."""
    table = bound.tables.get(rel.table)
    if table is None or not table.present:
        return
    for key, left, right in _plan(rel, table.spec):
        lc = _cells(table, left)
        rc = _cells(table, right) if lc is not None else None
        if lc is None or rc is None:
            continue
        yield Instance(rel, key, tuple(lc), tuple(rc))


def failures(bound: BoundReport, code: str) -> Iterator[Instance]:
    """The instances of the format's relations for rule ``code`` whose sums differ."""
    for rel in bound.format.relations:
        if rel.code != code:
            continue
        for inst in instances(bound, rel):
            if not inst.holds:
                yield inst
