"""六's fee as a row of a small borderless table ("信息处理费 | 0元", a narrow label column) in a page a
browser printed shrunk to the paper: LibreOffice's HTML of the Word document with narrow borderless
tables, printed by Chromium on A4 (the harness's voice ``county_whole`` of VOICES31, render32). The
label wraps in its cell ("信息处理" / "费"), and the cells' padding shrank with the text: 8.1 pt between
"信息处理" and "0元" at 8.6 pt, where Word leaves 10.8 pt. The rest "费" was left a line of its own
(the gap was taken for words of one paragraph): "信息处理0元" / "费", a false F401 (the fee said
nowhere). The least room between two cells is now Word's or 0.9 of a character, the smaller; a line
whose pieces stand closer stays as it was. The positions below are that PDF's."""
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

import govlint.syntax  # noqa: E402,F401  (the layout package must not be the first govlint package imported)
from govlint.layout import documents as D  # noqa: E402
from govlint.readers import Box, Run  # noqa: E402

SIZE = 8.63


def _line(top, *runs):
    runs = tuple(Run(t, x0, x0 + len(t) * SIZE) for t, x0 in runs)
    box = Box(x0=runs[0].x0, x1=runs[-1].x1, top=top, size=SIZE, left=76.3, right=518.9)
    return D.Item(" ".join(r.text for r in runs), page=5, origin=f"page 5 top {top}", box=box, runs=runs)


def _texts(items):
    D.cell_wrapped_in_a_borderless_row(items)
    return [it.text for it in items]


def test_a_label_wrapped_in_a_cell_whose_padding_the_print_shrank():
    """Chromium's print, 8.6 pt: "信息处理" ends at 110.8, "0元" starts at 118.9 (8.1 pt)."""
    assert _texts([_line(210.3, ("项目", 76.3), ("金额", 118.9)),
                   _line(242.0, ("信息处理", 76.3), ("0元", 118.9)), _line(255.6, ("费", 76.3))]) \
        == ["项目 金额", "信息处理费 0元"]


def test_pieces_closer_than_a_cells_room_take_no_rest():
    """Half a character apart (4.3 pt at 8.6 pt): words of one line, no cell; the line below stays."""
    assert _texts([_line(242.0, ("信息处理", 76.3), ("0元", 76.3 + 4 * SIZE + 4.3)), _line(255.6, ("费", 76.3))]) \
        == ["信息处理 0元", "费"]
