"""表二's blocks laid out two by two (（一） beside （五）, （六） beside （八）: tests/harness/tables21.py
"t2-two-by-two") with each count written with its unit in its cell ("0件", "120件": web19's
units-in-cells, a site editor's page).

Why: a row holding two blocks' rows side by side ("规章 | 0件 | 0件 | 0件 | 行政许可 | 120件") is cut at
the second block's label only after a number; a count with its unit was no number there, so the
row was read as 规章's with "行政许可 120件" beyond its columns, and 表二 "缺少2行：行政许可；行政事业性
收费" (C202, an error). A count with its unit is a value wherever the binder reads values (the
label's end already took it so): the row is cut, both rows bound.

Each case fails at 6017ea6 and passes after."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import found  # noqa: E402
from govlint.binder.bind import bind  # noqa: E402
from govlint.syntax.parser import parse  # noqa: E402
from harness.tables21 import ALTERED  # noqa: E402


def _with_units(text: str) -> str:
    """``text`` with 表二's counts written with their unit, "件" (its amount, 1.25, has its own)."""
    a, b = text.index("第二十条第（一）项"), text.index("三、收到和处理")
    return text[:a] + re.sub(r"(?<=\t)(\d+)(?=\t|\n)", lambda m: m.group(1) + "件", text[a:b]) + text[b:]


TWO_BY_TWO = _with_units(ALTERED["t2-two-by-two"][0]())


def _table_two(text):
    table = bind(parse(text)).tables["表二"]
    return {(k, c): (cell.state, str(cell.value)) for k, r in table.rows.items() for c, cell in r.cells.items()}


def test_blocks_side_by_side_with_units_in_their_cells_bind_every_row():
    """Every row bound, each count as the same table without units binds it."""
    assert _table_two(TWO_BY_TWO) == _table_two(ALTERED["t2-two-by-two"][0]())
    assert found(TWO_BY_TWO) == []


def test_a_blank_in_the_block_beside_is_still_said():
    """行政许可's count left blank in the block beside 规章's row: C203 for it, the rows still cut."""
    text = TWO_BY_TWO.replace("行政许可\t120件", "行政许可\t")
    assert [f[0] for f in found(text)] == ["C203"]
