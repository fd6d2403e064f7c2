"""The linter loop: read → parse → bind → run the enabled rules → one FileResult per file."""
from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Set, Tuple

from .. import readers
from ..cache import blake2b
from ..binder.bind import BoundReport, bind
from ..config import Config, enabled_codes, ignored_for
from ..diagnostics import Diagnostic, FileResult, ToolError
from ..i18n import Msg
from ..limits import Limits
from ..layout import render, vocabulary
from ..syntax.parser import ParseError, parse
from ..checks.registry import Registry, resolve_options
from ..readers import builtin_extensions
from ..checks.rule import Context, Rule
from ..lexicon.pattern import lazy
from ..records import Plain
from ..formats import BUILTIN_FORMATS

#: extensions a reader claims that a directory walk still leaves alone: Markdown (a folder's
#: README.md is no report: a Markdown file is walked when its first words read as a report's,
#: :func:`_markdown_report`) and no extension at all (LICENSE, Makefile); a file named on the
#: command line is read whatever its extension
NOT_WALKED = (".md", "")
#: how much of a Markdown file a walk looks at for a report's words
_MARKDOWN_HEAD = 16384
#: the words of the sections a report's first pages hold (三 of them at least: a README about reports
#: names a report, not its sections)
_FIRST_SECTIONS = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "行政复议、行政诉讼情况")


def _markdown_report(path: str) -> bool:
    """Does a Markdown file found in a walk read as a report (a report converted to Markdown: pandoc's,
    a PDF converter's), not a folder's README: its first :data:`_MARKDOWN_HEAD` bytes name 信息公开 and
    three of the report's first sections? (A folder of converted reports was checked as if it held none
    of them, voices57m.)"""
    try:
        with open(path, "rb") as f:
            head = f.read(_MARKDOWN_HEAD).decode("utf-8", "ignore")
    except OSError:
        return False
    return "信息公开" in head and sum(w in head for w in _FIRST_SECTIONS) >= 3


class Settings(Plain):
    """Everything a run needs, resolved once: config, registry and the enabled rules.

    (A plain class, not a dataclass: making a dataclass compiles its generated methods at every
    start, ~4 M instructions a class.)"""

    config: Config
    registry: Registry
    enabled: Set[str]
    lang: str
    format_version: Optional[str]  # None: detect
    #: each rule's options: the plugin's defaults merged with ``[options.CODE]``, validated
    options: Dict[str, Dict[str, Any]]
    #: the limits each file is checked under (govlint.run.watchdog)
    limits: Limits
    #: folder → the Settings of the configuration closest to the files in it, where that is not
    #: this one (config discovered per file, as ruff does), or the message of its error (a Msg)
    by_dir: Dict[str, object]
    #: bound report → plain data kept in ``FileResult.bound`` (set when an output needs it: the HTML report)
    bound_view: Optional[Callable[[BoundReport], Dict[str, Any]]]
    #: keep each report's snapshot in ``FileResult.snapshot``: True, all of it (the results store);
    #: a ``binder.snapshot.Keep``, only what the cross-year rules need; False, none
    snapshot: Any
    #: per-file-ignores in effect → the rule instances to run
    _rules_cache: Dict[tuple, List[Rule]]
    #: what a file's result depends on besides its bytes and its path (:func:`settings_digest`)
    _digest: Optional[bytes]

    #: the fields given to the constructor (``_rules_cache`` and ``_digest`` are made afresh)
    _FIELDS = ("config", "registry", "enabled", "lang", "format_version", "options", "limits", "by_dir",
               "bound_view", "snapshot")
    #: the fields compared and shown
    _COMPARED = ("config", "registry", "enabled", "lang", "format_version", "options", "limits",
                 "bound_view", "snapshot")

    def __init__(self, config: Config, registry: Registry, enabled: Set[str], lang: str = "zh",
                 format_version: Optional[str] = None, options: Optional[Dict[str, Dict[str, Any]]] = None,
                 limits: Optional[Limits] = None, by_dir: Optional[Dict[str, object]] = None,
                 bound_view: Optional[Callable[[BoundReport], Dict[str, Any]]] = None, snapshot: Any = False):
        self.config = config
        self.registry = registry
        self.enabled = enabled
        self.lang = lang
        self.format_version = format_version
        self.options = {} if options is None else options
        self.limits = Limits() if limits is None else limits
        self.by_dir = {} if by_dir is None else by_dir
        self.bound_view = bound_view
        self.snapshot = snapshot
        self._rules_cache = {}
        self._digest = None

    def replace(self, **changes) -> "Settings":
        """A new Settings with some fields changed (its rules and digest made afresh)."""
        values = {k: getattr(self, k) for k in self._FIELDS}
        values.update(changes)
        return Settings(**values)


    @classmethod
    def make(cls, config: Config, registry: Registry) -> "Settings":
        enabled = enabled_codes(config, list(registry.rules))
        fv = None if config.format_version in ("auto", "") else config.format_version
        if fv is not None and fv not in registry.formats:
            from ..config import ConfigError
            where, formats = config.path or "command line", ", ".join(sorted(registry.formats))
            raise ConfigError(Msg(f"{config.path or '命令行'}：format-version {fv!r} 无效：请用 auto 或 {formats} 之一",
                                  f"{where}: format-version {fv!r}: use auto or one of {formats}"))
        return cls(config, registry, enabled, config.lang, fv, resolve_options(config, registry), config.limits)

    def for_path(self, path: str) -> "Settings":
        """The Settings a file is checked with: those of the configuration closest to it.
        Raises ConfigError when that configuration cannot be used."""
        if not self.by_dir:
            return self
        found = self.by_dir.get(os.path.dirname(os.path.abspath(path)))
        if found is None:
            return self
        if isinstance(found, (Msg, str)):
            from ..config import ConfigError
            raise ConfigError(found)
        if found.snapshot is not self.snapshot or found.bound_view is not self.bound_view:  # type: ignore[attr-defined]
            # what the run keeps of each report is the run's, not a configuration's
            found.snapshot, found.bound_view, found._digest = self.snapshot, self.bound_view, None  # type: ignore[attr-defined]
        return found  # type: ignore[return-value]

    def options_for(self, code: str) -> Dict[str, Any]:
        """A fresh copy of one rule's options (a rule that changes ``ctx.options`` changes only its own).
        Most rules have none (an empty dict, no lookup in the configuration again); a rule's
        options of plain data (numbers, strings, lists, tables) are copied by :func:`_fresh`,
        not ``copy.deepcopy`` (made once per rule and file, its memo and dispatch cost more than
        the copy)."""
        found = self.options.get(code)
        if found is None:
            found = self.config.options.get(code)
        if not found:
            return {}
        return _fresh(found)

    def rules_for(self, path: str) -> List[Rule]:
        """The rule instances to run on one file (per-file-ignores applied); built once per set."""
        ignored = tuple(ignored_for(self.config, path)) if self.config.per_file_ignores else ()
        rules = self._rules_cache.get(ignored)
        if rules is None:
            rules = self._rules_cache[ignored] = [
                rule_cls() for rule_cls in self.registry.sorted_rules()
                if rule_cls.code in self.enabled and not any(rule_cls.code.startswith(i) for i in ignored)]
        return rules


_PLAIN = (str, int, float, bool, type(None))


def _fresh(value: Any) -> Any:
    """A deep copy of an option's value: plain data copied by hand, anything else by
    ``copy.deepcopy``."""
    if isinstance(value, _PLAIN):
        return value
    kind = type(value)
    if kind is dict:
        return {k: _fresh(v) for k, v in value.items()}
    if kind is list:
        return [_fresh(v) for v in value]
    if kind is tuple:
        return tuple(_fresh(v) for v in value)
    import copy
    return copy.deepcopy(value)


def looks_like_report(bound: BoundReport) -> bool:
    """Some sign that this is an annual report: a section, a bound table, the title words, or a
    statistics period stated ("本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止": a report
    whose copy lost its title and numbered headings, "(一)主动公开情况" under none, is one)."""
    if any(s.spec is not None for s in bound.sections):
        return True
    if any(t.present for t in bound.tables.values()):
        return True
    f = bound.facts
    return "政府信息公开" in f.title or f.period is not None or f.cutoff is not None


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
        with exact_arithmetic(text):
            return _lint_text(text, path, settings, source)
    finally:
        if collecting:
            gc.enable()


#: a run of digits (with the separators a number may have) this long or longer in a report
_LONG_NUMBER = lazy(r"[0-9０-９][0-9０-９,，.．]{23,}")
#: the test before it (a tenth of its cost: the search tries a match at every digit of the
#: report, ~0.3 M instructions a 10 KB report): the text's UTF-16 bytes, each made b"1" when it
#: is a byte of a character :data:`_LONG_NUMBER` reads (0-9 , . and ０-９ ， ． are 30-39 2C 2E
#: and 10-19 0C 0E, each with its high byte 00 or FF; the other bytes stay as they are, and
#: b"1" is one of these). A long number is 24 such characters in a row, 48 such bytes: where no
#: 48 are, there is none (where they are, the pattern decides: a byte of another character may
#: be one of them)
_NUMBER_BYTES = b"0123456789,.\x00\xff\x0c\x0e" + bytes(range(0x10, 0x1a))
_IN_NUMBER = bytes.maketrans(_NUMBER_BYTES, b"1" * len(_NUMBER_BYTES))
_NO_LONG_RUN = b"1" * 48


def exact_arithmetic(text: str):
    """The decimal context the rules compute in: Python's default (28 significant digits) keeps
    every number a report holds exact, unless the report has a number of 24 digits or more
    (a hostile file's 5000-digit cell): then the precision is raised above twice its length, so
    that the sums and the values a message shows are the report's, never rounded (9…9 shown as
    1000…0). A report without such a number computes as before."""
    import contextlib
    if _NO_LONG_RUN not in text.encode("utf-16-le", "surrogatepass").translate(_IN_NUMBER):
        return contextlib.nullcontext()  # (no 24 characters of a number in a row: no long number)
    found = _LONG_NUMBER.findall(text)
    if not found:
        return contextlib.nullcontext()
    import decimal
    longest = max(sum(ch.isdigit() for ch in f) for f in found)
    context = decimal.getcontext().copy()
    context.prec = max(context.prec, 2 * longest + 28)
    return decimal.localcontext(context)


def _lint_text(text: str, path: str, settings: Settings, source: Optional[dict]) -> FileResult:
    try:
        report = parse(text, path, source, vocabulary(settings.registry.formats))
    except ParseError as exc:
        _reraise_limit(exc)
        return FileResult(path, errors=(ToolError("read", _parse_error(exc).text(settings.lang), path),))
    bound = bind(report, settings.registry.formats, settings.format_version)
    if not looks_like_report(bound):
        return FileResult(path, errors=(ToolError("read", Msg(
            "这个文件看起来不是政府信息公开工作年度报告（没有编号的章节、统计表格或标题）；请确认它是报告",
            "this does not look like an annual report on government information disclosure (“政府信息公开工作"
            "年度报告”: no numbered section, no statistical table, no title); check that it is the report"
        ).text(settings.lang), path),))
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
                    raise _NotADiagnostic(type(d).__name__)
        except (MemoryError, RecursionError):
            raise  # the watchdog names the limit
        except (Exception, SystemExit) as exc:  # a broken rule is reported, the others still run
            import traceback  # (only when a rule raises: it imports textwrap and linecache)
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            at, plugin = f"{Path(tb.filename).name}:{tb.lineno}", plugin_of.get(rule.code) or "?"
            errors.append(ToolError("rule", Msg(
                f"规则 {rule.code}（{rule.name}，来自 {plugin}）{_raised(exc).zh}，位置 {at}",
                f"rule {rule.code} ({rule.name}, from {plugin}) {_raised(exc).en} at {at}").text(settings.lang),
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


class _NotADiagnostic(TypeError):
    """A rule's check() yielded something else than a Diagnostic."""

    def __init__(self, what: str):
        super().__init__(f"check() yielded {what}, not a Diagnostic (use ctx.diag)")
        self.what = what


def _raised(exc: BaseException) -> Msg:
    """What a plugin's code did: "raised ValueError: boom", or "called sys.exit(0)" (the
    exception's own text, the plugin's words, is kept in both languages)."""
    if isinstance(exc, SystemExit):
        return Msg(f"调用了 sys.exit({exc.code!r})", f"called sys.exit({exc.code!r})")
    if isinstance(exc, _NotADiagnostic):
        return Msg(f"的 check() 返回了 {exc.what}，而不是 Diagnostic（请用 ctx.diag）", f"raised TypeError: {exc}")
    return Msg(f"抛出了异常 {type(exc).__name__}：{exc}", f"raised {type(exc).__name__}: {exc}")


def _parse_error(exc: BaseException) -> Msg:
    """A ParseError's message in both languages (the parser's words are English)."""
    from ..readers import messages
    if str(exc) == "the file is empty":
        return messages.empty()
    return Msg(f"无法解析这个文件（{type(exc.__cause__).__name__ if exc.__cause__ else '解析器出错'}）", str(exc))


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
        return FileResult(path, errors=(ToolError("read", exc.text(settings.lang), path),))
    except (MemoryError, RecursionError):
        raise  # the watchdog names the limit
    except (Exception, SystemExit) as exc:  # a reader bug (or a plugin reader's exit) must not take the run down
        from ..readers import messages
        said = messages.reader_exited("file", exc.code) if isinstance(exc, SystemExit) else \
            messages.reader_failed("file", exc)
        return FileResult(path, errors=(ToolError("read", said.text(settings.lang), path),))
    return lint_text(doc.text, path, settings, doc.source)


def walked_suffixes(readers: Sequence[object] = ()) -> Tuple[str, ...]:
    """The extensions a directory walk picks up: every one that a reader claims, the given
    (plugin) readers' and the built-in ones', less :data:`NOT_WALKED`; lower-case, sorted.

    The readers are the one owner of this knowledge: a reader added for .xhtml, .docm or a
    plugin's .wps is found in a folder without a second list to keep in step (the built-in
    readers' in :data:`govlint.readers.EXTENSIONS`, which their classes take: a walk imports none
    of them)."""
    found = set()
    claimed = [getattr(r, "extensions", ()) or () for r in readers] + [builtin_extensions()]
    for exts in claimed:
        for ext in exts:
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
                    if f.startswith("."):
                        continue
                    full, name = os.path.join(root, f), f.lower()
                    if (name.endswith(suffixes) or (name.endswith(".md") and _markdown_report(full))) \
                            and not any(fnmatch.fnmatch(full, e) or fnmatch.fnmatch(f, e) for e in exclude):
                        found.append(full)
            if respect_gitignore and found:
                from .gitignore import ignored
                gone = ignored(p, found)
                found = [f for f in found if f not in gone]
            yield from sorted(found)
        else:
            yield p


# -- the results cache: an unchanged file checked again under the same settings is not read ----

def settings_digest(settings: Settings) -> bytes:
    """What a file's result depends on besides its bytes and its path: govlint's code (every
    source file of the package, its grammars and built-in rules, by size and time; the reading
    libraries' versions), the enabled rules with their options and the files of their modules
    (a plugin's), severities, per-file-ignores, language, format version, the formats, the
    plugin readers, the plugins and their versions, the limits. Made once per Settings."""
    if settings._digest is None:
        import json
        import sys
        from ..readers.cache import source_digest
        rules = []
        for code in sorted(settings.enabled):
            cls = settings.registry.rules.get(code)
            rules.append([code, _module_stamp(cls)])
        formats = {k: ("builtin" if v is BUILTIN_FORMATS.get(k) else v) for k, v in settings.registry.formats.items()}
        basis = {"rules": rules, "options": settings.options, "lang": settings.lang,
                 "format": settings.format_version, "severity": settings.config.severity,
                 "per_file_ignores": settings.config.per_file_ignores, "limits": repr(settings.limits),
                 "formats": repr(sorted(formats.items())),
                 "readers": [_module_stamp(type(r)) for r in settings.registry.readers],
                 "plugins": sorted((p.name, p.version) for p in settings.registry.plugins),
                 "snapshot": _canonical(settings.snapshot), "python": sys.version}
        h = blake2b(source_digest(), digest_size=20)
        h.update(json.dumps(basis, sort_keys=True, default=repr).encode("utf-8", "replace"))
        settings._digest = h.digest()
    return settings._digest


def _canonical(obj):
    """Sets as sorted lists (their order is the hash seed's), tuples as lists."""
    if isinstance(obj, (set, frozenset)):
        return sorted((_canonical(x) for x in obj), key=repr)
    if isinstance(obj, (list, tuple)):
        return [_canonical(x) for x in obj]
    return obj


def _module_stamp(obj) -> list:
    """A class's module and that module's file by size and time (a plugin edited in place)."""
    import sys
    if obj is None:
        return []
    mod = sys.modules.get(getattr(obj, "__module__", "") or "")
    path = getattr(mod, "__file__", None) or ""
    try:
        st = os.stat(path)
        return [obj.__module__, getattr(obj, "__qualname__", ""), st.st_size, st.st_mtime_ns]
    except OSError:
        return [getattr(obj, "__module__", ""), getattr(obj, "__qualname__", ""), path]


def result_key(path: str, settings: Settings) -> Optional[str]:
    """The results cache's key of a file: its bytes' hash, its path (as given and absolute: the
    result names it, per-file-ignores match it) and :func:`settings_digest` of the settings
    closest to it; None when the file cannot be read here (the run reads it and says why)."""
    import stat as st_
    try:
        settings = settings.for_path(path)
        st = os.stat(path)
        if not st_.S_ISREG(st.st_mode) or st.st_size > (settings.limits.file_bytes or (1 << 62)):
            return None
        with open(path, "rb") as f:
            data = f.read()
    except Exception:
        return None
    h = blake2b(data, digest_size=20)
    h.update(settings_digest(settings))
    h.update(f"\0{path}\0{os.path.abspath(path)}".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


#: a remembered result's snapshot, when the run keeps snapshots to pair reports across years:
#: the report's facts and, under this key, the snapshot as the pairing keeps it (packed)
PACKED = "_packed"


#: a file changed this recently may change again within its timestamps' granularity unseen
RACY_SECONDS = 2.0


def stat_key(path: str, settings: Settings) -> Optional[str]:
    """A second key of a file's result, by what ``stat`` says of the file (device, inode, size,
    modification and change times, to the nanosecond) instead of its bytes' hash: a rerun over
    an unchanged corpus then opens no report. Any write to the file changes its change time,
    which no program sets back; a file changed in the last :data:`RACY_SECONDS` has none (a
    second write within the same tick of a coarse clock would keep its times)."""
    import time
    try:
        settings = settings.for_path(path)
        st = os.stat(path)
    except Exception:
        return None
    if time.time() - max(st.st_mtime, st.st_ctime) < RACY_SECONDS:
        return None
    h = blake2b(b"stat", digest_size=20)
    h.update(settings_digest(settings))
    h.update(f"\0{path}\0{os.path.abspath(path)}\0{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:"
             f"{st.st_ctime_ns}".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def remembered(files: List[str], settings: Settings, lint: Callable[[List[str]], Iterator[FileResult]],
               packer: Optional[Callable[[dict], bytes]] = None) -> Iterator[FileResult]:
    """Each file's result, in the order of ``files``: from the results cache
    (``<cache dir>/results/``, :mod:`govlint.readers.cache`) when the file's bytes, its path, the
    code and the settings are those of a stored result, else from ``lint(the others)``, and then
    stored. Only results without errors are kept (an error may be this machine's: a timeout, a
    missing library), and none when the run keeps more than findings (
    the HTML report's bound tables: that run reads every file). A run that keeps each report's
    snapshot (the results store, the cross-year rules) has it in its key, and stored; with
    ``packer`` (the pairing's packing), as the facts and the packed snapshot alone (:data:`PACKED`):
    a rerun neither unpacks nor packs it again. ``GOVLINT_RESULTS_CACHE_MB=0`` turns this cache
    alone off (the test suite does: its runs are about the reading and the linting)."""
    from dataclasses import replace as dataclasses_replace
    from ..readers import cache
    base = cache.results_folder()
    if base is None or settings.bound_view is not None or cache.results_limit_bytes() <= 0:
        yield from lint(files)
        return
    keys: Dict[str, List[str]] = {}
    hits: Dict[str, FileResult] = {}
    for f in files:
        alias = stat_key(f, settings)
        if alias is not None:
            got = cache.load_result(base, alias)
            if isinstance(got, FileResult) and got.path == f:
                hits[f] = got
                continue
        k = result_key(f, settings)
        if k is None:
            continue
        keys[f] = [k] if alias is None else [k, alias]
        got = cache.load_result(base, k)
        if isinstance(got, FileResult) and got.path == f:
            hits[f] = got
            if alias is not None:
                cache.store_result(base, alias, got)
    todo = [f for f in files if f not in hits]
    fresh = iter(lint(todo)) if todo else iter(())
    for f in files:
        if f in hits:
            yield hits[f]
            continue
        r = next(fresh)
        if f in keys and r.path == f and not r.errors and r.bound is None:
            kept = r
            if packer is not None and r.snapshot is not None:
                snap = r.snapshot
                kept = dataclasses_replace(r, snapshot={"agency": snap.get("agency"), "year": snap.get("year"),
                                            "level": snap.get("level"), PACKED: packer(snap)})
            for k in keys[f]:
                cache.store_result(base, k, kept)
        yield r
