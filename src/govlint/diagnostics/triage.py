"""Findings accepted on purpose: suppression entries of the configuration, and the baseline.

A supervisor who re-checks a corpus every year, or an office that has decided a finding is not a
defect, should not see it again — but it must not vanish without a trace either. So a finding
accepted here moves from ``FileResult.diagnostics`` to ``FileResult.suppressed`` with its reason:
it no longer counts (exit status, text output, statistics), and SARIF and JSON still carry it
(SARIF ``suppressions`` with the justification; JSON ``suppressed``).

- ``[[tool.govlint.suppress]]`` entries (:class:`govlint.config.Suppression`): a code or prefix, a
  path glob relative to the configuration file, an optional logical location, a required reason.
- A baseline (``--write-baseline FILE``, then ``--baseline FILE``): the findings of a run by their
  fingerprint (:func:`govlint.diagnostics.fingerprints`: the rule and the logical location, never the
  line or the message), so a finding stays accepted when lines are inserted above it or a number
  elsewhere changes its message. Paths are relative to the baseline file's folder.
"""
from __future__ import annotations

import fnmatch
import json
import os
from collections import Counter
from pathlib import Path, PurePath
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from ..config import ConfigError, Suppression
from . import Diagnostic, FileResult, Location, Suppressed, fingerprints

BASELINE_VERSION = 1


def _posix_rel(path: str, base: Path) -> str:
    full = Path(path).resolve()
    try:
        return full.relative_to(base.resolve()).as_posix()
    except ValueError:
        try:
            return Path(os.path.relpath(full, base.resolve())).as_posix()
        except ValueError:  # pragma: no cover - another drive
            return full.as_posix()


def _display(path: Path) -> str:
    """A file named in the output: relative to the working directory when it is below it."""
    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full)
    except ValueError:  # pragma: no cover - another drive
        rel = full
    return Path(full if rel.startswith("..") else rel).as_posix()


def location_matches(pattern: str, loc: Location) -> bool:
    """``表三``, ``表三/（一）予以公开``, ``表三/open/total``, ``表三/*/总计``, or a section's title: each
    part is the label or the key at its level (table, row, column); fewer parts cover everything
    below them; ``*`` matches any one part."""
    parts = [p.strip() for p in pattern.split("/") if p.strip()]
    if not parts:
        return True
    if loc.section and parts[0] in (loc.section, loc.section.split("、", 1)[-1]):
        parts = parts[1:]
        if not parts:
            return True
    if not loc.table:
        return False
    levels = [(loc.table,), (loc.row, loc.row_key), (loc.column, loc.column_key)]
    if len(parts) > len(levels):
        return False
    return all(part == "*" or part in [v for v in level if v] for part, level in zip(parts, levels))


class Baseline:
    """The accepted findings of an earlier run: (path, fingerprint) → how many."""

    def __init__(self, path: Path, entries: Iterable[Tuple[str, str]]):
        self.path = path
        self.base = path.resolve().parent
        self.counts: Counter = Counter(entries)

    @classmethod
    def read(cls, path: Path) -> "Baseline":
        from ..i18n import Msg
        where = f"--baseline {path}"
        try:
            data = json.loads(path.read_text("utf-8"))
        except OSError as exc:
            from ..readers.messages import os_reason
            why = exc.strerror or str(exc)
            raise ConfigError(Msg(f"{where}：无法读取（{os_reason(why).zh}）", f"{where}: cannot read: {why}")) from None
        except ValueError as exc:
            raise ConfigError(Msg(f"{where}：不是 govlint 基线（不是有效的 JSON）",
                                  f"{where}: not a govlint baseline (invalid JSON: {exc})")) from None
        if not isinstance(data, dict) or data.get("tool") != "govlint" or not isinstance(data.get("findings"), list):
            raise ConfigError(Msg(f"{where}：不是 govlint 基线（可用 --write-baseline 写出）",
                                  f"{where}: not a govlint baseline (write one with --write-baseline)"))
        if data.get("version") != BASELINE_VERSION:
            v = data.get("version")
            raise ConfigError(Msg(f"{where}：不支持基线版本 {v!r}（这个 govlint 写出的是版本 {BASELINE_VERSION}）",
                                  f"{where}: baseline version {v!r} is not supported "
                                  f"(this govlint writes version {BASELINE_VERSION})"))
        entries = []
        for f in data["findings"]:
            if not isinstance(f, dict) or not isinstance(f.get("path"), str) or not isinstance(f.get("fingerprint"), str):
                raise ConfigError(Msg(f"{where}：有一条问题缺少 path 或 fingerprint",
                                      f"{where}: a finding without path or fingerprint"))
            entries.append((f["path"], f["fingerprint"]))
        return cls(path, entries)

    def take(self, path: str, fingerprint: str) -> bool:
        key = (_posix_rel(path, self.base), fingerprint)
        if self.counts[key] > 0:
            self.counts[key] -= 1
            return True
        return False


class Triage:
    """Applies the suppression entries, then the baseline, to each file's result."""

    def __init__(self, entries: Sequence[Suppression] = (), config_path: Optional[Path] = None,
                 baseline: Optional[Baseline] = None, lang: str = "zh"):
        self.lang = lang
        self.entries = list(entries)
        self.config_path = config_path
        self.base = config_path.resolve().parent if config_path else Path.cwd()
        self.baseline = baseline

    def __bool__(self) -> bool:
        return bool(self.entries) or self.baseline is not None

    def _entry_for(self, d: Diagnostic, rel: str, name: str, given: str) -> Optional[Suppression]:
        for e in self.entries:
            if not d.code.startswith(e.code):
                continue
            if e.path not in ("*", "**") and not any(fnmatch.fnmatch(p, e.path) for p in (rel, name, given)):
                continue
            if e.location and not location_matches(e.location, d.location):
                continue
            return e
        return None

    def apply(self, result: FileResult) -> FileResult:
        if not self or not result.diagnostics:
            return result
        rel = _posix_rel(result.path, self.base)
        name, given = PurePath(result.path).name, PurePath(result.path).as_posix()
        kept: List[Diagnostic] = []
        accepted: List[Suppressed] = list(result.suppressed)
        source = _display(self.config_path) if self.config_path else ""
        for d, fp in zip(result.diagnostics, fingerprints(result.diagnostics, result.lines)):
            entry = self._entry_for(d, rel, name, given) if self.entries else None
            if entry is not None:
                accepted.append(Suppressed(d, entry.reason, "config", source))
            elif self.baseline is not None and self.baseline.take(d.path or result.path, fp):
                name = self.baseline.path.name
                reason = f"in the baseline {name}" if self.lang == "en" else f"已列入基线 {name}"
                accepted.append(Suppressed(d, reason, "baseline", _display(self.baseline.path)))
            else:
                kept.append(d)
        if len(kept) == len(result.diagnostics):
            return result
        accepted.sort(key=lambda s: s.diagnostic.sort_key())
        from dataclasses import replace
        return replace(result, diagnostics=tuple(kept), suppressed=tuple(accepted))


def baseline_document(results: Sequence[FileResult], path: Path) -> str:
    """The baseline of a run: every finding reported (and every one an older baseline accepted),
    by path and fingerprint; the code, line and message are there for people reading it."""
    base = path.resolve().parent
    findings: List[Dict[str, object]] = []
    for r in results:
        pairs = [(d, None) for d in r.diagnostics] + [(s.diagnostic, s) for s in r.suppressed]
        pairs.sort(key=lambda p: p[0].sort_key())
        prints = fingerprints([d for d, _ in pairs], r.lines)
        for (d, s), fp in zip(pairs, prints):
            if s is not None and s.kind != "baseline":
                continue  # accepted by the configuration: it says so itself
            findings.append({"path": _posix_rel(d.path or r.path, base), "code": d.code, "fingerprint": fp,
                             "line": d.span.line if d.span else None, "message": d.message})
    findings.sort(key=lambda f: (f["path"], f["line"] or 0, f["code"], f["fingerprint"]))
    return json.dumps({"version": BASELINE_VERSION, "tool": "govlint", "findings": findings},
                      ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_atomic(path: Path, data) -> None:
    """Write ``data`` (bytes, or text as UTF-8) to ``path`` through a temporary file in the same
    folder and a rename, so that the file is never left half-written; the file keeps its mode."""
    import tempfile
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent or "."))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
