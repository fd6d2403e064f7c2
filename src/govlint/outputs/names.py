"""File names as each output can show them. A name is whatever bytes the file system holds: not
always UTF-8 (Python keeps the bad bytes as lone surrogates, U+DC80–U+DCFF), and it may hold
terminal escape sequences, other control characters or text-direction overrides.

- :func:`for_terminal` (the text output, messages on stderr): every byte that is not valid
  UTF-8 and every control or direction character is written as a visible escape (``\\xff``,
  ``\\x1b``, ``\\u202e``), so a name can neither corrupt the output nor drive the terminal;
- :func:`for_json` (JSON, SARIF messages): valid Unicode, bad bytes as ``\\xNN``; control
  characters are escaped by JSON itself;
- :func:`for_uri` (SARIF): the name's own bytes, percent-encoded, which loses nothing.
"""
from __future__ import annotations

import os
import re
from typing import Any
from urllib.parse import quote

from ..lexicon.pattern import lazy

_SURROGATE = lazy("[\ud800-\udfff]")
#: C0 and C1 controls, DEL, and the characters that reorder or hide text (bidi controls,
#: zero-width joiners and marks, the byte order mark)
_UNSAFE = lazy("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def for_json(name: str) -> str:
    """The name as valid Unicode: bytes that are not UTF-8 as ``\\xNN``."""
    if not _SURROGATE.search(name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _visible(m: "re.Match[str]") -> str:
    ch = m.group(0)
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def for_terminal(name: str) -> str:
    """The name safe to print: bad bytes, control and direction characters made visible."""
    if name.isprintable():  # (no control, format or surrogate character: nothing to escape, no scan)
        return name
    name = for_json(name)
    return _UNSAFE.sub(_visible, name) if _UNSAFE.search(name) else name


def for_uri(posix_path: str) -> str:
    """A relative POSIX path as a URI reference: its bytes, percent-encoded."""
    return quote(os.fsencode(posix_path), safe="/")


def has_bad_text(text: str) -> bool:
    return bool(_SURROGATE.search(text))


def clean(value: Any) -> Any:
    """A JSON-ready value with every string made valid Unicode (:func:`for_json`)."""
    if isinstance(value, str):
        return for_json(value)
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    return value
