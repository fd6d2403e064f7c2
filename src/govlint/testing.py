"""Test cases as data, for the built-in rules and for plugin authors alike.

A case file is TOML with any number of ``[[case]]`` tables::

    [[case]]
    name = "section 六 that says only 无"
    fixture = "../fixtures/tabs_2024.txt"      # relative to this file; or text = "..."
    replace = [["本年度未收取信息处理费。", "无"]]  # each old text must occur exactly once
    select = ["F401"]                           # default: the codes in expect
    lang = "zh"                                  # default zh
    config = { }                                 # any [tool.govlint] keys, e.g. options
    plugins = ["../org_rules.py"]                # optional: plugins to load besides the built-ins
                                                 # (.py paths relative to this file, or module names)
    errors = ["raised"]                          # optional: expected tool errors (substrings)
    previous = "../fixtures/multiyear/consistent/示例镇_2023.txt"  # optional: last year's report, for
                                                 # the cross-year rules (named previous.txt in messages)
    previous_replace = [["old", "new"]]          # optional: replacements in last year's report
    [[case.expect]]
    code = "F401"
    line = 32
    column = 1
    message = "“六、其他需要报告的事项”没有说明…"   # optional; exact match
    severity = "error"                           # optional
    location = { section = "六、其他需要报告的事项" }  # optional; the Location fields given must match

The findings of the selected rules must equal ``expect`` exactly (same number, in position
order), comparing the fields each expectation gives. Use it from pytest::

    from govlint.testing import case_params, check_case

    @pytest.mark.parametrize("case", case_params("tests/rules"))
    def test_rule(case):
        check_case(case)

The rules run are govlint's built-ins plus the case's ``plugins``, or exactly those of the
``registry`` given to :func:`check_case`, never whatever else happens to be installed, so a
test gives the same result on every machine. A plugin author tests a plugin without installing
it::

    import my_plugin
    REGISTRY = make_registry(my_plugin)          # built-ins + my_plugin; load errors raise

    @pytest.mark.parametrize("case", case_params(Path(__file__).parent / "cases"))
    def test_case(case):
        check_case(case, REGISTRY)

and :func:`lint` runs rules on a string for tests that are easier to write in Python.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Union

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .config import from_dict
from .diagnostics import Diagnostic, FileResult
from .run.engine import Settings, lint_text
from .checks.registry import Registry, load_from

_CASE_KEYS = {"name", "fixture", "text", "replace", "select", "lang", "config", "expect", "path", "errors",
              "plugins", "previous", "previous_replace"}
_EXPECT_KEYS = {"code", "line", "column", "end_line", "end_column", "message", "severity", "location"}
_LOCATION_KEYS = {"section", "table", "row", "column", "row_key", "column_key"}


class CaseError(Exception):
    """A case file that is itself wrong (unknown key, replace text not found, …)."""


@dataclass
class Case:
    name: str
    file: str
    text: str
    select: List[str]
    expect: List[Dict[str, Any]]
    lang: str = "zh"
    config: Dict[str, Any] = field(default_factory=dict)
    path: str = "report.txt"
    #: expected tool errors (substrings of their messages), e.g. for a rule that raises
    errors: List[str] = field(default_factory=list)
    #: plugins to load besides the built-ins: absolute .py paths or module names
    plugins: List[str] = field(default_factory=list)
    #: last year's report text, for the cross-year rules (``previous`` in the case file)
    previous: Optional[str] = None

    @property
    def id(self) -> str:
        return f"{Path(self.file).stem}::{self.name}"


def load_cases(path: Union[str, Path]) -> List[Case]:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CaseError(f"{path}: not valid TOML: {exc}") from None
    out = []
    for i, raw in enumerate(data.get("case", [])):
        where = f"{path} case {i + 1} ({raw.get('name', '?')})"
        unknown = set(raw) - _CASE_KEYS
        if unknown:
            raise CaseError(f"{where}: unknown keys {sorted(unknown)}")
        if ("fixture" in raw) == ("text" in raw):
            raise CaseError(f"{where}: give exactly one of fixture or text")
        text = raw["text"] if "text" in raw else (path.parent / raw["fixture"]).read_text("utf-8")
        for pair in raw.get("replace", []):
            old, new = pair
            n = text.count(old)
            if n != 1:
                raise CaseError(f"{where}: replace text {old!r} occurs {n} times (must be exactly once)")
            text = text.replace(old, new)
        expect = list(raw.get("expect", []))
        for e in expect:
            bad = set(e) - _EXPECT_KEYS
            if bad:
                raise CaseError(f"{where}: unknown expect keys {sorted(bad)}")
            loc = e.get("location", {})
            if not isinstance(loc, dict) or set(loc) - _LOCATION_KEYS:
                raise CaseError(f"{where}: expect.location takes the keys {sorted(_LOCATION_KEYS)}")
        if "plugins" in raw.get("config", {}):
            raise CaseError(f"{where}: give plugins as the case's own plugins key, not in config")
        plugins = raw.get("plugins", [])
        if not isinstance(plugins, list) or not all(isinstance(p, str) for p in plugins):
            raise CaseError(f"{where}: plugins must be a list of strings")
        plugins = [str((path.parent / p).resolve()) if _is_path(p) else p for p in plugins]
        select = list(raw.get("select", sorted({e["code"] for e in expect})))
        if not select:
            raise CaseError(f"{where}: no expected findings: say which rules to run with select")
        out.append(Case(raw.get("name", f"case {i + 1}"), str(path), text, select, expect,
                        raw.get("lang", "zh"), dict(raw.get("config", {})), raw.get("path", "report.txt"),
                        list(raw.get("errors", [])), plugins,
                        _previous(raw, path, where)))
    return out


def _previous(raw: Dict[str, Any], path: Path, where: str) -> Optional[str]:
    if "previous" not in raw:
        if "previous_replace" in raw:
            raise CaseError(f"{where}: previous_replace without previous")
        return None
    text = (path.parent / raw["previous"]).read_text("utf-8")
    for old, new in raw.get("previous_replace", []):
        n = text.count(old)
        if n != 1:
            raise CaseError(f"{where}: previous_replace text {old!r} occurs {n} times (must be exactly once)")
        text = text.replace(old, new)
    return text


def _is_path(spec: str) -> bool:
    return spec.endswith(".py") or "/" in spec or "\\" in spec


def case_params(directory: Union[str, Path], pattern: str = "*.toml"):
    """pytest parameters for every case in every file of a directory."""
    import pytest

    params = []
    for f in sorted(Path(directory).glob(pattern)):
        for c in load_cases(f):
            params.append(pytest.param(c, id=c.id))
    return params


class PluginError(Exception):
    """A plugin given to :func:`make_registry` failed to load (the message says why)."""


def make_registry(*plugins: Union[object, str, Path], builtins: bool = True, strict: bool = True,
                  base: Union[str, Path, None] = None) -> Registry:
    """A registry of govlint's built-in rules (unless ``builtins=False``) plus ``plugins``.

    Each plugin is a module or other object with hook functions, a module name, or a ``.py``
    path (relative to ``base``, default the current directory). Other installed plugins are not
    loaded. With ``strict`` (the default) any load error, such as a rule code that is already
    taken or a hook that raises, raises :class:`PluginError`; otherwise the errors are in
    ``registry.errors``.
    """
    local = [str(p) for p in plugins if isinstance(p, (str, Path))]
    extra = [p for p in plugins if not isinstance(p, (str, Path))]
    reg = load_from("builtins" if builtins else "none", local, Path(base) if base else Path.cwd(), extra)
    if strict and reg.errors:
        raise PluginError("; ".join(e.message for e in reg.errors))
    return reg


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """govlint's built-in rules only, loaded once."""
    return load_from("builtins")


@lru_cache(maxsize=32)
def _case_registry(plugins: tuple, base: str) -> Registry:
    return make_registry(*plugins, base=base)


def run_case(case: Case, registry: Optional[Registry] = None) -> FileResult:
    if case.plugins:
        if registry is not None:
            raise CaseError(f"case {case.id}: give plugins either in the case or as registry=, not both")
        try:
            registry = _case_registry(tuple(case.plugins), str(Path(case.file).resolve().parent))
        except PluginError as exc:
            raise CaseError(f"case {case.id}: {exc}") from None
    registry = registry or default_registry()
    cfg = from_dict({**case.config, "select": case.select, "lang": case.lang})
    settings = Settings.make(cfg, registry)
    if case.previous is None:
        return lint_text(case.text, case.path, settings)
    return lint_pair(case.text, case.previous, settings, case.path)


#: the name last year's report goes by in a case's messages
PREVIOUS_PATH = "previous.txt"


def lint_pair(text: str, previous: str, settings: Settings, path: str = "report.txt",
              previous_path: str = PREVIOUS_PATH) -> FileResult:
    """Lint ``text`` as this year's report, with the cross-year rules run against ``previous``."""
    from dataclasses import replace
    from .store.pairing import check_pair, lines_of
    settings.snapshot = True
    last = lint_text(previous, previous_path, settings)
    this = lint_text(text, path, settings)
    if this.snapshot is None or last.snapshot is None:
        return this
    diags, errors = check_pair(this.snapshot, last.snapshot, path, previous_path, settings)
    return replace(this, diagnostics=tuple(sorted(this.diagnostics + tuple(diags), key=Diagnostic.sort_key)),
                   errors=this.errors + tuple(errors), lines={**lines_of(this.snapshot, diags), **this.lines})


def lint(text: str, select: Optional[Sequence[str]] = None, *, registry: Optional[Registry] = None,
         config: Optional[Dict[str, Any]] = None, lang: str = "zh", path: str = "report.txt") -> FileResult:
    """Run rules on report text and return the :class:`FileResult` (findings and tool errors).

    ``select``: rule codes or prefixes (default all the registry's rules); ``config``: any
    ``[tool.govlint]`` keys, e.g. ``{"options": {"X902": {"required_keywords": ["…"]}}}``.
    """
    data = dict(config or {})
    if select is not None:
        data["select"] = list(select)
    data["lang"] = lang
    settings = Settings.make(from_dict(data), registry or default_registry())
    return lint_text(text, path, settings)


def _fmt(d: Diagnostic) -> str:
    s = d.span
    pos = f"{s.line}:{s.column}-{s.end_line}:{s.end_column}" if s else "-"
    return f"{d.code} {pos} [{d.severity}] {d.message}"


def check_case(case: Case, registry: Optional[Registry] = None) -> FileResult:
    """Run a case and raise AssertionError, with a readable account, if it does not match."""
    result = run_case(case, registry)
    problems: List[str] = []
    for err in result.errors:
        if not any(e in err.message for e in case.errors):
            problems.append(f"unexpected tool error: {err.message}")
    for e in case.errors:
        if not any(e in err.message for err in result.errors):
            problems.append(f"expected a tool error containing {e!r}")
    got = list(result.diagnostics)
    if len(got) != len(case.expect):
        problems.append(f"expected {len(case.expect)} finding(s), got {len(got)}")
    for i, (exp, d) in enumerate(zip(case.expect, got)):
        actual = {"code": d.code, "severity": d.severity, "message": d.message,
                  "line": d.span.line if d.span else None, "column": d.span.column if d.span else None,
                  "end_line": d.span.end_line if d.span else None,
                  "end_column": d.span.end_column if d.span else None}
        for k, v in exp.items():
            if k == "location":
                got_loc = d.location.as_dict()
                for lk, lv in v.items():
                    if got_loc.get(lk) != lv:
                        problems.append(f"finding {i + 1}: location.{lk} expected {lv!r}, got {got_loc.get(lk)!r}")
            elif actual[k] != v:
                problems.append(f"finding {i + 1}: {k} expected {v!r}, got {actual[k]!r}")
    if problems:
        lines = [f"case {case.id}:"] + [f"  - {p}" for p in problems] + ["  findings:"] + \
                [f"    {_fmt(d)}" for d in got]
        raise AssertionError("\n".join(lines))
    return result
