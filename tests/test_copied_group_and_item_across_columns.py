"""Text copied out of a PDF by pdfplumber from 表三 with narrow label columns: a group's label and
its first sub-item's both wrap, and pdfplumber writes each line across both columns — "（三） 1.属于
0 0 0 0 0 0 0" over "不予公 国家秘" over "开 密" (the group's pieces first, the sub-item's second;
a line of one word when one column is done: "政府信" / "息"). The sub-item's label stayed "1.属于", the
group's "（三）": the row was missing (C202 表三缺少1行：1.属于国家秘密). The words below are joined
onto the two labels, a line's two words one to each, a line's one word to the label not yet
whole, when the sub-item's label comes out whole.

The report is invented: tests/fixtures/tabs_2024.txt, 表三 as pdfplumber copies it."""
import re
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def across(text, width=3):
    """表三's rows with numbers apart with spaces; each group's label and its first sub-item's in
    pieces of ``width`` characters, a line holding a piece of each (the numbers on the first)."""
    a, b = text.index("一、本年新收政府信息公开申请数量\t"), text.index("四、政府信息公开行政复议")
    out = []
    for line in text[a:b].rstrip("\n").split("\n"):
        cells = line.split("\t")
        m = re.fullmatch(r"(（[三四五六]）)(.+)", cells[0])
        if m and re.match(r"1\.", cells[1]):
            group = [m.group(1)] + [m.group(2)[k:k + width] for k in range(0, len(m.group(2)), width)]
            item = [cells[1][k:k + width + 1] if k == 0 else cells[1][k + 1:k + 1 + width]
                    for k in range(0, len(cells[1]) - 1, width)]
            out.append(f"{group[0]} {item[0]} " + " ".join(cells[2:]))
            for k in range(1, max(len(group), len(item))):
                out.append(" ".join(p[k] for p in (group, item) if k < len(p)))
        else:
            out.append(" ".join(cells))
    return text[:a] + "\n".join(out) + "\n\n" + text[b:]


def test_the_layout():
    text = across(TABS)
    assert "\n（三） 1.属于 0 0 0 0 0 0 0\n不予公 国家秘\n开 密\n" in text
    assert "\n（四） 1.本机 2 1 0 0 0 0 3\n无法提 关不掌\n供 握相关\n政府信\n息\n" in text


@pytest.mark.parametrize("width", [3, 4])
def test_a_group_and_its_first_item_across_columns(width):
    text = across(TABS, width)
    assert _found(TABS) == []
    assert _cells(text) == _cells(TABS)
    assert _found(text) == []


def test_a_wrong_total_in_an_item_across_columns():
    """1.本机关不掌握相关政府信息's total made wrong (4 for 3): A303 at the 4, A302 at （七）总计, as in
    the typed report."""
    typed = TABS.replace("1.本机关不掌握相关政府信息\t2\t1\t0\t0\t0\t0\t3", "1.本机关不掌握相关政府信息\t2\t1\t0\t0\t0\t0\t4")
    text = across(typed)
    expected = [(f[0], f[3]) for f in _found(typed)]
    assert [c for c, _ in expected] == ["A303", "A302"]
    found = _found(text)
    assert [(f[0], f[3]) for f in found] == expected
    k = text.index("（四） 1.本机 2 1 0 0 0 0 4") + len("（四） 1.本机 2 1 0 0 0 0 ")
    assert found[0][1:3] == (text.count("\n", 0, k) + 1, k - text.rfind("\n", 0, k))


def test_words_that_complete_no_item_stay():
    """Words below that do not make the sub-item's label whole ("国家" for "国家秘"): not joined."""
    text = across(TABS).replace("\n不予公 国家秘\n开 密\n", "\n不予公 国家\n开 密\n")
    assert "C202" in [f[0] for f in _found(text)]


def test_a_top_level_item_across_columns():
    """"三、本 （一） 4 1 0 0 0 0 5" over "年度办 予以公" over "理结果 开": the lines' words first joined
    column by column ("年度办理结果", "予以公开"), then onto the group's and the item's first pieces."""
    old = "三、本年度办理结果\t（一）予以公开\t4\t1\t0\t0\t0\t0\t5\n"
    assert TABS.count(old) == 1
    text = across(TABS).replace("三、本年度办理结果 （一）予以公开 4 1 0 0 0 0 5\n",
                                "三、本 （一） 4 1 0 0 0 0 5\n年度办 予以公\n理结果 开\n")
    assert "\n理结果 开\n" in text
    assert _cells(text) == _cells(TABS)
    assert _found(text) == []
