"""The grammar's row memos (govlint.syntax.parser._PARTS, _LONE): a cell read from the memo is the
cell read afresh, at its own place in the text."""
from govlint.syntax import parser as P
from govlint.syntax.ast import BLANK, NUMBER, TEXT
from govlint.syntax.lexer import tokens

# one cell a line, a Markdown rule among them (no cell), a cell with spaces around it, a blank cell
LONE = "标题\n一、情况\n\t规章\n\t---\n\t 12 \n\t\n"


def cells(text):
    """The grammar's rows of ``text`` (before layout's block stage): each cell's text, kind,
    number and span."""
    rows = [P._row(t) for t in tokens(text) if t.type in ("HEADER_ROW", "DATA_ROW")]
    return [[(c.text, c.kind, c.value, tuple(c.span)) for c in r.cells] for r in rows]


def test_a_row_of_one_cell_a_line_from_its_memo_and_afresh():
    P._LONE.clear()
    P._PARTS.clear()
    fresh = cells(LONE)
    # line 3 starts at offset 8 ("标题\n一、情况\n"), line 5 at 17, line 6 at 23
    assert fresh == [[("规章", TEXT, None, (3, 2, 3, 4, 9, 11)),
                      ("12", NUMBER, 12, (5, 3, 5, 5, 19, 21)),
                      ("", BLANK, None, (6, 2, 6, 2, 24, 24))]]
    assert "\t---" in P._LONE and P._LONE["\t---"][0] is None  # a rule: no cell
    # the same lines further down the text: the memo's cells, at their own lines and offsets
    moved = "标题\n前言。\n" + LONE[3:]
    assert cells(moved) == [[(t, k, v, (line + 1, col, end_line + 1, end_col, start + 4, end + 4))
                             for t, k, v, (line, col, end_line, end_col, start, end) in fresh[0]]]


def test_a_row_of_a_line_from_the_memo_and_afresh():
    text = "标题\n一、情况\n规章\t 3 \t\t0\n"
    P._PARTS.clear()
    fresh = cells(text)
    again = cells(text)
    assert fresh == again == [[("规章", TEXT, None, (3, 1, 3, 3, 8, 10)),
                               ("3", NUMBER, 3, (3, 5, 3, 6, 12, 13)),
                               ("", BLANK, None, (3, 8, 3, 8, 15, 15)),
                               ("0", NUMBER, 0, (3, 9, 3, 10, 16, 17))]]
    assert P._PARTS[" 3 "][-1] == 4  # the part's width with the tab after it
