"""A row of a statistical table whose label cell is blank, its numbers there ("| | 0 | 0 | 0 |" where
规章 stands): a Word table whose first cell lost its text, a PDF whose label was drawn apart from its
row. A person reads the row by its place; govlint said the row was missing (false C202 "表二缺少1行：
规章"), or 表三 unreadable as a whole (C200), the real39e miss.

The numbers are the row that comes next in the format's order when that row is read nowhere else,
they are exactly its columns, and they are the table's only such numbers. Two unlabelled rows in one
table make the places guesses: the table is still said once to be unreadable. The report is invented:
tests/fixtures/tabs_2024.txt."""
from pathlib import Path

import pytest

from copies import found, table_three
from govlint.binder import bind
from govlint.syntax import parse

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def _blanked(text: str, *labels: str) -> str:
    """``text`` with the label cell of each row starting with one of ``labels`` left blank."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if "\t" in line and any(line.startswith(label) for label in labels):
            lines[k] = "\t" + line.split("\t", 1)[1]
    return "\n".join(lines)


def _table_two(text: str) -> dict:
    t2 = bind(parse(text)).tables["表二"]
    return {(k, c): (cell.state, str(cell.value)) for k, row in t2.rows.items() for c, cell in row.cells.items()}


@pytest.mark.parametrize("label", ["规章", "行政规范性文件", "行政许可", "行政处罚", "行政事业性收费"])
def test_table_two_row_with_a_blank_label_is_read_by_its_place(label):
    text = _blanked(TABS, label)
    assert found(text) == []
    assert _table_two(text) == _table_two(TABS)


@pytest.mark.parametrize("label", ["一、本年新收", "二、上年结转", "（二）部分公开", "3.危及", "（七）总计", "四、结转下年度"])
def test_table_three_row_with_a_blank_label_is_read_by_its_place(label):
    text = _blanked(TABS, label)
    assert found(text) == []
    assert table_three(text) == table_three(TABS)


def test_a_blank_labelled_row_that_breaks_a_sum_is_checked_at_its_place():
    """The row read by its place is checked like any other: 上年结转's 总计 set to 3 where its
    columns add up to 1 is an arithmetic finding, not a missing row."""
    text = _blanked(TABS, "二、上年结转").replace("\t1\t0\t0\t0\t0\t0\t1\n", "\t1\t0\t0\t0\t0\t0\t3\n", 1)
    assert text != _blanked(TABS, "二、上年结转")
    assert [d[:3] for d in found(text)] == [("A301", 33, 31), ("A303", 34, 14)]


def test_two_blank_labelled_rows_in_one_table_are_not_placed():
    text = _blanked(TABS, "3.危及", "5.属于三类")
    got = found(text)
    assert [d[0] for d in got] == ["C200"]
    assert "有2行数字没有行名" in got[0][3]


def test_numbers_fewer_than_the_rows_columns_are_not_its_row():
    """"| | 0 | 0 |" under 表二's 信息内容 head, where 规章 has three columns: not 规章's."""
    text = TABS.replace("规章\t0\t0\t0", "\t0\t0")
    assert [d[:2] for d in found(text)] == [("C202", 14)]


def _word(style):
    def write(text, path):
        pytest.importorskip("docx")
        from harness.docx_styles import BY_NAME, write_docx
        return write_docx(text, BY_NAME[style], path.with_suffix(".docx"))
    return write


def _page(name):
    def write(text, path):
        from harness.web_pages19 import PAGES19
        out = path.with_suffix(".html")
        out.write_text(PAGES19[name](text), "utf-8")
        return out
    return write


FORMS = {"word-grid": _word("grid"), "word-narrow": _word("narrow"), "web-platform": _page("platform")}


@pytest.mark.parametrize("label", ["规章", "行政处罚"])
@pytest.mark.parametrize("form", sorted(FORMS))
def test_an_empty_label_cell_of_a_real_table_is_read_by_its_place(tmp_path, form, label):
    """A Word table's or a web page's row whose first cell is empty: no finding, as in the text."""
    import sys
    here = Path(__file__).resolve().parent
    sys.path[:0] = [str(here), str(here / "fixtures" / "generators")]
    from harness.compare import SETTINGS, findings_of
    from govlint.run.engine import lint_file
    path = FORMS[form](_blanked(TABS, label), tmp_path / "report")
    assert findings_of(lint_file(str(path), SETTINGS)) == []
