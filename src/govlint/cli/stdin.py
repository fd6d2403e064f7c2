"""``govlint check -`` : a report on standard input, named by ``--stdin-filename``.

Editors and hooks pipe the buffer being edited; the name says which reader to use (its
extension: ``.txt``, ``.md``, ``.docx``, ``.html``, ``.pdf``), which per-file-ignores and suppression
entries apply, and what path the findings carry. The bytes go through the same readers as a file
(from a temporary copy, removed at once), so the result is the one ``govlint check NAME`` would give
for the same bytes.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import BinaryIO

from .. import readers
from ..diagnostics import FileResult, ToolError
from ..run.engine import Settings, lint_text
from ..layout import render, vocabulary

DEFAULT_NAME = "stdin.txt"


def lint_stdin(stream: BinaryIO, filename: str, settings: Settings) -> FileResult:
    name = filename or DEFAULT_NAME
    data = stream.read()
    suffix = Path(name).suffix or ".txt"
    with tempfile.TemporaryDirectory(prefix="govlint-stdin-") as tmp:
        copy = Path(tmp) / f"stdin{suffix}"
        copy.write_bytes(data)
        try:
            doc = render(readers.read(copy, settings.registry.readers), vocabulary(settings.registry.formats))
        except readers.ReadError as exc:
            return FileResult(name, errors=(ToolError("read", str(exc).replace(str(copy), name), name),))
        except Exception as exc:  # a reader bug must not take the run down
            return FileResult(name, errors=(ToolError("read", f"the reader failed: {type(exc).__name__}: {exc}",
                                                      name),))
    return lint_text(doc.text, name, settings, doc.source)


def stdin_binary():
    """The standard input as bytes (a test may have replaced sys.stdin with a text stream)."""
    import sys
    stream = sys.stdin
    return getattr(stream, "buffer", None) or _Encoded(stream)


class _Encoded:
    def __init__(self, stream):
        self.stream = stream

    def read(self) -> bytes:
        return self.stream.read().encode("utf-8")
