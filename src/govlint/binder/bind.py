"""Binding: the syntax tree → the official format.

Every official cell gets a canonical key (table, row, column) with its value and position,
or is recorded as absent. Tables are found by their labels, not by where they stand, so a
table whose section heading is missing, or that a layout split in two, still binds. Each
tolerance the matcher used (an outdated label, a typo, a row collapsed into one) is kept as a
:class:`LabelNote` for the rules to report.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from ..records import Record
from ..lexicon import labels as L
from ..lexicon.annex import ANNEX_LINE
from ..lexicon.enumerators import ARABIC, AROUND, PAREN
from ..lexicon.marks import IMAGE
from ..lexicon.numerals import CHANGE as _CHANGE, COUNT as _COUNT, MONEY_UNITS, section_numeral, value_in_words
from ..syntax.lexer import DATE_LINE, SIGNATURE_LINE
from ..syntax.ast import (BLANK, NUMBER, PLACEHOLDER, TEXT, Cell, Paragraph, Report, Row, Section, Span, Table,
                  fast_constructor)
from .headings import another_report_cut, contents_folded, contents_table, renumbered
from .facts import Facts, extract_facts
from ..layout import make_cell, parse_number, split_spaced
from ..layout.cells import DIGIT
from ..layout.vocabulary import year_qualified as _year_qualified
from ..formats import BUILTIN_FORMATS, FormatSpec, SectionSpec, TableSpec
from ..lexicon.pattern import LazyPattern, compile_pattern, lazy, longest_first

#: a letter of any script (an ideograph, a Latin letter): words, not numbers or rules
_WORDS = lazy(r"[^\W\d_]")

# states of a bound cell
VALUE, BLANK_CELL, PLACEHOLDER_CELL, INVALID, ABSENT = "value", "blank", "placeholder", "invalid", "absent"
#: a cell of a row that holds fewer numbers than columns in a layout where a blank cell leaves no
#: trace (cells apart by spaces, one per line): which of the row's cells is the blank one is not known
UNPLACED = "unplaced"


class BoundCell(Record):
    """One official cell as the report fills it (a tuple: made once per cell)."""

    table: str
    row: str
    column: str
    state: str
    value: Optional[Decimal]
    text: str
    span: Optional[Span]  # the cell, or for an absent cell the row it belongs to

    @property
    def ok(self) -> bool:
        return self.state == VALUE


class BoundRow(Record):
    table: str
    key: str
    label: str  # as written
    span: Span
    cells: Dict[str, BoundCell]
    section: Optional[int]


class LabelNote(Record):
    """A label the binder accepted although it is not the official wording."""

    #: "outdated" | "typo" | "collapsed" | "unofficial" (小计 row or column) | "extra" (numbers beyond
    #: the columns) | "unplaced" (fewer numbers than columns, their columns unknown: ``found`` the
    #: numbers, ``expected`` how many columns) | "short" (as "unplaced", in a row whose cells
    #: stand apart by tabs or bars, none of them empty: a cell left out or two numbers run together)
    #: | "overfull" (more numbers than columns, all of them numbers: their columns unknown;
    #: ``found``, ``expected`` as for "unplaced") | "duplicate" (the row a second time with other
    #: numbers: ``found`` its cells, ``expected`` the first one's, which are the ones bound)
    #: | "extra_column" (columns a head row added to the official ones, 上年新制发件数 or 备注, whose
    #: cells rows carried: ``found`` their names, a line each; their cells left out)
    kind: str
    table: str
    row: Optional[str]
    column: Optional[str]
    found: str
    expected: str
    span: Span
    section: Optional[int] = None


@dataclass(frozen=True)
class BoundTable:
    spec: TableSpec
    rows: Dict[str, BoundRow]
    span: Optional[Span]
    section: Optional[int]  # the section the table stands in
    #: "bound" (read), "absent" (no sign of it) or "unreadable" (its head or rows were seen, but
    #: its cells could not be placed with confidence: the checks that rest on them do not run)
    status: str = "bound"
    #: for an unreadable table, what was seen (for the one finding that says so)
    evidence: str = ""
    evidence_en: str = ""
    #: (row, column) of the cells bound by their place under a head that names there a column of
    #: another format's with no counterpart in this one (本年新公开数量 where 本年废止件数 stands): their
    #: numbers count something else, so no check reads them (:func:`_other_meaning`; V501 says why)
    other_meaning: frozenset = frozenset()
    #: how many more copies of the table the report holds before its closing (a county's 全县汇总 beside
    #: its own, a bureau's 全系统 and 局机关): not read; the prose may speak of any of them
    copies: int = 0

    @property
    def present(self) -> bool:
        return bool(self.rows)

    def cell(self, row: str, column: str) -> Optional[BoundCell]:
        r = self.rows.get(row)
        return r.cells.get(column) if r else None

    @cached_property
    def _by_state(self) -> Tuple[dict, dict, dict, dict]:
        """One pass over the cells: (row, column) → cell for the valid numbers; row → the cells
        without a number (blank, placeholder, absent); row → the invalid ones; (row, column) →
        the valid numbers themselves."""
        valid: Dict[Tuple[str, str], BoundCell] = {}
        values: Dict[Tuple[str, str], Decimal] = {}
        unfilled: Dict[str, List[BoundCell]] = {}
        invalid: Dict[str, List[BoundCell]] = {}
        other = self.other_meaning
        for r in self.rows.values():
            rk = r.key
            for c in r.cells.values():
                if other and (rk, c.column) in other:
                    continue
                state = c.state
                if state == VALUE:
                    key = (rk, c.column)  # (one key for both)
                    valid[key] = c
                    values[key] = c.value
                elif state == INVALID:
                    invalid.setdefault(rk, []).append(c)
                else:
                    unfilled.setdefault(rk, []).append(c)
        return valid, unfilled, invalid, values

    @property
    def valid_cells(self) -> Dict[Tuple[str, str], BoundCell]:
        """(row, column) → cell, for the cells that hold a valid number (the arithmetic's)."""
        return self._by_state[0]

    @property
    def valid_values(self) -> Dict[Tuple[str, str], Decimal]:
        """(row, column) → the number, for the same cells."""
        return self._by_state[3]

    @property
    def unfilled_cells(self) -> Dict[str, List[BoundCell]]:
        """Row key → its cells that hold no number (blank, a placeholder, or absent), in row order;
        rows without one are left out."""
        return self._by_state[1]

    @property
    def invalid_cells(self) -> Dict[str, List[BoundCell]]:
        """Row key → its cells whose number is not valid (negative, fractional count, text)."""
        return self._by_state[2]


class BoundSection(Record):
    spec: Optional[SectionSpec]
    section: Section
    #: "exact" | "variant" (an accepted variant) | "renumbered" (official title, wrong numeral) |
    #: "different" (another wording) | "unknown" (no section of the format)
    title_match: str
    blocks: Tuple = ()

    @property
    def number(self) -> int:
        return self.spec.number if self.spec is not None else self.section.number

    @property
    def paragraphs(self) -> Tuple[Paragraph, ...]:
        """The section's prose, the heading's run-on remainder first."""
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


class BoundReport(Record):
    report: Report
    format: FormatSpec
    format_reason: str
    sections: Tuple[BoundSection, ...]
    tables: Dict[str, BoundTable]
    notes: Tuple[LabelNote, ...]
    facts: Facts
    #: the parts of the report that could not be recovered ("sections", or a table's key) →
    #: (what was seen, in Chinese and in English); findings that rest on them are not reported
    unread: Dict[str, Tuple[str, str]] = {}
    #: the title line of another report the file holds after this one (not read; S108)
    another: Optional[Paragraph] = None

    def section(self, number: int) -> Optional[BoundSection]:
        for s in self.sections:
            if s.number == number and s.spec is not None:
                return s
        return None


_bcell, _brow = fast_constructor(BoundCell), fast_constructor(BoundRow)


# ----------------------------------------------------------------------------------------
# format detection

def detect_format(report: Report, facts: Facts, formats: Dict[str, FormatSpec],
                  forced: Optional[str] = None) -> Tuple[FormatSpec, str]:
    if forced:
        return formats[forced], "configuration"
    # (no title, no period: the year the preface says the report covers, else the year 一 opens with)
    year, said = next(((y, how) for y, how in ((facts.year, "report year"), (facts.scope, "scope year"),
                                               (facts.opening_year, "opening year")) if y is not None), (None, ""))
    if year is not None:
        for f in sorted(formats.values(), key=lambda f: -f.first_year):
            if year >= f.first_year and (f.last_year is None or year <= f.last_year):
                # tables wholly on a later format (none of this one's own labels, several of the
                # later one's): the year is wrong (last year's title kept), not the tables
                own = _own_labels(f, formats)
                if not any(L.norm(text) in own for text in _label_texts(report)):  # (most: one of the first labels)
                    words = set(map(L.norm, _label_texts(report)))
                    later = [g for g in formats.values() if g.first_year > f.first_year
                             and len(words & _own_labels(g, formats)) >= 3]
                    if later:
                        return max(later, key=lambda g: len(words & _own_labels(g, formats))), "labels"
                return f, f"{said} {year}"
    # no year: the format whose own labels (the ones no other format has) appear most
    words = set(map(L.norm, _label_texts(report)))
    if not any(words & _own_labels(f, formats) for f in formats.values()):
        # no table's cell names one (a table copied a cell a line, its cells no rows, with no
        # number to make them one): the lines that are one label each
        words = {L.norm(line) for line in report.text.split("\n") if 0 < len(line) <= _LABEL_LINE}
    best, best_score = None, -1
    for f in formats.values():
        own = _own_labels(f, formats)
        score = len(words & own)
        if score > best_score or (score == best_score and best is not None and f.first_year > best.first_year):
            best, best_score = f, score
    # (nothing says which: the latest format is taken, and the rules asking for what only it asks for
    # stay quiet — F401's fee statement)
    return best, "labels" if best_score else "default"


#: the longest line read as a label when no table's cell names a format's own label
_LABEL_LINE = 60


def _label_texts(report: Report):
    """The text of every text cell of the report's tables, in order."""
    for t in report.tables():
        for r in t.rows:
            for c in r.cells:
                if c.kind == TEXT:
                    yield c.text


def _all_labels(f: FormatSpec) -> set:
    out = set()
    for t in f.tables:
        for r in t.rows:
            out.add(L.norm(r.label.text))
            for c in t.columns_of(r):
                out.add(L.norm(c.label.text))
        for g in t.groups:
            out.add(L.norm(g.label.text))
    return out


def _own_labels(f: FormatSpec, formats: Dict[str, FormatSpec]) -> frozenset:
    """The labels only ``f`` has among ``formats`` (made once per set of formats: detecting the
    format asked for them on every report)."""
    return _for_formats(_OWN_CACHE, f, formats, _make_own_labels)


def _make_own_labels(f: FormatSpec, formats: Dict[str, FormatSpec]) -> frozenset:
    own = _all_labels(f)
    for other in formats.values():
        if other is not f:
            own -= _all_labels(other)
    return frozenset(own)


# ----------------------------------------------------------------------------------------
# the label index of one format

class _Entry(Record):
    table: str
    kind: str  # "row" | "group" | "column"
    key: str
    official: str
    prefix: str
    group: Optional[str]
    note: Optional[str]  # None, "outdated"


#: what is no numeral in an enumerator ("（六）", "六、", "3." → "六", "3")
_NOT_NUMERAL = lazy(r"[^0-9一二三四五六七八九十]")

#: the most entries a text-keyed memo of the index holds before it starts again
_MEMO_ENTRIES = 50_000
#: the most plans of rows (plain rows, head rows) the index holds before it starts again: a format's
#: rows under their tables and groups, in a few shapes each, are some hundreds
_PLAN_ENTRIES = 4_096


def _memo(store: dict, key: str, make):
    """``store[key]``, made by ``make()`` the first time; the store emptied when it grows past
    :data:`_MEMO_ENTRIES` (the same texts come in every report; a corpus of odd ones is bounded)."""
    try:
        return store[key]
    except KeyError:
        pass
    hit = make()
    if len(store) > _MEMO_ENTRIES:
        store.clear()
    store[key] = hit
    return hit


class _Index:
    """Normalised label → what it can mean, for one format (plus other formats' labels)."""

    def __init__(self, fmt: FormatSpec, formats: Dict[str, FormatSpec]):
        self.fmt = fmt
        self.by_label: Dict[str, List[_Entry]] = {}
        for t in fmt.tables:
            for r in t.rows:
                if not r.label.text:
                    continue
                self._add(r.label, _Entry(t.key, "row", r.key, r.label.text, r.prefix, r.group, None))
                for c in t.columns_of(r):
                    self._add(c.label, _Entry(t.key, "column", c.key, c.label.text, "", None, None))
            for g in t.groups:
                self._add(g.label, _Entry(t.key, "group", g.key, g.label.text, g.prefix, None, None))
        # labels only an older/other format has: bind them to the closest meaning, note them
        for other in formats.values():
            if other is fmt:
                continue
            for t in other.tables:
                if t.layout != "blocks":
                    continue
                for r in t.rows:
                    n = L.norm(r.label.text)
                    if n not in self.by_label:
                        self.by_label[n] = [_Entry(t.key, "row", r.key, r.label.text, r.prefix, r.group,
                                                   "foreign")]
                    for c in t.columns_of(r):
                        n = L.norm(c.label.text)
                        if n not in self.by_label:
                            self.by_label[n] = [_Entry(t.key, "column", c.key, c.label.text, "", None,
                                                       "foreign")]
        #: (table, row) → the column keys the row has in another format, when none of them has a
        #: counterpart in this one (a label of this format's, official, variant or outdated): the
        #: 2019 trial format's 行政事业性收费 · 上一年项目数量 · 本年增/减 where 2021 has 本年收费金额
        self.other_columns: Dict[Tuple[str, str], Tuple[Tuple[str, ...], ...]] = {}
        #: (table, another format's column key) → ((row, this format's column key in its place), …), for
        #: the rows with as many columns in both (2019's 本年新公开数量 stands where 2021's 本年废止件数 does)
        self.other_places: Dict[Tuple[str, str], Tuple[Tuple[str, str], ...]] = {}
        mine_rows = {(t.key, r.key): t for t in fmt.tables for r in t.rows}
        for other in formats.values():
            if other is fmt:
                continue
            for t in other.tables:
                if t.layout != "blocks":
                    continue
                for r in t.rows:
                    mine_t = mine_rows.get((t.key, r.key))
                    cols = t.columns_of(r)
                    if mine_t is None or not cols:
                        continue
                    if all(all(e.note == "foreign" for e in self.by_label.get(L.norm(c.label.text), ()))
                           for c in cols):
                        keys = tuple(c.key for c in cols)
                        self.other_columns[(t.key, r.key)] = self.other_columns.get((t.key, r.key), ()) + (keys,)
                    mine = mine_t.columns_of(mine_t.row(r.key))
                    if len(mine) == len(cols):
                        for c, m in zip(cols, mine):
                            if c.key != m.key:
                                at = (t.key, c.key)
                                self.other_places[at] = self.other_places.get(at, ()) + ((r.key, m.key),)
        self.all_norms = tuple(self.by_label)
        #: any table head's marker word: rows without one (most) skip the per-table test
        markers = sorted({m for t in fmt.tables for m in t.markers}, key=longest_first)
        self.marker_re = compile_pattern("|".join(map(re.escape, markers))) if markers else None
        self._memo: Dict[str, Tuple[List[_Entry], Optional[str], str]] = {}
        self._row_plans: Dict[Tuple[str, str], Optional[tuple]] = {}
        self._sections: Dict[Tuple[str, int, int], Tuple[Optional[SectionSpec], str]] = {}
        self._by_char: Optional[Dict[str, List[Tuple[int, int]]]] = None  # character -> (label, count)
        self._column_splits: Dict[str, Optional[int]] = {}
        self._heads: Dict[str, tuple] = {}
        self._single_words: Dict[str, frozenset] = {}
        self._heading_rows: Dict[str, tuple] = {}
        self._header_cuts: Dict[str, Optional[tuple]] = {}
        self._blocks_by_size: Dict[str, List[tuple]] = {}
        #: the binding plans of rows of the plain shape (:meth:`_Binder.row`): (the label cells'
        #: texts, the row's number of cells, of numbers, the table and group being read) → (table,
        #: row key, column keys, the table and group being read after it)
        self.plain_rows: Dict[tuple, tuple] = {}
        #: what :meth:`_Binder._check_header` remembers of a head row that it noted nothing of: (the
        #: table, the cells' texts, the table and group being read) → (the columns named, their order)
        self.head_rows: Dict[tuple, tuple] = {}
        #: the head rows of a matrix or a one-row table in which :meth:`_Binder._extra_heads` found
        #: no added column: (the table, the cells' texts)
        self.no_extra_heads: set = set()
        #: a section's number → the one-row table whose marker words its official title names
        #: all of (四 → 表四), for :meth:`_Binder._headless_single`
        self.section_tables: Dict[int, TableSpec] = {
            s.number: t for s in fmt.sections for t in fmt.tables
            if t.layout == "single_row" and t.markers and all(m in s.title for m in t.markers)}

    def blocks_by_size(self, t: TableSpec) -> List[tuple]:
        """The column keys of each block of ``t`` (a blocks table), the blocks of most columns
        first: :meth:`_Binder._read_extra_heads` looks for a head's block in them (made once)."""
        got = self._blocks_by_size.get(t.key)
        if got is None:
            blocks = {tuple(c.key for c in t.columns_of(r)) for r in t.rows}
            got = self._blocks_by_size[t.key] = sorted(blocks, key=lambda b: (-len(b), b))
        return got

    def header_cuts(self, text: str) -> Optional[tuple]:
        """:func:`_header_cuts`, memoised by the text (the same header cells come in every report)."""
        return _memo(self._header_cuts, text, lambda: _header_cuts(self, text))

    def heads(self, text: str) -> tuple:
        """The tables of the format whose head ``text`` (a row's label cells joined) names by a
        marker word, in the format's order: memoised by the text (the test ran a pattern over
        every labelled row of every report). Letters spaced out ("行 政 复 议") say the same words."""
        hit = self._heads.get(text)  # (most calls: a hit, no closure made; this runs for every labelled row)
        if hit is not None:
            return hit

        def make() -> tuple:
            plain = "".join(text.split())
            return tuple(t for t in self.fmt.tables if any(m in plain for m in t.markers)) \
                if self.marker_re is not None and self.marker_re.search(plain) else ()
        return _memo(self._heads, text, make)

    def single_words(self, t: TableSpec) -> frozenset:
        """The words of a one-row table's head: its columns' names and their groups', its markers
        (normalised; made once a table)."""
        words = self._single_words.get(t.key)
        if words is None:
            words = self._single_words[t.key] = frozenset(
                {L.norm(w) for c in t.columns_of(t.rows[0]) for w in c.label.text.split("·")}
                | {L.norm(m) for m in t.markers})
        return words

    def only_heads(self, text: str) -> bool:
        """``text`` is a table's head words and nothing else ("行政复议行政诉讼", "行政复议 | 行政诉讼"), or
        a caption of a part of it: its words and a group of its columns ("### 行政诉讼（复议后起诉）", a
        Markdown heading over 表四's part drawn as a table of its own)."""
        plain = "".join(AROUND.sub("", text).split())
        for t in self.heads(text):
            rest = plain
            for m in t.markers:
                rest = rest.replace(m, "")
            rest = rest.strip("、|｜/")
            if not rest or (rest[:1] in "（(" and rest[-1:] in ")）" and rest[1:-1] in _groups(t)):
                return True
        return False

    def part_caption(self, text: str, section: Optional[int]) -> bool:
        """``text`` is a caption in words over a part of a one-row table, in that table's section
        ("行政复议情况", "未经复议直接起诉的行政诉讼情况", "复议后起诉的行政诉讼情况": 表四 drawn as three
        tables): its groups' names and head words, and the words a caption adds, nothing else."""
        plain = "".join(AROUND.sub("", text).split())
        for t in self.heads(text):
            if t.layout != "single_row" or t.section != section:
                continue
            rest = plain
            for g in sorted(_groups(t), key=longest_first):
                rest = rest.replace(g, "")
            for m in t.markers:
                rest = rest.replace(m, "")
            if not _CAPTION_WORDS.sub("", rest):
                return True
        return False

    def heading_row(self, heading: str, span: Span, section: int) -> bool:
        """Whether a section heading's text opens with a row's or group's label as written
        (:func:`_heading_row`), in the section numbered ``section``: a label under its own
        numeral ("四、结转下年度继续办理", "三、本年度办理结果") is a row wherever it stands; another
        ("六、其他": 表三's "3.其他", or "（六）其他" as the 2019 format wrote "（六）其他处理") only
        inside its table's section — after "五、存在的主要问题…" it is 六's heading, shortened
        (S101 said 六 was missing). The entries' sections are memoised by the text (most headings
        are none)."""
        def make() -> tuple:
            first = _heading_cells(heading, span)[0]
            if first.kind != TEXT:
                return ()
            entries, typo, prefix = self.lookup(first.text)
            if not entries or typo:
                return ()
            numeral = _NOT_NUMERAL.sub("", prefix)
            # 0: a row anywhere (its own label under its own numeral); else the table's section
            return tuple(0 if e.note is None and numeral and _NOT_NUMERAL.sub("", e.prefix) == numeral
                         else self.fmt.table(e.table).section
                         for e in entries if e.kind in ("row", "group"))
        return any(s == 0 or s == section for s in _memo(self._heading_rows, heading, make))

    def column_split(self, text: str) -> Optional[int]:
        """Where ``text`` splits into two exact column names ("本年增/减处理决定数量"), None when it
        does not: memoised by the text (the same header cells come in every report, and the search
        tries every position, each piece normalised)."""
        try:
            return self._column_splits[text]
        except KeyError:
            pass
        at = next((i for i in range(2, len(text) - 1) if _exact_column(self, text[:i])
                   and _exact_column(self, text[i:])), None)
        if len(self._column_splits) > 50_000:
            self._column_splits.clear()
        self._column_splits[text] = at
        return at

    def _add(self, label, entry: _Entry):
        self._put(L.norm(label.text), entry)
        for a in label.aliases:
            self._put(L.norm(a), entry)
        for a in label.outdated:
            self._put(L.norm(a), _Entry(entry.table, entry.kind, entry.key, entry.official, entry.prefix,
                                        entry.group, "outdated"))

    def _put(self, norm: str, entry: _Entry):
        """Index one meaning of a label, once (a column label is met again with every row)."""
        entries = self.by_label.setdefault(norm, [])
        if entry not in entries:
            entries.append(entry)

    def match_section(self, section: Section, seen: int) -> Tuple[Optional[SectionSpec], str]:
        """:func:`_match_section` in this format, memoised by the heading's title, numeral and
        ``seen`` (all it depends on): the same headings come in every report."""
        key = (section.title, section.number, seen)
        hit = self._sections.get(key)
        if hit is None:
            if len(self._sections) > 50_000:
                self._sections.clear()
            hit = self._sections[key] = _match_section(section, self.fmt, seen)
        return hit

    def row_plan(self, table: str, key: str) -> Optional[tuple]:
        """(table spec, row spec, its columns, their keys) of a row of this format, None for
        another format's row (made once per row of the format, not once per row bound)."""
        try:
            return self._row_plans[(table, key)]
        except KeyError:
            pass
        t = self.fmt.table(table)
        try:
            spec = t.row(key)
        except KeyError:
            plan = None
        else:
            cols = t.columns_of(spec)
            plan = (t, spec, cols, tuple(c.key for c in cols))
        self._row_plans[(table, key)] = plan
        return plan

    def lookup(self, text: str) -> Tuple[List[_Entry], Optional[str], str]:
        """(entries, "typo" if matched approximately, the prefix written). Memoised: the same
        labels recur in every report."""
        hit = self._memo.get(text)
        if hit is None:
            if len(self._memo) > 50_000:
                self._memo.clear()
            hit = self._memo[text] = self._lookup(text)
        return hit

    def _lookup(self, text: str) -> Tuple[List[_Entry], Optional[str], str]:
        if _BRACKETED.fullmatch(text) and any(e.kind == "column" for e in self.by_label.get(L.norm(text), ())):
            # a column's name in brackets alone ("申请人情况 (总计)": a converter's heading over a
            # column's cells) is an annotation, no row's label ("（部分公开）" alone is still the row's)
            return [], None, ""
        prefix, words = L.split_prefix(text)
        n = L.norm(words)
        entries = self.by_label.get(n)
        if entries:
            return entries, None, prefix
        seq = _ROW_NUMBER.match(words) if not prefix else None
        if seq is not None:
            # a 序号 column's number before the label, the two apart in a copied page's text ("1     规章",
            # a head "序 / 号" stacked over two lines, so no column was seen): the label as written
            rest = self.lookup(words[seq.end():])
            cut = L.norm(words[seq.end():])
            if rest[0] and (rest[1] is None or (len(cut) >= 4 and not any(
                    L.norm(e.official).startswith(cut) for e in rest[0]))):
                return rest  # (a misspelt label after its number still one; a piece of a label cut off is none)
        if L.official_spelling(n) in self.by_label:  # "3.其它": the row, its spelling noted as a typo's
            return self.by_label[L.official_spelling(n)], "typo", prefix
        # a row's label with a note of its own in brackets ("规章(制度)"): the row, its note noted as a typo's (a
        # label too short for a typo's likeness was not read: a false "row missing"); or with a template's gloss
        # after it, a definition after a colon or a note to the filer in brackets ("规章：地方行政规章指…",
        # "规章（设区的市…应提供相关数据）"): the row, its label the official one (a province's template explains
        # its rows). Not a column's head ("本年制发件数（2024年）" names its year: read where heads are)
        for after, how in ((_TRAILING_NOTE, "typo"), (_GLOSS, None)):
            label = _before_note(after, words)
            rows = self.by_label.get(L.norm(label), ()) if label is not None else ()
            if rows and all(e.kind == "row" for e in rows):
                return list(rows), how, prefix
        if len(n) >= 3:
            near = L.best_match(n, self._sharing_enough(n), _TYPO_SCORE)
            if near is None and len(n) >= 4:
                near = L.one_character_off(n, self.all_norms)
            if near is not None and not self._cut_of_two(n, near):
                return self.by_label[near], "typo", prefix
        return [], None, prefix

    def _cut_of_two(self, n: str, near: str) -> bool:
        """``n`` is the start of ``near`` (a label cut short, no typo of it) and as well the start
        of a label that means something else: which it is cut from cannot be told ("本年新", the
        start of 表三's 本年新收… and of 表二's 本年新制作数量 and 本年新公开数量: a 2019 表二 head
        whose cells a copy cut at their width was read as 表三's first row)."""
        if not near.startswith(n):
            return False
        def meaning(label: str) -> set:
            return {(e.table, e.kind, e.key) for e in self.by_label[label]}

        meant = meaning(near)
        return any(other != near and other.startswith(n) and meaning(other) != meant for other in self.all_norms)


    def _sharing_enough(self, n: str) -> Tuple[str, ...]:
        """The labels, in index order, that share enough characters with ``n`` to be a typo of
        it. A label's similarity is at most 2·(characters in common)/(the two lengths), so the
        others cannot reach the score and skipping them changes nothing; it saves comparing
        every unknown line of prose with every label."""
        if self._by_char is None:
            by_char: Dict[str, List[Tuple[int, int]]] = {}
            for i, c in enumerate(self.all_norms):
                for ch, k in Counter(c).items():
                    by_char.setdefault(ch, []).append((i, k))
            self._by_char = by_char
        shared: Dict[int, int] = {}
        for ch, k in Counter(n).items():
            for i, kc in self._by_char.get(ch, ()):
                shared[i] = shared.get(i, 0) + (k if k < kc else kc)
        la, norms = len(n), self.all_norms
        return tuple(norms[i] for i in sorted(shared)
                     if 2.0 * shared[i] / (la + len(norms[i])) >= _TYPO_SCORE)


#: the fewest spaces a ``<br>`` leaves between two labels in one Markdown cell ("<br>": 4)
_BREAK_GAP = 4

#: the words a caption over a part of a table adds to its groups' names ("行政复议情况", "…的行政诉讼情况")
_CAPTION_WORDS = lazy(r"的|情况|案件|统计|表|[（）()、|｜/：:]")

_TYPO_SCORE = 0.8  # how similar an unknown label must be to an official one to be its typo
#: a short note in brackets ending a label, no number in it ("规章(制度)"): no official label's end
#: a row's number (its 序号) and the space after it, before a label
_ROW_NUMBER = lazy(r"\d{1,3}\s+(?=\D)")
def _broken_down(text: str, official: str) -> bool:
    """Is ``text`` an official label with a note of its own in brackets ("行政处罚（简易程序）", "行政许可（网上
    办理）"): after that row was read, a part of it the agency lists, no second copy nor a misspelling."""
    label = _before_note(_TRAILING_NOTE, text)
    return label is not None and L.norm(label) == L.norm(official)


def _before_note(note: LazyPattern, text: str) -> Optional[str]:
    """The words before the note ``note`` finds at the end of ``text``, or None (no note, or nothing before it)."""
    found = note.search(text)
    return text[:found.start()] if found is not None and found.start() > 0 else None


_TRAILING_NOTE = lazy(r"\s*[（(][^（）()0-9０-９]{1,12}[)）]\s*$")
#: a gloss after a row's label, longer than :data:`_TRAILING_NOTE`'s note: a definition after a colon, or a
#: note to the filer in brackets ending the label (a sentence's words, no figure of the row)
_GLOSS = lazy(r"\s*(?:[：:][^\t|]{6,200}|[（(][^（）()]{13,120}[)）])\s*$")
#: a cell that is words in brackets, nothing before or after them (L.norm drops the brackets)
_BRACKETED = lazy(r"\s*[（(][^（）()]*[^（）()一二三四五六七八九十\d\s][^（）()]*[)）]\s*")

#: the label index of each format in each set of formats (the other formats' labels are in it
#: too): keyed by the objects' identities, and holding them, so that a plugin's variant with a
#: built-in id never meets the built-in's index
_INDEX_CACHE: Dict[Tuple[int, ...], Tuple[Tuple[FormatSpec, ...], "_Index"]] = {}


#: the labels only one format has among a set of formats (:func:`_own_labels`), keyed the same way
_OWN_CACHE: Dict[Tuple[int, ...], Tuple[Tuple[FormatSpec, ...], frozenset]] = {}


def _for_formats(cache: dict, fmt: FormatSpec, formats: Dict[str, FormatSpec], make):
    """``make(fmt, formats)``, kept in ``cache`` under the identities of the format objects (held
    with the entry, so that an id reused by another object never finds it)."""
    objects = (fmt,) + tuple(formats[k] for k in sorted(formats))
    key = tuple(map(id, objects))
    hit = cache.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], objects)):
        return hit[1]
    if len(cache) > 32:
        cache.clear()
    made = make(fmt, formats)
    cache[key] = (objects, made)
    return made


def _index(fmt: FormatSpec, formats: Dict[str, FormatSpec]) -> _Index:
    return _for_formats(_INDEX_CACHE, fmt, formats, _Index)


# ----------------------------------------------------------------------------------------
# cells

def _bound_cell(table: str, row: str, column: str, cell: Optional[Cell], row_span: Span,
                kind: str = "count", unit: str = "") -> BoundCell:
    """An official cell as written: a valid value of its kind ("count": a whole number >= 0,
    "signed": a whole number, "money": a number >= 0, with its unit converted to the column's),
    blank, a placeholder, absent, or invalid."""
    if cell is None:
        return _bcell((table, row, column, ABSENT, None, "", row_span))
    ck = cell.kind
    if ck == NUMBER:
        v = cell.value
        whole = cell.text.isdigit() or v == v.to_integral_value()
        if (v < 0 and kind != "signed") or (kind != "money" and not whole):
            return _bcell((table, row, column, INVALID, v, cell.text, cell.span))
        return _bcell((table, row, column, VALUE, v, cell.text, cell.span))
    if ck == BLANK:
        return _bcell((table, row, column, BLANK_CELL, None, "", cell.span))
    if ck == PLACEHOLDER:
        return _bcell((table, row, column, PLACEHOLDER_CELL, None, cell.text, cell.span))
    if kind == "money":
        v = money_value(cell.text, unit)
        if v is not None:
            return _bcell((table, row, column, VALUE if v >= 0 else INVALID, v, cell.text, cell.span))
    else:
        m = _COUNT.fullmatch(cell.text)
        if m:  # a count with its unit ("3件")
            v = parse_number(m.group(1))
            if v is not None and v == v.to_integral_value() and (v >= 0 or kind == "signed"):
                return _bcell((table, row, column, VALUE, v, cell.text, cell.span))
        if kind == "signed":  # a change in words (2019 本年增/减: "增加1", "减少2项")
            m = _CHANGE.fullmatch(cell.text)
            v = parse_number(m.group(2)) if m else None
            if v is not None and v == v.to_integral_value() and v >= 0:
                return _bcell((table, row, column, VALUE, -v if m.group(1)[0] == "减" else v, cell.text, cell.span))
    return _bcell((table, row, column, INVALID, None, cell.text, cell.span))


_DIGITS = frozenset("+-0123456789０１２３４５６７８９")
_CHANGE_WORDS = frozenset("新增减")


def _a_count(text: str) -> bool:
    """Is a cell's text a value in words ("120件", "56.3万元", "减4", "0/0": :func:`value_in_words`),
    a value as a bare number is (an invalid one, C204, when it reads as none)?"""
    return (text[:1] in _DIGITS or text[:1] in _CHANGE_WORDS) and value_in_words(text)


def _a_count_cell(cell: Cell) -> bool:
    """Is ``cell`` a text cell holding a value in words ("10件"): a number of a table's part as a bare
    one is (表三 typed as a table for each group of columns, its counts written with 件)?"""
    return cell.kind == TEXT and _a_count(cell.text)


#: the digits a label ends with when its row's first number ran into it ("…禁止公开0")
_TRAILING_DIGITS = lazy(r"(?<=[^\W\d_])[0-9０-９]{1,6}$")


_AMOUNT = lazy(rf"([+-]?[0-9０-９][0-9０-９,，.．]*)\s*({'|'.join(MONEY_UNITS)})")
_UNITS = {"万元": Decimal(10000), "万": Decimal(10000), "元": Decimal(1)}


def money_value(text: str, unit: str) -> Optional[Decimal]:
    """An amount written with its unit ("1.25万元", "12500元") in the column's unit (a column
    without a unit keeps the number as written); None when ``text`` is no such amount."""
    import unicodedata
    m = _AMOUNT.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if not m:
        return None
    number = parse_number(m.group(1))
    if number is None:
        return None
    if not unit or unit not in _UNITS or m.group(2) == unit:
        return number
    return number * _UNITS[m.group(2)] / _UNITS[unit]


#: a number misread with letters for its zeros ("O", "1O", "〇"), after a label and spaces
#: (the numbers before it too: "…申请  0  0  0  0  0  O": the label ran on to the last word)
_LOOKALIKE = re.compile(r"(?:[ \u3000]+[0-9]+)*[ \u3000]+([0-9]*[OoＯｏ〇][0-9OoＯｏ〇]*)$")
_WORD = re.compile(r"[^ \u3000]+")
_LOOKALIKE_ENDS = frozenset("OoＯｏ〇")
#: the last characters of a label that the row's first number may have run into (a plain row's
#: plan is not made for them)
_ODD_ENDS = _LOOKALIKE_ENDS | _DIGITS

#: the words of a totals row (:meth:`_Binder._added_total`)
_TOTAL_WORDS = frozenset(("合计", "总计", "小计", "共计", "总数"))


def _piece_span(cell: Cell, a: int, b: int) -> Span:
    """The span of ``cell.text[a:b]``, ``cell`` on one line."""
    s = cell.span
    return Span(s.line, s.column + a, s.line, s.column + b, s.start + a, s.start + b)


def _split_lookalike(cell: Cell, m=None) -> List[Cell]:
    """``cell`` (one line) cut before the numbers and letter-O words at its end (``m``, the
    search's match when the caller made it): [label, cells…]."""
    m = m or _LOOKALIKE.search(cell.text)
    if m is None or cell.span.line != cell.span.end_line or not m.start():
        return [cell]
    return [Cell(cell.text[:m.start()], _piece_span(cell, 0, m.start()), TEXT)] + [
        make_cell(w.group(), _piece_span(cell, w.start(), w.end())) for w in _WORD.finditer(cell.text, m.start())]


def _in_place(cells: Sequence[Cell], n: int) -> Optional[Sequence[Cell]]:
    """A row's cells when they are the ``n`` columns themselves, blanks included: exactly ``n``
    once the one blank a border leaves at either end ("| 1 |  | … |  |") is taken off."""
    if len(cells) > n and cells[-1].kind == BLANK:
        cells = cells[:-1]
    if len(cells) > n and cells[0].kind == BLANK:
        cells = cells[1:]
    return cells if len(cells) == n else None


@lru_cache(maxsize=16)
def _groups(t: TableSpec) -> frozenset:
    """The names of a table's groups of columns (columns named "group·name": 表四's 行政复议,
    未经复议直接起诉, 复议后起诉)."""
    return frozenset(c.label.text.split("·", 1)[0] for c in t.columns if "·" in c.label.text)


def _part_in_order(t: TableSpec, taken: int, text: str) -> bool:
    """Is a caption over a part of a one-row table, after ``taken`` of its numbers, in the official
    order: it names no group of the table's columns, several, or the group that comes next
    ("行政诉讼（复议后起诉）" before any number is not: its numbers would be read as 行政复议's)?"""
    columns = t.columns_of(t.rows[0])
    if not _groups(t) or taken >= len(columns):
        return True
    words = L.norm(text)
    named = [g for g in _groups(t) if L.norm(g) in words]
    if len(named) != 1:
        return True
    return columns[taken].label.text.split("·", 1)[0] == named[0]


def _named_groups(t: TableSpec, text: str) -> Tuple[int, ...]:
    """The positions, in the official order, of the column groups of a one-row table that
    ``text`` (a caption or head row of a part) names ("行政诉讼（复议后起诉）": 复议后起诉's)."""
    words = L.norm(text)
    order = _group_order(t)
    return tuple(k for k, g in enumerate(order) if L.norm(g) in words)


@lru_cache(maxsize=16)
def _group_order(t: TableSpec) -> Tuple[str, ...]:
    """A one-row table's column groups in the official order (表四: 行政复议, 未经复议直接起诉, 复议后起诉)."""
    out: List[str] = []
    for c in t.columns_of(t.rows[0]):
        if "·" in c.label.text:
            g = c.label.text.split("·", 1)[0]
            if g not in out:
                out.append(g)
    return tuple(out)


def _placed_parts(t: TableSpec, cells: Sequence[Cell], parts: Sequence[list]) -> Optional[List[Cell]]:
    """The numbers of a one-row table drawn in parts, in the official order of its columns, when
    the parts stand in another order and each says where it goes: a part that names column groups
    (its caption, its head rows) holds exactly those groups' numbers, from the first named to the
    last; a part that names none follows the part before it. None when the parts are in the
    official order already, or cannot be placed so that every column has one number and no column
    two (the numbers are then read in order, or said to be unreadable)."""
    if len(parts) < 2 or not any(groups for _, groups in parts):
        return None
    columns = t.columns_of(t.rows[0])
    order = _group_order(t)
    first = {g: next(i for i, c in enumerate(columns) if c.label.text.split("·", 1)[0] == g) for g in order}
    width = len(columns)
    slots: List[Optional[Cell]] = [None] * width
    cursor, moved = 0, False
    bounds = [at for at, _ in parts] + [len(cells)]
    if parts[0][0] > 0:
        return None  # (numbers before the first part's head)
    for (at, groups), end in zip(parts, bounds[1:]):
        n = end - at
        if groups:
            lo, hi = min(groups), max(groups)
            start = first[order[lo]]
            stop = first[order[hi + 1]] if hi + 1 < len(order) else width
            if n != stop - start:
                return None
        else:
            start = cursor
        if start != at:
            moved = True
        if start + n > width or any(slots[k] is not None for k in range(start, start + n)):
            return None
        slots[start:start + n] = cells[at:end]
        cursor = start + n
    if not moved or any(v is None for v in slots):
        return None
    return slots


def _next_parts_head(t: TableSpec, taken: int, cells: Sequence[Cell]) -> bool:
    """Is a head read after a one-row table's first ``taken`` numbers the head of its next part
    (表四 drawn as two or three tables, 行政复议 and then 行政诉讼, each with its head and its row of
    numbers)? Yes when the numbers so far end a group of columns (the columns named "group·name")
    and the words are the next groups' names ("行政诉讼（未经复议直接起诉）", "未经复议直接起诉 复议后起诉"),
    or their columns' names in order ("结果维持 … 总计"). A head copied a column at a time among its
    numbers ("结" "果" "1 0 1 2 0") is none."""
    columns = t.columns_of(t.rows[0])
    if not 0 < taken < len(columns) or "·" not in columns[taken].label.text:
        return False
    groups = [c.label.text.split("·", 1) for c in columns]
    if groups[taken - 1][0] == groups[taken][0]:
        return False  # (the numbers stop inside a group)
    words = L.norm("".join(c.text for c in cells))
    for marker in t.markers:
        words = words.replace(L.norm(marker), "")
    if not words:
        return True  # a caption of the table's own words ("行政诉讼"): its next part follows
    names, parts = "", ""
    for k in range(taken, len(columns)):
        if k == taken or groups[k][0] != groups[k - 1][0]:
            names += L.norm(groups[k][0])
        parts += L.norm(groups[k][1])
        ends = k + 1 == len(columns) or groups[k + 1][0] != groups[k][0]
        if ends and words in (names, parts):
            return True
    return False


def _overfull(values: Sequence[Cell], n: int) -> str:
    """"overfull" when a row holds more numbers than its ``n`` columns (a number doubled or a cell
    of another row run in): which number belongs to which column cannot be told. Surplus text or
    placeholders ("—") after the numbers are not numbers: those rows bind (an "extra" note)."""
    filled = [v for v in values if v.kind != BLANK]
    return "overfull" if len(filled) > n and all(v.kind == NUMBER for v in filled) else ""


def align(values: Sequence[Cell], n: int) -> Tuple[Sequence[Optional[Cell]], int]:
    """Fit the cells a row holds after its label to the ``n`` official columns.

    Layouts add blank cells (rowspan and colspan leftovers) before and after the numbers and
    drop some; blank padding beyond ``n`` goes first from the end, then from the start. A short
    row that starts blank is aligned to the right (its last number is the 总计), otherwise to
    the left. Returns the aligned cells (None: absent) and how many surplus cells remain.
    """
    if len(values) == n:  # (most rows: their cells are the columns)
        return values, 0
    vals = list(values)
    while len(vals) > n and vals[-1].kind == BLANK:
        vals.pop()
    while len(vals) > n and vals[0].kind == BLANK:
        vals.pop(0)
    if len(vals) > n:
        filled = [v for v in vals if v.kind != BLANK]
        if len(filled) == n:  # blank spacers inside the row (a sliver grid column a renderer added)
            return filled, 0
        return vals[:n], len(vals) - n
    if len(vals) < n:
        pad: List[Optional[Cell]] = [None] * (n - len(vals))
        if vals and vals[0].kind == BLANK and any(c.kind != BLANK for c in vals):
            return pad + vals, 0
        return vals + pad, 0
    return vals, 0


# ----------------------------------------------------------------------------------------
# the binder

class _Binder:
    def __init__(self, fmt: FormatSpec, formats: Dict[str, FormatSpec], text: str = "",
                 loose: Sequence[int] = ()):
        self.fmt = fmt
        self.text = text  # the report's text: what stands between two cells
        #: the lines of rows a reader read off lines of text (cells apart by spaces)
        self.loose = frozenset(loose)
        self.index = _index(fmt, formats)
        self.rows: Dict[str, Dict[str, BoundRow]] = {t.key: {} for t in fmt.tables}
        self.spans: Dict[str, List[Span]] = {t.key: [] for t in fmt.tables}
        self.sections_of: Dict[str, Optional[int]] = {t.key: None for t in fmt.tables}
        self.notes: List[LabelNote] = []
        self.context: Optional[str] = None  # the official table the rows belong to
        self.group: Optional[str] = None
        #: the tables laid out as one row of numbers under a head (表四): their numbers so far,
        #: with the span they cover and the section they stand in
        self.single: Dict[str, Tuple[List[Cell], Optional[Span], Optional[int]]] = {
            t.key: ([], None, None) for t in fmt.tables if t.layout == "single_row"}
        #: a one-row table's row left blank (表四 with no case, its cells empty), exactly its columns:
        #: its row when no number of it is found (each cell blank, C203; not "no row read", C200)
        self.blank_single: Dict[str, Tuple[Sequence[Cell], Span]] = {}
        self.group_rows: list = []  # group label rows that carry numbers
        #: the one-row tables whose head went on after some of their numbers, fewer than their columns
        #: (a copy that took the cells in column order: "结" "果" … "1 0 1 2 0" "行政诉讼" …), and those
        #: that took more numbers after it: their numbers are not one row in order
        self.head_after_numbers: set = set()
        self.interleaved: set = set()
        #: one-row tables drawn in parts whose captions name their groups in another order
        self.out_of_order: set = set()
        #: table -> its parts so far, each [where its numbers start among the table's numbers, the
        #: positions of the column groups its caption and head rows name]: a part is placed by the
        #: groups it names (:func:`_placed_parts`)
        self.parts: Dict[str, List[list]] = {}
        #: table -> where each of its numbers goes, read from its head row (a one-row table whose groups
        #: name their columns in another order, "总计 | 结果维持 | …": :func:`_order_named`)
        self.single_order: Dict[str, List[int]] = {}
        #: a row of numbers alone, fewer than the one-row table's columns, no head read above it:
        #: (its numbers, the row, the section) — the next such row may hold the rest
        #: (:meth:`_headless_single`)
        self.headless_part: Optional[tuple] = None
        #: the last row bound with fewer numbers than columns: (entry, label, values, row, section)
        self.short: Optional[tuple] = None
        #: (table, row, its numbers) of the row just bound with as many numbers as columns: numbers
        #: alone on the next line cannot be the rest of it (see :meth:`_overflow`)
        self.full: Optional[tuple] = None
        #: numbers alone after such a row (or a head), held until the next line says whose they
        #: are (:meth:`_take_held`): (``full`` then, the numbers alone, their row)
        self.held: Optional[tuple] = None
        #: numbers alone with no label, as many as a row's columns, after a head or a full row:
        #: (table, the row bound last before them or None, the numbers, their row, the section) —
        #: the next row of the format's order when no label of it is read (:meth:`_unlabelled_rows`)
        self.unlabelled: list = []
        #: rows bound "overfull" with exactly twice their columns' numbers: (entry, label, the
        #: first half, row, section) — the next row's label line may have been lost (finish())
        self.doubled: list = []
        #: (table, row) → (its cells, row) for the rows bound "short": the rest may follow
        self.short_rows: dict = {}
        #: (table, row) → the head (:attr:`last_head`) its part of a short row was read under
        self.short_heads: dict = {}
        self.extra_column: Dict[str, int] = {}  # table -> index of an unofficial 小计 column
        #: (table, the columns' keys of a block or the table) -> (the positions, among a row's
        #: cells, of columns its head row adds to the official ones: 上年新制发件数, 备注; the head
        #: cells; the section): :meth:`_extra_heads`
        self.extra_heads: Dict[Tuple[str, Tuple[str, ...]], tuple] = {}
        #: the (table, columns) whose added columns rows were bound without (noted once)
        self.extra_said: set = set()
        self.added_heads: set = set()  # the spans of those head cells: no misspelt column's
        #: table -> (first position, official positions) of columns a header row names in another
        #: order than the official one (社会公益组织 before 科研机构)
        self.column_order: Dict[str, Tuple[int, List[int]]] = {}
        #: table -> the positions of the columns its head rows name (a head that names only some)
        self.named_columns: Dict[str, set] = {}
        #: table -> the positions of the columns the head row read last names (a part's head, when
        #: the table is split by columns: 自然人 alone, then the five 法人或其他组织 columns, then 总计)
        self.last_head: Dict[str, frozenset] = {}
        self.last_head_rows: Dict[str, int] = {}  # (the table's rows read when its last head row was)
        #: table -> the keys of the columns the head row read last names when it names only columns
        #: of another format's without counterpart in this one (a block headed 上一年项目数量 · 本年增/减
        #: in a 2021 report): a row of exactly such columns of its own there is of another meaning
        self.foreign_head: Dict[str, frozenset] = {}
        #: (table, row) of the rows bound so (:meth:`_bind`): their cells are left out of the checks
        self.other_rows: set = set()
        #: (table, row) of a first part's rows with more numbers than the part's columns: the rows'
        #: other parts join nothing (the row is said once, "overfull")
        self.lost_parts: set = set()
        #: the plain binding :meth:`_bind` made last (table, row key, column keys, the label cell,
        #: the values), for :meth:`row` to record as a plan
        self.plain: Optional[tuple] = None
        #: (the table, the notes) of the head row read last when it named the table's columns only
        #: by misspellings ("收费项目 | 收费金额"): if the next row with a label is no row of any
        #: table, the head was a small table of the author's (a fee table in 六), not a piece of
        #: the statistical table, and its notes go (:meth:`_row`)
        self.tentative_head: Optional[Tuple[str, list]] = None
        #: (entry, label cell, row, section) of a row's label alone on its line in a later part of
        #: a table cut by its columns, the row's first part bound "short": the numbers alone on the
        #: next line are this part's (:meth:`_bind`)
        self.label_again: Optional[tuple] = None
        #: (table, cells, its last line) of the last head row of a block read (表二's "信息内容 | …"):
        #: the next line may be the rest of it, the row wrapped at a fixed width (:meth:`_extra_heads`)
        self.blocks_head: Optional[tuple] = None
        #: (entry, label cell, section, how many numbers) of a middle part's row (表三 typed as a
        #: table for each group of columns) with fewer numbers than its part's head names: the
        #: numbers alone on the next line are the rest of it, the row's line wrapped at a fixed width
        #: (:meth:`_continue_part`)
        self.part_short: Optional[tuple] = None
        #: (table, section) of a second copy of a table being read: the table began again, its
        #: first row after most of its rows were read (a county's 全县汇总 set after its own, a
        #: department's table for each of its units); its rows are no part of the report's table
        #: (:meth:`_second_copy`)
        self.again: Optional[tuple] = None
        #: table → where each second copy of it begins (offsets of their first rows)
        self.copies: Dict[str, List[int]] = defaultdict(list)
        #: (table, section) after the table's first row read again with the same figures: a second
        #: copy if the next row was read before too, else the row a page repeated with the head
        self.maybe_again: Optional[tuple] = None
        #: the report's year (its facts'), or None: a one-row table's row labelled by another year
        #: is not the report's (:meth:`_row`)
        self.year: Optional[int] = None

    # -- helpers
    def _second_copy(self, table: str, section: Optional[int]) -> bool:
        """Whether a row of ``table`` in ``section`` belongs to the table's second copy being read;
        a row of another table, or in another section, ends that copy."""
        if self.again is None:
            return False
        if self.again == (table, section):
            return True
        self.again = None
        return False

    def _begins_again(self, t: TableSpec, key: str) -> bool:
        """Whether a row of ``t`` read a second time begins a second copy of the table: it is the
        table's first row, and most of the table's rows were read already (not a comparison of
        years in section 一 that wrote the first row first). With the first copy's figures it may be
        the row a page repeats with the table's head (Word's repeated head rows taking in the first
        row): the callers wait for the next row, a second copy's when it was read before too."""
        return key == t.rows[0].key and len(self.rows[t.key]) * 2 >= len(t.rows)

    def _note(self, kind, table, row, column, found, expected, span, section):
        self.notes.append(LabelNote(kind, table, row, column, found, expected, span, section))

    def _pick(self, entries: List[_Entry], prefix: str) -> Optional[_Entry]:
        if len(entries) == 1:
            return entries[0]
        def score(e: _Entry) -> tuple:
            return (
                e.table == self.context,
                bool(prefix) and e.prefix == prefix,
                e.kind in ("row", "group") and e.group == self.group if self.group else False,
                e.kind != "column",
            )
        return max(entries, key=score)

    def _see(self, table: str, span: Span, section: Optional[int]):
        self.spans[table].append(span)
        if self.sections_of[table] is None:
            self.sections_of[table] = section

    # -- rows
    def row(self, row: Row, section: Optional[int]):
        """Bind one row of a table. A row of the plain shape (label cells, then a whole number for
        each column, then blank cells at most) is bound by its plan when its shape, labels and the
        table and group being read have been bound before (in this report or another): everything
        the binding of such a row reads but its numbers. The plan is recorded from the full binding
        (:meth:`_row`) the first time, and only when that binding was plain: one row bound, every
        cell a whole number in its column, no note, the row's own cells; it is followed only while
        nothing this report saw changes the table's columns (a 小计 column, a head naming them
        in another order) and the row is not yet bound."""
        if self.held is not None:
            row = self._take_held(row)
        cells = row.cells
        labels = []
        for c in cells:
            if c[2] != TEXT:
                break
            labels.append(c[0])
        nl = len(labels)
        if not nl or nl == len(cells) or cells[nl][2] != NUMBER or labels[-1][-1:] in _ODD_ENDS:
            self._row(row, section)
            return
        numbers = 0
        blank = False
        for c in cells[nl:]:
            kind = c[2]
            if kind == NUMBER and not blank and c[0].isdigit():
                numbers += 1
            elif kind == BLANK:
                blank = True
            else:
                self._row(row, section)
                return
        key = (tuple(labels), len(cells), numbers, self.context, self.group)
        plans = self.index.plain_rows
        plan = plans.get(key)
        if plan is not None:
            tk, rk, col_keys, context, group = plan
            self.tentative_head = self.label_again = None
            rows = self.rows[tk]
            # (a head naming only some of the columns changes no row of a number for each column:
            # :meth:`_named_only` places only rows of fewer numbers)
            if (rk not in rows and tk not in self.extra_column and tk not in self.column_order
                    and not (self.extra_heads and (tk, col_keys) in self.extra_heads)
                    and (self.again is None or not self._second_copy(tk, section))):
                self.maybe_again = None  # (a row not read before: the table goes on)
                self.short = self.part_short = None
                self.full = (tk, rk, cells[nl:])
                self.context = context
                self.group = group
                bound = {}
                for ck, (text, vspan, _, value) in zip(col_keys, cells[nl:]):
                    bound[ck] = _bcell((tk, rk, ck, VALUE, value, text, vspan))
                rows[rk] = _brow((tk, rk, labels[-1], row.span, bound, section))
                self._see(tk, row.span, section)
                return
        self.plain = None
        notes, groups = len(self.notes), len(self.group_rows)
        self._row(row, section)
        got = self.plain
        if (plan is None and got is not None and got[3] is cells[nl - 1] and len(got[4]) == len(cells) - nl
                and got[4][0] is cells[nl] and len(self.notes) == notes and len(self.group_rows) == groups
                and self.short is None):
            if len(plans) >= _PLAN_ENTRIES:
                plans.clear()
            plans[key] = (got[0], got[1], got[2], self.context, self.group)

    def _row(self, row: Row, section: Optional[int]):
        # label cells: the text cells before the first number or placeholder (one pass: this
        # runs for every row of every table)
        label_cells: List[Cell] = []
        after = 0  # the index after the last label cell
        no_values = True  # nothing but blanks after the labels
        for i, c in enumerate(row.cells):
            text, _, kind, _ = c  # (unpacked: a named field read costs more than the four)
            if kind == TEXT and not _a_count(text):
                # (a value in words, "1件", "21.5万元", "减4", is a value: 表四's one row may start with
                # it, a table given a cell a line has it on a line of its own)
                label_cells.append(c)
                after = i + 1
            elif kind != BLANK:
                no_values = False
                break
        part_short, self.part_short = self.part_short, None
        if label_cells:
            values = row.cells[after:]
        else:
            values = row.content
            if not values:
                if self.context in self.single and not self.single[self.context][0]:
                    blanks = _in_place(row.cells, self._width(self.context))
                    if blanks is not None:
                        self.blank_single.setdefault(self.context, (blanks, row.span))
                return
            if part_short is not None and self._continue_part(part_short, values, row):
                return
            if self.context in self.single:
                # a row of exactly the table's columns (a tab- or cell-separated layout) keeps its
                # blank cells in place: a blank 尚未审结 at the end is that column's, not padding
                if (len(row.cells) != len(values) and row.span.line not in self.loose
                        and not self.single[self.context][0]):
                    values = _in_place(row.cells, self._width(self.context)) or values
                self._take_numbers(self.context, values, row.span)
            elif self.label_again is not None:
                e, cell, first_row, at = self.label_again
                self.label_again = None
                self._bind(e, cell, values, Row(first_row.cells + tuple(values), first_row.span.to(row.span)), at)
            elif self.short is not None:
                self._continue_short(values, row)
            elif self.full is not None or self.context:
                self.held = (self.full, values, row)
            elif self.context is None and section is not None:
                self._headless_single(values, row, section)
            self.full = None
            return
        self.headless_part = None  # (a row with a label between: the numbers alone were no row's part)
        self.short = None
        full, self.full = self.full, None
        self.label_again = None
        if no_values and full is not None and len(row.cells) == 1 and self._added_cell(full, label_cells[0], section):
            return
        if not no_values:
            beside = self._side_by_side(values)
            if beside:
                # two blocks' rows side by side on one line (表二's blocks laid out two by two):
                # each its own row
                at = len(row.cells) - len(values) + beside
                self._row(Row(row.cells[:at], row.span), section)
                self._row(Row(row.cells[at:], row.cells[at][1]), section)
                return
            if len(label_cells) == 2:
                rows = self._two_rows_in_one(label_cells, values, row)
                if rows is not None:
                    for r in rows:
                        self._row(r, section)
                    return

        # a table head ("第二十条第（一）项", "申请人情况", "行政复议 | 行政诉讼") switches the context
        joined = label_cells[0].text if len(label_cells) == 1 else "".join([c.text for c in label_cells])
        for t in self.index.heads(joined):
            if t.layout == "single_row":
                # a one-row table's head; when the layout ran the head and the numbers together,
                # the numbers too (not a row of another table that mentions one of its words,
                # "政府信息公开行政复议（件） | 1 | 0 | +1" in a comparison of years in section 一)
                if not no_values and not self._names_head(t, label_cells):
                    continue
                if no_values and not _part_in_order(t, len(self.single[t.key][0]), joined):
                    self.out_of_order.add(t.key)  # (a part's caption naming another group than the next)
                if no_values:
                    self._part_names(t, joined)
                self._start_single(t, row, section)
                self._check_header(t, label_cells, section)
                if not no_values:
                    self._take_numbers(t.key, values, row.span)
                return
            if no_values:
                self.context = t.key
                self._see(t.key, row.span, section)
                self._check_header(t, label_cells, section)
                return
        if no_values:
            if self.context in self.single:
                # the rest of a one-row table's head (表四's 结果维持 … 总计), a column of its own
                # after the official ones (备注) noted
                t = self.fmt.table(self.context)
                taken = self.single[self.context][0]
                if len(taken) >= self._width(t.key) and not self._names_head(t, label_cells):
                    # the head of another table after the row was read whole ("序号 | 解读文件名称 |
                    # 发布时间" over a list of the year's policy readings in an annex): its rows are no
                    # part of this one
                    self.context = None
                    return
                if taken and len(taken) < len(t.columns_of(t.rows[0])) and not _next_parts_head(t, len(taken), label_cells):
                    self.head_after_numbers.add(self.context)
                if not taken:
                    order = _order_named(t, _spaced_head_words(label_cells))
                    if order is not None:
                        self.single_order[t.key] = order
                self._part_names(t, "".join([c.text for c in label_cells]))
                self._extra_heads(t, label_cells, section)
                return
            if (self.blocks_head is not None and self.blocks_head[0] == self.context
                    and label_cells[0].span.line == self.blocks_head[2] + 1
                    and all(self._added_word(self.fmt.table(self.context), c.text) for c in label_cells)):
                # the rest of a block's head wrapped onto this line, naming no column as the format
                # does ("2023年本年制发件数 | …": last year's figures beside this year's)
                self._extra_heads(self.fmt.table(self.context), label_cells, section)
                return
            own = self.index.section_tables.get(section) if self.context is None else None
            if own is not None and not self.single[own.key][0] and self.single[own.key][1] is None \
                    and self._only_its_words(own, label_cells):
                # a one-row table's head row of its columns' names alone, no caption nor group above it, in
                # the section its title names ("结果维持 | 结果纠正 | … | 总计" under "四、…" over 表四's first
                # part, drawn as a table of its own): the table starts here, as its numbers alone would
                self._start_single(own, row, section)
                self._check_header(own, label_cells, section)
                return
            if self._is_header(label_cells):
                table = self.context or self._columns_table(label_cells)
                if table is not None:
                    self._read_head(table, label_cells, section)
                return

        if label_cells[-1].text[-1:] in _LOOKALIKE_ENDS:
            label_cells, values = self._lookalike_first(label_cells, values)
        elif label_cells[-1].text[-1:] in _DIGITS:
            label_cells, values = self._glued_first(label_cells, values)

        tentative, self.tentative_head = self.tentative_head, None
        # match labels from the most specific (last) to the first
        for pos in range(len(label_cells) - 1, -1, -1):
            cell = label_cells[pos]
            entries, typo, prefix = self.index.lookup(cell.text)
            if not entries:
                continue
            e = self._pick(entries, prefix)
            if e.kind == "row" and _GROUP_MARK.fullmatch(prefix.strip()) and _ITEM_MARK.fullmatch(e.prefix.strip()):
                continue  # "（八）其他": a group's numeral before a sub-item's words ("3.其他"), no such sub-item
            if self._added_total(e, cell, prefix, section):
                return
            if (e.kind == "row" and self.context is None and not prefix and not self.rows[e.table]
                    and L.norm(cell.text) in _TOTAL_WORDS):
                # a bare 合计 with no table being read nor any row of the table whose total row it
                # could be (表三's （七）总计): the foot of a table of the agency's own ("合计 | 339"
                # under a table of items published by channel in section 一)
                self.settle()
                return
            if e.kind == "group":
                self.context = e.table
                self.group = e.key
                if typo or e.note:
                    self._label_note(e, cell, typo, section)
                if pos == len(label_cells) - 1 and any(v.kind != BLANK for v in values):
                    # a group row that carries numbers: its sub-items collapsed into one row
                    self._bind_collapsed(e, cell, values, row, section)
                # earlier cells may still be a group label; the row itself has no other label
                continue
            if e.kind == "column":
                self.context = e.table
                self._read_head(e.table, label_cells, section)
                tentative = self.tentative_head
                if (tentative is not None and pos < len(label_cells) - 1 and any(v.kind == NUMBER for v in values)
                        and not any(self.index.heads(c.text) for c in label_cells[:pos])):
                    # a head with its row run in after it, the row's label none of any table ("信息处理费收取情况 |
                    # 发出收费通知件数 | 收费金额 | 2024年 | 0 | 0": an author's small table copied one cell a
                    # line, read as one row): as a row under a tentative head, what the head seemed to
                    # misspell is no name of the format
                    self.tentative_head = None
                    self.notes = [n for n in self.notes if not any(n is x for x in tentative[1])]
                    self.context = None
                return
            self.context = e.table
            if e.group:
                self.group = e.group
            # an earlier label cell may be this row's group ("（三）不予公开 | 1.属于国家秘密")
            for earlier in (label_cells[:pos] if pos else ()):
                g, gtypo, gprefix = self.index.lookup(earlier.text)
                if g:
                    ge = self._pick(g, gprefix)
                    if ge.kind == "group":
                        self.group = ge.key
                        if gtypo or ge.note:
                            self._label_note(ge, earlier, gtypo, section)
            head = self._head_before(label_cells, pos) if pos >= 2 else None
            if head:
                # a block's head row run into its first row ("第二十条第（一）项 | 信息内容 | 本年制发件数
                # … | 规章 | 0 …": a copy that put each cell on a line and its blank cells nowhere):
                # the head is read as such, an added column of it set aside
                self._check_header(self.fmt.table(e.table), head, section)
            if self.again is not None and self._second_copy(e.table, section):
                return  # (a row of the table's second copy: not read, its label not noted)
            first = self.rows[e.table].get(e.key)
            read = first is not None and any(c.state == VALUE for c in first.cells.values())
            if self.maybe_again is not None:
                if read and self.maybe_again == (e.table, section):
                    self.again, self.maybe_again = self.maybe_again, None  # (a second row read again)
                    self.copies[e.table].append(row.span.start)
                    return
                self.maybe_again = None
            if read and self._begins_again(self.fmt.table(e.table), e.key):
                if not _same_figures(row.cells[row.cells.index(cell) + 1:], first):
                    self.again = (e.table, section)
                    self.copies[e.table].append(row.span.start)
                else:
                    self.maybe_again = (e.table, section)
                return
            if read and typo and _broken_down(cell.text, e.official):
                return  # ("行政处罚（简易程序）" after 行政处罚 was read: a part of the row the agency adds, voices56i)
            if read and e.note == "outdated" and not typo:
                return  # ("部门规章" after 规章 was read: a row the agency adds, as 地方性法规 beside it, not 规章 misnamed, voices57f)
            if typo or e.note:  # (a note only for a label not written as the format's)
                self._label_note(e, cell, typo, section)
            if pos < len(label_cells) - 1:  # text after the label stands where numbers belong
                values = row.cells[row.cells.index(cell) + 1:]
            self._bind(e, cell, values, row, section)
            return
        if tentative is not None and len(row.cells) > 1:
            # a row under that head that is no row of any table ("信息处理费 | 0元"): the head was
            # the author's own small table's; what it seemed to misspell is no label of the format
            self.notes = [n for n in self.notes if not any(n is x for x in tentative[1])]
            self.context = None
            return
        if (self.context in self.single and len(label_cells) == 1 and len(label_cells[0].text) <= 8
                and sum(v.kind == NUMBER for v in values) >= 5):
            # a short label the one-row table has none of ("件数", "数量", "本机关") before its numbers
            year = _YEAR_NAME.fullmatch(label_cells[0].text)
            if year is not None and self.year is not None and int(year.group(1)) != self.year:
                return  # (a row of another year's figures: "2022年 | 2 0 0 0 2 …" above the report year's)
            self._take_numbers(self.context, values, row.span)

    def _head_before(self, label_cells: Sequence[Cell], pos: int) -> Optional[Sequence[Cell]]:
        """The head row run into a row before its label at ``pos``: the cells from the table's
        marker words (a block's caption, 信息内容) to the label, when they are a head (column names);
        None when no marker word stands before the label (words of another kind run in: a fee
        table's "收费项目 | 收费金额" and the closing lines are no head of the table's)."""
        j = max((i for i in range(pos) if self.index.heads(label_cells[i].text)), default=None)
        if j is None:
            return None
        while j > 0 and self.index.heads(label_cells[j - 1].text):
            j -= 1
        head = label_cells[j:pos]
        return head if len(head) >= 2 and self._is_header(head) else None

    def _read_head(self, table: str, label_cells: Sequence[Cell], section):
        """:meth:`_check_header` of a head row found by its column names; when all it noted is
        misspelt columns and no cell of it names anything of the format exactly, the head is
        held as tentative (:attr:`tentative_head`): a small table of the author's may have it."""
        notes = len(self.notes)
        self._check_header(self.fmt.table(table), label_cells, section)
        added = self.notes[notes:]
        if added and all(n.kind == "typo" for n in added) and not any(
                self.index.lookup(c.text)[0] and not self.index.lookup(c.text)[1] for c in label_cells):
            self.tentative_head = (table, added)

    def _two_rows_in_one(self, label_cells: Sequence[Cell], values: Sequence[Cell], row: Row) -> Optional[Tuple[Row, Row]]:
        """Two rows a converter put into one Markdown row, each cell holding both rows' values one
        per line ("| 4.保护第三方合法权益<br>5.属于三类内部事务信息 | 1<br>0 | 0<br>0 | … |": pymupdf4llm):
        two labels of consecutive rows of a table in one cell, apart by a wide gap (the ``<br>`` made
        spaces, no bar between), then twice the rows' numbers, the first row's and the second's in
        turn. The two rows, each with its numbers; None for any other row."""
        a, b = label_cells
        gap = self.text[a.span.end:b.span.start] if self.text else ""
        if len(gap) < _BREAK_GAP or gap.strip(" \t\u3000\xa0"):
            return None
        nums = [v for v in values if v.kind != BLANK]
        if any(v.kind != NUMBER for v in nums):
            return None
        for ea in self.index.lookup(a.text)[0]:
            if ea.kind != "row":
                continue
            t = self.fmt.table(ea.table)
            keys = [r.key for r in t.rows]
            at = keys.index(ea.key) if ea.key in keys else -1
            if not 0 <= at < len(keys) - 1 or not any(
                    eb.kind == "row" and eb.table == ea.table and eb.key == keys[at + 1]
                    for eb in self.index.lookup(b.text)[0]):
                continue
            n = len(t.columns_of(t.rows[at]))
            if len(t.columns_of(t.rows[at + 1])) != n or len(nums) != 2 * n:
                return None
            return Row((a,) + tuple(nums[0::2]), row.span), Row((b,) + tuple(nums[1::2]), row.span)
        return None

    def _side_by_side(self, values: Sequence[Cell]) -> int:
        """Where, among a row's cells after its label, a second row starts: a cell that is exactly
        a row's label of a blocks table (表二's 行政许可 after 规章's three numbers), after a number, and
        followed by its cells (numbers, placeholders or blanks) only. 0 when none: a row's cells are its
        numbers (a word among them that is no such label splits nothing)."""
        seen_number = False
        for i, v in enumerate(values):
            kind = v[2]
            if kind in (NUMBER, PLACEHOLDER) or kind == TEXT and _a_count(v[0]):
                # (a count with its unit, "120件", is a number: a page that wrote units into cells)
                seen_number = True
            elif kind == TEXT and seen_number and i + 1 < len(values):
                entries, typo, _ = self.index.lookup(v[0])
                if (entries and not typo and all(e.kind == "row" and e.note is None for e in entries)
                        and all(self.fmt.table(e.table).layout == "blocks" for e in entries)
                        and all(w[2] in (NUMBER, PLACEHOLDER, BLANK) or w[2] == TEXT and _a_count(w[0])
                                for w in values[i + 1:])):
                    return i
        return 0

    def _added_total(self, e: _Entry, cell: Cell, prefix: str, section) -> bool:
        """A totals row added at the bottom of the table being read ("合计 | 160" under 表二's blocks):
        a bare 合计/总计/小计 with no enumerator, read in a table of the same section that has no
        such row, is that table's (noted "unofficial": V501 says so once), not another table's
        total row (表三's （七）总计, which would take the context, and C203 its cells). Under
        表三, or written （七）总计, it is 表三's."""
        ctx = self.context
        if (ctx is None or e.table == ctx or prefix or e.kind not in ("row", "column")
                or L.norm(cell.text) not in _TOTAL_WORDS or self.sections_of.get(ctx) != section
                or any(L.norm(r.label.text) in _TOTAL_WORDS for r in self.fmt.table(ctx).rows)):
            return False
        self._note("unofficial", ctx, None, None, cell.text, "", cell.span, section)
        self._see(ctx, cell.span, section)
        return True

    def _lookalike_first(self, label_cells: List[Cell], values: Sequence[Cell]) -> Tuple[List[Cell], Sequence[Cell]]:
        """A row's first number misread as letters ("规章  O  0  0": a letter O for 0) in a layout
        whose cells stand apart by spaces went into the label, which then was no label ("规章  O",
        V502) and the row a number short (C203): two findings for one character. When the label
        without that word is a label as written, the word is the row's first cell (not a number:
        C204 says so once). A letter further on takes the numbers before it into the label too
        ("…申请  0  0  0  0  0  O  0"): they are the row's first cells."""
        cell = label_cells[-1]
        m = _LOOKALIKE.search(cell.text)
        s = cell.span
        if m is None or s.line != s.end_line:
            return label_cells, values
        head = cell.text[:m.start()]
        entries, typo, prefix = self.index.lookup(head)
        # (the label as written, its enumerator too: "2.其他" is no "3.其他" whose words were cut)
        mark = re.sub(r"\W", "", prefix)
        if typo or not any(e.kind == "row" and (not mark or re.sub(r"\W", "", e.prefix) == mark) for e in entries):
            return label_cells, values
        whole, whole_typo, _ = self.index.lookup(cell.text)
        if whole and not whole_typo:
            return label_cells, values
        label, *words = _split_lookalike(cell, m)
        return label_cells[:-1] + [label], tuple(words) + tuple(values)

    def _glued_first(self, label_cells: List[Cell], values: Sequence[Cell]) -> Tuple[List[Cell], Sequence[Cell]]:
        """A row's first number run into its label by a lost gap, the label not written as the
        format's ("2.其他法律和行政法规禁止公开0": the layout splits a glued number off an official
        label only) and the row one number short for it: V502 for a label ending in "0" and C203 for
        the short row, two findings for one gap. When the label without its last digits is a row's
        label (a typo of it too: V502 says so once) and the row then has exactly its table's number
        of values, the digits are the row's first cell."""
        cell = label_cells[-1]
        m = _TRAILING_DIGITS.search(cell.text)
        if m is None or cell.span.line != cell.span.end_line:
            return label_cells, values
        whole, whole_typo, _ = self.index.lookup(cell.text)
        if whole and not whole_typo:
            return label_cells, values
        entries, _, prefix = self.index.lookup(cell.text[:m.start()])
        rows = [e for e in entries if e.kind == "row"]
        if not rows or any(v.kind not in (NUMBER, PLACEHOLDER) for v in values):
            return label_cells, values
        e = self._pick(rows, prefix)
        plan = self.index.row_plan(e.table, e.key)
        if plan is None or len(values) + 1 != len(plan[2]):
            return label_cells, values
        label = Cell(cell.text[:m.start()], _piece_span(cell, 0, m.start()), TEXT)
        return label_cells[:-1] + [label], (make_cell(m.group(), _piece_span(cell, m.start(), m.end())),) + tuple(values)

    def _added_cell(self, full: tuple, cell: Cell, section) -> bool:
        """Is ``cell``, a line of words alone right after a row bound with a number for each
        column (``full``), that row's cell of a column its head added at the end (表三's 备注:
        "含网上申请" after 一、本年新收…'s seven numbers, a copy that put each cell on a line)? Then
        the added column is noted (once), as when a row carries it on its line."""
        table = full[0]
        if not self.extra_heads or any(ch in _DIGITS for ch in cell.text) or self.index.lookup(cell.text)[0] \
                or self.index.heads(cell.text):
            return False
        t = self.fmt.table(table)
        spec = t.row(full[1])
        block = tuple(c.key for c in t.columns_of(spec))
        extra = self.extra_heads.get((table, block))
        if extra is None or min(extra[0]) < len(block):
            return False
        if (table, block) not in self.extra_said:
            self.extra_said.add((table, block))
            self._note("extra_column", table, None, None, "\n".join(c.text for c in extra[1]), "",
                       extra[1][0].span, extra[2])
        return True

    def head_a_cell_a_line(self, blocks, k: int) -> List[Cell]:
        """The cells of a table's head row copied one cell a line (a paragraph each), from
        ``blocks[k]``, when it holds a word the format does not have: "申请人情况 / 自然人 /
        法人或其他组织 / 总计 / 上年总计 / 商业企业 … 其他" (表三 with an added column, its head rows run
        together). Read a line at a time, the added word's place among the columns is lost and
        every row's extra number is unplaced (C200 for each row); read as one row, the head sets
        it aside (:meth:`_extra_heads`). The run: short lines without a digit, the first a table's
        marker word, at least two naming its columns exactly, every one a word of that table or
        one its author could add. And a part's head of a matrix cut by its columns (表三 in three
        tables): its marker line and the part's column names ("（本列数据的勾稽关系…）" / "自然人"), or,
        in the table being read, lines of nothing but its column names ("商业企业" … "其他"; "总计"):
        read as one row each, the part's columns are known (:attr:`last_head`). Empty when there
        is no such run (most reports: nothing changes)."""
        b = blocks[k]
        if not isinstance(b, Paragraph) or len(b.text) > 40:
            return []
        tables = self.index.heads(b.text)
        if len(b.text) > 12 and not tables:
            return []
        if not tables:
            # (a part's head, the table cut by its columns: "自然人" alone, then "商业企业 … 其他", then
            # "总计", each over its rows; in the table being read, a line a column's name)
            if self.context is None or self.fmt.table(self.context).layout != "matrix":
                return []
            entries, typo, _ = self.index.lookup(b.text)
            if typo or not entries or any(e.kind != "column" or e.table != self.context for e in entries):
                return []
            tables = (self.fmt.table(self.context),)
        t = tables[0]
        run: List[Cell] = []
        columns = added = 0
        for x in blocks[k:]:
            if x is not b and (not isinstance(x, Paragraph) or len(x.text) > 12 or any(ch in _DIGITS for ch in x.text)):
                break
            entries, typo, _ = self.index.lookup(x.text)
            mine = [e for e in entries if e.table == t.key]
            if mine and not typo:
                columns += any(e.kind == "column" for e in mine)
            elif x is b or self.index.heads(x.text):
                pass
            elif self._added_word(t, x.text):
                added += 1
            else:
                break
            run.append(Cell(x.text, x.span, TEXT))
        if not self.index.heads(b.text):
            return run if columns == len(run) else []
        if not added and len(run) > 1 and columns == len(run) - 1 and t.layout == "matrix":
            return run  # (a part's head under the table's marker line: "（本列数据的勾稽关系…）" / "自然人")
        return run if added and columns >= 2 else []

    def is_row_label(self, text: str) -> bool:
        """Is ``text`` exactly (no typo) a row label of the table being read?"""
        entries, typo, _ = self.index.lookup(text)
        return not typo and any(e.kind == "row" and e.table == self.context for e in entries)

    def _is_header(self, label_cells: Sequence[Cell]) -> bool:
        """A row of column names (自然人 | 法人或其他组织 | 总计) rather than a labelled data row; a
        cell of names apart by spaces is read name by name ("商业企业 科研机构 … 其他": a part's head
        of 表三 typed as a table for each group of columns, in a copy whose tabs became spaces), and
        then only names written exactly count (pieces of names a narrow cell wrapped, "年制发件数
        年废止件数 …" under "2024 年本 …", are no head of misspelt names)."""
        columns = rows = 0
        cells = _split_header_cells(self.index, label_cells)
        split = cells is not label_cells
        for c in cells:
            entries, typo, prefix = self.index.lookup(c.text)
            if not entries or split and typo:
                continue
            if not prefix and any(e.kind == "column" for e in entries):
                columns += 1
            else:
                rows += 1
        return columns > 0 and columns >= rows

    def _label_note(self, e: _Entry, cell: Cell, typo: Optional[str], section):
        if e.note in ("outdated", "foreign"):
            # an explicit outdated alias names its successor; another format's own label has none
            self._note("outdated", e.table, e.key if e.kind != "column" else None,
                       e.key if e.kind == "column" else None, cell.text,
                       e.official if e.note == "outdated" else "", cell.span, section)
        elif typo and not _cut_in_its_brackets(cell.text, e.official):
            # the official label as it would be written here: with its enumerator if one was written
            written_prefix = L.split_prefix(cell.text)[0]
            expected = e.prefix + e.official if written_prefix and e.prefix else e.official
            self._note("typo", e.table, e.key if e.kind != "column" else None,
                       e.key if e.kind == "column" else None, cell.text, expected, cell.span, section)

    def _check_header(self, t: TableSpec, label_cells: Sequence[Cell], section):
        """Read a head row of ``t``: its notes, and which columns it names in what order. Memoised
        (in the label index) by the table, the cells' texts and the table and group being read (all
        it reads but the cells' places) when it noted nothing: then all it does is remember the
        columns named and their order, which the memo repeats."""
        self._extra_heads(t, label_cells, section)
        if t.layout == "blocks" and (self.foreign_head or self.index.other_columns):
            self.foreign_head[t.key] = self._foreign_columns(t, label_cells)
        key = (t.key, tuple([c.text for c in label_cells]), self.context, self.group)
        plans = self.index.head_rows
        plan = plans.get(key)
        if plan is not None:
            named, order = plan
            if named is not None:
                self.named_columns.setdefault(t.key, set()).update(named)
                self._remember_head(t.key, named)
            if order is not None:
                self.column_order[t.key] = order
            return
        notes = len(self.notes)
        plan = self._read_header(t, label_cells, section)
        if plan[0] is not None:
            self._remember_head(t.key, plan[0])
        if len(self.notes) == notes:
            if len(plans) >= _PLAN_ENTRIES:
                plans.clear()
            plans[key] = plan

    def _remember_head(self, table: str, named: frozenset):
        """The columns the head being read names (:attr:`last_head`): a head over several rows names
        those of all its rows, read with no row of the table between them ("自然人 | 法人或其他组织"
        over "商业企业 | 科研机构 | 社会公益组织": a part of 表三 split by its columns, the rest under a
        head of their own)."""
        rows = len(self.rows[table])
        if self.last_head_rows.get(table) == rows:
            named = self.last_head.get(table, frozenset()) | named
        self.last_head[table] = named
        self.last_head_rows[table] = rows

    def _foreign_columns(self, t: TableSpec, label_cells: Sequence[Cell]) -> frozenset:
        """The keys of the columns a block's head row names, when every column it names (exactly)
        is another format's without counterpart in this one ("信息内容 | 上一年项目数量 | 本年增/减" in
        a 2021 report); empty when it names none, or any of this format's (处理决定数量, an outdated
        name of 本年处理决定数量)."""
        keys = set()
        for c in _split_header_cells(self.index, label_cells):
            entries, typo, _ = self.index.lookup(c.text)
            columns = [e for e in entries if e.kind == "column"]
            if not columns:
                continue
            if typo or any(e.note != "foreign" or e.table != t.key for e in columns):
                return frozenset()
            keys.update(e.key for e in columns)
        return frozenset(keys)

    def _extra_heads(self, t: TableSpec, label_cells: Sequence[Cell], section):
        """:meth:`_read_extra_heads`, memoised (in the label index) for a matrix's or a one-row
        table's head that added nothing, by the table and the cells' texts: all that reading of
        it looks at but the cells' places, which are kept only for the columns found (a block's
        head reads the cells' places and the head before it, and is read each time)."""
        if t.layout == "blocks":
            self._read_extra_heads(t, label_cells, section)
            return
        key = (t.key, tuple([c.text for c in label_cells]))
        nothing = self.index.no_extra_heads
        if key not in nothing and not self._read_extra_heads(t, label_cells, section):
            if len(nothing) >= _PLAN_ENTRIES:
                nothing.clear()
            nothing.add(key)

    def _read_extra_heads(self, t: TableSpec, label_cells: Sequence[Cell], section) -> bool:
        """A head row that names the official columns and adds some of its own: last year's figures
        beside this year's (上年新制发件数, 上年总计), a 备注. The added cells are no misspelt column
        (each official column is named exactly, once) and their rows' numbers are no column's: their
        positions are remembered, and a row of exactly the official columns plus them binds the
        official ones (:meth:`_without_extra`). Evidence, for each layout: in a block's head (表二's
        "信息内容 | …") the cells after the first that are not the block's columns, before or after
        them, when the block's every column is named exactly once; in a matrix's or a one-row
        table's head (表三, 表四), the cells after the row's last official column (总计), when that
        is named exactly and the added cells name no column of the table. Nothing is remembered
        for a head of nothing but official names (most), a word of a format (a group's, a row's,
        a table's marker, 小计/合计: :meth:`_read_header`'s) or a piece of a broken name. True
        when it remembered added columns."""
        cells = _split_header_cells(self.index, label_cells)
        if t.layout == "blocks":
            # (a head on one line, its words apart: in a cell of its own, or after the caption's
            # cells, "第二十条第 | （一）项 | 信息内容   上年新制发件数   本年制发件数 …")
            cells = _block_head_words(cells)
            # (a block's caption run into its head row, "第二十条第（一）项 | 信息内容 | …", where a
            # copy dropped the caption row's empty cells: the head starts at its last marker word;
            # a caption a narrow cell broke over two lines, "第二十条第" / "（一）项", is one word)
            lead = 0
            while lead < len(cells) - 1:
                n = next((n for n in range(1, _CAPTION_PIECES + 1) if lead + n < len(cells) and self.index.heads(
                    "".join(c.text for c in cells[lead:lead + n]))), None)
                if n is None:
                    break
                lead += n
            cells = cells[max(lead - 1, 0):]
        elif t.layout in ("matrix", "single_row") and _words_apart(label_cells):
            cells = _head_words_in_bands(cells, self._misspelt_name)
        if len(cells) < 2:
            return
        exact = []  # per cell: the keys of the columns of ``t`` it names exactly (总计: several in 表四)
        for c in cells:
            entries, typo, _ = self.index.lookup(c.text)
            # (a column's name in the 2019 trial format, "处理决定数量", names it: that table's own columns
            # beside it, "上一年项目数量 | 本年增/减", are added ones, :meth:`_added_word`)
            exact.append(frozenset(e.key for e in entries if e.kind == "column" and e.table == t.key
                                   and e.note in (None, "outdated")) if entries and not typo else frozenset())
        if t.layout == "blocks":
            if self.blocks_head is not None and not self.index.heads(cells[0].text) and not any(len(k) > 1 for k in exact):
                table, before, line = self.blocks_head
                self.blocks_head = None
                if table == t.key and cells[0].span.line == line + 1:
                    # the rest of the block's head on the next line ("信息内容 | 本年制发件数 | 本年废止件数"
                    # over "现行有效件数 | 上年新制发件数": a copy wrapped at 24 characters): read whole
                    self._extra_heads(t, tuple(before) + tuple(cells), section)
                    if self.added_heads:  # (a cell of the first line now known added: no misspelt column)
                        self.notes = [n for n in self.notes if not (n.kind == "typo" and n.span in self.added_heads)]
                    return
            if any(len(k) > 1 for k in exact) or exact[0]:
                return
            self.blocks_head = (t.key, cells, cells[-1].span.end_line)
            exact = [next(iter(k)) if k else None for k in exact]
            years = [_year_qualified(c.text) for c in cells]
            if not any(exact) and any(y for y, _ in years[1:]):
                # both years side by side, each head naming its year: the latest year's are this
                # report's (last year's beside them for comparison), the others added
                latest = max(y for y, _ in years[1:] if y)
                for i, (y, name) in enumerate(years[1:], 1):
                    if y == latest:
                        entries, typo, _ = self.index.lookup(name)
                        keys = {e.key for e in entries if e.kind == "column" and e.table == t.key}
                        exact[i] = next(iter(keys)) if not typo and len(keys) == 1 else None
            named = [k for k in exact if k is not None]
            block = next((b for b in self.index.blocks_by_size(t)
                          if set(named) <= set(b) and len(set(named)) == len(named) and len(b) - len(named) <= 1),
                         None)
            if block is None or not named:
                return
            missing = [k for k in block if k not in named]
            if missing:
                # one official column misspelt (本年度止件数): the cell that misspells it, and no
                # other, is that column's (V502 says so); the rest may be added
                typos = [i for i, c in enumerate(cells) if i and exact[i] is None and self._misspells(t, c.text, missing[0])]
                if len(typos) != 1:
                    return
                exact[typos[0]] = missing[0]
            region = list(zip(cells[1:], exact[1:]))
            if [k for _, k in region if k is not None] != list(block):
                return  # (the block's columns in another order: not read here)
            added = [(i, c) for i, (c, k) in enumerate(region) if k is None]
        elif t.layout == "single_row":
            # (its columns have no labels of their own to look up: the words of their names, the
            # groups' and results', and the table's markers, are its head's words)
            cols = t.columns_of(t.rows[0])
            words = self.index.single_words(t)
            if len(cells) == 1 and len(cells[0].text.split()) > 2:
                cells = _spaced_words(cells[0])  # (a head on one line, its words apart)
            at = max((i for i, c in enumerate(cells) if L.norm(c.text) in words), default=None)
            if at is None:
                return
            block = tuple(c.key for c in cols)
            # (its last group, 复议后起诉: an added column after it in its head row, the rows under
            # it after that when the head rows ran together)
            ends = {L.norm(w) for w in cols[-1].label.text.split("·")[:-1]}
            run = cells[at + 1:] or self._added_inside(
                cells, lambda c: L.norm(c.text) in ends, lambda c: L.norm(c.text) in words)
            added = [(len(block) + j, c) for j, c in enumerate(run)]
        else:
            last = t.columns[-1].key
            # (the last column named, or the word over all the columns, 申请人情况, not the first
            # cell: a column added beside it in the head's first row, 备注 spanning the head rows)
            markers = {L.norm(m) for m in t.markers}
            at = max((i for i, (c, k) in enumerate(zip(cells, exact)) if last in k or i and L.norm(c.text) in markers),
                     default=None)
            if at is None:
                return
            block = tuple(c.key for c in t.columns)
            ats = {i for i, k in enumerate(exact) if last in k}
            run = self._added_inside(
                cells, lambda c: c in [cells[i] for i in ats],
                lambda c: any(e.table == t.key for e in self.index.lookup(c.text)[0]) or bool(self.index.heads(c.text))) \
                or cells[at + 1:]
            added = [(len(block) + j, c) for j, c in enumerate(run)]
        if not added or any(not self._added_word(t, c.text) for _, c in added):
            return
        self.extra_heads[(t.key, block)] = (tuple(i for i, _ in added), tuple(c for _, c in added), section)
        self.added_heads.update(c.span for _, c in added)
        return True

    @staticmethod
    def _added_inside(cells: Sequence[Cell], ends, is_word) -> Sequence[Cell]:
        """The cells a head row added after the table's last column (or group), when the head
        rows ran together into one and the deeper rows' names follow them ("… 复议后起诉 | 备注 |
        结果维持 … 总计"; "… 总计 | 上年总计 | 商业企业 … 其他"): the run of cells that are no word of the
        table right after a cell ``ends`` accepts, followed by nothing but the table's words."""
        for i in range(1, len(cells)):
            if ends(cells[i - 1]) and not is_word(cells[i]):
                k = i
                while k < len(cells) and not is_word(cells[k]):
                    k += 1
                if k < len(cells) and all(is_word(c) for c in cells[k:]):
                    return cells[i:k]
        return ()

    def _misspelt_name(self, c: Cell) -> bool:
        """Is ``c`` a misspelling of a label of the formats?"""
        entries, typo, _ = self.index.lookup(c.text)
        return bool(entries) and bool(typo)

    def _misspells(self, t: TableSpec, text: str, key: str) -> bool:
        """Is ``text`` a misspelling of ``t``'s column ``key`` (and of no other label)?"""
        entries, typo, _ = self.index.lookup(text)
        return bool(typo) and bool(entries) and all(e.kind == "column" and e.table == t.key and e.key == key
                                                     for e in entries)

    def _added_word(self, t: TableSpec, text: str) -> bool:
        """Can ``text`` head a column a table's author added: words (no number), not a word of the
        format (a table's marker, a group's or row's label, a column of ``t`` it misspells: those
        are read as the format's), not 小计/合计 of a matrix or blocks (:meth:`_read_header` reads them)."""
        year, name = _year_qualified(text)
        plain = "".join(name.split())
        if year is not None:  # (another year's figures of a column: added, as the caller found)
            return any(e.kind == "column" and e.table == t.key for e in self.index.lookup(plain)[0])
        if not plain or not any("\u4e00" <= ch <= "\u9fff" for ch in plain) or any(ch.isdigit() for ch in plain):
            return False
        if L.norm(plain) in ("小计", "合计"):
            return t.layout == "single_row"  # (a one-row table's after its groups, 表四's "行政复议 | 行政诉讼 | 合计")
        if self.index.heads(plain):
            return False
        if _BRACKETED.fullmatch(plain) and self.index.by_label.get(L.norm(plain)):
            return False  # (a format's word in brackets, "申请人情况 (总计)": a converter's heading naming it)
        entries, typo, _ = self.index.lookup(plain)
        if not entries:
            return True
        if not typo and all(e.kind == "column" and e.note == "foreign" for e in entries):
            return True  # a column of the other format's ("上一年项目数量", "本年增/减" in a 2021 report)
        # a misspelt column is one only when no column of the table is named exactly already
        # (the caller checked they are): "上年新制发件数" beside 本年制发件数
        return typo is not None and all(e.kind == "column" for e in entries)

    def _without_extra(self, table: str, col_keys: Tuple[str, ...], values: Sequence[Cell], n: int) -> Sequence[Cell]:
        """A row's cells without those of the columns its head added (:meth:`_extra_heads`), when
        it has exactly the official columns plus them (blank cells at its ends aside); noted
        once for the table's block ("extra_column": V501 says it). Otherwise ``values``."""
        extra = self.extra_heads.get((table, col_keys))
        if extra is None:
            return values
        positions, heads, section = extra
        trimmed = list(values)
        want = n + len(positions)
        while len(trimmed) > want and trimmed[0].kind == BLANK:
            trimmed.pop(0)  # (a label column's empty cell before the numbers: a merged label's)
        while len(trimmed) > want and trimmed[-1].kind == BLANK:
            trimmed.pop()
        if len(trimmed) != want:
            # (a one-number block of 表二 under a head whose cells span to the added column, "信息内容 |
            # 本年处理决定数量 | | | 备注" over "行政许可 | 120 | | | 含登记类": its filled cells, the number where the
            # official column stands and the words where the added one does, are the row)
            dense = [v for v in values if v.kind != BLANK]
            if len(dense) != want or not all(v.kind == NUMBER for i, v in enumerate(dense) if i not in positions):
                return values
            trimmed = dense
        elif trimmed[0].kind == BLANK and min(positions) >= n and any(trimmed[i].kind == NUMBER for i in positions):
            # an empty cell before the numbers (a merged label's column) and a number where the added
            # column stands: the row has the official columns only, after that cell (a part of the
            # table drawn without the added column: its continuation under its head repeated)
            return trimmed[1:]
        if (table, col_keys) not in self.extra_said:
            self.extra_said.add((table, col_keys))
            self._note("extra_column", table, None, None, "\n".join(c.text for c in heads), "",
                       heads[0].span, section)
        return [v for i, v in enumerate(trimmed) if i not in positions]

    def _read_header(self, t: TableSpec, label_cells: Sequence[Cell], section) -> tuple:
        """:meth:`_check_header` in full: (the positions of the columns named, for a matrix; the
        columns' order when they are named in another, or None)."""
        label_cells = _split_header_cells(self.index, label_cells)
        if t.layout == "blocks":
            # (a block's head whose names a narrow cell wrapped over lines at their columns: its
            # names put together, as :meth:`_read_extra_heads` reads them, not each piece a
            # misspelt name, "本年收费金" / "额（单位：" / "万元）")
            words = _spaced_head_words(label_cells)
            names = _head_words_by_column(words)
            if len(names) < len(words) and not any(_HEAD_GAP.search(c.text) for c in names):
                label_cells = names  # (not when pieces of two names a gap apart went onto one: two blocks side by side)
        elif t.layout == "matrix" and _words_apart(label_cells):
            label_cells = _head_words_in_bands(label_cells, self._misspelt_name)
        norms = [L.norm(c.text) for c in label_cells]
        for word in ("小计", "合计"):
            if word in norms and t.layout == "matrix" and word not in {L.norm(c.label.text) for c in t.columns} \
                    and not _names_the_total(word, norms, t):
                # a subtotal column the official table does not have: where it stands among the
                # numbers, counted from the first column label in this header row
                first = next((i for i, c in enumerate(label_cells)
                              if any(e.kind == "column" for e in self.index.lookup(c.text)[0])), None)
                if first is not None:
                    first_key = next(e.key for e in self.index.lookup(label_cells[first].text)[0]
                                     if e.kind == "column")
                    keys = [c.key for c in t.columns]
                    base = keys.index(first_key) if first_key in keys else 0
                    order = self.column_order.get(t.key)
                    if order is not None and order[0] == 0 and order[1][0] == len(keys) - 1 and first_key in keys:
                        base = 0 if base == len(keys) - 1 else base + 1  # (总计 drawn first: the others one place on)
                    at = norms.index(word)
                    # (a subtotal before the first column named in this row pushes that column right)
                    self.extra_column[t.key] = base + at - first + (1 if at < first else 0)
                    cell = label_cells[norms.index(word)]
                    self._note("unofficial", t.key, None, word, cell.text, "", cell.span, section)
        named: List[int] = []
        keys = [c.key for c in t.columns]
        for c in label_cells:
            entries, typo, prefix = self.index.lookup(c.text)
            if not entries:
                continue
            e = self._pick(entries, prefix)
            if e.kind == "column":
                if typo and c.span in self.added_heads:
                    continue  # a column the author added (上年新制发件数), no misspelt one
                self._label_note(e, c, typo, section)
                if e.table == t.key and e.key in keys:
                    named.append(keys.index(e.key))
        positions = order = places = None
        if t.layout == "matrix":  # (总计 is a row's label too: any column meaning counts here)
            places = [[keys.index(e.key) for e in self.index.lookup(c.text)[0]
                       if e.kind == "column" and e.table == t.key and e.key in keys] for c in label_cells]
            positions = frozenset(k for ks in places for k in ks)
            self.named_columns.setdefault(t.key, set()).update(positions)
        # (only the inner columns: a header that names 自然人 · 法人或其他组织 · 总计 and then the
        # sub-columns on one line is the two header rows run together, in the official order)
        if (t.layout == "matrix" and len(named) >= 2 and len(set(named)) == len(named) and named != sorted(named)
                and sorted(named) == list(range(min(named), max(named) + 1))
                and min(named) > 0 and max(named) < len(keys) - 1):
            order = self.column_order[t.key] = (min(named), named)
        elif t.layout == "matrix" and len(keys) > 2 and _total_first([ks[0] for ks in places if ks], len(keys)):
            # the last column (总计) named first, the others after it in their order ("总计 | 自然人 | 法人或其他组织"
            # over "商业企业 | …": a table drawn with its total first): each number under the column it names (the
            # numbers were read in the official order, 总计 as 自然人 … and 其他 as 总计, voices57u)
            order = self.column_order[t.key] = (0, [len(keys) - 1] + list(range(len(keys) - 1)))
        return positions, order

    def _bind(self, e: _Entry, cell: Cell, values: Sequence[Cell], row: Row, section):
        plan = self.index.row_plan(e.table, e.key)
        if plan is None:  # a foreign row (another format's): noted, not bound
            return
        t, spec, cols, col_keys = plan
        if self.again is not None and self._second_copy(t.key, section):
            return
        n = len(cols)
        skip = self.extra_column.get(t.key) if self.extra_column else None
        if skip is not None:
            # (and the columns a head added besides, a 备注 after 总计: the row's cells are the
            # official columns, the 小计 and those, when the remark is filled in)
            added = self.extra_heads.get((t.key, col_keys)) if self.extra_heads else None
            wide = n + 1 + (len(added[0]) if added else 0)
            trimmed = list(values)
            while len(trimmed) > n + 1 and trimmed[-1].kind == BLANK:
                trimmed.pop()
            while len(trimmed) > n + 1 and trimmed[0].kind == BLANK:
                trimmed.pop(0)
            if len(trimmed) in (n + 1, wide):  # an unofficial 小计 column the header announced
                values = trimmed[:skip] + trimmed[skip + 1:]
        if self.extra_heads and len(values) > n:
            values = self._without_extra(t.key, col_keys, values, n)
        if len(values) == n:  # (most rows: their cells are the columns, what align() returns)
            aligned, surplus = values, 0
        else:
            aligned, surplus = align(values, n)
        only = self._named_only(t, cols, values, row.span, section) if t.key in self.named_columns else None
        part = ""
        if only is None and len(values) != n and self.last_head:
            values, part = self._first_part(t, cols, values)
        if only is not None:
            aligned = only
        order = self.column_order.get(t.key) if self.column_order else None
        if order is not None and len(cols) == len(t.columns) and only is None:
            aligned = _under_named_columns(aligned, *order)  # (the columns in the order the header names them)
        first = self.rows[t.key].get(spec.key)
        if first is not None and self.lost_parts and (t.key, spec.key) in self.lost_parts:
            return  # (another part of a row its first part could not place: said once there)
        if first is not None and self.short_rows:
            cut = self.short_rows.get((t.key, spec.key))
            filled = [v for v in values if v.kind != BLANK]
            if cut is not None and filled and cut[0] and (cut[0][0].kind == BLANK or cut[0][-1].kind == BLANK):
                # (the first part's empty cells before its numbers or after them: a label column's
                # cells of a merged label, a grid's padding; a part's columns are its numbers)
                kept = list(cut[0])
                while kept and kept[-1].kind == BLANK:
                    kept.pop()
                while kept and kept[0].kind == BLANK:
                    kept.pop(0)
                cut = (tuple(kept), cut[1])
            head = self.last_head.get(t.key)
            if cut is not None and filled and head is not None and self.short_heads.get((t.key, spec.key)) == head:
                # the row again under the same part's head: a page that repeats the head (and the
                # rows under it) after a page break; not the next part's numbers
                if [v.text for v in cut[0][-len(filled):]] == [v.text for v in filled]:
                    return
                cut = None
            if cut is not None and not filled and not any(v.kind != BLANK for v in values):
                # the row's label alone on its line in this part, its numbers on the next (a copy
                # a cell a line): they join the first part's when they come
                self.label_again = (e, cell, row, section)
                return
            if cut is not None and filled and len(cut[0]) + len(filled) == n:
                # the rest of a "short" row: 表三 cut between its columns (its last columns on the
                # next page, under their own head) — the row whole, its columns known again
                del self.short_rows[(t.key, spec.key)]
                self.notes = [x for x in self.notes
                              if not (x.kind == "short" and x.table == t.key and x.row == spec.key)]
                del self.rows[t.key][spec.key]
                before, first_row = cut
                self._bind(e, cell, tuple(before) + tuple(filled),
                           Row(first_row.cells + row.cells, first_row.span), section)
                return
            if cut is not None and filled and len(cut[0]) + len(filled) < n and all(
                    v.kind in (NUMBER, PLACEHOLDER) or _a_count_cell(v) for v in filled):
                # a middle part: 表三 split into a table for each group of columns (自然人; the five
                # 法人或其他组织 columns; 总计), each row in each; the row waits for its last part
                before, first_row = cut
                self.short_rows[(t.key, spec.key)] = (tuple(before) + tuple(filled),
                                                      Row(first_row.cells + row.cells, first_row.span))
                self.short_heads[(t.key, spec.key)] = head
                # (the row short of its part's columns: its line wrapped, the rest may follow; the
                # first part's row, bound "short", is no row to go on)
                self.short = None
                if head is not None and len(filled) < len(head):
                    self.part_short = (e, cell, section, len(head) - len(filled))
                return
        if first is not None:
            absent = [c for c in cols if first.cells[c.key].state == ABSENT]
            filled = [v for v in values if v.kind != BLANK]
            if absent and len(filled) == len(absent) and absent == list(cols[len(cols) - len(absent):]):
                # the rest of a row whose first copy stopped short: a table cut between its columns
                # (表三's last columns on the next page, under their own head)
                cells = dict(first.cells)
                for c, v in zip(absent, filled):
                    cells[c.key] = _bound_cell(t.key, spec.key, c.key, v, row.span, c.kind or spec.kind, c.unit)
                self.rows[t.key][spec.key] = first._replace(cells=cells)
                return
            if not any(c.state == VALUE for c in first.cells.values()) and \
                    any(v is not None and v.kind == NUMBER for v in aligned):
                # the first copy held no number ("总计" in a converter's head row over the columns,
                # "- -" under it): this one is the row, and what was said of the first is not
                del self.rows[t.key][spec.key]
                self.notes = [x for x in self.notes if not (x.table == t.key and x.row == spec.key)]
                self._bind(e, cell, values, row, section)
                return
            if self._begins_again(t, spec.key):
                # (the table's second copy: its rows are not read; the same figures, maybe the first
                # row a page repeats with the head: a second copy when the next row is read again too)
                if not _same_figures(values, first):
                    self.again = (t.key, section)
                    self.copies[t.key].append(row.span.start)
                else:
                    self.maybe_again = (t.key, section)
                return
            if L.norm(L.split_prefix(cell.text)[1]) == L.norm(e.official) and any(
                    x.kind == "typo" and x.table == t.key and x.row == spec.key for x in self.notes):
                # the first copy's label only looked like the row's ("8上年结转6": a chart's tick
                # labels run into its legend before the table); this one is written as the format's
                del self.rows[t.key][spec.key]
                self.notes = [x for x in self.notes if not (x.table == t.key and x.row == spec.key)]
                self._bind(e, cell, values, row, section)
                return
            # the row a second time: the first counts; numbers that differ are noted (C207), when
            # both labels are written alike (a misspelt label matched onto this row is its typo's
            # business, not a second copy of the row)
            mine = [v.text if v is not None else "" for v in aligned]
            theirs = [first.cells[c.key].text if c.key in first.cells else "" for c in cols]
            if mine != theirs and (not first.label or L.norm(L.split_prefix(cell.text)[1])
                                   == L.norm(L.split_prefix(first.label)[1])):
                self._note("duplicate", t.key, spec.key, None, " ".join(x or "□" for x in mine),
                           " ".join(x or "□" for x in theirs), row.span, section)
            return
        tk, rk = t.key, spec.key
        bound = {}
        if only is None and self.foreign_head and self.foreign_head.get(tk):
            theirs = self.index.other_columns.get((tk, rk), ())
            filled = [v for v in values if v.kind != BLANK]
            if filled and len(filled) != n and all(v.kind == NUMBER for v in filled) and any(
                    len(k) == len(filled) and set(k) <= self.foreign_head[tk] for k in theirs):
                # the row's numbers are exactly its columns in another format, which its block's
                # head names and this format has no counterpart for (2019's 行政事业性收费 ·
                # 上一年项目数量 · 本年增/减 in a 2021 report): they are none of this format's columns,
                # which the row lacks; its cells are of another meaning (V501 says the template is old)
                for c in cols:
                    bound[c.key] = _bcell((tk, rk, c.key, ABSENT, None, "", row.span))
                self.other_rows.add((tk, rk))
                self.rows[tk][rk] = _brow((tk, rk, cell.text, row.span, bound, section))
                self._see(tk, row.span, section)
                self.short = self.full = None
                return
        if only is None:
            # (not loose, a row of at least as many cells as columns is placed: the unplaceable
            # test's first answer)
            # (a bar closing every line of the table closes this one too: it is no empty cell)
            vs = values[:-1] if 2 < len(values) <= n and values[-1].kind == BLANK and self._closed(values, row) \
                else values
            kind = "short" if part == "part" else "overfull" if part else (
                (self._unplaceable(vs, n, row) if self.loose or 0 < len(vs) < n else "")
                or (_overfull(values, n) if surplus else ""))
            if kind:
                # a blank cell left no trace, or a number too many: the numbers are known, not their columns
                for c in cols:
                    bound[c.key] = _bcell((tk, rk, c.key, UNPLACED, None, "", row.span))
                filled = [v for v in values if v.kind != BLANK]
                self._note(kind, tk, rk, None, " ".join(v.text or "□" for v in (vs if kind == "short" else filled)),
                           str(len(self.last_head[tk]) if part == "over" else len(cols)),
                           filled[0].span.to(filled[-1].span), section)
                if part == "over":
                    self.lost_parts.add((tk, rk))
                if kind == "short":
                    self.short_rows[(tk, rk)] = (tuple(vs), row)
                    self.short_heads[(tk, rk)] = self.last_head.get(tk)
                if kind == "overfull" and len(filled) == 2 * len(cols):
                    self.doubled.append((e, cell, tuple(filled[:len(cols)]), row, section))
                aligned, surplus = (), 0
        plain = not surplus and skip is None and only is None and order is None and len(aligned) == n
        for c, ck, v in zip(cols, col_keys, aligned):
            if v is not None:
                text, vspan, kind, value = v
                if kind == NUMBER and text.isdigit():  # most cells: a whole number
                    bound[ck] = _bcell((tk, rk, ck, VALUE, value, text, vspan))
                    continue
            plain = False
            bound[ck] = _bound_cell(tk, rk, ck, v, row.span, c.kind or spec.kind, c.unit)
        if plain:
            self.plain = (tk, rk, col_keys, cell, values)
        self.rows[tk][rk] = _brow((tk, rk, cell.text, row.span, bound, section))
        self._see(tk, row.span, section)
        # a row with fewer cells than columns may go on on the next line (a hard wrap)
        # (or none at all: a label that filled its line, "2.申请人逾期…申请" over "0 0 0 0 0 0 0")
        # (a row of as many numbers as a head naming only some columns names may go on too)
        self.short = (e, cell, tuple(values), row, section) if len(values) < len(cols) else None
        self.full = (t.key, spec.key, values) if not surplus and len(aligned) == len(cols) \
            and all(v is not None and v.kind == NUMBER for v in aligned) else None
        if surplus:
            extra = [v for v in values if v.kind != BLANK][len(cols):]
            span = extra[0].span if extra else row.span
            if extra and all(v.kind == PLACEHOLDER for v in extra):
                return  # (marks in the cells a template leaves blank, "行政许可 | 0 | —— | ——": no surplus)
            self._note("extra", t.key, spec.key, None, " ".join(v.text for v in extra),
                       "", span, section)

    def _named_only(self, t: TableSpec, cols, values: Sequence[Cell], span: Span, section) -> Optional[list]:
        """A table whose head names only some of its columns, its first and its last among them (a
        township that left out the columns it had no applicants for: 自然人 · 商业企业 · 总计): a row
        of exactly that many numbers fills those columns, the others are absent — noted once
        ("dropped"), so that the table is not unreadable for them (C203 names them once)."""
        named = self.named_columns.get(t.key)
        if (not named or len(named) < 2 or len(named) >= len(cols) or len(cols) != len(t.columns)
                or 0 not in named or len(cols) - 1 not in named):
            return None
        filled = [v for v in values if v.kind != BLANK]
        if len(filled) != len(named):
            return None
        if not any(n.kind == "dropped" and n.table == t.key for n in self.notes):
            self._note("dropped", t.key, None, None, " ".join(c.key for i, c in enumerate(cols) if i not in named),
                       "", span, section)
        out: List[Optional[Cell]] = [None] * len(cols)
        for i, v in zip(sorted(named), filled):
            out[i] = v
        return out

    def _first_part(self, t: TableSpec, cols, values: Sequence[Cell]) -> Tuple[Sequence[Cell], str]:
        """A row of a table's first part, 表三 split into a table for each group of columns, whose
        head names its first columns only (自然人 alone): (its numbers, "part") when they are exactly
        that many, the empty cells around them set aside — a grid's row pads its label column (a
        merged label's second cell: "一、本年新收… | | 10"); a row read off a line of text (cells apart
        by spaces) left no trace of a blank, but the head says which columns it has. The row is then
        short by the columns the parts after it hold (:meth:`_bind` waits for them). (values, "over")
        when they are more numbers than the part's columns but fewer than the table's: which is
        whose cannot be told, the row is said once ("overfull") and its other parts join nothing —
        placed from the first column, its later parts would each be a row a second time. Any other
        row is as it was, (values, ""): a head that names more, or not from the first column, or a
        row with words among its numbers is no part's."""
        named = self.last_head.get(t.key)
        if not named or len(cols) != len(t.columns) or not values:
            return values, ""
        k = len(named)
        if not 0 < k < len(cols) or named != frozenset(range(k)):
            return values, ""
        at, end = 0, len(values)
        while at < end and values[at].kind == BLANK:
            at += 1
        while end > at and values[end - 1].kind == BLANK:
            end -= 1
        inner = values[at:end]
        if not all(v.kind in (NUMBER, PLACEHOLDER) or _a_count_cell(v) for v in inner):
            return values, ""
        if len(inner) == k:
            return tuple(inner), "part"
        if k < len(inner) < len(cols) and all(v.kind == NUMBER or _a_count_cell(v) for v in inner):
            return tuple(inner), "over"
        return values, ""

    def _unplaceable(self, values: Sequence[Cell], n: int, row: Row) -> str:
        """Fewer numbers than columns, none blank: where the blank cell was cannot be told.

        "unplaced" in a row whose cells stand apart by spaces or one per line (or that a reader
        read off a line of text: ``loose_rows``): a blank cell leaves no trace there. "short" in a
        row whose cells stand apart by tabs or bars: an empty cell would have left two separators
        in a row, or one at the end, and there is none: a cell was left out, or two numbers ran
        together ("2\t0" written "20"). Putting the gap at the end would be a guess, and every
        sum through the shifted numbers would fail on it. "" when the row's cells are placed."""
        if row.span.line in self.loose:
            return "unplaced" if 0 < sum(1 for v in values if v.kind != BLANK) < n else ""
        if not 0 < len(values) < n or not self.text:
            return ""
        blank = any(v.kind == BLANK for v in values)
        cells = row.cells
        text = self.text
        for a, b in zip(cells, cells[1:]):
            gap = text[a.span.end:b.span.start]
            if "\n" not in gap and ("\t" in gap or "|" in gap or "｜" in gap):
                return "short" if self._parted(values, row) else ""
        return "" if blank else "unplaced"

    def _parted(self, values: Sequence[Cell], row: Row) -> bool:
        """A tab- or bar-separated row whose numbers are all there to see: its numbers stand apart
        by the separators, and nothing but blanks follows the last one on its line (a separator
        at the end is an empty cell the reader may have dropped: the gap's place is known)."""
        # (an empty cell between two numbers is in its place; the one the row lacks is not; a
        # single number after the label, "政府集中采购\t56.3" or "（七）总计\t13", is any column's)
        if (not values or values[0].kind != NUMBER or values[-1].kind != NUMBER
                or any(v.kind not in (NUMBER, BLANK) for v in values)):
            return False
        rest = self._after(values[-1])
        if rest not in ("", "|", "｜") or rest and not self._closed(values, row):
            return False
        for a, b in zip(values, values[1:]):
            gap = self.text[a.span.end:b.span.start]
            if "\n" in gap and not gap.strip():
                continue  # (a row's line wrapped between two numbers: the break stands apart as a tab does)
            if "\n" in gap or not ("\t" in gap or "|" in gap or "｜" in gap):
                return False
        return True

    def _closed(self, values: Sequence[Cell], row: Row) -> bool:
        """A row whose line ends in a bar right after its last number, in a table whose lines all
        end so (the line above too: "自然人 | 法人或其他组织 | 总计 |"; or the line below, where a
        converter made each row a table of its own under a heading, "## 表二…" / "| 规章 | 0 | 0 |" /
        "|---|---|---|"): the bar closes the line, as a border does; it does not open an empty cell
        after the number."""
        text = self.text
        filled = [v for v in values if v.kind != BLANK]
        if not filled or not text:
            return False
        if self._after(filled[-1]) not in ("|", "｜"):
            return False
        start = text.rfind("\n", 0, row.span.start)
        if start > 0 and text[text.rfind("\n", 0, start) + 1:start].rstrip(" \u3000").endswith(("|", "｜")):
            return True
        end = text.find("\n", filled[-1].span.end)
        if end < 0:
            return False
        below = text.find("\n", end + 1)
        return text[end + 1:below if below >= 0 else len(text)].rstrip(" \u3000\r").endswith(("|", "｜"))

    def _after(self, cell: Cell) -> str:
        """What stands after ``cell`` on its line, spaces taken off."""
        last = cell.span.end
        end = self.text.find("\n", last)
        return (self.text[last:] if end < 0 else self.text[last:end]).strip(" \u3000")

    def _continue_part(self, part_short: tuple, values: Sequence[Cell], row: Row) -> bool:
        """Numbers alone on a line after a middle part's row that had fewer than its part's head
        names (表三 typed as a table for each group of columns, a text hard-wrapped at a fixed width:
        "1.申请人无正当理由…申请\t0\t0\t0" / "0\t0" under the five 法人或其他组织 columns): they are
        that row's rest, which waits for its last part as before. False when they are not exactly
        the numbers the part lacks."""
        e, cell, section, lacking = part_short
        key = (e.table, e.key)
        cut = self.short_rows.get(key)
        filled = [v for v in values if v.kind != BLANK]
        if cut is None or len(filled) != lacking or not all(v.kind in (NUMBER, PLACEHOLDER) or _a_count_cell(v)
                                                            for v in filled):
            return False
        before, first_row = cut
        t = self.fmt.table(e.table)
        n = len(t.columns_of(t.row(e.key)))
        together = tuple(before) + tuple(filled)
        if len(together) > n:
            return False
        joined = Row(first_row.cells + tuple(values), first_row.span)
        if len(together) < n:
            self.short_rows[key] = (together, joined)
            return True
        # (the part was the last: the row is whole)
        del self.short_rows[key]
        self.notes = [x for x in self.notes if not (x.kind == "short" and x.table == e.table and x.row == e.key)]
        del self.rows[e.table][e.key]
        self._bind(e, cell, together, joined, section)
        return True

    def _continue_short(self, values: Sequence[Cell], row: Row):
        """Numbers alone on a line after a row that had too few: the row's line was wrapped (a
        text hard-wrapped at a fixed width). They complete that row when they fit in it."""
        e, cell, before, first, section = self.short
        t = self.fmt.table(e.table)
        cols = t.columns_of(t.row(e.key))
        # (an empty cell between two numbers of the first line is in its place: it stays, as the
        # row's other cells do; only blanks at its ends are the layout's)
        inner = list(before)
        while inner and inner[0].kind == BLANK:
            inner.pop(0)
        while inner and inner[-1].kind == BLANK:
            inner.pop()
        together = tuple(inner) + tuple(v for v in values if v.kind != BLANK)
        if len(together) > len(cols) and self.extra_heads:
            # (the rest of the row brings the cell of a column its head added: 上年总计's)
            together = tuple(self._without_extra(t.key, tuple(c.key for c in cols), together, len(cols)))
        if len(together) > len(cols):
            self.short = None
            return
        del self.rows[t.key][e.key]
        # (the short row's "unplaced" note goes: its numbers are complete now)
        self.notes = [n for n in self.notes if not (n.kind in ("unplaced", "short") and n.table == t.key and n.row == e.key)]
        self._bind(e, cell, together, Row(first.cells + tuple(values), first.span.to(row.span)), section)

    def _take_held(self, row: Row) -> Row:
        """The row after numbers held alone: when it is a label alone (exactly one of the table
        being read, not yet bound), the numbers are its own, set above it ("0 0 0 0 0 0 0" over
        "6.属于四类过程性信息": a cell taller than its numbers); otherwise they are settled as the
        rest of the row before them (:meth:`_overflow`)."""
        held, self.held = self.held, None
        filled = [c for c in row.cells if c.kind != BLANK]
        if filled and all(c.kind == TEXT for c in filled) and self.context:
            entries, typo, _ = self.index.lookup(filled[-1].text)
            e = None if typo else next((e for e in entries if e.kind == "row" and e.table == self.context), None)
            if e is not None and e.key not in self.rows[e.table]:
                numbers = tuple(c for c in held[1] if c.kind != BLANK)
                return Row(row.cells + numbers, row.span.to(held[2].span) if held[2].span.end > row.span.end
                           else row.span)
        self.full = held[0]
        self._overflow(held[1], held[2], followed=bool(filled) and not all(c.kind == TEXT for c in filled)
                       or self.index.heads("".join(c.text for c in filled if c.kind == TEXT)) != ())
        self.full = None
        return row

    def settle(self):
        """Numbers held alone with no row after them to take them (a note, the table's end)."""
        self.headless_part = None  # (text between: the numbers alone were no wrapped row's part)
        self.label_again = None
        self.part_short = None
        if self.held is not None:
            held, self.held = self.held, None
            self.full = held[0]
            self._overflow(held[1], held[2])
        self.full = None

    def _overflow(self, values: Sequence[Cell], row: Row, followed: bool = False):
        """Numbers alone on the line after a row that had a number for every column: a number
        its narrow cell wrapped ("…\t0\t1" over "3": 13 in 总计), whose cell cannot be told
        (any of the row's numbers may be the one broken), when no label alone after them takes
        them (:meth:`_take_held`) and they are fewer than the row's columns. The row is read as
        overfull, once (C200 for the row), rather than bound with one number cut short, which
        every sum through it would fail on. As many numbers as the row has columns may be a row's
        own, whose label the copy broke; not one number after a one-column row when a row with
        its own numbers, or a table's head, comes next (``followed``: "行政许可\t12" over "0" over
        "第二十条第（六）项", "行政处罚\t3" over "5" over "行政强制\t2"): no label is left to take it,
        and a narrative checked against the cut number would be a false N601."""
        if self.full is None:
            # (numbers alone after a head: no row's rest; perhaps a row's own, its label cell blank)
            if self.context is not None and self.context not in self.single:
                bound = self.rows[self.context]
                last = next(reversed(bound)) if bound else None
                self.unlabelled.append((self.context, last, values, row,
                                        bound[last].section if last else self.sections_of[self.context]))
            return
        tk, rk, before = self.full
        extra = [v for v in values if v.kind != BLANK]
        bound = self.rows[tk].get(rk)
        if bound is None or not extra or any(v.kind != NUMBER for v in extra):
            return
        if self.extra_heads:
            # the row's cell of a column its head added at the end (上年总计's), wrapped onto the
            # next line: the row keeps its numbers, the added column is noted
            t = self.fmt.table(tk)
            cols = tuple(c.key for c in t.columns_of(t.row(rk)))
            added = self.extra_heads.get((tk, cols))
            filled = [v for v in before if v.kind != BLANK] + extra
            if added is not None and min(added[0]) >= len(cols) and len(filled) == len(cols) + len(added[0]):
                self._without_extra(tk, cols, filled, len(cols))
                return
        if len(extra) >= len(bound.cells) and not (followed and len(extra) == len(bound.cells) == 1):
            # (as many numbers as the row has columns are a row's own, whose label the copy broke:
            # remembered, so that a table with rows whose labels stand without their numbers is
            # said to be unreadable once (:func:`_assess`) rather than those rows blank or missing)
            if len(extra) == len(bound.cells) > 1:
                self._note("orphan", tk, None, None, " ".join(v.text for v in extra), "",
                           extra[0].span.to(extra[-1].span), bound.section)
                self.unlabelled.append((tk, rk, values, row, bound.section))
            return
        filled = [v for v in before if v.kind != BLANK] + extra
        self.rows[tk][rk] = bound._replace(cells={k: c._replace(state=UNPLACED, value=None, text="")
                                                   for k, c in bound.cells.items()})
        self._note("overfull", tk, rk, None, " ".join(v.text for v in filled), str(len(bound.cells)),
                   filled[0].span.to(filled[-1].span), bound.section)

    def _unlabelled_rows(self):
        """A row whose label cell was left blank, its numbers there ("| 0 | 0 | 0" where 规章
        stands): the numbers alone, after a head or a row with a number for every column, are the
        row that comes next in the format's order when that row is read nowhere else, the numbers
        are exactly its columns', no other such numbers stand in the table (two would make the
        places guesses), its label cell holds no words ("行政规" / "范文" / "件" is a label the
        format has not: the row is missing), and its label is not read further down the table,
        apart from them. The row is there; only its name is not (not C202, "row missing")."""
        by_table: Dict[str, list] = {}
        for got in self.unlabelled:
            by_table.setdefault(got[0], []).append(got)
        for key, found in by_table.items():
            if len(found) != 1:
                continue
            _, last, values, row, section = found[0]
            t = self.fmt.table(key)
            keys = [r.key for r in t.rows]
            at = keys.index(last) + 1 if last in keys else 0 if last is None else len(keys)
            if at >= len(keys) or keys[at] in self.rows[key]:
                continue
            spec = t.rows[at]
            numbers = [v for v in values if v.kind != BLANK]
            if len(numbers) != len(t.columns_of(spec)) or any(v.kind != NUMBER for v in numbers):
                continue
            seen = self.spans[key]
            before = max((x.end for x in seen if x.end <= row.span.start), default=row.span.start)
            if last is not None and _WORDS.search(self.text, before, row.span.start):
                continue  # (words stand in its label cell, no label of the format's: not blank;
                # after a head, its lines stand there)
            end = max(x.end for x in seen) if seen else row.span.end
            if L.norm(spec.label.text)[:4] in L.norm(self.text[row.span.end:end]):
                continue  # (its label stands below, apart from its numbers: the places are not sure)
            e = next((e for e in self.index.lookup(spec.label.text)[0]
                      if e.kind == "row" and e.table == key and e.key == spec.key), None)
            if e is None:
                continue
            self.notes = [n for n in self.notes if not (n.kind == "orphan" and n.table == key)]
            s = numbers[0].span
            label = Cell("", Span(s.line, s.column, s.line, s.column, s.start, s.start), BLANK)
            self._bind(e, label, numbers, row, section)

    def _bind_collapsed(self, e: _Entry, cell: Cell, values, row: Row, section):
        """A group label row with numbers: decided in finish() — a subtotal when its sub-items are
        there too, the sub-items collapsed into one row when they are not."""
        if any(r.group == e.key for r in self.fmt.table(e.table).rows):
            self.group_rows.append((e, cell, row, section, any(v.kind == NUMBER for v in values)))
            self._see(e.table, row.span, section)

    def _start_single(self, t: TableSpec, row: Row, section):
        self.context = t.key
        self.group = None
        cells, span, where = self.single[t.key]
        if len(cells) >= self._width(t.key) and span is not None:
            # the table's head again after its row was read whole: a second copy of the table
            self.again = (t.key, None)
            self.copies[t.key].append(row.span.start)
            return
        self.again = None
        if span is None and where is None:
            self.single[t.key] = (cells, None, section)
        self._see(t.key, row.span, section)

    def _headless_single(self, values: Sequence[Cell], row: Row, section: int):
        """A row of numbers alone, no table's head read above it, in the section whose official
        title names a one-row table by all its marker words ("四、政府信息公开行政复议、行政诉讼情况":
        表四): that table's row, when the table is not yet started and the row holds exactly its
        columns' numbers (or two such rows one after the other hold them together: a text wrapped
        at its width). Its head was there but unreadable (a browser's print of narrow head cells
        interleaving two columns' pieces on one line, "行政复行政诉" / "议讼") or lost: the table
        is where it belongs, not missing (C201)."""
        t = self.index.section_tables.get(section)
        if t is None or self.single[t.key][0] or self.single[t.key][1] is not None:
            return
        width = self._width(t.key)
        if len(values) > width and all(v.kind == NUMBER for v in values[:width]) \
                and all(v.kind in (TEXT, PLACEHOLDER, BLANK) for v in values[width:]):
            # a remark after the row's numbers (a 备注 column's "无", its head unread with the rest):
            # a value past the table's last column is no column's; the numbers before it are the row
            values = values[:width]
        if any(v.kind != NUMBER for v in values):
            return
        part = self.headless_part if self.headless_part and self.headless_part[2] == section else None
        self.headless_part = None
        if part is not None and len(part[0]) + len(values) == width:
            # (the row wrapped at a text's width: its numbers on two lines, "1 0 0 … 1" / "0 0 0")
            self._start_single(t, part[1], section)
            self._take_numbers(t.key, part[0], part[1].span)
            self._take_numbers(t.key, values, row.span)
            return
        if len(values) < width and part is None:
            self.headless_part = (list(values), row, section)
            return
        if len(values) != width:
            return
        self._start_single(t, row, section)
        self._take_numbers(t.key, values, row.span)

    def _names_head(self, t: TableSpec, label_cells: Sequence[Cell]) -> bool:
        """Do ``label_cells`` name a one-row table's head, not just mention one of its words: a word
        of them is the name of a group or column of it ("行政复议 | 结果维持 …", flattened onto one
        line or not), they hold all its marker words ("附表3 政府信息公开行政复议、行政诉讼情况"), or
        they are such names run together and nothing else ("行政复议结果维持"). A row
        label of another table that holds one marker among other words ("政府信息公开行政复议（件）" in
        a comparison of years) does not."""
        words = self.index.single_words(t)
        if any(L.norm(w) in words for c in label_cells for w in c.text.split()):
            return True
        plain = "".join("".join(c.text.split()) for c in label_cells)
        if all(m in plain for m in t.markers):
            return True
        rest = L.norm(plain)  # (or its words run together, nothing else: "行政复议结果维持", a copy's pieces)
        for w in sorted(words, key=longest_first):
            rest = rest.replace(w, "")
        return not rest.strip("、|｜/()（）")

    def _only_its_words(self, t: TableSpec, label_cells: Sequence[Cell]) -> bool:
        """Are ``label_cells`` a one-row table's column names and nothing else (two or more of them)?"""
        words = self.index.single_words(t)
        names = [L.norm(w) for c in label_cells for w in c.text.split()]
        return len(names) >= 2 and all(n in words for n in names)

    def _width(self, table: str) -> int:
        t = self.fmt.table(table)
        return len(t.columns_of(t.rows[0]))

    def _part_names(self, t: TableSpec, text: str):
        """A caption or head row of a one-row table drawn in parts: a new part when numbers came
        since the last one's head; the column groups ``text`` names are the part's."""
        parts = self.parts.setdefault(t.key, [])
        taken = len(self.single[t.key][0])
        if not parts or parts[-1][0] < taken:
            parts.append([taken, set()])
        parts[-1][1].update(_named_groups(t, text))

    def _take_numbers(self, table: str, values: Sequence[Cell], span: Span):
        if self.again == (table, None):
            return  # (the numbers of the table's second copy)
        cells, seen, section = self.single[table]
        if table in self.head_after_numbers and values:
            self.interleaved.add(table)
        cells.extend(values)
        self.single[table] = (cells, span if seen is None else seen.to(span), section)

    def _columns_table(self, label_cells: Sequence[Cell]) -> Optional[str]:
        """The table whose column names a header row without context holds."""
        for c in label_cells:
            for e in self.index.lookup(c.text)[0]:
                if e.kind == "column":
                    return e.table
        return None

    def finish(self):
        self.settle()
        for e, cell, first, row, section in self.doubled:
            # twice the numbers, and the row after it in the format missing: the second half is
            # that row's, its label line lost ("1.属于国家秘密" 0 … 0 0 … 0, "2.其他法律…" gone).
            # The row keeps its own numbers; the missing row is the one finding (C202)
            t = self.fmt.table(e.table)
            keys = [r.key for r in t.rows]
            at = keys.index(e.key) if e.key in keys else -1
            if at < 0 or at + 1 >= len(keys) or keys[at + 1] in self.rows[t.key]:
                continue
            self.notes = [n for n in self.notes
                          if not (n.kind == "overfull" and n.table == t.key and n.row == e.key)]
            del self.rows[t.key][e.key]
            self._bind(e, cell, first, row, section)
        self._unlabelled_rows()
        for e, cell, row, section, figures in self.group_rows:
            subs = [r.key for r in self.fmt.table(e.table).rows if r.group == e.key]
            bound = self.rows[e.table]
            if not figures and any(k in bound for k in subs):
                continue  # ("（三）不予公开 | — | — | …" over its items: the group's label, its cells marked empty)
            if len(subs) > 1 and subs[0] not in bound and all(k in bound for k in subs[1:]):
                # the numbers of its first sub-item, whose label line was lost ("（四）无法提供" over
                # "2.没有现成信息…"): no subtotal, the one missing row says it (C202)
                continue
            if any(k in bound for k in subs):
                self._note("unofficial", e.table, e.key, None, cell.text, "", cell.span, section)
            else:
                self._note("collapsed", e.table, e.key, None, cell.text, e.official, cell.span, section)
        for key, (cells, span, section) in self.single.items():
            if not cells:
                if key not in self.blank_single:
                    continue
                cells, blank_span = self.blank_single[key]
                span = blank_span if span is None else span.to(blank_span)
            t = self.fmt.table(key)
            spec = t.rows[0]
            placed = _placed_parts(t, cells, self.parts.get(key, ())) if key not in self.interleaved else None
            if placed is not None:
                # parts drawn in another order than the official one, each naming its groups
                # ("行政诉讼 / 未经复议直接起诉 复议后起诉" then "行政复议"): each part's numbers under its groups
                cells = placed
                self.out_of_order.discard(key)
            if key in self.interleaved or key in self.out_of_order:
                kind = "interleaved" if key in self.interleaved else "parts_order"
                self._note(kind, key, spec.key, None, " ".join(v.text for v in cells), "", span, section)
                continue  # (not bound: :func:`_assess` says once that it cannot be read)
            cols = t.columns_of(spec)
            if self.extra_heads and len(cells) > len(cols):
                cells = self._without_extra(key, tuple(c.key for c in cols), cells, len(cols))
            order = self.single_order.get(key)
            if order is not None and len(cells) == len(cols):
                cells = _under_named_columns(cells, 0, order)
            aligned, surplus = align(cells, len(cols))
            rk = spec.key
            bound = {c.key: _bcell((key, rk, c.key, VALUE, v.value, v.text, v.span))
                     if v is not None and v.kind == NUMBER and v.text.isdigit()  # (a whole number, as _bind)
                     else _bound_cell(key, rk, c.key, v, span, c.kind or spec.kind, c.unit)
                     for c, v in zip(cols, aligned)}
            self.rows[key][spec.key] = BoundRow(key, spec.key, "", span, bound, section)
            self._see(key, span, section)
            if surplus:
                extra = [v for v in cells if v.kind != BLANK][len(cols):]
                if extra and all(v.kind == PLACEHOLDER for v in extra):
                    continue  # (marks in cells the template leaves blank: no surplus, as in _bind)
                self._note("extra", key, spec.key, None, " ".join(v.text for v in extra), "",
                           extra[0].span if extra else span, section)


def _under_named_columns(values: Sequence, at: int, named: Sequence[int]) -> list:
    """``values`` with those from ``at`` on moved under the columns a head names in another order than the
    format's (the k-th of them goes to column ``named[k]``)."""
    moved = list(values)
    for k, i in enumerate(named):
        moved[i] = values[at + k]
    return moved


def _total_first(places: Sequence[int], width: int) -> bool:
    """Does a matrix's head row name its last column (总计) first, then its first columns in their order
    (``places``: the place of the column each head cell names, in the head's order)?"""
    return len(places) >= 2 and places[0] == width - 1 and list(places[1:]) == list(range(len(places) - 1))


def _order_named(t: TableSpec, words: Sequence[Cell]) -> Optional[List[int]]:
    """Where each number of a one-row table goes when its head row names every column, its groups in
    the official order but the columns of a group in another ("总计 | 结果维持 | 结果纠正 | 其他结果 |
    尚未审结" under each of 表四's groups: the column i of the head is the format's column order[i]); None
    when the head names them in the official order, or not every one (its numbers stay in their order)."""
    cols = t.columns_of(t.rows[0])
    names = [L.norm(w.text) for w in words]
    if len(names) != len(cols):
        return None
    parts = [c.label.text.split("·") for c in cols]
    order: List[int] = []
    for i, name in enumerate(names):
        group = parts[i][:-1]
        k = next((k for k, p in enumerate(parts) if p[:-1] == group and L.norm(p[-1]) == name), None)
        if k is None or k in order:
            return None
        order.append(k)
    return None if order == list(range(len(cols))) else order


#: the most lines a block's caption wraps over in a narrow cell ("第二十条" / "第（一）" / "项")
_CAPTION_PIECES = 3


def _head_words_in_bands(cells: Sequence[Cell], misspelt) -> List[Cell]:
    """A matrix's head rows (表三's) or a one-row table's (表四's: "结果维   结果 …   复议   备注" / "持     纠正 …
    后起" / …) whose names narrow cells wrapped over lines at their columns,
    all in one row (pdftotext -layout: "自然人    法人或   总计   备注" / "其他组" / "织" / "商业企   科研
    社会 …" / "业     机构   公益 …" / "组织   机构"): each line's words apart by spaces; a line whose
    every word starts at the column of one of the words of the band above (a band of two words or
    more; one column off allowed) is that band's, each word joined onto that one ("法人或其他组织",
    "上年" + "总计"); any other line starts a band (the next head row: "商业企 科研 …"). ``cells``
    themselves when no word was joined, or a word ``misspelt`` (a cell's) is one. Read only for a
    head with words apart by spaces (:func:`_words_apart`)."""
    lines: Dict[int, List[Tuple[int, Cell]]] = {}
    for c in cells:  # (a cell the layout put together from lines, "（本列" + "数据的", is its first line's)
        words = _spaced_words(c) if c.span.line == c.span.end_line and _HEAD_GAP.search(c.text) else (c,)
        lines.setdefault(c.span.line, []).extend((w.span.column, w) for w in words)
    out: List[Cell] = []
    band: Dict[int, int] = {}  # a word's column → its place in out
    joined = False
    for n in sorted(lines):
        words = lines[n]
        # (a column further or nearer by one: a page's first line opens with pdftotext's form
        # feed, a character of its own, which the text reader makes a space)
        under = [next((band[a] for a in (at, at - 1, at + 1) if a in band), None) for at, _ in words]
        if len(band) >= 2 and None not in under and len(set(under)) == len(under):
            for k, (_, w) in zip(under, words):
                out[k] = Cell(out[k].text + w.text, out[k].span.to(w.span), TEXT)
            joined = True
            continue
        band = {}
        for at, w in words:
            band[at] = len(out)
            out.append(w)
    # (a name left in pieces, one misspelt: the pieces stood at other columns, "社会公益" over a
    # page break whose next page set out its columns anew; the head is not read this way)
    return out if joined and not any(map(misspelt, out)) else list(cells)


#: a gap between two of a head's words on one line
_HEAD_GAP = re.compile(r"[^ \u3000] {2,}[^ \u3000]")


def _words_apart(cells: Sequence[Cell]) -> bool:
    """Does a head row hold a line of words apart by spaces (a text copy's, pdftotext -layout's),
    not only cells of their own (a web page's, a Word table's)?"""
    return any(c.span.line == c.span.end_line and _HEAD_GAP.search(c.text) for c in cells)


def _spaced_head_words(cells: Sequence[Cell]) -> List[Cell]:
    """A block's head cells, a cell that holds the head's words apart by spaces cut into them."""
    return [w for c in cells for w in (_spaced_words(c) if len(c.text.split()) > 2 else (c,))]


def _block_head_words(cells: Sequence[Cell]) -> List[Cell]:
    """A block's head cells as names: :func:`_spaced_head_words`, and the lines of names a narrow
    cell wrapped put together by column (:func:`_head_words_by_column`)."""
    return _head_words_by_column(_spaced_head_words(cells))


def _head_words_by_column(cells: Sequence[Cell]) -> List[Cell]:
    """A block's head whose names wrapped over several lines in narrow cells, each line's words
    apart by spaces at their columns (pdftotext -layout: "信息内容   上年   本年 …" / "       新制
    制发 …" / "       发件   件数 …" / "       数"): each later line's words joined onto the first
    line's word that starts at the same column, the first line being the first of two words or
    more (a caption's pieces, a word a line, stay before it). ``cells`` themselves unless every
    later word starts where one of the first line's does."""
    lines: Dict[int, List[Cell]] = {}
    for c in cells:
        if c.span.line != c.span.end_line:
            return list(cells)
        lines.setdefault(c.span.line, []).append(c)
    order = sorted(lines)
    first = next((i for i, n in enumerate(order) if len(lines[n]) >= 2), None)
    if first is None or first == len(order) - 1:
        return list(cells)
    top = list(lines[order[first]])
    at = [c.span.column for c in top]
    for n in order[first + 1:]:
        for c in lines[n]:
            if c.span.column not in at:
                return list(cells)
            k = at.index(c.span.column)
            top[k] = Cell(top[k].text + c.text, top[k].span.to(c.span), TEXT)
    return [c for n in order[:first] for c in lines[n]] + top


def _spaced_words(cell: Cell) -> List[Cell]:
    """The words of a head cell that holds a whole head row, its cells apart by spaces (a head
    copied onto one line), each a cell of its own at its place."""
    return [Cell(m.group().replace(" ", ""), _piece_span(cell, m.start(), m.end()), TEXT)
            for m in _HEAD_WORD.finditer(cell.text)]


#: a word of a head copied onto one line: a year and the 年 after it, a space between, are one
#: ("2024 年本", the start of a column that names its year, as pdftotext -layout writes it)
_HEAD_WORD = re.compile(r"(?:(?:19|20)[0-9]{2} (?=年))?[^ \u3000]+")



def _split_header_cells(index: "_Index", cells: Sequence[Cell]) -> Sequence[Cell]:
    """Header cells a space-separated layout ran together ("信息内容 本年处理决定数量"), split
    at the spaces when the whole is no label but its parts are; and two column names with no
    gap left between them ("本年增/减处理决定数量"), split where both are names. Where a cell is
    cut depends on its text alone (:meth:`_Index.header_cuts`); ``cells`` themselves when none is."""
    out: Optional[List[Cell]] = None
    for i, c in enumerate(cells):
        cuts = index.header_cuts(c.text)
        if cuts is None:
            if out is not None:
                out.append(c)
            continue
        if out is None:
            out = list(cells[:i])
        if cuts[0] is None:  # two column names: the second runs to the cell's end
            s, at = c.span, cuts[1]
            out.append(Cell(c.text[:at], _piece_span(c, 0, at), TEXT))
            out.append(Cell(c.text[at:], Span(s.line, s.column + at, s.line, s.end_column, s.start + at, s.end),
                            TEXT))
            continue
        for at, pos in cuts:
            out.append(Cell(c.text[at:pos], _piece_span(c, at, pos), TEXT))
    return cells if out is None else out


def _header_cuts(index: "_Index", text: str) -> Optional[tuple]:
    """Where :func:`_split_header_cells` cuts a cell of ``text``: None (not at all), the pieces
    between spaces as (start, end) offsets, or (None, at) for two column names run together."""
    parts = text.split()
    if len(parts) > 1:
        entries, typo, _ = index.lookup(text)
        if not entries or typo:
            pos = 0
            pieces = []
            for part in parts:
                at = text.index(part, pos)
                pos = at + len(part)
                pieces.append((at, pos))
            if any(index.lookup(text[a:b])[0] for a, b in pieces):
                # (a name a narrow cell wrapped, its rest a piece of its own once flattened: "本年处理决定
                # 数量" is one column's name when it is exactly one and its first piece is none)
                k = 0
                while k + 1 < len(pieces):
                    (a, b), (c, d) = pieces[k], pieces[k + 1]
                    if not _exact_column(index, text[a:b]) and _exact_column(index, text[a:b] + text[c:d]):
                        pieces[k:k + 2] = [(a, d)]
                    k += 1
                return tuple(pieces)
    elif 4 <= len(text) <= 40:
        entries, typo, _ = index.lookup(text)
        if not entries or typo or all(e.note for e in entries):
            at = index.column_split(text)
            if at is not None:
                return (None, at)
    return None


def _exact_column(index: "_Index", text: str) -> bool:
    """Is ``text`` exactly a column's name (no typo: every piece tried is looked up exactly)?"""
    return any(e.kind == "column" and not e.note for e in index.by_label.get(L.norm(text), ()))


# ----------------------------------------------------------------------------------------
# sections

def _names_the_total(word: str, norms: Sequence[str], t: TableSpec) -> bool:
    """"合计" last in a header row that names the first column (自然人) and no "总计": the table's
    own total column, named another way (its numbers are the row totals), not a subtotal column
    added to the official ones (a "合计" after 其他 in the sub-columns' row is one); or "合计" right
    before the first sub-column (商业企业) in a head whose two rows a copy ran together."""
    first, total = L.norm(t.columns[0].label.text), L.norm(t.columns[-1].label.text)
    if word != "合计" or first not in norms or total in norms:
        return False
    if norms[-1] == word:
        return True
    # the two head rows run together (a copy that flattened them, or put a cell a line): "自然人 ·
    # 法人或其他组织 · 合计" then the sub-columns "商业企业 …", 合计 where 总计 stands in the official order
    at = norms.index(word)
    return first in norms[:at] and at + 1 < len(norms) and norms[at + 1] == L.norm(t.columns[1].label.text)


def _match_section(section: Section, fmt: FormatSpec, seen: int) -> Tuple[Optional[SectionSpec], str]:
    """Which official section a heading opens, and how well its title matches.

    An official title (or accepted variant) identifies the section whatever its numeral
    ("renumbered" when the numeral is wrong). Another title opens the section of its numeral only
    when that numeral comes next (``seen`` is the highest section so far); otherwise the heading is
    a sub-heading of the current section ("一、存在问题" inside 五), returned as (None, "subheading").
    """
    title = L.norm(section.title)
    for spec in fmt.sections:
        how = None
        if title.startswith(L.norm(spec.title)):
            how = "exact"
        elif any(title.startswith(L.norm(v)) for v in spec.variants):
            how = "variant"
        if how:
            return spec, how if spec.number == section.number else "renumbered"
    # the official words inside a longer title under the right numeral ("五、政府信息公开工作存在的
    # 主要问题及改进情况"): the same section in other words, an accepted variant
    for spec in fmt.sections:
        if spec.number == section.number and any(
                len(n) >= 6 and n in title for n in map(L.norm, (spec.title, *spec.variants))):
            return spec, "variant"
    if seen < section.number <= max(s.number for s in fmt.sections):
        return fmt.section(section.number), "different"
    return None, "subheading"


#: a group's enumerator ("（八）") and a sub-item's ("3."): a label under one is no label written under the other
_GROUP_MARK = lazy(PAREN)
_ITEM_MARK = lazy(ARABIC)


def _cut_in_its_brackets(text: str, official: str) -> bool:
    """Is the label ``text`` the official one cut short inside its note in brackets ("（二）部分公开（区分处理的，只计这一
    情形，不计": the rest, "其他情形）", a page break or a narrow cell's last line carried off)? A renderer cut it;
    nobody typed it so (no misspelt label, V502)."""
    words = L.split_prefix(text)[1]
    return (words.count("（") + words.count("(") > words.count("）") + words.count(")")
            and len(L.norm(words)) < len(L.norm(official)) and L.norm(official).startswith(L.norm(words)))


def _foreign_table(index: _Index, table: Table, section: Optional[int] = None) -> bool:
    """A table of the agency's own, no official one's: rows of a label and figures, its head a row of
    names, and no word in it the format knows but the few any table has ("其他", "合计": "申请内容类别 | 件数 |
    占比" over "房屋征收补偿 | 9 | 39.1%" … "其他 | 2 | 8.7%"). Read row by row, a label it shares with an official
    table ("其他", 表三's "3.其他") bound its figures there (voices50d: a false C207). One official word (a
    row's label, a column's name, a head's marker: "行政复议") makes it the format's, however few of its rows
    are read; but a head that names two years ("项目 | 2023年 | 2024年 | 增减") makes it a comparison of years,
    whatever its rows are named ("行政复议 | 0 | 1 | +1" started 表四: a false C200, voices53j), and so does a head
    of no official word in a ``section`` that holds no official table ("栏目 | 条数" over "行政许可 | 22" in 一、总体情况:
    the website's columns, read as 表二 before it, voices54c)."""
    rows = table.rows
    if len(rows) < 4:
        return False
    head = [c for c in rows[0].cells if c.kind != BLANK]
    if len(head) < 2 or any(c.kind != TEXT for c in head):
        return False
    labels = []
    for r in rows[1:]:  # (the first cell written: a pipe table's rows open with an empty one, "| 合计 | 339 |")
        k = next((k for k, c in enumerate(r.cells) if c.kind != BLANK), None)
        if k is not None and r.cells[k].kind == TEXT and any(c.kind == NUMBER for c in r.cells[k + 1:]):
            labels.append(r.cells[k].text)
    if len(labels) < 3:
        return False
    if sum(1 for c in head if _YEAR_NAME.fullmatch(c.text)) >= 2:
        return True  # a comparison of years ("项目 | 2023年 | 2024年 | 增减"), whatever its rows are named
    if section is not None and all(t.section != section for t in index.fmt.tables) and not any(
            index.lookup(c.text)[0] or index.heads(c.text) for c in head):
        return True  # the agency's own table in a section of prose, whatever its rows are named
    words = [c.text for r in rows for c in r.cells if c.kind == TEXT]
    return not any((index.lookup(w)[0] and L.norm(w) not in _ANY_TABLES_WORDS) or index.heads(w) for w in words)


def _label_around_its_numbers(binder: "_Binder", blocks, k: int) -> Optional[Tuple[Row, int, Tuple[Row, ...]]]:
    """The row of a label printed around its numbers (a borderless table's tall cell: the label's first
    line, a line of the row's numbers, the label's last line; a PDF's lines apart, "（二）部分公开（区分处理的，
    只计这一" / "0 0 0 0 0 0 0" / "情形，不计其他情形）"), when the two pieces together are a row's label of
    the table being read, and neither is one alone: (the row, the last block it took, the rows of a table
    after its pieces that are still to read); None otherwise."""
    if not binder.context or k + 1 >= len(blocks):
        return None
    first, numbers = blocks[k], blocks[k + 1]
    if not (isinstance(first, Paragraph) and isinstance(numbers, Table)) or len(first.text) > 40:
        return None
    values = [c for c in numbers.rows[0].cells if c.kind != BLANK]
    if values and values[0].kind == TEXT and len(values) > 1 and all(c.kind in (NUMBER, PLACEHOLDER) for c in values[1:]):
        # the last line beside the numbers ("其他处2.申请人逾期未按收费通知要" / "理求缴纳费用、…公开申请 0 … 0")
        rest, end, after, values = numbers.rows[0], k + 1, numbers.rows[1:], values[1:]
        tail = rest.cells[next(i for i, c in enumerate(rest.cells) if c.kind != BLANK)].text.strip()
        return _label_pieces_joined(binder, first, tail, rest, values, end, after)
    if not values or any(c.kind not in (NUMBER, PLACEHOLDER) for c in values):
        return None
    if len(numbers.rows) > 1:  # (the last line a row of the table the numbers open)
        rest, end, after = numbers.rows[1], k + 1, numbers.rows[2:]
    elif k + 2 < len(blocks) and isinstance(blocks[k + 2], Paragraph):
        rest, end, after = blocks[k + 2], k + 2, ()
    elif k + 2 < len(blocks) and isinstance(blocks[k + 2], Table):
        rest, end, after = blocks[k + 2].rows[0], k + 2, blocks[k + 2].rows[1:]
    else:
        return None
    if isinstance(rest, Paragraph):
        tail = rest.text.strip()
    elif all(c.kind in (TEXT, BLANK) for c in rest.cells):
        tail = next((c.text.strip() for c in reversed(rest.cells) if c.kind == TEXT), "")
    else:
        return None
    return _label_pieces_joined(binder, first, tail, rest, values, end, after)


def _label_pieces_joined(binder: "_Binder", first: Paragraph, tail: str, rest, values, end: int, after):
    """:func:`_label_around_its_numbers`' row of the label's first line ``first`` and its last ``tail``: the
    label from its (last) enumerator, a group's label merged down beside it wrapping too, its pieces before
    each of the label's lines ("度办（二）部分公开（…只计这" / 0 … 0 / "理结果 | 一情形，…）", "无法提2.没有现成信息
    需要另行制" / 0 … 0 / "供作": a character or three of the group's before the rest)."""
    if not tail or len(tail) > 40 or binder.is_row_label(tail):
        return None
    head = first.text.strip()
    opened = None
    for opened in _ENUMERATOR_IN.finditer(head):
        pass
    if opened is not None:
        head = head[opened.start():]
    if binder.is_row_label(head):
        return None
    for skip in range(min(_GROUP_PIECE + 1, len(tail))):
        whole = head + tail[skip:]
        if binder.is_row_label(whole):
            return Row((Cell(whole, first.span.to(rest.span), TEXT),) + tuple(values), first.span.to(rest.span)), end, after
    return None


#: the most characters of a group's label wrapped beside a row's label that stand before its last line
_GROUP_PIECE = 3


#: where a row's label opens, after a group's label's piece: "（二）", "1."
_ENUMERATOR_IN = lazy(r"[（(][一二三四五六七八九十]{1,2}[)）]|(?<![\d.])\d{1,2}[.．、](?!\d)")


_IDEOGRAPH = lazy(r"[\u4e00-\u9fff]")


def _label_piece(note: LabelNote) -> bool:
    """Is a misspelt row label's wording (:class:`LabelNote` "typo") a piece of the official one, or the
    official one with another's piece glued on: "（三）不予公", "度办理结果", "2.没有现成信息需要另行制"?"""
    found = L.norm(L.split_prefix(note.found)[1])
    official = L.norm(L.split_prefix(note.expected)[1])
    if not found or not official or found == official:
        return False
    if found in official:
        return True
    # (glued: another label's words with it, "三、（一）予以公开"; not a misread enumerator, "l.属于国家秘密")
    return official in found and _IDEOGRAPH.search(found.replace(official, "", 1)) is not None


def _same_figures(values: Sequence[Cell], first: BoundRow) -> bool:
    """Whether a row's ``values`` say what the bound row ``first`` says: the same figures, in order,
    blank cells aside."""
    mine = [t for t in (v.text.strip() for v in values if v.kind != BLANK) if t]
    theirs = [t for t in (c.text.strip() for c in first.cells.values() if c.state == VALUE) if t]
    return mine == theirs


#: a name that is a year: a column's ("2023年", "2024年度", "2024"; no official table has one: two in a head
#: row make a comparison of years, the agency's own table), or a row's of a one-row table ("2023年": its
#: figures of that year)
_YEAR_NAME = lazy(r"\s*((?:19|20)\d\d)\s*(?:年度?)?\s*(?:[（(][^）)]{1,6}[)）])?\s*")


#: the words any table may hold, an official one's or not ("其他", "合计"): no sign of the format's tables
_ANY_TABLES_WORDS = frozenset(("其他", "其它", "合计", "小计", "总计", "共计"))


def _opens_annex(blocks) -> bool:
    """Does a section's text open an annex: a line that heads one ("附件", "附表1：…"), or the
    report's closing (the agency's name on a line, the date alone on the next) with more after it
    (the closing that ends the report is no block of a section)?"""
    prev = None
    for b in blocks:
        if not isinstance(b, Paragraph):
            prev = None
            continue
        t = b.text
        if t.lstrip()[:1] == "附" and ANNEX_LINE.match(t):
            return True
        if prev is not None and DATE_LINE.fullmatch(t) and SIGNATURE_LINE.fullmatch(prev):
            return True
        prev = t
    return False


def _spaced_row_of_the_table(binder, b: Paragraph) -> bool:
    """Is the paragraph ``b`` one row of the table being read, typed with spaces: a label that is
    exactly one of the table's row labels, then its values (numbers or marks) and nothing else?"""
    cells = split_spaced(b.text, b.span)
    return (len(cells) >= 2 and cells[0].kind == TEXT and all(c.kind != TEXT for c in cells[1:])
            and binder.is_row_label(cells[0].text))


def _heading_row(section: Section, index: _Index, within: int) -> Optional[List[Cell]]:
    """The cells of a heading that is really a 表三 row ("四、结转下年度继续办理" on a line of its
    own, or with its numbers after it: "四、结转下年度继续办理 1 0 0 0 0 0 1"), else None.
    ``within``: the number of the section it stands in (:meth:`_Index.heading_row`)."""
    if not index.heading_row(section.heading, section.span, within):
        return None
    return _heading_cells(section.heading, section.span)


def _heading_cells(heading: str, span: Span) -> List[Cell]:
    """A heading's text as a row's cells: its label, then what stands apart by spaces."""
    cells = split_spaced(heading, span) or [Cell(heading, span, TEXT)]
    if cells[0].kind == TEXT and cells[0].text[-1:] in _LOOKALIKE_ENDS:
        # a letter O for 0 among its numbers ("四、结转下年度继续办理 1 0 0 0 0 O 1"): the label ran on
        # to the O; the words after the label are cells (C204 names the O)
        cells = _split_lookalike(cells[0]) + list(cells[1:])
    return cells


def _other_meaning(t: TableSpec, rows: Dict[str, BoundRow], notes: Sequence[LabelNote], index: "_Index",
                   other_rows: set) -> frozenset:
    """The cells of ``t`` bound by their place under a head that names, in that place, a column of
    another format's row with no counterpart in this one (a 2021 report on the 2019 trial template:
    本年新制作数量 · 本年新公开数量 · 对外公开总数量 over the numbers that bind as 本年制发件数 ·
    本年废止件数 · 现行有效件数; :attr:`_Index.other_places`); a place whose column this format has too
    (本年新制作数量, an outdated name of 本年制发件数) keeps its meaning. And every cell of a row bound as
    one of another format's columns only (``other_rows``, :meth:`_Binder._bind`: 2019's 行政事业性收费
    under 上一年项目数量 · 本年增/减)."""
    out = {(r.key, c.key) for r in t.rows if (t.key, r.key) in other_rows and r.key in rows
           for c in t.columns_of(r)}
    for n in notes:
        if n.kind == "outdated" and n.table == t.key and n.column and not n.expected:
            out.update(p for p in index.other_places.get((t.key, n.column), ()) if p[0] in rows)
    return frozenset(out)


def bind(report: Report, formats: Optional[Dict[str, FormatSpec]] = None,
         forced_format: Optional[str] = None) -> BoundReport:
    formats = formats or BUILTIN_FORMATS
    report = renumbered(contents_folded(report), formats)  # a table of contents; "（一）" numbering
    report, another = another_report_cut(report)  # (a 汇编: the first report is this one)
    facts = extract_facts(report)
    fmt, reason = detect_format(report, facts, formats, forced_format)
    binder = _Binder(fmt, formats, report.text, report.source.get("loose_rows") or ())
    binder.year = facts.year
    index = binder.index

    for block in report.front:
        if isinstance(block, Table) and not contents_table(block):  # (a contents page typed as rows: no table's)
            for row in block.rows:
                binder.row(row, None)

    bound_sections: List[BoundSection] = []

    def read_blocks(blocks, number):
        blocks = tuple(blocks)
        head_to = -1  # (paragraphs up to this one were read as one head row)
        for k, b in enumerate(blocks):
            if k <= head_to:
                continue
            around = _label_around_its_numbers(binder, blocks, k)
            if around is not None:
                # a label wrapped in a tall cell of a borderless table, its numbers in the middle of the
                # row: its first line, the numbers, its last line (voices54t: a false C202 on 表三)
                row, head_to, after = around
                binder.row(row, number)
                for r in after:  # (the rows of the table the numbers and the last line opened)
                    binder.row(r, number)
                continue
            cells = binder.head_a_cell_a_line(blocks, k)
            if cells:
                # a head row copied a cell a line, with a column of its own among them: one row
                head_to = k + len(cells) - 1
                binder.row(Row(tuple(cells), cells[0].span.to(cells[-1].span)), number)
                continue
            if isinstance(b, Table):
                if _foreign_table(index, b, number):
                    binder.settle()  # (a table of the agency's own: none of its rows is an official one's)
                    continue
                for row in b.rows:
                    binder.row(row, number)
            elif len(b.text) <= 40 and (binder.context and binder.is_row_label(b.text) or index.only_heads(b.text)
                                        or k + 1 < len(blocks) and isinstance(blocks[k + 1], Table)
                                        and index.part_caption(b.text, number)):
                # a row whose cells are all gone leaves only its label, on a line of its own; a
                # table's head read as a paragraph above the table ("行政复议行政诉讼": two cells
                # whose gap a PDF lost, a line the layout left out of the table); a caption in words
                # over a part of 表四 in its section, a table under it ("复议后起诉的行政诉讼情况"; over
                # prose, "行政复议情况" is the prose's heading)
                binder.row(Row((Cell(b.text, b.span, TEXT),), b.span), number)
            elif binder.context and len(b.text) <= 120 and _spaced_row_of_the_table(binder, b):
                # a row of the table typed with spaces among rows typed with tabs ("行政强制  2"
                # between two tabbed rows of 表二): one line the layout did not take for a row
                binder.row(Row(tuple(split_spaced(b.text, b.span)), b.span), number)
            elif (binder.short is not None or binder.full is not None or binder.context) and len(b.text) <= 40:
                # the rest of a wrapped row's numbers, alone on a line ("1", "0 0 1"), or of a number
                # its cell wrapped (binder.full: the row had a number for every column), or the
                # numbers of the label alone on the next line
                cells = split_spaced(b.text, b.span) or [make_cell(b.text, b.span)]
                if all(c.kind == NUMBER for c in cells):
                    binder.row(Row(tuple(cells), b.span), number)
                else:
                    binder.settle()
            else:
                binder.settle()  # (numbers after a note or a caption are no part of the row above)

    def fold(extra):
        prev = bound_sections[-1]
        bound_sections[-1] = BoundSection(prev.spec, prev.section, prev.title_match, prev.blocks + tuple(extra))

    seen = 0
    # an annex after the report (a line "附件" / "附表1：…", or the closing's name and date with the
    # report going on after them) captions its tables with the titles of the sections they belong
    # to ("一、主动公开政府信息情况" over 表二): such a caption names a section already read, and is no
    # second run of it; the annex ends where a section not yet read opens
    annex = False
    read_numbers = set()  # the sections bound so far
    # the sections a heading names by its official title, after each heading: a heading under the
    # same numeral in other words before it is a sub-heading ("一、总体情况" numbering its points
    # "一、主动公开" / "二、依申请公开情况" before "二、主动公开政府信息情况"), not that section opened twice;
    # and so is one whose next heading by an official title starts the numbering again, naming an
    # earlier section under a numeral no higher ("一、总体情况" / "二、工作机制保障" … "六、平台建设", then
    # the official parts numbered "一、主动公开政府信息情况" … "五、其他需要报告的事项": the first run is 一's
    # points; S103 names each misnumbered title, no section is there twice or out of order). A
    # heading inserted among the sections ("五、工作亮点" before "六、存在的主要问题…") numbers on: it stays.
    named: List[Tuple[int, int, int]] = []  # (where, numeral, section named) of the headings by official titles
    for at, section in enumerate(report.sections):
        spec, how = index.match_section(section, 0)
        if spec is not None and how in ("exact", "variant", "renumbered"):
            named.append((at, section.number, spec.number))
    for at, section in enumerate(report.sections):
        heading_cells = _heading_row(section, index, bound_sections[-1].number) if bound_sections else None
        if heading_cells is not None:
            # a 表三 row that looks like a heading: its numbers follow it on its line, or in the
            # first row of the table after it
            number = bound_sections[-1].number
            first_table = None
            if len(heading_cells) == 1 and binder.held is None:
                # (numbers held alone above it are its own: :meth:`_Binder._take_held`; a row's label
                # between it and the numbers, "三、本年度办理结果" / "（一）予以公开" / 0 0 …, takes them: the
                # heading is a group's label, whose rows follow it)
                first_table = section.blocks[0] if section.blocks and isinstance(section.blocks[0], Table) else None
            cells = tuple(heading_cells) + (first_table.rows[0].cells if first_table else ())
            binder.row(Row(cells, section.span), number)
            if first_table is not None:
                for r in first_table.rows[1:]:
                    binder.row(r, number)
            rest = [b for b in section.blocks if b is not first_table]
            read_blocks(rest, number)
            fold(rest)
            annex = annex or _opens_annex(rest)
            continue
        spec, how = index.match_section(section, seen)
        if annex and spec is not None and spec.number in read_numbers:
            # a caption in the annex: the table under it is read as its section's table
            fold((Paragraph(section.heading, section.span),) + section.blocks)
            binder.group = None
            binder.settle()
            binder.context = None
            read_blocks(section.blocks, spec.number)
            continue
        after = next(((n, k) for a, n, k in named if a > at), None)  # (the next heading by an official title)
        if how == "different" and after is not None and after[0] <= section.number and after[1] <= section.number:
            spec, how = None, "subheading"
        if spec is None and bound_sections:
            fold((Paragraph(section.heading, section.span),) + section.blocks)
            read_blocks(section.blocks, bound_sections[-1].number)
            annex = annex or _opens_annex(section.blocks)
            continue
        blocks = section.blocks
        # a heading that runs on into its first sentence: "六、其他需要报告的事项：本年度未收取…"
        if spec is not None and how != "different":
            rest = _heading_rest(section.title, (spec.title, *spec.variants))
            if rest:
                blocks = (Paragraph(rest, section.span),) + blocks
        bound_sections.append(BoundSection(spec, section, how if spec else "unknown", blocks))
        if spec is not None:
            seen = max(seen, spec.number)
            if spec.number not in read_numbers:
                read_numbers.add(spec.number)
                annex = False
        annex = annex or _opens_annex(section.blocks)
        binder.group = None
        binder.settle()
        binder.context = None  # a table does not run on past a section heading (nor does a row)
        read_blocks(section.blocks, spec.number if spec else section.number)
    binder.finish()

    tables = {}
    unread: Dict[str, Tuple[str, str]] = {}
    #: a PDF's pages that show a picture and have no text (scanned among text pages): what is not
    #: found may be on them, so nothing is reported missing; S100 says so once
    scanned = str(report.source.get("pages_scanned") or "")
    # (a copy of a table after the report's closing is an annex's: the prose speaks of the report's own)
    closing = facts.date_span.start if facts.date_span is not None and not facts.date_said else None
    assessed = {}
    for t in fmt.tables:
        spans = binder.spans[t.key]
        span = spans[0].to(max(spans, key=lambda s: s.end)) if spans else None
        # (the message names the line in the file: a flattened report's lines are layout's)
        assessed[t.key] = span, _assess(t, binder.rows[t.key], report.to_file(span), binder.notes,
                                        binder.named_columns.get(t.key),
                                        _numbers_unbound(report.text, span, binder.rows[t.key]))
    # the absent tables whose sections hold pictures or point to an attachment: told of together
    pictured = _pictured_sections([t for t in fmt.tables if assessed[t.key][1][0] == "absent"], bound_sections)
    for t in fmt.tables:
        rows = binder.rows[t.key]
        span, (status, zh, en) = assessed[t.key]
        if status == "absent":
            status, zh, en = _pictured(t, pictured)
        if status == "absent":
            status, zh, en = _attached(report.source)
        if status == "absent":
            status, zh, en = _unlaid(t, bound_sections)
        if status == "absent":
            status, zh, en = _words_run_together(t, bound_sections)
        if status == "absent":
            status, zh, en = _bare_heading(t, fmt.tables, bound_sections)
        if status == "bound" and t.layout == "matrix" and span is not None:
            status, zh, en = _labels_without_numbers(t, rows, report.text[span.start:span.end], span)
        held = _scanned_within(scanned, report, bound_sections, t.section) if scanned else ""
        if held and (status == "absent" or ((status == "bound" or status == "unreadable" and rows)
                                            and t.layout != "single_row" and any(r.key not in rows for r in t.rows))):
            # (rows missing where a page has no text layer are on that page, whatever else the rows read
            # show: a label cut by that page is one of its pieces; a table none of whose rows was read
            # keeps its own reason, a picture's)
            status, zh, en = _scanned(rows, t, held)
        tables[t.key] = BoundTable(t, rows, span, binder.sections_of[t.key], status, zh, en,
                                   _other_meaning(t, rows, binder.notes, index, binder.other_rows),
                                   sum(1 for at in binder.copies.get(t.key, ()) if closing is None or at < closing))
        if status == "unreadable":
            unread[t.key] = (zh, en)
    if not any(s.spec is not None for s in bound_sections):
        lines = report.text.count("\n")
        unread["sections"] = (
            f"全文{lines}行中没有找到“一、总体情况”至“六、其他需要报告的事项”中任何一个部分的标题"
            + (f"（找到{len(report.sections)}个其他编号标题）" if report.sections else ""),
            f"none of the six section headings (一、总体情况 … 六、其他需要报告的事项) was found in the "
            f"{lines} lines" + (f" ({len(report.sections)} other numbered headings)" if report.sections else ""))
    if scanned and "sections" not in unread:
        if _heading_may_be_on(scanned, report, bound_sections):
            unread["sections"] = unread["pages"] = (
                f"第{scanned}页没有文字层（是扫描的图片），其中的标题、文字和表格无法读取",
                f"page {scanned} has no text layer (a scanned image): its headings, text and tables cannot be read")
        else:  # (the headings on either side of it read: no missing section's can be on it)
            unread["pages"] = (f"第{scanned}页没有文字层（是扫描的图片），其中的文字和表格无法读取",
                               f"page {scanned} has no text layer (a scanned image): its text and tables cannot be read")
    return BoundReport(report, fmt, reason, tuple(bound_sections), tables, tuple(binder.notes), facts, unread, another)


def _heading_may_be_on(scanned: str, report: Report, sections: Sequence[BoundSection]) -> bool:
    """Whether a section's heading or the words the section checks read (五's, 六's) may be on one
    of the ``scanned`` pages (no text layer). Not when each such page lies between the pages of two
    consecutive sections' headings, both read, the first neither 五 nor 六: a page that holds only
    a table's picture inside 三 (a false S101 on a section missing elsewhere went unsaid, voices53l).
    Without the pages of the lines, any may."""
    found = _heading_pages(report, sections)
    if found is None:
        return True
    for p in (int(x) for x in re.findall(r"\d+", scanned)):
        before = [n for n, page in found.items() if page < p]
        after = [n for n, page in found.items() if page > p]
        if not before or not after:
            return True
        n, m = max(before), min(after)
        if m != n + 1 or n in (5, 6) or any(page == p for page in found.values()):
            return True
    return False


def _heading_pages(report: Report, sections: Sequence[BoundSection]) -> Optional[Dict[int, int]]:
    """The page each read section's heading is on (the first, for a number read twice), by the
    section's number; None when a heading's page is not known (no PDF, or a line of no page)."""
    origins = report.source.get("line_origins") or ()
    found: Dict[int, int] = {}
    for s in sections:
        if s.spec is None:
            continue
        line = s.section.span.line
        at = re.search(r"\d+", origins[line - 1]) if 0 < line <= len(origins) and origins[line - 1] else None
        if at is None:
            return None
        found.setdefault(s.spec.number, int(at.group()))
    return found


def _scanned_within(scanned: str, report: Report, sections: Sequence[BoundSection], number: int) -> str:
    """The ``scanned`` pages (no text layer) on which a part of section ``number``'s table may be: from
    the page of that section's heading to that of the next section's read after it. A page after a
    later section's heading holds none of it: a row missing from a table read on the pages before is
    missing (a false C200 "其余各行可能在…第6页上" on a row left out, the picture page holding 五 and
    六, voices57e). All of them when the pages of the headings are not known."""
    found = _heading_pages(report, sections)
    if not found or number not in found:
        return scanned
    later = [page for n, page in found.items() if n > number]
    first, last = found[number], min(later) if later else None
    return "、".join(p for p in re.findall(r"\d+", scanned) if first <= int(p) and (last is None or int(p) <= last))


def _labels_without_numbers(t: TableSpec, rows, text: str, span: Span) -> Tuple[str, str, str]:
    """A table read whole but for rows whose labels stand in it (their first twelve characters on a line of its text), their
    numbers not read with them (a PDF's cells centred down two lines: the label's halves on the lines
    above and below its numbers, which stand beside a piece of the group's label, "理 | 0 | 0 | …",
    voices56e): the rows are there, not missing (no C202); the table cannot be read for them (C200,
    once). A label found nowhere in the table's text stays missing."""
    missing = [r for r in t.rows if r.key not in rows]
    if not missing:
        return "bound", "", ""
    lines = {"".join(ln.split()) for ln in text.splitlines()}
    # (a short label, "（一）予以公开", only as a line's end, its enumerator with it: as words of other lines it
    # stands in many)
    def stands(r) -> bool:
        if len(r.label.text) >= 6:
            return any(r.label.text[:12] in ln for ln in lines)
        return bool(r.prefix) and any(ln.endswith(r.prefix + r.label.text) for ln in lines)
    printed = [r for r in missing if stands(r)]
    if not printed:
        return "bound", "", ""
    names = "；".join(r.prefix + r.label.text for r in printed)
    return ("unreadable", f"第{span.line}行起，表中写有“{names}”一行的标签，但没有读出它的数字（各行的文字与数字可能被拆开），"
                          f"无法确定各数字所属的行",
            f"from line {span.line}, the table has the label of the row “{names}” but its numbers were not read "
            f"with it (a row's words and numbers may have been split apart); which row each number belongs to cannot "
            f"be told")


def _scanned(rows, t: TableSpec, pages: str) -> Tuple[str, str, str]:
    """A table absent or with rows missing in a PDF with scanned pages: not read, not missing."""
    if not rows:
        return ("unreadable", f"没有读出这张表，它可能在没有文字层的第{pages}页上",
                f"it was not read; it may be on page {pages}, which has no text layer")
    return ("unreadable", f"只读出{len(rows)}行（共{len(t.rows)}行），其余各行可能在没有文字层的第{pages}页上",
            f"only {len(rows)} of its {len(t.rows)} rows were read; the others may be on page {pages}, which "
            f"has no text layer")


#: a paragraph that says the table is elsewhere ("（表格见附件）", "详见附表", "统计表见附件1"): no table's text
_POINTS_TO_ANNEX = lazy(r"[（(]?\s*(?:详见|见|参见)?\s*(?:统计)?(?:表格|报表|附表|统计表|各表|表)?\s*(?:详见|见|参见)\s*"
                        r"(?:附件|附表)\s*\d*\s*[)）]?\s*[。.]?")


#: a sentence that sends the reader to an attachment for the table ("2024年度主动公开政府信息情况详见附件统计表
#: （表一）。", "详见附件2：…统计表。"), the section's only words: the table is there
_POINTER = lazy(r"(?:详见|参见|请见|见)\s*(?:附件|附表)")
_POINTER_LENGTH = 80
#: a count in a sentence ("被申请行政复议2件，…，详见附件表3。"): the section's own account, pointing to the
#: annex for the details; the table missing from the annex is missing (C201)
_COUNTED = lazy(r"\d+\s*(?:件|条|个|项|次|人)")


def _pictured_sections(tables: Sequence[TableSpec], sections: Sequence[BoundSection]) -> Dict[int, Tuple[int, bool]]:
    """The sections of ``tables`` (absent ones) that hold a picture, or only a pointer to an attachment
    ("（表格见附件）"), and no table: their number → (the line of the first such paragraph, whether a
    picture)."""
    found = {}
    for number in sorted({t.section for t in tables}):
        own = [s for s in sections if s.spec is not None and s.spec.number == number]
        paragraphs = [p for s in own for p in s.paragraphs]
        pictures = [p for p in paragraphs if p.text == IMAGE]
        if pictures:
            found[number] = (pictures[0].span.line, True)
        elif paragraphs and all(_POINTS_TO_ANNEX.fullmatch(p.text.strip()) or (
                len(p.text.strip()) <= _POINTER_LENGTH and _POINTER.search(p.text) and not _COUNTED.search(p.text))
                for p in paragraphs):
            found[number] = (paragraphs[0].span.line, False)
    return found


def _pictured(t: TableSpec, pictured: Dict[int, Tuple[int, bool]]) -> Tuple[str, str, str]:
    """An absent table whose section holds a picture (a table published as an image), or says the
    table is in an attachment, is not missing: it cannot be read. The tables so placed are told of
    together (C200 says one thing once)."""
    if t.section not in pictured:
        return "absent", "", ""
    numbers = sorted(pictured)
    numerals = "、".join(section_numeral(n) for n in numbers)
    lines = "、".join(str(pictured[n][0]) for n in numbers)
    if all(pictured[n][1] for n in numbers):
        zh_what, en_what = "只有图片", "only a picture" if len(numbers) == 1 else "only pictures"
        zh_why, en_why = "以图片形式发布", "published as an image" if len(numbers) == 1 else "published as images"
    elif not any(pictured[n][1] for n in numbers):
        zh_what, en_what = "只说明表格见附件", "only a note that the table is in an attachment"
        zh_why, en_why = "在附件中发布", "published in an attachment"
    else:
        zh_what, en_what = "只有图片或表格见附件的说明", "only pictures or notes that tables are in an attachment"
        zh_why, en_why = "以图片或附件形式发布", "published as images or in an attachment"
    if len(numbers) == 1:
        return ("unreadable", f"第{numerals}部分里没有这张表的文字，{zh_what}（第{lines}行）：表格可能{zh_why}，无法读取其中的数字",
                f"section {numbers[0]} has no text of this table, {en_what} (line {lines}): the table may be "
                f"{en_why}, whose numbers cannot be read")
    return ("unreadable", f"第{numerals}部分里都没有表格的文字，{zh_what}（第{lines}行）：表格可能{zh_why}，无法读取其中的数字",
            f"sections {', '.join(map(str, numbers))} have no text of their tables, {en_what} (lines "
            f"{lines.replace('、', ', ')}): the tables may be {en_why}, whose numbers cannot be read")


def _bare_heading(t: TableSpec, tables: Sequence[TableSpec],
                  sections: Sequence[BoundSection]) -> Tuple[str, str, str]:
    """An absent table whose section is its heading alone, nothing under it: no writer leaves a
    section so; a copy of a page whose tables are pictures, or that lost them, does. It cannot be
    read, which is not the same as missing. Every table section so bare is named, so that tables
    lost together are told of once (C200 says one thing once)."""
    bare: Dict[int, BoundSection] = {}  # a table's section number → that section, its heading alone
    for number in {u.section for u in tables}:
        own = [s for s in sections if s.spec is not None and s.spec.number == number]
        if own and not any(s.blocks for s in own):
            bare[number] = own[0]
    if t.section not in bare:
        return "absent", "", ""
    numbers = sorted(bare)
    lines = [str(bare[n].section.span.line) for n in numbers]
    numerals = "、".join(section_numeral(n) for n in numbers)
    if len(numbers) == 1:
        return ("unreadable", f"第{numerals}部分只有标题（第{lines[0]}行），其下没有表格，也没有文字：表格可能以图片形式发布，"
                              f"或在复制时丢失，无法读取其中的数字",
                f"section {numbers[0]} is its heading alone (line {lines[0]}), with no table and no text under it: "
                f"the table may be published as an image, or lost in copying, and its numbers cannot be read")
    return ("unreadable", f"第{numerals}部分都只有标题（第{'、'.join(lines)}行），其下没有表格，也没有文字：表格可能以图片形式发布，"
                          f"或在复制时丢失，无法读取其中的数字",
            f"sections {', '.join(map(str, numbers))} are their headings alone (lines {', '.join(lines)}), with no "
            f"table and no text under them: the tables may be published as images, or lost in copying, and "
            f"their numbers cannot be read")


#: what a copy leaves in a number's cell among its digits: invisible characters, a soft hyphen
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\xad"))
#: the fewest numbers set apart on lines of their own that show a table is there (its rows,
#: however laid out: 表四's one row holds fifteen)
_TABLE_NUMBERS = 6


def _numbers_apart(text: str) -> int:
    """How many whitespace-separated words of a line are a cell's bare numbers (a copy's stray
    invisible characters set aside), none of them a count with its unit after it ("2 件", "2024 年",
    "8 号"), a list's numeral ("1."), a telephone's or a code's run of digits; 0 for a line with a
    clause's marks (a sentence's words: "予以公开 5 件，部分公开 1 件")."""
    if any(c in text for c in "，,：:；;、（("):
        return 0
    words = text.translate(_INVISIBLE).split()
    return sum(1 for k, w in enumerate(words)
               if _CELL_NUMBER.fullmatch(w) and not (k + 1 < len(words) and words[k + 1][:1] in _UNIT_AFTER))


#: a number as a table's cell holds it: up to six digits, no leading zero, a decimal part
_CELL_NUMBER = lazy(r"(?:0|[1-9１-９][0-9０-９]{0,5})(?:[.．][0-9０-９]+)?")
#: a unit after a number: it is a count in a sentence, a date or an address, not a cell
_UNIT_AFTER = frozenset("件条个项次人元年月日号楼室层份宗起例篇")


def _unlaid(t: TableSpec, sections: Sequence[BoundSection]) -> Tuple[str, str, str]:
    """An absent table whose section holds lines of numbers set apart, no sentence among them
    ("规章  0  0  0", "1  0  0  0  0  0  1": a grid of cells whose lines a copy interleaved, each
    cell over several lines) is there but cannot be laid out again: not missing. The lines are
    looked for in the section and in the headings that a row's label made after it (a label
    "一、本年新收…" taken for a heading), up to the next section of the format."""
    lines: List[Paragraph] = []
    inside = False
    for s in sections:
        if s.spec is not None:
            inside = s.spec.number == t.section
        if inside:
            lines.extend(p for p in s.paragraphs if "。" not in p.text and _numbers_apart(p.text) >= 2)
    if sum(map(_numbers_apart, (p.text for p in lines))) < _TABLE_NUMBERS:
        return "absent", "", ""
    line = lines[0].span.line
    numeral = section_numeral(t.section)
    return ("unreadable", f"第{numeral}部分有{len(lines)}行隔开的数字（如第{line}行），但表格的行和列无法还原",
            f"section {t.section} has {len(lines)} lines of numbers set apart (e.g. line {line}), but the "
            f"table's rows and columns cannot be laid out again")


#: the fewest words of a table's rows and columns, each run into a number or another of them, that
#: show the table is there
_TABLE_WORDS = 4


#: words after a number that make it a count of prose: about, more than, ten thousand
_ABOUT = frozenset("余多万亿近约")


def _words_run_together(t: TableSpec, sections: Sequence[BoundSection]) -> Tuple[str, str, str]:
    """An absent table whose rows' and columns' words stand in the text run into its numbers or
    into one another ("规章000行政规范性文件3112…", "结果维持结果纠正其他结果尚未审结总计…": a page's
    text taken with nothing between its cells) is there but cannot be laid out again: not
    missing. A sentence sets such words apart ("行政许可、行政处罚", "行政许可120件")."""
    pattern = _table_words_pattern(t)
    if pattern is None:
        return "absent", "", ""
    found: Dict[str, Span] = {}
    for s in sections:
        for b in s.blocks:
            # (a paragraph, or the cells a line cut at its few spaces made: "…社会公益", "组织", …)
            for text, span in ((b.text, b.span),) if isinstance(b, Paragraph) else (
                    (c.text, c.span) for r in b.rows for c in r.cells) if isinstance(b, Table) else ():
                runs = list(pattern.finditer(text))
                for m in runs:
                    found.setdefault(m.group(1), span)
                    if len(runs) > 1 and m.group("next") and len(m.group("next")) >= 4:
                        # (in a text of three words or more run together, the word the last runs into
                        # is run together too, though nothing follows it: "…本年废止件数现行有效件数", the
                        # head's last word; not a merged head cell's two, "未经复议直接起诉结果维持")
                        found.setdefault(m.group("next"), span)
    if len(found) < _TABLE_WORDS:
        return "absent", "", ""
    example = min(found, key=lambda w: found[w].start)
    return ("unreadable", f"文中有这张表的行名和列名（如“{example}”），但它们与数字或彼此连写在一起，表格的行和列无法还原",
            f"the text holds its rows' and columns' words (e.g. “{example}”) run together with its numbers or "
            f"one another: the table's rows and columns cannot be laid out again")


@lru_cache(maxsize=16)
def _table_words_pattern(t: TableSpec):
    """A word of the table's rows or columns (four characters or more, not a marker the prose
    uses: 行政复议) followed by a number run into a word that is no unit, or into the next row's
    enumerator, or ending the text ("行政规范性文件3112第二十条", "属于国家秘密40000042.其他…"; not
    "结果维持1，", "行政许可120余件"), or by another of its words."""
    words = {w for r in t.rows for w in (r.label.text, *(c.label.text for c in r.columns))}
    words |= {part for c in t.columns for part in c.label.text.split("·")}
    counted = sorted((w for w in words if len(w) >= 4 and w not in t.markers), key=longest_first)
    followers = sorted((w for w in words if len(w) >= 2), key=longest_first)
    if len(counted) < _TABLE_WORDS:
        return None
    return compile_pattern(rf"({'|'.join(map(re.escape, counted))})(?=[ \u3000]*(?:[0-9０-９]+(?:[.．][0-9０-９]+)?"
                           rf"[ \u3000]*(?:[.．](?=[\u4e00-\u9fff]))?(?:(?![{''.join(sorted(_UNIT_AFTER | _ABOUT))}])[\u4e00-\u9fff]|$)|"
                           rf"(?P<next>{'|'.join(map(re.escape, followers))})))")


def _attached(source: dict) -> Tuple[str, str, str]:
    """An absent table of a page that attaches office files (``source["attachments"]``: 附件：….xls,
    a viewer's frame): published in a file govlint does not read, not missing."""
    files = source.get("attachments") or ()
    if not files:
        return "absent", "", ""
    names = "”“".join(files[:3]) + ("”等" if len(files) > 3 else "")
    return ("unreadable", f"正文里没有这张表，报告附有附件“{names}”：表格可能在附件中发布，无法读取其中的数字",
            f"the text holds no such table and the report attaches “{names}”: the table may be published "
            f"in the attachment, whose numbers cannot be read")


#: a table of this many rows or more with fewer than a third of them read is not recovered
_MIN_ROWS = 6


def _numbers_unbound(text: str, span: Optional[Span], rows: Dict[str, BoundRow]) -> int:
    """How many lines of a table's stretch of ``text`` hold a digit but no row bound: rows whose labels
    were not recognised (none: the rows read are all the table has)."""
    if span is None:
        return 0
    bound = {ln for r in rows.values() for ln in range(r.span.line, r.span.end_line + 1)}
    lines = text[span.start:span.end].split("\n")
    return sum(1 for k, ln in enumerate(lines, span.line) if k not in bound and DIGIT.search(ln))


def _assess(t: TableSpec, rows: Dict[str, BoundRow], span: Optional[Span],
            notes: Sequence[LabelNote], named: Optional[set] = None, loose: int = 1) -> Tuple[str, str, str]:
    """Is a table read well enough to check? (status, what was seen in Chinese, in English). ``loose``:
    the lines of its stretch with a digit that no row bound (0: a short table, its rows missing, C202)."""
    if not rows:
        if span is None:
            return "absent", "", ""
        if any(n.kind == "parts_order" and n.table == t.key for n in notes):
            return ("unreadable", f"第{span.line}行起，{t.key}分成几张表，各部分的顺序与官方格式不同，无法确定各数字对应的列",
                    f"from line {span.line}, it is drawn as several tables in another order than the official "
                    f"one, and which column each number belongs to cannot be told")
        if any(n.kind == "interleaved" and n.table == t.key for n in notes):
            return ("unreadable", f"第{span.line}行起，{t.key}的数字与表头的文字交错排列（表格可能是按列复制的），"
                                  f"无法确定各数字对应的列",
                    f"from line {span.line}, its numbers stand among the words of its head (the table may have "
                    f"been copied column by column), and which column each number belongs to cannot be told")
        return ("unreadable", f"找到{t.key}的表头（第{span.line}行），但没有读出任何一行数字",
                f"its head was found (line {span.line}) but no row of numbers was read")
    where = f"第{span.line}行起" if span is not None else ""
    where_en = f" from line {span.line}" if span is not None else ""
    extra = sum(1 for n in notes if n.kind == "extra" and n.table == t.key)
    if sum(1 for n in notes if n.kind == "outdated" and n.table == t.key) >= 3:
        extra = 0  # an old template's columns: its surplus numbers are explained (V501 says so)
    if t.layout == "single_row":
        row = next(iter(rows.values()))
        absent = sum(1 for c in row.cells.values() if c.state == ABSENT)
        if absent or extra:
            got = len(row.cells) - absent + sum(len(n.found.split()) for n in notes
                                                if n.kind == "extra" and n.table == t.key)
            said = f"{got}个数字" if got != len(row.cells) else f"{got}个数字和多余的空格"
            said_en = f"{got} numbers" if got != len(row.cells) else f"{got} numbers among surplus cells"
            return ("unreadable", f"{where}读出{said}，应为{len(row.cells)}个，无法确定各数字对应的列",
                    f"{said_en} were read{where_en} where {len(row.cells)} belong; which column each "
                    f"belongs to cannot be told")
        return "bound", "", ""
    n = len(t.rows)
    if n >= _MIN_ROWS and len(rows) < n / 3 and loose:
        return ("unreadable", f"{where}只读出{len(rows)}行（共{n}行），其余各行的标签无法识别",
                f"only {len(rows)} of its {n} rows were read{where_en}; the others' labels were not recognised")
    cut = _cut_at_the_right(t, rows, named, notes)
    if cut is not None:
        gone, most, many = cut
        return ("unreadable", f"{where}有{many}行只有{most}个数字，表头和这些行都没有“{'”“'.join(gone)}”列："
                              f"表格右侧可能被页面截断，无法确定各数字对应的列",
                f"{many} rows{where_en} hold {most} numbers, and neither the head nor those rows have the "
                f"column{'s' if len(gone) > 1 else ''} {', '.join(gone)}: the table's right side may have been "
                f"cut off by the page, and which column each number belongs to cannot be told")
    ran = _ran_together(t, rows, notes)
    if ran is not None:
        label, got, width = ran
        return ("unreadable", f"{where}“{label}”一行读出{got}个数字（应为{width}个），其他行却没有数字："
                              f"各行的数字连在了一起，无法确定各数字所属的行",
                f"{got} numbers were read{where_en} in the one row “{label}” ({width} belong) while other rows "
                f"have none: the rows' numbers ran together, and which row each belongs to cannot be told")
    orphans = [n for n in notes if n.kind == "orphan" and n.table == t.key]
    if orphans and t.layout == "matrix":
        bare = [r for r in rows.values() if r.cells and all(c.state == ABSENT for c in r.cells.values())]
        missing = [r for r in t.rows if r.key not in rows]
        if bare or missing:
            line = orphans[0].span.line if orphans[0].span is not None else 0
            return ("unreadable", f"{where}有{len(orphans)}行数字没有行名（如第{line}行），另有{len(bare) + len(missing)}行"
                                  f"只有行名没有数字或没有读出：行名与数字被拆开（表格可能由PDF转换而来），无法确定各数字所属的行",
                    f"{len(orphans)} rows of numbers{where_en} have no label (e.g. line {line}) while "
                    f"{len(bare) + len(missing)} rows have a label and no numbers or were not read: the labels and "
                    f"their numbers were pulled apart (a conversion from PDF), and which row each number belongs "
                    f"to cannot be told")
    if t.layout == "matrix":
        pieces = [n for n in notes if n.kind == "typo" and n.table == t.key and n.row and _label_piece(n)]
        # (not the items of a group written as one row: C202 says that once, voices56k)
        collapsed = {n.row for n in notes if n.kind == "collapsed" and n.table == t.key}
        missing = [r for r in t.rows if r.key not in rows and r.group not in collapsed]
        if pieces and len(pieces) + len(missing) >= 3 and missing:
            # labels wrapped in their cells without the table's rules, their lines read among other rows'
            # (a borderless table printed to PDF): pieces of labels taken for misspelt ones, rows lost
            # (voices54x: C202, V502, A301, N601 on tables a reader reads without doubt)
            line = pieces[0].span.line if pieces[0].span is not None else 0
            said = "、".join(f"“{n.found}”" for n in pieces[:3])
            return ("unreadable", f"{where}有{len(pieces)}个行名只读出一部分（如{said}，第{line}行），另有{len(missing)}行"
                                  f"没有读出：行名在单元格中折行，与数字和别的行名交错（表格可能没有表格线），无法确定各数字所属的行",
                    f"{len(pieces)} row labels{where_en} were read in part (e.g. line {line}) and {len(missing)} rows "
                    f"were not read: the labels wrap in their cells among the numbers and other labels (a table "
                    f"without rules), and which row each number belongs to cannot be told")
    dropped = {k for n in notes if n.kind == "dropped" and n.table == t.key for k in n.found.split()}
    n_cells = lost = 0
    for r in rows.values():
        cells = r.cells
        n_cells += len(cells)
        if [c.state for c in cells.values()].count(VALUE) == len(cells):
            continue  # (most rows: every cell a number)
        for c in cells.values():
            state = c.state
            if (state == ABSENT and c.column not in dropped) or (state == INVALID and c.value is None):
                lost += 1
    if n_cells and (lost > n_cells / 2 or extra >= 3):
        return ("unreadable", f"{where}读出的{len(rows)}行中，多数数字的位置无法确定（{lost}个单元格缺失或为文字，"
                              f"{extra}行多出数字）",
                f"in the {len(rows)} rows read{where_en}, most numbers cannot be placed ({lost} cells absent or "
                f"text, {extra} rows with surplus numbers)")
    return "bound", "", ""


def _cut_at_the_right(t: TableSpec, rows: Dict[str, BoundRow], named: Optional[set],
                      notes: Sequence[LabelNote]) -> Optional[Tuple[List[str], int, int]]:
    """A matrix whose last columns are neither named by its head nor filled in any row: its right
    side was cut off (a web page opened in Writer and exported to PDF, a table wider than the page:
    what lies past the page's edge is not in the file). The rows' numbers cannot be placed (the
    binder right-aligns them, leaving the first columns blank, and adds up the wrong cells).
    (the columns cut off, the numbers the cut rows hold, how many rows) or None. A head that leaves
    out columns but names 总计 is a township's own choice (:meth:`_Binder._named_only`); a row
    holding as many numbers as there are columns shows none was cut (a row holding more, the
    numbers of two rows run together, does not show it) — unless the head itself stops where three
    rows or more do (a table in parts, its first part cut)."""
    if t.layout != "matrix" or not named or len(rows) < 3:
        return None
    unplaced = {n.row: sum(1 for x in n.found.split() if x != "□") for n in notes
                if n.table == t.key and n.kind in ("short", "unplaced", "overfull")}
    counts = [unplaced[key] if key in unplaced else
              sum(1 for c in r.cells.values() if c.state not in (ABSENT, BLANK_CELL)) for key, r in rows.items()]
    k = len(named)
    if named == set(range(k)) and k < len(t.columns) and counts.count(k) >= 3:
        most = k  # the head cut where rows are (its first part's rows: a later part may be whole)
    else:
        most = max(set(counts), key=counts.count)  # (the count most rows hold)
        if (not max(named) < most < len(t.columns) or counts.count(most) * 2 < len(counts)
                or len(t.columns) in counts):
            return None
    return [c.label.text for c in t.columns[most:]], most, counts.count(most)


def _ran_together(t: TableSpec, rows: Dict[str, BoundRow],
                  notes: Sequence[LabelNote]) -> Optional[Tuple[str, int, int]]:
    """A row holding the numbers of two rows or more while another row has no number at all (a
    copy that lost the table's line breaks between rows: plain ``pdftotext``, a cell a line): the
    numbers were read, not their rows, so no row's figures can be trusted. (label, numbers, width)
    of the fullest such row. A row of exactly twice its numbers whose next row is missing is that
    row's (:meth:`_Binder.finish` gives them to it), so its note is gone by now."""
    over = [n for n in notes if n.kind == "overfull" and n.table == t.key and n.expected.isdigit()
            and len(n.found.split()) >= 2 * int(n.expected)]
    if not over or not any(r.cells and all(c.state == ABSENT or (c.state == INVALID and c.value is None)
                                                 for c in r.cells.values())
                           for r in rows.values()):
        return None
    fullest = max(over, key=lambda n: len(n.found.split()))
    spec = t.row(fullest.row)
    return spec.prefix + spec.label.text, len(fullest.found.split()), int(fullest.expected)


@lru_cache(maxsize=4096)
def _heading_rest(title: str, officials: Tuple[str, ...]) -> str:
    """What follows the official title on the heading line, if anything (memoised: the same
    headings come in every report)."""
    n = 0
    target = max((L.norm(o) for o in officials if L.norm(title).startswith(L.norm(o))), key=len, default="")
    if not target:
        return ""
    consumed = 0
    for i, ch in enumerate(title):
        if n >= len(target):
            consumed = i
            break
        if L.norm(ch):
            n += 1
    else:
        return ""
    return title[consumed:].lstrip(" :：，,。.　")
