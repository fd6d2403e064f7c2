"""Output formats: pure functions of the diagnostic model (FileResult objects)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, Sequence

from ..diagnostics import FileResult


@dataclass(frozen=True)
class OutputContext:
    """What a formatter may know besides the results."""

    lang: str = "zh"
    rules: Sequence[type] = ()  # the enabled rule classes, in code order
    tool_version: str = ""
    plugins: Sequence[tuple] = ()  # (name, version)
    run_errors: Sequence = ()  # ToolErrors not tied to a file (plugins, config)
    statistics: bool = False
    show_source: bool = True


Formatter = Callable[[Sequence[FileResult], OutputContext], str]


def builtin_formatters() -> Dict[str, Formatter]:
    from . import text
    out: Dict[str, Formatter] = {"text": text.format_results}
    try:
        from . import json as json_fmt
        out["json"] = json_fmt.format_results
    except ImportError:  # pragma: no cover
        pass
    try:
        from . import sarif
        out["sarif"] = sarif.format_results
    except ImportError:  # pragma: no cover
        pass
    return out
