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

import hashlib
import json
import os
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from .. import __version__
from ..config import ConfigError
from ..diagnostics import Diagnostic, FileResult, Location, Related, fingerprints
from ..syntax.ast import Span

SCHEMA_VERSION = 1
#: the cross-year family: its findings are recomputed for every run over the pairs, not cached
PAIR_PREFIX = "X"


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
        snapshot_version INTEGER, snapshot TEXT, lines TEXT)""",
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

#: schema version → the statements that bring a store of that version to the next one
MIGRATIONS: Dict[int, List[str]] = {}


def content_hash(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def settings_hash(settings) -> str:
    """What a file's findings depend on besides its bytes and govlint's version."""
    basis = {"enabled": sorted(settings.enabled), "options": settings.options, "lang": settings.lang,
             "format": settings.format_version, "severity": settings.config.severity,
             "plugins": sorted((p.name, p.version) for p in settings.registry.plugins)}
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


# -- the connection ----------------------------------------------------------------------------

class Store:
    """One store, opened for one run (``open_store``)."""

    def __init__(self, conn, dialect: str, where: str):
        self.conn, self.dialect, self.where = conn, dialect, where
        self.run_id: Optional[int] = None

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
            raise StoreError(f"{self.where}: the store has schema version {version}, newer than this govlint reads "
                             f"({SCHEMA_VERSION}); upgrade govlint")
        with self.transaction():
            for stmt in _TABLES:
                self.execute(stmt.format(id=ident))
            v = version or SCHEMA_VERSION
            while v < SCHEMA_VERSION:  # pragma: no cover - no later schema yet
                for stmt in MIGRATIONS[v]:
                    self.execute(stmt)
                v += 1
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
        govlint and settings are the same, without their snapshots (:meth:`snapshot` loads one
        when it is needed), each with its facts and its stored pair. Two queries for any number
        of files."""
        from ..binder.snapshot import SNAPSHOT_VERSION
        cond = "govlint_version = ? AND settings_hash = ? AND snapshot_version = ?"
        params = (__version__, shash, SNAPSHOT_VERSION)
        with self.transaction():
            rows = self.execute("SELECT id, path, content_hash, lines, reader, agency, year, level, previous_path, "
                                f"previous_hash FROM reports WHERE {cond}", params).fetchall()
            rows = [r for r in rows if digests.get(r[1]) == r[2]]
            found: Dict[int, List[tuple]] = {r[0]: [] for r in rows}
            if rows:
                for rid, code, detail in self.execute(
                        "SELECT f.report_id, f.code, f.detail FROM findings f JOIN reports r ON r.id = f.report_id "
                        f"WHERE {cond.replace('govlint_version', 'r.govlint_version')} ORDER BY f.id", params):
                    if rid in found:
                        found[rid].append((code, detail))
        out = {}
        for rid, path, _, lines, reader, agency, year, level, previous, previous_hash in rows:
            diags = tuple(diagnostic_from(d, path) for c, d in found[rid] if not c.startswith(PAIR_PREFIX))
            parsed = [json.loads(d) for c, d in found[rid] if c.startswith(PAIR_PREFIX)]
            pair = tuple(diagnostic_from(v, path) for v in parsed)
            pair_lines = {int(n): t for v in parsed for n, t in (v.get("source") or {}).items()}
            lines = {int(k): v for k, v in json.loads(lines or "{}").items()}
            out[path] = (FileResult(path, diags, (), lines, reader or "text"), {
                "agency": agency, "year": year, "level": level, "previous": previous, "previous_hash": previous_hash,
                "pair_findings": pair, "pair_lines": pair_lines})
        return out

    def write(self, result: FileResult, digest: str, shash: str) -> None:
        """One report, its cells and its findings, in one transaction (replacing what the store had)."""
        snap = result.snapshot or {}
        from .pairing import normalise_agency
        with self.transaction():
            self._delete(result.path)
            cur = self.execute(
                "INSERT INTO reports (path, content_hash, govlint_version, settings_hash, run_id, agency, agency_key, "
                "level, region, year, format_version, reader, title, snapshot_version, snapshot, lines) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (result.path, digest, __version__, shash, self.run_id, snap.get("agency"),
                 normalise_agency(snap.get("agency") or ""), snap.get("level"), None, snap.get("year"),
                 snap.get("format"), result.kind, snap.get("title"), snap.get("version"),
                 json.dumps(snap, ensure_ascii=False) if snap else None,
                 json.dumps({str(k): v for k, v in result.lines.items()}, ensure_ascii=False)))
            rid = int(cur.fetchone()[0])
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
            ids = dict(self.execute("SELECT path, id FROM reports WHERE previous_path IS NOT NULL").fetchall())
            for path, (previous, previous_hash), diagnostics, lines in updates:
                if previous is None and not diagnostics and path not in ids:
                    continue  # nothing to change (the common case, made cheap)
                row = self.execute("SELECT id FROM reports WHERE path = ?", (path,)).fetchone()
                if row is None:
                    continue
                self.execute("DELETE FROM findings WHERE report_id = ? AND code LIKE ?", (row[0], PAIR_PREFIX + "%"))
                self.execute("UPDATE reports SET previous_path = ?, previous_hash = ? WHERE id = ?",
                             (previous, previous_hash, row[0]))
                self._findings(row[0], [d for d in diagnostics if d.code.startswith(PAIR_PREFIX)], lines)

    def _delete(self, path: str) -> None:
        row = self.execute("SELECT id FROM reports WHERE path = ?", (path,)).fetchone()
        if row is not None:
            self.execute("DELETE FROM cells WHERE report_id = ?", (row[0],))
            self.execute("DELETE FROM findings WHERE report_id = ?", (row[0],))
            self.execute("DELETE FROM reports WHERE id = ?", (row[0],))

    def facts(self) -> Dict[str, Dict[str, Any]]:
        """Every stored report's agency, year, level and content hash, by path (for pairing with
        reports not in this run)."""
        with self.transaction():
            rows = self.execute("SELECT path, agency, year, level, content_hash FROM reports "
                                "WHERE snapshot IS NOT NULL").fetchall()
        return {p: {"agency": a, "year": y, "level": lv, "hash": h} for p, a, y, lv, h in rows}

    def snapshot(self, path: str) -> Optional[Dict[str, Any]]:
        with self.transaction():
            row = self.execute("SELECT snapshot FROM reports WHERE path = ?", (path,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def reports(self) -> List[Dict[str, Any]]:
        """One row per report with its findings' codes and severities (``govlint summary``)."""
        with self.transaction():
            reps = self.execute("SELECT id, path, agency, year, level FROM reports ORDER BY path").fetchall()
            finds = self.execute("SELECT report_id, code, severity, message FROM findings ORDER BY id").fetchall()
        by: Dict[int, list] = {}
        for rid, code, sev, msg in finds:
            by.setdefault(rid, []).append((code, sev, msg))
        return [{"path": p, "agency": a or "", "year": y, "level": lv or "", "findings": by.get(rid, [])}
                for rid, p, a, y, lv in reps]


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
            raise StoreError(f"--db {where}: unknown store {scheme}://; give an SQLite file or a postgresql:// URL")
        try:
            import psycopg
        except ImportError:
            raise StoreError("--db postgresql://… needs psycopg 3: pip install 'govlint[store]'") from None
        try:
            conn = psycopg.connect(where, connect_timeout=10)
        except Exception as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"--db {_redact(where)}: cannot connect: {first}") from None
        store = Store(conn, "postgresql", _redact(where))
    else:
        import sqlite3
        if os.path.isdir(where):
            raise StoreError(f"--db {where}: is a directory; give an SQLite file")
        try:
            conn = sqlite3.connect(where, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # (WAL: a crash of govlint loses nothing committed)
        except sqlite3.Error as exc:
            raise StoreError(f"--db {where}: cannot open the SQLite store: {exc}") from None
        store = Store(conn, "sqlite", where)
    try:
        store.ensure_schema()
    except StoreError:
        store.close()
        raise
    except Exception as exc:
        store.close()
        raise StoreError(f"--db {store.where}: not a govlint store ({type(exc).__name__}: "
                         f"{str(exc).strip().splitlines()[0] if str(exc).strip() else ''})") from None
    return store


def _redact(url: str) -> str:
    """A URL without its password."""
    import re
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)
