"""X: one agency's report against its previous year's (carry-over, 表二 continuity, copied text).

These rules need two reports: they speak only when a report is paired with last year's
(``govlint check`` over a directory or a results store, or ``--previous FILE``; docs/store.md).
"""
from __future__ import annotations

import re
from decimal import Decimal
from difflib import SequenceMatcher
from typing import Dict

from govlint.plugin import BoundCell, Location, PairContext, PairRule, Span, hookimpl

T3_COLUMNS = ("natural", "business", "research", "public_interest", "legal", "other", "total")


def _n(d) -> str:
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


class CarryOver(PairRule):
    code = "X801"
    name = "carry-over-mismatch"
    severity = "error"
    summary = "本年“二、上年结转”与上年报告“四、结转下年度继续办理”不一致"
    summary_en = "This year's 二、上年结转 differs from last year's 四、结转下年度继续办理"
    what = "把本年报告表三“二、上年结转政府信息公开申请数量”的每一列，与同一机关上一年度报告表三" \
           "“四、结转下年度继续办理”的同一列比较；两个单元格都填了数字且不相等时报告。只在找到上年报告时检查。"
    why = "上年结转到本年继续办理的申请，就是本年的上年结转；两者不一致，说明有申请在年度之间“丢失”或被重复计算。"
    basis = "国办公开办函〔2021〕30号（表三的勾稽关系）；《条例》第五十条。"
    example = "2023年报告“四、结转下年度继续办理·总计”为2，2024年报告“二、上年结转政府信息公开申请数量·总计”为1。"
    fix = "核对上年结转的申请，使本年“上年结转”与上年“结转下年度继续办理”一致；上年报告有误的，在本年报告中说明。"
    rows = (("表三", "carry"), ("表三", "next"))

    def check_pair(self, ctx: PairContext):
        for col in T3_COLUMNS:
            now = ctx.value("this", "表三", "carry", col)
            before = ctx.value("last", "表三", "next", col)
            if now is None or before is None or now.value == before.value:
                continue
            loc = ctx.location("this", "表三", "carry", col)
            last_loc = ctx.location("last", "表三", "next", col)
            yield ctx.diag(
                self, now.span,
                f"二、上年结转（{loc.column}）为{_n(now.value)}，与上年报告 {ctx.last_path} 的四、结转下年度继续办理"
                f"（{loc.column}）{_n(before.value)}不一致",
                f"二、上年结转 ({loc.column}) is {_n(now.value)}, but last year's report {ctx.last_path} carried "
                f"{_n(before.value)} over (四、结转下年度继续办理, {loc.column})",
                location=loc,
                related=[ctx.related(before.span, f"上年报告 {ctx.last_path}：{last_loc.describe('zh')} = {_n(before.value)}",
                                     f"last year's report {ctx.last_path}: {last_loc.describe('en')} = {_n(before.value)}",
                                     last_loc)],
                data={"found": _n(now.value), "expected": _n(before.value)})


class InForceContinuity(PairRule):
    code = "X802"
    name = "in-force-continuity"
    severity = "warning"
    summary = "表二现行有效件数多于上年现行有效件数加本年制发、减本年废止"
    summary_en = "表二's 现行有效件数 is more than last year's plus 本年制发 minus 本年废止"
    what = "对表二的规章、行政规范性文件，检查本年“现行有效件数”是否多于上年报告的“现行有效件数”加本年" \
           "“本年制发件数”、减本年“本年废止件数”；四个单元格都填了数字时才比较。只在找到上年报告时检查。" \
           "少于这个数不报告：文件也会因有效期届满而失效，失效不计入“本年废止件数”。" \
           "本年废止的比上年现行有效的加本年制发的还多时，任何现行有效件数都对不上，报告指向“本年废止件数”。"
    why = "现行有效的文件只因制发而增加；比上年现行有效的加本年制发的还多，说明某一年的件数统计有误，或口径前后不一。"
    basis = "国办公开办函〔2021〕30号（表二）；《条例》第二十条。"
    example = "2023年行政规范性文件现行有效10件；2024年制发3件、废止1件，现行有效却填12件以外的数。"
    fix = "核对现行有效的文件清单；确因清理、口径调整而不同的，在报告中说明。"
    rows = (("表二", "rules"), ("表二", "normative"))

    def check_pair(self, ctx: PairContext):
        for row in ("rules", "normative"):
            valid = ctx.value("this", "表二", row, "valid")
            made = ctx.value("this", "表二", row, "made")
            repealed = ctx.value("this", "表二", row, "repealed")
            before = ctx.value("last", "表二", row, "valid")
            if None in (valid, made, repealed, before):
                continue
            expected = before.value + made.value - repealed.value
            if valid.value <= expected:
                continue  # (fewer: documents also lapse when their term ends, which is not 废止)
            last_loc = ctx.location("last", "表二", row, "valid")
            if expected < 0:  # more repealed than there were: no count of 现行有效 can follow, the 废止 figure is the odd one
                loc = ctx.location("this", "表二", row, "repealed")
                label = loc.row or row
                at, found, want = repealed.span, _n(repealed.value), f"≤{_n(before.value + made.value)}"
                zh = (f"{label}本年废止件数为{_n(repealed.value)}，多于上年报告 {ctx.last_path} 的现行有效{_n(before.value)}件"
                      f"加本年制发{_n(made.value)}件（共{_n(before.value + made.value)}件）")
                en = (f"{label}: 本年废止件数 is {_n(repealed.value)}, more than last year's {_n(before.value)} in force "
                      f"({ctx.last_path}) plus {_n(made.value)} made ({_n(before.value + made.value)})")
            else:
                loc = ctx.location("this", "表二", row, "valid")
                label = loc.row or row
                at, found, want = valid.span, _n(valid.value), _n(expected)
                zh = (f"{label}现行有效件数为{_n(valid.value)}，按上年报告 {ctx.last_path} 的{_n(before.value)}件加本年制发"
                      f"{_n(made.value)}件、减本年废止{_n(repealed.value)}件，应为{_n(expected)}")
                en = (f"{label}: 现行有效件数 is {_n(valid.value)}; last year's {_n(before.value)} ({ctx.last_path}) plus "
                      f"{_n(made.value)} made minus {_n(repealed.value)} repealed is {_n(expected)}")
            yield ctx.diag(
                self, at, zh, en,
                location=loc,
                related=[ctx.related(before.span, f"上年报告 {ctx.last_path}：{last_loc.describe('zh')} = {_n(before.value)}",
                                     f"last year's report {ctx.last_path}: {last_loc.describe('en')} = {_n(before.value)}",
                                     last_loc)],
                data={"found": found, "expected": want})


def _rows_of(cells: Dict[tuple, BoundCell]) -> set:
    return {k[1] for k in cells}


def _one_other(cells: Dict[tuple, BoundCell]) -> Dict[tuple, BoundCell]:
    """表三 with 2021's （六）其他处理 1–3 as the 2019 trial format's one row （六）其他处理 (their sum,
    column by column), so a 2021 table copied from a 2020 report compares cell by cell."""
    subs: Dict[tuple, list] = {}
    out: Dict[tuple, BoundCell] = {}
    for k, c in cells.items():
        if k[1].startswith("other_"):
            subs.setdefault((k[0], "other", k[2]), []).append(c)
        else:
            out[k] = c
    for k, parts in subs.items():
        if len(parts) == 3:  # every sub-item filled in this column
            out[k] = BoundCell(k[0], k[1], k[2], parts[0].state, sum(c.value for c in parts), "", parts[0].span)
    return out


class IdenticalTable(PairRule):
    code = "X804"
    name = "identical-table"
    severity = "warning"
    summary = "表三的全部数字与上年报告相同"
    summary_en = "Every number of 表三 is the same as last year's"
    what = "比较本年和上年报告表三的每个单元格：两份报告都至少填了20个数字、不全为0，本年新收申请不少于 `min_cases`" \
           "（默认10）件，且本年每个填了数字的单元格都与上年同一单元格相等（两年填数的单元格也相同）时报告。" \
           "只在找到上年报告时检查。申请很少的机关（每年一两件、都予以公开）两年的表三可能确实相同，不报告。"
    why = "每年收到和办理的申请不同，表三一个数字都不变几乎不可能，通常是照抄了上年的表格，属于“年年雷同”。"
    basis = "国办公开办函〔2021〕30号；《条例》第五十条。"
    example = "2024年报告的表三与2023年报告的表三完全相同。"
    fix = "按本年度实际收到和办理的申请重新填写表三。"
    rows = (("表三", "*"),)

    def check_pair(self, ctx: PairContext):
        now = {k: c for k, c in ctx.cells("this").items() if k[0] == "表三" and c.state == "value" and c.value is not None}
        before = {k: c for k, c in ctx.cells("last").items() if k[0] == "表三" and c.state == "value"
                  and c.value is not None}
        if _rows_of(now) != _rows_of(before):  # one year on the 2019 trial format, one on 2021's
            now, before = _one_other(now), _one_other(before)
        if len(now) < 20 or set(now) != set(before) or not any(c.value for c in now.values()):
            return
        new = now.get(("表三", "new", "total"))
        if new is None or new.value < Decimal(str(ctx.options.get("min_cases", 10))):
            return  # a handful of applications (one from a citizen, disclosed, both years) may well repeat
        if any(now[k].value != before[k].value for k in now):
            return
        first = min(now.values(), key=lambda c: (c.span.line, c.span.column) if c.span else (0, 0))
        last_first = before[(first.table, first.row, first.column)]
        loc = Location(ctx.section_label("this", 3), "表三")
        yield ctx.diag(
            self, first.span,
            f"表三的全部{len(now)}个数字与上年报告 {ctx.last_path} 的表三相同",
            f"Every one of 表三's {len(now)} numbers is the same as in last year's report {ctx.last_path}",
            location=loc,
            related=[ctx.related(last_first.span, f"上年报告 {ctx.last_path} 的表三", f"表三 of last year's report {ctx.last_path}",
                                 Location(ctx.section_label("last", 3), "表三"))],
            data={"cells": len(now)})


class ImplausibleJump(PairRule):
    code = "X805"
    name = "implausible-jump"
    severity = "note"
    summary = "本年新收申请总数与上年相比变化过大"
    summary_en = "The applications received changed implausibly from last year"
    what = "比较本年和上年报告表三“一、本年新收政府信息公开申请数量·总计”：两年中较大的一个不少于 `min_cases`" \
           "（默认20）件，且两者之比超过 `factor`（默认10）倍（或其中一年为0）时提示。只在找到上年报告时检查。" \
           "较多的一年在表三“（五）不予处理”中记有“重复申请”“无正当理由大量反复申请”时，先减去这些申请：" \
           "余下的变化不超过倍数（或余下不足 `min_cases` 件），说明变化来自个别申请人反复申请，不提示。"
    why = "申请数量年年有起伏，但一下变化十倍以上，多半是填错了数位、单位，或把别的数字填进了这一格，值得核对。"
    basis = "国办公开办函〔2021〕30号（表三）。"
    example = "2023年新收申请13件，2024年新收申请193件。"
    fix = "核对本年新收申请的件数；确实如此的，可在总体情况中说明原因。"
    rows = (("表三", "new"), ("表三", "noproc_2"), ("表三", "noproc_4"))

    def check_pair(self, ctx: PairContext):
        factor = Decimal(str(ctx.options.get("factor", 10)))
        min_cases = Decimal(str(ctx.options.get("min_cases", 20)))
        now = ctx.value("this", "表三", "new", "total")
        before = ctx.value("last", "表三", "new", "total")
        if now is None or before is None or max(now.value, before.value) < min_cases:
            return
        lo, hi = sorted((now.value, before.value))
        if lo != 0 and hi / lo <= factor:
            return
        # the year with more applications may account for the jump itself: applications refused as
        # 重复申请 or 无正当理由大量反复申请 (one applicant filing the same request many times) are
        # counted among the new ones; without them the change may be within the factor
        more = "this" if now.value >= before.value else "last"
        repeats = sum((c.value for c in (ctx.value(more, "表三", row, "total") for row in ("noproc_2", "noproc_4"))
                       if c is not None), Decimal(0))
        rest = hi - repeats
        if repeats and rest >= 0 and (rest < min_cases or (lo != 0 and rest / lo <= factor)):
            return
        loc = ctx.location("this", "表三", "new", "total")
        last_loc = ctx.location("last", "表三", "new", "total")
        f = _n(factor)
        yield ctx.diag(
            self, now.span,
            f"一、本年新收政府信息公开申请数量（总计）从上年报告 {ctx.last_path} 的{_n(before.value)}件变为{_n(now.value)}件，"
            f"变化超过{f}倍，请核对",
            f"一、本年新收 (总计) went from {_n(before.value)} in last year's report {ctx.last_path} to "
            f"{_n(now.value)}, a change of more than {f}×: check it",
            location=loc,
            related=[ctx.related(before.span, f"上年报告 {ctx.last_path}：{last_loc.describe('zh')} = {_n(before.value)}",
                                 f"last year's report {ctx.last_path}: {last_loc.describe('en')} = {_n(before.value)}",
                                 last_loc)],
            data={"found": _n(now.value), "previous": ctx.last_path, "was": _n(before.value)})


#: a year (2024年, 二〇二四年, ２０２４年度) or a word for one (本年、今年、当年、上年、去年、上一年、明年、下一年度):
#: masked alike, so that a section copied with its year changed, or with 本年 said 今年 or 2024年, is
#: still a copy (and a sentence that differs from last year's only so is no new text)
_YEARS = re.compile(r"(?:(?<![0-9０-９])(?:19|20|１９|２０)[0-9０-９]{2}|[〇○零一二三四五六七八九]{4}"
                    r"|(?:本|今|当|上|去|明|来|次|前|下)一?)\s*年度?")
_SPACE = re.compile(r"\s+")
#: what a year is read as: one shape for every year and every word for one (年度 as 年)
_YEAR_MASK = "0000年"


def _flatten(paragraphs):
    """The section's text with its years masked (a year changed is still a copy; the other figures
    are the year's own: a one-sentence summary whose every figure changed is not a copy), for
    each character its (line, column) in the file, and whether it stands for one of the file's
    (a word for the year, 本年, is one or two characters read as the four of a year's mask)."""
    chars, where, real = [], [], []
    for text, pos in paragraphs:
        if not pos:
            continue
        one_line = pos[0] == pos[2] and "\n" not in text
        years = {m.start(): m.end() for m in _YEARS.finditer(text)}

        def at(i, pos=pos, one_line=one_line):
            return (pos[0], pos[1] + i) if one_line else (pos[0], pos[1])
        i = 0
        while i < len(text):
            if i in years:  # (each character of the mask at one of the year's, the last for the rest)
                chars.append(_YEAR_MASK)
                where.extend(at(min(i + k, years[i] - 1)) for k in range(len(_YEAR_MASK)))
                n = len(_SPACE.sub("", text[i:years[i]]))  # (the mask counts the year's characters: 本年 2, 2024年度 6)
                real.extend([1] * min(n, 4) + [0] * (4 - min(n, 4)) + [max(n - 4, 0)])
                i = years[i]
                continue
            if not text[i].isspace():
                chars.append(text[i])
                where.append(at(i))
                real.append(1)
            i += 1
    return "".join(chars), where, real


def shingles(text: str, k: int):
    return {text[i:i + k] for i in range(max(1, len(text) - k + 1))}


def similarity(a: str, b: str, k: int = 5) -> float:
    """Jaccard similarity of the two texts' character k-shingles."""
    sa, sb = shingles(a, k), shingles(b, k)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


class CopiedText(PairRule):
    code = "X803"
    name = "copied-section"
    severity = "warning"
    summary = "某一部分的文字与上年报告几乎相同（年年雷同）"
    summary_en = "A section's text is nearly the same as last year's"
    what = "把本年报告的第一部分（总体情况）和第五部分（存在的主要问题及改进情况）与上年报告的同一部分比较：" \
           "去掉空白、把年份和指称年份的词（“2024年”“2024年度”“本年”“今年”“上年”“去年”“明年”“下一年度”等）一律看作相同后（其他数字照原样比较：只有年份或“本年”改作“今年”的照抄仍是照抄，而各项数字都已更新的一句话概述不是），按5字的字符片段（shingle）计算相似度（Jaccard），达到阈值" \
           "（默认0.9，`[options.X803] threshold`）时报告，并给出最长的相同段落在两份报告中的位置。少于" \
           "`min_chars`（默认40）字的部分不比较。检查哪些部分由 `sections` 设定（默认 [1, 5]）。" \
           "部分中机关自己的表格（如第五部分写成“序号 | 存在问题 | 整改措施 | 完成时限”的表格）按行与正文一起比较。"
    why = "国办公开办函〔2021〕30号要求年度报告如实反映本年度工作，“年年雷同”、照抄往年是被点名通报的问题。"
    basis = "国办公开办函〔2021〕30号；《条例》第五十条。"
    example = "2024年报告“五、存在的主要问题及改进情况”与2023年报告一字不差，只改了年份。"
    fix = "按本年度的实际情况重写该部分：写明本年新发现的问题、上年问题的整改结果和下一步措施。"

    def sections(self, options):
        return tuple(options.get("sections", [1, 5]))

    def check_pair(self, ctx: PairContext):
        opts = ctx.options
        threshold = float(opts.get("threshold", 0.9))
        min_chars = int(opts.get("min_chars", 40))
        for number in opts.get("sections", [1, 5]):
            now = ctx.this.get("sections", {}).get(str(number))
            before = ctx.last.get("sections", {}).get(str(number))
            if not now or not before:
                continue
            a, wa, real = _flatten(now)
            b, wb, real_b = _flatten(before)
            if sum(real) < min_chars or sum(real_b) < min_chars:
                continue
            sim = similarity(a, b)
            if sim < threshold:
                continue
            m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
            (la, ca), (lb, cb) = wa[m.a], wb[m.b]
            (ea, eca), (eb, ecb) = wa[m.a + m.size - 1], wb[m.b + m.size - 1]
            size = sum(real[m.a:m.a + m.size])  # (the file's characters, not the masks')
            label = ctx.section_label("this", number)
            pct = f"{sim * 100:.0f}%"
            loc = Location(label)
            yield ctx.diag(
                self, Span(la, ca, ea, eca + 1, 0, 0),
                f"“{label}”与上年报告 {ctx.last_path} 的同一部分相似度为{pct}；最长的相同段落共{size}字，"
                f"在本报告第{la}行第{ca}列、上年报告第{lb}行第{cb}列",
                f"“{label}” is {pct} similar to the same section of last year's report {ctx.last_path}; the longest "
                f"shared passage ({size} characters) is at line {la}, column {ca} here and line {lb}, column {cb} there",
                location=loc,
                related=[ctx.related(Span(lb, cb, eb, ecb + 1, 0, 0),
                                     f"上年报告 {ctx.last_path} 第{lb}行：相同段落",
                                     f"last year's report {ctx.last_path}, line {lb}: the shared passage", loc)],
                data={"similarity": round(sim, 4), "previous_line": lb, "previous_column": cb, "shared": size})


@hookimpl
def govlint_rules():
    return [CarryOver, InForceContinuity, CopiedText, IdenticalTable, ImplausibleJump]


@hookimpl
def govlint_options():
    return {"X803": {"threshold": 0.9, "min_chars": 40, "sections": [1, 5]},
            "X804": {"min_cases": 10}, "X805": {"factor": 10, "min_cases": 20}}
