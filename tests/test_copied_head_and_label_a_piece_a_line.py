"""Text copied out of a PDF by PDFium from a Word table with narrow columns, a line of a cell a line
of the copy: 表二's block head and its row's label, every cell in pieces ("第二十条第（八）项" /
"信息内" / "容" / "本年收" / "费金额" / … / "行政事" / "业性收" / "费"), then the row's numbers on a
line ("1.25"). (A head's column name in pieces of four characters or more, "本年收费" / "金额（单" /
…, is still read as a misspelt name: V502, not handled here.) The label's pieces, joined, stood at the end of the head's row, and its numbers on
the next were no row's (C202 表二缺少1行：行政事业性收费). A row's own label its pieces made whole at
the end of a head's row is a row of its own, which its numbers join.

The report is invented: tests/fixtures/tabs_2024.txt, 表二 copied a piece a line."""
import re
from pathlib import Path

import pytest

from copies import found as _found
from govlint.binder import bind
from govlint.syntax import parse

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def narrow(text, width=3):
    """表二 a piece of ``width`` characters a line (block heads whole), each row's numbers on a
    line, apart with spaces."""
    a, b = text.index("二、主动公开政府信息情况\n"), text.index("三、收到和处理")
    out = []
    for line in text[a:b].split("\n"):
        cells = [c for c in line.split("\t") if c]
        if not cells or line.startswith(("二、", "第二十条")):
            out.append(" ".join(cells))
            continue
        words = [c for c in cells if not re.fullmatch(r"-?[\d.]+", c)]
        numbers = [c for c in cells if re.fullmatch(r"-?[\d.]+", c)]
        for w in words:
            out += [w[k:k + width] for k in range(0, len(w), width)]
        if numbers:
            out.append(" ".join(numbers))
    return text[:a] + "\n".join(out) + text[b:]


def _table_two(text):
    t = bind(parse(text)).tables["表二"]
    return t.status, {(k, c): str(cell.value) for k, row in t.rows.items() for c, cell in row.cells.items()}


@pytest.mark.parametrize("width", [2, 3])
def test_a_head_and_a_label_a_piece_a_line(width):
    text = narrow(TABS, width)
    assert "\n第二十条第（八）项\n信息内\n容\n本年收\n" in narrow(TABS, 3)
    assert "\n行政事\n业性收\n费\n1.25\n" in narrow(TABS, 3)
    assert _found(TABS) == []
    assert _table_two(text) == _table_two(TABS)
    assert _found(text) == []


def test_a_negative_fee_a_piece_a_line():
    """行政事业性收费 negative (-1.25): C204 at the number, as in the typed report."""
    typed = TABS.replace("行政事业性收费\t1.25", "行政事业性收费\t-1.25")
    text = narrow(typed)
    message = "表二“行政事业性收费”行“本年收费金额（单位：万元）”列的值“-1.25”是负数，应为不小于0的数字（万元）"
    expected = [(f[0], f[3]) for f in _found(typed)]
    assert expected == [("C204", message)]
    k = text.index("\n-1.25\n") + 1
    assert [(f[0], f[3]) for f in _found(text)] == expected
    assert _found(text)[0][1:3] == (text.count("\n", 0, k) + 1, 1)
