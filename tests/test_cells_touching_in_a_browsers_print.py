"""A borderless table of a web page (LibreOffice's HTML of a Word document with narrow borderless
tables), printed to PDF by a browser that shrinks the page to the paper: the cells' text fills the
narrow cells and touches the next cell's — 1.8 pt between "行政规范" and "3" at 8.6 pt, less than a
word's gap (3 pt), or 0.2 pt between a full label cell and its row's first number ("1.属于国家" /
"0"). The PDF reader read "行政规范3 1 12" and "信息内容本年制": 表二's rows went missing (C202 表二缺少5行),
表三's first numbers stuck to their labels (V502 行名“1.属于国家0秘密”), 表三（一）予以公开 lost (C202).

A gap narrower than a word's still parts two cells when it is wider than the line's other gaps
and the next character starts where runs of two other lines start (a column); in a row (three
runs or more) so does a digit right after a label's character at such a column, whatever the gap.
A line of one run ("信息内容本年处理决定数量", "行政许可120": a table of one row) is cut only where a line
next to it starts or may be cut too: Word's space between a Chinese character and a digit is as
wide as the cells' gap here, and a running header ("样例县人民政府 2024年…") whose digits stand over
a column of numbers below is not cut.
"""
import shutil
import sys
from pathlib import Path

import pytest

from govlint.readers import pdf as P

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))

SIZE = 8.6


def _chars(*pieces):
    """(text, x0) pieces of one line, each character SIZE wide (digits 4.8)."""
    out = []
    for text, x in pieces:
        for ch in text:
            w = 4.8 if ch.isdigit() or ch == "." else SIZE
            out.append({"text": ch, "x0": x, "x1": x + w, "size": SIZE})
            x += w
    return out


def _lines(rows):
    chars = [_chars(*r) for r in rows]
    lines = [P._Line("", 1, c[0]["x0"], c[-1]["x1"], 100.0 + 14 * k, size=SIZE, runs=P._runs(c))
             for k, c in enumerate(chars)]
    for ln in lines:
        ln.text = " ".join(r.text for r in ln.runs)
    return lines, chars


LEFT = 76.3
TABLE = [
    (("信息内容", LEFT), ("本年制", 112.6), ("本年废", 143.9), ("现行有", 175.1)),  # 信息内容 ends at 110.7: 1.9 pt
    (("发件数", 112.6), ("止件数", 143.9), ("效件数", 175.1)),
    (("规章", LEFT), ("0", 112.6), ("0", 143.9), ("0", 175.1)),
    (("行政规范", LEFT), ("3", 112.6), ("1", 143.9), ("12", 175.1)),
]


def test_a_narrow_gap_at_a_tables_column_parts_two_cells():
    lines, chars = _lines(TABLE)
    assert lines[0].text == "信息内容本年制 本年废 现行有" and lines[3].text == "行政规范3 1 12"  # (as read before)
    P._cells_touching(lines, chars, LEFT)
    assert [ln.text for ln in lines] == ["信息内容 本年制 本年废 现行有", "发件数 止件数 效件数", "规章 0 0 0",
                                         "行政规范 3 1 12"]
    assert [(r.text, r.x0) for r in lines[3].runs][:2] == [("行政规范", LEFT), ("3", 112.6)]


def test_a_rows_first_number_against_its_full_label():
    rows = [(("1.属于国家", 154.0), ("0", 198.0), ("0", 219.4), ("0", 252.3)),  # 家 ends at 198.0: no gap
            (("2.其他法", 154.0), ("0", 198.0), ("0", 219.4), ("0", 252.3)),
            (("3.危及", 154.0), ("0", 198.0), ("0", 219.4), ("0", 252.3)),
            (("4.保护", 154.0), ("1", 198.0), ("0", 219.4), ("0", 252.3))]
    lines, chars = _lines(rows)
    assert lines[0].text == "1.属于国家0 0 0"  # (as read before)
    P._cells_touching(lines, chars, 76.3)
    assert [ln.text for ln in lines] == ["1.属于国家 0 0 0", "2.其他法 0 0 0", "3.危及 0 0 0", "4.保护 1 0 0"]


def test_a_running_header_over_a_column_of_numbers_is_not_cut():
    header = _chars(("样例县人民政府", 196.0), ("2024年政府信息公开工作年度报告", 258.2))  # 2.0 pt: Word's space
    rows = [(("4.无正", 155.9), ("0", 258.2), ("0", 300.0)), (("5.要求", 155.9), ("0", 258.2), ("0", 300.0))]
    lines, chars = _lines(rows)
    for ln in lines:
        ln.top += 35.0
    top = P._Line("", 1, 196.0, header[-1]["x1"], 100.0, size=SIZE, runs=P._runs(header))
    top.text = " ".join(r.text for r in top.runs)
    lines.insert(0, top)
    chars.insert(0, header)
    assert top.text == "样例县人民政府2024年政府信息公开工作年度报告"
    P._cells_touching(lines, chars, LEFT)
    assert top.text == "样例县人民政府2024年政府信息公开工作年度报告"
    # a line next to it that may be cut there too (a table of one row: its head over its row)
    head = _chars(("信息内容", 221.8), ("本年处理决定数量", 258.2))
    lines.insert(1, P._Line("", 1, 221.8, head[-1]["x1"], 112.0, size=SIZE, runs=P._runs(head)))
    lines[1].text = " ".join(r.text for r in lines[1].runs)
    chars.insert(1, head)
    assert lines[1].text == "信息内容本年处理决定数量"
    P._cells_touching(lines, chars, LEFT)
    assert top.text == "样例县人民政府 2024年政府信息公开工作年度报告"
    assert lines[1].text == "信息内容 本年处理决定数量"


def test_a_justified_lines_even_spacing_is_no_cut():
    spaced = []
    x = 112.6
    for ch in "本年度共收到申请":
        spaced.append({"text": ch, "x0": x, "x1": x + SIZE, "size": SIZE})
        x += SIZE + 1.2  # every gap the same
    rows = [(("规章", LEFT), ("0", 112.6)), (("行政许可", LEFT), ("1", 112.6))]
    lines, chars = _lines(rows)
    lines.insert(0, P._Line("", 1, LEFT, x, 90.0, size=SIZE, runs=P._runs(_chars(("说明", LEFT)) + spaced)))
    chars.insert(0, _chars(("说明", LEFT)) + spaced)
    lines[0].runs = P._runs(chars[0])
    before = [r.text for r in lines[0].runs]
    P._cells_touching(lines, chars, LEFT)
    assert [r.text for r in lines[0].runs] == before


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_libreoffices_page_of_narrow_borderless_tables_printed_by_chromium(tmp_path):
    pytest.importorskip("playwright.sync_api")
    from harness import browser_print, docx_styles, libreoffice, sources
    from harness.compare import expected, finding_differences, observed
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    text = sources.all_sources()["clean"]
    docx = docx_styles.write_docx(text, docx_styles.BY_NAME["narrow-borderless"], tmp_path / "clean.docx")
    html = libreoffice.convert([docx], "html", tmp_path / "html", tmp_path / "profile")[docx]
    pdf = browser_print.print_pages({"clean": html}, tmp_path / "pdf", {"clean": True})["clean"]
    _, want = expected(text)
    _, got = observed(pdf)
    # main: 10 (C200, C202 表二缺少5行, C202 表三缺少（一）予以公开, C203, V501, V502×5); the head's words
    # broken over two lines with no label column on them (商业企 / 业) are joined by the layout too
    assert finding_differences(want, got) == []


def test_a_running_header_cut_on_one_page_is_still_the_running_header():
    """Chromium's header over a page whose table's column stands under a gap of the header: cut
    there on that page only. It is still the header every page repeats, and is left out there too
    (else it stood between a label's pieces across the page break: V502 “1.本机关不掌握相关政”)."""
    header = "11/29/26, 1:22 AM 样例县自然资源和规划局2024年政府信息公开工作年度报告"
    items = []
    for page in range(1, 5):
        ln = P._Line(header, page, 28.8, 400.0, 15.7, size=6.0)
        if page == 3:
            ln.uncut, ln.text = header, header.replace("2024", " 2024")
        items += [ln, P._Line(["规章 0 0 0", "行政许可 120", "行政处罚 35", "行政强制 2"][page - 1], page, LEFT, 200.0, 80.0)]
    assert [ln.text for ln in P._drop_running(items, 4)] == ["规章 0 0 0", "行政许可 120", "行政处罚 35", "行政强制 2"]
