""""六、其他" as the sixth section's heading (staff shorten "六、其他需要报告的事项"): the binder took it
for 表三's row "3.其他" (or the 2019 format's "（六）其他") written as a heading, folded 六 into 五, and
S101 said the sixth section was missing — an error on a report that has it. A heading is read as a
row of a table only under its own numeral ("四、结转下年度继续办理") or inside its table's section.

The report is invented (tests/fixtures/tabs_2024.txt)."""
from pathlib import Path

from govlint.binder.bind import _Binder
from govlint.formats import BUILTIN_FORMATS
from govlint.syntax.ast import Span
from govlint.testing import lint

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "tabs_2024.txt"


def _index():
    return _Binder(BUILTIN_FORMATS["2021"], BUILTIN_FORMATS, "", ()).index


def test_a_shortened_sixth_heading_after_the_fifth_section_is_the_sixth_section():
    text = FIXTURE.read_text("utf-8").replace("六、其他需要报告的事项", "六、其他")
    got = [(d.code, d.span.line, d.message) for d in lint(text).diagnostics]
    assert got == [("S103", 68, "标题“六、其他”是可接受的变体，官方表述为“六、其他需要报告的事项”")]


def test_a_label_under_its_own_numeral_is_a_row_wherever_it_stands():
    span = Span(1, 1, 1, 12, 0, 11)
    assert _index().heading_row("四、结转下年度继续办理", span, 3)
    assert _index().heading_row("四、结转下年度继续办理 1 0 0 0 0 0 1", span, 2)


def test_a_label_under_another_numeral_is_a_row_only_in_its_tables_section():
    span = Span(1, 1, 1, 5, 0, 4)
    index = _index()
    assert index.heading_row("六、其他", span, 3)       # inside 表三's section: "（六）其他" as a heading
    assert not index.heading_row("六、其他", span, 5)   # after 五: the sixth section's heading
