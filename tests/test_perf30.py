"""The cuts of issue 11's round of session 20 (branch perf30), each held to what it replaced.

``lexicon.labels.nfkc`` puts report text in NFKC form. A text of the common characters alone
(ASCII, the CJK ideographs and punctuation, full-width ASCII, curly quotes, dashes, "…", "①"–"⑳",
the ideographic and no-break spaces: :data:`_PLAIN`) has the characters NFKC changes replaced by
their forms instead of going through ``unicodedata.normalize``. These tests hold that to
``unicodedata.normalize`` itself: every character of the set, the reason the replacement is exact
(no character of their decompositions composes with a neighbour), and texts of prose as reports
write it (full-width commas and digits, brackets, dates, a closing), mixed with characters outside
the set (a combining accent, a Hangul jamo, a compatibility ideograph, a lone surrogate), which go
the slow way.
"""
from __future__ import annotations

import sys
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govlint.lexicon import labels
from govlint.lexicon.labels import _PLAIN, _plain_nfkc, nfkc

#: every character of the fast path's set
_SET = [chr(c) for c in range(0x10000) if _PLAIN.fullmatch(chr(c))]


def _seconds() -> set:
    """The characters that compose with the one before them: the second of every canonical
    decomposition of two (the pairs canonical composition puts back together), and the Hangul
    vowels and trailing consonants (composed by rule)."""
    out = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    for c in range(sys.maxunicode + 1):
        d = unicodedata.decomposition(chr(c))
        if d and not d.startswith("<") and len(d.split()) == 2:
            out.add(chr(int(d.split()[1], 16)))
    return out


def test_the_fast_set_is_the_common_report_characters():
    """The set holds what a report's prose is written in (and only the BMP's)."""
    for ch in "示例镇人民政府，。；：、（）《》【】“”‘’—…１２３０ａＡ①⑳\u3000\xa0\t\n 0aZ%×·〇":
        assert ch in _SET, ch
    for ch in "\u0301\u1161\uf98e\u2f00\u3131\u00e9\ud800\U00020000":
        assert not _PLAIN.fullmatch(ch), ch


def test_no_character_of_the_set_composes_with_a_neighbour():
    """Why a text of the set is normalised character by character: every character of their
    NFKD forms is a starter (no reordering) and none is the second of a pair that composes."""
    seconds = _seconds()
    for ch in _SET:
        for part in unicodedata.normalize("NFKD", ch):
            assert unicodedata.combining(part) == 0, hex(ord(ch))
            assert part not in seconds, hex(ord(ch))
        assert unicodedata.normalize("NFKD", ch) == unicodedata.normalize("NFKC", ch)


def test_each_character_of_the_set_as_unicodedata_normalises_it():
    for ch in _SET:
        assert _plain_nfkc(ch) == unicodedata.normalize("NFKC", ch), hex(ord(ch))
        assert _plain_nfkc(ch * 3) == unicodedata.normalize("NFKC", ch * 3), hex(ord(ch))


#: what report prose is written in: ideographs of its words, full-width and ASCII punctuation and
#: digits, the spaces, curly quotes, the circled numbers
_PROSE = st.sampled_from(list("示例镇人民政府信息公开年度报告申请件本无收取费元年月日一二三四五〇○")
                         + list("，。；：、（）《》【】“”‘’—…！？％") + [chr(c) for c in range(0xFF01, 0xFF5F)]
                         + list("0123456789,.;:()%- \t\n") + ["\u3000", "\xa0", "①", "⑩", "⑳"])
#: characters outside the set: a combining accent (after "e" it composes), a Hangul syllable's
#: parts, a compatibility ideograph, a Kangxi radical, a half-width katakana, an accented letter,
#: a lone surrogate, a character beyond the BMP, a squared abbreviation
_OTHER = st.sampled_from(["\u0301", "\u0308", "\u1100", "\u1161", "\u11a8", "\uf98e", "\u2f00", "\uff76",
                          "\uff9e", "\u00e9", "\ud800", "\U00020000", "\u3314", "\u2126", "\u212b", "e", "A"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PROSE, max_size=120).map("".join))
def test_report_prose_normalised_as_unicodedata_does(text):
    """Prose of the set's characters: the fast path's form is NFKC's."""
    labels._NFKC.clear()
    assert _PLAIN.fullmatch(text)
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PROSE, _OTHER, st.characters()), max_size=60).map("".join))
def test_any_text_normalised_as_unicodedata_does(text):
    """Any text (the set's characters mixed with others, which take the slow way): NFKC's form."""
    labels._NFKC.clear()
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


# ---------------------------------------------------------------------------------------------
# ``prose.closes`` and ``prose.runs`` (the report's closing lines, the paragraphs a hard line break
# cut): a line longer than ``SIGNER`` can match is not tried against it, and the date patterns are
# tried only on a line holding the 日 (or 月) they end with. Held to the code they replaced.

from govlint_rules import prose  # noqa: E402
from govlint.syntax.ast import Paragraph, Span  # noqa: E402


def _old_closes(paragraphs, i: int) -> bool:
    """``prose.closes`` as it was (e34d86b)."""
    t = prose._line(paragraphs, i)
    if len(t) > 60:
        return False
    if prose.DATE_LINE.fullmatch(t) or prose._SIGNED.fullmatch(t):
        return True
    if prose.MONTH_LINE.fullmatch(t):
        return i + 1 == len(paragraphs) or any(prose.SIGNER.fullmatch(prose._line(paragraphs, j)) for j in (i - 1, i + 1))
    after = prose._line(paragraphs, i + 1)
    return bool(prose.SIGNER.fullmatch(t)) and bool(prose.DATE_LINE.fullmatch(after) or prose.MONTH_LINE.fullmatch(after))


def _old_runs(paragraphs):
    """``prose.runs`` as it was (e34d86b), with :func:`_old_closes`, and the hard wrap's width that
    ecf77ef added since (a line that fills the width the lines cut mid-sentence share runs on, though
    it reads as a whole sentence or an item's heading: without it, the property failed on such lines,
    "（一）主动公开情况示例市示例区示例街道办事处" over a line as long)."""
    paragraphs = list(paragraphs)
    cut_at = prose._wrap_width(paragraphs, [prose.continued_by_next(p.text) for p in paragraphs])
    run = []
    for i, p in enumerate(paragraphs):
        if _old_closes(paragraphs, i) or (i and prose.SIGNER.fullmatch(prose._line(paragraphs, i))
                                          and _old_closes(paragraphs, i - 1)):
            if run:
                yield run[0] if len(run) == 1 else prose._joined(run)
                run = []
            yield p
            continue
        if run and prose.PAGE_NUMBER_LINE.match(p.text) and i + 1 < len(paragraphs):
            continue
        if run and prose._ITEM.match(p.text):
            yield run[0] if len(run) == 1 else prose._joined(run)
            run = []
        run.append(p)
        if not (prose.continued_by_next(p.text) or (cut_at and prose._cut_at(p.text, cut_at))):
            yield run[0] if len(run) == 1 else prose._joined(run)
            run = []
    if run:
        yield run[0] if len(run) == 1 else prose._joined(run)


def test_signer_max_is_the_longest_text_signer_matches():
    import re._parser as sre_parse  # (Python 3.11: the pattern parser)
    assert sre_parse.parse(prose.SIGNER.pattern).getwidth() == (3, prose._SIGNER_MAX)


#: the pieces of a report's closing and prose lines: agencies (short, long, a 30-character name), full
#: dates, month-only dates in Arabic and Chinese numerals, a seal's note, sentences, an item, a page
#: number, sentences cut mid-way
_PIECE = st.sampled_from([
    "示例镇人民政府", "示例县发展和改革局", "示例市示例区示例街道办事处", "示" * 28 + "政府", "示" * 29 + "人民政府",
    "示" * 31 + "局", "2025年1月20日", "2025 年 1 月 20 日", "二〇二五年一月二十日", "二○二五年一月", "2025年1月",
    "2025年元月份", "2025年1月20日（此件公开发布）", "（印章）", " ", "\u3000", "本年度未收取信息处理费。",
    "共收到政府信息公开申", "请15件，", "（一）主动公开情况", "— 2 —", "二是", "，", "：", "日", "月", "年",
    "示例镇人民政府 2025年1月20日", "全年办结", "信息公开工作", "12个县（市、区）", "处", "中心", "委员会",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECE, min_size=1, max_size=5).map("".join), min_size=1, max_size=8))
@example(["（一）主动公开情况示例市示例区示例街道办事处", "示例镇人民政府示例市示例区示例街道办事处"])
def test_closes_and_runs_as_before(texts):
    """Paragraphs of closing lines and prose (in any order, any length): each is a closing line
    as before, and the runs are the same."""
    paragraphs = [Paragraph(t, Span(n + 1, 1, n + 1, len(t) + 1, 0, len(t))) for n, t in enumerate(texts)]
    for i in range(len(paragraphs)):
        assert prose.closes(paragraphs, i) == _old_closes(paragraphs, i)
    assert list(prose.runs(paragraphs)) == list(_old_runs(paragraphs))


# ---------------------------------------------------------------------------------------------
# ``enumerators.AROUND.sub("", line)`` (a Markdown heading's "## " and bold's "**" taken off a line):
# a line with nothing to take is returned as it is, without the pattern's search.

import re  # noqa: E402

from govlint.lexicon.enumerators import AROUND  # noqa: E402

#: the characters the pattern takes and those it leaves, a heading's words and numerals
_MARKUP = st.sampled_from([" ", "\u3000", "\xa0", "\n", "\t", "#", "##", "*", "**", "一、", "（二）", "总体情况",
                           "1.", "主动公开", "a", "。", "：", "\r"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKUP, max_size=10).map("".join))
def test_markup_taken_off_a_line_as_the_pattern_takes_it(text):
    """Headings in Markdown ("## 一、总体情况"), in bold ("**（二）主动公开**"), with spaces around
    them, a line break at the end, or plain: the words left are the pattern's."""
    assert AROUND.sub("", text) == re.compile(AROUND.pattern).sub("", text)


# ---------------------------------------------------------------------------------------------
# ``layout.lines._LONG_LINES`` (a flattened report's long lines, where a page's number may stand
# inside): tried only at a line's start.

from govlint.layout import lines as layout_lines  # noqa: E402

_OLD_LONG_LINES = re.compile(rf"[^\n]{{{layout_lines._LONG},}}")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2 * layout_lines._LONG), st.sampled_from("示 -1页")), max_size=6))
def test_long_lines_found_as_before(lines):
    """Texts of short and long lines (a flattened report's, just under, at and over the length),
    blank lines, a final line with and without its line break: the same lines found, at the same
    places, as by the pattern tried at every character."""
    text = "\n".join(ch * n for n, ch in lines)
    for t in (text, text + "\n"):
        assert [m.span() for m in layout_lines._LONG_LINES.finditer(t)] == \
            [m.span() for m in _OLD_LONG_LINES.finditer(t)]
        assert (layout_lines._LONG_LINES.search(t) is None) == (_OLD_LONG_LINES.search(t) is None)
