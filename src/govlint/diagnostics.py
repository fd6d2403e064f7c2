"""The one diagnostic model. Every output format is a pure function of these objects."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, NamedTuple, Optional, Tuple

from .syntax.ast import Span

SEVERITIES = ("error", "warning", "note")


class Location(NamedTuple):
    """Where a finding is in the report's logical structure (official labels)."""

    section: Optional[str] = None  # "三、收到和处理政府信息公开申请情况"
    table: Optional[str] = None  # "表三"
    row: Optional[str] = None  # "（七）总计"
    column: Optional[str] = None  # "自然人"
    row_key: Optional[str] = None  # "total" (canonical, for machines)
    column_key: Optional[str] = None

    def describe(self, lang: str = "zh") -> str:
        parts = [p for p in (self.table, self.row, self.column) if p]
        if not parts and self.section:
            parts = [self.section]
        sep = " / " if lang == "en" else "·"
        return sep.join(parts)

    def as_dict(self) -> Dict[str, str]:
        return {k: v for k, v in (("section", self.section), ("table", self.table), ("row", self.row),
                                   ("column", self.column), ("row_key", self.row_key),
                                   ("column_key", self.column_key)) if v}


class Related(NamedTuple):
    """A place that contributes to a finding (e.g. one cell of a failed sum)."""

    message: str
    span: Optional[Span]
    location: Location = Location()


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: str
    message: str
    path: str
    span: Optional[Span]
    location: Location = Location()
    related: Tuple[Related, ...] = ()
    data: Dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    rule: str = ""  # the rule's kebab-case name
    #: where the finding stands in a non-text source (page / paragraph), when the reader knows
    origin: Optional[str] = None

    def sort_key(self) -> tuple:
        s = self.span
        return (self.path, s.line if s else 0, s.column if s else 0, self.code, self.message)


class ToolError(NamedTuple):
    """Something that kept govlint from checking (part of) a file; makes the run exit 2.

    ``kind``: "read" (file unreadable or not a report), "config", "plugin" (failed to load),
    "rule" (a rule raised), "internal" (govlint itself failed on the file, or the worker process
    checking it died).
    """

    kind: str
    message: str
    path: Optional[str] = None
    source: Optional[str] = None  # the plugin or rule code it comes from


@dataclass(frozen=True)
class FileResult:
    path: str
    diagnostics: Tuple[Diagnostic, ...] = ()
    errors: Tuple[ToolError, ...] = ()
    #: the source lines the findings and their related locations point at (line -> text), for
    #: showing context and for converting columns to UTF-16 (SARIF)
    lines: Dict[int, str] = field(default_factory=dict, compare=False, hash=False)
    #: what the text came from: "text" (lines and columns are the file's own), or "docx", "html",
    #: "pdf" (lines are of the extracted text; only logical locations and origins are true)
    kind: str = "text"
    #: what was understood of the report as plain data (``outputs.parsed.dump_bound``'s shape), kept
    #: only when an output asks for it (a formatter with a ``bound_view``: the HTML report)
    bound: Optional[Dict[str, Any]] = field(default=None, compare=False, hash=False, repr=False)
