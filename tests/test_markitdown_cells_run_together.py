"""Reports converted from their PDF to Markdown by markitdown: it draws a pipe table's columns
where the PDF's text lines up, and where two narrow columns share one of its columns their
numbers stand in one cell, apart with a space ("| 一、本年新收政府信息公开申请数量 | 10 | 2 | 0 1 | 0 | 0 13 |").

govlint read "0 1" as one cell that is no number (C204) and the row as short of cells (C203
"总计（缺失）", A301 on the columns after): 277 false C203 on 16 harness renderings. The numbers
stand in order; each is a cell. A cell that reads as one number grouped by thousands ("1 234")
is left as it is.

The report is invented: tests/fixtures/tabs_2024.txt, its tables as pipe rows with cells run together."""
import re
from pathlib import Path

from govlint.layout import prepare, vocabulary
from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def as_markitdown(text: str) -> str:
    """Each table row a padded pipe row, its 4th and 5th cells and its last two run together into
    one cell each where they are numbers (or a placeholder among numbers)."""
    out = []
    for line in text.split("\n"):
        if "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
            numeric = [k for k, c in enumerate(cells) if re.fullmatch(r"[0-9.]+|/", c)]
            if len(numeric) >= 7:
                a = numeric[2]
                cells[a:a + 2] = [cells[a] + " " + cells[a + 1]]
                cells[-2:] = [cells[-2] + " " + cells[-1]]
            line = "| " + " | ".join(f"{c:<6}" for c in cells) + " |"
        out.append(line)
    return "\n".join(out)


def found(text):
    return [(d.code, d.message) for d in lint(text).diagnostics]


def test_markitdown_cells_run_together_read_as_their_source():
    md = as_markitdown(TABS)
    assert "| 10     | 2      | 0 1    | 0      | 0 13   |" in md
    assert found(TABS) == []
    assert found(md) == []


def test_markitdown_cells_run_together_keep_a_seeded_defect():
    row = "2.重复申请\t0\t0\t0\t0\t0\t0\t0"
    assert TABS.count(row) == 1
    bad = TABS.replace(row, "2.重复申请\t0\t/\t0\t0\t0\t0\t1")
    want = found(bad)
    assert sorted(c for c, _ in want) == ["A302", "C203"]
    md = as_markitdown(bad)
    assert "| 0 / " in md or "| 0      | /      |" in md
    assert found(md) == want


def test_a_number_grouped_by_thousands_is_one_cell():
    text = "| 行政许可 | 1 234 |\n| 规章 | 0 13 | 0 / | 2 |\n| 一、总体情况 0 1 |\n"
    assert prepare(text, vocabulary()).text == "| 行政许可 | 1 234 |\n| 规章 | 0|13 | 0|/ | 2 |\n| 一、总体情况 0 1 |\n"
