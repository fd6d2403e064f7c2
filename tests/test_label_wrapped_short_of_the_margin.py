"""A row typed with tabs whose label wraps: a browser breaks a line of CJK a character or two
short of the text's right edge (which a wider line of the page sets: a row's numbers), and
"（六）其他处理 ⇥ 1.申请人无正当理由逾期不补正、行政" / "机关不再处理其政府信息公开申请 ⇥ 0 ⇥ 0 …" was
read as a paragraph then a row whose label is no label (C202: 表三 missing 1.申请人无正当理由…;
Chromium's A5 prints of LibreOffice's web pages of reports typed with tabs, 20 of them). The
label's rest joins the row when the line ends within two characters of the margin (was one).

The lines are those the PDF reader gives for such a print (positions of an A5 page: text from
39.8 to 395.5 pt, 11.4 pt characters, the row's first line ending at 376.3), rendered by the layout.
"""
from govlint.layout.documents import render
from govlint.readers import Box, Document, Run, TextBlock

LEFT, RIGHT, SIZE = 39.8, 395.5, 11.4
ITEM = "1.申请人无正当理由逾期不补正、行政"
REST = "机关不再处理其政府信息公开申请"


def _line(top: float, runs) -> TextBlock:
    runs = tuple(Run(t, x0, x1) for t, x0, x1 in runs)
    return TextBlock(" ".join(r.text for r in runs), page=4,
                     box=Box(runs[0].x0, runs[-1].x1, top, SIZE, LEFT, RIGHT), runs=runs)


def _page(end: float) -> str:
    """The (六) row's two lines, its first ending at ``end``, then the next row."""
    numbers = [("0", 253.2 + 11.4 * k, 259.0 + 11.4 * k) for k in range(7)]
    blocks = (_line(34.2, [("（六）其他处理", LEFT, 119.6), (ITEM, end - 17.5 * SIZE, end)]),
              _line(49.2, [(REST, LEFT, 210.8)] + numbers),
              _line(76.9, [("3.其他", LEFT, 72.0)] + [("0", 83.7 + 11.4 * k, 89.5 + 11.4 * k) for k in range(7)]))
    return render(Document("", {"kind": "pdf"}, blocks)).text


def test_a_label_wrapped_a_character_and_a_half_short_of_the_margin_joins_its_row():
    assert _page(376.3).splitlines()[0] == "（六）其他处理\t" + ITEM + REST + "\t0" * 7


def test_a_line_ending_three_characters_short_of_the_margin_is_not_joined_so():
    assert _page(RIGHT - 3 * SIZE).splitlines()[0] != "（六）其他处理\t" + ITEM + REST + "\t0" * 7
