"""表三's head copied out of a web page whose narrow cells wrapped their names ("社会公益" / "组织"):

- a cell a line, blank lines between the cells and between a cell's two pieces (a page's text taken a
  node a line): each piece read as a column's name, a misspelt one (false V502 "社会公益" 应为
  "社会公益组织"), the real39c opening's false class;
- rows typed with bars, the wrapped cell's rest on the next line, with or without a blank line
  ("商业企业 | 科研机构 | 社会公益" / "组织 | 法律服务机构 | 其他 |"): the same.

The pieces are joined only where they spell one name together and not apart; a name misspelt in its
cell is still one. The report is invented: tests/fixtures/tabs_2024.txt with its 表三 copied so."""
from pathlib import Path

import pytest

from copies import found, table_three

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
_LINES = TABS.split("\n")
_START = _LINES.index("三、收到和处理政府信息公开申请情况") + 1
_END = next(k for k, line in enumerate(_LINES) if line.startswith("四、"))
_TABLE = [line for line in _LINES[_START:_END] if line.strip()]
_WRAPS = {"商业企业": "商业企{}业", "社会公益组织": "社会公益{}组织", "法律服务机构": "法律服务{}机构"}


def _copied(table: str) -> str:
    return "\n".join(_LINES[:_START] + [table] + _LINES[_END:])


def _a_cell_a_line(wrap: str) -> str:
    """Every cell on its line, a blank line between, the three names wrapped with ``wrap`` between."""
    cells = [c if c not in _WRAPS else _WRAPS[c].format(wrap) for line in _TABLE for c in line.split("\t") if c]
    return _copied("\n\n".join(cells))


def _with_bars(wrap: str) -> str:
    rows = [" | ".join(c for c in line.split("\t") if c) + " |" for line in _TABLE]
    table = "\n".join(rows)
    for name, pieces in _WRAPS.items():
        if name != "商业企业":  # (a row's cells are "商业企业 | 科研机构 | 社会公益组织 | …": the middle ones)
            table = table.replace(name, pieces.format(wrap))
    return _copied(table)


@pytest.mark.parametrize("wrap", ["\n\n", "\n \n", "\n\n\n"], ids=["one-blank", "blank-with-a-space", "two-blanks"])
def test_a_cell_a_line_names_wrapped_over_blank_lines_are_read_whole(wrap):
    text = _a_cell_a_line(wrap)
    assert found(text) == []
    assert table_three(text) == table_three(TABS)


@pytest.mark.parametrize("wrap", ["\n", "\n\n"], ids=["next-line", "after-a-blank-line"])
def test_bar_rows_a_cell_wrapped_onto_the_next_line_is_read_whole(wrap):
    text = _with_bars(wrap)
    assert found(text) == []
    assert table_three(text) == table_three(TABS)


def test_a_name_misspelt_in_its_cell_is_still_reported():
    """"社会工益组织" whole on its line among the wrapped names: still V502, at the name."""
    text = _a_cell_a_line("\n\n").replace("社会公益\n\n组织", "社会工益组织")
    line = text[:text.index("社会工益")].count("\n") + 1
    assert [(c, ln, col, m) for c, ln, col, m in found(text) if c == "V502"] == [
        ("V502", line, 1, "表三列名“社会工益组织”应为“社会公益组织”")]


def test_two_whole_names_on_lines_apart_stay_two_columns():
    """"科研机构" / "" / "社会公益组织": each is a name, nothing is joined (the table reads as typed)."""
    text = _a_cell_a_line("")
    assert "科研机构\n\n社会公益组织" in text
    assert found(text) == []
    assert table_three(text) == table_three(TABS)
