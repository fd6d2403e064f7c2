"""``pdftotext -layout`` of LibreOffice's PDF of staff's 表三 with a column added after 总计
(tests/harness/tables21.py "t3-remarks": 备注, one row's note 含网上申请; "t3-last-year-total": 上年总计,
a number in every row), the Word table's cells narrow enough to wrap the head's names and the
labels, a character or three a line:

- the head's names in pieces at their columns, both head rows run into one row of lines
  ("自然人    法人或   总计   上年" / "其他组        总计" / "织" / "商业企   科研 …" / "业     机构 …" /
  "组织   机构"): the binder looked for the added column among the pieces and found none, and the
  rows of eight numbers had no column for their eighth (C200 ×25), or read "商业企" as a misspelt
  商业企业 (V502). A matrix's head is read in bands (binder ``_head_words_in_bands``): a line whose
  every word stands at a column of the band above (one column off allowed: a page's first line
  opens with pdftotext's form feed, which the reader makes a space) continues that band; any other
  line starts the next head row. A band that leaves a name misspelt is not used.
- the note after a row's numbers, wrapped beside its label's pieces ("一、本   10   2 …   13   含网" /
  "年新收      上申" / "政府信      请"): the row's line was taken for a section's heading (it does not
  end in a number) and its row was lost (C202 表三缺少1行：一、本年新收政府信息公开申请数量). Numbers apart
  then a short word is a row (syntax/lexer.py ``NUMBERS_THEN_A_NOTE``), the word its note
  (layout/blocks.py ``split_spaced``), and the note's pieces below at its column are joined onto it
  (``_notes_wrapped``), the label's left to be put together as any wrapped label's.

Each copy must give the one V501 its source gives and bind the source's cells. The copies
(tests/copies31/) were built by the harness: the alteration's source in the Word
style, LibreOffice's PDF, ``pdftotext -layout``."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import compare  # noqa: E402
from harness.tables21 import ALTERED, expected_of  # noqa: E402

from govlint.layout.documents import read  # noqa: E402
from govlint.run.engine import lint_file  # noqa: E402

COPIES = Path(__file__).parent / "copies31"
NOTE = "表三有官方格式没有的列：“{}”；其数字不参与检查，建议按官方格式删去"


@pytest.mark.parametrize("name, added", [("t3-remarks", "备注"), ("t3-last-year-total", "上年总计")])
@pytest.mark.parametrize("style", ["narrow", "grid"])
def test_table_three_with_a_column_added_wrapped_by_pdftotext_layout_gives_one_note(name, added, style):
    path = COPIES / f"{name}--{style}.txt"
    got = [(d.code, d.message) for d in lint_file(str(path), compare.SETTINGS).diagnostics]
    assert got == [("V501", NOTE.format(added))]
    assert got == ALTERED[name][1]
    doc = read(path)
    assert compare.cell_differences(expected_of(name)[0], compare.bound_of(doc.text, doc.source)) == []
