"""Report facts: the title (agency, year), the statistics period and the closing date."""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import List, NamedTuple, Optional, Tuple

from .ast import Paragraph, Report, Span

_YEAR = re.compile(r"(20\d\d|19\d\d)\s*年")
_TITLE_WORDS = "政府信息公开"
_PERIOD = re.compile(
    r"(?:自|从)?\s*(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起)?\s*(?:至|到|—|-|－|~|～)\s*"
    r"(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日")
#: "统计期限为2024年度" / "统计时间为2024年全年": a period written as a year
_PERIOD_YEAR = re.compile(r"统计(?:期限|时间|周期|区间|范围)[^。；]{0,8}?(\d{4})\s*年(?:度|全年)")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
#: a date in Chinese numerals, as formal documents sign off: 二〇二五年一月二十日
_CN_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*"
                      r"([一二三四五六七八九十]{1,3})\s*日")
_CN_DIGIT = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}
_CN_DIGIT.update({"○": 0, "零": 0})


def _cn_number(s: str) -> int:
    """一 … 三十一 (month and day numerals)."""
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def parse_date(text: str) -> Optional[date]:
    """A paragraph that is only a date, in Arabic or Chinese numerals."""
    t = _nfkc(text).strip()
    m = _DATE.fullmatch(t)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _CN_DATE.fullmatch(t)
        if m:
            year = int("".join(str(_CN_DIGIT[ch]) for ch in m.group(1)))
            return date(year, _cn_number(m.group(2)), _cn_number(m.group(3)))
    except (ValueError, KeyError):
        return None
    return None


class Facts(NamedTuple):
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
    """The title: the first short line of the front matter that says 报告, joined with the line
    just above it when the title was broken in two; web-page metadata ("发布机构：…") is skipped.
    Without such a line, the first short line stands as the title."""
    lines: List[Paragraph] = [b for b in report.front[:12] if isinstance(b, Paragraph)]

    def short(p: Paragraph, limit: int) -> bool:
        return len(p.text) <= limit and "。" not in p.text

    for i, p in enumerate(lines):
        if "报告" in p.text and short(p, 80):
            start = p
            if i > 0:
                prev = lines[i - 1]
                if (short(prev, 40) and prev.span.line == p.span.line - 1 and "报告" not in prev.text
                        and not any(ch in prev.text for ch in ":：")):
                    start = prev
            if start is p:
                return p.text, p.span
            return start.text + p.text, start.span.to(p.span)
    for p in lines:
        if short(p, 60) and not any(ch in p.text for ch in ":："):
            return p.text, p.span
    return "", None


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
        if "统计" not in p.text and "12" not in p.text and "１２" not in p.text:
            continue
        text = _nfkc(p.text)
        m = _PERIOD.search(text)
        if m:
            period = (int(m.group(1)), int(m.group(2) or m.group(1)))
        else:
            m = _PERIOD_YEAR.search(text)
            if m:
                period = (int(m.group(1)), int(m.group(1)))
        if period:
            period_span = p.span
            break
    # the closing date: the last paragraph that is only a date, near the end
    for p in reversed(paragraphs[-6:]):
        if "年" in p.text and len(p.text) <= 20:
            closing = parse_date(p.text)
            if closing is not None:
                closing_span = p.span
                break
    if year is None and period:
        year = period[0]
    return Facts(title, title_span, agency or "", year, period, period_span, closing, closing_span)
