"""Where govlint keeps what it can rebuild (the installed plugins' list, the readers' and results' caches;
the parser comes with the package), and the hash its caches are keyed by."""
from __future__ import annotations

import os
from typing import Optional


def cache_dir() -> Optional[str]:
    """Where govlint keeps its caches: ``$GOVLINT_CACHE_DIR`` (empty: none), else
    ``$XDG_CACHE_HOME/govlint``, else ``~/.cache/govlint``."""
    env = os.environ.get("GOVLINT_CACHE_DIR")
    if env is not None:
        return env or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "govlint")


def blake2b(data: bytes = b"", digest_size: int = 64):
    """``hashlib.blake2b`` (the same object), taken from CPython's built-in ``_blake2`` module:
    importing hashlib loads OpenSSL's libcrypto first, 3.7 MB of memory and 11 M instructions
    of every run that needs no other hash."""
    try:
        from _blake2 import blake2b as made
    except ImportError:  # pragma: no cover - an interpreter without it
        from hashlib import blake2b as made
    return made(data, digest_size=digest_size)
