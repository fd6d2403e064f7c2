"""A PDF page's characters and ruling lines from PDFium (pypdfium2), as pdfplumber's objects.

pdfminer.six, under pdfplumber, interprets a page's content stream in Python: about 85 ms a page
of a real report, most of the reading time. PDFium does the same in C in a few milliseconds.
This module asks PDFium for what the PDF reader needs — each character with its box, and each
drawn path split into lines, rectangles and curves as pdfminer splits them — and hands them to
pdfplumber as a page (:class:`PdfiumPage`), so pdfplumber's proven table finder and text-line
grouping run unchanged on them.

Where the two differ, and why:

- A character's box is pdfminer's: from its origin, its advance width as the PDF declares it
  (``FPDFFont_GetGlyphWidth``, the font's /W or /Widths) and its font size; vertically from the
  baseline by the font's descent, one font size high. PDFium's own "loose" box is not used for
  position: for a vertical (Identity-V) font it is hundreds of points wide and ~165 points off,
  and for a font the PDF does not embed it takes the widths of the substitute font.
- The descent is PDFium's (``FPDFFont_GetDescent``): the font descriptor's, or the font file's
  when the descriptor says 0 (LibreOffice's PDFs) where pdfminer takes the 0; such characters
  stand ~0.12 em lower than pdfminer puts them, which is where they are drawn. A descent that
  is none (above the baseline, or more than half the size below it: PDFium took it from the box
  of whatever glyph a subset has at code 103) is that of another subset of the same font on the
  page (:func:`_subset_descents`), else -0.2 em.
- PDFium drops a text object drawn twice at the same place (fake bold): pdfminer keeps both,
  which doubles those characters.
- The characters PDFium adds (spaces it infers, line ends) are skipped: only drawn characters
  count, as in pdfminer.
- A path is what shows of it down the page: one clipped by a rectangle inside the page (a
  browser clips a page's content to the area inside its margins) is cut at the rectangle's top
  and foot, and one wholly above or below it is left out. pdfminer keeps the whole path: a
  table row Chromium broke over a page ran its cell borders on past the content area, through
  the printed header or footer, to the page's edge. Across the page a path is kept as drawn
  (a table wider than the page or the clip keeps its last column's border: its text is read).

Every PDFium handle is closed before the page's objects are returned; nothing of PDFium
outlives :func:`read_pages`' loop over one page.
"""
from __future__ import annotations

import ctypes
from typing import Dict, List, NamedTuple, Optional, Tuple

#: paths on one page beyond which the rest are not read (a map or a chart): bounded time
MAX_PATHS = 5000
#: nested forms followed at most this deep
MAX_DEPTH = 8

_GENERATED = frozenset((" ", "\r", "\n", "\x02", "\ufffe", ""))


def _raw():
    import pypdfium2.raw as raw  # noqa: F401 - loads the library
    return raw


def open_document(data: bytes):
    """A pypdfium2 document on ``data`` (the bytes must outlive it: the caller keeps them)."""
    import pypdfium2
    return pypdfium2.PdfDocument(data)


def page_objects(page, number: int, doctop: float = 0.0) -> Tuple[Dict[str, list], Tuple[float, float, float, float]]:
    """``({"char": [...], "line": [...], "rect": [...], "curve": [...]}, mediabox)`` of one
    pypdfium2 page, in pdfplumber's coordinates (points from the page's top left)."""
    raw = _raw()
    handle = page.raw
    mb = (0.0, 0.0, float(page.get_width()), float(page.get_height()))
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if raw.FPDFPage_GetMediaBox(handle, left, bottom, right, top):
        mb = (min(left.value, right.value), min(bottom.value, top.value),
              max(left.value, right.value), max(bottom.value, top.value))
    y_top = mb[3]
    text_objects: set = set()  # (their addresses: the paths' walk need not ask their type)
    objects: Dict[str, list] = {"char": _chars(raw, handle, number, y_top, doctop, text_objects, mb)}
    lines: list = []
    rects: list = []
    curves: list = []
    _paths(raw, handle, number, y_top, doctop, lines, rects, curves, mb, text_objects)
    if lines:
        objects["line"] = lines
    if rects:
        objects["rect"] = rects
    if curves:
        objects["curve"] = curves
    height = mb[3] - mb[1]
    return objects, (mb[0], 0.0, mb[2], height)


# ----------------------------------------------------------------------------------------
# characters

def _chars(raw, handle, number: int, y_top: float, doctop: float, text_objects: Optional[set] = None,
           page_box: Optional[Tuple[float, float, float, float]] = None) -> List[dict]:
    """The page's characters; ``text_objects`` (if given) gets the addresses of the text objects
    that draw them. ``page_box``: the page's box, a clip to which hides nothing (text past the
    paper's edge, a table wider than the page, is read: tests/test_cut36_table_wider_than_the_page.py)."""
    text_page = raw.FPDFText_LoadPage(handle)
    if not text_page:
        return []
    clipped: List[Tuple[int, int]] = []
    try:
        out = _read_chars(raw, text_page, number, y_top, doctop, text_objects, clipped, page_box)
    finally:
        raw.FPDFText_ClosePage(text_page)
    return _clipped_away(raw, handle, clipped, out) if clipped else out


_FAST = None


def _fast(raw):
    """The calls made for every text object or (font, character), declared to take and return
    handles as addresses (ints): a handle then is a dictionary key without a ctypes cast."""
    global _FAST
    if _FAST is None:
        vp = ctypes.c_void_p

        def proto(fn, restype, *argtypes):
            return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, vp).value)

        i = ctypes.c_int
        _FAST = (proto(raw.FPDFTextObj_GetFont, vp, vp),
                 proto(raw.FPDFFont_GetGlyphWidth, i, vp, ctypes.c_uint32, ctypes.c_float,
                       ctypes.POINTER(ctypes.c_float)),
                 proto(raw.FPDFFont_GetDescent, i, vp, ctypes.c_float, ctypes.POINTER(ctypes.c_float)),
                 proto(raw.FPDFPageObj_GetClipPath, vp, vp), proto(raw.FPDFClipPath_CountPaths, i, vp),
                 proto(raw.FPDFFont_GetAscent, i, vp, ctypes.c_float, ctypes.POINTER(ctypes.c_float)),
                 proto(raw.FPDFPageObj_GetFillColor, i, vp, *[ctypes.POINTER(ctypes.c_uint)] * 4))
    return _FAST


_BARE = None


def _bare(raw):
    """The calls made for every character, declared with their result type alone: ctypes then
    converts no argument (the text page is passed as one ``c_void_p``, the index as an int,
    the out parameters as ready ``byref``s), a third to a half of a call's cost."""
    global _BARE
    if _BARE is None:
        vp, i = ctypes.c_void_p, ctypes.c_int

        def bare(fn, restype):
            return ctypes.CFUNCTYPE(restype)(ctypes.cast(fn, vp).value)

        _BARE = (bare(raw.FPDFText_GetTextObject, vp), bare(raw.FPDFText_GetUnicode, ctypes.c_uint),
                 bare(raw.FPDFText_IsGenerated, i), bare(raw.FPDFText_GetCharOrigin, i),
                 bare(raw.FPDFText_HasUnicodeMapError, i), bare(raw.FPDFText_GetMatrix, i),
                 bare(raw.FPDFText_GetFontSize, ctypes.c_double))
    return _BARE


def _page_text(raw, tp, n: int) -> Optional[str]:
    """The page's characters, one a character index, in one call (``FPDFText_GetText``) instead
    of one ``FPDFText_GetUnicode`` a character; None where the two could differ: PDFium's text
    leaves out some characters it counts (control characters), or holds a character outside
    the BMP (two UTF-16 units) — the text is then one unit longer or shorter than the count, or
    holds a surrogate, and the characters are read one at a time."""
    buf = ctypes.create_string_buffer(2 * (n + 1))
    if raw.FPDFText_GetText(tp, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort))) != n + 1:
        return None
    text = buf.raw[:2 * n].decode("utf-16-le", "surrogatepass")
    if len(text) != n or _SURROGATE.search(text):
        return None
    return text


_SURROGATE = None


def _read_chars(raw, tp, number: int, y_top: float, doctop: float, text_objects: Optional[set] = None,
                clipped: Optional[list] = None, page_box: Optional[Tuple[float, float, float, float]] = None) -> List[dict]:
    """The characters of the text page ``tp``; ``clipped`` (if given) gets (index, text object) of
    each drawn outside the rectangle its object is clipped to."""
    global _SURROGATE
    n = raw.FPDFText_CountChars(tp)
    out: List[dict] = []
    if n <= 0:
        return out
    if _SURROGATE is None:
        import re
        _SURROGATE = re.compile("[\ud800-\udfff]")
    get_font, glyph_width, get_descent, get_clip, clip_paths, get_ascent, get_fill = _fast(raw)
    rgba = [ctypes.c_uint() for _ in range(4)]
    p_rgba = [ctypes.byref(v) for v in rgba]
    get_object, get_unicode, is_generated, get_origin, map_error, get_matrix, get_font_size = _bare(raw)
    calls = _path_calls(raw)
    cx, cy = ctypes.c_float(), ctypes.c_float()
    clip_xy = (cx, cy, ctypes.byref(cx), ctypes.byref(cy))
    hidden: List[Tuple[int, int]] = []  # (index in out, its text object) of characters drawn outside their clip
    text_page = tp
    tp = ctypes.c_void_p(ctypes.cast(text_page, ctypes.c_void_p).value)  # (the bare calls take it as it is)
    text = _page_text(raw, text_page, n)
    if text is None:
        text = [chr(u) if 0 < u < 0x110000 else "" for u in map(get_unicode, [tp] * n, range(n))]
    ox, oy = ctypes.c_double(), ctypes.c_double()
    p_ox, p_oy = ctypes.byref(ox), ctypes.byref(oy)
    m = raw.FS_MATRIX()
    p_m = ctypes.byref(m)
    loose = raw.FS_RECTF()
    width = ctypes.c_float()
    descent = ctypes.c_float()
    one = ctypes.c_float(1.0)
    # a text object's font, its advances, descent a point of size, font size, scales and
    # direction: the same for every character it draws (most real reports draw each character
    # as an object of its own: a font's descent and advances and a matrix's scales are kept too)
    objects: Dict[int, tuple] = {}
    fonts: Dict[int, tuple] = {}  # font -> (descent a point of size, {character: advance a point of size})
    scales: Dict[tuple, tuple] = {}
    guessed: Dict[int, List[int]] = {}  # font whose descent is not one -> its characters (indices in out)
    append = out.append
    i = -1
    for ch in text:
        i += 1
        if ch in _GENERATED or ch == "\x00":
            if ch == "\x00":
                ch = ""
            if ch == "\r" or ch == "\n" or is_generated(tp, i):  # (a line end, drawn or not)
                continue
        key = get_object(tp, i)
        if not key:
            continue
        info = objects.get(key, _NEW)
        if info is None:
            continue  # (an oblique object's)
        if info is _NEW:
            font = get_font(key) or 0
            known = fonts.get(font)
            if known is None:
                d = _DEFAULT_DESCENT
                if font and get_descent(font, one, descent):
                    d = descent.value
                    if not _LEAST_DESCENT <= d <= 0.0:  # not a descent: its subsets' (after the loop)
                        d = _DEFAULT_DESCENT
                        guessed[font] = []
                    elif get_ascent(font, one, descent) and descent.value - d > _WIDEST_SPAN:
                        # a face whose ascent and descent span well over its size (the Latin face of a line's
                        # digits, Times 1.039 and -0.306 as Word embeds it, a browser's 0.88 and -0.279): its
                        # box a font size high where a CJK face's stands on the same baseline, not over its
                        # deep descent, 3 pt lower at 18 pt, which split a cell's line ("属于国家秘密1.")
                        d = _CJK_DESCENT
                known = fonts[font] = (d, {})
            get_matrix(tp, i, p_m)
            fs = get_font_size(tp, i)
            abcd = (m.a, m.b, m.c, m.d)
            scale = scales.get(abcd)
            if scale is None:
                a, b, c, dd = abcd
                # PDFium keeps 32-bit floats (0.05 comes back as 0.0500000007): the PDF's is rounder
                along = (a * a + b * b) ** 0.5
                scale = scales[abcd] = (round(along, 6), round((c * c + dd * dd) ** 0.5, 6),
                                        a * dd > 0 and b * c <= 0,
                                        along > 0 and min(abs(a), abs(b)) > _OBLIQUE * along)
            sx, sy, upright, oblique = scale
            if oblique or (fs * sy >= _WATERMARK_SIZE and get_fill(key, *p_rgba)
                           and _PALE <= min(rgba[0].value, rgba[1].value, rgba[2].value)
                           and max(rgba[0].value, rgba[1].value, rgba[2].value) < _WHITE):
                # a watermark's words ("内部资料", "征求意见稿", the agency's name) set across the page at an
                # angle, or large and pale over the text (a text box in Word's header): no text of the report's
                objects[key] = None
                continue
            clip = get_clip(key)
            box = _clip_box(ctypes.c_void_p(key), calls.get_clip, calls.clip_paths, calls.clip_segments,
                            calls.clip_segment, calls.get_point, clip_xy) if clip and clip_paths(clip) == 1 else None
            if box is not None and page_box is not None and box[0] <= page_box[0] + 1 and box[1] <= page_box[1] + 1 \
                    and box[2] >= page_box[2] - 1 and box[3] >= page_box[3] - 1:
                box = None  # (clipped to the paper: what lies past its edge is read, as ever)
            info = objects[key] = (font, known[0], known[1], fs * sx, fs * sy, upright, box)
        font, desc, widths, size_x, size, upright, box = info
        u = ord(ch) if ch else 0
        if map_error(tp, i):
            ch = f"(cid:{u})"
        w = widths.get(u)
        if w is None:
            w = 0.0
            if font and 0 < u <= 0xFFFF and glyph_width(font, u, one, width):
                w = width.value
            widths[u] = w
        get_origin(tp, i, p_ox, p_oy)
        x0 = ox.value
        if w < 0:
            # a vertical font: the origin is the box's bottom left, one font size square
            x1 = x0 + size
            bottom = y_top - oy.value
        else:
            if w > 0:
                x1 = x0 + w * size_x
            else:  # no declared width: PDFium's loose box (its right edge)
                raw.FPDFText_GetLooseCharBox(text_page, i, loose)
                x1 = max(x0, loose.right)
            bottom = y_top - (oy.value + desc * size)
        top = bottom - size
        if box is not None and w >= 0 and _outside(box, (x0 + x1) / 2, oy.value + size * 0.3):
            hidden.append((len(out), key))
        if guessed and font in guessed and w >= 0:
            guessed[font].append(len(out))
        append({
            "object_type": "char", "page_number": number, "text": ch,
            "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": doctop + top,
            "width": x1 - x0, "height": size, "size": size, "upright": upright,
        })
    if guessed:
        _subset_descents(raw, fonts, guessed, out)
    if clipped is not None:
        clipped.extend(hidden)
    if text_objects is not None:
        text_objects.update(objects)
    return out


def _outside(box: Tuple[float, float, float, float], x: float, y: float) -> bool:
    """Whether the point (``x``, ``y``: PDF coordinates) lies outside ``box`` by half a point."""
    return not (box[0] - 0.5 <= x <= box[2] + 0.5 and box[1] - 0.5 <= y <= box[3] + 0.5)


def _clipped_away(raw, handle, clipped: List[Tuple[int, int]], out: List[dict]) -> List[dict]:
    """``out`` without the characters a clip hides (``clipped``: their indices and their text
    objects, drawn outside the rectangle their object is clipped to). LibreOffice draws a cell's
    whole text and clips it to the cell: the repeated head of a table on its next page, printed
    shorter than the head, keeps its cut lines ("…等于第三项加第四项之和）") under the clip, where
    the first row's cells stand; read, they ran into the row's labels ("第1四.属项于之国和家）秘密").
    Only an object of the page itself is taken so (a form's objects' clips are in the form's
    space), found by one walk of the page's objects, made only when a character was drawn
    outside its clip."""
    calls = _path_calls(raw)
    count_objects, get_object = calls.count_objects, calls.get_object
    page = ctypes.c_void_p(ctypes.cast(handle, ctypes.c_void_p).value)
    own = set()
    for k in range(count_objects(page)):
        obj = get_object(page, k)
        if obj:
            own.add(obj.value)
    drop = {i for i, key in clipped if key in own}
    return [c for i, c in enumerate(out) if i not in drop] if drop else out


#: the sine of the least angle to the page's axes at which a text's baseline runs oblique (5°): a watermark's
#: ("内部资料", "征求意见稿", the agency's name, repeated across the page at 30-45°); an italic's slant is no
#: turn of its baseline
_OBLIQUE = 0.0872
#: a watermark set level: its characters this large (points) or larger, filled this pale or paler (each of
#: red, green, blue; Word's "washout" grey is 217), not white (a heading is as large, but dark; a banner's
#: title white on a coloured band: a watermark is seen on the paper)
_WATERMARK_SIZE = 20.0
_PALE = 192
_WHITE = 250

_NEW = object()  # (an object not yet seen)

#: a font's descent, a point of size, where it has none (or none that is a descent)
_DEFAULT_DESCENT = -0.2
#: the lowest descent taken as one (a font's descender reaches ~0.3 of its size below the baseline)
_LEAST_DESCENT = -0.5
#: the most an ascent and a descent span, a point of size, for a box placed over the descent: a CJK face
#: spans 1.0 (0.88 and -0.12; 仿宋 0.855 and -0.14), STSong-Light 1.023, the metric Times and Arial 1.107 and 1.117
_WIDEST_SPAN = 1.13
#: where a face spanning more is placed: the descent of a CJK face (its box the em square over it)
_CJK_DESCENT = -0.12


def _subset_descents(raw, fonts: Dict[int, tuple], guessed: Dict[int, List[int]], out: List[dict]) -> None:
    """Moves the characters of each font whose descent is no descent (:func:`_read_chars` put
    them by :data:`_DEFAULT_DESCENT`) to the descent of another subset of the same font on the
    page, if one has a descent: the characters of one printed line then share a line.

    A font descriptor that gives no ascent or descent (LibreOffice embeds a CJK face as several
    subsets, each ``/Ascent 0 /Descent 0``) makes PDFium take the descent from the box of the
    glyph at code 103 ('g' in a Latin font): in a subset whose codes follow the order of first
    use, any glyph — a “ sits 0.565 em above the baseline. Such a subset's characters stood up
    to half a font size lower than its sister subsets' on the same line and split it in two."""
    name_of = _font_names(raw, fonts)
    descents: Dict[str, float] = {}
    for font, (d, _) in fonts.items():
        if font not in guessed:
            descents.setdefault(name_of.get(font, ""), d)
    for font, indices in guessed.items():
        name = name_of.get(font, "")
        d = descents.get(name) if name else None
        if d is None or not indices:
            continue
        shift = d - _DEFAULT_DESCENT
        for k in indices:
            c = out[k]
            dy = -shift * c["size"]  # (bottom = baseline - descent x size, in points down the page)
            c["top"] += dy
            c["bottom"] += dy
            c["doctop"] += dy


def _font_names(raw, fonts: Dict[int, tuple]) -> Dict[int, str]:
    """Each font's base name without its subset tag (``ABCDEF+``); "" for a font without one."""
    get_name = ctypes.CFUNCTYPE(ctypes.c_size_t, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t)(
        ctypes.cast(raw.FPDFFont_GetBaseFontName, ctypes.c_void_p).value)
    buf = ctypes.create_string_buffer(256)
    names: Dict[int, str] = {}
    for font in fonts:
        name = ""
        if font:
            size = get_name(font, buf, len(buf))
            if 0 < size <= len(buf):
                name = buf.raw[:size - 1].decode("latin-1")
                if len(name) > 7 and name[6] == "+" and name[:6].isalpha() and name[:6].isupper():
                    name = name[7:]
        names[font] = name
    return names


# ----------------------------------------------------------------------------------------
# ruling lines: paths split the way pdfminer splits them

_PATH_CALLS = None


class _Handle(ctypes.c_void_p):
    """A handle as PDFium returned it: a ctypes object (a subclass is not turned into an int),
    handed back to the calls as it is."""


class _PathCalls(NamedTuple):
    count_objects: object
    get_object: object
    form_count: object
    form_object: object
    get_type: object
    get_matrix: object
    count_segments: object
    get_segment: object
    get_point: object
    segment_type: object
    segment_close: object
    get_clip: object
    clip_paths: object
    clip_segments: object
    clip_segment: object
    fill_colour: object
    stroke_colour: object
    draw_mode: object


def _path_calls(raw) -> _PathCalls:
    """The calls made for every page object and path segment, declared with their result type
    alone (see :func:`_bare`): handles stay :class:`_Handle` objects, passed back unconverted."""
    global _PATH_CALLS
    if _PATH_CALLS is None:
        vp, i = ctypes.c_void_p, ctypes.c_int

        def bare(fn, restype):
            return ctypes.CFUNCTYPE(restype)(ctypes.cast(fn, vp).value)

        _PATH_CALLS = _PathCalls(
            bare(raw.FPDFPage_CountObjects, i), bare(raw.FPDFPage_GetObject, _Handle),
            bare(raw.FPDFFormObj_CountObjects, i),
            # (an unsigned long index: declared, so that the whole register is set)
            ctypes.CFUNCTYPE(_Handle, vp, ctypes.c_ulong)(ctypes.cast(raw.FPDFFormObj_GetObject, vp).value),
            bare(raw.FPDFPageObj_GetType, i), bare(raw.FPDFPageObj_GetMatrix, i),
            bare(raw.FPDFPath_CountSegments, i), bare(raw.FPDFPath_GetPathSegment, _Handle),
            bare(raw.FPDFPathSegment_GetPoint, i), bare(raw.FPDFPathSegment_GetType, i),
            bare(raw.FPDFPathSegment_GetClose, i),
            bare(raw.FPDFPageObj_GetClipPath, _Handle), bare(raw.FPDFClipPath_CountPaths, i),
            bare(raw.FPDFClipPath_CountPathSegments, i), bare(raw.FPDFClipPath_GetPathSegment, _Handle),
            bare(raw.FPDFPageObj_GetFillColor, i), bare(raw.FPDFPageObj_GetStrokeColor, i),
            bare(raw.FPDFPath_GetDrawMode, i))
    return _PATH_CALLS


def _paths(raw, handle, number: int, y_top: float, doctop: float, lines: list, rects: list, curves: list,
           page_box: Optional[Tuple[float, float, float, float]] = None, text_objects: frozenset = frozenset()) -> None:
    """The page's paths as pdfminer's lines, rectangles and curves. ``text_objects``: the addresses
    of text objects (:func:`_chars` met them), passed over without asking PDFium their type."""
    (count_objects, get_object, form_count, form_object, get_type, get_matrix, count_segments, get_segment,
     get_point, segment_type, segment_close, get_clip, clip_paths, clip_segments, clip_segment,
     fill_colour, stroke_colour, draw_mode) = _path_calls(raw)
    calls = (count_segments, get_segment, get_point, segment_type, segment_close)
    paint = _Painter(fill_colour, stroke_colour, draw_mode)
    path_type, form_type = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
    m = raw.FS_MATRIX()
    p_m = ctypes.byref(m)
    x, y = ctypes.c_float(), ctypes.c_float()
    xy = (x, y, ctypes.byref(x), ctypes.byref(y))
    budget = [MAX_PATHS]

    def walk(count, get, holder, parent: Optional[Tuple[float, ...]], depth: int) -> None:
        for k in range(count):
            if budget[0] <= 0:
                return
            obj = get(holder, k)
            if not obj or obj.value in text_objects:
                continue
            kind = get_type(obj)
            if kind == path_type:
                budget[0] -= 1
                if not get_matrix(obj, p_m):
                    continue
                mat = (m.a, m.b, m.c, m.d, m.e, m.f)
                if parent is not None:
                    mat = _multiply(mat, parent)
                before = (len(lines), len(rects), len(curves))
                _path(calls, obj, mat, xy, number, y_top, doctop, lines, rects, curves)
                paint(obj, zip((lines, rects, curves), before))
                if parent is None and (len(lines), len(rects), len(curves)) != before:
                    # (a form's objects' clips are in the form's space: only the page's own are cut)
                    box = _clip_box(obj, get_clip, clip_paths, clip_segments, clip_segment, get_point, xy)
                    if box is not None and (page_box is None or box[1] > page_box[1] + 1 or box[3] < page_box[3] - 1):
                        for kept, start in zip((lines, rects, curves), before):
                            kept[start:] = [o for o in (_clipped(o, box, y_top) for o in kept[start:]) if o is not None]
            elif kind == form_type and depth < MAX_DEPTH:
                if not get_matrix(obj, p_m):
                    continue
                mat = (m.a, m.b, m.c, m.d, m.e, m.f)
                if parent is not None:
                    mat = _multiply(mat, parent)
                walk(form_count(obj), form_object, obj, mat, depth + 1)

    page = ctypes.c_void_p(ctypes.cast(handle, ctypes.c_void_p).value)
    walk(count_objects(page), get_object, page, None, 0)


class _Painter:
    """How a path is painted, on the objects made of it, with pdfminer's names: ``fill`` and
    ``stroke`` (drawn or not), ``non_stroking_color`` and ``stroking_color`` (0–1 RGB). The PDF
    reader leaves out a run of text's white background (:func:`govlint.readers.pdf._run_backgrounds`).
    One a page: the out parameters are made once, and passed to the bare calls as ready ``byref``s."""

    def __init__(self, fill_colour, stroke_colour, draw_mode):
        self.calls = (fill_colour, stroke_colour)
        self.draw_mode = draw_mode
        self.rgba = [ctypes.c_uint() for _ in range(4)]
        self.p_rgba = [ctypes.byref(c) for c in self.rgba]
        self.fill_mode, self.stroke = ctypes.c_int(), ctypes.c_int()
        self.p_modes = (ctypes.byref(self.fill_mode), ctypes.byref(self.stroke))

    def __call__(self, obj, added) -> None:
        """Paints the objects made of the path ``obj`` (``added``: (list, its length before))."""
        added = [(kept, start) for kept, start in added if len(kept) > start]
        if not added:
            return
        rgba, p_rgba = self.rgba, self.p_rgba
        colours = []
        for get in self.calls:
            got = get(obj, *p_rgba)
            colours.append(tuple(c.value / 255 for c in rgba[:3]) if got else None)
        if not self.draw_mode(obj, *self.p_modes):
            return
        paint = {"fill": bool(self.fill_mode.value), "stroke": bool(self.stroke.value),
                 "non_stroking_color": colours[0], "stroking_color": colours[1]}
        for kept, start in added:
            for o in kept[start:]:
                o.update(paint)


def _clip_box(obj, get_clip, clip_paths, clip_segments, clip_segment, get_point,
              xy) -> Optional[Tuple[float, float, float, float]]:
    """The rectangle (x0, y0, x1, y1, PDF coordinates) a page object is clipped to, when its
    clip is one rectangle; None when it has no clip or another shape (left as drawn)."""
    x, y, p_x, p_y = xy
    clip = get_clip(obj)
    if not clip or clip_paths(clip) != 1:
        return None
    n = clip_segments(clip, 0)
    if not 4 <= n <= 5:
        return None
    pts = []
    for k in range(n):
        seg = clip_segment(clip, 0, k)
        if not seg or not get_point(seg, p_x, p_y):
            return None
        pts.append((round(x.value, 3), round(y.value, 3)))
    xs, ys = sorted({p[0] for p in pts}), sorted({p[1] for p in pts})
    if len(xs) != 2 or len(ys) != 2:
        return None  # not a rectangle upright on the page
    return xs[0], ys[0], xs[1], ys[1]


def _clipped(o: dict, box: Tuple[float, float, float, float], y_top: float) -> Optional[dict]:
    """``o`` (a line, rectangle or curve; PDF coordinates in ``y0``/``y1``) cut at the top and
    foot of ``box``; None when it stands wholly above or below it. A curve, or a line neither
    across nor upright (no table's rule), is kept whole while any of it is level with the box."""
    y0, y1 = max(o["y0"], box[1]), min(o["y1"], box[3])
    if y0 > y1 + 0.01:
        return None  # wholly above or below
    y1 = max(y0, y1)
    if (y0, y1) == (o["y0"], o["y1"]):
        return o
    if o["object_type"] == "curve" or o["object_type"] == "line" and o["x0"] != o["x1"] and o["y0"] != o["y1"]:
        return o
    if y0 == y1 and o["y1"] > o["y0"] and o["x0"] == o["x1"]:
        return None  # an upright line cut to a point
    top, bottom = y_top - y1, y_top - y0
    out = {**o, "y0": y0, "y1": y1, "top": top, "bottom": bottom, "doctop": o["doctop"] - o["top"] + top,
           "height": y1 - y0}
    if "pts" in o:  # (a line across or upright: its two ends, in pdfplumber's coordinates)
        out["pts"] = [(px, min(max(py, top), bottom)) for px, py in o["pts"]]
    return out


def _multiply(a: Tuple[float, ...], b: Tuple[float, ...]) -> Tuple[float, ...]:
    """The matrix that applies ``a`` then ``b`` (PDF row-vector convention: a × b)."""
    a0, a1, a2, a3, a4, a5 = a
    b0, b1, b2, b3, b4, b5 = b
    return (a0 * b0 + a1 * b2, a0 * b1 + a1 * b3,
            a2 * b0 + a3 * b2, a2 * b1 + a3 * b3,
            a4 * b0 + a5 * b2 + b4, a4 * b1 + a5 * b3 + b5)


def _path(calls, obj, mat, xy, number: int, y_top: float, doctop: float, lines: list, rects: list,
          curves: list) -> None:
    count_segments, get_segment, get_point, segment_type, segment_close = calls
    x, y, p_x, p_y = xy
    n = count_segments(obj)
    if n <= 0:
        return
    a, b, c, d, e, f = mat
    ops: List[Tuple[str, Tuple[float, float]]] = []
    start: Optional[Tuple[float, float]] = None
    bezier = 0
    for k in range(n):
        seg = get_segment(obj, k)
        if not seg or not get_point(seg, p_x, p_y):
            continue
        px, py = x.value, y.value
        # PDFium keeps coordinates as 32-bit floats: 56.7 comes back as 56.70000076; the PDF said 56.7
        pt = (round(a * px + c * py + e, 3), round(b * px + d * py + f, 3))
        kind = segment_type(seg)
        if kind == 2:  # move to: a new subpath
            _subpath(ops, number, y_top, doctop, lines, rects, curves)
            ops = [("m", pt)]
            start = pt
            bezier = 0
        elif kind == 1:  # one point of a Bézier curve: pdfminer keeps the third (its end)
            bezier += 1
            if bezier % 3 == 0:
                ops.append(("c", pt))
        else:
            ops.append(("l", pt))
        if segment_close(seg) and start is not None:
            ops.append(("h", start))
    _subpath(ops, number, y_top, doctop, lines, rects, curves)


def _subpath(ops, number: int, y_top: float, doctop: float, lines: list, rects: list, curves: list) -> None:
    """One subpath as pdfminer's converter makes it: a line, a rectangle or a curve."""
    if len(ops) < 2 or ops[0][0] != "m":
        return
    shape = "".join(o for o, _ in ops)
    pts = [p for _, p in ops]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in ("ml", "mlh"):
        (x0, y0), (x1, y1) = pts[0], pts[1]
        lines.append(_obj("line", min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1), number, y_top, doctop,
                          [pts[0], pts[1]]))
        return
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        if pts[0] == pts[4] and ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                                 or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)):
            rects.append(_obj("rect", min(x0, x2), max(x0, x2), min(y0, y2), max(y0, y2), number, y_top, doctop,
                              None))
            return
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    curves.append(_obj("curve", min(xs), max(xs), min(ys), max(ys), number, y_top, doctop, pts))


def _obj(kind: str, x0: float, x1: float, y0: float, y1: float, number: int, y_top: float, doctop: float,
         pts) -> dict:
    top = y_top - y1
    bottom = y_top - y0
    o = {"object_type": kind, "page_number": number, "x0": x0, "x1": x1, "y0": y0, "y1": y1,
         "top": top, "bottom": bottom, "doctop": doctop + top, "width": x1 - x0, "height": y1 - y0}
    if pts is not None:
        o["pts"] = [(px, y_top - py) for px, py in pts]
    return o


# ----------------------------------------------------------------------------------------
# the page pdfplumber sees

_PAGE_CLASS = None


def plumber_page(objects: Dict[str, list], bbox: Tuple[float, float, float, float], number: int):
    """A pdfplumber page over ready objects: its table finder, filters and text lines work on
    them as on a page pdfminer read."""
    global _PAGE_CLASS
    if _PAGE_CLASS is None:
        from functools import lru_cache

        from pdfplumber.page import Page

        class PdfiumPage(Page):
            """A pdfplumber page whose objects came from PDFium."""

            def __init__(self, objects, bbox, number):  # noqa: D401 - no pdfminer page behind it
                self.pdf = None
                self.root_page = self
                self.page_obj = None
                self.page_number = number
                self.initial_doctop = 0
                self.rotation = 0
                self.mediabox = self.cropbox = self.bbox = bbox
                self._pdfium_objects = objects
                self.get_textmap = lru_cache()(self._get_textmap)

            @property
            def objects(self):
                return self._pdfium_objects

            def close(self) -> None:
                self.flush_cache()
                self.get_textmap.cache_clear()
                self._pdfium_objects = {}

        _PAGE_CLASS = PdfiumPage
    return _PAGE_CLASS(objects, bbox, number)
