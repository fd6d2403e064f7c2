"""Text for people: ``path:line:col: CODE message``, the source line and a caret."""
from __future__ import annotations

import unicodedata
from collections import Counter
from typing import List, Sequence, Tuple

from ..diagnostics import FileResult
from . import OutputContext, names

_SEV_ZH = {"error": "错误", "warning": "警告", "note": "提示"}


def _width(s: str) -> int:
    """Display width: CJK and full-width characters take two columns."""
    if s.isascii():  # (no ASCII character is wide)
        return len(s)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


#: the characters of a source line shown under a finding; a longer line is cut, around the finding
_SHOWN = 120
#: the characters shown before the finding when the line is cut before it
_BEFORE = 20


def _shown(line: str, start: int, end: int) -> Tuple[str, int, int]:
    """The part of a source line shown under a finding, and its caret's start and length in
    display columns. A line of at most ``_SHOWN`` characters is shown whole; a longer one is cut
    to ``_SHOWN`` characters around the finding, each cut marked "…" (a report copied as one line,
    a page's text taken with no line breaks: a finding far into the line would otherwise be
    pointed at by a caret thousands of columns to the right of a line cut at its beginning)."""
    lo = 0
    if len(line) > _SHOWN and start > _SHOWN - _BEFORE:
        lo = min(start - _BEFORE, len(line) - _SHOWN)
    hi = lo + _SHOWN
    lead = "…" if lo else ""
    shown = lead + names.for_terminal(line[lo:hi]) + ("…" if hi < len(line) else "")
    caret_start = _width(lead) + _width(names.for_terminal(line[lo:start]))
    caret_len = max(1, _width(names.for_terminal(line[start:min(end, hi)])))
    return shown, caret_start, caret_len


def format_errors(result: FileResult, ctx: OutputContext) -> str:
    """The lines of a file's errors (what kept govlint from checking it): ``path: error: …``."""
    shown_path = names.for_terminal(result.path)
    label = "error: " if ctx.lang == "en" else "错误："
    return "".join(f"{shown_path}: {label}{names.for_terminal(e.message)}\n" for e in result.errors)


def format_file(result: FileResult, ctx: OutputContext, errors: bool = True) -> str:
    """A file's errors (unless ``errors`` is False: the command line prints them on stderr) and
    findings."""
    out: List[str] = [format_errors(result, ctx).rstrip("\n")] if errors and result.errors else []
    out += [block for _, block in format_blocks(result, ctx)]
    if ctx.show_suppressed:
        out += suppressed_lines(result, ctx)
    return "\n".join(out) + ("\n" if out else "")


def format_blocks(result: FileResult, ctx: OutputContext) -> List[Tuple[tuple, str]]:
    """Each finding's lines as :func:`format_file` prints them (without the final newline), with
    the finding's sort key (``Diagnostic.sort_key``): the command line holds a file's blocks while
    the cross-year findings are computed, and merges theirs in."""
    blocks: List[Tuple[tuple, str]] = []
    shown_path = names.for_terminal(result.path)
    for d in result.diagnostics:
        out: List[str] = []
        s = d.span
        pos = f"{s.line}:{s.column}" if s else "1:1"
        sev = d.severity if ctx.lang == "en" else _SEV_ZH.get(d.severity, d.severity)
        path = shown_path if d.path == result.path else names.for_terminal(d.path)
        # a report's own text (quoted in the message, shown under it) may hold control or
        # invisible characters: they are shown as escapes, never sent to the terminal as they are
        out.append(f"{path}:{pos}: {d.code} [{sev}] {names.for_terminal(d.message)}")
        if d.origin:
            out.append(f"  ({d.origin})")
        if ctx.show_source and s is not None and s.line in result.lines:
            line = result.lines[s.line].replace("\t", " ")
            gutter = str(s.line)
            pad = " " * len(gutter)
            start = max(s.column - 1, 0)
            end = s.end_column - 1 if s.end_line == s.line else len(line)
            shown, caret_start, caret_len = _shown(line, start, end)
            out.append(f"{pad} |")
            out.append(f"{gutter} | {shown}")
            out.append(f"{pad} | {' ' * caret_start}{'^' * min(caret_len, 80)}")
        blocks.append((d.sort_key(), "\n".join(out)))
    return blocks


def suppressed_lines(result: FileResult, ctx: OutputContext) -> List[str]:
    """``path:line:col: CODE [已抑制] message（理由：…）``, one line per suppressed finding."""
    out = []
    for s in result.suppressed:
        d = s.diagnostic
        pos = f"{d.span.line}:{d.span.column}" if d.span else "1:1"
        if ctx.lang == "en":
            out.append(f"{names.for_terminal(d.path)}:{pos}: {d.code} [suppressed] {names.for_terminal(d.message)} "
                       f"(reason: {s.reason})")
        else:
            out.append(f"{names.for_terminal(d.path)}:{pos}: {d.code} [已抑制] {names.for_terminal(d.message)}"
                       f"（理由：{s.reason}）")
    return out


def summary(results: Sequence[FileResult], ctx: OutputContext, errors: bool = True) -> str:
    """The run's errors (unless ``errors`` is False: the command line prints them on stderr),
    the statistics, and the counts."""
    n = sum(len(r.diagnostics) for r in results)
    by_sev = Counter(d.severity for r in results for d in r.diagnostics)
    failed = sum(1 for r in results if r.errors)
    suppressed = sum(len(r.suppressed) for r in results)
    out: List[str] = []
    for e in ctx.run_errors if errors else ():
        out.append(f"{'error: ' if ctx.lang == 'en' else '错误：'}{e.message}")
    if ctx.statistics:
        counts = Counter(d.code for r in results for d in r.diagnostics)
        names = {}
        for r in results:
            for d in r.diagnostics:
                names[d.code] = d.rule
        for code, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"{count:5d}\t{code}\t{names.get(code, '')}")
    files = len(results)
    # the counts add up: a file is checked (with findings or without) or could not be checked,
    # and "no findings" is never said of a run that could not check some of its files
    checked = files - failed
    if ctx.lang == "en":
        def of(k: int, word: str) -> str:
            return f"{k} {word}{'s' if k != 1 else ''}"
        if n:
            out.append(f"Found {of(n, 'finding')} ({of(by_sev['error'], 'error')}, {of(by_sev['warning'], 'warning')}, "
                       f"{of(by_sev['note'], 'note')}) in {of(files, 'file')}.")
        elif not failed and ctx.run_errors:
            k = len(ctx.run_errors)
            out.append(f"No findings ({of(files, 'file')}), but the run had {of(k, 'error')}.")
        elif not failed:
            out.append(f"All checks passed ({of(files, 'file')}).")
        if failed:
            rest = (f"; {checked} checked without findings" if checked else "") if not n else ""
            out.append(f"{of(failed, 'file')} of {files} could not be checked{rest}.")
        if suppressed:
            out.append(f"{suppressed} suppressed finding{'s' if suppressed != 1 else ''} not shown "
                       f"(--show-suppressed lists them)." if not ctx.show_suppressed else
                       f"{suppressed} suppressed finding{'s' if suppressed != 1 else ''}.")
    else:
        if n:
            out.append(f"共发现 {n} 个问题（错误 {by_sev['error']}，警告 {by_sev['warning']}，提示 {by_sev['note']}），"
                       f"检查了 {files} 个文件。")
        elif not failed and ctx.run_errors:
            out.append(f"没有发现问题（{files} 个文件），但这次运行有 {len(ctx.run_errors)} 个错误。")
        elif not failed:
            out.append(f"全部检查通过（{files} 个文件）。")
        if failed:
            rest = (f"，其余 {checked} 个没有发现问题" if checked else "") if not n else ""
            out.append(f"{files} 个文件都无法检查。" if failed == files and files > 1 else
                       f"{files} 个文件中 {failed} 个无法检查{rest}。")
        if suppressed:
            out.append(f"另有 {suppressed} 个问题已抑制" + ("。" if ctx.show_suppressed else "（--show-suppressed 可列出）。"))
    return "\n".join(out) + "\n"


def format_results(results: Sequence[FileResult], ctx: OutputContext) -> str:
    body = "".join(format_file(r, ctx) for r in results)
    return body + summary(results, ctx)
