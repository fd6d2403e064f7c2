"""How a reader takes paragraphs that a hard line break cut mid-sentence (a report copied from a
PDF, or typed with a line break at the margin): one sentence runs on into the next line."""
from __future__ import annotations

from typing import NamedTuple

from govlint.plugin import AGENCY_END, CLOSING_DATE, CLOSING_MONTH, PAGE_NUMBER_LINE, Span, enumerators, lazy, nfkc

#: the characters that end a paragraph's sentence (else the next paragraph continues it)
_SENTENCE_ENDS = "。；;！!？?：:）)"
#: a short enumerated line without a comma or a full stop: a sub-heading ("（一）信息处理费收取情况"),
#: complete in itself
_SUBHEADING = lazy(rf"^\s*{enumerators.ITEM}[^，,。；;]{{0,30}}$")


#: a line that opens an item of a list
_ITEM = lazy(rf"^\s*(?:{enumerators.ITEM}|{enumerators.ORDINAL})")


def ends_mid_sentence(text: str) -> bool:
    """Does the paragraph stop without ending its sentence (no full stop or colon at its end, nor a
    bracket that closes an aside standing alone: "（单位：件）", "…。（注：…）")? A bracket closed
    mid-sentence does not end it ("12个县（市、区）" / "共收到申请…"). A sub-heading stops without
    ending a sentence too ("（一）主动公开"), and so does a line cut mid-sentence that looks like one
    ("（五）监督保障：无行政诉讼" / "被纠错情况。"): :func:`runs` keeps those apart."""
    t = text.rstrip()
    if not t:
        return False
    if t[-1] in "）)":
        opened = _opening(t)
        before = t[:opened].rstrip() if opened is not None else ""
        return bool(before) and before[-1] not in _SENTENCE_ENDS
    return t[-1] not in _SENTENCE_ENDS


def _opening(t: str):
    """The index of the bracket that the last character of ``t`` (a closing bracket) closes, or None."""
    depth = 0
    for i in range(len(t) - 1, -1, -1):
        if t[i] in "）)":
            depth += 1
        elif t[i] in "（(":
            depth -= 1
            if depth == 0:
                return i
    return None


def continued_by_next(text: str) -> bool:
    """Does the sentence this paragraph ends with run on into the next paragraph (a hard line break
    mid-sentence)? Not after a full stop, a colon or a closing bracket, nor after a sub-heading."""
    return ends_mid_sentence(text) and not _SUBHEADING.match(text.rstrip())


class Run(NamedTuple):
    """Paragraphs a hard line break cut mid-sentence ("…共收到政府信息公开申" / "请15件，…"), read as
    one, as a reader reads them: its text is theirs joined."""

    parts: tuple
    text: str
    span: Span

    def sub_span(self, start: int, end: int) -> Span:
        """The span of text[start:end] over the lines it stands on (each part one line as written)."""
        spans = []
        offset = 0
        for part in self.parts:
            s = part.span
            if s.line != s.end_line or s.end - s.start != len(part.text):
                return self.span
            spans.append((offset, s))
            offset += len(part.text)
        first = next((o, s) for o, s in reversed(spans) if o <= start)
        last = next((o, s) for o, s in reversed(spans) if o < end)
        return Span(first[1].line, first[1].column + start - first[0], last[1].line, last[1].column + end - last[0],
                    first[1].start + start - first[0], last[1].start + end - last[0])


def sub_span(block, start: int, end: int) -> Span:
    """The span of ``block.text[start:end]``: a run of wrapped lines maps it over its lines; a
    paragraph of one line as written, by its columns; any other, the whole paragraph."""
    if hasattr(block, "sub_span"):
        return block.sub_span(start, end)
    s = block.span
    if s.line != s.end_line or s.end - s.start != len(block.text):
        return s
    return Span(s.line, s.column + start, s.line, s.column + end, s.start + start, s.start + end)


#: the report's closing lines: a line that is only a date ("2025年1月20日"), only the agency that signs
#: ("示例镇人民政府"), or both ("示例镇人民政府 2025年1月20日")
DATE_LINE = lazy(rf"\s*{CLOSING_DATE}\s*")
#: a closing date of only its month ("2025年1月", "二〇二五年一月"): the closing beside the agency's line
#: or as the last line
MONTH_LINE = lazy(rf"\s*{CLOSING_MONTH}\s*")
SIGNER = lazy(rf"[^，,。；;:：]{{2,30}}{AGENCY_END}")
_SIGNED = lazy(rf"\s*[^，,。；;:：\s]{{2,30}}{AGENCY_END}\s*{CLOSING_DATE}\s*")
#: the longest text :data:`SIGNER` matches (30 characters and "人民政府"): a longer line is not tried (the
#: pattern backtracks over its 30 characters for each of the agency's endings first)
_SIGNER_MAX = 34


def _signer(t: str) -> bool:
    return len(t) <= _SIGNER_MAX and SIGNER.fullmatch(t) is not None


def _line(paragraphs, i: int) -> str:
    return nfkc(paragraphs[i].text).strip() if 0 <= i < len(paragraphs) else ""


def closes(paragraphs, i: int) -> bool:
    """Is paragraph ``i`` the report's closing: a date line, the agency and the date on one line, the
    agency on a line with the date on the next, or a date of only its month beside the agency's line
    (above or under it) or last? No sentence runs on into it: "…信息处理费收取情况" (a topic line left
    unanswered) / "示例镇人民政府" / "2025年1月20日" are three lines, not one sentence; nor into "2025年1月" /
    "示例镇人民政府", the date above the agency."""
    t = _line(paragraphs, i)
    if len(t) > 60:
        return False
    if "日" in t and (DATE_LINE.fullmatch(t) or _SIGNED.fullmatch(t)):  # (a full date ends in 日)
        return True
    if "月" in t and MONTH_LINE.fullmatch(t):
        return i + 1 == len(paragraphs) or any(_signer(_line(paragraphs, j)) for j in (i - 1, i + 1))
    if not _signer(t):
        return False
    after = _line(paragraphs, i + 1)
    return bool(DATE_LINE.fullmatch(after) or MONTH_LINE.fullmatch(after))


#: :func:`runs` of the paragraphs last asked for, by their objects' identities: five rules read
#: each section's runs (the value holds the paragraphs, so no identity is reused while it is kept)
_RUNS: dict = {}
_RUNS_KEPT = 64


def runs(paragraphs):
    """The paragraphs, those a hard line break cut mid-sentence joined into one :class:`Run`; a line
    that opens a new item ("（二）…", "2.…", "二是…") or the report's closing lines (:func:`closes`)
    starts a paragraph of its own. A page's number printed where the page broke the sentence ("…政府信息
    公开申" / "— 2 —" / "请15件，…": a text copied from a PDF) is no part of it: the sentence runs on over it.
    The closing's lines stand alone: no sentence runs on into them, nor from them into what follows
    (the agency under a date above it, an 附件 list, the tables' captions)."""
    paragraphs = tuple(paragraphs)
    key = tuple(map(id, paragraphs))
    kept = _RUNS.get(key)
    if kept is None:
        if len(_RUNS) >= _RUNS_KEPT:
            _RUNS.clear()
        kept = _RUNS[key] = (paragraphs, tuple(_runs(paragraphs)))
    return iter(kept[1])


def _runs(paragraphs):
    cut = [continued_by_next(p.text) for p in paragraphs]  # (each line's, once: the wrap's width reads them too)
    cut_at = _wrap_width(paragraphs, cut)
    run = []
    for i, p in enumerate(paragraphs):
        if closes(paragraphs, i) or (i and _signer(_line(paragraphs, i)) and closes(paragraphs, i - 1)):
            if run:
                yield run[0] if len(run) == 1 else _joined(run)
                run = []
            yield p
            continue
        if run and PAGE_NUMBER_LINE.match(p.text) and i + 1 < len(paragraphs):
            continue  # (the sentence goes on on the next page)
        if run and _ITEM.match(p.text):
            yield run[0] if len(run) == 1 else _joined(run)
            run = []
        run.append(p)
        if not (cut[i] or (cut_at and _cut_at(p.text, cut_at))):
            yield run[0] if len(run) == 1 else _joined(run)
            run = []
    if run:
        yield run[0] if len(run) == 1 else _joined(run)


#: the shortest width a copy wraps its lines at that :func:`_wrap_width` takes for one (a line this
#: long is no sub-heading)
_WRAP_WIDTH = 20
#: a narrower wrap (a phone's page, a narrow text box: "（一）收取信息处理费" / "情况。本年度本机关未"
#: / …) is told by its lines: this many at least cut mid-sentence at one length, most of those cut,
#: and no narrower than this
_NARROW_LINES, _NARROWEST = 5, 8


def _wrap_width(paragraphs, cut) -> int:
    """The width a hard wrap cut these lines at: the longest line cut mid-sentence (``cut``: each line's
    :func:`continued_by_next`; not one that looks like a sub-heading), when it is at least
    :data:`_WRAP_WIDTH` characters long; else the length most lines cut mid-sentence have, when
    :data:`_NARROW_LINES` or more have it and they are most of them (the lines of a narrow wrap fill
    it: sub-headings and a paragraph's last line vary); 0 when there is none."""
    lengths = [len(nfkc(p.text).strip()) for p, c in zip(paragraphs, cut) if c]
    width = max(lengths, default=0)
    if width >= _WRAP_WIDTH or len(lengths) < _NARROW_LINES:
        return width if width >= _WRAP_WIDTH else 0
    common = max(set(lengths), key=lengths.count)
    n = lengths.count(common)
    return common if common >= _NARROWEST and n >= _NARROW_LINES and 2 * n > len(lengths) else 0


def _cut_at(text: str, width: int) -> bool:
    """Is a line that looks like a sub-heading (an item with no comma, no full stop at its end: "2.本委未
    按照《政府信息公开信息处理费管理办法》") a sentence the wrap cut, as long as the lines it cut (a
    character shorter: a wrap does not cut a number)? No sub-heading fills a line."""
    t = nfkc(text).strip()
    return ends_mid_sentence(t) and len(t) >= width - 1


def _joined(run) -> Run:
    return Run(tuple(run), "".join(p.text for p in run), run[0].span.to(run[-1].span))


#: what a statistics table's row or head opens with: a table holding one is the format's, not the agency's own
_STATISTICS = ("一、本年新收", "行政复议", "信息内容", "（七）总计")


def own_tables(section, most_rows=None) -> tuple:
    """The tables of a bound section that are none of the statistics tables (a fee table in 六, 五's
    problems and measures as a table), of at most ``most_rows`` rows when given."""
    tables = getattr(section.section, "tables", ())
    if not tables:
        return ()
    return tuple(t for t in tables if (most_rows is None or len(t.rows) <= most_rows) and not any(
        c.text.strip().startswith(_STATISTICS) for r in t.rows for c in r.cells))


def table_lines(tables, between: str = " ") -> str:
    """The rows of ``tables`` as lines of their cells' text, ``between`` between cells."""
    return "\n".join(between.join(c.text.strip() for c in r.cells if c.text.strip()) for t in tables for r in t.rows)

