"""A PDF converted to Markdown (docling-style) with 表三's wrapped labels pulled out of the table as
lines of text and their numbers left in the table as rows with no label, further down: the labels
bind as rows with no numbers (false C203 "7个单元格没有填写数字…（缺失）") and the numbers as no row's.
Which row each number row is cannot be told: one C200 for the table.

The report is invented: tests/fixtures/tabs_2024.txt."""
from pathlib import Path

from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def as_markdown(text: str) -> str:
    return "\n".join("| " + " | ".join(c.strip() for c in line.split("\t")) + " |" if "\t" in line else line
                     for line in text.split("\n"))


def apart(md: str) -> str:
    """5.属于三类内部事务信息's label a line of text above the row before it, its numbers a row
    with no label after that row."""
    row5 = "| 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    row6 = "| 6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    assert md.count(row5 + row6) == 1
    return md.replace(row5 + row6, "\n5.属于三类内部\n事务信息\n" + row6 + "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n")


def found(text):
    return [(d.code, d.message) for d in lint(text).diagnostics]


def test_markdown_labels_apart_from_their_numbers_is_one_c200():
    assert found(as_markdown(TABS)) == []
    got = found(apart(as_markdown(TABS)))
    assert [c for c, _ in got] == ["C200"]
    assert "行数字没有行名" in got[0][1]
