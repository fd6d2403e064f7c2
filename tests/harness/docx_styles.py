"""Word documents of a source report, in the table styles real reports come in.

The tables are the merged-cell grids of tests/fixtures/generators/report_formats.py (表三's
group labels spanning their rows, two-level heads); a :class:`TableStyle` says how Word draws
them: merged or with the merges undone (the text in the first cell, the others empty), with
or without borders, with column widths so narrow that labels wrap ("行政事业性收" / "费"),
header rows repeated on each page, labels broken by hand into several paragraphs, and the
font size that decides where the tables cross page breaks. The CJK font is set explicitly
(Noto, Debian's fonts-noto-cjk) so LibreOffice lays the pages out the same on every machine.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "generators"))
import report_formats as rf  # noqa: E402  (shared with tests/test_readers_formats.py; not ours to change)

FONT = "Noto Serif CJK SC"


@dataclass(frozen=True)
class TableStyle:
    name: str
    merged: bool = True  # False: merges undone, the text in the merged area's first cell
    borders: bool = True
    label_cm: Optional[float] = None  # width of a label column; None: Word's even split
    number_cm: float = 1.2  # width of a number column when label_cm is set
    font_pt: float = 10.5
    repeat_header: bool = False  # 表三's and 表四's head rows repeated on every page
    break_labels: int = 0  # >0: labels typed as paragraphs of this many characters
    typed: bool = False  # no Word table: each row a paragraph, its cells apart by tabs (long rows wrap)


STYLES = [
    TableStyle("grid"),
    TableStyle("narrow", label_cm=1.5, number_cm=1.1, font_pt=9),
    TableStyle("narrow-borderless", borders=False, label_cm=1.5, number_cm=1.1, font_pt=9),
    TableStyle("unmerged", merged=False),
    TableStyle("unmerged-narrow-borderless", merged=False, borders=False, label_cm=1.8, number_cm=1.1, font_pt=9),
    TableStyle("large-repeat-header", label_cm=2.6, number_cm=1.3, font_pt=12, repeat_header=True),
    TableStyle("broken-labels", break_labels=6),
]

#: no Word table at all: the tables typed with tabs, as paragraphs (a row wider than the page wraps)
TYPED = [TableStyle("typed-with-tabs", font_pt=14, typed=True)]

BY_NAME = {s.name: s for s in STYLES + TYPED}

_HEAD_ROWS = {10: 3, 15: 3}  # grid width → head rows (表三, 表四)


def _set_font(run_or_style, size_pt: Optional[float] = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = run_or_style.font
    font.name = FONT
    if size_pt:
        font.size = Pt(size_pt)
    rpr = run_or_style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)


def _is_label(text: str) -> bool:
    return bool(text) and not rf._NUM.match(text)


def _widths(style: TableStyle, width: int) -> Optional[List[float]]:
    if style.label_cm is None:
        return None
    labels = {10: 3, 4: 1, 15: 0}.get(width, 1)
    return [style.label_cm] * labels + [style.number_cm] * (width - labels)


def _fill(cell, text: str, style: TableStyle) -> None:
    parts = [text]
    if style.break_labels and _is_label(text) and len(text) > style.break_labels:
        n = style.break_labels
        parts = [text[i:i + n] for i in range(0, len(text), n)]
    for k, part in enumerate(parts):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        _set_font(p.add_run(part), style.font_pt)


def _no_autofit(table) -> None:
    from docx.oxml.ns import qn
    tblpr = table._tbl.tblPr
    layout = tblpr.makeelement(qn("w:tblLayout"), {qn("w:type"): "fixed"})
    tblpr.append(layout)
    table.autofit = False


def _repeat(row) -> None:
    from docx.oxml.ns import qn
    trpr = row._tr.get_or_add_trPr()
    trpr.append(trpr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"}))


def _table(d, grid: rf.Grid, style: TableStyle) -> None:
    from docx.shared import Cm

    # (as wide as its widest row: a table's part after lines typed into it starts with a row of
    # 8 cells, its rows under a group label have 9; python-docx's cell(i, 8) of 8 columns is
    # cell(i + 1, 0), which wrote a row's last number into the next row's label)
    width = max(len(r) for r in grid)
    t = d.add_table(rows=len(grid), cols=width)
    if style.borders:
        t.style = "Table Grid"
    widths = _widths(style, width)
    if widths:
        _no_autofit(t)
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
            for row in t.rows:
                row.cells[j].width = Cm(w)
    if style.repeat_header and width in _HEAD_ROWS:
        for i in range(_HEAD_ROWS[width]):
            _repeat(t.rows[i])
    for i, row in enumerate(grid):
        for j, cell in enumerate(row):
            if cell is None:
                continue
            target = t.cell(i, j)
            if style.merged and (cell.rowspan > 1 or cell.colspan > 1):
                target = target.merge(t.cell(i + cell.rowspan - 1, j + cell.colspan - 1))
            _fill(target, cell.text, style)


def _field(paragraph, code: str) -> None:
    """A field (PAGE, NUMPAGES) whose value Word and LibreOffice compute when they lay out the page."""
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    _set_font(run)
    r = run._r
    r.append(r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): "begin"}))
    instr = r.makeelement(qn("w:instrText"), {"{http://www.w3.org/XML/1998/namespace}space": "preserve"})
    instr.text = f" {code} "
    r.append(instr)
    r.append(r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): "separate"}))
    shown = r.makeelement(qn("w:t"), {})
    shown.text = "1"
    r.append(shown)
    r.append(r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): "end"}))


def _furniture(section, header: str, footer: str) -> None:
    """A running title in the page header; the page number in the footer, "— N —" ("dash") or
    "第N页 共M页" ("of"), as fields, centred."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if header:
        p = section.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(p.add_run(header), 9)
    if footer:
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pieces = {"dash": ["— ", "PAGE", " —"], "of": ["第", "PAGE", "页 共", "NUMPAGES", "页"]}[footer]
        for piece in pieces:
            if piece.isupper():
                _field(p, piece)
            else:
                _set_font(p.add_run(piece))


#: a section heading of the tab layout: its numeral, then an official title
_SECTION = re.compile(r"^[一二三四五六]、(?=总体情况|主动公开政府信息情况|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)")


def write_docx(text: str, style: TableStyle, path: Path, header: str = "", footer: str = "",
               numbered: bool = False) -> Path:
    """The report ``text`` (tab layout) as a Word document with its tables in ``style``; ``header``
    and ``footer`` as :func:`_furniture` puts them on every page; ``numbered``: the six section
    headings in Word's "List Number" style, their "一、" left to the list numbering (not in the text:
    Word shows "1.", python-docx reads the bare title)."""
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    _furniture(section, header, footer)
    _set_font(d.styles["Normal"], 12)
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    if style.typed:  # the tab layout as typed: Word's default tab stops, rows wider than the page wrap
        for line in text.split("\n"):
            if numbered and _SECTION.match(line):
                _set_font(d.add_paragraph(style="List Number").add_run(line[2:]), style.font_pt)
            else:
                _set_font(d.add_paragraph().add_run(line), style.font_pt)
        d.save(str(path))
        return path
    for kind, item in rf.blocks(text):
        if kind == "p":
            if numbered and _SECTION.match(item):
                _set_font(d.add_paragraph(style="List Number").add_run(item[2:]))
            else:
                _set_font(d.add_paragraph().add_run(item))
        else:
            _table(d, item, style)
            d.add_paragraph()
    d.save(str(path))
    return path
