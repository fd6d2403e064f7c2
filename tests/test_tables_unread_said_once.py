"""Every table of a copy unread, each for its own cause, is said once (C200 at the first table),
with what was seen in each. voices51e: plain `pdftotext` of a Word file gives a table's first
column, then the rest of its cells (the labels, then the numbers); each table came apart its own
way and each had its own C200, three warnings on a report with nothing wrong in it."""
from copies import tables_rewritten

from govlint.testing import lint

ONCE = ("表二、表三无法可靠读取："
        "表二，第14行起读出的5行中，多数数字的位置无法确定（9个单元格缺失或为文字，0行多出数字）；"
        "表三，第48行起“1.属于国家秘密”一行读出56个数字（应为7个），其他行却没有数字：各行的数字连在了一起，无法确定各数字所属的行；"
        "这些表的完整性、数值和勾稽关系检查未进行")


def _column_first(text):
    """Each table (a run of tab rows) as its first column, a cell a line, then its other cells."""
    return tables_rewritten(text, lambda rows: [r[0] for r in rows if r[0]] + [""]
                            + [c for r in rows for c in r[1:] if c])


def test_tables_unread_for_different_causes_are_said_once(fixture_text):
    text = _column_first(fixture_text("tabs_2024.txt"))
    found = [(d.code, d.span.line, d.message, d.location.table, d.data["tables"]) for d in lint(text).diagnostics]
    assert found == [("C200", 14, ONCE, "表二", ["表二", "表三"])]


def test_in_english(fixture_text):
    [d] = lint(_column_first(fixture_text("tabs_2024.txt")), lang="en").diagnostics
    assert d.message.startswith("表二, 表三 could not be read reliably: 表二: in the 5 rows read from line 14, most")
    assert d.message.endswith("which row each belongs to cannot be told; their completeness, value and arithmetic "
                              "checks were not run")


def test_one_table_unread_is_said_of_it_alone(fixture_text):
    """A guard: 表三 alone copied a column at a time; 表二 and 表四 typed as rows are read."""
    text = fixture_text("tabs_2024.txt")
    start, end = text.index("（本列数据的勾稽关系"), text.index("\n\n四、政府信息公开行政复议")
    text = text[:start] + _column_first(text[start:end]) + text[end:]
    [d] = lint(text).diagnostics
    assert d.code == "C200" and d.message.startswith("表三（收到和处理政府信息公开申请情况）无法可靠读取：")


def test_tables_unread_for_one_cause_and_one_for_another(fixture_text):
    """表二 and 表四 'in the annex' (one cause, said of both), 表三 come apart (another): one finding, the
    tables named in the format's order, each cause with its tables."""
    text = fixture_text("tabs_2024.txt")
    for heading, end in (("二、主动公开政府信息情况\n", "\n\n三、收到"), ("四、政府信息公开行政复议、行政诉讼情况\n", "\n\n五、")):
        a, b = text.index(heading) + len(heading), text.index(end)
        text = text[:a] + "（表格见附件）" + text[b:]
    start, end = text.index("（本列数据的勾稽关系"), text.index("\n\n四、政府信息公开行政复议")
    text = text[:start] + _column_first(text[start:end]) + text[end:]
    assert [(d.code, d.message) for d in lint(text).diagnostics] == [(
        "C200", "表二、表三、表四无法可靠读取：表三，第18行起“1.属于国家秘密”一行读出56个数字（应为7个），其他行却没有数字："
                "各行的数字连在了一起，无法确定各数字所属的行；表二、表四，第二、四部分里都没有表格的文字，只说明表格见附件（第14、235行）："
                "表格可能在附件中发布，无法读取其中的数字；这些表的完整性、数值和勾稽关系检查未进行")]
