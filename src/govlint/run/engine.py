"""The linter loop: read → parse → bind → run the enabled rules → one FileResult per file."""
from __future__ import annotations

import gc
import os
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Set, Tuple

from .. import readers
from ..binder.bind import BoundReport, bind
from ..config import Config, enabled_codes, ignored_for
from ..diagnostics import Diagnostic, FileResult, ToolError
from ..limits import Limits
from ..layout import render, vocabulary
from ..syntax.parser import ParseError, parse
from ..checks.registry import Registry, resolve_options
from ..readers import builtin_readers
from ..checks.rule import Context, Rule

#: extensions a reader claims that a directory walk still leaves alone: Markdown (a folder's
#: README.md is no report) and no extension at all (LICENSE, Makefile); a file named on the
#: command line is read whatever its extension
NOT_WALKED = (".md", "")


@dataclass
class Settings:
    """Everything a run needs, resolved once: config, registry and the enabled rules."""

    config: Config
    registry: Registry
    enabled: Set[str]
    lang: str = "zh"
    format_version: Optional[str] = None  # None: detect
    #: each rule's options: the plugin's defaults merged with ``[options.CODE]``, validated
    options: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    #: the limits each file is checked under (govlint.run.watchdog)
    limits: Limits = field(default_factory=Limits)
    #: folder → the Settings of the configuration closest to the files in it, where that is not
    #: this one (config discovered per file, as ruff does), or the message of its error
    by_dir: Dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    #: bound report → plain data kept in ``FileResult.bound`` (set when an output needs it: the HTML report)
    bound_view: Optional[Callable[[BoundReport], Dict[str, Any]]] = None
    #: keep each report's snapshot in ``FileResult.snapshot``: True, all of it (the results store);
    #: a ``binder.snapshot.Keep``, only what the cross-year rules need; False, none
    snapshot: Any = False
    #: per-file-ignores in effect → the rule instances to run
    _rules_cache: Dict[tuple, List[Rule]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def make(cls, config: Config, registry: Registry) -> "Settings":
        enabled = enabled_codes(config, list(registry.rules))
        fv = None if config.format_version in ("auto", "") else config.format_version
        if fv is not None and fv not in registry.formats:
            from ..config import ConfigError
            raise ConfigError(f"{config.path or 'command line'}: format-version {fv!r}: use auto or one of "
                              f"{', '.join(sorted(registry.formats))}")
        return cls(config, registry, enabled, config.lang, fv, resolve_options(config, registry), config.limits)

    def for_path(self, path: str) -> "Settings":
        """The Settings a file is checked with: those of the configuration closest to it.
        Raises ConfigError when that configuration cannot be used."""
        if not self.by_dir:
            return self
        found = self.by_dir.get(os.path.dirname(os.path.abspath(path)))
        if found is None:
            return self
        if isinstance(found, str):
            from ..config import ConfigError
            raise ConfigError(found)
        return found  # type: ignore[return-value]

    def options_for(self, code: str) -> Dict[str, Any]:
        """A fresh copy of one rule's options (a rule that changes ``ctx.options`` changes only its own)."""
        found = self.options.get(code)
        if found is None:
            found = self.config.options.get(code)
        if not found:
            return {}
        import copy
        return copy.deepcopy(found)

    def rules_for(self, path: str) -> List[Rule]:
        """The rule instances to run on one file (per-file-ignores applied); built once per set."""
        ignored = tuple(ignored_for(self.config, path)) if self.config.per_file_ignores else ()
        rules = self._rules_cache.get(ignored)
        if rules is None:
            rules = self._rules_cache[ignored] = [
                rule_cls() for rule_cls in self.registry.sorted_rules()
                if rule_cls.code in self.enabled and not any(rule_cls.code.startswith(i) for i in ignored)]
        return rules


def looks_like_report(bound: BoundReport) -> bool:
    """Some sign that this is an annual report: a section, a bound table or the title words."""
    if any(s.spec is not None for s in bound.sections):
        return True
    if any(t.present for t in bound.tables.values()):
        return True
    return "政府信息公开" in bound.facts.title


def lint_text(text: str, path: str, settings: Settings, source: Optional[dict] = None) -> FileResult:
    """Lint report text already in memory (the readers' output, or a test's string).

    The cycle collector is off while a file is linted: the syntax tree, the bound report and
    the findings hold no cycles, and they are freed by reference counting when the file is done
    (which also takes them off the collector's count). Left on, it scanned every young cell and
    row of the file again and again, a sixth of the time of a file. Whatever cyclic garbage a
    rule leaves is collected as usual once the collector is back on."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _lint_text(text, path, settings, source)
    finally:
        if collecting:
            gc.enable()


def _lint_text(text: str, path: str, settings: Settings, source: Optional[dict]) -> FileResult:
    try:
        report = parse(text, path, source, vocabulary(settings.registry.formats))
    except ParseError as exc:
        _reraise_limit(exc)
        return FileResult(path, errors=(ToolError("read", str(exc), path),))
    bound = bind(report, settings.registry.formats, settings.format_version)
    if not looks_like_report(bound):
        return FileResult(path, errors=(ToolError(
            "read", "this does not look like a 政府信息公开工作年度报告 (no numbered section, no statistical "
                    "table, no title); check that it is the report", path),))
    ctx = Context(bound, settings.lang, {})
    diagnostics: List[Diagnostic] = []
    errors: List[ToolError] = []
    overrides = settings.config.severity
    unread = bound.unread
    plugin_of = settings.registry.rule_plugin
    for rule in settings.rules_for(path):
        if unread and any(part in unread for part in rule.needs):
            continue  # its premise could not be read: the rule that says so has spoken
        ctx.options = settings.options_for(rule.code)
        try:
            found = list(rule.check(ctx) or ())
            for d in found:
                if not isinstance(d, Diagnostic):
                    raise TypeError(f"check() yielded {type(d).__name__}, not a Diagnostic (use ctx.diag)")
        except (MemoryError, RecursionError):
            raise  # the watchdog names the limit
        except (Exception, SystemExit) as exc:  # a broken rule is reported, the others still run
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            errors.append(ToolError("rule", f"rule {rule.code} ({rule.name}, from {plugin_of.get(rule.code) or '?'}) "
                                            f"{_raised(exc)} at {Path(tb.filename).name}:{tb.lineno}",
                                    path, rule.code))
            continue
        if unread and not rule.unread_ok:
            found = [d for d in found if d.location.table not in unread]
        for d in found:
            if d.code in overrides:
                d = _with_severity(d, overrides[d.code])
            diagnostics.append(d)
    if report.original is not None:  # layout restored line breaks: report the file's own positions
        diagnostics = [_in_file(d, report) for d in diagnostics]
    origins = report.source.get("line_origins")
    if origins:
        diagnostics = [_with_origin(d, origins) for d in diagnostics]
    diagnostics.sort(key=Diagnostic.sort_key)
    lines = {}
    for d in diagnostics:
        for span in [d.span] + [r.span for r in d.related]:
            if span is not None:
                for n in range(span.line, span.end_line + 1):
                    lines[n] = report.line_text(n)
    view = settings.bound_view(bound) if settings.bound_view is not None else None
    kind = str(report.source.get("kind", "text"))
    snap = None
    if settings.snapshot:
        from ..binder.snapshot import snapshot
        snap = snapshot(bound, kind, None if settings.snapshot is True else settings.snapshot)
    return FileResult(path, tuple(diagnostics), tuple(errors), lines, kind, view, snapshot=snap)


def _reraise_limit(exc: BaseException) -> None:
    """A MemoryError or RecursionError that a library wrapped in its own exception (and the
    reader or the parser in theirs) is raised again as itself: the watchdog names the limit."""
    seen, e = 0, exc.__cause__ or exc.__context__
    while e is not None and seen < 32:
        if isinstance(e, (MemoryError, RecursionError)):
            raise e
        e, seen = e.__cause__ or e.__context__, seen + 1


def _raised(exc: BaseException) -> str:
    """What a plugin's code did: "raised ValueError: boom", or "called sys.exit(0)"."""
    if isinstance(exc, SystemExit):
        return f"called sys.exit({exc.code!r})"
    return f"raised {type(exc).__name__}: {exc}"


def _in_file(d: Diagnostic, report) -> Diagnostic:
    from dataclasses import replace
    return replace(d, span=report.to_file(d.span),
                   related=tuple(r._replace(span=report.to_file(r.span)) for r in d.related),
                   fix=tuple(e._replace(span=report.to_file(e.span)) for e in d.fix))


def _with_origin(d: Diagnostic, origins) -> Diagnostic:
    """Name the page or paragraph of a non-text source (``line_origins[line]``, 1-based)."""
    from dataclasses import replace
    if d.span is None:
        return d
    try:
        origin = origins[d.span.line] if isinstance(origins, dict) else origins[d.span.line - 1]
    except (IndexError, KeyError):
        return d
    return replace(d, origin=origin) if origin else d


def _with_severity(d: Diagnostic, severity: str) -> Diagnostic:
    from dataclasses import replace
    return replace(d, severity=severity)


def lint_file(path: str, settings: Settings) -> FileResult:
    try:
        doc = render(readers.read(Path(path), settings.registry.readers), vocabulary(settings.registry.formats))
    except readers.ReadError as exc:
        _reraise_limit(exc)
        return FileResult(path, errors=(ToolError("read", str(exc), path),))
    except (MemoryError, RecursionError):
        raise  # the watchdog names the limit
    except (Exception, SystemExit) as exc:  # a reader bug (or a plugin reader's exit) must not take the run down
        what = _raised(exc) if isinstance(exc, SystemExit) else f"failed: {type(exc).__name__}: {exc}"
        return FileResult(path, errors=(ToolError("read", f"the reader {what}", path),))
    return lint_text(doc.text, path, settings, doc.source)


def walked_suffixes(readers: Sequence[object] = ()) -> Tuple[str, ...]:
    """The extensions a directory walk picks up: every one that a reader claims, the given
    (plugin) readers' and the built-in ones', less :data:`NOT_WALKED`; lower-case, sorted.

    The readers are the one owner of this knowledge: a reader added for .xhtml, .docm or a
    plugin's .wps is found in a folder without a second list to keep in step."""
    found = set()
    for r in list(readers) + builtin_readers():
        for ext in getattr(r, "extensions", ()) or ():
            if isinstance(ext, str) and ext.startswith(".") and ext.lower() not in NOT_WALKED:
                found.add(ext.lower())
    return tuple(sorted(found))


def collect_files(paths: Sequence[str], exclude: Sequence[str] = (), readers: Sequence[object] = (),
                  unreadable: Optional[List[Tuple[str, str]]] = None,
                  respect_gitignore: bool = False) -> Iterator[str]:
    """The files to check: files as given, directories walked for the files a reader claims
    (``readers``: the registry's, besides the built-in ones; see :func:`walked_suffixes`), sorted.
    A folder that cannot be read is added to ``unreadable`` as (folder, why), never skipped in
    silence. With ``respect_gitignore``, a walk leaves out the files git ignores (a file named
    on the command line is checked whatever git says)."""
    import fnmatch
    suffixes = None

    def failed(exc: OSError) -> None:
        if unreadable is not None:
            unreadable.append((exc.filename or "", exc.strerror or str(exc)))
    for p in paths:
        if os.path.isdir(p):
            if suffixes is None:
                suffixes = walked_suffixes(readers)
            found = []
            for root, dirs, files in os.walk(p, onerror=failed):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
                for f in files:
                    if f.lower().endswith(suffixes) and not f.startswith("."):
                        full = os.path.join(root, f)
                        if not any(fnmatch.fnmatch(full, e) or fnmatch.fnmatch(f, e) for e in exclude):
                            found.append(full)
            if respect_gitignore and found:
                from .gitignore import ignored
                gone = ignored(p, found)
                found = [f for f in found if f not in gone]
            yield from sorted(found)
        else:
            yield p
