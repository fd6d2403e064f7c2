"""One defect is one finding: a column left blank in every row, or a table filled in one column
only, is reported once with every affected cell as a related location, not once per row."""
from pathlib import Path

from govlint.testing import lint

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def _blank(text: str, columns) -> str:
    """表三's rows (a label, then seven numbers) with the given columns (0 = 自然人) blanked."""
    out = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if 8 <= len(cells) <= 9 and all(c.isdigit() for c in cells[-7:]):
            for k in columns:
                cells[-7 + k] = ""
        out.append("\t".join(cells))
    return "\n".join(out)


def _found(text, lang="zh"):
    result = lint(text, ["C", "A"], lang=lang)
    return [(d.code, d.span.line, d.span.column, d.message, len(d.related)) for d in result.diagnostics]


def test_a_blank_column_is_one_finding_with_every_cell_related():
    assert _found(_blank(CLEAN, [0])) == [
        ("C203", 33, 18, "表三“自然人”列的全部25行都没有填写数字；应填数字，没有发生的填0", 25)]


def test_two_blank_columns_are_one_finding():
    assert _found(_blank(CLEAN, [1, 2])) == [
        ("C203", 33, 21, "表三“商业企业”、“科研机构”这2列的全部25行都没有填写数字；应填数字，没有发生的填0", 50)]


def test_a_table_filled_only_in_its_total_column_is_one_finding():
    assert _found(_blank(CLEAN, range(6))) == [
        ("C203", 33, 18, "表三大部分没有填写：25行中共有150个单元格没有数字（全表175个），只有“总计”列填有数字；"
                         "应逐格填写，没有发生的填0", 150)]
    assert _found(_blank(CLEAN, range(6)), lang="en")[0][3] == (
        "表三 is mostly unfilled: 150 of its 175 cells, in 25 rows, hold no number; only the column “总计” holds "
        "numbers; fill every cell (0 if none)")


def test_a_few_blank_cells_are_still_reported_by_row():
    text = CLEAN.replace("2.重复申请\t0\t0", "2.重复申请\t\t").replace("3.其他\t0", "3.其他\t")
    assert _found(text) == [
        ("C203", 49, 8, "表三“2.重复申请”行有2个单元格没有填写数字：自然人（空白）、商业企业（空白）；应填数字，没有发生的填0", 2),
        ("C203", 55, 6, "表三“3.其他”行有1个单元格没有填写数字：自然人（空白）；应填数字，没有发生的填0", 1)]
