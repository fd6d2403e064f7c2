"""govlint's own JSON: one document per run, versioned, documented in docs/json.md.

A pure function of its inputs with sorted keys, so equal inputs give equal bytes. Every field is
always present (``null`` when it does not apply); a new field may be added within a version, a
field is never renamed or removed without raising ``version``.
"""
from __future__ import annotations

import json
from collections import Counter
from typing import Any, Dict, List, Optional, Sequence

from ..syntax.ast import Span
from ..diagnostics import SEVERITIES, Diagnostic, FileResult, Location, ToolError, all_findings, fingerprints
from . import OutputContext, names

#: the version of the document's shape (docs/json.md)
SCHEMA_VERSION = 1

_LOCATION_KEYS = ("section", "table", "row", "column", "row_key", "column_key")


def _location(loc: Location) -> Dict[str, Optional[str]]:
    return {k: getattr(loc, k) or None for k in _LOCATION_KEYS}


def _position(span: Optional[Span]) -> Dict[str, Optional[int]]:
    if span is None:
        return {"line": None, "column": None, "end_line": None, "end_column": None}
    return {"line": span.line, "column": span.column, "end_line": span.end_line, "end_column": span.end_column}


def _finding(d: Diagnostic) -> Dict[str, Any]:
    out: Dict[str, Any] = {
        "path": d.path,
        "code": d.code,
        "rule": d.rule,
        "severity": d.severity,
        "message": d.message,
        "location": _location(d.location),
        "related": [dict(message=r.message, location=_location(r.location), **_position(r.span))
                    for r in d.related],
        "data": d.data,
        "origin": d.origin,
        "fix": [dict(text=e.text, **_position(e.span)) for e in d.fix] or None,
    }
    out.update(_position(d.span))
    return out


def _error(e: ToolError) -> Dict[str, Any]:
    return {"kind": e.kind, "message": e.message, "path": e.path, "source": e.source}


def build(results: Sequence[FileResult], ctx: OutputContext) -> Dict[str, Any]:
    """The document as a dict (``format_results`` serialises it)."""
    findings: List[Dict[str, Any]] = []
    suppressed: List[Dict[str, Any]] = []
    for r in results:
        pairs = all_findings(r)
        for (d, s), fp in zip(pairs, fingerprints([d for d, _ in pairs], r.lines)):
            f = _finding(d)
            f["fingerprint"] = fp
            if s is None:
                findings.append(f)
            else:
                f["suppression"] = {"kind": s.kind, "reason": s.reason, "source": s.source or None}
                suppressed.append(f)
    by_severity = Counter(f["severity"] for f in findings)
    errors: List[Dict[str, Any]] = [_error(e) for e in ctx.run_errors]
    errors += [_error(e) for r in results for e in r.errors]
    return {
        "version": SCHEMA_VERSION,
        "tool": {
            "name": "govlint",
            "version": ctx.tool_version or None,
            "lang": ctx.lang,
            "plugins": [{"name": name, "version": version} for name, version in ctx.plugins],
            "rules": [{"code": r.code, "name": r.name, "severity": r.severity, "family": r.family(),
                       "plugin": ctx.rule_plugins.get(r.code) or None,
                       "summary": (r.summary_en or r.summary) if ctx.lang == "en" else r.summary}
                      for r in ctx.rules],
        },
        "summary": {
            "files": len(results),
            "findings": len(findings),
            "by_severity": {s: by_severity.get(s, 0) for s in sorted(set(SEVERITIES) | set(by_severity))},
            "by_code": dict(Counter(f["code"] for f in findings)),
            "files_with_errors": sum(1 for r in results if r.errors),
            "suppressed": len(suppressed),
        },
        "files": [{"path": r.path, "kind": r.kind, "findings": len(r.diagnostics), "errors": len(r.errors)}
                  for r in results],
        "findings": findings,
        "suppressed": suppressed,
        "errors": errors,
    }


def format_results(results: Sequence[FileResult], ctx: OutputContext) -> str:
    """UTF-8 JSON, keys sorted, two-space indent, a final newline."""
    doc = build(results, ctx)
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2, default=str) + "\n"
    if names.has_bad_text(text):  # a file name (or a message quoting one) that is not UTF-8
        text = json.dumps(names.clean(doc), ensure_ascii=False, sort_keys=True, indent=2, default=str) + "\n"
    return text
