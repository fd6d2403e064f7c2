"""Text copied out of a PDF (PDFium's get_text_range, pdfplumber's extract_text) whose 表三 a page
break cut inside a group's merged label cell: the page's number ("- 4 -", "第4页 共8页") stands
between two rows, and the group's label is in two pieces, the first beside (pdfplumber) or above
(PDFium) the last sub-item of the page, the second opening the first row of the next page
("（四）无" … "- 4 -" … "法提供 2.没有现成信息需要另行制作 1 0 0 0 0 0 1"). The second piece was read
as a misspelt label (V502 表三行名“法提供”应为“无法提供”).

The report is invented: tests/fixtures/tabs_2024.txt, its tabs as spaces (one row a line)."""
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
SPACED = "\n".join(" ".join(c for c in line.split("\t") if c) for line in CLEAN.split("\n"))

NO_INFO = ("（四）无法提供 1.本机关不掌握相关政府信息 2 1 0 0 0 0 3\n"
           "2.没有现成信息需要另行制作 1 0 0 0 0 0 1\n")
DENIED = ("（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0\n"
          "2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n")

LAYOUTS = {
    # pdfplumber: the group's first piece on the line of the page's last row
    "piece-beside-the-last-row": (NO_INFO, "（四）无 1.本机关不掌握相关政府信息 2 1 0 0 0 0 3\n- 4 -\n"
                                           "法提供 2.没有现成信息需要另行制作 1 0 0 0 0 0 1\n"),
    # PDFium: the group's first piece on a line of its own above the page's last row
    "piece-above-the-last-row": (NO_INFO, "（四）无\n1.本机关不掌握相关政府信息 2 1 0 0 0 0 3\n- 4 -\n"
                                          "法提供 2.没有现成信息需要另行制作 1 0 0 0 0 0 1\n"),
    "page-number-in-words": (DENIED, "（三）不\n1.属于国家秘密 0 0 0 0 0 0 0\n第 4 页 共 9 页\n"
                                     "予公开 2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n"),
    # a page break between two whole rows: its number only
    "page-number-between-rows": (DENIED, "（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0\n- 4 -\n"
                                         "2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n"),
}


def _cut(layout, text=SPACED):
    old, new = LAYOUTS[layout]
    assert text.count(old) == 1, old
    return text.replace(old, new)




@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_group_label_cut_by_a_page_break_is_whole_again(layout):
    text = _cut(layout)
    assert _found(SPACED) == []
    assert _found(text) == []
    assert _cells(text) == _cells(SPACED)


def test_the_row_after_the_page_break_keeps_its_checks():
    """The first row of the next page is wrong: its sum says so, at that row's line and number,
    with its own label (not the group's piece)."""
    text = _cut("piece-above-the-last-row").replace("需要另行制作 1 0 0 0 0 0 1\n", "需要另行制作 1 0 0 0 0 0 2\n")
    line = text[:text.index("法提供 2.没有")].count("\n") + 1
    found = _found(text)
    assert [f[:3] for f in found][:1] == [("A303", line, len("法提供 2.没有现成信息需要另行制作 1 0 0 0 0 0 ") + 1)]
    assert found[0][3].startswith("表三“2.没有现成信息需要另行制作”行勾稽关系不成立：总计 = 2，而 自然人(1)")
    assert not any(f[0] == "V502" for f in found)

