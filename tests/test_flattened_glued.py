"""A report whose text was taken with nothing between its nodes (a crawler's ``get_text()`` of a
published page): the title on its line, then the whole report on one line, no space anywhere —
"…安全运行。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数…规章000行政规范性文件3112…".
Its headings follow a sentence's end or a table's last number and run straight into their text:
a section's title ends where the official title does (they were missing: S101 ×5). Its tables'
labels run into their numbers ("…申请数量21710000218") and cannot be split: each table says so
once (C200), it is not missing (C201 ×3). A sentence naming the same words apart
("行政许可、行政处罚") is no table.

The report is invented: tests/fixtures/flat_2024.txt, its lines run together."""
from pathlib import Path

from copies import found
from govlint.testing import lint

FLAT = (Path(__file__).parent / "fixtures" / "flat_2024.txt").read_text("utf-8")
TITLE, *REST = FLAT.splitlines()
GLUED = TITLE + "\n" + "".join(line.strip() for line in REST if line.strip()) + "\n"

#: the three tables, unread for one cause, said once (at 表二) with each table's example
C200 = ("表二、表三、表四无法可靠读取：文中有这些表的行名和列名（如“本年制发件数”“商业企业”“结果维持”），但它们与数字或彼此连写在一起，"
        "表格的行和列无法还原；这些表的完整性、数值和勾稽关系检查未进行")


def _at(text, words):
    k = text.index(words)
    return text.count("\n", 0, k) + 1, k - text.rfind("\n", 0, k)


def test_the_glued_reports_sections_are_found_and_its_tables_are_unreadable_not_missing():
    assert " " not in GLUED.split("\n")[1] and "\t" not in GLUED
    assert found(GLUED) == [("C200", *_at(GLUED, "二、主动公开"), C200)]


def test_a_table_named_in_a_sentence_is_still_missing():
    """The same report without its tables, its text naming their rows in sentences: missing."""
    body = GLUED.split("\n")[1]
    cut = body[:body.index("第二十条第（一）项")] + "本年度主动公开行政许可、行政处罚、行政强制、行政事业性收费等信息，" \
        "本年制发件数、本年废止件数、现行有效件数另行公布。" + body[body.index("五、存在的主要问题"):]
    text = TITLE + "\n" + cut + "\n"
    codes = [(d.code, d.message) for d in lint(text).diagnostics]
    assert ("C201", "缺少表二（主动公开政府信息情况）") in codes and ("C201", "缺少表三（收到和处理政府信息公开申请情况）") in codes
    assert not [c for c in codes if c[0] == "C200"]


def test_a_label_with_the_numbers_above_run_into_it_is_no_typo():
    """In a table C200 names, "023四、结转下年度继续办理" is the label with the row above's numbers and
    its enumerator run in (V502 said it should read 结转下年度继续办理); a label with other words
    around the official one, or without a digit before it, is not."""
    from govlint_rules.labels import _numbers_run_in
    assert _numbers_run_in("023四、结转下年度继续办理", "结转下年度继续办理")
    assert _numbers_run_in("1 0 0 （七）总计", "总计")
    assert not _numbers_run_in("四、结转下年度继续办理", "结转下年度继续办理")
    assert not _numbers_run_in("2结转下年度办理", "结转下年度继续办理")
    assert not _numbers_run_in("3件结转下年度继续办理", "结转下年度继续办理")


def _only_unreadable_tables(text):
    return [(code, message) for code, _, _, message in found(text)] == [("C200", C200)]


def test_a_glued_heading_after_a_section_that_ends_without_a_full_stop():
    """The section before ends without 。 ("…被追责的情况二、主动公开…"): in a whole report run
    together a heading may follow any word."""
    k = GLUED.index("二、主动公开政府信息情况")
    assert GLUED[k - 1] == "。"
    assert _only_unreadable_tables(GLUED[:k - 1] + GLUED[k:])


def test_a_title_quoted_or_named_in_a_glued_report_is_no_heading():
    """"详见“三、收到和处理政府信息公开申请情况”部分" and "本报告三、收到和处理政府信息公开申请情况中的数据"
    inside section 一 of a report run together name a section: they open none."""
    k = GLUED.index("二、主动公开政府信息情况")
    for aside in ("详见“三、收到和处理政府信息公开申请情况”部分。", "本报告三、收到和处理政府信息公开申请情况中的数据已核对。"):
        assert _only_unreadable_tables(GLUED[:k] + aside + GLUED[k:]), aside
