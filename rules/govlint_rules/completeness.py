"""C: tables, rows and cells that are missing, blank or not numbers."""
from __future__ import annotations

from govlint.plugin import (ABSENT, BLANK_CELL, PLACEHOLDER_CELL, Related, Rule,
                            hookimpl)


def _row_label(spec, key: str) -> str:
    r = spec.row(key)
    return r.prefix + r.label.text if r.label.text else ""


class TableMissing(Rule):
    code = "C201"
    name = "table-missing"
    severity = "error"
    summary = "缺少表二、表三或表四"
    summary_en = "表二, 表三 or 表四 is missing"
    what = "检查报告是否包含三张统计表：表二（主动公开）、表三（依申请公开）、表四（行政复议、行政诉讼）。"
    why = "三张表是年度报告的核心数据，格式要求逐项填报，即使全部为0也不能省略。"
    basis = "国办公开办函〔2021〕30号。"
    example = "“四、政府信息公开行政复议、行政诉讼情况”下只写了“本年度未发生行政复议、行政诉讼”，没有表格。"
    fix = "按官方格式补上整张表，没有发生的事项填0。"

    def check(self, ctx):
        for key, table in ctx.bound.tables.items():
            if table.present:
                continue
            spec = table.spec
            section = ctx.bound.section(spec.section)
            span = section.section.span if section else None
            loc = ctx.table_location(key)
            yield ctx.diag(self, span, f"缺少{key}（{spec.title}）", f"{key} ({spec.title}) is missing",
                           location=loc, data={"expected": key})


class RowMissing(Rule):
    code = "C202"
    name = "row-missing"
    severity = "error"
    summary = "统计表缺少官方规定的行或分项"
    summary_en = "An official row or sub-item of a table is missing"
    what = "检查表二、表三的每一行（包括表三“不予公开”“无法提供”“不予处理”“其他处理”下的各分项）是否都在报告中出现；" \
           "分项被合并成一行时也会报告。每张表只给出一条汇总的提示，列出所缺的全部行。"
    why = "缺行使统计口径不完整，上级汇总时无法逐项核对；把分项合并为一行是旧格式（2019年试行格式）的写法。"
    basis = "国办公开办函〔2021〕30号，表三“本年度办理结果”各分项。"
    example = "表三只从“5.属于三类内部事务信息”开始，前面的“一、本年新收…”至“4.保护第三方合法权益”都没有。"
    fix = "按官方格式补全缺少的行，没有发生的填0；“（六）其他处理”拆成三个分项填写。"

    def check(self, ctx):
        collapsed = {(n.table, n.row): n for n in ctx.bound.notes if n.kind == "collapsed"}
        for key, table in ctx.bound.tables.items():
            if not table.present or table.spec.layout == "single_row":
                continue
            spec = table.spec
            missing = [r for r in spec.rows if r.key not in table.rows]
            if not missing:
                continue
            by_group = {}
            plain = []
            for r in missing:
                note = collapsed.get((key, r.group)) if r.group else None
                if note is not None:
                    by_group.setdefault(note, []).append(r)
                else:
                    plain.append(r)
            for note, rows in by_group.items():
                names = "；".join(r.prefix + r.label.text for r in rows)
                yield ctx.diag(self, note.span,
                               f"{key}“{note.found}”写成了一行，缺少分项：{names}",
                               f"{key} “{note.found}” is written as one row; its sub-items are missing: {names}",
                               location=ctx.table_location(key, note.row),
                               data={"missing": [r.key for r in rows], "found": note.found})
            if plain:
                names = "；".join(r.prefix + r.label.text for r in plain)
                yield ctx.diag(self, table.span,
                               f"{key}缺少{len(plain)}行：{names}",
                               f"{key} lacks {len(plain)} row{'s' if len(plain) > 1 else ''}: {names}",
                               location=ctx.table_location(key),
                               data={"missing": [r.key for r in plain]})


class CellBlank(Rule):
    code = "C203"
    name = "cell-blank"
    severity = "error"
    summary = "单元格空白或用“/”“—”“无”代替数字"
    summary_en = "Cells left blank or holding a placeholder instead of a number"
    what = "检查统计表中应填数字的单元格是否为空白，或写成“/”“-”“—”“无”等占位符。每行只给出一条，列出该行所有此类列。"
    why = "空白的单元格无法判断是0还是漏填，占位符含义不明确；勾稽关系也因此无法核对。"
    basis = "国办公开办函〔2021〕30号：各项数据逐项填报。"
    example = "表三“一、本年新收政府信息公开申请数量”只填了“总计”列，自然人、商业企业等六列为空白。"
    fix = "在每个单元格中填入数字，没有发生的填0。"

    def check(self, ctx):
        for key, table in ctx.bound.tables.items():
            spec = table.spec
            for row_key, empty in table.unfilled_cells.items():
                cols = spec.columns_of(spec.row(row_key))
                names = {c.key: c.label.text for c in cols}
                parts_zh, parts_en = [], []
                for c in empty:
                    what = {BLANK_CELL: "空白", ABSENT: "缺失"}.get(c.state, f"“{c.text}”")
                    what_en = {BLANK_CELL: "blank", ABSENT: "absent"}.get(c.state, f"“{c.text}”")
                    parts_zh.append(f"{names[c.column]}（{what}）")
                    parts_en.append(f"{names[c.column]} ({what_en})")
                where = _row_label(spec, row_key) if row_key != "data" else ""
                where_zh = f"{key}“{where}”行" if where else key
                where_en = f"{key} row “{where}”" if where else key
                only_placeholders = all(c.state == PLACEHOLDER_CELL for c in empty)
                first = next((c for c in empty if c.state != ABSENT), empty[0])
                yield ctx.diag(
                    self, first.span,
                    f"{where_zh}有{len(empty)}个单元格没有填写数字：{'、'.join(parts_zh)}；应填数字，没有发生的填0",
                    f"{where_en}: {len(empty)} cell{'s' if len(empty) > 1 else ''} without a number: "
                    f"{', '.join(parts_en)}; write a number (0 if none)",
                    location=ctx.table_location(key, row_key if row_key != "data" else None,
                                                first.column if len(empty) == 1 else None),
                    related=[Related(f"{names[c.column]}", c.span, ctx.cell_location(c)) for c in empty
                             if c.state != ABSENT],
                    severity="warning" if only_placeholders else None,
                    data={"columns": [c.column for c in empty], "found": [c.text for c in empty],
                          "expected": "number"})


class ValueInvalid(Rule):
    code = "C204"
    name = "value-invalid"
    severity = "error"
    summary = "数值无效：件数为负数、小数或不是数字，收费金额不是数字"
    summary_en = "A count that is negative, fractional or not a number; a fee amount that is not a number"
    what = "检查统计表中每个数字：件数必须是非负整数；表二“本年收费金额（单位：万元）”可以是小数，但必须是数字。"
    why = "负数、小数件数或文字说明都无法统计，通常是填错列、把金额写进件数或复制时混入了文字。"
    basis = "国办公开办函〔2021〕30号；FORMAT：除收费金额外各项均为整数。"
    example = "表三“（一）予以公开”自然人列填“2.5”，或表二“行政许可”填“若干”。"
    fix = "改为非负整数（件数）或数字（万元）。"

    def check(self, ctx):
        for key, table in ctx.bound.tables.items():
            spec = table.spec
            for row_key, invalid in table.invalid_cells.items():
                rspec = spec.row(row_key)
                names = {c.key: c.label.text for c in spec.columns_of(rspec)}
                for c in invalid:
                    where = _row_label(spec, row_key)
                    where_zh = f"{key}“{where}”行“{names[c.column]}”列" if where else f"{key}“{names[c.column]}”列"
                    where_en = f"{key} row “{where}”, column “{names[c.column]}”" if where else \
                        f"{key} column “{names[c.column]}”"
                    if c.value is None:
                        why_zh, why_en = "不是数字", "is not a number"
                    elif c.value < 0:
                        why_zh, why_en = "是负数", "is negative"
                    else:
                        why_zh, why_en = "不是整数", "is not a whole number"
                    expect_zh = "数字（万元）" if rspec.kind == "money" else "非负整数"
                    expect_en = "a number (万元)" if rspec.kind == "money" else "a whole number ≥ 0"
                    yield ctx.diag(self, c.span, f"{where_zh}的值“{c.text}”{why_zh}，应为{expect_zh}",
                                   f"{where_en}: “{c.text}” {why_en}; expected {expect_en}",
                                   location=ctx.cell_location(c), data={"found": c.text, "expected": expect_en})


@hookimpl
def govlint_rules():
    return [TableMissing, RowMissing, CellBlank, ValueInvalid]
