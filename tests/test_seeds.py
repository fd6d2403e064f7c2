"""The five real published reports in ../shared/seeds (not part of the repository; skipped when
absent): what the parser must find in each, and what govlint must say about each."""
from collections import Counter
from decimal import Decimal

import pytest

from govlint.binder.bind import VALUE, bind
from govlint.syntax.parser import parse
from govlint.testing import default_registry
from govlint.config import Config
from govlint.run.engine import Settings, lint_text

from conftest import SEEDS

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")

# seed prefix -> (section lines {number: line}, 表三 rows bound, findings {(code, line): count})
EXPECTED = {
    "000": ({1: 6, 2: 17, 3: 63, 4: 348, 5: 394, 6: 397}, 25,
            {("S104", 3): 1, ("V501", 30): 1, ("V502", 132): 1, ("V502", 297): 1, ("V502", 308): 1}),
    "001": ({1: 3, 2: 10, 3: 25, 4: 54, 5: 59, 6: 62}, 25, {}),
    "002": ({1: 5, 2: 17, 4: 53, 5: 60, 6: 70}, 17,
            {("V502", 20): 1, ("C202", 34): 1, ("S101", 53): 1, ("F401", 70): 1}),
    "003": ({1: 5, 2: 17, 3: 35, 4: 64, 5: 71, 6: 81}, 22,
            # 表三 filled only in one column: one C203 for the table, not one per row; （六）其他处理 as
            # one row: one C202 naming the 2019 layout, no V501 beside it
            {("V501", 22): 1, ("V501", 39): 1, ("C202", 60): 1, ("F401", 81): 1,
             ("C203", 40): 1}),
    "004": ({1: 2, 2: 9, 3: 56, 4: 342, 5: 390, 6: 395}, 25,
            {("P701", 2): 1, ("V501", 23): 1, ("F401", 395): 1}),
}


def _seed(prefix):
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_sections_and_tables(prefix):
    path = _seed(prefix)
    b = bind(parse(path.read_text("utf-8"), str(path)))
    sections, t3_rows, _ = EXPECTED[prefix]
    assert {s.number: s.section.span.line for s in b.sections} == sections
    assert all(t.present for t in b.tables.values())
    assert len(b.tables["表二"].rows) == 6
    assert len(b.tables["表三"].rows) == t3_rows
    # every number in these reports is 0 except 行政处罚 = 1 in two of them
    for key, table in b.tables.items():
        for row_key, row in table.rows.items():
            for col, cell in row.cells.items():
                if cell.state == VALUE:
                    expected = 1 if (key, row_key) == ("表二", "penalty") and prefix in ("000", "001") else 0
                    assert cell.value == Decimal(expected), (key, row_key, col)
    assert len(b.tables["表四"].rows["data"].cells) == 15
    assert all(c.state == VALUE for c in b.tables["表四"].rows["data"].cells.values())


def test_seed_table_cells_have_their_lines():
    path = _seed("000")
    b = bind(parse(path.read_text("utf-8"), str(path)))
    t3 = b.tables["表三"]
    assert [t3.cell("new", c).span.line for c in ("natural", "total")] == [82, 88]
    assert t3.cell("next", "total").span.line == 345
    assert b.tables["表二"].cell("penalty", "decisions").span.line == 49
    assert [c.span.line for c in b.tables["表四"].rows["data"].cells.values()] == list(range(377, 392))


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_findings(prefix):
    path = _seed(prefix)
    settings = Settings.make(Config(), default_registry())
    result = lint_text(path.read_text("utf-8"), str(path), settings)
    builtin = [d for d in result.diagnostics if d.code[0] in "SCAFVNP" and d.code[1:].isdigit()]
    assert not result.errors
    assert Counter((d.code, d.span.line) for d in builtin) == Counter(EXPECTED[prefix][2])


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_every_bound_cell_points_at_its_text(prefix):
    """Positions are true: the text at each bound cell's line and columns is the cell's text."""
    path = _seed(prefix)
    b = bind(parse(path.read_text("utf-8"), str(path)))
    checked = 0
    for table in b.tables.values():
        for row in table.rows.values():
            for cell in row.cells.values():
                if cell.state == VALUE:
                    s = cell.span
                    assert b.report.line_text(s.line)[s.column - 1:s.end_column - 1] == cell.text
                    checked += 1
    assert checked >= 40  # 003 has only its 总计 column filled
