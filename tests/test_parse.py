"""The grammar and the AST: layouts, line ends, cells and their positions."""
from decimal import Decimal

import pytest

from govlint.syntax.ast import BLANK, NUMBER, PLACEHOLDER, TEXT, Paragraph, Table
from govlint.syntax.parser import ParseError, parse, parse_number


def test_sections_found_with_number_title_and_line(fixture_text):
    report = parse(fixture_text("tabs_2024.txt"))
    assert [(s.number, s.title, s.span.line) for s in report.sections] == [
        (1, "总体情况", 5), (2, "主动公开政府信息情况", 13), (3, "收到和处理政府信息公开申请情况", 29),
        (4, "政府信息公开行政复议、行政诉讼情况", 59), (5, "存在的主要问题及改进情况", 65), (6, "其他需要报告的事项", 68)]


def test_front_matter_holds_title_and_preamble(fixture_text):
    report = parse(fixture_text("tabs_2024.txt"))
    assert [type(b) for b in report.front] == [Paragraph, Paragraph]
    assert report.front[0].text == "示例镇人民政府2024年政府信息公开工作年度报告"


def test_tab_row_cells_keep_their_columns():
    report = parse("二、主动公开政府信息情况\n行政许可\t120\n")
    row = report.sections[0].tables[0].rows[0]
    assert [(c.text, c.kind, c.span.line, c.span.column, c.span.end_column) for c in row.cells] == [
        ("行政许可", TEXT, 2, 1, 5), ("120", NUMBER, 2, 6, 9)]
    assert row.cells[1].value == Decimal(120)


def test_pipe_rows_split_on_bars_and_drop_markdown_rules():
    report = parse("二、主动公开政府信息情况\n| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 7 |\n")
    rows = report.sections[0].tables[0].rows
    assert [[c.text for c in r.content] for r in rows] == [["信息内容", "本年处理决定数量"], ["行政许可", "7"]]


def test_one_cell_per_line_rows_are_grouped_at_blank_lines():
    text = "二、主动公开政府信息情况\n\t行政处罚\n\t3\n\n\t行政强制\n\t\n\n"
    rows = parse(text).sections[0].tables[0].rows
    assert [[(c.text, c.kind) for c in r.cells] for r in rows] == [
        [("行政处罚", TEXT), ("3", NUMBER)], [("行政强制", TEXT), ("", BLANK)]]
    assert rows[1].cells[1].span.line == 6


def test_header_cell_broken_over_lines_is_joined():
    text = "四、政府信息公开行政复议、行政诉讼情况\n\t尚未审结\n\t总\n\n计\n\t未经复议直接起诉\n\n"
    section = parse(text).sections[0]
    assert len(section.blocks) == 1 and isinstance(section.blocks[0], Table)
    cells = [c.text for r in section.blocks[0].rows for c in r.cells]
    assert cells == ["尚未审结", "总计", "未经复议直接起诉"]


def test_crlf_and_bom_give_the_same_tree(fixture_text):
    text = fixture_text("tabs_2024.txt")
    plain = parse(text)
    windows = parse("\ufeff" + text.replace("\n", "\r\n"))
    assert windows.sections == plain.sections
    assert windows.text == plain.text


@pytest.mark.parametrize("written, value", [
    ("０", Decimal(0)), ("１２３", Decimal(123)), ("1,234", Decimal(1234)), ("1 234", Decimal(1234)),
    ("4068.208", Decimal("4068.208")), ("-3", Decimal(-3)), ("２.５", Decimal("2.5"))])
def test_numbers_tolerate_full_width_and_separators(written, value):
    assert parse_number(written) == value


@pytest.mark.parametrize("written", ["", "/", "—", "无", "若干", "3件"])
def test_non_numbers_are_not_numbers(written):
    assert parse_number(written) is None


def test_blank_placeholder_and_zero_stay_distinguishable():
    row = parse("二、主动公开政府信息情况\n规章\t0\t\t/\n").sections[0].tables[0].rows[0]
    assert [c.kind for c in row.cells] == [TEXT, NUMBER, BLANK, PLACEHOLDER]


def test_heading_numerals_up_to_ten():
    report = parse("十、附则\n正文\n")
    assert report.sections[0].number == 10


@pytest.mark.parametrize("text", ["", "\n\n  \n", "\ufeff"])
def test_empty_text_is_a_parse_error(text):
    with pytest.raises(ParseError, match="empty"):
        parse(text)


def test_fast_constructor_makes_the_same_objects():
    """The per-cell constructors skip the class's own __new__; the objects must not differ
    (type, fields, equality, hash, repr), and a missing field is an error, not a default."""
    from govlint.syntax.ast import Cell, Span, fast_constructor
    from govlint.binder.bind import BoundCell
    span = fast_constructor(Span)((1, 2, 1, 5, 10, 13))
    assert type(span) is Span and span.end_column == 5 and span.to(span) == span
    assert span == Span(1, 2, 1, 5, 10, 13) and hash(span) == hash(Span(1, 2, 1, 5, 10, 13))
    assert fast_constructor(Cell)(("x", span, TEXT, None)) == Cell("x", span, TEXT)
    made = fast_constructor(BoundCell)(("表三", "new", "total", "value", Decimal(3), "3", span))
    assert made == BoundCell("表三", "new", "total", "value", Decimal(3), "3", span)
    assert made.ok and made.column == "total"
    assert repr(made) == repr(BoundCell("表三", "new", "total", "value", Decimal(3), "3", span))


def test_a_span_joined_onto_an_earlier_one_covers_both():
    """A piece a layout joins onto a row may stand before it (a wrapped label's first line above
    its row): the joined span starts at the earlier piece and ends at the later, whichever
    ``to`` is called on; a reversed span (end line before start line) pointed nowhere."""
    from govlint.syntax.ast import Span
    above = Span(46, 1, 46, 5, 100, 104)
    row = Span(48, 1, 48, 30, 120, 149)
    assert above.to(row) == Span(46, 1, 48, 30, 100, 149)
    assert row.to(above) == Span(46, 1, 48, 30, 100, 149)
    inner = Span(48, 3, 48, 6, 122, 125)
    assert row.to(inner) == row
