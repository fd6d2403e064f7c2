"""PDF: the text layer in reading order, tables recovered as tab rows, prose re-joined.

pdfplumber (on pdfminer.six) is used because it recovers a ruled table's grid from the
drawn cell borders: merged cells, labels broken over several lines in a cell, vertical
group labels ("三、本年度办理结果" one character per line). Those tables become tab rows; the
rest of the page is read as text lines, in which a row of a table drawn without borders
("行政规范性文件 3 0 8", "1 0 0 1 2 …") is recognised by its trailing numbers. Lines the PDF
hard-wrapped are joined back into their paragraph when the line runs to the right margin,
does not end a sentence and the next one is not a heading or an indented new paragraph.
Page numbers ("- 2 -", "第2页", "2/5") and running headers are dropped.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from . import Lines, ReadError, _Lazy, clean_text, join_lines, missing_library

MAX_PAGES = 300
MAX_DRAWN = 5000  # lines and boxes on one page beyond which no table grid is searched

_PAGE_NO = _Lazy(r"^[\s\-－—–~～]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*[,，]?\s*共\s*\d{1,4}\s*页)?"
                      r"[\s\-－—–~～]*$")
_PAGE_NO_DECORATED = _Lazy(r"^\s*(?:[-－—–~～]\s*\d{1,4}\s*[-－—–~～]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?"
                                r"|\d{1,4}\s*[/／]\s*\d{1,4})\s*$")
_VALUE = _Lazy(r"^(?:[+-]?\d[\d,，]*(?:\.\d+)?|[/／—－\-–]{1,2}|——)$")
_NUMBER = _Lazy(r"\d")
_ENUM = r"(?:[一二三四五六七八九十]{1,2}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,2}\s*[)）]|\d{1,2}\s*[.．、](?!\d))"
_ENUM_START = _Lazy(r"^\s*" + _ENUM)
_SPLIT_LABEL = _Lazy(r"\s+(?=" + _ENUM + ")")
_TOP_ENUM = _Lazy(r"^\s*[一二三四五六七八九十]{1,2}\s*[、.．]")
_HEADING = _Lazy(r"^\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|\d{1,2}\s*[.．、](?!\d))")
_SENTENCE_END = ("。", "；", "：", "！", "？", ";", ":", "!", "?")
_PUNCT = _Lazy(r"[，。；：,;:！？!?]")
_DATE_LINE = _Lazy(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


@dataclass
class _Line:
    text: str                 # as extracted (spaces between cells kept)
    page: int
    x0: float
    x1: float
    top: float
    row: Optional[List[str]] = None     # the cells, when the line is a table row
    table: Optional[List[List[str]]] = None  # a ruled table found by its borders
    margin: Tuple[float, float] = (0.0, 0.0)  # the page's text block: left, right
    size: float = 10.0        # character size


class PdfReader:
    name = "pdf"
    extensions = (".pdf",)
    binary = True

    def sniff(self, head: bytes) -> bool:
        return b"%PDF-" in head[:1024]

    def read(self, path: Path, data: bytes):
        if b"%PDF-" not in data[:1024]:
            raise ReadError("this is not a PDF file (it has no %PDF header); give govlint the report as .pdf, "
                            ".docx, .html or .txt")
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
                raise ReadError(f"the PDF has {n} pages, more than the {MAX_PAGES} govlint reads; is it really one "
                                f"report?")
            items: List[_Line] = []
            chars = cid = 0
            blank_pages = []
            for number, page in enumerate(pdf.pages, 1):
                try:
                    page_items, page_chars, page_cid = _page(page, number)
                except Exception as exc:
                    raise ReadError(f"cannot read page {number} of this PDF ({type(exc).__name__}: {exc}); "
                                    f"it may be damaged: save it again, or give govlint the Word version") from None
                finally:
                    page.close()
                items += page_items
                chars += page_chars
                cid += page_cid
                if page_chars == 0:
                    blank_pages.append(number)
        if chars == 0:
            raise ReadError("this PDF has no text layer (it is a scan or an image of the report); give govlint "
                            "the Word (.docx) or text version of the report, or OCR the PDF first "
                            "(e.g. ocrmypdf -l chi_sim)")
        if cid > chars / 2:
            raise ReadError("the text of this PDF cannot be extracted (its fonts have no Unicode mapping); give "
                            "govlint the Word (.docx) or text version of the report, or OCR the PDF first")
        source = {"kind": "pdf", "pages": n}
        if blank_pages:
            source["pages_without_text"] = ",".join(map(str, blank_pages))
        return _assemble(_drop_running(items, n)).document(source)


def _open_error(exc: Exception) -> ReadError:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name:
        return ReadError("this PDF is encrypted (password-protected), so its text cannot be read; give govlint "
                         "an unprotected copy, or the Word (.docx) or text version of the report")
    return ReadError(f"this PDF is damaged and cannot be opened ({name}: {str(inner)[:100]}); save it again "
                     f"from the original, or give govlint the Word (.docx) version")


# ----------------------------------------------------------------------------------------
# one page

def _page(page, number: int) -> Tuple[List[_Line], int, int]:
    chars = page.chars
    n_chars = sum(1 for c in chars if c.get("text", "").strip())
    n_cid = sum(1 for c in chars if c.get("text", "").startswith("(cid:"))
    if not n_chars:
        return [], 0, 0
    tables = []  # (bbox, rows of cell texts, cell boxes, row boxes, rows of cell boxes)
    try:
        drawn = len(page.rects) + len(page.lines) + len(page.curves)
        # a page of drawings (a map, a chart) is not searched for tables: bounded time
        found = page.find_tables() if drawn <= MAX_DRAWN else []
    except Exception:
        found = []
    for t in found:
        texts = t.extract()
        segment: list = []
        for cells, row in zip(texts, t.rows):
            if _prose_row(cells):
                # a line of text some converters draw in a full-width box: not a table row
                _add_table(tables, segment)
                segment = []
                continue
            segment.append(([join_lines((c or "").split("\n")) for c in cells], row))
        _add_table(tables, segment)

    def outside(obj) -> bool:
        """Not in a cell of a table (text in a table's box but in no cell stays text)."""
        if obj.get("object_type") != "char":
            return True
        cx = (obj["x0"] + obj["x1"]) / 2
        cy = (obj["top"] + obj["bottom"]) / 2
        for bbox, _, cell_boxes, _, _ in tables:
            if bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]:
                if any(c[0] <= cx <= c[2] and c[1] <= cy <= c[3] for c in cell_boxes):
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
        out.append(_Line(text, number, ln["x0"], ln["x1"], ln["top"], size=size))
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


# ----------------------------------------------------------------------------------------
# text lines → rows and paragraphs

def _as_row(text: str) -> Optional[List[str]]:
    """A text line that is a table row: a label then numbers, or numbers alone."""
    tokens = text.split()
    if not tokens:
        return None
    i = len(tokens)
    while i > 0 and _VALUE.match(tokens[i - 1]):
        i -= 1
    values = tokens[i:]
    label = " ".join(tokens[:i])
    numbers = [v for v in values if _NUMBER.search(v)]
    if not numbers:
        return None
    if len(values) >= 2:
        if "。" in label or len(label) > 80:
            return None
    else:
        bare = _ENUM_START.sub("", label)
        if not label or len(label) > 20 or _PUNCT.search(bare) or _NUMBER.search(bare):
            return None
    cells = [c for c in _SPLIT_LABEL.split(label) if c] if label else []
    return cells + values


def _is_head(text: str) -> Optional[List[str]]:
    """A line of column names ("行政复议 行政诉讼", "信息内容 本年制发件数 本年废止件数")."""
    tokens = text.split()
    if len(tokens) < 2 or len(tokens) > 16:
        return None
    if any(_PUNCT.search(t) or _NUMBER.search(t) or len(t) > 16 for t in tokens):
        return None
    if sum(len(t) for t in tokens) / len(tokens) < 2:
        return None  # spaced-out single characters: justified prose
    return tokens


def _join_split_cells(items: List[_Line]) -> None:
    """A table the page break cut through a merged cell: "（四）无" at the foot of one page,
    "法提供" at the head of the next. A fragment that does not start with an enumerator is
    joined to the enumerated label above it."""
    for a, b in zip(items, items[1:]):
        if a.table is None or b.table is None or a.page == b.page or not a.table or not b.table:
            continue
        last, first = a.table[-1], b.table[0]
        if len(last) != len(first):
            continue
        for j, (above, below) in enumerate(zip(last, first)):
            if (above and below and _ENUM_START.match(above) and not _ENUM_START.match(below)
                    and not _NUMBER.match(below) and not _VALUE.match(above) and len(below) <= 12):
                last[j] = above + below
                first[j] = ""


def _assemble(items: List[_Line]) -> Lines:
    _join_split_cells(items)
    # 1. rows by their numbers
    for ln in items:
        if ln.table is None:
            ln.row = _as_row(ln.text)
    # 2. a row label that wrapped: the line before a row, when that line follows a row itself
    for k in range(2, len(items)):
        ln, prev, before = items[k], items[k - 1], items[k - 2]
        if ln.row is None or prev.row is not None or prev.table is not None or before.row is None:
            continue
        nv = _count_values(ln.row)
        label = " ".join(ln.row[:len(ln.row) - nv])
        if not label or _ENUM_START.match(label) or not prev.text or prev.page != ln.page:
            continue
        if _TOP_ENUM.match(prev.text) or prev.text.rstrip().endswith("。") or len(prev.text) > 40:
            continue
        label = prev.text.strip() + " " + label
        ln.row = [c for c in _SPLIT_LABEL.split(label) if c] + ln.row[len(ln.row) - nv:]
        prev.text = ""
    # 3. a column head broken over several lines above rows of bare numbers (表四's kind):
    #    one head row of all its words, so the table is recognised by its head
    for k, ln in enumerate(items):
        if ln.row is None or _count_values(ln.row) != len(ln.row) or ln.table is not None:
            continue
        run = []
        j = k - 1
        while j >= 0 and items[j].table is None and items[j].row is None and len(run) < 20:
            t = items[j].text.strip()
            if not t:
                j -= 1
                continue
            if len(t) > 30 or _PUNCT.search(t) or _TOP_ENUM.match(t) or _NUMBER.search(t):
                break
            run.append(items[j])
            j -= 1
        if len(run) >= 2:
            run.reverse()
            run[0].row = [w for r in run for w in r.text.split()]
            for r in run[1:]:
                r.text = ""

    # 4. column heads next to rows
    for k in range(len(items) - 2, -1, -1):
        ln = items[k]
        if ln.table is not None or ln.row is not None or not ln.text:
            continue
        nxt = next((x for x in items[k + 1:] if x.table is not None or x.text), None)
        if nxt is not None and (nxt.row is not None) and _is_head(ln.text):
            ln.row = _is_head(ln.text)

    out = Lines()
    rows: List[List[str]] = []
    origins: List[str] = []
    para: Optional[_Line] = None  # the first line of the paragraph being joined
    para_last: Optional[_Line] = None  # and its last line so far
    para_text = ""

    def flush_rows():
        nonlocal rows, origins
        if rows:
            out.table(rows, origins)
            rows, origins = [], []

    def flush_para():
        nonlocal para, para_last, para_text
        if para is not None:
            out.paragraph(clean_text(para_text, digits=True), f"第{para.page}页")
        para, para_last, para_text = None, None, ""

    for ln in items:
        if ln.table is not None:
            flush_para()
            flush_rows()
            out.table(ln.table, [f"第{ln.page}页"] * len(ln.table))
            continue
        if not ln.text:
            continue
        if ln.row is not None:
            flush_para()
            rows.append(ln.row)
            origins.append(f"第{ln.page}页")
            continue
        flush_rows()
        if para_last is not None and _continues(para_last, ln):
            para_text = join_lines([para_text, ln.text])
            para_last = ln
            continue
        flush_para()
        para, para_text, para_last = ln, ln.text, ln
    flush_para()
    flush_rows()
    return out


def _count_values(cells: List[str]) -> int:
    n = 0
    for c in reversed(cells):
        if not _VALUE.match(c):
            break
        n += 1
    return n


def _continues(last: _Line, nxt: _Line) -> bool:
    """Is ``nxt`` the wrapped continuation of the paragraph whose last line is ``last``?"""
    t = last.text.rstrip()
    if not t or t.endswith(_SENTENCE_END):
        return False
    if _HEADING.match(nxt.text) or _DATE_LINE.match(nxt.text):
        return False
    size = max(last.size, 1.0)
    left, right = nxt.margin
    if last.x1 < last.margin[1] - 1.5 * size:
        return False  # the line stops short of the margin: the paragraph ended there
    if nxt.x0 > left + 1.2 * size:
        return False  # the next line is indented: a new paragraph
    return True
