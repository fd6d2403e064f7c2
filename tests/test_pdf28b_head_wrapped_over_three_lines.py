"""A borderless 表二 whose head cells are narrow enough that each column's name wraps over three
lines, the first column's "信息内容" whole on the first (LibreOffice's PDF of a Word table without
borders, read line by line): "信息内容 | 本年 | 本年 | 现行 | 上年" / "制发 | 废止 | 有效 | 新制" /
"件数 | 件数 | 件数 | 发件数" — the lines below lack the first column's cell, so their pieces start
one column left, and the middle line's pieces complete no name alone.

Why: the block stage joins a head's wrapped line onto the line above only when each piece
completes a name, two lines at a time: the three lines stayed three rows, no column was named, the
added 上年新制发件数 was never set aside, and each row had one number too many (false C200 ×2
instead of the alteration's V501). The two lower lines' pieces, as many each, go onto the top
line's last words, a column each, when most of the names they make are the format's.

The report is invented: tests/fixtures/tabs_2024.txt, 表二's first block rewritten as the PDF's
reading writes it."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from harness import compare  # noqa: E402

from govlint.run.engine import lint_text  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
HEAD = "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t3\t1\t12\n"
V501 = ("V501", "表二有官方格式没有的列：“上年新制发件数”；其数字不参与检查，建议按官方格式删去")


def _findings(text: str):
    return [(d.code, d.message) for d in lint_text(text, "copy.txt", compare.SETTINGS).diagnostics]


def _copy(head: str, rows: str) -> str:
    assert HEAD in SOURCE
    return SOURCE.replace(HEAD, head + rows)


def test_an_added_column_under_a_head_wrapped_over_three_lines():
    text = _copy("信息内容\t本年\t本年\t现行\t上年\n制发\t废止\t有效\t新制\t\n件数\t件数\t件数\t发件数\t\n",
                 "规章\t0\t0\t0\t0\n行政规范性文件\t3\t1\t12\t4\n")
    assert _findings(text) == [V501]  # (was C200 ×2)


def test_the_official_head_wrapped_over_three_lines_reads_as_the_source():
    text = _copy("信息内容\t本年\t本年\t现行\n制发\t废止\t有效\t\n件数\t件数\t件数\t\n", "规章\t0\t0\t0\n行政规范性文件\t3\t1\t12\n")
    assert _findings(text) == []
    assert compare.bound_of(text) == compare.bound_of(SOURCE)


def test_three_lines_of_pieces_that_name_too_few_columns_stay_apart():
    """Pieces whose names are mostly none of the format's ("本年收入件数", "本年支出件数"): not joined as
    a head; the rows' numbers are not bound to the block's columns (C200 as before)."""
    text = _copy("信息内容\t本年\t本年\t现行\t上年\n收入\t支出\t有效\t新制\t\n件数\t件数\t件数\t发件数\t\n",
                 "规章\t0\t0\t0\t0\n行政规范性文件\t3\t1\t12\t4\n")
    assert [c for c, _ in _findings(text)] == ["C200", "C200"]
