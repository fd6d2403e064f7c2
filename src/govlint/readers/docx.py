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
from pathlib import Path
from typing import List, Optional, Tuple

from ..lexicon.marks import IMAGE
from ..limits import LimitExceeded, current
from . import Break, CellBlock, Document, ReadError, TableBlock, TextBlock, join_lines, messages, missing_library

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
    extensions = (".docx", ".docm")
    binary = True
    cache_version = "1"  # the reader cache's key (govlint.readers.cache)

    def sniff(self, head: bytes) -> bool:
        # a zip whose first entries are an OOXML package's; a .docx is usually recognised by
        # its own extension, this catches one saved as .txt
        return head.startswith(b"PK\x03\x04") and (b"[Content_Types].xml" in head or b"word/" in head)

    def read(self, path: Path, data: bytes):
        zf = check_zip(data)
        try:
            from lxml import etree
        except ImportError:
            raise missing_library("lxml", "Word files") from None
        try:
            body = _body(zf, etree)
        except ReadError:
            raise
        except Exception as exc:
            raise ReadError(messages.docx_damaged(exc, _short(exc))) from None
        blocks: list = []
        if body is not None:
            blocks = _one_pass(body)
            if blocks is None:  # content controls, tracked changes, text boxes, pictures, nested tables
                walker = _Walker()
                walker.walk(body)
                blocks = walker.blocks
        return Document("", {"kind": "docx"}, tuple(blocks))


REL_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: the main part's content types: a Word document, template or macro-enabled one
WORD_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
              "application/vnd.ms-word.document.macroEnabled.main+xml",
              "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")


def _body(zf, etree):
    """The main document part's w:body, parsed by lxml alone (python-docx's object layer is
    not needed to read: it parsed every part of the package and took ~20 ms a report).

    The main part is the package relationship of type officeDocument (usually
    word/document.xml); its content type must be a Word document's, as python-docx requires."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True,
                             huge_tree=False)
    names = set(zf.namelist())
    target = None
    if "_rels/.rels" in names:
        rels = etree.fromstring(zf.read("_rels/.rels"), parser)
        for rel in rels.iter(RELS + "Relationship"):
            if rel.get("Type") == REL_OFFICE:
                target = (rel.get("Target") or "").lstrip("/")
                break
    if target is None or target not in names:
        target = "word/document.xml" if "word/document.xml" in names else None
    if target is None:
        raise ReadError(messages.zip_not_docx())
    if "[Content_Types].xml" in names:
        kind = _content_type(etree.fromstring(zf.read("[Content_Types].xml"), parser), target)
        if kind is not None and kind not in WORD_TYPES:
            raise ReadError(messages.not_word(kind.split('.')[-1]))
    root = etree.fromstring(zf.read(target), parser)
    return root.find(W + "body")


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
    if "word/document.xml" not in names and not any(n.endswith("document.xml") for n in names):
        raise ReadError(messages.zip_not_docx("it has no word/document.xml"))
    return zf


def _tag(el) -> str:
    t = el.tag
    return t if isinstance(t, str) else ""


#: what a paragraph's text is made of
_TEXT_TAGS = (W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen")
_TEXT_OF = {W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
#: what holds text that is not the paragraph's (deleted, a text box, a field's code, a picture):
#: a paragraph that has any is read by the careful walk
_HIDING = (W + "del", W + "txbxContent", W + "instrText", MC + "Fallback", W + "drawing", W + "pict", W + "object")
_T, _TAB, _TABS = W + "t", W + "tab", W + "tabs"


def paragraph_text(p) -> str:
    """The visible text of a w:p: runs, hyperlinks, tracked insertions, fields, content
    controls; w:tab → tab, w:br → line break; no deleted text, no text boxes.

    Most paragraphs hold none of what hides text: lxml finds their text elements in document
    order without a step of Python for each element between."""
    if next(p.iter(_HIDING), None) is not None:
        return _paragraph_text_walk(p)
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


def _paragraph_text_walk(p) -> str:
    """:func:`paragraph_text`, element by element, skipping what hides text."""
    parts: List[str] = []
    stack = [iter(p)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        tag = _tag(el)
        if tag == W + "t":
            parts.append(el.text or "")
        elif tag == W + "tab":  # (tab stop definitions live in w:pPr, which is skipped)
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag in (W + "pPr", W + "rPr", W + "del", W + "txbxContent", W + "instrText", MC + "Fallback",
                     W + "drawing", W + "pict", W + "object"):
            continue
        elif len(el) and len(stack) < 64:
            stack.append(iter(el))
    return "".join(parts)


def cell_text(tc, content=None) -> str:
    """A table cell's paragraphs as one line (nested tables are read separately)."""
    lines: List[str] = []
    for el in (_content(tc) if content is None else content):
        if _tag(el) == _P:
            lines.extend(paragraph_text(el).split("\n"))
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
    def __init__(self):
        self.blocks: list = []
        self.paragraphs = 0
        self.tables = 0

    def walk(self, body) -> None:
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
                if nested:
                    stack.append((iter(nested), depth + 1))

    def paragraph(self, p) -> None:
        text = paragraph_text(p)
        lines = [ln.strip(" \t\u3000\u00a0") for ln in text.split("\n")]
        lines = [ln for ln in lines if ln]
        if not lines:
            if p.find(".//" + W + "drawing") is not None or p.find(".//" + W + "pict") is not None:
                lines = [IMAGE]  # a picture (often a table published as one)
            else:
                return
        self.paragraphs += 1
        for ln in lines:
            self.blocks.append(TextBlock(ln, paragraph=self.paragraphs, tabbed="\t" in ln))

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
                    cell = [cell_text(tc, content), 1, span]
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


def _cells(tr):
    return [tc for tc in _content(tr) if _tag(tc) == _TC]


# ----------------------------------------------------------------------------------------
# one pass: the document as lxml walks it, for the documents most reports are

_GRID_SPAN, _V_MERGE, _H_MERGE = W + "gridSpan", W + "vMerge", W + "hMerge"
_GRID_BEFORE, _GRID_AFTER, _BODY, _VAL = W + "gridBefore", W + "gridAfter", W + "body", W + "val"
_ONE_PASS_TAGS = (_P, _TBL, _TR, _TC, _GRID_SPAN, _V_MERGE, _H_MERGE, _GRID_BEFORE, _GRID_AFTER) + _TEXT_TAGS
_NOT_PLAIN = _WRAPPERS + _HIDING


def _one_pass(body) -> Optional[list]:
    """The blocks of a plain document — no content control, tracked change, text box, picture
    or field code anywhere, no table in a table, every paragraph in the body or a cell — read in
    one walk of lxml's over the elements that matter (the walk :class:`_Walker` makes, element
    by element, gives the same blocks; it reads every other document). None when not plain."""
    if next(body.iter(_NOT_PLAIN), None) is not None:
        return None
    from lxml import etree

    blocks: list = []
    paragraphs = tables = 0
    parts: List[str] = []          # the current paragraph's text
    rows: Optional[list] = None    # the current table: [[trPr facts, [cell, ...]], ...]
    row: Optional[list] = None
    cell: Optional[list] = None    # [paragraph texts, declared gridSpan, vMerge, hMerge]
    tc = tr = None

    def emit(text: str) -> None:
        nonlocal paragraphs
        lines = [ln for ln in (x.strip(" \t\u3000\u00a0") for x in text.split("\n")) if ln]
        if lines:
            paragraphs += 1
            for ln in lines:
                blocks.append(TextBlock(ln, paragraph=paragraphs, tabbed="\t" in ln))

    for event, el in etree.iterwalk(body, events=("start", "end"), tag=_ONE_PASS_TAGS):
        tag = el.tag
        if event == "start":
            if tag == _T:
                parts.append(el.text or "")
            elif tag == _TAB:
                if el.getparent().tag != _TABS:
                    parts.append("\t")
            elif tag in _TEXT_OF:
                parts.append(_TEXT_OF[tag])
            elif tag == _P:
                if el.getparent() is not (tc if cell is not None else body):
                    return None
                parts = []
            elif tag == _TC:
                if row is None or el.getparent() is not tr:
                    return None
                tc = el
                cell = [[], 1, None, None]
                row[1].append(cell)
            elif tag == _TR:
                if rows is None:
                    return None
                tr = el
                row = [[0, 0], []]
                rows.append(row)
            elif tag == _TBL:
                if rows is not None or el.getparent() is not body:
                    return None  # a table in a table
                rows = []
            elif tag in (_GRID_SPAN, _V_MERGE, _H_MERGE):
                holder = el.getparent()
                if cell is not None and holder.tag == _TCPR and holder.getparent() is tc and holder is tc.find(_TCPR):
                    k = 1 if tag == _GRID_SPAN else (2 if tag == _V_MERGE else 3)
                    if el is holder.find(tag):  # the first, as tcPr.find reads it
                        cell[k] = el.get(_VAL, "") if k > 1 else _int(el.get(_VAL, ""))
            elif tag in (_GRID_BEFORE, _GRID_AFTER):
                holder = el.getparent()
                if row is not None and holder.tag == _TRPR and holder.getparent() is tr and holder is tr.find(_TRPR):
                    if el is holder.find(tag):
                        row[0][0 if tag == _GRID_BEFORE else 1] = _int(el.get(_VAL, ""), 0)
            continue
        # end events
        if tag == _P:
            text = "".join(parts)
            if cell is not None:
                cell[0].append(text)
            elif rows is None:
                emit(text)
            else:
                return None  # a paragraph in a table but in no cell
        elif tag == _TC:
            cell = tc = None
        elif tag == _TR:
            row = tr = None
        elif tag == _TBL:
            if not rows or max(sum(c[1] for c in r[1]) for r in rows) <= 1:
                blocks.append(Break())  # page layout: its paragraphs are the document's
                for r in rows:
                    for c in r[1]:
                        for text in c[0]:
                            emit(text)
            else:
                tables += 1
                blocks.append(_grid_block(rows, tables))
            rows = None
    return blocks


def _grid_block(rows: list, number: int) -> TableBlock:
    """A data table from its rows (:meth:`_Walker.table`'s merging, on what the walk collected)."""
    grid: List[List[list]] = []
    above: dict = {}
    for (before, after), cells_in in rows:
        cells: List[list] = [["", 1, 1] for _ in range(before)]
        col = before
        merged_here: dict = {}
        for texts, declared, vmerge, hmerge in cells_in:
            span = max(1, declared)
            if vmerge is not None and vmerge != "restart" and above.get(col, [None, 0, 0])[2] == span:
                above[col][1] += 1
                merged_here[col] = above[col]
            elif (vmerge is not None and vmerge != "restart") or (hmerge is not None and hmerge != "restart"):
                cells.append(["", 1, span])
            else:
                lines = [ln for t in texts for ln in t.split("\n")]
                cell = [join_lines([ln.replace("\t", " ") for ln in lines]), 1, span]
                cells.append(cell)
                if vmerge == "restart":
                    merged_here[col] = cell
            col += span
        cells += [["", 1, 1] for _ in range(after)]
        above = merged_here
        grid.append(cells)
    return TableBlock(tuple(tuple(CellBlock(t, r, c) for t, r, c in row) for row in grid), number=number)


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
