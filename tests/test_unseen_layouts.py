"""Layouts and phrasings of real reports govlint had not seen, each named after what broke.

Every report here is invented (tests/fixtures/tabs_2024.txt with a few lines rewritten): each
test changes one thing the way real staff or real renderers do, and checks the cells govlint
binds and the exact findings (code, line, column, message) it gives.
"""
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint

from copies import word_paragraphs

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")


def _edit(text, *pairs):
    for old, new in pairs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def _found(text, select=None):
    return [(d.code, d.span.line, d.span.column, d.message) for d in lint(text, select).diagnostics]


def test_a_label_wrapped_over_three_lines_past_a_page_break_joins_its_row():
    """A narrow 表二 label column at the foot of a page: "行政事" beside its number on one page,
    "业性收" and "费" on the next (LibreOffice's PDF of a Word table). The three pieces are one
    label; the row is bound, not reported missing (C202 said 表二缺少1行：行政事业性收费)."""
    text = _edit(CLEAN, ("行政事业性收费\t1.25\n", "行政事\t1.25\n\n业性收\n费\n"))
    cell = bind(parse(text)).tables["表二"].rows["fees"].cells["amount"]
    assert (cell.state, str(cell.value)) == ("value", "1.25")
    assert _found(text) == []


def test_fragment_lines_that_spell_no_label_stay_paragraphs():
    """Short lines after a table that complete no label together are left as they are (the
    row keeps its own label; nothing is joined that the format does not name)."""
    text = _edit(CLEAN, ("行政事业性收费\t1.25\n", "行政事业性收费\t1.25\n\n业性收\n费\n"))
    bound = bind(parse(text))
    assert str(bound.tables["表二"].rows["fees"].cells["amount"].value) == "1.25"
    assert [p.text for p in bound.section(2).paragraphs][-2:] == ["业性收", "费"]


def _lint_file(path, select=None):
    from govlint.config import from_dict
    from govlint.run.engine import Settings, lint_file
    from govlint.testing import make_registry

    settings = Settings.make(from_dict({"select": select} if select else {}), make_registry())
    result = lint_file(str(path), settings)
    assert not result.errors
    return [(d.code, d.span.line, d.span.column, d.message) for d in result.diagnostics]


def _page(body_title: str, banner: str) -> str:
    """A government page: the site's banner and the page heading outside the article, the article
    starting with the title as its author typed it, the report in paragraphs and tables."""
    html, in_table = [], False
    for line in CLEAN.split("\n")[1:]:
        row = "\t" in line
        if row != in_table:
            html.append("<table border='1'>" if row else "</table>")
            in_table = row
        if row:
            html.append("<tr>" + "".join(f"<td>{c}</td>" for c in line.split("\t")) + "</tr>")
        elif line.strip():
            html.append(f"<p>{line}</p>")
    return ("<html><head><meta charset='utf-8'><title>政府信息公开年报</title></head><body>"
            f"<div class='banner'>{banner}</div><div class='dqwz'>当前位置：首页 &gt; 政府信息公开 &gt; 年报</div>"
            "<div class='info'>发布日期：2025-01-20 来源：本站</div>"
            f"<div class='content'><p>{body_title}</p>{''.join(html)}</div>"
            "<div>【打印本页】【关闭窗口】</div></body></html>")


def test_a_web_articles_title_without_the_agency_under_the_sites_banner(tmp_path):
    """The article repeats the title without the agency ("2024年政府信息公开工作年度报告"); the
    page's banner names it, outside what the reader keeps. S104 said 缺少机关名称."""
    path = tmp_path / "report.html"
    path.write_text(_page("2024年政府信息公开工作年度报告", "示例镇人民政府"), "utf-8")
    assert _lint_file(path) == []


def test_a_web_articles_title_without_the_year_is_still_reported(tmp_path):
    """Only the agency may sit outside the article: a title without the year is reported."""
    path = tmp_path / "report.html"
    path.write_text(_page("示例镇人民政府政府信息公开工作年度报告", "示例镇人民政府"), "utf-8")
    assert _lint_file(path, ["S104"]) == [
        ("S104", 1, 1, "报告标题“示例镇人民政府政府信息公开工作年度报告”缺少年份")]


def test_a_documents_title_without_the_agency_is_reported():
    """Outside web pages the title is the report's own: without the agency it is reported."""
    text = _edit(CLEAN, ("示例镇人民政府2024年政府信息公开工作年度报告", "2024年政府信息公开工作年度报告"))
    assert _found(text, ["S104"]) == [("S104", 1, 1, "报告标题“2024年政府信息公开工作年度报告”缺少机关名称")]


T4_DATA = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"
T4_HEAD = ("行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
           "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n")


@pytest.mark.parametrize("label", ["件数", "数量（件）", "本机关"])
def test_a_row_label_before_table_fours_numbers(label):
    """表四 has no row label; some reports put one before its fifteen numbers ("件数", "数量（件）",
    the agency), with or without a column for it in the head. The numbers are its row; C200 said
    表四 could not be read (no row of numbers)."""
    shifted = "\n".join("\t" + line for line in T4_HEAD.rstrip("\n").split("\n")) + "\n"
    for head in (T4_HEAD, shifted):
        text = _edit(CLEAN, (T4_HEAD + T4_DATA, head + f"{label}\t" + T4_DATA))
        row = bind(parse(text)).tables["表四"].rows["data"]
        assert [str(c.value) for c in row.cells.values()] == T4_DATA.split("\t")
        assert _found(text) == []


def test_a_row_label_before_table_fours_numbers_keeps_its_checks():
    """With the label there, 表四's sums are checked as before (A304 at the wrong 总计)."""
    wrong = "1\t0\t0\t1\t3\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"
    text = _edit(CLEAN, (T4_DATA, "件数\t" + wrong))
    assert _found(text, ["A304"]) == [(
        "A304", 63, 12, "表四“行政复议”勾稽关系不成立：行政复议·总计 = 3，而 行政复议·结果维持(1) + 行政复议·结果纠正(0) + "
        "行政复议·其他结果(0) + 行政复议·尚未审结(1) = 2，相差 1（应满足：行政复议：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结）")]


def _table_three_split_by_columns(text: str) -> str:
    """表三 cut between its columns, as a page too narrow for it prints it: the labels and the
    first four columns (自然人 … 社会公益组织), then, after the page number, the labels again with
    the last three (法律服务机构, 其他, 总计) under their own head."""
    lines = text.split("\n")
    a = lines.index("三、收到和处理政府信息公开申请情况") + 1
    b = lines.index("四、政府信息公开行政复议、行政诉讼情况") - 1
    left = [lines[a] , "\t自然人\t法人或其他组织", "\t\t商业企业\t科研机构\t社会公益组织"]
    right = [lines[a], "\t法人或其他组织\t\t总计", "\t法律服务机构\t其他\t"]
    for line in lines[a + 3:b]:
        cells = line.split("\t")
        labels, numbers = cells[:-7], cells[-7:]
        left.append("\t".join(labels + numbers[:4]))
        right.append("\t".join(labels + numbers[4:]))
    return "\n".join(lines[:a] + left + ["", "— 3 —", ""] + right + lines[b:])


def _values(text):
    t3 = bind(parse(text)).tables["表三"]
    return {(r, c): (cell.state, cell.value) for r, row in t3.rows.items() for c, cell in row.cells.items()}


def test_table_three_split_between_its_columns_binds_as_one_table():
    """The second piece's rows complete the first piece's (C203 said three columns were empty and
    C207 that all 25 rows appeared twice with other numbers: 26 findings on a clean report)."""
    text = _table_three_split_by_columns(CLEAN)
    assert _values(text) == _values(CLEAN)
    assert _found(text) == []


def test_table_three_split_between_its_columns_keeps_its_sums():
    """A wrong 总计 in the second piece is found where it is written (A303, A301, A302)."""
    text = _table_three_split_by_columns(_edit(CLEAN, ("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14")))
    assert [(code, line, column) for code, line, column, _ in _found(text, ["A"])] == [
        ("A301", 64, 22), ("A302", 87, 11), ("A303", 87, 11)]  # (the 总计 cells of the second piece)


OFFICIAL = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
NUMERALS = "一二三四五六"


def _headings(text, make):
    return _edit(text, *[(h + "\n", make(i + 1, h[2:]) + "\n") for i, h in enumerate(OFFICIAL)])


NUMBERINGS = {
    "parenthesised": lambda n, t: f"（{NUMERALS[n - 1]}）{t}",
    "arabic": lambda n, t: f"{n}.{t}",
    "part": lambda n, t: f"第{NUMERALS[n - 1]}部分 {t}",
    "none (Word's automatic numbering)": lambda n, t: t,
}


@pytest.mark.parametrize("numbering", list(NUMBERINGS))
def test_sections_numbered_another_way_are_the_six_sections(numbering):
    """"（一）总体情况", "1.总体情况", "第一部分 总体情况", or the bare title (a Word heading whose
    "一、" is list numbering, not text): the six sections are found (S100 said none was, and the
    checks of the sections did not run)."""
    text = _headings(CLEAN, NUMBERINGS[numbering])
    assert [s.number for s in bind(parse(text)).sections] == [1, 2, 3, 4, 5, 6]
    assert _found(text) == []


@pytest.mark.parametrize("numbering", list(NUMBERINGS))
def test_sections_numbered_another_way_are_checked(numbering):
    """Their checks run: 六 saying only 无 is F401 at 六's heading."""
    text = _headings(_edit(CLEAN, ("本年度未收取信息处理费。", "无。")), NUMBERINGS[numbering])
    assert _found(text) == [("F401", 68, 1, "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“无。”）；"
                                            "未收取也应写明“本年度未收取信息处理费”")]


def test_two_titles_under_another_numbering_are_not_enough():
    """Two section titles under "（一）" may be sub-headings: without a third, nothing is guessed."""
    text = _headings(CLEAN, lambda n, t: f"（{NUMERALS[n - 1]}）{t}" if n <= 2 else f"{NUMERALS[n - 1]}是{t}")
    assert [f[0] for f in _found(text)] == ["S100"]


def test_sections_numbered_another_way_in_a_one_cell_per_line_copy():
    """A web table pasted as one cell per line: the layout reads the short lines as cells, takes
    "（二）主动公开政府信息情况" into the table below it as its first cell, and the grammar reads
    表三's "一、本年新收…" on its line as a heading. The headings are cut out of the tables and the
    表三 rows stay rows: six sections, every cell, no finding."""
    from harness.text_forms import cells_with

    text = cells_with("|")(_headings(CLEAN, NUMBERINGS["parenthesised"]))
    bound = bind(parse(text))
    assert [s.number for s in bound.sections if s.spec is not None] == [1, 2, 3, 4, 5, 6]
    assert _values(text) == _values(CLEAN)
    assert _found(text) == []


def test_tables_on_the_2021_format_under_a_2020_title_are_read_on_the_2021_format():
    """Last year's title kept ("…2020年…") over tables wholly on the 2021 format: reading them on
    the 2019 trial format the year names gave six findings about labels and cells that are all
    right (C202 其他对外管理服务事项, C203, C204, C207, V501). The tables decide when none of the
    year's format's own labels is there."""
    text = CLEAN.replace("2024", "2020").replace("2025年1月20日", "2021年1月20日")
    assert bind(parse(text)).format.id == "2021"
    assert _found(text) == []


def test_tables_on_the_2019_format_in_a_2021_report_stay_outdated():
    """The other way round is what V501 is for: a 2021 report on the old template."""
    trial = (FIXTURES / "tabs_2020_trial.txt").read_text("utf-8")
    text = trial.replace("2020", "2021").replace("2021年1月18日", "2022年1月18日")
    assert bind(parse(text)).format.id == "2021"
    assert {f[0] for f in _found(text)} >= {"V501", "C202"}


PREAMBLE = "根据《中华人民共和国政府信息公开条例》"
CONTENTS = {
    "plain": "目录\n" + "\n".join(OFFICIAL) + "\n",
    "dot leaders and page numbers": "目 录\n" + "\n".join(f"{h}……………………{i // 2 + 1}" for i, h in enumerate(OFFICIAL)) + "\n",
    "with sub-entries": "目录\n一、总体情况………………1\n（一）主动公开………………1\n（二）依申请公开………………2\n"
                        + "\n".join(f"{h}………………{i + 2}" for i, h in enumerate(OFFICIAL[1:])) + "\n",
}


@pytest.mark.parametrize("contents", list(CONTENTS))
def test_a_table_of_contents_before_the_report(contents):
    """"目录" and the six headings on lines of their own before the report: they are front matter,
    not six empty sections (S102 said each section appeared twice, S105 that 五 was empty)."""
    text = _edit(CLEAN, (PREAMBLE, CONTENTS[contents] + PREAMBLE))
    shift = CONTENTS[contents].count("\n")
    assert [(s.number, s.section.span.line) for s in bind(parse(text)).sections] == \
        [(s.number, s.section.span.line + shift) for s in bind(parse(CLEAN)).sections]
    assert _found(text) == []
    no_fee = _edit(text, ("本年度未收取信息处理费。", "无。"))
    assert [(code, line) for code, line, _, _ in _found(no_fee)] == [("F401", 68 + shift)]


def test_sections_written_twice_with_content_are_still_duplicates():
    """Only headings with nothing under them are a table of contents: a section copied twice with
    its text is reported (S102)."""
    one = CLEAN.split("二、主动公开政府信息情况")[0].split("一、总体情况\n")[1]
    text = _edit(CLEAN, ("二、主动公开政府信息情况\n", "一、总体情况\n" + one + "二、主动公开政府信息情况\n"))
    assert [f[0] for f in _found(text, ["S102"])] == ["S102"]


def test_tables_typed_as_tab_aligned_text_in_word(tmp_path):
    """表四 typed in Word as paragraphs with tabs: its head rows ("行政复议\\t行政诉讼",
    "结果维持\\t结果纠正\\t…") hold no number, yet they are the table's rows, above its row of
    numbers (the head lines were read as paragraphs and C201 said 缺少表四)."""
    assert _lint_file(word_paragraphs(tmp_path / "r.docx", CLEAN)) == []


def test_tab_aligned_words_without_a_row_of_numbers_stay_paragraphs(tmp_path):
    """Tabbed lines with no number after them are not a table (a signature typed with a tab)."""
    text = _edit(CLEAN, ("示例镇人民政府\n2025年1月20日", "示例镇人民政府\t示例镇办公室\n2025年1月20日"))
    assert _lint_file(word_paragraphs(tmp_path / "r.docx", text)) == []


def _tabbed_page(text):
    """``text`` as LibreOffice writes a Word document typed with tabs as a web page: a <p> a
    line, each tab a literal tab between the runs, the source indented with tabs."""
    from html import escape

    paras = []
    for line in text.split("\n"):
        runs = "<font>\t</font>".join(f"<font>{escape(c)}</font>" for c in line.split("\t"))
        paras.append(f"\t\t<p class=\"western\">{runs}</p>")
    return "<html>\n<body>\n\t<div>\n" + "\n".join(paras) + "\n\t</div>\n</body>\n</html>\n"


def test_tables_typed_as_tab_aligned_text_on_a_web_page(tmp_path):
    """The tabs of a paragraph on a web page are the cells' bounds, as in Word: "信息内容\\t本年处理
    决定数量" was read as one column name 信息内容本年处理决定数量 (V502) and "三、本年度办理结果\\t
    （一）予以公开\\t4…" as one label (C202 表三缺少1行：（一）予以公开)."""
    page = tmp_path / "r.html"
    page.write_text(_tabbed_page(CLEAN), "utf-8")
    assert _lint_file(page) == []


def test_a_tab_at_a_line_end_of_a_web_pages_source_is_a_space(tmp_path):
    """Only a tab inside a line of the source is kept; the tabs that indent the source, or end its
    lines, are spaces as before (a paragraph, not a row)."""
    from govlint.readers import read

    page = tmp_path / "r.html"
    page.write_text("<html><body><p>一、总体情况\t\n\t\t本年度共收到申请13件。</p>"
                    "<p>信息内容\t本年处理决定数量</p></body></html>", "utf-8")
    blocks = [(b.text, b.tabbed) for b in read(page).own_blocks]
    assert blocks == [("一、总体情况 本年度共收到申请13件。", False), ("信息内容\t本年处理决定数量", True)]


def test_table_four_counts_written_with_their_unit():
    """Every cell of 表四's one row written with 件 ("1件\\t0件\\t…", a Word table filled that way):
    a count with its unit is a value, not a label (C200 said 表四 had no row of numbers)."""
    text = _edit(CLEAN, ("1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0",
                         "\t".join(v + "件" for v in "1 0 0 1 2 0 1 0 0 1 0 0 0 0 0".split())))
    cells = bind(parse(text)).tables["表四"].rows
    assert [str(c.value) for row in cells.values() for c in row.cells.values()][:5] == ["1", "0", "0", "1", "2"]
    assert _found(text) == []


def test_table_four_counts_with_their_unit_keep_their_sums():
    """The counts with 件 are checked as numbers: a 总计 that is not the sum is reported (A304),
    and one the prose contradicts (本年度发生行政复议2件: N601)."""
    text = _edit(CLEAN, ("1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0",
                         "\t".join(v + "件" for v in "1 0 0 1 3 0 1 0 0 1 0 0 0 0 0".split())))
    assert [f[0] for f in _found(text)] == ["A304"]


def test_sections_numbered_in_brackets_on_a_web_page_without_tables(tmp_path):
    """A web page whose sections are numbered （一）总体情况 … and whose tables are typed with tabs
    (no <table>): its headings are what marks the report (the page was refused: 这个网页中没有报告)."""
    page = tmp_path / "r.html"
    page.write_text(_tabbed_page(_headings(CLEAN, NUMBERINGS["parenthesised"])), "utf-8")
    assert _lint_file(page) == []


def test_table_fours_blank_cells_in_a_word_table_are_blank_cells():
    """表四's one row from a Word table with its zeros left blank, the last five among them: every
    cell of the grid is there, blank ones in their columns, so they are blank cells (C203), not
    numbers whose columns cannot be told (C200 读出10个数字，应为15个)."""
    text = _edit(CLEAN, ("1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0", "1\t\t\t1\t2\t\t1\t\t\t1\t\t\t\t\t"))
    found = _found(text, ["C200", "C203"])
    assert [f[0] for f in found] == ["C203"]
    assert found[0][3].startswith("表四有10个单元格没有填写数字：行政复议·结果纠正（空白）")
