"""A: the 勾稽关系. The relations are data in the format; one engine checks them all."""
from __future__ import annotations

from decimal import Decimal
from typing import Callable, List, Sequence

from govlint.plugin import Context, Instance, Related, Rule, ZeroTotal, findings, hookimpl


def _num(v: Decimal) -> str:
    return format(v.normalize(), "f") if v == v.to_integral_value() else format(v, "f")


def _short(label: str) -> str:
    """表三's long row labels shortened for an expression: "（二）部分公开（区分…）" → "（二）部分公开"."""
    cut = label.find("（", 1)
    return label[:cut] if cut > 2 else label


def _namer(ctx: Context, inst: Instance) -> Callable:
    """How to name one cell of an instance: by what tells its cells apart. Cells of one row
    (表三 per row, 表四, 表二) by their column, cells of one column (表三 per column) by their
    (shortened) row, others by both."""
    cells = inst.left + inst.right
    one_row = len({c.row for c in cells}) == 1
    one_column = len({c.column for c in cells}) == 1

    def name(c) -> str:
        loc = ctx.cell_location(c)
        if one_row:
            return loc.column or c.column
        row = _short(loc.row or c.row)
        return row if one_column else f"{row}·{loc.column or c.column}"
    return name


def _terms(parts: Sequence[tuple]) -> str:
    """(weight, text) terms as an expression: "a + b − c", "2×a"; the signs from the weights."""
    out = ""
    for i, (w, text) in enumerate(parts):
        sign = "−" if w < 0 else "+"
        factor = "" if abs(w) == 1 else f"{_num(abs(w))}×"
        if i == 0:
            out = f"{'−' if w < 0 else ''}{factor}{text}"
        else:
            out += f" {sign} {factor}{text}"
    return out


_BELOW = {">=": ("小于", "is less than"), "<=": ("大于", "is greater than")}


class _RelationRule(Rule):
    """Reports the format's relations with this rule's code that do not hold (arith.failures).

    Every word of a message comes from the relation and the format data: where (the column or
    row the instance is for, by its official label, or the relation's ``label``), each cell by
    its official label and value, the sums, and for an identity its ``text``. ``data`` gives
    the relation id, ``op``, both sums, the difference, the value found in the cell pointed at
    and what it should be (``"9"``, or ``">= 2"`` for a bound), every cell as ROW.COLUMN and,
    when the relation weighs a cell other than 1, the weights in the same order.

    A total left at 0 (engine ``findings``/``ZeroTotal``: a total row or column, or 表四's 总计
    cells, all 0 while two or more instances fail) is ONE finding at its first failing total:
    ``data`` has ``kind`` ``"zero-total"``, ``cells`` (the totals that should not be 0),
    ``sums`` (what each should be) and ``relations`` (each one's relation), ``found``/``expected``
    for the cell pointed at; those totals are its related locations. When those zeros agree with the
    table's other relations (``ZeroTotal.agreeing``: 表三's 一 + 二 = （七）总计 + 四 holds with them), the
    message says so and names the items that are not 0 (by row, or column), which come first among
    the related locations; the data are the same."""

    severity = "error"

    def _where(self, ctx: Context, inst: Instance, lang: str) -> str:
        rel = inst.relation
        table = rel.table
        if rel.over == "columns":
            name = ctx.table_location(table, column=inst.over_key).column or inst.over_key
            return f"{table} column “{name}”" if lang == "en" else f"{table}“{name}”列"
        if rel.over == "rows":
            name = _short(ctx.table_location(table, row=inst.over_key).row or inst.over_key)
            return f"{table} row “{name}”" if lang == "en" else f"{table}“{name}”行"
        label = rel.label_en if lang == "en" else rel.label
        if not label:
            return table
        return f"{table} {label}" if lang == "en" else f"{table}“{label}”"

    @staticmethod
    def _side(cells, weights, names: List[str], lang: str) -> str:
        """One side of a failed identity: a lone cell by its name, a long sum by its non-zero
        items, otherwise every item with its value."""
        weights = weights or (1,) * len(cells)
        if len(cells) == 1:
            return _terms([(weights[0], names[0])])
        if len(cells) > 8:
            nonzero = [(w, f"{n}({_num(c.value)})") for n, c, w in zip(names, cells, weights) if c.value]
            listed = _terms(nonzero) if nonzero else ("all 0" if lang == "en" else "均为0")
            return (f"sum of {len(cells)} rows [{listed}]" if lang == "en"
                    else f"{len(cells)}项之和［{listed}］")
        return _terms([(w, f"{n}({_num(c.value)})") for n, c, w in zip(names, cells, weights)])

    @staticmethod
    def _bound_side(cells, weights, names: List[str], total: Decimal) -> str:
        """One side of a crossed bound: each cell with its value, and the sum when there are more."""
        weights = weights or (1,) * len(cells)
        text = _terms([(w, f"{n} {_num(c.value)}") for n, c, w in zip(names, cells, weights)])
        return text if len(cells) == 1 else f"{text} = {_num(total)}"

    def _messages(self, ctx: Context, inst: Instance, names, sums=None) -> tuple:
        rel = inst.relation
        ls, rs = sums or (inst.left_sum, inst.right_sum)
        left, right = names[:len(inst.left)], names[len(inst.left):]
        if rel.op == "=":
            sides = {lang: (self._side(inst.left, inst.left_weights, left, lang),
                            self._side(inst.right, inst.right_weights, right, lang)) for lang in ("zh", "en")}
            zh = (f"{self._where(ctx, inst, 'zh')}勾稽关系不成立：{sides['zh'][0]} = {_num(ls)}，"
                  f"而 {sides['zh'][1]} = {_num(rs)}，相差 {_num(ls - rs)}"
                  + (f"（应满足：{rel.text}）" if rel.text else ""))
            en = (f"{self._where(ctx, inst, 'en')} does not add up: {sides['en'][0]} = {_num(ls)}, but "
                  f"{sides['en'][1]} = {_num(rs)}, a difference of {_num(ls - rs)}"
                  + (f" (expected: {rel.text_en})" if rel.text_en else ""))
            return zh, en
        below_zh, below_en = _BELOW[rel.op]
        lt = self._bound_side(inst.left, inst.left_weights, left, ls)
        rt = self._bound_side(inst.right, inst.right_weights, right, rs)
        return (f"{self._where(ctx, inst, 'zh')}：{lt} {below_zh} {rt}",
                f"{self._where(ctx, inst, 'en')}: {lt} {below_en} {rt}")

    def _zero_total(self, ctx: Context, zt: ZeroTotal):
        """One finding for a total row (column, or 表四's 总计 cells) left at 0 while the items are
        not: where it is, each failing total with the value its relation gives it, the relations'
        texts; the cells as related locations; pointed at the first failing total."""
        table = zt.table
        rows = {c.row for c in zt.totals}
        columns = {c.column for c in zt.totals}
        row = ctx.table_location(table, row=next(iter(rows))).row if len(rows) == 1 else None
        column = ctx.table_location(table, column=next(iter(columns))).column if len(columns) == 1 else None

        def name(c) -> str:
            loc = ctx.cell_location(c)
            if row:
                return loc.column or c.column
            if column:
                return _short(loc.row or c.row)
            return loc.column if len(rows) == 1 and loc.column else f"{_short(loc.row or c.row)}·{loc.column or c.column}"

        if row:
            where_zh, where_en = f"{table}“{_short(row)}”行均为0", f"{table} row “{_short(row)}” is all 0"
        elif column:
            where_zh, where_en = f"{table}“{column}”列均为0", f"{table} column “{column}” is all 0"
        else:
            listed = [name(c) for c in zt.totals]
            where_zh = f"{table}" + "".join(f"“{n}”" for n in listed) + "均为0"
            where_en = f"{table} " + ", ".join(f"“{n}”" for n in listed) + " are all 0"
        should = [inst.expected[1] for inst in zt.failing]
        names = [name(inst.total) for inst in zt.failing]
        each = [f"{n} {_num(v)}" for n, v in zip(names, should)]
        texts = {lang: list(dict.fromkeys(t for t in (i.relation.text if lang == "zh" else i.relation.text_en
                                                       for i in zt.failing) if t)) for lang in ("zh", "en")}
        items: list = []
        if zt.agreeing:
            # the zeros agree with the table's other relation(s): the numbers that break this one are
            # the items', named by their rows (or columns), each with its values — neither side called wrong
            zh, en, items = self._stray_items(ctx, zt, where_zh, where_en, texts, row, column, name)
        else:
            zh = (f"{where_zh}，而按勾稽关系应为：{'，'.join(each)}"
                  + (f"（应满足：{'；'.join(texts['zh'])}）" if texts["zh"] else ""))
            en = (f"{where_en}, but by the relation they should be: {', '.join(each)}"
                  + (f" (expected: {'; '.join(texts['en'])})" if texts["en"] else ""))
        first = zt.failing[0].total
        # (the totals' values beside what their items add up to: "应为" only where the total is the side at fault)
        said = ("，各项之和为 {}", ", its items add up to {}") if zt.agreeing else ("，应为 {}", ", should be {}")
        related = [Related(f"{n} = {c.text}", c.span, ctx.cell_location(c)) for n, c in items] + [
            Related(f"{n} = {i.total.text}" + (said[1] if ctx.lang == "en" else said[0]).format(_num(v)),
                    i.total.span, ctx.cell_location(i.total))
            for n, i, v in zip(names, zt.failing, should)]
        data = {"relation": zt.failing[0].relation.id, "op": "=", "found": _num(first.value),
                "expected": _num(should[0]), "kind": "zero-total",
                "cells": [f"{i.total.row}.{i.total.column}" for i in zt.failing],
                "sums": [_num(v) for v in should],
                "relations": [i.relation.id for i in zt.failing]}
        return ctx.diag(self, first.span, zh, en, location=ctx.cell_location(first), related=related, data=data)

    @staticmethod
    def _stray_items(ctx: Context, zt: ZeroTotal, where_zh: str, where_en: str, texts: dict, row, column,
                     name) -> tuple:
        """The message of a total left at 0 that agrees with the table's other relations
        (:attr:`ZeroTotal.agreeing`: 表三's （七）总计 row at 0 where 一 + 二 = （七）总计 + 四 holds): the zeros
        and the relation they agree with, then the items that are not 0, grouped by their row (a
        total row) or column (a total column), each with its values; and those cells, named."""
        table = zt.table
        cells = []
        for inst in zt.failing:
            total = inst.total
            side = inst.right if any(c is total for c in inst.left) else inst.left
            cells.extend(c for c in side if c.value and c is not total)
        groups: dict = {}
        for c in cells:
            loc = ctx.cell_location(c)
            if row:  # (a total row: the items' rows, each cell by its column)
                key, part = _short(loc.row or c.row), loc.column or c.column
            elif column:
                key, part = loc.column or c.column, _short(loc.row or c.row)
            else:
                key, part = "", name(c)
            groups.setdefault(key, []).append((part, c))
        agree = {lang: list(dict.fromkeys(t for t in (i.relation.text if lang == "zh" else i.relation.text_en
                                                       for i in zt.agreeing) if t)) for lang in ("zh", "en")}
        agree_zh = "、".join(f"“{t}”" for t in agree["zh"]) or "表中其他勾稽关系"
        agree_en = "; ".join(agree["en"]) or "the table's other relations"
        kind_zh, kind_en = ("行", "row") if row else ("列", "column")

        def values(parts, sep):
            return sep.join(f"{p} {_num(c.value)}" for p, c in parts)
        if "" in groups:
            items_zh = f"{values(groups[''], '，')}不为0"
            items_en = f"{values(groups[''], ', ')} are not 0"
        elif len(groups) == 1:
            (g, parts), = groups.items()
            items_zh = f"“{g}”{kind_zh}不为0：{values(parts, '，')}"
            items_en = f"{kind_en} “{g}” is not: {values(parts, ', ')}"
        else:
            items_zh = "、".join(f"“{g}”{kind_zh}（{values(p, '，')}）" for g, p in groups.items()) + "不为0"
            items_en = ", ".join(f"{kind_en} “{g}” ({values(p, ', ')})" for g, p in groups.items()) + " are not"
        zh = (f"{where_zh}，与{agree_zh}相符，而{items_zh}"
              + (f"（应满足：{'；'.join(texts['zh'])}）" if texts["zh"] else ""))
        en = (f"{where_en}, which agrees with {agree_en}, but {items_en}"
              + (f" (expected: {'; '.join(texts['en'])})" if texts["en"] else ""))
        named = [(f"{g}·{p}" if g else p, c) for g, parts in groups.items() for p, c in parts]
        return zh, en, named

    def check(self, ctx):
        for inst in findings(ctx.bound, self.code):
            if isinstance(inst, ZeroTotal):
                yield self._zero_total(ctx, inst)
                continue
            rel = inst.relation
            cells = inst.left + inst.right
            name = _namer(ctx, inst)
            names = [name(c) for c in cells]
            ls, rs = inst.left_sum, inst.right_sum  # (taken once: the messages and data use them)
            zh, en = self._messages(ctx, inst, names, (ls, rs))
            total = inst.total
            op, should = inst.expected_given(ls, rs)
            related = [Related(f"{n} = {c.text}", c.span, ctx.cell_location(c)) for n, c in zip(names, cells)]
            data = {"relation": rel.id, "op": rel.op, "left": _num(ls), "right": _num(rs),
                    "difference": _num(ls - rs), "found": _num(total.value),
                    "expected": _num(should) if op == "=" else f"{op} {_num(should)}",
                    "cells": [f"{c.row}.{c.column}" for c in cells]}
            weights = inst.weights()
            if any(w != 1 for w in weights):
                data["weights"] = [_num(w) for w in weights]
            yield ctx.diag(self, total.span, zh, en, location=ctx.cell_location(total), related=related,
                           data=data)


class Balance(_RelationRule):
    code = "A301"
    name = "balance"
    summary = "表三某列：一 + 二 ≠ （七）总计 + 四"
    summary_en = "表三, per column: new + carried over ≠ total handled + carried forward"
    what = "对表三的每一列，检查“一、本年新收”与“二、上年结转”之和是否等于“（七）总计”与“四、结转下年度继续办理”之和。" \
           "“（七）总计”整行填了0而办理结果有数字时（合计行漏填），由A302报告一次；本条只报告把应有的合计代入后仍不成立的列。"
    why = "这是表格本身注明的勾稽关系（“第一项加第二项之和，等于第三项加第四项之和”）；不成立说明有申请被漏统计或重复统计。"
    basis = "国办公开办函〔2021〕30号，表三左上角的说明。"
    example = "自然人列：一=5，二=1，（七）总计=4，四=1：5+1=6 ≠ 4+1=5。"
    fix = "逐项核对该列的收件、结转和办理结果，使两边相等。"


class ResultTotal(_RelationRule):
    code = "A302"
    name = "result-total"
    summary = "表三某列：（七）总计 ≠ 各项办理结果之和"
    summary_en = "表三, per column: （七）总计 ≠ the sum of all result rows"
    what = "对表三的每一列，检查“（七）总计”是否等于（一）予以公开、（二）部分公开和（三）至（六）各分项之和。" \
           "“（七）总计”整行都是0而两列以上的办理结果不为0时（合计行漏填），只报告一条，列出每列应有的合计；" \
           "这一行的0若与“一 + 二 = （七）总计 + 四”相符（本年新收、上年结转也是0），则列出不为0的办理结果行及其数字，" \
           "不把合计行说成错的一方。"
    why = "总计应是全部办理结果的合计；不等说明漏填了某项结果或总计算错。"
    basis = "国办公开办函〔2021〕30号，表三“三、本年度办理结果”的结构。"
    example = "（一）=3，（二）=1，其余为0，但（七）总计填了5。"
    fix = "重新合计各项办理结果，或补填漏掉的分项；合计行漏填的，按消息列出的各列合计填写。"


class RowTotal(_RelationRule):
    code = "A303"
    name = "row-total"
    summary = "表三某行：总计 ≠ 六类申请人之和"
    summary_en = "表三, per row: 总计 ≠ the sum of the six applicant columns"
    what = "对表三的每一行，检查“总计”列是否等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。" \
           "“总计”整列都是0而两行以上的六列之和不为0时（合计列漏填），只报告一条，列出每行应有的合计。"
    why = "总计列是按申请人类型的合计；不等通常是某一类申请人漏填或总计抄错。"
    basis = "国办公开办函〔2021〕30号，表三“申请人情况”的结构。"
    example = "“一、本年新收”行：自然人=3，商业企业=1，其余为0，总计填了3。"
    fix = "重新合计该行六类申请人的数字。"


class ReviewLitigationTotal(_RelationRule):
    code = "A304"
    name = "review-litigation-total"
    summary = "表四某组：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结"
    summary_en = "表四, per group: total ≠ upheld + corrected + other + pending"
    what = "对表四的行政复议、未经复议直接起诉、复议后起诉三组，检查每组“总计”是否等于结果维持、结果纠正、其他结果、尚未审结之和。" \
           "三组的“总计”都是0而两组以上的结果不为0时（总计漏填），只报告一条，列出每组应有的总计。"
    why = "每一起复议或诉讼都必须归入一种结果（或尚未审结）；不等说明有案件漏统计。"
    basis = "国办公开办函〔2021〕30号，表四。"
    example = "行政复议：结果维持=1，结果纠正=1，其他=0，尚未审结=0，总计填了1。"
    fix = "重新合计该组四项结果；总计漏填的，按消息列出的各组总计填写。"


class ActiveDisclosure(_RelationRule):
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


@hookimpl
def govlint_rules():
    return [Balance, ResultTotal, RowTotal, ReviewLitigationTotal, ActiveDisclosure]
