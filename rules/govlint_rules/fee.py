"""F: the statement on 信息处理费 that section 六 must carry (2021 format)."""
from __future__ import annotations

import re
import unicodedata

from govlint.plugin import Location, Related, Rule, hookimpl

#: a sentence about the fee: names 信息处理费 (or 信息公开处理费), or says fees were (not) charged
FEE = re.compile(r"处理费|(?:收取|收缴)[^。；;]{0,8}?费|(?:不|未|免)收费|免费")
_NEG = re.compile(r"(未|没有|无|不|免|均未|尚未|零)[^。；;]{0,20}?(?:处理费|费用|收费)|处理费[^。；;]{0,12}?(为?\s*[0０零]\s*(元|万元)?(?![\d.])|为零|均为0)")
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(万元|元)")


def _sentences(text: str):
    for m in re.finditer(r"[^。；;\n]+", text):
        yield m.start(), m.group()


def fee_sentences(section):
    """(paragraph, offset in it, sentence) for each sentence of the section that names the fee."""
    for p in section.paragraphs:
        for start, s in _sentences(p.text):
            if FEE.search(s):
                yield p, start, s


def classify(sentence: str) -> str:
    """"none" (no fee collected), "collected", or "unclear"."""
    s = unicodedata.normalize("NFKC", sentence).strip()
    if _NEG.search(s):
        return "none"
    if s.endswith(("情况", "情况如下")):
        return "unclear"  # a heading ("（三）信息处理费收取情况"), not a statement
    if re.search(r"收取|收费|收缴", s):
        return "collected"
    return "unclear"


class FeeStatementMissing(Rule):
    code = "F401"
    name = "fee-statement-missing"
    severity = "error"
    summary = "第六部分未说明信息处理费的收取情况"
    summary_en = "Section 六 does not state whether 信息处理费 was collected"
    what = "2021年格式要求在“六、其他需要报告的事项”中专门报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况；" \
           "没有收取也要写明。本规则检查第六部分是否提到信息处理费。"
    why = "格式模板在第六部分印有“收取信息处理费情况在此处报告”；只写“无”等于漏报。"
    basis = "国办公开办函〔2021〕30号，第六部分；国办函〔2020〕109号《政府信息公开信息处理费管理办法》。"
    example = "六、其他需要报告的事项\n无"
    fix = "写明收取情况，例如“本年度未收取信息处理费。”，或“本年度共收取信息处理费××元。”"

    def check(self, ctx):
        if not ctx.bound.format.fee_statement_required:
            return
        section = ctx.bound.section(6)
        if section is None:
            return  # S101 reports the missing section
        if any(True for _ in fee_sentences(section)):
            return
        elsewhere = [p for s in ctx.bound.sections if s is not section for p in s.paragraphs
                     if FEE.search(p.text)]
        related = [Related("信息处理费在此处提到" if ctx.lang != "en" else "the fee is mentioned here", p.span)
                   for p in elsewhere[:3]]
        label = ctx.section_label(6)
        body = section.paragraphs[0].text.strip() if section.paragraphs else ""
        found = f"（该部分内容为“{body[:20]}{'…' if len(body) > 20 else ''}”）" if body else "（该部分没有内容）"
        found_en = f" (it reads “{body[:20]}{'…' if len(body) > 20 else ''}”)" if body else " (it is empty)"
        yield ctx.diag(self, section.section.span,
                       f"“{label}”没有说明信息处理费的收取情况{found}；未收取也应写明“本年度未收取信息处理费”",
                       f"“{label}” does not state whether 信息处理费 was collected{found_en}; if none was, "
                       f"say so (“本年度未收取信息处理费”)",
                       location=Location(section=label), related=related,
                       data={"found": body[:200], "expected": "本年度未收取信息处理费 / 收取信息处理费××元"})


class FeeStatementInconsistent(Rule):
    code = "F402"
    name = "fee-statement-inconsistent"
    severity = "warning"
    summary = "信息处理费说明称已收费但没有金额，或与表三矛盾"
    summary_en = "The fee statement says fees were collected but gives no amount, or contradicts 表三"
    what = "第六部分说明收取了信息处理费时，检查是否写明金额；并与表三核对：本年没有任何申请（新收和上年结转均为0）却收取了费用，自相矛盾。"
    why = "信息处理费只能针对依申请公开收取，且须公开收取情况；没有金额或没有申请而收费的说明不可信。"
    basis = "国办函〔2020〕109号《政府信息公开信息处理费管理办法》；国办公开办函〔2021〕30号第六部分。"
    example = "“本年度依法收取信息处理费。”（没有金额），而表三“一、本年新收”总计为0。"
    fix = "写明收取金额，或更正为“本年度未收取信息处理费”；核对表三的申请数。"

    def check(self, ctx):
        section = ctx.bound.section(6)
        if section is None:
            return
        t3 = ctx.bound.tables.get("表三")
        applications = None
        if t3 is not None and t3.present:
            cells = [t3.cell("new", "total"), t3.cell("carry", "total")]
            if all(c is not None and c.ok for c in cells):
                applications = sum(c.value for c in cells)
        for p, start, s in fee_sentences(section):
            if classify(s) != "collected":
                continue
            amounts = _AMOUNT.findall(unicodedata.normalize("NFKC", s))
            span = p.span
            if not amounts:
                yield ctx.diag(self, span, f"第六部分称收取了信息处理费，但没有写明金额：“{s.strip()}”",
                               f"Section 六 says 信息处理费 was collected but gives no amount: “{s.strip()}”",
                               location=Location(section=ctx.section_label(6)),
                               data={"found": s.strip(), "expected": "an amount in 元"})
            elif applications == 0 and any(float(a) > 0 for a, _ in amounts):
                yield ctx.diag(self, span,
                               f"第六部分称收取了信息处理费（{amounts[0][0]}{amounts[0][1]}），但表三本年新收和上年结转申请均为0",
                               f"Section 六 reports 信息处理费 of {amounts[0][0]}{amounts[0][1]}, but 表三 has no "
                               f"applications (new and carried over are 0)",
                               location=Location(section=ctx.section_label(6)),
                               related=[Related("表三 一、本年新收 总计", t3.cell("new", "total").span,
                                                ctx.cell_location(t3.cell("new", "total")))],
                               data={"found": amounts[0][0], "expected": "0"})


@hookimpl
def govlint_rules():
    return [FeeStatementMissing, FeeStatementInconsistent]
