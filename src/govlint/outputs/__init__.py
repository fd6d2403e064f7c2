"""Output formats: pure functions of the diagnostic model (FileResult objects)."""
from __future__ import annotations

from types import MappingProxyType
from typing import Callable, Dict, Mapping, Sequence

from ..records import Record, field as _field, tuple_new as _tuple_new
from ..diagnostics import FileResult


class OutputContext(Record):
    """What a formatter may know besides the results."""

    lang: str = _field(0)
    rules: Sequence[type] = _field(1)  # the enabled rule classes, in code order
    tool_version: str = _field(2)
    plugins: Sequence[tuple] = _field(3)  # (name, version)
    #: rule code → the plugin that registered it (the registry's attribution, not the class's)
    rule_plugins: Mapping[str, str] = _field(4)
    run_errors: Sequence = _field(5)  # ToolErrors not tied to a file (plugins, config)
    statistics: bool = _field(6)
    show_source: bool = _field(7)
    show_suppressed: bool = _field(8)  # the text output lists the suppressed findings too (--show-suppressed)

    __slots__ = ()
    _fields = ('lang', 'rules', 'tool_version', 'plugins', 'rule_plugins', 'run_errors', 'statistics', 'show_source', 'show_suppressed')
    _field_defaults = {'lang': "zh", 'rules': (), 'tool_version': "", 'plugins': (), 'rule_plugins': MappingProxyType({}), 'run_errors': (), 'statistics': False, 'show_source': True, 'show_suppressed': False}
    __match_args__ = _fields

    def __new__(cls, lang: str = "zh", rules: Sequence[type] = (), tool_version: str = "",
                     plugins: Sequence[tuple] = (), rule_plugins: Mapping[str, str] = MappingProxyType({}),
                     run_errors: Sequence = (), statistics: bool = False, show_source: bool = True,
                     show_suppressed: bool = False):
        return _tuple_new(cls, (lang, rules, tool_version, plugins, rule_plugins, run_errors, statistics, show_source, show_suppressed))


Formatter = Callable[[Sequence[FileResult], OutputContext], str]


def _lazy(module: str) -> Formatter:
    """A built-in formatter whose module is imported when it is first called: a run that
    prints text need not import json, hashlib and urllib for SARIF."""
    def format_results(results: Sequence[FileResult], ctx: OutputContext) -> str:
        from importlib import import_module
        return import_module(f"{__name__}.{module}").format_results(results, ctx)
    format_results.__qualname__ = f"{module}.format_results"
    return format_results


def builtin_formatters() -> Dict[str, Formatter]:
    from . import text
    found = {"text": text.format_results, "json": _lazy("json"), "sarif": _lazy("sarif")}
    found.update(_html_formatters())
    found.update(ci_formatters())
    return found


# -- the HTML report: it draws the report's tables, so it asks the engine to keep the bound
# report as plain data (a formatter's ``bound_view``: bound report → ``FileResult.bound``)

def html_bound_view(bound) -> Dict:
    from .html import bound_view
    return bound_view(bound)


def _html_formatters() -> Dict[str, Formatter]:
    html = _lazy("html")
    html.bound_view = html_bound_view  # type: ignore[attr-defined]
    return {"html": html}


def ci_formatters() -> Dict[str, Formatter]:
    """The formats CI systems read: GitHub Actions workflow commands, JUnit XML."""
    return {"github": _lazy("github"), "junit": _lazy("junit")}
