"""The block stage's table memo (``blocks._rejoin_rows``): a table its row repairs leave as it is
is remembered by its shape (its cells' kinds, the texts of its cells that are no number), and a
table of that shape is then left as it is without the repairs being tried. The answer from the
memo must be the answer made afresh: here, over tables made at random from the formats' labels,
pieces of them, head words, page numbers, enumerators cut off, placeholders and numbers, two
tables of one shape (the same table, other numbers: other digits, other lengths, so other
columns) are left as they are both or neither, and a vocabulary whose memo has seen the first
mends the second as an empty one does."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from govlint.formats import BUILTIN_FORMATS
from govlint.layout import blocks
from govlint.layout.cells import make_cell, span_of
from govlint.layout.vocabulary import _vocabulary
from govlint.syntax.ast import NUMBER, Row, Table
from govlint.syntax.parser import parse


def _fresh():
    return _vocabulary(tuple(sorted(BUILTIN_FORMATS.items())))


_V = _fresh()
_LABELS = sorted(t for t in _V.labels if t)[:400]
_HEADS = sorted(_V.head_words | _V.column_parts)
_OTHER = ["（一）予以公开", "（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "三、本年度办理结果",
          "第二十条第（一）项", "信息内容", "本年制发件数", "行政事业性收", "费", "社会公", "益组织", "予公开", "（三）不",
          "- 4 -", "第2页 共6页", ".属于行政执法案卷", "7", "无", "—", "/", "、", "", "三", "本", "年", "总", "计",
          "商业企业", "法人或其他组织", "自然人", "（七）总计", "规章0", "三、本年度办理结果（一）予以公开"]


@st.composite
def _text(draw):
    kind = draw(st.integers(0, 9))
    if kind <= 2:
        return draw(st.sampled_from(_LABELS))
    if kind == 3:
        label = draw(st.sampled_from(_LABELS))
        cut = draw(st.integers(0, len(label)))
        return label[:cut] if draw(st.booleans()) else label[cut:]
    if kind == 4:
        return draw(st.sampled_from(_HEADS))
    if kind <= 6:
        return draw(st.sampled_from(_OTHER))
    return None  # a number


_number = st.one_of(st.integers(0, 99).map(str), st.integers(100, 99999).map(str),
                    st.decimals(0, 9999, places=2).map(str))


def _table(shape, numbers):
    """A table of ``shape`` (each row its texts, None for a number), its numbers taken in turn
    from ``numbers``, laid out one line a row, tab-separated."""
    rows = []
    pos, it = 0, iter(numbers)
    for line, texts in enumerate(shape, start=1):
        cells = []
        column = 1
        for text in texts:
            text = next(it) if text is None else text
            cells.append(make_cell(text, span_of((line, column, line, column + len(text), pos + column - 1,
                                                  pos + column - 1 + len(text)))))
            column += len(text) + 1
        rows.append(Row(tuple(cells), cells[0].span.to(cells[-1].span)))
        pos += column
    return rows


_shapes = st.lists(st.lists(_text(), min_size=1, max_size=9), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(_shapes, st.data())
def test_two_tables_of_one_shape_get_one_answer(shape, data):
    count = sum(t is None for row in shape for t in row)
    first = _table(shape, data.draw(st.lists(_number, min_size=count, max_size=count)))
    second = _table(shape, data.draw(st.lists(_number, min_size=count, max_size=count)))
    if any(c.kind != NUMBER for r, s in zip(first, second) for c, d in zip(r.cells, s.cells) if c.kind != d.kind):
        return  # (a number and a mark are no one shape)
    warm = _fresh()
    mended_first = blocks._rejoin_rows(list(first), warm)
    left_first = len(mended_first) == len(first) and all(map(lambda a, b: a is b, mended_first, first))
    afresh = blocks._mend_rows(blocks._enumerators_put_back(list(second)), _fresh())
    left_second = len(afresh) == len(second) and all(map(lambda a, b: a is b, afresh, second))
    if blocks._shape(first, _V) is not None and blocks._enumerators_put_back(first) is first \
            and blocks._enumerators_put_back(second) is second:
        assert blocks._shape(first, _V) == blocks._shape(second, _V)
        assert left_first == left_second
    # and the memo that saw the first table mends the second as an empty one does
    assert blocks._rejoin_rows(list(second), warm) == blocks._rejoin_rows(list(second), _fresh())


def test_the_shape_leaves_out_the_numbers_and_refuses_spaces():
    rows = _table([["规章", None, None], ["规范性文件", None, None]], ["0", "12", "3", "0"])
    other = _table([["规章", None, None], ["规范性文件", None, None]], ["1024", "7", "0.5", "66"])
    assert blocks._shape(rows, _V) == blocks._shape(other, _V)
    assert blocks._shape(rows, _V) != blocks._shape(_table([["规章", None], ["规范性文件", None, None]],
                                                             ["0", "12", "3"]), _V)
    assert blocks._shape(_table([["商业企 科研机", "其他"]], []), _V) is None


def test_a_clean_table_is_remembered_and_then_left_at_once():
    vocab = _fresh()
    rows = _table([["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", None, None, None],
                   ["规范性文件", None, None, None]], ["0", "0", "0", "9", "1", "41"])
    assert blocks._rejoin_rows(list(rows), vocab) == rows
    assert blocks._shape(rows, _V) in vocab.memo[blocks._SHAPE]
    other = _table([["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", None, None, None],
                    ["规范性文件", None, None, None]], ["3", "10", "100", "2", "0", "7"])
    given_rows = list(other)
    assert blocks._rejoin_rows(given_rows, vocab) is given_rows  # (from the memo: the list itself)


def test_a_mended_table_is_not_remembered():
    vocab = _fresh()
    rows = _table([["行政事业性收", "费", None]], ["212.86"])
    assert blocks._rejoin_rows(list(rows), vocab)[0].cells[0].text == "行政事业性收费"
    assert blocks._shape(rows, _V) not in vocab.memo.get(blocks._SHAPE, {})


FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.txt"))


def test_the_fixtures_tables_hit_the_memo_and_parse_the_same():
    vocab = _fresh()
    for path in FIXTURES:
        parse(path.read_text(encoding="utf-8"), str(path), None, vocab)
    assert 0 < len(vocab.memo[blocks._SHAPE]) <= blocks._SHAPES
    for path in FIXTURES:
        text = path.read_text(encoding="utf-8")
        report = parse(text, str(path), None, vocab)
        assert report == parse(text, str(path), None, _fresh())
        assert all(isinstance(t, Table) for t in report.tables())
