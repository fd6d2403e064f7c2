"""A borderless table's row whose label fills its narrow cell with its number close after it, on
a page of its own: a browser's print of 表二 puts "行政强制2" at the top of the next page. The PDF
reader cuts such touching cells only where other lines of the page start a column, and no line
of that page does; read as a line of prose, the row was missing (C202 表二缺少1行：行政强制).
A PDF line of one piece that is a row label of the formats followed by a number is that row.

The invented 示例镇人民政府 report (tests/fixtures/tabs_2024.txt) is drawn here line by line,
without borders (labels at 60 pt, numbers from 350 pt), 表二's 行政强制 row at the top of a page
of its own with its number 0.5 pt after its label.
"""
import sys
from pathlib import Path

from govlint.config import from_dict
from govlint.layout.documents import read
from govlint.run.engine import Settings, lint_file
from govlint.testing import make_registry

sys.path.insert(0, str(Path(__file__).parent))
from harness.compare import observed  # noqa: E402
from line_printer import LEFT, SIZE, print_lines  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
SETTINGS = Settings.make(from_dict({}), make_registry())


def _print(path: Path, text: str, glued: str) -> Path:
    """``text`` drawn a line a line; the row that starts with ``glued`` starts a new page, its
    label and number 0.5 pt apart."""
    def run_into(c, y, line):
        label, number = line.split("\t")
        c.drawString(LEFT, y, label)
        c.drawString(LEFT + len(label) * SIZE + 0.5, y, number)

    return print_lines(path, text, {glued: run_into}, new_page=glued)


def _findings(path: Path):
    result = lint_file(str(path), SETTINGS)
    assert not result.errors
    return [(d.code, d.span.line, d.span.column, d.message) for d in result.diagnostics]


def test_a_row_label_run_into_its_number_at_a_pages_top_is_the_row(tmp_path):
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    assert "\n行政强制\t2\n" in text
    path = _print(tmp_path / "glued.pdf", text, "行政强制")
    assert _findings(path) == []
    cells, _ = observed(path)
    assert cells["表二", "enforcement"] == {"decisions": ("value", 2)}


def test_a_line_of_prose_run_into_a_number_stays_prose(tmp_path):
    # "本年度新增政务新媒体2" is no row label: the line stays a paragraph of 一、总体情况
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8").replace("\n二、主动公开政府信息情况", "\n本年度新增政务新媒体\t2\n二、主动公开政府信息情况", 1)
    path = _print(tmp_path / "prose.pdf", text, "本年度新增政务新媒体")
    cells, _ = observed(path)
    assert cells["表二", "enforcement"] == {"decisions": ("value", 2)}
    assert "\n本年度新增政务新媒体2\n" in read(path).text
