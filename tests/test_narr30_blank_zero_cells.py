"""N601 over a 表三 whose zeros were left blank (tab-separated text, the blank cells in their places).

A blank cell the table's own arithmetic shows to be 0 (an identity whose other cells are filled, its
blanks all on one side, the filled sums equal: counts are not negative) is read as 0, so a claim over
it is compared: one that contradicts the table is found, one that agrees is not. A blank the
arithmetic leaves open ("二、上年结转" and "四、结转下年度" both blank: any equal figures), a blank where
a figure was left out (the sums differ) and a table whose arithmetic fails keep the claims over them
unread (C203 says the cell is blank; nothing is built on it).
"""
from pathlib import Path

from harness.text_forms import FORMS, lint_in_form

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
OLD = "（三）政府信息管理。落实信息发布审核制度，定期清理过期信息。"
NEW_ROW = "一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t13"
CARRY_ROW = "二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1"
NEXT_ROW = "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1"
#: 14 new, nothing carried over (its row left blank), 13 handled, 1 carried forward: 14 + blank = 13 + 1
#: shows each blank of 二、上年结转 to be 0
CARRY_BLANK = CLEAN.replace(NEW_ROW, "一、本年新收政府信息公开申请数量\t11\t2\t0\t1\t0\t0\t14") \
    .replace(CARRY_ROW, "二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t")
READINGS = ("表三“一、本年新收政府信息公开申请数量”总计 = 14；表三“一、本年新收”总计 + “二、上年结转”总计 = 14"
            "（含空白单元格，据表内勾稽关系为0）；表三“（七）总计”行总计 = 13")


def _every_zero_blank(text: str) -> str:
    """Every 0 of 表三 left blank, 总计 too."""
    out = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if len(cells) >= 8 and all(c.isdigit() or c == "" for c in cells[-7:]):
            line = "\t".join(cells[:-7] + ["" if c == "0" else c for c in cells[-7:]])
        out.append(line)
    return "\n".join(out)


def _n601(text: str, sentence: str, form: str = "as-written"):
    assert text.count(OLD) == 1
    result = lint_in_form(text.replace(OLD, "（三）政府信息管理。" + sentence), form)
    return [(d.code, d.span.line, d.span.column, d.message) for d in result.diagnostics if d.code == "N601"]


def test_applications_over_a_blank_carried_row_its_arithmetic_makes_zero_contradicting():
    assert CARRY_BLANK.count("\t14") == 1
    expected = [("N601", 9, 14, f"“一、总体情况”中正文“收到政府信息公开申请15件”（政府信息公开申请 15）与表三不一致："
                                f"按其可能的含义核对均不相符：{READINGS}")]
    assert _n601(CARRY_BLANK, "全年共收到政府信息公开申请15件。") == expected
    # every other zero of 表三 left blank too: the same blanks are 0 by the same arithmetic
    assert _n601(_every_zero_blank(CARRY_BLANK), "全年共收到政府信息公开申请15件。") == expected


def test_applications_over_a_blank_carried_row_agreeing():
    for sentence in ("全年共收到政府信息公开申请14件。", "全年共收到政府信息公开申请13件。", "全年共收到政府信息公开申请十四件。"):
        assert _n601(CARRY_BLANK, sentence) == []
        assert _n601(_every_zero_blank(CARRY_BLANK), sentence) == []


def test_carried_over_claim_against_a_blank_row_its_arithmetic_makes_zero():
    assert _n601(CARRY_BLANK, "上年结转1件。") == [
        ("N601", 9, 11, "“一、总体情况”中正文“上年结转1件”（上年结转 1）与表三不一致："
                        "表三“二、上年结转政府信息公开申请数量”总计 = 0（含空白单元格，据表内勾稽关系为0）")]
    assert _n601(CARRY_BLANK, "上年结转0件。") == []


def test_blank_zeros_in_a_tabbed_text_wrapped_or_markdown_form_are_read_alike():
    # (forms that lose the blanks' places — one line, a cell a line — give C203 and compare nothing over them)
    for form in ("wrap-40", "markdown"):
        assert form in FORMS
        found = _n601(CARRY_BLANK, "全年共收到政府信息公开申请15件。", form)
        assert [f[0] for f in found] == ["N601"], form
        assert found[0][3].endswith(READINGS), form
        assert _n601(CARRY_BLANK, "全年共收到政府信息公开申请14件。", form) == [], form
    for form in ("one-line", "cells-pipe"):
        assert _n601(CARRY_BLANK, "全年共收到政府信息公开申请15件。", form) == [], form


def test_blanks_the_arithmetic_leaves_open_are_not_read_as_zeros():
    # nothing carried either way, both rows left blank: 13 + x = 13 + x for any x (not compared)
    zero = CLEAN.replace(CARRY_ROW, "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0") \
        .replace(NEXT_ROW, "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0")
    assert _n601(_every_zero_blank(zero), "全年共收到政府信息公开申请35件。") == []
    # a figure left out (14 new, 13 handled, nothing carried forward: the blank 上年结转 is not 0)
    left_out = CARRY_BLANK.replace(NEXT_ROW, "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0")
    assert _n601(left_out, "全年共收到政府信息公开申请15件。") == []


def test_a_table_whose_arithmetic_fails_reads_no_blank_as_zero():
    broken = CARRY_BLANK.replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
    assert broken != CARRY_BLANK
    assert _n601(broken, "全年共收到政府信息公开申请15件。") == []
