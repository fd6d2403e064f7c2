"""The cuts of issue 11's round of session 19 (branch perf29), each held to what it replaced.

The binder's reading of a head row for columns its author added (``_extra_heads``) is
remembered, for a matrix's or a one-row table's head that added nothing (表三's "申请人情况 | 自然人
| … | 总计", 表四's "行政复议 | 行政诉讼"), by the table and the cells' texts. These tests read the
same head rows the memo's way, after the same texts were read elsewhere (in another report, at
other places), and the full way on a fresh index, and compare everything the reading leaves: the
added columns and their cells, the cells set aside, the block's head kept for the next line, the
notes. The head rows are typed in the layouts the binder meets: a cell a word ("自然人 | 商业企业"),
several words in one cell apart by spaces (a head copied onto one line), two names run together.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govlint.binder.bind import _Binder, _Index
from govlint.formats import BUILTIN_FORMATS
from govlint.syntax.ast import TEXT, Cell, Span

_FMT = BUILTIN_FORMATS["2021"]


def _words(t) -> list:
    """What a head row of ``t`` may hold: its markers, groups' and columns' names (and the pieces of
    表四's "行政复议·结果维持"), words an author adds, 小计, a misspelt column, another year's column."""
    words = list(t.markers) + [g.label.text for g in t.groups]
    for c in t.columns:
        words += [c.label.text] + c.label.text.split("·")
    return words + ["上年总计", "备注", "本年增/减", "上一年项目数量", "小计", "合计", "自然仁", "商业企",
                    "2023年总计", "2024年总计", "上年新制发件数", "信息内容", "第二十条第（一）项", "12", ""]


_TABLES = [t for t in _FMT.tables if t.layout in ("matrix", "single_row")]


@st.composite
def _head(draw):
    """(a table, the texts of a head row of it): each cell one word, or a few apart by spaces."""
    t = draw(st.sampled_from(_TABLES))
    words = _words(t)
    cells = draw(st.lists(st.lists(st.sampled_from(words), min_size=1, max_size=3).map(" ".join),
                          min_size=1, max_size=12))
    if draw(st.booleans()):  # (the official columns in order, words added around them)
        names = [c.label.text.split("·")[-1] for c in t.columns]
        at = draw(st.integers(0, len(cells)))
        cells = cells[:at] + names + cells[at:]
    return t, cells


def _cells(texts, line: int, column: int):
    """The head row's cells on ``line`` from ``column``, one space apart."""
    out, col, start = [], column, line * 200 + column
    for text in texts:
        out.append(Cell(text, Span(line, col, line, col + len(text), start, start + len(text)), TEXT))
        col, start = col + len(text) + 1, start + len(text) + 1
    return tuple(out)


def _left(b: _Binder) -> tuple:
    """Everything a reading of a head row leaves in the binder."""
    return dict(b.extra_heads), set(b.added_heads), b.blocks_head, list(b.notes)


@settings(max_examples=200, deadline=None)
@given(_head(), st.integers(1, 80), st.integers(1, 30), st.integers(1, 80), st.integers(1, 30))
def test_matrix_and_one_row_heads_read_from_the_memo_as_in_full(head, line, column, other_line, other_column):
    """A matrix's or a one-row table's head row (cells a word each, or words apart by spaces in a
    cell): read after the same texts were read at another place (the memo answers when they added
    nothing), it leaves what reading it in full on a fresh index leaves."""
    t, texts = head
    index = _Index(_FMT, BUILTIN_FORMATS)
    earlier = _Binder(_FMT, BUILTIN_FORMATS)
    earlier.index = index
    earlier._extra_heads(t, _cells(texts, other_line, other_column), 2)
    fast = _Binder(_FMT, BUILTIN_FORMATS)
    fast.index = index
    fast._extra_heads(t, _cells(texts, line, column), 3)
    full = _Binder(_FMT, BUILTIN_FORMATS)
    full.index = _Index(_FMT, BUILTIN_FORMATS)
    full._read_extra_heads(t, _cells(texts, line, column), 3)
    assert _left(fast) == _left(full)


def test_a_head_that_added_a_column_is_read_again_in_every_report():
    """表三's head with 上年总计 after 总计 (matrix layout, a cell a word): the memo keeps no head that
    added something; the second report's reading remembers the column at its own cells' places."""
    t = _FMT.table("表三")
    texts = ["申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计", "上年总计"]
    index = _Index(_FMT, BUILTIN_FORMATS)
    first, second = _Binder(_FMT, BUILTIN_FORMATS), _Binder(_FMT, BUILTIN_FORMATS)
    first.index = second.index = index
    first._extra_heads(t, _cells(texts, 10, 1), 3)
    second._extra_heads(t, _cells(texts, 30, 5), 3)
    assert not index.no_extra_heads
    (key, (positions, cells, section)), = second.extra_heads.items()
    assert key[0] == "表三" and positions == (7,) and section == 3
    assert [(c.text, c.span.line, c.span.column) for c in cells] == [("上年总计", 30, 45)]
    assert second.added_heads == {cells[0].span}


def test_an_official_head_is_remembered_as_adding_nothing():
    """表三's head of nothing but official names (matrix layout, a cell a word): read once, remembered
    by the table and its texts, and read again from the memo with nothing left in the binder."""
    t = _FMT.table("表三")
    texts = ["申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    index = _Index(_FMT, BUILTIN_FORMATS)
    b = _Binder(_FMT, BUILTIN_FORMATS)
    b.index = index
    b._extra_heads(t, _cells(texts, 10, 1), 3)
    assert index.no_extra_heads == {("表三", tuple(texts))}
    b._extra_heads(t, _cells(texts, 40, 1), 3)
    assert _left(b) == ({}, set(), None, [])


def test_the_blocks_of_a_blocks_table_come_most_columns_first():
    """表二's blocks (the blocks layout): their column keys, most columns first (blocks of one size by
    their keys: the same order in every process), as the head's reading sorted them each time; made
    once per index."""
    t = _FMT.table("表二")
    index = _Index(_FMT, BUILTIN_FORMATS)
    got = index.blocks_by_size(t)
    assert got == sorted({tuple(c.key for c in t.columns_of(r)) for r in t.rows}, key=lambda b: (-len(b), b))
    assert [len(b) for b in got] == sorted((len(b) for b in got), reverse=True)
    assert index.blocks_by_size(t) is got
