"""The public API for plugins. Everything a rule, reader or formatter needs is here.

Built-in rules import from this module too, so it is exercised on every run::

    from govlint.plugin import hookimpl, Rule

    class MyRule(Rule):
        code = "X901"
        ...

    @hookimpl
    def govlint_rules():
        return [MyRule]
"""
from __future__ import annotations

from .arith import Instance, failures, instances
from .ast import BLANK, NUMBER, PLACEHOLDER, TEXT, Cell, Paragraph, Report, Row, Section, Span, Table
from .bind import (ABSENT, BLANK_CELL, INVALID, PLACEHOLDER_CELL, VALUE, BoundCell, BoundReport, BoundRow,
                   BoundSection, BoundTable, LabelNote)
from .diagnostics import Diagnostic, FileResult, Location, Related, ToolError
from .facts import Facts
from .formats import (BUILTIN_FORMATS, ColumnSpec, FormatSpec, GroupSpec, Label, Relation, RowSpec,
                      SectionSpec, TableSpec)
from .hookspecs import hookimpl
from .readers import Document, ReadError
from .rule import Context, Rule

__all__ = [
    "hookimpl", "Rule", "Context", "Diagnostic", "Location", "Related", "ToolError", "FileResult",
    "Report", "Section", "Paragraph", "Table", "Row", "Cell", "Span", "NUMBER", "BLANK", "PLACEHOLDER", "TEXT",
    "BoundReport", "BoundSection", "BoundTable", "BoundRow", "BoundCell", "LabelNote", "Facts",
    "VALUE", "BLANK_CELL", "PLACEHOLDER_CELL", "INVALID", "ABSENT",
    "FormatSpec", "SectionSpec", "TableSpec", "RowSpec", "ColumnSpec", "GroupSpec", "Label", "Relation",
    "BUILTIN_FORMATS", "Instance", "failures", "instances", "Document", "ReadError",
]
