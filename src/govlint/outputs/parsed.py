"""What govlint understood of a report, as plain data (``govlint parse``).

The JSON form is stable: researchers use it to extract the numbers.
"""
from __future__ import annotations

from typing import Any, Dict, List

from ..binder.bind import BoundReport

DUMP_VERSION = 1


def _num(v):
    if v is None:
        return None
    return int(v) if v == v.to_integral_value() else str(v)


def dump_bound(b: BoundReport) -> Dict[str, Any]:
    f = b.facts
    at = b.report.to_file  # positions in the file as written (layout may have joined or split lines)
    tables = {}
    for key, t in b.tables.items():
        rows = {}
        for spec in t.spec.rows:
            row = t.rows.get(spec.key)
            if row is None:
                rows[spec.key] = {"label": spec.prefix + spec.label.text, "missing": True}
                continue
            cols = {}
            for col in t.spec.columns_of(spec):
                c = row.cells.get(col.key)
                cols[col.key] = {
                    "label": col.label.text, "state": c.state, "value": _num(c.value), "text": c.text,
                    "line": at(c.span).line if c.span else None, "column": at(c.span).column if c.span else None,
                }
            rows[spec.key] = {"label": spec.prefix + spec.label.text, "written": row.label,
                              "line": at(row.span).line, "section": row.section, "cells": cols}
        tables[key] = {"title": t.spec.title, "present": t.present, "status": t.status,
                       "evidence": t.evidence or None, "section": t.section,
                       "line": at(t.span).line if t.span else None, "rows": rows}
    return {
        "version": DUMP_VERSION,
        "file": b.report.path,
        "source": {k: v for k, v in b.report.source.items() if isinstance(v, (str, int, float, bool))},
        "format": {"id": b.format.id, "name": b.format.name, "detected_by": b.format_reason},
        "facts": {
            "title": f.title, "agency": f.agency, "year": f.year,
            "period": list(f.period) if f.period else None,
            "date": f.date.isoformat() if f.date else None,
            "title_line": at(f.title_span).line if f.title_span else None,
        },
        "sections": [{"number": s.number, "title": s.section.title, "heading": s.section.heading,
                      "line": at(s.section.span).line, "official": s.spec.title if s.spec else None,
                      "match": s.title_match} for s in b.sections],
        "tables": tables,
        "notes": [{"kind": n.kind, "table": n.table, "row": n.row, "column": n.column, "found": n.found,
                   "expected": n.expected, "line": at(n.span).line, "column_number": at(n.span).column}
                  for n in b.notes],
    }


def dump_text(d: Dict[str, Any]) -> str:
    out: List[str] = [f"{d['file']}"]
    fa = d["facts"]
    out.append(f"  format {d['format']['id']} ({d['format']['name']}; by {d['format']['detected_by']})")
    if d["source"]:
        out.append("  source " + ", ".join(f"{k}={v}" for k, v in d["source"].items()))
    out.append(f"  title  {fa['title'] or '-'} (line {fa['title_line'] or '-'}); agency {fa['agency'] or '-'}; "
               f"year {fa['year'] or '-'}; period {fa['period'] or '-'}; date {fa['date'] or '-'}")
    out.append("  sections")
    for s in d["sections"]:
        mark = "" if s["match"] == "exact" else f"  [{s['match']}]"
        out.append(f"    {s['line']:>5}  {s['heading']}{mark}")
    for key, t in d["tables"].items():
        out.append(f"  {key} {t['title']}: " + (f"line {t['line']}, section {t['section']}" if t["present"]
                                                 else "MISSING")
                   + (f"  [UNREADABLE: {t['evidence']}]" if t.get("status") == "unreadable" else ""))
        if not t["present"]:
            continue
        for rk, r in t["rows"].items():
            if r.get("missing"):
                out.append(f"    {'':>5}  {r['label']}: MISSING")
                continue
            vals = []
            for ck, c in r["cells"].items():
                v = c["value"] if c["state"] == "value" else {"blank": "□", "absent": "∅"}.get(
                    c["state"], repr(c["text"]))
                vals.append(str(v))
            label = r["label"] or "(data)"
            out.append(f"    {r['line']:>5}  {label[:28]:<28} {' '.join(vals)}")
    for n in d["notes"]:
        out.append(f"  note {n['kind']} line {n['line']}: {n['found']} → {n['expected']}")
    return "\n".join(out) + "\n"
