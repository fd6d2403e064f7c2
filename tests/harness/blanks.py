"""Sources with blank and placeholder cells (session 17): the clean source (sources.clean, an
invented 样例县交通运输局) with a value cell of 表二, 表三 or 表四 left blank or written "/", "—",
"无" instead of 0 — the first, a middle and the last value column, 总计, a whole blank column, a
one-value row of 表二, 表四's first cell. Each source gives exactly one C203, on its cell.

A rendering of such a source must give the source's findings, or — where the rendering leaves no
trace of the blank's place (a run of separators read as one, cells one a line, a line of text) —
one C203 (or C200 for 表四) that says which row lacks a number and that its column cannot be
told, and nothing that depends on the row (``tests/test_blank27_blank_cells_rendered.py``)."""
from __future__ import annotations

import re
from typing import Callable, Dict

from .sources import _replace, clean

ROW3 = "（一）予以公开\t4\t1\t0\t0\t0\t0\t5"
ROW3_REPEAT = "2.重复申请\t0\t0\t0\t0\t0\t0\t0"
ROW4 = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"
_VALUES7 = re.compile(r"^\d+$")


def _column_blank(text: str, k: int) -> str:
    """表三's value column ``k`` (0: 自然人) left blank in every row."""
    out = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if 8 <= len(cells) <= 10 and all(_VALUES7.match(c) for c in cells[-7:]):
            cells[len(cells) - 7 + k] = ""
            line = "\t".join(cells)
        out.append(line)
    return "\n".join(out)


def _edit(*pairs) -> Callable[[], str]:
    return lambda: _replace(clean(), list(pairs))


BLANKS: Dict[str, Callable[[], str]] = {
    "t3-first": _edit((ROW3, "（一）予以公开\t\t1\t0\t0\t0\t0\t5")),
    "t3-middle": _edit((ROW3, "（一）予以公开\t4\t1\t0\t\t0\t0\t5")),
    "t3-last": _edit((ROW3_REPEAT, "2.重复申请\t0\t0\t0\t0\t0\t\t0")),
    "t3-total": _edit((ROW3_REPEAT, "2.重复申请\t0\t0\t0\t0\t0\t0\t")),
    "t3-slash": _edit((ROW3, "（一）予以公开\t4\t1\t/\t0\t0\t0\t5")),
    "t3-dash": _edit((ROW3, "（一）予以公开\t4\t1\t0\t—\t0\t0\t5")),
    "t3-wu": _edit((ROW3, "（一）予以公开\t4\t1\t0\t0\t无\t0\t5")),
    "t3-column": lambda: _column_blank(clean(), 2),
    "t2-middle": _edit(("规章\t0\t0\t0", "规章\t0\t\t0")),
    "t2-single": _edit(("行政强制\t2", "行政强制\t")),
    "t4-middle": _edit((ROW4, "1\t0\t0\t1\t2\t0\t\t0\t0\t1\t0\t0\t0\t0\t0")),
    "t4-first": _edit((ROW4, "\t" + ROW4.split("\t", 1)[1])),
}
