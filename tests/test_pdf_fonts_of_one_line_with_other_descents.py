"""Two fonts on one line whose descriptors give other descents and the same ascent: a browser's print of a
web page set a label's item number in one font (/Descent -279) and its words in another (/Descent -120),
both /Ascent 880. Placed over their descents, the number's characters stood 3 pt lower than the words',
more than the 3 pt within which a cell's characters are one line: the cell read "属于国家秘密1." and each
sub-item of 表三 was a V502 (voices54e: 57 in one report). A face whose ascent and descent span well over
its size (0.88 + 0.279; Word's embedded Times digits 1.039 + 0.306) is placed as a CJK face is on the same
baseline, its box the em square over a descent of 0.12.

The PDF is written here by hand (two TrueType fonts, not embedded, each with its own descriptor), so the
descents are exactly those of the print.
"""
from govlint.readers import pdf as P
from govlint.readers import pdfium

WORDS = b"Shuyu guojia mimi"


def _pdf(descents) -> bytes:
    content = b"BT /F1 19 Tf 72 700 Td (1.) Tj /F2 19 Tf (" + WORDS + b") Tj ET BT /F2 19 Tf 400 700 Td (0) Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    for k in range(len(descents)):
        objs.append(b"<< /Type /Font /Subtype /TrueType /BaseFont /Face%d /FirstChar 32 /LastChar 126 /Widths [%s]"
                    b" /FontDescriptor %d 0 R /Encoding /WinAnsiEncoding >>" % (k, b" ".join([b"550"] * 95), 7 + k))
    for k, d in enumerate(descents):
        objs.append(b"<< /Type /FontDescriptor /FontName /Face%d /Flags 32 /FontBBox [-200 %d 1000 880] /ItalicAngle 0"
                    b" /Ascent 880 /Descent %d /CapHeight 700 /StemV 80 >>" % (k, d, d))
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def _chars(descents):
    doc = pdfium.open_document(_pdf(descents))
    objects, _ = pdfium.page_objects(doc[0], 1)
    return objects["char"]


def test_characters_of_one_baseline_share_their_top_whatever_their_fonts_descents():
    chars = _chars([-279, -120])
    assert [c["text"] for c in chars[:3]] == ["1", ".", "S"]
    assert len({round(c["top"], 2) for c in chars}) == 1
    assert len({round(c["bottom"], 2) for c in chars}) == 1


def test_a_cell_of_two_fonts_reads_as_one_line_in_its_order():
    chars = [c for c in _chars([-279, -120]) if c["x0"] < 300]
    assert P._cell_text(chars) == "1." + WORDS.decode()


def test_one_font_is_placed_as_before():
    """(A font's box under its ascent is where its descent put it when the two make one font size:
    /Ascent 880 /Descent -120.)"""
    (c, *_) = _chars([-120, -120])
    assert round(c["top"], 2) == round(842 - 700 - 0.88 * 19, 2)
