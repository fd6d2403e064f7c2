"""N601 over a 表三 whose 总计 cells were left blank beside their filled items (an old report's habit).

A person reads such a total as what its items add up to, and so does N601 (``inferred_blanks``): a
claim over it is compared, its message saying the value was worked out. An item left blank beside
a filled total is not worked out from the total (a figure left out, or a 0 beside a wrong total),
and the old ``zero_blanks`` still gives only the blanks its arithmetic makes 0. Real reports showed
this (two helpers, real published reports with whole tables, session 47); the text is invented.
"""
from decimal import Decimal
from pathlib import Path

from govlint.binder.bind import bind
from govlint.formats import BUILTIN_FORMATS
from govlint.plugin import inferred_blanks, zero_blanks
from govlint.syntax.parser import parse
from harness.text_forms import lint_in_form

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
OLD = "（三）政府信息管理。落实信息发布审核制度，定期清理过期信息。"
#: each result row's 总计 (its last cell) left blank, the items kept
RESULT_ROWS = ("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "不计其他情形）\t1\t0\t0\t0\t0\t0\t1")
TOTALS_BLANK = CLEAN
for _row in RESULT_ROWS:
    assert CLEAN.count(_row) == 1
    TOTALS_BLANK = TOTALS_BLANK.replace(_row, _row.rsplit("\t", 1)[0] + "\t")
WORKED_OUT = "（含空白单元格，其数值按表内勾稽关系推算）"


def _n601(text: str, sentence: str, form: str = "as-written"):
    assert text.count(OLD) == 1
    result = lint_in_form(text.replace(OLD, "（三）政府信息管理。" + sentence), form)
    return [(d.code, d.span.line, d.message) for d in result.diagnostics if d.code == "N601"]


def _bound(text: str):
    return bind(parse(text, "report.txt"), BUILTIN_FORMATS)


def test_a_claim_over_totals_left_blank_is_held_to_what_their_items_add_up_to():
    expected = [("N601", 9, "“一、总体情况”中正文“予以公开4件”（予以公开 4）与表三不一致：按其可能的含义核对均不相符："
                            f"表三“（一）予以公开”总计 = 5{WORKED_OUT}；"
                            f"表三“（一）予以公开”总计 + “（二）部分公开”总计 = 6{WORKED_OUT}")]
    for form in ("as-written", "markdown"):
        assert _n601(TOTALS_BLANK, "本年度共收到政府信息公开申请13件，予以公开4件。", form) == expected, form
    # a copy hard-wrapped at 40 characters loses the trailing blank's place in the wrapped row: that row
    # is one cell short (C203 says so), the table is not whole, and nothing is worked out from it
    assert _n601(TOTALS_BLANK, "本年度共收到政府信息公开申请13件，予以公开4件。", "wrap-40") == []


def test_a_claim_giving_what_the_items_add_up_to_agrees():
    for sentence in ("本年度共收到政府信息公开申请13件，予以公开5件。", "本年度共收到政府信息公开申请13件，予以公开6件。",
                     "本年度共收到政府信息公开申请13件，予以公开五件。"):
        assert _n601(TOTALS_BLANK, sentence) == [], sentence


def test_the_totals_are_worked_out_only_where_their_items_are_all_filled():
    found = inferred_blanks(_bound(TOTALS_BLANK), "表三")
    assert {k: c.value for k, c in found.items() if k[1] == "total"} == {
        ("open", "total"): Decimal(5), ("partial", "total"): Decimal(1)}
    # an item of the row left blank too: the total is not worked out, nor the item from the others
    item_blank = TOTALS_BLANK.replace("（一）予以公开\t4\t1\t", "（一）予以公开\t4\t\t")
    assert ("open", "total") not in inferred_blanks(_bound(item_blank), "表三")


def test_zero_blanks_still_gives_only_the_blanks_its_arithmetic_makes_zero():
    bound = _bound(TOTALS_BLANK)
    assert all(c.value == 0 for c in zero_blanks(bound, "表三").values())
    assert ("open", "total") not in zero_blanks(bound, "表三")
