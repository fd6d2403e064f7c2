"""A PDF converted to Markdown (docling-style output: each row a pipe row with a leading bar)
where the group's merged cell of 表三 was cut between two rows: its first piece in the first
cell of one row, its rest in the first cell of the next, each row with its own item label and
numbers ("| （三）不 | 4.保护第三方合法权益 | 0 | … |" / "| 予公开 | 5.属于三类内部事务信息 | 8 | … |").

The block stage joins such a piece onto the group's first piece in the row above (a group's
cell cut by a page break, written as text); a Markdown row's leading bar left an empty cell
first, and the piece was not looked for: "予公开" stood as a label of its own, a false V502
"表三行名“予公开”应为“不予公开”" (seen on a real report converted to Markdown).

The report is invented: tests/fixtures/tabs_2024.txt, its tables as pipe rows with a leading bar."""
from pathlib import Path

from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def as_markdown(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if "\t" in line:
            line = "| " + " | ".join(c.strip() for c in line.split("\t")) + " |"
        out.append(line)
    return "\n".join(out)


def cut(md: str, group: str, head: str, rest: str, next_item: str) -> str:
    """The group's label ``group`` + rest cut: its head on its first row, its rest opening the next."""
    assert md.count(f"| {group} | ") == 1 and md.count(f"\n| {next_item} | ") == 1
    return md.replace(f"| {group} | ", f"| {head} | ").replace(f"\n| {next_item} | ", f"\n| {rest} | {next_item} | ")


def found(text):
    return [(d.code, d.message) for d in lint(text).diagnostics]


def test_markdown_group_label_cut_between_two_rows_is_one_label():
    md = cut(as_markdown(TABS), "（三）不予公开", "（三）不", "予公开", "2.其他法律行政法规禁止公开")
    md = cut(md, "（五）不予处理", "（五）不", "予处理", "2.重复申请")
    assert "\n| 予公开 | 2.其他法律行政法规禁止公开 | 0 |" in md
    assert found(as_markdown(TABS)) == []
    assert found(md) == []


def test_markdown_group_label_cut_between_two_rows_keeps_a_seeded_defect():
    row = "2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0"
    bad = TABS.replace(row, "2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t1")
    want = found(bad)
    assert sorted(c for c, _ in want) == ["A302", "A303"]
    md = cut(as_markdown(bad), "（三）不予公开", "（三）不", "予公开", "2.其他法律行政法规禁止公开")
    assert found(md) == want


def test_a_piece_that_completes_no_label_above_is_left():
    """The group's label whole on its row: a "予公开" opening the next row completes nothing and
    is left as the text has it (the typo is the text's)."""
    md = as_markdown(TABS).replace("\n| 2.其他法律行政法规禁止公开 | ", "\n| 予公开 | 2.其他法律行政法规禁止公开 | ")
    assert [m for c, m in found(md)] == ["表三行名“予公开”应为“不予公开”"]
