"""Plain text (.txt, .md): UTF-8, UTF-8 with BOM, UTF-16 with BOM, or GB18030/GBK."""
from __future__ import annotations

from pathlib import Path

from . import EXTENSIONS


class TextReader:
    name = "text"
    extensions = EXTENSIONS[name]
    #: the reader of last resort: chosen when no other reader recognises the content
    fallback = True

    def sniff(self, head: bytes) -> bool:
        return not _looks_binary(head)

    def read(self, path: Path, data: bytes):
        from . import Document, ReadError, messages

        if not data.strip():
            raise ReadError(messages.empty())
        text, encoding = decode(data)
        if text is None:
            if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
                raise ReadError(messages.old_word())
            if _looks_binary(data[:4096]):
                raise ReadError(messages.binary(_where(data, data.index(0))))
            try:
                data.decode("utf-8")
                bad = 0
            except UnicodeDecodeError as exc:
                bad = exc.start
            raise ReadError(messages.undecodable(data[bad], _where(data, bad)))
        if "\f" in text:
            # a page break: pdftotext (poppler) ends every page with a form feed, so the next
            # page's first line starts with one, often inside a table's wrapped label. It is
            # whitespace where it stands: a space keeps every line and column where it was
            text = text.replace("\f", " ")
        if "<table" in text or "<TABLE" in text:
            # (tables written as HTML in a Markdown file: read as a web page's tables; the report's
            # lines are then not the file's, which kind "markdown" tells every output)
            from .html import tables_in_text
            blocks = tables_in_text(text)
            if blocks is not None:
                return Document("", {"kind": "markdown", "encoding": encoding}, blocks)
        return Document(text, {"kind": "text", "encoding": encoding})


def _where(data: bytes, at: int):
    """Where byte ``at`` of a file stands, for a person: "at line 3, byte 17 of the line"."""
    from . import messages
    line = data.count(b"\n", 0, at) + 1
    column = at - (data.rfind(b"\n", 0, at) + 1) + 1
    return messages.where(line, column)


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with BOM
    return b"\x00" in head


def decode(data: bytes):
    """(text, encoding name) or (None, None). Tries the strict decodings in a fixed order:
    a BOM decides; else UTF-8; else GB18030 (a superset of GBK and GB2312)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            return None, None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None, None
    if b"\x00" in data[:4096]:
        return None, None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None, None
    return text, "gb18030"
