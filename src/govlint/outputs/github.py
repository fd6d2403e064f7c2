"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding,
which GitHub shows as an annotation on the pull request's file and line.

``::error file=PATH,line=L,endLine=L2,col=C,endColumn=C2,title=TITLE::MESSAGE``: values escaped as
the runner expects (``%`` ``\\r`` ``\\n`` everywhere, and ``:`` ``,`` in properties). A .docx, .html or
.pdf report has no line of its own: its annotation names the file only, and its message the page
(``原文位置``). A file that could not be checked is an ``::error`` too.
"""
from __future__ import annotations

from typing import List, Sequence

from ..diagnostics import Diagnostic, FileResult
from . import OutputContext

_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(d: Diagnostic, kind: str, lang: str) -> str:
    props = [f"file={escape_property(d.path)}"]
    s = d.span
    if s is not None and kind == "text":
        props += [f"line={s.line}", f"endLine={s.end_line}"]
        if s.line == s.end_line:
            props += [f"col={s.column}", f"endColumn={max(s.end_column, s.column + 1)}"]
    props.append(f"title={escape_property(f'govlint {d.code} ({d.rule})' if d.rule else f'govlint {d.code}')}")
    message = d.message
    if d.origin and kind != "text":
        message += f" (location in the source document: {d.origin})" if lang == "en" else f"（原文位置：{d.origin}）"
    return f"::{_COMMAND.get(d.severity, 'warning')} {','.join(props)}::{escape_data(message)}"


def format_results(results: Sequence[FileResult], ctx: OutputContext) -> str:
    out: List[str] = []
    for e in ctx.run_errors:
        out.append(f"::error title=govlint::{escape_data(e.message)}")
    for r in results:
        for e in r.errors:
            out.append(f"::error file={escape_property(r.path)},title=govlint::{escape_data(e.message)}")
        out += [_annotation(d, r.kind, ctx.lang) for d in r.diagnostics]
    return "".join(line + "\n" for line in out)
