"""A borderless 表二 in narrow cells as LibreOffice prints a Word table (tables21's t2-last-year-right /
t2-last-year-left, styles narrow-borderless and unmerged-narrow-borderless): the head's names wrap
over three lines, "信息内 | 本年 | 本年 | 现行 | 上年" / "容 | 制发 | 废止 | 有效 | 新制" / "件数 | …", in 9 pt
with 13.2 pt between one cell's text and the next (LibreOffice's padding: 1.5 characters).

Why: the layout joined a head word's rests on the lines below only when the word filled its cell,
its next piece within a character of its end (layout.documents._words_rests); at LibreOffice's
padding a rest under any column but the last was no rest, the lines were read as prose
("信息内本年本年现行上年" / "容制发废止有效新制"), no column was named, and each row had a number too
many: C200 ×2 (and V502) instead of the alteration's one V501 (the strict xfails of
tests/test_pdf28b_added_column_libreoffice.py). A word fills its cell when it stands no further from
the next than the line's narrowest gap and less than a character more (two characters at most): the
words that fill their cells stand the cells' padding apart, whatever the padding; a short word
with room after it stands further. Positions are those of LibreOffice's PDF, read by the reader."""
from __future__ import annotations

from govlint.layout.documents import Item, head_words_wrapped_in_their_cells
from govlint.readers import Box, Run

SIZE = 9.0


def _line(pieces, top):
    runs = tuple(Run(t, x0, x0 + SIZE * len(t)) for t, x0 in pieces)
    return Item(" ".join(t for t, _ in pieces), 1, "", Box(runs[0].x0, runs[-1].x1, top, SIZE, 71.0, 524.0),
                runs=runs)


def _table(first, second, third, rows):
    """The head's three lines (LibreOffice's positions: columns at 71, 113.4, 144.6, 175.8, 207.0 pt)
    over the rows."""
    xs = (71.0, 113.4, 144.6, 175.8, 207.0)
    items = [_line(list(zip(first, xs)), 389.9),
             _line([(t, x) for t, x in zip(second, xs) if t], 404.7),
             _line([(t, x) for t, x in zip(third, xs) if t], 419.6)]
    for k, row in enumerate(rows):
        items.append(_line(list(zip(row, xs)), 449.4 + 14.9 * k))
        items[-1].row = list(row)
    return items


def test_head_wrapped_in_libreoffice_padded_narrow_cells_is_one_head_row():
    """t2-last-year-right's head: each name wrapped at two characters, the first at three."""
    items = _table(("信息内", "本年", "本年", "现行", "上年"), ("容", "制发", "废止", "有效", "新制"),
                   ("", "件数", "件数", "件数", "发件数"), [("规章", "0", "0", "0", "0")])
    head_words_wrapped_in_their_cells(items)
    assert items[0].row == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "上年新制发件数"]
    assert [items[1].text, items[2].text] == ["", ""]


def test_added_column_first_wrapped_in_libreoffice_padded_cells_is_one_head_row():
    """t2-last-year-left's head: the added column before this year's three."""
    items = _table(("信息内", "上年", "本年", "本年", "现行"), ("容", "新制", "制发", "废止", "有效"),
                   ("", "发件", "件数", "件数", "件数"), [("规章", "0", "0", "0", "0")])
    items.insert(3, _line([("数", 113.4)], 434.4))
    head_words_wrapped_in_their_cells(items)
    assert items[0].row == ["信息内容", "上年新制发件数", "本年制发件数", "本年废止件数", "现行有效件数"]


def test_short_word_with_room_after_it_in_padded_cells_takes_no_line_below():
    """A first word that does not fill its cell ("信息", room for two characters more before the
    next cell's padding) stands further from the next piece than the wrapped words do: the line
    under it is no rest of it, and the lines stay as they are."""
    items = _table(("信息", "本年", "本年", "现行", "上年"), ("内容", "制发", "废止", "有效", "新制"),
                   ("", "件数", "件数", "件数", "发件数"), [("规章", "0", "0", "0", "0")])
    head_words_wrapped_in_their_cells(items)
    assert items[0].row is None
    assert items[1].text == "内容 制发 废止 有效 新制"
