"""A total left at 0 (zero31), in the Markdown pipe-table layout: a 表三 （七）总计 row (or 总计
column) filled with zeros while the rows above hold figures is ONE finding of the rule whose total
it is (A302 / A303), with each total's computed sum in its message and data and the total cells as
related locations; A301, which fails in those columns only because of the zeros, is quiet. A total
row left BLANK stays C203's (a blank cell is not checked by arithmetic). The report is invented."""
from govlint.testing import lint

_HEAD = """# 示例县商务局2024年政府信息公开工作年度报告

本报告依据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为2024年1月1日至12月31日。

## 一、总体情况

2024年，本机关共收到政府信息公开申请5件，均已按期答复。

## 二、主动公开政府信息情况

### 第二十条第（一）项
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 2 | 1 | 12 |

### 第二十条第（五）项
| 信息内容 | 本年处理决定数量 |
|---|---|
| 行政许可 | 35 |

### 第二十条第（六）项
| 信息内容 | 本年处理决定数量 |
|---|---|
| 行政处罚 | 4 |
| 行政强制 | 0 |

### 第二十条第（八）项
| 信息内容 | 本年收费金额（单位：万元） |
|---|---|
| 行政事业性收费 | 0 |

## 三、收到和处理政府信息公开申请情况

| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
|---|---|---|---|---|---|---|---|
"""

_ROWS = ("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开",
         "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密", "2.其他法律行政法规禁止公开",
         "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
         "7.属于行政执法案卷", "8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
         "3.补正后申请内容仍不明确", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
         "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
         "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
         "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
         "四、结转下年度继续办理")

_TAIL = """
## 四、政府信息公开行政复议、行政诉讼情况

| 行政复议结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 复议后起诉结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |

## 五、存在的主要问题及改进情况

（一）主要问题。部分栏目更新不够及时。

（二）改进情况。下一步建立栏目更新提醒机制。

## 六、其他需要报告的事项

本年度未收取信息处理费。
"""

#: line of the （七）总计 row in the report below (the header is 2 lines above the first row)
TOTAL_LINE = _HEAD.count("\n") + 1 + _ROWS.index("（七）总计")


def report(cells: dict) -> str:
    """The report with 表三's rows as given (row label -> seven cells), all others 0."""
    lines = []
    for label in _ROWS:
        row = cells.get(label, ("0",) * 7)
        lines.append("| " + " | ".join((label,) + tuple(row)) + " |")
    return _HEAD + "\n".join(lines) + "\n" + _TAIL


#: 5 new applications from natural persons, 3 disclosed and 2 not held; the totals as given
FIGURES = {
    "一、本年新收政府信息公开申请数量": ("5", "0", "0", "0", "0", "0", "5"),
    "（一）予以公开": ("3", "0", "0", "0", "0", "0", "3"),
    "1.本机关不掌握相关政府信息": ("2", "0", "0", "0", "0", "0", "2"),
}


def _findings(text, lang="zh", select=("A", "C203")):
    return [(d.code, d.span.line, d.span.column, d.message) for d in lint(text, select=list(select), lang=lang).diagnostics]


def test_markdown_total_row_left_at_0_is_one_A302_and_a_blank_row_stays_C203s():
    text = report(FIGURES)
    assert TOTAL_LINE == text.splitlines().index("| （七）总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |") + 1
    result = lint(text, select=["A", "C203"])
    assert [(d.code, d.span.line, d.span.column, d.message) for d in result.diagnostics] == [
        ("A302", TOTAL_LINE, 11, "表三“（七）总计”行均为0，而按勾稽关系应为：自然人 5，总计 5"
                                 "（应满足：（七）总计 = （一）至（六）各项之和）")]
    diag = result.diagnostics[0]
    assert diag.data == {"relation": "t3-results", "op": "=", "found": "0", "expected": "5", "kind": "zero-total",
                         "cells": ["total.natural", "total.total"], "sums": ["5", "5"],
                         "relations": ["t3-results", "t3-results"]}
    assert [(r.message, r.span.line, r.span.column, r.location.column) for r in diag.related] == [
        ("自然人 = 0，应为 5", TOTAL_LINE, 11, "自然人"), ("总计 = 0，应为 5", TOTAL_LINE, 35, "总计")]
    assert (diag.location.table, diag.location.row_key, diag.location.column_key) == ("表三", "total", "natural")
    # the same row left blank: C203's (a blank cell), not arithmetic's
    blank = report({**FIGURES, "（七）总计": ("",) * 7})
    assert [c for c, *_ in _findings(blank)] == ["C203"]


def test_markdown_total_row_left_at_0_in_english():
    assert _findings(report(FIGURES), lang="en", select=("A",)) == [
        ("A302", TOTAL_LINE, 11, "表三 row “（七）总计” is all 0, but by the relation they should be: 自然人 5, 总计 5 "
                                 "(expected: total = sum of all result rows)")]


def test_markdown_total_row_and_column_left_at_0_one_finding_each_and_A301_quiet():
    """Both the （七）总计 row and the 总计 column at 0, figures only for 自然人: A302 fails in one
    column only (reported as the single instance it is), A303 in three rows (one finding); A301 in
    the 自然人 column fails only because of the zero and is quiet."""
    figures = {label: row[:6] + ("0",) for label, row in FIGURES.items()}
    new_line = TOTAL_LINE - _ROWS.index("（七）总计")
    assert _findings(report(figures), select=("A",)) == [
        ("A303", new_line, 46, "表三“总计”列均为0，而按勾稽关系应为：一、本年新收政府信息公开申请数量 5，（一）予以公开 3，"
                               "1.本机关不掌握相关政府信息 2（应满足：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + "
                               "法律服务机构 + 其他）"),
        ("A302", TOTAL_LINE, 11, "表三“自然人”列勾稽关系不成立：（七）总计 = 0，而 21项之和［（一）予以公开(3) + "
                                 "1.本机关不掌握相关政府信息(2)］ = 5，相差 -5（应满足：（七）总计 = （一）至（六）各项之和）"),
    ]


def test_markdown_total_row_wrong_in_one_column_is_not_a_total_left_at_0():
    """A （七）总计 row with one non-zero cell is not a row left at 0: each failing relation is
    reported as before (A301 and A302 in the 自然人 column, A303 in the row). A guard: the same at
    the base commit."""
    figures = {**FIGURES, "（七）总计": ("0", "0", "0", "0", "0", "0", "5")}
    assert [(c, line, col) for c, line, col, _ in _findings(report(figures), select=("A",))] == [
        ("A301", TOTAL_LINE - _ROWS.index("（七）总计"), 22), ("A302", TOTAL_LINE, 11), ("A303", TOTAL_LINE, 35)]
