"""One generic engine for the arithmetic relations (勾稽关系) declared in the format data.

Each :class:`~govlint.formats.Relation` says ``sum(left) = sum(right)``; the engine expands it
over the columns or rows it ranges over, and for every instance whose cells all hold valid
numbers compares the two sums with ``Decimal``. An instance with a blank, missing or invalid
cell is not checked: the completeness rules report that gap, so one defect does not cascade.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Dict, Iterator, NamedTuple, Optional, Tuple

from .bind import BoundCell, BoundReport, BoundTable
from .formats import Relation, TableSpec


class Instance(NamedTuple):
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


#: each relation's instances over a table, made once: (relation, table spec) -> plan (the
#: key is the two objects' ids, as hashing a TableSpec walks all its rows and labels)
_PLANS: Dict[Tuple[int, int], Tuple[Relation, TableSpec, tuple]] = {}


def _plan(rel: Relation, spec: TableSpec) -> Tuple[Tuple[Optional[str], Tuple[Tuple[str, str], ...],
                                                   Tuple[Tuple[str, str], ...]], ...]:
    """Every instance of a relation as (key, left cells, right cells), cells as (row, column)."""
    hit = _PLANS.get((id(rel), id(spec)))
    if hit is not None and hit[0] is rel and hit[1] is spec:
        return hit[2]

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
    plan = tuple((k, cells(rel.left, k), cells(rel.right, k)) for k in keys)
    if len(_PLANS) > 256:
        _PLANS.clear()
    _PLANS[(id(rel), id(spec))] = (rel, spec, plan)  # (the objects kept: their ids stay theirs)
    return plan


def _checkable(table: BoundTable, rel: Relation) -> Iterator[Tuple[Optional[str], tuple, tuple]]:
    """(key, left cells, right cells) of each instance whose cells all hold valid numbers."""
    ok = table.valid_cells
    for key, left, right in _plan(rel, table.spec):
        try:
            yield key, tuple(ok[n] for n in left), tuple(ok[n] for n in right)
        except KeyError:  # a blank, missing or invalid cell: not checked
            continue


def instances(bound: BoundReport, rel: Relation) -> Iterator[Instance]:
    """Every checkable instance of a relation (all its cells hold valid numbers)."""
    table = bound.tables.get(rel.table)
    if table is None or not table.present:
        return
    for key, lc, rc in _checkable(table, rel):
        yield Instance(rel, key, lc, rc)


def failures(bound: BoundReport, code: str) -> Iterator[Instance]:
    """The instances of the format's relations for rule ``code`` whose sums differ."""
    for rel in bound.format.relations:
        if rel.code != code:
            continue
        table = bound.tables.get(rel.table)
        if table is None or not table.present:
            continue
        value = table.valid_values.__getitem__
        for key, left, right in _plan(rel, table.spec):
            try:  # (the sums are taken in C; a cell without a valid number raises KeyError)
                if sum(map(value, left)) == sum(map(value, right)):
                    continue
            except KeyError:  # a blank, missing or invalid cell: not checked
                continue
            cells = table.valid_cells
            yield Instance(rel, key, tuple(cells[n] for n in left), tuple(cells[n] for n in right))
