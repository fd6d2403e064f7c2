"""表二's blocks laid out two by two in a table drawn without borders (a PDF printed from a Word
table with no ruling lines): a line holds one block's row and another's beside it ("规章 0 0 0 行政许可
120"). Read by its numbers alone the line was no row (words after its first numbers), and 表二's
规章, 行政许可, 行政处罚 and 行政事业性收费 were missing (C202 缺少4行). A person reads two rows: the
layout makes the line one grid row of both (:func:`govlint.layout.documents.rows_side_by_side`),
the binder parts them as it does a Word table's row.

The report is invented: tests/harness/sources.clean() (样例县交通运输局)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from govlint.layout.documents import Item, rows_side_by_side  # noqa: E402
from govlint.layout.vocabulary import vocabulary  # noqa: E402
from govlint.readers import Box, Run  # noqa: E402
from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.sources import clean  # noqa: E402
from harness.tables21 import _blocks_two_by_two, drawn_borderless  # noqa: E402


def _line(*pieces: str) -> Item:
    """A PDF line of ``pieces`` standing apart, 80 pt from one another."""
    runs = tuple(Run(p, 60.0 + 80 * i, 60.0 + 80 * i + 12 * len(p)) for i, p in enumerate(pieces))
    return Item(" ".join(pieces), 1, "第1页", Box(60.0, runs[-1].x1, 100.0, 12.0, 60.0, 540.0), runs=runs)


@pytest.mark.parametrize("pieces", [
    ("规章", "0", "0", "0", "行政许可", "120"),
    ("行政处罚", "35", "行政事业性收费", "1.25"),
])
def test_two_blocks_rows_on_one_line_are_one_row_of_both(pieces):
    items = [_line(*pieces)]
    rows_side_by_side(items, vocabulary())
    assert items[0].row == list(pieces)


@pytest.mark.parametrize("pieces", [
    ("规章", "0", "0", "0", "单位：件", "1"),         # words after the numbers that are no row's label
    ("规章", "0", "0", "0", "行政许可", "见附件"),     # no number after the second label
    ("2024", "年", "行政许可", "120"),                # no row (a label then numbers) before it
])
def test_words_after_a_rows_numbers_that_are_no_second_row_make_no_row(pieces):
    items = [_line(*pieces)]
    rows_side_by_side(items, vocabulary())
    assert items[0].row is None



def test_blocks_two_by_two_in_a_borderless_pdf_bind_as_the_source(tmp_path, monkeypatch):
    text = _blocks_two_by_two(clean())
    want_cells, want_findings = expected(text)
    got_cells, got_findings = observed(drawn_borderless(tmp_path, monkeypatch, text, "two-by-two.pdf"))
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


def test_blocks_two_by_two_in_a_borderless_pdf_keep_a_defect(tmp_path, monkeypatch):
    """A count of decisions that is no whole number, in the block beside: found as in the source (C204)."""
    text = _blocks_two_by_two(clean()).replace("行政处罚\t35", "行政处罚\t3.5")
    want_cells, want_findings = expected(text)
    assert [(f[0], f[5]) for f in want_findings] == [
        ("C204", "表二“行政处罚”行“本年处理决定数量”列的值“3.5”不是整数，应为非负整数")]
    got_cells, got_findings = observed(drawn_borderless(tmp_path, monkeypatch, text, "two-by-two.pdf"))
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
