"""A table's cells typed a paragraph each in Word (the one-cell-a-line layout: "本年制发件数" /
"本年废止件数" / "现行有效件数" / "规章" / "0" / "0" / "0", no Word table), printed to PDF: a page that
holds only such cells has no line that ran to its right margin, and the reader's "margin" is the
page's longest line. Two repairs took the stack for wrapped lines: the head's-last-words join glued
the names into one ("本年制发件数 本年废止件数 现行有效件数 规章": 规章's row missing, C202), and the
last-numbers join put a row's first "0" onto its label ("规范性文件\t0", the rest of its numbers a row
of their own). A name alone on its line is not a head that wrapped, and a page whose text block is
narrower than 12 characters has no margin to wrap at.

Geometry as LibreOffice gives it for seed 004 typed a cell a paragraph (14 pt, the cells indented to
107 pt, the page's longest line "第二十条第（一）项" ending at 233 pt)."""
import sys
from pathlib import Path

import pytest

import govlint.syntax  # noqa: F401  (the layout package must not be the first govlint package imported)
from govlint.layout import documents as D
from govlint.readers import Box, Document, Run, TextBlock

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))

SIZE, LEFT, RIGHT = 14.0, 107.0, 233.0
CJK = SIZE
DIGIT = 7.8


def _cell(text, top, page=2):
    width = sum(DIGIT if c.isdigit() else CJK for c in text)
    return TextBlock(text, page=page, box=Box(LEFT, LEFT + width, top, SIZE, LEFT, RIGHT),
                     runs=(Run(text, LEFT, LEFT + width),))


STACK = ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
         "规章", "0", "0", "0", "规范性文件", "0", "0", "0", "第二十条第（五）项", "信息内容",
         "本年处理决定数量", "行政许可", "0"]


def _render(texts):
    blocks = [_cell(t, 94 + 23 * k) for k, t in enumerate(texts)]
    return [ln for ln in D.render(Document("", {}, tuple(blocks))).text.split("\n") if ln]


def test_a_stack_of_names_a_line_each_stays_a_line_each():
    assert _render(STACK) == STACK


def test_the_head_that_ran_to_a_real_margin_still_takes_its_last_words():
    """A line of names side by side up to the margin (several runs), its last name on the next:
    joined as before."""
    left, right = 90.0, 519.0
    runs = tuple(Run(t, x, x + CJK * len(t)) for t, x in
                 (("商业企业", 162.0), ("科研机构", 234.0), ("社会公益组织", 306.0), ("法律服务机构", 414.0)))
    head = TextBlock(" ".join(r.text for r in runs), page=1, runs=runs,
                     box=Box(162.0, runs[-1].x1, 80, SIZE, left, right))
    rest = TextBlock("其他", page=1, runs=(Run("其他", 126.0, 154.0),), box=Box(126.0, 154.0, 95, SIZE, left, right))
    items = D._items([head, rest])
    from govlint.layout import vocabulary
    D.row_wrapped_at_the_right_margin(items, vocabulary())
    assert [it.text for it in items] == ["商业企业 科研机构 社会公益组织 法律服务机构 其他", ""]




def test_the_clean_report_typed_a_cell_a_paragraph_misses_no_row_as_pdf(cells_pdf):
    """tests/fixtures/cells_2024.txt (clean) as Word paragraphs, LibreOffice's PDF: no row missing
    (main: C202 表二缺少1行：行政事业性收费, C202 表三缺少1行：1.信访举报投诉类申请), and no cell lost at
    a page's foot (a lone "0" there had been dropped as the page's number: two C203)."""
    from govlint.checks.registry import load
    from govlint.config import Config
    from govlint.run.engine import Settings, lint_file
    result = lint_file(str(cells_pdf), Settings.make(Config(), load(builtins_only=True)))
    assert not result.errors
    assert [d.code for d in result.diagnostics] == []
