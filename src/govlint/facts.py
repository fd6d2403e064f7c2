"""Report facts: the title (agency, year), the statistics period and the closing date."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import List, Optional, Tuple

from .ast import Paragraph, Report, Span

_YEAR = re.compile(r"(20\d\d|19\d\d)\s*年")
_TITLE_WORDS = "政府信息公开"
_PERIOD = re.compile(
    r"(?:自|从)?\s*(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起)?\s*(?:至|到|—|-|－|~|～)\s*"
    r"(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


@dataclass(frozen=True)
class Facts:
    title: str = ""
    title_span: Optional[Span] = None
    agency: str = ""
    year: Optional[int] = None
    period: Optional[Tuple[int, int]] = None  # (start year, end year)
    period_span: Optional[Span] = None
    date: Optional[date] = None  # the date the report closes with
    date_span: Optional[Span] = None


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _title(report: Report) -> Tuple[str, Optional[Span]]:
    """The title: the first lines of the front matter, up to the one that says 报告."""
    lines: List[Paragraph] = []
    for b in report.front:
        if not isinstance(b, Paragraph):
            break
        lines.append(b)
        if "报告" in b.text or len(lines) == 3:
            break
    if not lines:
        return "", None
    # a preamble sentence is not a title
    picked = []
    for p in lines:
        if len(p.text) > 60 or "。" in p.text:
            break
        picked.append(p)
        if "报告" in p.text:
            break
    if not picked:
        return "", None
    return "".join(p.text for p in picked), picked[0].span.to(picked[-1].span)


def extract_facts(report: Report) -> Facts:
    title, title_span = _title(report)
    year = agency = None
    if title:
        t = _nfkc(title)
        m = _YEAR.search(t)
        if m:
            year = int(m.group(1))
        cut = len(t)
        for marker in (_TITLE_WORDS, "关于", "年度"):
            i = t.find(marker)
            if i != -1:
                cut = min(cut, i)
        if m:
            cut = min(cut, m.start())
        agency = t[:cut].strip(" 《》")
    period = period_span = None
    closing = closing_span = None
    paragraphs = [b for b in report.front if isinstance(b, Paragraph)]
    for s in report.sections:
        paragraphs.extend(s.paragraphs)
    for p in paragraphs:
        m = _PERIOD.search(_nfkc(p.text)) if "12" in p.text or "１２" in p.text else None
        if m:
            period = (int(m.group(1)), int(m.group(2) or m.group(1)))
            period_span = p.span
            break
    # the closing date: the last paragraph that is only a date, near the end
    for p in reversed(paragraphs[-6:]):
        m = _DATE.fullmatch(_nfkc(p.text).strip())
        if m:
            try:
                closing = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                closing_span = p.span
            except ValueError:
                pass
            break
    if year is None and period:
        year = period[0]
    return Facts(title, title_span, agency or "", year, period, period_span, closing, closing_span)
