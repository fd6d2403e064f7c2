"""``govlint annotate``: a copy of a Word report with each finding as a Word comment.

Each finding is anchored where it stands in the document: the table cell (a cell, a row's label,
a column's head) or the paragraph its position names. govlint's positions in a Word file are
those of the text its reader made of it (``FileResult.kind == "docx"``), and each finding's
``origin`` names the block that line came from: "第12段" (the 12th paragraph the reader kept) or
"表2" (the 2nd data table). The same walk as the reader's (:class:`govlint.readers.docx._Walker`,
the one owner of that order) finds the block again; in a table, the row is the one whose cells
read as the finding's line, and the cell is the one its column falls in; in a paragraph, the
comment covers the finding's span where its runs allow. Findings about what the
document lacks (a missing section, table or row), or that have no position, go together into one
comment at the top. Comments carry the author "govlint", and the text: code, message, how to fix.

The original is only read; the copy's body text is the original's (an anchor needs a run: an
empty cell or paragraph gets an empty one; a run a span starts or ends in is split in two).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Tuple

from ..records import Record
from ..diagnostics import Diagnostic, FileResult
from ..readers import clean_text

AUTHOR = "govlint"

TEXTS = {
    "zh": {"fix": "如何修改：", "top": "govlint：以下{n}个问题在文档中没有对应的位置（如缺少的部分、表或行）"},
    "en": {"fix": "How to fix: ", "top": "govlint: {n} findings with no place in the document (a missing "
                                         "section, table or row)"},
}


class Placed(Record):
    """Where one finding's comment went: "cell", "span" (its stretch of a paragraph), "paragraph"
    or "top", and the anchor's text."""

    diagnostic: Diagnostic
    where: str
    anchor_text: str


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", clean_text(text or "", digits=True))


def _blocks(document) -> Tuple[Dict[int, object], Dict[int, object]]:
    """The reader's paragraph numbers → w:p, and table numbers → w:tbl, by the reader's own walk."""
    from ..readers.docx import _Walker

    paragraphs: Dict[int, object] = {}
    tables: Dict[int, object] = {}

    class Walker(_Walker):
        def paragraph(self, p) -> None:
            before = self.paragraphs
            super().paragraph(p)
            if self.paragraphs != before:
                paragraphs[self.paragraphs] = p

        def table(self, rows) -> list:
            nested = super().table(rows)
            if rows:
                tables[self.tables] = rows[0].getparent()
            return nested

    Walker().walk(document.element.body)
    return paragraphs, tables


def _number(origin: Optional[str], kind: str) -> Optional[int]:
    m = re.fullmatch(r"第(\d+)段" if kind == "p" else r"表(\d+)", origin or "")
    return int(m.group(1)) if m else None


def _missing(d: Diagnostic, view: Optional[dict]) -> bool:
    """Does ``d`` name a part the document lacks (a section, a table, a row)?"""
    if view is None:
        return False
    loc = d.location
    if loc.table:
        t = view.get("tables", {}).get(loc.table)
        if t is None:
            return False
        if not t.get("present"):
            return True
        row = t["rows"].get(loc.row_key) if loc.row_key else None
        return bool(row and row.get("missing"))
    if loc.section and loc.section[:1] in "一二三四五六七八九十" and loc.section[1:2] == "、":
        number = "一二三四五六七八九十".index(loc.section[0]) + 1
        return not any(s.get("number") == number and s.get("official") for s in view.get("sections", ()))
    return False


def _runs(paragraphs) -> list:
    """The runs of a stretch of paragraphs; an empty run in the first when there is none."""
    runs = [r for p in paragraphs for r in p.runs]
    if not runs:
        runs = [paragraphs[0].add_run("")]
    return runs


def _split(run, k: int):
    """Split a run of plain text at ``k`` characters: the run keeps the first part, a copy of it
    (same formatting) after it holds the rest; the copy is returned. None when the run holds more
    than one piece of text (tabs, breaks, fields): it is left whole."""
    from copy import deepcopy
    from docx.text.run import Run

    r = run._r
    texts = [c for c in r if c.tag.endswith("}t")]
    if len(texts) != 1 or any(c.tag.split("}")[1] not in ("t", "rPr") for c in r):
        return None
    text = texts[0].text or ""
    if not 0 < k < len(text):
        return None
    twin = deepcopy(r)
    r.addnext(twin)
    run.text, second = text[:k], Run(twin, run._parent)
    second.text = text[k:]
    return second


def _span_runs(para, line: str, start: int, end: Optional[int]) -> Optional[list]:
    """The runs of ``para`` that hold ``line[start:end]`` (the finding's span in the reader's line),
    runs split at its ends where needed; None when the span cannot be found in the runs as they
    are (then the whole paragraph is the anchor)."""
    needle = line[start:end]
    if not needle or needle == line.strip():
        return None
    full = "".join(r.text for r in para.runs)
    hits = [m.start() for m in re.finditer(re.escape(needle), full)]
    if not hits:
        return None
    lead = len(full) - len(full.lstrip(" \t\u3000\u00a0"))
    at = min(hits, key=lambda h: abs(h - lead - start))
    lo, hi = at, at + len(needle)
    chosen, pos = [], 0
    for run in list(para.runs):
        a, b = pos, pos + len(run.text)
        pos = b
        if b <= lo or a >= hi:
            continue
        if a < lo:
            twin = _split(run, lo - a)
            if twin is None:
                return None
            run, a = twin, lo
        if b > hi:
            if _split(run, hi - a) is None:
                return None
        chosen.append(run)
    return chosen or None


def _label_once(cells) -> list:
    """A row's grid cells with a cell merged across columns once, before the row's first number."""
    out: list = []
    numbers = False  # (a number stood before: what repeats after it is a value's merged cell, kept)
    for c in cells:
        if out and c._tc is out[-1]._tc and not numbers:
            continue
        out.append(c)
        numbers = numbers or any(ch.isdigit() for ch in c.text)
    return out


def _cell(table, line: str, column: int):
    """The cell of ``table`` that reads as ``line`` (tab-separated, as the reader wrote it), at
    the field that ``column`` (1-based) falls in."""
    fields = [_norm(f) for f in line.split("\t")]
    best, best_score = None, 0
    for row in table.rows:
        # (the grid's cells, and the same without a label's repeats: the reader writes a row of
        # numbers without the positions its label merged across columns covers)
        for cells in (row.cells, _label_once(row.cells)):
            score = sum(1 for a, c in zip(fields, cells) if a and a == _norm(c.text))
            if score > best_score:
                best, best_score = cells, score
    if best is None:
        return None
    k = line[:max(column - 1, 0)].count("\t")
    want = fields[k] if k < len(fields) else ""
    if k < len(best) and (not want or _norm(best[k].text) == want):
        return best[k]
    for c in best:  # the grid and the line disagree: the cell with the same text
        if want and _norm(c.text) == want:
            return c
    return best[min(k, len(best) - 1)]


def annotate_docx(src: Path, dst: Path, result: FileResult, rules: Mapping[str, type],
                  lang: str = "zh") -> List[Placed]:
    """Write ``dst``: a copy of the Word file ``src`` with ``result``'s findings as comments."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    t = TEXTS["en" if lang == "en" else "zh"]
    document = docx.Document(str(src))
    body = document._body
    paragraphs, tables = _blocks(document)
    placed: List[Placed] = []
    top: List[Diagnostic] = []

    def comment(d: Diagnostic, runs) -> None:  # code and message; how to fix, a paragraph of its own
        c = document.add_comment(runs, text=f"{d.code} {d.message}", author=AUTHOR, initials="GL")
        fix = getattr(rules.get(d.code), "fix", "")
        if fix:
            c.add_paragraph(t["fix"] + " ".join(fix.split()))

    for d in result.diagnostics:
        anchor = None
        if d.span is not None and not _missing(d, result.bound):
            n = _number(d.origin, "p")
            if n in paragraphs:
                para = Paragraph(paragraphs[n], body)
                anchor = ("paragraph", [para], para.text)
                s = d.span
                line = result.lines.get(s.line)
                if line is not None:
                    runs = _span_runs(para, line, s.column - 1, s.end_column - 1 if s.end_line == s.line else None)
                    if runs:
                        anchor = ("span", runs, "".join(r.text for r in runs))
            n = _number(d.origin, "t")
            if n in tables and d.span.line in result.lines:
                cell = _cell(Table(tables[n], body), result.lines[d.span.line], d.span.column)
                if cell is not None:
                    anchor = ("cell", cell.paragraphs, cell.text)
        if anchor is None:
            top.append(d)
            continue
        where, parts, text = anchor
        comment(d, parts if where == "span" else _runs(parts))
        placed.append(Placed(d, where, text))
    if top:
        first = next((Paragraph(p, body) for _, p in sorted(paragraphs.items())), None)
        if first is None:
            first = document.paragraphs[0] if document.paragraphs else document.add_paragraph("")
        c = document.add_comment(_runs([first]), text=t["top"].format(n=len(top)), author=AUTHOR, initials="GL")
        for d in top:
            c.add_paragraph(f"{d.code} {d.message}")
            fix = getattr(rules.get(d.code), "fix", "")
            if fix:
                c.add_paragraph(t["fix"] + " ".join(fix.split()))
            placed.append(Placed(d, "top", first.text))
    document.save(str(dst))
    return placed
