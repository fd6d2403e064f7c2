"""The results store: every run's reports, bound cells and findings in SQLite or PostgreSQL.

``govlint check DIR --db results.sqlite`` (the standard library's sqlite3) or
``--db postgresql://user@host/db`` (psycopg 3, ``pip install 'govlint[store]'``). The schema is
documented in docs/store.md and versioned (``meta.schema_version``); an older store is migrated
when opened, a newer one is refused. A file whose content hash, govlint version and settings are
stored already is not read again (``--refresh`` reads it anyway): its findings and snapshot come
from the store. Each report is written in one transaction (the report, its cells, its findings),
so a run stopped at any point leaves every report either wholly there or not there.
"""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from .. import __version__
from ..i18n import Msg
from ..config import ConfigError
from ..diagnostics import Diagnostic, Edit, FileResult, Location, Related, fingerprints
from ..syntax.ast import Span

SCHEMA_VERSION = 2
#: the cross-year family: its findings are recomputed for every run over the pairs, not cached
PAIR_PREFIX = "X"
#: a store's parameters in one statement at most (SQLite before 3.32 allowed 999)
_CHUNK = 900


class StoreError(ConfigError):
    """The store cannot be used (a bad URL, an unreachable server, a newer schema): exit 2."""


_TABLES = [
    """CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS runs (
        id {id}, started TEXT NOT NULL, finished TEXT, govlint_version TEXT NOT NULL,
        settings_hash TEXT NOT NULL, files INTEGER, read INTEGER, skipped INTEGER)""",
    """CREATE TABLE IF NOT EXISTS reports (
        id {id}, path TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, govlint_version TEXT NOT NULL,
        settings_hash TEXT NOT NULL, run_id INTEGER NOT NULL, agency TEXT, agency_key TEXT, level TEXT,
        region TEXT, year INTEGER, format_version TEXT, reader TEXT, title TEXT, previous_path TEXT, previous_hash TEXT,
        snapshot_version INTEGER, lines TEXT, results TEXT, pair_results TEXT)""",
    """CREATE TABLE IF NOT EXISTS snapshots (report_id {key} PRIMARY KEY, snapshot TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS cells (
        report_id INTEGER NOT NULL, table_key TEXT NOT NULL, row_key TEXT NOT NULL,
        column_key TEXT NOT NULL, value NUMERIC, state TEXT NOT NULL, text TEXT, line INTEGER)""",
    """CREATE TABLE IF NOT EXISTS findings (
        id {id}, report_id INTEGER NOT NULL, code TEXT NOT NULL, severity TEXT NOT NULL,
        line INTEGER, column_no INTEGER, location TEXT, message TEXT NOT NULL, fingerprint TEXT NOT NULL,
        detail TEXT NOT NULL)""",
    """CREATE INDEX IF NOT EXISTS cells_report ON cells (report_id)""",
    """CREATE INDEX IF NOT EXISTS findings_report ON findings (report_id)""",
    """CREATE INDEX IF NOT EXISTS findings_code ON findings (code)""",
    """CREATE INDEX IF NOT EXISTS reports_agency_year ON reports (agency_key, year)""",
]


def _migrate_1(store: "Store") -> None:
    """Version 1 → 2: the snapshots move to a table of their own (a row of ``reports`` is read
    without stepping over its snapshot); each report's findings are packed into ``results`` and
    ``pair_results`` (what a skipped file's result is rebuilt from, one read per report); the
    region is read from the agency's name."""
    from .pairing import agency_region
    store.execute("CREATE TABLE snapshots (report_id {key} PRIMARY KEY, snapshot TEXT NOT NULL)".format(
        key=store._key))
    store.execute("INSERT INTO snapshots (report_id, snapshot) SELECT id, snapshot FROM reports "
                  "WHERE snapshot IS NOT NULL")
    store.execute("ALTER TABLE reports ADD COLUMN results TEXT")
    store.execute("ALTER TABLE reports ADD COLUMN pair_results TEXT")
    reports = store.execute("SELECT id, path, agency FROM reports ORDER BY id").fetchall()
    for i in range(0, len(reports), 500):  # (a few hundred reports' findings in memory at a time)
        part = reports[i:i + 500]
        found: Dict[int, list] = {}
        for rid, code, detail in store.execute("SELECT report_id, code, detail FROM findings WHERE report_id >= ? "
                                               "AND report_id <= ? ORDER BY id", (part[0][0], part[-1][0])).fetchall():
            found.setdefault(rid, []).append((code, json.loads(detail)))
        rows = []
        for rid, path, agency in part:
            own = [diagnostic_from(v, path) for c, v in found.get(rid, ()) if not c.startswith(PAIR_PREFIX)]
            pair = [v for c, v in found.get(rid, ()) if c.startswith(PAIR_PREFIX)]
            lines = {int(n): t for v in pair for n, t in (v.get("source") or {}).items()}
            rows.append((pack_findings(own), pack_findings([diagnostic_from(v, path) for v in pair], lines)
                         if pair else None, agency_region(agency or "") or None, rid))
        store._many("UPDATE reports SET results = ?, pair_results = ?, region = ? WHERE id = ?", rows)
    if store.dialect == "postgresql" or store.sqlite_version >= (3, 35):
        store.execute("ALTER TABLE reports DROP COLUMN snapshot")
    else:  # pragma: no cover - an SQLite older than 3.35 cannot drop a column: it is emptied
        store.execute("UPDATE reports SET snapshot = NULL")


#: schema version → what brings a store of that version to the next one (statements, or a function
#: of the store); each runs in the transaction that opens the store
MIGRATIONS: Dict[int, List[Any]] = {1: [_migrate_1]}


def content_hash(path: str) -> str:
    """SHA-256 of the file's bytes (unbuffered: most reports are read in one call)."""
    import hashlib  # (here, not at the top: every check of more than one file imports this package)
    h = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        while True:
            chunk = f.read(1 << 22)
            if not chunk:
                break
            h.update(chunk)
    return h.hexdigest()


def settings_hash(settings) -> str:
    """What a file's findings depend on besides its bytes and govlint's version."""
    basis = {"enabled": sorted(settings.enabled), "options": settings.options, "lang": settings.lang,
             "format": settings.format_version, "severity": settings.config.severity,
             "plugins": sorted((p.name, p.version) for p in settings.registry.plugins)}
    import hashlib
    return hashlib.sha256(json.dumps(basis, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- findings as JSON ------------------------------------------------------------------------

def _sp(s: Optional[Span]):
    return None if s is None else [s.line, s.column, s.end_line, s.end_column]


def _unsp(v) -> Optional[Span]:
    return None if not v else Span(v[0], v[1], v[2], v[3], 0, 0)


def diagnostic_json(d: Diagnostic, lines: Optional[Dict[int, str]] = None) -> str:
    """A finding as JSON; with ``lines``, the source lines it points at too (``"source"``)."""
    source = {}
    if lines and d.span is not None:
        source = {str(n): lines[n] for n in range(d.span.line, d.span.end_line + 1) if n in lines}
    return json.dumps({"source": source, "code": d.code, "severity": d.severity, "message": d.message, "span": _sp(d.span),
                       "location": list(d.location), "related": [[r.message, _sp(r.span), list(r.location), r.path]
                                                                 for r in d.related],
                       "data": d.data, "rule": d.rule, "origin": d.origin}, ensure_ascii=False, default=str)


def diagnostic_from(detail, path: str) -> Diagnostic:
    """A finding from :func:`diagnostic_json`'s text (or that text already parsed)."""
    v = json.loads(detail) if isinstance(detail, str) else detail
    return Diagnostic(v["code"], v["severity"], v["message"], path, _unsp(v["span"]), Location(*v["location"]),
                      tuple(Related(r[0], _unsp(r[1]), Location(*r[2]), r[3] if len(r) > 3 else None)
                            for r in v["related"]),
                      v.get("data") or {}, v.get("rule", ""), v.get("origin"))


def pack_findings(diagnostics: Iterable[Diagnostic], lines: Optional[Dict[int, str]] = None) -> str:
    """A report's findings as one compact JSON text (``reports.results``): each finding a list, the
    locations (long official labels, shared by many findings) listed once; with ``lines``, the
    source lines they point at. :func:`unpack_findings` reads it back."""
    locs: Dict[tuple, int] = {}
    out = []
    for d in diagnostics:
        out.append([d.code, d.severity, d.message, _sp(d.span), locs.setdefault(tuple(d.location), len(locs)),
                    [[r.message, _sp(r.span), locs.setdefault(tuple(r.location), len(locs)), r.path] for r in d.related],
                    d.data or None, d.rule, d.origin, [[_sp(e.span), e.text, e.original] for e in d.fix] or None])
    doc: Dict[str, Any] = {"locations": list(locs), "findings": out}
    if lines:
        doc["lines"] = {str(n): t for n, t in lines.items()}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"), default=str)


def unpack_findings(text: Optional[str], path: str) -> Tuple[Tuple[Diagnostic, ...], Dict[int, str]]:
    """The findings of :func:`pack_findings`'s text, in ``path``, and their source lines."""
    if not text:
        return (), {}
    doc = json.loads(text)
    locs = [Location(*v) for v in doc["locations"]]
    new = tuple.__new__
    out = []
    for code, sev, msg, sp, loc, related, data, rule, origin, fix in doc["findings"]:
        out.append(Diagnostic(
            code, sev, msg, path, sp and new(Span, (*sp, 0, 0)), locs[loc],
            tuple(new(Related, (m, s and new(Span, (*s, 0, 0)), locs[li], p)) for m, s, li, p in related),
            data or {}, rule, origin,
            tuple(Edit(new(Span, (*s, 0, 0)), t, o) for s, t, o in fix) if fix else ()))
    return tuple(out), {int(n): t for n, t in doc.get("lines", {}).items()}


# -- the connection ----------------------------------------------------------------------------

class Store:
    """One store, opened for one run (``open_store``)."""

    def __init__(self, conn, dialect: str, where: str):
        self.conn, self.dialect, self.where = conn, dialect, where
        self.run_id: Optional[int] = None
        if dialect == "sqlite":
            import sqlite3
            self.sqlite_version = sqlite3.sqlite_version_info

    @property
    def _key(self) -> str:
        """The type of a column that holds a report's id."""
        return "INTEGER" if self.dialect == "sqlite" else "BIGINT"

    # SQL is written with ? placeholders; psycopg takes %s
    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Iterable[Any] = ()):
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def _many(self, sql: str, rows: List[tuple]) -> None:
        if rows:
            self.conn.cursor().executemany(self._sql(sql), rows)

    def _in(self, sql: str, keys: List[Any], params: tuple = (), chunk: int = _CHUNK) -> Iterator[tuple]:
        """The rows of ``sql`` (whose ``IN ({})`` is filled with placeholders) for every key of ``keys``,
        ``chunk`` keys a query."""
        for i in range(0, len(keys), chunk):
            part = keys[i:i + chunk]
            yield from self.execute(sql.format(", ".join("?" * len(part))), (*params, *part)).fetchall()

    def _value(self, v: Optional[str]):
        if v is None:
            return None
        return v if self.dialect == "sqlite" else Decimal(v)

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # pragma: no cover
            pass

    # -- schema --------------------------------------------------------------------------
    def ensure_schema(self) -> None:
        ident = "INTEGER PRIMARY KEY" if self.dialect == "sqlite" else "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
        version = self.schema_version()
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(Msg(f"{self.where}：存储库的结构版本为 {version}，比这个 govlint 能读的（{SCHEMA_VERSION}）新；请升级 govlint",
                                 f"{self.where}: the store has schema version {version}, newer than this govlint reads "
                                 f"({SCHEMA_VERSION}); upgrade govlint"))
        if version == SCHEMA_VERSION:
            return
        with self.transaction():
            if version is not None:  # (another govlint may have migrated it meanwhile: read it again, locked)
                if self.dialect == "postgresql":
                    self.execute("LOCK TABLE meta IN ACCESS EXCLUSIVE MODE")
                version = int(self.execute("SELECT value FROM meta WHERE key = ?", ("schema_version",)).fetchone()[0])
                if version == SCHEMA_VERSION:
                    return
            v = version or SCHEMA_VERSION
            while v < SCHEMA_VERSION:
                for step in MIGRATIONS[v]:
                    step(self) if callable(step) else self.execute(step)
                v += 1
            for stmt in _TABLES:
                self.execute(stmt.format(id=ident, key=self._key))
            if version is None:
                self.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ("schema_version", str(SCHEMA_VERSION)))
            else:
                self.execute("UPDATE meta SET value = ? WHERE key = ?", (str(SCHEMA_VERSION), "schema_version"))

    def schema_version(self) -> Optional[int]:
        try:
            with self.transaction():
                row = self.execute("SELECT value FROM meta WHERE key = ?", ("schema_version",)).fetchone()
        except Exception:
            return None
        return int(row[0]) if row else None

    def transaction(self):
        return _Transaction(self)

    # -- runs and reports ------------------------------------------------------------------
    def start_run(self, shash: str, files: int) -> int:
        with self.transaction():
            cur = self.execute("INSERT INTO runs (started, govlint_version, settings_hash, files) VALUES (?, ?, ?, ?) "
                               "RETURNING id", (_now(), __version__, shash, files))
            self.run_id = int(cur.fetchone()[0])
        return self.run_id

    def finish_run(self, read: int, skipped: int) -> None:
        with self.transaction():
            self.execute("UPDATE runs SET finished = ?, read = ?, skipped = ? WHERE id = ?",
                         (_now(), read, skipped, self.run_id))

    def cached(self, digests: Dict[str, str], shash: str) -> Dict[str, Tuple[FileResult, Dict[str, Any]]]:
        """The stored results of the files of ``digests`` (path → content hash) whose content,
        govlint and settings are the same, without their snapshots (:meth:`snapshots` loads them
        when they are needed), each with its facts and its stored pair: one row per file, read
        from ``reports`` alone (a few hundred files a query)."""
        from ..binder.snapshot import SNAPSHOT_VERSION
        with self.transaction():
            rows = list(self._in(
                "SELECT path, content_hash, lines, reader, agency, agency_key, year, level, previous_path, previous_hash, "
                "results, pair_results FROM reports WHERE govlint_version = ? AND settings_hash = ? "
                "AND snapshot_version = ? AND results IS NOT NULL AND path IN ({})",
                list(digests), (__version__, shash, SNAPSHOT_VERSION)))
        out = {}
        for path, digest, lines, reader, agency, key, year, level, previous, previous_hash, results, pair_results in rows:
            if digests[path] != digest:
                continue
            diags, _ = unpack_findings(results, path)
            pair, pair_lines = unpack_findings(pair_results, path)
            lines = {int(k): v for k, v in json.loads(lines or "{}").items()}
            out[path] = (FileResult(path, diags, (), lines, reader or "text"), {
                "agency": agency, "key": key, "year": year, "level": level, "previous": previous,
                "previous_hash": previous_hash,
                "pair_findings": pair, "pair_lines": pair_lines})
        return out

    def write(self, result: FileResult, digest: str, shash: str) -> None:
        """One report, its snapshot, its cells and its findings, in one transaction (replacing what
        the store had)."""
        snap = result.snapshot or {}
        from .pairing import agency_region, normalise_agency
        agency = snap.get("agency") or ""
        with self.transaction():
            self._delete(result.path)
            cur = self.execute(
                "INSERT INTO reports (path, content_hash, govlint_version, settings_hash, run_id, agency, agency_key, "
                "level, region, year, format_version, reader, title, snapshot_version, lines, results) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (result.path, digest, __version__, shash, self.run_id, snap.get("agency"),
                 normalise_agency(agency), snap.get("level"), agency_region(agency) or None, snap.get("year"),
                 snap.get("format"), result.kind, snap.get("title"), snap.get("version"),
                 json.dumps({str(k): v for k, v in result.lines.items()}, ensure_ascii=False),
                 pack_findings(d for d in result.diagnostics if not d.code.startswith(PAIR_PREFIX))))
            rid = int(cur.fetchone()[0])
            if snap:
                self.execute("INSERT INTO snapshots (report_id, snapshot) VALUES (?, ?)",
                             (rid, json.dumps(snap, ensure_ascii=False)))
            self._many("INSERT INTO cells (report_id, table_key, row_key, column_key, value, state, text, line) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [(rid, c[0], c[1], c[2], self._value(c[4]), c[3], c[5], c[6][0] if c[6] else None)
                        for c in snap.get("cells", ())])
            self._findings(rid, result.diagnostics, result.lines)

    def _findings(self, rid: int, diagnostics, lines) -> None:
        fps = fingerprints(diagnostics, lines)
        self._many("INSERT INTO findings (report_id, code, severity, line, column_no, location, message, fingerprint, "
                   "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(rid, d.code, d.severity, d.span.line if d.span else None, d.span.column if d.span else None,
                     d.location.describe("zh"), d.message, fp,
                     diagnostic_json(d, lines if d.code.startswith(PAIR_PREFIX) else None))
                    for d, fp in zip(diagnostics, fps)])

    def replace_pair_findings(self, updates) -> None:
        """The cross-year findings of this run's reports, after pairing, in one transaction:
        ``updates`` holds (path, last year's report's path and content hash or None, findings, their lines)."""
        with self.transaction():
            paired = dict(self.execute("SELECT path, id FROM reports WHERE previous_path IS NOT NULL").fetchall())
            todo = [u for u in updates if u[1][0] is not None or u[2] or u[0] in paired]
            ids = dict(self._in("SELECT path, id FROM reports WHERE path IN ({})", [u[0] for u in todo]))
            for path, (previous, previous_hash), diagnostics, lines in todo:
                if path not in ids:
                    continue
                rid = ids[path]
                diagnostics = [d for d in diagnostics if d.code.startswith(PAIR_PREFIX)]
                self.execute("DELETE FROM findings WHERE report_id = ? AND code LIKE ?", (rid, PAIR_PREFIX + "%"))
                self.execute("UPDATE reports SET previous_path = ?, previous_hash = ?, pair_results = ? WHERE id = ?",
                             (previous, previous_hash, pack_findings(diagnostics, lines) if diagnostics else None, rid))
                self._findings(rid, diagnostics, lines)

    def _delete(self, path: str) -> None:
        row = self.execute("SELECT id FROM reports WHERE path = ?", (path,)).fetchone()
        if row is not None:
            self.execute("DELETE FROM cells WHERE report_id = ?", (row[0],))
            self.execute("DELETE FROM findings WHERE report_id = ?", (row[0],))
            self.execute("DELETE FROM snapshots WHERE report_id = ?", (row[0],))
            self.execute("DELETE FROM reports WHERE id = ?", (row[0],))

    def facts(self) -> Dict[str, Dict[str, Any]]:
        """Every stored report's agency, year, level, title and content hash, by path (for pairing with
        reports not in this run)."""
        with self.transaction():
            rows = self.execute("SELECT path, agency, agency_key, year, level, content_hash, govlint_version, title "
                                "FROM reports").fetchall()
        # (the stored normalised name, when this govlint normalised it)
        return {p: {"agency": a, "key": k if v == __version__ else None, "year": y, "level": lv, "hash": h, "title": t}
                for p, a, k, y, lv, h, v, t in rows}

    def snapshots(self, paths: Iterable[str]) -> Iterator[Tuple[str, Dict[str, Any]]]:
        """(path, snapshot) of the stored reports of ``paths``: a query for every hundred (a
        snapshot is large; the caller keeps what it needs of each)."""
        keys = sorted(set(paths))
        for i in range(0, len(keys), 100):
            with self.transaction():
                rows = list(self._in("SELECT r.path, s.snapshot FROM snapshots s JOIN reports r ON r.id = s.report_id "
                                     "WHERE r.path IN ({})", keys[i:i + 100]))
            for p, text in rows:
                yield p, json.loads(text)

    def snapshot(self, path: str) -> Optional[Dict[str, Any]]:
        return dict(self.snapshots([path])).get(path)

    def reports(self) -> List[Dict[str, Any]]:
        """One row per report with its findings' codes and severities (``govlint summary``)."""
        with self.transaction():
            reps = self.execute("SELECT id, path, agency, year, level, region FROM reports ORDER BY path").fetchall()
            finds = self.execute("SELECT report_id, code, severity, message FROM findings ORDER BY id").fetchall()
        by: Dict[int, list] = {}
        for rid, code, sev, msg in finds:
            by.setdefault(rid, []).append((code, sev, msg))
        return [{"path": p, "agency": a or "", "year": y, "level": lv or "", "region": rg or "",
                 "findings": by.get(rid, [])}
                for rid, p, a, y, lv, rg in reps]


class _Transaction:
    def __init__(self, store: Store):
        self.store = store

    def __enter__(self):
        if self.store.dialect == "sqlite":
            self.store.conn.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.conn.commit()
        else:
            self.store.conn.rollback()
        return False


def open_store(where: str) -> Store:
    """The store at ``where``: a ``postgresql://`` (or ``postgres://``) URL, else an SQLite file."""
    if "://" in where:
        scheme = where.split("://", 1)[0].lower()
        if scheme not in ("postgresql", "postgres"):
            raise StoreError(Msg(f"--db {where}：不认识的存储库 {scheme}://；请给出 SQLite 文件或 postgresql:// 地址",
                                 f"--db {where}: unknown store {scheme}://; give an SQLite file or a postgresql:// URL"))
        try:
            import psycopg
        except ImportError:
            raise StoreError(Msg("--db postgresql://… 需要 psycopg 3：pip install 'govlint[store]'",
                                 "--db postgresql://… needs psycopg 3: pip install 'govlint[store]'")) from None
        try:
            conn = psycopg.connect(where, connect_timeout=10)
        except Exception as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(Msg(f"--db {_redact(where)}：无法连接（{first}）", f"--db {_redact(where)}: cannot connect: {first}")) from None
        store = Store(conn, "postgresql", _redact(where))
    else:
        import sqlite3
        if os.path.isdir(where):
            raise StoreError(Msg(f"--db {where}：这是一个文件夹；请给出 SQLite 文件", f"--db {where}: is a directory; give an SQLite file"))
        try:
            conn = sqlite3.connect(where, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # (WAL: a crash of govlint loses nothing committed)
        except sqlite3.Error as exc:
            raise StoreError(Msg(f"--db {where}：无法打开 SQLite 存储库（{exc}）", f"--db {where}: cannot open the SQLite store: {exc}")) from None
        store = Store(conn, "sqlite", where)
    try:
        store.ensure_schema()
    except StoreError:
        store.close()
        raise
    except Exception as exc:
        store.close()
        why = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
        raise StoreError(Msg(f"--db {store.where}：不是 govlint 的存储库（{why}）",
                             f"--db {store.where}: not a govlint store ({why})")) from None
    return store


def _redact(url: str) -> str:
    """A URL without its password."""
    import re
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)
