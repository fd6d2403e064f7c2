"""Text copied out of a PDF by pdfplumber's ``extract_text`` from Word tables with narrow cells:
pdfplumber writes a line across all the columns, so a head whose cells wrap comes out as lines
that each hold a piece of every column's name ("商业企 科研机 社会公 法律服 其他" over "业 构 益组织
务机构"; "信息内 本年收费金额（单" over "容 位：万元）"), and a 表三 row whose label wraps as the
label's first piece with the numbers, its rest on the next line ("一、本年新收政府信息公开 10 2 0 1
0 0 13" over "申请数量").

Two readings went wrong: the head's pieces were read as misspelt column names (V502 表三列名“商业企”,
表二列名“本年收费金额（单”; V501 “益组织”), and a row line that opens with a top-level enumerator
("一、…", "四、结转下年 1 0 0 0 0 0 1") was read as a section heading (false S103, S102, C202). A
line of a head's pieces whose every word completes, in order, a word of the line just before it is
joined into it word by word (layout/blocks.py); a line that ends in two numbers or more apart is a
row, no heading (syntax/lexer.py).

The report is invented: tests/fixtures/tabs_2024.txt, its tables as pdfplumber copies them."""
import re
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells
from govlint.syntax.lexer import tokens

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")

HEAD3 = ("（本列数据的勾稽关系 申请人情况\n"
         "为：第一项加第二项之 自然人 法人或其他组织 总计\n"
         "和，等于第三项加第四项 商业企 科研机 社会公 法律服 其他\n"
         "之和） 业 构 益组织 务机构\n")


def plumbed(text, head3=HEAD3):
    """``text``'s tables as pdfplumber copies them out of narrow Word cells."""
    a = text.index("（本列数据的勾稽关系为")
    b = text.index("一、本年新收政府信息公开申请数量\t")
    text = text[:a] + head3 + text[b:]
    text = text.replace("信息内容\t本年收费金额（单位：万元）\n", "信息内 本年收费金额（单\n容 位：万元）\n")
    text = text.replace("信息内容\t本年处理决定数量\n", "信息内 本年处理决定数量\n容\n")
    for label, cut in (("一、本年新收政府信息公开申请数量", 13), ("二、上年结转政府信息公开申请数量", 13),
                       ("四、结转下年度继续办理", 6)):
        m = re.search(re.escape(label) + r"((?:\t\d+)+)\n", text)
        text = text[:m.start()] + label[:cut] + m.group(1) + "\n" + label[cut:] + "\n" + text[m.end():]
    a, b = text.index("二、主动公开"), text.index("四、政府信息公开行政复议")
    return text[:a] + re.sub(r"\t+", " ", text[a:b]).replace(" \n", "\n") + text[b:]


def test_the_copy_reads_as_the_typed_report():
    text = plumbed(TABS)
    assert "\n四、结转下年 1 0 0 0 0 0 1\n度继续办理\n" in text and "\n容 位：万元）\n" in text
    assert _found(TABS) == []
    assert _cells(text) == _cells(TABS)
    assert _found(text) == []


def test_an_old_column_name_in_pieces_is_named_whole():
    """"社会组织" (the 2019 name) in pieces across the head's lines: V501 names it whole, at its
    first piece."""
    old_head = HEAD3.replace("社会公 法律服", "社会组 法律服").replace("益组织 务机构", "织 务机构")
    text = plumbed(TABS, old_head)
    line = text[:text.index("社会组 ")].count("\n") + 1
    column = text.index("社会组 ") - text.rfind("\n", 0, text.index("社会组 "))
    assert _found(text) == [("V501", line, column, "表三列名“社会组织”是旧格式或非官方写法，2021年格式为“社会公益组织”")]


def test_a_wrong_number_in_a_row_whose_label_wraps():
    """一's 自然人 made wrong (11 for 10) in "一、本年新收政府信息公开申 10 2 …": A303 and A301 at
    their cells, as in the typed report."""
    typed = TABS.replace("一、本年新收政府信息公开申请数量\t10\t", "一、本年新收政府信息公开申请数量\t11\t")
    text = plumbed(typed)
    expected = [(f[0], f[3]) for f in _found(typed)]
    assert [c for c, _ in expected] == ["A301", "A303"]
    found = _found(text)
    assert [(f[0], f[3]) for f in found] == expected
    line = text[:text.index("一、本年新收政府信息公开申 11")].count("\n") + 1
    assert [f[1] for f in found] == [line, line]


@pytest.mark.parametrize("line,kind", [
    ("四、结转下年度继续办理 1 0 0 0 0 0 1", "TEXT"),
    ("一、本年新收政府信息公开 10 2 0 1 0 0 13", "TEXT"),
    ("二、主动公开政府信息情况", "HEADING"),
    ("五、存在的主要问题及改进情况 2", "HEADING"),     # one number: no row
    ("三、2024年度收到申请情况", "HEADING"),
])
def test_a_line_ending_in_numbers_apart_is_no_heading(line, kind):
    assert tokens(line + "\n")[-1].type in ({kind, "TITLE"} if kind == "TEXT" else {kind})
