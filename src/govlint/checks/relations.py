"""One generic engine for the arithmetic relations (勾稽关系) declared in the format data.

Each :class:`~govlint.formats.Relation` says ``Σ weight × cell`` on the left compares (``=``,
``>=`` or ``<=``) with the same on the right; the engine expands it over the columns or rows it
ranges over, and for every instance whose cells all hold valid numbers compares the two sums
with ``Decimal``. An instance with a blank, missing or invalid cell is not checked: the
completeness rules report that gap, so one defect does not cascade.
"""
from __future__ import annotations

import operator
from operator import mul
from decimal import Decimal
from typing import Callable, Dict, Iterator, List, Mapping, Optional, Tuple, Union

from ..records import Record
from ..binder.bind import BLANK_CELL, BoundCell, BoundReport, BoundTable
from ..formats import Relation, TableSpec, Term

#: how each ``Relation.op`` compares the left sum with the right one
COMPARE: Dict[str, Callable[[Decimal, Decimal], bool]] = {"=": operator.eq, ">=": operator.ge, "<=": operator.le}
#: the same comparison seen from the other side (a cell on the right, or subtracted)
FLIPPED = {"=": "=", ">=": "<=", "<=": ">="}

_ONE = Decimal(1)
#: where the engine's sums start: a Decimal, not ``sum``'s int 0, which each sum's first addition
#: made a Decimal again (the same value: 0 converts exactly, whatever the context's precision)
_ZERO = Decimal(0)


def _weighted(cells: Tuple[BoundCell, ...], weights: Tuple[Decimal, ...]) -> Decimal:
    if not weights:
        return sum((c.value for c in cells), Decimal(0))
    return sum((w * c.value for c, w in zip(cells, weights)), _ZERO)


class Instance(Record):
    """One instance of a relation (one column, one row, or the relation as written) with its
    cells, each side's weights (empty: every weight is 1) and the sums they give."""

    relation: Relation
    over_key: Optional[str]  # the column (or row) this instance is for
    left: Tuple[BoundCell, ...]
    right: Tuple[BoundCell, ...]
    left_weights: Tuple[Decimal, ...] = ()
    right_weights: Tuple[Decimal, ...] = ()

    @property
    def left_sum(self) -> Decimal:
        return _weighted(self.left, self.left_weights)

    @property
    def right_sum(self) -> Decimal:
        return _weighted(self.right, self.right_weights)

    @property
    def holds(self) -> bool:
        return COMPARE[self.relation.op](self.left_sum, self.right_sum)

    def weight(self, cell: BoundCell) -> Decimal:
        """The weight of one of the instance's cells (1 unless the relation says otherwise)."""
        for cells, weights in ((self.left, self.left_weights), (self.right, self.right_weights)):
            for i, c in enumerate(cells):
                if c is cell:
                    return weights[i] if weights else _ONE
        raise ValueError(f"{cell.row}.{cell.column} is not a cell of relation {self.relation.id}")

    @property
    def total(self) -> BoundCell:
        """The cell a finding points at: the one cell of a side that has one (the left side
        first: "total = items" is written with the total on the left), else the first cell."""
        if len(self.left) == 1:
            return self.left[0]
        if len(self.right) == 1:
            return self.right[0]
        return self.left[0]

    def weights(self) -> Tuple[Decimal, ...]:
        """The weight of each cell of ``left + right``, in that order (as :meth:`weight` gives it)."""
        if not self.left_weights and not self.right_weights:
            return (_ONE,) * (len(self.left) + len(self.right))
        first: Dict[int, Decimal] = {}  # (a cell on both sides has the weight it has where first met)
        for cells, weights in ((self.left, self.left_weights), (self.right, self.right_weights)):
            for i, c in enumerate(cells):
                first.setdefault(id(c), weights[i] if weights else _ONE)
        return tuple(first[id(c)] for c in self.left + self.right)

    @property
    def expected(self) -> Tuple[str, Decimal]:
        """(comparison, value) that :attr:`total` must satisfy for the relation to hold, the
        other cells as they are: ``("=", 9)`` for an identity, ``(">=", 2)`` for a bound."""
        return self.expected_given(self.left_sum, self.right_sum)

    def expected_given(self, left_sum: Decimal, right_sum: Decimal) -> Tuple[str, Decimal]:
        """:attr:`expected`, with the two sums already taken."""
        total = self.total
        on_left = any(c is total for c in self.left)
        w = self.weight(total)
        own, other = (left_sum, right_sum) if on_left else (right_sum, left_sum)
        op = self.relation.op if on_left else FLIPPED[self.relation.op]
        if w < 0:
            op = FLIPPED[op]
        return op, total.value + (other - own) / w


_Cells = Tuple[Tuple[str, str], ...]
_Weights = Optional[Tuple[Decimal, ...]]  # None: every weight is 1 (the sums are taken in C)
_Step = Tuple[Optional[str], _Cells, _Cells, _Weights, _Weights]

#: each relation's instances over a table, made once: (relation, table spec) -> plan (the
#: key is the two objects' ids, as hashing a TableSpec walks all its rows and labels)
_PLANS: Dict[Tuple[int, int], Tuple[Relation, TableSpec, tuple]] = {}
#: the plans whose weights are all 1, by their ids (the plan kept: its id stays its own)
_UNWEIGHTED: Dict[int, tuple] = {}


def _plan(rel: Relation, spec: TableSpec) -> Tuple[_Step, ...]:
    """Every instance of a relation as (key, left cells, right cells, left weights, right
    weights), cells as (row, column)."""
    hit = _PLANS.get((id(rel), id(spec)))
    if hit is not None and hit[0] is rel and hit[1] is spec:
        return hit[2]
    problem = rel.problem()
    if problem:
        raise ValueError(f"relation {rel.id}: {problem}")

    def side(terms, key) -> Tuple[_Cells, _Weights]:
        cells, weights = [], []
        for t in terms:
            name, weight = (t.cell, t.weight) if isinstance(t, Term) else (t, 1)
            row, _, col = (name.replace("*", key) if key else name).partition(".")
            cells.append((row, col))
            weights.append(Decimal(weight))
        return tuple(cells), (None if all(w == 1 for w in weights) else tuple(weights))

    if rel.over == "columns":
        keys = [c.key for c in spec.columns]
    elif rel.over == "rows":
        keys = [r.key for r in spec.rows]
    else:
        keys = [None]
    if rel.keys:
        keys = [k for k in keys if k in rel.keys]
    plan = []
    for k in keys:
        (lc, lw), (rc, rw) = side(rel.left, k), side(rel.right, k)
        plan.append((k, lc, rc, lw, rw))
    plan = tuple(plan)
    if len(_PLANS) > 256:
        _PLANS.clear()
        _UNWEIGHTED.clear()
    if all(lw is None and rw is None for _, _, _, lw, rw in plan):
        _UNWEIGHTED[id(plan)] = plan
    _PLANS[(id(rel), id(spec))] = (rel, spec, plan)  # (the objects kept: their ids stay theirs)
    return plan


def _table(bound: BoundReport, rel: Relation) -> Optional[BoundTable]:
    """The relation's table if its numbers can be compared: present, and (for a relation that
    asks for ``official_columns``) without a column bound through an outdated label."""
    table = bound.tables.get(rel.table)
    if table is None or not table.present:
        return None
    if rel.official_columns and any(n.kind == "outdated" and n.table == rel.table and n.column
                                    for n in bound.notes):
        return None
    return table


def _instance(rel: Relation, table: BoundTable, step: _Step) -> Instance:
    key, left, right, lw, rw = step
    cells = table.valid_cells
    return Instance(rel, key, tuple(cells[n] for n in left), tuple(cells[n] for n in right), lw or (), rw or ())


def instances(bound: BoundReport, rel: Relation) -> Iterator[Instance]:
    """Every checkable instance of a relation (all its cells hold valid numbers)."""
    table = _table(bound, rel)
    if table is None:
        return
    for step in _plan(rel, table.spec):
        try:
            yield _instance(rel, table, step)
        except KeyError:  # a blank, missing or invalid cell: not checked
            continue


#: a format's relations by rule code, by the format's identity: id → (format, code → relations)
_BY_CODE: Dict[int, Tuple[object, Dict[str, Tuple[Relation, ...]]]] = {}


def _relations(fmt, code: str) -> Tuple[Relation, ...]:
    hit = _BY_CODE.get(id(fmt))
    if hit is None or hit[0] is not fmt:
        by_code: Dict[str, list] = {}
        for rel in fmt.relations:
            by_code.setdefault(rel.code, []).append(rel)
        if len(_BY_CODE) > 64:
            _BY_CODE.clear()
        hit = _BY_CODE[id(fmt)] = (fmt, {k: tuple(v) for k, v in by_code.items()})
    return hit[1].get(code, ())


def failures(bound: BoundReport, code: str) -> Iterator[Instance]:
    """The instances of the format's relations for rule ``code`` that do not hold."""
    for rel in _relations(bound.format, code):
        table = _table(bound, rel)
        if table is None:
            continue
        plan = _plan(rel, table.spec)  # (checks the relation: an unknown op raises here)
        compare = COMPARE[rel.op]
        value = table.valid_values.__getitem__
        if rel.op == "=" and _UNWEIGHTED.get(id(plan)) is plan:  # (most relations: identities, weights 1)
            for step in plan:
                try:  # (the sums are taken in C; a cell without a valid number raises KeyError)
                    if sum(map(value, step[1]), _ZERO) == sum(map(value, step[2]), _ZERO):
                        continue
                except KeyError:  # a blank, missing or invalid cell: not checked
                    continue
                yield _instance(rel, table, step)
            continue
        for step in plan:
            _, left, right, lw, rw = step
            try:
                ls = sum(map(value, left), _ZERO) if lw is None else sum(map(mul, lw, map(value, left)), _ZERO)
                rs = sum(map(value, right), _ZERO) if rw is None else sum(map(mul, rw, map(value, right)), _ZERO)
            except KeyError:
                continue
            if not compare(ls, rs):
                yield _instance(rel, table, step)


def unchecked(bound: BoundReport, code: str, valid: Optional[Mapping] = None) -> Iterator[Tuple[Relation, _Step]]:
    """The instances of the format's relations for rule ``code`` that cannot be checked, as (relation,
    (key, left cells, right cells, left weights, right weights)), cells as (row, column): those with
    a cell that has no valid number in ``valid`` ((row, column) → cell; the table's valid cells
    unless given: a caller may add the blanks :func:`zero_blanks` shows to be 0)."""
    for rel in _relations(bound.format, code):
        table = _table(bound, rel)
        if table is None:
            continue
        cells = table.valid_cells if valid is None else valid
        for step in _plan(rel, table.spec):
            if any(n not in cells for n in step[1]) or any(n not in cells for n in step[2]):
                yield rel, step


class ZeroTotal(Record):
    """A total left at 0: the relations of one rule over one table (an "=" relation, or the
    rule's several ones: 表四's three groups) each instance of which has a total cell (a lone
    cell on one side), that cell 0 in EVERY instance (a total row or column filled with zeros)
    while the other sides are not all 0, so that two or more instances fail. ``totals`` are every
    instance's total cell (the row or column left at 0), ``failing`` the instances that do not
    hold, in order; each total should have the value its :attr:`Instance.expected` gives."""

    code: str
    table: str
    totals: Tuple[BoundCell, ...]
    failing: Tuple[Instance, ...]
    #: when every failing total at 0 is a cell of an instance of another "=" relation over the
    #: table that holds as the table stands (表三's 一 + 二 = （七）总计 + 四 with （七）总计 at 0): those
    #: instances, in order (one for each such total). The zeros then agree with the rest of the
    #: table, and the numbers that break the relation are the items' (a stray result row), not
    #: a total left unfilled; empty otherwise
    agreeing: Tuple[Instance, ...] = ()


def _total_key(left: _Cells, right: _Cells) -> Optional[Tuple[str, str]]:
    """The (row, column) of a planned instance's total cell, as :attr:`Instance.total` picks it,
    or None when neither side is one cell (the instance has no total)."""
    if len(left) == 1:
        return left[0]
    if len(right) == 1:
        return right[0]
    return None


def _zero_totals(bound: BoundReport, key: str) -> List[Tuple[str, Tuple[BoundCell, ...], Tuple[Instance, ...]]]:
    """(code, total cells, failing instances) for each rule whose "=" relations over table
    ``key`` have their total cell 0 in every instance (two or more) while some instance fails.
    A total blank or invalid in one instance is not a total left at 0 (C203 reports a blank)."""
    by_code: Dict[str, list] = {}
    for rel in bound.format.relations:
        if rel.table != key or rel.op != "=":
            continue
        table = _table(bound, rel)
        if table is not None:
            by_code.setdefault(rel.code, []).extend((rel, table, step) for step in _plan(rel, table.spec))
    found = []
    for code, steps in by_code.items():
        if len(steps) < 2:
            continue
        totals: List[BoundCell] = []
        failing: List[Instance] = []
        for rel, table, step in steps:
            _, left, right, lw, rw = step
            at = _total_key(left, right)
            cell = table.valid_cells.get(at) if at is not None else None
            if cell is None or cell.value != 0:
                break  # (no total, or a total that is blank, invalid or not 0)
            totals.append(cell)
            try:
                inst = _instance(rel, table, step)
            except KeyError:  # (a blank or invalid cell: the instance is not checked)
                continue
            if not inst.holds:
                failing.append(inst)
        else:
            if failing:
                found.append((code, tuple(totals), tuple(failing)))
    return found


def _agreeing(bound: BoundReport, totals: Tuple[BoundCell, ...], failing: Tuple[Instance, ...]) -> Tuple[Instance, ...]:
    """For the failing instances of a total left at 0 (:class:`ZeroTotal`), an instance of another
    "=" relation over the table (of another rule) for each one's total cell, its cells all valid
    numbers and some outside the zeros (``totals``: the whole row or column), that holds as the
    table stands, so that the total's 0 agrees with the rest of the table; () unless every total
    has one."""
    first = failing[0].relation
    table = _table(bound, first)
    if table is None:
        return ()
    mine = {i.relation.id for i in failing}
    zeros = {(c.row, c.column) for c in totals}
    candidates: List[Instance] = []
    for rel in bound.format.relations:
        if rel.table != first.table or rel.op != "=" or rel.code == first.code or rel.id in mine \
                or _table(bound, rel) is None:
            continue
        for step in _plan(rel, table.spec):
            try:
                inst = _instance(rel, table, step)
            except KeyError:
                continue
            if inst.holds and any((c.row, c.column) not in zeros for c in inst.left + inst.right):
                candidates.append(inst)  # (not one within the zeros: 表三's （七）总计 row adding up to its 0)
    out: List[Instance] = []
    for i in failing:
        at = (i.total.row, i.total.column)
        hit = next((c for c in candidates if any((x.row, x.column) == at for x in c.left + c.right)), None)
        if hit is None:
            return ()
        if all(hit is not o for o in out):
            out.append(hit)
    return tuple(out)


def _holds_with(inst: Instance, sums: Dict[Tuple[str, str], Decimal]) -> bool:
    """Whether ``inst`` holds once the cells in ``sums`` ((row, column) → value) have those values."""
    def total(cells, weights):
        weights = weights or (_ONE,) * len(cells)
        return sum((w * sums.get((c.row, c.column), c.value) for c, w in zip(cells, weights)), _ZERO)
    return COMPARE[inst.relation.op](total(inst.left, inst.left_weights), total(inst.right, inst.right_weights))


def findings(bound: BoundReport, code: str) -> Iterator[Union[Instance, ZeroTotal]]:
    """What rule ``code`` reports: the instances of its relations that do not hold (as
    :func:`failures`), except where a total was left at 0 (see :class:`ZeroTotal`): the failing
    instances of such a row (or column) are ONE :class:`ZeroTotal` (one instance alone stays an
    instance), and an instance of another relation over the table that fails only because of those
    zeros (it holds with each failing total cell given the value its instance expects, e.g.
    A301 "一 + 二 = （七）总计 + 四" under a （七）总计 row left at 0) is not reported."""
    failed = list(failures(bound, code))
    if not failed:
        return
    zeros: Dict[str, list] = {}
    for inst in failed:
        if inst.relation.table not in zeros:
            zeros[inst.relation.table] = _zero_totals(bound, inst.relation.table)
    group_of: Dict[Tuple[str, Optional[str]], Tuple[str, tuple, tuple]] = {}
    for groups in zeros.values():
        for group in groups:
            group_of.update(((i.relation.id, i.over_key), group) for i in group[2])
    for inst in failed:
        at = (inst.relation.id, inst.over_key)
        group = group_of.get(at)
        if group is not None:
            _, totals, failing = group
            if len(failing) == 1:
                yield inst  # (a total left at 0 where one instance fails: reported as it is)
            elif (failing[0].relation.id, failing[0].over_key) == at:
                yield ZeroTotal(code, inst.relation.table, totals, failing, _agreeing(bound, totals, failing))
            continue
        sums: Dict[Tuple[str, str], Decimal] = {}
        for _, _, failing in zeros[inst.relation.table]:
            for i in failing:
                sums[(i.total.row, i.total.column)] = i.expected[1]
        if any((c.row, c.column) in sums for c in inst.left + inst.right) and _holds_with(inst, sums):
            continue  # (fails only because of a total left at 0: its own rule reports that)
        yield inst


def zero_blanks(bound: BoundReport, key: str) -> Dict[Tuple[str, str], BoundCell]:
    """(row, column) → cell, for the blank cells of table ``key`` that its identities show to be 0 (a
    table whose zeros were left blank), each cell given the value 0 (its state stays blank). A
    blank is 0 when an instance of an "=" relation has its other cells filled, its blanks all on one
    side with positive weights, and the filled cells' sums equal on both sides: counts are not
    negative, so the blanks sum to 0 and each is 0 ("（七）总计 13 = 5 + 1 + 1 + 3 + 1 + 2 + blanks";
    a row's 总计 0 beside blank columns). A blank found so counts as filled for the next instances,
    until none is found. Only in a table otherwise whole: its cells all numbers or blanks (no
    placeholder, invalid, absent or unplaced cell), and every instance whose cells are then all
    known holding; else none is given (a blank may be a figure left out, which C203 reports and
    nothing should build on). Blanks on both sides of an identity ("二、上年结转" and "四、结转下年度"
    both blank) are not found: they may be any equal figures."""
    return _blanks_known(bound, key, False)


def inferred_blanks(bound: BoundReport, key: str) -> Dict[Tuple[str, str], BoundCell]:
    """:func:`zero_blanks`, and more: a total left blank (the lone cell of a side of an instance of
    an "=" relation) whose items are all filled has the value they add up to ("（一）予以公开 10 2 0
    0 0 0 ␣": its 总计 is 12), as a person reads it. An item left blank beside a total is not
    worked out from it: it may be a figure left out, or a 0 beside a wrong total ("1 0 ␣ 1 3").
    The same rules hold: a table otherwise whole, and every instance whose cells are then all
    known holding, else none is given. Each cell keeps its blank state, with its value."""
    return _blanks_known(bound, key, True)


def _blanks_known(bound: BoundReport, key: str, derive: bool) -> Dict[Tuple[str, str], BoundCell]:
    table = bound.tables.get(key)
    if table is None or not table.present or table.status == "unreadable":
        return {}
    unfilled = table.unfilled_cells
    if not unfilled or table.invalid_cells or any(c.state != BLANK_CELL for cs in unfilled.values() for c in cs):
        return {}
    blanks = {(c.row, c.column): c for cs in unfilled.values() for c in cs}
    steps = []
    for rel in bound.format.relations:
        if rel.table == key and _table(bound, rel) is not None:
            steps.extend((rel.op, left, right, lw or (_ONE,) * len(left), rw or (_ONE,) * len(right))
                         for _, left, right, lw, rw in _plan(rel, table.spec))
    values = dict(table.valid_values)
    found: Dict[Tuple[str, str], BoundCell] = {}
    more = True
    while more:
        more = False
        for op, left, right, lw, rw in steps:
            if op != "=":
                continue
            unknown = [(k, w) for k, w in zip(left + right, lw + rw) if k not in values]
            if not unknown or any(k not in blanks or w <= 0 for k, w in unknown):
                continue
            sides = [k for k, _ in unknown]
            if not (all(k in left for k in sides) or all(k in right for k in sides)):
                continue  # (blanks on both sides: any equal figures)
            ls = sum((w * values[k] for k, w in zip(left, lw) if k in values), Decimal(0))
            rs = sum((w * values[k] for k, w in zip(right, rw) if k in values), Decimal(0))
            k, w = unknown[0]
            if derive and len(unknown) == 1 and (tuple(left) == (k,) or tuple(right) == (k,)):
                # (a total, the lone cell of its side: an item left blank is not worked out)
                value = (rs - ls if k in left else ls - rs) / w
                if value < 0:
                    continue  # (no count: the table's arithmetic fails)
                values[k] = value
                found[k] = blanks[k]._replace(value=value)
                more = True
                continue
            if ls != rs:
                continue
            for k in sides:
                values[k] = Decimal(0)
                found[k] = blanks[k]._replace(value=Decimal(0))
            more = True
    if not found:
        return {}
    for op, left, right, lw, rw in steps:
        try:
            ls = sum((w * values[k] for k, w in zip(left, lw)), Decimal(0))
            rs = sum((w * values[k] for k, w in zip(right, rw)), Decimal(0))
        except KeyError:
            continue
        if not COMPARE[op](ls, rs):
            return {}  # (the table's arithmetic fails: its blanks are not known)
    return found
