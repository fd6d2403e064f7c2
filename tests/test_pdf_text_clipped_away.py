"""PDF: text a clip hides is not read. LibreOffice draws a cell's whole text and clips it to the
cell; a Word table's head repeated on its next page, printed shorter than the head, keeps the cut
lines of its note ("…等于第三项加第四项之和）") under the clip, where the first row's cells stand.
Read, they ran into that row's labels ("第1四.属项于之国和家）秘密": false C202/V502 on four correct
reports). The reader now leaves out a character drawn outside the rectangle its text object is
clipped to, as the page shows it.

The pages are drawn with reportlab (the test extra): a ruled two-row table whose head cell's text
goes on below the cell under a clip to the cell; and the same text with no clip, read as before."""
from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="reportlab (the test extra) draws the PDF")

from govlint.readers import TableBlock, read  # noqa: E402

TOP, LEFT, WIDTH, ROW = 700.0, 60.0, 300.0, 30.0


def _draw(path: Path, clipped: bool) -> Path:
    """A table of two rows: the head cell "（本列数据的勾稽关系为：", its rest "第三项加第四项之和）"
    drawn inside the second row's label (clipped to the head cell, or not); the second row
    "1.属于国家秘密 | 0"."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for k in range(3):  # the rules: three across, three down
        c.line(LEFT, TOP - k * ROW, LEFT + WIDTH, TOP - k * ROW)
    for x in (LEFT, LEFT + 200, LEFT + WIDTH):
        c.line(x, TOP, x, TOP - 2 * ROW)
    c.setFont("STSong-Light", 9)
    c.drawString(LEFT + 4, TOP - 12, "（本列数据的勾稽关系为：")
    c.drawString(LEFT + 104, TOP - ROW - 12, "1.属于国家秘密")
    c.drawString(LEFT + 240, TOP - ROW - 12, "0")
    c.saveState()
    if clipped:
        p = c.beginPath()
        p.rect(LEFT, TOP - ROW, 200, ROW)
        c.clipPath(p, stroke=0, fill=0)
    c.drawString(LEFT + 4, TOP - ROW - 12, "第三项加第四项之和）")
    c.restoreState()
    c.showPage()
    c.save()
    return path


def _cells(path: Path) -> list:
    table = next(b for b in read(path).blocks if isinstance(b, TableBlock))
    return [[cell.text for cell in row] for row in table.rows]


def test_text_outside_its_clip_is_not_read(tmp_path):
    rows = _cells(_draw(tmp_path / "clipped.pdf", clipped=True))
    assert rows[0][0] == "（本列数据的勾稽关系为："
    assert rows[1][0] == "1.属于国家秘密" and "第三项" not in "".join(rows[1])


def test_the_same_text_without_a_clip_is_read(tmp_path):
    rows = _cells(_draw(tmp_path / "drawn.pdf", clipped=False))
    assert "第三项加第四项之和）" in rows[1][0]


def test_text_past_the_papers_edge_under_a_clip_to_the_paper_is_read(tmp_path):
    """LibreOffice clips a page's content to the paper: a table wider than the page keeps its last
    column's text past the edge, and that text is read (tests/test_cut36_table_wider_than_the_page.py)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "paper.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    p = c.beginPath()
    p.rect(0, 0, 595, 842)
    c.clipPath(p, stroke=0, fill=0)
    c.setFont("STSong-Light", 9)
    c.drawString(60, 700, "一、本年新收政府信息公开申请数量")
    c.drawString(590, 700, "13")
    c.showPage()
    c.save()
    text = " ".join(b.text for b in read(path).blocks if hasattr(b, "text"))
    assert "13" in text
