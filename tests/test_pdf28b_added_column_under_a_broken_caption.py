"""``pdftotext -layout`` of a PDF whose 表二 has a column staff added (上年新制发件数, last year's
figures beside this year's), the block's caption cell narrow enough to wrap: "第二十条第" /
"（一）项" on two lines, then the head on one line, its words apart ("信息内容    上年新制发件数
本年制发件数 …"), then the rows with four numbers.

Why: the head row came to the binder as the caption's two pieces and the head's words in one cell;
the head was split into its words only when it stood alone, and the caption was cut off only when
a piece was a marker word whole: the added column was never set aside, and each row had one number
too many (false C200 ×2, and V502 上年新制发件数 for 本年制发件数) instead of the alteration's one
V501. The head's words are split whatever stands before them, and two pieces that make the caption
are one marker word.

The report is invented: tests/fixtures/spaced_2024.txt, 表二's first block rewritten.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from harness import compare  # noqa: E402

from govlint.run.engine import lint_text  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "spaced_2024.txt").read_text("utf-8")
BLOCK = ("第二十条第（一）项\n信息内容  本年制发件数  本年废止件数  现行有效件数\n"
         "规章  0  0  0\n行政规范性文件  3  1  12\n")
V501 = ("V501", "表二有官方格式没有的列：“上年新制发件数”；其数字不参与检查，建议按官方格式删去")


def copied(caption: str, head: str, rows: str) -> str:
    assert BLOCK in SOURCE
    return SOURCE.replace(BLOCK, caption + head + rows)


def _findings(text: str):
    return [(d.code, d.message) for d in lint_text(text, "copy.txt", compare.SETTINGS).diagnostics]


HEAD_LEFT = "信息内容       上年新制发件数    本年制发件数     本年废止件数     现行有效件数\n"
ROWS_LEFT = "规章         0          0          0          0\n行政规范性文件    4          3          1          12\n"
HEAD_RIGHT = "信息内容         本年制发件数       本年废止件数      现行有效件数   上年新制发件数\n"
ROWS_RIGHT = "规章           0            0           0        0\n行政规范性文件      3            1           12       4\n"


def test_the_added_column_first_under_a_caption_broken_over_two_lines():
    text = copied("第二十条第\n（一）项\n", HEAD_LEFT, ROWS_LEFT)
    assert _findings(text) == [V501]  # (was V502 ×1 + C200 ×2)


def test_the_added_column_last_under_a_caption_broken_over_two_lines():
    text = copied("第二十条第\n（一）项\n", HEAD_RIGHT, ROWS_RIGHT)
    assert _findings(text) == [V501]  # (was V502 ×1 + C200 ×2)


def test_the_same_head_under_the_whole_caption_as_before():
    assert _findings(copied("第二十条第（一）项\n", HEAD_LEFT, ROWS_LEFT)) == [V501]


def test_no_added_column_under_a_broken_caption_reads_clean():
    text = copied("第二十条第\n（一）项\n", "信息内容       本年制发件数     本年废止件数     现行有效件数\n",
                  "规章         0          0          0\n行政规范性文件    3          1          12\n")
    assert _findings(text) == []
    assert compare.bound_of(text) == compare.bound_of(SOURCE)


def test_a_misspelt_column_under_a_broken_caption_is_still_said():
    """本年度止件数 for 本年废止件数, no column added: the misspelling is said (V502), the numbers bind."""
    text = copied("第二十条第\n（一）项\n", "信息内容       本年制发件数     本年度止件数     现行有效件数\n",
                  "规章         0          0          0\n行政规范性文件    3          1          12\n")
    assert [c for c, _ in _findings(text)] == ["V502"]


#: the head's names wrapped in narrow cells, each line's words at their columns (pdftotext -layout)
HEAD_WRAPPED = ("信息内容   上年   本年   本年   现行\n"
                "       新制   制发   废止   有效\n"
                "       发件   件数   件数   件数\n"
                "       数\n")


def test_the_added_column_in_a_head_wrapped_at_its_columns_under_a_caption_in_three():
    """The caption in three pieces ("第二十条" / "第（一）" / "项"), the head's names over four lines,
    a piece under each name's first at the same column: read by column, 上年新制发件数 is added."""
    text = copied("第二十条\n第（一）\n项\n", HEAD_WRAPPED, ROWS_LEFT)
    assert _findings(text) == [V501]  # (was C200 ×2)


def test_a_head_line_whose_words_stand_off_the_columns_is_not_read_by_column():
    """The same head, its second line shifted one column: no word starts where a name does, so the
    lines are not joined by column and the rows' numbers stay unbound (C200 ×2)."""
    text = copied("第二十条\n第（一）\n项\n", HEAD_WRAPPED.replace("       新制", "        新制"), ROWS_LEFT)
    assert [c for c, _ in _findings(text)] == ["C200", "C200"]
