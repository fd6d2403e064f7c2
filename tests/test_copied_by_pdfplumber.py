"""Text copied out of a PDF by pdfplumber's ``extract_text`` from a 表三 whose rows are taller
than their numbers: pdfplumber writes each line by the height its words stand at, so

- a sub-item's numbers, centred in the row's height a little above its label's first line, come
  on the line above the label ("0 0 0 0 0 0 0" / "1.属于国家秘密"), a group's label or the page's
  number sometimes after the label ("1.本机关不掌握相关政府信息" / "（四）无法提供");
- a group's label written down its tall merged cell a character a line ("三、本年度办理结果") has
  each character on the line of the sub-item beside it, before its label ("、 2.其他…",
  "年 3.危及…") or alone between two rows ("本", "果").

They gave C203 (表三“1.属于国家秘密”行有7个单元格没有填写数字, the row's numbers taken for the row
above's), C202 and V502 on a row label glued to a character ("三 2.其他…"): hongze-district-2023 and
2024 copied by pdfplumber. The report is invented: tests/fixtures/tabs_2024.txt, one row a line."""
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
SPACED = "\n".join(" ".join(c for c in line.split("\t") if c) for line in CLEAN.split("\n"))

#: 表三's rows from 6.属于四类过程性信息 to the end of （四）无法提供, as both copies below write them
_UNABLE_ROWS = """6.属于四类过程性信息 0 0 0 0 0 0 0
7.属于行政执法案卷 0 0 0 0 0 0 0
8.属于行政查询事项 0 0 0 0 0 0 0
（四）无法提供 1.本机关不掌握相关政府信息 2 1 0 0 0 0 3
2.没有现成信息需要另行制作 1 0 0 0 0 0 1
3.补正后申请内容仍不明确 0 0 0 0 0 0 0
"""

DENIED = """三、本年度办理结果 （一）予以公开 4 1 0 0 0 0 5
（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1
（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0
2.其他法律行政法规禁止公开 0 0 0 0 0 0 0
3.危及“三安全一稳定” 0 0 0 0 0 0 0
4.保护第三方合法权益 1 0 0 0 0 0 1
5.属于三类内部事务信息 0 0 0 0 0 0 0
""" + _UNABLE_ROWS

#: the group's label a character a line beside its sub-items, numbers above two labels
SPELLED_DOWN = """（一）予以公开 4 1 0 0 0 0 5
（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1
0 0 0 0 0 0 0
1.属于国家秘密
三
、 2.其他法律行政法规禁止公开 0 0 0 0 0 0 0
本
0 0 0 0 0 0 0
年 3.危及“三安全一稳定”
度
办 4.保护第三方合法权益 1 0 0 0 0 0 1
理 （三）不予公开
结 5.属于三类内部事务信息 0 0 0 0 0 0 0
果
""" + _UNABLE_ROWS

#: numbers above labels, the group's label and the page's number after a label
GROUP_AFTER_THE_LABEL = DENIED.replace("""8.属于行政查询事项 0 0 0 0 0 0 0
（四）无法提供 1.本机关不掌握相关政府信息 2 1 0 0 0 0 3
2.没有现成信息需要另行制作 1 0 0 0 0 0 1
""", """8.属于行政查询事项 0 0 0 0 0 0 0
2 1 0 0 0 0 3
1.本机关不掌握相关政府信息
（四）无法提供
1 0 0 0 0 0 1
2.没有现成信息需要另行制作
- 4 -
""")

LAYOUTS = {"spelled-down-group-label": SPELLED_DOWN, "group-label-after-the-label": GROUP_AFTER_THE_LABEL}


def _copy(layout, old=DENIED, text=SPACED):
    assert text.count(old) == 1
    return text.replace(old, LAYOUTS[layout])




@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_numbers_above_their_labels_bind_to_them(layout):
    text = _copy(layout)
    assert _found(SPACED) == []
    assert _cells(text) == _cells(SPACED)
    assert _found(text) == []


def test_numbers_above_their_label_keep_their_checks():
    """The numbers above "3.危及“三安全一稳定”" do not add up: A303 on that row, at its total."""
    text = _copy("spelled-down-group-label").replace("本\n0 0 0 0 0 0 0\n", "本\n0 0 0 0 0 0 2\n")
    line = text[:text.index("本\n0 0 0 0 0 0 2\n")].count("\n") + 2
    found = _found(text)
    assert [f[:3] for f in found][:1] == [("A303", line, len("0 0 0 0 0 0 ") + 1)]
    assert found[0][3].startswith("表三“3.危及“三安全一稳定””行勾稽关系不成立：总计 = 2，而 自然人(0)")


def test_numbers_under_their_label_stay_with_it():
    """Labels above their numbers (a label wrapped around or over its numbers, as PDFium and
    pdfplumber copy a row whose label is taller): each label keeps the numbers below it."""
    text = SPACED.replace("3.危及“三安全一稳定” 0 0 0 0 0 0 0\n4.保护第三方合法权益 1 0 0 0 0 0 1\n",
                          "3.危及“三安全一稳定”\n0 0 0 0 0 0 0\n4.保护第三方合法权益\n1 0 0 0 0 0 1\n")
    assert _cells(text) == _cells(SPACED)
    assert _found(text) == []


def narrow_beside(text, width, furniture=()):
    """表三's results as pdfplumber copies a narrow label column: each row's label in pieces of
    ``width`` characters, the first on the line of the row's numbers (the numbers stand on the
    cell's first line), the rest a line each below; ``furniture`` (a page's number and running
    header) after the second piece of the first label wrapped over three lines or more."""
    lines = text.split("\n")
    a = next(i for i, line in enumerate(lines) if "（一）予以公开" in line)
    b = next(i for i, line in enumerate(lines) if line.startswith("（七）总计"))
    out, put = [], False
    for line in lines[a:b]:
        words = line.split(" ")
        labels = [w for w in words if not w.isdigit()]
        numbers = [w for w in words if w.isdigit()]
        label = labels[-1]  # (the sub-item's own label; a group's label goes)
        pieces = [label[k:k + width] for k in range(0, len(label), width)]
        out.append(" ".join([pieces[0]] + numbers))
        rest = pieces[1:]
        if len(rest) >= 2 and not put and furniture:
            rest = rest[:1] + list(furniture) + rest[1:]
            put = True
        out += rest
    return "\n".join(lines[:a] + out + lines[b:])


@pytest.mark.parametrize("width", [3, 4])
def test_a_label_s_rest_below_its_numbers_over_several_lines(width):
    """"3.危 0 0 0 0 0 0 0" / "及“三" / "安全一" / "稳定”": the rest joins the first piece."""
    text = narrow_beside(SPACED, width)
    assert "\n3.危 0 0 0 0 0 0 0\n及“三\n安全一\n稳定”\n" in text or width != 3
    assert _found(narrow_beside(SPACED, 40)) == []
    assert _cells(text) == _cells(narrow_beside(SPACED, 40))
    assert _found(text) == []


def test_a_page_break_among_a_label_s_pieces():
    """A page's number and running header between two pieces of a label are stepped over."""
    text = narrow_beside(SPACED, 3, ("第2页 共6页", "示例镇人民政府2024年政府信息公开工作年度报告"))
    assert "\n（一） 4 1 0 0 0 0 5\n予以公\n第2页 共6页\n示例镇人民政府2024年政府信息公开工作年度报告\n开\n" in text
    assert _cells(text) == _cells(narrow_beside(SPACED, 40))
    assert _found(text) == []
