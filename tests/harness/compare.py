"""What a rendering must preserve: the bound cells and the findings, without positions.

Lines and columns differ between a source text and its renderings (a PDF's text is not the
source's), so positions are left out; everything the binder and the rules decided is kept:
the detected format, each official row (missing, or each cell's state and value) and each
finding's code, logical location and message.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from govlint.binder.bind import bind
from govlint.config import from_dict
from govlint.outputs.parsed import dump_bound
from govlint.run.engine import Settings, lint_file, lint_text
from govlint.syntax.parser import parse
from govlint.layout.documents import read
from govlint.testing import make_registry

SETTINGS = Settings.make(from_dict({}), make_registry())

Finding = Tuple[str, str, str, str, str, str]  # code, section, table, row key, column key, message


def bound_of(text: str, source: Optional[dict] = None) -> Dict[tuple, object]:
    """(key…) → what was bound: the format id, each table's presence, each official row
    ("missing", or column key → (state, value))."""
    d = dump_bound(bind(parse(text, "report", source)))
    out: Dict[tuple, object] = {("format",): d["format"]["id"]}
    for tk, t in d["tables"].items():
        out[tk, "present"] = t["present"]
        for rk, r in t["rows"].items():
            out[tk, rk] = "missing" if r.get("missing") else {
                ck: (c["state"], c["value"]) for ck, c in r["cells"].items()}
    return out


def findings_of(result) -> List[Finding]:
    """The findings without positions; a tool error (unreadable file, crashed rule) is one too."""
    out = [("ERROR", e.kind, "", "", "", e.message) for e in result.errors]
    for d in result.diagnostics:
        loc = d.location
        out.append((d.code, loc.section or "", loc.table or "", loc.row_key or "", loc.column_key or "", d.message))
    return sorted(out)


def expected(text: str) -> Tuple[Dict[tuple, object], List[Finding]]:
    """The reference: what the source text itself binds to and gives."""
    return bound_of(text), findings_of(lint_text(text, "report.txt", SETTINGS))


def observed(path: Path) -> Tuple[Dict[tuple, object], List[Finding]]:
    """What govlint makes of a rendered file, through the same reader ``govlint check`` uses."""
    doc = read(path)
    return bound_of(doc.text, doc.source), findings_of(lint_file(str(path), SETTINGS))


def _show(v) -> str:
    if isinstance(v, tuple):
        return str(v[1]) if v[0] == "value" else v[0]
    return "row missing" if v == "missing" else str(v)


def cell_differences(want: Dict[tuple, object], got: Dict[tuple, object]) -> List[str]:
    """``key: expected → got`` for every bound fact that differs; a row missing on one side is
    one difference, not one per cell."""
    out = []
    for k in sorted(set(want) | set(got), key=str):
        w, g = want.get(k, "absent"), got.get(k, "absent")
        if w == g:
            continue
        if isinstance(w, dict) and isinstance(g, dict):
            for ck in list(w) + [c for c in g if c not in w]:
                if w.get(ck) != g.get(ck):
                    out.append(f"{'.'.join(k)}.{ck}: {_show(w.get(ck, 'absent'))} → {_show(g.get(ck, 'absent'))}")
        else:
            out.append(f"{'.'.join(k)}: {_show(w) if not isinstance(w, dict) else 'bound'} → "
                       f"{_show(g) if not isinstance(g, dict) else 'bound'}")
    return out


def finding_differences(want: List[Finding], got: List[Finding]) -> List[str]:
    w, g = Counter(want), Counter(got)
    show = lambda f: f"{f[0]} {'/'.join(p for p in f[2:5] if p) or f[1]}: {f[5]}"
    return ([f"missing {show(f)}" for f in sorted((w - g).elements())]
            + [f"extra {show(f)}" for f in sorted((g - w).elements())])


def summary(cells: List[str], finds: List[str]) -> str:
    """One line: the tables not found, the rows missing, the rows whose cells differ (how many
    cells, the commonest change) and the extra or missing finding codes."""
    lost = {c.split(".", 1)[0] for c in cells if c.endswith(".present: True → False")}
    bits = [f"{t} not found" for t in sorted(lost)]
    rows: Dict[str, List[str]] = defaultdict(list)
    for c in cells:
        key, change = c.split(": ", 1)
        parts = key.split(".")
        if parts[0] in lost or parts[-1] == "present":
            continue
        rows[".".join(parts[:2])].append(change)
    missing = defaultdict(list)
    for row, changes in list(rows.items()):
        if changes == ["bound → row missing"]:
            missing[row.split(".")[0]].append(row.split(".")[1])
            del rows[row]
    for table, keys in missing.items():
        bits.append(f"{table} row {keys[0]} missing" if len(keys) == 1 else
                    f"{table} {len(keys)} rows missing ({', '.join(keys[:4])}{', …' if len(keys) > 4 else ''})")
    by_table: Dict[str, List[str]] = defaultdict(list)
    for row in rows:
        by_table[row.split(".")[0]].append(row)
    for table, names in by_table.items():
        if len(names) > 4:  # many rows: one phrase for the table
            changes = [c for n in names for c in rows[n]]
            common = Counter(c.split(" → ")[1] for c in changes).most_common(1)[0][0]
            bits.append(f"{table} {len(changes)} cells in {len(names)} rows differ (mostly → {common}; "
                        f"{', '.join(n.split('.')[1] for n in names[:4])}, …)")
            continue
        for row in names:
            changes = rows[row]
            common = Counter(changes).most_common(1)[0][0]
            more = "" if len(set(changes)) == 1 else ", …"
            bits.append(f"{row} {len(changes)}×({common}{more})" if len(changes) > 1 else f"{row} ({common})")
    for sign in ("extra", "missing"):
        codes = Counter(f.split(" ", 2)[1] for f in finds if f.startswith(sign))
        if codes:
            bits.append(f"{sign} " + ", ".join(f"{k}×{n}" if n > 1 else k for k, n in sorted(codes.items())))
    return "; ".join(bits)
