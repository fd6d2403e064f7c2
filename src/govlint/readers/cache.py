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
import zlib
from typing import Optional, Tuple, Union

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
        try:
            from importlib.metadata import PackageNotFoundError, version
        except ImportError:  # pragma: no cover - Python < 3.8
            version = None
        for dist in ("pypdfium2", "pdfplumber", "pdfminer.six", "lxml", "python-docx"):
            try:
                parts.append(f"{dist}={version(dist)}" if version else dist)
            except PackageNotFoundError:
                parts.append(f"{dist}=-")
            except Exception:
                parts.append(f"{dist}=?")
        _identity_parts = "\0".join(parts).encode("utf-8", "replace")
    return _identity_parts


def key(data: bytes, reader) -> str:
    """The entry's name: the bytes' hash with the reader's identity."""
    import hashlib  # (here: a plain text file, never cached, does not import it: 11 M instructions)
    h = hashlib.blake2b(data, digest_size=20)
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
    path = _path(base, k)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return None
    try:
        result = _decode(raw)
    except Exception:
        result = None
    if result is None:
        try:
            os.unlink(path)
        except OSError:
            pass
        return None
    try:
        os.utime(path)  # used now: the last to be pruned
    except OSError:
        pass
    return result


def store(base: str, k: str, result: Result) -> None:
    """Write the entry (atomically); any failure leaves the cache as it was."""
    global _writes
    try:
        raw = _encode(result)
    except Exception:
        return  # something marshal cannot hold (a plugin's facts): not cached
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
        prune(base, limit_bytes())


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
        payload: tuple = ("error", str(result))
    else:
        payload = ("document", result.text, tuple(result.source.items()),
                   tuple(_block_out(b) for b in result.own_blocks))
    import hashlib
    body = zlib.compress(marshal.dumps(payload), 1)
    return MAGIC + hashlib.blake2b(body, digest_size=_DIGEST).digest() + body


def _decode(raw: bytes) -> Optional[Result]:
    if not raw.startswith(MAGIC):
        return None
    import hashlib
    digest, body = raw[len(MAGIC):len(MAGIC) + _DIGEST], raw[len(MAGIC) + _DIGEST:]
    if hashlib.blake2b(body, digest_size=_DIGEST).digest() != digest:
        return None
    payload = marshal.loads(zlib.decompress(body))
    if payload[0] == "error":
        return ReadError(str(payload[1]))
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
