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
from itertools import chain, groupby
from operator import itemgetter
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from . import EXTENSIONS, Box, Document, ReadError, Run, TextBlock, clean_text, join_lines, messages, missing_library, table_block
from ..lexicon.enumerators import STARTS as _LABEL_START
from ..lexicon.marks import IMAGE, NOTE_MARK, PAGE_NUMBER_LINE
from ..lexicon.pattern import lazy

MAX_PAGES = 300
MAX_DRAWN = 5000  # lines and boxes on one page beyond which no table grid is searched

_PAGE_NO = lazy(r"^[\s\-－—–~～]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*[,，]?\s*共\s*\d{1,4}\s*页)?"
                      r"[\s\-－—–~～]*$")
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
    column: Tuple[float, int] = ()  # in a band of two columns: (the band's top, 1 left or 2 right)
    folio: Tuple[str, int] = ()  # a bare number kept at a page's top or foot: (top or foot, number - page)
    uncut: str = ""           # the text before _cells_touching cut it (what a running header repeats)
    edge: bool = False        # in the page's top tenth or below 88% of its height (a header's, a footer's place)


class PdfReader:
    name = "pdf"
    extensions = EXTENSIONS[name]
    binary = True

    @property
    def cache_version(self) -> str:
        """What the reader cache keys this reader's output by (see :mod:`govlint.readers.cache`)."""
        return f"18-{ENGINE}"

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
        shown = None
        try:
            shown = _shown_upright(doc, page, number) if page.get_rotation() in (90, 270) else None
            if shown is not None:
                page.close()
                page = shown[0]
            objects, bbox = pdfium.page_objects(page, number + 1)
            _page_break_borders(objects)
            if "curve" in objects:
                objects["char"] = _seal_left_out(page, objects["char"], objects["curve"])
            # a page without text that shows a picture: a scanned page (the reader says where it is)
            pictured = not objects["char"] and _shows_a_page(page, bbox)
            # a page with room for a picture between its lines: the large pictures (a table
            # published as an image), looked for only then
            pictures = _pictures(page, pdfium, bbox, objects["char"]) if _room(objects["char"], bbox[3] - bbox[1]) \
                else []
        except Exception as exc:
            raise _page_error(number + 1, exc) from None
        finally:
            page.close()
            if shown is not None:
                shown[1].close()
        plumber = pdfium.plumber_page(objects, bbox, number + 1)
        plumber.pictured = pictured
        plumber.pictures = pictures
        yield number + 1, plumber


def _page_break_borders(objects: dict) -> None:
    """A ruled table a browser printed across pages draws no border at the page break: the
    row at the head of the next page has no top border, a cell merged down the rows none at the
    foot of the page, and no cell is found there (their text was read as loose lines: false
    C202 and V502). Where three vertical rules or more start (or end) at one height with no
    horizontal rule there, in a table that has horizontal rules, that border is drawn."""
    rules = objects.get("rect", []) + objects.get("line", [])
    if len(rules) + len(objects.get("curve", ())) > MAX_DRAWN:
        return  # (no table is searched on such a page)
    pieces = sorted((e for e in rules if e["x1"] - e["x0"] <= 2 and e["bottom"] - e["top"] >= 5),
                    key=lambda e: (round(e["x0"]), e["top"]))
    across = [e for e in rules if e["bottom"] - e["top"] <= 2 and e["x1"] - e["x0"] >= 5]
    if len(pieces) < 3 or not across:
        return
    verticals: list = []  # a rule drawn in pieces (a piece a cell) is one rule
    for e in pieces:
        last = verticals[-1] if verticals else None
        if last is not None and round(last["x0"]) == round(e["x0"]) and e["top"] <= last["bottom"] + 2:
            verticals[-1] = {**last, "bottom": max(last["bottom"], e["bottom"])}
        else:
            verticals.append(e)
    added = []
    for end in ("top", "bottom"):
        groups: dict = {}
        for e in verticals:
            groups.setdefault(round(e[end]), []).append(e)
        for y, group in groups.items():
            if len(group) < 3:
                continue
            x0, x1 = min(e["x0"] for e in group), max(e["x1"] for e in group)
            if sum(max(0.0, min(h["x1"], x1) - max(h["x0"], x0)) for h in across if abs(h["top"] - y) <= 2) \
                    > (x1 - x0) / 2:
                continue  # the border is there (drawn in one stroke or a piece a cell)
            if not any(h["x0"] < x1 and h["x1"] > x0 and (h["top"] > y if end == "top" else h["top"] < y)
                       for h in across):
                continue  # vertical rules alone: no rows ruled
            top = min(e[end] for e in group) if end == "top" else max(e[end] for e in group)
            e = group[0]
            y = e["y1"] + e["top"] - top  # (from the page's foot, as pdfminer counts)
            added.append({**e, "object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": top, "y0": y, "y1": y,
                          "doctop": e["doctop"] - e["top"] + top, "width": x1 - x0, "height": 0.0,
                          "pts": [(x0, top), (x1, top)]})
    if added:
        objects.setdefault("line", []).extend(added)


def _seal_left_out(page, chars: list, curves: list) -> list:
    """The page's characters without an official seal's: an electronic seal drawn over the
    signature and the date is a red circle with the office's name set round it, a character at a
    time and each turned, and a star; those characters, red and inside the circle, fell into the
    lines under it ("2例025年★5月20日": the date lost). The text printed under the seal is kept."""
    circles = [(c["x0"], c["x1"], c["top"], c["bottom"]) for c in curves
               if 40 <= c["width"] <= 300 and abs(c["width"] - c["height"]) <= 0.1 * c["width"]]
    inside = [c for c in chars if any(x0 <= c["x0"] <= x1 and top <= c["top"] <= bottom
                                      for x0, x1, top, bottom in circles)]
    if not inside:
        return chars
    import ctypes

    import pypdfium2
    raw = pypdfium2.raw
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    x, y = ctypes.c_double(), ctypes.c_double()
    red = set()
    text_page = raw.FPDFText_LoadPage(page.raw)
    try:
        for i in range(raw.FPDFText_CountChars(text_page)):
            if raw.FPDFText_GetFillColor(text_page, i, r, g, b, a) and r.value >= 128 \
                    and r.value - max(g.value, b.value) >= 80 and raw.FPDFText_GetCharOrigin(text_page, i, x, y):
                red.add((chr(raw.FPDFText_GetUnicode(text_page, i)), x.value))
    finally:
        raw.FPDFText_ClosePage(text_page)
    seal = {id(c) for c in inside if (c["text"], c["x0"]) in red}
    return [c for c in chars if id(c) not in seal] if seal else chars


def _shown_upright(doc, page, number: int):
    """A landscape page stored as some printers and scanners store it — a portrait page with
    /Rotate 90 (or 270), its text drawn turned so that it shows upright — as a page of a new
    document that holds the same content as shown, its text upright, and that document (both to
    be closed); None for any other page (whose text, turned on the page as shown, is read as
    drawn)."""
    import math

    import pypdfium2
    raw = pypdfium2.raw
    text_page = raw.FPDFText_LoadPage(page.raw)
    try:
        n = raw.FPDFText_CountChars(text_page)
        # (the characters drawn: the spaces and line ends PDFium makes between them have no angle,
        # and a table of short cells makes a third of a page's characters such: sampled every
        # n/50th, they could outnumber the turned ones and the page be read turned)
        angles = [raw.FPDFText_GetCharAngle(text_page, k) for k in range(0, n, max(1, n // 50))
                  if not chr(raw.FPDFText_GetUnicode(text_page, k)).isspace()]
    finally:
        raw.FPDFText_ClosePage(text_page)
    rotation = page.get_rotation()
    turned = 3 * math.pi / 2 if rotation == 90 else math.pi / 2  # (PDFium's angles run clockwise)
    if not angles or sum(abs(a - turned) < 0.05 for a in angles) * 2 <= len(angles):
        return None
    shown = pypdfium2.PdfDocument.new()
    new = shown.new_page(*page.get_size())  # as shown: landscape
    # (PDFium's form of a page holds its content turned as /Rotate says: as shown)
    new.insert_obj(doc.page_as_xobject(number, shown).as_pageobject())
    new.gen_content()
    return new, shown


def _two_up(page) -> Optional[list]:
    """A landscape sheet holding two pages side by side ("2 pages per sheet" printing): its left
    and right halves, or None. The halves must be apart — no character and no drawn line across
    a band at the middle, text on each side, both halves' text starting at the same margin from
    their own left edge — and laid out apart: most lines of one half have no line of the other
    beside them, or the empty band between them is as wide as two pages' margins (a wide table's
    rows, even without borders, run across both halves on the same lines, a column apart)."""
    width, height = float(page.width or 0), float(page.height or 0)
    chars = page.chars
    if width < height * 1.2 or len(chars) < 40:
        return None
    mid, band = width / 2, width * 0.03
    reach = [0.0, width]  # where the left half's text ends, where the right half's begins
    counts = [0, 0]
    for c in chars:
        if c["x1"] > mid - band and c["x0"] < mid + band:
            return None
        if c["x1"] <= mid:
            counts[0] += 1
            reach[0] = max(reach[0], c["x1"])
        else:
            counts[1] += 1
            reach[1] = min(reach[1], c["x0"])
    if min(counts) < 20:
        return None
    edges = [width, width]  # where each half's drawn lines start
    for edge in page.lines + page.rects:
        if edge["x0"] < mid - band and edge["x1"] > mid + band:
            return None
        k = edge["x0"] >= mid
        edges[k] = min(edges[k], edge["x0"])
        if not k:
            reach[0] = max(reach[0], edge["x1"])
    starts: Tuple[dict, dict] = ({}, {})  # each half's lines: top → where the line starts
    for c in chars:
        half = starts[c["x0"] >= mid]
        top = round(c["top"])
        if c["x0"] < half.get(top, width):
            half[top] = c["x0"]
    # each half is a page: its text starts at the same margin from the half's left edge
    left, right = min(edges[0], *starts[0].values()), min(edges[1], *starts[1].values()) - mid
    if abs(left - right) > width * 0.05:
        return None
    # a row across both halves has a line in each at its height
    beside = [sum(1 for t in a if t in b or t - 1 in b or t + 1 in b) / max(1, len(a)) for a, b in (starts, starts[::-1])]
    if max(beside) >= 0.8 and reach[1] - reach[0] < width * 0.1:
        return None
    return [page.crop((0, 0, mid, height)), page.crop((mid, 0, width, height))]


def _moved_left(lines: List["_Line"], dx: float) -> None:
    """The lines of a sheet's right half where they stand on their own page: at the left half's
    positions (a table's columns, cut by the page break between the halves, line up again)."""
    for ln in lines:
        ln.x0, ln.x1, ln.margin = ln.x0 - dx, ln.x1 - dx, (ln.margin[0] - dx, ln.margin[1] - dx)
        ln.runs = tuple(Run(r.text, r.x0 - dx, r.x1 - dx) for r in ln.runs)


def _bare_picture(x0: float, x1: float, top: float, bottom: float, width: float, height: float, chars) -> bool:
    """A picture at least 30% of the page's width wide and 10% of its height high, with no text
    over it (not a scanned page's picture under its recognised text, nor a background)."""
    return x1 - x0 >= width * 0.3 and bottom - top >= height * 0.1 and not any(
        x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom for c in chars)


def _room(chars, height: float) -> bool:
    """Whether a page's text leaves a band of 15% of its height empty (above its first line, below
    its last, or between two lines), where a large picture may stand."""
    if not chars:
        return False
    tops = sorted(map(itemgetter("top"), chars))
    least = height * 0.15
    if tops[0] > height * 0.08 + least or tops[-1] < height * 0.92 - least:
        return True
    return any(map(least.__lt__, map(float.__sub__, tops[1:], tops[:-1])))


def _pictures(page, pdfium, bbox, chars) -> List[Tuple[float, float, float]]:
    """The page's pictures that may be a table's (:func:`_bare_picture`), as (x0, x1, top) in
    pdfplumber's coordinates."""
    import ctypes
    raw = pdfium._raw()
    count, get, _, _, kind = pdfium._path_calls(raw)[:5]
    # (a c_void_p, never a bare int: the calls of _path_calls declare no argument types)
    handle = ctypes.c_void_p(ctypes.cast(page.raw, ctypes.c_void_p).value)
    width, height = bbox[2] - bbox[0], bbox[3] - bbox[1]
    y_top = float(page.get_height())
    box = [ctypes.c_float() for _ in range(4)]
    out = []
    for k in range(count(handle)):
        obj = get(handle, k)
        if obj and kind(obj) == _IMAGE_OBJECT and raw.FPDFPageObj_GetBounds(ctypes.cast(obj, raw.FPDF_PAGEOBJECT), *box):
            left, bottom, right, top = (b.value for b in box)
            if _bare_picture(left, right, y_top - top, y_top - bottom, width, height, chars):
                out.append((left, right, y_top - top))
    return out


_IMAGE_OBJECT = 3  # FPDF_PAGEOBJ_IMAGE


def _shows_a_page(page, bbox) -> bool:
    """Whether a page without text shows a picture that may hold a page's text or a table: one as
    large as :func:`_bare_picture` asks, or one inside a form (its bounds the form's own). Not a
    seal's or an emblem's picture alone on the last page (voices56e: a false S100, and the section
    checks it turned off missed 五)."""
    width, height = bbox[2] - bbox[0], bbox[3] - bbox[1]
    for obj in page.get_objects(filter=[_IMAGE_OBJECT], max_depth=4):
        if obj.level > 0:
            return True
        left, bottom, right, top = obj.get_bounds()
        if _bare_picture(left, right, bottom, top, width, height, ()):
            return True
    return False


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
    scanned = []  # pages without text that show a picture
    cid_pages = []  # pages with characters whose font has no Unicode mapping
    extra = 0  # the pages before this one printed two to a sheet
    folios: list = []  # the page numbers left out (_page)
    centred: list = []  # (line spacing, size) of the centred cells seen (_cells_centred_joined)
    carried: list = []  # the columns of a table at the foot of the page before (_columns_at_foot)
    for number, page in pages:
        try:
            at = number + extra  # the page's number as printed
            halves = _two_up(page)
            if halves:  # two pages printed side by side on one sheet: the left one, then the right,
                # each its own page (the pages are counted as printed: sheet 1 holds pages 1 and 2)
                read = [_page(half, at + k, folios, centred, carried) for k, half in enumerate(halves)]
                _moved_left(read[1][0], halves[1].bbox[0])  # each half's lines where they stand on its page
                extra += 1
                page_items = read[0][0] + read[1][0]
                page_chars, page_cid = read[0][1] + read[1][1], read[0][2] + read[1][2]
            else:
                page_items, page_chars, page_cid = _page(page, at, folios, centred, carried)
            width = float(page.width or 595)
            pictured = not page_chars and (page.pictured if hasattr(page, "pictured") else any(
                _bare_picture(im["x0"], im["x1"], im["top"], im["bottom"], width, page.height, ()) for im in page.images))
            pictures = None if halves else getattr(page, "pictures", None)
            if pictures is None and page_chars and not halves and not hasattr(page, "pictured"):  # (pdfminer's)
                pictures = [(im["x0"], im["x1"], im["top"]) for im in page.images
                            if _bare_picture(im["x0"], im["x1"], im["top"], im["bottom"], width, page.height, page.chars)]
        except Exception as exc:
            raise _page_error(number, exc) from None
        finally:
            page.close()
        if pictures:  # a picture where a table would be: its place in the page's lines
            page_items = sorted(page_items + [_Line(IMAGE, at, x0, x1, top) for x0, x1, top in pictures],
                                key=lambda ln: ln.top)
        items += page_items
        chars += page_chars
        cid += page_cid
        if page_cid:
            cid_pages.append(at)
        if page_chars == 0:
            blank_pages.append(at)
            if pictured:
                scanned.append(at)
                # a scanned page among text pages: a picture where its text should be, as a Word
                # file's picture is (its tables cannot be read, not missing)
                items.append(_Line(IMAGE, at, 0.0, width, 0.0))
    if chars == 0:
        raise ReadError(messages.no_text_layer())
    if cid > chars / 2:
        raise ReadError(messages.no_unicode())
    if cid > max(20, chars / 100):  # more than stray symbols (bullets): one font's characters, read as nothing
        raise ReadError(messages.some_without_unicode(cid, "、".join(map(str, cid_pages))))
    source = {"kind": "pdf", "pages": n}
    if blank_pages:
        source["pages_without_text"] = ",".join(map(str, blank_pages))
    if scanned:
        source["pages_scanned"] = "、".join(map(str, scanned))
    if any(ln.folio for ln in items):  # (bare numbers off the middle of a page's top or foot)
        items = _folios_dropped(items, folios)
    return Document("", source, tuple(_block(ln) for ln in _without_running(items, n)))


def _folios_dropped(items: List[_Line], folios: list) -> List[_Line]:
    """The bare numbers kept at pages' tops and feet (off the page's middle, :func:`_page`): a
    cell, not the page's number, when it stands in a column with the line before it in the
    text (at a page's top: the last line of the page before) or the line after it on its page,
    starting where it starts, a few lines away at most on the same page (a table typed a cell a
    paragraph: "0" / "0" / "0" down the page, the last one at its foot, the next at the next
    page's top) — unless the numbers run with the pages: another page has a number at its top
    or foot as far from its own page number (2 on page 2, 3 on page 3; a table's 0 on pages 3
    and 4 does not)."""
    seen: dict = {}
    for key in folios + [ln.folio for ln in items if ln.folio]:
        seen[key] = seen.get(key, 0) + 1

    def column(ln: _Line, other: Optional[_Line]) -> bool:
        if other is None or other.table is not None or other.text == IMAGE or abs(other.x0 - ln.x0) > 1.5:
            return False
        return other.page != ln.page or abs(other.top - ln.top) <= 4 * max(ln.size, other.size)

    def tail(ln: _Line, other: Optional[_Line]) -> bool:
        # the line just above on its page runs to the text block's right edge and ends in a number:
        # a row typed with tabs, wider than the page, wrapped there; its last number (its 总计) is the
        # next line, at a tab stop (not the line's start: no column with it), here the page's foot
        if other is None or other.table is not None or other.page != ln.page or not other.text.rstrip()[-1:].isdigit():
            return False
        size = max(ln.size, other.size, 1.0)
        return 0 < ln.top - other.top <= 2 * size and other.x1 >= other.margin[1] - size

    out = []
    for k, ln in enumerate(items):
        if ln.folio:
            before = items[k - 1] if k else None
            after = items[k + 1] if k + 1 < len(items) and items[k + 1].page == ln.page else None
            if before is not None and before.page != ln.page and ln.folio[0] == "foot":
                before = None
            if seen[ln.folio] >= 2 or not (column(ln, before) or column(ln, after) or tail(ln, before)):
                continue
        out.append(ln)
    return out


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

def _page(page, number: int, folios: Optional[list] = None, centred: Optional[list] = None,
          carried: Optional[list] = None) -> Tuple[List[_Line], int, int]:
    """The page's lines (text, and each table found by its borders), its characters, and those
    of them without a Unicode mapping. ``folios`` collects the page numbers left out, as (top or
    foot, the number less the page's) for :func:`_folios_dropped`; ``centred`` the spacing of
    the centred cells seen on the pages before (:func:`_cells_centred_joined`); ``carried`` the
    columns of a table standing at the foot of the page before, replaced by this page's
    (:func:`_columns_at_foot`)."""
    chars = page.chars
    n_chars = n_cid = 0
    biggest = 0.0
    for c in chars:
        t = c.get("text", "")
        if t.strip():
            n_chars += 1
        first = t[:1]
        if first == "(" or "\ue000" <= first <= "\uf8ff":
            n_cid += _unmapped(t)
        if c.get("size", 0) > biggest:
            biggest = c["size"]
    if not n_chars:
        return [], 0, 0
    if n_cid:  # (a few stray symbols are left out; more make the document unreadable: _document)
        page = page.filter(lambda o: o.get("object_type") != "char" or not _unmapped(o.get("text", "")))
        chars = page.chars
    if n_chars >= 100 and biggest >= 28:
        # a watermark: letters three times the text's size, 28 pt or more (a title is 22 pt),
        # across a page of text
        largest = max(_median([c.get("size", 10) for c in chars]) * 3, 28.0)
        if any(c.get("size", 0) >= largest for c in chars):
            page = page.filter(lambda o: o.get("object_type") != "char" or o.get("size", 0) < largest)
            chars = page.chars
    overdrawn = _spaces_drawn_over(chars)
    if overdrawn:
        page = page.filter(lambda o: o.get("object_type") != "char" or id(o) not in overdrawn)
        chars = page.chars
    marks = _note_marks_raised(chars)
    if marks:
        page = page.filter(lambda o: o.get("object_type") != "char" or id(o) not in marks)
        chars = page.chars
    furniture = _page_numbers_drawn(chars, float(page.height or 842))
    if furniture:
        page = page.filter(lambda o: o.get("object_type") != "char" or id(o) not in furniture)
        chars = page.chars
    tables = []  # (bbox, rows of cell texts, cell boxes, row boxes, rows of cell boxes)
    try:
        drawn = len(page.rects) + len(page.lines) + len(page.curves)
        # a page of drawings (a map, a chart) is not searched for tables: bounded time
        struck: set = set()
        strokes = _text_strokes(page, struck) if drawn <= MAX_DRAWN else set()
        if struck:  # (text struck through: deleted, as the Word and web page readers leave it out)
            page = page.filter(lambda o: o.get("object_type") != "char" or id(o) not in struck)
            chars = page.chars
        found = _find_tables(page, strokes) if drawn <= MAX_DRAWN else []
        cut = _cut_by_the_edge(found, chars, page.bbox[2])
        if cut:
            # (its text past the edge is left out: its head and rows end at the edge, and the
            # binder says once that the table's right part may have been cut off by the page)
            right = page.bbox[2]
            page = page.filter(lambda o: o.get("object_type") != "char" or (o["x0"] + o["x1"]) / 2 <= right or not any(
                top <= (o["top"] + o["bottom"]) / 2 <= bottom for top, bottom in cut))
            chars = page.chars
            found = _find_tables(page)
    except Exception:
        found = []
    by_middle = _by_middle(chars) if found else None
    header_band = float(page.height or 842) * 0.1
    for t in found:
        rows = t.rows  # (pdfplumber makes a table's rows and its box anew at every use)
        texts = _extract(t, by_middle, rows)
        # the page's first text (below a running header): the rest of a row broken by the page
        table_top = t.bbox[1]
        first = not any(header_band < c["bottom"] <= table_top for c in chars)
        segment: list = []
        for cells, row in zip(texts, rows):
            if _prose_row(cells):
                # a line of text some converters draw in a full-width box: not a table row
                _add_table(tables, segment)
                segment = []
                first = False
                continue
            segment.append(([join_lines((c or "").split("\n")) for c in cells], row))
        _add_table(tables, segment, first)

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

    # a cell's text set a little higher or lower than its neighbours' is still on their line
    size = _median([c.get("size", 10) for c in chars]) or 10
    y_tolerance = max(3, size * 0.45)
    lines = _text_lines([c for c in chars if outside(c)] if tables else chars, y_tolerance)
    if lines is None:
        text_page = page.filter(outside) if tables else page
        lines = text_page.extract_text_lines(layout=False, strip=True, return_chars=True, y_tolerance=y_tolerance)
    out: List[_Line] = []
    sizes = []
    line_chars = []
    for ln in lines:
        text = ln["text"]
        if not text.strip():
            continue
        size = max((c.get("size", 10) for c in ln.get("chars", ())), default=10)
        sizes.append(size)
        out.append(_Line(text, number, ln["x0"], ln["x1"], ln["top"], size=size, runs=_runs(ln.get("chars", ()))))
        line_chars.append(ln.get("chars", ()))
    height = float(page.height or 842)
    if len(out) >= 4:
        out, line_chars = _side_menu_dropped(out, line_chars, float(getattr(page, "width", 0) or 595))
    # the page's text block: where most lines start and end
    if out:
        left = _mode([ln.x0 for ln in out])
        _cells_touching(out, line_chars, left, carried or ())
        # (the text block's right edge as the page shows it: its width less the left margin; a page
        # holding only a narrow table is not the text block's width)
        x0, _, x1, _ = getattr(page, "bbox", (0.0, 0.0, float(getattr(page, "width", 0) or 595), 0.0))
        out = _cells_centred_joined(out, line_chars, centred, right=x1 - (left - x0))
        right = max(ln.x1 for ln in out if ln.x0 <= left + 3 * out[0].size) if any(
            ln.x0 <= left + 3 * out[0].size for ln in out) else max(ln.x1 for ln in out)
        for ln in out:
            ln.margin = (left, right)
        out = _two_columns(out, float(getattr(page, "width", 0) or 595))
    if carried is not None:
        carried[:] = _columns_at_foot(out, float(page.height or 842))
    # page numbers: decorated anywhere, a bare number only at the top or bottom of the page,
    # unless it stands in a column of the page's cells (see _edge_cell)
    kept = []
    width = float(getattr(page, "width", 0) or 595)
    for ln in out:
        ln.edge = ln.top < height * 0.1 or ln.top > height * 0.88
        t = ln.text.strip()
        if PAGE_NUMBER_LINE.match(t):
            continue
        if _PAGE_NO.match(t) and (ln.top < height * 0.1 or ln.top > height * 0.88):
            band = "top" if ln.top < height * 0.1 else "foot"
            if t.isdigit() and folios is not None:
                if abs((ln.x0 + ln.x1) / 2 - width / 2) >= width * 0.05:
                    ln.folio = (band, int(t) - number)  # off the middle: a cell, maybe (_folios_dropped)
                    kept.append(ln)
                else:  # centred: how page numbers stand
                    folios.append((band, int(t) - number))
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
    kept.sort(key=lambda ln: (ln.column[0], ln.column[1], ln.top) if ln.column else (ln.top, 0, ln.top))
    return kept, n_chars, n_cid


def _spaces_drawn_over(chars) -> set:
    """The ids of the spaces drawn under the next character: LibreOffice draws a space glyph
    between underlined runs ("1." and "属于…" in a cell's label) where the text takes no room, the
    next character starting where the space does. Read as a space it ended a run there, and a
    label of a borderless table ("1. 属于国家秘密") was read as two columns, its rows cut (false
    C202, V501). A space is one when the next character on its line starts in its first half
    and not before the end of the character before it (a space between two words takes room)."""
    found = set()
    for a, c, d in zip(chars, chars[1:], chars[2:]):
        if c.get("text") == " " and abs(d["top"] - c["top"]) < 1 and abs(a["top"] - c["top"]) < 1 \
                and a["x1"] - 0.5 <= d["x0"] < c["x0"] + (c["x1"] - c["x0"]) / 2:
            found.add(id(c))
    return found


def _note_marks_raised(chars) -> set:
    """The ids of the characters of a note's mark set as superscript right after a figure
    ("137¹", "12①": :data:`NOTE_MARK`), as the Word reader leaves Word's out. Read, the raised mark
    stood on a line of its own above its figure and the cell read "1 137" (1,137: false A301 and
    A303), or ran into it (1371). A mark is one or two characters drawn right after a digit (no
    more than half the digit's size away), smaller than it and raised by a quarter of its size
    or more."""
    found: set = set()
    base = None  # the digit the marks so far follow
    mark: list = []
    for c in chain(chars, (None,)):  # (None: the end, where the last marks are judged too)
        t = c["text"] if c is not None else ""
        if base is not None and c is not None and len(mark) < 2 and len(t) == 1 and c["size"] <= base["size"] * 0.92 \
                and base["bottom"] - c["bottom"] >= base["size"] * 0.25 and c["top"] < base["top"] \
                and -0.15 * base["size"] <= c["x0"] - (mark[-1] if mark else base)["x1"] <= base["size"] * 0.5:
            mark.append(c)
            continue
        if mark and NOTE_MARK.match("".join(m["text"] for m in mark)):
            found.update(id(m) for m in mark)
        mark = []
        base = c if t.isdigit() else None
    return found


def _page_numbers_drawn(chars, height: float) -> set:
    """The characters (their ids) of a page's number printed as page furniture ("第 3 页 共 5
    页", "- 3 -", "3/5"): a line of the page's top tenth or its foot (below 88% of its height)
    that is nothing but such a number. They are left out before the page's tables are looked
    for: a footer standing where a table's rules run (a row cut by the page, its rules going on
    to the page's edge) was read into the cell above it ("1第 1 页共", C204 on a clean report).
    The text lines would leave it out anyway (:data:`PAGE_NUMBER_LINE`); a bare number is not
    taken here (a table's cell at a page's foot may be one: :func:`_folios_dropped`)."""
    head, foot = height * 0.1, height * 0.88
    edge = [c for c in chars if c["top"] < head or c["top"] > foot]
    if not edge:
        return set()
    out: set = set()
    # (by their bottoms, within a third of the largest size: the number set larger than its dashes,
    # "— 2 —" in 16 and 12 pt, stands on their line; their tops 3.3 pt apart split it, voices54p)
    row_of = _clusters({c["bottom"] for c in edge}, max(3.0, max(c.get("size", 0) for c in edge) / 3))
    lines: dict = {}
    for c in edge:
        lines.setdefault(row_of[c["bottom"]], []).append(c)
    for line in lines.values():
        text = "".join(c["text"] for c in sorted(line, key=_X0))
        if PAGE_NUMBER_LINE.match(text):
            low, high = min(c["top"] for c in line) - 1, max(c["bottom"] for c in line) + 1
            # nothing else beside it on the page: the whole line (not a cell's part of it); the
            # band is tested first (most of the page's characters stand outside it)
            own = {id(c) for c in line}
            if not any(low <= (c["top"] + c["bottom"]) / 2 <= high and id(c) not in own and c["text"].strip()
                       for c in chars):
                out |= own
    return out


#: a run of a prose column: words, not a number or a mark alone
_WORDS = lazy(r".*[\u4e00-\u9fff].*[\u4e00-\u9fff]")


#: a site's side menu item: words only, a few of them ("信息公开指南", "政策文件")
_MENU_ITEM = lazy(r"[^\W\d_]{2,12}")


def _side_menu_dropped(lines: List[_Line], chars: list, width: float) -> Tuple[List[_Line], list]:
    """A web page printed with its site's side menu (an old site's layout table: a narrow cell of links
    left of the article): each link is printed on the line of the article's text beside it, and read
    with it ("信息公开 梧桐街道2022年…报告": the title named no agency, S104; "…统计期限为信息公开制度2022年…",
    voices56b). Recognised by three lines or more opening, at one place in the page's left fifth, with
    a short item of words alone in its run, the article's text (if any on the line) from a place right
    of it, the article beside the items standing right of a fifth of the page (a report's own margin is
    narrower):
    those items are left out (a menu is no part of the report), the rest of their lines kept."""
    menu = []
    for k, ln in enumerate(lines):
        first = ln.runs[0] if ln.runs else None
        if first is not None and first.x1 < width * 0.2 and _MENU_ITEM.fullmatch(first.text) \
                and (len(ln.runs) == 1 or ln.runs[1].x0 - first.x1 >= 2 * ln.size):
            menu.append(k)
    if len(menu) < 3:
        return lines, chars
    starts = [round(lines[k].runs[0].x0) for k in menu]
    at = max(set(starts), key=starts.count)
    menu = [k for k in menu if abs(lines[k].runs[0].x0 - at) <= 2]
    # (the article beside the menu: the lines between its first item and its last; a site's header above
    # it, a breadcrumb, may run from the page's left margin)
    top, bottom = lines[menu[0]].top, lines[menu[-1]].top
    article = [r.x0 for k, ln in enumerate(lines) if top <= ln.top <= bottom
               for r in (ln.runs[1:] if k in menu else ln.runs)]
    if len(menu) < 3 or not article or min(article) < width * 0.2 or min(article) - max(
            lines[k].runs[0].x1 for k in menu) < 2 * max(lines[k].size for k in menu):
        return lines, chars
    out, kept = [], []
    for k, (ln, cs) in enumerate(zip(lines, chars)):
        if k not in menu:
            out.append(ln)
            kept.append(cs)
        elif len(ln.runs) > 1:
            rest = ln.runs[1:]
            at_text = ln.text.find(rest[0].text, len(ln.runs[0].text))
            out.append(_Line(ln.text[at_text:] if at_text >= 0 else " ".join(r.text for r in rest), ln.page,
                             rest[0].x0, ln.x1, ln.top, size=ln.size, runs=rest))
            kept.append([c for c in cs if c["x0"] >= rest[0].x0 - 0.5])
    return out, kept


def _two_columns(lines: List[_Line], width: float) -> List[_Line]:
    """A page set in two columns (a bulletin's prose; Word's 分栏): each line of the page as read
    runs across both columns, the left column's line then the right's. Recognised by a gutter:
    six lines or more whose words stop short of the page's middle and go on from one place right
    of it, with words on both sides. Those lines are cut at the gutter, and each band of such
    lines (between lines across the page) is read the left column first, each column with its
    own margins; the rest of the page is left as it is."""
    starts: dict = {}
    for ln in lines:
        if any(not _WORDS.match(r.text) for r in ln.runs):
            continue  # a number or a mark alone: a table's row
        for k in range(1, len(ln.runs)):
            a, b = ln.runs[k - 1], ln.runs[k]
            if width * 0.3 < b.x0 < width * 0.7 and b.x0 - a.x1 >= ln.size \
                    and sum(len(r.text) for r in ln.runs[:k]) >= 8 and sum(len(r.text) for r in ln.runs[k:]) >= 8:
                starts[round(b.x0)] = starts.get(round(b.x0), 0) + 1
    if not starts or max(starts.values()) < 6:
        return lines
    gutter = max(starts, key=starts.get) - 1.0
    # most lines that reach over the gutter are cut by it (a table's columns are not)
    over = sum(1 for ln in lines if ln.x0 < gutter < ln.x1)
    if max(starts.values()) * 2 < over:
        return lines
    out: List[_Line] = []
    band = None
    for ln in lines:
        cut = next((k for k, r in enumerate(ln.runs) if r.x0 >= gutter), None)
        if ln.x1 < gutter:  # in the left column only
            parts = [(ln.runs, 1)]
        elif ln.x0 >= gutter:
            parts = [(ln.runs, 2)]
        elif cut and ln.runs[cut - 1].x1 < gutter:
            parts = [(ln.runs[:cut], 1), (ln.runs[cut:], 2)]
        else:  # across the page: a band of columns ends
            band = None
            out.append(ln)
            continue
        if band is None:
            band = ln.top
        for runs, side in parts:
            out.append(_Line(" ".join(r.text for r in runs), ln.page, runs[0].x0, runs[-1].x1, ln.top, size=ln.size,
                             runs=runs, column=(band, side)))
    for side in (1, 2):
        own = [ln for ln in out if ln.column and ln.column[1] == side]
        if own:
            margin = (_mode([ln.x0 for ln in own]), max(ln.x1 for ln in own))
            for ln in own:
                ln.margin = margin
    return out


def _unmapped(t: str) -> bool:
    """A character whose font has no Unicode mapping ("(cid:N)"), or maps it to a private-use code
    (the font's own, not a character; U+F020–F0FF, where Symbol and Wingdings bullets land, excepted)."""
    first = t[:1]
    return first == "(" and t.startswith("(cid:") or "\ue000" <= first <= "\uf8ff" and not "\uf020" <= first <= "\uf0ff"


GAP = 3.0  # points between two characters that separate two runs (pdfplumber's word gap)
BAND = 8.0  # points: the height of the bands a table's cells are indexed by


def _runs(chars, cuts=()) -> Tuple[Run, ...]:
    """A line's characters as runs: a space, or a gap wider than :data:`GAP`, ends a run (and
    so does each character of ``cuts``, by position, :func:`_cells_touching`)."""
    runs: List[Run] = []
    text: List[str] = []
    x0 = x1 = 0.0
    for k, c in enumerate(chars):
        t = c.get("text", "")
        if not t.strip():
            if text:
                runs.append(Run("".join(text), x0, x1))
                text = []
            continue
        if text and (c["x0"] - x1 > GAP or k in cuts):
            runs.append(Run("".join(text), x0, x1))
            text = []
        if not text:
            x0 = c["x0"]
        text.append(t)
        x1 = max(x1, c["x1"]) if len(text) > 1 else c["x1"]
    if text:
        runs.append(Run("".join(text), x0, x1))
    return tuple(runs)


#: (points) a gap between two characters narrower than GAP that may still part two cells
_TIGHT = 0.8


def _columns_at_foot(lines: List[_Line], height: float) -> List[float]:
    """Where the columns of a table at the page's foot start (the runs' starts off the text's
    left margin, in its last lines of two runs or more, and of one run off the margin: a head's
    or a label's wrapped rest), for the next page's first lines (:func:`_cells_touching`): the
    rest of a borderless table the page cut, its cells touching ("行政事业0" under the head
    "信息内容 本年收费金额" of the page before), is cut where the table's columns were. A
    footer outside the text block, or a page number, is no line of the table; a line of prose
    ends the table."""
    if not lines:
        return []
    left = lines[0].margin[0] if lines[0].margin else min(ln.x0 for ln in lines)
    out: List[float] = []
    taken = 0
    for ln in sorted(lines, key=lambda ln: -ln.top):
        t = ln.text.strip()
        if ln.table is not None or ln.column:
            break
        if ln.top > height * 0.88 and (ln.x0 < left - 1.0 or _PAGE_NO.match(t) or PAGE_NUMBER_LINE.match(t)):
            continue  # (the page's footer)
        if len(ln.runs) >= 2:
            out += [r.x0 for r in ln.runs if r.x0 > left + 1.0]
        elif not (ln.runs and ln.runs[0].x0 > left + 1.0):
            break  # a line at the margin: prose, or a table's caption above its head
        taken += 1
        if taken >= 6:
            break
    return out


#: how many of a page's first lines may be the rest of a table the page before cut (:func:`_columns_at_foot`)
_CARRIED_LINES = 4


def _cells_touching(lines: List[_Line], line_chars: list, left: float, carried: Sequence[float] = ()) -> None:
    """A borderless table's cells whose text fills them, close to the next cell's (a web page's
    table printed by a browser shrunk to the paper: "行政规范3 1 12", "信息内容本年制", 1.8 pt between
    the cells at 8.6 pt): a gap narrower than GAP parts two runs where it is wider than the line's
    other gaps (so a justified line's even spacing is no cut) and the character after it starts
    where runs of two other lines start (a column of the table: "0" under "发件数"), not at the
    page's left margin; in a line of three runs or more (a table's row) also a digit right after
    a character that is no digit or point ("1.属于国家0 0 0": the label's cell full). The line's text
    then has a space there. A line of one run is cut only where a line near it (four lines at
    most) shares the column: a running header is not cut where its digits happen to stand over a
    table's column. Cheap sign: a line with a gap of _TIGHT to GAP points between two characters
    wider than its others, or a row's digit after another character. A page's first lines
    (:data:`_CARRIED_LINES`) also share the columns of the table at the foot of the page before
    (``carried``: a table the page cut, its rest too short to show its columns)."""
    tight = []
    for k, chars in enumerate(line_chars):
        runs = len(lines[k].runs)
        shown = [j for j, c in enumerate(chars) if c.get("text", "").strip()]
        gaps = [chars[b]["x0"] - chars[a]["x1"] for a, b in zip(shown, shown[1:])]
        # (a digit right after a cell's last character, in a line of cells: any gap)
        row = runs >= 3
        wide = [i for i, g in enumerate(gaps) if _TIGHT <= g <= GAP
                or (row and 0 <= g < _TIGHT and chars[shown[i + 1]].get("text", "").isdigit()
                    and not chars[shown[i]].get("text", "").isdigit() and chars[shown[i]].get("text", "") != ".")]
        if not wide:
            continue
        usual = _median([g for g in gaps if g <= GAP])  # (within the runs)
        cut = [shown[i + 1] for i in wide if gaps[i] >= usual + _TIGHT or (row and gaps[i] < _TIGHT)]
        if cut:
            tight.append((k, cut))
    if not tight:
        return
    if any(ln.x0 < left - 2 * ln.size for ln in lines):
        # most lines start in a column of a table that fills the page (a sub-item's labels under
        # a group's: "4.无正当理由" …), not at the text's margin: the margin is the leftmost start
        left = min(ln.x0 for ln in lines)
    # a column: where runs start, or where another line may be cut (two cells of a table of one row)
    maybe = [(k, line_chars[k][j]["x0"]) for k, cut in tight for j in cut]  # (cells of a table of one row)
    starts = [(k, r.x0) for k, ln in enumerate(lines) for r in ln.runs if abs(r.x0 - left) > 1.0] + maybe
    # (a line that starts there, or may be cut there: the cells of the table's own head or rows)
    firsts = [(k, ln.runs[0].x0) for k, ln in enumerate(lines) if ln.runs and abs(ln.runs[0].x0 - left) > 1.0] + maybe

    first = set(sorted(range(len(lines)), key=lambda k: lines[k].top)[:_CARRIED_LINES]) if carried else set()

    def column(k: int, x: float) -> bool:
        if k in first and any(abs(c - x) <= 0.6 for c in carried):
            return True  # (a column of the table the page before cut)
        others = {o for o, s in starts if o != k and abs(s - x) <= 0.6}
        if len(others) < 2:
            return False
        if len(lines[k].runs) >= 2:
            return True
        # a line of one run: a line next to it starts there or may be cut there too (its
        # table's head or row), not only a number of a row (a running header whose digits stand
        # over a column: "样例县人民政府 2024年…", Word's space before digits)
        return any(o != k and abs(s - x) <= 0.6 and abs(lines[o].top - lines[k].top) <= 4 * lines[k].size
                   for o, s in firsts)

    for k, cut in tight:
        chars = line_chars[k]
        cuts = {j for j in cut if column(k, chars[j]["x0"])}
        if cuts:
            ln = lines[k]
            ln.uncut = ln.text
            ln.runs = _runs(chars, cuts)
            ln.text = " ".join(r.text for r in ln.runs)


def _find_tables(page, strokes: Optional[set] = None) -> list:
    """``page.find_tables()``: pdfplumber's TableFinder with its default settings, step by step,
    its edges merged by :func:`_table_edges` and the search for cells (:func:`_cells`) gathering
    each crossing's edges once. ``strokes``: :func:`_text_strokes` of the page, when known."""
    from pdfplumber.table import Table, TableSettings, cells_to_tables, edges_to_intersections

    settings = TableSettings.resolve(None)
    backgrounds = _run_backgrounds(page) | (_text_strokes(page) if strokes is None else strokes)
    if backgrounds:
        # (left out before pdfplumber joins the edges: a rule and a white box's side along it are
        # one, and an underline 2 pt above a row's rule is snapped onto it)
        page = page.filter(lambda o: id(o) not in backgrounds)
    unclipped = _past_the_edge(page)
    edges = _table_edges(page if unclipped is None else unclipped, settings)
    crossings = edges_to_intersections(edges + _open_sides(edges, (page.bbox[0], page.bbox[2])), settings.intersection_x_tolerance,
                                       settings.intersection_y_tolerance)
    return [Table(page, group) for group in cells_to_tables(_cells(crossings))]


def _table_edges(page, settings) -> list:
    """``TableFinder.get_edges()`` with the default settings (the "lines" strategies): the page's
    edges at least ``edge_min_length_prefilter`` long, snapped, joined, and those at least
    ``edge_min_length`` long — the same edges, in the same order, with the same coordinates.
    pdfplumber rebuilds every edge it moves or stretches from a tuple of its items
    (``move_object``, ``resize_object``); here each is copied once with its new values."""
    from pdfplumber.utils import filter_edges

    edges = page.edges
    v = filter_edges(edges, "v", min_length=settings.edge_min_length_prefilter)
    h = filter_edges(edges, "h", min_length=settings.edge_min_length_prefilter)
    if settings.snap_x_tolerance > 0 or settings.snap_y_tolerance > 0:
        v, h = _edges_snapped(v, "x0", settings.snap_x_tolerance), _edges_snapped(h, "top", settings.snap_y_tolerance)
    merged = []
    for (orientation, _), group in groupby(sorted(v + h, key=_edge_group), key=_edge_group):
        merged += _edges_joined(group, orientation, settings.join_x_tolerance if orientation == "h" else settings.join_y_tolerance)
    return filter_edges(merged, min_length=settings.edge_min_length)


def _edge_group(edge: dict) -> tuple:
    """pdfplumber's ``merge_edges``' group of an edge: its orientation and position across it."""
    return ("h", edge["top"]) if edge["orientation"] == "h" else ("v", edge["x0"])


def _edges_snapped(edges: list, attr: str, tolerance: float) -> list:
    """pdfplumber's ``snap_objects(edges, attr, tolerance)``: the edges clustered by ``attr`` (x0
    of vertical edges, top of horizontal ones), each cluster's edges moved across to its mean, in
    the clusters' order, each cluster's edges in their order."""
    from pdfplumber.utils.clustering import make_cluster_dict

    if not edges:
        return []
    cluster_of = make_cluster_dict(map(itemgetter(attr), edges), tolerance)
    clusters: Dict[int, list] = {}
    for e in edges:
        clusters.setdefault(cluster_of[e[attr]], []).append(e)
    out = []
    for k in sorted(clusters):
        cluster = clusters[k]
        mean = sum(map(itemgetter(attr), cluster)) / len(cluster)
        for e in cluster:
            d = mean - e[attr]
            if attr == "x0":
                out.append({**e, "x0": e["x0"] + d, "x1": e["x1"] + d})
                continue
            moved = {**e, "top": e["top"] + d, "bottom": e["bottom"] + d}
            if "doctop" in e:
                moved["doctop"] = e["doctop"] + d
            if "y0" in e:
                moved["y0"], moved["y1"] = e["y0"] - d, e["y1"] - d
            out.append(moved)
    return out


def _edges_joined(edges, orientation: str, tolerance: float) -> list:
    """pdfplumber's ``join_edge_group``: edges along one line, joined where one starts within
    ``tolerance`` of the end of the one before (in the order of their starts)."""
    start, end = ("x0", "x1") if orientation == "h" else ("top", "bottom")
    ordered = sorted(edges, key=itemgetter(start))
    joined = [ordered[0]]
    for e in ordered[1:]:
        last = joined[-1]
        if e[start] <= last[end] + tolerance:
            if e[end] > last[end]:
                value = e[end]
                if orientation == "h":
                    joined[-1] = {**last, "x1": value, "width": value - last["x0"]}
                else:
                    grown = value - last["bottom"]
                    joined[-1] = stretched = {**last, "bottom": value, "height": last["height"] + grown}
                    if "y0" in last:
                        stretched["y0"] = last["y0"] - grown
        else:
            joined.append(e)
    return joined


def _run_backgrounds(page) -> set:
    """The ids of the shapes on ``page`` that are the white background of a run of text: a
    web page's ``<span style="background-color:#FFFFFF">``, which LibreOffice prints as a
    white box behind the words of each line. It draws nothing on the white page, but
    pdfplumber takes its sides for a table's borders: each line of a cell, each line of prose,
    became a row of cells of its own. Such a box hugs one line of its text: painted white only
    (:func:`_unseen`), its sides at the first and last characters it holds (within
    ``_HUG`` of their size) and its height at most ``_ONE_LINE`` times their size; and a box
    with no text that adjoins one on its line (a space's run between two runs). A cell's white
    fill (Word paints its cells white; their sides are sometimes the only line between two
    rows) spans the cell: a cell's padding lies between its sides and its text, or the cell
    is taller than one line, and it is kept."""
    white = [o for o in list(page.rects) + list(page.curves) if _unseen(o)]
    if not white:
        return set()
    bands: Dict[int, list] = {}  # the characters by their middle's band of 20 pt, with their middle
    for c in page.chars:
        if c.get("text", "").strip():
            bands.setdefault(int((c["top"] + c["bottom"]) / 40), []).append(
                ((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c))
    found, empty = set(), []
    for o in white:
        x0, x1, top, bottom = o["x0"], o["x1"], o["top"], o["bottom"]
        inside = [c for band in range(int(top / 20), int(bottom / 20) + 1) for cx, cy, c in bands.get(band, ())
                  if x0 <= cx <= x1 and top <= cy <= bottom]
        if not inside:
            empty.append(o)
            continue
        size = max(c.get("size", 0) or (c["bottom"] - c["top"]) for c in inside)
        if (o["bottom"] - o["top"] <= _ONE_LINE * size and min(c["x0"] for c in inside) - o["x0"] <= _HUG * size
                and o["x1"] - max(c["x1"] for c in inside) <= _HUG * size):
            found.add(id(o))
    joined = [o for o in white if id(o) in found]
    while empty and joined:  # (a space's box next to a run's, and the next space's box next to it)
        near = [o for o in empty if any(abs(o["x0"] - j["x1"]) <= 0.5 or abs(o["x1"] - j["x0"]) <= 0.5
                                        for j in joined if o["top"] < j["bottom"] and j["top"] < o["bottom"])]
        found.update(id(o) for o in near)
        empty = [o for o in empty if id(o) not in found]
        joined = near
    return found


#: a run's white background: its sides within this share of its text's size of the text's ends,
#: and its height at most ``_ONE_LINE`` times the size (LibreOffice's: 0.01 and 1.2–1.4; a Word
#: cell's white fill: its padding, 0.5 of the size or more; a Word paragraph's shading: 1.7)
_HUG = 0.15
_ONE_LINE = 1.5


def _text_strokes(page, struck: Optional[set] = None) -> set:
    """The ids of the strokes on ``page`` that are a run of text's underline or strikethrough, not
    a rule; ``struck`` (if given) gets the ids of the figures a strikethrough runs through (deleted: Word
    prints its tracked deletions so, "13" struck before the "14" that replaced it; words struck through, a
    label so marked, are read). Word and LibreOffice draw each underlined (or struck) line of a cell's text as a thin
    horizontal line (or a thin filled box) of its own; in a narrow cell, or one without padding,
    it reaches the cell's sides, and pdfplumber took it for a rule: each line of a wrapped label
    became a row of its own, the label was split over rows and the figures beside it moved (false
    C202, V501). Such a stroke is told by the text it belongs to: it lies along one line of
    characters, under them (between ``_UNDER`` of their size above and below their foot) or
    through them (``_THROUGH``: their middle part), it starts at the first of them and ends at
    the last (within ``_ENDS`` of their size), the characters cover most of it (``_COVERED``),
    and no vertical rule crosses it (it stays inside its cell) or ends on it (a cell's side drawn
    cell by cell, as a browser prints a table, ends on the cell's bottom). A row's rule runs from border to
    border past the text of its cells, or stands further below it (LibreOffice: an underline
    0.4 pt below the characters' foot, the row's rule 2.1 pt at 9 pt), and is kept."""
    strokes = [o for o in page.lines if abs(o["bottom"] - o["top"]) <= _THIN] + [
        o for o in page.rects if o["bottom"] - o["top"] <= _THIN and o["x1"] - o["x0"] > 2 * _THIN]
    if not strokes:
        return set()
    bands: Dict[int, list] = {}  # the characters by their foot's band of 20 pt, with their middle across
    for c in page.chars:
        if c.get("text", "").strip() and c["x1"] > c["x0"]:
            bands.setdefault(int(c["bottom"] / 20), []).append(((c["x0"] + c["x1"]) / 2, c))
    if not bands:
        return set()
    # (the rules down the page; a thin box's own short sides are none)
    vertical = [e for e in page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 2 * _THIN]
    found = set()
    runs: list = []  # (the struck figures' runs, their ends and size)
    for s in strokes:
        y, x0, x1 = (s["top"] + s["bottom"]) / 2, s["x0"], s["x1"]
        if x1 - x0 < 1:
            continue
        near = [c for band in range(int(y / 20) - 1, int(y / 20) + 3) for cx, c in bands.get(band, ())
                if x0 - 1 <= cx <= x1 + 1]
        for foot, (lo, hi) in ((True, _UNDER), (False, _THROUGH)):
            run = []
            for c in near:
                size = c.get("size", 0) or (c["bottom"] - c["top"])
                at = c["bottom"] if foot else c["top"]
                if at + lo * size <= y <= at + hi * size:
                    run.append(c)
            if not run:
                continue
            size = max(c.get("size", 0) or (c["bottom"] - c["top"]) for c in run)
            first, last = min(c["x0"] for c in run), max(c["x1"] for c in run)
            if abs(first - x0) > _ENDS * size or abs(last - x1) > _ENDS * size:
                continue
            covered, reach = 0.0, x0
            for c in sorted(run, key=lambda c: c["x0"]):
                a, b = max(c["x0"], reach), min(c["x1"], x1)
                if b > a:
                    covered += b - a
                    reach = b
            if covered < _COVERED * (x1 - x0):
                continue
            if any(x0 + 1 < v["x0"] < x1 - 1 and v["top"] - 1 <= y <= v["bottom"] + 1 for v in vertical):
                continue  # (a rule crosses it: it runs over cells)
            if any(x0 - _AT_END <= v["x0"] <= x1 + _AT_END and (abs(v["top"] - y) <= _AT_END or abs(v["bottom"] - y) <= _AT_END)
                   for v in vertical):
                continue  # (a cell's side ends on it: a cell's bottom or top, drawn cell by cell)
            found.add(id(s))
            if not foot and struck is not None and all(c.get("text", "").isdigit() for c in run):
                runs.append((run, first, last, size))
            break
    if runs:  # (figures replaced: words struck, a label so marked, and a table's figures all struck, stay read)
        every = {id(c) for run, _, _, _ in runs for c in run}
        for run, first, last, size in runs:
            if _replaced(run, every, bands, first, last, size):
                struck.update(id(c) for c in run)
    return found


def _replaced(run, every: set, bands: Dict[int, list], first: float, last: float, size: float) -> bool:
    """Do figures not struck (``every``: the ids of those struck) stand right beside the struck ``run`` (between
    ``first`` and ``last``), on its line: the figure that replaced it ("13" struck, "14" after it), as a tracked
    change prints? (A figure struck with none beside it, a table so styled, is read.)"""
    top = min(c["top"] for c in run)
    for band in range(int(run[0]["bottom"] / 20) - 1, int(run[0]["bottom"] / 20) + 2):
        for _, c in bands.get(band, ()):
            if id(c) in every or not c.get("text", "").isdigit() or abs(c["top"] - top) > size / 2:
                continue
            if 0 <= c["x0"] - last <= size or 0 <= first - c["x1"] <= size:
                return True
    return False


#: a stroke this thin (pt) or thinner may be a run's underline or strikethrough
_THIN = 1.5
#: where a run's underline lies: from this share of its characters' size above their foot to
#: this share below it (LibreOffice: 0.04 below; the row's rule under the line: 0.23 below)
_UNDER = (-0.25, 0.15)
#: where a strikethrough lies: between these shares of the size down from the characters' top
_THROUGH = (0.3, 0.75)
#: its ends within this share of the size of the first character's left and the last's right
_ENDS = 0.35
#: the characters cover at least this share of its length
_COVERED = 0.6
#: a vertical rule that ends within this (pt) of a stroke's height, beside it, ends on it: the
#: stroke is a cell's side (a browser draws each cell's borders; LibreOffice's underline under a
#: wrapped label's last line stands 1.75 pt above the row's rule)
_AT_END = 1.0


def _unseen(shape: dict) -> bool:
    """A shape painted white only (filled white, its outline not drawn or drawn white): it
    draws nothing on the white page."""
    if not shape.get("fill") or not _white(shape.get("non_stroking_color")):
        return False
    return not shape.get("stroke") or _white(shape.get("stroking_color"))


def _white(colour) -> bool:
    """A colour as pdfminer gives it (grey, RGB or CMYK components, or one number) that is white."""
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not colour or not all(isinstance(c, (int, float)) for c in colour):
        return False
    if len(colour) == 4:  # CMYK: no ink
        return all(c <= 0.01 for c in colour)
    return all(c >= 0.99 for c in colour)


def _open_sides(edges: list, across: Tuple[float, float] = (float("-inf"), float("inf")), tolerance: float = 1.5,
                narrowest: float = 8.0) -> list:
    """The outer vertical borders a table drawn with horizontal rules only at its sides does not
    draw (a web page's table whose cells have no left or right border, printed to PDF): where
    the horizontal rules one above the other end at the same x, and a vertical rule inside runs
    from one to the next (a row of the table, not the gap between two tables), with no vertical
    rule at that end, a border there. Without it the table's first (or last) column, the row
    labels, closes no cell: its text is read as lines beside the table and the rows lose their
    labels. Only down two rows or more, and a column at least ``narrowest`` wide: one line of
    text framed by a box a little short of its rules (a heading drawn boxed) is not a table;
    only the rules that cross a vertical one: the underline of a label, ending where the rules
    do, is not a row's border. Not where the rules end at the paper's edge (``across``: the page's
    left and right): a table wider than the page, cut by it, has no open side there (a border
    there made a column of the cut-off digits, every row's cell in it blank)."""
    vertical = [e for e in edges if e["orientation"] == "v"]
    # the rules that cross a vertical rule: a table's rows (a word's underline crosses none)
    horizontal = sorted((h for h in edges if h["orientation"] == "h" and any(
        h["x0"] + narrowest < v["x0"] < h["x1"] - narrowest and v["top"] - tolerance <= h["top"] <= v["bottom"] + tolerance
        for v in vertical)), key=lambda e: e["top"])
    if len(horizontal) < 2:
        return []

    def ruled(x: float, top: float, bottom: float, inside=None) -> bool:
        """A vertical rule at ``x`` (or, ``inside`` a span, anywhere in it) from top to bottom."""
        for v in vertical:
            if v["top"] > top + tolerance or v["bottom"] < bottom - tolerance:
                continue
            if inside is None:
                if abs(v["x0"] - x) <= tolerance:
                    return True
            elif inside[0] + narrowest < v["x0"] < inside[1] - narrowest:
                return True
        return False

    added = []
    for side in ("x0", "x1"):
        ends: Dict[float, list] = {}
        for h in horizontal:
            key = next((k for k in ends if abs(k - h[side]) <= tolerance), h[side])
            ends.setdefault(key, []).append(h)
        for x, rules in ends.items():
            if not across[0] + _AT_THE_EDGE < x < across[1] - _AT_THE_EDGE:
                continue  # (cut by the paper's edge)
            spans = []  # [top, bottom, rows] of each border to draw
            for upper, lower in zip(rules, rules[1:]):
                top, bottom = upper["top"], lower["top"]
                inside = (max(upper["x0"], lower["x0"]), min(upper["x1"], lower["x1"]))
                if bottom - top > tolerance and not ruled(x, top, bottom) and ruled(x, top, bottom, inside):
                    if spans and spans[-1][1] == top:  # (the rows one after another: one border)
                        spans[-1][1:] = [bottom, spans[-1][2] + 1]
                    else:
                        spans.append([top, bottom, 1])
            added += [_edge(x, (top, bottom)) for top, bottom, rows in spans if rows >= 2]
    return added


#: how near the paper's edge a table's rules end when the page cut it (pt)
_AT_THE_EDGE = 6.0


class _Unclipped:
    """A page as the table finder reads it, its edges given (:func:`_past_the_edge`)."""

    def __init__(self, page, edges: list):
        self._page = page
        self.edges = edges

    def __getattr__(self, name):
        return getattr(self._page, name)


def _past_the_edge(page) -> Optional["_Unclipped"]:
    """A table wider than the page (a Word file's, saved as PDF) runs past the paper's right
    edge: its rules end there (LibreOffice draws a line on the edge where it clips the table's
    right border, or none), and the text of its last column runs on past it, still in the file
    (the head "总计" from 1.7 pt before the edge, a total 74 drawn as "7" on the paper and "4"
    past it). The column the edge cut was found 3 pt wide, or not closed at all: its text, read
    as loose lines beside the table, left each row one number short (a column blank in every
    row, C203), or the totals were read as their first digits (74 as 7: false A301/A303). The
    table is read as the file holds it, as a person copying the page's text gets it: its rules
    that end at the edge run on, and the line on the edge stands, past the last character in
    their rows that runs past the edge; a row no line closes there is closed where it ends.
    None when no two rules end at the edge, or no character between them runs past it and no
    row they bound is left open with text in it (nothing moved)."""
    right = page.bbox[2]
    edges = page.edges
    horizontal = sorted((e for e in edges if e["orientation"] == "h" and right - _AT_THE_EDGE <= e["x1"] <= right + 1
                         and e["x1"] - e["x0"] > _AT_THE_EDGE), key=lambda e: e["top"])
    if len(horizontal) < 2:
        return None
    top, bottom = horizontal[0]["top"], horizontal[-1]["top"]
    chars = [c for c in page.chars if top <= (c["top"] + c["bottom"]) / 2 <= bottom and c.get("text", "").strip()]
    past = [c["x1"] for c in chars if c["x1"] > right + 0.5]
    end = max(past) + 2 if past else right
    moved = []
    for e in edges:
        if e["orientation"] == "h" and any(e is h for h in horizontal):
            e = dict(e, x1=end, width=end - e["x0"])
        elif e["orientation"] == "v" and e["x0"] >= right - 1:  # (the line on the edge)
            e = dict(e, x0=end, x1=end)
        moved.append(e)
    # the rows no line on the edge closes: a side where they end, from each rule to the next
    # where a vertical rule runs from one to the other (a row of the table)
    sides = [e for e in moved if e["orientation"] == "v" and e["x0"] == end]
    added = False
    for upper, lower in zip(horizontal, horizontal[1:]):
        if any(s["top"] <= upper["top"] + 1.5 and s["bottom"] >= lower["top"] - 1.5 for s in sides):
            continue
        inner = [v["x0"] for v in edges if v["orientation"] == "v" and max(upper["x0"], lower["x0"]) - 1.5 <= v["x0"] < right - 1
                 and v["top"] <= upper["top"] + 1.5 and v["bottom"] >= lower["top"] - 1.5]
        if inner and any(max(inner) < (c["x0"] + c["x1"]) / 2 and upper["top"] < (c["top"] + c["bottom"]) / 2 < lower["top"]
                         for c in chars):
            moved.append(_edge(end, (upper["top"], lower["top"])))
            added = True
    if not past and not added:
        return None  # (no text past the edge, no row left open)
    return _Unclipped(page, moved)


def _cut_by_the_edge(found: list, chars, right: float) -> List[Tuple[float, float]]:
    """(top, bottom) of each table read past the paper's edge (:func:`_past_the_edge`) that the
    edge truly cut: a cell past the edge holds no text in a row whose other cells hold numbers
    (the file keeps the column's head past the edge, "总计", but not that row's number). Such a
    table cannot be read whole: its 14 numbers of 15 read as 15, one blank, said a blank cell
    (C203) where the cell was only cut off."""
    cut = []
    for t in found:
        if not t.cells or max(c[2] for c in t.cells) <= right + 0.5:
            continue
        x0, top, x1, bottom = t.bbox
        inside = [((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c.get("text", "")) for c in chars
                  if top <= (c["top"] + c["bottom"]) / 2 <= bottom and x0 <= (c["x0"] + c["x1"]) / 2 <= x1]
        for row in t.rows:
            texts = []
            for cell in row.cells:
                if cell is None:
                    continue
                texts.append((cell, "".join(ch for cx, cy, ch in inside
                                            if cell[0] <= cx < cell[2] and cell[1] <= cy < cell[3]).strip()))
            if any(cell[2] > right + 0.5 and not text for cell, text in texts) and any(
                    any(ch.isdigit() for ch in text) for cell, text in texts if cell[2] <= right + 0.5):
                cut.append((top, bottom))
                break
    return cut


def _edge(x: float, span: Tuple[float, float]) -> dict:
    """A vertical edge as pdfplumber's table finder takes it."""
    top, bottom = span
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top,
            "orientation": "v", "object_type": "line", "doctop": top}


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


def _extract(table, by_middle, rows) -> List[List[Optional[str]]]:
    """``table.extract()`` (pdfplumber's cell texts), without testing every character of the
    page against every row: the characters are sorted by their middle once (``by_middle``,
    :func:`_by_middle`), and a row takes the slice between its top and bottom (in the page's
    order, as pdfplumber takes them). ``rows``: ``table.rows`` (made once by the caller)."""
    from bisect import bisect_left

    from pdfplumber.utils import extract_text

    mids, keys = by_middle
    starts = sorted({c[0] for c in table.cells})  # the columns' left edges (pdfplumber's row.cells, one a column)
    out: List[List[Optional[str]]] = []
    for row in rows:
        x0, top, x1, bottom = row.bbox
        picked = sorted(mids[bisect_left(keys, top):bisect_left(keys, bottom)], key=lambda m: m[1])
        row_chars = [m for m in picked if x0 <= m[2] < x1]
        cells: List[Optional[str]] = []
        apart: Dict[int, str] = {}  # a merged cell's words that stand in the columns it covers
        for cell in row.cells:
            if cell is None:
                cells.append(apart.pop(len(cells), None))
                continue
            cx0, ctop, cx1, cbottom = cell
            inside = [m[3] for m in row_chars if cx0 <= m[2] < cx1 and ctop <= m[0] < cbottom]
            groups = _columns_apart(inside, [x for x in starts if cx0 + 1 < x < cx1 - 1]) if inside else None
            if groups is not None:
                for k, g in enumerate(groups[1:], 1):
                    apart[len(cells) + k] = _group_text(g)
                inside = groups[0]
            text = _cell_text(inside) if inside else ""
            cells.append(extract_text(inside) if text is None else text)
        out.append(cells)
    return out


def _group_text(chars) -> str:
    from pdfplumber.utils import extract_text
    if not chars:
        return ""
    text = _cell_text(chars)
    return extract_text(chars) if text is None else text


def _columns_apart(chars, edges: List[float]) -> Optional[List[list]]:
    """A cell drawn over several columns because a rule between them is missing (a head row drawn
    without vertical rules between its number columns: "总计" and "备注", "科研机构" and "社会公益" /
    "组织" in one cell), whose words each stand in one of the columns below: its characters split
    at the columns' edges (``edges``, inside the cell), or None. Only when no character crosses an
    edge, two columns or more hold characters, and on each line the characters either side of an
    edge stand half a character apart at least (a merged cell's text, "申请人情况" centred over
    seven columns, "法人或其他组织" over five, runs across an edge or stays within one column)."""
    from bisect import bisect_left

    if not edges:
        return None
    groups: List[list] = [[] for _ in range(len(edges) + 1)]
    for c in chars:
        if any(c["x0"] < e - 0.5 and c["x1"] > e + 0.5 for e in edges):
            return None
        groups[bisect_left(edges, (c["x0"] + c["x1"]) / 2)].append(c)
    if sum(1 for g in groups if g) < 2:
        return None
    row_of = _clusters({round(c["top"], 1) for c in chars})
    lines: Dict[float, list] = {}
    for c in chars:
        lines.setdefault(row_of[round(c["top"], 1)], []).append(c)
    for line in lines.values():
        line.sort(key=lambda c: c["x0"])
        for a, b in zip(line, line[1:]):
            column = bisect_left(edges, (a["x0"] + a["x1"]) / 2)
            if column != bisect_left(edges, (b["x0"] + b["x1"]) / 2) and \
                    b["x0"] - a["x1"] < 0.5 * max(a["size"], b["size"], 1.0):
                return None
    return groups


def _words(chars, y_tolerance: float):
    """pdfplumber's words (``WordExtractor(y_tolerance=...)``, x tolerance 3, its other defaults)
    of upright characters in their order, as ``[(top, text, chars)]`` in the order pdfplumber
    makes them: the characters clustered into lines by their top (a line goes on while the next
    top is within ``y_tolerance`` of the last), the lines in the order of their clusters, each
    line's characters by x0; a word ends at a space and before a character that steps back, that
    stands more than 3 pt after the word's last or whose top is more than ``y_tolerance`` from
    the last's. None where pdfplumber would do something else: a character turned, empty (a word
    of its own) or a ligature (expanded)."""
    for c in chars:
        t = c["text"]
        if not c["upright"] or not t or t in _LIGATURES:
            return None
    tops = {c["top"] for c in chars}
    if len(tops) == 1:  # (most cells: one line)
        lines = (chars,)
    else:
        line_of = _clusters(tops, y_tolerance)
        lines = [list(line) for _, line in groupby(sorted(chars, key=lambda c: line_of[c["top"]]),
                                                   key=lambda c: line_of[c["top"]])]
    words: list = []
    append = words.append
    for line in lines:
        word: list = []
        ax = bx = ay = top = 0.0
        for c in sorted(line, key=_X0):
            t = c["text"]
            if t.isspace():
                if word:
                    append((top, "".join(map(_TEXT, word)), word))
                    word = []
                continue
            cx, cy = c["x0"], c["top"]
            if word and (cx < ax or cx > bx + 3 or abs(cy - ay) > y_tolerance):
                append((top, "".join(map(_TEXT, word)), word))
                word = []
            if not word or cy < top:
                top = cy
            word.append(c)
            ax, bx, ay = cx, c["x1"], cy
        if word:
            append((top, "".join(map(_TEXT, word)), word))
    return words


def _clusters(values, tolerance: float = 3) -> dict:
    """pdfplumber's ``make_cluster_dict(values, tolerance)``: each value → its cluster's number,
    the values sorted and a cluster going on while the next is within ``tolerance`` of the last."""
    out = {}
    k = -1
    last = None
    for v in sorted(values):
        if last is None or v > last + tolerance:
            k += 1
        out[v] = k
        last = v
    return out


def _cell_text(chars) -> Optional[str]:
    """pdfplumber's ``extract_text(chars)`` (no layout, tolerances 3) for the characters of a
    cell, one line or several: its words (:func:`_words`) clustered into lines again by their top,
    the lines in their clusters' order, words joined by a space and lines by a line break. None
    where pdfplumber would read the characters another way (:func:`_words`): it reads them."""
    words = _words(chars, 3)
    if words is None:
        return None
    tops = {w[0] for w in words}
    if len(tops) == 1:
        return " ".join([w[1] for w in words])
    row_of = _clusters(tops)
    return "\n".join(" ".join([w[1] for w in row]) for _, row in
                     groupby(sorted(words, key=lambda w: row_of[w[0]]), key=lambda w: row_of[w[0]]))


def _text_lines(chars, y_tolerance: float) -> Optional[list]:
    """pdfplumber's ``extract_text_lines(layout=False, strip=True, return_chars=True,
    y_tolerance=...)`` of a page's characters (in the page's order), as dicts with its keys:
    its words (:func:`_words`) in their order, a line going on while the next word's top is in
    the same cluster (tops within ``y_tolerance``), its text the words joined by a space, its box
    its characters'. None where pdfplumber would read the characters another way."""
    words = _words(chars, y_tolerance)
    if words is None:
        return None
    row_of = _clusters({w[0] for w in words}, y_tolerance)
    out = []
    for _, row in groupby(words, key=lambda w: row_of[w[0]]):
        row = list(row)
        text = " ".join([w[1] for w in row])
        if not text.strip():
            continue
        line_chars = [c for w in row for c in w[2]]
        out.append({"text": text, "x0": min([c["x0"] for c in line_chars]), "top": min([c["top"] for c in line_chars]),
                    "x1": max([c["x1"] for c in line_chars]), "bottom": max([c["bottom"] for c in line_chars]),
                    "chars": line_chars})
    return out


#: pdfplumber's ligatures (``pdfplumber.utils.text.LIGATURES``), which its words expand
_LIGATURES = frozenset(("ﬀ", "ﬃ", "ﬄ", "ﬁ", "ﬂ", "ﬆ", "ﬅ"))


_X0 = itemgetter("x0")
_TEXT = itemgetter("text")


def _prose_row(cells) -> bool:
    """A row that is one full-width cell of prose or a section heading."""
    if not cells or not cells[0] or any(c is not None for c in cells[1:]):
        return False
    text = cells[0].replace("\n", "")
    return len(text) > 24 or bool(_PUNCT.search(text)) or bool(_TOP_ENUM.match(text))


#: more characters than any cell of a table holds: a box that lays out a page's text
_PAGE_BOX_TEXT = 400


def _add_table(tables: list, segment: list, first: bool = False) -> None:
    """Add a table's rows (``segment``) to the page's ``tables``, unless they are a frame around
    text: one column, or one cell with text. But a row of three cells or more with text in one,
    first on its page, is the rest of a row the page broke (a long label's last words, the
    numbers' cells empty under them), which the layout joins to the row it continues."""
    if not segment:
        return
    rows = [cells for cells, _ in segment]
    width = max(len(r) for r in rows)
    filled = {i for r in rows for i, c in enumerate(r) if c}
    if width < 2 or len(filled) < 2 and not (first and len(rows) == 1 and width >= 3 and filled):
        return  # a frame around text, not a table
    if any(len(c) > _PAGE_BOX_TEXT for r in rows for c in r if c):
        return  # boxes laying out a page (a portal's sidebar beside its article, printed by a browser), no table
        # (no statistical table's cell holds a page of text: a label is some 40 characters)
    boxes = [b for _, row in segment for b in row.cells if b is not None]
    row_boxes = [row.bbox for _, row in segment]
    bbox = (min(b[0] for b in row_boxes), min(b[1] for b in row_boxes),
            max(b[2] for b in row_boxes), max(b[3] for b in row_boxes))
    tables.append((bbox, rows, boxes, row_boxes, [row.cells for _, row in segment]))


def _place(ln: "_Line", rows, row_boxes, cell_rows) -> bool:
    cy = ln.top + ln.size / 2
    for r, (cells, rb, boxes) in enumerate(zip(rows, row_boxes, cell_rows)):
        if not rb[1] <= cy <= rb[3]:
            continue
        first = next((j for j, b in enumerate(boxes) if b is not None), None)
        if first is None or first == 0 or ln.x1 > boxes[first][0] + 1:
            return False
        # a cell merged down the rows whose bottom border is on the next page (a web page's
        # table printed by a browser): no cell was found, its lines go to its first row, joined
        at = _merged_down(ln, r, first, cell_rows)
        if at is not None:
            top, k = at
            rows[top][k] = clean_text(rows[top][k] + ln.text) if rows[top][k] else clean_text(ln.text)
            return True
        j = next((j for j in range(first) if not cells[j]), None)
        if j is None:
            return False
        cells[j] = clean_text(ln.text)
        return True
    return False


def _merged_down(ln: "_Line", r: int, first: int, cell_rows) -> Optional[Tuple[int, int]]:
    """(the first row, the column) of the cell open at the foot of the page that the line of
    row ``r`` stands in: the column where it starts (before the row's first cell), the first row
    going up through the rows that have no cell there and no cell across it; None when the line
    is in the rows of one row only (a border not drawn)."""
    starts = [min((b[k][0] for b in cell_rows if len(b) > k and b[k] is not None), default=None) for k in range(first)]
    k = max((k for k in range(first) if starts[k] is not None and starts[k] <= ln.x0 + 1), default=None)
    if k is None:
        return None
    x = starts[k] + 1
    top = r
    while top > 0 and not any(b is not None and b[0] <= x < b[2] for b in cell_rows[top - 1]):
        top -= 1
    below = r + 1 < len(cell_rows) and not any(b is not None and b[0] <= x < b[2] for b in cell_rows[r + 1])
    return (top, k) if top < r or below else None


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


def _running_key(ln: _Line) -> str:
    """What a running header or footer repeats: the text, its numbers any; a bare number only
    when it runs with the pages (2 on page 2, 3 on page 3: the page's number). The last cell of
    many pages of a table typed a cell a paragraph is "0" too, but it does not run."""
    t = (ln.uncut or ln.text).strip()  # (as every page has it: a cut is where a column stood on one page)
    if t.isdigit():
        return f"#{int(t) - ln.page}"
    return re.sub(r"\d+", "#", t)


#: how many lines a running header or footer may take (Chromium's footer wraps a long address over
#: two lines, its page's number beside the first: "file:///…-" "2/8" / "pdf.html")
_RUNNING_LINES = 3


def _without_running(items: List[_Line], pages: int) -> List[_Line]:
    """``items`` without their running headers and footers, of up to :data:`_RUNNING_LINES` lines
    each: once a page's first or last line is dropped, the one next to it is first or last (and
    is dropped when it runs too and stands in the page's top tenth or foot band)."""
    for k in range(_RUNNING_LINES):
        kept = _drop_running(items, pages, at_edges=k > 0)  # (the next lines: in the page's margins only)
        if len(kept) == len(items):
            break
        items = kept
    return items


def _drop_running(items: List[_Line], pages: int, at_edges: bool = False) -> List[_Line]:
    """Drop running headers and footers: the same text at the top or bottom of most pages. In a
    report of two pages, the same text first (or last) on both, in the page's top tenth (or its
    foot) on both: a browser's print of a short report (its date and the page's title, its
    address and "1/2"), a Word header; standing between the two parts of a table broken by the
    page, it kept them apart (表三's row broken there lost its tail: V502; the header taken for
    the report's title: S104)."""
    if pages < 2:
        return items
    edges = at_edges or pages < 3  # (two pages: at the page's edges only)
    firsts, lasts = {}, {}
    by_page = {}
    for ln in items:
        if ln.table is None and ln.text != IMAGE:  # (a picture on many pages is not a running header)
            by_page.setdefault(ln.page, []).append(ln)
    for page_lines in by_page.values():
        for where, ln in ((firsts, page_lines[0]), (lasts, page_lines[-1])):
            if ln.folio or edges and not ln.edge:
                continue  # a cell at the page's edge (_folios_dropped), or (two pages) a line within them
            key = _running_key(ln)
            where[key] = where.get(key, 0) + 1
    running = {k for d in (firsts, lasts) for k, v in d.items() if v >= (2 if pages < 3 else max(3, pages // 2 + 1))}
    if not running:
        return items
    title = _title_repeated(by_page, running)
    out = []
    for ln in items:
        if ln.table is None and ln.text != IMAGE and ln is not title:
            page_lines = by_page[ln.page]
            if (ln is page_lines[0] or ln is page_lines[-1]) and not ln.folio and (ln.edge or not edges) \
                    and _running_key(ln) in running:
                continue
        out.append(ln)
    return out


def _title_repeated(by_page: dict, running: set) -> Optional[_Line]:
    """The first page's first line when the later pages repeat it but not where it stands: the report's
    title, which a header set on the later pages only (Word's "different first page") or lines typed at
    each page's top repeat ("— 2 —" / the title, a typed line floating with the text); a header on every
    page stands at one place on each, the first page's too. None when there is no such line."""
    if not by_page:
        return None
    first = by_page[min(by_page)][0]
    key = _running_key(first)
    if key not in running:
        return None
    tops = [ln.top for p, lines in by_page.items() if p != first.page for ln in (lines[0], lines[-1])
            if _running_key(ln) == key]
    if not tops or any(abs(t - first.top) <= max(first.size, 1.0) for t in tops):
        return None
    return first


# -- a table drawn without borders, its cells centred vertically ------------------------------

#: a table's number as printed in its cell ("12", "1,234", "1.25"), or a dash for none
_CELL_NUMBER = lazy(r"^(?:[+-]?\d[\d,，]*(?:\.\d+)?%?|[/／—－\-–]{1,2})$")
#: (of the characters' size) two lines of one flow of text stand at least this far apart; lines
#: closer than that are different cells' (a cell centred between two lines of its neighbour)
_NEAR = 0.85
#: (of the size) how far the two halves of a centred cell may differ in their distance from its middle
_EVEN = 0.15


def _cells_centred_joined(lines: List[_Line], line_chars: Optional[list] = None,
                          seen: Optional[list] = None, right: float = 0.0) -> List[_Line]:
    """A table drawn without borders whose cells are centred vertically (WPS's and Excel's print):
    a cell wrapped over two lines stands with its halves half a line above and below the line of
    its row's one-line cells (its numbers: "（二）部分公开（区分处理的，只计这一" / "1 0 0 …" /
    "情形，不计其他情形）"; a head's "社会公益" / "商业企业 科研机构 其他" / "组织"), one of three or five
    lines with its middle line on its row's. Read as lines, such a row was three lines, the
    numbers apart from their label (C202 for each row, V502 for each head word).

    Recognised by position only: two lines closer than a line of text can be (:data:`_NEAR` of
    the size) on both sides of a line of two pieces or more (or of one no wider than a cell:
    "其他" between "商业企" / "业" and "社会公" / "益组织"), at the same distance (within
    :data:`_EVEN`), with pieces of one column above and below (their x ranges overlapping), none
    of them a number and none over a piece of the middle line; the line in the middle of the
    lines chained closer than a line is tried first (a row's cells are centred on one line: not
    "科研" between "社会 法律" and "商业企业 公益 服务 其他", the upper and middle lines of three-line
    words). Such a pair is one cell: its
    pieces are joined ("社会公益组织") and put into the middle line at their column; the lines
    beyond it at the cell's line spacing (twice that distance) whose pieces continue the same
    columns are the cell's too (a cell of four lines, six). The other pieces of those lines
    stand in columns of their own (a group's label printed at the top of its merged cell beside
    its first row's cell) and go into the row's line too. Once a page shows such a cell, a cell of
    three or five lines is recognised by its middle line on its row's and the lines above and
    below it at that spacing, pieces of the same column, no numbers (a row's cell, not only the
    head's: Word centres a head and prints the rows from their top; around a line with cells of
    two lines centred on it, at twice their distance: a head's "社会" / "公益" / "组织" about the line
    of "商业企业", with "科研" / "机构" half a line off); and a merged cell printed
    from its top (a group's label over rows cut by the page: "（三）不予公" on its first row's line,
    "开" a line spacing below) by its lines a spacing apart, each piece under one of the line
    above. What the layout then reads is a row a line
    (:func:`govlint.layout.documents.rows_written_as_numbers`), as a table with top-aligned
    one-line cells prints. With no cell of two lines, a label's start alone a line above its row's
    numbers, its middle beside them and its end below shows the centring too
    (:func:`_centred_by_a_labels_start`). A page whose lines all stand a line apart or more, in a
    document without centred cells so far, and no label's start alone just above a row's numbers,
    is left as it is (cheap sign).

    A line as the text lines give it may hold pieces of different heights (their clustering
    chains tops up to 3.6 pt apart: a head's "自然人", centred over two rows, and "社会公益", a
    wrapped head word's upper half, on the line of "三项加第四项之和）"): with ``line_chars`` (each
    line's characters) such a line is looked at as its pieces' lines (:func:`_split_by_top`), and
    what of it is not joined is one line again.

    ``seen`` holds (line spacing, size) of the rows' centred cells on the pages before: a table
    goes on over the page, and a page of it without a cell of two lines is read with them.

    A cell is narrower than half the text block, which runs from the lines' left to ``right`` (the
    page's width less its left margin) at least: on a page holding only a narrow table (a part of a
    table drawn as three, the labels and one number column) the lines span the table alone, and a
    label cell of half its width ("5.要求行政机关确认或重新出具已" / "获取信息" about its row's "0", in
    公文's sizes) was taken for prose and its row lost its label."""
    if line_chars is not None:
        parts, owner = _split_by_top(lines, line_chars)
        if len(parts) > len(lines) >= 1:
            joined = _cells_centred_joined(parts, None, seen, right)
            if len(joined) == len(parts):
                return lines
            return _unsplit(lines, parts, owner, joined)
    if len(lines) < 3:
        return lines
    order = sorted(range(len(lines)), key=lambda k: lines[k].top)
    if not seen and not any(lines[b].top - lines[a].top < _NEAR * min(lines[a].size, lines[b].size)
                            for a, b in zip(order, order[1:])) and not any(
            lines[b].top - lines[a].top < 1.6 * lines[b].size and lines[a].runs
            and any(_LABEL_START.match(r.text) for r in lines[a].runs)
            and not any(_CELL_NUMBER.match(r.text) for r in lines[a].runs)
            and any(_CELL_NUMBER.match(r.text) for r in lines[b].runs) for a, b in zip(order, order[1:])):
        return lines  # (nor a label's start alone a line above a row's numbers: _centred_by_a_labels_start)
    left = min(ln.x0 for ln in lines)
    wide = 0.45 * (max(max(ln.x1 for ln in lines), right) - left)  # a cell is narrower than half the text
    used: set = set()
    into: dict = {}  # a middle line → [(top, runs)] joined into it
    spacings = []
    own: dict = {}  # a middle line → its cells' line spacing

    def near(k: int, lo: float, hi: float) -> List[int]:
        y = lines[k].top
        return [j for j in order if j != k and j not in used and lo <= lines[j].top - y <= hi
                and abs(lines[j].size - lines[k].size) <= 0.1 * lines[k].size]

    def pairs(above: _Line, below: _Line, middle: Sequence[Run], same: bool):
        """The columns of ``above``'s and ``below``'s pieces: [(above's run, below's run)], the
        unpaired ones, or None when they are no halves of cells (a number, a piece too wide, over
        a piece of the middle line unless ``same``: a cell's middle line is its row's)."""
        runs_a, runs_b = above.runs, below.runs
        if not runs_a or not runs_b:
            return None
        for r in runs_a + runs_b:
            if _CELL_NUMBER.match(r.text) or r.x1 - r.x0 > wide:
                return None
        matched, alone = [], []
        for r in runs_a:
            over = [s for s in runs_b if s.x0 < r.x1 and r.x0 < s.x1]
            if len(over) == 1 and sum(o.x0 < over[0].x1 and over[0].x0 < o.x1 for o in runs_a) == 1:
                matched.append((r, over[0]))
            else:
                alone.append(r)
        alone += [s for s in runs_b if not any(s is b for _, b in matched)]
        if not matched:
            return None
        for r, s in matched:
            mid = [m for m in middle if m.x0 < max(r.x1, s.x1) and min(r.x0, s.x0) < m.x1]
            if (len(mid) != 1) if same else mid:
                return None
        if any(m.x0 < r.x1 and r.x0 < m.x1 for r in alone for m in middle):
            return None
        return matched, alone

    def take(k: int, a: int, b: int, matched, alone) -> None:
        used.update((a, b))
        into.setdefault(k, []).append((lines[a], lines[b], matched, alone))

    # the cells of an even number of lines: halves closer to their row's line than a line; a
    # row's cells are centred on one line, the middle of the lines chained closer than a line
    # (its two-line cells' halves, its three-line cells' first and last lines): tried first
    offset = {}
    chain = [order[0]]
    for k in order[1:] + [None]:
        if k is not None and lines[k].top - lines[chain[-1]].top < _NEAR * min(lines[k].size, lines[chain[-1]].size):
            chain.append(k)
            continue
        centre = (lines[chain[0]].top + lines[chain[-1]].top) / 2
        for j in chain:
            offset[j] = abs(lines[j].top - centre) if len(chain) > 2 else float("inf")
        chain = [k]
    for k in sorted(order, key=lambda k: (offset[k], lines[k].top)):
        m = lines[k]
        if k in used or not m.runs or (len(m.runs) < 2 and m.runs[0].x1 - m.runs[0].x0 > wide):
            continue  # (a line of one piece is a head's one word between wrapped ones, not prose)
        size = m.size
        for a in near(k, -_NEAR * size, -0.25 * size):
            d = m.top - lines[a].top
            found = None
            for b in near(k, d - _EVEN * size, d + _EVEN * size):
                found = pairs(lines[a], lines[b], m.runs, same=False)
                if found:
                    break
            if found:
                take(k, a, b, *found)
                own.setdefault(k, lines[b].top - lines[a].top)
                if any(_CELL_NUMBER.match(r.text) for r in m.runs):  # (a row's, not a head's)
                    spacings.append((lines[b].top - lines[a].top, size))
                # the cell's further lines, a line spacing beyond each half
                g = lines[b].top - lines[a].top
                top, bottom = lines[a], lines[b]
                while True:
                    up = [j for j in near(k, top.top - m.top - g - _EVEN * size, top.top - m.top - g + _EVEN * size)]
                    down = [j for j in near(k, bottom.top - m.top + g - _EVEN * size,
                                            bottom.top - m.top + g + _EVEN * size)]
                    more = next(((u, w, p) for u in up for w in down
                                 for p in [pairs(lines[u], lines[w], m.runs, same=False)] if p
                                 and any(_over(r, s) for r, _ in p[0] for s, _ in found[0])), None)
                    if more is None:
                        break
                    take(k, more[0], more[1], *more[2])
                    top, bottom = lines[more[0]], lines[more[1]]
                break
    if not spacings and not seen:
        spacings = _centred_by_a_labels_start(lines, order, near, pairs)
    if seen is not None:
        seen += spacings
    if not spacings and seen:
        spacings = seen
    g, cell = _median(spacings) if spacings else (0.0, 0.0)
    # the cells of an odd number of lines: the middle one on its row's line, the others a line
    # spacing apart above and below it (a line with cells of two lines centred on it: at their
    # spacing; else a row's line, once a row showed the centring: none, or only a head centred,
    # and the rows may be printed from their top, the layout's)
    for k in order:
        m = lines[k]
        if k in own:
            g_k = own[k]
        elif k in used or not spacings or len(m.runs) < 2 or not any(_CELL_NUMBER.match(r.text) for r in m.runs) \
                or abs(m.size - cell) > 0.1 * cell:
            continue
        else:
            g_k = g
        size = m.size
        top = bottom = m
        while True:
            up = near(k, top.top - m.top - g_k - _EVEN * size, top.top - m.top - g_k + _EVEN * size)
            down = near(k, bottom.top - m.top + g_k - _EVEN * size, bottom.top - m.top + g_k + _EVEN * size)
            more = next(((u, w, p) for u in up for w in down
                         for p in [pairs(lines[u], lines[w], m.runs, same=True)] if p), None)
            if more is None:
                break
            take(k, more[0], more[1], *more[2])
            top, bottom = lines[more[0]], lines[more[1]]
    # a merged cell's lines printed from its top (a group's label over rows a page break cuts: its
    # first line on its first row's): a line of label pieces a line spacing below a piece of a
    # row's line (or of a line taken so), each piece under one piece, continues that cell
    if not spacings:
        return _with_joined(lines, used, into) if into else lines
    target: dict = {}  # a line taken so → the row's line it went into
    for k in order:
        ln = lines[k]
        if k in used or k in into or not ln.runs or abs(ln.size - cell) > 0.1 * cell or any(
                _CELL_NUMBER.match(r.text) or r.x1 - r.x0 > wide for r in ln.runs):
            continue
        size = ln.size
        for j in order:
            if j == k or (j in used and j not in target) or \
                    abs(ln.top - lines[j].top - g) > _EVEN * size or abs(lines[j].size - size) > 0.1 * size:
                continue
            row = target.get(j, j)
            if not (row in into or any(_CELL_NUMBER.match(r.text) for r in lines[row].runs)):
                continue
            if all(sum(_over(r, p) for p in lines[j].runs) == 1 for r in ln.runs):
                used.add(k)
                target[k] = row
                into.setdefault(row, []).append((lines[row], ln, [], list(ln.runs)))
                break
    return _with_joined(lines, used, into)


def _centred_by_a_labels_start(lines: List[_Line], order: List[int], near, pairs) -> list:
    """A centred table with no cell of two lines (a page of short labels, a cell of three lines
    among them): [(its line spacing, size)] when a row shows the centring by its label — the
    label's start (an enumerator: "5.要求行政机关确认") on a line of its own a line spacing above its
    row's numbers, the label's middle on the numbers' line (no enumerator there), its end as far
    below, the three pieces in one column. Printed from their top, a row's numbers stand on its
    label's first line, the one with the enumerator; a label's start with no number beside it
    and its row's numbers on the next line is a cell centred on them. [] when no row shows it."""
    for k in order:
        m = lines[k]
        if len(m.runs) < 2 or not any(_CELL_NUMBER.match(r.text) for r in m.runs):
            continue
        size = m.size
        for a in near(k, -1.6 * size, -_NEAR * size):
            d = m.top - lines[a].top
            for b in near(k, d - _EVEN * size, d + _EVEN * size):
                found = pairs(lines[a], lines[b], m.runs, same=True)
                if not found:
                    continue
                for r, s in found[0]:
                    mid = [x for x in m.runs if x.x0 < max(r.x1, s.x1) and min(r.x0, s.x0) < x.x1]
                    if (len(mid) == 1 and _LABEL_START.match(r.text) and not _LABEL_START.match(mid[0].text)
                            and not _LABEL_START.match(s.text) and not _CELL_NUMBER.match(mid[0].text)):
                        return [(d, size)]
    return []


def _with_joined(lines: List[_Line], used: set, into: dict) -> List[_Line]:
    """The lines without those ``used``, each row's line with what went ``into`` it."""
    out = []
    for k, ln in enumerate(lines):
        if k in used:
            continue
        if k in into:
            ln = _joined(ln, into[k])
        out.append(ln)
    return out


def _split_by_top(lines: List[_Line], line_chars: list):
    """Each line as the lines of its characters' tops (more than a fifth of the size apart), and
    for each of those the line it is part of. The text lines order a line's characters by x: the
    halves of two cells of one column chained into one line were read interleaved ("缴机纳关费不用
    再…": "缴纳费用、" above "机关不再处" and the row's numbers between); each top's characters
    make their own runs. Cheap sign: a line whose characters' tops differ by that much."""
    parts: List[_Line] = []
    owner: List[int] = []
    for k, (ln, chars) in enumerate(zip(lines, line_chars)):
        shown = [c for c in chars if c.get("text", "").strip()]
        tops = sorted(c["top"] for c in shown)
        if not tops or tops[-1] - tops[0] <= 0.2 * ln.size:
            parts.append(ln)
            owner.append(k)
            continue
        row_of = _clusters(set(tops), 0.2 * ln.size)
        groups: dict = {}
        for c in chars:  # (in the line's order: by x)
            if c.get("text", "").strip():
                groups.setdefault(row_of[c["top"]], []).append(c)
        for top in sorted(groups):
            runs = _runs(groups[top])
            parts.append(_Line(" ".join(r.text for r in runs), ln.page, runs[0].x0, runs[-1].x1,
                               min(c["top"] for c in groups[top]), margin=ln.margin, size=ln.size, runs=runs))
            owner.append(k)
    return parts, owner


def _unsplit(lines: List[_Line], parts: List[_Line], owner: List[int], joined: List[_Line]) -> List[_Line]:
    """The lines after :func:`_cells_centred_joined` read their pieces' lines: a line none of
    whose pieces changed as it was; of another, each row's line made, and what is left of it
    one line again."""
    kept = {id(ln) for ln in joined}
    made = [ln for ln in joined if not any(ln is p for p in parts)]
    touched = {owner[i] for i, p in enumerate(parts) if id(p) not in kept}
    out = []
    for k, ln in enumerate(lines):
        if k not in touched:
            out.append(ln)
            continue
        rest = [p for i, p in enumerate(parts) if owner[i] == k and id(p) in kept]
        if rest:
            runs = tuple(sorted((r for p in rest for r in p.runs), key=lambda r: r.x0))
            out.append(_Line(" ".join(r.text for r in runs), ln.page, runs[0].x0, runs[-1].x1, rest[0].top,
                             margin=ln.margin, size=ln.size, runs=runs))
    out += made
    out.sort(key=lambda ln: ln.top)
    return out


def _over(r: Run, s: Run) -> bool:
    return r.x0 < s.x1 and s.x0 < r.x1


def _joined(middle: _Line, parts) -> _Line:
    """The row's line with the cells centred on it: each column's pieces from the top down."""
    columns = [[(middle.top, r)] for r in middle.runs]
    for above, below, matched, alone in parts:
        for r, s in matched:
            col = next((c for c in columns if any(_over(r, p) or _over(s, p) for _, p in c)), None)
            if col is None:
                col = []
                columns.append(col)
            col += [(above.top, r), (below.top, s)]
        for r in alone:
            top = above.top if any(r is p for p in above.runs) else below.top
            col = next((c for c in columns if any(_over(r, p) for _, p in c)), None)
            if col is None:
                col = []
                columns.append(col)
            col.append((top, r))
    runs = []
    for col in columns:
        col.sort(key=lambda tp: (tp[0], tp[1].x0))
        runs.append(Run(join_lines([p.text for _, p in col]), min(p.x0 for _, p in col), max(p.x1 for _, p in col)))
    runs.sort(key=lambda r: r.x0)
    text = " ".join(r.text for r in runs)
    return _Line(text, middle.page, min(middle.x0, runs[0].x0), max(middle.x1, max(r.x1 for r in runs)), middle.top,
                 margin=middle.margin, size=middle.size, runs=tuple(runs), uncut=middle.uncut and text)
