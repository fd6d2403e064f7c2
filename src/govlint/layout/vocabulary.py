"""The words of the formats that layout decisions rest on: labels, section titles, table heads.

Layout never guesses what a fragment means from its shape alone when the format can say: two
pieces are joined back into one label only when together they spell a label of a format and
apart they do not. The vocabulary is made from the format data (the built-in formats, or the
registry's, plugins' included) and kept per set of formats.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, FrozenSet, Iterable, NamedTuple, Optional, Sequence, Tuple

from ..lexicon import labels as L
from ..formats import BUILTIN_FORMATS, FormatSpec
from .cells import has_ideograph
from ..lexicon import enumerators
from ..lexicon.pattern import compile_pattern, lazy, longest_first


class Vocabulary(NamedTuple):
    #: normalised labels (rows, columns, groups; aliases and outdated spellings too), no enumerator
    labels: FrozenSet[str]
    #: normalised official section titles and their variants
    sections: Tuple[str, ...]
    #: the words that open a table's head ("第二十条第", "申请人情况", …), with the number of the
    #: section the table belongs to
    markers: Tuple[Tuple[str, int], ...]
    #: the longest label, in characters (fragments longer than that join nothing)
    longest: int
    #: normalised row labels that are no column label ("规章", "行政许可"; not "其他")
    row_only: FrozenSet[str] = frozenset()
    #: normalised labels of group rows (表三's "不予公开", "其他处理")
    groups: FrozenSet[str] = frozenset()
    #: the table heads' words, normalised ("行政复议", "申请人情况")
    head_words: FrozenSet[str] = frozenset()
    #: the label forms of whole labels and head words (a row of them needs no mending)
    whole: FrozenSet[str] = frozenset()
    #: the parts of the column names a table's head writes over two rows ("行政复议·结果维持": 表四's
    #: "行政复议", "结果维持"), normalised: words of a head row
    column_parts: FrozenSet[str] = frozenset()
    #: every first part of a label, normalised ("结", "结转", … "结转下年度继续办理"): a piece that
    #: is none begins no label
    openings: FrozenSet[str] = frozenset()
    #: each normalised section title or variant → its section's number (a title the formats number
    #: differently is not in it): what a heading with no numeral ("**总体情况**") is the heading of
    numbers: Dict[str, int] = {}
    #: answers already found: a text → its label form (its enumerator dropped, normalised), a pair
    #: of pieces → whether they join. The same cell texts come back in every row and every
    #: report; the memo is per vocabulary, and emptied when it grows past :data:`_MEMO_SIZE`.
    #: The block stage keeps its own answers in it too: rows and head rows its repairs leave as
    #: they are, and (two dicts of their own, at most 64 entries each) the shapes of tables left
    #: as they are (``layout.blocks._shape``)
    memo: Dict[Any, Any] = {}

    def label_form(self, text: str) -> str:
        """``text`` as the vocabulary holds labels: no enumerator, normalised."""
        n = self.memo.get(text)
        return self.remember(text, L.norm(L.split_prefix(text)[1])) if n is None else n

    def remember(self, key: Any, answer: Any) -> Any:
        """Keep ``answer`` in the memo under ``key`` (the memo emptied first when it has grown past
        :data:`_MEMO_SIZE`), and give it back."""
        if len(self.memo) > _MEMO_SIZE:
            self.memo.clear()
        self.memo[key] = answer
        return answer

    def is_label(self, text: str) -> bool:
        """Is ``text`` (an enumerator allowed before it) exactly a label of some format?"""
        n = self.label_form(text)
        return bool(n) and n in self.labels

    def is_group_label(self, text: str) -> bool:
        """Is ``text`` the label of a group row (which heads sub-items) in some format?"""
        return self.label_form(text) in self.groups

    def is_row_label(self, text: str) -> bool:
        """Is ``text`` a row label that no column shares (so a row starts with it)?"""
        return self.label_form(text) in self.row_only

    def joins(self, first: str, second: str) -> bool:
        """Do two pieces a renderer broke apart spell one label together and not apart?

        ("行政事业性收", "费"), ("（三）不", "予公开"), ("社会公", "益组织"): yes. ("规章", "0")
        or two whole labels ("自然人", "商业企业"): no."""
        if not first or not second or len(first) + len(second) > self.longest + 8:
            return False
        key = (first, second)  # (the memo holds pairs too: the same pairs meet in every report)
        answer = self.memo.get(key)
        return self.remember(key, self._joins(first, second)) if answer is None else answer

    def _joins(self, first: str, second: str) -> bool:
        if not (has_ideograph(second) and (has_ideograph(first) or _ENUMERATOR_ALONE.fullmatch(first))):
            # a number ("0" before "2.其他法律…") is no piece of a label; an enumerator alone is
            # its first ("7." beside the numbers, "属于行政执法案卷" wrapped onto the line below)
            return False
        if not (self.is_label(first + second) or self.is_head_word(first + second)):
            year, name = year_qualified(first + second)
            # (a column's head qualified by its year, both years side by side: "2024年本年制发件" over
            # "数" in a narrow cell; the year before the name, so the pieces' split falls in the name)
            if year is not None and name.startswith(year_qualified(first)[1]) and self.is_label(name) \
                    and not self.is_label(year_qualified(first)[1]):
                return True
            return self._misread_rest(first, second)
        # (two whole words of a head, a group's over a column's, "未经复议直接起诉" / "结果维持": each its own
        # cell of a head of two rows, no label wrapped)
        return not (self._whole(first) and self._whole(second))

    def _whole(self, text: str) -> bool:
        return self.is_label(text) or self.is_column_part(text) or self.is_head_word(text)

    def _misread_rest(self, first: str, second: str) -> bool:
        """Is ``second`` the rest of a label ``first`` opens, one character of it misread or mistyped
        ("5.要求行政机关确认或重新出" / "具己获取信息": 己 for 已, a scan's text)? Only a long opening (six
        characters or more) and a rest of three or more, so two words that merely look alike never join;
        the binder still names the misspelt label (V502)."""
        f, rest = self.label_form(first), L.norm(second)
        if len(f) < 6 or len(rest) < 3 or f not in self.openings or self.is_label(second):
            return False
        size = len(f) + len(rest)
        return any(len(label) == size and label.startswith(f)
                   and sum(a != b for a, b in zip(label[len(f):], rest)) == 1 for label in self.labels)

    def opens_a_label(self, text: str) -> bool:
        """Is ``text`` (an enumerator allowed before it) the first part of a label, or one whole?"""
        n = L.norm(L.split_prefix(text)[1])
        return bool(n) and n in self.openings

    def is_column_part(self, text: str) -> bool:
        """Is ``text`` a part of a column name written over two head rows ("结果维持")?"""
        return L.norm(text) in self.column_parts

    def is_head_word(self, text: str) -> bool:
        """Is ``text`` a word of a table's head that is no label ("行政复议" over 表四's groups)?"""
        return L.norm(text) in self.head_words

    def is_head_row(self, cells: Sequence[str]) -> bool:
        """Is a row of ``cells`` one of a table's head: no figure, and a cell after its first a column's
        name or a head's word ("项目 | 申请人情况", " | 法人或其他组织", " | 科研机构 | 社会公益组织"), no row's label?"""
        filled = [c for c in cells[1:] if c]
        if not filled or any(any(ch.isdigit() for ch in c) for c in cells if c):
            return False
        return any(self.is_head_word(c) or self.is_column_part(c)
                   or (self.is_label(c) and self.label_form(c) not in self.row_only
                       and self.label_form(c) not in self.groups) for c in filled)

    def is_whole_name(self, text: str) -> bool:
        """Is ``text`` a whole name of the format's: a row's label, a head's word, or a table's marker
        and what follows it ("第二十条第（五）项", "申请人情况")?"""
        return self.is_label(text) or self.is_head_word(text) or any(
            text.startswith(w) for w, _ in self.markers if len(w) > 2 and len(text) <= len(w) + 6)


#: a column's head qualified by its year, before or after its name ("2023年本年制发件数",
#: "本年制发件数（2024年度）"): both years' figures side by side
_YEAR_QUALIFIED = lazy(r"^(?:(20\d\d)\s*年度?\s*(.+)|(.+?)\s*[(（]\s*(20\d\d)\s*年度?\s*[)）])$")


def year_qualified(text: str) -> Tuple[Optional[int], str]:
    """(the year a head cell qualifies its name by, the name), or (None, the text)."""
    m = _YEAR_QUALIFIED.match(text.strip())
    if m is None:
        return None, text
    return (int(m.group(1)), m.group(2)) if m.group(1) else (int(m.group(4)), m.group(3))


#: a label's enumerator and nothing else ("7.", "（三）", "四、")
_ENUMERATOR_ALONE = lazy(rf"[ \u3000\xa0]*{enumerators.ANY}[ \u3000\xa0]*")

#: the most texts a vocabulary's memo holds (a few hundred distinct cell texts make a report)
_MEMO_SIZE = 4096


def _row_texts(f: FormatSpec) -> Iterable[str]:
    for t in f.tables:
        for r in t.rows:
            yield from (r.label.text, *r.label.aliases, *r.label.outdated)


def _column_texts(f: FormatSpec) -> Iterable[str]:
    for t in f.tables:
        for c in t.columns + tuple(c for r in t.rows for c in r.columns):
            yield from (c.label.text, *c.label.aliases, *c.label.outdated)


def _label_texts(f: FormatSpec) -> Iterable[str]:
    for t in f.tables:
        for r in t.rows:
            yield from (r.label.text, *r.label.aliases, *r.label.outdated)
            for c in t.columns_of(r):
                yield from (c.label.text, *c.label.aliases, *c.label.outdated)
        for c in t.columns:
            yield from (c.label.text, *c.label.aliases, *c.label.outdated)
        for g in t.groups:
            yield from (g.label.text, *g.label.aliases, *g.label.outdated)


#: the vocabulary of each set of formats, keyed by the formats' ids and names and holding the
#: format objects (so an id is never reused while its entry lives): hashing the frozen format
#: records themselves, twice a file, cost more than a report's layout
_CACHE: Dict[Tuple[Tuple[str, int], ...], Tuple[Tuple[FormatSpec, ...], Vocabulary]] = {}


def vocabulary(formats: Optional[Dict[str, FormatSpec]] = None) -> Vocabulary:
    """The vocabulary of a set of formats (the built-in ones by default)."""
    formats = formats or BUILTIN_FORMATS
    key = tuple(sorted((name, id(f)) for name, f in formats.items()))
    hit = _CACHE.get(key)
    if hit is not None:
        return hit[1]
    if len(_CACHE) > 8:
        _CACHE.clear()
    items = tuple(sorted(formats.items(), key=lambda kv: kv[0]))
    vocab = _vocabulary(items)
    _CACHE[key] = (tuple(f for _, f in items), vocab)
    return vocab


def _vocabulary(items: Tuple[Tuple[str, FormatSpec], ...]) -> Vocabulary:
    labels = set()
    sections = set()
    markers = set()
    numbers: Dict[str, Optional[int]] = {}
    for _, f in items:
        for text in _label_texts(f):
            n = L.norm(L.split_prefix(text)[1]) if text else ""
            if n:
                labels.add(n)
        for s in f.sections:
            for t in (s.title, *s.variants):
                sections.add(L.norm(t))
                numbers[L.norm(t)] = s.number if numbers.get(L.norm(t), s.number) == s.number else None
        for t in f.tables:
            markers.update((m, t.section) for m in t.markers)
    def norms(texts):
        return {L.norm(L.split_prefix(t)[1]) for t in texts if t}

    rows = set().union(*(norms(_row_texts(f)) for _, f in items)) if items else set()
    columns = set().union(*(norms(_column_texts(f)) for _, f in items)) if items else set()
    return Vocabulary(frozenset(labels), tuple(sorted(sections, key=longest_first)),
                      tuple(sorted(markers, key=lambda m: (-len(m[0]), m))),
                      max((len(x) for x in labels), default=0), frozenset(rows - columns - {""}),
                      frozenset(L.norm(t) for _, f in items for tb in f.tables for g in tb.groups
                                for t in (g.label.text, *g.label.aliases, *g.label.outdated)),
                      frozenset(L.norm(m) for m, _ in markers),
                      frozenset(labels) | frozenset(L.norm(m) for m, _ in markers),
                      frozenset(L.norm(part) for _, f in items for text in _column_texts(f) if "·" in text
                                for part in text.split("·") if L.norm(part)),
                      frozenset(x[:k] for x in labels for k in range(1, len(x) + 1)),
                      {t: n for t, n in numbers.items() if n is not None}, {})


def section_title_pattern(vocab: Vocabulary, other: bool = False) -> "re.Pattern":
    """An official section heading anywhere in a line: "三、收到和处理政府信息公开申请情况";
    ``other``: numbered another way instead, "（三）…", "3.…", "第三部分 …", "三 …", or not at all and
    in bold, "**收到和处理政府信息公开申请情况**"."""
    return _section_pattern(vocab.sections, other)


@lru_cache(maxsize=8)
def _section_pattern(titles: Tuple[str, ...], other: bool = False) -> "re.Pattern":
    # the titles are normalised (no punctuation); in the text a space may stand between words
    gap = r"[ \u3000、，,（）()“”\"的和]*"  # (的 put in: "主动公开政府信息的情况"; 和 for 、: "行政复议和提起行政诉讼")
    alts = "|".join(gap.join(map(re.escape, t)) for t in titles)
    if other:
        n = "[一二三四五六七八九十]{1,2}"
        # (or the numeral and a space, no mark, "一 总体情况", or nothing: a reader joins two CJK
        # characters a space stood between, "一总体情况"; where no word stands before it: not
        # "表三 收到和处理…", a table's caption)
        # (or no numeral, the title alone in bold, "**总体情况**")
        return compile_pattern(rf"(?:#{{1,6}}[ ]*)?(?:(?:\*\*)?(?:[（(][ \u3000]*{n}[ \u3000]*[)）]|\d{{1,2}}[ \u3000]*[.．、]"
                               rf"|第{n}部分|(?<!\w){n}[ \u3000]*)[ \u3000]*(?:{alts})|\*\*[ \u3000]*(?:{alts})[ \u3000]*\*\*)")
    # (compiled as the lazy patterns are: its gap class, between every two characters of every title,
    # optimised once and not a few hundred times, and the program kept for the next run)
    return compile_pattern(rf"(?:#{{1,6}}[ ]*)?(?:\*\*)?[一二三四五六七八九十]{{1,2}}[ \u3000]*[、．.，,：:][ \u3000]*(?:{alts})")
