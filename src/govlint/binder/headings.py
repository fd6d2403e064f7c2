"""Section headings numbered another way: "（一）总体情况", "1.总体情况", "第一部分 总体情况", "一 总体情况"
(a space for the 、), or not in the text at all ("总体情况" on its own line: Word's automatic list
numbering; "**总体情况**" in Markdown, bold only).

The grammar reads a section heading by its "一、" (the official numbering). Some reports number
their six sections as others number sub-items; the grammar then finds no section and every line
lands in the front matter. When that happens, the lines that are an official section title (or
an accepted variant) under such an enumerator whose value is the section's own number, in
increasing order, three or more of them (or lines that are nothing but an official title), are
taken as the headings, and the report is read as if
they had been written "一、总体情况" … A report that has "一、" sections is left as it is.
"""
from __future__ import annotations

import dataclasses
from typing import Dict, List, Optional, Tuple

from ..formats.spec import FormatSpec
from ..lexicon import labels as L
from ..lexicon.enumerators import AROUND, ITEM_TOP, NUMERAL, PAREN
from ..lexicon.marks import PAGE_NUMBER_LINE
from ..lexicon.numerals import chinese_int
from ..lexicon.pattern import lazy
from ..syntax.ast import BLANK, TEXT, Paragraph, Report, Row, Section, Table
from ..syntax.lexer import DATE_LINE, SIGNATURE_LINE

#: a Roman numeral, one to six (a report has six sections), in Unicode's own characters or letters
_ROMANS = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "ⅰ": 1, "ⅱ": 2, "ⅲ": 3, "ⅳ": 4, "ⅴ": 5, "ⅵ": 6,
           "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
_ROMAN = "|".join(sorted(_ROMANS, key=len, reverse=True))
#: the other enumerators a section heading is written with, the numeral as group "n"
_OTHER = lazy(rf"[ \u3000\xa0]*(?:\*\*)?(?:[（(][ \u3000]*(?P<p>{NUMERAL}|\d)[ \u3000]*[)）]"
              rf"|(?P<a>\d)[ \u3000]*[.．、](?!\d)|第(?P<k>{NUMERAL}|\d)(?:部分|章|节)"
              # (Roman numerals, the letters or their own characters: "Ⅰ. 总体情况", "IV、…")
              rf"|(?P<r>{_ROMAN})[ \u3000]*[.．、](?![\dA-Za-z])"
              rf"|(?P<s>{NUMERAL}|\d)(?=[ \u3000\xa0]|[^\W\d_]))"  # "一 总体情况": the numeral, a space
              # or nothing (a reader joins two CJK characters a space stood between: "一总体情况"), no mark
              r"[ \u3000\xa0:：、.．]*(?P<rest>.{2,})$")
#: a line that opens with words in bold, a run-on sentence after them ("**总体情况**。2024年…")
_BOLD = lazy(r"[ \u3000\xa0]*(?:#{1,6}[ ]*)?\*\*([^*]{2,40})\*\*[ \u3000\xa0]*(?:[：:。．.，,][\s\S]*)?$")
#: a whole paragraph in bold, its title run into its first sentence ("**总体情况。2024年，本局…。**": a
#: heading paragraph's bold kept when the sentence was run into it): the title, then the sentence
#: (its closing "**" on a later line when a copy at a fixed width wrapped the paragraph)
_BOLD_RUN_IN = lazy(r"[ \u3000\xa0]*(?:#{1,6}[ ]*)?\*\*([^*。：:．.]{2,40}?)[ \u3000]*[：:。．.][ \u3000]*([^*]+?)"
                    r"(?:\*\*)?[ \u3000\xa0]*$")
#: an enumerator alone on a line, the title wrapped onto the next: "第一部分", "2.", "（二）", "一"
_ENUMERATOR_ALONE = lazy(rf"[ \u3000\xa0]*(?:第{NUMERAL}部分|[（(]{NUMERAL}[)）]"
                         rf"|\d{{1,2}}[.．、]?|{NUMERAL}[、.．]?)[ \u3000\xa0]*")
#: the longest line that may be an enumerator alone ("第十部分", "（十二）" with spaces around)
_ENUMERATOR_LONGEST = 12
#: the longest heading line taken whole; a longer one is a heading only when its title is run into its
#: first sentence ("第一部分 总体情况。2024年，…")
_LONGEST = 80
#: where a title run into its first sentence ends
_RUN_IN_END = lazy(r"[。：:]")
#: at least this many headings make the numbering certain
_ENOUGH = 3


class _Titles(tuple):
    """The (number, normalised title) of every official section title and variant of a set of
    formats, longest first; with the memo of :func:`_heading` by a line's text (the same headings
    and the same short lines come in every report)."""

    def __new__(cls, items):
        self = super().__new__(cls, items)
        self.headings: Dict[str, Optional[Tuple[int, str]]] = {}
        return self


#: the titles of each set of formats, keyed by the format objects' identities (held with the
#: entry, so that an id reused by another object never finds it)
_TITLES: Dict[Tuple[int, ...], Tuple[Tuple[FormatSpec, ...], _Titles]] = {}
#: the most lines a titles' memo of headings holds before it starts again
_MEMO_LINES = 50_000


def _titles(formats: Dict[str, FormatSpec]) -> _Titles:
    objects = tuple(formats.values())
    key = tuple(map(id, objects))
    hit = _TITLES.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], objects)):
        return hit[1]
    out = set()
    for f in formats.values():
        for s in f.sections:
            for t in (s.title, *s.variants):
                out.add((s.number, L.norm(t)))
    made = _Titles(sorted(out, key=lambda x: -len(x[1])))
    if len(_TITLES) > 32:
        _TITLES.clear()
    _TITLES[key] = (objects, made)
    return made


def _heading_of(text: str, titles: _Titles) -> Optional[Tuple[int, str]]:
    """:func:`_heading` of a paragraph of ``text``, memoised by the text (all it depends on)."""
    memo = titles.headings
    try:
        return memo[text]
    except KeyError:
        pass
    got = _heading(text, titles)
    if len(memo) > _MEMO_LINES:
        memo.clear()
    memo[text] = got
    return got


def _heading(text: str, titles) -> Optional[Tuple[int, str]]:
    """(section number, title as written) when a paragraph of ``text`` is an official title under
    another enumerator whose value is that number."""
    m = _OTHER.match(text)
    if m is None:
        bold = _BOLD.match(text)
        if bold is not None:
            # a title in bold with no numeral ("**总体情况**", "**总体情况**：2024年…", "**存在的主要问题**",
            # "**总体情况（2025年度）**"): the bold says heading; its words open with a section's title
            # (or its first words), the rest may run on after it
            words = L.norm(bold.group(1))
            for number, title in titles:
                if words.startswith(title) or words.startswith(title[:_OPENS]):
                    return number, bold.group(1).strip()
            return None
        run = _BOLD_RUN_IN.match(text)
        if run is not None:
            words = L.norm(run.group(1))
            return next(((number, run.group(1).strip()) for number, title in titles if words.startswith(title)), None)
        # a title with no enumerator at all (Word's automatic numbering, not in the text): the
        # whole line is the title
        bare = AROUND.sub("", text).strip()  # (no "## " or "**": "**总体情况**")
        words = L.norm(bare)
        found = next(((number, bare) for number, title in titles if words == title), None)
        if found is None and _OPENS + 4 <= len(words) <= 40 and not any(c in bare for c in "。；;，,"):
            # two sections under one bare heading ("**存在的主要问题、改进情况及其他需要报告的事项**"):
            # a line, not a sentence, that opens with one's words and ends with the next one's title
            last = next((n for n, t in titles if len(t) < len(words) and words.endswith(t)), None)
            if last is not None and any(n == last - 1 and words[:_OPENS] == t[:_OPENS] for n, t in titles):
                found = last - 1, bare
        return found
    numeral = m.group("p") or m.group("a") or m.group("k") or m.group("s")
    value = _ROMANS[m.group("r")] if numeral is None else int(numeral) if numeral.isdigit() else chinese_int(numeral)
    rest = m.group("rest").strip().rstrip("*")
    head = rest
    if len(rest) > _LONGEST:
        head = _RUN_IN_END.split(rest, 1)[0]
        if len(head) == len(rest) or len(head) > _LONGEST:
            return None  # a paragraph, not a heading
    words = L.norm(head)
    if m.group("s") is not None and text[m.end("s")] not in " \u3000\xa0":
        # the numeral with nothing after it ("一总体情况"): the title must open the words (a sentence
        # may hold a title's words after other ones: "三是收到和处理政府信息公开申请情况…")
        if not any(n == value and words.startswith(t) for n, t in titles):
            return None
    elif not _names(words, value, titles):
        return None
    # a title with its first sentence run in after it ("存在的主要问题和改进情况：执法信息…。"): the title
    title = _RUN_IN_END.split(rest, 1)[0].strip()
    return (value, title) if len(title) < len(rest) and _names(L.norm(title), value, titles) else (value, rest)


#: the least characters of a section's title that, inside a longer heading or opening one, say it
_WITHIN = 6
_OPENS = 5


def _names(words: str, number: int, titles) -> bool:
    """Whether a heading's words (normalised) under the numeral ``number`` name that section: its
    official title (or a variant) opens them; or stands inside them ("5.政府信息公开工作存在的主要问题
    及改进情况", as :func:`binder.bind._match_section` accepts under "五、"); or they open with the
    section's first words and end with the next section's title, the two merged under one heading
    ("5.存在的主要问题、改进情况及其他需要报告的事项": S103 names the merger). One pass over the
    titles (a table's every first cell under an enumerator comes here)."""
    opens = ends = False
    # (a 的 put in or left out: "主动公开政府信息的情况", as the layout's pattern of the titles reads it)
    bare = words.replace("的", "") if "的" in words else None
    for n, t in titles:
        if n == number:
            if words.startswith(t) or (len(t) >= _WITHIN and t in words) or (
                    bare is not None and bare.startswith(t.replace("的", ""))):
                return True
            opens = opens or words[:_OPENS] == t[:_OPENS]
        elif n == number + 1 and not ends:
            ends = len(t) < len(words) and words.endswith(t)
    return opens and ends


def _split(blocks, titles) -> List[object]:
    """The blocks with each table cut where one of its rows starts with a heading numbered another
    way (a layout that reads one cell per line took "（二）主动公开政府信息情况" into the table below
    it, as the first cell of its first row)."""
    out: List[object] = []
    for b in blocks:
        if not isinstance(b, Table):
            out.append(b)
            continue
        rows: List[Row] = []
        for r in b.rows:
            filled = [c for c in r.cells if c.kind != BLANK]
            first = filled[0] if filled else None
            if first is not None and first.kind == TEXT and _heading_of(first.text, titles):
                if rows:
                    out.append(Table(tuple(rows), rows[0].span.to(rows[-1].span)))
                    rows = []
                out.append(Paragraph(first.text, first.span))
                rest = filled[1:]
                if rest:  # the table's first cells, run into the heading's row
                    rows.append(Row(tuple(rest), rest[0].span.to(rest[-1].span)))
            else:
                rows.append(r)
        if len(rows) == len(b.rows):
            out.append(b)  # (nothing cut: the table itself)
        elif rows:
            out.append(Table(tuple(rows), rows[0].span.to(rows[-1].span)))
    return out


def _official(section: Section, titles) -> bool:
    words = L.norm(section.title)
    return any(words.startswith(title) for _, title in titles)


def renumbered(report: Report, formats: Dict[str, FormatSpec]) -> Report:
    """``report`` with its sections recovered from headings numbered another way, when the grammar
    found none with an official title (it may have taken a 表三 row on a line of its own,
    "一、本年新收政府信息公开申请数量", for a heading: such a section is kept, the binder folds it
    into the section before it); else ``report`` itself."""
    titles = _titles(formats)
    if any(_official(s, titles) for s in report.sections):
        return _one_renumbered(report, titles)
    # the blocks in order, each grammar section's heading as a marker before its blocks
    items: List[object] = _split(report.front, titles)
    for s in report.sections:
        items.append(s)
        items.extend(_split(s.blocks, titles))
    found: Dict[int, Tuple[int, str]] = {}  # item index → (number, title)
    last = 0
    for i, b in enumerate(items):
        if not isinstance(b, Paragraph) or (len(b.text) > 90 and _RUN_IN_END.search(b.text, 0, 90) is None):
            continue  # (a long paragraph is a heading only with its title run into its first sentence)
        got = _heading_of(b.text, titles)
        if got is None and _ENUMERATOR_ALONE.fullmatch(b.text) and i + 1 < len(items) \
                and isinstance(items[i + 1], Paragraph):
            # the enumerator alone on its line, the title on the next ("第一部分" / "总体情况。2024年…",
            # "2." / "主动公开政府信息情况（含…）": a line wrapped at the space after the enumerator)
            nxt = items[i + 1]
            got = _heading_of(b.text.strip() + " " + nxt.text, titles)
            if got is not None:
                items[i] = Paragraph(b.text.strip() + " " + nxt.text, b.span.to(nxt.span))
                items[i + 1] = None  # (taken into the heading)
        if got is not None and got[0] > last:
            found[i] = got
            last = got[0]
    if len(found) < _ENOUGH:
        return report
    _worded_otherwise(items, found)
    front: List[object] = []
    sections: List[Section] = []
    current: Optional[Tuple[Section, List[object]]] = None

    def close():
        if current is not None:
            head, blocks = current
            sections.append(head._replace(blocks=tuple(blocks)))

    for i, b in enumerate(items):
        if b is None:
            continue  # (a line taken into the heading above it)
        if i in found or isinstance(b, Section):
            close()
            if isinstance(b, Section):
                current = (b, [])
            else:
                number, title = found[i]
                section, first = _opened(number, title, b)
                current = (section, first)
        elif current is None:
            front.append(b)
        else:
            current[1].append(b)
    close()
    return dataclasses.replace(report, front=tuple(front), sections=tuple(sections))


def _opened(number: int, title: str, b: Paragraph) -> Tuple[Section, List[object]]:
    """The section a heading paragraph ``b`` opens, and the sentence run on after its title as the
    section's first paragraph: "**总体情况**：2024年…", "**总体情况。2024年…。**" (the bold title is the
    heading), "5. 存在的主要问题：…。", "六、" / "其他需要报告的事项：本年度未收取…" (a title with its first
    sentence run in, as a heading run into its text is cut after "一、总体情况")."""
    text, s = b.text, b.span
    bold = _BOLD.match(text)
    run = _BOLD_RUN_IN.match(text) if bold is None else None
    cut = bold.end(1) + 2 if bold is not None else run.end(1) if run is not None else len(text)
    if bold is None and run is None:
        at = text.find(title)
        if at >= 0 and at + len(title) < len(text) and (_RUN_IN_END.match(text, at + len(title))
                                                           or text[at + len(title)] in " \u3000\xa0"):
            cut = at + len(title)
    rest = run.group(2) if run is not None else text[cut:].lstrip(" \u3000\xa0：:。．.，,")
    if not rest:
        return Section(number, title, text, s, ()), []
    if s.line == s.end_line:
        k = run.start(2) if run is not None else len(text) - len(rest)
        return (Section(number, title, text[:cut], s._replace(end_column=s.column + cut, end=s.start + cut), ()),
                [Paragraph(rest, s._replace(column=s.column + k, start=s.start + k))])
    # a heading over two lines (an enumerator alone, its title on the next line): the sentence is the
    # end of the last line
    tail = len(text) - cut
    if run is not None or not text.endswith(rest) or s.end_column - tail < 1:
        return Section(number, title, text, s, ()), []
    head_span = s._replace(end_column=s.end_column - tail, end=s.end - tail)
    rest_span = s._replace(line=s.end_line, column=s.end_column - len(rest), start=s.end - len(rest))
    return Section(number, title, text[:cut], head_span, ()), [Paragraph(rest, rest_span)]


def _worded_otherwise(items, found: Dict[int, Tuple[int, str]]) -> None:
    """Adds to ``found`` the heading of a section it lacks written in other words ("（一）基本情况"
    among "（二）主动公开政府信息情况" …): once the numbering is certain, a short line (no sentence)
    under the same enumerator as every found heading, whose value is the next number after the found
    heading before it and below the one after it. S103 judges its words."""
    kinds = {_kind(items[i].text) for i in found}
    kind = kinds.pop() if len(kinds) == 1 else None
    if kind is None:
        return
    marks = sorted(found)
    for number in range(1, max(n for n, _ in found.values())):
        if any(n == number for n, _ in found.values()):
            continue
        after = max((i for i in marks if found[i][0] < number), default=-1)
        before = min((i for i in marks if found[i][0] > number), default=len(items))
        if after >= 0 and found[after][0] != number - 1:
            continue
        for i in range(after + 1, before):
            b = items[i]
            if not isinstance(b, Paragraph) or len(b.text) > 40 or any(c in b.text for c in "。；;，,"):
                continue
            m = _OTHER.match(b.text)
            numeral = m.group(kind) if m is not None else None
            if numeral is not None and (int(numeral) if numeral.isdigit() else chinese_int(numeral)) == number:
                found[i] = (number, m.group("rest").strip().rstrip("*"))
                break


def _kind(text: str) -> Optional[str]:
    """Which enumerator of :data:`_OTHER` a heading is numbered with (None: a bare title)."""
    m = _OTHER.match(text)
    return next((k for k in ("p", "a", "k", "s") if m.group(k) is not None), None) if m else None


def _cut_off(words: str, number: int, titles) -> bool:
    """Whether a heading's words (normalised) under ``number`` are the first words of that section's
    title, the rest cut off: a page or a line broke the heading ("六、其他需" / "要报告的事项", a web
    page printed by a browser, its text in runs). Such a heading still stands for its section."""
    return len(words) >= 2 and any(n == number and t.startswith(words) for n, t in titles)


def _one_renumbered(report: Report, titles) -> Report:
    """``report`` with a section the grammar did not find, because its heading alone is numbered
    another way ("一、总体情况", "（二）主动公开政府信息情况", "三、…"), recovered: a short line inside
    the section before, that is the missing section's official title under its own number.

    The sections the report has, and the bounds a recovered heading must stand between, are the
    headings that name their sections (an official title or a variant under its own number, or its
    first words the rest of which a break cut off: "六、其他需"). A
    heading that names none does not stand for a section: a copy that put 表三's cells on lines of
    their own made its rows "一、本年新收政府信息公开申请数量" … "四、结转下年度继续办理" headings (the
    binder reads them as rows), and "（三）收到和处理政府信息公开申请情况" before them, or
    "（四）政府信息公开行政复议、行政诉讼情况" after them, is still the section's heading."""
    sections = list(report.sections)
    named = [_names(L.norm(s.title), s.number, titles) or _cut_off(L.norm(s.title), s.number, titles)
             for s in sections]
    numbers = {s.number for s, n in zip(sections, named) if n}
    front, first = _front_renumbered(report.front, titles,
                                     next((s.number for s, n in zip(sections, named) if n), 99), numbers)
    out: List[Section] = list(first)
    low = max((s.number for s in first), default=0)
    for k, s in enumerate(sections):
        upto = next((sections[m].number for m in range(k + 1, len(sections)) if named[m]), 99)
        if named[k]:
            low = s.number
        head, blocks = s, []
        j = 0
        while j < len(s.blocks):
            got, b, taken = _heading_at(s.blocks, j, titles)
            if got is not None and got[0] not in numbers and low < got[0] < upto:
                out.append(head._replace(blocks=tuple(blocks)))
                numbers.add(got[0])
                low = got[0]
                head, first = _opened(got[0], got[1], b)
                blocks = list(first)
                j += taken
            else:
                blocks.append(s.blocks[j])
                j += 1
        out.append(head._replace(blocks=tuple(blocks)))
    if len(out) == len(sections):
        return report
    return dataclasses.replace(report, front=front, sections=tuple(out))


def _front_renumbered(front, titles, upto: int, numbers) -> Tuple[tuple, List[Section]]:
    """The front matter and the sections recovered from it: the first sections' headings numbered
    another way, or bare ("总体情况" on its own line: Word's automatic numbering, lost in the text),
    before the first heading the grammar found ("四、…"). A line is taken only when it is a whole
    official title under its own number (or none), below ``upto``, in increasing order; the
    blocks before the first such line stay the front matter (the title, the preamble)."""
    out: List[Section] = []
    kept: List[object] = []
    last = 0
    j = 0
    while j < len(front):
        got, b, taken = _heading_at(front, j, titles)
        if got is not None and got[0] not in numbers and last < got[0] < upto:
            numbers.add(got[0])
            last = got[0]
            section, first = _opened(got[0], got[1], b)
            out.append(section._replace(blocks=tuple(first)))
            j += taken
            continue
        if out:
            out[-1] = out[-1]._replace(blocks=out[-1].blocks + (front[j],))
        else:
            kept.append(front[j])
        j += 1
    return (tuple(kept) if out else tuple(front)), out


def _heading_at(blocks, j: int, titles) -> Tuple[Optional[Tuple[int, str]], object, int]:
    """(number, title) when ``blocks[j]`` is a short line that is an official title under its own
    number (or none), or an enumerator alone whose title a narrow page or a copy at a fixed width
    wrapped onto the next line ("一、" / "总体情况：2020年，…"; the sentence run into it may go on
    for lines); with the heading's paragraph and how many blocks it takes. Else (None, the block, 1)."""
    b = blocks[j]
    if not isinstance(b, Paragraph):
        return None, b, 1
    if len(b.text) > 40:  # (a sentence, most of a section's paragraphs)
        return _flattened_heading(b, titles), b, 1
    got = _heading_of(b.text, titles)
    if got is not None:
        return got, b, 1
    if len(b.text) <= _ENUMERATOR_LONGEST and j + 1 < len(blocks) and isinstance(blocks[j + 1], Paragraph) \
            and _ENUMERATOR_ALONE.fullmatch(b.text):
        nxt = blocks[j + 1]
        # (the enumerator's mark dropped: "一 总体情况…" is read as a numeral and its title)
        got = _heading_of(b.text.strip().rstrip("、.．") + " " + nxt.text, titles)
        if got is not None:
            return got, Paragraph(b.text.strip() + nxt.text, b.span.to(nxt.span)), 2
    return None, b, 1


def _flattened_heading(b: Paragraph, titles) -> Optional[Tuple[int, str]]:
    """(number, title) when a long paragraph is a heading numbered another way with its section's
    first sentence after a space: a copy flattened onto one line joined the heading's line and the
    next with a space ("（一）总体情况 2024年，本镇…。"), and the line was cut again before the
    enumerator only. The words up to the first space must be a whole title (an official title or a
    variant, under its own number); the sentence after it is the section's first paragraph."""
    m = _OTHER.match(b.text)
    if m is None:
        return None
    at = m.start("rest")
    space = _SPACE.search(b.text, at)
    if space is None or space.start() - at < 2 or space.end() >= len(b.text):
        return None
    got = _heading_of(b.text[:space.start()], titles)
    words = L.norm(b.text[at:space.start()])
    if got is None or not any(n == got[0] and words == t for n, t in titles):
        return None  # (the words before the space are not a whole title: a sentence)
    return got


#: a space between a heading and the sentence a flattened copy ran into it
_SPACE = lazy(r"[ \u3000\xa0]+")


#: what may stand under a heading of a table of contents: page numbers, dot leaders
_LEADER = lazy(r"[\s.．…·・—\-_\d]*")
#: a table of contents' entry: its page number after dot leaders ("（一）主动公开……2")
CONTENTS_ENTRY = lazy(r"(?:[.．·・…]{3,}|……)\s*\d{1,3}\s*$")


#: a table of contents' entry typed as a row, its page number in a cell of its own ("四、…行政诉讼情况 | 4": a Word
#: contents page's tab stop): an enumerated title, then its page
_CONTENTS_TITLE = lazy(rf"^[ \u3000]*(?:{ITEM_TOP}|{PAREN})[^\d。]{{2,40}}$")


def contents_table(table: Table) -> bool:
    """Is ``table`` a table of contents typed as rows (three or more: an enumerated title, then its page
    number alone, the pages never going back)? Its rows are no official table's: a title naming 表四's
    section ("四、政府信息公开行政复议、行政诉讼情况 | 4") is no head of that table with a value."""
    pages = []
    for row in table.rows:
        cells = [c.text.strip() for c in row.cells if c.kind != BLANK]
        if not cells:
            continue
        if not pages and "".join("".join(cells).split()) in ("目录", "目次", "内容目录"):
            continue  # ("目 录", "目 | 录" over the entries)
        if len(cells) != 2 or not cells[1].isdigit() or len(cells[1]) > 3 or not _CONTENTS_TITLE.match(cells[0]):
            return False
        pages.append(int(cells[1]))
    return len(pages) >= 3 and all(a <= b for a, b in zip(pages, pages[1:]))


def _empty(section: Section, furniture: frozenset) -> bool:
    """Nothing under a heading but what a table of contents holds: page numbers, dot leaders and
    short entries of the sub-headings ("（一）主动公开……2"), and what a page break inside it left:
    the page's number ("— 2 —", "第2页 共5页") and its running header, a line of the front matter
    again (the report's title at the head of every page)."""
    return all(isinstance(b, Paragraph) and (_LEADER.fullmatch(b.text) or PAGE_NUMBER_LINE.match(b.text)
                                             or b.text.strip() in furniture or (
        len(b.text) <= 40 and "。" not in b.text and CONTENTS_ENTRY.search(b.text))) for b in section.blocks)


def contents_folded(report: Report) -> Report:
    """``report`` with a table of contents ("目录", then 一、总体情况 … 六、其他需要报告的事项 on lines
    of their own, page numbers after dot leaders, before the report itself) turned back into front
    matter: three or more headings in order (three numbers at least: an entry may repeat, a
    contents page that ran over a page break repeating its last entry or more) with nothing under
    them but the last, and the numbering starting again after them. The entries a second contents
    page repeats after them ("四、… 五、… 六、…" again) go too. Else ``report`` itself."""
    sections = report.sections
    front: Optional[List[object]] = None
    furniture = frozenset(b.text.strip() for b in report.front if isinstance(b, Paragraph) and b.text.strip())
    while True:
        k = 0
        while k + 1 < len(sections) and sections[k + 1].number >= sections[k].number \
                and _empty(sections[k], furniture):
            k += 1
        # sections[0..k] are in order and all but the last empty; the numbering starts again after them
        if k + 1 >= len(sections) or sections[k + 1].number > sections[k].number:
            break
        if k < 1 or front is None and (k < 2 or len({s.number for s in sections[:k + 1]}) < 3):
            break
        if front is None:
            front = list(report.front)
        for s in sections[:k + 1]:
            front.append(Paragraph(s.heading, s.span))
            front.extend(s.blocks)
        sections = sections[k + 1:]
    if front is None:
        return report
    return dataclasses.replace(report, front=tuple(front), sections=sections)


#: the title of a report ("样例乡人民政府2024年政府信息公开工作年度报告", "…政务公开工作年度报告（2023年度）"):
#: a line of its own, no sentence, naming a year
_REPORT_TITLE = lazy(r"^[^。；;，,：:]{0,40}(?:19|20)\d\d[^。；;，,：:]{0,30}(?:信息公开|政务公开)工作年度报告"
                     r"\s*(?:[（(]\s*(?:19|20)\d\d\s*年度?\s*[)）])?\s*$")


def another_report_cut(report: Report) -> Tuple[Report, Optional[Paragraph]]:
    """``report`` up to another report the file holds after it (a 汇编 of several agencies' reports,
    last year's report appended below "附：2023年度报告"), and that report's title; ``report`` itself
    and None when there is none. The other report starts at a report's title on a line of its
    own after the report's closing (the agency's name, then the date alone on the next line); a
    line or two between them ("附：2023年度报告", a rule) go with it, so that the report still ends
    with its closing. Read as the first report's, the other's figures were checked against the
    first report's tables (voices53k: 34 false findings on three files) and its closing date was
    taken for the first's."""
    closed = None  # (section, block) of the closing's date line
    for k, section in enumerate(report.sections):
        prev = None
        blocks = section.blocks
        for j, b in enumerate(blocks):
            if not isinstance(b, Paragraph):
                prev = None
                continue
            t = b.text.strip()
            if closed is not None and len(t) <= 70:
                nxt = blocks[j + 1] if j + 1 < len(blocks) else None
                # (a title wrapped in a PDF: "…工作年度报" / "告")
                rest = nxt.text.strip() if isinstance(nxt, Paragraph) and len(nxt.text.strip()) <= 10 else ""
                whole = t if _REPORT_TITLE.match(t) else t + rest if rest and _REPORT_TITLE.match(t + rest) else ""
                if whole and any(later.number == 1 for later in report.sections[k + 1:]):
                    # (its sections follow, numbered from 一 again: not a list of other years'
                    # reports a portal prints under the article, "相关链接" / "上一篇")
                    at = closed[1] + 1 if closed[0] == k and j - closed[1] <= _BETWEEN + 1 else j
                    cut = section._replace(blocks=blocks[:at])
                    return dataclasses.replace(report, sections=report.sections[:k] + (cut,)), Paragraph(whole, b.span)
            if prev is not None and DATE_LINE.fullmatch(t) and SIGNATURE_LINE.fullmatch(prev):
                closed = (k, j)
            prev = t
    return report, None


#: the most lines between a report's closing and the title of the report after it
_BETWEEN = 2
