"""The rule base: metadata in one place, one ``check`` method, and a helper to build findings.

A rule is a small class::

    class FeeStatementMissing(Rule):
        code = "F401"
        name = "fee-statement-missing"
        summary = "第六部分未说明信息处理费收取情况"
        summary_en = "Section 六 does not state whether 信息处理费 was collected"
        what = "..."; why = "..."; basis = "..."; example = "..."; fix = "..."

        def check(self, ctx):
            if ...:
                yield ctx.diag(self, span, zh="…", en="…")

The same metadata feeds ``govlint rule CODE``, the README's rule table and SARIF ``rules``.
"""
from __future__ import annotations

from typing import Any, ClassVar, Dict, Iterable, Optional, Sequence, Tuple

from ..syntax.ast import Span
from ..binder.bind import BoundCell, BoundReport
from ..diagnostics import Diagnostic, Edit, Location, Related
from ..records import Plain

FAMILIES = {
    "S": ("sections", "章节"),
    "C": ("completeness", "完整性"),
    "A": ("arithmetic", "勾稽关系"),
    "F": ("fee", "信息处理费"),
    "V": ("version", "格式版本与标签"),
    "N": ("narrative", "正文与表格一致"),
    "P": ("period", "统计期限与发布时间"),
}


class Rule:
    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[str] = "error"
    summary: ClassVar[str] = ""
    summary_en: ClassVar[str] = ""
    #: the docs, always in this shape
    what: ClassVar[str] = ""
    why: ClassVar[str] = ""
    basis: ClassVar[str] = ""
    example: ClassVar[str] = ""
    fix: ClassVar[str] = ""
    #: the parts of the report this rule's premise rests on ("sections", or a table's key): when
    #: govlint could not recover one of them (:attr:`BoundReport.unread`), the rule is not run.
    #: Findings located in an unread table are dropped whatever a rule declares.
    needs: ClassVar[Tuple[str, ...]] = ()
    #: its findings stay true in a table whose cells could not be placed: they are about what
    #: could not be read, or about the labels as written (not about the cells)
    unread_ok: ClassVar[bool] = False
    #: its findings may carry a safe fix (``ctx.diag(..., fix=[Edit(...)])``): an edit of the source
    #: that cannot change the report's meaning, which ``govlint check --fix`` applies
    fixable: ClassVar[bool] = False
    # (which plugin registered a rule is the registry's knowledge: Registry.rule_plugin)

    @classmethod
    def family(cls) -> str:
        prefix = "".join(ch for ch in cls.code if ch.isalpha())
        return FAMILIES.get(prefix, (prefix.lower() or "other",))[0]

    @classmethod
    def docs(cls, lang: str = "zh") -> str:
        """The rule's documentation as Markdown, in the fixed shape."""
        heads = (("What it does", "检查内容"), ("Why is this bad?", "为什么"), ("Basis", "依据"),
                 ("Example", "示例"), ("How to fix", "如何修改"))
        i = 0 if lang == "en" else 1
        body = [f"# {cls.code} {cls.name}", "", cls.summary_en if lang == "en" else cls.summary, ""]
        for (h, text) in zip(heads, (cls.what, cls.why, cls.basis, cls.example, cls.fix)):
            if text:
                body += [f"## {h[i]}", "", text.strip(), ""]
        return "\n".join(body).rstrip() + "\n"

    def check(self, ctx: "Context") -> Iterable[Diagnostic]:  # pragma: no cover - abstract
        raise NotImplementedError


#: per format, by its identity (hashing a frozen format walks all its records): (the format, its
#: locations by (table, row, column), its section labels by number); the format is kept so that
#: its id stays its own
_FORMAT_MEMO: Dict[int, Tuple[Any, Dict[tuple, Location], Dict[int, str]]] = {}


def _format_memo(fmt) -> Tuple[Dict[tuple, Location], Dict[int, str]]:
    hit = _FORMAT_MEMO.get(id(fmt))
    if hit is None or hit[0] is not fmt:
        if len(_FORMAT_MEMO) > 64:
            _FORMAT_MEMO.clear()
        hit = _FORMAT_MEMO[id(fmt)] = (fmt, {}, {})
    return hit[1], hit[2]


class Context(Plain):
    """What a rule sees: the bound report, the language and the rule's options.

    (A plain class, not a dataclass: making a dataclass compiles its generated methods at every
    start, ~4 M instructions a class.)"""

    bound: BoundReport
    lang: str
    options: Dict[str, Any]
    #: (table, row, column) → Location, made once per report
    _locations: Dict[tuple, Location]

    def __init__(self, bound: BoundReport, lang: str = "zh", options: Optional[Dict[str, Any]] = None):
        self.bound = bound
        self.lang = lang
        self.options = {} if options is None else options
        self._locations = {}

    _COMPARED = ("bound", "lang", "options")

    @property
    def report(self):
        return self.bound.report

    def msg(self, zh: str, en: str) -> str:
        return en if self.lang == "en" else zh

    def diag(self, rule: Rule, span: Optional[Span], zh: str, en: str, *,
             location: Location = Location(), related: Sequence[Related] = (),
             data: Optional[Dict[str, Any]] = None, severity: Optional[str] = None,
             fix: Sequence[Edit] = ()) -> Diagnostic:
        return Diagnostic(rule.code, severity or rule.severity, self.msg(zh, en), self.report.path,
                          span, location, tuple(related), dict(data or {}), rule.name, fix=tuple(fix))

    # -- locations of official things ----------------------------------------------------
    def section_label(self, number: int) -> str:
        labels = _format_memo(self.bound.format)[1]
        found = labels.get(number)
        if found is None:
            try:
                spec = self.bound.format.section(number)
            except KeyError:
                found = ""
            else:
                found = f"{'一二三四五六七八九十'[number - 1]}、{spec.title}"
            labels[number] = found
        return found

    def table_location(self, table: str, row: Optional[str] = None,
                       column: Optional[str] = None) -> Location:
        """The official labels of a table, row and column (memoised per format, by its identity:
        they depend on nothing else, and a failed sum names each of its cells several times)."""
        key = (table, row, column)
        found = self._locations.get(key)
        if found is None:
            memo = _format_memo(self.bound.format)[0]
            found = memo.get(key)
            if found is None:
                found = memo[key] = self._table_location(table, row, column)
            self._locations[key] = found
        return found

    def _table_location(self, table: str, row: Optional[str], column: Optional[str]) -> Location:
        spec = self.bound.format.table(table)
        row_label = col_label = None
        if row is not None:
            for r in spec.rows:
                if r.key == row:
                    row_label = (r.prefix + r.label.text) if r.label.text else None
                    cols = spec.columns_of(r)
                    break
            else:
                for g in spec.groups:
                    if g.key == row:
                        row_label = g.prefix + g.label.text
                cols = spec.columns
        else:
            cols = spec.columns
        if column is not None:
            for c in list(cols) + list(spec.columns):
                if c.key == column:
                    col_label = c.label.text
                    break
        return Location(self.section_label(spec.section), table, row_label, col_label, row, column)

    def cell_location(self, cell: BoundCell) -> Location:
        return self.table_location(cell.table, cell.row, cell.column)
