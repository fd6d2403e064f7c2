"""``pdftotext -layout`` of a PDF whose 表三 has narrow label columns: the group label
"三、本年度办理结果" and its first result's "（一）予以公开" wrap side by side, a piece of each a
line, and the wrap cuts the result's enumerator: "三、本    （一   4 1 0 0 0 0 5" / "年度办    ）予" /
"理结果    以公" / "开" (LibreOffice's PDF of a Word table with narrow columns, as a continued table
or with page furniture between its head rows).

"（一" is no enumerator, so the line's two pieces were never cut apart: the row's label stayed one
cell that no label reads, and the row went missing (false C202 表三缺少1行：（一）予以公开). A label
cell of two words a column's gap apart, each opening a label and the whole none, is cut there
when the lines below complete a group's label and a row's label, one piece to each.

The report is invented: tests/fixtures/spaced_2024.txt, the row rewritten as such a copy writes it.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from harness import compare  # noqa: E402

from govlint.run.engine import lint_text  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "spaced_2024.txt").read_text("utf-8")
ROW = next(line for line in SOURCE.split("\n") if line.startswith("三、本年度办理结果"))
NUMBERS = "    ".join("4 1 0 0 0 0 5".split())


def side_by_side(group: list, item: list) -> str:
    """Two labels in narrow columns, a piece of each a line, the numbers on the first line, as
    pdftotext -layout writes them."""
    out = []
    for k in range(max(len(group), len(item))):
        line = (group[k] if k < len(group) else "").ljust(7) + (item[k] if k < len(item) else "")
        out.append(line.rstrip() + ("    " + NUMBERS if k == 0 else ""))
    return "\n".join(out)


def _findings(text: str):
    r = lint_text(text, "copy.txt", compare.SETTINGS)
    return [(d.code, d.message) for d in r.diagnostics]


def test_the_source_is_clean():
    assert _findings(SOURCE) == []


def test_a_group_label_beside_its_first_result_the_enumerator_cut_by_the_wrap():
    copy = SOURCE.replace(ROW, side_by_side(["三、本", "年度办", "理结果"], ["（一", "）予", "以公", "开"]))
    assert "\n三、本    （一    4    1" in copy and "\n年度办    ）予\n理结果    以公\n       开\n" in copy
    assert _findings(copy) == []  # (was C202 表三缺少1行：（一）予以公开)
    assert compare.bound_of(copy) == compare.bound_of(SOURCE)


def test_pieces_that_make_no_result_label_stay_unread():
    """The same lines whose second column spells no row of 表三 ("（一）予以办理"): not cut into
    labels; the row is reported missing as before."""
    copy = SOURCE.replace(ROW, side_by_side(["三、本", "年度办", "理结果"], ["（一", "）予", "以办", "理"]))
    assert ("C202", "表三缺少1行：（一）予以公开") in _findings(copy)

