"""Output formats: pure functions of the diagnostic model (FileResult objects)."""
from __future__ import annotations

from types import MappingProxyType
from typing import Callable, Dict, Mapping, Sequence

from ..records import Record
from ..diagnostics import FileResult


class OutputContext(Record):
    """What a formatter may know besides the results."""

    lang: str = "zh"
    rules: Sequence[type] = ()  # the enabled rule classes, in code order
    tool_version: str = ""
    plugins: Sequence[tuple] = ()  # (name, version)
    #: rule code → the plugin that registered it (the registry's attribution, not the class's)
    rule_plugins: Mapping[str, str] = MappingProxyType({})
    run_errors: Sequence = ()  # ToolErrors not tied to a file (plugins, config)
    statistics: bool = False
    show_source: bool = True
    show_suppressed: bool = False  # the text output lists the suppressed findings too (--show-suppressed)


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
