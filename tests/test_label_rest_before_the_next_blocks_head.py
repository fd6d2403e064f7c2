"""pdftotext -raw of a PDF whose 表二 has narrow label cells, a cell a line: a row's label cut by
the page break ("行政规 3 1 12" / page number / running title / "范性文" / "件"), its rest then
followed at once by the head of 表二's next block ("第二十条第（五）项", "信息内 容", …) and not by
a row's label. The text stage blanks the page's furniture; the block stage joins a label's rest
onto it when a label follows the pieces, and did not look past a block's head: the row read as
"行政规" with its rest a row of its own, a false C202 "表二缺少1行：行政规范性文件".

The report is invented: tests/fixtures/tabs_2024.txt, its 表二 a cell a line as pdftotext -raw copies it."""
from pathlib import Path

from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"


#: 表二 as pdftotext -raw copies it out of a PDF with narrow label and head cells, a cell a line
#: ({valid}: 行政规范性文件's 现行有效件数; {cut}: the page break after that row's numbers, or nothing)
RAW_TABLE_TWO = """第二十条第（一）项
信息内
容
本年
制发
件数
本年
废止
件数
现行
有效
件数
规章 0 0 0
行政规 3 1 {valid}
{cut}范性文
件
第二十条第（五）项
信息内
容
本年处理决定数量
行政许
可
120
第二十条第（六）项
信息内
容
本年处理决定数量
行政处
罚
35
行政强
制
2
第二十条第（八）项
信息内
容
本年收费金额（单
位：万元）
行政事
业性收
费
1.25"""


def raw_copy(text: str, cut: bool, valid: int = 12) -> str:
    """The report with 表二 so copied, a page's number and running title where a page breaks
    (in section 一 too: the running title is on every page)."""
    lines = text.split("\n")
    start = lines.index("二、主动公开政府信息情况")
    end = lines.index("三、收到和处理政府信息公开申请情况")
    page = f"— 1 —\n{TITLE}\n" if cut else ""
    body = lines[:start + 1] + RAW_TABLE_TWO.format(valid=valid, cut=page).split("\n") + lines[end:]
    k = body.index("（三）政府信息管理。落实信息发布审核制度，定期清理过期信息。")
    return "\n".join(body[:k] + ["— 2 —", TITLE] + body[k:])


def found(text):
    return [(d.code, d.message) for d in lint(text).diagnostics]


def test_label_rest_before_the_next_blocks_head_is_joined():
    assert found(raw_copy(TABS, cut=False)) == []
    assert found(raw_copy(TABS, cut=True)) == []


def test_label_rest_before_the_next_blocks_head_keeps_a_seeded_defect():
    bad = TABS.replace("行政规范性文件\t3\t1\t12", "行政规范性文件\t3\t1\t1")
    want = found(bad)
    assert [c for c, _ in want] == ["A305"]
    assert found(raw_copy(bad, cut=True, valid=1)) == want
