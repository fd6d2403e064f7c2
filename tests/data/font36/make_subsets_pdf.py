"""Builds libreoffice-cjk-subsets-quote-at-code-103.pdf for tests/test_font36_cjk_subsets_share_a_line.py.

LibreOffice (``soffice --convert-to pdf``) embeds the CJK face as Type-1 subsets of at most 255
glyphs, codes in order of first use, each descriptor ``/Ascent 0 /Descent 0``. The first paragraph
puts a quotation mark at the first subset's code 103 (PDFium then takes that subset's descent from
the mark's box: +0.565 em) and fills the subset; the second paragraph is one printed line whose
characters alternate between the first subset and the next; the table's label cells do the same.
The characters are GB2312 level-1 characters in code order (no text of any report).

Usage: ``python make_subsets_pdf.py 137`` (the mark after that many characters: with LibreOffice
7.4 it lands at code 103; check with pdfminer's ToUnicode map of the first subset), then
``mv subsets.pdf libreoffice-cjk-subsets-quote-at-code-103.pdf``.
"""
import subprocess, sys
pool = []
for hi in range(0xB0, 0xC4):
    for lo in range(0xA1, 0xFF):
        try:
            pool.append(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
k = int(sys.argv[1]) if len(sys.argv) > 1 else 137
first = "".join(pool[:k]) + "\u201c" + "".join(pool[k:300])
line = "".join(pool[100 + i] + pool[400 + i] for i in range(12))
span = '<p style="line-height:40px"><span style="font-size:21px;font-family:仿宋_GB2312">{}</span></p>'
cell = '<td style="border:1px solid #000;padding:4px"><span style="font-size:21px;font-family:仿宋_GB2312">{}</span></td>'
rows = [("".join(pool[120 + 6 * r + i] + pool[430 + 6 * r + i] for i in range(3)), str(r + 1)) for r in range(3)]
table = ('<table style="border-collapse:collapse">'
         + "".join("<tr>" + cell.format(a) + cell.format(b) + "</tr>" for a, b in rows) + "</table>")
html = ('<!DOCTYPE html><html><head><meta charset="UTF-8"/></head><body>'
        + span.format(first) + span.format(line) + table + "</body></html>")
open("subsets.html", "w", encoding="utf-8").write(html)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "subsets.html"], capture_output=True, check=True)
print(line)
print(rows)
