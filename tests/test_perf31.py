"""The cuts of issue 11's round of session 21 (branch perf31), each held to what it replaced.

- ``lexicon.labels.nfkc``: a text not in NFKC form has its most frequent folded characters ("，",
  "（", "）", "：", "；", the ideographic space) replaced by their forms with ``in`` and ``str.replace``
  (the same NFKD form: what is then in NFKC form is the text's); else one pattern
  (:data:`labels._REST`, the common set less the folded characters, negated) finds what is left to
  fold or that the text is not of the set; before, one pattern checked the set and another found
  every folded character, one match for each comma of a paragraph. Held to
  ``unicodedata.normalize`` and to the sets they replace.
- ``syntax.parser._paragraph``: a prose line's paragraph, its text and span from one strip of the
  line, held to the text and :func:`_text_span` it replaces (lines with and without spaces around).
- ``checks.relations``: the sums start at ``Decimal(0)``, not ``sum``'s int 0: the same values,
  digits and exponents, in the default context and in a raised one (a report with a long number).
"""
from __future__ import annotations

import decimal
import unicodedata
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from govlint.lexicon import labels
from govlint.lexicon.labels import _COMMON, _FOLDED, _PLAIN, _REST, _fold_common, _fold_rest, nfkc


def test_rest_is_the_plain_set_less_the_folded_characters_negated():
    """Every character of the BMP: :data:`_REST` finds it exactly when it is not of :data:`_PLAIN`
    or NFKC changes it (:data:`_FOLDED`)."""
    for c in range(0x10000):
        ch = chr(c)
        want = _PLAIN.fullmatch(ch) is None or _FOLDED.fullmatch(ch) is not None
        assert (_REST.fullmatch(ch) is not None) == want, hex(c)


def test_the_common_characters_are_folded_ones_with_their_forms():
    """Each form is the character's NFKD (and NFKC) form, one ASCII starter: a text with it replaced
    decomposes as the text does."""
    for ch, form in _COMMON:
        assert _FOLDED.fullmatch(ch), hex(ord(ch))
        assert form == unicodedata.normalize("NFKC", ch) == unicodedata.normalize("NFKD", ch)
        assert len(form) == 1 and form.isascii() and unicodedata.combining(form) == 0


#: report prose: ideographs, full-width and ASCII punctuation and digits, the spaces, curly quotes,
#: the circled numbers (the common folded characters among them, many)
_PROSE = st.sampled_from(list("示例镇人民政府信息公开年度报告申请件本无收取费元年月日一二三四五〇○")
                         + list("，，，。；：、（）《》【】“”‘’—…！？％") + [chr(c) for c in range(0xFF01, 0xFF5F)]
                         + list("0123456789,.;:()%- \t\n") + ["\u3000", "\xa0", "①", "⑩", "⑳"])
#: characters outside the set (a combining accent, Hangul jamo, a compatibility ideograph, a lone
#: surrogate, a character beyond the BMP …)
_OTHER = st.sampled_from(["\u0301", "\u0308", "\u1100", "\u1161", "\u11a8", "\uf98e", "\u2f00", "\uff76",
                          "\uff9e", "\u00e9", "\ud800", "\U00020000", "\u3314", "\u2126", "\u212b"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_PROSE, _PROSE, _OTHER, st.characters()), max_size=80).map("".join))
def test_folded_is_nfkc_for_the_set_and_none_otherwise(text):
    """A text of the set: its NFKC form; with a character outside it (after a common folded one,
    which is replaced first): None, and :func:`nfkc` gives ``unicodedata``'s form. The common ones
    replaced, the text decomposes as before."""
    common = _fold_common(text)
    assert unicodedata.normalize("NFKD", common) == unicodedata.normalize("NFKD", text)
    got = _fold_rest(common)
    if _PLAIN.fullmatch(text):
        assert got == unicodedata.normalize("NFKC", text)
    else:
        assert got is None
    labels._NFKC.clear()
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


# ---------------------------------------------------------------------------------------------
# the parser's paragraph of a line

from govlint.syntax import parser  # noqa: E402

_LINE = st.lists(st.sampled_from(list("示例镇人民政府，。1２a") + [" ", "\t", "\u3000", "\xa0", "\r"]),
                 min_size=1, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_LINE, st.integers(1, 5000), st.integers(0, 100000), st.sampled_from(["text", "subheading", "date"]))
def test_a_lines_paragraph_is_the_stripped_text_and_its_span(line, line_no, start, kind):
    """Held to what the callback made before: the line stripped, and :func:`_text_span`."""
    p = parser._paragraph(line, line_no, start, kind)
    assert p == parser._new_paragraph((line.strip(parser._SPACE), parser._text_span(line, line_no, start), kind))
    assert type(p.span) is type(parser._text_span(line, line_no, start))


# ---------------------------------------------------------------------------------------------
# the relations' sums

from govlint.checks import relations  # noqa: E402

_NUMBER = st.decimals(allow_nan=False, allow_infinity=False, places=None, min_value=-10**30, max_value=10**30)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NUMBER, max_size=8), st.sampled_from([28, 90]))
def test_sums_from_a_decimal_zero_are_sums_from_int_zero(values, prec):
    """The same value, digits and exponent, in the default context and a raised one."""
    context = decimal.getcontext().copy()
    context.prec = prec
    with decimal.localcontext(context):
        old = sum(values)
        new = sum(values, relations._ZERO)
        assert isinstance(new, Decimal)
        assert str(Decimal(old)) == str(new)
