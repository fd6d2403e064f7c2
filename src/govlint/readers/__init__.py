"""Readers: a file's bytes → a document of blocks. Every reader feeds the same layout, grammar
and binder.

A reader is any object with ``name``, ``extensions``, ``sniff(head: bytes) -> bool`` and
``read(path, data: bytes) -> Document``. Plugins add readers through the ``govlint_readers``
hook; they are tried before the built-in ones.

The structured readers (Word, web page, PDF) say what the file holds and where, and nothing
about the report's tables: paragraphs (:class:`TextBlock`, with their page or paragraph number,
and for a PDF the line's box), tables (:class:`TableBlock`: rows of :class:`CellBlock` with their
row and column spans) and the end of a frame (:class:`Break`). The layout layer
(:mod:`govlint.layout.documents`) turns any block stream into the lines the grammar reads, with
``source["line_origins"]`` naming where each line came from ("第3页", "第12段", "表2").
A reader that only has text (a plugin's) returns ``Document(text, source)``: its blocks are its
lines, and its text is read as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union
from ..records import Record
from ..i18n import Bilingual
from ..lexicon.pattern import lazy
from . import messages

_new = tuple.__new__


def _max_bytes() -> int:
    """16 MB, or ``$GOVLINT_MAX_FILE_MB``. A report's text is well under 1 MB and a Word or PDF
    report with pictures a few MB; checking 16 MB of text takes seconds, 50 MB most of a minute."""
    import os
    try:
        mb = float(os.environ.get("GOVLINT_MAX_FILE_MB") or 16)
    except ValueError:
        mb = 16
    return int(max(mb, 0) * 1024 * 1024)


MAX_BYTES = _max_bytes()  # larger files are refused before they are read


class ReadError(Bilingual):
    """The file cannot be read as a report; the message (a :class:`govlint.i18n.Msg`, texts in
    :mod:`govlint.readers.messages`) says why and what to do."""

    #: the same bytes fail the same way on any machine (False: a library missing here), so the
    #: reader cache may keep the error
    lasting = True


# ----------------------------------------------------------------------------------------
# the blocks a reader sees

class Box(Record):
    """Where a line of a PDF page stands (points, from the page's top left), and the page's
    text block: what the layout needs to join wrapped lines and recognise rows."""

    x0: float
    x1: float
    top: float
    #: the line's character size
    size: float = 10.0
    #: the page's text block: where most lines start (left) and end (right)
    left: float = 0.0
    right: float = 0.0

    def __new__(cls, x0: float, x1: float, top: float, size: float = 10.0, left: float = 0.0,
                right: float = 0.0):  # (written out: made for every line of a PDF)
        return _new(cls, (x0, x1, top, size, left, right))


class Run(Record):
    """A piece of a PDF line that stands apart from its neighbours (a word, or a cell's text in a
    table drawn without borders), with where it starts and ends on the line (points)."""

    text: str
    x0: float
    x1: float


class TextBlock(Record):
    """A paragraph (Word, web page), or one line of a page (PDF: ``box`` is set), as written."""

    text: str
    page: int = 0        # the page (PDF), 0 when the source has none
    paragraph: int = 0   # the paragraph's number (Word, web page), 0 when none
    box: Optional[Box] = None
    #: the tabs in ``text`` are the writer's ("规章⇥0⇥0⇥0" typed in Word), not noise
    tabbed: bool = False
    #: a PDF line's pieces separated by a gap, left to right, with their x positions: what tells
    #: the columns of a table drawn without borders apart; () when the source has none
    runs: Tuple[Run, ...] = ()

    def __new__(cls, text: str, page: int = 0, paragraph: int = 0, box: Optional[Box] = None,
                tabbed: bool = False, runs: Tuple[Run, ...] = ()):  # (written out: made for every line)
        return _new(cls, (text, page, paragraph, box, tabbed, runs))

    @property
    def origin(self) -> str:
        return f"第{self.page}页" if self.page else (f"第{self.paragraph}段" if self.paragraph else "")


class CellBlock(Record):
    """A table cell: its text (one line) and how many rows and columns it spans."""

    text: str
    rowspan: int = 1
    colspan: int = 1

    def __new__(cls, text: str, rowspan: int = 1, colspan: int = 1):  # (written out: made for every cell)
        return _new(cls, (text, rowspan, colspan))


class TableBlock(Record):
    """A table as the file draws it: rows of cells, a merged cell once with its spans (the
    positions it covers have no cell)."""

    rows: Tuple[Tuple[CellBlock, ...], ...]
    page: int = 0        # the page (PDF) it starts on
    number: int = 0      # the table's number in the file (Word, web page)
    box: Optional[Box] = None

    @property
    def origin(self) -> str:
        return f"第{self.page}页" if self.page else (f"表{self.number}" if self.number else "")


class Break(Record):
    """The end of a frame (a layout table's content): what follows is a new block."""

    page: int = 0


Block = Union[TextBlock, TableBlock, Break]


def table_block(rows: Sequence[Sequence[object]], page: int = 0, number: int = 0,
                box: Optional[Box] = None) -> TableBlock:
    """A :class:`TableBlock` from rows of cell texts (or :class:`CellBlock`)."""
    return TableBlock(tuple(tuple(c if isinstance(c, CellBlock) else CellBlock(c) for c in r) for r in rows),
                      page, number, box)


class Document:
    """What a reader read: ``blocks`` (paragraphs, tables, with where they stand) and ``source``
    (facts about the file: {"kind": "pdf", "pages": 5, "published": "2025-01-20", …}).

    A web page's ``source["attachments"]``: the office files the page attaches to the report
    (``附件：<a href="….xls">…年度报表.xls</a>``), as a tuple of names, when it has any: where a
    table is absent from the text, it may be in one of them (not missing, but not readable here).
    (Not a scalar: ``govlint parse``'s JSON leaves it out, as it leaves out every fact that is not.)

    A reader that only has text gives ``text``: its blocks are then its lines. ``text`` of a
    structured document is empty until the layout has rendered it
    (:func:`govlint.layout.documents.render`).

    (A plain class, not a dataclass: making a dataclass compiles its generated methods at every
    start, ~4 M instructions a class.)"""

    text: str
    #: facts about the source: {"kind": "text", "encoding": "gb18030", ...}
    source: Dict[str, object]
    #: the blocks a structured reader found; () for a text-only document
    own_blocks: Tuple[Block, ...]

    def __init__(self, text: str = "", source: Optional[Dict[str, object]] = None,
                 own_blocks: Tuple[Block, ...] = ()):
        self.text = text
        self.source = {} if source is None else source
        self.own_blocks = own_blocks

    def __repr__(self) -> str:
        return f"Document(text={self.text!r}, source={self.source!r}, own_blocks={self.own_blocks!r})"

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (self.text, self.source, self.own_blocks) == (other.text, other.source, other.own_blocks)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (mutable)

    @property
    def blocks(self) -> Tuple[Block, ...]:
        if self.own_blocks:
            return self.own_blocks
        return tuple(TextBlock(line, paragraph=n) for n, line in enumerate(self.text.split("\n"), 1))

    @property
    def structured(self) -> bool:
        """Blocks that the layout still has to render into text."""
        return bool(self.own_blocks) and not self.text


# ----------------------------------------------------------------------------------------
# text helpers shared by the structured readers

_CJK = (r"\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3200-\u9fff\uf900-\ufaff"
        r"\ufe30-\ufe4f\uff00-\uffef")
# a space between two CJK characters (or CJK punctuation) means nothing in Chinese text: it is
# a line break in the HTML source, justification in a PDF, or a Word layout habit
_CJK_GAP = lazy(rf"(?<=[{_CJK}])[ \u00a0\u3000\t]+(?=[{_CJK}])")
# a space between a CJK character and a digit ("2023 年") is PDF extraction noise
_CJK_DIGIT_GAP = lazy(rf"(?<=[{_CJK}])[ \u00a0]+(?=[0-9])|(?<=[0-9])[ \u00a0]+(?=[{_CJK}])")
_SPACES = lazy(r"[ \u00a0\u2000-\u200b\u202f\u205f\ufeff]+")
_CJK_END = lazy(rf"[{_CJK}]$")
_CJK_START = lazy(rf"^[{_CJK}]")


def clean_text(text: str, digits: bool = False) -> str:
    """One line of text: spaces collapsed, no spaces between CJK characters, no tabs or "|"
    (they would split the line into cells). With ``digits``, no spaces between CJK and digits."""
    text = text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    text = _SPACES.sub(" ", text)
    text = _CJK_GAP.sub("", text)
    if digits:
        text = _CJK_DIGIT_GAP.sub("", text)
    return text.strip(" \u3000")


def join_lines(parts: Sequence[str]) -> str:
    """Lines of one cell or paragraph as one: no space between CJK text, one space otherwise."""
    out = ""
    for p in parts:
        p = p.strip(" \u3000\u00a0\t\r\n")
        if not p:
            continue
        if out and not (_CJK_END.search(out) or _CJK_START.search(p)):
            out += " "
        out += p
    return out


# ----------------------------------------------------------------------------------------
# choosing a reader

#: the built-in readers' extensions, each reader's own (its class takes them from here): a
#: directory walk knows them without importing the readers, which a rerun served by the results
#: cache never uses (their modules and what they import: ~5 % of its instructions)
EXTENSIONS: Dict[str, Tuple[str, ...]] = {
    "pdf": (".pdf",),
    "docx": (".docx", ".docm", ".dotx", ".dotm"),
    "html": (".html", ".htm", ".xhtml", ".shtml"),
    "mht": (".mht", ".mhtml"),
    "doc": (".doc", ".wps", ".rtf", ".odt"),
    "text": (".txt", ".md", ".text", ""),
}


def builtin_extensions() -> Tuple[str, ...]:
    """Every extension a built-in reader claims (as their ``extensions``), without importing them."""
    return tuple(e for exts in EXTENSIONS.values() for e in exts)


@lru_cache(maxsize=1)
def _builtin_readers() -> tuple:
    from .docx import DocxReader
    from .html import HtmlReader
    from .legacy import LegacyWordReader
    from .mht import MhtReader
    from .pdf import PdfReader
    from .text import TextReader
    return (PdfReader(), DocxReader(), HtmlReader(), MhtReader(), LegacyWordReader(), TextReader())


def builtin_readers() -> List[object]:
    """govlint's own readers (stateless: made once), the specific formats before plain text."""
    return list(_builtin_readers())


def choose(path: Path, head: bytes, readers: Sequence[object]) -> object:
    """The reader for a file: a reader that recognises the content (its extension's first),
    else the extension's binary-format reader (it explains what is wrong), else plain text."""
    from .text import TextReader
    ext = path.suffix.lower()
    specific = [r for r in readers if not getattr(r, "fallback", False)]
    matched = [r for r in specific if _sniff(r, head)]
    for r in matched:
        if ext in getattr(r, "extensions", ()):
            return r
    if matched:
        return matched[0]
    by_ext = [r for r in readers if ext in getattr(r, "extensions", ())]
    for r in by_ext:
        if getattr(r, "binary", False):
            return r
    fallback = [r for r in readers if getattr(r, "fallback", False)]
    for r in by_ext:
        if r in fallback or _sniff(r, head):
            return r
    if fallback:
        return fallback[0]
    return by_ext[0] if by_ext else (readers[-1] if readers else TextReader())


def _sniff(reader, head: bytes) -> bool:
    try:
        return bool(reader.sniff(head))
    except Exception:  # a plugin's broken sniff must not stop the run
        return False


def read(path: Path, readers: Optional[Sequence[object]] = None, max_bytes: Optional[int] = None) -> Document:
    """Read a file with the reader that claims it. ``max_bytes``: the file-size limit (default:
    the current limits' ``max-file-size``). A MemoryError or RecursionError is let through: the
    watchdog names the limit that was reached."""
    readers = list(readers or []) + builtin_readers()
    import stat
    if max_bytes is None:
        from ..limits import current
        max_bytes = current().file_bytes or (1 << 62)

    def too_big(size: int) -> ReadError:
        return ReadError(messages.too_big(size / (1024 * 1024), max_bytes / (1024 * 1024)))
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(st.st_mode):  # a pipe or a device could block or never end
            raise ReadError(messages.not_regular())
        if st.st_size > max_bytes:
            raise too_big(st.st_size)
        with path.open("rb") as f:
            # its size and one byte more (asking for max_bytes + 1 at once makes a buffer of the
            # limit, 16 MB, for every file); a file that grew since is read on, never past the limit
            want = st.st_size + 1
            data = f.read(want)
            if len(data) == want and want <= max_bytes:
                data += f.read(max_bytes + 1 - want)
        if len(data) > max_bytes:
            raise too_big(len(data))
    except ReadError:
        raise
    except IsADirectoryError:
        raise ReadError(messages.is_directory()) from None
    except OSError as exc:
        raise ReadError(messages.cannot_read(exc.strerror or str(exc))) from None
    reader = choose(path, data[:4096], readers)
    from . import cache
    where = cache.folder() if cache.cacheable(reader) else None
    if where:
        k = cache.key(data, reader)
        hit = cache.load(where, k)
        if isinstance(hit, ReadError):
            raise hit
        if hit is not None:
            return hit
    try:
        doc = reader.read(path, data)
    except ReadError as exc:
        if where and exc.lasting:
            cache.store(where, k, exc)
        raise
    except (MemoryError, RecursionError):
        raise  # the watchdog names the limit
    except SystemExit as exc:  # a plugin reader that exits ends its file, not the run
        raise ReadError(messages.reader_exited(getattr(reader, 'name', 'file'), exc.code)) from None
    except Exception as exc:  # a reader bug is one clear error, not a traceback
        raise ReadError(messages.reader_failed(getattr(reader, 'name', 'file'), exc)) from None
    if where and isinstance(doc, Document):
        cache.store(where, k, doc)
    return doc


def missing_library(package: str, what: str) -> ReadError:
    err = ReadError(messages.missing_library(package, what))
    err.lasting = False
    return err
