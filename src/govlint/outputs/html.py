"""The HTML report: one self-contained page (no network, no external font, script or style).

A pure function of the findings and of what was understood of each report (``FileResult.bound``,
the plain data of :func:`bound_view`, kept by the engine because this formatter's
``bound_view`` asks for it). For each report: its findings (code, severity, message; the rule's
documentation on a click), its official sections in order with the paragraphs findings name (the
span marked), and its tables redrawn from the bound cells; every cell, row, column head, table,
section or line a finding names is marked in the colour of its gravest finding and linked both
ways with its findings; what is missing is drawn in its place as missing. For several reports a
summary comes first: counts per rule, severity, agency and year as sortable tables with inline
SVG bars, and filters by rule family and severity (a few lines of inline script, no server).
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from html import escape
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ..checks.rule import FAMILIES
from ..diagnostics import SEVERITIES, Diagnostic, FileResult, Location
from . import OutputContext
from .parsed import dump_bound

_NUMERALS = "一二三四五六七八九十"
_RANK = {s: i for i, s in enumerate(SEVERITIES)}  # error 0 (gravest) … note 2

TEXTS = {
    "zh": {
        "title": "govlint 检查报告", "summary": "概览", "reports": "报告", "findings": "问题",
        "by_rule": "按规则", "by_severity": "按严重程度", "by_agency": "按机关", "by_year": "按年度",
        "rule": "规则", "name": "名称", "family": "类别", "count": "数量", "severity": "严重程度",
        "agency": "机关", "year": "年度", "file": "文件", "filters": "筛选", "back": "返回概览",
        "error": "错误", "warning": "警告", "note": "提示", "none": "未发现问题。",
        "content": "报告内容（只显示问题所在的段落）", "missing": "缺失", "missing_section": "本部分缺失",
        "missing_table": "本表缺失", "missing_row": "本行缺失", "unreadable": "无法可靠读取本表",
        "front": "标题及开头", "line": "第{line}行第{column}列", "errors": "无法检查",
        "no_tables": "未能读取本报告的结构。", "docs": "规则说明", "close": "关闭",
        "generated": "由 govlint {version} 生成", "unknown": "（未识别）", "go": "定位",
    },
    "en": {
        "title": "govlint report", "summary": "Summary", "reports": "Reports", "findings": "Findings",
        "by_rule": "By rule", "by_severity": "By severity", "by_agency": "By agency", "by_year": "By year",
        "rule": "Rule", "name": "Name", "family": "Family", "count": "Count", "severity": "Severity",
        "agency": "Agency", "year": "Year", "file": "File", "filters": "Filters", "back": "Back to the summary",
        "error": "error", "warning": "warning", "note": "note", "none": "No findings.",
        "content": "The report (only the paragraphs findings name)", "missing": "missing",
        "missing_section": "this section is missing", "missing_table": "this table is missing",
        "missing_row": "this row is missing", "unreadable": "this table could not be read reliably",
        "front": "Title and opening", "line": "line {line}, column {column}", "errors": "Could not check",
        "no_tables": "The report's structure could not be read.", "docs": "Rule documentation", "close": "Close",
        "generated": "made by govlint {version}", "unknown": "(not recognised)", "go": "show",
    },
}


# ----------------------------------------------------------------------------------------
# the engine's side: what is kept of a bound report

def bound_view(bound) -> Dict[str, Any]:
    """The bound report as plain data: ``govlint parse --format json``'s dump (one owner of that
    shape), less its notes, plus the format's official sections and where each table belongs."""
    d = dump_bound(bound)
    d.pop("notes", None)
    d["official_sections"] = [[s.number, s.title] for s in bound.format.sections]
    d["table_sections"] = {t.key: t.section for t in bound.format.tables}
    return d


# ----------------------------------------------------------------------------------------
# ids: every place a finding can name has one, unique in the page

def _safe(key: Any) -> str:
    return re.sub(r"[^A-Za-z0-9_]", lambda m: f"-{ord(m.group()):x}", str(key))


class _Places:
    """The ids of one report's places, and which findings mark each."""

    def __init__(self, index: int, view: Optional[Dict[str, Any]]):
        self.r = f"r{index}"
        self.view = view
        self.tables = {key: f"{self.r}-t{i}" for i, key in enumerate((view or {}).get("tables", {}))}
        self._table_ids = set(self.tables.values())
        #: the official sections found: place → the line of the heading
        self.found_sections = {self.section(x["number"]): x["line"] for x in (view or {}).get("sections", ())
                               if x.get("official") and x.get("line")}
        self.marks: Dict[str, List[Tuple[str, str]]] = defaultdict(list)  # id → [(finding id, severity)]
        #: line → [(start, end, finding id, severity)] (0-based, end exclusive; None: to the end)
        self.spans: Dict[int, List[Tuple[int, Optional[int], str, str]]] = defaultdict(list)

    def cell(self, table: str, row: str, col: str) -> str:
        return f"{self.tables[table]}-{_safe(row)}-{_safe(col)}"

    def row(self, table: str, row: str) -> str:
        return f"{self.tables[table]}-row-{_safe(row)}"

    def col(self, table: str, col: str) -> str:
        return f"{self.tables[table]}-col-{_safe(col)}"

    def in_table(self, place: str) -> bool:
        """Is ``place`` a table, or a cell, row or column head of one?"""
        return place in self._table_ids or place[:place.find("-", len(self.r) + 1)] in self._table_ids

    def table_lines(self, table: str) -> set:
        """The lines a present table stands on (empty for a missing one)."""
        t = self.view["tables"][table]
        if not t["present"]:
            return set()
        found = {t.get("line")}
        for row in t["rows"].values():
            found.add(row.get("line"))
            found.update(c.get("line") for c in row.get("cells", {}).values())
        found.discard(None)
        return found

    def section(self, number: int) -> str:
        return f"{self.r}-s{number}"

    def line(self, n: int) -> str:
        return f"{self.r}-L{n}"

    def place(self, loc: Location) -> Optional[str]:
        """The id of the most precise place of the report that ``loc`` names, or None."""
        view = self.view
        if view is not None and loc.table in self.tables:
            t = view["tables"][loc.table]
            row = t["rows"].get(loc.row_key) if loc.row_key else None
            if t["present"] and row is not None and not row.get("missing"):
                if loc.column_key and loc.column_key in row["cells"]:
                    return self.cell(loc.table, loc.row_key, loc.column_key)
                return self.row(loc.table, loc.row_key)
            if t["present"] and row is None and loc.column_key and not loc.row_key:
                if any(loc.column_key in r.get("cells", {}) for r in t["rows"].values()):
                    return self.col(loc.table, loc.column_key)
            if row is not None and row.get("missing"):
                return self.row(loc.table, loc.row_key)
            return self.tables[loc.table]
        number = _section_number(loc.section)
        if view is not None and number and any(n == number for n, _ in view.get("official_sections", ())):
            return self.section(number)
        return None

    def mark(self, place: str, fid: str, severity: str) -> None:
        if (fid, severity) not in self.marks[place]:
            self.marks[place].append((fid, severity))

    def attrs(self, place: str, extra: str = "") -> str:
        """The attributes of a place: its id, and when findings name it its mark."""
        found = self.marks.get(place)
        cls = extra
        if not found:
            return f' id="{place}"' + (f' class="{cls}"' if cls else "")
        sev = min((s for _, s in found), key=lambda s: _RANK.get(s, 9))
        cls = f"{cls} mk m-{sev}".strip()
        return f' id="{place}" class="{cls}" data-f="{" ".join(f for f, _ in found)}"'

    def refs(self, place: str, numbers: Dict[str, int]) -> str:
        """Links from a place to the findings that name it (their numbers)."""
        found = self.marks.get(place)
        if not found:
            return ""
        return "<sup class=fr>" + "".join(f'<a href="#{f}">{numbers[f]}</a>' for f, _ in found) + "</sup>"


def _section_number(label: Optional[str]) -> int:
    if label and label[0] in _NUMERALS and label[1:2] == "、":
        return _NUMERALS.index(label[0]) + 1
    return 0


def _family(code: str, families: Dict[str, str]) -> str:
    if code in families:
        return families[code]
    prefix = "".join(ch for ch in code if ch.isalpha())
    return FAMILIES.get(prefix, (prefix.lower() or "other",))[0]


def _family_label(family: str, lang: str) -> str:
    for en, zh in FAMILIES.values():
        if en == family:
            return en if lang == "en" else zh
    return family


# ----------------------------------------------------------------------------------------
# one report

class _Report:
    def __init__(self, index: int, result: FileResult, ctx: OutputContext, families: Dict[str, str]):
        self.i = index
        self.result = result
        self.ctx = ctx
        self.t = TEXTS["en" if ctx.lang == "en" else "zh"]
        self.view = result.bound
        self.places = _Places(index, self.view)
        self.families = families
        self.fids: List[str] = []
        self.targets: List[Optional[str]] = []
        self.numbers: Dict[str, int] = {}
        for n, d in enumerate(result.diagnostics):
            fid = f"{self.places.r}-f{n + 1}"
            self.fids.append(fid)
            self.numbers[fid] = n + 1
            self.targets.append(self._place(d, fid))

    def _place(self, d: Diagnostic, fid: str) -> Optional[str]:
        """Mark every place ``d`` names (its location, its related cells); return where it leads.

        A finding about a cell whose span is in the prose (a number in the text that the table
        contradicts) marks both, and leads to the prose; one about a section that is there and
        whose span is elsewhere in it marks that line."""
        p = self.places
        target = p.place(d.location)
        for rel in d.related:
            other = p.place(rel.location)
            if other is not None and p.in_table(other) and other not in p.tables.values():
                p.mark(other, fid, d.severity)  # a related cell, row or column head
        for row in self._missing_rows(d):
            p.mark(row, fid, d.severity)
        line = d.span.line if d.span is not None and d.span.line in self.result.lines else None
        if target is not None:
            p.mark(target, fid, d.severity)
            if line is None:
                return target
            if p.in_table(target):
                if line in p.table_lines(d.location.table):
                    return target
            elif target not in p.found_sections or p.found_sections[target] == line:
                return target
        if line is not None:
            s = d.span
            for n in range(s.line, s.end_line + 1):
                if n not in self.result.lines:
                    continue
                start = s.column - 1 if n == s.line else 0
                end = s.end_column - 1 if n == s.end_line else None
                p.spans[n].append((max(start, 0), end, fid, d.severity))
                p.mark(p.line(n), fid, d.severity)
            return p.line(line)
        return target

    def _missing_rows(self, d: Diagnostic) -> List[str]:
        """The rows a finding about a table says are missing (its data's ``missing`` row keys, as
        C202 gives them) that the table indeed lacks."""
        keys = d.data.get("missing") if isinstance(d.data, dict) else None
        t = (self.view or {}).get("tables", {}).get(d.location.table or "")
        if not keys or not isinstance(keys, list) or not t or not t.get("present"):
            return []
        rows = t["rows"]
        return [self.places.row(d.location.table, k) for k in keys
                if isinstance(k, str) and rows.get(k, {}).get("missing")]

    # -- the parts
    def title(self) -> str:
        v = self.view or {}
        facts = v.get("facts") or {}
        return facts.get("title") or facts.get("agency") or self.result.path

    def agency_year(self) -> Tuple[str, str]:
        facts = (self.view or {}).get("facts") or {}
        return facts.get("agency") or self.t["unknown"], str(facts.get("year") or self.t["unknown"])

    def html(self, multi: bool) -> str:
        t, r = self.t, self.result
        counts = Counter(d.severity for d in r.diagnostics)
        out = [f'<section class="report" id="{self.places.r}">']
        if multi:
            out.append(f'<nav><a href="#summary">← {t["back"]}</a></nav>')
        out.append(f"<h2>{escape(self.title())}</h2>")
        fmt = (self.view or {}).get("format") or {}
        meta = [escape(r.path), escape(r.kind)] + ([escape(str(fmt.get("name")))] if fmt.get("name") else [])
        out.append(f'<p class="meta">{" · ".join(meta)} · '
                   + " ".join(f'<span class="badge b-{s}">{t[s]} {counts.get(s, 0)}</span>' for s in SEVERITIES)
                   + "</p>")
        if r.errors:
            out.append(f'<div class="errors"><h3>{t["errors"]}</h3><ul>'
                       + "".join(f"<li>{escape(e.message)}</li>" for e in r.errors) + "</ul></div>")
        out.append(f'<h3>{t["findings"]} ({len(r.diagnostics)})</h3>')
        out.append(self.findings())
        out.append(f'<h3>{t["content"]}</h3>')
        out.append(self.body())
        out.append("</section>")
        return "\n".join(out)

    def findings(self) -> str:
        t, lang = self.t, self.ctx.lang
        if not self.result.diagnostics:
            return f'<p class="none">{t["none"]}</p>'
        items = []
        for d, fid, target in zip(self.result.diagnostics, self.fids, self.targets):
            fam = _family(d.code, self.families)
            where = d.location.describe(lang)
            if self.result.kind == "text" and d.span is not None:
                pos = t["line"].format(line=d.span.line, column=d.span.column)
            else:
                pos = d.origin or ""
            place = " · ".join(x for x in (escape(where), escape(pos)) if x)
            msg = escape(d.message)
            if target:
                msg = f'<a class="go" href="#{target}">{msg}</a>'
            items.append(
                f'<li class="f s-{d.severity}" id="{fid}" data-sev="{d.severity}" data-fam="{fam}"'
                + (f' data-target="{target}"' if target else "") + ">"
                f'<span class="n">{self.numbers[fid]}</span>'
                f'<a class="code" href="#doc-{escape(d.code)}" data-code="{escape(d.code)}">{escape(d.code)}</a>'
                f'<span class="sev">{t.get(d.severity, d.severity)}</span>'
                f'<span class="msg">{msg}</span>'
                + (f'<span class="where">{place}</span>' if place else "") + "</li>")
        return '<ol class="findings">' + "".join(items) + "</ol>"

    def body(self) -> str:
        v, t, p = self.view, self.t, self.places
        if v is None:
            lines = sorted(p.spans)
            return (f'<p class="none">{t["no_tables"]}</p>'
                    + "".join(self._line(n) for n in lines))
        official = v.get("official_sections") or []
        found = {s["number"]: s for s in v.get("sections", ()) if s.get("official")}
        starts = sorted((s["line"], s["number"]) for s in found.values() if s.get("line"))
        lines_in: Dict[int, List[int]] = defaultdict(list)
        for n in sorted(p.spans):
            number = 0
            for line, num in starts:
                if line <= n:
                    number = num
            lines_in[number].append(n)
        tables_in: Dict[int, List[str]] = defaultdict(list)
        for key, tab in v.get("tables", {}).items():
            number = tab.get("section") if tab.get("present") and tab.get("section") else \
                v.get("table_sections", {}).get(key, 0)
            tables_in[number or 0].append(key)
        out = []
        if lines_in.get(0) or tables_in.get(0):
            out.append(f'<div class="sec front"><h4>{t["front"]}</h4>'
                       + "".join(self._line(n) for n in lines_in.get(0, ()))
                       + "".join(self.table(k) for k in tables_in.get(0, ())) + "</div>")
        numbers = [n for n, _ in official] + sorted(set(tables_in) - {0} - {n for n, _ in official})
        titles = dict(official)
        for number in numbers:
            place = p.section(number)
            s = found.get(number)
            label = f"{_NUMERALS[number - 1] if 0 < number <= 10 else number}、{titles.get(number, '')}"
            if s is not None:
                head = f'<h4{p.attrs(place)}>{escape(s["heading"])}{p.refs(place, self.numbers)}</h4>'
            else:
                head = (f'<h4{p.attrs(place, "missing")}>{escape(label)} <span class="miss">'
                        f'{t["missing_section"]}</span>{p.refs(place, self.numbers)}</h4>')
            out.append(f'<div class="sec">{head}'
                       + "".join(self._line(n) for n in lines_in.get(number, ()))
                       + "".join(self.table(k) for k in tables_in.get(number, ())) + "</div>")
        return "\n".join(out)

    def _line(self, n: int) -> str:
        p = self.places
        text = self.result.lines.get(n, "")
        spans = p.spans.get(n, [])
        cuts = sorted({0, len(text)} | {min(max(s, 0), len(text)) for s, _, _, _ in spans}
                      | {len(text) if e is None else min(e, len(text)) for _, e, _, _ in spans})
        parts = []
        for a, b in zip(cuts, cuts[1:]):
            piece = escape(text[a:b])
            over = [(f, sev) for s, e, f, sev in spans if s <= a and (len(text) if e is None else e) >= b]
            if over and piece:
                sev = min((sv for _, sv in over), key=lambda s: _RANK.get(s, 9))
                piece = f'<mark class="m-{sev}" data-f="{" ".join(f for f, _ in over)}">{piece}</mark>'
            parts.append(piece)
        return (f'<p{p.attrs(p.line(n), "line")}><span class="ln">{n}</span>{"".join(parts) or "&nbsp;"}'
                f'{p.refs(p.line(n), self.numbers)}</p>')

    def table(self, key: str) -> str:
        v, t, p = self.view, self.t, self.places
        tab = v["tables"][key]
        place = p.tables[key]
        caption = f'{escape(key)} {escape(tab.get("title") or "")}'
        if not tab.get("present"):
            return (f'<div{p.attrs(place, "table missing")}><p class="cap">{caption} '
                    f'<span class="miss">{t["missing_table"]}</span>{p.refs(place, self.numbers)}</p></div>')
        cols: Dict[str, str] = {}
        for row in tab["rows"].values():
            for ck, c in row.get("cells", {}).items():
                cols.setdefault(ck, c["label"])
        out = [f'<div{p.attrs(place, "table")}><p class="cap">{caption}{p.refs(place, self.numbers)}</p>']
        if tab.get("status") == "unreadable":
            out.append(f'<p class="miss">{t["unreadable"]}: {escape(str(tab.get("evidence") or ""))}</p>')
        out.append("<table class=grid><thead>")
        grouped = cols and all("·" in label for label in cols.values())
        if grouped:
            groups: List[List[Any]] = []
            for label in cols.values():
                g = label.split("·", 1)[0]
                if groups and groups[-1][0] == g:
                    groups[-1][1] += 1
                else:
                    groups.append([g, 1])
            out.append('<tr><th rowspan="2"></th>' + "".join(
                f'<th colspan="{n}">{escape(g)}</th>' for g, n in groups) + "</tr>")
        out.append("<tr>" + ("" if grouped else "<th></th>") + "".join(
            f'<th{p.attrs(p.col(key, ck))}>{escape(label.split("·", 1)[-1] if grouped else label)}'
            f'{p.refs(p.col(key, ck), self.numbers)}</th>' for ck, label in cols.items()) + "</tr></thead><tbody>")
        width = len(cols)
        for rk, row in tab["rows"].items():
            rid = p.row(key, rk)
            label = escape(row.get("written") or row.get("label") or "")
            if row.get("missing"):
                out.append(f'<tr{p.attrs(rid, "missing")}><th>{escape(row.get("label") or "")}'
                           f'{p.refs(rid, self.numbers)}</th><td colspan="{max(width, 1)}" class="miss">'
                           f'{t["missing_row"]}</td></tr>')
                continue
            cells = []
            for ck in cols:
                c = row["cells"].get(ck)
                if c is None:
                    cells.append('<td class="na"></td>')
                    continue
                cid = p.cell(key, rk, ck)
                text = escape(c.get("text") or "")
                state = c.get("state") or ""
                if cid in p.marks:
                    cells.append(f'<td{p.attrs(cid, state)} data-cell="{escape(key)}/{escape(rk)}/{escape(ck)}">'
                                 f'{text}{p.refs(cid, self.numbers)}</td>')
                else:
                    cells.append(f'<td class="{state}">{text}</td>' if state != "value" else f"<td>{text}</td>")
            out.append(f'<tr><th{p.attrs(rid)}>{label}{p.refs(rid, self.numbers)}</th>{"".join(cells)}</tr>')
        out.append("</tbody></table></div>")
        return "".join(out)


# ----------------------------------------------------------------------------------------
# the page

def _docs(rules: Sequence[type], codes: Iterable[str], lang: str) -> str:
    by_code = {r.code: r for r in rules}
    out = []
    for code in sorted(set(codes)):
        rule = by_code.get(code)
        if rule is None:
            continue
        html = []
        for line in rule.docs(lang).splitlines():
            if line.startswith("## "):
                html.append(f"<h5>{escape(line[3:])}</h5>")
            elif line.startswith("# "):
                html.append(f"<h4>{escape(line[2:])}</h4>")
            elif line.strip():
                html.append(f"<p>{escape(line)}</p>")
        out.append(f'<div class="doc" id="doc-{escape(code)}">{"".join(html)}</div>')
    return "".join(out)


def _bar(n: int, top: int, sev: str = "") -> str:
    w = round(160 * n / top) if top else 0
    return (f'<svg class="bar" width="160" height="12" viewBox="0 0 160 12" aria-hidden="true">'
            f'<rect class="{("bar-" + sev) if sev else "bar-all"}" width="{w}" height="12"></rect></svg>')


def _count_table(group: str, head: Sequence[str], rows: List[Tuple[str, List[str], int, str]]) -> str:
    """A sortable table of counts with a bar per row: rows = (key, cells, count, severity)."""
    top = max([n for _, _, n, _ in rows] + [1])
    out = [f'<table class="counts sortable" data-g="{group}"><thead><tr>'
           + "".join(f"<th>{escape(h)}</th>" for h in head) + "<th></th></tr></thead><tbody>"]
    for key, cells, n, sev in rows:
        out.append(f'<tr data-k="{escape(key)}">' + "".join(f"<td>{c}</td>" for c in cells)
                   + f'<td class="n">{n}</td><td>{_bar(n, top, sev)}</td></tr>')
    out.append("</tbody></table>")
    return "".join(out)


def _summary(reports: List[_Report], ctx: OutputContext, families: Dict[str, str]) -> Tuple[str, list]:
    t = TEXTS["en" if ctx.lang == "en" else "zh"]
    lang = ctx.lang
    names = {r.code: ((r.summary_en or r.summary) if lang == "en" else r.summary) or r.name for r in ctx.rules}
    rows = []  # (report, code, severity, family, finding id)
    for rep in reports:
        for d, fid in zip(rep.result.diagnostics, rep.fids):
            rows.append((rep.i, d.code, d.severity, _family(d.code, families), fid))
    by_rule = Counter(c for _, c, _, _, _ in rows)
    by_sev = Counter(s for _, _, s, _, _ in rows)
    by_agency: Counter = Counter()
    by_year: Counter = Counter()
    for rep in reports:
        agency, year = rep.agency_year()
        by_agency[agency] += len(rep.result.diagnostics)
        by_year[year] += len(rep.result.diagnostics)
    failed = sum(1 for rep in reports if rep.result.errors)
    fams = sorted({f for _, _, _, f, _ in rows} | {r.family() for r in ctx.rules},
                  key=lambda f: [x[0] for x in FAMILIES.values()].index(f) if f in [x[0] for x in FAMILIES.values()] else 99)
    out = [f'<section id="summary"><h2>{t["summary"]}</h2>',
           f'<p class="meta">{t["reports"]} {len(reports)} · {t["findings"]} {len(rows)} · '
           + " ".join(f'<span class="badge b-{s}">{t[s]} {by_sev.get(s, 0)}</span>' for s in SEVERITIES)
           + (f' · <span class="miss">{t["errors"]} {failed}</span>' if failed else "") + "</p>",
           f'<form class="flt" onsubmit="return false"><b>{t["filters"]}</b> <span>{t["family"]}:</span> '
           + "".join(f'<label><input type="checkbox" data-k="fam" value="{f}" checked> {escape(_family_label(f, lang))}'
                     f"</label>" for f in fams)
           + f' <span>{t["severity"]}:</span> '
           + "".join(f'<label><input type="checkbox" data-k="sev" value="{s}" checked> {t[s]}</label>'
                     for s in SEVERITIES) + "</form>",
           '<div class="cols">']
    rule_rows = [(code, [f'<a class="code" href="#doc-{escape(code)}" data-code="{escape(code)}">{escape(code)}</a>',
                         escape(names.get(code, "")), escape(_family_label(_family(code, families), lang))],
                  n, "") for code, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))]
    out.append(f'<div class="wide"><h3>{t["by_rule"]}</h3>'
               + _count_table("rule", [t["rule"], t["name"], t["family"], t["count"]], rule_rows) + "</div>")
    out.append(f'<div><h3>{t["by_severity"]}</h3>'
               + _count_table("sev", [t["severity"], t["count"]],
                              [(s, [t[s]], by_sev.get(s, 0), s) for s in SEVERITIES]) + "</div>")
    out.append(f'<div><h3>{t["by_agency"]}</h3>'
               + _count_table("agency", [t["agency"], t["count"]],
                              [(a, [escape(a)], n, "") for a, n in sorted(by_agency.items(),
                                                                          key=lambda kv: (-kv[1], kv[0]))]) + "</div>")
    out.append(f'<div><h3>{t["by_year"]}</h3>'
               + _count_table("year", [t["year"], t["count"]],
                              [(y, [escape(y)], n, "") for y, n in sorted(by_year.items())]) + "</div>")
    out.append("</div>")
    report_rows = []
    for rep in reports:
        agency, year = rep.agency_year()
        flag = f' <span class="miss">{t["errors"]}</span>' if rep.result.errors else ""
        report_rows.append((str(rep.i), [f'<a href="#{rep.places.r}">{escape(rep.result.path)}</a>{flag}',
                                         escape(agency), escape(year)], len(rep.result.diagnostics), ""))
    out.append(f'<h3>{t["reports"]}</h3>'
               + _count_table("report", [t["file"], t["agency"], t["year"], t["findings"]], report_rows))
    out.append("</section>")
    data = [[i, code, sev, fam, fid] for i, code, sev, fam, fid in rows]
    agency_year = [list(rep.agency_year()) for rep in reports]
    return "\n".join(out), [data, agency_year]


_CSS = """
:root{--error:#c62828;--warning:#e08a00;--note:#1e6fd0;--error-bg:#fde0dc;--warning-bg:#fff1c7;--note-bg:#dcebfd}
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;
max-width:1200px;padding:1em 1.5em;color:#222;line-height:1.5}
h1{font-size:1.4em}h2{font-size:1.25em;margin-top:1.5em}h3{font-size:1.05em;margin:1.2em 0 .4em}
h4{font-size:1em;margin:.8em 0 .3em}
.meta{color:#555;font-size:.9em}
.badge{display:inline-block;padding:0 .5em;border-radius:.8em;font-size:.85em;margin-right:.3em}
.b-error{background:var(--error-bg);color:var(--error)}.b-warning{background:var(--warning-bg);color:#8a5200}
.b-note{background:var(--note-bg);color:var(--note)}
.findings{list-style:none;padding:0}
.f{display:flex;flex-wrap:wrap;gap:.5em;align-items:baseline;padding:.25em .4em;border-left:4px solid #aaa;margin:.2em 0}
.f.s-error{border-color:var(--error)}.f.s-warning{border-color:var(--warning)}.f.s-note{border-color:var(--note)}
.f .n{color:#777;min-width:1.6em;text-align:right}
.code{font-family:monospace;font-weight:bold;text-decoration:none;color:#333;background:#eee;padding:0 .3em;border-radius:3px}
.sev{font-size:.85em;color:#555}.f.s-error .sev{color:var(--error)}
.msg{flex:1 1 30em}.msg a{color:inherit}
.where{color:#666;font-size:.85em}
.f.hl{background:#fffbe0}
table{border-collapse:collapse}
.grid{font-size:.85em;margin:.3em 0 1em}
.grid th,.grid td{border:1px solid #bbb;padding:.15em .4em}
.grid td{text-align:right;min-width:3em}
.grid tbody th{text-align:left;font-weight:normal;max-width:28em}
.grid td.blank{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px)}
.grid td.na{background:#f3f3f3}
.mk.m-error{background:var(--error-bg);box-shadow:inset 0 0 0 2px var(--error)}
.mk.m-warning{background:var(--warning-bg);box-shadow:inset 0 0 0 2px var(--warning)}
.mk.m-note{background:var(--note-bg);box-shadow:inset 0 0 0 2px var(--note)}
.mk.off{background:none;box-shadow:none}
div.table.mk{background:none}div.table.mk.m-error>.cap{background:var(--error-bg)}
div.table.mk.m-warning>.cap{background:var(--warning-bg)}div.table.mk.m-note>.cap{background:var(--note-bg)}
mark.m-error{background:var(--error-bg);border-bottom:2px solid var(--error)}
mark.m-warning{background:var(--warning-bg);border-bottom:2px solid var(--warning)}
mark.m-note{background:var(--note-bg);border-bottom:2px solid var(--note)}
:target,.focus{outline:3px solid #6a1b9a;outline-offset:1px;scroll-margin:30vh}
.report:target,#summary:target{outline:none}
.fr{font-size:.7em;margin-left:.2em}.fr a{margin-left:.15em;color:#444}
.missing,.miss{color:var(--error)}
tr.missing th,tr.missing td{background:#fbeaea;font-style:italic}
div.table.missing,h4.missing{border:1px dashed var(--error);padding:.3em .5em}
.cap{font-weight:bold;margin:.6em 0 .2em}
.line{margin:.2em 0;padding:.2em .4em;white-space:pre-wrap;background:#fafafa}
.line .ln{color:#999;font-size:.8em;margin-right:.6em;user-select:none}
.sec{border-top:1px solid #ddd;margin-top:.6em}
.errors{border:1px solid var(--error);padding:.3em .8em;margin:.5em 0}
.flt{margin:.6em 0;padding:.4em .6em;background:#f5f5f5}.flt label{margin-right:.8em;white-space:nowrap}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:0 2em}
.counts{font-size:.9em}.counts th,.counts td{padding:.1em .6em;text-align:left;border-bottom:1px solid #eee}
.counts td.n{text-align:right}.counts td,.counts th{white-space:nowrap}.counts[data-g=rule] td:nth-child(2),.counts[data-g=report] td:first-child{white-space:normal}.cols>.wide{grid-column:1/-1}
.sortable th{cursor:pointer}.sortable th:after{content:" ⇅";color:#bbb}
.bar-all{fill:#607d8b}.bar-error{fill:var(--error)}.bar-warning{fill:var(--warning)}.bar-note{fill:var(--note)}
.docs .doc{display:none}.docs .doc:target{display:block}
dialog{max-width:50em;border:1px solid #888;border-radius:6px}dialog .doc{display:block}
.multi .report{display:none}.multi .report:target,.multi .report:has(:target){display:block}
.multi:has(.report:target) #summary,.multi:has(.report :target) #summary{display:none}
footer{color:#888;font-size:.8em;margin-top:2em}
@media print{
 body{max-width:none;padding:0;font-size:10pt}
 nav,.flt,dialog,.sortable th:after,.docs,.fr{display:none!important}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 :target,.focus{outline:none}
 .report,.sec,.grid tr,.f{break-inside:avoid-page}
 .multi .report:target,.multi .report:has(:target){break-before:page}
 a{color:inherit;text-decoration:none}
}
"""

_JS = r"""
(function(){
var el=document.getElementById('gl-data'),D=el?JSON.parse(el.textContent):[[],[]];
function $$(s,r){return Array.prototype.slice.call((r||document).querySelectorAll(s));}
function mark(id){$$('.focus').forEach(function(e){e.classList.remove('focus');});
 var t=id&&document.getElementById(id);if(!t)return;t.classList.add('focus');
 var fs=(t.getAttribute('data-f')||'').split(' ');
 $$('.f.hl').forEach(function(e){e.classList.remove('hl');});
 fs.forEach(function(f){var e=document.getElementById(f);if(e)e.classList.add('hl');});}
window.addEventListener('hashchange',function(){mark(location.hash.slice(1));});
if(location.hash)mark(decodeURIComponent(location.hash.slice(1)));
var dlg=document.getElementById('gl-doc');
document.addEventListener('click',function(ev){
 var a=ev.target.closest&&ev.target.closest('a.code');
 if(a&&dlg&&dlg.showModal){var d=document.getElementById('doc-'+a.getAttribute('data-code'));
  if(d){ev.preventDefault();dlg.querySelector('.body').innerHTML=d.outerHTML;dlg.showModal();}}
 var th=ev.target.closest&&ev.target.closest('.sortable th');
 if(th){var tb=th.closest('table'),i=Array.prototype.indexOf.call(th.parentNode.children,th),
  body=tb.tBodies[0],asc=th.getAttribute('data-asc')!=='1';
  $$('th',tb).forEach(function(h){h.removeAttribute('data-asc');});th.setAttribute('data-asc',asc?'1':'0');
  var rows=Array.prototype.slice.call(body.rows);
  rows.sort(function(x,y){var a=x.cells[i].textContent.trim(),b=y.cells[i].textContent.trim(),
   na=parseFloat(a),nb=parseFloat(b),c=(!isNaN(na)&&!isNaN(nb))?na-nb:a.localeCompare(b,'zh');return asc?c:-c;});
  rows.forEach(function(r){body.appendChild(r);});}
});
function apply(){
 var off={};$$('.flt input').forEach(function(i){if(!i.checked)off[i.getAttribute('data-k')+':'+i.value]=1;});
 var vis={},n={rule:{},sev:{},agency:{},year:{},report:{}};
 D[0].forEach(function(x){if(off['sev:'+x[2]]||off['fam:'+x[3]])return;vis[x[4]]=1;
  var ay=D[1][x[0]]||['',''];[['rule',x[1]],['sev',x[2]],['agency',ay[0]],['year',ay[1]],['report',String(x[0])]]
  .forEach(function(p){n[p[0]][p[1]]=(n[p[0]][p[1]]||0)+1;});});
 $$('.f').forEach(function(e){e.hidden=!vis[e.id];});
 $$('[data-f]').forEach(function(e){e.classList.toggle('off',!e.getAttribute('data-f').split(' ').some(function(f){return vis[f];}));});
 $$('table.counts').forEach(function(tb){var g=tb.getAttribute('data-g'),c=n[g]||{},rows=$$('tbody tr',tb),top=1;
  rows.forEach(function(r){top=Math.max(top,c[r.getAttribute('data-k')]||0);});
  rows.forEach(function(r){var k=c[r.getAttribute('data-k')]||0;r.querySelector('td.n').textContent=k;
   r.querySelector('rect').setAttribute('width',Math.round(160*k/top));
   if(g==='rule'||g==='sev')r.hidden=!k;});});
}
$$('.flt input').forEach(function(i){i.addEventListener('change',apply);});
})();
"""


def format_results(results: Sequence[FileResult], ctx: OutputContext) -> str:
    lang = "en" if ctx.lang == "en" else "zh"
    t = TEXTS[lang]
    families = {r.code: r.family() for r in ctx.rules}
    reports = [_Report(i, r, ctx, families) for i, r in enumerate(results)]
    multi = len(reports) != 1
    body = []
    if multi:
        summary, data = _summary(reports, ctx, families)
        body.append(summary)
    else:
        data = [[[0, d.code, d.severity, _family(d.code, families), fid]
                 for d, fid in zip(reports[0].result.diagnostics, reports[0].fids)],
                [list(reports[0].agency_year())]]
    body.extend(rep.html(multi) for rep in reports)
    errors = "".join(f"<li>{escape(e.message)}</li>" for e in ctx.run_errors)
    if errors:
        body.insert(0, f'<div class="errors"><h3>{t["errors"]}</h3><ul>{errors}</ul></div>')
    codes = {d.code for r in results for d in r.diagnostics}
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return "".join([
        f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">",
        f"<title>{t['title']}</title><style>{_CSS}</style></head>\n",
        f'<body class="{"multi" if multi else "single"}"><h1>{t["title"]}</h1>\n',
        "\n".join(body),
        f'\n<section class="docs"><h3>{t["docs"]}</h3>{_docs(ctx.rules, codes, lang)}</section>',
        f'<dialog id="gl-doc"><form method="dialog"><button>{t["close"]}</button></form><div class="body"></div></dialog>',
        f'<footer>{escape(t["generated"].format(version=ctx.tool_version or ""))}</footer>',
        f'<script type="application/json" id="gl-data">{payload}</script>',
        f"<script>{_JS}</script></body></html>\n",
    ])
