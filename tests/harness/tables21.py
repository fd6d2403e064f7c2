"""Tables as staff alter them (round 21): the clean source report (sources.clean(), 样例县交通运输局,
invented) with one statistical table altered as staff alter the official template, in the tab
layout every rendering starts from. Each one must bind as the unaltered source (its official
cells) and give the findings listed with it: none, or one that names what was altered.

| name | alteration | what govlint says |
|---|---|---|
| t2-last-year-right | 表二's first block with a column 上年新制发件数 after this year's three | one V501 note |
| t2-last-year-left | the same column before this year's three | one V501 note |
| t2-years-side-by-side | 表二's first block as 2024年… and 2023年… columns, each head naming its year | one V501 note |
| t3-remarks | 表三 with a 备注 column after 总计, one row's note in it | one V501 note |
| t3-last-year-total | 表三 with a 上年总计 column after 总计, numbers in every row | one V501 note |
| t4-remarks | 表四 with a 备注 column, "无" under it | one V501 note |
| t2-totals-row | a 合计 row added under 表二's last block | one V501 warning |
| t3-one-head-row | 表三's two head rows merged into one (自然人 … 其他 · 总计), no 申请人情况 | nothing |
| tables-numbered | each table captioned 表1 / 附表2 / 表3 as the agency numbers them | nothing |
| t2-two-by-two | 表二's four blocks two by two: （一） beside （五）, （六） beside （八） | nothing |
| t3-in-three-tables | 表三 as three tables, one per group of columns (自然人; 法人或其他组织's five; 总计) | nothing |
| t2-note-row | a 注 row under 表二's last block | nothing |
| t3-note-row | a 说明 row under 表三 | nothing |
| t4-head-apart | 表四's head rows and its row of numbers as two tables (a blank line between) | nothing |
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Dict, List, Tuple

from .sources import _replace, clean

HEAD2 = "信息内容\t本年制发件数\t本年废止件数\t现行有效件数"
ROWS2 = "规章\t0\t0\t0\n行政规范性文件\t3\t1\t12"
HEAD3 = "\t自然人\t法人或其他组织\t总计"
HEAD3_ALL = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
             "\t自然人\t法人或其他组织\t总计\n\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n")
HEAD4 = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉"
ROW4 = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"
#: 表三's data rows: a label (or two) and seven numbers (表四's row of fifteen is no such row)
T3_ROW = re.compile(r"^(?!1\t0\t).*\t\d+\t\d+\t\d+\t\d+\t\d+\t\d+\t\d+$", re.M)


def _t3_rows(text: str, edit: Callable[[str], str]) -> str:
    return T3_ROW.sub(lambda m: edit(m.group()), text)


def _years(first: int, second: int) -> str:
    return "\t".join(f"{y}年{c}" for y in (first, second) for c in ("本年制发件数", "本年废止件数", "现行有效件数"))


def _note(table: str, *names: str) -> str:
    listed = "、".join(f"“{n}”" for n in names)
    return f"{table}有官方格式没有的列：{listed}；其数字不参与检查，建议按官方格式删去"


def _blocks_two_by_two(text: str) -> str:
    """表二's four blocks laid out two by two: （一） beside （五）, （六） beside （八）."""
    start = text.index("第二十条第（一）项")
    end = text.index("行政事业性收费\t1.25") + len("行政事业性收费\t1.25")
    return text[:start] + "\n".join([
        "第二十条第（一）项\t\t\t\t第二十条第（五）项\t",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\t信息内容\t本年处理决定数量",
        "规章\t0\t0\t0\t行政许可\t120",
        "行政规范性文件\t3\t1\t12\t\t",
        "第二十条第（六）项\t\t第二十条第（八）项\t",
        "信息内容\t本年处理决定数量\t信息内容\t本年收费金额（单位：万元）",
        "行政处罚\t35\t行政事业性收费\t1.25",
        "行政强制\t2\t\t"]) + text[end:]


def _table_three_in_three(text: str) -> str:
    """表三 as three tables, one for each group of columns (自然人; the five 法人或其他组织 columns;
    总计), each with every row's labels."""
    start = text.index(HEAD3_ALL)
    end = text.index("\n", text.index("四、结转下年度继续办理"))
    rows = [r for r in text[start:end].split("\n") if T3_ROW.match(r)]

    def part(head: str, columns: slice) -> str:
        out = [head]
        for r in rows:
            cells = r.split("\t")
            out.append("\t".join(cells[:-7] + cells[-7:][columns]))
        return "\n".join(out)
    return text[:start] + "\n\n".join([
        part("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t自然人", slice(0, 1)),
        part("\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他", slice(1, 6)),
        part("\t总计", slice(6, 7))]) + text[end:]


#: name → (the altered report, its findings as (code, message))
ALTERED: Dict[str, Tuple[Callable[[], str], List[Tuple[str, str]]]] = {
    "t2-last-year-right": (
        lambda: _replace(clean(), [(HEAD2 + "\n" + ROWS2, HEAD2 + "\t上年新制发件数\n规章\t0\t0\t0\t0\n"
                                    "行政规范性文件\t3\t1\t12\t4")]),
        [("V501", _note("表二", "上年新制发件数"))]),
    "t2-last-year-left": (
        lambda: _replace(clean(), [(HEAD2 + "\n" + ROWS2, "信息内容\t上年新制发件数\t本年制发件数\t本年废止件数\t现行有效件数\n"
                                    "规章\t0\t0\t0\t0\n行政规范性文件\t4\t3\t1\t12")]),
        [("V501", _note("表二", "上年新制发件数"))]),
    "t2-years-side-by-side": (
        lambda: _replace(clean(), [(HEAD2 + "\n" + ROWS2, f"信息内容\t{_years(2024, 2023)}\n规章\t0\t0\t0\t0\t0\t0\n"
                                    "行政规范性文件\t3\t1\t12\t4\t2\t10")]),
        [("V501", _note("表二", "2023年本年制发件数", "2023年本年废止件数", "2023年现行有效件数"))]),
    "t3-remarks": (
        lambda: _t3_rows(_replace(clean(), [(HEAD3, HEAD3 + "\t备注")]),
                         lambda row: row + ("\t含网上申请" if row.startswith("一、") else "\t")),
        [("V501", _note("表三", "备注"))]),
    "t3-last-year-total": (
        lambda: _t3_rows(_replace(clean(), [(HEAD3, HEAD3 + "\t上年总计")]),
                         lambda row: row + "\t" + row.rsplit("\t", 1)[1]),
        [("V501", _note("表三", "上年总计"))]),
    "t4-remarks": (
        lambda: _replace(clean(), [(HEAD4, HEAD4 + "\t备注"), (ROW4, ROW4 + "\t无")]),
        [("V501", _note("表四", "备注"))]),
    "t2-totals-row": (
        lambda: _replace(clean(), [("行政事业性收费\t1.25", "行政事业性收费\t1.25\n合计\t160")]),
        [("V501", "表二的“合计”行是官方格式没有的小计（统计时不计入），建议按官方格式删去")]),
    "t3-one-head-row": (
        lambda: _replace(clean(), [(HEAD3_ALL, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
                                    "\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n")]),
        []),
    "tables-numbered": (
        lambda: _replace(clean(), [("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n表1 主动公开政府信息情况\n"),
                                   ("三、收到和处理政府信息公开申请情况\n", "三、收到和处理政府信息公开申请情况\n附表2：收到和处理政府信息公开申请情况\n"),
                                   ("四、政府信息公开行政复议、行政诉讼情况\n", "四、政府信息公开行政复议、行政诉讼情况\n表3 行政复议、行政诉讼情况\n")]),
        []),
    "t2-two-by-two": (lambda: _blocks_two_by_two(clean()), []),
    "t3-in-three-tables": (lambda: _table_three_in_three(clean()), []),
    "t2-note-row": (
        lambda: _replace(clean(), [("行政事业性收费\t1.25", "行政事业性收费\t1.25\n注：行政事业性收费为本机关收取的金额\t")]),
        []),
    "t3-note-row": (
        lambda: _replace(clean(), [("四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1",
                                    "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n说明\t本表数据截至2024年12月31日")]),
        []),
    "t4-head-apart": (
        lambda: _replace(clean(), [("\n" + ROW4, "\n\n" + ROW4)]),
        []),
}


def faithful_grids(rows: List[List[str]], official: Callable) -> list:
    """The tables of ``rows`` as report_formats' official builder lays them out (merged heads and
    labels) when that keeps every cell's text in grids whose rows are all as wide; else one plain
    grid, a cell for each tab cell (the builder knows the official shapes only: an added column or
    a merged head would be lost, and the rendering would not be the altered table; a table of
    some of 表三's columns came back ragged, a head row narrower than its rows, which Word's
    writer wrapped onto the next row and the PDF drawer could not draw)."""
    from collections import Counter

    import report_formats as rf

    want = Counter(c for r in rows for c in r if c)
    try:
        grids = official(rows)
    except IndexError:
        grids = None
    if grids is not None:
        got = Counter(cell.text for g in grids for r in g for cell in r if cell is not None and cell.text)
        if got == want and all(len({len(r) for r in g}) == 1 for g in grids):
            return grids  # (a ragged grid, rows of other widths, is no table: the plain grid is)
    width = max(len(r) for r in rows)

    def padded(r: List[str]) -> List[str]:
        # (a shorter row of numbers lacks label cells: its numbers stand under their columns, as
        # in a table; a head row's cells are as the source has them, empty ones after them, and so
        # are a row's with a second label and numbers after its numbers — two blocks' rows side by
        # side, "行政处罚 | 35 | 行政事业性收费 | 1.25" under "信息内容 | 本年处理决定数量 | 信息内容 | …":
        # each cell under its head, not its numbers pushed right past the next block's label; a
        # note after the numbers, 备注's, is the last column's)
        at = next((i for i, c in enumerate(r) if rf._NUM.match(c)), len(r))
        words = [i for i, c in enumerate(r) if i > at and c and not rf._NUM.match(c)]
        if words and any(rf._NUM.match(c) for c in r[words[0] + 1:] if c):
            at = len(r)
        return r[:at] + [""] * (width - len(r)) + r[at:]
    return [[[rf.Cell(c) for c in padded(r)] for r in rows]]


@lru_cache(maxsize=None)
def expected_of(name: str):
    """The bound cells and findings of the alteration ``name``'s source (``compare.expected``), worked
    out once a session: every rendering of it is compared with them."""
    from .compare import expected
    return expected(ALTERED[name][0]())


def rendering_altered(monkeypatch) -> None:
    """Make the harness's writers (report_formats.blocks) lay out altered tables faithfully."""
    import report_formats as rf

    official = rf._grids
    monkeypatch.setattr(rf, "_grids", lambda rows: faithful_grids(rows, official))


def drawn_borderless(tmp_path, monkeypatch, text: str, name: str):
    """``text`` drawn as a PDF without ruling lines (the harness's "no-rules" layout), its altered
    tables laid out as they are typed: the path of the PDF."""
    import pytest
    pytest.importorskip("reportlab")
    pytest.importorskip("pypdfium2")
    from . import pdf_layouts as pl
    rendering_altered(monkeypatch)
    return pl.draw(text, pl.BY_NAME["no-rules"], tmp_path / name)
