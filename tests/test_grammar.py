"""The grammar (grammars/report.lark), one test per part of a report it names, and the parser
that comes with the package."""
import logging
import sys
from pathlib import Path

import pytest

from govlint.syntax import parser as P
from govlint.syntax.ast import NUMBER, TEXT, Paragraph, Table
from govlint.syntax.lexer import tokens
from govlint.syntax.parser import parse

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.txt"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def kinds(text):
    return [t.type for t in tokens(P.normalise(text))]


def test_title_is_the_first_line():
    report = parse("示例局2024年政府信息公开工作年度报告\n\n根据《条例》编制本报告。\n一、总体情况\n正文。\n")
    assert report.title == report.front[0]
    assert (report.title.text, report.title.kind, report.title.span.line) == (
        "示例局2024年政府信息公开工作年度报告", "title", 1)
    assert parse("一、总体情况\n正文。\n").title is None  # a report that opens with a section has none
    # a title broken over lines (a PDF's): its lines up to "…报告", one title
    report = parse("淮安市洪泽区人民政府\n2024年政府信息公开工作年度报告\n根据《条例》编制本报告。\n")
    assert [p.kind for p in report.front] == ["title", "title", "text"]
    assert (report.title.text, report.title.span.line, report.title.span.end_line) == (
        "淮安市洪泽区人民政府2024年政府信息公开工作年度报告", 1, 2)


def test_front_matter_is_what_stands_before_the_first_section():
    report = parse("标题\n根据《条例》编制本报告。\n本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
                   "一、总体情况\n正文。\n")
    assert [(b.text, b.kind) for b in report.front] == [
        ("标题", "title"), ("根据《条例》编制本报告。", "text"),
        ("本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。", "text")]
    assert [s.number for s in report.sections] == [1]


def test_sections_have_number_title_heading_and_blocks():
    report = parse("标题\n一、总体情况\n第一段。\n\n第二段。\n## 二 、主动公开政府信息情况\n**三、收到和处理政府信息公开申请情况**\n")
    assert [(s.number, s.title, s.heading, s.span.line, s.span.column) for s in report.sections] == [
        (1, "总体情况", "一、总体情况", 2, 1), (2, "主动公开政府信息情况", "## 二 、主动公开政府信息情况", 6, 1),
        (3, "收到和处理政府信息公开申请情况", "**三、收到和处理政府信息公开申请情况**", 7, 1)]
    assert [p.text for p in report.sections[0].blocks] == ["第一段。", "第二段。"]
    # a table row that starts like a heading is a row ("四、结转下年度继续办理" in 表三)
    assert kinds("四、结转下年度继续办理\t1\t0\n四、政府信息公开行政复议、行政诉讼情况\n") == ["DATA_ROW", "HEADING"]


def test_sub_headings_are_marked():
    section = parse("一、总体情况\n概述。\n（一）主动公开。全年主动公开信息310条。\n(二) 依申请公开\n").sections[0]
    assert [(p.text, p.kind) for p in section.blocks] == [
        ("概述。", "text"), ("（一）主动公开。全年主动公开信息310条。", "subheading"), ("(二) 依申请公开", "subheading")]


def test_table_with_caption_header_rows_and_data_rows():
    text = ("二、主动公开政府信息情况\n说明。\n表一 主动公开情况\n信息内容\t本年制发件数\t本年废止件数\n"
            "规章\t0\t0\n行政规范性文件\t3\t1\n第二十条第（五）项\n")
    blocks = parse(text).sections[0].blocks
    assert [type(b) for b in blocks] == [Paragraph, Paragraph, Table, Paragraph]
    caption, table = blocks[1], blocks[2]
    assert (caption.text, caption.kind) == ("表一 主动公开情况", "caption")
    assert table.caption == caption and table.header_rows == 1
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["信息内容", "本年制发件数", "本年废止件数"], ["规章", "0", "0"], ["行政规范性文件", "3", "1"]]
    assert [c.kind for c in table.rows[1].cells] == [TEXT, NUMBER, NUMBER]
    # a caption only names a table below it: without one it is a paragraph
    assert parse("二、主动公开政府信息情况\n表一 主动公开情况\n").sections[0].blocks[0].kind == "text"


def test_a_stacked_table_repeats_its_header_among_the_data_rows():
    text = ("二、主动公开政府信息情况\n第二十条第（一）项\t\t\n信息内容\t本年制发件数\n规章\t0\n"
            "第二十条第（五）项\t\t\n信息内容\t本年处理决定数量\n行政许可\t120\n")
    assert kinds(text) == ["HEADING", "HEADER_ROW", "HEADER_ROW", "DATA_ROW", "HEADER_ROW", "HEADER_ROW", "DATA_ROW"]
    [table] = parse(text).sections[0].blocks
    assert len(table.rows) == 6 and table.header_rows == 2


def test_a_row_written_one_cell_per_line_is_one_token():
    text = "四、政府信息公开行政复议、行政诉讼情况\n\t行政复议\n\t行政诉讼\n\n\t1\n\t0\n"
    assert kinds(text) == ["HEADING", "HEADER_ROW", "DATA_ROW"]
    [table] = parse(text).sections[0].blocks
    assert [[c.text for c in r.cells] for r in table.rows] == [["行政复议", "行政诉讼"], ["1", "0"]]
    assert table.header_rows == 1


def test_signature_and_date_close_the_report():
    report = parse("标题\n六、其他需要报告的事项\n本年度未收取信息处理费。\n\n示例镇人民政府\n2025年1月20日\n")
    assert [(p.text, p.kind) for p in report.closing] == [("示例镇人民政府", "signature"), ("2025年1月20日", "date")]
    # the closing stays the last blocks of the last section, where the report shows it
    assert report.sections[-1].blocks[-2:] == report.closing
    # a section that says only "无" is no signature
    report = parse("标题\n六、其他需要报告的事项\n无\n样例乡人民政府\n2025年1月20日\n")
    assert [p.kind for p in report.sections[-1].blocks] == ["text", "signature", "date"]
    # a date in the middle of the report closes nothing
    assert parse("标题\n2025年1月20日\n一、总体情况\n正文。\n").closing == ()


def test_blank_lines_and_markdown_rules_are_no_tokens():
    assert kinds("标题\n\n  \n| 信息内容 | 数量 |\n|---|---|\n| 规章 | 1 |\n") == ["TITLE", "HEADER_ROW", "DATA_ROW"]


def test_the_grammar_conflicts_only_where_a_table_takes_the_rows_that_follow(caplog):
    """LALR without surprises: the only conflicts are the shift/reduce ones the grammar names
    (a table takes every row after it), resolved as shifts."""
    from lark import Lark, logger
    level = logger.level
    logger.setLevel(logging.DEBUG)
    try:
        with caplog.at_level(logging.DEBUG, logger="lark"):
            Lark(P.grammar_text(), debug=True, **P.OPTIONS)
    finally:
        logger.setLevel(level)
    conflicts = [r.getMessage() for r in caplog.records if "conflict" in r.getMessage().lower()]
    assert conflicts and all(m.startswith(("Shift/Reduce conflict for terminal DATA_ROW",
                                           "Shift/Reduce conflict for terminal HEADER_ROW")) for m in conflicts)


# -- the parser that comes with the package -------------------------------------------------------

def test_the_packaged_table_is_made_from_this_grammar():
    """After a change to grammars/report.lark, run `python -m govlint.syntax.build`."""
    from govlint.syntax import _report_parser
    assert _report_parser.GRAMMAR_HASH == P.grammar_hash()
    # (Lark numbers the states differently from run to run, so the module is not compared as
    # text: the test below compares what the two parsers build)


def test_the_packaged_table_and_lark_build_the_same_trees():
    import generate  # bench/generate.py: every layout
    texts = [P.normalise(f.read_text(encoding="utf-8-sig")) for f in FIXTURES]
    texts += [generate.report(seed, layout, 10)[0] for seed in range(5) for layout in generate.LAYOUTS]
    standalone = P._parser()
    assert type(standalone) is P.PackagedTable
    lark = P.lark_parser()  # the lexer a custom Lark lexer, the tokens fed by Lark
    assert type(lark).__module__ == "lark.lark"
    for text in texts:
        assert P.parse_tokens(standalone, text) == lark.parse(text)
        # parse_tokens steps over the table itself: over Lark's own parser's table too
        assert P.parse_tokens(lark, text) == lark.parse(text)


@pytest.mark.parametrize("text", ["x\n", "|---|\n", "一、\n", "一、总体情况\n", "\t1\n标题\n",
                                  "表一\n2025年1月2日\n", "某局\n2025年1月2日\n", "a\n\t1\n2025年1月2日\n"])
def test_every_sequence_of_lines_parses(text):
    parse(text)


def test_the_packaged_table_imports_neither_logging_nor_pickle():
    """(a fifth of a cold check went to importing them with Lark's standalone module)"""
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", "import sys; from govlint.syntax.parser import _parser; _parser(); "
                          "print(sorted({'logging', 'pickle'} & set(sys.modules)))"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_packaged_table_is_lark_s_table_rebuilt():
    """The module the build writes holds Lark's table of the grammar: written again now (with
    its states numbered anew), it parses every text as the committed one does."""
    import generate
    from govlint.syntax import build

    namespace: dict = {}
    exec(build.table_source(), namespace)
    assert namespace["GRAMMAR_HASH"] == P.grammar_hash()
    texts = [generate.report(seed, layout, 10)[0] for seed in range(3) for layout in generate.LAYOUTS]
    committed = P._parser()
    import types
    fresh = types.ModuleType("fresh")
    fresh.__dict__.update(namespace)
    import sys
    saved = sys.modules.get("govlint.syntax._report_parser")
    sys.modules["govlint.syntax._report_parser"] = fresh
    try:
        import govlint.syntax as package
        had = package.__dict__.pop("_report_parser", None)
        rebuilt = P._packaged()
    finally:
        sys.modules["govlint.syntax._report_parser"] = saved
        if had is not None:
            package._report_parser = had
    assert rebuilt is not None and rebuilt is not committed
    for text in texts:
        assert P.parse_tokens(rebuilt, text) == P.parse_tokens(committed, text)
