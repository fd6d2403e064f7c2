"""Web archives (.mht, .mhtml): a web page and its parts in one MIME message.

Word's "single file web page" is such a message, and many sites serve reports written that way
under a .doc name (Word opens it as a document). The message is taken apart by Python's own
``email`` package, and its first HTML part (quoted-printable or base64, any declared charset) is
read by the web-page reader, so it gives what the same page saved as .html gives. A browser's
archive (Chromium's "Saved by Blink", Internet Explorer's) of a page whose text is in a frame holds
the frame's document as a later HTML part: the first part that holds a report is read, and when
none does, the first part's error is the archive's.
"""
from __future__ import annotations

import re
from pathlib import Path

from . import EXTENSIONS, Document, ReadError, messages

#: the head of a MIME message: its header lines (Word writes MIME-Version first; a browser's
#: archive may start with From: or Subject:), one of them naming a multipart content type
_MIME_HEAD = re.compile(rb"\A(?:[A-Za-z][A-Za-z0-9-]*:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){1,30}", re.S)
_MULTIPART = re.compile(rb"content-type:\s*multipart/", re.I)


class MhtReader:
    name = "mht"
    extensions = EXTENSIONS[name]
    binary = True
    cache_version = "2"  # the reader cache's key (govlint.readers.cache)

    def sniff(self, head: bytes) -> bool:
        m = _MIME_HEAD.match(head.lstrip(b"\xef\xbb\xbf"))
        return bool(m) and b"mime-version:" in m.group().lower() and bool(_MULTIPART.search(m.group()))

    def read(self, path: Path, data: bytes) -> Document:
        import email
        import email.policy

        message = email.message_from_bytes(data, policy=email.policy.compat32)
        first_error = None
        for part in message.walk():
            if part.get_content_type() != "text/html":
                continue
            body = part.get_payload(decode=True)
            if not body:
                continue
            charset = part.get_content_charset()
            if charset:  # (the web-page reader finds a charset named in the page itself)
                try:
                    body = body.decode(charset).encode("utf-8")
                except (LookupError, UnicodeDecodeError):
                    pass
            from .html import HtmlReader
            try:
                doc = HtmlReader().read(path, body)
            except ReadError as exc:
                # a browser's archive of a page whose text is in a frame: the frame's document is
                # a later part (the first is the site's page around it, without the report)
                first_error = first_error or exc
                continue
            return Document(doc.text, {**doc.source, "kind": "mht"}, doc.blocks)
        if first_error is not None:
            raise first_error
        raise ReadError(messages.archive_without_page())
