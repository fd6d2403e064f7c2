"""A 表三 whose right side the page cut off: one C200 for the table, nothing that depends on it.

A web page opened in Writer and exported to PDF lays a table out wider than the page; the columns
past the page's edge (其他, 总计) are not in the file at all. The rows' five numbers were placed in the
last five columns, so the first two looked blank (C203 on every row), the arithmetic failed (A301,
A302) and the prose disagreed with the table (N601): 202 findings more than the source on 22
invented reports printed this way. The head shows the cut: it names the first columns and none
after them, and the rows stop where it does. Invented fixture: ``tabs_2024.txt`` with 表三's last two
columns cut from its head and rows (all rows, or the first part's only when the rest is whole).
"""
from __future__ import annotations

import re
from pathlib import Path

from govlint.checks.registry import load
from govlint.config import Config
from govlint.run.engine import Settings, lint_text

FIXTURE = Path(__file__).parent / "fixtures" / "tabs_2024.txt"
SETTINGS = Settings.make(Config(), load())


def _cut(text: str, rows_cut=None) -> str:
    """表三 with its last two columns cut off: from its head, and from its first ``rows_cut`` data
    rows (all when None)."""
    lines = text.split("\n")
    start = next(i for i, x in enumerate(lines) if x.startswith("三、收到和处理"))
    end = next(i for i, x in enumerate(lines) if x.startswith("四、政府信息公开行政复议"))
    seen = 0
    for i in range(start + 1, end):
        line = lines[i]
        if line.startswith("\t自然人"):
            lines[i] = line.replace("\t总计", "")
        elif line.startswith("\t\t商业企业"):
            lines[i] = line.replace("\t其他", "")
        elif re.search(r"\t\d+$", line):
            seen += 1
            if rows_cut is None or seen <= rows_cut:
                lines[i] = line.rsplit("\t", 2)[0]
    return "\n".join(lines)


def _findings(text: str):
    result = lint_text(text, "report.txt", SETTINGS)
    return [(d.code, d.span.line if d.span else None, d.message) for d in result.diagnostics]


def _table_three(found):
    return [f for f in found if f[0][0] in "CAN" and "表三" in f[2]]


def test_the_source_has_no_table_finding():
    assert _table_three(_findings(FIXTURE.read_text(encoding="utf-8"))) == []


def test_a_table_cut_at_the_page_edge_is_one_c200():
    found = _table_three(_findings(_cut(FIXTURE.read_text(encoding="utf-8"))))
    assert found == [("C200", 30, "表三（收到和处理政府信息公开申请情况）无法可靠读取：第30行起有25行只有5个数字，"
                                  "表头和这些行都没有“其他”“总计”列：表格右侧可能被页面截断，无法确定各数字对应的列；"
                                  "该表的完整性、数值和勾稽关系检查未进行")]


def test_a_table_whose_first_part_is_cut_is_one_c200():
    """Only the first part's twelve rows cut; the head (in that part) stops where they do."""
    found = _table_three(_findings(_cut(FIXTURE.read_text(encoding="utf-8"), rows_cut=12)))
    assert [(c, line) for c, line, _ in found] == [("C200", 30)]
    assert "有12行只有5个数字" in found[0][2]


def test_rows_cut_under_a_whole_head_are_not_a_cut_table():
    """The head names 其他 and 总计: the rows' missing numbers are the author's (C203), not the page's."""
    text = FIXTURE.read_text(encoding="utf-8")
    lines = text.split("\n")
    cut = _cut(text).split("\n")
    head = next(i for i, x in enumerate(lines) if x.startswith("\t自然人"))
    cut[head:head + 2] = lines[head:head + 2]
    codes = {c for c, _, m in _findings("\n".join(cut)) if "表三" in m}
    assert "C200" not in codes and "C203" in codes
