"""A report flattened onto one line whose closing is written date first, the agency under it
("… 2025年1月20日 示例镇人民政府"). The one-line split knew the closing only as the agency then the
date, so here 六's last words ran on into the date and the agency: a fee topic left unanswered
("信息处理费收取情况") was read with them as a statement that a fee was charged with no amount (a
false F402 where the report, as written, gets F401), and the closing date was not read
(``layout.lines._DATE_THEN_SIGNER``)."""
import sys
from pathlib import Path

import pytest

from govlint.binder.bind import bind
from govlint.syntax.parser import parse
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import one_line  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
CLOSING = "\n示例镇人民政府\n2025年1月20日\n"
SIXES = {"answered": "本年度未收取信息处理费。", "topic unanswered": "信息处理费收取情况"}


def _written(six: str) -> str:
    assert SOURCE.endswith("本年度未收取信息处理费。\n" + CLOSING)
    return SOURCE.replace("本年度未收取信息处理费。\n" + CLOSING, six + "\n2025年1月20日\n示例镇人民政府\n")


@pytest.mark.parametrize("name", sorted(SIXES))
def test_date_above_the_agency_flattened_reads_as_written(name):
    written = _written(SIXES[name])
    codes = [(d.code, d.message) for d in lint(one_line(written), path="report.txt").diagnostics]
    assert codes == [(d.code, d.message) for d in lint(written, path="report.txt").diagnostics]
    assert [c for c, _ in codes] == ([] if name == "answered" else ["F401"])


def test_the_closing_date_above_the_agency_flattened_is_read():
    facts = bind(parse(one_line(_written(SIXES["answered"])), "report.txt")).facts
    assert str(facts.date) == "2025-01-20"
