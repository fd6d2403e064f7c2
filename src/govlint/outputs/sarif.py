"""SARIF 2.1.0: one run per invocation, for code-scanning services and SARIF viewers.

A pure function of the results and the context (and of the working directory, which becomes
``run.originalUriBaseIds["%SRCROOT%"]``): no clock, no host names, keys sorted, so two runs on one
machine give the same bytes. Conventions (docs/sarif.md):

- ``artifactLocation.uri`` is the file's path relative to the working directory, with ``/`` and
  percent-encoding, under ``uriBaseId`` ``%SRCROOT%``.
- Regions are 1-based with an exclusive end, in UTF-16 code units (``run.columnKind``); govlint
  counts code points inside, and the columns are converted here from the source lines the
  ``FileResult`` carries (a character outside the BMP counts 2).
- Files that are not plain text (docx, html, pdf) get no region: their line numbers are those of the
  extracted text. Their findings carry the logical location and the page or paragraph
  (``properties.origin``, also a second sentence of the message).
- Tool errors (a file that could not be read, a rule that raised, a plugin that failed to load) are
  ``invocations[0].toolExecutionNotifications`` and make ``executionSuccessful`` false; they are never
  results.
- ``partialFingerprints["govlint/v1"]`` hashes the rule code and the logical location (for a finding
  with none, the text it points at), never the line or the message: it stays when unrelated lines move.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path, PurePosixPath
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..syntax.ast import Span
from ..diagnostics import Diagnostic, FileResult, Location, ToolError
from . import OutputContext, names
from ..lexicon.pattern import lazy

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "govlint/v1"
#: SARIF2005 wants a page about the tool; the package index is the one address govlint has
INFORMATION_URI = "https://pypi.org/project/govlint/"
_SEMVER = lazy(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")
_LEVELS = {"error": "error", "warning": "warning", "note": "note"}


# -- small conversions ----------------------------------------------------------------------

def pascal_case(name: str) -> str:
    """``section-missing`` → ``SectionMissing`` (SARIF wants a rule name that is not its id)."""
    return "".join(part[:1].upper() + part[1:] for part in name.replace("_", "-").split("-") if part)


def utf16_column(line: str, column: int) -> int:
    """A 1-based code-point column of ``line`` as a 1-based UTF-16 column (astral chars count 2)."""
    prefix = line[:max(column - 1, 0)]
    extra = sum(1 for ch in prefix if ord(ch) > 0xFFFF)
    # a column past the end of the line (an end column, or a blank cell at the end) keeps its excess
    return column + extra


def sentence(text: str, lang: str) -> str:
    """The text as a complete sentence, so that its first sentence stands alone: ends with “.”
    (English, or a message whose last word is in Latin letters) or “。” unless it already ends so."""
    text = text.strip()
    if not text or text[-1] in "。.！？!?":
        return text
    last = next((ch for ch in reversed(text) if ch.isalpha()), "a")
    return text + ("." if lang == "en" or last.isascii() else "。")


def artifact_uri(path: str, base: str) -> Tuple[str, bool]:
    """(uri, relative): the path relative to ``base`` with forward slashes, percent-encoded; a file
    on another drive (Windows) gets an absolute ``file:`` URI instead."""
    full = os.path.abspath(os.path.join(base, path))
    try:
        rel = os.path.relpath(full, base)
    except ValueError:  # pragma: no cover - another drive
        return Path(full).as_uri(), False
    posix = PurePosixPath(*Path(rel).parts).as_posix()
    return names.for_uri(posix), True


def base_uri(base: str) -> str:
    uri = Path(os.path.abspath(base)).as_uri()
    return uri if uri.endswith("/") else uri + "/"


# -- locations ------------------------------------------------------------------------------

def _region(span: Span, lines: Dict[int, str]) -> Dict[str, Any]:
    start_line = lines.get(span.line)
    end_line = lines.get(span.end_line)
    region: Dict[str, Any] = {
        "startLine": span.line,
        "startColumn": utf16_column(start_line, span.column) if start_line is not None else span.column,
        "endLine": span.end_line,
        "endColumn": utf16_column(end_line, span.end_column) if end_line is not None else span.end_column,
    }
    if all(n in lines for n in range(span.line, span.end_line + 1)):
        if span.line == span.end_line:
            text = lines[span.line][span.column - 1:span.end_column - 1]
        else:
            parts = [lines[span.line][span.column - 1:]]
            parts += [lines[n] for n in range(span.line + 1, span.end_line)]
            parts.append(lines[span.end_line][:span.end_column - 1])
            text = "\n".join(parts)
        region["snippet"] = {"text": text}
    return region


def _context_region(span: Span, lines: Dict[int, str]) -> Optional[Dict[str, Any]]:
    """The whole line(s) around the region, when that is more than the region itself."""
    if not all(n in lines for n in range(span.line, span.end_line + 1)):
        return None
    if span.column <= 1 and span.end_column > len(lines[span.end_line]):
        return None
    text = "\n".join(lines[n] for n in range(span.line, span.end_line + 1))
    return {"startLine": span.line, "endLine": span.end_line, "snippet": {"text": text}}


def _logical(loc: Location) -> List[Dict[str, Any]]:
    """The table / row / column (or the section) as one logical location, named by its most specific
    part, with the path in ``fullyQualifiedName`` ("表三/（七）总计/自然人"). SARIF's kinds come
    from programs: a section is a "module", a table a "type", a row, a column or a cell a "member"."""
    if loc.table:
        parts = [p for p in (loc.table, loc.row, loc.column) if p]
        kind = "member" if (loc.row or loc.column) else "type"  # a row, a column or a cell / a table
    elif loc.section:
        parts, kind = [loc.section], "module"
    else:
        return []
    out: Dict[str, Any] = {"name": parts[-1], "fullyQualifiedName": "/".join(parts), "kind": kind}
    props = {k: v for k, v in (("section", loc.section), ("rowKey", loc.row_key), ("columnKey", loc.column_key))
             if v}
    if props and loc.table:
        out["properties"] = props
    return [out]


def _artifact(uri: str, relative: bool) -> Dict[str, Any]:
    return {"uri": uri, "uriBaseId": SRCROOT} if relative else {"uri": uri}


def _physical(uri: str, relative: bool, span: Optional[Span], result: FileResult,
              *, context: bool = True) -> Dict[str, Any]:
    """The file, and for a text file the region (and the line around it, for the primary location)."""
    phys: Dict[str, Any] = {"artifactLocation": _artifact(uri, relative)}
    if span is not None and result.kind == "text":
        phys["region"] = _region(span, result.lines)
        ctx_region = _context_region(span, result.lines) if context else None
        if ctx_region is not None:
            phys["contextRegion"] = ctx_region
    return phys


# -- fingerprints -----------------------------------------------------------------------------

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


# -- the document -----------------------------------------------------------------------------

def _rule_descriptor(rule: type, lang: str) -> Dict[str, Any]:
    summary = rule.summary_en if lang == "en" and rule.summary_en else rule.summary
    what = (rule.what or "").strip() or summary
    docs = rule.docs(lang)
    plain = "\n".join(line.lstrip("#").lstrip() if line.startswith("#") else line for line in docs.splitlines())
    return {
        "id": rule.code,
        "name": pascal_case(rule.name),
        "shortDescription": {"text": sentence(summary, lang)},
        "fullDescription": {"text": sentence(what, lang)},
        "help": {"text": plain.rstrip() + "\n", "markdown": docs},
        "defaultConfiguration": {"level": _LEVELS.get(rule.severity, "warning")},
        "properties": {"tags": [rule.family()]},
    }


def _notification(e: ToolError, lang: str, base: str, rule_index: Dict[str, int]) -> Dict[str, Any]:
    n: Dict[str, Any] = {"level": "error", "message": {"text": sentence(e.message, lang)},
                         "properties": {"kind": e.kind}}
    if e.path:
        n["locations"] = [{"physicalLocation": {"artifactLocation": _artifact(*artifact_uri(e.path, base))}}]
    if e.kind == "rule" and e.source:
        ref: Dict[str, Any] = {"id": e.source}
        if e.source in rule_index:
            ref["index"] = rule_index[e.source]
        n["associatedRule"] = ref
    elif e.source:
        n["properties"]["source"] = e.source
    return n


def _json_safe(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))


def build(results: Sequence[FileResult], ctx: OutputContext, base: Optional[str] = None) -> Dict[str, Any]:
    """The SARIF log as a dict (``format_results`` serialises it)."""
    base = os.path.abspath(base if base is not None else os.getcwd())
    lang = ctx.lang
    rules = list(ctx.rules)
    rule_index = {r.code: i for i, r in enumerate(rules)}

    sarif_results: List[Dict[str, Any]] = []
    notifications: List[Dict[str, Any]] = [_notification(e, lang, base, rule_index) for e in ctx.run_errors]
    for fr in results:
        notifications += [_notification(e, lang, base, rule_index) for e in fr.errors]
        seen: Dict[str, int] = {}
        for d in fr.diagnostics:
            uri, relative = artifact_uri(d.path or fr.path, base)
            message = sentence(d.message, lang)
            props: Dict[str, Any] = {}
            if d.origin:
                props["origin"] = d.origin
                message += (f" Location in the source document: {d.origin}." if lang == "en"
                            else f"原文位置：{d.origin}。")
            if d.data:
                props["data"] = _json_safe(d.data)
            location: Dict[str, Any] = {"physicalLocation": _physical(uri, relative, d.span, fr)}
            logical = _logical(d.location)
            if logical:
                location["logicalLocations"] = logical
            res: Dict[str, Any] = {"ruleId": d.code, "level": _LEVELS.get(d.severity, "warning"),
                                   "message": {"text": message}, "locations": [location]}
            if d.code in rule_index:
                res["ruleIndex"] = rule_index[d.code]
            related = []
            for i, r in enumerate(d.related, start=1):
                rel: Dict[str, Any] = {"id": i, "message": {"text": sentence(r.message, lang)},
                                       "physicalLocation": _physical(uri, relative, r.span, fr, context=False)}
                rl = _logical(r.location)
                if rl:
                    rel["logicalLocations"] = rl
                related.append(rel)
            if related:
                res["relatedLocations"] = related
            digest = hashlib.sha256(fingerprint_basis(d, fr.lines).encode("utf-8")).hexdigest()[:32]
            seen[digest] = seen.get(digest, 0) + 1
            res["partialFingerprints"] = {FINGERPRINT_KEY: f"{digest}:{seen[digest]}"}
            if props:
                res["properties"] = props
            sarif_results.append(res)

    driver: Dict[str, Any] = {"name": "govlint", "informationUri": INFORMATION_URI,
                              "rules": [_rule_descriptor(r, lang) for r in rules]}
    if ctx.tool_version:
        driver["version"] = ctx.tool_version
        if _SEMVER.match(ctx.tool_version):  # a PEP 440 version such as 1.0.dev3 is not one
            driver["semanticVersion"] = ctx.tool_version
    invocation: Dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: Dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": base_uri(base)}},
        "columnKind": "utf16CodeUnits",
        "language": "en-US" if lang == "en" else "zh-CN",
        "results": sarif_results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def format_results(results: Sequence[FileResult], ctx: OutputContext, base: Optional[str] = None) -> str:
    """The SARIF log as text: UTF-8 JSON, keys sorted, two-space indent, a final newline."""
    doc = build(results, ctx, base)
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    if names.has_bad_text(text):  # a message quoting a file name that is not UTF-8
        text = json.dumps(names.clean(doc), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    return text
