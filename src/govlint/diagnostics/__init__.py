"""The one diagnostic model. Every output format is a pure function of these objects."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..records import DataclassFields, Frozen, MISSING, Record, spec
from ..syntax.ast import Span

SEVERITIES = ("error", "warning", "note")


class Location(Record):
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


_NOWHERE = Location()


class Related(Record):
    """A place that contributes to a finding (e.g. one cell of a failed sum)."""

    message: str
    span: Optional[Span]
    location: Location = Location()
    #: the file it is in, when not the finding's own (a cross-year finding's last-year report)
    path: Optional[str] = None


class Edit(Record):
    """One change a safe fix makes: the text at ``span`` (which must read ``original``, or the edit
    is not made) becomes ``text``."""

    span: Span
    text: str
    original: str


class Diagnostic(Frozen):
    """One finding. Immutable; ``dataclasses.replace`` makes a changed copy.

    (A plain class that answers ``dataclasses`` as the frozen dataclass it was: making a dataclass
    compiles its generated methods at every start; see :mod:`govlint.records`.)"""

    code: str
    severity: str
    message: str
    path: str
    span: Optional[Span]
    location: Location
    related: Tuple[Related, ...]
    data: Dict[str, Any]  # (not compared)
    rule: str  # the rule's kebab-case name
    #: where the finding stands in a non-text source (page / paragraph), when the reader knows
    origin: Optional[str]
    #: the safe fix (``govlint check --fix``): edits that cannot change the report's meaning (not compared)
    fix: Tuple[Edit, ...]

    __dataclass_fields__ = DataclassFields(
        spec("code", "str"), spec("severity", "str"), spec("message", "str"), spec("path", "str"),
        spec("span", "Optional[Span]"), spec("location", "Location", _NOWHERE),
        spec("related", "Tuple[Related, ...]", ()),
        spec("data", "Dict[str, Any]", factory=dict, compare=False, hash=False),
        spec("rule", "str", ""), spec("origin", "Optional[str]", None),
        spec("fix", "Tuple[Edit, ...]", (), compare=False, hash=False))

    def __init__(self, code: str, severity: str, message: str, path: str, span: Optional[Span],
                 location: Location = _NOWHERE, related: Tuple[Related, ...] = (), data: Any = MISSING,
                 rule: str = "", origin: Optional[str] = None, fix: Tuple[Edit, ...] = ()):
        d = self.__dict__
        d["code"] = code
        d["severity"] = severity
        d["message"] = message
        d["path"] = path
        d["span"] = span
        d["location"] = location
        d["related"] = related
        d["data"] = {} if data is MISSING else data
        d["rule"] = rule
        d["origin"] = origin
        d["fix"] = fix

    def sort_key(self) -> tuple:
        s = self.span
        return (self.path, s.line if s else 0, s.column if s else 0, self.code, self.message)


class ToolError(Record):
    """Something that kept govlint from checking (part of) a file; makes the run exit 2.

    ``kind``: "read" (file unreadable or not a report), "config", "plugin" (failed to load),
    "rule" (a rule raised), "internal" (govlint itself failed on the file, or the worker process
    checking it died).
    """

    kind: str
    message: str
    path: Optional[str] = None
    source: Optional[str] = None  # the plugin or rule code it comes from


class FileResult(Frozen):
    """One file's findings and tool errors. Immutable; ``dataclasses.replace`` makes a changed copy.

    (A plain class that answers ``dataclasses`` as the frozen dataclass it was; see
    :mod:`govlint.records`.)"""

    path: str
    diagnostics: Tuple[Diagnostic, ...]
    errors: Tuple[ToolError, ...]
    #: the source lines the findings and their related locations point at (line -> text), for
    #: showing context and for converting columns to UTF-16 (SARIF) (not compared)
    lines: Dict[int, str]
    #: what the text came from: "text" (lines and columns are the file's own), or "docx", "html",
    #: "pdf" (lines are of the extracted text; only logical locations and origins are true)
    kind: str
    #: what was understood of the report as plain data (``outputs.parsed.dump_bound``'s shape), kept
    #: only when an output asks for it (a formatter with a ``bound_view``: the HTML report) (not
    #: compared or shown)
    bound: Optional[Dict[str, Any]]
    #: findings a suppression entry of the configuration or the baseline accepted, with why
    #: (kept out of ``diagnostics``, the exit status and the counts; SARIF and JSON still carry them)
    suppressed: Tuple["Suppressed", ...]
    #: the report as plain data (``binder.snapshot``), kept when the results store or the
    #: cross-year rules need it (``Settings.snapshot``) (not compared or shown)
    snapshot: Optional[Dict[str, Any]]

    __dataclass_fields__ = DataclassFields(
        spec("path", "str"), spec("diagnostics", "Tuple[Diagnostic, ...]", ()),
        spec("errors", "Tuple[ToolError, ...]", ()),
        spec("lines", "Dict[int, str]", factory=dict, compare=False, hash=False), spec("kind", "str", "text"),
        spec("bound", "Optional[Dict[str, Any]]", None, compare=False, hash=False, repr=False),
        spec("suppressed", "Tuple['Suppressed', ...]", ()),
        spec("snapshot", "Optional[Dict[str, Any]]", None, compare=False, hash=False, repr=False))

    def __init__(self, path: str, diagnostics: Tuple[Diagnostic, ...] = (), errors: Tuple[ToolError, ...] = (),
                 lines: Any = MISSING, kind: str = "text", bound: Optional[Dict[str, Any]] = None,
                 suppressed: Tuple["Suppressed", ...] = (), snapshot: Optional[Dict[str, Any]] = None):
        d = self.__dict__
        d["path"] = path
        d["diagnostics"] = diagnostics
        d["errors"] = errors
        d["lines"] = {} if lines is MISSING else lines
        d["kind"] = kind
        d["bound"] = bound
        d["suppressed"] = suppressed
        d["snapshot"] = snapshot

    def without_snapshot(self) -> "FileResult":
        """This result without its snapshot (``dataclasses.replace(self, snapshot=None)``, which
        goes through ``fields()`` and the keyword arguments: ~7 µs a file of a run that pairs)."""
        if self.snapshot is None:
            return self
        new = object.__new__(self.__class__)
        d = new.__dict__
        d.update(self.__dict__)
        d["snapshot"] = None
        return new








class Suppressed(Record):
    """A finding accepted on purpose: by a ``[[tool.govlint.suppress]]`` entry or by the baseline."""

    diagnostic: Diagnostic
    reason: str
    kind: str = "config"  # "config" (a suppression entry) or "baseline"
    source: str = ""  # the configuration or baseline file


# -- the identity of a finding across edits ----------------------------------------------------

def _span_text(span: Optional[Span], lines: Dict[int, str]) -> str:
    if span is None or span.line not in lines:
        return ""
    if span.line == span.end_line:
        return lines[span.line][span.column - 1:span.end_column - 1].strip()
    return lines[span.line][span.column - 1:].strip()


def fingerprint_basis(d: Diagnostic, lines: Dict[int, str]) -> str:
    """What identifies a finding apart from where its line happens to be: the rule, the section,
    table, row and column (their keys where there are keys), and for a finding with no logical
    location (the title, the date) the text it points at. Never the line, the column or the
    message (numbers in a message change when an unrelated cell is corrected)."""
    loc = d.location
    parts = [d.code, loc.section or "", loc.table or "", loc.row_key or loc.row or "",
             loc.column_key or loc.column or ""]
    if not (loc.section or loc.table):
        parts.append(" ".join(_span_text(d.span, lines).split()))
    return "\x1f".join(parts)


def fingerprints(diagnostics: Sequence[Diagnostic], lines: Dict[int, str]) -> List[str]:
    """One fingerprint per finding of a file, in order: a hash of :func:`fingerprint_basis` and
    ``:n``, the occurrence among findings with the same basis. The SARIF ``govlint/v1``
    fingerprint and the baseline's; computed over all of a file's findings (suppressed ones too),
    so that accepting one does not renumber the others."""
    import hashlib
    seen: Dict[str, int] = {}
    out: List[str] = []
    for d in diagnostics:
        digest = hashlib.sha256(fingerprint_basis(d, lines).encode("utf-8")).hexdigest()[:32]
        seen[digest] = seen.get(digest, 0) + 1
        out.append(f"{digest}:{seen[digest]}")
    return out


def all_findings(result: FileResult) -> List[Tuple[Diagnostic, Optional[Suppressed]]]:
    """A file's findings and its suppressed ones, in one order (each with its suppression or None)."""
    pairs: List[Tuple[Diagnostic, Optional[Suppressed]]] = [(d, None) for d in result.diagnostics]
    pairs += [(s.diagnostic, s) for s in result.suppressed]
    if result.suppressed:
        pairs.sort(key=lambda p: p[0].sort_key())
    return pairs
