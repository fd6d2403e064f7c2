"""The grammar's lexer: each line of a report, classified, is one token.

A person reading a report sees lines of a few kinds, and so does the grammar
(``grammars/report.lark``):

=============  ==============================================================================
``HEADING``    a section heading: "一、总体情况" (:data:`~govlint.lexicon.enumerators.HEADING_LINE`)
``TITLE``      the report's first line, when it is text and no sentence (and the lines after
               it, up to the one that ends the title with "报告", when it is broken over lines)
``SUBHEADING`` a text line that opens with "（一）"
``CAPTION``    a line naming the table below it: "表一 …", or 表三's note "（本列数据的勾稽关系为：…）"
``HEADER_ROW`` a table row of words only (no digit): column names, a block head
``DATA_ROW``   a table row with a digit in it: a label and its numbers
``SIGNATURE``  the agency's name, on one or two lines just above the closing date
``DATE``       the report's last line, when it is a date alone: "2025年1月20日"
``TEXT``       any other line: a paragraph
=============  ==============================================================================

A row is a line with a tab or a "|" between its cells, or, in the one-cell-per-line layout, a
run of lines that each hold one tab-indented cell (one token for the run: a row, not a parser
step per cell). Blank lines are no token: they only end such a run. A Markdown rule
(``|---|---|``) is no token either.

:func:`tokens` does the work in one pass over the lines, with a first-character test before
any regular expression (a run of lone cells is read in one match); :class:`Line` is its token
(a tuple: cheap to make, one per line), and has what Lark's parser reads of a token. Lark takes
it as a custom lexer (:func:`govlint.syntax.parser.lark_parser`); the standalone parser, which
cannot hold one, is fed its tokens (:func:`govlint.syntax.parser.parse_tokens`).
"""
from __future__ import annotations

import re
from itertools import groupby
from operator import itemgetter
from typing import List

from ..records import Record
from .ast import fast_constructor
from ..layout.cells import DIGIT
from ..lexicon import closing
from ..lexicon.enumerators import HEADING_LINE, STARTS_PAREN, TABLE
from ..lexicon.pattern import lazy

#: what a blank line may hold (and what is stripped around a text line's words)
BLANK_CHARS = " \u3000\xa0\r"
_SPACE = " \t\u3000\xa0\r"
_HEADING_FIRST = frozenset("一二三四五六七八九十#*")
_PAREN_FIRST = frozenset("（(")
_CAPTION = lazy(rf"[ \u3000\xa0]*(?:{TABLE}|[（(]本列数据的勾稽关系)")
_DATE = lazy(rf"[ \u3000\xa0]*{closing.DATE}[ \u3000\xa0]*")
_MD_RULE = lazy(r":?-{3,}:?")
#: a signature: an agency's name, on a line of its own ("示例镇人民政府", "某某县教育局")
_SIGNATURE = lazy(rf"[ \u3000\xa0]*[^。；;：:，,、\s]{{1,38}}{closing.AGENCY_END}[ \u3000\xa0]*")
#: the closing's two lines as the binder looks for them inside a report (an annex after them):
#: the agency's name on a line of its own, and the date alone on the line after it
SIGNATURE_LINE, DATE_LINE = _SIGNATURE, _DATE
#: a line that ends in two numbers or more apart ("四、结转下年度继续办理 1 0 0 0 0 0 1", "一、本年新收政府信息公开
#: 10 2 0 1 0 0 13": a 表三 row copied out of a PDF, its cells apart with spaces) is a row, no heading
_ENDS_IN_NUMBERS = lazy(r"(?:[ \u3000\xa0]+[0-9０-９][0-9０-９,.]*){2,}[ \u3000\xa0\r]*$")
#: a row's numbers apart by wide gaps, then a short note ("一、本   10   2   0 …   13   含网", a 表三 row
#: with a 备注 column, pdftotext -layout of narrow cells): a row, no heading
NUMBERS_THEN_A_NOTE = lazy(r"(?:[ \u3000\xa0]{2,}[0-9０-９][0-9０-９,.]*){3,}[ \u3000\xa0]{2,}[^ \u3000\xa0\d][^ \u3000\xa0]{0,11}"
                           r"[ \u3000\xa0\r]*$")
_ROW_END = frozenset("0123456789０１２３４５６７８９ \u3000\xa0\r")
#: the characters :data:`~govlint.layout.cells.DIGIT` finds
_DIGITS = frozenset("0123456789０１２３４５６７８９")
#: how many lines a signature may take; how many lines a title broken over lines, and how long each
_SIGNATURE_LINES, _TITLE_LINES, _TITLE_LEN = 2, 3, 40


class Line(Record):
    """A token: a classified line (or a run of lone-cell lines, a row) and where it starts."""

    type: str
    #: the line's text, without its "\n"; for a row of lone cells, its lines, each with its "\n"
    value: str
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


#: a run of lines that each hold one tab-indented cell (read in one match, not line by line)
_LONE_CELLS = lazy(r"(?:[ \u3000\xa0\r]*\t[^\t\n]*\n)+")


def tokens(text: str) -> List[Line]:
    """The tokens of normalised report text (every line ends with "\\n")."""
    out: List[Line] = []
    append = out.append
    pos, line_no = 0, 0
    skip = 0  # lines of the run of lone cells just read
    open_run = False  # out[-1] is a run of lone cells that lone cells after a Markdown rule continue
    lines = text.split("\n")
    lines.pop()
    for line in lines:
        line_no += 1
        start, pos = pos, pos + len(line) + 1
        if skip:
            skip -= 1
            continue
        if not line:  # a blank line
            open_run = False
            continue
        if "\t" in line or "|" in line:  # (a test that costs a third of str.find: most lines are prose)
            tab = line.find("\t")
            if tab != -1 and line.find("\t", tab + 1) == -1 and (not tab or not line[:tab].strip(_SPACE)):
                end = _LONE_CELLS.match(text, start).end()
                skip = text.count("\n", start, end) - 1
                run = text[start:end]
                if "-" in run and all(is_markdown_rule(x) for x in run.split("\n")[:-1]):
                    continue  # Markdown rules only
                digit = run[-2] in _DIGITS or DIGIT.search(run) is not None  # (most runs end in a number)
                first_line = line_no
                if open_run:  # lone cells on both sides of a Markdown rule: one row
                    prev = out.pop()
                    run, first_line, start = text[prev.start_pos:end], prev.line, prev.start_pos
                    digit = digit or prev.type == "DATA_ROW"
                append(_line(("DATA_ROW" if digit else "HEADER_ROW", run, first_line, start)))
                open_run = True
                continue
            if "-" in line and is_markdown_rule(line):
                continue  # no row; a run of lone cells goes on after it
            append(_line(("DATA_ROW" if line[-1] in _DIGITS or DIGIT.search(line) else "HEADER_ROW", line, line_no,
                          start)))  # (most data rows end in a number: a set's test, not a search)
            open_run = False
            continue
        open_run = False
        words = line.lstrip(BLANK_CHARS)
        if not words:
            continue  # a blank line
        first = words[0]
        if first in _HEADING_FIRST and HEADING_LINE.fullmatch(line) and not (
                line[-1] in _ROW_END and _ENDS_IN_NUMBERS.search(line) or NUMBERS_THEN_A_NOTE.search(line)):
            append(_line(("HEADING", line, line_no, start)))
        elif first in _PAREN_FIRST and STARTS_PAREN.match(words):
            append(_line(("SUBHEADING", line, line_no, start)))
        else:
            append(_line(("TEXT", line, line_no, start)))
    _mark_title_captions_closing(out)
    return out


#: a token from its fields, as one tuple (made in C: a token per line; see :func:`.ast.fast_constructor`)
_line = fast_constructor(Line)

#: the kinds of line that come in runs: a run is one token for the parser, its lines the value
RUNS = frozenset(("TEXT", "SUBHEADING", "HEADER_ROW", "DATA_ROW"))


def runs(lines: List[Line]) -> List[Line]:
    """The tokens the parser is fed: a run of lines of one kind (prose, sub-headings, header rows,
    data rows) is one token whose value is the tuple of its lines. The grammar reads the same
    structure either way (a run of rows is the rows of one table part; a blank line never ended
    one); the parser takes a step per run, not per line (a third of the steps)."""
    out: List[Line] = []
    append, extend = out.append, out.extend
    for kind, group in groupby(lines, _type):  # (grouped in C)
        if kind in RUNS:
            run = tuple(group)
            first = run[0]
            append(first if len(run) == 1 else _line((kind, run, first.line, first.start_pos)))
        else:
            extend(group)
    return out


_type = itemgetter(0)


def _mark_title_captions_closing(out: List[Line]) -> None:
    """What only the lines around tell: the title (the first line), a caption (the line above a
    table), the closing (the last lines)."""
    if not out:
        return
    if out[0].type == "TEXT" and "。" not in out[0].value:
        out[0] = out[0]._replace(type="TITLE")
        if "报告" not in out[0].value:  # a title broken over lines: its lines up to "…报告"
            for i in range(1, min(len(out), _TITLE_LINES)):
                words = out[i].value.strip(_SPACE) if out[i].type == "TEXT" else ""
                if not words or len(words) > _TITLE_LEN or "。" in words:
                    break
                if "报告" in words:
                    out[:i + 1] = [t._replace(type="TITLE") for t in out[:i + 1]]
                    break
    for i in range(1, len(out)):
        if out[i].type in ("HEADER_ROW", "DATA_ROW") and out[i - 1].type in ("TEXT", "SUBHEADING") \
                and _CAPTION.match(out[i - 1].value):
            out[i - 1] = out[i - 1]._replace(type="CAPTION")
    last = len(out) - 1
    if last > 0 and out[last].type == "TEXT" and _DATE.fullmatch(out[last].value):
        out[last] = out[last]._replace(type="DATE")
        for i in range(last - 1, max(0, last - 1 - _SIGNATURE_LINES), -1):
            if out[i].type != "TEXT":
                break
            if not _SIGNATURE.fullmatch(out[i].value):
                break
            out[i] = out[i]._replace(type="SIGNATURE")
