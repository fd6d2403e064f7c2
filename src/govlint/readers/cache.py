"""The reader cache: what a reader made of a file, kept under the hash of the file's bytes.

Reading is most of the cost of a PDF, Word or web-page report (a PDF page ~10 ms, the rest of
the pipeline ~5 ms a report); a corpus linted again after a rule or configuration change has
the same bytes, so it skips reading. An entry is keyed by the file's bytes (BLAKE2b) and the
reader's identity: its name and ``cache_version``, govlint's version, the source files of
govlint's readers (their sizes and times: an edited reader never serves an old reading), the
libraries they read with, and the Python that wrote the entry. The path, name and time of the
file do not count: a renamed or copied report is a hit.

Where: ``<cache dir>/readers/`` (:func:`govlint.cache.cache_dir`: ``$GOVLINT_CACHE_DIR``, else
``$XDG_CACHE_HOME/govlint``, else ``~/.cache/govlint``); ``GOVLINT_CACHE_DIR=`` (empty) turns
every cache off. Size: at most ``$GOVLINT_READER_CACHE_MB`` (default 256) MB; the entries used
least recently go first. An entry carries a checksum of its contents: a damaged, truncated or
foreign entry is read again from the file and written anew, never trusted. A cache that cannot
be written (a read-only home, a full disk) is no error: the file is read as without one.

What is kept: the reader's blocks and facts (``Document``), or its :class:`ReadError` (a damaged
PDF is not opened again to fail the same way), never an error that depends on this machine (a
library that is not installed) and never a reader's crash.
"""
from __future__ import annotations

import marshal
import os
import sys
import time
import zlib
from typing import Optional, Tuple, Union

from ..cache import blake2b
from . import Box, Break, CellBlock, Document, ReadError, Run, TableBlock, TextBlock

MAGIC = b"govlint-reader-cache 1\n"
_DIGEST = 16
DEFAULT_MB = 256
#: a process prunes the cache at its first write and then every this many writes
PRUNE_EVERY = 200

_writes = 0
_identity_parts: Optional[bytes] = None


def folder() -> Optional[str]:
    """The reader cache's folder, or None when caching is off."""
    from ..cache import cache_dir
    base = cache_dir()
    return os.path.join(base, "readers") if base else None


def limit_bytes() -> int:
    try:
        mb = float(os.environ.get("GOVLINT_READER_CACHE_MB") or DEFAULT_MB)
    except ValueError:
        mb = DEFAULT_MB
    return int(max(mb, 0) * 1024 * 1024)


def cacheable(reader) -> bool:
    """Readers that say which version of their output they make (``cache_version``) are cached."""
    try:
        return bool(getattr(reader, "cache_version", None))
    except Exception:
        return False


def _common() -> bytes:
    """What every key shares: govlint's and Python's versions, the readers' sources, the libraries."""
    global _identity_parts
    if _identity_parts is None:
        from .. import __version__
        parts = [__version__, "%d.%d" % sys.version_info[:2], str(marshal.version)]
        here = os.path.dirname(os.path.abspath(__file__))
        try:
            for name in sorted(os.listdir(here)):
                if name.endswith(".py"):
                    st = os.stat(os.path.join(here, name))
                    parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append("?")
        versions = _dist_versions(_LIBRARIES)
        for dist in _LIBRARIES:
            parts.append(f"{dist}={versions.get(_norm(dist), '-')}")
        _identity_parts = "\0".join(parts).encode("utf-8", "replace")
    return _identity_parts


_LIBRARIES = ("pypdfium2", "pdfplumber", "pdfminer.six", "lxml", "python-docx")


def _norm(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _dist_versions(names) -> dict:
    """The installed versions of some distributions, from the names of their ``.dist-info``
    folders on ``sys.path`` (importlib.metadata reads every distribution's metadata: ~80 ms)."""
    wanted = {_norm(n) for n in names}
    found: dict = {}
    for entry in sys.path:
        try:
            names_here = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names_here:
            if not folder.endswith(".dist-info"):
                continue
            dist, _, version = folder[:-len(".dist-info")].partition("-")
            n = _norm(dist)
            if n in wanted and n not in found:
                found[n] = version
    return found


def key(data: bytes, reader) -> str:
    """The entry's name: the bytes' hash with the reader's identity."""
    h = blake2b(data, digest_size=20)
    h.update(b"\0" + _common())
    h.update(f"\0{getattr(reader, 'name', type(reader).__name__)}\0{reader.cache_version}".encode("utf-8", "replace"))
    return h.hexdigest()


def _path(base: str, k: str) -> str:
    return os.path.join(base, k[:2], k[2:])


# ----------------------------------------------------------------------------------------
# entries

Result = Union[Document, ReadError]


def load(base: str, k: str) -> Optional[Result]:
    """The entry, or None if there is none or it is damaged (then it is removed)."""
    return _load(base, k, _decode)


def _load(base: str, k: str, decode, touch_after: float = 0.0):
    """The entry, decoded; a damaged one is removed. A hit marks the entry used now (pruning
    goes by that) once it was last marked more than ``touch_after`` seconds ago."""
    path = _path(base, k)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return None
    try:
        result = decode(raw)
    except Exception:
        result = None
    if result is None:
        try:
            os.unlink(path)
        except OSError:
            pass
        return None
    try:
        if not touch_after or time.time() - os.stat(path).st_mtime > touch_after:
            os.utime(path)  # used now: the last to be pruned
    except OSError:
        pass
    return result


def store(base: str, k: str, result: Result) -> None:
    """Write the entry (atomically); any failure leaves the cache as it was."""
    try:
        raw = _encode(result)
    except Exception:
        return  # something marshal cannot hold (a plugin's facts): not cached
    _store(base, k, raw, limit_bytes())


def _store(base: str, k: str, raw: bytes, limit: int) -> None:
    global _writes
    path = _path(base, k)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(raw)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    _writes += 1
    if _writes % PRUNE_EVERY == 1:
        prune(base, limit)


def prune(base: str, limit: int) -> int:
    """Remove the least recently used entries until the cache holds at most ``limit`` bytes
    (90 % of it, so that the next writes do not prune again at once). Returns the bytes kept."""
    entries = []
    total = 0
    try:
        subs = list(os.scandir(base))
    except OSError:
        return 0
    for sub in subs:
        if not sub.is_dir(follow_symlinks=False):
            continue
        try:
            for e in os.scandir(sub.path):
                try:
                    st = e.stat(follow_symlinks=False)
                except OSError:
                    continue
                entries.append((st.st_mtime_ns, st.st_size, e.path))
                total += st.st_size
        except OSError:
            continue
    if total <= limit:
        return total
    goal = int(limit * 0.9)
    for _, size, path in sorted(entries):
        if total <= goal:
            break
        try:
            os.unlink(path)
            total -= size
        except OSError:
            pass
    return total


# ----------------------------------------------------------------------------------------
# the format: MAGIC, a BLAKE2b digest of the body, the body (zlib of marshal of plain tuples)

def _encode(result: Result) -> bytes:
    if isinstance(result, ReadError):
        payload: tuple = ("error", result.msg.zh, result.msg.en)
    else:
        payload = ("document", result.text, tuple(result.source.items()),
                   tuple(_block_out(b) for b in result.own_blocks))
    body = zlib.compress(marshal.dumps(payload), 1)
    return MAGIC + blake2b(body, digest_size=_DIGEST).digest() + body


def _decode(raw: bytes) -> Optional[Result]:
    if not raw.startswith(MAGIC):
        return None
    digest, body = raw[len(MAGIC):len(MAGIC) + _DIGEST], raw[len(MAGIC) + _DIGEST:]
    if blake2b(body, digest_size=_DIGEST).digest() != digest:
        return None
    payload = marshal.loads(zlib.decompress(body))
    if payload[0] == "error":
        from ..i18n import Msg
        return ReadError(Msg(str(payload[1]), str(payload[-1])))  # (both languages: a run in the other reads it too)
    _, text, source, blocks = payload
    return Document(str(text), dict(source), tuple(_block_in(b) for b in blocks))


def _block_out(b) -> tuple:
    if isinstance(b, TextBlock):
        return (0, b.text, b.page, b.paragraph, tuple(b.box) if b.box is not None else None, b.tabbed,
                tuple(tuple(r) for r in b.runs))
    if isinstance(b, TableBlock):
        return (1, tuple(tuple(tuple(c) for c in row) for row in b.rows), b.page, b.number,
                tuple(b.box) if b.box is not None else None)
    if isinstance(b, Break):
        return (2, b.page)
    raise TypeError(f"not a block: {type(b).__name__}")


def _block_in(t: Tuple) -> object:
    kind = t[0]
    if kind == 0:
        _, text, page, paragraph, box, tabbed, runs = t
        return TextBlock(text, page, paragraph, Box(*box) if box is not None else None, tabbed,
                         tuple(Run(*r) for r in runs))
    if kind == 1:
        _, rows, page, number, box = t
        return TableBlock(tuple(tuple(CellBlock(*c) for c in row) for row in rows), page, number,
                          Box(*box) if box is not None else None)
    if kind == 2:
        return Break(t[1])
    raise ValueError(f"unknown block kind {kind!r}")


# ----------------------------------------------------------------------------------------
# the results cache: a file's whole result (govlint.run.engine.remembered keys and fills it)

RESULTS_MAGIC = b"govlint-results-cache 3\n"
#: a result's marshalled size up to which it is kept uncompressed
RESULTS_PLAIN_MAX = 16384
DEFAULT_RESULTS_MB = 64
#: a results entry served is marked used at most once a day (a rerun over a corpus writes nothing)
TOUCH_AFTER = 86400.0


def results_folder() -> Optional[str]:
    """The results cache's folder (``<cache dir>/results/``), or None when caching is off."""
    from ..cache import cache_dir
    base = cache_dir()
    return os.path.join(base, "results") if base else None


def results_limit_bytes() -> int:
    try:
        mb = float(os.environ.get("GOVLINT_RESULTS_CACHE_MB") or DEFAULT_RESULTS_MB)
    except ValueError:
        mb = DEFAULT_RESULTS_MB
    return int(max(mb, 0) * 1024 * 1024)


def load_result(base: str, k: str):
    """A stored result (whatever :func:`store_result` was given), or None: no entry, or a damaged
    one (removed: the file is checked again)."""
    return _load(base, k, _decode_result, touch_after=TOUCH_AFTER)


def store_result(base: str, k: str, result) -> None:
    """Keep a :class:`~govlint.diagnostics.FileResult` under ``k`` (marshal of plain tuples, as
    the readers' entries; a result whose data marshal cannot hold is not kept)."""
    try:
        body = marshal.dumps(_result_out(result))
    except Exception:
        return
    # most results are a few KB (a report's findings and the lines they point at): kept as they
    # are, since inflating them was ~5 % of a warm rerun's instructions; a large one compressed
    body = b"z" + zlib.compress(body, 1) if len(body) > RESULTS_PLAIN_MAX else b"m" + body
    raw = RESULTS_MAGIC + blake2b(body, digest_size=_DIGEST).digest() + body
    _store(base, k, raw, results_limit_bytes())


def _decode_result(raw: bytes):
    if not raw.startswith(RESULTS_MAGIC):
        return None
    digest, body = raw[len(RESULTS_MAGIC):len(RESULTS_MAGIC) + _DIGEST], raw[len(RESULTS_MAGIC) + _DIGEST:]
    if blake2b(body, digest_size=_DIGEST).digest() != digest:
        return None
    how, body = body[:1], body[1:]
    if how == b"z":
        body = zlib.decompress(body)
    elif how != b"m":
        return None
    return _result_in(marshal.loads(body))


def _result_out(r) -> tuple:
    if r.errors or r.suppressed or r.bound is not None:
        raise ValueError("only a result of findings alone is kept")

    def sp(x):
        return None if x is None else tuple(x)
    diags = tuple((d.code, d.severity, d.message, d.path, sp(d.span), tuple(d.location),
                   tuple((x.message, sp(x.span), tuple(x.location), x.path) for x in d.related),
                   d.data, d.rule, d.origin, tuple((sp(e.span), e.text, e.original) for e in d.fix))
                  for d in r.diagnostics)
    return ("result", r.path, r.kind, r.lines, r.snapshot, diags)


def _result_in(t: tuple):
    from ..diagnostics import Diagnostic, Edit, FileResult, Location, Related
    from ..syntax.ast import Span

    def sp(x):
        return None if x is None else Span(*x)
    tag, path, kind, lines, snapshot, diags = t
    if tag != "result":
        return None
    return FileResult(path, tuple(
        Diagnostic(code, severity, message, dpath, sp(span), Location(*location),
                   tuple(Related(m, sp(s), Location(*loc), rp) for m, s, loc, rp in related),
                   data, rule, origin, tuple(Edit(sp(s), text, original) for s, text, original in fix))
        for code, severity, message, dpath, span, location, related, data, rule, origin, fix in diags),
        lines=lines, kind=kind, snapshot=snapshot)


_source_digest: Optional[bytes] = None


def source_digest() -> bytes:
    """govlint's code as it is installed: every file of the package, of its grammars and of its
    built-in rules, by name, size and modification time (an edited file changes the digest;
    taken once a process, ~150 stat calls)."""
    global _source_digest
    if _source_digest is None:
        import govlint
        h = blake2b(digest_size=20)
        h.update(_common())
        folders = [os.path.dirname(os.path.abspath(govlint.__file__))]
        for name in ("govlint.grammars", "govlint_rules"):
            try:
                mod = __import__(name, fromlist=["_"])
                folders += [os.path.abspath(p) for p in getattr(mod, "__path__", ())]
            except ImportError:
                h.update(f"\0{name}=-".encode())
        for folder in sorted(set(folders)):
            for root, dirs, files in os.walk(folder):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__")
                for f in sorted(files):
                    if f.endswith((".pyc", ".tmp")):
                        continue
                    try:
                        st = os.stat(os.path.join(root, f))
                    except OSError:
                        continue
                    h.update(f"\0{os.path.relpath(os.path.join(root, f), folder)}:{st.st_size}:{st.st_mtime_ns}"
                             .encode("utf-8", "replace"))
        _source_digest = h.digest()
    return _source_digest
