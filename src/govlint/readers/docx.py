"""Word (.docx): body paragraphs and tables in document order, as blocks.

The zip is checked before anything is decompressed (declared sizes, compression ratio,
number of entries), so a zip bomb is refused without being inflated. Tables are read from
the XML, not from python-docx's ``row.cells`` (which repeats merged cells): a horizontally
merged cell (``w:gridSpan``) is its text followed by empty cells, a vertically merged one
(``w:vMerge``) is one cell spanning the rows it covers (:class:`~govlint.readers.CellBlock`
with its spans; the layout lays them on a grid). A table with one column (or one that holds
other tables) is page layout: its content is read as blocks, then a
:class:`~govlint.readers.Break`. A table nested in a cell of a real table follows the outer table.
"""
from __future__ import annotations

import io
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Tuple

from ..lexicon.marks import IMAGE, NOTE_MARK
from ..limits import LimitExceeded, current
from . import EXTENSIONS, Break, CellBlock, Document, ReadError, TableBlock, TextBlock, join_lines, messages, missing_library

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

MAX_ENTRIES = 10_000
MAX_TOTAL = 200 * 1024 * 1024      # declared uncompressed size of the whole package
MAX_XML = 64 * 1024 * 1024         # declared uncompressed size of one XML part
MAX_RATIO = 100                    # uncompressed / compressed, for parts over 1 MB
MAX_DEPTH = 32                     # tables in tables in …
MAX_SPAN = 64                      # gridSpan / gridBefore beyond this is nonsense


class DocxReader:
    name = "docx"
    extensions = EXTENSIONS[name]
    binary = True
    cache_version = "3"  # the reader cache's key (govlint.readers.cache)

    def sniff(self, head: bytes) -> bool:
        # a zip whose first entries are an OOXML package's; a .docx is usually recognised by
        # its own extension, this catches one saved as .txt
        return head.startswith(b"PK\x03\x04") and (b"[Content_Types].xml" in head or b"word/" in head)

    def read(self, path: Path, data: bytes):
        return self._read(path, data, None)

    def _read(self, path: Path, data: bytes, outer):
        """:meth:`read`; ``outer``: the embedded parts of the document this one is embedded in
        (w:altChunk), None for a file."""
        zf = check_zip(data)
        try:
            from lxml import etree
        except ImportError:
            raise missing_library("lxml", "Word files") from None
        try:
            body, target = _main(zf, etree)
            hidden = _hidden_styles(zf, target, etree) if body is not None else frozenset()
            referenced = body is not None and next(body.iter(_NOTE_REFS), None) is not None
            notes = _notes(zf, target, etree) if referenced else {}
            if hidden:  # (Word's own "z-Top of Form" hides, in many files that never use it)
                hidden = frozenset(v for v in (el.get(_VAL) for el in body.iter(W + "rStyle", W + "pStyle"))
                                   if v in hidden)
        except ReadError:
            raise
        except Exception as exc:
            raise ReadError(messages.docx_damaged(exc, _short(exc))) from None
        blocks: list = []
        if body is not None:
            blocks = self._blocks(body, _Walker(hidden, notes, _Chunks(zf, target, path, outer)))
        if isinstance(blocks, Document):
            return blocks
        return Document("", {"kind": "docx"}, tuple(blocks))

    @staticmethod
    def _blocks(body, walker):
        """The body's blocks (or, for a PDF converted to Word, the Document its pages make);
        ``walker`` holds what the package says beside the body (hiding styles, notes, parts)."""
        # (styles that hide text: every paragraph is read element by element)
        # (and notes: read after what references them)
        blocks = None if walker.hidden or walker.notes else _one_pass(body)
        if blocks is None:  # content controls, tracked changes, text boxes, pictures, nested tables
            pages = _positioned_pages(body)
            if pages is not None:  # a PDF opened in Word or LibreOffice: a text box a line
                doc = _read_as_pages(pages, _page_size(body))
                if doc is not None:
                    return doc
            walker.walk(body)
            blocks = walker.blocks
        return blocks


REL_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: the main part's content types: a Word document, template or macro-enabled one
WORD_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
              "application/vnd.ms-word.document.macroEnabled.main+xml",
              "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")


def _body(zf, etree):
    """The main document part's w:body, parsed by lxml alone (python-docx's object layer is
    not needed to read: it parsed every part of the package and took ~20 ms a report)."""
    return _main(zf, etree)[0]


def _main(zf, etree):
    """The main document part's w:body and the part's name.

    The main part is the package relationship of type officeDocument (usually
    word/document.xml; a package may put it anywhere, and a package whose relationships are lost
    is read by the part ``[Content_Types].xml`` declares a Word document); its content type must
    be a Word document's, as python-docx requires. A Strict Open XML document (Word's "Strict Open
    XML Document", ISO/IEC 29500 Strict) names its elements in the purl.oclc.org namespaces: read
    as the same elements in the transitional ones (what differs beside the names is not read)."""
    parser = _parser(etree)
    names = set(zf.namelist())
    target = None
    if "_rels/.rels" in names:
        rels = zf.read("_rels/.rels")
        target = (_declared_main if len(rels) <= _KEPT_PART else _declared_main.__wrapped__)(rels)
    types = zf.read("[Content_Types].xml") if "[Content_Types].xml" in names else None
    if target is None or target not in names:
        target = "word/document.xml" if "word/document.xml" in names else None
    if target is None and types is not None:
        target = _declared_word_part(types, names)
    if target is None:
        raise ReadError(messages.zip_not_docx())
    if types is not None:
        kind = (_content_type_of if len(types) <= _KEPT_PART else _content_type_of.__wrapped__)(types, target)
        if kind is not None and kind not in WORD_TYPES:
            raise ReadError(messages.not_word(kind.split('.')[-1]))
    data = zf.read(target)
    root = etree.fromstring(data, parser)
    if root.tag.startswith(_STRICT_W):
        root = etree.fromstring(transitional(data), parser)
    return next(root.iterchildren(W + "body"), None), target


#: ISO/IEC 29500 Strict's namespaces → the transitional ones (the same elements and attributes)
STRICT = ((b"http://purl.oclc.org/ooxml/wordprocessingml/main",
           b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
          (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
           b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
          (b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
           b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
          (b"http://purl.oclc.org/ooxml/drawingml/picture",
           b"http://schemas.openxmlformats.org/drawingml/2006/picture"),
          (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
          (b"http://purl.oclc.org/ooxml/officeDocument/math",
           b"http://schemas.openxmlformats.org/officeDocument/2006/math"))
_STRICT_W = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
REL_OFFICE_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


def transitional(data: bytes) -> bytes:
    """A Strict part's XML with its namespaces named as in a transitional one (a namespace's
    name stands only in the declarations: the elements keep their prefixes)."""
    for strict, trans in STRICT:
        data = data.replace(strict, trans)
    return data


def _declared_word_part(types: bytes, names: set) -> Optional[str]:
    """The part ``[Content_Types].xml`` declares a Word document's main part, when the package's
    relationships do not name one."""
    from lxml import etree
    ct = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    for o in etree.fromstring(types, _parser(etree)).iter(ct + "Override"):
        part = (o.get("PartName") or "").lstrip("/")
        if o.get("ContentType") in WORD_TYPES and part in names:
            return part
    return None


#: styles that hide text (w:vanish in a character or paragraph style): looked for in the styles
#: part only when its bytes hold the word
_VANISH = (W + "vanish", W + "specVanish")


def _hidden_styles(zf, target: str, etree) -> frozenset:
    """:func:`_styles_that_hide`; none when the styles part (or its relationships) is damaged:
    the document's text is still read, as before the styles were looked at."""
    try:
        return _styles_that_hide(zf, target, etree)
    except (etree.XMLSyntaxError, ValueError, KeyError, OSError):
        return frozenset()


def _styles_that_hide(zf, target: str, etree) -> frozenset:
    """The ids of the character and paragraph styles that hide their text (w:vanish or
    w:specVanish in the style's run properties, or in a style it is based on, unless the style
    says w:val="0" itself). Word neither shows nor prints a run in such a style."""
    folder, _, name = target.rpartition("/")
    rels_name = (folder + "/" if folder else "") + "_rels/" + name + ".rels"
    names = set(zf.namelist())
    part = None
    if rels_name in names:
        rels = zf.read(rels_name)
        part = (_styles_part if len(rels) <= _KEPT_PART else _styles_part.__wrapped__)(rels, folder)
    if part is None:
        part = (folder + "/" if folder else "") + "styles.xml"
    if part not in names:
        return frozenset()
    # (the same styles part in most files a word processor or template writes: what it hides is
    # kept by its entry's checksum and sizes, so a file seen before is not even inflated, which was
    # a fifth of a report's reading; a part not seen is read, its checksum verified by zipfile)
    info = zf.getinfo(part)
    key = (info.CRC, info.file_size, info.compress_size)
    hit = _STYLES_SEEN.get(key)
    if hit is not None:
        return hit
    data = zf.read(part)
    hidden = _hiding_ids(data) if b"anish" in data else frozenset()
    if len(_STYLES_SEEN) >= 32:
        _STYLES_SEEN.clear()
    _STYLES_SEEN[key] = hidden
    return hidden


#: (CRC-32, size, compressed size) of a styles part → the styles it hides (:func:`_styles_that_hide`)
_STYLES_SEEN: dict = {}


@lru_cache(maxsize=8)
def _styles_part(rels: bytes, folder: str) -> Optional[str]:
    """The styles part a main part's relationships name, or None."""
    from lxml import etree
    for rel in etree.fromstring(rels, _parser(etree)).iter(RELS + "Relationship"):
        if (rel.get("Type") or "").endswith("/styles") and rel.get("TargetMode") != "External":
            ref = rel.get("Target") or ""
            return ref.lstrip("/") if ref.startswith("/") else _joined(folder, ref)
    return None


def _hiding_ids(data: bytes) -> frozenset:
    """The styles of the styles part ``data`` that hide their text (:func:`_styles_that_hide`)."""
    from lxml import etree
    root = etree.fromstring(transitional(data), _parser(etree))
    own: dict = {}      # style id → True / False (said by the style itself) or None
    based: dict = {}
    for st in root.iter(W + "style"):
        sid = st.get(W + "styleId")
        if not sid or st.get(W + "type") not in ("character", "paragraph"):
            continue
        rpr = st.find(W + "rPr")
        own[sid] = _hides(rpr)
        b = st.find(W + "basedOn")
        if b is not None:
            based[sid] = b.get(W + "val")
    hidden = set()
    for sid in own:
        seen, cur = set(), sid
        while cur is not None and cur not in seen and own.get(cur) is None:
            seen.add(cur)
            cur = based.get(cur)
        if cur is not None and own.get(cur):
            hidden.add(sid)
    return frozenset(hidden)


def _joined(folder: str, ref: str) -> str:
    parts = (folder.split("/") if folder else []) + ref.split("/")
    out: list = []
    for x in parts:
        if x == "..":
            if out:
                out.pop()
        elif x not in ("", "."):
            out.append(x)
    return "/".join(out)


_OFF = ("0", "false", "off")


def _hides(rpr) -> Optional[bool]:
    """Whether run properties hide the run: True, False (said w:val="0"), or None (not said)."""
    if rpr is None:
        return None
    said = None
    for el in rpr.iterchildren(_VANISH):
        if (el.get(_VAL) or "true").lower() not in _OFF:
            return True
        said = False
    return said


_local = threading.local()


def _parser(etree):
    """This thread's XML parser (made once: an lxml parser may not be shared between threads)."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                                                 remove_pis=True, huge_tree=False)
    return parser


# The two small package parts that name the main part are the same bytes in most files (the
# word processor writes them): what they say is kept for the last few seen (a damaged part
# raises, and is not kept; a part over _KEPT_PART bytes is read each time, never kept).
_KEPT_PART = 64 * 1024

@lru_cache(maxsize=32)
def _declared_main(rels: bytes) -> Optional[str]:
    """The package relationship of type officeDocument's target in ``_rels/.rels``, or None."""
    from lxml import etree
    for rel in etree.fromstring(rels, _parser(etree)).iter(RELS + "Relationship"):
        if rel.get("Type") in (REL_OFFICE, REL_OFFICE_STRICT):
            return (rel.get("Target") or "").lstrip("/")
    return None


@lru_cache(maxsize=32)
def _content_type_of(types: bytes, part: str) -> Optional[str]:
    """``part``'s content type as ``[Content_Types].xml`` declares it."""
    from lxml import etree
    return _content_type(etree.fromstring(types, _parser(etree)), part)


def _content_type(types, part: str):
    ct = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    for o in types.iter(ct + "Override"):
        if (o.get("PartName") or "").lstrip("/") == part:
            return o.get("ContentType")
    ext = part.rsplit(".", 1)[-1].lower()
    for d in types.iter(ct + "Default"):
        if (d.get("Extension") or "").lower() == ext:
            return d.get("ContentType")
    return None


def _short(exc: Exception) -> str:
    s = str(exc).splitlines()[0] if str(exc) else ""
    return s[:120]


def check_zip(data: bytes):
    """Refuse a corrupt zip, a zip that is not a Word document, or a zip bomb — by the
    declared sizes, before anything is inflated (zipfile never inflates past them).
    Returns the open archive."""
    if not data.startswith(b"PK"):
        raise ReadError(messages.not_zip())
    import zipfile  # (here: a run over text files never needs it)

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ReadError(messages.zip_damaged(exc)) from None
    if len(infos) > MAX_ENTRIES:
        raise ReadError(messages.too_many_entries(len(infos), MAX_ENTRIES))
    total = 0
    names = set()
    for info in infos:
        names.add(info.filename)
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ReadError(messages.zip_bomb(info.filename, info.file_size // max(info.compress_size, 1),
                                              info.file_size // (1024 * 1024)))
        if info.filename.endswith((".xml", ".rels")) and info.file_size > MAX_XML:
            raise ReadError(messages.xml_too_large(info.filename, info.file_size // (1024 * 1024)))
    max_total = current().decompressed_bytes
    if max_total and total > max_total:  # (--max-decompressed)
        raise LimitExceeded("decompressed", f" ({total // (1024 * 1024)} MB)")
    # (the package's relationships or its content types may name a main part of another name)
    if "word/document.xml" not in names and "_rels/.rels" not in names and "[Content_Types].xml" not in names \
            and not any(n.endswith("document.xml") for n in names):
        raise ReadError(messages.zip_not_docx("it has no word/document.xml"))
    return zf


def _tag(el) -> str:
    t = el.tag
    return t if isinstance(t, str) else ""


#: what a paragraph's text is made of
_TEXT_TAGS = (W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen")
_TEXT_OF = {W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
#: what holds text that is not the paragraph's (deleted or moved away, a text box, a field's code,
#: a picture): a paragraph that has any is read by the careful walk
_HIDING = (W + "del", W + "moveFrom", W + "txbxContent", W + "instrText", MC + "Fallback", W + "drawing", W + "pict",
           W + "object")
_T, _TAB, _TABS = W + "t", W + "tab", W + "tabs"
_R = W + "r"
_FLD_CHAR = W + "fldChar"
#: a paragraph holding any of these is read element by element
_STRUCK = (W + "strike", W + "dstrike")
_HIDING_OR_HIDDEN = _HIDING + (W + "vanish", W + "specVanish", W + "vertAlign") + _STRUCK


def paragraph_text(p, hidden: frozenset = frozenset()) -> str:
    """The visible text of a w:p: runs, hyperlinks, tracked insertions, fields, content
    controls; w:tab → tab, w:br → line break; no deleted text, no text boxes.

    Most paragraphs hold none of what hides text: lxml finds their text elements in document
    order without a step of Python for each element between."""
    if hidden or next(p.iter(_HIDING_OR_HIDDEN), None) is not None:
        return _paragraph_text_walk(p, hidden)
    parts: List[str] = []
    for el in p.iter(_TEXT_TAGS):
        tag = el.tag
        if tag == _T:
            parts.append(el.text or "")
        elif tag == _TAB:
            if el.getparent().tag != _TABS:  # (a tab stop's definition, in w:pPr)
                parts.append("\t")
        else:
            parts.append(_TEXT_OF[tag])
    return "".join(parts)


def _paragraph_text_walk(p, styles: frozenset) -> str:
    """:func:`paragraph_text`, element by element, skipping what hides text: a run Word
    neither shows nor prints (hidden text: w:vanish or w:specVanish in its properties, or a
    character or paragraph style that hides it) is not read. (w:webHidden is hidden in Web
    Layout view only: Word shows and prints it, and it is read.)

    A complex field (w:fldChar begin … separate … end) shows its result, not its code: the code
    is w:instrText, but a field nested in another's code ({ = { REF 新收 } + 1 }, { IF { … } … })
    shows nothing of its own, and its result's runs (w:t) are not read."""
    parts: List[str] = []
    in_hidden_style = bool(styles) and _val(p.find(W + "pPr"), "pStyle") in styles
    fields: List[bool] = []   # the fields open in this paragraph: True while in their code
    stack = [iter(p)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        tag = _tag(el)
        if tag == _FLD_CHAR:
            kind = el.get(W + "fldCharType")
            if kind == "begin":
                fields.append(True)
            elif kind == "separate" and fields:
                fields[-1] = False
            elif kind == "end" and fields:
                fields.pop()
            continue
        if fields and tag in _TEXT_TAGS and any(fields):
            continue  # (a field's code)
        if tag == W + "t":
            parts.append(el.text or "")
        elif tag == W + "tab":  # (tab stop definitions live in w:pPr, which is skipped)
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag in (W + "pPr", W + "rPr") or tag in _HIDING:
            continue
        elif tag == _R and (_hidden_run(el, styles, in_hidden_style) or _note_mark_after_a_figure(el, parts)):
            continue
        elif len(el) and len(stack) < 64:
            stack.append(iter(el))
    return "".join(parts)


def _note_mark_after_a_figure(r, parts: List[str]) -> bool:
    """Whether the run ``r`` is a note's mark set in superscript right after a figure: a person
    reads the figure and the mark apart ("13" with note 1), where their texts run together into
    another number (131). Such a run is not read, as Word's own footnote reference is not."""
    rpr = r.find(W + "rPr")
    if rpr is None or _val(rpr, "vertAlign") != "superscript":
        return False
    tail = "".join(parts).rstrip()
    if not tail or not tail[-1].isdigit():
        return False
    return bool(NOTE_MARK.match("".join(t.text or "" for t in r.iter(_T))))


def _hidden_run(r, styles, in_hidden_style: bool) -> bool:
    """Whether Word hides the run ``r``: its own properties say so (or say w:val="0"), else
    its character style, else its paragraph's style (``styles``: the ids of those that hide).
    A run struck through (w:strike, w:dstrike) is text its writer took back — an old figure
    struck beside the new one — and is not read either, as the web-page reader leaves out
    text with ``line-through``."""
    rpr = r.find(W + "rPr")
    said = _hides(rpr)
    if said is not None:
        return said
    if rpr is not None and any((el.get(_VAL) or "true").lower() not in _OFF
                               for el in rpr.iterchildren(_STRUCK)):
        return True
    if styles and _val(rpr, "rStyle") in styles:
        return True
    return in_hidden_style


def cell_text(tc, content=None, hidden: frozenset = frozenset()) -> str:
    """A table cell's paragraphs as one line (nested tables are read separately); ``hidden``:
    the styles that hide text."""
    lines: List[str] = []
    for el in (_content(tc) if content is None else content):
        if _tag(el) == _P:
            lines.extend(paragraph_text(el, hidden).split("\n"))
            if el.find(".//" + W + "txbxContent") is not None:  # a text box in the cell: its text, once
                lines.extend(cell_text(box, None, hidden) for box in _text_boxes(el))
    return join_lines([ln.replace("\t", " ") for ln in lines])


_P, _TBL, _TR, _TC, _TCPR, _TRPR = W + "p", W + "tbl", W + "tr", W + "tc", W + "tcPr", W + "trPr"
_WRAPPERS = (W + "sdt", W + "customXml", W + "ins", W + "smartTag", W + "sdtContent")


def _content(el) -> list:
    """Block children, looking through content controls and custom XML wrappers."""
    if next(el.iterchildren(_WRAPPERS), None) is None:
        return [c for c in el if isinstance(c.tag, str)]
    return list(_content_walk(el))


def _content_walk(el):
    stack = [iter(el)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = _tag(child)
        if tag in (W + "sdt", W + "customXml", W + "ins", W + "smartTag") and len(stack) < 16:
            stack.append(iter(child))
        elif tag == W + "sdtContent" and len(stack) < 16:
            stack.append(iter(child))
        else:
            yield child


def _val(el, name: str) -> Optional[str]:
    if el is None:
        return None
    child = el.find(W + name)
    if child is None:
        return None
    return child.get(W + "val", "")


def _int(s: Optional[str], default: int = 1) -> int:
    try:
        return max(0, min(int(s), MAX_SPAN)) if s not in (None, "") else default
    except ValueError:
        return default


class _Walker:
    """The body read element by element. ``hidden``: the styles that hide text; ``notes``: the
    footnotes and endnotes by (reference tag, id); ``chunks``: the embedded parts (w:altChunk)."""

    def __init__(self, hidden: frozenset = frozenset(), notes: Optional[dict] = None, chunks=None):
        self.hidden, self.notes, self.chunks = hidden, notes or {}, chunks
        self.blocks: list = []
        self.boxed: set = set()   # the paragraphs text boxes are anchored in
        self.paragraphs = 0
        self.tables = 0
        self.noted: set = set()   # the notes read

    def notes_of(self, el) -> None:
        """The footnotes and endnotes referenced in ``el`` (a paragraph, or a table: after the
        table), their paragraphs read after it, each note once. A person reads a note with what
        it annotates; what a report says only in a note (the period, "注：…" under 表三) is the
        report's."""
        notes = self.notes
        if not notes:
            return
        for ref in el.iter(_NOTE_REFS):
            key = (ref.tag, ref.get(W + "id"))
            if key in notes and key not in self.noted:
                self.noted.add(key)
                for p in notes[key]:
                    self.paragraph(p)

    def walk(self, body) -> None:
        self.boxed = {p for p in (_anchor(box) for box in body.iter(W + "txbxContent")) if p is not None}
        stack: List[Tuple[object, int]] = [(iter(_content(body)), 0)]
        while stack:
            it, depth = stack[-1]
            el = next(it, None)
            if el is None:
                stack.pop()
                continue
            tag = _tag(el)
            if tag == _P:
                self.paragraph(el)
                self.notes_of(el)
                boxes = _text_boxes(el) if el in self.boxed else ()
                if boxes and depth < MAX_DEPTH:  # a text box's paragraphs follow its anchor's
                    stack.append((iter([c for box in boxes for c in _content(box)]), depth + 1))
            elif tag == _ALT_CHUNK:
                self.chunk(el)
            elif tag == _TBL:
                if depth >= MAX_DEPTH:
                    continue
                rows = _Rows(tr for tr in _content(el) if _tag(tr) == _TR)
                rows.cells = [_row(tr) for tr in rows]
                if self._is_layout(rows):
                    self.blocks.append(Break())
                    stack.append((iter([c for cells in rows.cells for cell in cells for c in cell[1]]), depth + 1))
                    continue
                nested = self.table(rows)
                self.notes_of(el)
                if nested:
                    stack.append((iter(nested), depth + 1))

    def paragraph(self, p) -> None:
        text = paragraph_text(p, self.hidden)
        lines = [ln.strip(" \t\u3000\u00a0") for ln in text.split("\n")]
        lines = [ln for ln in lines if ln]
        # a picture or an embedded object (often a table published as one), not a text box: after
        # the paragraph's text (a heading or a caption with the picture pasted into it)
        if any(d.find(".//" + W + "txbxContent") is None for d in p.iter(W + "drawing", W + "pict", W + "object")):
            lines.append(IMAGE)
        if not lines:
            return
        self.paragraphs += 1
        for ln in lines:
            self.blocks.append(TextBlock(ln, paragraph=self.paragraphs, tabbed="\t" in ln))

    def chunk(self, el) -> None:
        """An embedded part (w:altChunk: HTML, a web archive, plain text or a whole .docx that Word
        converts into the document when it opens the file; generators that make reports from a
        web platform write them): its blocks where it stands, numbered on from the document's."""
        chunks = self.chunks
        if chunks is None:
            return
        numbers: dict = {}
        for b in chunks.blocks(el.get(_R_ID) or ""):
            if isinstance(b, TextBlock):
                if b.paragraph not in numbers:
                    self.paragraphs += 1
                    numbers[b.paragraph] = self.paragraphs
                self.blocks.append(b._replace(paragraph=numbers[b.paragraph], page=0, box=None, runs=()))
            elif isinstance(b, TableBlock):
                self.tables += 1
                self.blocks.append(b._replace(number=self.tables, page=0, box=None))
            else:
                self.blocks.append(Break())

    @staticmethod
    def _is_layout(rows) -> bool:
        """A one-column table, or one whose cells hold tables: page layout, not data."""
        if not rows:
            return True
        widths = [sum(cell[2] for cell in cells) for cells in rows.cells]
        if max(widths) <= 1:
            return True
        return len(rows) <= 2 and any(_tag(c) == _TBL for cells in rows.cells for cell in cells for c in cell[1])

    def table(self, rows) -> list:
        """Emit a data table (``rows``: its w:tr elements); return the tables nested in its cells
        (read after it)."""
        cells_of = getattr(rows, "cells", None) or [_row(tr) for tr in rows]
        self.tables += 1
        grid: List[List[list]] = []   # rows of [text, rowspan, colspan]
        above: dict = {}              # grid column → the cell a vertical merge there continues
        nested = []
        for tr, row in zip(rows, cells_of):
            cells: List[list] = []
            col = 0
            merged_here: dict = {}
            trpr = tr.find(_TRPR)
            for _ in range(_int(_val(trpr, "gridBefore"), 0)):
                cells.append(["", 1, 1])
                col += 1
            for tc, content, _, span, vmerge, hmerge in row:
                if vmerge is not None and vmerge != "restart" and above.get(col, [None, 0, 0])[2] == span:
                    above[col][1] += 1  # covered by the cell above: that cell spans this row too
                    merged_here[col] = above[col]
                elif (vmerge is not None and vmerge != "restart") or (hmerge is not None and hmerge != "restart"):
                    cells.append(["", 1, span])  # a continuation with no cell to continue
                else:
                    cell = [cell_text(tc, content, self.hidden), 1, span]
                    cells.append(cell)
                    if vmerge == "restart":
                        merged_here[col] = cell
                nested += [c for c in content if c.tag == _TBL]
                col += span
            for _ in range(_int(_val(trpr, "gridAfter"), 0)):
                cells.append(["", 1, 1])
            above = merged_here
            grid.append(cells)
        self.blocks.append(TableBlock(tuple(tuple(CellBlock(t, r, c) for t, r, c in row) for row in grid),
                                      number=self.tables))
        return nested


_NOTE_REFS = (W + "footnoteReference", W + "endnoteReference")
_NOTE_PARTS = {"footnotes": (W + "footnote", W + "footnoteReference"),
               "endnotes": (W + "endnote", W + "endnoteReference")}


def _notes(zf, target: str, etree) -> dict:
    """The footnotes and endnotes of the main part (its relationships name their parts):
    (the reference's tag, id) → the note's paragraphs; the separators Word draws above the notes
    are none. A damaged notes part gives none: the body is still read."""
    folder, _, name = target.rpartition("/")
    rels_name = (folder + "/" if folder else "") + "_rels/" + name + ".rels"
    names = set(zf.namelist())
    if rels_name not in names:
        return {}
    out: dict = {}
    try:
        rels = etree.fromstring(transitional(zf.read(rels_name)), _parser(etree))
        for rel in rels.iter(RELS + "Relationship"):
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            if kind not in _NOTE_PARTS or rel.get("TargetMode") == "External":
                continue
            ref = rel.get("Target") or ""
            part = ref.lstrip("/") if ref.startswith("/") else _joined(folder, ref)
            if part not in names:
                continue
            note_tag, ref_tag = _NOTE_PARTS[kind]
            for note in etree.fromstring(transitional(zf.read(part)), _parser(etree)).iter(note_tag):
                if note.get(W + "type") in (None, "normal"):
                    out[ref_tag, note.get(W + "id")] = [c for c in _content(note) if _tag(c) == _P]
    except (etree.XMLSyntaxError, ValueError, KeyError, OSError):
        return {}
    return out


_ALT_CHUNK = W + "altChunk"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
MAX_CHUNK_DEPTH = 4   # a .docx embedded in a .docx embedded in …
#: an embedded part's content type → the reader that reads it
_CHUNK_READERS = {"text/html": "html", "application/xhtml+xml": "html", "message/rfc822": "mht",
                  "multipart/related": "mht", "text/plain": "text"}
_CHUNK_EXTENSIONS = {"htm": "html", "html": "html", "xhtml": "html", "mht": "mht", "mhtml": "mht", "txt": "text",
                     "docx": "docx"}


class _Chunks:
    """The parts a document's w:altChunk elements name (by relationship id, in the main part's
    relationships), read by the reader of their format. A part that is missing or in a format
    govlint does not read (RTF) is one error for the file: what it holds (often whole tables)
    would otherwise be missing, section by section."""

    def __init__(self, zf, target: str, path: Path, outer=None):
        self.zf, self.target, self.path = zf, target, path
        self.depth = 0 if outer is None else outer.depth + 1
        self._rels = None

    def _targets(self) -> dict:
        if self._rels is None:
            from lxml import etree
            folder, _, name = self.target.rpartition("/")
            rels_name = (folder + "/" if folder else "") + "_rels/" + name + ".rels"
            self._rels = {}
            if rels_name in self.zf.namelist():
                for rel in etree.fromstring(transitional(self.zf.read(rels_name)), _parser(etree)).iter(
                        RELS + "Relationship"):
                    ref = rel.get("Target") or ""
                    if rel.get("TargetMode") != "External":
                        self._rels[rel.get("Id")] = ref.lstrip("/") if ref.startswith("/") else _joined(folder, ref)
        return self._rels

    def blocks(self, rid: str) -> tuple:
        try:
            return self._blocks(rid)
        except (ReadError, LimitExceeded):
            raise
        except Exception as exc:  # (a damaged relationships part or embedded part)
            raise ReadError(messages.docx_damaged(exc, _short(exc))) from None

    def _blocks(self, rid: str) -> tuple:
        part = self._targets().get(rid)
        if part is None or part not in self.zf.namelist():
            raise ReadError(messages.docx_damaged(KeyError(rid), f"the embedded part (w:altChunk) {rid} is missing"))
        kind = None
        if "[Content_Types].xml" in self.zf.namelist():
            kind = _content_type_of.__wrapped__(self.zf.read("[Content_Types].xml"), part)
        reader = _CHUNK_READERS.get((kind or "").split(";")[0].strip().lower()) or \
            ("docx" if kind in WORD_TYPES else None) or _CHUNK_EXTENSIONS.get(part.rsplit(".", 1)[-1].lower())
        if reader is None or self.depth >= MAX_CHUNK_DEPTH:
            why = f"the embedded part {part} ({kind or 'of unknown type'}) cannot be read"
            raise ReadError(messages.docx_damaged(ValueError(why), why))
        data = self.zf.read(part)
        if reader == "html":
            from .html import HtmlReader
            try:
                doc = HtmlReader().read(self.path, data)
            except ReadError:  # a piece with no heading nor table (a note): the web-page reader
                return _html_lines(data)  # finds no report in it, and its text is all it holds
        elif reader == "mht":
            from .mht import MhtReader
            doc = MhtReader().read(self.path, data)
        elif reader == "text":
            from .text import TextReader
            doc = TextReader().read(self.path, data)
            return tuple(TextBlock(ln.strip(" \u3000"), paragraph=n, tabbed="\t" in ln)
                         for n, ln in enumerate(doc.text.split("\n"), 1) if ln.strip(" \t\u3000"))
        else:
            doc = DocxReader()._read(self.path, data, self)
        return doc.blocks


def _html_lines(data: bytes) -> tuple:
    """An embedded HTML piece's text, a paragraph a line (no markup but the words)."""
    from lxml import etree
    from .html import decode
    text, _ = decode(data)
    root = etree.fromstring(text or "<p></p>", etree.HTMLParser(remove_comments=True, no_network=True))
    if root is None:
        return ()
    etree.strip_elements(root, "script", "style", "head", with_tail=False)
    lines = etree.tostring(root, method="text", encoding=str).split("\n")
    lines = [ln.strip(" \t\u3000\u00a0") for ln in lines]
    return tuple(TextBlock(ln, paragraph=n) for n, ln in enumerate((x for x in lines if x), 1))


def _anchor(box):
    """The paragraph a text box (w:txbxContent) is anchored in, or None for the copy in an
    mc:Fallback (Word writes a text box twice: DrawingML in mc:Choice, VML in mc:Fallback)."""
    el = box.getparent()
    while el is not None and el.tag != _P:
        if el.tag == MC + "Fallback":
            return None
        el = el.getparent()
    return el


def _text_boxes(p) -> list:
    """The text boxes anchored in the paragraph ``p`` (not those inside another text box, whose
    own paragraphs hold them, nor mc:Fallback copies), read once, after the paragraph."""
    return [box for box in p.iter(W + "txbxContent") if _anchor(box) is p]


def _cells(tr):
    return [tc for tc in _content(tr) if _tag(tc) == _TC]


# ----------------------------------------------------------------------------------------
# one pass: the document as lxml walks it, for the documents most reports are

_GRID_SPAN, _V_MERGE, _H_MERGE = W + "gridSpan", W + "vMerge", W + "hMerge"
_GRID_BEFORE, _GRID_AFTER, _BODY, _VAL = W + "gridBefore", W + "gridAfter", W + "body", W + "val"
_NOT_PLAIN = _WRAPPERS + _HIDING_OR_HIDDEN + (W + "altChunk",)
_NS = {"w": W[1:-1], "mc": MC[1:-1]}


_PROPS = (_GRID_SPAN, _V_MERGE, _H_MERGE, _GRID_BEFORE, _GRID_AFTER)
_MARKS = (_TAB, W + "br", W + "cr", W + "noBreakHyphen", _GRID_SPAN, _V_MERGE, _H_MERGE, _GRID_BEFORE, _GRID_AFTER)


@lru_cache(maxsize=1)
def _only_runs_text():
    """Whether every text node under an element is a ``w:t``'s text (libxml2 counts them)."""
    from lxml import etree
    return etree.XPath("count(.//text()) = count(.//w:t/text())", namespaces=_NS)


def _marked(body) -> Tuple[set, dict]:
    """The paragraphs that hold more than runs of text (a tab, a line break, a non-breaking
    hyphen: read by :func:`paragraph_text`), and what the cells' and rows' properties declare:
    a cell or row → {gridSpan / vMerge / hMerge / gridBefore / gridAfter: its w:val}, each the
    first of its kind in the element's first ``w:tcPr`` (``w:trPr``), as :func:`_val` reads them.
    lxml finds the marks; Python sees only them."""
    marked = set()
    props: dict = {}    # cell or row → (its first tcPr / trPr, {tag: value})
    for m in body.iter(_MARKS):
        tag = m.tag
        holder = m.getparent()
        if tag in _PROPS:
            if holder is None or holder.tag not in (_TCPR, _TRPR):
                continue
            owner = holder.getparent()
            if owner is None:
                continue
            got = props.get(owner)
            if got is None:
                if holder.getprevious() is not None and holder is not next(owner.iterchildren(holder.tag)):
                    continue  # a second tcPr: _val reads the first
                got = props[owner] = (holder, {})
            elif got[0] is not holder:
                continue
            got[1].setdefault(tag, m.get(_VAL, ""))
            continue
        if tag == _TAB and holder is not None and holder.tag == _TABS:
            continue  # a tab stop's definition
        n = 0
        while holder is not None and holder.tag != _P and n < 64:
            holder, n = holder.getparent(), n + 1
        if holder is not None:
            marked.add(holder)
    return marked, {owner: values for owner, (_, values) in props.items()}


def _one_pass(body) -> Optional[list]:
    """The blocks of a plain document — no content control, tracked change, text box, picture
    or field code anywhere, no table in a table, no text but the runs' — read with lxml doing the
    walking: the body's children, a table's rows, cells and their paragraphs in order, and a
    paragraph of plain runs as its text serialised by libxml2 (the walk :class:`_Walker` makes,
    element by element, gives the same blocks; it reads every other document). None when not plain."""
    from lxml import etree

    if next(body.iter(_NOT_PLAIN), None) is not None:
        return None
    try:
        if not _only_runs_text()(body):
            return None
    except etree.XPathError:  # (libxml2's own limits, on a hostile file): the walker reads it
        return None
    marked, props = _marked(body)
    tostring = etree.tostring
    blocks: list = []
    paragraphs = tables = 0

    def text_of(p) -> str:
        if p in marked:
            return paragraph_text(p)
        return tostring(p, method="text", encoding=str, with_tail=False)

    def emit(text: str) -> None:
        nonlocal paragraphs
        if "\n" in text or "\t" in text or "\u3000" in text or "\u00a0" in text or text[:1] == " " \
                or text[-1:] == " ":
            lines = [ln for ln in (x.strip(" \t\u3000\u00a0") for x in text.split("\n")) if ln]
        else:
            lines = [text] if text else []
        if lines:
            paragraphs += 1
            for ln in lines:
                # TextBlock(ln, paragraph=paragraphs, tabbed=…), built in C
                blocks.append(_new(TextBlock, (ln, 0, paragraphs, None, "\t" in ln, ())))

    for el in body:
        tag = el.tag
        if tag == _P:
            emit(text_of(el))
            continue
        if tag != _TBL:
            continue
        if next(el.iterdescendants(_TBL), None) is not None:
            return None  # a table in a table
        table = _plain_table(el, marked, props)
        if table is None:  # page layout: its paragraphs are the document's
            blocks.append(Break())
            for tr in el.iterchildren(_TR):
                for tc in tr.iterchildren(_TC):
                    for p in tc.iterchildren(_P):
                        emit(text_of(p))
        else:
            tables += 1
            blocks.append(table._replace(number=tables))
    return blocks


_CELL_STRIP = " \u3000\u00a0\t\r\n"


def _plain_table(tbl, marked: set, props: dict) -> Optional[TableBlock]:
    """A plain document's table as :meth:`_Walker.table` reads it (merged cells with their
    spans, gridBefore/gridAfter as empty cells), its number 0; None when it is page layout (one
    column)."""
    tostring = etree_tostring()
    # a cell of one paragraph (most are) is libxml2's text of the cell: no step per paragraph
    by_paragraph = set(_ONE_PARAGRAPH_NOT_ALL()(tbl))
    if marked:
        by_paragraph.update(p.getparent() for p in marked)
    grid: List[list] = []
    above: dict = {}       # grid column → [row, position, span] of the cell a vertical merge there continues
    spans: dict = {}       # (row, position) → rows a vertically merged cell spans
    widest = 0
    for r, tr in enumerate(tbl.iterchildren(_TR)):
        got = props.get(tr) if props else None
        before = after = 0
        if got is not None:
            before, after = _int(got.get(_GRID_BEFORE), 0), _int(got.get(_GRID_AFTER), 0)
        cells: list = [_EMPTY] * before
        col = before
        width = 0
        merged_here: dict = {}
        for tc in tr.iterchildren(_TC):
            if tc not in by_paragraph and tc not in props:  # (most cells)
                text = tostring(tc, method="text", encoding=str, with_tail=False)
                if "\n" in text or "\t" in text:
                    text = join_lines([ln.replace("\t", " ") for ln in text.split("\n")])
                cells.append(_new(CellBlock, (text.strip(_CELL_STRIP), 1, 1)))  # CellBlock(text), in C
                width += 1
                col += 1
                continue
            if tc not in by_paragraph:
                texts = [tostring(tc, method="text", encoding=str, with_tail=False)]
            else:
                texts = [paragraph_text(p) if p in marked else tostring(p, method="text", encoding=str,
                                                                        with_tail=False)
                         for p in tc.iterchildren(_P)]
            got = props.get(tc) if props else None
            if got is None:
                declared, vmerge, hmerge = 1, None, None
            else:
                declared, vmerge, hmerge = _int(got.get(_GRID_SPAN)), got.get(_V_MERGE), got.get(_H_MERGE)
            width += declared
            span = declared if declared > 1 else 1
            if vmerge is not None and vmerge != "restart":
                cont = above.get(col)
                if cont is not None and cont[2] == span:  # covered by the cell above: it spans this row too
                    spans[cont[0], cont[1]] += 1
                    merged_here[col] = cont
                else:
                    cells.append(CellBlock("", 1, span))  # a continuation with no cell to continue
                col += span
                continue
            if hmerge is not None and hmerge != "restart":
                cells.append(CellBlock("", 1, span))
                col += span
                continue
            if len(texts) == 1 and "\n" not in texts[0] and "\t" not in texts[0]:
                text = texts[0].strip(_CELL_STRIP)  # join_lines of one line
            else:
                text = join_lines([ln.replace("\t", " ") for t in texts for ln in t.split("\n")])
            if vmerge == "restart":
                merged_here[col] = [r, len(cells), span]
                spans[r, len(cells)] = 1
            cells.append(CellBlock(text, 1, span))
            col += span
        if after:
            cells += [_EMPTY] * after
        above = merged_here
        grid.append(cells)
        if width > widest:
            widest = width
    if widest <= 1:
        return None
    for (r, k), n in spans.items():
        if n > 1:
            grid[r][k] = grid[r][k]._replace(rowspan=n)
    return TableBlock(tuple(map(tuple, grid)))


_EMPTY = CellBlock("", 1, 1)
_new = tuple.__new__


@lru_cache(maxsize=1)
def _ONE_PARAGRAPH_NOT_ALL():
    """A table's cells that do not hold exactly one paragraph (libxml2 counts them). The others'
    text is their paragraph's: a cell holds paragraphs, tables and properties, and a run outside
    a paragraph (which no word processor writes, and Word refuses to open) would count as its
    text, where the element walk leaves it out."""
    from lxml import etree
    return etree.XPath("w:tr/w:tc[count(w:p) != 1]", namespaces=_NS)


@lru_cache(maxsize=1)
def etree_tostring():
    from lxml import etree
    return etree.tostring


class _Rows(list):
    """A table's w:tr elements, with ``cells``: each row's cells as :func:`_row` reads them."""

    cells: list = []


def _row(tr) -> list:
    """A row's cells: [(tc, its content, declared gridSpan, span, vMerge, hMerge)]."""
    out = []
    for tc in _cells(tr):
        tcpr = tc.find(_TCPR)
        content = _content(tc)
        if tcpr is None:
            out.append((tc, content, 1, 1, None, None))
            continue
        declared = _int(_val(tcpr, "gridSpan"))
        out.append((tc, content, declared, max(1, declared), _val(tcpr, "vMerge"), _val(tcpr, "hMerge")))
    return out


# ----------------------------------------------------------------------------------------
# a PDF converted to Word: each line a text box at its place on the page

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_WPS_TXBX = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}txbx"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_EMU = 12700.0  # EMU a point
MIN_FRAMES = 20  # text boxes placed on the page, at least, before a document is read as pages


def _positioned_pages(body) -> Optional[List[Tuple[list, list]]]:
    """The pages of a document made by converting a PDF to Word (LibreOffice's PDF import, then
    "save as .docx"): every line of the PDF is a text box anchored at its place (offsets from the
    page's top left, all anchored in the first paragraph), every ruling line a drawn line, and no
    text outside them. Read as paragraphs, its lines come in drawing order, a table's cells one
    a paragraph (false C200, C202, V502, A302). Each page as (text boxes, lines): a text box is
    (x, top, width, height, [(text, size)] a paragraph), a line (x0, top, x1, bottom); a page
    starts where the boxes go back up by a third of a page height or more. None when the document is
    not such (the cheap sign: the body's first paragraph holds MIN_FRAMES text boxes placed by
    offsets, and the body has no other text of its own)."""
    first = next(body.iterchildren(_P), None)
    if first is None:
        return None
    anchors = list(first.iter(WP + "anchor"))
    if len(anchors) < MIN_FRAMES:
        return None
    for p in body.iterchildren(_P):  # text outside the boxes: a document, not a converted PDF
        if p is not first and paragraph_text(p).strip():
            return None
    height = _page_size(body)[1]
    pages: List[Tuple[list, list]] = []
    boxes: list = []
    lines: list = []
    last_top = None
    framed = 0
    for a in anchors:
        place = _anchor_place(a)
        if place is None:
            return None
        x, top, w, h = place
        box = a.find(".//" + _WPS_TXBX)
        if box is None:
            geom = a.find(".//" + _A + "prstGeom")
            if geom is None or geom.get("prst") != "line":
                continue  # a filled shape (a cell's shading): not text, not a rule
            item = None
        else:
            paras = []
            for p in box.iter(_P):
                runs = []
                for r in p.iter(W + "r"):
                    t = "".join(el.text or "" for el in r.iter(_T))
                    if t:
                        sz = r.find(W + "rPr/" + W + "sz")
                        size = _int(sz.get(W + "val") if sz is not None else None, 0) / 2.0 if sz is not None else 0.0
                        runs.append((t, size))
                paras.append(runs)
            if not any(paras):
                continue
            item = (x, top, w, h, paras)
            framed += 1
        if last_top is not None and top < last_top - height / 3 and (boxes or lines):
            pages.append((boxes, lines))
            boxes, lines = [], []
        last_top = top
        if item is None:
            lines.append((x, top, x + w, top + h))
        else:
            boxes.append(item)
    if boxes or lines:
        pages.append((boxes, lines))
    if framed < MIN_FRAMES:
        return None
    return pages


def _anchor_place(a) -> Optional[Tuple[float, float, float, float]]:
    """A floating object's left, top, width and height in points, from its offsets (None when
    it is aligned instead, or its numbers are not numbers)."""
    try:
        x = float(a.find(WP + "positionH/" + WP + "posOffset").text) / _EMU
        y = float(a.find(WP + "positionV/" + WP + "posOffset").text) / _EMU
        ext = a.find(WP + "extent")
        return x, y, float(ext.get("cx")) / _EMU, float(ext.get("cy")) / _EMU
    except (AttributeError, TypeError, ValueError):
        return None


def _page_size(body) -> Tuple[float, float]:
    """The section's page width and height in points (A4 when not said)."""
    size = None
    for sect in body.iter(W + "sectPr"):
        size = sect.find(W + "pgSz")
    try:
        return float(size.get(W + "w")) / 20.0, float(size.get(W + "h")) / 20.0
    except (AttributeError, TypeError, ValueError):
        return 595.3, 841.9


def _read_as_pages(pages: List[Tuple[list, list]], size: Tuple[float, float]):
    """The converted PDF's pages read as the PDF reader reads a PDF's (its lines, its tables
    found by their rules), from characters laid out across each text box: a wide character
    (CJK) is twice a narrow one, scaled to fill the box's width. None when pdfplumber is not
    installed (the document is then read paragraph by paragraph)."""
    try:
        from . import pdf, pdfium
        import pdfplumber  # noqa: F401
    except ImportError:
        return None
    from unicodedata import east_asian_width
    width, height = size

    def plumber(number: int, boxes: list, rules: list):
        chars = []
        for x, top, w, h, paras in boxes:
            step = h / len(paras)
            for k, runs in enumerate(paras):
                if not runs:
                    continue
                y = top + k * step
                sized = [(t, s or step / 1.45) for t, s in runs]
                ems = [(c, s, (1.0 if east_asian_width(c) in "WF" else 0.5) * s) for t, s in sized for c in t]
                total = sum(e for _, _, e in ems) or 1.0
                scale = w / total if w > 0 else 1.0
                spaces = sum(1 for c, _, _ in ems if c == " ")
                gap = 0.0
                if spaces and w > total:  # the pieces of a line typed with tabs, joined by spaces:
                    scale, gap = 1.0, (w - total) / spaces  # the room left is between them
                cx = x
                for c, s, e in ems:
                    cw = e * scale + (gap if c == " " else 0.0)
                    chars.append({"object_type": "char", "page_number": number, "text": c, "x0": cx, "x1": cx + cw,
                                  "top": y, "bottom": y + s, "doctop": y, "width": cw, "height": s, "size": s,
                                  "upright": True})
                    cx += cw
        lines = [{"object_type": "line", "page_number": number, "x0": x0, "x1": x1, "y0": height - bottom,
                  "y1": height - top, "top": top, "bottom": bottom, "doctop": top, "width": x1 - x0,
                  "height": bottom - top, "pts": [(x0, top), (x1, bottom)]} for x0, top, x1, bottom in rules]
        objects = {"char": chars}
        if lines:
            objects["line"] = lines
        page = pdfium.plumber_page(objects, (0.0, 0.0, width, height), number)
        page.pictured = False
        page.pictures = []
        return page

    n = len(pages)
    if n > pdf.MAX_PAGES:
        raise ReadError(messages.too_many_pages(n, pdf.MAX_PAGES))
    doc = pdf._document(((k, plumber(k, boxes, rules)) for k, (boxes, rules) in enumerate(pages, 1)), n)
    source = dict(doc.source)
    source["kind"] = "docx"
    source["converted_from"] = "pdf"
    return Document(doc.text, source, doc.own_blocks)
