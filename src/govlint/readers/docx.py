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
from . import Break, CellBlock, Document, ReadError, TableBlock, TextBlock, join_lines, missing_library

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

    def sniff(self, head: bytes) -> bool:
        # a zip whose first entries are an OOXML package's; a .docx is usually recognised by
        # its own extension, this catches one saved as .txt
        return head.startswith(b"PK\x03\x04") and (b"[Content_Types].xml" in head or b"word/" in head)

    def read(self, path: Path, data: bytes):
        check_zip(data)
        try:
            import docx  # python-docx
        except ImportError:
            raise missing_library("python-docx", "Word files") from None
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:
            raise ReadError(f"this .docx is damaged or not a Word document ({type(exc).__name__}: "
                            f"{_short(exc)}); open it in Word or WPS and save it again as .docx") from None
        walker = _Walker()
        walker.walk(document.element.body)
        return Document("", {"kind": "docx"}, tuple(walker.blocks))


def _short(exc: Exception) -> str:
    s = str(exc).splitlines()[0] if str(exc) else ""
    return s[:120]


def check_zip(data: bytes) -> None:
    """Refuse a corrupt zip, a zip that is not a Word document, or a zip bomb — by the
    declared sizes, before anything is inflated (zipfile never inflates past them)."""
    if not data.startswith(b"PK"):
        raise ReadError("this is not a Word .docx file (a .docx is a zip archive); if it is an old .doc, "
                        "save it as .docx")
    import zipfile  # (here: a run over text files never needs it)

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ReadError(f"this .docx is damaged (the zip archive cannot be opened: {exc}); open it in Word or "
                        f"WPS and save it again") from None
    if len(infos) > MAX_ENTRIES:
        raise ReadError(f"this .docx holds {len(infos)} files, more than the {MAX_ENTRIES} govlint accepts; "
                        f"it is not an ordinary report")
    total = 0
    names = set()
    for info in infos:
        names.add(info.filename)
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ReadError(f"this .docx looks like a zip bomb ({info.filename} would inflate "
                            f"{info.file_size // max(info.compress_size, 1)} times, to "
                            f"{info.file_size // (1024 * 1024)} MB); refused")
        if info.filename.endswith((".xml", ".rels")) and info.file_size > MAX_XML:
            raise ReadError(f"this .docx is too large to read: {info.filename} would be "
                            f"{info.file_size // (1024 * 1024)} MB of XML")
    max_total = current().decompressed_bytes
    if max_total and total > max_total:  # (--max-decompressed)
        raise LimitExceeded("decompressed", f" ({total // (1024 * 1024)} MB)")
    if "word/document.xml" not in names and not any(n.endswith("document.xml") for n in names):
        raise ReadError("this zip archive is not a Word .docx document (it has no word/document.xml); "
                        "give govlint the report as .docx, .pdf, .html or .txt")


def _tag(el) -> str:
    t = el.tag
    return t if isinstance(t, str) else ""


def paragraph_text(p) -> str:
    """The visible text of a w:p: runs, hyperlinks, tracked insertions, fields, content
    controls; w:tab → tab, w:br → line break; no deleted text, no text boxes."""
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


def cell_text(tc) -> str:
    """A table cell's paragraphs as one line (nested tables are read separately)."""
    lines: List[str] = []
    for el in _content(tc):
        if _tag(el) == W + "p":
            lines.extend(paragraph_text(el).split("\n"))
    return join_lines([ln.replace("\t", " ") for ln in lines])


def _content(el):
    """Block children, looking through content controls and custom XML wrappers."""
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
            if tag == W + "p":
                self.paragraph(el)
            elif tag == W + "tbl":
                if depth >= MAX_DEPTH:
                    continue
                rows = [tr for tr in _content(el) if _tag(tr) == W + "tr"]
                if self._is_layout(rows):
                    self.blocks.append(Break())
                    stack.append((iter([c for tr in rows for tc in _cells(tr) for c in _content(tc)]), depth + 1))
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
        widths = [sum(_int(_val(tc.find(W + "tcPr"), "gridSpan")) for tc in _cells(tr)) for tr in rows]
        if max(widths) <= 1:
            return True
        return any(_tag(c) == W + "tbl" for tr in rows for tc in _cells(tr) for c in _content(tc)) and len(rows) <= 2

    def table(self, rows) -> list:
        """Emit a data table; return the tables nested in its cells (read after it)."""
        self.tables += 1
        grid: List[List[list]] = []   # rows of [text, rowspan, colspan]
        above: dict = {}              # grid column → the cell a vertical merge there continues
        nested = []
        for tr in rows:
            cells: List[list] = []
            col = 0
            merged_here: dict = {}
            trpr = tr.find(W + "trPr")
            for _ in range(_int(_val(trpr, "gridBefore"), 0)):
                cells.append(["", 1, 1])
                col += 1
            for tc in _cells(tr):
                tcpr = tc.find(W + "tcPr")
                span = max(1, _int(_val(tcpr, "gridSpan")))
                vmerge = _val(tcpr, "vMerge")
                hmerge = _val(tcpr, "hMerge")
                if vmerge is not None and vmerge != "restart" and above.get(col, [None, 0, 0])[2] == span:
                    above[col][1] += 1  # covered by the cell above: that cell spans this row too
                    merged_here[col] = above[col]
                elif (vmerge is not None and vmerge != "restart") or (hmerge is not None and hmerge != "restart"):
                    cells.append(["", 1, span])  # a continuation with no cell to continue
                else:
                    cell = [cell_text(tc), 1, span]
                    cells.append(cell)
                    if vmerge == "restart":
                        merged_here[col] = cell
                nested += [c for c in _content(tc) if _tag(c) == W + "tbl"]
                col += span
            for _ in range(_int(_val(trpr, "gridAfter"), 0)):
                cells.append(["", 1, 1])
            above = merged_here
            grid.append(cells)
        self.blocks.append(TableBlock(tuple(tuple(CellBlock(t, r, c) for t, r, c in row) for row in grid),
                                      number=self.tables))
        return nested


def _cells(tr):
    return [tc for tc in _content(tr) if _tag(tc) == W + "tc"]
