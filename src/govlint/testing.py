"""Test cases as data, for the built-in rules and for plugin authors alike.

A case file is TOML with any number of ``[[case]]`` tables::

    [[case]]
    name = "section 六 that says only 无"
    fixture = "../fixtures/tabs_2024.txt"      # relative to this file; or text = "..."
    replace = [["本年度未收取信息处理费。", "无"]]  # each old text must occur exactly once
    select = ["F401"]                           # default: the codes in expect
    lang = "zh"                                  # default zh
    config = { }                                 # any [tool.govlint] keys
    [[case.expect]]
    code = "F401"
    line = 32
    column = 1
    message = "“六、其他需要报告的事项”没有说明…"   # optional; exact match
    severity = "error"                           # optional

The findings of the selected rules must equal ``expect`` exactly (same number, in position
order), comparing the fields each expectation gives. Use it from pytest::

    from govlint.testing import case_params, check_case

    @pytest.mark.parametrize("case", case_params("tests/rules"))
    def test_rule(case):
        check_case(case)
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
from .engine import Settings, lint_text
from .plugins import Registry, load

_CASE_KEYS = {"name", "fixture", "text", "replace", "select", "lang", "config", "expect", "path", "errors"}
_EXPECT_KEYS = {"code", "line", "column", "end_line", "end_column", "message", "severity"}


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
        select = list(raw.get("select", sorted({e["code"] for e in expect})))
        if not select:
            raise CaseError(f"{where}: no expected findings: say which rules to run with select")
        out.append(Case(raw.get("name", f"case {i + 1}"), str(path), text, select, expect,
                        raw.get("lang", "zh"), dict(raw.get("config", {})), raw.get("path", "report.txt"),
                        list(raw.get("errors", []))))
    return out


def case_params(directory: Union[str, Path], pattern: str = "*.toml"):
    """pytest parameters for every case in every file of a directory."""
    import pytest

    params = []
    for f in sorted(Path(directory).glob(pattern)):
        for c in load_cases(f):
            params.append(pytest.param(c, id=c.id))
    return params


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    return load()


def run_case(case: Case, registry: Optional[Registry] = None) -> FileResult:
    registry = registry or default_registry()
    cfg = from_dict({**case.config, "select": case.select, "lang": case.lang})
    settings = Settings.make(cfg, registry)
    return lint_text(case.text, case.path, settings)


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
            if actual[k] != v:
                problems.append(f"finding {i + 1}: {k} expected {v!r}, got {actual[k]!r}")
    if problems:
        lines = [f"case {case.id}:"] + [f"  - {p}" for p in problems] + ["  findings:"] + \
                [f"    {_fmt(d)}" for d in got]
        raise AssertionError("\n".join(lines))
    return result
