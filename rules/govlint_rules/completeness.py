"""C: tables, rows and cells that are missing, blank or not numbers."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from govlint.plugin import (ABSENT, BUILTIN_FORMATS, BLANK_CELL, COUNT_UNITS, INVALID, PLACEHOLDER_CELL, VALUE, Edit, Related, Rule,
                            cell_kind, digits_for_letters, hookimpl, lazy, nfkc, parse_number)


def _row_label(spec, key: str) -> str:
    r = spec.row(key)
    return r.prefix + r.label.text if r.label.text else ""


class TableUnreadable(Rule):
    code = "C200"
    name = "table-unreadable"
    severity = "warning"
    unread_ok = True
    summary = "统计表无法可靠读取，依赖它的检查未进行"
    summary_en = "A statistical table could not be read reliably; the checks that rest on it were not run"
    what = "找到了某张统计表（表头或部分行），但无法可靠地确定它的单元格（只识别出很少的行，多数数字对不上列，" \
           "或某一行读出两行以上的数字、另有一行没有数字，即各行的数字连在了一起；" \
           "或几个行名只读出一部分、另有几行没有读出，即没有表格线的表格中行名折行、与数字和别的行名交错；" \
           "或没有读出表格，但文中有它的行名、列名与数字或彼此连写在一起，如“规章000行政规范性文件3112”，即网页文字取出时单元格之间没有留下空隔；或没有读出表格，它所在的部分只有标题，其下没有任何文字，多是以图片发布的表格在复制时丢失）时，" \
           "只给出这一条提示，说明看到了什么（几张表都无法读取时合为一条，在第一张表处：出于同一原因的，如各表所在部分都只有标题、都只有图片或“表格见附件”的说明、表格都在附件或没有文字层的页上，说一次原因；原因各不相同的，如不带版面取出的PDF文字中各表的行名在前、数字在后，逐表说明看到了什么）；该表的缺行、空白、数值和勾稽关系检查都不进行。" \
           "表格其余部分读得出、只有某一行的数字多于列数（如一个数字写了两遍）时，只对这一行给出提示，该行不参与检查。"
    why = "表格在转换成PDF、网页或文本时常常错位；对读错的表格逐格报错，只会得到一串不真实的错误。"
    basis = "国办公开办函〔2021〕30号规定的表二、表三、表四。"
    example = "表三的数字在PDF中按列而不是按行排列，只认出了3行。"
    fix = "用原始的Word文件或带表格线的PDF检查；核对该表是否按官方格式逐行逐列填写。"

    def check(self, ctx):
        #: tables unread for one cause (their sections' headings alone, an attachment, pages with no
        #: text) are told of once, together
        together = {}
        for key, table in ctx.bound.tables.items():
            if table.status != "unreadable":
                yield from self._overfull(ctx, key, table)
            else:
                together.setdefault(table.evidence, []).append((key, table))
        if len(together) > 1:
            # tables unread each for its own cause (a copy whose every table came apart: plain
            # pdftotext gives a table's labels, then its numbers): one finding, each cause's evidence
            yield self._several(ctx, list(together.values()))
            return
        for group in together.values():
            key, table = group[0]
            span = _table_span(ctx, table)
            if len(group) == 1:
                yield ctx.diag(self, span,
                               f"{key}（{table.spec.title}）无法可靠读取：{table.evidence}；该表的完整性、数值和勾稽关系检查未进行",
                               f"{key} ({table.spec.title}) could not be read reliably: {table.evidence_en}; its "
                               f"completeness, value and arithmetic checks were not run",
                               location=ctx.table_location(key), data={"found": table.evidence_en})
                continue
            keys = [k for k, _ in group]
            zh, en = _these(table.evidence), _these_en(table.evidence_en)
            yield ctx.diag(self, span,
                           f"{'、'.join(keys)}无法可靠读取：{zh}；这些表的完整性、数值和勾稽关系检查未进行",
                           f"{', '.join(keys)} could not be read reliably: {en}; their completeness, "
                           f"value and arithmetic checks were not run",
                           location=ctx.table_location(key), data={"found": en, "tables": keys})

    def _several(self, ctx, groups):
        """One finding for tables unread for different causes, at the first, naming each cause's
        evidence and its tables (one kind of cause, each table its own example: said once)."""
        def start(group):
            span = group[0][1].span
            return (span is None, span.start if span else 0)
        groups = sorted(groups, key=start)
        key, table = groups[0][0]
        span = _table_span(ctx, table)
        named = {k for group in groups for k, _ in group}
        keys = [t.key for t in ctx.bound.format.tables if t.key in named]  # (in the format's order)
        keys += sorted(named - set(keys))
        tables = [t for group in groups for _, t in group]
        alike, alike_en = _alike([t.evidence for t in tables]), _alike([t.evidence_en for t in tables])
        if alike is not None and alike_en is not None:
            zh, en = [_these(alike)], [_these_en(alike_en)]
        else:
            zh, en = [], []
            for group in groups:
                names, t = [k for k, _ in group], group[0][1]
                several = len(names) > 1
                zh.append("、".join(names) + "，" + (_these(t.evidence) if several else t.evidence))
                en.append(", ".join(names) + ": " + (_these_en(t.evidence_en) if several else t.evidence_en))
        return ctx.diag(self, span,
                        f"{'、'.join(keys)}无法可靠读取：" + "；".join(zh) + "；这些表的完整性、数值和勾稽关系检查未进行",
                        f"{', '.join(keys)} could not be read reliably: " + "; ".join(en)
                        + "; their completeness, value and arithmetic checks were not run",
                        location=ctx.table_location(key), data={"found": en, "tables": keys})

    def _overfull(self, ctx, key, table):
        """A row of a table that was read holds more numbers than the table has columns (a number
        written twice, a cell of another row run in): which number is whose column cannot be
        told. The row alone is not read; the rest of the table is checked."""
        if not ctx.bound.notes:
            return
        for n in ctx.bound.notes:
            if n.kind != "overfull" or n.table != key:
                continue
            where = _row_label(table.spec, n.row)
            got = len(n.found.split())
            yield ctx.diag(
                self, n.span,
                f"{key}“{where}”行有{got}个数字（{n.found}），应有{n.expected}个：无法确定各数字对应的列；"
                f"该行不参与完整性和勾稽关系检查",
                f"{key} row “{where}” holds {got} numbers ({n.found}) where {n.expected} belong: which column "
                f"each belongs to cannot be told; this row is left out of the completeness and arithmetic checks",
                location=ctx.table_location(key, n.row), data={"found": n.found.split(), "expected": int(n.expected)})


def _table_span(ctx, table):
    """Where a finding on a table stands: the table, or its section's heading when none was read."""
    if table.span is not None:
        return table.span
    section = ctx.bound.section(table.spec.section)
    return section.section.span if section else None


def _these(evidence: str) -> str:
    """A table's evidence said of several tables."""
    return evidence.replace("这张表", "这些表").replace("它可能", "它们可能")


def _these_en(evidence: str) -> str:
    return evidence.replace("no such table", "no such tables").replace(
        "it was not read; it may be", "they were not read; they may be").replace("this table", "these tables") \
        .replace("holds its rows'", "holds their rows'").replace("with its numbers", "with their numbers") \
        .replace("the table's rows", "the tables' rows")


_QUOTED = lazy(r"“[^”]*”|\"[^\"]*\"")


def _alike(evidences):
    """The evidences, when they differ only in the one word each quotes: the first with every word
    quoted in turn ("…（如“本年制发件数”“商业企业”）…"); else None."""
    quoted = [_QUOTED.findall(e) for e in evidences]
    if any(len(q) != 1 for q in quoted):
        return None
    if len({e.replace(q[0], "“”") for e, q in zip(evidences, quoted)}) != 1:
        return None
    words = list(dict.fromkeys(q[0] for q in quoted))
    return evidences[0].replace(quoted[0][0], ("" if words[0].startswith("“") else ", ").join(words))


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


def _trial_row(table: str, row: str, format_id: str) -> bool:
    """Is ``row``, a group of ``table`` written as one row, one row in the 2019 trial format (表三's
    （六）其他处理), not only in a report's own collapsing (（四）无法提供 has its items in 2019 too)?"""
    trial = BUILTIN_FORMATS.get("2019")
    if trial is None or format_id == trial.id or all(t.key != table for t in trial.tables):
        return False
    return any(r.key == row for r in trial.table(table).rows)


class RowMissing(Rule):
    code = "C202"
    name = "row-missing"
    severity = "error"
    summary = "统计表缺少官方规定的行或分项"
    summary_en = "An official row or sub-item of a table is missing"
    what = "检查表二、表三的每一行（包括表三“不予公开”“无法提供”“不予处理”“其他处理”下的各分项）是否都在报告中出现；" \
           "分项被合并成一行时（如2019年试行格式把“（六）其他处理”写成一行）也会报告，并说明这是2019年试行格式的写法。" \
           "每张表只给出一条汇总的提示，列出所缺的全部行。"
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
                # (the row as the 2019 trial format lays it out, "（六）其他处理": said here, once, not again by
                # V501; another group written as one row is no format's layout, voices56a)
                trial = _trial_row(key, note.row, ctx.bound.format.id)
                yield ctx.diag(self, note.span,
                               f"{key}“{note.found}”写成了一行{'（2019年试行格式的写法）' if trial else ''}，"
                               f"缺少{ctx.bound.format.id}年格式的分项：{names}",
                               f"{key} “{note.found}” is written as one row{' (the 2019 trial format' + chr(39) + 's layout)' if trial else ''}; the "
                               f"{ctx.bound.format.id} format's sub-items are missing: {names}",
                               location=ctx.table_location(key, note.row),
                               data={"missing": [r.key for r in rows], "found": note.found})
            if plain:
                names = "；".join(r.prefix + r.label.text for r in plain)
                yield ctx.diag(self, table.span,
                               f"{key}缺少{len(plain)}行：{names}",
                               f"{key} lacks {len(plain)} row{'s' if len(plain) > 1 else ''}: {names}",
                               location=ctx.table_location(key),
                               data={"missing": [r.key for r in plain]})


#: the levels that cannot make 规章 (立法法第九十一条、第九十三条): "/" or "—" in their 规章 row says
#: "not applicable", not a figure left out
_NO_REGULATIONS = ("乡镇/街道", "县级")


#: what C203 says of rows whose numbers have no columns, by the binder's note kind
_NO_COLUMNS_SAID = {
    "unplaced": ({"what": "数字", "one": "有单元格没有填写，但文本中看不出空白单元格的位置，无法确定是哪一列",
                  "many": "有单元格没有填写，但文本中看不出空白单元格的位置，无法确定是哪些列"},
                 {"what": "numbers", "one": "a cell is unfilled, but the text does not show where",
                  "many": "cells are unfilled, but the text does not show which"}),
    "short": ({"what": "单元格", "one": "少了一个单元格，或两个数字连在了一起，无法确定是哪一列",
               "many": "少了单元格，或两个数字连在了一起，无法确定是哪些列"},
              {"what": "cells", "one": "a cell is missing, or two numbers ran together, and which column cannot be told",
               "many": "cells are missing, or numbers ran together, and which columns cannot be told"}),
}


class CellBlank(Rule):
    code = "C203"
    name = "cell-blank"
    severity = "error"
    summary = "单元格空白或用“/”“—”“无”代替数字"
    summary_en = "Cells left blank or holding a placeholder instead of a number"
    what = "检查统计表中应填数字的单元格是否为空白，或写成“/”“-”“—”“无”等占位符。每行只给出一条，列出该行所有此类列。" \
           "县级、乡镇机关（无权制定规章）在表二“规章”行写“/”“—”表示不适用，不报告。"
    why = "空白的单元格无法判断是0还是漏填，占位符含义不明确；勾稽关系也因此无法核对。"
    basis = "国办公开办函〔2021〕30号：各项数据逐项填报。"
    example = "表三“一、本年新收政府信息公开申请数量”只填了“总计”列，自然人、商业企业等六列为空白。"
    fix = "在每个单元格中填入数字，没有发生的填0。"

    def check(self, ctx):
        for key, table in ctx.bound.tables.items():
            spec = table.spec
            unplaced = _unplaced_rows(ctx, key)
            for kind in ("unplaced", "short"):  # (overfull ones are C200's)
                short = {k: n for k, n in unplaced.items() if n.kind == kind}
                if len(short) >= _COLUMN_ROWS:
                    yield self._unplaced(ctx, key, table, short)
                elif short:
                    for note in short.values():
                        yield self._unplaced(ctx, key, table, {note.row: note})
            if not table.unfilled_cells:
                continue
            if _mostly_unfilled(table, unplaced):
                yield self._table(ctx, key, table)
                continue
            columns = _empty_columns(table, unplaced)
            if columns:
                yield self._columns(ctx, key, table, columns)
            for row_key, empty in table.unfilled_cells.items():
                if row_key in unplaced:
                    continue
                empty = [c for c in empty if c.column not in columns]
                if not empty:
                    continue
                cols = spec.columns_of(spec.row(row_key))
                names = {c.key: c.label.text for c in cols}
                parts_zh, parts_en = [], []
                for c in empty:
                    what = {BLANK_CELL: "空白", ABSENT: "缺失"}.get(c.state, f"“{c.text}”")
                    what_en = {BLANK_CELL: "blank", ABSENT: "absent"}.get(c.state, f"“{c.text}”")
                    parts_zh.append(f"{names[c.column]}（{what}）")
                    parts_en.append(f"{names[c.column]} ({what_en})")
                where = _row_label(spec, row_key)
                where_zh = f"{key}“{where}”行" if where else key
                where_en = f"{key} row “{where}”" if where else key
                only_placeholders = all(c.state == PLACEHOLDER_CELL for c in empty)
                if only_placeholders and row_key == "rules" and key == "表二" and \
                        ctx.bound.facts.agency_level in _NO_REGULATIONS:
                    continue  # "规章 / / /": not applicable to a body that cannot make 规章 (C205)
                first = next((c for c in empty if c.state != ABSENT), empty[0])
                yield ctx.diag(
                    self, first.span,
                    f"{where_zh}有{len(empty)}个单元格没有填写数字：{'、'.join(parts_zh)}；应填数字，没有发生的填0",
                    f"{where_en}: {len(empty)} cell{'s' if len(empty) > 1 else ''} without a number: "
                    f"{', '.join(parts_en)}; write a number (0 if none)",
                    location=ctx.table_location(key, row_key if where else None,
                                                first.column if len(empty) == 1 else None),
                    related=[Related(f"{names[c.column]}", c.span, ctx.cell_location(c)) for c in empty
                             if c.state != ABSENT],
                    severity="warning" if only_placeholders else None,
                    data={"columns": [c.column for c in empty], "found": [c.text for c in empty],
                          "expected": "number"})

    def _unplaced(self, ctx, key, table, notes):
        """Rows whose numbers have no columns: fewer numbers than columns where a blank cell leaves
        no trace in the text (cells apart by spaces, one per line: "unplaced", a warning), or fewer
        cells than columns where the cells stand apart by tabs or bars and none is empty (a cell
        left out, or two numbers run together, "2\t0" written "20": "short", an error, as a missing
        cell is). Which column lost its cell cannot be told; the rows are left out of the
        arithmetic (a guess at the gap would shift numbers into other columns' sums)."""
        spec = table.spec
        first = next(iter(notes.values()))
        got = len(first.found.split())
        zh, en = _NO_COLUMNS_SAID[first.kind]
        severity = "warning" if first.kind == "unplaced" else None
        if len(notes) == 1:
            where = _row_label(spec, first.row)
            return ctx.diag(
                self, first.span,
                f"{key}“{where}”行只有{got}个{zh['what']}（{first.found}），应有{first.expected}个：{zh['one']}"
                f"；该行不参与勾稽关系检查",
                f"{key} row “{where}” holds {got} {en['what']} ({first.found}) where {first.expected} belong: "
                f"{en['one']}; this row is left out of the arithmetic",
                location=ctx.table_location(key, first.row), severity=severity,
                data={"found": first.found.split(), "expected": int(first.expected)})
        label = _row_label(spec, first.row)
        return ctx.diag(
            self, first.span,
            f"{key}有{len(notes)}行的{zh['what']}少于列数（如“{label}”行只有{got}个，应有{first.expected}个）："
            f"{zh['many']}；这些行不参与勾稽关系检查",
            f"{key}: {len(notes)} rows hold fewer {en['what']} than columns (e.g. “{label}”: {got} where "
            f"{first.expected} belong): {en['many']}; these rows are left out of the arithmetic",
            location=ctx.table_location(key), severity=severity,
            related=[Related(_row_label(spec, n.row), n.span, ctx.table_location(key, n.row)) for n in notes.values()],
            data={"rows": [n.row for n in notes.values()]})

    def _table(self, ctx, key, table):
        """One finding for a table that is mostly unfilled: one defect, not one per row."""
        spec = table.spec
        names = _column_names(spec)
        cells = [c for r in table.rows.values() for c in r.cells.values()]
        empty = [c for cs in table.unfilled_cells.values() for c in cs]
        rows = len(table.unfilled_cells)
        filled = [names[k] for k in dict.fromkeys(c.column for c in cells if c.state in (VALUE, INVALID))]
        with_numbers = "、".join(f"“{n}”" for n in filled)
        first = next((c for c in empty if c.state != ABSENT), empty[0])
        if filled and len(filled) == len({c.column for c in cells}):
            # every column holds numbers in some row: it is rows that are left unfilled (the
            # rows of nothing that happened left blank instead of 0)
            full = sum(1 for r in table.rows.values() if any(c.state in (VALUE, INVALID) for c in r.cells.values()))
            said = f"，只有{full}行填有数字"
            said_en = f"; only {full} {'row holds' if full == 1 else 'rows hold'} numbers"
        elif filled:
            said = f"，只有{with_numbers}列填有数字"
            said_en = (f"; only {'the column' if len(filled) == 1 else 'the columns'} "
                       f"{', '.join(f'“{n}”' for n in filled)} {'holds' if len(filled) == 1 else 'hold'} numbers")
        else:
            said, said_en = "，没有任何数字", ""
        placeholders = all(c.state == PLACEHOLDER_CELL for c in empty)
        if placeholders:
            # every empty cell holds a mark ("无", "/", "—"): the table is filled, with no numbers
            # ("表二大部分没有填写" would say the cells were left blank)
            marks = "、".join(f"“{t}”" for t in dict.fromkeys(c.text.strip() for c in empty))
            if len(empty) == len(cells):
                zh = f"{key}的全部{len(cells)}个单元格（{rows}行）都写作{marks}，没有填写数字"
                en = f"{key}: all its {len(cells)} cells, in {rows} rows, hold {marks} instead of a number"
            else:
                zh = f"{key}大部分单元格写作{marks}，没有填写数字：{rows}行中共有{len(empty)}个（全表{len(cells)}个）{said}"
                en = f"{key}: {len(empty)} of its {len(cells)} cells, in {rows} rows, hold {marks} instead of a number{said_en}"
            zh, en = zh + "；应填数字，没有发生的填0", en + "; write numbers (0 if none)"
        else:
            zh = (f"{key}大部分没有填写：{rows}行中共有{len(empty)}个单元格没有数字（全表{len(cells)}个）"
                  + said + "；应逐格填写，没有发生的填0")
            en = (f"{key} is mostly unfilled: {len(empty)} of its {len(cells)} cells, in {rows} rows, hold no number"
                  + said_en + "; fill every cell (0 if none)")
        return ctx.diag(
            self, first.span, zh, en,
            location=ctx.table_location(key),
            related=[Related(f"{_row_label(spec, c.row) or key}·{names[c.column]}", c.span, ctx.cell_location(c))
                     for c in empty if c.state != ABSENT],
            severity="warning" if placeholders else None,
            data={"cells": len(empty), "of": len(cells), "rows": rows, "expected": "number"})

    def _columns(self, ctx, key, table, columns):
        """One finding for the columns left empty in every row: one defect, not one per row."""
        spec = table.spec
        names = _column_names(spec)
        cells = [c for r in table.rows.values() for k, c in r.cells.items() if k in columns]
        rows = len({c.row for c in cells})
        listed = "、".join(f"“{names[k]}”" for k in columns)
        listed_en = ", ".join(f"“{names[k]}”" for k in columns)
        filled = [names[k] for k in dict.fromkeys(k for r in table.rows.values() for k in r.cells)
                  if k not in columns]
        only = f"只填写了“{filled[0]}”列，" if len(filled) == 1 else ""
        only_en = f"only its “{filled[0]}” column is filled; " if len(filled) == 1 else ""
        first = next((c for c in cells if c.state != ABSENT), cells[0])
        placeholders = all(c.state == PLACEHOLDER_CELL for c in cells)
        return ctx.diag(
            self, first.span,
            f"{key}{only}{listed}{'这' + str(len(columns)) + '列' if len(columns) > 1 else '列'}的全部{rows}行都没有填写数字；"
            f"应填数字，没有发生的填0",
            f"{key}: {only_en}{'columns' if len(columns) > 1 else 'column'} {listed_en} hold no number in any of "
            f"{rows} rows; write numbers (0 if none)",
            location=ctx.table_location(key, None, columns[0] if len(columns) == 1 else None),
            related=[Related(f"{_row_label(spec, c.row) or key}·{names[c.column]}", c.span, ctx.cell_location(c))
                     for c in cells if c.state != ABSENT],
            severity="warning" if placeholders else None,
            data={"columns": list(columns), "rows": rows, "expected": "number"})


def _column_names(spec) -> dict:
    names = {c.key: c.label.text for c in spec.columns}
    for r in spec.rows:
        names.update((c.key, c.label.text) for c in r.columns)
    return names


def _mostly_unfilled(table, unplaced=()) -> bool:
    """More than half of a table's cells hold no number, in three rows or more (rows whose numbers
    could not be placed are counted apart)."""
    unfilled = {k: cs for k, cs in table.unfilled_cells.items() if k not in unplaced}
    if len(unfilled) < _COLUMN_ROWS:
        return False
    empty = sum(len(cs) for cs in unfilled.values())
    return empty * 2 > sum(len(r.cells) for k, r in table.rows.items() if k not in unplaced)


def _unplaced_rows(ctx, table: str) -> dict:
    """Row key → its "unplaced" or "overfull" note, for the rows of a table whose numbers have no
    columns (too few numbers, or too many)."""
    if not ctx.bound.notes:
        return {}
    return {n.row: n for n in ctx.bound.notes if n.kind in _NO_COLUMNS and n.table == table}


_NO_COLUMNS = ("unplaced", "short", "overfull")


#: a column empty in this many rows or more is one finding, not one per row
_COLUMN_ROWS = 3


def _empty_columns(table, unplaced=()) -> tuple:
    """The columns that hold no number in any row that has them (in at least three rows). Rows
    whose numbers could not be placed say nothing of any column: they are left out (their
    numbers are there, their columns unknown)."""
    # such a column has three unfilled cells or more: most tables have no column that does
    unfilled: dict = {}
    for k, cells in table.unfilled_cells.items():
        if k in unplaced:
            continue
        for c in cells:
            unfilled[c.column] = unfilled.get(c.column, 0) + 1
    if not any(n >= _COLUMN_ROWS for n in unfilled.values()):
        return ()
    rows: dict = {}
    for rk, r in table.rows.items():
        if rk in unplaced:
            continue
        for k, c in r.cells.items():
            seen = rows.setdefault(k, [0, True])
            seen[0] += 1
            if c.state in (VALUE, INVALID):
                seen[1] = False
    return tuple(k for k, (n, empty) in rows.items() if empty and n >= _COLUMN_ROWS)


class ValueInvalid(Rule):
    code = "C204"
    name = "value-invalid"
    severity = "error"
    summary = "数值无效：件数为负数、小数或不是数字，收费金额不是数字"
    summary_en = "A count that is negative, fractional or not a number; a fee amount that is not a number"
    what = "检查统计表中每个数字：件数必须是非负整数；表二“本年收费金额（单位：万元）”可以是小数，但必须是数字。" \
           "一行中有几个单元格写的是文字（没有数字）时，这一行只给出一条提示，列出这些单元格。"
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
                words = [c for c in invalid if c.value is None and not _HAS_DIGIT.search(c.text)]
                if len(words) >= 2:
                    # words in several cells of a row (a label's pieces read into its cells, "不适用" in
                    # each): one finding for the row, not one a cell
                    yield self._words(ctx, key, spec, row_key, names, words)
                    invalid = [c for c in invalid if c not in words]
                for c in invalid:
                    where = _row_label(spec, row_key)
                    where_zh = f"{key}“{where}”行“{names[c.column]}”列" if where else f"{key}“{names[c.column]}”列"
                    where_en = f"{key} row “{where}”, column “{names[c.column]}”" if where else \
                        f"{key} column “{names[c.column]}”"
                    col = next(x for x in spec.columns_of(rspec) if x.key == c.column)
                    kind, unit = cell_kind(rspec, col), col.unit
                    if c.value is None:
                        why_zh, why_en = "不是数字", "is not a number"
                    elif c.value < 0 and kind != "signed":
                        why_zh, why_en = "是负数", "is negative"
                    else:
                        why_zh, why_en = "不是整数", "is not a whole number"
                    expect_zh, expect_en = {
                        "money": (f"不小于0的数字{f'（{unit}）' if unit else ''}",
                                  f"a number ≥ 0{f' ({unit})' if unit else ''}"),
                        "signed": ("整数（可以为负数）", "a whole number (negatives allowed)"),
                    }.get(kind, ("非负整数", "a whole number ≥ 0"))
                    yield ctx.diag(self, c.span, f"{where_zh}的值“{c.text}”{why_zh}，应为{expect_zh}",
                                   f"{where_en}: “{c.text}” {why_en}; expected {expect_en}",
                                   location=ctx.cell_location(c), data={"found": c.text, "expected": expect_en})


    def _words(self, ctx, key, spec, row_key, names, words):
        where = _row_label(spec, row_key)
        where_zh = f"{key}“{where}”行" if where else key
        where_en = f"{key} row “{where}”" if where else key
        shown = "、".join(f"{names[c.column]}“{c.text}”" for c in words)
        shown_en = ", ".join(f"{names[c.column]} “{c.text}”" for c in words)
        return ctx.diag(self, words[0].span,
                        f"{where_zh}有{len(words)}个单元格是文字而不是数字：{shown}；应为非负整数",
                        f"{where_en}: {len(words)} cells hold words, not numbers: {shown_en}; expected whole "
                        f"numbers ≥ 0",
                        location=ctx.table_location(key, row_key),
                        related=[Related(names[c.column], c.span, ctx.cell_location(c)) for c in words[1:]],
                        data={"columns": [c.column for c in words], "found": [c.text for c in words],
                              "expected": "number"})


_HAS_DIGIT = lazy(r"\d")

#: full-width digits, decimal point and minus → their ASCII forms (what NFKC gives them)
_FULL_WIDTH = "０１２３４５６７８９．－"
_HALF = str.maketrans(_FULL_WIDTH, "0123456789.-")


class FullWidthDigits(Rule):
    code = "C206"
    name = "fullwidth-digits"
    severity = "note"
    fixable = True  # the same number in ASCII digits
    summary = "统计表中的数字用了全角字符"
    summary_en = "Numbers in a statistical table written in full-width digits"
    what = "检查统计表的数字单元格是否用了全角数字（如“１２”）或全角小数点、负号；一张表中的这类单元格合为一个提示。"
    why = "全角数字看起来与半角相同，但汇总程序、电子表格和检索常常把它们当作文字，统计时会漏掉。"
    basis = "GB/T 15834—2011《标点符号用法》与 GB/T 15835—2011《出版物上数字用法》：统计数字用阿拉伯数字（半角）。"
    example = "表三“（一）予以公开”自然人列写作“４”。"
    fix = "改为半角数字（`govlint check --fix` 自动修改，数值不变）。"

    def check(self, ctx):
        text = ctx.bound.report.text
        if not any(ch in text for ch in _FULL_WIDTH):
            return  # (every cell's text is the report's: no full-width digit in it, none in a cell)
        for key, table in ctx.bound.tables.items():
            # (a cell that is no number at all, "1３?", is C204's: said once, not fixed half-way)
            cells = [c for row in table.rows.values() for c in row.cells.values()
                     if c.span is not None and c.text and c.value is not None
                     and c.text != c.text.translate(_HALF)]
            if cells:
                yield _cells_written_so(self, ctx, key, cells, "的数字用了全角字符", "in full-width digits",
                                        "应使用半角数字", "use ASCII digits", lambda t: t.translate(_HALF))


def _cells_written_so(rule, ctx, key, cells, how, how_en, should, should_en, fixed):
    """One finding for the cells of table ``key`` whose figures are written in a wrong form: the first
    five shown, every one related and fixed (``fixed``: a cell's text in the right form)."""
    shown = "、".join(f"“{c.text}”" for c in cells[:5]) + (f"等{len(cells)}处" if len(cells) > 5 else "")
    shown_en = ", ".join(f"“{c.text}”" for c in cells[:5]) + (f" and {len(cells) - 5} more" if len(cells) > 5 else "")
    return ctx.diag(rule, cells[0].span, f"{key}有{len(cells)}个单元格{how}：{shown}；{should}",
                    f"{key} has {len(cells)} cell{'s' if len(cells) != 1 else ''} {how_en}: {shown_en}; {should_en}",
                    location=ctx.table_location(key) if len(cells) > 1 else ctx.cell_location(cells[0]),
                    related=[Related(c.text, c.span, ctx.cell_location(c)) for c in cells] if len(cells) > 1 else (),
                    data={"found": [c.text for c in cells]},
                    fix=[Edit(c.span, fixed(c.text), c.text) for c in cells])


class LettersForDigits(Rule):
    code = "C208"
    name = "letters-for-digits"
    severity = "warning"
    fixable = True  # the same figure in digits
    summary = "统计表中的数字写成了形似的字母"
    summary_en = "Numbers in a statistical table written with letters that look like digits"
    what = ("检查统计表的数字单元格是否把数字写成了形似的字母（字母O、o当作0，字母l、I当作1，如“1O”“2l6”）；"
            "按读者所见的数字参与核对，一张表中的这类单元格合为一个提示。")
    why = "字母与数字看起来相同，但汇总程序、电子表格和检索把它们当作文字，统计时会漏掉；文字识别（OCR）的副本也常这样出错。"
    basis = "GB/T 15835—2011《出版物上数字用法》：统计数字用阿拉伯数字。"
    example = "表三“（七）总计”商业企业列写作“1O”。"
    fix = "改为数字（`govlint check --fix` 自动修改，数值不变）。"

    def check(self, ctx):
        for key, table in ctx.bound.tables.items():
            cells = [c for row in table.rows.values() for c in row.cells.values()
                     if c.span is not None and c.text and c.value is not None and digits_for_letters(c.text)]
            if cells:
                yield _cells_written_so(self, ctx, key, cells, "的数字写成了形似的字母", "written with letters for digits",
                                        "应为数字（字母O为0，l、I为1）", "use digits (the letter O is 0, l and I are 1)",
                                        digits_for_letters)


def _no_digit(text: str) -> bool:
    return not any(ch.isdigit() for ch in text)


#: a count with its unit after it, as a web page's cells may write them ("0件")
_WITH_UNIT = lazy(rf"(.*?\d)\s*(?:{'|'.join(COUNT_UNITS)})")  # (an alternation: a class of CJK characters
# costs re a 65,536-entry table to compile)


def _count(cell: str) -> Optional[Decimal]:
    """The number a copy's cell holds, its unit set aside ("0件" is 0, as the binder reads it)."""
    v = parse_number(cell)
    if v is None:
        m = _WITH_UNIT.fullmatch(cell)
        if m is not None:
            v = parse_number(m.group(1))
    return v


def same_numbers(found: str, expected: str) -> bool:
    """Two copies of a row's cells (as the binder notes them: apart by spaces, □ for an empty cell)
    that say the same numbers: "１ 0" is "1 0" (full-width digits); a cell written "-", "/", "无" in
    one copy beside 0 in the other says none in both; an empty cell says no number against any."""
    a, b = found.split(" "), expected.split(" ")
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == "□" or y == "□":
            continue  # an empty cell says no number (a copy's cell carried to the next line by a wrap)
        vx, vy = _count(x), _count(y)
        if vx == vy and (vx is not None or nfkc(x) == nfkc(y)):
            continue
        if (vx is None and vy == 0 and _no_digit(x)) or (vy is None and vx == 0 and _no_digit(y)):
            continue
        return False
    return True


class RowDuplicated(Rule):
    code = "C207"
    name = "row-duplicated"
    severity = "error"
    summary = "统计表的同一行出现两次，数字不同"
    summary_en = "A row of a statistical table appears twice with different numbers"
    what = "同一张统计表中同一行（同一行名）出现两次而数字不同时报告，两处都指出；govlint按第一次出现的数字做其他检查。" \
           "两次数字完全相同的重复（如跨页时重复的一行）不报告；一处用全角数字、一处写0而另一处写“-”“/”“无”、" \
           "或一处的单元格空白（没有数字，如折行后落到下一行）的，数字也不矛盾，不报告。"
    why = "两行数字不同，读者无法判断哪一行是真的；合计与勾稽关系只能采用其中一行。"
    basis = "国办公开办函〔2021〕30号：统计表每行只填一次。"
    example = "表三“（一）予以公开”行出现两次，一次为“4 1 0 0 0 0 5”，一次为“5 1 0 0 0 0 6”。"
    fix = "删去多余的一行，保留核对无误的数字。"

    def check(self, ctx):
        for n in ctx.bound.notes:
            if n.kind != "duplicate" or same_numbers(n.found, n.expected):
                continue  # (a copy after a page break in full-width digits, or "-" for its 0s)
            table = ctx.bound.tables.get(n.table)
            first = table.rows.get(n.row) if table is not None else None
            loc = ctx.table_location(n.table, row=n.row)
            label = loc.row or n.row
            related = [Related("第一次出现" if ctx.lang != "en" else "first occurrence", first.span, loc)] \
                if first is not None else []
            yield ctx.diag(self, n.span,
                           f"{n.table}“{label}”行出现了两次，数字不同：第一次为“{n.expected}”，这一次为“{n.found}”；"
                           f"其他检查采用第一次的数字",
                           f"{n.table} row “{label}” appears twice with different numbers: first “{n.expected}”, "
                           f"here “{n.found}”; the other checks use the first",
                           location=loc, related=related, data={"found": n.found, "expected": n.expected})


@hookimpl
def govlint_rules():
    return [TableUnreadable, TableMissing, RowMissing, CellBlank, ValueInvalid, FullWidthDigits, LettersForDigits,
            RowDuplicated]
