"""A borderless table a page cut, its cells touching (LibreOffice's HTML of a Word document with
narrow borderless tables, printed by Chromium on A5: the harness's rendering of a 乡's report of
VOICES30 whose 表二 fee table — "信息内容 | 本年收费金额（单位：万元）" over "行政事业性收费 | 0" — fell
across a page break). The head stood at page 1's foot and its one row at page 2's top, "行政事业"
and "0" 1.4 pt apart (a word's gap is 3 pt). Page 1's head was cut where its next line ("万元）")
starts, but page 2's row alone shows no column: it was read "行政事业0" / "性收费", the row went
missing (C202 表二缺少1行：行政事业性收费) and its 0 unbound.

The PDF reader now carries the columns of the table standing at a page's foot to the next page's
first lines: a narrow gap there at one of those columns parts two cells. A page that ends in prose
carries none.
"""
import io

import pytest

from govlint.readers.pdf import PdfReader

SIZE = 6.68
LEFT = 38.2
COLUMN = LEFT + 4 * SIZE + 1.4  # "信息内容" then 1.4 pt to the next cell


def _pdf(foot):
    """Two A5 pages: page 1 holds 表二's （六） table (its columns seen: the cells of its head and rows
    touch) and ends with ``foot`` ((text, x) lines); page 2 begins with the fee table's row."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    height = 595.0
    c = canvas.Canvas(out, pagesize=(420.0, height))

    def line(pieces, top):
        for text, x in pieces:
            c.setFont("STSong-Light", SIZE)
            c.drawString(x, height - top - SIZE, text)

    page1 = [[("第二十条第（六）项", LEFT)], [("信息内容", LEFT), ("本年处理决定数量", COLUMN)],
             [("行政处罚", LEFT), ("0", COLUMN)], [("行政强制", LEFT), ("0", COLUMN)]] + foot
    for k, pieces in enumerate(page1):
        line(pieces, 400 + 12 * k)
    c.showPage()
    line([("行政事业", LEFT), ("0", COLUMN)], 44.3)
    line([("性收费", LEFT)], 54.9)
    line([("三、收到和处理政府信息公开申请情况", LEFT)], 80.0)
    c.showPage()
    c.save()
    return out.getvalue()


def _page_two(data):
    from pathlib import Path
    doc = PdfReader().read(Path("cut.pdf"), data)
    return [b.text for b in doc.blocks if getattr(b, "page", 0) == 2]


HEAD = [[("第二十条第（八）项", LEFT)], [("信息内容", LEFT), ("本年收费金额（单位：", COLUMN)], [("万元）", COLUMN)]]


def test_a_tables_row_on_the_next_page_is_cut_at_the_columns_of_its_head():
    """Chromium's A5 print of LibreOffice's HTML, narrow borderless tables: the head at page 1's
    foot, the row on page 2 with 1.4 pt between its cells."""
    assert _page_two(_pdf(HEAD))[:2] == ["行政事业 0", "性收费"]


def test_a_page_ending_in_prose_carries_no_column():
    """The same page 2 after a page ending in a paragraph: nothing says "0" is a cell's."""
    prose = [[("以上为本机关主动公开情况，本年度共发布政务信息四十六条。", LEFT)]]
    assert _page_two(_pdf(prose))[:1] == ["行政事业0"]
