"""表二 typed as a grid of four columns throughout, its single-value blocks' other cells filled with a
dash instead of merged or left blank ("行政许可 | 0 | —— | ——", "第二十条第（五）项 | —— | —— | ——"), as
staff fill a Word grid. voices50d: each such row was read as a row with surplus numbers, and four of
them made the whole table unreadable (a false C200, and the table's own checks, V501 among them,
were lost). Marks after a row's values, in cells its columns do not reach, are no surplus."""
import sys
from pathlib import Path

import pytest

from govlint.config import Config
from govlint.checks.registry import load
from govlint.run.engine import Settings, lint_file
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.web_pages import tabbed_page  # noqa: E402

SETTINGS = Settings.make(Config(), load(builtins_only=True))
SINGLE_VALUE_ROWS = ("第二十条第（五）项", "信息内容\t本年处理决定数量", "行政许可\t120", "第二十条第（六）项",
                     "行政处罚\t35", "行政强制\t2", "第二十条第（八）项", "信息内容\t本年收费金额（单位：万元）",
                     "行政事业性收费\t1.25")


def _dashed(text: str, mark: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.rstrip("\t")
        if stripped in SINGLE_VALUE_ROWS:
            lines[i] = stripped + (f"\t{mark}" * (4 - len(stripped.split("\t"))))
    return "\n".join(lines)


@pytest.mark.parametrize("mark", ["——", "—", "/", "-"])
def test_dashes_in_the_blank_cells_of_single_value_blocks_are_no_surplus(fixture_text, mark):
    text = _dashed(fixture_text("tabs_2024.txt"), mark)
    assert "行政许可\t120\t" + mark + "\t" + mark in text
    assert [d.code for d in lint(text, path="x.txt").diagnostics] == []


def test_the_same_on_a_web_page(fixture_text, tmp_path):
    """A web page's table of separate cells, each with its dash (the HTML reader's rows)."""
    path = tmp_path / "x.html"
    path.write_text(tabbed_page(_dashed(fixture_text("tabs_2024.txt"), "——")), "utf-8")
    assert [d.code for d in lint_file(str(path), SETTINGS).diagnostics] == []


def test_an_old_label_in_such_a_table_is_still_found(fixture_text):
    """The table's own checks go on: the 2019 label 规范性文件 in it is V501, and nothing says it cannot be read."""
    text = _dashed(fixture_text("tabs_2024.txt"), "——").replace("行政规范性文件\t3\t1\t12", "规范性文件\t3\t1\t12")
    assert [d.code for d in lint(text, path="x.txt").diagnostics] == ["V501"]


def test_a_number_past_the_columns_is_still_surplus(fixture_text):
    """A guard: a figure in those cells ("行政许可 | 120 | 3 | 5") is a number the table has no column for."""
    text = fixture_text("tabs_2024.txt")
    for row in ("行政许可\t120", "行政处罚\t35", "行政强制\t2", "行政事业性收费\t1.25"):
        text = text.replace(row + "\n", row + "\t3\t5\n")
    assert "C200" in [d.code for d in lint(text, path="x.txt").diagnostics]
