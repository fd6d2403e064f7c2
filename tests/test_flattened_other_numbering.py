"""A report flattened onto one line (copied out of a web page or a viewer) whose sections are
numbered another way than 一、: "（一）总体情况 … （二）主动公开政府信息情况 …", "1.总体情况 …" or
"第一部分 总体情况 …", "一 总体情况 …", or not at all, the titles in bold ("**总体情况** …";
the section a bold title heads known by its title, not a numeral). layout/lines.py put the line breaks back before 一、 headings only, so the
one line stayed one line and the report was refused (S100: 这个文件看起来不是…报告).

Every report here is invented: tests/fixtures/tabs_2024.txt with its headings renumbered and its
line breaks and tabs made single spaces."""
import re
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
OFFICIAL = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
NUMERALS = "一二三四五六"
NUMBERINGS = {
    "parenthesised": lambda n, t: f"（{NUMERALS[n - 1]}）{t}",
    "arabic": lambda n, t: f"{n}.{t}",
    "part": lambda n, t: f"第{NUMERALS[n - 1]}部分 {t}",
    "space": lambda n, t: f"{NUMERALS[n - 1]} {t}",
    "bold, no numeral": lambda n, t: f"**{t}**",
}


def _one_line(text, numbering):
    for i, h in enumerate(OFFICIAL):
        assert text.count(h + "\n") == 1, h
        text = text.replace(h + "\n", NUMBERINGS[numbering](i + 1, h[2:]) + "\n")
    return re.sub(r"[ \t\n]+", " ", text).strip() + "\n"


def _found(text):
    return [(d.code, d.span.line, d.span.column, d.message) for d in lint(text).diagnostics]


@pytest.mark.parametrize("numbering", list(NUMBERINGS))
def test_a_one_line_report_with_sections_numbered_another_way_is_read(numbering):
    text = _one_line(CLEAN, numbering)
    bound = bind(parse(text))
    assert [s.number for s in bound.sections] == [1, 2, 3, 4, 5, 6]
    t3 = bound.tables["表三"]
    assert str(t3.rows["open"].cells["total"].value) == "5"  # （一）予以公开: a 表三 row, no heading
    assert str(bound.tables["表二"].rows["fees"].cells["amount"].value) == "1.25"
    assert _found(text) == []


@pytest.mark.parametrize("numbering", list(NUMBERINGS))
def test_a_one_line_report_with_sections_numbered_another_way_is_checked(numbering):
    """A wrong 总计 gives what it gives in the report as typed, each finding at its place on the
    one line (the column counted in the file as written)."""
    wrong = ("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14")
    typed = lint(CLEAN.replace(*wrong)).diagnostics
    text = _one_line(CLEAN.replace(*wrong), numbering)
    found = _found(text)
    assert [(f[0], f[3]) for f in found] == [(d.code, d.message) for d in typed]
    assert [f[0] for f in found] == ["A301", "A302", "A303"]
    column = text.index("（七）总计 10 2 0 1 0 0 14") + len("（七）总计 10 2 0 1 0 0 ") + 1
    assert [f[1:3] for f in found[1:]] == [(1, column), (1, column)]


def test_bracketed_sub_headings_in_prose_do_not_number_the_sections():
    """一、 headings with （一） sub-headings in their prose: the 一、 headings are the sections (the
    bracketed numbering is tried only where no 一、 heading is found)."""
    text = re.sub(r"[ \t\n]+", " ", CLEAN).strip() + "\n"
    assert "（一）主动公开。" in text
    assert [s.number for s in bind(parse(text)).sections] == [1, 2, 3, 4, 5, 6]
    assert _found(text) == []


def test_a_one_line_report_whose_sub_items_have_a_space_after_the_number():
    """"1. 属于国家秘密": the lone "1." was read as a number ending a row, and the words after it
    as the next row's label, so each group's row read "（三）不予公开 1." (4 false V502) and the
    table could not be placed (C200)."""
    spaced = re.sub(r"(?<=[\n\t])(\d)\.(?!\d)", r"\1. ", CLEAN)
    text = re.sub(r"[ \t\n]+", " ", spaced).strip() + "\n"
    assert "（三）不予公开 1. 属于国家秘密 0" in text
    assert _found(text) == []
    t3 = bind(parse(text)).tables["表三"]
    assert str(t3.rows["deny_4"].cells["total"].value) == "1"
    assert str(t3.rows["unable_1"].cells["total"].value) == "3"
