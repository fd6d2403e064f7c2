"""A web page copied onto very few lines: each section's text on one line (its paragraphs and its
table run together), and in the second copy each section's heading at the end of the line before
("…编制本报告。…止。 一、总体情况" / "2024年，…。 二、主动公开政府信息情况" / "第二十条第（一）项 信息内容 …
行政事业性收费 1.25 三、收到和处理政府信息公开申请情况" / …). A line shorter than a whole report, or
one that does not open with its heading, was not read as flattened: the tables' rows were not cut
(C201 缺少表二), and the headings at the lines' ends were not split out (S101 for five sections,
C201 for the three tables).

A heading counts inside such a line after a sentence's end or a table's last number, its title
standing apart; a title quoted in a sentence does not (the failing case).

The report is invented: tests/fixtures/tabs_2024.txt, copied a section a line."""
import re
from pathlib import Path

from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
_HEADING = re.compile(r"^[一二三四五六]、")


def _sections(text):
    lines = text.split("\n")
    heads = [i for i, line in enumerate(lines) if _HEADING.match(line) and "\t" not in line]
    cuts = [0] + heads + [len(lines)]
    return [" ".join(" ".join(lines[a:b]).replace("\t", " ").split()) for a, b in zip(cuts, cuts[1:])]


def a_section_a_line(text):
    return "\n".join(_sections(text)) + "\n"


def headings_at_the_ends(text):
    out = _sections(text)[:1]
    for section in _sections(text)[1:]:
        heading, _, rest = section.partition(" ")
        out[-1] += " " + heading
        out.append(rest)
    return "\n".join(out) + "\n"


def found(text):
    return [(d.code, d.span.line if d.span else None, d.message) for d in lint(text).diagnostics]


def test_flattened_a_section_a_line_is_read():
    text = a_section_a_line(TABS)
    assert text.count("\n") == 7
    assert found(text) == []


def test_flattened_a_section_a_line_its_heading_at_the_line_before_is_read():
    text = headings_at_the_ends(TABS)
    assert "止。 一、总体情况\n" in text and " 1.25 三、收到和处理政府信息公开申请情况\n" in text
    assert found(text) == []


def test_flattened_a_section_a_line_its_table_is_checked():
    text = headings_at_the_ends(TABS).replace("行政规范性文件 3 1 12", "行政规范性文件 3 1 1")
    assert found(text) == [("A305", 3, "表二“行政规范性文件”行：现行有效件数 1 小于 本年制发件数 3 − 本年废止件数 1 = 2")]


def test_flattened_a_section_a_line_a_title_quoted_in_a_sentence_is_no_heading():
    """"…。对照二、主动公开政府信息情况" (words before the title, no sentence's end): no section
    starts there; the section is missing, said once (its table is read under the section before,
    as a person would find it there too)."""
    text = headings_at_the_ends(TABS)
    text = text.replace("。 二、主动公开政府信息情况\n", "。对照二、主动公开政府信息情况 \n")
    assert found(text) == [("S101", 3, "缺少第二部分“二、主动公开政府信息情况”")]
