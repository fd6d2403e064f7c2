"""SARIF 2.1.0: one run per invocation, for code-scanning services and SARIF viewers.

A pure function of the results and the context (and of the working directory, which becomes
``run.originalUriBaseIds["%SRCROOT%"]``): no clock, no host names, keys sorted, so two runs on one
machine give the same bytes. Conventions (docs/sarif.md):

- ``artifactLocation.uri`` is the file's path relative to the working directory, with ``/`` and
  percent-encoding, under ``uriBaseId`` ``%SRCROOT%``.
- Regions are 1-based with an exclusive end, in UTF-16 code units (``run.columnKind``); govlint
  counts code points inside, and the columns are converted here from the source lines the
  ``FileResult`` carries (a character outside the BMP counts 2).
- Files that are not plain text (docx, html, pdf) get no line: their line numbers are those of the
  extracted text. Their region is the whole file in bytes; their findings carry the logical
  location and the page or paragraph (``properties.origin``, also a second sentence of the message).
- Tool errors (a file that could not be read, a rule that raised, a plugin that failed to load) are
  ``invocations[0].toolExecutionNotifications`` and make ``executionSuccessful`` false; they are never
  results.
- ``partialFingerprints["govlint/v1"]`` hashes the rule code and the logical location (for a finding
  with none, the text it points at), never the line or the message: it stays when unrelated lines move.
  ``primaryLocationLineHash`` (GitHub's) is GitHub's own hash of the file's line where there is a
  line (so the upload action agrees with it), else the ``govlint/v1`` value.
- Related locations are linked from the message (``[自然人 = 4](2)``), as viewers need.
- Suppressed findings are results with ``suppressions``; a run past GitHub's limits (:data:`GITHUB_LIMITS`)
  keeps the most severe results and says what it left out in a notification of level warning.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path, PurePosixPath
from typing import Any, Dict, List, Optional, Sequence, Tuple
from urllib.parse import quote

from ..records import Record
from ..syntax.ast import Span
from ..diagnostics import Diagnostic, FileResult, Location, Suppressed, ToolError, all_findings, fingerprints
from ..diagnostics import fingerprint_basis  # noqa: F401 - its home was here: kept importable
from . import OutputContext, names
from ..lexicon.pattern import lazy
from .ruledocs import rule_url

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "govlint/v1"
#: the fingerprint GitHub code scanning matches alerts by
LINE_HASH_KEY = "primaryLocationLineHash"
#: runAutomationDetails.id: the category "govlint" (GitHub keeps one set of alerts per category)
AUTOMATION_ID = "govlint/"
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
              *, context: bool = True, whole: Optional[Dict[str, int]] = None) -> Dict[str, Any]:
    """The file, and for a text file the region (and the line around it, for the primary location);
    for another file ``whole``, the region of the whole file in bytes, when its size is known."""
    phys: Dict[str, Any] = {"artifactLocation": _artifact(uri, relative)}
    if whole is not None:
        phys["region"] = dict(whole)
    elif span is not None and result.kind == "text":
        phys["region"] = _region(span, result.lines)
        ctx_region = _context_region(span, result.lines) if context else None
        if ctx_region is not None:
            phys["contextRegion"] = ctx_region
    return phys


# -- fingerprints -----------------------------------------------------------------------------

#: GitHub's line hash: a rolling hash over the 100 characters from a line's start, spaces and tabs
#: skipped (github/codeql-action, src/fingerprints.ts), reproduced so that the hash govlint sends is
#: the one the upload action would compute, and is there for uploads that do not compute it
_BLOCK = 100
_MOD = 37
_MASK = (1 << 64) - 1
_FIRST_MOD = pow(_MOD, _BLOCK, 1 << 64)


def line_hashes(text: str) -> Dict[int, str]:
    """Line number (1-based) → ``primaryLocationLineHash`` (``hex:n``) for every line of ``text``."""
    import array
    units = array.array("H")
    units.frombytes(text.encode("utf-16-le"))
    if sys.byteorder == "big":  # pragma: no cover
        units.byteswap()
    window = [0] * _BLOCK
    line_numbers = [-1] * _BLOCK
    counts: Dict[str, int] = {}
    out: Dict[int, str] = {}
    state = {"h": 0, "index": 0, "line": 0, "start": True, "cr": False}

    def emit() -> None:
        value = format(state["h"], "x")
        counts[value] = counts.get(value, 0) + 1
        out[line_numbers[state["index"]]] = f"{value}:{counts[value]}"
        line_numbers[state["index"]] = -1

    def update(current: int) -> None:
        i = state["index"]
        begin = window[i]
        window[i] = current
        state["h"] = (_MOD * state["h"] + current - _FIRST_MOD * begin) & _MASK
        state["index"] = (i + 1) % _BLOCK

    def process(current: int) -> None:
        if current in (0x20, 0x09) or (state["cr"] and current == 0x0A):
            state["cr"] = False
            return
        if current == 0x0D:
            current, state["cr"] = 0x0A, True
        else:
            state["cr"] = False
        if line_numbers[state["index"]] != -1:
            emit()
        if state["start"]:
            state["start"] = False
            state["line"] += 1
            line_numbers[state["index"]] = state["line"]
        if current == 0x0A:
            state["start"] = True
        update(current)

    for unit in units:
        process(unit)
    process(0xFFFF)  # the end of the file
    for _ in range(_BLOCK):
        if line_numbers[state["index"]] != -1:
            emit()
        update(0)
    return out


def _file_line_hashes(path: str, base: str) -> Dict[int, str]:
    """The line hashes of a text file as the upload action reads it (UTF-8); {} if it is gone."""
    try:
        data = Path(base, path).read_bytes()
    except OSError:
        return {}
    return line_hashes(data.decode("utf-8", errors="replace"))


def _file_size(path: str, base: str) -> Optional[int]:
    try:
        return os.path.getsize(os.path.join(base, path))
    except OSError:
        return None


# -- the document -----------------------------------------------------------------------------

class Limits(Record):
    """What one upload may hold (GitHub code scanning rejects a file past these)."""

    results: int = 25_000  # results per run
    locations: int = 1_000  # locations (and related locations) per result
    gzipped_bytes: int = 10 * 1024 * 1024  # the log, gzip-compressed


GITHUB_LIMITS = Limits()
#: the related locations a message links to by name; the others are in relatedLocations only
MESSAGE_LINKS = 10
_SEVERITY_ORDER = {"error": 0, "warning": 1, "note": 2}


def _rule_descriptor(rule: type, lang: str) -> Dict[str, Any]:
    summary = rule.summary_en if lang == "en" and rule.summary_en else rule.summary
    what = (rule.what or "").strip() or summary
    docs = rule.docs(lang)
    plain = "\n".join(line.lstrip("#").lstrip() if line.startswith("#") else line for line in docs.splitlines())
    url = rule_url(rule.code)
    more = "Documentation" if lang == "en" else "规则说明"
    return {
        "id": rule.code,
        "name": pascal_case(rule.name),
        "shortDescription": {"text": sentence(summary, lang)},
        "fullDescription": {"text": sentence(what, lang),
                            "markdown": f"{sentence(what, lang)}\n\n[{more}: {rule.code}]({url})"},
        "help": {"text": plain.rstrip() + "\n", "markdown": docs},
        "helpUri": url,
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


def escape_brackets(text: str) -> str:
    """Plain text inside a SARIF message: ``[`` and ``]`` (and the backslash) escaped, so that a viewer
    does not read them as an embedded link (SARIF §3.11.6)."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _links(related: Sequence[Dict[str, Any]], messages: Sequence[str], lang: str) -> str:
    """A sentence linking the related locations by id (``[自然人 = 4](2)``), so that GitHub and
    the VS Code viewer show them: the first :data:`MESSAGE_LINKS`, then how many more."""
    shown = [f"[{escape_brackets(m.rstrip('。.'))}]({r['id']})" for r, m in zip(related, messages)][:MESSAGE_LINKS]
    rest = len(related) - len(shown)
    if lang == "en":
        tail = f", and {rest} more" if rest > 0 else ""
        return f" Related: {', '.join(shown)}{tail}."
    tail = f"等 {len(related)} 处" if rest > 0 else ""
    return f"相关位置：{'，'.join(shown)}{tail}。"


def _suppression(s: Suppressed) -> Dict[str, Any]:
    out: Dict[str, Any] = {"kind": "external", "status": "accepted", "justification": s.reason}
    if s.source:
        out["properties"] = {"source": s.source, "by": s.kind}
    else:
        out["properties"] = {"by": s.kind}
    return out


def _result(d: Diagnostic, fr: FileResult, base: str, lang: str, rule_index: Dict[str, int],
            fingerprint: str, line_hash: Optional[str], limits: Limits, trimmed: Dict[str, int]) -> Dict[str, Any]:
    uri, relative = artifact_uri(d.path or fr.path, base)
    message = escape_brackets(sentence(d.message, lang))
    props: Dict[str, Any] = {}
    if d.origin:
        props["origin"] = d.origin
        message += escape_brackets(f" Location in the source document: {d.origin}." if lang == "en"
                                   else f"原文位置：{d.origin}。")
    if d.data:
        props["data"] = _json_safe(d.data)
    whole = None
    if fr.kind != "text":  # the extracted text's lines are not the file's: the region is the whole file
        size = _file_size(d.path or fr.path, base)
        whole = {"byteOffset": 0, "byteLength": size} if size is not None else None
    location: Dict[str, Any] = {"physicalLocation": _physical(uri, relative, d.span, fr, whole=whole)}
    logical = _logical(d.location)
    if logical:
        location["logicalLocations"] = logical
    res: Dict[str, Any] = {"ruleId": d.code, "level": _LEVELS.get(d.severity, "warning"),
                           "locations": [location]}
    if d.code in rule_index:
        res["ruleIndex"] = rule_index[d.code]
    related, texts = [], []
    room = max(limits.locations - 1, 0)  # the primary location counts
    for i, r in enumerate(d.related[:room], start=1):
        text = sentence(r.message, lang)
        ruri, rrelative = artifact_uri(r.path, base) if r.path else (uri, relative)
        rel: Dict[str, Any] = {"id": i, "message": {"text": escape_brackets(text)},
                               "physicalLocation": _physical(ruri, rrelative, r.span, fr, context=False, whole=whole)}
        rl = _logical(r.location)
        if rl:
            rel["logicalLocations"] = rl
        related.append(rel)
        texts.append(text)
    if len(d.related) > room:
        trimmed["locations"] += len(d.related) - room
        trimmed["results_with_locations"] += 1
        props["relatedLocationsDropped"] = len(d.related) - room
    if related:
        res["relatedLocations"] = related
        message += _links(related, texts, lang)
    res["message"] = {"text": message}
    fps = {FINGERPRINT_KEY: fingerprint}
    if "region" in location["physicalLocation"] and "startLine" in location["physicalLocation"]["region"]:
        if line_hash:
            fps[LINE_HASH_KEY] = line_hash
    else:  # no line to hash (GitHub's upload computes none): the logical location stands in
        fps[LINE_HASH_KEY] = fingerprint
    res["partialFingerprints"] = fps
    if props:
        res["properties"] = props
    return res


def _keep(results: List[Dict[str, Any]], count: int) -> Tuple[List[Dict[str, Any]], List[Dict[str, Any]]]:
    """(the ``count`` most severe results, the first ones first, in their order; the others)."""
    if len(results) <= count:
        return list(results), []
    order = sorted(range(len(results)), key=lambda i: (_SEVERITY_ORDER.get(results[i]["level"], 3), i))
    keep = set(order[:count])
    return ([r for i, r in enumerate(results) if i in keep], [r for i, r in enumerate(results) if i not in keep])


def _dropped_notification(dropped: List[Dict[str, Any]], why: str, lang: str) -> Dict[str, Any]:
    from collections import Counter
    by_code = Counter(r["ruleId"] for r in dropped)
    by_level = Counter(r["level"] for r in dropped)
    codes = ", ".join(f"{c} ×{n}" for c, n in sorted(by_code.items()))
    if lang == "en":
        text = (f"{len(dropped)} results were left out of this log to stay within {why}: {codes}. "
                f"Run govlint with --format json or text to see them all.")
    else:
        text = f"为不超过{why}，本日志略去了 {len(dropped)} 个结果：{codes}。用 --format json 或 text 可看到全部结果。"
    return {"level": "warning", "message": {"text": text},
            "properties": {"kind": "trimmed", "dropped": len(dropped), "byCode": dict(sorted(by_code.items())),
                           "byLevel": dict(sorted(by_level.items()))}}


def build(results: Sequence[FileResult], ctx: OutputContext, base: Optional[str] = None,
          limits: Limits = GITHUB_LIMITS) -> Dict[str, Any]:
    """The SARIF log as a dict (``format_results`` serialises it), within ``limits`` except for
    its size, which :func:`format_results` keeps."""
    base = os.path.abspath(base if base is not None else os.getcwd())
    lang = ctx.lang
    rules = list(ctx.rules)
    rule_index = {r.code: i for i, r in enumerate(rules)}

    collected: List[Dict[str, Any]] = []
    notifications: List[Dict[str, Any]] = [_notification(e, lang, base, rule_index) for e in ctx.run_errors]
    trimmed = {"locations": 0, "results_with_locations": 0}
    for fr in results:
        notifications += [_notification(e, lang, base, rule_index) for e in fr.errors]
        pairs = all_findings(fr)
        prints = fingerprints([d for d, _ in pairs], fr.lines)
        hashes: Dict[int, str] = {}
        if fr.kind == "text" and any(d.span is not None for d, _ in pairs):
            hashes = _file_line_hashes(fr.path, base)
        for (d, supp), fp in zip(pairs, prints):
            res = _result(d, fr, base, lang, rule_index, fp, hashes.get(d.span.line) if d.span else None,
                          limits, trimmed)
            if supp is not None:
                res["suppressions"] = [_suppression(supp)]
            collected.append(res)
    sarif_results, dropped = _keep(collected, limits.results)
    if trimmed["locations"]:
        notifications.append(_locations_notification(trimmed, limits, lang))
    if dropped:
        notifications.append(_dropped_notification(
            dropped, f"{limits.results:,} results per run" if lang == "en" else f"每次运行 {limits.results} 个结果的上限",
            lang))

    driver: Dict[str, Any] = {"name": "govlint", "informationUri": INFORMATION_URI,
                              "rules": [_rule_descriptor(r, lang) for r in rules]}
    if ctx.tool_version:
        driver["version"] = ctx.tool_version
        if _SEMVER.match(ctx.tool_version):  # a PEP 440 version such as 1.0.dev3 is not one
            driver["semanticVersion"] = ctx.tool_version
    failed = any(n["level"] == "error" for n in notifications)
    invocation: Dict[str, Any] = {"executionSuccessful": not failed}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: Dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "automationDetails": {"id": AUTOMATION_ID},
        "originalUriBaseIds": {SRCROOT: {"uri": base_uri(base)}},
        "columnKind": "utf16CodeUnits",
        "language": "en-US" if lang == "en" else "zh-CN",
        "results": sarif_results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _locations_notification(trimmed: Dict[str, int], limits: Limits, lang: str) -> Dict[str, Any]:
    n, k = trimmed["locations"], trimmed["results_with_locations"]
    if lang == "en":
        text = (f"{n} related locations of {k} results were left out to stay within {limits.locations:,} locations "
                f"per result; each such result says how many in properties.relatedLocationsDropped.")
    else:
        text = (f"为不超过每个结果 {limits.locations} 个位置的上限，{k} 个结果略去了 {n} 个相关位置；"
                f"各结果的 properties.relatedLocationsDropped 注明略去的数目。")
    return {"level": "warning", "message": {"text": text},
            "properties": {"kind": "trimmed", "relatedLocationsDropped": n, "results": k}}


def _dumps(doc: Dict[str, Any]) -> str:
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    if names.has_bad_text(text):  # a message quoting a file name that is not UTF-8
        text = json.dumps(names.clean(doc), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    return text


def gzipped_size(text: str) -> int:
    import gzip
    return len(gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0))


def format_results(results: Sequence[FileResult], ctx: OutputContext, base: Optional[str] = None,
                   limits: Limits = GITHUB_LIMITS) -> str:
    """The SARIF log as text: UTF-8 JSON, keys sorted, two-space indent, a final newline. Past
    ``limits.gzipped_bytes`` compressed, the least severe results are left out (with a notification)
    until it fits."""
    doc = build(results, ctx, base, limits)
    text = _dumps(doc)
    if gzipped_size(text) <= limits.gzipped_bytes:
        return text
    return _fit(doc, text, limits, ctx.lang)


def _fit(doc: Dict[str, Any], text: str, limits: Limits, lang: str) -> str:
    """The log with as many of the most severe results as fit ``limits.gzipped_bytes``: each result's
    share of the log is measured once, the compression ratio of the whole stands for that of a part,
    and the guess is checked and corrected by what it missed, until it fits within 5 %: a few serialisations,
    not one per step of a search, which matters for a log of hundreds of megabytes."""
    run = doc["runs"][0]
    everything = run["results"]
    notes = run["invocations"][0].setdefault("toolExecutionNotifications", [])
    order = sorted(range(len(everything)), key=lambda i: (_SEVERITY_ORDER.get(everything[i]["level"], 3), i))
    sizes = [len(json.dumps(r, ensure_ascii=False, sort_keys=True, indent=2).encode("utf-8")) + 8 for r in everything]
    raw = len(text.encode("utf-8"))
    ratio = gzipped_size(text) / raw
    fixed = max(raw - sum(sizes), 0)
    budget = limits.gzipped_bytes * 0.98 / ratio
    best: Optional[Tuple[int, str]] = None  # the most results that fit, and the log
    tried = set()
    for _ in range(6):
        total, count = fixed, 0
        for i in order:
            if total + sizes[i] > budget:
                break
            total += sizes[i]
            count += 1
        if count in tried:
            break
        tried.add(count)
        run["results"], dropped = _keep(everything, count)
        notes.append(_dropped_notification(dropped, _size_limit(limits, lang), lang))
        candidate = _dumps(doc)
        notes.pop()
        size = gzipped_size(candidate)
        if size <= limits.gzipped_bytes:
            if best is None or count > best[0]:
                best = (count, candidate)
            if size >= limits.gzipped_bytes * 0.95 or count == len(everything):
                break  # close enough: within 5 % of the limit
        elif count == 0:
            break
        budget *= limits.gzipped_bytes / max(size, 1) * 0.98
    if best is not None:
        return best[1]
    run["results"], dropped = _keep(everything, 0)
    notes.append(_dropped_notification(dropped, _size_limit(limits, lang), lang))
    return _dumps(doc)


def _size_limit(limits: Limits, lang: str) -> str:
    mb = limits.gzipped_bytes / (1024 * 1024)
    size = f"{mb:g} MB" if mb >= 1 else f"{limits.gzipped_bytes} bytes"
    return f"{size} gzip-compressed per upload" if lang == "en" else f"压缩后 {size} 的上限"
