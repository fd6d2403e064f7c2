"""A bound report as plain data: what outlives the file's run.

The results store keeps it (``store/``: the report's facts and every bound cell) and the
cross-year rules compare two of them (``checks/pair.py``): a report read in an earlier run is
paired from the store without being read again. Plain JSON-able data, positions in the file's own
lines (``Report.to_file``), so that a snapshot is the same whether it was just made or loaded.
"""
from __future__ import annotations

from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from ..syntax.ast import Span
from .bind import BoundReport

#: bumped when the shape below changes (the store re-reads a file whose snapshot is older)
SNAPSHOT_VERSION = 4  # 2: a section's own tables kept with its prose (_own_table_rows); 3: no cell of another meaning;
#                        4: no cell of a table the binder found unreadable


def _span(report, span: Optional[Span]) -> Optional[List[int]]:
    if span is None:
        return None
    s = report.to_file(span)
    return [s.line, s.column, s.end_line, s.end_column]


#: what a cross-year rule needs of a report: ((table, row) of the cells, row "*" for all of a table's;
#: section numbers); None: everything
Keep = Optional[Tuple[FrozenSet[Tuple[str, str]], FrozenSet[int]]]
#: the report's facts alone (agency, year, level, format, title): no cell, no section, no line
FACTS_ONLY: Keep = (frozenset(), frozenset())


def _own_table_rows(bound: BoundReport, report, sec, lines: Dict[int, str]) -> List[list]:
    """The rows of the section's own tables (五 written as a table: "序号 | 存在问题 | 整改措施 | 完成时限"),
    each as [its cells' text, its span] like a paragraph, for the cross-year rules that compare a
    section's words (X803); a table on the lines of a bound statistics table is none of them."""
    tables = sec.section.tables
    if not tables:
        return []
    bound_spans = [t.span for t in bound.tables.values() if t.span is not None]
    out = []
    for table in tables:
        if any(table.span.line <= b.end_line and b.line <= table.span.end_line for b in bound_spans):
            continue  # (lines shared with a statistics table: one of them)
        for row in table.rows:
            sp = _span(report, row.span)
            out.append([" ".join(c.text.strip() for c in row.cells if c.text.strip()), sp])
            if sp is not None:
                for n in range(sp[0], sp[2] + 1):
                    lines.setdefault(n, report.line_text(n))
    return out


def snapshot(bound: BoundReport, kind: str = "text", keep: Keep = None) -> Dict[str, Any]:
    """The report's facts, every official cell, and the prose of each numbered section (or, with
    ``keep``, only the rows and sections named there: what pairing needs, kept small)."""
    report, f = bound.report, bound.facts
    cells = []
    lines: Dict[int, str] = {}
    for key, table in bound.tables.items():
        if table.status == "unreadable":
            continue  # (its cells could not be placed: no year is compared with them, C200 says so once)
        for row in table.rows.values():
            if keep is not None and (key, row.key) not in keep[0] and (key, "*") not in keep[0]:
                continue
            for cell in row.cells.values():
                if (row.key, cell.column) in table.other_meaning:
                    continue  # (a number of another meaning: no year is compared with it)
                sp = _span(report, cell.span)
                cells.append([cell.table, cell.row, cell.column, cell.state,
                              None if cell.value is None else str(cell.value), cell.text, sp])
                if sp is not None:
                    lines.setdefault(sp[0], report.line_text(sp[0]))
    sections: Dict[str, List[list]] = {}
    for sec in bound.sections:
        if sec.spec is None or (keep is not None and sec.number not in keep[1]):
            continue
        paras = sections.setdefault(str(sec.number), [])
        for p in sec.paragraphs:
            sp = _span(report, p.span)
            paras.append([p.text, sp])
            if sp is not None:
                for n in range(sp[0], sp[2] + 1):
                    lines.setdefault(n, report.line_text(n))
        paras.extend(_own_table_rows(bound, report, sec, lines))
    return {"version": SNAPSHOT_VERSION, "agency": f.agency or f.signer, "year": f.covered_year,
            "level": f.agency_level, "format": bound.format.id, "kind": kind, "title": f.title,
            "former": list(f.former), "figures": figures_digest(bound),
            "cells": cells, "sections": sections, "lines": {str(k): v for k, v in lines.items()}}


#: the fewest figures read that tell one report's copies from another report (a report whose tables
#: were mostly not read has too few to say)
_FIGURES_ENOUGH = 20


def figures_digest(bound: BoundReport) -> Optional[str]:
    """A short hash of every official figure read (table, row, column, value): the same for one report's
    copies in several formats or folders (its .docx and its PDF), which the pairing takes as one report;
    None when fewer than :data:`_FIGURES_ENOUGH` were read."""
    figures = []  # (in the format's order of tables, rows and columns: the same whatever order they were read in)
    for spec in bound.format.tables:
        t = bound.tables.get(spec.key)
        if t is None or t.status == "unreadable":
            continue
        for r in spec.rows:
            row = t.rows.get(r.key)
            if row is not None:
                cells = row.cells
                figures.extend(f"{spec.key}.{r.key}.{k}={cells[k].value}" for k in cells if cells[k].value is not None)
    if len(figures) < _FIGURES_ENOUGH:
        return None
    from ..cache import blake2b
    return blake2b("|".join(figures).encode("utf-8"), digest_size=10).hexdigest()


def trim(snap: Dict[str, Any], keep: Keep) -> Dict[str, Any]:
    """A full snapshot cut down to ``keep`` (what :func:`snapshot` with ``keep`` would have made)."""
    if keep is None:
        return snap
    cells = [c for c in snap.get("cells", ()) if (c[0], c[1]) in keep[0] or (c[0], "*") in keep[0]]
    sections = {k: v for k, v in snap.get("sections", {}).items() if int(k) in keep[1]}
    used = {str(c[6][0]) for c in cells if c[6]}
    for paras in sections.values():
        for _, sp in paras:
            if sp:
                used.update(str(n) for n in range(sp[0], sp[2] + 1))
    return {**snap, "cells": cells, "sections": sections,
            "lines": {k: v for k, v in snap.get("lines", {}).items() if k in used}}
