"""The cuts of issue 11's twelfth round (branch perf11m), each held to what it replaced.

Each cut changes how an object is made or a step is taken, never what comes out: these tests
make the same things the old way and the new way and compare them whole (type, fields,
equality, hash, repr, pickling), on the cases the code meets and on the odd ones.
"""
from __future__ import annotations

import pickle
from decimal import Decimal
from functools import partial

import pytest

from govlint.binder.bind import BoundCell, BoundRow
from govlint.syntax.ast import BLANK, NUMBER, TEXT, Cell, Paragraph, Row, Span, fast_constructor
from govlint.syntax.lexer import Line, _line


def _same(a, b, whole: bool = True) -> None:
    """``a`` and ``b`` are the same object; ``whole``: a record with every field (so it
    pickles, and hashes unless a field is a dict)."""
    assert type(a) is type(b)
    assert tuple(a) == tuple(b) and a == b and repr(a) == repr(b)
    if whole:
        assert not any(type(v) is dict for v in a) and hash(a) == hash(b) or a.cells == b.cells
        assert pickle.loads(pickle.dumps(a)) == pickle.loads(pickle.dumps(b)) == a


_SPAN = Span(3, 2, 3, 9, 40, 47)
_CELL = Cell("予以公开", _SPAN, TEXT)

#: (class, the fields of one object) for every class made by a fast constructor
_MADE = [
    (Span, (3, 2, 3, 9, 40, 47)),
    (Cell, ("12", _SPAN, NUMBER, Decimal(12))),
    (Cell, ("", _SPAN, BLANK, None)),
    (Row, ((_CELL, _CELL), _SPAN)),
    (Paragraph, ("示例镇人民政府", _SPAN, "signature")),
    (BoundCell, ("表三", "new", "total", "value", Decimal(3), "3", _SPAN)),
    (BoundRow, ("表三", "new", "（一）予以公开", _SPAN, {}, 3)),
    (Line, ("DATA_ROW", "（一）予以公开\t3\t0", 7, 120)),
]


@pytest.mark.parametrize("cls, fields", _MADE, ids=[c.__name__ + str(i) for i, (c, _) in enumerate(_MADE)])
def test_method_constructor_makes_what_the_partial_made(cls, fields):
    """fast_constructor binds ``tuple.__new__`` to the class (a method) where it was a
    ``partial`` of it: the same object from the same fields."""
    _same(fast_constructor(cls)(fields), partial(tuple.__new__, cls)(fields))
    _same(fast_constructor(cls)(list(fields)), partial(tuple.__new__, cls)(list(fields)))


def test_method_constructor_takes_what_the_partial_took_and_fails_as_it_failed():
    """The constructors check nothing (their callers give every field): a short tuple, or none,
    is made as it is by both; two arguments, or a keyword, is the same TypeError from both."""
    old, new = partial(tuple.__new__, Span), fast_constructor(Span)
    _same(new((1, 2)), old((1, 2)), whole=False)
    _same(new(), old(), whole=False)
    for args, kwargs in (((1, 2), {}), ((), {"iterable": (1, 2, 3, 4, 5, 6)}), ((5,), {})):
        with pytest.raises(TypeError) as was:
            old(*args, **kwargs)
        with pytest.raises(TypeError) as now:
            new(*args, **kwargs)
        assert type(now.value) is type(was.value)


def test_lexer_token_made_as_the_partial_made_it():
    """The lexer's token constructor is the same fast constructor: a token as ``Line(...)``
    makes it, with what Lark reads of a token."""
    fields = ("HEADING", "一、总体情况", 3, 40)
    tok = _line(fields)
    _same(tok, Line(*fields))
    assert (tok.type, tok.value, tok.line, tok.start_pos, tok.end_pos, tok.column) == ("HEADING", "一、总体情况", 3, 40, 40, 1)


# -- the decimal context: the test before the long-number search -------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from govlint.run.engine import _LONG_NUMBER, exact_arithmetic  # noqa: E402


def _context_as_searched(text: str):
    """What exact_arithmetic decided before the byte test: the search alone."""
    import contextlib
    import decimal
    found = _LONG_NUMBER.findall(text)
    if not found:
        return contextlib.nullcontext()
    longest = max(sum(ch.isdigit() for ch in f) for f in found)
    context = decimal.getcontext().copy()
    context.prec = max(context.prec, 2 * longest + 28)
    return decimal.localcontext(context)


def _precision(manager) -> int:
    import decimal
    with manager:
        return decimal.getcontext().prec


def _decides_as_the_search(text: str) -> None:
    was, now = _context_as_searched(text), exact_arithmetic(text)
    assert type(now) is type(was) and _precision(now) == _precision(was)


#: characters of numbers, and others whose UTF-16 bytes are such bytes (U+0000, U+0010, U+3030 〰,
#: U+FF00, U+0CFF, U+FF10's neighbours), ideographs, spaces, a non-BMP character, a lone surrogate
_CHARS = "0123456789,.０１２３４５６７８９，．" + "\x00\x10\u3030\uff00\u0cff\uff1a\uff0d\u0130\u2c30" + "年月日件一二 \t\n\u3000" + \
    "\U0002000b\ud800"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=_CHARS, max_size=40),
                          st.integers(min_value=0, max_value=10 ** 40).map(str),
                          st.integers(min_value=0, max_value=10 ** 40).map(lambda n: f"{n:,}".translate(
                              str.maketrans("0123456789,", "０１２３４５６７８９，")))), max_size=12).map("".join))
def test_long_number_byte_test_decides_as_the_search(text):
    """The byte test only lets a text without a long number skip the search: on texts of digits,
    separators, characters whose bytes look like theirs, ideographs, a non-BMP character and a
    lone surrogate, the context is the one the search alone gave."""
    _decides_as_the_search(text)


@pytest.mark.parametrize("text, prec", [
    ("本年新收申请 12 件。", 28),
    ("合计 123456789012345678901234 件", 2 * 24 + 28),  # 24 digits: found
    ("合计 12345678901234567890123 件", 28),  # 23: not
    ("合计 １２３，４５６，７８９，０１２，３４５，６７８，９０１，２３４ 件", 2 * 24 + 28),  # full-width, separators
    ("0" + "，" * 23, 2 * 1 + 28),  # one digit and 23 separators: the pattern's own reading
    ("，" * 60 + "．" * 60, 28),  # separators alone: no digit to start one
    ("\u3030" * 30 + "\uff00" * 30, 28),  # bytes like a number's, no number
])
def test_long_number_byte_test_cases(text, prec):
    """Numbers at the edge of the length, full-width ones, and characters whose bytes pass the
    byte test but are no number: each decided as the search decides it."""
    _decides_as_the_search(text)
    assert _precision(exact_arithmetic(text)) == prec


def test_long_number_bytes_are_those_of_the_patterns_characters():
    """The bytes the test marks are exactly the UTF-16 bytes of the characters the pattern reads
    (none missing, which would let a long number skip the search; none more, which costs only a
    search)."""
    from govlint.run.engine import _IN_NUMBER
    chars = "0123456789,.０１２３４５６７８９，．"
    assert {c for c in map(chr, range(0x10000)) if _LONG_NUMBER.fullmatch("0" + c * 23)} == set(chars)
    assert not any(_LONG_NUMBER.fullmatch("0" + chr(c) * 23) for c in range(0x10000, 0x110000, 97))
    assert {i for i in range(256) if _IN_NUMBER[i] == ord("1")} == set(chars.encode("utf-16-le"))
