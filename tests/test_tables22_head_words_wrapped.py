"""A table drawn without borders whose head words are wider than their narrow cells: 表二 with a
year before each column's name (2024年本年制发件数 … 2023年现行有效件数, last year's beside this
year's), each word wrapped by its cell, its end ("数") on the line below at the word's start. Read
as lines, the ends were a line of their own and the head named no column: each row's six numbers
had no columns (C200 for each row). A person reads each end with the word above it: the layout
joins them into one head row (:func:`govlint.layout.documents.head_words_wrapped_in_their_cells`).

The report is invented: tests/harness/sources.clean() (样例县交通运输局)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from govlint.layout.documents import Item, head_words_wrapped_in_their_cells  # noqa: E402
from govlint.readers import Box, Run  # noqa: E402
from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.tables21 import ALTERED, drawn_borderless  # noqa: E402

SIZE = 8.0
#: the columns' starts: a label column, then six narrow ones 69 pt apart
STARTS = (59.0, 128.0, 197.0, 266.0, 335.0, 404.0, 473.0)


def _line(top: float, pieces) -> Item:
    """A PDF line of (start, text) pieces, each character ``SIZE`` wide."""
    runs = tuple(Run(t, x, x + SIZE * len(t)) for x, t in pieces)
    return Item(" ".join(r.text for r in runs), 1, "第1页", Box(runs[0].x0, runs[-1].x1, top, SIZE, 59.0, 540.0),
                runs=runs)


def _head(words, ends, starts=STARTS):
    return [_line(100.0, list(zip(starts, words))), _line(110.5, ends),
            _line(127.0, [(59.0, "规章")] + [(x, "0") for x in starts[1:]])]


YEARS = ["信息内容"] + [f"{y}年{c}" for y in (2024, 2023) for c in ("本年制发件", "本年废止件", "现行有效件")]


def _rows(items):
    # (the row below the head is the layout's: rows_written_as_numbers)
    items[-1].row = [r.text for r in items[-1].runs]
    head_words_wrapped_in_their_cells(items)
    return items


def test_head_words_wrapped_under_their_start_are_one_head_row():
    items = _rows(_head(YEARS, [(x, "数") for x in STARTS[1:]]))
    assert items[0].row == ["信息内容"] + [f"{y}年{c}数" for y in (2024, 2023) for c in ("本年制发件", "本年废止件", "现行有效件")]
    assert items[1].text == ""


def test_a_piece_below_no_words_start_is_no_words_end():
    """"数" half a column off: no word's end; the lines stay as they are."""
    items = _rows(_head(YEARS, [(x + 20, "数") for x in STARTS[1:]]))
    assert items[0].row is None and items[1].text == "数 数 数 数 数 数"


def test_short_words_with_room_after_them_are_not_wrapped():
    """Words that do not fill their cells ("甲" over "乙" in a wide column): the line below is a line of
    its own, not their ends."""
    items = _rows(_head(["信息内容", "甲", "乙"], [(128.0, "丙"), (197.0, "丁")], starts=(59.0, 128.0, 197.0)))
    assert items[0].row is None


def test_no_row_after_the_two_lines_joins_nothing():
    items = _head(YEARS, [(x, "数") for x in STARTS[1:]])
    head_words_wrapped_in_their_cells(items)  # (the third line is no row: prose after a heading)
    assert items[0].row is None



def test_years_side_by_side_in_a_borderless_pdf_keep_a_defect(tmp_path, monkeypatch):
    """This year's 本年制发件数 written 3.5: found as in the source (C204); last year's are the added
    columns' (one V501)."""
    text = ALTERED["t2-years-side-by-side"][0]().replace("行政规范性文件\t3\t1\t12\t4", "行政规范性文件\t3.5\t1\t12\t4")
    want_cells, want_findings = expected(text)
    assert [f[0] for f in want_findings] == ["C204", "V501"]
    got_cells, got_findings = observed(drawn_borderless(tmp_path, monkeypatch, text, "years.pdf"))
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


# -- 表四 with a 备注 column in sixteen narrow borderless columns --------------------------------

T4_STARTS = tuple(59.0 + 30.2 * i for i, _ in enumerate(range(16)))


def test_a_head_word_wrapped_over_three_lines_is_one_head_word():
    """"未经复" / "议直接" / "起诉" under 未经复议直接起诉's start, "持" under 结果维's: one head row of
    whole words (the middle line is no head of its own)."""
    from govlint.layout.documents import rows_written_as_numbers
    words = ["结果维", "结果纠", "其他结", "尚未审", "总计", "未经复", "复议后", "备注"]
    x = T4_STARTS
    items = [_line(100.0, list(zip(x, words))),
             _line(110.5, [(x[0], "持"), (x[1], "正"), (x[2], "果"), (x[3], "结"), (x[5], "议直接"), (x[6], "起诉")]),
             _line(121.0, [(x[5], "起诉")]),
             _line(137.5, [(xx, "0") for xx in x[:15]] + [(x[15], "无")])]
    rows_written_as_numbers(items)
    head_words_wrapped_in_their_cells(items)
    assert items[0].row == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉", "备注"]
    assert items[1].text == items[2].text == ""
    assert items[3].row == ["0"] * 15 + ["无"]


@pytest.mark.parametrize("last, want", [
    ("无", ["0"] * 15 + ["无"]),            # a note in a 备注 cell: the row's last cell
    ("2", ["0"] * 15 + ["2"]),              # a number: the row's own
    ("无。", None),                          # a sentence's end: no cell of a row
    ("详见附件说明", None),                  # longer than a note: words of the page
])
def test_numbers_then_a_word_standing_apart(last, want):
    from govlint.layout.documents import rows_written_as_numbers
    items = [_line(100.0, [(x, "0") for x in T4_STARTS[:15]] + [(T4_STARTS[15], last)])]
    rows_written_as_numbers(items)
    assert items[0].row == want


def test_a_year_spaced_a_digit_a_run_is_no_row_with_a_note():
    """"2 0 2 4 年" alone on a line (a cover's year, each character its own run): a year, not four
    numbers and a 备注 note."""
    from govlint.layout.documents import rows_written_as_numbers
    items = [_line(100.0, [(x, ch) for x, ch in zip(T4_STARTS, "2024年")])]
    rows_written_as_numbers(items)
    assert items[0].row is None


def test_remarks_after_table_four_in_a_borderless_pdf_keep_a_defect(tmp_path, monkeypatch):
    """表四's 复议 总计 written 3 (its parts sum to 2): found as in the source (A304, and N601 against the
    prose's 2), 备注 one V501."""
    from harness.tables21 import ROW4
    text = ALTERED["t4-remarks"][0]().replace(ROW4 + "\t无", ROW4.replace("1\t0\t0\t1\t2", "1\t0\t0\t1\t3", 1) + "\t无")
    want_cells, want_findings = expected(text)
    assert [f[0] for f in want_findings] == ["A304", "V501"]
    got_cells, got_findings = observed(drawn_borderless(tmp_path, monkeypatch, text, "years.pdf"))
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
