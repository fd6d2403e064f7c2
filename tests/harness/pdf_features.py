"""What real PDF reports are beyond a word processor's export: a cover page before the report,
a page scanned among text pages, a wholly scanned report, a page turned landscape by the
printer (/Rotate), two pages printed side by side on one sheet (two-up), fonts with no Unicode
map.

Each function takes a PDF the harness made (LibreOffice's export of a harness Word document)
and writes a copy with the change, with pypdfium2 (govlint's own PDF engine) and, for a cover
page, reportlab. The reports stay the harness's invented ones.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, List, Optional


def _open(path: Path):
    import pypdfium2 as pdfium
    return pdfium.PdfDocument(str(path))


def _save(doc, target: Path) -> Path:
    with open(target, "wb") as f:
        doc.save(f)
    doc.close()
    return target


def page_texts(path: Path) -> List[str]:
    doc = _open(path)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def _image_page(doc, source_page, index: int, scale: float = 1.5) -> None:
    """A new page at ``index`` the size of ``source_page`` holding only its picture (a scan)."""
    import pypdfium2 as pdfium

    width, height = source_page.get_size()
    bitmap = source_page.render(scale=scale, grayscale=True)
    page = doc.new_page(width, height, index=index)
    image = pdfium.PdfImage.new(doc)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(image)
    page.gen_content()


def scanned(source: Path, target: Path, pages: Optional[Iterable[int]] = None) -> Path:
    """A copy of ``source`` with ``pages`` (0-based; all when None) replaced by their pictures."""
    doc = _open(source)
    which = set(range(len(doc))) if pages is None else set(pages)
    for i in sorted(which):
        original = doc[i]
        _image_page(doc, original, i)
        doc.del_page(i + 1)
    return _save(doc, target)


def with_seal_page(source: Path, target: Path, side: float = 57.0) -> Path:
    """A copy with one more page at the end holding only a small square picture (``side`` points, a
    seal's or an emblem's size: a Word file's stamp image pushed onto a page of its own)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = _open(source)
    width, height = doc[0].get_size()
    page = doc.new_page(width, height, index=len(doc))
    bitmap = pdfium.PdfBitmap.new_native(32, 32, raw.FPDFBitmap_BGR)
    bitmap.fill_rect((200, 30, 30, 255), 0, 0, 32, 32)  # (a red square)
    image = pdfium.PdfImage.new(doc)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(side, side).translate(width * 0.6, height - 2 * side))
    page.insert_obj(image)
    page.gen_content()
    return _save(doc, target)


def page_holding(source: Path, text: str) -> int:
    """The first page (0-based) whose text holds ``text``."""
    return next(i for i, t in enumerate(page_texts(source)) if text in t.replace("\r\n", "").replace(" ", ""))


def rotated(source: Path, target: Path, pages: Iterable[int], degrees: int = 90) -> Path:
    """A copy with ``pages`` carrying /Rotate ``degrees`` (the page shown turned; its text as drawn)."""
    doc = _open(source)
    for i in pages:
        doc[i].set_rotation(degrees)
    return _save(doc, target)


def two_up(source: Path, target: Path) -> Path:
    """Two pages side by side on each landscape sheet, as a printer's "2 pages per sheet" does."""
    import pypdfium2 as pdfium

    src = _open(source)
    out = pdfium.PdfDocument.new()
    width, height = src[0].get_size()
    for k in range(0, len(src), 2):
        sheet = out.new_page(height, width, index=len(out))  # the portrait page's sheet, turned
        sw, sh = sheet.get_size()
        scale = min(sw / 2 / width, sh / height)
        for j, i in enumerate(range(k, min(k + 2, len(src)))):
            xobject = src.page_as_xobject(i, out)
            obj = xobject.as_pageobject()
            obj.set_matrix(pdfium.PdfMatrix().scale(scale, scale).translate(j * sw / 2, (sh - height * scale) / 2))
            sheet.insert_obj(obj)
        sheet.gen_content()
    src.close()
    return _save(out, target)


def with_cover(source: Path, target: Path, lines: List[str], work: Path) -> Path:
    """``lines`` on a cover page (reportlab, the Adobe CJK font STSong-Light) before the report."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    cover = work / "cover-page-only.pdf"
    c = canvas.Canvas(str(cover), pagesize=A4)
    y = A4[1] * 0.65
    for k, line in enumerate(lines):
        size = 22 if k < 2 else 16
        c.setFont("STSong-Light", size)
        c.drawCentredString(A4[0] / 2, y, line)
        y -= size * 2.2 if k < len(lines) - 3 else size * 1.8
    c.showPage()
    c.save()
    doc = _open(cover)
    src = _open(source)
    doc.import_pages(src)
    src.close()
    return _save(doc, target)


def fonts_with_unicode_maps(source: Path) -> int:
    """How many fonts of ``source`` carry a /ToUnicode map (as written: LibreOffice writes its
    font dictionaries uncompressed)."""
    return source.read_bytes().count(b"/ToUnicode")


def without_unicode(source: Path, target: Path, which: Optional[int] = None) -> Path:
    """A copy whose ``which``-th font (all when None) has lost its /ToUnicode map, as fonts some
    PDF producers embed: their characters come out as nothing readable. The key is renamed in
    place (same length: the cross-reference offsets stay right)."""
    data = source.read_bytes()
    key, other = b"/ToUnicode", b"/ToUnicodX"
    if which is None:
        data = data.replace(key, other)
    else:
        at = -1
        for _ in range(which + 1):
            at = data.index(key, at + 1)
        data = data[:at] + other + data[at + len(key):]
    target.write_bytes(data)
    return target



def picture_under_text(source: Path, target: Path, pages: Optional[Iterable[int]] = None) -> Path:
    """A copy whose ``pages`` (all when None) carry their own picture where their text is, as a
    scanned report made searchable by OCR does (the recognised text on the page's scan)."""
    import pypdfium2 as pdfium

    doc = _open(source)
    for i in (range(len(doc)) if pages is None else pages):
        page = doc[i]
        width, height = page.get_size()
        bitmap = page.render(scale=1, grayscale=True)
        image = pdfium.PdfImage.new(doc)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        page.insert_obj(image)  # (drawn last: for reading, where it stands is what counts)
        page.gen_content()
    return _save(doc, target)


def watermarked(source: Path, target: Path, text: str, work: Path, angle: float = 45) -> Path:
    """A copy with ``text`` drawn large, light and turned ``angle`` degrees across the middle of
    every page (a web site's or an office's watermark), over the page's content."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    mark = work / "watermark-only.pdf"
    c = canvas.Canvas(str(mark), pagesize=A4)
    c.setFillGray(0.85)
    c.setFont("STSong-Light", 40)
    c.translate(A4[0] / 2, A4[1] / 2)
    c.rotate(angle)
    c.drawCentredString(0, 0, text)
    c.showPage()
    c.save()
    doc, overlay = _open(source), _open(mark)
    for i in range(len(doc)):
        page = doc[i]
        obj = overlay.page_as_xobject(0, doc).as_pageobject()
        width, height = page.get_size()
        obj.set_matrix(pdfium.PdfMatrix().scale(width / A4[0], height / A4[1]))
        page.insert_obj(obj)
        page.gen_content()
    overlay.close()
    return _save(doc, target)


def sealed(source: Path, target: Path, near: str, work: Path, name: str = "示例镇人民政府",
           radius: float = 60) -> Path:
    """A copy with an office's seal drawn as vectors over the text ``near`` on the last page it
    is found on: a red circle, a star and the office's name set round the circle a character at
    a time, each character turned (as an electronic seal's text is)."""
    import math

    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    doc = _open(source)
    index = max(i for i in range(len(doc)) if near in doc[i].get_textpage().get_text_range().replace(" ", ""))
    page = doc[index]
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    compact = text.replace(" ", "")
    at = compact.rindex(near)  # (the last: the signature and the date close the report)
    k = [j for j, ch in enumerate(text) if ch != " "][at]  # the character's index in the page's text
    left, bottom, right, top = textpage.get_charbox(k)
    width, height = page.get_size()
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    stamp = work / "seal-only.pdf"
    c = canvas.Canvas(str(stamp), pagesize=(width, height))
    cx, cy = left + 40, (bottom + top) / 2
    c.setStrokeColorRGB(0.85, 0.1, 0.1)
    c.setFillColorRGB(0.85, 0.1, 0.1)
    c.setLineWidth(2)
    c.circle(cx, cy, radius)
    c.setFont("STSong-Light", 12)
    n = len(name)
    for j, ch in enumerate(name):
        angle = math.radians(210 - j * 240 / max(1, n - 1))
        c.saveState()
        c.translate(cx + (radius - 16) * math.cos(angle), cy + (radius - 16) * math.sin(angle))
        c.rotate(math.degrees(angle) - 90)
        c.drawCentredString(0, -4, ch)
        c.restoreState()
    c.drawCentredString(cx, cy - 4, "★")
    c.showPage()
    c.save()
    overlay = _open(stamp)
    obj = overlay.page_as_xobject(0, doc).as_pageobject()
    page.insert_obj(obj)
    page.gen_content()
    overlay.close()
    return _save(doc, target)


def landscape_as_turned_portrait(source: Path, target: Path, degrees: int = 90) -> Path:
    """A copy whose landscape pages are stored as some printers and scanners store them: a
    portrait page with /Rotate 90 (or 270), its content drawn turned a quarter the other way so
    that it shows upright (the text runs up, or down, the unturned page)."""
    import pypdfium2 as pdfium

    src = _open(source)
    out = pdfium.PdfDocument.new()
    for i in range(len(src)):
        width, height = src[i].get_size()
        if width <= height:
            out.import_pages(src, [i])
            continue
        page = out.new_page(height, width, index=len(out))  # portrait: height × width
        obj = src.page_as_xobject(i, out).as_pageobject()
        if degrees == 90:  # shown turned 90° clockwise, the content is drawn turned 90° anticlockwise
            obj.set_matrix(pdfium.PdfMatrix().rotate(90, ccw=True).translate(height, 0))
        else:  # and the other way round
            obj.set_matrix(pdfium.PdfMatrix().rotate(90).translate(0, width))
        page.insert_obj(obj)
        page.gen_content()
        page.set_rotation(degrees)
    src.close()
    return _save(out, target)


def drawn_char_by_char(source: Path, target: Path, work: Path) -> Path:
    """A copy drawn as WPS's "export to PDF" draws a page: every character a text object of its
    own at its place, no space between words or cells (a gap only), the rules as thin filled
    rectangles. The characters (their text, place and size) and the rules are the source's as
    the PDF reader's PDFium layer reads them; the font is reportlab's STSong-Light."""
    import pypdfium2 as pdfium
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from govlint.readers import pdfium as reader

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    src = _open(source)
    c = None
    for i in range(len(src)):
        page = src[i]
        width, height = page.get_size()
        objects, _ = reader.page_objects(page, i + 1)
        if c is None:
            c = canvas.Canvas(str(target), pagesize=(width, height))
        else:
            c.setPageSize((width, height))
        for ch in objects["char"]:
            if not ch["text"].strip():
                continue
            size = ch["size"]
            c.setFont("STSong-Light", size)
            # the baseline: the box's bottom less the descent PDFium read (~0.12 em)
            c.drawString(ch["x0"], height - ch["bottom"] + 0.12 * size, ch["text"])
        c.setLineWidth(0.5)
        for kind in ("line", "rect"):
            for e in objects.get(kind, ()):
                if kind == "rect" and min(e["x1"] - e["x0"], e["bottom"] - e["top"]) > 2:
                    c.rect(e["x0"], height - e["bottom"], e["x1"] - e["x0"], e["bottom"] - e["top"], stroke=1, fill=0)
                else:
                    c.rect(e["x0"], height - e["bottom"], max(e["x1"] - e["x0"], 0.5), max(e["bottom"] - e["top"], 0.5),
                           stroke=0, fill=1)
        c.showPage()
    src.close()
    c.save()
    return target
