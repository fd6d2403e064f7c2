"""A: the 勾稽关系. The relations are data in the format; one engine checks them all."""
from __future__ import annotations

from decimal import Decimal
from typing import List

from govlint.plugin import Context, Instance, Related, Rule, failures, hookimpl


def _num(v: Decimal) -> str:
    return format(v.normalize(), "f") if v == v.to_integral_value() else format(v, "f")


def _short(label: str) -> str:
    """表三's long row labels shortened for an expression: "（二）部分公开（区分…）" → "（二）部分公开"."""
    cut = label.find("（", 1)
    return label[:cut] if cut > 2 else label


class _RelationRule(Rule):
    severity = "error"

    def _names(self, ctx: Context, inst: Instance, cells) -> List[str]:
        out = []
        for c in cells:
            loc = ctx.cell_location(c)
            if inst.relation.over == "rows":
                name = loc.column or c.column
            else:
                name = _short(loc.row or c.row) if inst.relation.over == "columns" else (loc.column or c.column)
            out.append(name)
        return out

    def _side(self, ctx, inst, cells, lang) -> str:
        names = self._names(ctx, inst, cells)
        if len(cells) == 1:
            return names[0]
        if len(cells) > 8:
            nonzero = [f"{n}({_num(c.value)})" for n, c in zip(names, cells) if c.value]
            listed = " + ".join(nonzero) if nonzero else ("all 0" if lang == "en" else "均为0")
            return (f"sum of {len(cells)} rows [{listed}]" if lang == "en"
                    else f"{len(cells)}项之和［{listed}］")
        return " + ".join(f"{n}({_num(c.value)})" for n, c in zip(names, cells))

    def _where(self, ctx: Context, inst: Instance, lang: str) -> str:
        table = inst.relation.table
        first = inst.left[0]
        loc = ctx.cell_location(first)
        if inst.relation.over == "columns":
            return f"{table} column “{loc.column}”" if lang == "en" else f"{table}“{loc.column}”列"
        if inst.relation.over == "rows":
            return f"{table} row “{_short(loc.row)}”" if lang == "en" else f"{table}“{_short(loc.row)}”行"
        group = inst.relation.text.split("：")[0] if "：" in inst.relation.text else ""
        return f"{table} {inst.relation.text_en.split(':')[0]}" if lang == "en" else f"{table}“{group}”"

    def check(self, ctx):
        for inst in failures(ctx.bound, self.code):
            total = inst.left[0] if len(inst.left) == 1 else (inst.right[0] if len(inst.right) == 1 else inst.left[0])
            ls, rs = inst.left_sum, inst.right_sum
            diff = ls - rs
            zh = (f"{self._where(ctx, inst, 'zh')}勾稽关系不成立：{self._side(ctx, inst, inst.left, 'zh')} = {_num(ls)}，"
                  f"而 {self._side(ctx, inst, inst.right, 'zh')} = {_num(rs)}，相差 {_num(diff)}"
                  f"（应满足：{inst.relation.text}）")
            en = (f"{self._where(ctx, inst, 'en')} does not add up: {self._side(ctx, inst, inst.left, 'en')} = "
                  f"{_num(ls)}, but {self._side(ctx, inst, inst.right, 'en')} = {_num(rs)}, a difference of "
                  f"{_num(diff)} (expected: {inst.relation.text_en})")
            cells = inst.left + inst.right
            related = [Related(f"{n} = {c.text}", c.span, ctx.cell_location(c))
                       for n, c in zip(self._names(ctx, inst, cells), cells)]
            yield ctx.diag(self, total.span, zh, en, location=ctx.cell_location(total), related=related,
                           data={"relation": inst.relation.id, "left": _num(ls), "right": _num(rs),
                                 "difference": _num(diff),
                                 "found": _num(total.value),
                                 "expected": _num(rs if total in inst.left else ls),
                                 "cells": [f"{c.row}.{c.column}" for c in cells]})


class Balance(_RelationRule):
    code = "A301"
    name = "balance"
    summary = "表三某列：一 + 二 ≠ （七）总计 + 四"
    summary_en = "表三, per column: new + carried over ≠ total handled + carried forward"
    what = "对表三的每一列，检查“一、本年新收”与“二、上年结转”之和是否等于“（七）总计”与“四、结转下年度继续办理”之和。"
    why = "这是表格本身注明的勾稽关系（“第一项加第二项之和，等于第三项加第四项之和”）；不成立说明有申请被漏统计或重复统计。"
    basis = "国办公开办函〔2021〕30号，表三左上角的说明。"
    example = "自然人列：一=5，二=1，（七）总计=4，四=1：5+1=6 ≠ 4+1=5。"
    fix = "逐项核对该列的收件、结转和办理结果，使两边相等。"


class ResultTotal(_RelationRule):
    code = "A302"
    name = "result-total"
    summary = "表三某列：（七）总计 ≠ 各项办理结果之和"
    summary_en = "表三, per column: （七）总计 ≠ the sum of all result rows"
    what = "对表三的每一列，检查“（七）总计”是否等于（一）予以公开、（二）部分公开和（三）至（六）各分项之和。"
    why = "总计应是全部办理结果的合计；不等说明漏填了某项结果或总计算错。"
    basis = "国办公开办函〔2021〕30号，表三“三、本年度办理结果”的结构。"
    example = "（一）=3，（二）=1，其余为0，但（七）总计填了5。"
    fix = "重新合计各项办理结果，或补填漏掉的分项。"


class RowTotal(_RelationRule):
    code = "A303"
    name = "row-total"
    summary = "表三某行：总计 ≠ 六类申请人之和"
    summary_en = "表三, per row: 总计 ≠ the sum of the six applicant columns"
    what = "对表三的每一行，检查“总计”列是否等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。"
    why = "总计列是按申请人类型的合计；不等通常是某一类申请人漏填或总计抄错。"
    basis = "国办公开办函〔2021〕30号，表三“申请人情况”的结构。"
    example = "“一、本年新收”行：自然人=3，商业企业=1，其余为0，总计填了3。"
    fix = "重新合计该行六类申请人的数字。"


class ReviewLitigationTotal(_RelationRule):
    code = "A304"
    name = "review-litigation-total"
    summary = "表四某组：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结"
    summary_en = "表四, per group: total ≠ upheld + corrected + other + pending"
    what = "对表四的行政复议、未经复议直接起诉、复议后起诉三组，检查每组“总计”是否等于结果维持、结果纠正、其他结果、尚未审结之和。"
    why = "每一起复议或诉讼都必须归入一种结果（或尚未审结）；不等说明有案件漏统计。"
    basis = "国办公开办函〔2021〕30号，表四。"
    example = "行政复议：结果维持=1，结果纠正=1，其他=0，尚未审结=0，总计填了1。"
    fix = "重新合计该组四项结果。"


class ActiveDisclosure(Rule):
    code = "A305"
    name = "active-disclosure"
    severity = "warning"
    summary = "表二：现行有效件数 < 本年制发件数 − 本年废止件数"
    summary_en = "表二: in force < issued this year − repealed this year"
    what = "对表二的规章和行政规范性文件，检查现行有效件数是否不少于本年制发件数减本年废止件数。"
    why = "本年新制发且未废止的文件一般仍现行有效；现行有效件数更少，通常说明填反了列或漏计了文件。" \
          "（文件也可能因到期自然失效，所以只作警告。）"
    basis = "国办公开办函〔2021〕30号，表二第二十条第（一）项。"
    example = "行政规范性文件：本年制发 5，本年废止 0，现行有效 3。"
    fix = "核对现行有效件数；如确有到期失效的文件，可在正文说明。"

    def check(self, ctx):
        table = ctx.bound.tables.get("表二")
        if table is None:
            return
        if any(n.table == "表二" and n.kind == "outdated" and n.column for n in ctx.bound.notes):
            return  # columns of another format: the numbers do not mean what this rule compares
        for row_key in ("rules", "normative"):
            made = table.cell(row_key, "made")
            repealed = table.cell(row_key, "repealed")
            valid = table.cell(row_key, "valid")
            if not all(c is not None and c.ok for c in (made, repealed, valid)):
                continue
            floor = made.value - repealed.value
            if valid.value < floor:
                loc = ctx.cell_location(valid)
                yield ctx.diag(
                    self, valid.span,
                    f"表二“{loc.row}”行：现行有效件数 {_num(valid.value)} 小于 本年制发件数 {_num(made.value)} − "
                    f"本年废止件数 {_num(repealed.value)} = {_num(floor)}",
                    f"表二 row “{loc.row}”: in force {_num(valid.value)} is less than issued {_num(made.value)} − "
                    f"repealed {_num(repealed.value)} = {_num(floor)}",
                    location=loc,
                    related=[Related(ctx.cell_location(c).column, c.span, ctx.cell_location(c))
                             for c in (made, repealed, valid)],
                    data={"found": _num(valid.value), "expected": f">= {_num(floor)}"})


@hookimpl
def govlint_rules():
    return [Balance, ResultTotal, RowTotal, ReviewLitigationTotal, ActiveDisclosure]
