"""Section headings numbered another way: "（一）总体情况", "1.总体情况", "第一部分 总体情况", or
not in the text at all ("总体情况" on its own line: Word's automatic list numbering).

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
from ..lexicon.numerals import chinese_int
from ..lexicon.pattern import lazy
from ..syntax.ast import Paragraph, Report, Section

#: the other enumerators a section heading is written with, the numeral as group "n"
_OTHER = lazy(r"[ \u3000\xa0]*(?:\*\*)?(?:[（(][ \u3000]*(?P<p>[一二三四五六七八九十]{1,2}|\d)[ \u3000]*[)）]"
              r"|(?P<a>\d)[ \u3000]*[.．、](?!\d)|第(?P<k>[一二三四五六七八九十]{1,2}|\d)(?:部分|章|节))"
              r"[ \u3000:：、.．]*(?P<rest>.{2,80})$")
#: at least this many headings make the numbering certain
_ENOUGH = 3


def _titles(formats: Dict[str, FormatSpec]) -> List[Tuple[int, str]]:
    out = set()
    for f in formats.values():
        for s in f.sections:
            for t in (s.title, *s.variants):
                out.add((s.number, L.norm(t)))
    return sorted(out, key=lambda x: -len(x[1]))


def _heading(p: Paragraph, titles) -> Optional[Tuple[int, str]]:
    """(section number, title as written) when ``p`` is an official title under another enumerator
    whose value is that number."""
    m = _OTHER.match(p.text)
    if m is None:
        # a title with no enumerator at all (Word's automatic numbering, not in the text): the
        # whole line is the title
        words = L.norm(p.text)
        return next(((number, p.text.strip()) for number, title in titles if words == title), None)
    numeral = m.group("p") or m.group("a") or m.group("k")
    value = int(numeral) if numeral.isdigit() else chinese_int(numeral)
    rest = m.group("rest").strip().rstrip("*")
    words = L.norm(rest)
    for number, title in titles:
        if number == value and words.startswith(title):
            return number, rest
    return None


def renumbered(report: Report, formats: Dict[str, FormatSpec]) -> Report:
    """``report`` with its sections recovered from headings numbered another way, when the grammar
    found none; else ``report`` itself."""
    if report.sections or len(report.front) < _ENOUGH:
        return report
    titles = _titles(formats)
    found: List[Tuple[int, int, str]] = []  # (block index, number, title)
    for i, b in enumerate(report.front):
        if not isinstance(b, Paragraph) or len(b.text) > 90:
            continue
        got = _heading(b, titles)
        if got is not None and (not found or got[0] > found[-1][1]):
            found.append((i, got[0], got[1]))
    if len(found) < _ENOUGH:
        return report
    front = report.front[:found[0][0]]
    sections = []
    for k, (i, number, title) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(report.front)
        p = report.front[i]
        sections.append(Section(number, title, p.text, p.span, tuple(report.front[i + 1:end])))
    return dataclasses.replace(report, front=front, sections=tuple(sections))
