"""A Markdown pipe table one of whose numbers a converter wrote with its digits spaced
("| （七）总计 | 10 | 2 | 0 | 1 | 0 | 0 | 1 3 |", "| 行政许可 | 12 0 |"): since markitdown's cells run
together ("| 0 1 |": two columns' numbers in one cell) were split, "1 3" became two cells and the
row one number too many (C200 "8个数字，应有7个"). The table's rows typed a number a cell tell its
width (the count most of them hold; a block of one row, its head row of column names): a row the
split would carry past it keeps the cell as one number (13). markitdown's tables, where every row
has cells run together, tell no width and are split as before; a gap a ``<br>`` left (spaces wider
than one) is a cell's break, never a number's.

Two rows a converter put into one pipe row, each cell "a<br>b" ("| 4.保护第三方合法权益<br>5.属于三类内部事务信息 |
1<br>0 | …"), were one row of fourteen numbers (C200) and a missing row (C202): two labels of consecutive rows
in one cell, apart by the gap the <br> left, and twice their numbers are the two rows, their
numbers in turn.

The report is invented: tests/fixtures/pipes_2024.txt, each table line opened with a bar."""
from pathlib import Path

from copies import found, table_three
from govlint.binder import bind
from govlint.syntax import parse

PIPES = (Path(__file__).parent / "fixtures" / "pipes_2024.txt").read_text("utf-8")
BARRED = "\n".join("| " + line if "|" in line else line for line in PIPES.split("\n"))


def _with(old, new, text=BARRED):
    assert text.count(old) == 1, old
    return text.replace(old, new)


def _cell(text, table, row, column):
    return str(bind(parse(text)).tables[table].rows[row].cells[column].value)


def test_total_with_its_digits_spaced_is_one_number():
    text = _with("| （七）总计 | 10 | 2 | 0 | 1 | 0 | 0 | 13 |", "| （七）总计 | 10 | 2 | 0 | 1 | 0 | 0 | 1 3 |")
    assert found(BARRED) == [] and found(text) == []
    assert table_three(text) == table_three(BARRED)


def test_first_number_with_its_digits_spaced_is_one_number():
    text = _with("| 一、本年新收政府信息公开申请数量 | 10 |", "| 一、本年新收政府信息公开申请数量 | 1 0 |")
    assert found(text) == []
    assert table_three(text) == table_three(BARRED)


def test_block_of_one_row_takes_its_width_from_its_head():
    """表二's 行政许可 alone under "信息内容 | 本年处理决定数量": one column, "12 0" is 120."""
    text = _with("| 行政许可 | 120 |", "| 行政许可 | 12 0 |")
    assert found(text) == []
    assert _cell(text, "表二", "licensing", "decisions") == "120"


def test_cells_run_together_in_a_row_short_of_cells_are_split():
    """"| 0 1 |" in a row of six cells among rows of seven numbers: the split makes it seven."""
    text = _with("| （七）总计 | 10 | 2 | 0 | 1 | 0 | 0 | 13 |", "| （七）总计 | 10 | 2 | 0 1 | 0 | 0 | 13 |")
    assert found(text) == []
    assert table_three(text) == table_three(BARRED)


def test_every_row_run_together_tells_no_width_and_is_split():
    """Each 表三 row with its 科研机构 and 社会公益组织 in one cell (markitdown's columns): split."""
    lines = []
    for line in BARRED.split("\n"):
        cells = line.split(" | ")
        if line.startswith("| ") and len(cells) >= 8 and all(c.strip(" |").isdigit() for c in cells[-7:]):
            k = len(cells) - 5
            cells[k:k + 2] = [cells[k] + " " + cells[k + 1]]
            line = " | ".join(cells)
        lines.append(line)
    text = "\n".join(lines)
    assert text.count(" 0 1 |") >= 1 and text != BARRED
    assert found(text) == []
    assert table_three(text) == table_three(BARRED)


def test_a_number_spaced_in_a_row_that_overflows_anyway_is_not_guessed():
    """Two cells spaced in one row, eight numbers either way apart: no number is made up."""
    text = _with("| （七）总计 | 10 | 2 | 0 | 1 | 0 | 0 | 13 |", "| （七）总计 | 10 | 2 | 0 | 1 | 0 | 0 | 1 3 | 4 |")
    assert [c for c, *_ in found(text)] == ["C200"]


def test_numbers_with_a_leading_zero_are_never_joined():
    """"0 1" is no number typed with a space: split, and the row with a number too many says so."""
    text = _with("| （七）总计 | 10 | 2 | 0 | 1 | 0 | 0 | 13 |", "| （七）总计 | 10 | 2 | 0 1 | 1 | 0 | 0 | 13 |")
    got = found(text)
    assert [c for c, *_ in got] == ["C200"] and "8个数字（10 2 0 1 1 0 0 13）" in got[0][3]


# -- two rows in one Markdown row, each cell "a<br>b" (pymupdf4llm)

def _two_rows_in_one(first, second, br="<br>"):
    """The pipe rows of ``first`` and ``second`` (labels) as one row, each cell both rows' cells."""
    rows = {}
    for line in BARRED.split("\n"):
        for label in (first, second):
            if line.startswith(f"| {label} |"):
                rows[label] = [c.strip() for c in line.strip(" |").split("|")]
    a, b = rows[first], rows[second]
    merged = "| " + " | ".join(x + br + y for x, y in zip(a, b)) + " |"
    text = BARRED.replace(f"| {' | '.join(a)} |\n| {' | '.join(b)} |", merged)
    assert merged in text
    return text


def test_two_rows_in_one_each_cell_both_values_are_two_rows():
    text = _two_rows_in_one("4.保护第三方合法权益", "5.属于三类内部事务信息")
    assert found(text) == []
    assert table_three(text) == table_three(BARRED)


def test_two_rows_in_one_with_a_wrong_number_names_the_first_row():
    """4.'s 自然人 written 2 for 1: its row's sum (A303) and the column's (A302) fail — the number is
    the first row's, not the second's."""
    text = _two_rows_in_one("4.保护第三方合法权益", "5.属于三类内部事务信息").replace("| 1<br>0 |", "| 2<br>0 |", 1)
    got = [(c, m) for c, _, _, m in found(text)]
    assert [c for c, _ in got] == ["A303", "A302"]
    assert got[0][1].startswith("表三“4.保护第三方合法权益”行勾稽关系不成立：总计 = 1，而 自然人(2)")


def test_two_labels_apart_by_a_bar_are_not_taken_for_two_rows_in_one():
    """The same labels in two cells ("| 4.… | 5.… | 1 | 0 | …"): which number is whose is not known."""
    text = _two_rows_in_one("4.保护第三方合法权益", "5.属于三类内部事务信息")
    text = text.replace("4.保护第三方合法权益<br>5.属于三类内部事务信息", "4.保护第三方合法权益 | 5.属于三类内部事务信息")
    assert "C200" in [c for c, *_ in found(text)]
