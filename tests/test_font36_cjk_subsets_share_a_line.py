"""LibreOffice's PDFs: a CJK face embedded as several subsets whose descriptors give no descent.

LibreOffice embeds a CJK face as Type-1 subsets of at most 255 glyphs, codes in order of first
use, each font descriptor ``/Ascent 0 /Descent 0``. PDFium then takes a subset's descent from
the box of the glyph at code 103 ('g' in a Latin font): in the PDF here (built by
data/font36/make_subsets_pdf.py from invented characters) that glyph is a quotation mark, whose
box starts 0.565 em above the baseline, while the next subset's glyph there gives -0.119 em.
The reader took the descent's magnitude: the first subset's characters stood ~7 pt lower than
the second's on the same printed line, so the line split in two and a table cell mixing both
subsets read "醋 簇 促被 奔 苯" for "被醋奔簇苯促". pdfminer (the descriptor's 0 for both) and
pdftotext read it right.
"""
import ctypes
from pathlib import Path

import pypdfium2.raw as raw

from govlint.readers import TableBlock, TextBlock, read
from govlint.readers import pdf as pdf_reader
from govlint.readers import pdfium

PDF = Path(__file__).parent / "data" / "font36" / "libreoffice-cjk-subsets-quote-at-code-103.pdf"

#: the table's label cells, each alternating a character of the first subset and one of the next
ROWS = (("被醋奔簇苯促", "1"), ("绷摧甭崔泵催", "2"), ("鼻淬比翠鄙村", "3"))
#: the paragraph printed as one line, alternating the two subsets the same way
LINE = "抱垂报春暴椿豹醇鲍唇爆淳杯纯碑蠢悲戳卑绰北疵辈茨"


def _table(doc):
    tables = [b for b in doc.own_blocks if isinstance(b, TableBlock)]
    assert len(tables) == 1
    return tuple(tuple(c.text for c in row) for row in tables[0].rows)


def test_libreoffice_cells_mixing_two_subsets_of_a_cjk_font_read_in_order(monkeypatch):
    """As pdfminer reads them (it takes the descriptors' 0 for every subset)."""
    monkeypatch.setattr(pdf_reader, "ENGINE", "pdfminer")
    assert _table(read(PDF)) == ROWS
    monkeypatch.setattr(pdf_reader, "ENGINE", "pdfium")
    assert _table(read(PDF)) == ROWS


def test_libreoffice_line_mixing_two_subsets_is_one_line_of_characters(monkeypatch):
    """Every character of a printed line has its top within a point of the others (the 3-pt line
    tolerance of the PDF reader groups them), whichever subset draws it."""
    data = PDF.read_bytes()
    doc = pdfium.open_document(data)
    chars = []
    for i in range(len(doc)):
        objects, _ = pdfium.page_objects(doc[i], i + 1)
        chars += objects["char"]
    drawn = "".join(c["text"] for c in chars)  # (in the order they are drawn)
    for text in (LINE,) + tuple(row[0] for row in ROWS):
        at = drawn.index(text)
        tops = [c["top"] for c in chars[at:at + len(text)]]
        assert max(tops) - min(tops) < 1.0, text
    monkeypatch.setattr(pdf_reader, "ENGINE", "pdfium")
    assert LINE in [b.text for b in read(PDF).own_blocks if isinstance(b, TextBlock)]


def test_a_subset_tag_is_not_part_of_the_fonts_name():
    """Subsets are matched by their base font's name without the ``ABCDEF+`` tag."""
    data = PDF.read_bytes()
    doc = pdfium.open_document(data)
    page = doc[len(doc) - 1]
    fonts = {}
    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, k)
        if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_TEXT:
            fonts[ctypes.cast(raw.FPDFTextObj_GetFont(obj), ctypes.c_void_p).value] = None
    names = set(pdfium._font_names(raw, fonts).values())
    assert "NotoSansCJKjp-Regular-VKana" in names
    assert not any("+" in n for n in names)
