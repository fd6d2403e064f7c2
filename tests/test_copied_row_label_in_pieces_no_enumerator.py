"""Text copied out of a PDF by PDFium from a Word table whose label column is narrow: 表二's row
labels, which have no enumerator, stand over three lines or more, a piece a line ("行政规" / "范性文"
/ "件"), then the row's numbers ("3 1 12"). Pieces were joined back into one label only when the
label opens with an enumerator (表三's "2.其" / "他法律" / …); 表二's rows were missing (C202
表二缺少2行：行政规范性文件；行政事业性收费). A row's own label (no column's name) with no enumerator is
one label again when its pieces, each no label nor head word, spell it.

The report is invented: tests/fixtures/tabs_2024.txt, 表二 copied as PDFium copies a narrow table."""
import re
from pathlib import Path

import pytest

from copies import found as _found
from govlint.binder import bind
from govlint.syntax import parse

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def narrow(text, width=3):
    """表二 as PDFium copies it out of a table whose label column holds ``width`` characters a
    line: each label in pieces a line, its numbers on the line after, apart with spaces."""
    a, b = text.index("二、主动公开政府信息情况\n"), text.index("三、收到和处理")
    out = []
    for line in text[a:b].split("\n"):
        cells = [c for c in line.split("\t") if c]
        if len(cells) >= 2 and re.fullmatch(r"[\d.]+", cells[1]):
            label = cells[0]
            out += [label[k:k + width] for k in range(0, len(label), width)] + [" ".join(cells[1:])]
        else:
            out.append(" ".join(cells))
    return text[:a] + "\n".join(out) + text[b:]


def _table_two(text):
    t = bind(parse(text)).tables["表二"]
    return t.status, {(k, c): str(cell.value) for k, row in t.rows.items() for c, cell in row.cells.items()}


@pytest.mark.parametrize("width", [2, 3, 4])
def test_table_two_labels_in_pieces(width):
    text = narrow(TABS, width)
    assert "\n行政规\n范性文\n件\n3 1 12\n" in narrow(TABS, 3)
    assert _found(TABS) == []
    assert _table_two(text) == _table_two(TABS)
    assert _found(text) == []


def test_a_wrong_number_under_a_label_in_pieces():
    """现行有效件数 of 行政规范性文件 negative (-2): C204 at the number, as in the typed report."""
    typed = TABS.replace("行政规范性文件\t3\t1\t12", "行政规范性文件\t3\t1\t-2")
    text = narrow(typed)
    k = text.index("\n件\n3 1 -2\n") + len("\n件\n3 1 ")
    message = "表二“行政规范性文件”行“现行有效件数”列的值“-2”是负数，应为非负整数"
    assert [(f[0], f[3]) for f in _found(typed)] == [("C204", message)]
    assert _found(text) == [("C204", text.count("\n", 0, k) + 1, k - text.rfind("\n", 0, k), message)]


def test_pieces_that_spell_no_label_stay_apart():
    """Pieces whose whole is no label ("行政规" / "范文" / "件") are not made one: the row is missing."""
    text = narrow(TABS).replace("\n行政规\n范性文\n件\n", "\n行政规\n范文\n件\n")
    assert [(f[0], f[3]) for f in _found(text)] == [("C202", "表二缺少1行：行政规范性文件")]
