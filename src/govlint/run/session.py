"""A run with a memory: the results store, and the pairs of reports across years.

``govlint check`` hands its file list to a :class:`Session` when a store is given (``--db``),
when ``--previous FILE`` names last year's report, or when the run has several reports and a
cross-year rule is enabled. The session

- yields each file's result in input order: from the store when the file's content, govlint's
  version and the settings are stored already (unless ``refresh``), else by linting it
  (``runner.run``), writing each new result to the store in its own transaction;
- keeps each report's facts aside, not in the results (and with a store, its snapshot,
  ``binder.snapshot``); without a store, the reports that pair are read again for their cells;
- once every file is done, pairs the reports (this run's with this run's and the store's,
  ``pairing.pairs``; renamed agencies from ``--agency-map`` or the configuration's ``agency-map``)
  and runs the cross-year rules on the pairs whose newer report is in this run; a pair whose two
  reports are both unchanged keeps its stored findings.

The command line holds each file's text while ``pairing`` is true, and prints it with the file's
cross-year findings once they are known (``cli._run_files``).
"""
from __future__ import annotations

import os
from collections import Counter
from typing import Callable, Dict, Iterator, List, Optional, Tuple

from ..diagnostics import FileResult, ToolError
from ..i18n import Msg
from ..binder.snapshot import FACTS_ONLY, trim
from ..store.pairing import check_pair, lines_of, needs, pack, pair_rules, pairs, unpack
from .engine import PACKED


class Session:
    def __init__(self, settings, files: List[str], db: Optional[str] = None, refresh: bool = False,
                 previous: Optional[str] = None, agency_map: Optional[str] = None):
        from ..config import ConfigError
        self.settings, self.files, self.refresh, self.previous = settings, files, refresh, previous
        if previous is not None and len(files) != 1:
            raise ConfigError(Msg("--previous FILE 把一份报告与上年的报告配对：请只给出一个 PATH",
                                  "--previous FILE pairs one report with last year's: give exactly one PATH"))
        if previous is not None and not os.path.isfile(previous):
            raise ConfigError(Msg(f"--previous {previous}：文件不存在", f"--previous {previous}: no such file"))
        self.agency_map = None
        config = getattr(settings, "config", None)
        if agency_map or getattr(config, "agency_map", None):  # (the option, else the configuration's key)
            from ..store.pairing import read_agency_map
            self.agency_map = read_agency_map(agency_map) if agency_map else read_agency_map(
                config.agency_map, f"{config.path or 'configuration'}: agency-map")
        self.store = None
        self.shash = ""
        self.digests: Dict[str, str] = {}
        #: per report: its facts (agency, year, level), and what the cross-year rules need of it, packed
        self.facts: Dict[str, dict] = {}
        self.snaps: Dict[str, bytes] = {}
        self.in_store: set = set()
        #: a skipped file's stored pair: last year's path and content hash, and the cross-year findings
        self.stored_pairs: Dict[str, dict] = {}
        self.read = self.skipped = 0
        self.keep = needs(settings)
        #: whether cross-year findings may come once every file is read (a cross-year rule is enabled)
        self.pairing = bool(pair_rules(settings))
        #: set when the cross-year checks were stopped (Ctrl-C) before they finished
        self.unfinished = False
        # the store keeps every cell; pairing a few, of the reports that pair, which is known only
        # once every report is read: until then a report gives its facts alone, and one that pairs
        # is read again in after() (a run of reports that do not pair pays nothing for pairing)
        settings.snapshot = True if db else self.keep if previous is not None else FACTS_ONLY
        if db:
            from ..store import open_store, settings_hash
            self.store = open_store(db)
            self.shash = settings_hash(settings)
            self.store.start_run(self.shash, len(files))

    def results(self, lint: Callable[[List[str]], Iterator[FileResult]]) -> Iterator[FileResult]:
        """Each file's result, in the order of ``files``; ``lint(paths)`` lints those not stored."""
        cached: Dict[str, tuple] = {}
        if self.store is not None:
            from ..store import content_hash
            for f in self.files:
                try:
                    self.digests[f] = content_hash(f)
                except OSError:
                    continue  # the reader says why
            if not self.refresh:
                cached = self.store.cached(self.digests, self.shash)
        todo = [f for f in self.files if f not in cached]
        fresh = iter(lint(todo)) if todo else iter(())
        for f in self.files:
            if f in cached:
                r, facts = cached[f]
                self.facts[f] = {k: facts[k] for k in ("agency", "key", "year", "level")}
                self.stored_pairs[f] = facts
                self.in_store.add(f)  # its snapshot is loaded from the store if it pairs
                self.skipped += 1
            else:
                r = next(fresh)
                self.read += 1
                if self.store is not None and not r.errors and r.snapshot is not None and f in self.digests:
                    self.store.write(r, self.digests[f], self.shash)
            if r.snapshot is not None:
                self._keep(r.path, r.snapshot)
            yield r.without_snapshot()
        if self.store is not None:
            self.store.finish_run(self.read, self.skipped)

    def _keep(self, path: str, snap: dict) -> None:
        self.facts[path] = {k: snap.get(k) for k in ("agency", "year", "level", "title", "former", "figures")}
        if self.settings.snapshot is FACTS_ONLY:
            return
        packed = snap.get(PACKED)  # (a result from the results cache: packed as here already)
        self.snaps[path] = packed if packed is not None else pack(snap, self.keep)

    def after(self, results: List[FileResult], lint_one) -> List[Tuple[int, FileResult]]:
        """The cross-year findings: (index in ``results``, a result holding only them)."""
        if not pair_rules(self.settings):
            return []
        facts = dict(self.facts)
        stored: Dict[str, dict] = {}
        if self.previous is not None:
            prev = lint_one(self.previous, self.settings)
            if prev.errors or prev.snapshot is None:
                return [(0, FileResult(self.files[0], errors=tuple(
                    e._replace(message=f"--previous {self.previous}: {e.message}") for e in prev.errors) or (
                    ToolError("read", Msg(f"--previous {self.previous}：未能读取", f"--previous {self.previous}: not read"
                                          ).text(self.settings.lang), self.previous),)))]
            found = [(self.files[0], self.previous)] if self.files[0] in self.facts else []
            stored[self.previous] = trim(prev.snapshot, self.keep)
        else:
            if self.store is not None:
                for p, f in self.store.facts().items():
                    facts.setdefault(p, f)
            found = pairs(facts, self.agency_map, only=self.facts)

        hashes = {p: f.get("hash") for p, f in facts.items()}
        hashes.update(self.digests)
        index = {r.path: i for i, r in enumerate(results)}
        out = []
        updates = []
        previous_of = dict(found)
        todo = []
        for path, last in found:
            if path not in index:
                continue
            was = self.stored_pairs.get(path)
            if was is not None and was["previous"] == last and last in hashes and was["previous_hash"] == hashes[last]:
                diags = was["pair_findings"]  # neither report changed: the stored findings hold
                if diags:
                    out.append((index[path], FileResult(path, tuple(diags), (), dict(was["pair_lines"]),
                                                        results[index[path]].kind)))
                continue
            todo.append((path, last))
        if self.store is not None:  # the stored reports' snapshots, in one query
            wanted = {p for pair in todo for p in pair if p not in self.snaps and p not in stored}
            if wanted:
                stored.update((p, trim(v, self.keep)) for p, v in self.store.snapshots(wanted))
        # without a store, the reports that pair are read again for their cells, each when its
        # first pair is checked and let go after its last (held all at once, the paired reports of
        # a large run took more memory than the rest of the run; packed, 5 M instructions each)
        reread = self.store is None and self.previous is None
        uses = Counter(p for pair in todo for p in pair) if reread else Counter()

        def snap(path: str) -> dict:
            if path in self.snaps:
                return unpack(self.snaps[path])
            if path not in stored:
                stored[path] = self._read_again(path) if reread else {}
            return stored[path]

        def checked(*paths: str) -> None:
            for p in paths if reread else ():
                uses[p] -= 1
                if uses[p] <= 0:
                    stored.pop(p, None)
        for path, last in todo:
            this = snap(path)
            diags, errors = check_pair(this, snap(last), path, last, self.settings)
            checked(path, last)
            if self.store is not None:
                updates.append((path, (last, hashes.get(last)), diags, lines_of(this, diags)))
            if diags or errors:
                out.append((index[path], FileResult(path, tuple(diags), tuple(errors), lines_of(this, diags),
                                                    results[index[path]].kind)))
        if self.store is not None:  # (a report that lost its pair loses its cross-year findings)
            updates += [(path, (None, None), (), {}) for path in self.facts if path not in previous_of]
            self.store.replace_pair_findings(updates)
        return out

    def _read_again(self, path: str) -> dict:
        """The pairing snapshot of a report read in this run with its facts alone (Settings of
        their own: the results cache keys a result by what the run keeps of each report)."""
        from .runner import run
        [r] = run([path], self.settings.replace(snapshot=self.keep), 1)
        if r.snapshot is None or r.errors:
            return {}
        packed = r.snapshot.get(PACKED)  # (from the results cache: packed as the pairing packs it)
        return unpack(packed) if packed is not None else trim(r.snapshot, self.keep)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def merge(r: FileResult, extra: FileResult) -> FileResult:
    """``r`` with the cross-year findings of ``extra`` added."""
    from ..diagnostics import Diagnostic
    diags = tuple(sorted(r.diagnostics + extra.diagnostics, key=Diagnostic.sort_key))
    import dataclasses
    return dataclasses.replace(r, diagnostics=diags, errors=r.errors + extra.errors, lines={**extra.lines, **r.lines},
                   suppressed=r.suppressed + extra.suppressed)
