"""A report's text drawn into a PDF a line a line, without borders, as a browser or a typist lays
out a table typed with tabs: labels at LEFT, numbers from NUMBERS every STEP points, head rows'
words apart. ``special`` draws a line its own way (a label run into its number). Used by the
tests of rows a print breaks (tests/test_label_run_into_its_number.py)."""
import re
from pathlib import Path
from typing import Callable, Dict, Optional

import pytest

SIZE = 7
LEFT, NUMBERS, STEP = 60.0, 350.0, 16.0
Draw = Callable[[object, float, str], None]  # (canvas, y, line) → draws the line


def print_lines(path: Path, text: str, special: Dict[str, Draw] = None, new_page: str = "",
                over: Optional[Callable[[object], None]] = None) -> Path:
    """``text`` drawn a line a line on A4 pages; a line that starts with a key of ``special`` is
    drawn by its function; the line that starts with ``new_page`` starts a page; ``over`` draws
    over each page when its lines are done (a watermark)."""
    pytest.importorskip("reportlab", reason="reportlab (the test extra) builds the PDF")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", SIZE)
    top = 60.0
    for line in text.splitlines():
        if (new_page and line.startswith(new_page)) or top > 800:
            if over is not None:
                over(c)
            c.showPage()
            c.setFont("STSong-Light", SIZE)
            top = 60.0
        top += 2 * SIZE
        y = A4[1] - top
        if not line.strip():
            continue
        draw = next((f for key, f in (special or {}).items() if line.startswith(key)), None)
        if draw is not None:
            draw(c, y, line)
            continue
        cells = line.split("\t")
        first = next((k for k, x in enumerate(cells) if re.fullmatch(r"[\d.]+", x)), None)
        if first is None:
            c.drawString(LEFT, y, "  ".join(x for x in cells if x))
            continue
        c.drawString(LEFT, y, "".join(x for x in cells[:first] if x))
        for k, x in enumerate(cells[first:]):
            c.drawString(NUMBERS + STEP * k, y, x)
    if over is not None:
        over(c)
    c.showPage()
    c.save()
    return path
