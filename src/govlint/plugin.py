"""The public API for plugins. Everything a rule, format, reader or formatter needs is here.

Built-in rules import from this module too, so it is exercised on every run::

    from govlint.plugin import hookimpl, Rule

    class MyRule(Rule):
        code = "X901"
        ...

    @hookimpl
    def govlint_rules():
        return [MyRule]

The names below are stable: a name is removed or changed only with a new major version of
govlint. Modules not re-exported here (``govlint.binder.bind``, ``govlint.syntax.parser``, …) are internal.
docs/plugins.md describes each name.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Optional, Sequence, Union

from .checks.relations import (Instance, ZeroTotal, failures, findings, inferred_blanks, instances, unchecked,
                               zero_blanks)
from .syntax.ast import (BLANK, NUMBER, PLACEHOLDER, TEXT, Block, Cell, Paragraph, Report, Row, Section, Span,
                  Table)
from .binder.bind import (ABSENT, BLANK_CELL, INVALID, PLACEHOLDER_CELL, UNPLACED, VALUE, BoundCell, BoundReport, BoundRow,
                   BoundSection, BoundTable, LabelNote)
from .config import ConfigError
from .diagnostics import SEVERITIES, Diagnostic, Edit, FileResult, Location, Related, ToolError
from .binder.facts import Facts
from .formats import (BUILTIN_FORMATS, ColumnSpec, cell_kind, FormatSpec, GroupSpec, Label, Relation, RowSpec,
                      SectionSpec, TableSpec, Term)
from .outputs import Formatter, OutputContext
from .hookspecs import hookimpl
from .lexicon.labels import best_match, nfkc, norm as norm_label, similar
from .lexicon.closing import AGENCY_END, DATE as CLOSING_DATE, MONTH as CLOSING_MONTH
from .lexicon.marks import PAGE_NUMBER_LINE
from .lexicon.page import TITLE_LABEL_WORDS, leads_in as leads_in_title
from .lexicon import enumerators
from .lexicon.numerals import COUNT_UNITS, FIGURE, any_int as numeral_value, figure_value
from .lexicon.pattern import lazy
from .i18n import Msg
from .layout.cells import digits_for_letters, parse_number
from .readers import Document, ReadError
from .readers.text import decode as decode_text
from .checks.rule import FAMILIES, Context, Rule
from .checks.pair import PairContext, PairRule

__all__ = [
    # hooks and rules
    "hookimpl", "Rule", "Context", "FAMILIES", "PairRule", "PairContext",
    # findings
    "Diagnostic", "Location", "Related", "SEVERITIES", "ToolError", "FileResult", "ConfigError", "Edit",
    # the syntax tree
    "Report", "Section", "Paragraph", "Table", "Row", "Cell", "Span", "Block",
    "NUMBER", "BLANK", "PLACEHOLDER", "TEXT",
    # the bound report
    "BoundReport", "BoundSection", "BoundTable", "BoundRow", "BoundCell", "LabelNote", "Facts",
    "VALUE", "BLANK_CELL", "PLACEHOLDER_CELL", "INVALID", "ABSENT", "UNPLACED",
    # format data
    "FormatSpec", "SectionSpec", "TableSpec", "RowSpec", "ColumnSpec", "GroupSpec", "Label", "Relation",
    "Term", "BUILTIN_FORMATS", "variant", "cell_kind",
    # the arithmetic engine
    "Instance", "ZeroTotal", "failures", "findings", "inferred_blanks", "instances", "unchecked", "zero_blanks",
    # text helpers
    "norm_label", "similar", "best_match", "section_text", "numeral_value", "COUNT_UNITS", "FIGURE", "figure_value", "parse_number", "digits_for_letters", "nfkc", "CLOSING_DATE", "CLOSING_MONTH", "AGENCY_END", "enumerators",
    "lazy", "PAGE_NUMBER_LINE", "TITLE_LABEL_WORDS", "leads_in_title",
    # readers and formatters
    "Document", "ReadError", "decode_text", "OutputContext", "Formatter",
    # a message in both languages (the run shows its own)
    "Msg",
]


def section_text(section: Optional[BoundSection]) -> str:
    """The prose of a bound section (its paragraphs, one per line); "" for a missing section."""
    return section.text() if section is not None else ""


# ---------------------------------------------------------------------------------------
# format variants

def _with_aliases(label: Label, extra: Iterable[str]) -> Label:
    extra = tuple(a for a in extra if a != label.text and a not in label.aliases)
    return label._replace(aliases=label.aliases + extra,
                               outdated=tuple(o for o in label.outdated if o not in extra))


def _table_with_aliases(t: TableSpec, key: str, extra: Sequence[str]) -> TableSpec:
    found = False

    def cols(columns):
        nonlocal found
        out = []
        for c in columns:
            if c.key == key:
                found = True
                c = c._replace(label=_with_aliases(c.label, extra))
            out.append(c)
        return tuple(out)

    rows = []
    for r in t.rows:
        if r.key == key:
            found = True
            r = r._replace(label=_with_aliases(r.label, extra))
        if r.columns:
            r = r._replace(columns=cols(r.columns))
        rows.append(r)
    groups = []
    for g in t.groups:
        if g.key == key:
            found = True
            g = g._replace(label=_with_aliases(g.label, extra))
        groups.append(g)
    columns = cols(t.columns)
    if not found:
        raise KeyError(f"{t.key} has no row, column or group {key!r}")
    import dataclasses
    return dataclasses.replace(t, rows=tuple(rows), groups=tuple(groups), columns=columns)


def variant(base: Union[FormatSpec, str], *, id: Optional[str] = None, name: Optional[str] = None,
            aliases: Optional[Mapping[str, Sequence[str]]] = None, tables: Sequence[TableSpec] = (),
            extra_relations: Sequence[Relation] = (), **changes) -> FormatSpec:
    """A copy of a format with a province's or an organisation's changes.

    ``base``: a :class:`FormatSpec` or the id of a built-in one (``"2021"``). ``id`` and
    ``name``: keep the base's id to replace that format for every report (the usual case), or
    give a new id that users choose with ``format-version``. ``aliases``:
    ``{"表三.public_interest": ["社会组织"]}``, more spellings accepted without a finding for
    a row, column or group (``TABLE.KEY``); a spelling the base marks outdated stops being
    reported. ``tables``: whole :class:`TableSpec` objects replacing those with the same key,
    or added after the base's tables (a province's supplementary table: it is bound by its
    layout and markers like the official ones). ``extra_relations``: relations added to the
    base's (a new table's arithmetic). ``changes``: any other :class:`FormatSpec` field
    (``first_year``, ``relations``, ``sections``, ``fee_statement_required``…).
    """
    fmt = BUILTIN_FORMATS[base] if isinstance(base, str) else base
    by_key = {t.key: t for t in fmt.tables}
    order = [t.key for t in fmt.tables]
    for t in tables:
        if t.key not in by_key:
            order.append(t.key)
        by_key[t.key] = t
    for target, extra in (aliases or {}).items():
        table, _, key = target.partition(".")
        if table not in by_key or not key:
            raise KeyError(f"aliases: {target!r} is not TABLE.KEY of a table of format {fmt.id}")
        by_key[table] = _table_with_aliases(by_key[table], key, [extra] if isinstance(extra, str) else extra)
    if extra_relations:
        changes["relations"] = tuple(changes.get("relations", fmt.relations)) + tuple(extra_relations)
    import dataclasses
    return dataclasses.replace(fmt, id=id if id is not None else fmt.id, name=name if name is not None else fmt.name,
                               tables=tuple(by_key[k] for k in order), **changes)
