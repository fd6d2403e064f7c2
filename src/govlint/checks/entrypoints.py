"""The installed plugins' entry points: found by ``importlib.metadata``, remembered between runs.

Finding them means importing ``importlib.metadata`` (which pulls in the email package) and
reading the metadata of every installed distribution: 20–30 ms of each start, more than
linting a report takes. The list found is kept in govlint's cache folder, keyed by the
interpreter and ``sys.path``, and used again while nothing was installed or removed since:
the modification times of the ``sys.path`` folders (installing, upgrading or removing a
distribution adds or removes its ``.dist-info`` folder there) and of each ``entry_points.txt``
found must be the same. One file per interpreter remembers the last few ``sys.path`` settings
(``govlint`` and ``python -m govlint`` see different ones). A cache that is missing, stale,
damaged or cannot be written is simply not used (``GOVLINT_CACHE_DIR=`` turns it off).
"""
from __future__ import annotations

import importlib
import marshal
import os
import sys
import zlib
from typing import Any, List, Optional, Tuple

_FORMAT = 2  # the cache file's layout version


class CachedEntryPoint:
    """An entry point read back from the cache; ``load()`` as ``importlib.metadata``'s does."""

    __slots__ = ("name", "value", "group")

    def __init__(self, name: str, value: str, group: str):
        self.name, self.value, self.group = name, value, group

    def load(self) -> Any:
        spec = self.value.split("[", 1)[0]  # (extras are not ours to check)
        module_name, _, attrs = spec.partition(":")
        obj = importlib.import_module(module_name.strip())
        for attr in filter(None, attrs.strip().split(".")):
            obj = getattr(obj, attr)
        return obj

    def __repr__(self) -> str:
        return f"CachedEntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"


def scan(group: str) -> List[Tuple[str, str, Any, Optional[str]]]:
    """(distribution name, version, entry point, its entry_points.txt or None) for every entry
    point of ``group`` that ``importlib.metadata`` finds, in the order it finds them."""
    from importlib import metadata

    found = []
    for dist in metadata.distributions():
        eps = [ep for ep in dist.entry_points if ep.group == group]
        if not eps:
            continue  # (without reading its METADATA: parsing every distribution's costs 25 ms)
        name = dist.metadata["Name"] or "?"
        base = getattr(dist, "_path", None)  # a PathDistribution's .dist-info folder
        ep_file = os.path.join(str(base), "entry_points.txt") if base is not None else None
        for ep in eps:
            found.append((name, dist.version, ep, ep_file))
    return found


def entry_points(group: str, cache_folder: Optional[str]) -> List[Tuple[str, str, Any]]:
    """(distribution name, version, entry point) for ``group``, from the cache when it is
    still true, else from :func:`scan` (and the cache rewritten)."""
    path = _cache_path(cache_folder, group)
    key = _key()
    contexts = _read(path) if path is not None else []
    for context in contexts:
        if context.get("key") == key and _still_true(context.get("entries")):
            return [(d, v, CachedEntryPoint(n, value, group)) for d, v, n, value, _ in context["entries"]]
    found = scan(group)
    if path is not None:
        entries = [[d, v, ep.name, ep.value, [f, _mtime(f) if f else None]] for d, v, ep, f in found]
        others = [c for c in contexts if not _same_setting(c, key)]
        _write(path, [{"key": key, "entries": entries}] + others[:_CONTEXTS - 1])
    return [(d, v, ep) for d, v, ep, _ in found]


#: how many ``sys.path`` settings one file remembers (``govlint`` and ``python -m govlint`` in a few
#: folders each have their own; the most recent are kept)
_CONTEXTS = 8


def _cache_path(folder: Optional[str], group: str) -> Optional[str]:
    """One file per interpreter and group."""
    if not folder:
        return None
    ident = zlib.crc32(f"{sys.executable}\0{group}".encode("utf-8", "replace"))
    # (marshal: built in, so reading the cache imports nothing; the name carries the Python version)
    return os.path.join(folder, f"entry-points-py{sys.version_info[0]}{sys.version_info[1]}-{ident:08x}.marshal")


def _mtime(path: str) -> Optional[int]:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _key() -> list:
    return [sys.executable, list(sys.path), [_mtime(p or ".") for p in sys.path]]


def _same_setting(context: dict, key: list) -> bool:
    """Is this remembered context for the same interpreter and sys.path (whatever the times)?"""
    remembered = context.get("key")
    return isinstance(remembered, list) and remembered[:2] == key[:2]


def _still_true(entries) -> bool:
    """No entry_points.txt found then has changed since."""
    try:
        return all(ep_file is None or _mtime(ep_file) == mtime for _, _, _, _, (ep_file, mtime) in entries)
    except (TypeError, ValueError):
        return False


def _read(path: str) -> list:
    """The contexts the cache file holds; none if it is missing or damaged."""
    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())  # (marshal.load reads a file object piece by piece: 9 M instructions)
        contexts = data["contexts"] if data.get("format") == _FORMAT else []
        return [c for c in contexts if isinstance(c, dict)] if isinstance(contexts, list) else []
    except (OSError, ValueError, KeyError, TypeError, EOFError, AttributeError):
        return []  # missing or damaged: scan again


def _write(path: str, contexts: list) -> None:
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as f:
            marshal.dump({"format": _FORMAT, "contexts": contexts}, f)
        os.replace(tmp, path)
    except OSError:
        try:
            os.remove(tmp)
        except OSError:
            pass
