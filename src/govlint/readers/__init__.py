"""Readers: a file's bytes → report text. Every reader feeds the same grammar and binder.

A reader is any object with ``name``, ``extensions``, ``sniff(head: bytes) -> bool`` and
``read(path, data: bytes) -> Document``. Plugins add readers through the ``govlint_readers``
hook; they are tried before the built-in ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from .text import TextReader

MAX_BYTES = 64 * 1024 * 1024  # larger files are refused before they are read


class ReadError(Exception):
    """The file cannot be read as a report; the message says why and what to do."""


@dataclass
class Document:
    text: str
    #: facts about the source: {"kind": "text", "encoding": "gb18030", ...}
    source: Dict[str, object] = field(default_factory=dict)


def builtin_readers() -> List[object]:
    return [TextReader()]


def choose(path: Path, head: bytes, readers: Sequence[object]) -> object:
    """The reader for a file: by extension first, then by content, then plain text."""
    ext = path.suffix.lower()
    by_ext = [r for r in readers if ext in getattr(r, "extensions", ())]
    for r in by_ext:
        if r.sniff(head):
            return r
    for r in readers:
        if r.sniff(head):
            return r
    if by_ext:
        return by_ext[0]
    return readers[-1] if readers else TextReader()


def read(path: Path, readers: Optional[Sequence[object]] = None, max_bytes: int = MAX_BYTES) -> Document:
    readers = list(readers or []) + builtin_readers()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"the file is {size // (1024 * 1024)} MB, more than the {max_bytes // (1024 * 1024)} MB "
                            f"govlint reads; is it really one report?")
        data = path.read_bytes()
    except ReadError:
        raise
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    reader = choose(path, data[:4096], readers)
    return reader.read(path, data)
