"""N: numbers stated in the prose that contradict the tables."""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from govlint.plugin import Related, Rule, Span, hookimpl

_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# (what, pattern, group with the number or None for "none happened")
_CLAIMS = (
    ("applications", re.compile(
        r"(?:收到|受理|新收|接收)(?:了)?(?:各类|群众|公民|申请人)?(?:政府信息公开|依申请公开|信息公开)?申请"
        r"[^。；，,\d零一二三四五六七八九十]{0,6}?(\d+|[零〇一二两三四五六七八九十])\s*(?:件|条|个|份|次)")),
    ("applications", re.compile(
        r"(?:受理|收到|接收)(?:了)?依申请公开[^。；，,\d]{0,6}?(\d+)\s*(?:件|条|个|份|次)")),
    ("applications", re.compile(
        r"(?:未|没有|无)(?:收到|受理|出现|发生|接到)(?:过)?(?:任何)?(?:政府信息公开|依申请公开|信息公开)(?:申请)?")),
    ("review", re.compile(r"(?:发生|收到|涉及)?行政复议(?:案件)?[^。；，,\d]{0,4}?(\d+)\s*(?:件|起|宗)")),
    ("review", re.compile(r"(?:未|没有|无)(?:发生|出现|收到|引起|涉及)(?:过)?(?:因政府信息公开(?:工作)?(?:被申请)?)?行政复议")),
    ("litigation", re.compile(r"(?:发生|提起|涉及)?行政诉讼(?:案件)?[^。；，,\d]{0,4}?(\d+)\s*(?:件|起|宗)")),
    ("litigation", re.compile(r"(?:未|没有|无)(?:发生|出现|收到|引起|涉及)(?:过)?(?:[^。；，,]{0,24}?)行政诉讼")),
)
#: a sentence with these words counts something else (carried-over cases, earlier years, totals)
_GUARDS = ("结转", "上年", "上一年", "累计", "历年", "以来", "含")
#: before the claim, these make it a part of the whole ("其中…", "区政府办代表区政府受理…")
_PART = ("其中", "代表", "本级", "部门")
_SENTENCE = re.compile(r"[^。；;！!？?]+")


def _value(s: str) -> int:
    return int(s) if s.isdigit() else _CN[s]


def _table_values(bound):
    """What the tables say, for each kind of claim: (value, cells)."""
    out = {}
    t3 = bound.tables.get("表三")
    if t3 is not None and t3.present:
        c = t3.cell("new", "total")
        if c is not None and c.ok:
            out["applications"] = (c.value, [c])
    t4 = bound.tables.get("表四")
    if t4 is not None and t4.present:
        c = t4.cell("data", "review_total")
        if c is not None and c.ok:
            out["review"] = (c.value, [c])
        cs = [t4.cell("data", "direct_total"), t4.cell("data", "after_total")]
        if all(x is not None and x.ok for x in cs):
            out["litigation"] = (sum(x.value for x in cs), cs)
    return out


_NAMES = {
    "applications": ("本年新收政府信息公开申请", "new applications", "表三“一、本年新收政府信息公开申请数量”总计"),
    "review": ("行政复议", "administrative reviews", "表四 行政复议 总计"),
    "litigation": ("行政诉讼", "lawsuits", "表四 行政诉讼（未经复议直接起诉 + 复议后起诉）总计"),
}


#: a claim of each kind names this word: a sentence without it cannot hold one
_KEYWORD = {"applications": "申请", "review": "复议", "litigation": "诉讼"}


def _sentences(text: str):
    """(start, end) of the sentences of ``text`` that count only this year's new cases."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text)
            if not any(g in m.group() for g in _GUARDS)]


def _matches(kind: str, pattern, text: str, sentences):
    """The claims of one kind in those sentences, except the ones about a part of the whole."""
    key = _KEYWORD[kind]
    for start, end in sentences:
        if key not in text[start:end]:
            continue
        for m in pattern.finditer(text, start, end):
            if not any(p in text[start:m.start()] for p in _PART):
                yield m


class NarrativeMismatch(Rule):
    code = "N601"
    name = "narrative-mismatch"
    severity = "error"
    summary = "正文中的数字与统计表不一致"
    summary_en = "A number stated in the text contradicts the tables"
    what = "在正文中查找关于申请数、行政复议和行政诉讼的说法（如“受理依申请公开0件”“未发生行政复议”），" \
           "与表三“一、本年新收”总计和表四各组总计核对。"
    why = "正文与表格自相矛盾属于“发布内容不准确”，读者无法判断哪个数字是真的。"
    basis = "《条例》第四十七条、第五十条；国办公开办函〔2021〕30号。"
    example = "总体情况写“全年受理政府信息公开申请3件”，表三“一、本年新收”总计为2。"
    fix = "核对原始台账，使正文与表格一致。"

    def check(self, ctx):
        values = _table_values(ctx.bound)
        if not values:
            return
        seen = set()
        for section in ctx.bound.sections:
            for p in section.paragraphs:
                kinds = [k for k in values if _KEYWORD[k] in p.text]
                if not kinds:
                    continue
                text = unicodedata.normalize("NFKC", p.text)
                sentences = _sentences(text)
                for kind, pattern in _CLAIMS:
                    if kind not in kinds:
                        continue
                    for m in _matches(kind, pattern, text, sentences):
                        claimed = _value(m.group(1)) if pattern.groups and m.group(1) else 0
                        expected, cells = values[kind]
                        if Decimal(claimed) == expected or (kind, p.span.start) in seen:
                            continue
                        seen.add((kind, p.span.start))
                        span = p.span
                        if len(text) == len(p.text):  # NFKC kept the offsets: point at the words
                            span = Span(p.span.line, p.span.column + m.start(), p.span.line,
                                        p.span.column + m.end(), p.span.start + m.start(), p.span.start + m.end())
                        zh, en, where = _NAMES[kind]
                        yield ctx.diag(
                            self, span,
                            f"正文“{m.group(0)}”（{zh} {claimed}）与{where} {expected} 不一致",
                            f"The text “{m.group(0)}” ({en}: {claimed}) contradicts the tables ({expected})",
                            location=ctx.cell_location(cells[0]),
                            related=[Related(where, c.span, ctx.cell_location(c)) for c in cells],
                            data={"found": claimed, "expected": str(expected)})


@hookimpl
def govlint_rules():
    return [NarrativeMismatch]
