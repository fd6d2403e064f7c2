"""What real Word and WPS files hold and python-docx does not write: tracked changes (w:ins,
w:del, w:moveFrom / w:moveTo), content controls (w:sdt), fields, text boxes (mc:AlternateContent
with its Choice and its Fallback), tables nested in layout tables, line breaks and tabs in cells.

Each function edits the ``word/document.xml`` of a Word document the harness wrote
(:func:`harness.docx_styles.write_docx`) the way Word or WPS would have written it, so a test can
check that govlint reads the edited file as it reads the plain one. The reports stay the harness's
invented ones; only the XML is changed.
"""
from __future__ import annotations

import copy
import zipfile
from pathlib import Path
from typing import Callable, List, Optional

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
V = "urn:schemas-microsoft-com:vml"


def q(tag: str) -> str:
    return "{%s}%s" % (W, tag)


def element(tag: str, **attrs) -> etree._Element:
    el = etree.Element(q(tag))
    for k, v in attrs.items():
        el.set(q(k), v)
    return el


def text_of(el) -> str:
    return "".join(t.text or "" for t in el.iter(q("t")))


def run(text: str, tag: str = "t") -> etree._Element:
    r = element("r")
    t = etree.SubElement(r, q(tag))
    t.text = text
    return r


def edit(source: Path, target: Path, change: Callable[[etree._Element], None]) -> Path:
    """A copy of the Word document ``source`` at ``target`` with ``change`` made to its main part."""
    with zipfile.ZipFile(source) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    change(root)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return target


def cell(root, text: str, n: int = 0):
    """The ``n``-th table cell whose text is ``text``."""
    return [c for c in root.iter(q("tc")) if text_of(c) == text][n]


def table(root, holding: str):
    """The first table whose text holds ``holding``."""
    return next(t for t in root.iter(q("tbl")) if holding in text_of(t))


def body(root):
    return root.find(q("body"))


def paragraph_run(root, starting: str):
    """The run whose text starts with ``starting``."""
    return next(r for r in root.iter(q("r")) if text_of(r).startswith(starting))


# ----------------------------------------------------------------------------------------
# tracked changes

def replace_tracked(r, old: str, new: str) -> None:
    """The run ``r`` (text ``… old …``) as Word keeps a revision: the old number deleted
    (w:del/w:delText), the new one inserted (w:ins) in its place."""
    text = text_of(r)
    before, after = text.split(old, 1)
    parent, k = r.getparent(), r.getparent().index(r)
    parent.remove(r)
    deleted = element("del", id="901", author="审核人", date="2025-01-10T09:00:00Z")
    deleted.append(run(old, "delText"))
    inserted = element("ins", id="902", author="审核人", date="2025-01-10T09:00:00Z")
    inserted.append(run(new))
    pieces = ([run(before)] if before else []) + [deleted, inserted] + ([run(after)] if after else [])
    for j, piece in enumerate(pieces):
        parent.insert(k + j, piece)


def moved_from(r, text: str) -> None:
    """Text that was moved away from here (w:moveFrom: Word keeps its runs as w:t, the moved
    text is read where w:moveTo put it), before the run ``r``."""
    mark = element("moveFrom", id="903", author="审核人", date="2025-01-10T09:00:00Z")
    mark.append(run(text))
    r.addprevious(mark)


# ----------------------------------------------------------------------------------------
# content controls

def wrap(el, tag: str = "sdt") -> None:
    """``el`` inside a content control (w:sdt/w:sdtContent) where it stands."""
    sdt = element(tag)
    etree.SubElement(sdt, q("sdtPr"))
    content = etree.SubElement(sdt, q("sdtContent"))
    el.addprevious(sdt)
    content.append(el)


# ----------------------------------------------------------------------------------------
# fields

def formula_field(r, code: str = " =SUM(LEFT) ") -> None:
    """The run ``r`` as the shown result of a field (w:fldChar begin, w:instrText, separate, end)."""
    parent = r.getparent()
    def char(kind):
        c = element("r")
        c.append(element("fldChar", fldCharType=kind))
        return c
    instr = run(code, "instrText")
    r.addprevious(char("begin"))
    r.addprevious(instr)
    r.addprevious(char("separate"))
    r.addnext(char("end"))
    assert parent is r.getparent()


def page_number_paragraph(root, shown: str = "2") -> None:
    """A paragraph "— N —" with N a w:fldSimple PAGE field, at the end of the body."""
    p = element("p")
    p.append(run("— "))
    field = element("fldSimple", instr=" PAGE ")
    field.append(run(shown))
    p.append(field)
    p.append(run(" —"))
    b = body(root)
    b.insert(len(b) - 1, p)


# ----------------------------------------------------------------------------------------
# text boxes

def _box(texts: List[str]):
    box = element("txbxContent")
    for t in texts:
        p = etree.SubElement(box, q("p"))
        p.append(run(t))
    return box


def text_box(texts: List[str], fallback: bool = True, vml_only: bool = False):
    """A run holding a text box with ``texts`` as Word 2010+ writes it: mc:AlternateContent, the
    DrawingML shape (wps:txbx) in its Choice and the same text again in the VML Fallback; or
    (``vml_only``) the VML shape alone (w:pict), as older Word and WPS write it."""
    r = element("r")
    if vml_only:
        pict = etree.SubElement(r, q("pict"))
        shape = etree.SubElement(pict, "{%s}shape" % V)
        etree.SubElement(shape, "{%s}textbox" % V).append(_box(texts))
        return r
    alt = etree.SubElement(r, "{%s}AlternateContent" % MC)
    choice = etree.SubElement(alt, "{%s}Choice" % MC)
    choice.set("Requires", "wps")
    drawing = etree.SubElement(choice, q("drawing"))
    anchor = etree.SubElement(drawing, "{%s}anchor" % WP)
    graphic = etree.SubElement(anchor, "{%s}graphic" % A)
    data = etree.SubElement(graphic, "{%s}graphicData" % A)
    shape = etree.SubElement(data, "{%s}wsp" % WPS)
    etree.SubElement(shape, "{%s}txbx" % WPS).append(_box(texts))
    if fallback:
        back = etree.SubElement(alt, "{%s}Fallback" % MC)
        pict = etree.SubElement(back, q("pict"))
        vshape = etree.SubElement(pict, "{%s}shape" % V)
        etree.SubElement(vshape, "{%s}textbox" % V).append(_box(texts))
    return r


# ----------------------------------------------------------------------------------------
# tables

def in_layout_table(root) -> None:
    """The whole body inside the one cell of a one-column table (a page frame)."""
    b = body(root)
    kids = [x for x in b if x.tag != q("sectPr")]
    frame = element("tbl")
    tc = etree.SubElement(etree.SubElement(frame, q("tr")), q("tc"))
    kids[0].addprevious(frame)
    for k in kids:
        tc.append(k)
    etree.SubElement(tc, q("p"))


def beside_a_note(tbl, note: str) -> None:
    """The table ``tbl`` in the left cell of a two-column layout table, ``note`` in the right."""
    outer = element("tbl")
    tr = etree.SubElement(outer, q("tr"))
    left, right = etree.SubElement(tr, q("tc")), etree.SubElement(tr, q("tc"))
    tbl.addprevious(outer)
    left.append(tbl)
    etree.SubElement(left, q("p"))
    etree.SubElement(right, q("p")).append(run(note))


def copy_of(el):
    return copy.deepcopy(el)


# ----------------------------------------------------------------------------------------
# sections

def _section_break(width: int, height: int, landscape: bool):
    """A paragraph ending a section of pages ``width`` × ``height`` (twentieths of a point)."""
    p = element("p")
    ppr = etree.SubElement(p, q("pPr"))
    sect = etree.SubElement(ppr, q("sectPr"))
    size = etree.SubElement(sect, q("pgSz"))
    size.set(q("w"), str(width))
    size.set(q("h"), str(height))
    if landscape:
        size.set(q("orient"), "landscape")
    margins = etree.SubElement(sect, q("pgMar"))
    for side in ("top", "right", "bottom", "left"):
        margins.set(q(side), "1418")
    for side in ("header", "footer", "gutter"):
        margins.set(q(side), "0" if side == "gutter" else "851")
    return p


def landscape_between(root, first: str, last: str) -> None:
    """The pages from the paragraph starting ``first`` up to (not including) the one starting
    ``last`` in a landscape section of their own (Word: 布局 → 纸张方向 → 横向, for a wide table)."""
    paragraphs = [p for p in body(root) if p.tag == q("p")]
    start = next(p for p in paragraphs if text_of(p).startswith(first))
    end = next(p for p in paragraphs if text_of(p).startswith(last))
    start.addprevious(_section_break(11906, 16838, False))   # the portrait pages before
    end.addprevious(_section_break(16838, 11906, True))       # the landscape pages


def two_columns_between(root, first: str, last: Optional[str] = None, columns: int = 2) -> None:
    """The paragraphs from the one starting ``first`` up to (not including) the one starting
    ``last`` (to the end when None) in a section of their own set in ``columns`` columns (Word:
    布局 → 栏 → 两栏), as bulletins and some offices set their prose. The last paragraphs
    starting so are taken (not a table of contents' entries)."""
    paragraphs = [p for p in body(root) if p.tag == q("p")]
    end = None if last is None else [p for p in paragraphs if text_of(p).startswith(last)][-1]
    before = paragraphs if end is None else paragraphs[:paragraphs.index(end)]
    start = [p for p in before if text_of(p).startswith(first)][-1]
    start.addprevious(_section_break(11906, 16838, False))   # the pages before, one column
    if end is None:
        sect = body(root).find(q("sectPr"))
    else:
        brk = _section_break(11906, 16838, False)             # the section in columns
        end.addprevious(brk)
        sect = brk.find(q("pPr")).find(q("sectPr"))
    for old in sect.findall(q("type")) + sect.findall(q("cols")):
        sect.remove(old)
    sect.insert(0, element("type", val="continuous"))  # (the section goes on on the same page)
    cols = etree.SubElement(sect, q("cols"))
    cols.set(q("num"), str(columns))
    cols.set(q("space"), "425")


def embedded_worksheet():
    """A paragraph holding an embedded Excel worksheet (w:object: its VML picture and the
    OLE object), as a table pasted from Excel "as an object" is kept: Word shows its picture."""
    o = "urn:schemas-microsoft-com:office:office"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    p = element("p")
    obj = etree.SubElement(etree.SubElement(p, q("r")), q("object"))
    shape = etree.SubElement(obj, "{%s}shape" % V)
    shape.set("style", "width:450pt;height:600pt")
    etree.SubElement(shape, "{%s}imagedata" % V).set("{%s}id" % r, "rId901")
    ole = etree.SubElement(obj, "{%s}OLEObject" % o)
    ole.set("ProgID", "Excel.Sheet.12")
    ole.set("{%s}id" % r, "rId902")
    return p


def picture_run():
    """A run holding an inline picture (w:drawing/wp:inline), its image data left out."""
    r = element("r")
    etree.SubElement(etree.SubElement(r, q("drawing")), "{%s}inline" % WP)
    return r
