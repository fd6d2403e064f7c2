"""Tables as staff alter them: columns and rows the official format does not have, added beside the
official ones. Staff copy last year's 表二 and add a column of last year's figures (上年新制发件数,
left or right of this year's), add a 备注 column to 表三 or 表四, a column of last year's totals
to 表三, a 合计 row under 表二. Each gave a cascade today (a misspelt-label V502 for the added
head, a C200 for every row: "4个数字，应有3个"; 表四 unreadable; 表二's 合计 read as 表三's
（七）总计 and C203). A person sees one thing: the table carries a column (or row) the format does not
have. The official cells bind as in the unaltered table, and one note (V501) names what was added;
the added cells are in no check. A head cell that is a misspelt official column (the official one
not named) is still V502's, and an added head whose rows carry no cell of it says nothing.

The report is invented: tests/fixtures/tabs_2024.txt."""
import re
from pathlib import Path

import pytest

from copies import found
from govlint.binder.bind import bind
from govlint.syntax.parser import parse

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
HEAD2 = "信息内容\t本年制发件数\t本年废止件数\t现行有效件数"
ROWS2 = "规章\t0\t0\t0\n行政规范性文件\t3\t1\t12"
HEAD3 = "\t自然人\t法人或其他组织\t总计"
HEAD4 = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉"
ROW4 = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"
#: 表三's data rows: a label and seven numbers
T3_ROW = re.compile(r"^(?!1\t).*\t\d+\t\d+\t\d+\t\d+\t\d+\t\d+\t\d+$", re.M)


def _altered(*pairs, rows3=None):
    text = TABS
    for old, new in pairs:
        assert old in text
        text = text.replace(old, new, 1)
    if rows3 is not None:
        text = T3_ROW.sub(lambda m: rows3(m.group()), text)
    return text


def _cells(text):
    return {(t, r, c): (cell.state, str(cell.value))
            for t, table in bind(parse(text)).tables.items() for r, row in table.rows.items()
            for c, cell in row.cells.items()}


def _at(text, word):
    k = text.index(word)
    return text.count("\n", 0, k) + 1, k - text.rfind("\n", 0, k)


def _note(table, *names):
    listed = "、".join(f"“{n}”" for n in names)
    return f"{table}有官方格式没有的列：{listed}；其数字不参与检查，建议按官方格式删去"


LAST_YEAR_RIGHT = _altered((HEAD2 + "\n" + ROWS2, HEAD2 + "\t上年新制发件数\n规章\t0\t0\t0\t0\n行政规范性文件\t3\t1\t12\t4"))
LAST_YEAR_LEFT = _altered((HEAD2 + "\n" + ROWS2,
                           "信息内容\t上年新制发件数\t本年制发件数\t本年废止件数\t现行有效件数\n"
                           "规章\t0\t0\t0\t0\n行政规范性文件\t4\t3\t1\t12"))


@pytest.mark.parametrize("text", [LAST_YEAR_RIGHT, LAST_YEAR_LEFT], ids=["right", "left"])
def test_table_two_with_a_column_of_last_years_figures_binds_this_years(text):
    assert _cells(text) == _cells(TABS)
    assert found(text) == [("V501", *_at(text, "上年新制发件数"), _note("表二", "上年新制发件数"))]


def test_table_two_with_last_years_column_still_says_a_defect_in_this_years():
    text = LAST_YEAR_RIGHT.replace("行政规范性文件\t3\t1\t12\t4", "行政规范性文件\t3\t\t12\t4")
    assert found(text) == [
        ("V501", *_at(text, "上年新制发件数"), _note("表二", "上年新制发件数")),
        ("C203", 17, 11, "表二“行政规范性文件”行有1个单元格没有填写数字：本年废止件数（空白）；应填数字，没有发生的填0")]


def test_an_added_head_whose_rows_carry_no_cell_of_it_says_nothing():
    text = _altered((HEAD2, HEAD2 + "\t上年新制发件数"))
    assert _cells(text) == _cells(TABS)
    assert found(text) == []


def test_a_misspelt_head_beside_an_added_column_is_the_official_column():
    """本年度止件数 where 本年废止件数 belongs, beside an added 上年新制发件数: the one cell that misspells
    the one official column not named is that column (V502), the other is added (V501): two
    defects, two findings, the cells bound."""
    text = _altered((HEAD2 + "\n" + ROWS2,
                     "信息内容\t本年制发件数\t本年度止件数\t现行有效件数\t上年新制发件数\n"
                     "规章\t0\t0\t0\t0\n行政规范性文件\t3\t1\t12\t4"))
    assert _cells(text) == _cells(TABS)
    assert found(text) == [("V502", *_at(text, "本年度止件数"), "表二列名“本年度止件数”应为“本年废止件数”"),
                           ("V501", *_at(text, "上年新制发件数"), _note("表二", "上年新制发件数"))]


def test_a_head_missing_an_official_column_is_not_guessed():
    """本年废止件数 not in the head at all, a 备注 added: which number is whose is not guessed."""
    text = _altered((HEAD2 + "\n" + ROWS2,
                     "信息内容\t本年制发件数\t现行有效件数\t备注\n规章\t0\t0\t0\t0\n行政规范性文件\t3\t1\t12\t4"))
    assert [f[0] for f in found(text)] == ["C200", "C200"]


def test_table_two_with_both_years_side_by_side_each_head_naming_its_year():
    """2024年本年制发件数 … 2023年现行有效件数: the latest year's columns are the report's."""
    years = "\t".join(f"{y}年{c}" for y in (2024, 2023) for c in ("本年制发件数", "本年废止件数", "现行有效件数"))
    text = _altered((HEAD2 + "\n" + ROWS2, f"信息内容\t{years}\n规章\t0\t0\t0\t0\t0\t0\n"
                     "行政规范性文件\t3\t1\t12\t4\t2\t10"))
    assert _cells(text) == _cells(TABS)
    assert found(text) == [("V501", *_at(text, "2023年本年制发件数"),
                            _note("表二", "2023年本年制发件数", "2023年本年废止件数", "2023年现行有效件数"))]


def test_table_two_with_last_years_columns_first_each_head_naming_its_year():
    years = "\t".join(f"{c}（{y}年）" for y in (2023, 2024) for c in ("本年制发件数", "本年废止件数", "现行有效件数"))
    text = _altered((HEAD2 + "\n" + ROWS2, f"信息内容\t{years}\n规章\t0\t0\t0\t0\t0\t0\n"
                     "行政规范性文件\t4\t2\t10\t3\t1\t12"))
    assert _cells(text) == _cells(TABS)
    assert found(text) == [("V501", *_at(text, "本年制发件数（2023年）"),
                            _note("表二", "本年制发件数（2023年）", "本年废止件数（2023年）", "现行有效件数（2023年）"))]


def test_table_three_with_a_column_of_last_years_totals():
    text = _altered((HEAD3, HEAD3 + "\t上年总计"), rows3=lambda row: row + "\t" + row.rsplit("\t", 1)[1])
    assert _cells(text) == _cells(TABS)
    assert found(text) == [("V501", *_at(text, "上年总计"), _note("表三", "上年总计"))]


def test_table_three_with_a_remarks_column_and_an_arithmetic_defect():
    text = _altered((HEAD3, HEAD3 + "\t备注"), ("（一）予以公开\t4\t1\t0\t0\t0\t0\t5",
                                               "（一）予以公开\t4\t1\t0\t0\t0\t0\t6\t含网上申请"))
    assert found(text)[0] == ("V501", *_at(text, "备注"), _note("表三", "备注"))
    assert [f[0] for f in found(text)[1:]] == ["A303", "A302"]


def test_table_four_with_a_remarks_column():
    text = _altered((HEAD4, HEAD4 + "\t备注"), (ROW4, ROW4 + "\t无"))
    assert _cells(text) == _cells(TABS)
    assert found(text) == [("V501", *_at(text, "备注"), _note("表四", "备注"))]


def test_table_two_with_a_totals_row_at_its_foot():
    text = _altered(("行政事业性收费\t1.25", "行政事业性收费\t1.25\n合计\t160"))
    assert _cells(text) == _cells(TABS)
    assert found(text) == [("V501", *_at(text, "合计"), "表二的“合计”行是官方格式没有的小计（统计时不计入），建议按官方格式删去")]


def test_table_three_written_total_is_still_its_own_row():
    """总计 with no enumerator under 表三 is its （七）总计 (the format's own row), no added row."""
    text = TABS.replace("（七）总计\t", "总计\t")
    assert _cells(text) == _cells(TABS)
    assert [f[0] for f in found(text)] == []


def test_a_year_qualified_head_broken_in_a_narrow_cell_joins():
    """"2024年本年制发件" over "数": together a column's name under its year, apart no name."""
    from govlint.layout.vocabulary import vocabulary, year_qualified
    v = vocabulary()
    assert v.joins("2024年本年制发件", "数")
    assert not v.joins("2024年本年制发件数", "本年废止件数")  # two whole names: no
    assert not v.joins("2024年", "规章")  # a year and a row's label: no column
    assert year_qualified("本年制发件数（2023年度）") == (2023, "本年制发件数")
    assert year_qualified("本年制发件数") == (None, "本年制发件数")


def test_a_label_columns_empty_cell_before_the_added_columns_row():
    """A merged label's empty cell before the numbers (表三 as a PDF without rules reads it), the added
    column after 总计: the row is still the official seven plus the added one."""
    text = _altered((HEAD3, HEAD3 + "\t上年总计"),
                    rows3=lambda row: row.replace("\t", "\t\t", 1) + "\t" + row.rsplit("\t", 1)[1])
    assert _cells(text) == _cells(TABS)
    assert found(text) == [("V501", *_at(text, "上年总计"), _note("表三", "上年总计"))]


def test_an_added_columns_rows_leave_no_plan_for_a_table_without_the_head():
    """The binder's plans (rows of a plain shape, head rows) are shared across reports: rows bound
    without their added column must leave none that a later report, whose rows carry a number too
    many under the official head, would follow (C200 for each, cold and warm)."""
    extra = _altered(("规章\t0\t0\t0", "规章\t0\t0\t0\t0"), ("行政规范性文件\t3\t1\t12", "行政规范性文件\t3\t1\t12\t4"))
    cold = found(extra)
    found(LAST_YEAR_RIGHT), found(LAST_YEAR_LEFT)
    assert found(extra) == cold and [f[0] for f in cold] == ["C200", "C200"]


def test_decisions_blocks_in_the_2019_trial_columns_bind_their_decisions():
    """A 2021 report whose 表二 decision blocks keep the 2019 trial format's columns (上一年项目数量 |
    本年增/减 | 处理决定数量): the last is the official 本年处理决定数量 under its old name, the other two
    are that format's own. Before: a C200 for every row ("3个数字，应有1个"), beside the V501 that names
    the old template; now the decisions bind and the old template is the one finding."""
    old = "信息内容\t上一年项目数量\t本年增/减\t处理决定数量"
    text = _altered(("信息内容\t本年处理决定数量\n行政许可\t120", f"{old}\n行政许可\t12\t1\t120"),
                    ("信息内容\t本年处理决定数量\n行政处罚\t35\n行政强制\t2", f"{old}\n行政处罚\t20\t0\t35\n行政强制\t2\t0\t2"))
    cells = _cells(text)
    assert {k: v for k, v in cells.items() if k[0] == "表二" and k[2] == "decisions"} == {
        ("表二", "licensing", "decisions"): ("value", "120"), ("表二", "penalty", "decisions"): ("value", "35"),
        ("表二", "enforcement", "decisions"): ("value", "2")}
    assert [c for c, *_ in found(text)] == ["V501"]


def test_a_remarks_column_over_each_block_of_table_two_is_named_once():
    """voices51j: 表二 as a web page's table with a 备注 column, its head again over each block
    (第二十条第（一）（五）（六）（八）项, the one-number blocks' cells spanned to it): a note once a block, and
    the one-number rows with a remark were read as rows with a surplus number (three of six: a false C200).
    One added column, one note, at its first head; each row's number its block's."""
    text = TABS.replace("信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\t备注")
    text = text.replace("规章\t0\t0\t0", "规章\t0\t0\t0\t").replace("行政规范性文件\t3\t1\t12", "行政规范性文件\t3\t1\t12\t")
    for head in ("信息内容\t本年处理决定数量", "信息内容\t本年收费金额（单位：万元）"):
        text = text.replace(head, head + "\t\t\t备注")
    for row, remark in (("行政许可\t120", "含登记类"), ("行政处罚\t35", "含简易程序"), ("行政强制\t2", ""),
                        ("行政事业性收费\t1.25", "工本费")):
        assert row in text
        text = text.replace(row, row + "\t\t\t" + remark)
    assert found(text) == [("V501", *_at(text, "备注"), _note("表二", "备注"))]


def test_table_three_with_a_subtotal_column_and_a_remarks_column():
    """voices52b: 表三 with a 小计 of the 法人或其他组织 columns after 其他 and a 备注 after 总计,
    some rows with a remark written in. Such a row has the official seven numbers, the 小计 and the
    remark: the 小计 was dropped only from rows of eight cells, so the 小计 (3) was read as the
    row's 总计 (four false arithmetic errors). Both added columns are now set aside in every row."""
    def with_subtotal(row):
        label, *numbers = row.split("\t")
        cells = [int(n) for n in numbers[-7:]]
        subtotal = sum(cells[1:6])
        row = "\t".join(row.split("\t")[:-1] + [str(subtotal), numbers[-1]])
        return row + ("\t含信函申请" if label.startswith("一、") or "（一）予以公开" in row else "")
    text = _altered((HEAD3, HEAD3 + "\t备注"),
                    ("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
                     "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计"),
                    rows3=with_subtotal)
    assert "13\t含信函申请" in text and "5\t含信函申请" in text
    assert _cells(text) == _cells(TABS)
    assert found(text) == [
        ("V501", *_at(text, "备注"), _note("表三", "备注")),
        ("V501", *_at(text, "小计"), "表三的“小计”列是官方格式没有的小计（统计时不计入），建议按官方格式删去")]


def test_table_four_with_a_totals_column_after_its_groups():
    """voices52b: 表四's head "行政复议 | 行政诉讼 | 合计" and a sixteenth number, the two groups' totals
    added up, at the end of its row. 合计 was no column a head may add (a matrix's 小计/合计 are read
    elsewhere), so the row had a number too many: a false C200 and 表四 unchecked. Now the one note, and
    the official cells bound as in the unaltered table."""
    text = _altered(("行政复议\t行政诉讼\n", "行政复议\t行政诉讼\t合计\n"), (ROW4, ROW4 + "\t3"))
    assert _cells(text) == _cells(TABS)
    assert found(text) == [("V501", *_at(text, "合计"), _note("表四", "合计"))]
