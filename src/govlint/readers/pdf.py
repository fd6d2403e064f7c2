"""PDF: the text layer in reading order, as lines with their boxes and ruled tables.

pdfplumber (on pdfminer.six) is used because it recovers a ruled table's grid from the
drawn cell borders: merged cells, labels broken over several lines in a cell, vertical
group labels ("三、本年度办理结果" one character per line). Those tables become
:class:`~govlint.readers.TableBlock`; the rest of the page is read as text lines
(:class:`~govlint.readers.TextBlock` with the line's box and the page's margins), in reading
order. Page numbers ("- 2 -", "第2页", "2/5") and running headers are dropped. What the lines
are — rows of a table drawn without borders, a wrapped paragraph, a head broken over lines —
is the layout's business (:mod:`govlint.layout.documents`).
"""
from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from . import Box, Document, ReadError, Run, TextBlock, clean_text, join_lines, messages, missing_library, table_block
from ..lexicon.pattern import lazy

MAX_PAGES = 300
MAX_DRAWN = 5000  # lines and boxes on one page beyond which no table grid is searched

_PAGE_NO = lazy(r"^[\s\-－—–~～]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*[,，]?\s*共\s*\d{1,4}\s*页)?"
                      r"[\s\-－—–~～]*$")
_PAGE_NO_DECORATED = lazy(r"^\s*(?:[-－—–~～]\s*\d{1,4}\s*[-－—–~～]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?"
                                r"|\d{1,4}\s*[/／]\s*\d{1,4})\s*$")
_TOP_ENUM = lazy(r"^\s*[一二三四五六七八九十]{1,2}\s*[、.．]")
_PUNCT = lazy(r"[，。；：,;:！？!?]")


@dataclass
class _Line:
    text: str                 # as extracted (spaces between cells kept)
    page: int
    x0: float
    x1: float
    top: float
    table: Optional[List[List[str]]] = None  # a ruled table found by its borders
    margin: Tuple[float, float] = (0.0, 0.0)  # the page's text block: left, right
    size: float = 10.0        # character size
    runs: Tuple[Run, ...] = ()  # the pieces separated by a gap, with their x positions


class PdfReader:
    name = "pdf"
    extensions = (".pdf",)
    binary = True

    @property
    def cache_version(self) -> str:
        """What the reader cache keys this reader's output by (see :mod:`govlint.readers.cache`)."""
        return f"1-{ENGINE}"

    def sniff(self, head: bytes) -> bool:
        return b"%PDF-" in head[:1024]

    def read(self, path: Path, data: bytes):
        if b"%PDF-" not in data[:1024]:
            raise ReadError(messages.not_pdf())
        if ENGINE == "pdfminer":
            return _read_pdfminer(data)
        try:
            import pdfplumber  # noqa: F401 - its table finder and text lines
        except ImportError:
            raise missing_library("pdfplumber", "PDF files") from None
        try:
            from . import pdfium
            doc = pdfium.open_document(data)
        except ImportError:
            raise missing_library("pypdfium2", "PDF files") from None
        except Exception as exc:
            raise _pdfium_open_error(exc) from None
        try:
            n = len(doc)
            if n > MAX_PAGES:
                raise ReadError(messages.too_many_pages(n, MAX_PAGES))
            return _document(_pdfium_pages(doc, pdfium), n)
        finally:
            doc.close()


#: where a page's characters and drawn lines come from: "pdfium" (the default), or "pdfminer"
#: (pdfplumber's own reading, ~20 times slower: for comparing the two); $GOVLINT_PDF_ENGINE
ENGINE = os.environ.get("GOVLINT_PDF_ENGINE", "pdfium").strip().lower() or "pdfium"


def _pdfium_pages(doc, pdfium):
    """Each page as a pdfplumber page, one at a time: PDFium's page is closed before its objects
    are handed on, and the caller closes the pdfplumber page."""
    for number in range(len(doc)):
        page = doc[number]
        try:
            objects, bbox = pdfium.page_objects(page, number + 1)
        except Exception as exc:
            raise _page_error(number + 1, exc) from None
        finally:
            page.close()
        yield number + 1, pdfium.plumber_page(objects, bbox, number + 1)


def _read_pdfminer(data: bytes):
    try:
        import pdfplumber
    except ImportError:
        raise missing_library("pdfplumber", "PDF files") from None
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _open_error(exc) from None
    with pdf:
        try:
            n = len(pdf.pages)
        except Exception as exc:
            raise _open_error(exc) from None
        if n > MAX_PAGES:
            raise ReadError(messages.too_many_pages(n, MAX_PAGES))
        return _document(enumerate(pdf.pages, 1), n)


def _page_error(number: int, exc: Exception) -> ReadError:
    return ReadError(messages.page_damaged(number, exc))


def _document(pages, n: int) -> Document:
    """The blocks of every page, each page read then released."""
    items: List[_Line] = []
    chars = cid = 0
    blank_pages = []
    for number, page in pages:
        try:
            page_items, page_chars, page_cid = _page(page, number)
        except Exception as exc:
            raise _page_error(number, exc) from None
        finally:
            page.close()
        items += page_items
        chars += page_chars
        cid += page_cid
        if page_chars == 0:
            blank_pages.append(number)
    if chars == 0:
        raise ReadError(messages.no_text_layer())
    if cid > chars / 2:
        raise ReadError(messages.no_unicode())
    source = {"kind": "pdf", "pages": n}
    if blank_pages:
        source["pages_without_text"] = ",".join(map(str, blank_pages))
    return Document("", source, tuple(_block(ln) for ln in _drop_running(items, n)))


def _block(ln: "_Line"):
    if ln.table is not None:
        return table_block(ln.table, page=ln.page, box=Box(ln.x0, ln.x1, ln.top))
    return TextBlock(ln.text, page=ln.page, box=Box(ln.x0, ln.x1, ln.top, ln.size, ln.margin[0], ln.margin[1]),
                     runs=ln.runs)


def _pdfium_open_error(exc: Exception) -> ReadError:
    code = getattr(exc, "err_code", None)
    if code == 4:  # FPDF_ERR_PASSWORD
        return ReadError(messages.encrypted())
    what = {2: "the file is not a PDF or is damaged", 3: "the file is not a PDF or is damaged",
            6: "its security handler is not supported"}.get(code, str(exc)[:100])
    return ReadError(messages.pdf_damaged(what, "不支持它的加密方式" if code == 6 else ""))


def _open_error(exc: Exception) -> ReadError:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name:
        return ReadError(messages.encrypted())
    return ReadError(messages.pdf_damaged(f"{name}: {str(inner)[:100]}"))


# ----------------------------------------------------------------------------------------
# one page

def _page(page, number: int) -> Tuple[List[_Line], int, int]:
    chars = page.chars
    texts = [c.get("text", "") for c in chars]
    n_chars = sum(map(bool, map(str.strip, texts)))
    # (a "(cid:" across characters only makes the count run)
    n_cid = sum(1 for t in texts if t.startswith("(cid:")) if "(cid:" in "".join(texts) else 0
    if not n_chars:
        return [], 0, 0
    tables = []  # (bbox, rows of cell texts, cell boxes, row boxes, rows of cell boxes)
    try:
        drawn = len(page.rects) + len(page.lines) + len(page.curves)
        # a page of drawings (a map, a chart) is not searched for tables: bounded time
        found = _find_tables(page) if drawn <= MAX_DRAWN else []
    except Exception:
        found = []
    by_middle = _by_middle(chars) if found else None
    for t in found:
        texts = _extract(t, by_middle)
        segment: list = []
        for cells, row in zip(texts, t.rows):
            if _prose_row(cells):
                # a line of text some converters draw in a full-width box: not a table row
                _add_table(tables, segment)
                segment = []
                continue
            segment.append(([join_lines((c or "").split("\n")) for c in cells], row))
        _add_table(tables, segment)

    # each table's cell boxes by bands of BAND points: a character is tested against the cells
    # of its band only (the same test, without trying every cell of the page)
    bands = []
    for _, _, cell_boxes, _, _ in tables:
        index: dict = {}
        for c in cell_boxes:
            for k in range(int(c[1] // BAND), int(c[3] // BAND) + 1):
                index.setdefault(k, []).append(c)
        bands.append(index)

    boxes = [(bbox[0], bbox[1], bbox[2], bbox[3], index) for (bbox, _, _, _, _), index in zip(tables, bands)]

    def outside(obj) -> bool:
        """Not in a cell of a table (text in a table's box but in no cell stays text)."""
        if obj.get("object_type") != "char":
            return True
        cx = (obj["x0"] + obj["x1"]) / 2
        cy = (obj["top"] + obj["bottom"]) / 2
        for x0, top, x1, bottom, index in boxes:
            if x0 <= cx <= x1 and top <= cy <= bottom:
                for c in index.get(int(cy // BAND), ()):
                    if c[0] <= cx <= c[2] and c[1] <= cy <= c[3]:
                        return False
        return True

    text_page = page.filter(outside) if tables else page
    # a cell's text set a little higher or lower than its neighbours' is still on their line
    size = _median([c.get("size", 10) for c in chars]) or 10
    lines = text_page.extract_text_lines(layout=False, strip=True, return_chars=True, y_tolerance=max(3, size * 0.45))
    out: List[_Line] = []
    sizes = []
    for ln in lines:
        text = ln["text"]
        if not text.strip():
            continue
        size = max((c.get("size", 10) for c in ln.get("chars", ())), default=10)
        sizes.append(size)
        out.append(_Line(text, number, ln["x0"], ln["x1"], ln["top"], size=size, runs=_runs(ln.get("chars", ()))))
    height = float(page.height or 842)
    # the page's text block: where most lines start and end
    if out:
        left = _mode([ln.x0 for ln in out])
        right = max(ln.x1 for ln in out if ln.x0 <= left + 3 * out[0].size) if any(
            ln.x0 <= left + 3 * out[0].size for ln in out) else max(ln.x1 for ln in out)
        for ln in out:
            ln.margin = (left, right)
    # page numbers: decorated anywhere, a bare number only at the top or bottom of the page
    kept = []
    for ln in out:
        t = ln.text.strip()
        if _PAGE_NO_DECORATED.match(t):
            continue
        if _PAGE_NO.match(t) and (ln.top < height * 0.1 or ln.top > height * 0.88):
            continue
        kept.append(ln)
    # text in a table's box but in no cell (a border the PDF did not draw): into the row it
    # stands in, when that row has no cell there
    rest = []
    for ln in kept:
        placed = False
        for bbox, cells, _, row_boxes, cell_rows in tables:
            if bbox[0] <= ln.x0 <= bbox[2] and bbox[1] <= ln.top <= bbox[3]:
                placed = _place(ln, cells, row_boxes, cell_rows)
                if placed:
                    break
        if not placed:
            rest.append(ln)
    kept = rest
    for bbox, cells, _, _, _ in tables:
        kept.append(_Line("", number, bbox[0], bbox[2], bbox[1], table=cells))
    kept.sort(key=lambda ln: ln.top)
    return kept, n_chars, n_cid


GAP = 3.0  # points between two characters that separate two runs (pdfplumber's word gap)
BAND = 8.0  # points: the height of the bands a table's cells are indexed by


def _runs(chars) -> Tuple[Run, ...]:
    """A line's characters as runs: a space, or a gap wider than :data:`GAP`, ends a run."""
    runs: List[Run] = []
    text: List[str] = []
    x0 = x1 = 0.0
    for c in chars:
        t = c.get("text", "")
        if not t.strip():
            if text:
                runs.append(Run("".join(text), x0, x1))
                text = []
            continue
        if text and c["x0"] - x1 > GAP:
            runs.append(Run("".join(text), x0, x1))
            text = []
        if not text:
            x0 = c["x0"]
        text.append(t)
        x1 = max(x1, c["x1"]) if len(text) > 1 else c["x1"]
    if text:
        runs.append(Run("".join(text), x0, x1))
    return tuple(runs)


def _find_tables(page) -> list:
    """``page.find_tables()``: pdfplumber's TableFinder with its default settings, step by step,
    the search for cells (:func:`_cells`) gathering each crossing's edges once."""
    from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables, edges_to_intersections

    finder = TableFinder.__new__(TableFinder)
    finder.page = page
    finder.settings = settings = TableSettings.resolve(None)
    crossings = edges_to_intersections(finder.get_edges(), settings.intersection_x_tolerance,
                                       settings.intersection_y_tolerance)
    return [Table(page, group) for group in cells_to_tables(_cells(crossings))]


def _cells(crossings) -> list:
    """pdfplumber's ``intersections_to_cells``, the same search in the same order: from each
    crossing, the nearest crossings below and to the right joined to it by an edge, and the
    corner they close. pdfplumber makes the set of a crossing's edges again at every test and
    scans every later crossing for each; here both are made once."""
    from pdfplumber.utils import obj_to_bbox

    points = sorted(crossings)
    v = {p: {obj_to_bbox(e) for e in crossings[p]["v"]} for p in points}
    h = {p: {obj_to_bbox(e) for e in crossings[p]["h"]} for p in points}

    def connects(p1, p2) -> bool:
        if p1[0] == p2[0] and not v[p1].isdisjoint(v[p2]):
            return True
        return p1[1] == p2[1] and not h[p1].isdisjoint(h[p2])

    by_row: dict = {}
    for i, p in enumerate(points):
        by_row.setdefault(p[1], []).append(i)
    cells = []
    n = len(points)
    for i, pt in enumerate(points[:-1]):
        below = []
        for j in range(i + 1, n):  # (sorted by x then y: the same x follows at once)
            if points[j][0] != pt[0]:
                break
            below.append(points[j])
        right = [points[j] for j in by_row[pt[1]] if j > i]
        found = None
        for below_pt in below:
            if not connects(pt, below_pt):
                continue
            for right_pt in right:
                if not connects(pt, right_pt):
                    continue
                corner = (right_pt[0], below_pt[1])
                if corner in crossings and connects(corner, right_pt) and connects(corner, below_pt):
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def _by_middle(chars) -> tuple:
    """A page's characters sorted by their vertical middle, once for all its tables:
    ([(middle, index, horizontal middle, char)], [middle])."""
    mids = sorted(((c["top"] + c["bottom"]) / 2, i, (c["x0"] + c["x1"]) / 2, c) for i, c in enumerate(chars))
    return mids, [m[0] for m in mids]


def _extract(table, by_middle) -> List[List[Optional[str]]]:
    """``table.extract()`` (pdfplumber's cell texts), without testing every character of the
    page against every row: the characters are sorted by their middle once (``by_middle``,
    :func:`_by_middle`), and a row takes the slice between its top and bottom (in the page's
    order, as pdfplumber takes them)."""
    from bisect import bisect_left

    from pdfplumber.utils import extract_text

    mids, keys = by_middle
    out: List[List[Optional[str]]] = []
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        picked = sorted(mids[bisect_left(keys, top):bisect_left(keys, bottom)], key=lambda m: m[1])
        row_chars = [m for m in picked if x0 <= m[2] < x1]
        cells: List[Optional[str]] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            inside = [m[3] for m in row_chars if cx0 <= m[2] < cx1 and ctop <= m[0] < cbottom]
            cells.append((_one_line(inside) or extract_text(inside)) if inside else "")
        out.append(cells)
    return out


def _one_line(chars) -> Optional[str]:
    """pdfplumber's ``extract_text(chars)`` for the chars of one line (the same top, upright,
    no ligature): most cells. Words split where pdfplumber splits them (a space, a gap over
    3 pt, a step back), joined by a space. None for anything else: pdfplumber reads it."""
    from pdfplumber.utils.text import LIGATURES

    top = chars[0]["top"]
    for c in chars:
        if c["top"] != top or not c["upright"] or c["text"] in LIGATURES:
            return None
    words: List[str] = []
    word: List[str] = []
    ax = bx = 0.0
    for c in sorted(chars, key=_X0):
        t = c["text"]
        if t.isspace():
            if word:
                words.append("".join(word))
                word = []
            continue
        cx = c["x0"]
        if word and (cx < ax or cx > bx + 3):
            words.append("".join(word))
            word = []
        word.append(t)
        ax, bx = cx, c["x1"]
    if word:
        words.append("".join(word))
    return " ".join(words)


def _X0(c):
    return c["x0"]


def _prose_row(cells) -> bool:
    """A row that is one full-width cell of prose or a section heading."""
    if not cells or not cells[0] or any(c is not None for c in cells[1:]):
        return False
    text = cells[0].replace("\n", "")
    return len(text) > 24 or bool(_PUNCT.search(text)) or bool(_TOP_ENUM.match(text))


def _add_table(tables: list, segment: list) -> None:
    if not segment:
        return
    rows = [cells for cells, _ in segment]
    width = max(len(r) for r in rows)
    filled = {i for r in rows for i, c in enumerate(r) if c}
    if width < 2 or len(filled) < 2:
        return  # a frame around text, not a table
    boxes = [b for _, row in segment for b in row.cells if b is not None]
    row_boxes = [row.bbox for _, row in segment]
    bbox = (min(b[0] for b in row_boxes), min(b[1] for b in row_boxes),
            max(b[2] for b in row_boxes), max(b[3] for b in row_boxes))
    tables.append((bbox, rows, boxes, row_boxes, [row.cells for _, row in segment]))


def _place(ln: "_Line", rows, row_boxes, cell_rows) -> bool:
    cy = ln.top + ln.size / 2
    for cells, rb, boxes in zip(rows, row_boxes, cell_rows):
        if not rb[1] <= cy <= rb[3]:
            continue
        first = next((j for j, b in enumerate(boxes) if b is not None), None)
        if first is None or first == 0 or ln.x1 > boxes[first][0] + 1:
            return False
        j = next((j for j in range(first) if not cells[j]), None)
        if j is None:
            return False
        cells[j] = clean_text(ln.text)
        return True
    return False


def _median(values):
    values = sorted(values)
    return values[len(values) // 2] if values else 0


def _mode(values: Sequence[float]) -> float:
    buckets = {}
    for v in values:
        k = round(v / 2)
        buckets[k] = buckets.get(k, 0) + 1
    best = max(buckets.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    return min(v for v in values if round(v / 2) == best)


def _drop_running(items: List[_Line], pages: int) -> List[_Line]:
    """Drop running headers and footers: the same text at the top or bottom of most pages."""
    if pages < 3:
        return items
    firsts, lasts = {}, {}
    by_page = {}
    for ln in items:
        if ln.table is None:
            by_page.setdefault(ln.page, []).append(ln)
    for page_lines in by_page.values():
        for where, ln in ((firsts, page_lines[0]), (lasts, page_lines[-1])):
            key = re.sub(r"\d+", "#", ln.text.strip())
            where[key] = where.get(key, 0) + 1
    running = {k for d in (firsts, lasts) for k, v in d.items() if v >= max(3, pages // 2 + 1)}
    if not running:
        return items
    out = []
    for ln in items:
        if ln.table is None:
            page_lines = by_page[ln.page]
            if (ln is page_lines[0] or ln is page_lines[-1]) and re.sub(r"\d+", "#", ln.text.strip()) in running:
                continue
        out.append(ln)
    return out
