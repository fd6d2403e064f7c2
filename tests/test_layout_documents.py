"""The document stage of layout (govlint.layout.documents): blocks → the lines the grammar reads.

One test per layout, named after it, on blocks made by hand (the readers' own tests read files)."""
from pathlib import Path

import pytest

import govlint.syntax  # noqa: F401  (the layout package must not be the first govlint package imported)
from govlint.layout import documents as D
from govlint.layout import vocabulary
from govlint.layout.documents import Item
from govlint.readers import Box, Break, CellBlock, Document, Run, TableBlock, TextBlock, table_block

FIXTURES = Path(__file__).parent / "fixtures"


def render(*blocks, **source):
    doc = D.render(Document("", dict(source or {"kind": "x"}), tuple(blocks)))
    return doc.text.splitlines(), doc.source["line_origins"]


def line(text, page=1, x0=90.0, x1=500.0, top=100.0, size=10.0, left=90.0, right=500.0):
    """A line of a PDF page, as the PDF reader gives it."""
    return TextBlock(text, page=page, box=Box(x0, x1, top, size, left, right))


def items(*blocks):
    return D._items(blocks)


# -- rendering ----------------------------------------------------------------------------------

def test_paragraphs_and_tables_render_with_their_origins():
    lines, origins = render(
        TextBlock("标题 | 一", paragraph=1),
        table_block([["a", "1"], ["", "2"], ["", ""]], number=1),
        table_block([["一列"]], number=2),  # a one-column table is a paragraph
        Break(),
        TextBlock("结尾", paragraph=2))
    assert lines == ["标题｜一", "", "a\t1", "\t2\t", "", "一列", "", "结尾"]
    assert origins == ["第1段", "", "表1", "表1", "", "表2", "", "第2段"]


def test_a_text_only_document_is_read_as_it_is():
    """A plugin reader that returns only text: its blocks are its lines, its text is not rewritten."""
    text = "一、总体情况\n  规章 | 0\t0\n"
    doc = Document(text, {"kind": "text"})
    assert not doc.structured
    assert [b.text for b in doc.blocks] == ["一、总体情况", "  规章 | 0\t0", ""]
    assert doc.blocks[1] == TextBlock("  规章 | 0\t0", paragraph=2)
    assert D.render(doc) is doc


def test_merged_cells():
    """Each merged cell once, with its spans → a grid: the text first, "" where it covers."""
    rows = [(CellBlock("信息内容", rowspan=2), CellBlock("行政复议", colspan=2)),
            (CellBlock("结果维持"), CellBlock("总计")),
            (CellBlock("规章"), CellBlock("1"), CellBlock("1"))]
    assert D.merged_cells(rows) == [["信息内容", "行政复议", ""], ["", "结果维持", "总计"], ["规章", "1", "1"]]
    # a rowspan past the table's end stops there; ragged rows are padded
    assert D.merged_cells([(CellBlock("a", rowspan=9), CellBlock("b")), ()]) == [["a", "b"], ["", ""]]
    lines, _ = render(TableBlock(tuple(rows), number=1))
    assert lines == ["信息内容\t行政复议\t", "\t结果维持\t总计", "规章\t1\t1"]


def test_a_label_merged_across_columns_leaves_no_cell_in_its_row():
    """A row label merged across two columns ("（七）总计" under 三、本年度办理结果's merged cell)
    with its last cell left blank: the position the label covers is no cell of the row, so the
    blank stays the last column's (it had pushed every number one column right: 自然人 blank).
    A head cell merged across columns keeps its positions: the head's words stand over their columns."""
    rows = [(CellBlock("项目", colspan=3), CellBlock("自然人"), CellBlock("总计")),
            (CellBlock("三、结果", rowspan=2), CellBlock("（三）不予公开"), CellBlock("1.属于国家秘密"),
             CellBlock("4"), CellBlock("5")),
            (CellBlock("（七）总计", colspan=2), CellBlock("10"), CellBlock("")),
            (CellBlock("四、结转", colspan=3), CellBlock("1"), CellBlock("1"))]
    grid = D.merged_cells(rows)
    assert grid[2] == ["", "（七）总计", "", "10", ""] and grid[2][2] is D.COVERED and grid[2][0] is not D.COVERED
    lines, _ = render(TableBlock(tuple(rows), number=1))
    assert lines == ["项目\t\t\t自然人\t总计", "三、结果\t（三）不予公开\t1.属于国家秘密\t4\t5", "\t（七）总计\t10\t\t", "四、结转\t1\t1\t\t"]


def test_words_merged_over_value_columns_keep_their_positions():
    """"无" merged over the value columns (after a number, or as the row's first value) is a value
    written once for several cells, no label: its positions stay blank cells of their columns."""
    rows = [(CellBlock("项目"), CellBlock("自然人"), CellBlock("法人"), CellBlock("其他"), CellBlock("总计")),
            (CellBlock("二、上年结转"), CellBlock("1"), CellBlock("无", colspan=2), CellBlock("1")),
            (CellBlock("行政规范性文件"), CellBlock("无", colspan=3), CellBlock("12"))]
    grid = D.merged_cells(rows)
    assert grid[1][3] is D.COVERED and grid[2][2] is D.COVERED  # (among the value columns: blank cells)
    lines, _ = render(TableBlock(tuple(rows), number=1))
    assert lines == ["项目\t自然人\t法人\t其他\t总计", "二、上年结转\t1\t无\t\t1", "行政规范性文件\t无\t\t\t12"]


def test_a_label_merged_over_a_value_column_leaves_that_column_blank():
    """A label merged over the blank 自然人 too ("（七）总计" over three columns where two are the
    table's label columns): the third position is 自然人's, blank; the numbers stay in their columns."""
    rows = [(CellBlock("项目", colspan=3), CellBlock("自然人"), CellBlock("法人"), CellBlock("总计")),
            (CellBlock("三、结果", rowspan=2), CellBlock("（三）不予公开"), CellBlock("1.属于国家秘密"),
             CellBlock("4"), CellBlock("1"), CellBlock("5")),
            (CellBlock("（七）总计", colspan=3), CellBlock("2"), CellBlock("2"))]
    lines, _ = render(TableBlock(tuple(rows), number=1))
    assert lines == ["项目\t\t\t自然人\t法人\t总计", "三、结果\t（三）不予公开\t1.属于国家秘密\t4\t1\t5",
                     "\t（七）总计\t\t2\t2\t"]


def test_paragraph_typed_with_tabs():
    assert D.paragraph_typed_with_tabs("规章\t0\t0\t0") == ["规章", "0", "0", "0"]
    assert D.paragraph_typed_with_tabs("落款\t\t2025年1月20日") is None
    lines, origins = render(TextBlock("规章\t0\t0\t0", paragraph=1, tabbed=True),
                            TextBlock("行政规范性文件\t3\t1\t12", paragraph=2, tabbed=True),
                            TextBlock("落款\t\t2025年1月20日", paragraph=3, tabbed=True),
                            TextBlock("规章\t0\t0", paragraph=4))  # tabs that are not the writer's
    assert lines == ["规章\t0\t0\t0", "行政规范性文件\t3\t1\t12", "", "落款 2025年1月20日", "规章 0 0"]
    assert origins == ["第1段", "第2段", "", "第3段", "第4段"]


def test_cell_split_by_a_page_break():
    """"（四）无" at the foot of page 2, "法提供" at the head of page 3: one cell."""
    a = table_block([["（三）不予公开", "1", "2"], ["（四）无", "", ""]], page=2)
    b = table_block([["法提供", "1.本机关不掌握", "0"], ["", "2.没有现成信息", "0"]], page=3)
    got = items(a, b)
    D.cell_split_by_a_page_break(got)
    assert got[0].table[-1][0] == "（四）无法提供" and got[1].table[0][0] == ""
    # on one page, or when the second part starts with an enumerator, nothing is joined
    same = items(a, table_block([["法提供", "x", "0"]], page=2))
    D.cell_split_by_a_page_break(same)
    assert same[0].table[-1][0] == "（四）无"
    enum = items(a, table_block([["（五）不予处理", "x", "0"]], page=3))
    D.cell_split_by_a_page_break(enum)
    assert enum[0].table[-1][0] == "（四）无"


def test_row_split_by_a_page_break_with_the_head_rows_repeated_between():
    """"重复标题行": the next page repeats the head, then the rest of the cut row."""
    head = [["", "自然人", "总计"], ["", "商业企业", ""]]
    a = table_block(head + [["（五）不予", "1.信访举报", "1"]], page=2)
    b = table_block(head + [["处理", "投诉类申请", ""], ["", "2.重复申请", "0"]], page=3)
    got = items(a, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert got[0].table[-1][:2] == ["（五）不予处理", "1.信访举报投诉类申请"]


def test_row_split_by_a_page_break_the_repeated_head_in_a_wider_grid():
    """The next page's part of the table has a column of sub-items' labels the first part does
    not (LibreOffice's PDF of a Word table, its head rows repeated): each repeated head row is one
    cell longer, and is still the head repeated. "三、本" + "年度办理结果" and the cut row's label
    are whole again (a false V502 "度办理结果" said the group label was misspelt)."""
    head = [["（本列数据的勾稽关系为：…）", "", "申请人情况", ""], ["", "", "自然人", "总计"]]
    a = table_block(head + [["三、本年", "（一）予以公开", "2", "2"], ["", "（二）部分公开（区分处理", "1", "1"]], page=2)
    b = table_block([["（本列数据的勾稽关系为：…）", "", "", "申请人情况", ""], ["", "", "", "自然人", "总计"],
                     ["度办理结果", "的，只计这一情形，不计其他情形）", "", "", ""],
                     ["", "（三）不予公开", "1.属于国家秘密", "0", "0"]], page=3)
    got = items(a, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert got[0].table[2][0] == "三、本年度办理结果"
    assert got[0].table[3][1] == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"


def test_row_split_by_a_page_break_the_repeated_head_printed_shorter():
    """The head repeated on the next page is printed shorter than the head (LibreOffice): its note
    cell keeps the start of its text only ("…等于第三项加"), and its last head row is gone. It is
    still the head repeated: the cut row's rest joins its label."""
    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    head = [[note, "", "申请人情况", ""], ["", "", "自然人", "总计"], ["", "", "", "商业企业"]]
    a = table_block(head + [["", "（二）部分公开（区分处", "1", "1"]], page=2)
    b = table_block([[note[:-7], "", "申请人情况", ""], ["", "", "自然人", "总计"],
                     ["三、本年度办理结果", "理的，只计这一情形，不计其他情形）", "", ""]], page=3)
    got = items(a, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert got[0].table[-1][1] == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    # a row that only starts as a head row does (a few characters) is no head repeated
    assert not D._repeated(("（本列", "申请人情况"), [tuple(filter(None, head[0]))])


def test_a_head_repeated_over_a_page_the_first_part_of_which_held_none():
    """A browser drew a table's head rows as a table of their own and its body as another: the body's
    part on one page holds no head, the next page repeats it ("项目 | 申请人情况", then its words). The head
    is no rest of the body's last row: "3.危及“三安全一稳定”项目" was a false V502 (voices54e); and a cut
    row's rest after such a head still joins its label."""
    head = [["项目", "申请人情况", "", ""], ["", "法人或其他组织", "", ""], ["", "科研机构", "社会公益组织", "其他"]]
    a = table_block([["1.属于国家秘密", "0", "0", "0"], ["3.危及“三安全一稳定”", "0", "0", "0"]], page=6)
    b = table_block(head + [["4.保护第三方合法权益", "0", "0", "0"]], page=7)
    got = items(a, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert got[0].table[-1][0] == "3.危及“三安全一稳定”" and got[1].table[0][0] == "项目"
    cut = items(table_block([["（四）无", "1", "0", "1"]], page=6), table_block(head + [["法提供", "", "", ""]], page=7))
    D.cell_split_by_a_page_break(cut, vocabulary())
    assert cut[0].table[-1][0] == "（四）无法提供"
    group = items(table_block([["（四）无法提供", "", "", ""]], page=6), table_block(head + [["1.本机关不掌握相关政府信息", "1", "0", "1"]], page=7))
    D.cell_split_by_a_page_break(group, vocabulary())
    assert group[0].table[-1][0] == "（四）无法提供"
    # a head's own last row cut by the page ("社会" / "公益组织") is the rest of the row above
    words = items(table_block(head[:2] + [["", "科研", "社会", "其他"]], page=6),
                  table_block([["", "机构", "公益组织", ""], ["一、本年新收政府信息公开申请数量", "1", "0", "0"]], page=7))
    D.cell_split_by_a_page_break(words, vocabulary())
    assert words[0].table[-1][1:3] == ["科研机构", "社会公益组织"]


@pytest.mark.parametrize("cells, head", [
    (["项目", "申请人情况", "", ""], True), (["", "科研机构", "社会公益组织", "其他"], True),
    (["3.危及“三安全一稳定”", "0", "0", "0"], False), (["法提供", "", "", ""], False),
    (["（三）不予公开", "1.属于国家秘密", "", ""], False), (["", "行政许可", "", ""], False),
    (["", "不予处理", "举报投诉类申请", ""], False)])  # (a group's label cut by the page: the rest of a row)
def test_a_head_row_by_its_words(cells, head):
    assert vocabulary().is_head_row(cells) is head


@pytest.mark.parametrize("between, joined", [(1, True), (2, True), (3, False)])
def test_row_split_by_a_page_break_a_footnote_between(between, joined):
    """A footnote on a figure at the first page's foot ("1注：申请人要求提供…") stands between the two
    parts of a table whose next page repeats its head: the cut row is whole again; so it is when the
    head is not repeated (Word's footnote under a table's part, voices54h). More lines than a page's
    foot holds, or a line of anything but a note and no head repeated, are two tables: nothing is joined."""
    head = [["", "自然人", "总计"], ["", "商业企业", ""]]
    a = table_block(head + [["（五）不予", "1.信访举报", "1"]], page=2)
    b = table_block(head + [["处理", "投诉类申请", ""], ["", "2.重复申请", "0"]], page=3)
    notes = [TextBlock(f"{n}注：申请人要求提供已公开出版的年鉴。", page=2) for n in range(between)]
    got = items(a, *notes, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert (got[0].table[-1][:2] == ["（五）不予处理", "1.信访举报投诉类申请"]) is joined
    alone = items(a, notes[0], table_block([["处理", "投诉类申请", ""]], page=3))
    D.cell_split_by_a_page_break(alone, vocabulary())
    assert alone[0].table[-1][:2] == ["（五）不予处理", "1.信访举报投诉类申请"]
    prose = items(a, TextBlock("下表为本年度依申请公开办理结果。", page=2), table_block([["处理", "投诉类申请", ""]], page=3))
    D.cell_split_by_a_page_break(prose, vocabulary())
    assert prose[0].table[-1][:2] == ["（五）不予", "1.信访举报"]


def test_head_cells_split_by_a_page_break_where_the_grids_differ():
    """The two pages' grids have different widths: the tails join the labels they complete."""
    a = table_block([["", "", "商业企业", "社会公益", "法律服务", "其他"]], page=1)
    b = table_block([["", "", "", "", "组织", "机构", "", ""], ["一、本年新收", "", "1", "0", "0", "0", "0", "1"]],
                    page=2)
    got = items(a, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert got[0].table[0][2:5] == ["商业企业", "社会公益组织", "法律服务机构"]
    assert got[1].table[0] == [""] * 8


def test_merged_group_label_split_by_a_page_break():
    """"三、本" at the foot of the page, "年度办理结果" in the next page's first row, beside a
    row of its own that carries numbers: the group label is whole, the row keeps its numbers."""
    a = table_block([["三、本", "（一）予以公开", "4", "5"]], page=3)
    b = table_block([["年度办理结果", "（二）部分公开", "", "1", "1"]], page=4)
    got = items(a, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert got[0].table[0][0] == "三、本年度办理结果"
    assert got[1].table[0] == ["", "（二）部分公开", "", "1", "1"]


def test_numbers_below_their_label_past_a_page_break():
    """A Word row allowed to break across pages, its number low in the cell (under an empty
    paragraph): "行政强制" with empty cells at the foot of page 1, its "2" alone in the first row of
    page 2, whose grid is narrower. The number is the row's (C203 said 行政强制 was blank)."""
    a = table_block([["行政处罚", "35", "", ""], ["行政强制", "", "", ""]], page=1)
    b = table_block([["", "2"], ["第二十条第（八）项", ""]], page=2)
    got = items(a, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert got[0].table[-1] == ["行政强制", "2", "", ""]
    assert got[1].table == [["第二十条第（八）项", ""]]
    # the same grid: each number in its column
    a = table_block([["", "（七）总计", "", "", ""]], page=3)
    b = table_block([["", "", "10", "2", "12"], ["四、结转下年度继续办理", "", "1", "0", "1"]], page=4)
    got = items(a, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert got[0].table[-1] == ["", "（七）总计", "10", "2", "12"]
    assert got[1].table == [["四、结转下年度继续办理", "", "1", "0", "1"]]


def test_a_label_and_its_numbers_below_it_past_a_page_break():
    """"6.属于四类过" with empty cells at the foot of the page, "程性信息" and the numbers in the
    next page's first row: the label is whole and the numbers are its row's."""
    a = table_block([["", "", "6.属于四类过", "", ""]], page=2)
    b = table_block([["", "", "程性信息", "0", "0"], ["", "", "7.属于行政执法案卷", "0", "0"]], page=3)
    got = items(a, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert got[0].table[-1] == ["", "", "6.属于四类过程性信息", "0", "0"]
    assert got[1].table == [["", "", "7.属于行政执法案卷", "0", "0"]]


def test_numbers_past_a_page_break_under_a_row_with_numbers_stay_their_own():
    """The foot row has numbers already, or the next page's first row has a label: nothing moves."""
    for last, first in ((["行政强制", "2", ""], ["", "3", ""]), (["行政强制", "", ""], ["行政征收", "3", ""])):
        got = items(table_block([last], page=1), table_block([first, ["行政收费", "1", ""]], page=2))
        before = [list(r) for r in got[1].table]
        D.cell_split_by_a_page_break(got, vocabulary())
        assert got[1].table == before


def test_a_head_word_split_by_a_page_break():
    """表四's "行政复" / "议" and "行政诉" / "讼": head words, not labels, are joined too."""
    a = table_block([["行政复", "", "行政诉", ""]], page=6)
    b = table_block([["议", "", "讼", ""], ["结果维持", "结果纠正", "结果维持", "总计"]], page=7)
    got = items(a, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert got[0].table[0] == ["行政复议", "", "行政诉讼", ""]


def test_pieces_that_spell_no_label_are_not_joined_across_pages():
    a = table_block([["规章", "0", "0"]], page=1)
    b = table_block([["政府信息", "1", "0"]], page=2)
    got = items(a, b)
    D.cell_split_by_a_page_break(got, vocabulary())
    assert got[0].table[0][0] == "规章" and got[1].table[0][0] == "政府信息"


def test_rows_written_as_numbers():
    assert D.row_of_numbers("规章 0 0 0") == ["规章", "0", "0", "0"]
    assert D.row_of_numbers("行政许可 9487") == ["行政许可", "9487"]
    assert D.row_of_numbers("（四）无法提供 1.本机关不掌握相关政府信息 10 0 0 0 0 0 10")[:2] == [
        "（四）无法提供", "1.本机关不掌握相关政府信息"]
    assert D.row_of_numbers("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0") == "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0".split()
    # prose that happens to end with a number is not a row
    assert D.row_of_numbers("府网站平台主动发布各类政府信息 2428 条，公开政府常务会议 7") is None
    assert D.row_of_numbers("报告中所列数据统计期限自 2023 年 1 月 1") is None
    assert D.row_of_numbers("一、总体情况") is None
    # only lines of a page are read so: a paragraph of a Word file is the writer's
    got = items(line("规章 0 0 0"), TextBlock("规章 0 0 0", paragraph=1))
    D.rows_written_as_numbers(got)
    assert got[0].row == ["规章", "0", "0", "0"] and got[1].row is None
    lines, _ = render(line("信息内容 本年制发件数", top=100), line("规章 0 0 0", top=120),
                      TextBlock("规章 0 0 0", paragraph=1))
    assert lines == ["信息内容\t本年制发件数\t\t", "规章\t0\t0\t0", "", "规章 0 0 0"]


def test_row_label_wrapped_onto_the_line_before():
    got = items(line("1.属于国家秘密 0 0 0"), line("2.其他法律行政法规"), line("禁止公开 0 0 0"))
    D.rows_written_as_numbers(got)
    D.row_label_wrapped_onto_the_line_before(got)
    assert got[2].row == ["2.其他法律行政法规 禁止公开", "0", "0", "0"] and got[1].text == ""
    # not when the line before is a sentence or a section heading
    for before in ("五、存在的主要问题及改进情况", "全年无此类情况。"):
        got = items(line("1.属于国家秘密 0 0 0"), line(before), line("禁止公开 0 0 0"))
        D.rows_written_as_numbers(got)
        D.row_label_wrapped_onto_the_line_before(got)
        assert got[1].text == before and got[2].row[0] == "禁止公开"


def test_column_head_broken_over_lines():
    """表四's head over several lines above its one row of bare numbers: one head row."""
    got = items(line("行政复议 行政诉讼"), line("未经复议直接起诉 复议后起诉"),
                line("结果维持 结果纠正 其他结果 尚未审结 总计"), line("1 0 0 1 2 0 1 0 0 1 0 0 0 0 0"))
    D.rows_written_as_numbers(got)
    D.column_head_broken_over_lines(got)
    assert got[0].row == ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果",
                          "尚未审结", "总计"]
    assert got[1].text == got[2].text == ""
    # prose above the numbers is no head
    got = items(line("本年度行政复议情况如下，"), line("详见下表："), line("1 0 0 1 2"))
    D.rows_written_as_numbers(got)
    D.column_head_broken_over_lines(got)
    assert got[0].row is None and got[1].row is None


def test_column_heads_next_to_rows():
    assert D.column_head("行政复议 行政诉讼") == ["行政复议", "行政诉讼"]
    assert D.column_head("号 ， 邮 编 ： 223100") is None
    assert D.column_head("公 开 栏") is None  # spaced-out characters: justified prose
    got = items(line("信息内容 本年制发件数 本年废止件数 现行有效件数"), line("规章 0 0 0"),
                line("本年制发件数 本年废止件数"), line("一、总体情况"))
    D.rows_written_as_numbers(got)
    D.column_heads_next_to_rows(got)
    assert got[0].row == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert got[2].row is None  # next to no row


def test_lines_wrapped_in_a_paragraph():
    first = line("一是公开内容的解读不够深入，二是基层公开栏更新不够及时。下一步将加强政策", x1=500)
    nxt = line("解读，建立公开栏定期更新台账。", x1=260, top=115)
    assert D.lines_wrapped_in_a_paragraph(Item(first.text, box=first.box), Item(nxt.text, box=nxt.box))
    lines, origins = render(first, nxt, line("二、主动公开政府信息情况", top=130, x1=220))
    assert lines == ["一是公开内容的解读不够深入，二是基层公开栏更新不够及时。下一步将加强政策解读，建立公开栏定期更新台账。",
                     "二、主动公开政府信息情况"]
    assert origins == ["第1页", "第1页"]
    short = line("第一段到此为止", x1=200)
    indented = line("新段落开头", x0=110)
    ends = line("这一句结束了。", x1=500)
    for a, b in ((short, nxt), (first, indented), (ends, nxt), (first, line("（一）主动公开"))):
        assert not D.lines_wrapped_in_a_paragraph(Item(a.text, box=a.box), Item(b.text, box=b.box))
    # paragraphs that are no lines of a page are never joined
    assert not D.lines_wrapped_in_a_paragraph(Item("甲", box=None), Item("乙", box=None))


def test_a_closing_set_right_is_no_paragraph_wrapped_onto_the_next_line():
    """voices50d: the closing set right, its date reaching the right margin, then an annex's label at
    the left ("2024年2月26日" / "附件：名词解释"): read as a paragraph's wrapped line, the two ran into one
    ("2024年2月26日附件：名词解释") and the report had no closing date (P702 lost). A line set right, or a
    date alone, is a line of its own."""
    agency = line("示例县城南街道办事处", x0=410, x1=500, top=96)
    dated = line("2024年2月26日", x0=430, x1=501, top=125)
    annex = line("附件：名词解释", x0=90, x1=190, top=154)
    lines, _ = render(agency, dated, annex)
    assert lines == ["示例县城南街道办事处", "2024年2月26日", "附件：名词解释"]
    # a date alone at the left reaching the margin (a narrow page) is no paragraph's first line either
    assert not D.lines_wrapped_in_a_paragraph(Item("2024年2月26日", box=line("2024年2月26日", x1=500).box),
                                              Item(annex.text, box=annex.box))


def test_a_title_in_a_larger_type_is_no_paragraph_with_the_preface():
    """voices50g: a title set in 22 pt, wider than the text block, reaching the right margin, then the
    preface in 16 pt: the two ran into one paragraph and the report had no title (S104 and every
    check of the title's year and agency lost). A line of another type size is no line of the same
    paragraph."""
    title = line("示例县司法局2024年政府信息公开工作年度报告", x0=68, x1=500, top=34, size=22)
    preface = line("依据《中华人民共和国政府信息公开条例》的规定，编制本报告。", x0=90, x1=499, top=111, size=16)
    lines, _ = render(title, preface)
    assert lines == [title.text, preface.text]
    # the same two lines in one size are one paragraph wrapped (the rule's own case)
    same = line(title.text, x0=90, x1=500, top=34, size=16)
    assert D.lines_wrapped_in_a_paragraph(Item(same.text, box=same.box), Item(preface.text, box=preface.box))


# -- through the engine ---------------------------------------------------------------------------

class _TextOnly:
    """A plugin reader that gives only text."""
    name = "texty"
    extensions = (".texty",)

    def sniff(self, head):
        return True  # (it claims its extension's files)

    def read(self, path, data):
        return Document(data.decode("utf-8"), {"kind": "texty"})


class _Blocky:
    """A plugin reader that gives blocks: one paragraph per line, each tab row a table."""
    name = "blocky"
    extensions = (".blocky",)

    def sniff(self, head):
        return True  # (it claims its extension's files)

    def read(self, path, data):
        blocks, rows = [], []
        for n, ln in enumerate(data.decode("utf-8").split("\n"), 1):
            if "\t" in ln:
                rows.append(ln.split("\t"))
                continue
            if rows:
                blocks.append(table_block(rows, number=n))
                rows = []
            blocks.append(TextBlock(ln, paragraph=n))
        return Document("", {"kind": "blocky"}, tuple(blocks))


@pytest.mark.parametrize("reader", [_TextOnly, _Blocky])
def test_a_plugin_reader_of_text_or_of_blocks_is_linted_as_the_text(tmp_path, reader):
    from govlint.config import from_dict
    from govlint.run.engine import Settings, lint_file, lint_text
    from govlint.testing import make_registry

    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8").replace(
        "（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14")
    settings = Settings.make(from_dict({}), make_registry())
    settings.registry.readers.insert(0, reader())
    p = tmp_path / f"r{reader.extensions[0]}"
    p.write_text(text, encoding="utf-8")
    got = lint_file(str(p), settings)
    want = lint_text(text, "r.txt", settings)
    assert not got.errors and got.kind == reader.name
    key = lambda r: sorted((d.code, d.location.table, d.location.row_key, d.location.column_key)  # noqa: E731
                           for d in r.diagnostics)
    assert key(got) == key(want) and "A301" in {d.code for d in got.diagnostics}


# -- a table drawn without borders, its labels wrapped in narrow columns --------------------------

def runs_line(pieces, top, page=1, size=9.0):
    """A PDF line from its runs [(text, x0)], each run 9 pt a character wide."""
    runs = tuple(Run(t, x0, x0 + size * len(t)) for t, x0 in pieces)
    return TextBlock(" ".join(t for t, _ in pieces), page=page, runs=runs,
                     box=Box(runs[0].x0, runs[-1].x1, top, size, 71.0, 520.0))


def borderless(*lines):
    got = items(*lines)
    D.rows_written_as_numbers(got)
    D.borderless_table_with_wrapped_labels(got, vocabulary())
    return got


def test_borderless_table_with_wrapped_labels():
    """表三 printed from a Word table without borders, narrow label columns (LibreOffice, top
    alignment): each label's first line stands on its row's line, the rest below it, pieces of
    neighbouring columns side by side."""
    nums = [("0", 198), ("0", 230), ("1", 262)]
    got = borderless(
        runs_line([("三、本", 71), ("（一）予以公开", 114)] + nums, 100),
        runs_line([("年度办", 71), ("（二）部分公开", 114)] + nums, 115),
        runs_line([("理结果", 71), ("（区分处理的，只", 114)], 130),
        runs_line([("计这一情形，不计", 114)], 145),
        runs_line([("其他情形）", 114)], 160),
        runs_line([("（三）", 114), ("1.属于", 156)] + nums, 175),
        runs_line([("不予公", 114), ("国家秘", 156)], 190),
        runs_line([("开", 114), ("密", 156)], 205),
        runs_line([("2.其他", 156)] + nums, 220),
        runs_line([("法律行", 156)], 235),
        runs_line([("政法规", 156)], 250),
        runs_line([("禁止公", 156)], 265),
        runs_line([("开", 156)], 280),
        runs_line([("四、政府信息公开行政复议、行政诉讼情况", 71)], 300))
    rows = [g.row for g in got if g.row is not None]
    assert rows == [["三、本年度办理结果", "（一）予以公开", "", "0", "0", "1"],
                    ["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "", "0", "0", "1"],
                    ["", "（三）不予公开", "1.属于国家秘密", "0", "0", "1"],
                    ["", "", "2.其他法律行政法规禁止公开", "0", "0", "1"]]
    assert [g.text for g in got if g.row is None and g.text] == ["四、政府信息公开行政复议、行政诉讼情况"]


def test_borderless_wrapped_labels_after_the_last_row_only_when_they_complete_it():
    """The lines after the last row are its label's rest only when they spell a label of the
    formats; a block's marker below ("第二十条第（五）项" within the label column) stays."""
    got = borderless(
        runs_line([("规章", 71), ("0", 114), ("0", 145)], 100),
        runs_line([("行政规", 71), ("3", 114), ("1", 145)], 115),
        runs_line([("范性文", 71)], 130),
        runs_line([("件", 71)], 145),
        runs_line([("第二十条", 71)], 160),
        runs_line([("信息内容", 71), ("本年", 114)], 175))
    assert [g.row for g in got[:2]] == [["规章", "0", "0"], ["行政规范性文件", "3", "1"]]
    assert [g.text for g in got[2:]] == ["", "", "第二十条", "信息内容 本年"]
    # a rest that spells no label is left as it was
    got = borderless(runs_line([("某某事", 71), ("3", 114)], 100), runs_line([("项之一", 71)], 115))
    assert got[0].row == ["某某事", "3"] and got[1].text == "项之一"


def test_borderless_wrapped_labels_a_label_takes_no_piece_that_makes_it_none():
    """"罚" below 行政处 35 is its rest; a whole label takes no piece that spells none with it,
    and lines that are no label text (prose, enumerated items, text over the numbers) end the table."""
    got = borderless(
        runs_line([("行政处", 71), ("35", 114)], 100),
        runs_line([("罚", 71)], 115),
        runs_line([("行政强", 71), ("2", 114)], 130),
        runs_line([("制", 71)], 145))
    assert [g.row for g in got if g.row] == [["行政处罚", "35"], ["行政强制", "2"]]
    got = borderless(
        runs_line([("规章", 71), ("0", 114)], 100),
        runs_line([("另有", 71)], 115),
        runs_line([("行政许可", 71), ("2", 114)], 130))
    assert got[0].row == ["规章", "0"] and got[1].text == "另有"
    for between in ([("2.其他法律", 71)], [("全年无此类情况。", 71)], [("本年处理决定数量", 150)]):
        got = borderless(runs_line([("1.属于国家秘密", 71), ("0", 160)], 100), runs_line(between, 115),
                         runs_line([("禁止公开", 71), ("0", 160)], 130))
        assert got[1].text == " ".join(t for t, _ in between)


def test_borderless_wrapped_labels_without_runs_or_without_wrapping_change_nothing():
    """Lines without runs (a reader that gives none), or a table whose labels all fit: as before."""
    plain = items(line("行政处 35", top=100), line("罚", top=115), line("行政强 2", top=130))
    D.rows_written_as_numbers(plain)
    D.borderless_table_with_wrapped_labels(plain, vocabulary())
    assert [p.row for p in plain] == [["行政处", "35"], None, ["行政强", "2"]] and plain[1].text == "罚"
    got = borderless(runs_line([("（四）无法提供", 71), ("1.本机关不掌握", 140), ("1", 260), ("0", 290)], 100),
                     runs_line([("2.没有现成信息", 140), ("0", 260), ("0", 290)], 115))
    assert [g.row for g in got] == [["（四）无法提供", "1.本机关不掌握", "1", "0"], ["2.没有现成信息", "0", "0"]]


def test_borderless_table_with_wrapped_labels_centred_vertically():
    """Cells centred vertically (a Word table set so, printed by LibreOffice): a label of an even
    number of lines has the numbers' line between its halves, one of an odd number its middle line
    on it; the label reaches as far below its row's line as above. Taken only when every label it
    makes is one of the formats."""
    nums = [("3", 198), ("1", 230), ("12", 262)]
    got = borderless(
        runs_line([("第二十条第（一）项", 71), ("本年制发件数", 198)], 85),
        runs_line([("行政规范", 71)], 100),
        runs_line(nums, 107.5),
        runs_line([("性文件", 71)], 115),
        runs_line([("行政事", 71)], 130),
        runs_line([("业性收", 71)] + nums, 145),
        runs_line([("费", 71)], 160),
        runs_line([("五、存在的主要问题及改进情况", 71)], 180))
    assert [g.row for g in got if g.row is not None] == [["行政规范性文件", "3", "1", "12"],
                                                        ["行政事业性收费", "3", "1", "12"]]
    assert [g.text for g in got if g.row is None and g.text] == ["第二十条第（一）项 本年制发件数",
                                                                "五、存在的主要问题及改进情况"]
    # pieces that spell no label of the formats stay as they were
    got = borderless(runs_line([("某某", 71)], 100), runs_line(nums, 107.5), runs_line([("事项", 71)], 115))
    assert got[1].row == ["3", "1", "12"] and got[0].text == "某某" and got[2].text == "事项"


def test_a_zero_merged_down_beside_its_own_merged_label_is_not_copied():
    """表二's four blocks side by side, "行政事业性收费" and its "0" each merged over both rows: the 0 is
    that label's, not the next row's (it made "行政强制 | 6" a row of two numbers: a false C200). A 0
    merged down beside labels of their own is still each row's."""
    c = lambda text, rowspan=1: CellBlock(text, rowspan=rowspan)  # noqa: E731
    grid = D.merged_cells([[c("规章"), c("0"), c("行政许可", 2), c("2154", 2), c("行政处罚"), c("88"),
                            c("行政事业性收费", 2), c("0", 2)],
                           [c("行政规范性文件"), c("2"), c("行政强制"), c("6")]])
    assert grid[1] == ["行政规范性文件", "2", "", "", "行政强制", "6", "", ""]
    items = D.merged_cells([[c("（六）其他处理", 3), c("1.申请人无正当理由…"), c("0", 3)],
                            [c("2.申请人逾期未按…")], [c("3.其他")]])
    assert [row[-1] for row in items] == ["0", "0", "0"]


def test_a_tables_first_row_that_is_its_sections_heading():
    """"二、主动公开政府信息情况" merged across 表二's first row (the section's heading typed into its
    table): the heading is a line of its own, then the table (S101 said the section was missing,
    voices53s: 36 false S101). A table whose first row is no heading is left."""
    heading = [CellBlock("二、主动公开政府信息情况", colspan=4)]
    head = [CellBlock(t) for t in ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")]
    row = [CellBlock(t) for t in ("规章", "0", "0", "0")]
    lines, _ = render(TableBlock((tuple(heading), tuple(head), tuple(row)), page=0, number=1))
    assert lines == ["二、主动公开政府信息情况", "", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t0\t0\t0"]
    # the heading written above the table too (a sheet's title row repeating it): no second heading
    lines, _ = render(TextBlock("二、主动公开政府信息情况", paragraph=1),
                      TableBlock((tuple(heading), tuple(head), tuple(row)), page=0, number=1))
    assert lines.count("二、主动公开政府信息情况") == 1
    caption = [CellBlock("主动公开政府信息情况统计表", colspan=4)]
    lines, _ = render(TableBlock((tuple(caption), tuple(head), tuple(row)), page=0, number=1))
    assert "" not in lines  # (one table, its caption row in it)
