"""Text copies of a source report, degraded the way copy-and-paste and converters degrade them.

Each function takes the tab-layout text and returns what a person would end up with after
copying the report out of a web page, an e-mail or a Markdown converter: the body on one line,
lines hard-wrapped at N characters, tables as Markdown pipe tables, one cell per line with
separator lines between the cells, or indented with a tab and no blank line between rows (with
page numbers among them).
"""
from __future__ import annotations

from typing import Callable, Dict, List


def one_line(text: str) -> str:
    """The whole body flattened to one line: line breaks and tabs become single spaces."""
    return " ".join(text.replace("\t", " ").split()) + "\n"


def hard_wrap(width: int) -> Callable[[str], str]:
    """Every line wrapped at ``width`` characters, as fixed-width e-mail and text exports do:
    at the last tab or space within the width (which the break replaces), else (Chinese text
    has no spaces) at the width, but never inside a number. Table rows are cut."""
    def wrap(text: str) -> str:
        out: List[str] = []
        for line in text.split("\n"):
            while len(line) > width:
                cut = max(line.rfind("\t", 1, width + 1), line.rfind(" ", 1, width + 1))
                if cut > 0:
                    out.append(line[:cut])
                    line = line[cut + 1:]
                else:
                    cut = width
                    while cut > 1 and line[cut - 1].isdigit() and line[cut].isdigit():
                        cut -= 1  # "12月31日" is not cut into "3" / "1"
                    out.append(line[:cut])
                    line = line[cut:]
            out.append(line)
        return "\n".join(out)
    wrap.__name__ = f"hard_wrap_{width}"
    return wrap


def _tables(text: str, table: Callable[[List[List[str]]], List[str]], heading=lambda s: s) -> str:
    out: List[str] = []
    rows: List[List[str]] = []
    for line in text.split("\n") + [None]:
        if line is not None and "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            out.extend(table(rows))
            rows = []
        if line is not None:
            out.append(heading(line))
    return "\n".join(out)


def _markdown_table(rows: List[List[str]]) -> List[str]:
    width = max(len(r) for r in rows)
    lines = ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]
    return [""] + lines[:1] + ["|" + "---|" * width] + lines[1:] + [""]


_SECTION_HEADS = ("一、总体情况", "二、主动公开", "三、收到和处理", "四、政府信息公开行政复议", "五、存在的主要问题",
                  "六、其他需要报告")


def markdown(text: str) -> str:
    """Tables as Markdown pipe tables (``| a | b |`` and a ``|---|`` rule under the first row),
    the title as ``#`` and the six section headings as ``##``, as converters write them."""
    lines = text.split("\n")
    lines[0] = "# " + lines[0]
    return _tables("\n".join(lines), _markdown_table,
                   lambda s: "## " + s if s.startswith(_SECTION_HEADS) else s)


def cells_with(separator: str) -> Callable[[str], str]:
    """One cell per line, a line holding only ``separator`` between two cells and a blank line
    between rows: what pasting a web table into a plain editor often gives."""
    def convert(text: str) -> str:
        def table(rows: List[List[str]]) -> List[str]:
            out: List[str] = []
            for r in rows:
                cells = list(r)
                while cells and not cells[-1]:
                    cells.pop()
                for k, c in enumerate(cells):
                    if k:
                        out.append(separator)
                    out.append(c)
                out.append("")
            return out
        return _tables(text, table)
    convert.__name__ = f"cells_with_{separator}"
    return convert


def cells_tabbed(page_every: int = 0) -> Callable[[str], str]:
    """One cell per line, each line indented with a tab, and no blank line between rows: a Word or
    WPS table copied as plain text. With ``page_every``, a page number stands after every
    ``page_every`` cell lines (a copy out of the printed pages), "- 2 -" on a line of its own or
    "第3页 共8页" between blank lines, so that it falls inside rows."""
    def convert(text: str) -> str:
        count = [0]

        def table(rows: List[List[str]]) -> List[str]:
            out: List[str] = []
            for r in rows:
                cells = list(r)
                while cells and not cells[-1]:
                    cells.pop()
                for c in cells:
                    out.append("\t" + c)
                    count[0] += 1
                    if page_every and count[0] % page_every == 0:
                        page = count[0] // page_every + 1
                        out.extend([f"- {page} -"] if page % 2 else ["", f"第{page}页 共9页", ""])
            return out
        return _tables(text, table)
    convert.__name__ = f"cells_tabbed_{page_every}"
    return convert


#: layout id → (file suffix, transformation)
FORMS: Dict[str, tuple] = {
    "one-line": (".txt", one_line),
    "wrap-40": (".txt", hard_wrap(40)),
    "wrap-24": (".txt", hard_wrap(24)),
    "markdown": (".md", markdown),
    "cells-pipe": (".txt", cells_with("|")),
    "cells-dash": (".txt", cells_with("---")),
    "cells-tabbed": (".txt", cells_tabbed()),
    "cells-tabbed-paged": (".txt", cells_tabbed(37)),
}


def lint_in_form(text: str, form: str):
    """govlint's result on ``text`` as written (``form`` "as-written") or in one of :data:`FORMS`,
    named with that form's suffix (a Markdown copy is read as Markdown)."""
    from govlint.testing import lint
    if form == "as-written":
        return lint(text, path="report.txt")
    suffix, convert = FORMS[form]
    return lint(convert(text), path="report" + suffix)
