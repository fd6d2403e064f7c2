"""A run with a memory: the results store, and the pairs of reports across years.

``govlint check`` hands its file list to a :class:`Session` when a store is given (``--db``),
when ``--previous FILE`` names last year's report, or when the run has several reports and a
cross-year rule is enabled. The session

- yields each file's result in input order: from the store when the file's content, govlint's
  version and the settings are stored already (unless ``refresh``), else by linting it
  (``runner.run``), writing each new result to the store in its own transaction;
- keeps each report's snapshot (``binder.snapshot``) aside, not in the results;
- once every file is done, pairs the reports (this run's and the store's, ``pairing.pairs``) and
  runs the cross-year rules on the pairs whose newer report is in this run.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Dict, Iterator, List, Optional, Tuple

from .diagnostics import FileResult, ToolError
from .pairing import check_pair, lines_of, pair_rules, pairs


class Session:
    def __init__(self, settings, files: List[str], db: Optional[str] = None, refresh: bool = False,
                 previous: Optional[str] = None):
        from .config import ConfigError
        self.settings, self.files, self.refresh, self.previous = settings, files, refresh, previous
        if previous is not None and len(files) != 1:
            raise ConfigError("--previous FILE pairs one report with last year's: give exactly one PATH")
        self.store = None
        self.shash = ""
        self.digests: Dict[str, str] = {}
        self.snaps: Dict[str, dict] = {}
        self.read = self.skipped = 0
        settings.snapshot = True
        if db:
            from .store import open_store, settings_hash
            self.store = open_store(db)
            self.shash = settings_hash(settings)
            self.store.start_run(self.shash, len(files))

    def results(self, lint: Callable[[List[str]], Iterator[FileResult]]) -> Iterator[FileResult]:
        """Each file's result, in the order of ``files``; ``lint(paths)`` lints those not stored."""
        cached: Dict[str, FileResult] = {}
        if self.store is not None:
            from .store import content_hash
            for f in self.files:
                try:
                    self.digests[f] = content_hash(f)
                except OSError:
                    continue  # the reader says why
                if not self.refresh:
                    hit = self.store.cached(f, self.digests[f], self.shash)
                    if hit is not None:
                        cached[f] = hit
        todo = [f for f in self.files if f not in cached]
        fresh = iter(lint(todo)) if todo else iter(())
        for f in self.files:
            if f in cached:
                r = cached[f]
                self.skipped += 1
            else:
                r = next(fresh)
                self.read += 1
                if self.store is not None and not r.errors and r.snapshot is not None and f in self.digests:
                    self.store.write(r, self.digests[f], self.shash)
            if r.snapshot is not None:
                self.snaps[r.path] = r.snapshot
            yield replace(r, snapshot=None)
        if self.store is not None:
            self.store.finish_run(self.read, self.skipped)

    def after(self, results: List[FileResult], lint_one) -> List[Tuple[int, FileResult]]:
        """The cross-year findings: (index in ``results``, a result holding only them)."""
        if not pair_rules(self.settings):
            return []
        snaps = dict(self.snaps)
        if self.previous is not None:
            prev = lint_one(self.previous, self.settings)
            if prev.errors or prev.snapshot is None:
                return [(0, FileResult(self.files[0], errors=tuple(
                    e._replace(message=f"--previous {self.previous}: {e.message}") for e in prev.errors) or (
                    ToolError("read", f"--previous {self.previous}: not read", self.previous),)))]
            this = snaps.get(self.files[0])
            found = [(self.files[0], self.previous)] if this is not None else []
            snaps[self.previous] = prev.snapshot
        else:
            if self.store is not None:
                for p, s in self.store.snapshots().items():
                    snaps.setdefault(p, s)
            found = [(a, b) for a, b in pairs(snaps) if a in self.snaps]
        index = {r.path: i for i, r in enumerate(results)}
        out = []
        previous_of = dict(found)
        for path, last in found:
            if path not in index:
                continue
            diags, errors = check_pair(snaps[path], snaps[last], path, last, self.settings)
            if self.store is not None:
                self.store.replace_pair_findings(path, last, diags, lines_of(snaps[path], diags))
            if diags or errors:
                out.append((index[path], FileResult(path, tuple(diags), tuple(errors), lines_of(snaps[path], diags),
                                                    results[index[path]].kind)))
        if self.store is not None:  # a report that lost its pair loses its cross-year findings
            for path in self.snaps:
                if path not in previous_of:
                    self.store.replace_pair_findings(path, None, (), {})
        return out

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def merge(r: FileResult, extra: FileResult) -> FileResult:
    """``r`` with the cross-year findings of ``extra`` added."""
    from .diagnostics import Diagnostic
    diags = tuple(sorted(r.diagnostics + extra.diagnostics, key=Diagnostic.sort_key))
    return replace(r, diagnostics=diags, errors=r.errors + extra.errors, lines={**extra.lines, **r.lines},
                   suppressed=r.suppressed + extra.suppressed)
