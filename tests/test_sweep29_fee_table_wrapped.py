"""A small fee table in 六 in a copy hard-wrapped at a fixed width (24 characters, an e-mail's text):
the wrap cuts its head row at a tab ("发出收费通知件数 | 收费总金额（元）" / "实际收取总金额（元）" /
"1 | 100 | 100"), and the table stands as pieces: one-row tables and a line of a word. As written,
its names over its figures state the fee; cut, the head's pieces read as the fee named with nothing
said (a false F401) or as a fee collected with no sum (a false F402). ``fee._cut_table`` reads pieces
on lines one after another as one table when they make one whole (its names, then rows as many
cells long), as a person does."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
STATEMENT = "本年度未收取信息处理费。"

TABLES = {
    "three heads, fees charged": "发出收费通知件数\t收费总金额（元）\t实际收取总金额（元）\n1\t100\t100",
    "three heads under a line that names them": "信息处理费收取情况如下：\n发出收费通知件数\t收费总金额（元）\t实际收取总金额（元）\n0\t0\t0",
    "a row label, a unit in the heads": "信息处理费\t发出收费通知件数（件）\t收费总金额（元）\n本年度\t0\t0",
}


def _findings(result):
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_fee_table_cut_by_a_wrap_at_24_reads_as_written(name):
    written = SOURCE.replace(STATEMENT, TABLES[name])
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, "wrap-24")) == []


def test_a_fee_table_cut_by_a_wrap_with_a_figure_missing_is_not_read_whole():
    """A guard: pieces that do not make a whole table (a figure short) are read as before, each alone."""
    written = SOURCE.replace(STATEMENT, "发出收费通知件数\t收费总金额（元）\n实际收取总金额（元）\n1\t100")
    assert [c for c, _ in _findings(lint(written, path="report.txt"))] == \
        [c for c, _ in _findings(lint_in_form(written, "wrap-24"))]
