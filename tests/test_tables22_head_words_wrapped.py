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
from harness.tables21 import ALTERED, rendering_altered  # noqa: E402

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


def _drawn(tmp_path, monkeypatch, text: str) -> Path:
    pytest.importorskip("reportlab")
    pytest.importorskip("pypdfium2")
    from harness import pdf_layouts as pl
    rendering_altered(monkeypatch)
    return pl.draw(text, pl.BY_NAME["no-rules"], tmp_path / "years.pdf")


def test_years_side_by_side_in_a_borderless_pdf_keep_a_defect(tmp_path, monkeypatch):
    """This year's 本年制发件数 written 3.5: found as in the source (C204); last year's are the added
    columns' (one V501)."""
    text = ALTERED["t2-years-side-by-side"][0]().replace("行政规范性文件\t3\t1\t12\t4", "行政规范性文件\t3.5\t1\t12\t4")
    want_cells, want_findings = expected(text)
    assert [f[0] for f in want_findings] == ["C204", "V501"]
    got_cells, got_findings = observed(_drawn(tmp_path, monkeypatch, text))
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
