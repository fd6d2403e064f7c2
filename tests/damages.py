"""Renderer-like damages of a statistical table, one at a time, and what govlint may say about them.

A report reaches govlint through Word, WPS, PDF exports, web editors and copy-paste; its tables
arrive damaged in ways no rendering in ``tests/harness`` reproduces. This module takes a clean
source report (tab layout, ``tests/harness``'s ``all_sources()``), picks a table (表二, 表三 or 表四)
and a random place in it, and applies ONE damage. ``judge`` then says what govlint got wrong.

Two classes of damage, two oracles:

*Content-preserving* — a person reads the same numbers in the same places:
a label wrapped at a random character onto its own line above or below its row
(``label-wrapped-*``; across a page break, the page's footer and the next page's running header
between the pieces: ``label-across-a-page-break``), a number broken inside its cell by a soft hyphen or a space
(``number-broken-*``), a page break between two rows (page footer "第 3 页 共 5 页" or "- 3 -",
the running header, the head rows repeated, a caption "表三（续）"; ``page-break-*``), the cell
separators of the table or of one row changed (tab → two or more spaces, full-width spaces, " | ";
``separators-*``), full-width digits in a row (``fullwidth-row``), CRLF line ends (``crlf``), blank
lines between the rows (``blank-lines``), a row's labels on one line and its numbers on the next
(``label-above-numbers``) or the other way round (``numbers-above-label``), a head row broken over two lines at a cell (``head-row-split``), a
note "注：…" after the table and a unit line "单位：件" above it (``note-and-unit``).
Oracle: the bound cells and the findings (code, logical location, message; positions ignored)
equal the source's (``harness/compare.py``). The only finding a damage may add is the true one it
makes: full-width digits are C206 (a note on the table, which is what the damaged report has).

*Content-losing* — something a person cannot recover is gone:
a number cell removed so the row's numbers shift left (``cell-dropped``), a number cell emptied
(``cell-emptied``), a data row removed (``row-dropped``), two number cells glued ("1 0" → "10";
``cells-glued``), the table cut after a random row (``table-cut``), the head rows lost
(``head-lost``), two rows glued into one line (``rows-glued``), and a row's last number wrapped in
its narrow cell, its last digits on the next line (``number-wrapped-in-its-cell``: nothing is lost
from the page, but which of the row's cells the lone digits finish cannot be told from the text,
and a person who guesses may guess wrong).
Oracle: no finding of A30x, N601, X80x, V502 or C207 that the source did not give; every finding
the source did not give is one of the true ones the loss makes, in the damaged table:

* C200 (table unreadable) — true for every loss: the table (or the damaged row: "该行不参与…")
  really cannot be read as printed. At most once per table.
* C202 (row missing) — true when rows really are gone from the page (``row-dropped``,
  ``table-cut``) or when two rows glued on one line leave one of them unplaced (``rows-glued``).
* C203 (cell blank) — true for ``cell-emptied`` (the cell is blank) and ``cell-dropped`` (the row
  has one cell too few, whichever it was), on the damaged row only.
  C203's "该行只有N个单元格…少了一个单元格，或两个数字连在了一起" is also the true finding for
  ``cells-glued``: the row has one cell too few.
* C204 (value invalid) is never true: two counts glued are a count, and a shifted row's values
  are still the numbers printed.

and no more than one such finding in all (C202 is one per table, C203 one per row). Findings the
source gave may go: a table that cannot be read silences what rests on it.

A text form of ``harness/text_forms.py`` may make a content-preserving damage a loss
(:data:`LOST_IN_FORM`, :func:`lost_in`): on one flattened line a space inside a number is the
sign the cells are apart by, and a row's numbers set above its label stand after the row before.
Such a pair is judged by the losing oracle, C200 its true finding.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

#: the section headings that open the statistical tables' sections → the table in it
_SECTIONS = (("二、主动公开", "表二"), ("三、收到和处理", "表三"), ("四、政府信息公开行政复议", "表四"))
_NEXT = ("三、收到和处理", "四、政府信息公开行政复议", "五、存在的主要问题")
_NUMBER = re.compile(r"^\s*-?\d+(?:\.\d+)?\s*$")
_FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


@dataclass
class Table:
    name: str          # 表二 / 表三 / 表四
    start: int         # first line index of the table (its first line with a tab)
    end: int           # one past its last line with a tab
    data: List[int]    # indices of its data rows (the last cell a number)
    head: List[int]    # indices of its lines with a tab before the first data row


@dataclass
class Damaged:
    text: str
    damage: str
    kind: str          # "preserving" or "losing"
    table: str
    where: str         # the line damaged, for the report of a failure
    row_labels: List[str] = field(default_factory=list)


def _is_number(cell: str) -> bool:
    return bool(_NUMBER.match(cell))


def _is_data(line: str) -> bool:
    cells = [c for c in line.split("\t") if c.strip()]
    return "\t" in line and bool(cells) and _is_number(cells[-1])


def tables(lines: Sequence[str]) -> List[Table]:
    """The statistical tables of a tab-layout report: the lines with a tab between a table's
    section heading and the next section's."""
    out = []
    for heading, name in _SECTIONS:
        begin = next((i for i, l in enumerate(lines) if l.startswith(heading) and "…" not in l), None)
        if begin is None:
            continue
        stop = next((i for i in range(begin + 1, len(lines))
                     if lines[i].startswith(_NEXT) and "…" not in lines[i]), len(lines))
        tabbed = [i for i in range(begin + 1, stop) if "\t" in lines[i]]
        if not tabbed:
            continue
        data = [i for i in tabbed if _is_data(lines[i])]
        if not data:
            continue
        head = [i for i in tabbed if i < data[0]]
        out.append(Table(name, tabbed[0], tabbed[-1] + 1, data, head))
    return out


def _label_cells(line: str) -> List[int]:
    return [k for k, c in enumerate(line.split("\t")) if c.strip() and not _is_number(c)]


def _number_cells(line: str) -> List[int]:
    return [k for k, c in enumerate(line.split("\t")) if _is_number(c)]


# --- content-preserving damages -------------------------------------------------------------

#: what a line never ends with (an opening bracket) or starts with (a closing mark, the dot of an
#: enumerator): the line-breaking rules of Chinese typesetting every word processor follows
_NO_END, _NO_START = "（(“‘《", "）)”’》、.．，,：:；;。"


def _line_breaks(text: str) -> List[int]:
    """Where a renderer may wrap ``text``: between two characters, not after an opening bracket,
    not before a closing mark, not inside a number."""
    return [k for k in range(1, len(text)) if text[k - 1] not in _NO_END and text[k] not in _NO_START
            and not (text[k - 1].isdigit() and text[k].isdigit())]


def _label_wrapped(where: str):
    """A label cell broken at a random character, the rest on a line of its own below the row
    (``below``: a PDF's wrapped cell copied line by line) or the first part on a line above it
    (``above``: the numbers centred on the cell's second line)."""
    def damage(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
        rows = [i for i in t.data if any(len(line.split("\t")[k]) >= 4 for k in _label_cells(lines[i])
                                         for line in [lines[i]])]
        if not rows:
            return None
        i = rng.choice(rows)
        cells = lines[i].split("\t")
        k = rng.choice([k for k in _label_cells(lines[i]) if len(cells[k]) >= 4])
        cuts = _line_breaks(cells[k])
        if not cuts:
            return None
        cut = rng.choice(cuts)
        first, rest = cells[k][:cut], cells[k][cut:]
        if where == "below":
            cells[k] = first
            lines[i:i + 1] = ["\t".join(cells), rest]
        else:
            cells[k] = rest
            lines[i:i + 1] = [first, "\t".join(cells)]
        return lines[i]
    return damage


def _number_broken(sign: str):
    """A number of two digits or more broken inside its cell (a soft hyphen, a space)."""
    def damage(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
        spots = [(i, k) for i in t.data for k in _number_cells(lines[i])
                 if len(lines[i].split("\t")[k].strip()) >= 2 and "." not in lines[i].split("\t")[k]]
        if not spots:
            return None
        i, k = rng.choice(spots)
        cells = lines[i].split("\t")
        v = cells[k].strip()
        cut = rng.randrange(1, len(v))
        cells[k] = v[:cut] + sign + v[cut:]
        lines[i] = "\t".join(cells)
        return lines[i]
    return damage


def _page_break(parts: Tuple[str, ...]):
    """A page break between two rows of the table: the page's footer, the next page's running
    header, the table's head rows repeated, a caption "表N（续）", in that order."""
    def damage(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
        if len(t.data) < 2:
            return None
        i = rng.choice(t.data[1:])
        page = rng.randrange(2, 9)
        insert: List[str] = []
        for part in parts:
            if part == "footer-dash":
                insert += [f"- {page} -"]
            elif part == "footer-of":
                insert += ["", f"第 {page} 页 共 {page + 2} 页", ""]
            elif part == "header":
                insert += [_running_header(lines)]
            elif part == "caption":
                insert += [f"{t.name}（续）"]
            elif part == "head":
                insert += [lines[h] for h in t.head]
        lines[i:i] = insert
        where = lines[i + len(insert)]
        if "footer-dash" in parts or "footer-of" in parts:
            _other_pages(lines, t, page, "footer-dash" in parts, "header" in parts)
        return where
    return damage


def _running_header(lines: List[str]) -> str:
    """The report's title on one line with its year, as a page's running header prints it (a
    title over two lines, "样例县人民政府" / "2024年政府信息公开工作年度报告", in one)."""
    end = max(next((k for k, l in enumerate(lines[:5]) if "报告" in l), 0),
              next((k for k, l in enumerate(lines[:5]) if re.search(r"20\d\d", l)), 0))
    return "".join(l.strip() for l in lines[:end + 1])


def _other_pages(lines: List[str], t: Table, page: int, dash: bool, header: bool = False) -> None:
    """The footers of the page before (above the table's section heading, the running header
    after it when pages have one) and of the last page (at the end): a report's pages all carry
    their number and header, not only the one a table crosses."""
    def footer(n: int) -> List[str]:
        return [f"- {n} -"] if dash else ["", f"第 {n} 页 共 {page + 2} 页", ""]
    lines.extend(footer(page + 1))
    heading = next((k for k in range(t.start - 1, -1, -1) if lines[k].startswith(("二、", "三、", "四、"))), None)
    if heading is not None:
        lines[heading:heading] = footer(page - 1) + ([_running_header(lines)] if header else [])


def _separators(sep: str, scope: str):
    """The tabs of the whole table (or of one row) replaced by another separator."""
    def damage(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
        rows = list(range(t.start, t.end)) if scope == "table" else [rng.choice(t.data)]
        for i in rows:
            if "\t" in lines[i]:
                lines[i] = lines[i].replace("\t", sep(rng))
        return lines[rows[0]]
    return damage


def _fullwidth_row(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    i = rng.choice(t.data)
    cells = lines[i].split("\t")
    lines[i] = "\t".join(c.translate(_FULLWIDTH) if _is_number(c) else c for c in cells)
    return lines[i]


def _blank_lines(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    for i in reversed(range(t.start + 1, t.end)):
        lines[i:i] = [""]
    return lines[t.start]


def _label_and_numbers_apart(lines: List[str], t: Table, rng: random.Random, numbers_first: bool) -> Optional[str]:
    """A row's label cells and its numbers on two lines, in the order given; the label's line."""
    rows = [i for i in t.data if _label_cells(lines[i])]
    if not rows:
        return None
    i = rng.choice(rows)
    cells = lines[i].split("\t")
    labels = "\t".join(c for c in cells if c.strip() and not _is_number(c))
    numbers = "\t".join(c for c in cells if _is_number(c))
    lines[i:i + 1] = [numbers, labels] if numbers_first else [labels, numbers]
    return labels


def _label_above_numbers(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    """A row's label cells on one line, its numbers on the next (a cell taller than its numbers)."""
    return _label_and_numbers_apart(lines, t, rng, numbers_first=False)


def _numbers_above_label(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    """A row's numbers on one line, its label cells on the next (a cell taller than its numbers,
    the numbers set at its top)."""
    return _label_and_numbers_apart(lines, t, rng, numbers_first=True)


def _label_across_a_page_break(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    """A label wrapped at a random character where the page ends: its first piece beside the
    numbers, the page's footer and the next page's running header, then the rest."""
    rows = [i for i in t.data if any(_line_breaks(lines[i].split("\t")[k]) for k in _label_cells(lines[i]))]
    if not rows:
        return None
    i = rng.choice(rows)
    cells = lines[i].split("\t")
    k = rng.choice([k for k in _label_cells(lines[i]) if _line_breaks(cells[k])])
    cut = rng.choice(_line_breaks(cells[k]))
    first, rest = cells[k][:cut], cells[k][cut:]
    cells[k] = first
    page = rng.randrange(2, 9)
    dash = rng.random() < 0.5
    footer = [f"- {page} -"] if dash else ["", f"第 {page} 页 共 {page + 2} 页", ""]
    lines[i:i + 1] = ["\t".join(cells)] + footer + [_running_header(lines), rest]
    where = lines[i]
    _other_pages(lines, t, page, dash, True)
    return where


def _head_row_split(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    """A head row broken over two lines between two of its cells."""
    rows = [i for i in t.head if len([c for c in lines[i].split("\t") if c.strip()]) >= 2]
    if not rows:
        return None
    i = rng.choice(rows)
    cells = lines[i].split("\t")
    filled = [k for k, c in enumerate(cells) if c.strip()]
    cut = rng.choice(filled[1:])
    lines[i:i + 1] = ["\t".join(cells[:cut]), "\t".join(cells[cut:])]
    return lines[i]


def _note_and_unit(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    lines[t.end:t.end] = [rng.choice(["注：本表数据截至统计期末。", "注：表中数据单位为件。",
                                      "注：1.本表由办公室填报；2.数据来源于登记台账。"])]
    lines[t.start:t.start] = [rng.choice(["单位：件", "（单位：件）", "计量单位：件"])]
    return lines[t.start]


# --- content-losing damages -----------------------------------------------------------------

def _cell_dropped(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    rows = [i for i in t.data if len(_number_cells(lines[i])) >= 2]
    if not rows:
        return None
    i = rng.choice(rows)
    cells = lines[i].split("\t")
    del cells[rng.choice(_number_cells(lines[i]))]
    lines[i] = "\t".join(cells)
    return lines[i]


def _cell_emptied(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    i = rng.choice(t.data)
    cells = lines[i].split("\t")
    cells[rng.choice(_number_cells(lines[i]))] = ""
    lines[i] = "\t".join(cells)
    return lines[i]


def _row_dropped(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    i = rng.choice(t.data)
    where = lines[i]
    del lines[i]
    return where


def _cells_glued(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    spots = [(i, k) for i in t.data for k in _number_cells(lines[i]) if k + 1 in _number_cells(lines[i])]
    if not spots:
        return None
    i, k = rng.choice(spots)
    cells = lines[i].split("\t")
    cells[k:k + 2] = [cells[k] + cells[k + 1]]
    lines[i] = "\t".join(cells)
    return lines[i]


def _table_cut(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    if len(t.data) < 2:
        return None
    i = rng.choice(t.data[:-1])
    where = lines[i]
    del lines[i + 1:t.end]
    return where


def _head_lost(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    if not t.head:
        return None
    where = lines[t.head[0]]
    for h in reversed(t.head):
        del lines[h]
    return where


def _number_wrapped_in_its_cell(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    """A row's last number of two digits or more wrapped in its narrow cell, its last digits on
    the next line ("…\t0\t1" over "3" for 13)."""
    rows = [i for i in t.data if len(lines[i].split("\t")[-1].strip()) >= 2
            and lines[i].split("\t")[-1].strip().isdigit()]
    if not rows:
        return None
    i = rng.choice(rows)
    cells = lines[i].split("\t")
    v = cells[-1].strip()
    cut = rng.randrange(1, len(v))
    cells[-1] = v[:cut]
    lines[i:i + 1] = ["\t".join(cells), v[cut:]]
    return lines[i]


def _rows_glued(lines: List[str], t: Table, rng: random.Random) -> Optional[str]:
    pairs = [i for i in t.data if i + 1 in t.data]
    if not pairs:
        return None
    i = rng.choice(pairs)
    lines[i:i + 2] = [lines[i] + "\t" + lines[i + 1]]
    return lines[i]


def _spaces(rng: random.Random) -> str:
    """Two to four spaces, as a text export pads its columns."""
    return " " * rng.randrange(2, 5)


_TableDamage = Callable[[List[str], Table, random.Random], Optional[str]]

#: damage name → (class, function of the lines, the table and the generator; None if it does not apply)
DAMAGES: Dict[str, Tuple[str, _TableDamage]] = {
    "label-wrapped-below": ("preserving", _label_wrapped("below")),
    "label-wrapped-above": ("preserving", _label_wrapped("above")),
    "number-broken-soft-hyphen": ("preserving", _number_broken("\u00ad")),
    "number-broken-space": ("preserving", _number_broken(" ")),
    "page-break-footer-dash": ("preserving", _page_break(("footer-dash",))),
    "page-break-footer-of": ("preserving", _page_break(("footer-of",))),
    "page-break-header-head": ("preserving", _page_break(("footer-of", "header", "head"))),
    "page-break-caption-head": ("preserving", _page_break(("footer-dash", "caption", "head"))),
    "page-break-caption": ("preserving", _page_break(("caption",))),
    "separators-spaces": ("preserving", _separators(_spaces, "table")),
    "separators-fullwidth-space": ("preserving", _separators(lambda rng: "\u3000", "table")),
    "separators-pipe": ("preserving", _separators(lambda rng: " | ", "table")),
    "separators-row-spaces": ("preserving", _separators(lambda rng: "  ", "row")),
    "separators-row-fullwidth-space": ("preserving", _separators(lambda rng: "\u3000", "row")),
    "separators-row-pipe": ("preserving", _separators(lambda rng: " | ", "row")),
    "fullwidth-row": ("preserving", _fullwidth_row),
    "blank-lines": ("preserving", _blank_lines),
    "label-above-numbers": ("preserving", _label_above_numbers),
    "numbers-above-label": ("preserving", _numbers_above_label),
    "label-across-a-page-break": ("preserving", _label_across_a_page_break),
    "head-row-split": ("preserving", _head_row_split),
    "note-and-unit": ("preserving", _note_and_unit),
    "cell-dropped": ("losing", _cell_dropped),
    "cell-emptied": ("losing", _cell_emptied),
    "row-dropped": ("losing", _row_dropped),
    "cells-glued": ("losing", _cells_glued),
    "table-cut": ("losing", _table_cut),
    "head-lost": ("losing", _head_lost),
    "rows-glued": ("losing", _rows_glued),
    "number-wrapped-in-its-cell": ("losing", _number_wrapped_in_its_cell),
}

#: the true findings a loss may add (see the module's docstring)
TRUE_OF_LOSS: Dict[str, Tuple[str, ...]] = {
    "cell-dropped": ("C200", "C203"),
    "cell-emptied": ("C200", "C203"),
    "row-dropped": ("C200", "C202"),
    "cells-glued": ("C200", "C203"),
    "table-cut": ("C200", "C202"),
    "head-lost": ("C200",),
    "rows-glued": ("C200", "C202"),
    "number-wrapped-in-its-cell": ("C200",),
    # (a loss only where a space also stands between the cells, as on one flattened line: see
    # ``lost_in``)
    "number-broken-space": ("C200",),
    "numbers-above-label": ("C200",),
}

#: (content-preserving damage, text form) → why the copy makes it a loss: what the damage left
#: and what the form writes between cells are one sign, and which is which cannot be told
LOST_IN_FORM: Dict[Tuple[str, str], str] = {
    ("number-broken-space", "one-line"): "a space inside a number and the spaces between the cells of a "
                                         "flattened line are one sign: the row has one number too many (C200)",
    ("numbers-above-label", "one-line"): "the line break that set a row's numbers above its label is gone: the "
                                         "row before has its numbers and these, the label none (C200)",
}


def lost_in(d: "Damaged", form: str) -> "Damaged":
    """``d`` as the text form ``form`` leaves it: a loss where :data:`LOST_IN_FORM` says the form
    makes the damage one, judged by the losing oracle; else ``d`` itself."""
    if (d.damage, form) not in LOST_IN_FORM:
        return d
    return Damaged(d.text, d.damage, "losing", d.table, d.where, d.row_labels)


def damage(text: str, name: str, rng: random.Random, table: Optional[str] = None) -> Optional[Damaged]:
    """``text`` with the damage ``name`` applied once at a random place of a random table (or of
    ``table``); None when the damage does not apply to the report (no such table or row)."""
    if name == "crlf":
        return Damaged(text.replace("\n", "\r\n"), name, "preserving", "", "")
    kind, fn = DAMAGES[name]
    lines = text.split("\n")
    found = [t for t in tables(lines) if table in (None, t.name)]
    if not found:
        return None
    t = rng.choice(found)
    where = fn(lines, t, rng)
    if where is None:
        return None
    return Damaged("\n".join(lines), name, kind, t.name, where)


NAMES = list(DAMAGES) + ["crlf"]


def judge(want: Tuple[dict, list], got: Tuple[dict, list], d: Damaged) -> List[str]:
    """What govlint got wrong about the damaged report (empty when right); ``want`` and ``got``
    are ``compare.expected`` of the source and of the damaged text."""
    from harness.compare import cell_differences, finding_differences

    (want_cells, want_finds), (got_cells, got_finds) = want, got
    if d.kind == "preserving":
        allowed = [f for f in got_finds if f[0] == "C206" and f not in want_finds] if d.damage == "fullwidth-row" else []
        return cell_differences(want_cells, got_cells) + finding_differences(want_finds, [f for f in got_finds if f not in allowed])
    extra = list(got_finds)
    for f in want_finds:
        if f in extra:
            extra.remove(f)
    out = []
    true = TRUE_OF_LOSS[d.damage]
    for f in extra:
        if f[0] not in true or f[2] != d.table:
            out.append(f"false {f[0]} {f[2]}/{f[3]}/{f[4]}: {f[5][:120]}")
    if len(extra) > 1 and not out:
        out.append(f"{len(extra)} findings for one loss: " + ", ".join(f"{f[0]} {f[2]}/{f[3]}" for f in extra))
    return out
