"""Which reports pair across years, and the cross-year rules run over each pair.

Two reports pair when they are of the same agency (names normalised: full width and spaces,
人民政府 and 政府, a name that ends with the other's, e.g. 某县示例镇人民政府 and 示例镇政府)
and of consecutive years, from each report's facts (``binder.snapshot``). A report with two
candidates of the previous year that the name cannot tell apart is paired with neither: a wrong
pair would cry wolf. ``--previous FILE`` names the previous report of a single file outright.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Dict, Iterable, List, Optional, Tuple

from ..checks.pair import PairContext, is_pair_rule
from ..diagnostics import Diagnostic, ToolError

_SPACE = re.compile(r"\s+")


def normalise_agency(name: str) -> str:
    """The form agencies are compared in: NFKC, no spaces or brackets' contents, 人民政府 → 政府."""
    n = unicodedata.normalize("NFKC", name or "")
    n = _SPACE.sub("", n)
    n = re.sub(r"[（(][^）)]*[）)]", "", n)
    return n.replace("人民政府", "政府")


def same_agency(a: str, b: str) -> bool:
    a, b = normalise_agency(a), normalise_agency(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.endswith(short)


def read_agency_map(path: str) -> Dict[str, str]:
    """A user's mapping of agency names (renamed or merged agencies), one ``old name,new name`` per
    line (CSV; ``#`` starts a comment): a report of the old name pairs as the new name's.
    Returns normalised old → normalised new; a malformed file is a one-line ConfigError."""
    import csv
    from ..config import ConfigError
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    except OSError as exc:
        raise ConfigError(f"--agency-map {path}: cannot read: {exc.strerror or exc}") from None
    out: Dict[str, str] = {}
    for n, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row]
        if not cells or not any(cells) or cells[0].startswith("#"):
            continue
        if len(cells) != 2 or not all(cells):
            raise ConfigError(f"--agency-map {path}:{n}: expected `old name,new name`, got {','.join(row)!r}")
        out[normalise_agency(cells[0])] = normalise_agency(cells[1])
    return out


def pairs(snapshots: Dict[str, Dict[str, Any]], agency_map: Optional[Dict[str, str]] = None) -> List[Tuple[str, str]]:
    """(this year's path, last year's path) for every report whose previous year's is among
    ``snapshots`` (each a dict with agency, year and level). The names are indexed by their
    suffixes, so that pairing n reports takes time in proportion to n (what :func:`same_agency`
    says, without comparing every pair)."""
    keys: Dict[str, str] = {}
    by_year: Dict[int, List[str]] = {}
    for path, snap in snapshots.items():
        if snap and snap.get("year") and snap.get("agency"):
            keys[path] = normalise_agency(snap["agency"])
            if agency_map:
                keys[path] = agency_map.get(keys[path], keys[path])
            if keys[path]:
                by_year.setdefault(int(snap["year"]), []).append(path)
    found = []
    for year, paths in sorted(by_year.items()):
        before = by_year.get(year - 1)
        if not before:
            continue
        exact: Dict[str, List[str]] = {}
        ending: Dict[str, List[str]] = {}  # a suffix of ≥ 4 characters → the names that end with it
        for p in before:
            k = keys[p]
            exact.setdefault(k, []).append(p)
            for i in range(1, len(k) - 3):
                ending.setdefault(k[i:], []).append(p)
        for path in sorted(paths):
            k = keys[path]
            cands = set(exact.get(k, ())) | set(ending.get(k, ()) if len(k) >= 4 else ())
            for i in range(1, len(k) - 3):
                cands.update(exact.get(k[i:], ()))
            this = snapshots[path]
            cands = sorted(p for p in cands if _levels_agree(this, snapshots[p]))
            same = [p for p in cands if keys[p] == k]
            if len(cands) == 1:
                found.append((path, cands[0]))
            elif len(same) == 1:
                found.append((path, same[0]))
    return found


def _levels_agree(a: Dict[str, Any], b: Dict[str, Any]) -> bool:
    return not a.get("level") or not b.get("level") or a["level"] == b["level"]


def pair_rules(settings) -> list:
    """The enabled cross-year rule instances."""
    return [r for r in settings.rules_for("") if is_pair_rule(r)]


def needs(settings):
    """What the enabled cross-year rules need of each report (a ``binder.snapshot.Keep``)."""
    rows, sections = set(), set()
    for rule in pair_rules(settings):
        rows.update(rule.rows)
        sections.update(int(n) for n in rule.sections(settings.options_for(rule.code)))
    return frozenset(rows), frozenset(sections)


def pack(snap: Dict[str, Any]) -> bytes:
    """A snapshot held between reading a report and pairing it: compressed JSON."""
    import json
    import zlib
    return zlib.compress(json.dumps(snap, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def unpack(data: bytes) -> Dict[str, Any]:
    import json
    import zlib
    return json.loads(zlib.decompress(data).decode("utf-8"))


def check_pair(this: Dict[str, Any], last: Dict[str, Any], path: str, last_path: str,
               settings) -> Tuple[List[Diagnostic], List[ToolError]]:
    """The cross-year rules' findings on ``path`` against ``last_path`` (severity overrides applied)."""
    from dataclasses import replace
    out: List[Diagnostic] = []
    errors: List[ToolError] = []
    overrides = settings.config.severity
    for rule in settings.rules_for(path):
        if not is_pair_rule(rule):
            continue
        ctx = PairContext(this, last, path, last_path, settings.registry.formats, settings.lang,
                          settings.options_for(rule.code))
        try:
            for d in rule.check_pair(ctx) or ():
                out.append(replace(d, severity=overrides[d.code]) if d.code in overrides else d)
        except Exception as exc:  # a broken rule is reported, the others still run
            errors.append(ToolError("rule", f"rule {rule.code} ({rule.name}) raised {type(exc).__name__}: {exc}",
                                    path, rule.code))
    out.sort(key=Diagnostic.sort_key)
    return out, errors


def lines_of(snap: Dict[str, Any], diagnostics: Iterable[Diagnostic]) -> Dict[int, str]:
    """The source lines the findings point at, from the snapshot."""
    known = snap.get("lines", {})
    out = {}
    for d in diagnostics:
        if d.span is not None:
            for n in range(d.span.line, d.span.end_line + 1):
                if str(n) in known:
                    out[n] = known[str(n)]
    return out
