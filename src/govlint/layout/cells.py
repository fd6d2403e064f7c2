"""What a cell holds: a number, a placeholder for "nothing", a blank, or text (a label).

The one owner of how numbers are written in a table cell: full-width digits, spaces and
thousands separators inside a number, a minus sign, and the marks reports put where a number
belongs ("/", "—", "无").
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Optional

from ..syntax.ast import BLANK, NUMBER, PLACEHOLDER, TEXT, Cell, Span, fast_constructor
from ..lexicon.marks import NOTE_MARK_GLYPHS
from ..lexicon.pattern import lazy

#: zero written as a word in a numeric cell ("零", "〇"): 0, as a reader takes it
ZERO_WORDS = frozenset({"零", "〇"})
#: what reports write for "nothing" in a numeric cell
PLACEHOLDERS = frozenset({"/", "／", "-", "－", "—", "——", "--", "–", "无", "\\", "、"})
_NUMBER = lazy(r"[+-]?\d+(?:\.\d+)?")
#: the soft hyphen: where a word processor may break a number it marks, unseen unless it breaks
_SOFT_HYPHEN = "\u00ad"
#: a digit as report text writes it (ASCII or full-width): what tells a row of numbers from a row of words
DIGIT = lazy(r"[0-9０-９]")
#: a figure with a note's mark typed after it ("12*", "13①", "0（注1）", "5[1]", "3注2": the table's note says
#: why): the figure, group 1, as a person reads it (a mark set as superscript the readers drop)
NOTED_FIGURE = lazy(rf"([+-]?[0-9０-９][0-9０-９,，.．]*)[ \u3000]*(?:[{NOTE_MARK_GLYPHS}]{{1,2}}"
                    r"|[（(][ \u3000]*注[ \u3000]*[0-9０-９一二三四五六七八九十]{0,2}[ \u3000]*[)）]"
                    r"|[\[［【〔][ \u3000]*(?:注[ \u3000]*)?[0-9０-９]{1,2}[ \u3000]*[\]］】〕]|注[ \u3000]*[0-9０-９]{1,2})")
#: a figure a copy's character recognition wrote with letters for some of its digits ("2l6", "1O", "I〇", "O" or
#: "l" alone): O, o and 〇 for 0, l and I for 1, as a reader of the page reads them
LOOKALIKE_FIGURE = r"[0-9OoＯｏlI〇]*[0-9][0-9OoＯｏlI〇]*|[OoＯｏlI〇][OoＯｏlI〇]*"
_LOOKALIKE_FIGURE = lazy(LOOKALIKE_FIGURE)
_LOOKALIKE_DIGITS = str.maketrans("OoＯｏlI〇", "0000110")
_LOOKALIKE_STARTS = frozenset("OoＯｏlI")
#: the characters a note's mark after a figure ends with (tested first: most cells end otherwise)
_NOTE_ENDS = frozenset(NOTE_MARK_GLYPHS + ")）]］】〕0123456789０１２３４５６７８９")
#: the characters a figure's text starts with
_FIGURE_STARTS = frozenset("+-0123456789０１２３４５６７８９")
#: the numbers most cells hold, made once (a Decimal is immutable)
SMALL = {str(i): Decimal(i) for i in range(100)}

cell_of = fast_constructor(Cell)
span_of = fast_constructor(Span)


def parse_number(text: str) -> Optional[Decimal]:
    """The number a cell holds, tolerating full-width digits, spaces and thousands separators,
    and the soft hyphen a word processor leaves inside a number it may break ("1\u00ad2": a
    reader sees "12"). Other invisible characters (a zero-width space) keep the cell text: C204
    shows them escaped, which is how a reader learns they are there."""
    t = unicodedata.normalize("NFKC", text)
    t = t.replace(" ", "").replace(",", "").replace("，", "")
    if _SOFT_HYPHEN in t:
        t = t.replace(_SOFT_HYPHEN, "")
    if t.startswith("−"):
        t = "-" + t[1:]
    if not _NUMBER.fullmatch(t):
        return None
    try:
        return Decimal(t)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
        return None


def has_ideograph(text: str) -> bool:
    # (a loop, not a regular expression: a class of 20,000 characters takes 2 ms to compile,
    # and a label's first or second character is an ideograph)
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            return True
    return False


def make_cell(text: str, span: Span) -> Cell:
    """The cell of a stripped cell text at ``span``."""
    if not text:
        return cell_of(("", span, BLANK, None))
    if text in PLACEHOLDERS:
        return cell_of((text, span, PLACEHOLDER, None))
    value = SMALL.get(text)
    if value is not None:
        return cell_of((text, span, NUMBER, value))
    if text.isdigit() and text.isascii():  # the common case, without the NFKC round trip
        return cell_of((text, span, NUMBER, Decimal(text)))
    if text in ZERO_WORDS:  # (零 typed for 0 in every empty cell: the one number it can be, voices56k)
        return cell_of((text, span, NUMBER, SMALL["0"]))
    if text[-1] in _NOTE_ENDS and text[0] in _FIGURE_STARTS:
        m = NOTED_FIGURE.fullmatch(text)
        value = parse_number(m.group(1)) if m else None
        if value is not None:
            return cell_of((text, span, NUMBER, value))
    if has_ideograph(text):  # a label: NFKC keeps CJK ideographs, and none is a digit
        return cell_of((text, span, TEXT, None))
    value = parse_number(text)
    if value is not None:
        return cell_of((text, span, NUMBER, value))
    if text[0] in _LOOKALIKE_STARTS or text[0] in _FIGURE_STARTS:  # ("2l6", "O": C208 says so)
        digits = digits_for_letters(text)
        if digits is not None:
            return cell_of((text, span, NUMBER, Decimal(int(digits))))
    return cell_of((text, span, TEXT, None))



def digits_for_letters(text: str) -> Optional[str]:
    """A cell's figure written with letters for digits ("2l6", "O") in digits ("216", "0"); None when
    the text is no such figure (its letters none of O, o, l, I, or no figure)."""
    if not any(ch in _LOOKALIKE_STARTS for ch in text) or len(text) > 6 or not _LOOKALIKE_FIGURE.fullmatch(text):
        return None
    return text.translate(_LOOKALIKE_DIGITS)
