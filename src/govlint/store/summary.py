"""``govlint summary DB|DIR``: what a supervisor reads first. One row per report (agency, year,
level, its findings per severity and per family, the worst one), sorted worst first, and the
totals per rule; as text or CSV. From a results store (nothing is read again) or a directory
(checked now, with the cross-year pairs)."""
from __future__ import annotations

import csv
import io
from typing import Any, Dict, List, Sequence, Tuple

from ..diagnostics import SEVERITIES

_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def _family(code: str) -> str:
    return "".join(ch for ch in code if ch.isalpha()) or "?"


def report_rows(reports: Sequence[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """``reports``: dicts with path, agency, year, level and findings [(code, severity, message)]."""
    rows = []
    for r in reports:
        counts = {s: 0 for s in SEVERITIES}
        families: Dict[str, int] = {}
        worst = None
        for code, sev, msg in r["findings"]:
            counts[sev] = counts.get(sev, 0) + 1
            families[_family(code)] = families.get(_family(code), 0) + 1
            if worst is None or _RANK.get(sev, 9) < _RANK.get(worst[1], 9):
                worst = (code, sev, msg)
        rows.append({"path": r["path"], "agency": r.get("agency") or "", "year": r.get("year") or "",
                     "level": r.get("level") or "", **counts,
                     "families": " ".join(f"{k}:{v}" for k, v in sorted(families.items())),
                     "worst": f"{worst[0]} {worst[2]}" if worst else ""})
    rows.sort(key=lambda x: (-x["error"], -x["warning"], -x["note"], x["path"]))
    return rows


def rule_rows(reports: Sequence[Dict[str, Any]]) -> List[Dict[str, Any]]:
    totals: Dict[str, List[Any]] = {}
    for r in reports:
        seen = set()
        for code, sev, _ in r["findings"]:
            t = totals.setdefault(code, [sev, 0, 0])
            t[1] += 1
            if code not in seen:
                t[2] += 1
                seen.add(code)
    rows = [{"code": c, "severity": v[0], "findings": v[1], "reports": v[2]} for c, v in totals.items()]
    rows.sort(key=lambda x: (_RANK.get(x["severity"], 9), -x["findings"], x["code"]))
    return rows


def group_rows(rows: List[Dict[str, Any]], by: str) -> List[Dict[str, Any]]:
    """The report rows totalled per agency or per year, worst first."""
    out: Dict[Any, Dict[str, Any]] = {}
    for r in rows:
        g = out.setdefault(r[by], {by: r[by], "reports": 0, **{s: 0 for s in SEVERITIES}})
        g["reports"] += 1
        for s in SEVERITIES:
            g[s] += r[s]
    found = list(out.values())
    found.sort(key=lambda x: (-x["error"], -x["warning"], -x["note"], str(x[by])))
    return found


REPORT_FIELDS = ("path", "agency", "year", "level", "error", "warning", "note", "families", "worst")
RULE_FIELDS = ("code", "severity", "findings", "reports")
GROUP_FIELDS = {by: (by, "reports") + SEVERITIES for by in ("agency", "year")}


def as_csv(rows: List[Dict[str, Any]], fields: Tuple[str, ...]) -> str:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(fields), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return out.getvalue()


def as_xlsx(path: str, reports: List[Dict[str, Any]], rules: List[Dict[str, Any]]) -> None:
    """The summary as a workbook (openpyxl): one sheet per table — the reports (worst first),
    the rules, the agencies and the years — each with the CSV's columns, a frozen header row and
    a filter on it, so a supervisor can sort and filter in Excel or WPS."""
    from openpyxl import Workbook

    book = Workbook()
    sheets = [("reports", reports, REPORT_FIELDS), ("rules", rules, RULE_FIELDS)]
    sheets += [(title, group_rows(reports, by), GROUP_FIELDS[by]) for by, title in (("agency", "agencies"),
                                                                                 ("year", "years"))]
    for i, (title, rows, fields) in enumerate(sheets):
        sheet = book.active if i == 0 else book.create_sheet()
        sheet.title = title
        sheet.append(list(fields))
        for row in rows:
            sheet.append([row.get(f) for f in fields])
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    book.save(path)


def as_text(reports: List[Dict[str, Any]], rules: List[Dict[str, Any]], lang: str = "zh") -> str:
    en = lang == "en"
    lines = [("reports, worst first" if en else "报告（问题最严重的在前）")]
    for r in reports:
        who = " ".join(str(x) for x in (r["agency"], r["year"], r["level"]) if x)
        lines.append(f"  {r['path']}  {who}  E{r['error']} W{r['warning']} N{r['note']}"
                     + (f"  [{r['families']}]" if r["families"] else "") + (f"  {r['worst']}" if r["worst"] else ""))
    lines.append("totals per rule" if en else "各规则合计")
    for r in rules:
        lines.append(f"  {r['code']:6} {r['severity']:8} {r['findings']:5} "
                     + (f"findings in {r['reports']} reports" if en else f"个问题，涉及 {r['reports']} 份报告"))
    if not rules:
        lines.append("  (none)" if en else "  （无）")
    for by, head in (("agency", ("per agency", "各机关合计")), ("year", ("per year", "各年度合计"))):
        lines.append(head[0] if en else head[1])
        for g in group_rows(reports, by):
            lines.append(f"  {g[by] or '?'}  {g['reports']} {'reports' if en else '份报告'}  "
                         f"E{g['error']} W{g['warning']} N{g['note']}")
    return "\n".join(lines) + "\n"
