"""The binder: official cells, tolerated label drift, format detection."""
from decimal import Decimal

import pytest

from govlint.binder.bind import ABSENT, BLANK_CELL, VALUE, align, bind
from govlint.syntax.parser import make_cell, parse
from govlint.syntax.ast import Span


def _bound(text):
    return bind(parse(text))


def _values(bound):
    return {(t, r, c): (cell.state, cell.value) for t, table in bound.tables.items()
            for r, row in table.rows.items() for c, cell in row.cells.items()}


def test_every_official_cell_is_bound_in_every_layout(fixture_text):
    tabs = _bound(fixture_text("tabs_2024.txt"))
    assert len(_values(tabs)) == 2 * 3 + 4 * 1 + 25 * 7 + 15  # 表二: two rows of 3 columns, four of 1
    for name in ("pipes_2024.txt", "cells_2024.txt"):
        assert _values(_bound(fixture_text(name))) == _values(tabs), name


def test_cell_values_and_positions(fixture_text):
    b = _bound(fixture_text("tabs_2024.txt"))
    cell = b.tables["表三"].cell("total", "natural")
    assert (cell.state, cell.value, cell.span.line, cell.span.column) == (VALUE, Decimal(10), 56, 7)
    fee = b.tables["表二"].cell("fees", "amount")
    assert fee.value == Decimal("1.25")
    review = b.tables["表四"].cell("data", "review_total")
    assert (review.value, review.span.line, review.span.column) == (Decimal(2), 63, 9)


def test_tables_found_without_their_section_heading(fixture_text):
    text = fixture_text("tabs_2024.txt").replace("三、收到和处理政府信息公开申请情况\n", "")
    b = _bound(text)
    assert b.tables["表三"].present and len(b.tables["表三"].rows) == 25
    assert b.tables["表三"].section == 2  # where it stands
    assert b.section(3) is None


def test_row_heading_on_its_own_line_is_a_row_not_a_section(fixture_text):
    text = fixture_text("cells_2024.txt").replace("\t四、结转下年度继续办理\n", "四、结转下年度继续办理\n")
    b = _bound(text)
    assert [s.number for s in b.sections] == [1, 2, 3, 4, 5, 6]
    assert b.tables["表三"].cell("next", "total").value == Decimal(1)


def test_typo_and_outdated_labels_are_bound_and_noted(fixture_text):
    text = (fixture_text("tabs_2024.txt").replace("本年废止件数", "本年度止件数")
            .replace("行政规范性文件\t3", "规范性文件\t3").replace("社会公益组织", "社会组织"))
    b = _bound(text)
    assert b.tables["表二"].cell("normative", "repealed").value == Decimal(1)
    assert sorted((n.kind, n.found, n.expected) for n in b.notes) == [
        ("outdated", "社会组织", "社会公益组织"), ("outdated", "规范性文件", "行政规范性文件"),
        ("typo", "本年度止件数", "本年废止件数")]


def test_half_width_and_spaced_enumerators_match():
    text = "三、收到和处理政府信息公开申请情况\n(三) 不予公开\t1、 属于国家秘密\t1\t0\t0\t0\t0\t0\t1\n"
    b = _bound(text)
    assert b.tables["表三"].cell("deny_1", "total").value == Decimal(1)


def test_format_detected_from_year_then_labels(fixture_text):
    assert _bound(fixture_text("tabs_2024.txt")).format.id == "2021"
    assert _bound(fixture_text("tabs_2020_trial.txt")).format.id == "2019"
    untitled = fixture_text("tabs_2020_trial.txt").replace("示例镇人民政府2020年政府信息公开工作年度报告", "报告")
    untitled = untitled.replace("统计期限自2020年1月1日起至2020年12月31日止", "")
    assert "\n2020年，示例镇" in untitled
    b = _bound(untitled.replace("\n2020年，示例镇", "\n示例镇"))  # (no year 一 opens with either)
    assert (b.format.id, b.format_reason) == ("2019", "labels")


def test_forced_format_wins(fixture_text):
    b = bind(parse(fixture_text("tabs_2024.txt")), forced_format="2019")
    assert b.format.id == "2019"


def _cells(*texts):
    return [make_cell(t, Span(1, 1, 1, 1, 0, 0)) for t in texts]


def test_align_drops_layout_padding_then_right_aligns_short_rows():
    cells, surplus = align(_cells("", "", "1", "2", "3", "4", "5", "6", "21"), 7)
    assert [c.text for c in cells] == ["1", "2", "3", "4", "5", "6", "21"] and surplus == 0
    cells, _ = align(_cells("", "", "", "", "", "9"), 7)
    assert cells[0] is None and cells[-1].text == "9"
    cells, _ = align(_cells("1", "2"), 7)
    assert [c.text for c in cells[:2]] == ["1", "2"] and cells[2:] == [None] * 5


def test_absent_and_blank_cells_are_recorded(fixture_text):
    text = fixture_text("tabs_2024.txt").replace("行政强制\t2", "行政强制").replace("行政许可\t120", "行政许可\t\t")
    b = _bound(text)
    assert b.tables["表二"].cell("enforcement", "decisions").state == ABSENT
    assert b.tables["表二"].cell("licensing", "decisions").state == BLANK_CELL


def test_facts_from_title_period_and_date(fixture_text):
    f = _bound(fixture_text("tabs_2024.txt")).facts
    assert (f.agency, f.year, f.period, f.date.isoformat(), f.title_span.line) == (
        "示例镇人民政府", 2024, (2024, 2024), "2025-01-20", 1)


def test_title_skips_web_page_metadata(fixture_text):
    text = "索引号：0001-2025-00012\n发布机构：示例镇人民政府\n" + fixture_text("tabs_2024.txt")
    f = _bound(text).facts
    assert (f.title, f.title_span.line, f.agency) == ("示例镇人民政府2024年政府信息公开工作年度报告", 3, "示例镇人民政府")


def test_title_broken_over_two_lines(fixture_text):
    text = fixture_text("tabs_2024.txt").replace("示例镇人民政府2024年政府", "示例镇人民政府2024年\n政府")
    f = _bound(text).facts
    assert (f.title, f.title_span.line, f.title_span.end_line) == ("示例镇人民政府2024年政府信息公开工作年度报告", 1, 2)


@pytest.mark.parametrize("name", ["flat_2024.txt", "spaced_2024.txt"])
def test_layouts_without_tabs_bind_like_the_tab_layout(fixture_text, name):
    """One cell per line with no indentation (a web page copied as text), or cells separated by
    spaces (a PDF copied as text): the same values as the tab layout, the same six sections."""
    bound = _bound(fixture_text(name))
    tabs = _bound(fixture_text("tabs_2024.txt"))
    assert {k: v[1] for k, v in _values(bound).items()} == {k: v[1] for k, v in _values(tabs).items()}
    assert [s.number for s in bound.sections] == [1, 2, 3, 4, 5, 6]


def test_short_paragraphs_without_numbers_stay_paragraphs(fixture_text):
    b = _bound(fixture_text("tabs_2024.txt"))
    six = b.section(6)
    assert [p.text for p in six.blocks] == ["本年度未收取信息处理费。", "示例镇人民政府", "2025年1月20日"]


@pytest.mark.parametrize("written, expected", [
    ("2025年1月20日", "2025-01-20"), ("２０２５年１月２０日", "2025-01-20"), ("二〇二五年一月二十日", "2025-01-20"),
    ("二○二五年十二月三十一日", "2025-12-31"), ("2025年2月30日", None), ("示例镇人民政府", None)])
def test_closing_dates_in_arabic_and_chinese_numerals(written, expected):
    from govlint.binder.facts import parse_date
    got = parse_date(written)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize("sentence, period", [
    ("本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。", (2024, 2024)),
    ("本报告中所列数据统计期限为2024年1月1日至12月31日。", (2024, 2024)),
    ("本报告所列数据统计时间为2024年度。", (2024, 2024)),
    ("统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。", (2023, 2023)),
])
def test_statistics_period_phrasings(fixture_text, sentence, period):
    text = fixture_text("tabs_2024.txt").replace("本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。", sentence)
    assert _bound(text).facts.period == period
