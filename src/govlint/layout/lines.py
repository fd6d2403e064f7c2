"""The text stage of layout: line structure that a copy, an archiver or an export destroyed.

Two layouts are repaired here, before the grammar reads the lines:

- **separator lines**: exports that write one cell per line put a lone ``|`` or ``---`` between
  the cells; such a line is no content, and it cuts every table into one-cell fragments. It is
  blanked (its characters become spaces, so every offset and line number stays the file's).
- **one cell per line, each indented with a tab, no blank line between rows** (a table copied
  out of Word or WPS as text): a run of such lines that holds several rows (a label after a
  number) has its tabs made spaces, so the block stage reads it as the cells of one table, a row
  at each label (the tab-indented layout with a blank line after each row keeps its runs: a run
  is a row). A page number ("- 3 -", "第3页 共8页") among those lines is blanked: it is no cell.
- **flattened text**: a whole report on one line (archived pages, a copy out of a viewer) has no
  line breaks for headings, paragraphs or rows. Breaks are put back where a person reading it
  would see one: before each official section heading (the numeral and an official title, so
  "五、" in a sentence is not one), after that title, after the report title, before a
  closing date, and inside a statistical table before each row (a label after numbers, a
  top-level enumerator, a block head). A break replaces the space that stood there, or is
  inserted where none did; :class:`Prepared` keeps the inserted offsets so that every finding
  is reported at its place in the file as written.

Smaller repairs follow in :data:`_REPAIRS`, each named as ``govlint parse`` shows it, most of them
for the text web-page extractors write (html2text, inscriptis, trafilatura, BeautifulSoup): a
section's numeral alone on its line ("numeral-alone"), a report laid out in one big table
("one-cell-rows"), a heading beside a navigation column ("heading-in-a-column") or in square
brackets ("bracketed-headings"), a bar row wrapped or its label broken inside its cell
("bar-row-wrapped", "wrapped-labels"); each replaces characters one for one, so offsets stay the
file's.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from itertools import accumulate
from functools import lru_cache
from typing import List, NamedTuple, Optional, Tuple

from ..lexicon import closing, enumerators
from ..lexicon.numerals import value_in_words
from ..syntax.ast import original_offset
from ..lexicon import labels as L
from ..lexicon.marks import HEADING_DECORATION, IMAGE, IMAGE_FILES_LINE, IMAGE_SIGN, PAGE_NUMBER_LINE, page_number_forms
from .cells import DIGIT, NUMBER, PLACEHOLDERS, has_ideograph, make_cell, parse_number
from ..lexicon.numerals import chinese_int
from .vocabulary import Vocabulary, section_title_pattern, year_qualified
from ..lexicon.script import simplified
from ..lexicon.pattern import lazy, longest_first

_SEPARATOR = lazy(r"(?m)^[ \t\u3000\xa0]*(?:[|｜]+|-{3,}|—{3,}|_{3,}|={3,})[ \t\u3000\xa0]*$")
#: the same lines, looked for in "\n" + text: a pattern that opens with a character is found
#: faster than "^" in multi-line mode, which is tried at every offset (the test runs on every
#: report with a "|" in it, the substitution only on the few that have such a line)
_SEPARATOR_TEST = lazy(r"\n[ \t\u3000\xa0]*(?:[|｜]+|-{3,}|—{3,}|_{3,}|={3,})[ \t\u3000\xa0]*(?=\n|\Z)")
_SPACE = " \t\u3000\xa0"
#: a line this long, or holding two section headings, has lost its line breaks
_LONG = 400
_TOKEN = lazy(r"[^ \t\u3000\xa0]+")
#: a value in a flattened row: a number (a soft hyphen inside it, where it may break: "1\u00ad2"), a mark
_VALUE = lazy(r"(?:[+-]?[0-9０-９][0-9０-９,，.．\u00ad]*|[/／—－\-–]{1,2}|——|无)$")
#: a sub-item's number standing apart from its words ("1. 属于国家秘密"): no value
_ITEM_NUMBER = lazy(r"[0-9０-９]{1,2}[.．]$")
_TOP_ENUM = lazy(enumerators.TOP)
#: the same matches, its first numeral a class of its own: a pattern that opens with a class is
#: searched by the class alone in C, one that opens with a repetition is tried at every offset
_TOP_COUNT = lazy(rf"[一二三四五六七八九十][一二三四五六七八九十]?[ \u3000]*{enumerators.TOP_MARK}")
_STARTS_TOP = enumerators.STARTS_TOP
_STARTS_ANY = enumerators.STARTS
_DATE_END = lazy(rf"[ \u3000\xa0]*({closing.DATE})[ \u3000\xa0]*$")
_NUMERAL = lazy(enumerators.NUMERAL)
_SENTENCE_END = ("。", "；", "！", "？")
_SENTENCE_GAP = lazy(r"[。！？][”’）)]?(?=[ \u3000\xa0]+\S)")
#: a sub-heading a line of its own lost its break after ("（一）信息处理费收取情况 本年度…"): its numeral at
#: the line's start, after a space or a sentence's end, its words no sentence and no table's row (no
#: figure after it: "（一）予以公开 4 1 0 …", "（三）不予公开 1.属于国家秘密 …")
_SUBHEADING_GAP = lazy(r"(?:^|(?<=[。！？；\s]))[（(](?P<n>[一二三四五六七八九十]{1,3})[)）]"
                       r"[^\s。，,；;：:！？（）()\d]{2,20}(?=[ \u3000\xa0]+[^\s\d０-９])")
#: the signing agency just before the closing date: the words after the last sentence end
#: (or after a figure and a space: a small table's last row ends 六, "…收费金额 2024年 0 0 示例镇人民政府")
_SIGNER = lazy(rf"(?:^|[。；！？][ \u3000\xa0]*|(?<=[0-9０-９])[ \u3000\xa0]+)([^。；！？\s]{{2,40}}{closing.AGENCY_END})"
               r"[ \u3000\xa0]*$")
_TITLE_END = lazy(r"报告(?:[（(][^）)]{0,12}[)）])?(?=[ \u3000\xa0])")


class Prepared(NamedTuple):
    """The text the grammar reads, and where layout inserted characters into the file's text or
    took some out of it."""

    text: str
    #: offsets, in ``text``, of the characters layout inserted (sorted); () when none
    inserted: Tuple[int, ...] = ()
    #: what was repaired ("separators", "wrapped-labels", "flattened"), for ``govlint parse``
    repairs: Tuple[str, ...] = ()
    #: the runs of the file's characters layout took out (pinyin glosses, Markdown escapes), as (the offset where they
    #: stood in the text before any break was inserted, how many: each offset's total of the runs
    #: up to it), sorted; () when none (:func:`govlint.syntax.ast.original_offset`)
    removed: Tuple[Tuple[int, int], ...] = ()

    def original_offset(self, offset: int) -> int:
        """The offset in the file's (normalised) text of an offset in ``text``."""
        return original_offset(offset, self.inserted, self.removed)


#: what a copy put into the text that is no part of it, taken out before anything reads it
#: (:func:`_not_text_dropped`): a pinyin gloss in brackets after an ideograph ("數(shù)量", "規(guī)章": a
#: mirror site's copy glosses the characters it takes for hard), its tone marked (a word in brackets,
#: "(www)", marks none); a Markdown escape's backslash before punctuation ("1\.属于国家秘密", "\-":
#: mammoth's and pandoc's Markdown of a Word file; not before a bar, "|\|" being a cell that says "\"); a
#: Markdown bold mark in a pipe table's row or a list's item ("| **本年处理决定数量** |", "1.  **总体情况**")
_NOT_TEXT = lazy(r"(?P<gloss>(?<=[\u4e00-\u9fff])[(（](?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
                 r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）])|(?P<escape>(?<!\\)\\(?=[.\-*_#+!()\[\]`>]))"
                 # (Markdown's bold marks around words, "**信息内容**", "1.  **总体情况**": no words of theirs)
                 r"|(?P<bold>(?<![*\\])\*\*(?=[^\s*])|(?<=[^\s*\\])\*\*(?!\*))"
                 # (a Word field's code printed instead of its result, ' HYPERLINK "http://…"' in a heading: voices54s)
                 r"|(?P<field>[ \u3000]?(?:HYPERLINK|PAGEREF|TOC)(?:[ \u3000]+\\[a-z*](?:[ \u3000]+\"[^\"\n]{0,40}\")?)*"
                 r"[ \u3000]+(?:\"[^\"\n]{1,300}\"|_Toc\d+)(?:[ \u3000]+\\[a-z*](?:[ \u3000]+\"[^\"\n]{0,40}\")?)*[ \u3000]?)")
_NOT_TEXT_SIGN = lazy(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ\\]|\*\*|HYPERLINK|PAGEREF|TOC ")


#: the lines whose bold marks are no words: a pipe table's row ("| **信息内容** | **本年处理决定数量** |", or
#: without its outer bars) and a
#: list's item numbered by Word's list ("1.  **总体情况**": pandoc's Markdown of a Word file)
_BOLD_AS_LOOKS = lazy(r"[ \t\u3000]*(?:\||\d{1,2}[.．、][ \t\u3000]+\*\*)")


def _bold_marks_no_words(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    if _BOLD_AS_LOOKS.match(text, start) is not None:
        return True
    # (a pipe table's row without its outer bars, "一、本年新收… | 10 | … | **11**": GitHub's Markdown allows it, voices56h)
    end = text.find("\n", at)
    return text.count("|", start, end if end >= 0 else len(text)) >= 2


def _not_text_dropped(text: str) -> Tuple[str, Tuple[Tuple[int, int], ...], Tuple[str, ...]]:
    """The text without what :data:`_NOT_TEXT` finds, where it stood (:attr:`Prepared.removed`) and
    the repairs' names ("pinyin-glosses", "markdown-escapes"). Inside a word a gloss or an escape
    breaks it for every reader of labels and sentences ("本年处理决定數(shù)量" no column's name, "規(guī)章"
    no row's, "統(tǒng)計數(shù)據(jù)時限" no period's words, "1\\.属于国家秘密" a typo of "属于国家秘密")."""
    out: List[str] = []
    removed: List[Tuple[int, int]] = []
    kinds = set()
    last = total = 0
    for m in _NOT_TEXT.finditer(text):
        if m.group("bold") and not _bold_marks_no_words(text, m.start()):
            continue  # (elsewhere bold is a heading's look, which the sections' reading takes: "**总体情况**",
            #             "**一、总体情况**2024年，…", a one-line report's "…。**总体情况**…")
        out.append(text[last:m.start()])
        total += m.end() - m.start()
        removed.append((m.start() - (total - (m.end() - m.start())), total))
        kinds.add("pinyin-glosses" if m.group("gloss") else "markdown-bold" if m.group("bold")
                  else "field-codes" if m.group("field") else "markdown-escapes")
        last = m.end()
    if not removed:
        return text, (), ()
    out.append(text[last:])
    return "".join(out), tuple(removed), tuple(sorted(kinds, reverse=True))


def prepare(text: str, vocab: Vocabulary) -> Prepared:
    """Repair the line structure of normalised report text (see the module docstring)."""
    repairs: List[str] = []
    removed: Tuple[Tuple[int, int], ...] = ()
    if _NOT_TEXT_SIGN.search(text):
        text, removed, kinds = _not_text_dropped(text)
        repairs.extend(kinds)
    if _may_hold_radicals(text) and _RADICAL_TEST.search(text):
        text = text.translate(_RADICALS)
        repairs.append("radicals")
    simple = simplified(text)
    if simple is not None:
        text = simple
        repairs.append("traditional")
    for name, sign, repair in _REPAIRS:
        if sign(text):
            repaired = repair(text, vocab)
            if repaired is not text:
                text = repaired
                repairs.append(name)
    breaks = _flattened_breaks(text, vocab)
    if not breaks:
        return Prepared(text, (), tuple(repairs), removed)
    out: List[str] = []
    inserted: List[int] = []
    last = 0
    shift = 0
    for at in breaks:
        if at <= last:
            continue
        if text[at - 1] in _SPACE:  # the space before the break becomes the line end
            out.append(text[last:at - 1])
            out.append("\n")
        else:
            out.append(text[last:at])
            out.append("\n")
            inserted.append(at + shift)
            shift += 1
        last = at
    out.append(text[last:])
    repairs.append("flattened")
    return Prepared("".join(out), tuple(inserted), tuple(repairs), removed)


#: the CJK radicals a copy out of a PDF gives for the ideographs a font drew with them (pdfplumber's
#: copy of a browser's or some word processors' PDF: "⼀、本年新收" for "一、本年新收", "⼈⺠" for
#: "人民"), mapped to the ideographs, one character for one: the Kangxi radicals as Unicode
#: decomposes them, the supplement's simplified forms as Unicode's equivalents name them
_RADICALS = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)}
_RADICALS.update((ord(a), b) for a, b in zip(
    "⺠⻄⻅⻉⻋⻓⻔⻚⻛⻜⻢⻥⻦⻨⻩⻬⻮⻰⻳⻆⻝⻣⻤⻗⻈⻐⻠", "民西见贝车长门页风飞马鱼鸟麦黄齐齿龙龟角食骨鬼雨讠钅饣"))
#: and the CJK compatibility ideographs a font's map gives for ordinary ones (U+F9D1 for 六, U+F9B2 for 零: a
#: heading "六、其他需要报告的事项" not found, S101, voices57j), as Unicode decomposes them
_RADICALS.update((c, unicodedata.normalize("NFKC", chr(c))) for c in range(0xF900, 0xFADA)
                 if unicodedata.normalize("NFKC", chr(c)) != chr(c))
_RADICAL_TEST = lazy("[" + "".join(map(chr, sorted(_RADICALS))) + "]")



def _may_hold_radicals(text: str) -> bool:
    """A necessary sign of a radical in ``text``, cheaper than the class searched over it: every
    radical (U+2E80…U+2FD5) has 0x2E or 0x2F for its high byte, and every compatibility ideograph
    (U+F900…U+FAD9) 0xF9 or 0xFA, so the text's high bytes (its UTF-16 code units' second bytes, a
    surrogate's D8…DF) hold one of them. The encoding and the byte searches are C loops of a few
    instructions a character; the class cost some fifty."""
    high = text.encode("utf-16-le")[1::2]
    return b"\x2e" in high or b"\x2f" in high or b"\xf9" in high or b"\xfa" in high


#: a line of numbers only ("2024 1 1 2024 12 31")
_DIGITS_LINE = lazy(r"[0-9]{1,4}(?:[.][0-9]+)?%?(?: [0-9]{1,4}(?:[.][0-9]+)?%?){0,11}")
#: such a line after another (a pattern that opens with a character is found faster than "^" in
#: multi-line mode, which is tried at every offset)
_DIGITS_LINE_TEST = lazy(r"\n[0-9]{1,4}(?:[.][0-9]+)?%?(?: [0-9]{1,4}(?:[.][0-9]+)?%?){0,11}(?=\n|\Z)")
#: what follows a number in a sentence: its unit or measure word, or a punctuation mark
_UNITS = "年月日件个条项次元期篇场余%，。；、）："
#: a gap a number left in a line: one space after a character that is no digit, before a unit
_GAP = lazy(rf"(?<=[^\s0-9]) (?=[{_UNITS}])")


def _digits_seated(text: str) -> str:
    """pdfplumber's copy of a browser-printed page whose numbers a font set a little lower than
    the words: each line's numbers left it for a line of their own below, a space in each place
    ("统计期限自 年 月 日起至 年 月" over "2024 1 1 2024 12 31" over "日止。"; "年 月 日" over
    "2025 1 20"; a title "示例县人民政府 年政府信息公开工作年度" over "2024"). The numbers are put
    back in the gaps, in order, where their count is the line's gaps' (one before each unit or
    mark after a space; the line's start when it opens with a unit; its end when the line after
    the numbers opens with one); the numbers' line becomes spaces, the line count and the text's
    length kept (offsets after the numbers' line stay the file's; in the mended line a column may
    be off by the width of the numbers put back before it)."""
    lines = text.split("\n")
    changed = False
    for k in range(1, len(lines)):
        numbers = lines[k]
        if not _DIGITS_LINE.fullmatch(numbers):
            continue
        line = lines[k - 1]
        if not line or not has_ideograph(line) or _DIGITS_LINE.fullmatch(line):
            continue
        tokens = numbers.split(" ")
        gaps = [m.start() for m in _GAP.finditer(line)]
        after = lines[k + 1] if k + 1 < len(lines) else ""
        if _DIGITS_LINE.fullmatch(after):
            continue  # (a table's cells a line each)
        # (a measure word, not a mark, opens the line: a number stood before it; a line of a few
        # characters is a piece of a cell, "项" over "0")
        start = len(line) > 2 and line[0] in _UNITS[:-7]
        end = bool(after) and after[0] in _UNITS[:-8] and not line[-1].isdigit() and line[-1] != " "
        if end and len(tokens) == len(gaps) + start:
            end = False  # (the line after has its own numbers' line: its first number is its own)
        if len(tokens) != len(gaps) + start + end or not (gaps or start or end):
            continue
        it = iter(tokens)
        out = [next(it)] if start else []
        last = 0
        for g in gaps:
            out.append(line[last:g])
            out.append(next(it))
            last = g + 1
        out.append(line[last:])
        if end:
            out.append(next(it))
        mended = "".join(out)
        width = len(line) + 1 + len(numbers)
        pad = width - len(mended) - 1
        if pad < 0:
            continue
        lines[k - 1], lines[k] = mended, " " * pad
        changed = True
    return "\n".join(lines) if changed else text


#: a browser's running header on a printed page: the date and time printed, then the page's title
#: ("11/28/26, 7:46 PM 示例…报告_示例镇人民政府", "2026/11/28 19:46 …"), and its footer: the page's
#: address and the page's number of the pages ("https://… 1/5")
_BROWSER_HEADER = lazy(r"(?m)^[ \u3000\xa0]*(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}[/-]\d{1,2}[/-]\d{1,2}),?"
                       r"[ \u3000\xa0]+(?:(?:上午|下午)[ \u3000\xa0]*)?\d{1,2}:\d{2}(?::\d{2})?"
                       r"(?:[ \u3000\xa0]*[AaPp][Mm])?[ \u3000\xa0]+(\S[^\n]*)$")
_BROWSER_FOOTER = lazy(r"(?m)^[ \u3000\xa0]*(?:https?|file)://\S+[ \u3000\xa0]+\d{1,3}[ \u3000\xa0]*/[ \u3000\xa0]*\d{1,3}"
                       r"[ \u3000\xa0]*$")


def _browser_furniture(text: str) -> str:
    """A web page printed by a browser and copied out of the PDF: the header (date, time and the
    page's title) and the footer (its address and "1/5") on every page are no part of the report;
    blanked (spaces, offsets kept). A header only where the page has such footers, and the same
    title on each."""
    footers = list(_BROWSER_FOOTER.finditer(text))
    if not footers:
        return text
    headers = list(_BROWSER_HEADER.finditer(text))
    titles = {}
    for m in headers:
        titles.setdefault(m.group(1).strip(), []).append(m)
    keep = [m for ms in titles.values() if len(ms) >= min(2, len(footers)) for m in ms]
    chars = list(text)
    for m in footers + keep:
        for at in range(m.start(), m.end()):
            if chars[at] != "\n":
                chars[at] = " "
    return "".join(chars)


#: a page's number on a line of its own ("— 3 —", "第 3 页 共 5 页"), or written a piece a line by a
#: copy out of a PDF ("第" / "3 页 共" / "5" / "页"); searched in "\n" + text, so each match opens
#: with the line break before it (kept). Only the "第…页" form may run over lines: a dash, a digit
#: and a dash a line each are as likely cells of a table copied a cell a line.
_ON_THE_LINE = r"[ \t\u3000\xa0]*"
_PAGE_FURNITURE = lazy(rf"\n{_ON_THE_LINE}(?:{page_number_forms(_ON_THE_LINE)}){_ON_THE_LINE}(?=\n|\Z)")
#: the line after a page's number (blank lines between: the page break): the next page's running
#: header when that line stands in the text twice or more (the first page's top, each page
#: break) and names a year
_NEXT_LINE = lazy(r"(?:\n[ \t\u3000\xa0\r]*)*\n([^\n]*)")
_HEADER_YEAR = lazy(r"(?:19|20)\d\d")
_DIGITS = lazy(r"\d+")


def _page_furniture(text: str) -> str:
    """Text copied out of a PDF page by page (PDFium's get_text_range, pdfplumber's extract_text):
    each page's number ("— 3 —", "第 3 页 共 5 页", a piece a line or whole) and the next page's
    running header after it ("示例县人民政府 2024 年政府信息公开工作年度报告", a line the text holds
    more than once, its last words perhaps wrapped onto a line of their own) stand among the lines
    of the report, often inside a table's row whose label a
    page break cut. They are no part of the report: blanked (spaces, line breaks and offsets
    kept), so the row's pieces meet again across an empty line."""
    found = list(_PAGE_FURNITURE.finditer("\n" + text))
    if not found:
        return text
    lines = None

    def running_header(m):
        """The line after the page number ``m`` when it is the next page's running header."""
        nonlocal lines
        nxt = _NEXT_LINE.match(text, m.end() - 1)
        if nxt is None:
            return None
        header = nxt.group(1).strip(_SPACE)
        if not header or not has_ideograph(header) or not _HEADER_YEAR.search(header) or _STARTS_TOP.match(header):
            return None
        if lines is None:
            lines = {}
            for line in text.split("\n"):
                key = line.strip(_SPACE)
                lines[key] = lines.get(key, 0) + 1
        return nxt if lines.get(header, 0) >= 2 else None

    if len({_DIGITS.findall(m.group())[0] for m in found}) < 2:
        # (one such line may be a row's cells, "— 3 —": furniture is on every page; the others may
        # be gone already, a copy's page numbers among its lone cells blanked with them. One with
        # the running header after it is a page's foot and the next page's top all the same)
        found = [m for m in found if running_header(m) is not None]
        if not found:
            return text
    chars = list(text)
    for m in found:
        start, end = m.start(), m.end() - 1  # (offsets in text: "\n" + text is one longer)
        for at in range(start, end):
            if chars[at] != "\n":
                chars[at] = " "
        nxt = running_header(m)
        if nxt is not None:
            header = nxt.group(1).strip(_SPACE)
            for at in range(nxt.start(1), nxt.end(1)):
                chars[at] = " "
            # the header's last words wrapped onto a line of their own by a copy at a fixed width
            # ("示例县…工作年度" over "报告"): that line is the header's too
            rest = _REST_LINE.match(text, nxt.end(1))
            if rest is not None and not header.endswith("报告") and (header + rest.group(1).strip(_SPACE)).endswith("报告"):
                for at in range(rest.start(1), rest.end(1)):
                    chars[at] = " "
    return "".join(chars)


#: the line after a line (its text in group 1), a few characters long
_REST_LINE = lazy(r"\n([^\n]{1,6})(?=\n|\Z)")


#: a page's number inside a flattened line, apart ("… 1.25 - 5 - 示例…报告 三、…", "… 第 3 页 共 5 页 …")
_A_SPACE_OR_NONE = "[ \u3000]?"
_INLINE_PAGE = lazy(rf"(?<![^ \u3000\xa0])(?:{page_number_forms(_A_SPACE_OR_NONE)})(?![^ \u3000\xa0\n])")
#: a line of _LONG characters or more, from its start (tried only there: from every character the count ran
#: to the line's end, the square of a line's length)
_LONG_LINES = lazy(rf"(?<![^\n])[^\n]{{{_LONG},}}")


def _flattened_furniture(text: str) -> str:
    """A report printed to pages and then flattened (a whole report a line, or a section a line):
    each page's number and the next page's running header stand inside the line, often inside
    a row whose label the page break cut ("4.保护第三方合 1 0 0 0 0 0 1 - 6 - 示例县…年度报告 法权益").
    They are no part of the report: blanked (spaces, offsets kept), where two pages' numbers
    at least are found. A "第N页" number always; one between dashes only where the running
    header follows it or the line ends there (a row may write "- 5 -" as three cells: a mark,
    5, a mark). The running header: the words after a page's number, when the text holds
    them twice or more (the title at the report's top) and they name a year and a report."""
    lines = list(_LONG_LINES.finditer(text))
    found = [m for line in lines for m in _INLINE_PAGE.finditer(text, line.start(), line.end())
             if "/" not in m.group() and "／" not in m.group()]
    if len({_DIGITS.findall(m.group())[0] for m in found}) < 2:
        return text
    chars = None
    for m in found:
        after = _TOKEN.match(text, _skip_space(text, m.end()))
        header = after is not None and "报告" in after.group() and _HEADER_YEAR.search(after.group()) is not None \
            and has_ideograph(after.group()) and text.count(after.group()) >= 2
        at = _skip_space(text, m.end())
        if not (header or "页" in m.group() or at >= len(text) or text[at] == "\n"):
            continue
        chars = chars if chars is not None else list(text)
        for at in range(m.start(), m.end()):
            chars[at] = " "
        if header:
            for at in range(after.start(), after.end()):
                chars[at] = " "
    return text if chars is None else "".join(chars)


#: a line holding one cell, indented with a tab
_LONE_CELL = lazy(r"[ \u3000\xa0\r]*\t([^\t\n]*)")


#: a lone cell's line start (the tab; searched in "\n" + text), the line after it checked to be one
_TAB = r"\n[ \u3000\xa0\r]*+\t(?=[^\t\n]*+(?:\n|\Z))"
#: a lone cell's text: with an ideograph; holding no ideograph (blank or not), to the line's end
_ID = r"[^\t\n\u4e00-\u9fff]*+[\u4e00-\u9fff][^\t\n]*+"
_NO = r"[^\t\n\u4e00-\u9fff]*+(?=\n|\Z)"
_ON_A_LINE = r"[^\S\n]*"
#: a lone cell (searched in "\n" + text)
_A_LONE_CELL = lazy(r"\n[ \u3000\xa0\r]*+\t[^\t\n]*+(?:\n|\Z)")
#: a run of lone cells, read as: cells with an ideograph or blank, each followed by another lone
#: cell; then either cells without an ideograph (from the first that holds something), or a last
#: cell with one. Group 1 is not empty where the run goes on with a cell with an ideograph after
#: those, or where blank lines and a page's number follow it (see _lone_rows_sign). Every line is
#: read once, left to right: the repetitions are possessive, each stopping at a line none of its
#: kind (the line the next part reads), and a run is one match, not a try at each of its lines
_LONE_RUN = lazy(rf"{_TAB}(?:(?:{_ID}|[ \u3000\xa0]*+(?=\n|\Z)){_TAB})*+(?:{_NO}(?:{_TAB}{_NO})*+|{_ID})"
                 rf"({_TAB}[^\t\n\u4e00-\u9fff]*+[\u4e00-\u9fff]"
                 rf"|(?:\n[ \t\u3000\xa0]*+(?=\n|\Z))*+\n{_ON_A_LINE}(?:{page_number_forms(_ON_A_LINE)}){_ON_A_LINE}"
                 rf"(?=\n|\Z))?")


#: a lone cell that holds a mark written for 0 ("无", "/", "—"; searched in "\n" + text): a table of an
#: agency with nothing to count may hold no number at all, its rows a label and its marks
_LONE_MARK = lazy(r"\n[ \u3000\xa0\r]*+\t[ \u3000\xa0]*(?:无|/|／|—|——|-|－)[ \u3000\xa0\r]*(?:\n|\Z)")
#: the marks a lone cell may hold for 0 (not "、", a label's piece a narrow column put on its own line)
_ZERO_MARKS = PLACEHOLDERS - {"、"}


def _lone_rows_sign(text: str) -> bool:
    """Whether :func:`_lone_cells_untabbed` may change ``text``: a sign that is necessary, not
    sufficient, read by one pass of ``_LONE_RUN`` that takes each run of lone cells whole (a clean
    report's cells a line, a row a run with a blank line after it, cost one try a run).

    The repair changes a run only when it counts a row (a cell with an ideograph after a number
    cell) or holds page numbers. A row: take the first cell with an ideograph after the number;
    the cells from the number to it hold no ideograph but it (else one of them were the first),
    and, unless page numbers stand between them, they stand on consecutive lines. The number holds
    something that is no space. So such a run, read cell by cell, goes blank-or-ideograph cells,
    a cell that holds something and no ideograph, cells without one, then a cell with one: the
    pattern's first loop stops at that cell at the latest, the cells without an ideograph are
    taken next, and group 1 holds the cell with one. Page numbers: the run's loop goes on past lines that are blank or a
    page's number, and only when one is a page's number, so the first line after the run's last
    cell and blank lines, which is then no lone cell, is a page's number: group 1 holds it (the
    number's forms as ``PAGE_NUMBER_LINE`` reads a line, their spaces none a line end, so every
    line it matches is matched here). A lone cell is a line of ``[ \\u3000\\xa0\\r]*\\t`` and no
    other tab, as ``_LONE_CELL`` reads it."""
    text = "\n" + text
    # (first whether there is a lone cell at all, by a pattern cheap to compile: _LONE_RUN's classes
    # of ideographs cost tens of millions of instructions to compile, once a process)
    return _A_LONE_CELL.search(text) is not None and (any(_LONE_RUN.findall(text))
                                                      or _LONE_MARK.search(text) is not None)


def _lone_cells_untabbed(text: str) -> str:
    """Runs of tab-indented lone cells that hold more than one row (text after a number or a mark
    written for 0, with no blank line between), their tabs made spaces and the page numbers among them blanked; offsets
    stay the file's (one character for one)."""
    lines = text.split("\n")
    chars = None
    i, n = 0, len(lines)
    while i < n:
        if not _LONE_CELL.fullmatch(lines[i]):
            i += 1
            continue
        # the run: lone cells, and page numbers (with blank lines about them) between two of them
        cells, furniture, j, end = [i], [], i + 1, i + 1
        while j < n:
            if _LONE_CELL.fullmatch(lines[j]):
                cells.append(j)
                end = j = j + 1
                continue
            k, pages = j, []
            while k < n and not _LONE_CELL.fullmatch(lines[k]) and (not lines[k].strip(_SPACE)
                                                                  or PAGE_NUMBER_LINE.match(lines[k])):
                if lines[k].strip(_SPACE):
                    pages.append(k)
                k += 1
            if not pages or k >= n or not _LONE_CELL.fullmatch(lines[k]):
                break
            furniture.extend(pages)
            j = k
        i = end
        rows, number = 0, False
        for k in cells:
            cell = make_cell(_LONE_CELL.fullmatch(lines[k]).group(1).strip(_SPACE), None)
            if cell.kind == NUMBER or cell.text in _ZERO_MARKS or value_in_words(cell.text):
                # (a value: a number, a mark for 0, or one in words, "减1", "268.4万元")
                number = True
            elif number and has_ideograph(cell.text):
                rows, number = rows + 1, False
        if not rows and not furniture:
            continue  # one row (the layout with a blank line after each row), or a head
        if chars is None:
            chars = list(text)
            starts = [0]
            for line in lines:
                starts.append(starts[-1] + len(line) + 1)
        for k in cells:
            at = starts[k] + lines[k].index("\t")
            chars[at] = " "
        for k in furniture:
            for at in range(starts[k], starts[k] + len(lines[k])):
                chars[at] = " "
    return text if chars is None else "".join(chars)


#: a line indented with one tab whose words hold a sentence's end: a paragraph typed with a tab before
#: it (searched in "\n" + text)
_TABBED_SENTENCE = lazy(r"\n[ \u3000\xa0\r]*\t[^\t\n]{4,}?[。；！？]")
#: how many such paragraphs say that the report's paragraphs are indented with a tab
_TABBED_PARAGRAPHS = 3


def _tabbed_paragraphs_sign(text: str) -> bool:
    found = 0
    for _ in _TABBED_SENTENCE.finditer("\n" + text):
        found += 1
        if found >= _TABBED_PARAGRAPHS:
            return True
    return False


def _tabbed_paragraphs(text: str, vocab: Vocabulary) -> str:
    """A report whose paragraphs, headings and closing lines are each indented with a tab (typed so
    in Word and copied as text), its tables' rows with tabs between their cells: each indented line
    read as a table's lone cell, the whole report was one table (S100). A run of such lines with no
    number alone on a line among them is prose, its tabs made spaces; in a run that has one (a
    table copied a cell a line beside the prose), only the lines that hold a sentence or are a
    section's heading are. Offsets stay the file's (one character for one)."""
    lines = text.split("\n")
    chars = None
    heading = None
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    i, n = 0, len(lines)
    while i < n:
        if not _LONE_CELL.fullmatch(lines[i]):
            i += 1
            continue
        j = i
        while j < n and _LONE_CELL.fullmatch(lines[j]):
            j += 1
        words = [_LONE_CELL.fullmatch(lines[k]).group(1).strip(_SPACE) for k in range(i, j)]
        numbers = any(make_cell(w, None).kind == NUMBER for w in words if w)
        for k, w in zip(range(i, j), words):
            if numbers and not (len(w) >= 5 and w.endswith(_SENTENCE_END)):
                heading = heading or section_title_pattern(vocab)
                if not heading.fullmatch(w):
                    continue
            if chars is None:
                chars = list(text)
            chars[starts[k] + lines[k].index("\t")] = " "
        i = j
    return text if chars is None else "".join(chars)


#: the longest first piece of a wrapped label that stands on a line of its own
_PIECE = 24
#: a short line of words (no tab, no "|", no sentence end) and the line after it
#: (searched in "\n" + text: a pattern that opens with a character is found faster than "^" in
#: multi-line mode, which is tried at every offset)
#: (up to two blank lines between: a web page's text taken a node a line, a cell's two paragraphs
#: apart like its neighbours, "社会公益" / "" / "组织")
_SHORT_LINE = lazy(rf"\n(?=[^\n]{{1,{_PIECE + 8}}}\n)([^\n\t|。]++)(?=\n((?:[ \t\u3000\xa0]*+\n){{0,2}})([^\n]+))")
# (the line's length is told first by a class of one character, "[^\n]", which ``re`` counts in a
# tight loop; the class of four is read only on the short lines: a line of prose or a row of cells
# costs a few instructions a character, not the class's tens)


#: a line of words ending in a CJK character (or a mark a line may end with inside a label: a
#: plain-text copy wraps "…逾期不补正、" / "行政机关…" at its width), and a next line that opens
#: with CJK words (or that mark: a fixed-width copy cuts at the width, whatever stands there) and
#: goes on with numbers only, apart with spaces, tabs or full-width spaces (a row's label's rest)
_LABEL_REST = lazy(r"\n(?=[^\n]*+(?<=[\u4e00-\u9fff、，])\n)([^\n\t|]*+)\n"
                   r"(?=([\u4e00-\u9fff、，][^\s|]*+)(?:[ \t\u3000\xa0]+[0-9０-９][0-9０-９.,]*+)+[ \t\u3000\xa0]*\n)")
#: (the same lines as "\n([^\n\t|]*[\u4e00-\u9fff])\n(?=…)", found cheaper: the line's end is reached
#: by the one-character class "[^\n]" in a tight loop and never backed over (possessive), its last
#: character tested once; only a line that passes is read for a tab or a bar. The other quantifiers
#: made possessive stop before what must follow them, which they cannot hold: giving back a
#: character could not make the match succeed. Each class of the ideographs costs millions of
#: instructions to compile: there are no more of them than before)


#: the same, in rows typed with bars: a line ending in a CJK character (its last cell a label's
#: first piece; spaces after it are a Markdown converter's line break inside the cell: "1.本机关不掌握  "),
#: a next line that opens with CJK words, then numbers after bars only, with or without a last bar
_BAR_LABEL_REST = lazy(r"\n(?=[^\n]*?[\u4e00-\u9fff][ \t]*+\n)([^\n]*+)\n"
                       r"(?=([\u4e00-\u9fff][^\s|]*+)(?:[ \t]*\|[ \t]*[0-9０-９][0-9０-９.,]*+)+[ \t|]*\n)")


def _join_wrapped(text: str, vocab: Vocabulary) -> str:
    """A label whose first piece a narrow cell put on a line above its row ("一、本年新" over
    "收政府信息公开申请数量\t10\t…"): the line break between the pieces becomes a space, so the
    piece does not read as a heading of its own. Only where the two pieces spell one label of the
    formats together and not apart; offsets stay the file's (one character for one)."""
    cut = []
    moves: List[Tuple[int, int, int]] = []  # (the piece's line end, its rest's start, the rest's line end)
    for m in _SHORT_LINE.finditer("\n" + text):
        piece = m.group(1).strip(_SPACE)
        if not piece or len(piece) > _PIECE:
            continue
        first = _first_cell(m.group(3))
        if first and vocab.joins(piece, first):
            if m.group(2):  # (blank lines between: the rest moves up, see below)
                moves.append((m.end(1) - 1, m.start(3) - 1, m.end(3) - 1))
            else:
                cut.append(m.end(1) - 1)
        elif first and not m.group(2) and first == m.group(3).strip(_SPACE) and len(piece + first) < _PIECE:
            # a name wrapped over three lines, a piece each ("社会" / "公益" / "组织": a web page's cell of
            # two-character lines, copied): the three spell it, the first two do not (the last two may
            # spell a shorter name of it, "公益组织", which the whole is not)
            end = text.find("\n", m.end(3))
            third = text[m.end(3):end if end >= 0 else len(text)]
            last = _first_cell(third)
            above = text.rfind("\n", 0, max(m.start(1) - 2, 0))
            above = text[above + 1:max(m.start(1) - 2, 0)].strip(_SPACE)
            above = re.split(r"\t|[ \u3000\xa0]{2,}|\|", above)[-1].strip(_SPACE)  # (its last cell: "信息内容    本年")
            if last and "\t" not in third.strip(_SPACE) and len(last) <= _PIECE \
                    and has_ideograph(piece) and has_ideograph(first) and has_ideograph(last) \
                    and vocab.is_label(piece + first + last) \
                    and not vocab.is_label(piece + first) and not (above and vocab.is_label(above + piece + first + last)):
                # (not when the piece above opens the name too: "本年" / "处理" / "决定" / "数量" is one name of four
                # pieces, its last three spelling another format's, "处理决定数量")
                cut.extend((m.end(1) - 1, m.end(3) - 1))
    if "|" in text:
        cut.extend(_bar_cells_wrapped(text, vocab))
    if "\t" in text:
        cut.extend(_tab_cells_wrapped(text, vocab))
    # a row's label that a copy out of a PDF broke at the line's end: "（六）其他处理 1.申请人…其政府信"
    # over "息公开申请 0 0 0 …" (the rest, then the row's numbers); the same in a row typed with bars
    # ("（六）其他处理 | 1.申请人…其政府" over "信息公开申请 | 0 | 0 …": a copy out of the PDF of a text
    # table put into Word a line a paragraph)
    for rest in (_LABEL_REST, _BAR_LABEL_REST) if "|" in text else (_LABEL_REST,):
        for m in rest.finditer("\n" + text):
            last = _TOKEN.findall(m.group(1).rsplit("|", 1)[-1])  # (the last cell's words)
            if last and vocab.joins(enumerators.STARTS.sub("", last[-1]), m.group(2)) \
                    and not vocab.is_label(m.group(2)):
                cut.append(m.end(1) - 1)
    pieces, titles = _heading_like_pieces(text, vocab)
    cut.extend(pieces)
    text = _put(text, cut, " ")
    moves.extend((at, at + 1, end) for at, end in titles)
    if not moves:
        return text
    # a section title cut at the line's end, or a label's piece with blank lines between it and its
    # rest: the rest moved up to it, the line breaks after it (the title whole, as a person reads it,
    # not "…行政诉 讼情况"; "社会公益组织" one cell, not two names each a label's piece: blanked,
    # the breaks would be a gap of two spaces, which parts cells); lines keep their numbers, the moved
    # characters' columns are the line above's (as _head_word_cut_at_the_width moves a name's rest)
    chars = list(text)
    last = -1
    for at, rest, end in sorted(moves):
        if at > last:  # (a rest that is itself a piece moved: the first move only)
            chars[at:end] = chars[rest:end] + chars[at:rest]
            last = end
    return "".join(chars)


#: a line that holds a bar and ends in a CJK character, not in a bar (its last cell's words go on),
#: up to two blank lines, and the next line's first cell before its bar
#: (all but the line looked ahead at: the next line may go on in its turn)
_BAR_CELL_WRAPPED = lazy(r"\n([^\n]*\|[^\n|]*[\u4e00-\u9fff])"
                         r"(?=[ \t\u3000\xa0]*((?:\n[ \t\u3000\xa0]*){1,3})([^\n|]*[\u4e00-\u9fff][^\n|]*)\|)")


def _bar_cells_wrapped(text: str, vocab: Vocabulary) -> List[int]:
    """A row typed with bars whose last cell a copy broke where the page's cell wrapped its words
    ("商业企业 | 科研机构 | 社会公益" over "组织 | 法律服务机构 | 其他 |", blank lines between or not):
    a bar stands between two cells, so the line goes on; where the cell's words and the next line's
    first cell spell one label together and not apart, the line breaks between become spaces (the
    row whole, the cell's wrapped words one name). The offsets of the line breaks."""
    cut: List[int] = []
    for m in _BAR_CELL_WRAPPED.finditer("\n" + text):
        last = m.group(1).rsplit("|", 1)[-1].strip(_SPACE)
        if vocab.joins(last, m.group(3).strip(_SPACE)):
            cut.extend(m.start(2) - 1 + k for k, ch in enumerate(m.group(2)) if ch == "\n")
    return cut


#: a line of cells apart by tabs whose last cell ends in a CJK character, at most three short lines of
#: words alone (no tab), and a line whose first cell, before a tab, holds CJK words: a browser's copy of a
#: row whose cells a page broke over lines ("…机构\t社会" / "公益" / "组织\t法律" …)
_TAB_CELL_WRAPPED = lazy(r"\n(?=[^\n]*\t)([^\n]*[\u4e00-\u9fff])(?=((?:\n[^\n\t]{1,8}){0,3})\n([^\n\t]*[\u4e00-\u9fff][^\n\t]*)\t)")


def _tab_cells_wrapped(text: str, vocab: Vocabulary) -> List[int]:
    """A row of cells apart by tabs whose cells a browser's copy broke where the page's cells wrapped
    their words (a ``<br>`` in a head cell: "商业企业\t科研机构\t社会" / "公益" / "组织\t法律" / "服务" /
    "机构\t其他"): where the last cell's words, the short lines after it and the next line's first cell
    spell one label together and the first piece alone does not, the line breaks become spaces (the
    row whole). The offsets of the line breaks."""
    cut: List[int] = []
    for m in _TAB_CELL_WRAPPED.finditer("\n" + text):
        last = m.group(1).rsplit("\t", 1)[-1].strip(_SPACE)
        middle = "".join(line.strip(_SPACE) for line in m.group(2).split("\n"))
        first = m.group(3).strip(_SPACE)
        if not last or len(last) > _PIECE:
            continue
        if vocab.joins(last + middle, first) if middle else vocab.joins(last, first):
            cut.extend(m.start(2) - 1 + k for k, ch in enumerate(m.group(2)) if ch == "\n")
            cut.append(m.end(2) - 1)
    return cut


def _first_cell(line: str) -> str:
    """The first cell of a line: ``re.split(r"[\t|]| {2,}", line.strip(_SPACE), 1)[0].strip(_SPACE)``.
    The leftmost gap is the first tab, bar or two spaces, whichever comes first; found by
    ``str.find`` (a line of prose holds none, and the pattern's class cost tens of instructions a
    character over all of it)."""
    line = line.strip(_SPACE)
    end = len(line)
    for gap in ("\t", "|", "  "):
        at = line.find(gap, 0, end)
        if at != -1:
            end = at
    return line[:end].strip(_SPACE)


def _put(text: str, at: list, char: str) -> str:
    """``text`` with the character at each offset of ``at`` replaced by ``char`` (one character
    for one: every offset after stays where it was)."""
    if not at:
        return text
    chars = list(text)
    for k in at:
        chars[k] = char
    return "".join(chars)


#: a section heading's line (the numeral first) with words after a space, at most this long
_HEADED_LINE = lazy(r"\n([ \u3000\xa0]*(?:[一二三四五六七八九十]{1,2}|[1-6])[ \u3000]*[、．.][^\n\t|。]{4,80})(?=\n)")


def _head_after_heading(text: str, vocab: Vocabulary) -> str:
    """A section heading with its table's head words run onto its line, apart with a space
    ("四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼": PDFium's copy of a table whose head
    stands level with the heading's baseline): the head is the table's first row, so the space
    after the official title becomes the line's end (offsets kept). Only where every word after
    the title is a head word or column name of that section's table, one at least a head word."""
    if "\n" not in text:
        return text
    heading = other = None
    cut = []
    for m in _HEADED_LINE.finditer("\n" + text):
        line = m.group(1)
        if " " not in line and "\u3000" not in line:
            continue
        if "0" <= line.lstrip(_SPACE)[0] <= "9":  # numbered another way ("4. 政府信息公开行政复议…")
            # (a cheap sign first, a section title's last words in the line: that pattern costs
            # more to compile than a plain report's layout)
            if not any(t[-2:] in line for t in vocab.sections):
                continue
            other = other or section_title_pattern(vocab, other=True)
            h = other.match(line.lstrip(_SPACE))
        else:
            heading = heading or section_title_pattern(vocab)
            h = heading.match(line.lstrip(_SPACE))
        if h is None:
            continue
        end = len(line) - len(line.lstrip(_SPACE)) + h.end()
        if end >= len(line) or line[end] not in _SPACE:
            continue
        words = _TOKEN.findall(line, end)
        number = _section_number(h.group())
        heads = {w for w, n in vocab.markers if n == number}
        if words and any(w in heads for w in words) and all(
                w in heads or vocab.is_head_word(w) or vocab.is_label(w) for w in words):
            cut.append(m.start(1) + end - 1)  # (the space, in text: "\n" + text is one longer)
        elif words and not any(vocab.is_head_word(w) or vocab.is_label(w) for w in words):
            # the head words cut in two, their second pieces on the next line, side by side in
            # order ("… 行政复 行政诉" / "议 讼": a narrow cell's line break, PDFium's copy)
            nl = text.find("\n", m.end(1))
            rest = _TOKEN.findall(text, m.end(1), nl if nl != -1 else len(text))
            if len(rest) == len(words) and any(w + r in heads for w, r in zip(words, rest)) and all(
                    w + r in heads or vocab.is_head_word(w + r) for w, r in zip(words, rest)):
                cut.append(m.start(1) + end - 1)
    return _put(text, cut, "\n")


#: a short line that opens with a top-level enumerator ("四、结", "一、本年"): the grammar reads it
#: as a section heading (searched in "\n" + text, as _SHORT_LINE)
_TOP_PIECE = lazy(rf"\n([ \u3000\xa0]*{enumerators.TOP}[^\n\t|。，；：0-9０-９]{{1,{_PIECE}}})(?=\n)")
#: a further piece of a label a narrow cell broke, on a line of its own: words, no number, no tab
_NEXT_PIECE = lazy(rf"[ \u3000\xa0]*([^\n\t|。；0-9０-９ \u3000\xa0][^\n\t|。；0-9０-９]{{0,{_PIECE}}})(?=\n)")
#: the most lines a label a narrow cell broke stands on
_PIECE_LINES = 16


def _heading_like_pieces(text: str, vocab: Vocabulary) -> Tuple[List[int], List[Tuple[int, int]]]:
    """A 表三 row label a narrow cell broke over three lines or more, a piece a line, its first
    piece an enumerator and a word or two ("四、结" / "转下年 度继续" / "办理", "一、本年" / "新收政府"
    / "信息公开" / "申请数量": PDFium's copy of a Word table): the first piece alone reads as a section
    heading (a false "四、结" section, the rows after it out of their table). The line breaks
    between the pieces become spaces, so the label stands on one line, as when a cell holds it
    whole, when the pieces together spell a label of the formats and the first alone is none, and
    is no section title either. The offsets of the line ends to blank; and (line end, next line's
    end) of each section title cut at the line's end, its rest alone on the next line, to move up."""
    if "、" not in text and "．" not in text and "." not in text:
        return [], []
    out: List[int] = []
    titles: List[Tuple[int, int]] = []
    heading = None
    for m in _TOP_PIECE.finditer("\n" + text):
        first = m.group(1).strip(_SPACE)
        if not vocab.opens_a_label(first) or vocab.is_label(first):
            # (a heading's title begins no label: "一、总体情况"). A title cut at the line's end,
            # its rest on the next line ("四、政府信息公开行政复议、行政诉" / "讼情况": PDFium's copy
            # of a heading beside a table): one line. Cheap sign: the line ends in no title's end
            if len(first) >= 6 and not any(first.endswith(t[-2:]) for t in vocab.sections):
                rest = _NEXT_PIECE.match(text, m.end(1))
                if rest is not None and len(rest.group(1).strip(_SPACE)) <= 8:
                    heading = heading or section_title_pattern(vocab)
                    if heading.fullmatch(first) is None and heading.fullmatch(
                            first + " " + rest.group(1).strip(_SPACE)) is not None:
                        if rest.start(1) == m.end(1):  # (the rest opens its line: moved up to the title)
                            titles.append((m.end(1) - 1, rest.end()))
                        else:
                            out.append(m.end(1) - 1)
            continue
        heading = heading or section_title_pattern(vocab)
        if heading.match(first):
            continue
        ends, words, at, best = [], first, m.end(1), None  # (at: the next line's start in text)
        for _ in range(_PIECE_LINES):
            piece = _NEXT_PIECE.match(text, at)
            if piece is None or not has_ideograph(piece.group(1)):
                break
            ends.append(at - 1)
            words += piece.group(1)
            if len(words) > vocab.longest + 8 or not vocab.opens_a_label(words):
                break
            if vocab.is_label(words):
                best = len(ends)
            at = piece.end() + 1
        if best is not None:
            out.extend(ends[:best])
    return out, titles


def _flattened_breaks(text: str, vocab: Vocabulary) -> List[int]:
    """Offsets before which a line break belongs, in the lines that lost theirs."""
    heading = None  # (the pattern of every official title: compiled only for a line that needs it)
    breaks: List[int] = []
    standing: Optional[frozenset] = None  # (the sections whose heading stands on a line of its own)

    def apart(found):
        """The headings ``found`` in a line, but those of a section whose heading stands on a line of
        its own elsewhere: the report kept its line breaks, and a title inside a line is named
        there ("…水平。四、政府信息公开行政复议、行政诉讼情况详见下文。"), no heading."""
        nonlocal standing
        if not found:
            return found
        if standing is None:
            standing = _standing_sections(text, heading)
        return [m for m in found if _section_number(m.group()) not in standing] if standing else found
    for found_line in _LONG_LINE.finditer("\n" + text):  # (only the lines longer than a heading)
        line, start = found_line.group(1), found_line.start(1) - 1
        if line[-1] in _SPACE:  # (spaces a row's bars left at its end, "  四、…情况      ": no words)
            line = line.rstrip(_SPACE)
            if len(line) <= _HEADING_LINE:
                continue
        if len(line) < 80 or len(_TOP_COUNT.findall(line)) < (1 if len(line) > _LONG else 2):
            # (a quick test first: no line of prose is scanned for every official title) — but a
            # heading run into its first paragraph ("一、总体情况2024年，本局…") is cut after its title
            if not _STARTS_TOP.match(line):
                found = []
                if _TOP_COUNT.search(line) is not None:
                    heading = heading or section_title_pattern(vocab)
                    found = apart(list(heading.finditer(line)))
                breaks.extend(start + b for b in _a_section_a_line(line, found, vocab, start == 0))
                continue
            heading = heading or section_title_pattern(vocab)
            # (after the spaces that indent it: "  一、总体情况  2019年，…", a page's first-line indent)
            m = heading.match(line, len(line) - len(line.lstrip(_SPACE)))
            if m is not None and apart([m]):
                if _holds_its_table(line, m, vocab):  # (a section a line: a web page copied so)
                    breaks.extend(start + b for b in _line_breaks(line, [m], vocab, start == 0))
                else:
                    breaks.append(start + _after_title(line, m.end()))
            continue
        heading = heading or section_title_pattern(vocab)
        found = apart(list(heading.finditer(line)))
        if not found:  # sections numbered （一）, 1. or 第一部分: their headings (not a 表三 row's "（一）予以公开")
            found = [m for m in section_title_pattern(vocab, other=True).finditer(line)]
            found = found if len(found) >= 2 else []
        if len(found) < 2 and not (found and len(line) > _LONG):
            if not found or found[0].start() > len(line) - len(line.lstrip(_SPACE)):
                breaks.extend(start + b for b in _a_section_a_line(line, found, vocab, start == 0))
            else:  # (the line opens with the heading, its indent before it)
                if _holds_its_table(line, found[0], vocab):
                    breaks.extend(start + b for b in _line_breaks(line, found, vocab, start == 0))
                else:
                    breaks.append(start + _after_title(line, found[0].end()))
            continue
        found = _with_merged_headings(line, found, vocab)
        breaks.extend(start + b for b in _line_breaks(line, found, vocab, start == 0))
        table = _opening_table(line, vocab) if found[0].start() > 0 else None
        if table is not None:  # (a section's table a line, the next sections' headings after it)
            breaks.extend(start + b for b in _table_breaks(line, 0, found[0].start(), table, vocab))
    # a short line that ends in a section's heading after a sentence ("…定期通报制度。 六、其他需要
    # 报告的事项", "## 注：本表数据来源于…台账。 四、政府信息公开行政复议、行政诉讼情况": a PDF-to-Markdown
    # converter ran the heading's line onto the paragraph's last line; "…台账。六、其他需要报告的事项",
    # no space between, a copy that lost the line break itself): the heading opens its line
    # (the sentence's end and the numeral searched for, then their line: a pattern that opens with
    # a class is searched by the class in C, one that opens with a line's words is tried everywhere)
    last = -1
    for hit in _SENTENCE_THEN_NUMERAL.finditer(text):
        start = text.rfind("\n", 0, hit.start()) + 1
        if start == last:
            continue  # (a line once)
        last = start
        stop = text.find("\n", hit.end())
        line = text[start:len(text) if stop < 0 else stop].rstrip(_SPACE)
        if len(line) > _HEADING_LINE:
            continue  # (read above)
        heading = heading or section_title_pattern(vocab)
        found = apart([m for m in heading.finditer(line) if m.start() and m.end() == len(line)])
        breaks.extend(start + b for b in _a_section_a_line(line, found, vocab, start == 0))
    return sorted(set(b for b in breaks if b > 0))


def _standing_sections(text: str, heading) -> frozenset:
    """The sections whose heading stands on a line of its own in ``text`` (Markdown or bold marks
    around it aside), with other words after it: a table of contents, the titles one a line one
    after another, stands for no heading of the body."""
    found = []  # (the line's index among the non-empty lines, the section)
    k = 0
    for line in text.split("\n"):
        words = line.strip(_SPACE)
        if not words:
            continue
        k += 1
        if len(words) <= _HEADING_LINE and words[:1] in _HEADING_FIRST:
            words = enumerators.AROUND.sub("", words).strip(_SPACE + "：:")
            if words[:1] in _NUMERALS and heading.fullmatch(words) is not None:
                found.append((k, _section_number(words)))
    at = {i for i, _ in found}
    return frozenset(n for i, n in found if i - 1 not in at and i + 1 not in at)


#: what a heading's line opens with: its numeral, or Markdown's marks before it
_HEADING_FIRST = frozenset("一二三四五六七八九十#*")
_NUMERALS = frozenset("一二三四五六七八九十")


#: a sentence's end, then a section's numeral, a space between or not ("…制度。 六、…", "…台账。六、…")
_SENTENCE_THEN_NUMERAL = lazy(r"[。！？；][ \u3000]*[一二三四五六七八九十]{1,2}[ \u3000]*、")


#: the fewest numbers a section's line holds when its table is on it
_TABLE_NUMBERS = 3
#: a number standing apart; not a year a space before its 年 ("2024 年本年制发件数", a column that names
#: its year, pdftotext -layout of 表二 with last year's figures beside this year's: a head, no values)
_A_NUMBER = lazy(r"(?<![^ \u3000\xa0])[0-9０-９][0-9０-９.,]*(?![^ \u3000\xa0])(?![ \u3000\xa0]年)")


def _holds_its_table(line: str, heading, vocab: Vocabulary) -> bool:
    """Does a line that opens with a section's heading hold that section's table too (a web page
    copied a section a line: "二、主动公开政府信息情况 第二十条第（一）项 信息内容 … 规章 0 0 0 …")? Yes
    when a word of its table's head follows the title and numbers stand apart after it: its
    rows are cut as a flattened report's are. A heading and its first paragraph are not."""
    number = _section_number(heading.group())
    rest = line[heading.end():]
    if not any(w in rest for w, n in vocab.markers if n == number):
        return False
    return len(_A_NUMBER.findall(rest)) >= _TABLE_NUMBERS


def _after_a_sentence(line: str, at: int) -> bool:
    """Does a heading found at ``at`` in a line follow a sentence's end (a space between or not),
    or a table's last number (a space between)? Then it opens the next section: a section's text
    copied a line, the next one's title at its end ("…工作。 二、主动公开政府信息情况", "… 行政事业性收费
    1.25 三、收到和处理…"); a title quoted in a sentence follows words."""
    k = at
    while k > 0 and line[k - 1] in _SPACE:
        k -= 1
    if k > 0 and line[k - 1] in "。！？；":
        return True
    if line.startswith("**", at) and line.endswith("**", 0, k) and k < at:
        return True  # a bold heading after a bold run that closed, a space between ("**四、…** **五、…**")
    words = line[:k].rsplit(None, 1)
    return k < at and bool(words) and bool(_VALUE.match(words[-1])) and DIGIT.search(words[-1]) is not None


def _opening_table(line: str, vocab: Vocabulary) -> Optional[int]:
    """The section whose table a line holds from its start: its first word holds a word of that
    table's head ("第二十条第（一）项 信息内容 …", "（本列数据的勾稽关系为：…） 申请人情况 …", "行政复议 行政诉讼
    …") and numbers stand apart in it (a web
    page copied a section a line, the heading on the line before). None for any other line."""
    first = line.split(None, 1)[0] if line.strip() else ""
    for word, number in vocab.markers:
        if word in first:
            return number if len(_A_NUMBER.findall(line)) >= _TABLE_NUMBERS else None
    return None


def _a_section_a_line(line: str, found, vocab: Vocabulary, first_line: bool) -> List[int]:
    """A web page copied a section a line, each section's heading at the end of the line before
    ("…工作。 二、主动公开政府信息情况" / "第二十条第（一）项 信息内容 … 1.25 三、收到和处理…"): the
    headings ``found`` in a line that does not open with one count when they follow a sentence's
    end or a table's number and stand apart; the line's table (its first word a word of a
    table's head) is cut into rows up to the first of them. A heading whose title runs straight
    into its table's head ("…被追责的情况二、主动公开政府信息情况第二十条第（一）项…": a page taken with
    nothing between its nodes, its paragraphs apart) counts after any word."""
    found = [m for m in found if m.start() and (
        _after_a_sentence(line, m.start()) and _title_stands_apart(line, m.end())
        or _runs_into_its_table(line, _after_title(line, m.end()), _section_number(m.group()), vocab))]
    out: List[int] = []
    table = _opening_table(line, vocab)
    if table is not None:
        out.extend(_table_breaks(line, 0, found[0].start() if found else len(line), table, vocab))
    if found:
        out.extend(_line_breaks(line, found, vocab, first_line))
    return out


def _title_stands_apart(line: str, end: int) -> bool:
    """Does a section's title that ends at ``end`` end its line or stand before a space (after
    the "**" that closes it in Markdown bold, if any)?"""
    if line.startswith("**", end):
        end += 2
    return end >= len(line.rstrip(_SPACE)) or line[end] in _SPACE or line[end] in "：:"


class _Heading(NamedTuple):
    """A heading found in a flattened line, as a match gives it."""

    at: int
    stop: int
    text: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.stop

    def group(self) -> str:
        return self.text


#: a section heading's title runs to the next space in a flattened line, at most this long
_MERGED_TITLE = 40


def _with_merged_headings(line: str, found, vocab: Vocabulary) -> list:
    """The headings found in a flattened line, and the headings that open with an official title's
    first words but go on in others ("五、存在的主要问题、改进情况及其他需要报告的事项": 五 and 六 under
    one heading), of a section no official heading of the line numbers; such a title ends at the
    next space."""
    numbers = {_section_number(h.group()) for h in found}
    starts = {h.start() for h in found}
    out = list(found)
    for m in _merged_pattern(vocab.sections).finditer(line):
        number = _section_number(m.group())
        if m.start() in starts or number in numbers:
            continue
        stop = m.end()
        while stop < len(line) and stop - m.start() < _MERGED_TITLE and line[stop] not in _SPACE:
            stop += 1
        if stop < len(line) and line[stop] not in _SPACE:
            continue  # no space within reach: no title of its own
        stop = _before_its_table(line, m.end(), stop, number, vocab)
        numbers.add(number)
        out.append(_Heading(m.start(), stop, line[m.start():stop]))
    out.extend(_renumbered_headings(line, out, numbers, vocab))
    out.extend(_reworded_headings(line, out, numbers, vocab))
    if not any(c in _SPACE for c in line):
        # a report run together with no space anywhere: such a heading follows a sentence's end or a
        # number ("…安全运行。五、存在的主要问题及下一步工作计划一是…"), and its title ends where its text
        # opens (a clause's punctuation, a list's first item, a sentence's usual first words)
        for m in _merged_pattern(vocab.sections, glued=True).finditer(line):
            number = _section_number(m.group())
            if m.start() in starts or number in numbers or not _run_on_heading(line, m.start(), False):
                continue
            opens = _BODY_OPENS.search(line, m.end(), min(len(line), m.start() + _MERGED_TITLE))
            if opens is None or _named_in_a_sentence(line, m.start(), opens.start()):
                continue  # (no end within reach; or a title quoted or named: "“五、…”", "…情况中")
            numbers.add(number)
            out.append(_Heading(m.start(), opens.start(), line[m.start():opens.start()]))
    return sorted(out, key=lambda h: h.start()) if len(out) > len(found) else found


#: a section's numeral and 、 where a word may start, in a flattened line ("… 1.25 三、收到及处理…情况 …")
_NUMBERED = lazy(r"(?<![^ \u3000\xa0])([一二三四五六])[ \u3000]*、[ \u3000]*")
#: how close a title worded another way is to an official one (labels.similar: "收到及处理…" 0.93, "存在问题和
#: 改进情况" 0.89, "其它需要报告的事项" 0.89, "存在的不足及改进措施" 0.73; 表三's "三、本年度办理结果",
#: "四、结转下年度继续办理": 0)
_REWORDED = 0.7


def _shortened(title: str, official: str) -> bool:
    """Is ``title`` an official title with words left out ("其他事项" of "其他需要报告的事项"): four
    characters or more, each in the official title, in its order?"""
    if len(title) < 4 or len(title) >= len(official):
        return False
    rest = iter(official)
    return all(c in rest for c in title)


#: the numbering of a heading numbered another way than its neighbours ("4、 ", "4.", "（四）", "第四部分")
_OTHER_NUMBERING = lazy(r"[ \u3000]*(?:[（(][ \u3000]*([一二三四五六七八九十]{1,2})[ \u3000]*[)）]|([0-9]{1,2})[ \u3000]*[.．、]"
                        r"|第([一二三四五六七八九十]{1,2})部分)[ \u3000]*")


def _renumbered_headings(line: str, found, numbers: set, vocab: Vocabulary) -> list:
    """The headings of a flattened line numbered another way than the others ("4、 政府信息公开行政复议、
    行政诉讼情况" among "三、…" and "五、…": one heading renumbered alone): an official title whole, at a
    word's start, ended by a space or the line's end, numbered as its section (4 or （四） for 四), in
    its place between the sections found around it, of a section no heading of the line numbers yet.
    Found before the headings worded otherwise: else a 表三 row's "四、结转下年度继续办理", 四's numeral
    and 表四's head words after it, was read as 四's heading and the true one cut into 表三's rows."""
    if not any(c.isdigit() or c in "（(第" for c in line):
        return []
    out = []
    ordered = sorted((h.start(), _section_number(h.group()) or 0) for h in found)
    for m in section_title_pattern(vocab, other=True).finditer(line):
        numbering = _OTHER_NUMBERING.match(m.group())
        if numbering is None or (m.start() and line[m.start() - 1] not in _SPACE) or (
                m.end() < len(line) and line[m.end()] not in _SPACE):
            continue
        own = numbering.group(2)
        number = int(own) if own else chinese_int(numbering.group(1) or numbering.group(3))
        if number in numbers or vocab.numbers.get(L.norm(m.group()[numbering.end():])) != number:
            continue
        k = bisect_right(ordered, (m.start(), 0))
        prev = ordered[k - 1][1] if k else None
        after = ordered[k][1] if k < len(ordered) else None
        if (prev is None or prev >= number) or (after is not None and after <= number):
            continue  # (not in its place between the sections found around it)
        numbers.add(number)
        out.append(_Heading(m.start(), m.end(), m.group()))
    return out


def _reworded_headings(line: str, found, numbers: set, vocab: Vocabulary) -> list:
    """The headings of a flattened line worded otherwise than any official title of their section
    ("三、收到及处理政府信息公开申请情况", "五、存在问题和改进情况", "六、其它需要报告的事项"): a numeral of a
    section no heading of the line numbers yet, where a word starts, in its place between the
    sections found around it (一 may open the line's sections), its title (to the next space) close
    to an official one of that number or one shortened, or followed by a head word of that
    section's table before the next section ("三、依申请公开政府信息情况 … （本列数据的勾稽关系…").
    As written, a line each, such a heading is a section's with a note; flattened, it must be
    found to be cut off its neighbours."""
    out = []
    ordered = sorted((h.start(), _section_number(h.group()) or 0) for h in found)
    candidates = [(m, chinese_int(m.group(1))) for m in _NUMBERED.finditer(line)]
    for i, (m, number) in enumerate(candidates):
        if number in numbers:
            continue
        k = bisect_right(ordered, (m.start(), 0))
        prev = ordered[k - 1][1] if k else None
        nxt, after = ordered[k] if k < len(ordered) else (len(line), None)
        # (its table's head word before the next numeral like it: "四、结转下年度继续办理" is 表三's row)
        nxt = min([nxt] + [c.start() for c, n in candidates[i + 1:] if n == number])
        if (number != 1 and (prev is None or prev >= number)) or (after is not None and after <= number):
            continue  # (not in its place between the sections found around it: a row's or a list's numeral;
            # 一 opens the sections, or opens them again after a table of contents)
        stop = m.end()
        while stop < len(line) and stop - m.end() < _MERGED_TITLE and line[stop] not in _SPACE:
            stop += 1
        title = L.norm(line[m.end():stop])
        bare = _TITLE_PADDING.sub("", title) or title  # ("2024年政务公开总体情况": the year and the work named)
        if stop == m.end() or (stop < len(line) and line[stop] not in _SPACE) or not (
                any(L.similar(t_, t, _REWORDED) >= _REWORDED or _shortened(t_, t) for t, n in vocab.numbers.items()
                    if n == number for t_ in {title, bare})
                or any(n == number and 0 <= line.find(w, stop, nxt) for w, n in vocab.markers)
                or _a_title_of_its_own(line, m, stop, nxt, (prev, number, after))):
            continue  # (a title far from the official ones is a heading when its section's table follows it,
            # or when it stands in its very place, short words alone before its first sentence)
        stop = _before_its_table(line, m.end(), stop, number, vocab)
        numbers.add(number)
        out.append(_Heading(m.start(), stop, line[m.start():stop]))
    return out


#: what a section's title may open with before its words: the year, the work it reports on ("一、2024年政务
#: 公开总体情况", "一、2024年度政府信息公开工作总体情况")
_TITLE_PADDING = lazy(r"^(?:(?:19|20)\d\d年度?|本年度)?(?:政务公开|政府信息公开|信息公开)?(?:工作)?的?")


#: the longest title in other words read by its place alone ("基本情况", "概述", "工作概况")
_OWN_TITLE = 12
_IDEOGRAPHS = lazy(r"[\u4e00-\u9fff]+")


def _a_title_of_its_own(line: str, m, stop: int, nxt: int, order: tuple) -> bool:
    """Is the numeral at ``m`` a section heading worded far from every official title ("一、基本情况",
    "一、概述": a title no likeness finds) by its place alone? Its section's very place (the one
    before it found, or none before 一; the one after it found), after a sentence's end or at the
    line's start, its title a few words alone (no mark, no figure) ended by a space, and a sentence
    after it before the next section: as written such a line is a heading with a note; flattened,
    its first sentence must not be read into its title."""
    prev, number, after = order
    if after != number + 1 or (prev is None and number != 1) or (prev is not None and prev != number - 1):
        return False
    if stop >= len(line) or not _IDEOGRAPHS.fullmatch(line, m.end(), stop) or stop - m.end() > _OWN_TITLE:
        return False
    if m.start() and not _after_a_sentence(line, m.start()):
        return False
    return "。" in line[stop:nxt]


def _before_its_table(line: str, start: int, stop: int, number: Optional[int], vocab: Vocabulary) -> int:
    """Where a title read up to a space at ``stop`` ends when its section's table runs into it with
    no space between ("四、政府信息公开行政法复议、行政诉讼情况行政复议 行政诉讼 …": a head word of that
    table right after the words an official title of the section ends with, 情况): there, else ``stop``."""
    ends = {t[-2:] for t, n in vocab.numbers.items() if n == number}
    for word, n in vocab.markers:
        if n == number:
            at = line.find(word, start, stop)
            while at > start:
                if line[at - 2:at] in ends:
                    return at
                at = line.find(word, at + 1, stop)
    return stop


#: where a section's text opens after a title run into it in a glued line: a clause's punctuation,
#: a list's first item ("一是", "（一）", "1."), a sentence's usual first words ("本年度", "目前")
_BODY_OPENS = lazy(rf"[。：:；;，,]|[一二三四五六七八九十]是|{enumerators.PAREN_ANY}|\d{{1,2}}[.．、](?!\d)"
                   r"|本年度|今年|全年|目前|当前")


#: how many of an official title's first characters make a merged heading's opening words
_TITLE_OPENING = 6


@lru_cache(maxsize=8)
def _merged_pattern(titles: Tuple[str, ...], glued: bool = False) -> "re.Pattern":
    """A heading that opens with an official title's first words: at a line's start or after a
    space; ``glued``: anywhere (a line with no space, its heading after a sentence's end), its
    numeral with 、."""
    openings = sorted({t[:_TITLE_OPENING] for t in titles if len(t) > _TITLE_OPENING}, key=longest_first)
    alts = "|".join(map(re.escape, openings))
    if glued:
        return re.compile(rf"[一二三四五六七八九十]{{1,2}}、(?:{alts})")
    return re.compile(rf"(?<![^ \u3000\xa0])[一二三四五六七八九十]{{1,2}}[ \u3000]*[、．.][ \u3000]*(?:{alts})")


#: the longest line a section heading is read as (the grammar's limit); past it, a line that
#: opens with an official heading holds its first paragraph too
_HEADING_LINE = 62
_LONG_LINE = lazy(rf"\n([^\n]{{{_HEADING_LINE + 1},}})")  # (in "\n" + text, as _SHORT_LINE)


def _after_title(line: str, end: int) -> int:
    """Where the paragraph starts after a section title that ends at ``end``: past the colon,
    full stop or spaces that close the title."""
    while end < len(line) and line[end] in "：:。．. \u3000\xa0":
        end += 1
    return end


#: words after a section's title that make it a noun of a sentence ("四、…情况部分的数据", "…情况中")
_TITLE_NAMED = ("部分", "的", "中", "一节", "章节", "所列", "内", "里", "表")


#: what stands around a section's title quoted or listed in a sentence ("“三、…情况”中", "一、总体情况，二、…")
_QUOTED_BEFORE = frozenset("“‘「『《〈\"'，,、")
_QUOTED_AFTER = frozenset("”’」』》〉\"'，,、；;")
#: a line holding this many section headings is a whole report run together: a heading there may
#: follow any word (the section before ended without a full stop: "…被追责的情况二、主动公开…")
_GLUED_HEADINGS = 3
#: how far after a section's title its table's head word may stand when the title runs into the
#: table ("二、主动公开政府信息情况第二十条…", "三、…申请情况（本列数据的勾稽关系为…")
_MARKER_REACH = 8


def _a_glued_chunk(line: str, headings) -> bool:
    """Is a line a piece of a page taken with nothing between its nodes and then cut into a few
    lines: longer than a paragraph, no space anywhere, two section headings or more in it? A
    heading there may follow any word, as in a whole report run together."""
    return len(headings) >= 2 and len(line) > _LONG and not any(c in _SPACE for c in line)


def _runs_into_its_table(line: str, body: int, section: Optional[int], vocab: Vocabulary) -> bool:
    """Does the text after a section's title open with a head word of that section's table
    ("…情况第二十条第（一）项信息内容…", "…申请情况（本列数据的勾稽关系为…", "…诉讼情况行政复议行政诉讼…")?
    Then the title is the section's heading run into its table, whatever stands before it (a title
    named in a sentence is followed by the sentence's words)."""
    ahead = line[body:body + _MARKER_REACH + 6]
    for word, number in vocab.markers:
        if number == section:
            k = ahead.find(word)
            if 0 <= k <= _MARKER_REACH and not any(c in "。，；、：:,;" for c in ahead[:k]):
                return True
    return False


def _named_in_a_sentence(line: str, at: int, stop: int) -> bool:
    """Is a section's title at ``at``…``stop`` quoted ("“三、…情况”"), made a noun by what follows it
    ("四、…情况部分的数据", "…情况中") or an item of a list ("一、总体情况，二、…")?"""
    return line.startswith(_TITLE_NAMED, stop) or line[stop:stop + 1] in _QUOTED_AFTER \
        or line[at - 1:at] in _QUOTED_BEFORE


def _listed_after(line: str, before, heading) -> bool:
    """Is a section's title the last item of a list of titles in a sentence, the title before it
    ending where a list's separator stands ("全文包括：一、总体情况；二、…；六、其他需要报告的事项。")?
    Each title but the last is one a separator follows (:func:`_named_in_a_sentence`); the last,
    a full stop after it, is the list's too."""
    return line[before.end():heading.start()].strip(_SPACE) in _LIST_SEPARATORS


#: what stands between two items of a list of section titles in a sentence
_LIST_SEPARATORS = frozenset(("；", ";", "，", ",", "、"))


def _run_on_heading(line: str, at: int, glued: bool) -> bool:
    """Does a heading at ``at`` whose title runs on into its text open the line, or follow a
    sentence's end or a table's number, spaces between or not ("…安全运行。二、主动公开…", "…收费
    1.25三、收到和处理…", "…432.52元三、…"), or stand in a whole report run together (``glued``)?
    A title named in a sentence follows its words ("详见四、…")."""
    if glued:
        return True
    k = at
    while k > 0 and line[k - 1] in _SPACE:
        k -= 1
    if k == 0 or line[k - 1] in "。！？；" or line[k - 1].isdigit():
        return True
    return k > 1 and line[k - 1] in "元件条项个" and line[k - 2].isdigit()


def _line_breaks(line: str, headings, vocab: Vocabulary, first_line: bool) -> List[int]:
    out: List[int] = []
    # (a title quoted, named as a noun or listed in a sentence opens no section: "详见“三、…情况”",
    # "本报告三、…情况中的数据", "全文包括一、总体情况，二、…")
    glued = len(headings) >= _GLUED_HEADINGS or _a_glued_chunk(line, headings)
    headings = [h for k, h in enumerate(headings) if not _named_in_a_sentence(line, h.start(), h.end())
                and not (k and _listed_after(line, headings[k - 1], h))]
    if first_line:
        m = _TITLE_END.search(line, 0, min(len(line), 120))
        if m and (not headings or m.end() < headings[0].start()):
            out.append(_skip_space(line, m.end()))
    # an annex after the closing date, or after 六's last sentence before the closing: the section
    # titles in it caption its tables, no section opens
    annex = _DATE_THEN_ANNEX.search(line, headings[0].end()) if headings else None
    if annex is None and headings:
        annex = _PROSE_THEN_ANNEX.search(line, headings[-1].end())
    captions = [h.start() for h in headings if annex and h.start() > annex.start()]
    if captions:
        headings = [h for h in headings if h.start() < annex.start()]
    bounds = [h.start() for h in headings] + [annex.start(1) if annex else len(line)]
    for h, end in zip(headings, bounds[1:]):
        if h.start() > 0:
            out.append(h.start())
        stop = h.end() + 2 if line.startswith("**", h.start()) and line.startswith("**", h.end()) else h.end()
        # (past a bold heading's closing "**" too; a title run into its text, "…情况第二十条" or
        # "…事项：本年度…", ends where the official title does, past a colon, when the heading opens
        # the line or follows a sentence's end or a number with nothing between: a page's text taken
        # with nothing between its nodes; a title named in a sentence, "详见四、…情况。", is none)
        spaced = stop < len(line) and line[stop] in _SPACE
        body = _skip_space(line, stop) if spaced else _after_title(line, stop)
        if body < end and (spaced or _run_on_heading(line, h.start(), glued)
                           or _runs_into_its_table(line, body, _section_number(h.group(), vocab), vocab)):
            out.append(body)
        out.extend(_table_breaks(line, body, end, _section_number(h.group(), vocab), vocab))
    if annex is not None:
        out.extend(_annex_breaks(line, annex, vocab))
        out.extend(captions)
    # prose: a paragraph ends where a sentence ends and a space stands (the lost line break)
    for m in _SENTENCE_GAP.finditer(line):
        out.append(m.end())
    # a sub-heading with no full stop ("（一）信息处理费收取情况 本年度未收取…"): its paragraph on the next line;
    # the next one of its run after a space, an answer with no full stop before it ("（一）…收取情况 本镇未收取
    # （二）其他事项 无"), on a line of its own too
    seen = set()
    for m in _SUBHEADING_GAP.finditer(line):
        out.append(_skip_space(line, m.end()))
        n = chinese_int(m.group("n"))
        if n is not None and n - 1 in seen and m.start() > 0 and line[m.start() - 1] in _SPACE:
            out.append(m.start())
        seen.add(n)
    m = _DATE_END.search(line)
    if m and m.start(1) > 0:
        out.append(m.start(1))
        signer = _SIGNER.search(line, 0, m.start(1))
        if signer and signer.start(1) > 0:
            out.append(signer.start(1))  # the agency that signs, on a line of its own
    elif (m := _DATE_THEN_SIGNER.search(line)) is not None:
        out.extend((m.start(1), m.start(2)))  # the date above the agency that signs: each a line
    return out


#: the closing written date first, the agency under it, at a line's end that lost its breaks
#: ("…信息处理费收取情况 2025年1月20日 示例镇人民政府")
_DATE_THEN_SIGNER = lazy(rf"[ \u3000\xa0]({closing.DATE}|{closing.MONTH_ONLY})[ \u3000\xa0]+([^。；！？\s\d]{{2,40}}{closing.AGENCY_END})"
                         r"[ \u3000\xa0]*$")


#: the closing date and an annex's heading after it, in a line that lost its breaks ("…样例县司法局
#: 2025年1月17日 附件 表1 主动公开政府信息情况统计表 第二十条第（一）项 …"; a date may lack its day, "2026年1月")
_DATE_THEN_ANNEX = lazy(rf"[ \u3000\xa0]({closing.DATE}|{closing.MONTH_ONLY})"
                        r"[ \u3000\xa0]+(附[ ]?[件表][0-9一二三四五六七八九十]*[：:]?)(?=[ \u3000\xa0])")
#: an annex's heading after 六's last sentence, before the closing, its first table's caption after
#: it ("…未收取信息处理费。 附件 附表1 主动公开政府信息情况 第二十条第（一）项 …"; group 1 empty: no date)
_PROSE_THEN_ANNEX = lazy(rf"(?<=[。！？])[ \u3000\xa0]+()(附[ ]?件[0-9一二三四五六七八九十]*[：:]?)"
                         rf"(?=[ \u3000\xa0]+(?:附)?{enumerators.TABLE})")
#: a table's caption in an annex ("表1 主动公开…统计表", "附表2 …")
_ANNEX_CAPTION = lazy(rf"(?<=[ \u3000\xa0])(?:附)?{enumerators.TABLE}")


def _annex_breaks(line: str, annex, vocab: Vocabulary) -> List[int]:
    """An annex after the closing date (or after 六's last sentence, the closing after the annex: group
    1 of ``annex`` empty), run onto the report's one line: the agency that signs and the date on lines
    of their own, the annex's heading, each table's caption, and each table's rows, the section a
    table belongs to told by its head's words (a heading names none there)."""
    out = [annex.start(1), annex.start(2), _skip_space(line, annex.end(2))]
    signer = _SIGNER.search(line, 0, annex.start(1)) if annex.end(1) > annex.start(1) else None
    if signer and signer.start(1) > 0:
        out.append(signer.start(1))
    start = annex.end(2)
    out.extend(m.start() for m in _ANNEX_CAPTION.finditer(line, start))
    # each table from the first of its head's words on, in the order they stand
    first = {}
    for word, number in vocab.markers:
        at = line.find(word, start)
        if at >= 0 and at < first.get(number, len(line)):
            first[number] = at
    opens = sorted((at, number) for number, at in first.items())
    for (at, number), (end, _) in zip(opens, opens[1:] + [(len(line), None)]):
        out.extend(_table_breaks(line, at, end, number, vocab))
    return out


def _section_number(heading: str, vocab: Optional[Vocabulary] = None) -> Optional[int]:
    m = _NUMERAL.search(heading)
    if m is None:  # "3.收到和处理…"
        m = re.search(r"\d{1,2}", heading)
        if m is None and vocab is not None:  # no numeral: "**收到和处理政府信息公开申请情况**", by its title
            return vocab.numbers.get(L.norm(heading.strip("*# \u3000")))
        return int(m.group()) if m else None
    return chinese_int(m.group())


def _table_breaks(line: str, start: int, end: int, section: Optional[int], vocab: Vocabulary) -> List[int]:
    """Inside one section's text: from its table's head on, a break before each row.

    The head is the first word holding a head word of a table of this section ("信息内容",
    "申请人情况", "行政复议"), not a sentence that mentions it ("本年度发生行政复议2件。"); with
    no head, the first row's label with a number after it (the head lost).
    After it a row starts at a label that follows numbers (表二's next block head too), at
    a top-level enumerator (表三's "一、" … "四、"), and at an enumerated label or a block's head
    after a whole row's label (that row's cells were all blank, or its numbers went elsewhere:
    "2.申请人逾期…申请 3.其他 0 0 …", where "3.其他" alone is no row label, 其他 being a column's
    name too; "行政许可 第二十条第（六）项 信息内容 …"), and after a label's rest that a page or a
    narrow cell put after the row's numbers ("行政强 2 制 第二十条第（八）项": "制" a piece of its own,
    which the block stage joins to its row), and at a label's first piece after the head
    ("本年处理决定数量 行政处 35 罚"); prose after the table starts after a sentence end."""
    words = [w for w, number in vocab.markers if number == section]
    if not words:
        return []
    out: List[int] = []
    in_table = False
    prev_value = prev_end = prev_item = prev_row = prev_rest = prev_head = False
    label = ""  # the words that opened the row being read
    tokens = list(_TOKEN.finditer(line, start, end))
    for k, m in enumerate(tokens):
        tok = m.group()
        if tok in ("|", "｜"):
            continue  # (a row typed with bars between its cells, flattened: "1 | 0 | 0 …")
        item = bool(_ITEM_NUMBER.match(tok))  # "1." apart from its words: the label's start
        value = not item and bool(_VALUE.match(tok))
        if not in_table:
            # (a head word in a sentence before an introduction run on to the table, "…行政复议2件。具体情况
            # 如下：", is none: only the words after the token's last sentence end are read)
            after = tok[max(tok.rfind(c) for c in _SENTENCE_END) + 1:]
            if not tok.endswith(_SENTENCE_END) and (any(w in after for w in words) or _a_headless_row(tokens, k, vocab)):
                in_table = True
                if m.start() > start:
                    out.append(m.start())
        elif not value and not prev_item and (prev_value or prev_end or _TOP_ENUM.match(tok)
                                              or vocab.is_row_label(tok) or prev_rest
                                              or prev_head and _opens_a_row(tok, vocab)
                                              and not _head_word_spaced(tokens, k, vocab)
                                              or prev_row and (_STARTS_ANY.match(tok)
                                                               or any(tok.startswith(w) for w in words))):
            out.append(m.start())
            rest = prev_value and label and vocab.joins(label, tok)
            if not rest:
                label = tok
            prev_rest = rest  # (a label's rest after its numbers, "行政强 2 制": a piece of its own)
            prev_value, prev_end, prev_item = value, tok.endswith(_SENTENCE_END), item
            prev_row = not item and vocab.is_row_label(tok)
            prev_head = False
            continue
        if in_table and value and prev_head and k + 1 < len(tokens) and tokens[k + 1].group() in ("|", "｜"):
            out.append(m.start())  # (the head's words, then a row typed with bars: "… 总计 1 | 0 | …")
        prev_rest = False
        prev_value, prev_end, prev_item = value, tok.endswith(_SENTENCE_END), item
        prev_row = in_table and not value and not item and vocab.is_row_label(tok)
        prev_head = in_table and not value and (vocab.is_head_word(tok) or vocab.is_column_part(tok) or vocab.is_label(tok)
                                                and not vocab.is_row_label(tok) and not vocab.is_group_label(tok))
    return out


def _opens_a_row(tok: str, vocab: Vocabulary) -> bool:
    """Does a word after a table's head (its last column's name) open a row: the first piece of a
    row's label a page or a narrow cell cut ("本年处理决定数量 行政处 35 罚"), no name of the head?"""
    return has_ideograph(tok) and not vocab.is_label(tok) and not vocab.is_head_word(tok) \
        and not vocab.is_column_part(tok) and vocab.opens_a_label(tok)


def _head_word_spaced(tokens, k: int, vocab: Vocabulary) -> bool:
    """Is token ``k`` the first piece of a head's word typed with a space in it, the next token its
    rest ("总 计" in 表四's head, flattened: no row's first piece)? Not when the two spell a row's
    label ("行政 处罚": the row opens there)."""
    if k + 1 >= len(tokens):
        return False
    word = tokens[k].group() + tokens[k + 1].group()
    if vocab.is_head_word(word) or vocab.is_column_part(word):
        return True
    # (a row's label typed with a space in it, "行政 处罚 35", is the row's first piece)
    return vocab.is_label(word) and not vocab.is_row_label(word)


def _a_headless_row(tokens, k: int, vocab: Vocabulary) -> bool:
    """Does token ``k`` open a table row though no head came before it (the head lost, or left
    on another page): a row's label of the formats, a number apart after it ("一、本年新收政府信息公开
    申请数量 10 2 …", "规章 0 0 0")? A sentence writes its numbers against their words."""
    if k + 1 >= len(tokens) or not vocab.is_row_label(tokens[k].group()):
        return False
    after = tokens[k + 1].group()
    return bool(_VALUE.match(after)) and DIGIT.search(after) is not None


def _skip_space(line: str, i: int) -> int:
    while i < len(line) and line[i] in _SPACE:
        i += 1
    return i


def _separators_blanked(text: str, vocab: Vocabulary) -> str:
    return _SEPARATOR.sub(lambda m: " " * len(m.group()), text)


#: a line that is a heading in square brackets ("【一、总体情况】", "〔二、主动公开政府信息情况〕")
_BRACKETED_HEADING = lazy(r"(?m)^[ \u3000\xa0]*([【〔［\[])([^\n【】〔〕［］\[\]]{3,60})([】〕］\]])[ \u3000\xa0]*$")


def _bracketed_headings(text: str, vocab: Vocabulary) -> str:
    """A section's heading set in square brackets, as some sites and WeChat articles style them: the
    brackets become spaces (offsets kept) where the words inside are an official title."""
    heading = None
    cut: List[int] = []
    for m in _BRACKETED_HEADING.finditer(text):
        heading = heading or section_title_pattern(vocab)
        if heading.fullmatch(m.group(2).strip(_SPACE)) is not None:
            cut.extend((m.start(1), m.start(3)))
    return _put(text, cut, " ") if cut else text


#: a section's heading at a line's end after a wide gap, words before it ("·依申请公开     一、总体情况": a page
#: whose navigation column stands beside the article, copied with its layout)
_HEADING_IN_A_COLUMN = lazy(r"^[ \u3000\xa0]*+([^\n]{1,12}?[^\s：:，,。；;])[ \u3000\xa0]{4,}"
                            r"((?:\*\*)?[一二三四五六七八九十]{1,2}、[^\n]*?)[ \u3000\xa0]*$", re.M)


def _heading_in_a_column(text: str, vocab: Vocabulary) -> str:
    """A section's title standing apart at the end of a line, after a wide gap and a side column's
    few words (a menu's item, not a sentence's words, nor the report's title as a page's running
    header): the last space of the gap becomes the line's end (one character for one), so the heading
    stands on its own line. Only an official title, whole, to the line's end, and written nowhere
    else (a running header repeats the heading that follows it)."""
    heading = None
    cut: List[int] = []
    for m in _HEADING_IN_A_COLUMN.finditer(text):
        heading = heading or section_title_pattern(vocab)
        title = m.group(2)
        if "报告" in m.group(1) or heading.fullmatch(title.replace("**", "")) is None:
            continue
        if text.count(title.strip("*")) > 1:
            continue  # (the heading written again: a running header above it, or a table of contents)
        cut.append(m.start(2) - 1)
    return _put(text, cut, "\n") if cut else text


#: a line typed with bars whose only words are in its first cell, every other cell empty
#: ("| 一、总体情况 | | | |", "2024年，本局…。 | ||||||": a report laid out in one big table, copied)
_ONE_CELL_ROW = lazy(r"(?m)^[ \t\u3000\xa0]*+\|?[ \t\u3000\xa0]*+([^|\n]++)\|[ \t\u3000\xa0|]*+$")
# (possessive: a line is read once, never backed over)


def _one_cell_rows(text: str, vocab: Vocabulary) -> str:
    """A report laid out in one big table (a page typed as a spreadsheet), copied with its bars:
    its headings and paragraphs are rows of one cell. Such a row whose cell is a section's heading
    or a sentence (it holds a full stop) is no row: its bars become spaces (offsets kept), and it
    reads as the heading or the paragraph. A table's own row of one cell (表二's "第二十条第（一）项",
    a 表三 label of a row left empty) stays a row."""
    heading = None
    cut: List[int] = []
    for m in _ONE_CELL_ROW.finditer(text):
        cell = m.group(1).strip(_SPACE)
        if not cell:
            continue
        if "。" not in cell:
            heading = heading or section_title_pattern(vocab)
            if heading.fullmatch(cell) is None:
                continue
        cut.extend(i for i in range(m.start(), m.end()) if text[i] == "|")
    return _put(text, cut, " ") if cut else text


#: an enumerator's opening bracket on a line of its own, the rest of the enumerator opening the next
#: line ("（" over "七）总计 10": PDFium's copy of a narrow cell that broke "（七）总计" after its "（")
_BRACKET_ALONE = lazy(r"\n[ \u3000\xa0]*[（(](\n)(?=[一二三四五六七八九十]{1,2}[）)])")


def _bracket_alone(text: str) -> str:
    """The line break after such a bracket becomes a space (offsets kept): the enumerator is whole
    again, and the label with it ("（ 七）总计" reads as "（七）总计", not as a misspelt "七）总计")."""
    return _put(text, [m.start(1) for m in _BRACKET_ALONE.finditer(text)], " ")


#: a line of a row's figures each after its column's name, "本年制发件数：0 本年废止件数：0 现行有效件数：12" (a web
#: page for phones draws 表二 as cards: the row's label on a line, its figures so on the next)
_CARD_NAME = r"[^\s:：\d（(](?:[^\n:：（(]|[（(][^）)\n]{0,12}[）)]){1,30}?"  # (a unit in brackets: "（单位：万元）")
_CARD_LINE = lazy(r"(?m)^[ \t\u3000\xa0]*((?:" + _CARD_NAME + r"[ \u3000\xa0]*[:：][ \u3000\xa0]*"
                  r"(?:\d[\d,.]*|—+|－|-|/|／|无)[ \u3000\xa0;；,，｜|]*){1,4})$")
_CARD_PAIR = lazy("(" + _CARD_NAME + r")[ \u3000\xa0]*[:：]")


def _cards(text: str, vocab: Vocabulary) -> str:
    """表二 drawn as cards (a web page for phones): a row's label alone on a line, then its figures each after
    its column's name ("规章" / "本年制发件数：0 本年废止件数：0 现行有效件数：0"). Read, they were no table: a
    false C201 (voices54e). Where every name is a column's of the formats and the line above a row's label,
    the two lines are one row typed with tabs: the line break a space, each name and its colon a tab and
    spaces (offsets kept)."""
    at: List[int] = []
    out = list(text)
    for m in _CARD_LINE.finditer(text):
        start = m.start()
        if start == 0 or text[start - 1] != "\n":
            continue
        above_start = text.rfind("\n", 0, start - 1) + 1
        label = text[above_start:start - 1].strip(" \t\u3000\xa0")
        if not label or "\t" in label or not vocab.is_row_label(label):
            continue
        pairs = list(_CARD_PAIR.finditer(text, m.start(1), m.end(1)))
        names = [p.group(1).strip(" ;；,，｜|\u3000\xa0") for p in pairs]
        if not names or not all(vocab.is_label(n) and not vocab.is_row_label(n) for n in names):
            continue
        at.append(start - 1)
        for p in pairs:
            out[p.start()] = "\t"
            for k in range(p.start() + 1, p.end()):
                out[k] = " "
    if not at:
        return text
    for k in at:
        out[k] = " "
    return "".join(out)


def _repeated_head(text: str) -> str:
    """表三's head rows repeated on the next page (Word's "repeat as header row"), as a copy
    writes them again among the rows, often between two pieces of a row's labels that the page
    break cut ("（五）不予 1.信访举报 1 0 0 1 0 0 2" / the head's lines / "处理      投诉类申请":
    pdftotext -layout). The lines around a later "申请人情况" that repeat, line for line (spaces
    aside), the ones around the first, none holding a digit, two at least, are blanked as a page's
    number is (spaces; line breaks and offsets kept): the pieces meet across empty lines."""
    lines = text.split("\n")
    keys = ["".join(line.split()) for line in lines]
    at = [i for i, k in enumerate(keys) if "申请人情况" in k]
    first = at[0]

    def again(k: int, was: int) -> bool:  # line k repeats line ``was`` of the first head, no digit
        return bool(keys[k]) and keys[k] == keys[was] and not DIGIT.search(keys[k])

    blank: List[int] = []
    for j in at[1:]:
        if not again(j, first):
            continue
        lo = 0
        while first - lo - 1 >= 0 and j - lo - 1 > first and again(j - lo - 1, first - lo - 1):
            lo += 1
        hi = 0
        while j + hi + 1 < len(lines) and first + hi + 1 < j - lo and again(j + hi + 1, first + hi + 1):
            hi += 1
        if lo + hi >= 1:
            blank.extend(range(j - lo, j + hi + 1))
    if not blank:
        return text
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    return _put(text, [c for k in blank for c in range(starts[k], starts[k] + len(lines[k]))], " ")




#: a line that ends in an ideograph, and a next line that opens with a few ideographs and then a
#: space or its end: a word a fixed-width copy may have cut at the line's end, and its rest
#: (searched in "\n" + text, as _SHORT_LINE; a line of prose runs on past eight ideographs)
_CUT_WORD = lazy(r"\n(?=[^\n]*+(?<=[\u4e00-\u9fff])\n)([^\n]*+)(?=\n([\u4e00-\u9fff]{1,8})(?:[ \t\u3000\xa0]|\n))")
# (each line read once, to its end, possessively, as _LABEL_REST reads it; the next line looked
# at, not taken: it may be the next match's line)


def _head_word_cut_at_the_width(text: str, vocab: Vocabulary) -> str:
    """A table's head row that a plain-text copy wrapped at a fixed width, a column's name cut
    at the line's end and its rest opening the next line ("信息内容　本年制发件数　本年废止件数　现行有效件"
    / "数", "… 社会公益组织　法律服务机" / "构　其他": a row typed with full-width spaces, which the
    copy does not break at): the rest is moved up to the end of the line, the line break after it,
    so the name is whole and the next line holds what followed it. Only where every other word of
    the line is a head word or a name of the formats, the last word is none, and it and the rest
    spell one. The text's length and every line's number are kept; the moved characters' columns
    are off by one (as :func:`_digits_seated` moves numbers)."""
    moves = []
    for m in _CUT_WORD.finditer("\n" + text):
        words = _TOKEN.findall(m.group(1))
        if len(words) < 2:
            continue
        last, rest = words[-1], m.group(2)
        if vocab.is_label(last) or vocab.is_head_word(last) or not vocab.joins(last, rest):
            continue
        if all(vocab.is_head_word(w) or vocab.is_label(w) for w in words[:-1]):
            moves.append((m.end(1) - 1, len(rest)))  # (the line end, in text: "\n" + text is one longer)
    if not moves:
        return text
    chars = list(text)
    for at, n in moves:
        chars[at:at + n + 1] = chars[at + 1:at + n + 1] + ["\n"]
    return "".join(chars)


#: a short line of one cell (no tab, no bar) after a line that holds a tab (searched in "\n" + text)
_LONE_HEAD_CELL = lazy(r"\n(?=[^\n\t]*+\t[^\n]*+\n)([^\n]*+)\n([^\n\t|]{1,24})(?=\n|\Z)")


def _head_cell_alone(text: str, vocab: Vocabulary) -> str:
    """A head row typed with tabs that a plain-text copy wrapped at a fixed width at a tab, its last
    column's name alone on the next line ("\t商业企业\t科研机构\t社会公益组织\t法律服务机构" / "其他";
    "2023年本年制发件数\t2023年本年废止件数" / "2023年现行有效件数", both years side by side): alone on
    its line, the name read as a paragraph, and the head lost its last column (its rows one number
    too many: C200, or a part of 表三 one column short: C203). The line break becomes a tab (offsets
    kept), so the name is the row's last cell. Only where the line above holds two names or more,
    every one a column's name or a head word of the formats (a year before it or after it allowed),
    and the line's one word is such a name too, none of them a row's own label, and not a name of
    the line above again (a head's next row may repeat its words)."""
    cut = []
    for m in _LONE_HEAD_CELL.finditer("\n" + text):
        word = m.group(2).strip(_SPACE)
        if not word or not _head_name(word, vocab):
            continue
        above = [c.strip(_SPACE) for c in m.group(1).split("\t")]
        above = [c for c in above if c]
        if len(above) >= 2 and word not in above and all(_head_name(c, vocab) for c in above):
            cut.append(m.end(1) - 1)  # (the line end, in text: "\n" + text is one longer)
    return _put(text, cut, "\t")


def _head_name(word: str, vocab: Vocabulary) -> bool:
    """Is ``word`` a column's name or a head word of the formats, its year before or after it allowed
    ("2023年本年制发件数"), and no row's own label (nor one with its enumerator: "（六）其他处理")?"""
    name = year_qualified(word)[1].strip(_SPACE)
    return not _STARTS_ANY.match(name) and not vocab.is_row_label(name) \
        and (vocab.is_label(name) or vocab.is_head_word(name))


#: a row typed with bars that ends in a bar (no markdown row: it opens with none), and a next line
#: of numbers only, apart with spaces (searched in "\n" + text)
_BAR_ROW_WRAPPED = lazy(r"\n(?=[^\n|]*+\|)(?![ \t]*\|)[^\n]*?\|[ \t]*(\n)"
                        r"(?=[ \t]*[0-9０-９][0-9０-９.,]*(?:[ \t]+[0-9０-９][0-9０-９.,]*)*[ \t]*(?:\n|\Z))")


def _bar_row_wrapped(text: str, vocab: Vocabulary) -> str:
    """A row typed with bars ("2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 |") that a copy wrapped
    at its width after a bar, its last numbers on the next line ("0"): a bar stands between two
    cells, so a line that ends in one goes on; the line break becomes a space (offsets kept), and
    the row is whole. Not a Markdown row ("| a | b |" opens with a bar and ends with one)."""
    return _put(text, [m.start(1) - 1 for m in _BAR_ROW_WRAPPED.finditer("\n" + text)], " ")


#: a section's numeral alone on its line ("一、"), then up to three lines of spaces, then a line
#: (its title's, when the numeral and it spell one)
_NUMERAL_ALONE = lazy(r"(?m)^[ \u3000\xa0]*[一二三四五六七八九十]{1,2}、[ \u3000\xa0]*\n(?:[ \u3000\xa0]*\n){0,3}([^\n]+)")


def _numeral_alone(text: str, vocab: Vocabulary) -> str:
    """A section's numeral on a line of its own and its title on the next that holds anything
    ("一、" / "总体情况": a web page's text taken a node a line, Word's list numbering being a span of
    its own, spaces between): the numeral reads as no heading and the title as none numbered. Where
    the two spell an official title (or a row's label), the line breaks between become spaces."""
    heading = None
    cut: List[int] = []
    for m in _NUMERAL_ALONE.finditer(text):
        heading = heading or section_title_pattern(vocab)
        words = m.group().split("\n", 1)[0].strip(_SPACE) + m.group(1).strip(_SPACE)
        if heading.fullmatch(words) is not None or vocab.is_label(words):
            cut.extend(i for i in range(m.start(), m.start(1)) if text[i] == "\n")
    return _put(text, cut, " ") if cut else text


#: an HTML line break a PDF-to-Markdown converter (pymupdf4llm, markitdown) writes inside a pipe
#: table's cell where the PDF's cell wrapped ("|商业企<br>业|", "|1.属于<br>国家秘<br>密|0|…"), on a
#: line that holds a bar
_CELL_BREAK = lazy(r"(?im)^(?=[^\n]*\|)[^\n]*?<br[ \t]*/?>")
_BREAK_TAG = lazy(r"(?i)<br[ \t]*/?>")


def _cell_breaks(text: str, vocab: Vocabulary) -> str:
    """A pipe table's cell that a PDF-to-Markdown converter wrote with ``<br>`` where the PDF's
    narrow cell wrapped its words: the tag is markup, no words of the cell, and left in place it
    makes every wrapped label a misspelt one ("商业企<br>业") or no label at all (its row "missing").
    Each tag becomes spaces (one character for one: offsets stay the file's), which the block
    stage reads as a cell's wrapped words. Only on lines that hold a bar (a table's row)."""
    chars = None
    for m in _CELL_BREAK.finditer(text):
        line_end = text.find("\n", m.start())
        for b in _BREAK_TAG.finditer(text, m.start(), len(text) if line_end == -1 else line_end):
            chars = chars if chars is not None else list(text)
            chars[b.start():b.end()] = " " * (b.end() - b.start())
    return "".join(chars) if chars is not None else text


#: a Markdown pipe row (a line opening with a bar that holds two more)
_PIPE_ROW = lazy(r"\n([ \t]*\|[^\n]*\|[^\n]*\|[^\n]*)")
#: a pipe cell of several numbers apart with spaces ("| 0 13 |", "| 0 / |": a placeholder among
#: them), and not one number grouped by thousands with spaces ("| 1 234 |")
_NUMBERS_IN_A_CELL = lazy(r"(?<=\|)[ \t]*(?=[^|\n]*[0-9])(?:[0-9]+(?:\.[0-9]+)?|[/／—－–-])"
                          r"(?:[ \t]+(?:[0-9]+(?:\.[0-9]+)?|[/／—－–-]))+[ \t]*(?=\|)")
_THOUSANDS = lazy(r"[1-9][0-9]{0,2}(?: [0-9]{3})+")
_NUMBER_GAP = lazy(r"(?<=[0-9/／—－–-])[ \t]+(?=[0-9/／—－–-])")


def _cells_run_together(text: str, vocab: Vocabulary) -> str:
    """A Markdown pipe row whose converter put two or more of the PDF's cells into one of its
    cells ("| 一、本年新收政府信息公 | 10 | 2 | 0 1 | 0 | 0 13 |": markitdown draws a table's columns
    where its text lines up, and a column of narrow cells shares one): the numbers stand in order,
    but read as one cell each run is no number (C204) and the row short of cells (C203 "缺失").
    The space before each number in such a cell becomes a bar (one character for one: offsets
    kept), so each number is a cell. A cell that reads as one number grouped by thousands is left.

    One number whose digits a converter spaced ("| （七）总计 | 10 | 2 | 0 | 1 | 0 | 0 | 1 3 |",
    "| 行政许可 | 12 0 |") is no two cells: where the table's rows typed a number a cell tell its
    width (the count most of them hold; for a table of one row, its head row of column names),
    a row that the split would carry past it keeps the cell as one number. markitdown's tables,
    where every row has cells run together, tell no width (nor does a single row typed so): their
    rows are split."""
    cut: List[int] = []
    for region in _pipe_regions(text, vocab):
        clean = Counter(n for n, spaced, _ in region.rows if n and not spaced).most_common(1)
        width = clean[0][0] if clean and clean[0][1] >= 2 else (region.head if len(region.rows) == 1 else None)
        for n, spaced, base in region.rows:
            if not spaced:
                continue
            over = width is not None and n > width
            for cell in spaced:
                if over and _ONE_SPACE_GAPS.fullmatch(cell.group().strip(_SPACE)):
                    continue  # (digits a single space apart: one number; a wider gap, a <br> made
                    # spaces, is a cell's break)
                at = base + cell.start()
                cut.extend(at + gap.start() for gap in _NUMBER_GAP.finditer(cell.group()))
    return _put(text, cut, "|") if cut else text


#: a pipe cell's numbers a single space apart ("1 3", "12 0"): one number a converter may have spaced
#: (not "0 1": no number is written with a leading 0)
_ONE_SPACE_GAPS = lazy(r"[1-9][0-9]*(?:[ \t][0-9]+)+")
#: a pipe cell that holds one value: a number, a placeholder, "无"
_VALUE_CELL = lazy(r"[ \t]*(?:[0-9]+(?:\.[0-9]+)?|[/／—－–-]{1,2}|——|无)[ \t]*")


class _Region(NamedTuple):
    """The pipe rows with numbers of one table (or of one block of 表二), read from the head row
    above them to the next head row, heading or paragraph: (the numbers each row holds once its
    cells run together are split, its cells that hold several numbers, the offset of its line),
    and the width the head row above names, if its cells are the format's column names
    ("| 信息内容 | 本年处理决定数量 |": 1)."""

    rows: List[tuple]
    head: Optional[int]


def _pipe_regions(text: str, vocab: Vocabulary) -> List[_Region]:
    regions: List[_Region] = []
    rows: List[tuple] = []
    head: Optional[int] = None
    last = 0  # (the end of the last pipe row read, in "\n" + text)
    for row in _PIPE_ROW.finditer("\n" + text):  # (offsets one past the text's)
        line = row.group(1)
        between = text[last:row.start(1) - 1]
        last = row.end(1)
        if any(len(x.strip(_SPACE)) > _PIECE or _STARTS_TOP.match(x) for x in between.split("\n")):
            if rows:  # (a heading or a paragraph between: another table)
                regions.append(_Region(rows, head))
            rows, head = [], None
        if not any(c.isdigit() for c in line):
            if "-" in line and not line.strip(" \t|-:"):
                continue  # (a Markdown rule)
            if rows:
                regions.append(_Region(rows, head))
            rows = []
            words = [c.strip(_SPACE) for c in line.strip(_SPACE).strip("|").split("|")]
            names = [w for w in words[1:] if w]
            head = len(names) if names and all(vocab.is_label(w) for w in names) else None
            continue
        spaced = [c for c in _NUMBERS_IN_A_CELL.finditer(line)
                  if _THOUSANDS.fullmatch(c.group().strip(_SPACE)) is None]
        cells = line.strip(_SPACE).strip("|").split("|")
        n = sum(1 for c in cells if _VALUE_CELL.fullmatch(c) or _THOUSANDS.fullmatch(c.strip(_SPACE)))
        n += sum(len(_NUMBER_GAP.split(c.group().strip(_SPACE))) for c in spaced)
        rows.append((n, spaced, row.start(1) - 1))
    if rows:
        regions.append(_Region(rows, head))
    return regions


#: question marks opening a line before its words ("????一、总体情况"): the full-width spaces of a
#: paragraph's indent that a page's copy could not encode (a mirror site's, a wrong charset's)
_INDENT_LOST = lazy(r"(?m)^[ \t\u3000\xa0]*(\?{2,})(?=[^\s?])")


def _indent_lost(text: str) -> str:
    """Such question marks become spaces (offsets kept): the line is indented, and its heading a
    heading (before, "????一、总体情况" was no heading: a false S100 or S101)."""
    return _INDENT_LOST.sub(lambda m: m.group().replace("?", " "), text)


#: a Markdown pipe row, its line's start and end (searched in "\n" + text)
_PIPE_LINE = lazy(r"\n([ \t]*\|[^\n]*\|)[ \t\r]*(?=\n|\Z)")
#: two cells side by side that hold the same words, two characters at least and no digit (a merged
#: cell's text copied into every position it covers): the sign of :func:`_span_copies` (no figure:
#: every table repeats them, and the head's copies come with the figures')
_SPAN_COPY_TEST = lazy(r"\|[ \t]*([^|\n\d \t][^|\n\d]{1,59}?)[ \t]*\|[ \t]*\1[ \t]*\|")
#: the same sign in rows typed with tabs (python-docx's ``row.cells`` give a merged cell once for
#: each grid column it covers, and a script joins them with tabs: "信息内容\t本年处理决定数量\t本年处理决定数量")
_TAB_COPY_TEST = lazy(r"\t([^\t\n\d ][^\t\n\d]{1,59}?)\t\1(?=[\t\r\n]|\Z)")
#: a row typed with tabs: a line with a tab between two of its characters
_TAB_LINE = lazy(r"\n([^\n]*[^\t\n][^\n]*\t[^\n]*)(?=\n|\Z)")
_TWO_IDEOGRAPHS = lazy(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*[\u4e00-\u9fff]")


def _span_copies(text: str, vocab: Vocabulary, tabs: bool = False) -> str:
    """A Markdown table whose converter wrote a merged cell's text into every grid position it
    covers (docling: "| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |" over
    "| 行政许可 | 120 | 120 | 120 |", 表三's "（一）予以公开" in two label columns, "申请人情况" over
    seven): read as written, the one figure of 表二's (五) is three (C200), and a head names a
    column seven times. The copies become spaces (offsets kept), the first stays: a run of cells
    side by side that hold the same words (two ideographs at least: no "无" written for 0 in each
    of three cells), in any row; and in the rows of numbers under a head row that has such a run,
    the same figure (or placeholder) in each position the run covers (one merged value cell, as
    its head is one merged head cell). Figures that differ there are cells of their own, and are
    left. Only in a table that such a converter wrote, copies in two of its rows at least (its
    block titles and heads: "| 第二十条第（五）项 | 第二十条第（五）项 | …"): two head cells a page
    cut to the same start ("| 信息内容 | 本年新 | 本年新 | 对外公开总数量 |") are two columns. With
    ``tabs``, the rows typed with tabs alike (a python-docx script's dump of a Word table: its
    ``row.cells`` give a merged cell once for each column it covers)."""
    cut: List[int] = []
    table: List[Tuple[int, List[int], List[Tuple[int, int]]]] = []  # (offset, bars, copies) a row
    copying = 0                       # the table's rows of words with copies
    runs: List[Tuple[int, int]] = []  # the copies' columns in the head row above (first, last)
    width = -1                        # that row's cell count
    end = -2

    def flush():
        if copying >= 2:
            for base, bars, copied in table:
                for j, k in copied:
                    cut.extend(range(base + bars[j + 1], base + bars[k + 1]))
        table.clear()

    for m in (_TAB_LINE if tabs else _PIPE_LINE).finditer("\n" + text):  # (offsets one past the text's)
        line, base = m.group(1), m.start(1) - 1
        if m.start() != end:  # (a line that is no row between: another table)
            flush()
            runs, width, copying = [], -1, 0
        end = m.end()
        if tabs:  # (the line's start and end bound its first and last cells)
            bars = [-1] + [i for i, c in enumerate(line) if c == "\t"] + [len(line.rstrip("\r"))]
        elif not line.strip(" \t|-:"):
            continue  # (a Markdown rule)
        else:
            bars = [i for i, c in enumerate(line) if c == "|"]
        cells = [line[a + 1:b].strip(_SPACE) for a, b in zip(bars, bars[1:])]
        # (a head row: no figure, and words in a cell after the first that are no placeholder)
        words = not any(c.isdigit() for c in line) and any(c and c not in PLACEHOLDERS for c in cells[1:])
        copied = []
        j = 0
        while j < len(cells):
            k = j
            while k + 1 < len(cells) and cells[k + 1] == cells[j]:
                k += 1
            if k > j and _TWO_IDEOGRAPHS.search(cells[j]) and (not tabs or vocab.is_whole_name(cells[j])):
                # (in tab rows, a whole name or caption of the format's: not the pieces of a head wrapped
                # in narrow cells, "本年 | 本年" over "件数 | 件数 | 件数")
                copied.append((j, k))
            j = k + 1
        if words and copied:
            copying += 1
        if not words and len(cells) == width:
            for j, k in runs:
                if (parse_number(cells[j]) is not None or cells[j] in PLACEHOLDERS) and all(
                        c == cells[j] for c in cells[j + 1:k + 1]):
                    copied.append((j, k))
        table.append((base, bars, copied))
        if words:
            runs, width = copied, len(cells)
    flush()
    return _put(text, cut, " ") if cut else text


#: a Markdown list item's bullet ("- 一、总体情况": pymupdf4llm writes a line that opens with a
#: numeral as a list's item), an ATX heading's marks ("## （三）收到和处理…") or an editor's decoration
#: ("▍一、总体情况", :data:`HEADING_DECORATION`), or both ("## ▌一、总体情况"), before a line's words
_BULLETED = lazy(r"\n([ \t]*(?:(?:[-*+•]|#{1,6})[ \t]+(?:[" + HEADING_DECORATION + r"]+[ \t\u3000]*)?"
                 r"|[" + HEADING_DECORATION + r"]+[ \t\u3000]*))(\S[^\n]*)")


#: a cheap sign that a text may hold a decorated heading (any of the glyphs anywhere)
_DECORATED_TEST = lazy(r"[" + HEADING_DECORATION + r"]")


def _bulleted_headings(text: str, vocab: Vocabulary) -> str:
    """A section heading that a PDF-to-Markdown converter wrote as a list item ("- 一、总体情况",
    "- （一）总体情况") or as a Markdown heading numbered otherwise than "一、" ("## （三）收到和处理
    政府信息公开申请情况", the 2019 trial format's numbering): the marks are no words of the
    heading, and before it the heading reads as no heading (its section "missing"). They become
    spaces (offsets kept) where the rest of the line is a section's heading and nothing after
    it; a list item of prose is left, and so is "## 三、…", which the grammar reads."""
    heading = section_title_pattern(vocab)
    other = section_title_pattern(vocab, other=True)
    cut: List[int] = []
    for m in _BULLETED.finditer("\n" + text):  # (offsets one past the text's)
        words = m.group(2).strip(_SPACE)
        marks = m.group(1).strip(_SPACE)
        if other.fullmatch(words) is not None or (
                (not marks.startswith("#") or _DECORATED_TEST.search(marks)) and heading.fullmatch(words) is not None):
            cut.extend(range(m.start(1) - 1, m.end(1) - 1))
    return _put(text, cut, " ") if cut else text


def _image_file_names(text: str) -> str:
    """A line of pictures' file names alone ("1705995746322.jpg", "a.jpgb.png"): a web page's tables published
    as pictures, copied as their names. The line becomes the picture mark (:data:`IMAGE`, padded with spaces:
    offsets kept), as the page's ``<img>`` does: a table not in the text but pictured is not missing (C200)."""
    return IMAGE_FILES_LINE.sub(lambda m: IMAGE.ljust(len(m.group())), text)


def _always(text: str) -> bool:
    return True


#: the text stage's repairs after the radicals, in their order: (the name ``govlint parse`` shows,
#: a cheap sign that the text may need it, the repair: the text itself when nothing was repaired)
_REPAIRS = (
    ("indent-lost", lambda text: "??" in text, lambda text, vocab: _indent_lost(text)),
    ("image-file-names", lambda text: IMAGE_SIGN.search(text) is not None, lambda text, vocab: _image_file_names(text)),
    ("digits-below", lambda text: _DIGITS_LINE_TEST.search(text) is not None, lambda text, vocab: _digits_seated(text)),
    ("cell-breaks", lambda text: "<br" in text or "<BR" in text, _cell_breaks),
    ("span-copies", lambda text: "|" in text and _SPAN_COPY_TEST.search(text) is not None, _span_copies),
    ("span-copies", lambda text: "\t" in text and _TAB_COPY_TEST.search(text) is not None,
     lambda text, vocab: _span_copies(text, vocab, tabs=True)),
    ("cells-run-together", lambda text: "|" in text, _cells_run_together),
    ("bulleted-headings", lambda text: "- " in text or "* " in text or "+ " in text or "• " in text or "# " in text
     or _DECORATED_TEST.search(text) is not None, _bulleted_headings),
    ("browser-furniture", lambda text: "://" in text, lambda text, vocab: _browser_furniture(text)),
    ("separators", lambda text: ("|" in text or "｜" in text or "---" in text or "———" in text or "___" in text
                                 or "===" in text) and _SEPARATOR_TEST.search("\n" + text) is not None,
     _separators_blanked),
    ("tabbed-paragraphs", lambda text: ("\n\t" in text or text[:1] == "\t") and _tabbed_paragraphs_sign(text),
     _tabbed_paragraphs),
    ("lone-cells", lambda text: "\n\t" in text and _lone_rows_sign(text), lambda text, vocab: _lone_cells_untabbed(text)),
    # (after the lone cells: a run of them is told by the page numbers between them)
    ("page-furniture", lambda text: "页" in text or "—" in text or "-" in text, lambda text, vocab: _page_furniture(text)),
    ("repeated-head", lambda text: text.count("申请人情况") > 1, lambda text, vocab: _repeated_head(text)),
    ("cards", lambda text: ("：" in text or ":" in text) and _CARD_LINE.search(text) is not None, _cards),
    ("flattened-furniture", lambda text: ("页" in text or "-" in text or "—" in text) and _LONG_LINES.search(text) is not None,
     lambda text, vocab: _flattened_furniture(text)),
    ("bracket-alone", lambda text: "\n（\n" in text or "\n(\n" in text, lambda text, vocab: _bracket_alone(text)),
    ("bracketed-headings", lambda text: "【" in text or "〔" in text or "［" in text or "[" in text,
     _bracketed_headings),
    ("heading-in-a-column", lambda text: "    " in text, _heading_in_a_column),
    # (a sentence or a section's title, which ends in 情况 or 事项, before a bar)
    ("one-cell-rows", lambda text: "|" in text and any(w in text for w in ("。 |", "。|", "情况 |", "情况|", "事项 |", "事项|")),
     _one_cell_rows),
    ("bar-row-wrapped", lambda text: "|\n" in text or "| \n" in text, _bar_row_wrapped),
    ("numeral-alone", lambda text: "、\n" in text or "、 \n" in text or "、\xa0" in text or "、\u3000" in text,
     _numeral_alone),
    ("head-after-heading", _always, _head_after_heading),
    ("head-word-cut", lambda text: _CUT_WORD.search("\n" + text) is not None, _head_word_cut_at_the_width),
    ("head-cell-alone", lambda text: "\t" in text and _LONE_HEAD_CELL.search("\n" + text) is not None, _head_cell_alone),
    ("wrapped-labels", _always, _join_wrapped),
)
