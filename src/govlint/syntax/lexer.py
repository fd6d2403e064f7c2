"""The grammar's lexer: each line of a report, classified, is one token.

A person reading a report sees lines of a few kinds, and so does the grammar
(``grammars/report.lark``):

=============  ==============================================================================
``HEADING``    a section heading: "一、总体情况" (:data:`~govlint.lexicon.enumerators.HEADING_LINE`)
``TITLE``      the report's first line, when it is text and no sentence
``SUBHEADING`` a text line that opens with "（一）"
``CAPTION``    a line naming the table below it: "表一 …", or 表三's note "（本列数据的勾稽关系为：…）"
``HEADER_ROW`` a table row of words only (no digit): column names, a block head
``DATA_ROW``   a table row with a digit in it: a label and its numbers
``SIGNATURE``  a short line just above the closing date: the agency's name
``DATE``       the report's last line, when it is a date alone: "2025年1月20日"
``TEXT``       any other line: a paragraph
=============  ==============================================================================

A row is a line with a tab or a "|" between its cells, or, in the one-cell-per-line layout, a
run of lines that each hold one tab-indented cell (one token for the run: a row, not a parser
step per cell). Blank lines are no token: they only end such a run. A Markdown rule
(``|---|---|``) is no token either.

:func:`tokens` does the work in one pass over the lines, with a first-character test before
any regular expression; :class:`Line` is its token (a tuple: cheap to make, one per line),
and has what Lark's parser reads of a token.
"""
from __future__ import annotations

import re
from typing import List, NamedTuple, Tuple, Union

from ..lexicon.enumerators import HEADING_LINE, STARTS_PAREN, TABLE

#: what a blank line may hold (and what is stripped around a text line's words)
BLANK_CHARS = " \u3000\xa0\r"
_SPACE = " \t\u3000\xa0\r"
_HEADING_FIRST = frozenset("一二三四五六七八九十#*")
_PAREN_FIRST = frozenset("（(")
_CAPTION = re.compile(rf"[ \u3000\xa0]*(?:{TABLE}|[（(]本列数据的勾稽关系)")
_DATE = re.compile(r"[ \u3000\xa0]*(?:\d{4}|[〇○零一二三四五六七八九]{4})[ ]*年[ ]*[0-9一二三四五六七八九十]{1,3}[ ]*月"
                   r"[ ]*[0-9一二三四五六七八九十]{1,3}[ ]*日[ \u3000\xa0]*")
_DIGIT = re.compile(r"[0-9０-９]")
_MD_RULE = re.compile(r":?-{3,}:?")
#: the longest line a signature may be, and how many lines it may take
_SIGNATURE_LEN, _SIGNATURE_LINES = 40, 2

#: a run of lone cells: ((line text, line number, offset), ...)
Cells = Tuple[Tuple[str, int, int], ...]


class Line(NamedTuple):
    """A token: a classified line (or a run of lone-cell lines, a row) and where it starts."""

    type: str
    #: the line's text, without its "\n"; for a row of lone cells, its lines (:data:`Cells`)
    value: Union[str, Cells]
    line: int
    start_pos: int

    # what Lark takes from the last token for the end-of-input token's position
    column = 1

    @property
    def end_line(self) -> int:
        return self.line

    @property
    def end_column(self) -> int:
        return 1

    @property
    def end_pos(self) -> int:
        return self.start_pos


def is_markdown_rule(line: str) -> bool:
    """A Markdown table rule (``|---|:--:|``): no row, and no content."""
    parts = [p.strip(_SPACE) for p in line.split("\t" if "\t" in line else "|")]
    return any(parts) and all(not p or _MD_RULE.fullmatch(p) for p in parts)


def tokens(text: str) -> List[Line]:
    """The tokens of normalised report text (every line ends with "\\n")."""
    out: List[list] = []  # [type, value, line, offset], retyped below before they become Lines
    cells: List[Tuple[str, int, int]] = []  # the run of lone cells being read
    has_digit = False
    pos, line_no = 0, 0
    lines = text.split("\n")
    lines.pop()
    for line in lines:
        line_no += 1
        start, pos = pos, pos + len(line) + 1
        if "\t" in line or "|" in line:
            tab = line.find("\t")
            if tab != -1 and line.find("\t", tab + 1) == -1 and not line[:tab].strip(_SPACE):
                cell = line[tab + 1:].strip(_SPACE)
                if not ("-" in cell and _MD_RULE.fullmatch(cell)):
                    if not cells:
                        has_digit = False
                    cells.append((line, line_no, start))
                    has_digit = has_digit or _DIGIT.search(cell) is not None
                continue
            if "-" in line and is_markdown_rule(line):
                continue
            if cells:
                out.append(["DATA_ROW" if has_digit else "HEADER_ROW", tuple(cells), cells[0][1], cells[0][2]])
                cells = []
            out.append(["DATA_ROW" if _DIGIT.search(line) else "HEADER_ROW", line, line_no, start])
            continue
        if cells:
            out.append(["DATA_ROW" if has_digit else "HEADER_ROW", tuple(cells), cells[0][1], cells[0][2]])
            cells = []
        words = line.lstrip(BLANK_CHARS)
        if not words:
            continue  # a blank line
        first = words[0]
        if first in _HEADING_FIRST and HEADING_LINE.fullmatch(line):
            kind = "HEADING"
        elif first in _PAREN_FIRST and STARTS_PAREN.match(words):
            kind = "SUBHEADING"
        else:
            kind = "TEXT"
        out.append([kind, line, line_no, start])
    if cells:
        out.append(["DATA_ROW" if has_digit else "HEADER_ROW", tuple(cells), cells[0][1], cells[0][2]])
    _mark_title_captions_closing(out)
    return [Line(*t) for t in out]


def _mark_title_captions_closing(out: List[list]) -> None:
    """What only the lines around tell: the title (the first line), a caption (the line above a
    table), the closing (the last lines)."""
    if not out:
        return
    if out[0][0] == "TEXT" and "。" not in out[0][1]:
        out[0][0] = "TITLE"
    for i in range(1, len(out)):
        if out[i][0] in ("HEADER_ROW", "DATA_ROW") and out[i - 1][0] in ("TEXT", "SUBHEADING") \
                and _CAPTION.match(out[i - 1][1]):
            out[i - 1][0] = "CAPTION"
    last = len(out) - 1
    if last > 0 and out[last][0] == "TEXT" and _DATE.fullmatch(out[last][1]):
        out[last][0] = "DATE"
        for i in range(last - 1, max(0, last - 1 - _SIGNATURE_LINES), -1):
            if out[i][0] != "TEXT":
                break
            words = out[i][1].strip(_SPACE)
            if len(words) > _SIGNATURE_LEN or "。" in words or "：" in words:
                break
            out[i][0] = "SIGNATURE"
