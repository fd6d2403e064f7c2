"""``pdftotext -layout`` of a PDF whose 表三 has label columns two to four characters wide (Word's
broken-labels style printed by LibreOffice): the group label "（六）" stands on a line of its own,
its first item's "1.申请" beside the numbers, and below them the pieces of the two labels come a
line each, interleaved, the group's column a character right of the item's:

    "         （六）" / "        1.申请   0 0 …" / "         其他处" / "        人无" / "         理" /
    "        正当理" / "        由逾期" / …

The two labels' pieces are in one row of words; the pairwise join took "其他处" + "理" and left
the item's label "1.申请", so the row went missing (false C202 表三缺少1行：1.申请人无正当理由逾期
不补正、行政机关不再处理其政府信息公开申请). The pieces are sorted by the column they start at:
one column's complete the group's label, the other's the item's.

The report is invented: tests/fixtures/spaced_2024.txt, the row rewritten as such a copy writes it.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from harness import compare  # noqa: E402

from govlint.run.engine import lint_text  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "spaced_2024.txt").read_text("utf-8")
ROW = next(line for line in SOURCE.split("\n") if line.startswith("（六）其他处理"))
ZEROS = "           " + "       ".join("0" * 7)


def interleaved(group: list, item: list) -> str:
    """A group's label on a line of its own, its item's first piece beside the numbers, then the
    two labels' pieces a line each, group and item in turn, the group's column one to the right."""
    lines = [" " * 9 + group[0], " " * 8 + item[0] + ZEROS]
    rest_g, rest_i = group[1:], item[1:]
    for k in range(max(len(rest_g), len(rest_i))):
        if k < len(rest_g):
            lines.append(" " * 9 + rest_g[k])
        if k < len(rest_i):
            lines.append(" " * 8 + rest_i[k])
    return "\n".join(lines)


ITEM = ["1.申请", "人无", "正当理", "由逾期", "不补", "正、行", "政", "机关不", "再处理", "其政府", "信息公", "开申请"]


def _findings(text: str):
    r = lint_text(text, "copy.txt", compare.SETTINGS)
    return [(d.code, d.message) for d in r.diagnostics]


def test_the_source_is_clean():
    assert _findings(SOURCE) == []


def test_two_labels_pieces_interleaved_line_by_line_in_two_columns():
    copy = SOURCE.replace(ROW, interleaved(["（六）", "其他处", "理"], ITEM))
    assert "\n         （六）\n        1.申请           0       0" in copy
    assert "\n         其他处\n        人无\n         理\n        正当理\n        由逾期\n" in copy
    assert _findings(copy) == []  # (was C202 表三缺少1行：1.申请人无正当理由逾期不补正、行政机关不再处理…)
    assert compare.bound_of(copy) == compare.bound_of(SOURCE)


def test_pieces_in_one_column_that_spell_no_item_stay_a_missing_row():
    """The same lines whose item column spells no row of 表三 (its last piece "开会" for "开申请"):
    not joined; the row is reported missing as before."""
    copy = SOURCE.replace(ROW, interleaved(["（六）", "其他处", "理"], ITEM[:-1] + ["开会"]))
    assert ("C202", "表三缺少1行：1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请") in _findings(copy)
