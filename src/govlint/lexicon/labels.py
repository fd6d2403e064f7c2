"""Label normalisation and matching, shared by the binder and the rules.

Real reports write the same label many ways: full- or half-width brackets and digits, 、 or .
after an enumerator, spaces and line breaks inside a cell, curly or straight quotes. ``norm``
folds all of that away; ``split_prefix`` separates the enumerator ("一、", "（三）", "1.", and a
sub-item's "（1）" or "①", read as "1.")
from the words; ``similar`` scores near-misses (typos) for the label-typo rule.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Dict, Iterable, Optional, Tuple
from .pattern import lazy

_PREFIX = lazy(
    r"^\s*(?:([一二三四五六七八九十]{1,3})\s*[、.．,，:：]"  # 一、
    r"|[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*[、.．]?"  # （一）
    r"|(\d{1,2})\s*[.．、,，)）]"  # 1.  1、  1)
    r"|[(（]\s*(\d{1,2})\s*[)）]"  # （1）
    r"|([\u2460-\u2473])"  # ①
    r")\s*"
)
_DROP = lazy(r"[\s\u3000\xa0:：,，、;；。.．·•\"'“”‘’「」『』()（）\[\]【】<>《》〈〉/／_\-—－]+")


#: texts already put in NFKC form → that form: the facts and several rules read the same
#: paragraphs in NFKC (a tenth of the time of a report went to normalising them again); emptied
#: when it holds :data:`_NFKC_SIZE` texts
_NFKC: Dict[str, str] = {}
_NFKC_SIZE = 1024


#: report text of these characters alone (ASCII, the CJK ideographs and punctuation, full-width
#: ASCII, curly quotes, dashes, "…", "①"–"⑳", "○", the two spaces): each has an NFKC form of its own
#: that no neighbour changes (every character of their decompositions is a starter and none is the
#: second of a pair that composes), so the text's NFKC form is each character's form in turn.
#: ``unicodedata.normalize`` took ~2,000 instructions a character of a report's prose (its
#: composition step looks at every character), a fifth of a warm lint (tests/test_perf30.py)
_PLAIN = lazy("[\t-\r -~\xa0\xb7\xd7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2460-\u2473\u25cb"
              "\u3000-\u3029\u4e00-\u9fff\uff01-\uff5e]*")
#: the characters of :data:`_PLAIN` that NFKC changes ("，" → ",", "１" → "1", "①" → "1", "…" → "...")
_FOLDED = lazy("[\xa0\u2026\u2460-\u2473\u3000\uff01-\uff5e]")
#: each of them → its NFKC form (``unicodedata.normalize``'s, taken when first met)
_FOLDS: Dict[str, str] = {}


def _plain_nfkc(text: str) -> str:
    """The NFKC form of a text of :data:`_PLAIN`'s characters: the characters NFKC changes
    replaced by their forms (which NFKC leaves as they are: ASCII, a space)."""
    folded = _fold_rest(_fold_common(text))
    return text if folded is None else folded


#: the characters of :data:`_FOLDED` prose holds most ("，" first: a few dozen in a paragraph), each
#: with its form: looked for with ``in`` and replaced (the pattern that found them spent ~1,000
#: instructions on each, ~15,000 a paragraph, on the commas). Each form is what NFKD makes of its
#: character (one ASCII character, a starter), so a text with them replaced has the same NFKD form,
#: and so the same NFKC form, as the text: when it is in NFKC form already (``is_normalized``, exact),
#: it is the text's NFKC form, whatever else it holds
_COMMON = tuple((ch, unicodedata.normalize("NFKC", ch)) for ch in "，（）：；\u3000")
#: a character that is not of :data:`_PLAIN` or that NFKC changes (:data:`_PLAIN` less :data:`_FOLDED`,
#: negated): what is left to fold once the common ones are replaced, or the sign that the text is not
#: of :data:`_PLAIN`'s characters
_REST = lazy("[^\t-\r -~\xb7\xd7\u2013\u2014\u2018\u2019\u201c\u201d\u25cb\u3001-\u3029\u4e00-\u9fff]")


def _fold_common(text: str) -> str:
    """``text`` with the characters of :data:`_COMMON` replaced by their forms."""
    for ch, form in _COMMON:
        if ch in text:
            text = text.replace(ch, form)
    return text


def _fold_rest(text: str) -> Optional[str]:
    """The NFKC form of ``text`` when it is of :data:`_PLAIN`'s characters (the characters NFKC
    changes that :data:`_REST` finds replaced by their forms); None when it holds another character."""
    rest = _REST.findall(text)
    if rest:
        for ch in set(rest):
            form = _FOLDS.get(ch)
            if form is None:
                if _FOLDED.fullmatch(ch) is None:
                    return None  # (a character outside _PLAIN)
                form = _FOLDS[ch] = unicodedata.normalize("NFKC", ch)
            text = text.replace(ch, form)
    return text


def nfkc(text: str) -> str:
    """The NFKC form of report text (full-width digits and punctuation folded), normalised once
    per text: remembered, and not normalised at all when ``unicodedata.is_normalized`` says it
    is already in that form; else the common folded characters are replaced (:data:`_COMMON`), and
    what is then in NFKC form is the text's; a text of the common characters alone (:data:`_PLAIN`)
    has the others NFKC changes replaced (:func:`_fold_rest`)."""
    found = _NFKC.get(text)
    if found is None:
        if unicodedata.is_normalized("NFKC", text):
            found = text
        else:
            found = _fold_common(text)
            if found is text or not unicodedata.is_normalized("NFKC", found):
                found = _fold_rest(found)
                if found is None:
                    found = unicodedata.normalize("NFKC", text)
        if len(_NFKC) >= _NFKC_SIZE:
            _NFKC.clear()
        _NFKC[text] = found
    return found


#: 512 each: over 2,000 reports the hits are the recurring labels (norm: 273,801 hits, 16,000 misses
#: at 512 against 276,604 and 13,197 at 4,096; split_prefix: the same 931 hits), and at 4,096 the two
#: memos held ~1.9 MB of the pieces of every report's lines
@lru_cache(maxsize=512)
def norm(text: str) -> str:
    """The comparable form of a label: NFKC, no spaces, no punctuation."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text))


@lru_cache(maxsize=512)
def split_prefix(text: str) -> Tuple[str, str]:
    """("（三）", "不予公开") for "(三) 不予公开"; the prefix is normalised to its official form."""
    m = _PREFIX.match(text)
    if not m:
        return "", text.strip()
    if m.group(1):
        prefix = m.group(1) + "、"
    elif m.group(2):
        prefix = "（" + m.group(2) + "）"
    elif m.group(5):  # ① … ⑳: the sub-item's number
        prefix = f"{ord(m.group(5)) - 0x245F}."
    else:
        prefix = (m.group(3) or m.group(4)) + "."
    return prefix, text[m.end():].strip()


def similar(a: str, b: str, floor: float = 0.75) -> float:
    """Similarity of two normalised labels, 0..1 (0 when below ``floor``, told cheaply)."""
    if not a or not b:
        return 0.0
    sm = SequenceMatcher(None, a, b, autojunk=False)
    if sm.real_quick_ratio() < floor or sm.quick_ratio() < floor:
        return 0.0
    return sm.ratio()


def one_character_off(label: str, candidates: Iterable[str]) -> Optional[str]:
    """The one candidate (normalised) that ``label`` writes with a single character wrong
    (予以公幵, 重复申情): in a short label one character is below the similarity a typo needs
    (3 of 4 is 0.75), yet a person reads it at once. None when none, or more than one, is."""
    found = {c for c in candidates if len(c) == len(label) and sum(x != y for x, y in zip(c, label)) == 1}
    return found.pop() if len(found) == 1 else None


#: a word written either way in a short label, the official form last ("3.其它" is 表三's "3.其他"):
#: too short for a typo's similarity, and no typo (V502 does not report it)
WRITTEN_EITHER_WAY = (("其它", "其他"),)


def official_spelling(label: str) -> str:
    """``label`` (normalised) with each word of :data:`WRITTEN_EITHER_WAY` in its official form."""
    for other, official in WRITTEN_EITHER_WAY:
        label = label.replace(other, official)
    return label


def best_match(label: str, candidates: Iterable[str], threshold: float = 0.8) -> Optional[str]:
    """The candidate (normalised) closest to ``label`` (normalised), if close enough."""
    best, score = None, threshold
    n = len(label)
    for c in candidates:
        m = len(c)
        # ratio = 2·matches / (n + m) and matches <= min(n, m): skip what cannot reach the threshold
        if 2 * min(n, m) < threshold * (n + m):
            continue
        s = similar(label, c)
        if s >= score and s < 1.0:
            best, score = c, s
    return best


#: a note a table carries under its rows, in a row of its own or on the lines below it ("注：行政事业性收费
#: 为本机关收取的金额", "说明     本表数据截至…", "备注：…"): its mark first, then a colon, or (说明, 备注, a
#: cell's label) a wide gap and the note's words; no row of the table
NOTE_UNDER_A_TABLE = lazy(r"[ \u3000\xa0]*(?:注[0-9０-９]?[：:]|(?:说明|备注)(?:[：:]|[ \u3000\xa0]{2,}(?=\S)))")
