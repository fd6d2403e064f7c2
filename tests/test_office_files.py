"""Reports as offices' tools really write them: what Word and WPS put in a .docx beyond what
python-docx writes (tracked changes, content controls, fields, text boxes, layout tables, line
breaks in cells).

Each test takes the harness's Word document of the invented clean report
(tests/fixtures/tabs_2024.txt in the "grid" table style), edits its XML the way Word or WPS writes
that feature (tests/harness/word_features.py), and checks what govlint reads: a clean report must
give no finding, a seeded defect exactly its finding.
"""
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness import docx_styles, word_features as wf  # noqa: E402

from govlint.config import Config  # noqa: E402
from govlint.checks.registry import load  # noqa: E402
from govlint.layout.documents import read  # noqa: E402
from govlint.run.engine import Settings, lint_file  # noqa: E402

CLEAN = (TESTS / "fixtures" / "tabs_2024.txt").read_text("utf-8")
SETTINGS = Settings.make(Config(), load(builtins_only=True))


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    return docx_styles.write_docx(CLEAN, docx_styles.BY_NAME["grid"],
                                  tmp_path_factory.mktemp("word") / "plain.docx")


def _lint(path):
    result = lint_file(str(path), SETTINGS)
    assert not result.errors
    return [(d.code, d.location.table, d.message) for d in result.diagnostics]


def _lines(path):
    return read(str(path)).text.split("\n")


def _edited(plain, tmp_path, change, name="edited.docx"):
    return wf.edit(plain, tmp_path / name, change)


def test_the_plain_word_file_is_clean(plain):
    assert _lint(plain) == []


# ----------------------------------------------------------------------------------------
# tracked changes

def test_tracked_changes_left_in_read_the_inserted_text_not_the_deleted(plain, tmp_path):
    """A reviewer corrected 表三's total and a figure in the prose with track changes on, and the
    file was published without accepting them: the deleted "31" and "301" are not read, the
    inserted "13" and "310" are."""
    def change(root):
        wf.replace_tracked(wf.cell(root, "13").find(".//" + wf.q("r")), "13", "13")
        wf.replace_tracked(wf.paragraph_run(root, "（一）主动公开"), "310", "310")
        for d in root.iter(wf.q("delText")):
            d.text = {"13": "31", "310": "301"}[d.text]
    path = _edited(plain, tmp_path, change)
    lines = _lines(path)
    assert "（一）主动公开。全年通过镇政府网站和公开栏主动公开政府信息310条。" in lines
    assert not any("31 " in ln or "301" in ln for ln in lines)
    assert _lint(path) == []


def test_text_moved_away_with_track_changes_is_not_read_where_it_was(plain, tmp_path):
    """w:moveFrom keeps the moved text as w:t runs (not w:delText): read there, a "7" moved out
    of 表三's total cell made it "713" (A301/A303 false alarms), and moved prose was read twice."""
    def change(root):
        wf.moved_from(wf.cell(root, "13").find(".//" + wf.q("r")), "7")
        wf.moved_from(wf.paragraph_run(root, "（三）政府信息管理"), "全年主动公开政府信息999条。")
    path = _edited(plain, tmp_path, change)
    lines = _lines(path)
    assert not any("999" in ln for ln in lines)
    assert "（三）政府信息管理。落实信息发布审核制度，定期清理过期信息。" in lines
    assert _lint(path) == []


def test_a_tracked_correction_that_leaves_a_wrong_total_is_found(plain, tmp_path):
    """The inserted text is the report's: a correction to a wrong total gives the sum's finding."""
    def change(root):
        wf.replace_tracked(wf.cell(root, "13").find(".//" + wf.q("r")), "13", "15")
    assert [code for code, table, _ in _lint(_edited(plain, tmp_path, change))] == ["A301", "A303"]


# ----------------------------------------------------------------------------------------
# text boxes

TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"


def _title_in_a_box(**how):
    def change(root):
        first = wf.body(root)[0]
        for r in first.findall(wf.q("r")):
            first.remove(r)
        first.append(wf.text_box([TITLE], **how))
    return change


@pytest.mark.parametrize("how", [{}, {"vml_only": True}], ids=["choice-and-fallback", "vml"])
def test_a_title_in_a_text_box_is_read_once(plain, tmp_path, how):
    """The title typed in a text box (Word 2010+: mc:AlternateContent, the same text in its Choice
    and its Fallback; older Word and WPS: a VML shape): read once, not skipped (the report had no
    title: agency and year unknown) and not twice."""
    path = _edited(plain, tmp_path, _title_in_a_box(**how))
    lines = _lines(path)
    assert lines.count(TITLE) == 1 and lines.index(TITLE) == 0
    assert not any("图片" in ln for ln in lines)
    assert read(str(path)).source.get("kind") == "docx"
    assert _lint(path) == []


def test_a_note_in_a_text_box_beside_table_three_is_not_a_picture(plain, tmp_path):
    """A text box anchored in an empty paragraph of section 三 is text, not a picture of a table."""
    def change(root):
        p = wf.element("p")
        p.append(wf.text_box(["单位：件"]))
        wf.table(root, "本年新收").addprevious(p)
    path = _edited(plain, tmp_path, change)
    lines = _lines(path)
    assert lines.count("单位：件") == 1 and not any("图片" in ln for ln in lines)
    assert _lint(path) == []


def test_a_defect_in_a_text_box_title_is_found(plain, tmp_path):
    """The boxed title is the report's: its wrong year is checked (unread, nothing was found)."""
    def change(root):
        _title_in_a_box()(root)
        for t in root.iter(wf.q("t")):
            if t.text == TITLE:
                t.text = TITLE.replace("2024", "2023")
    assert _lint(_edited(plain, tmp_path, change)) == [("P701", None, "统计期限为2024年，与标题年份2023年不一致")]


# ----------------------------------------------------------------------------------------
# content controls, fields, layout tables, breaks in cells: read as the plain file

def _sdt_everywhere(root):
    """Content controls around body paragraphs and tables, table rows, cells and a cell's
    paragraphs (forms made from a template wrap whatever is to be filled in)."""
    for el in [x for x in wf.body(root) if x.tag in (wf.q("p"), wf.q("tbl"))]:
        wf.wrap(el)
    for tbl in list(root.iter(wf.q("tbl"))):
        for tc in list(tbl.iter(wf.q("tc")))[::2]:
            wf.wrap(tc)
        for tc in list(tbl.iter(wf.q("tc")))[1::4]:
            for p in tc.findall(wf.q("p")):
                wf.wrap(p)
        for tr in list(tbl.iter(wf.q("tr")))[::3]:
            wf.wrap(tr)


def _custom_xml(root):
    for el in [x for x in wf.body(root) if x.tag == wf.q("p")][:8]:
        wf.wrap(el, "customXml")


def _fields(root):
    """Totals as formula fields (=SUM(LEFT): the shown result is the text, the code is not), and
    a page number as w:fldSimple in the body."""
    for shown in ("13", "5", "1"):
        for tc in [c for c in root.iter(wf.q("tc")) if wf.text_of(c) == shown][:2]:
            wf.formula_field(tc.find(".//" + wf.q("r")))
    wf.page_number_paragraph(root)


def _breaks_in_cells(root):
    """A label broken by a line break (w:br) inside its cell; a tab after a number."""
    r = wf.cell(root, "行政事业性收费").find(".//" + wf.q("r"))
    r.find(wf.q("t")).text = "行政事业"
    r.append(wf.element("br"))
    etree_t = wf.element("t")
    etree_t.text = "性收费"
    r.append(etree_t)
    r = wf.cell(root, "13").find(".//" + wf.q("r"))
    r.append(wf.element("tab"))


def _wps_merges(root):
    """WPS writes the continuation of a vertical merge as w:vMerge w:val="continue" (Word leaves
    the value out)."""
    for v in root.iter(wf.q("vMerge")):
        if v.get(wf.q("val")) is None:
            v.set(wf.q("val"), "continue")


def _horizontal_merges_as_hmerge(root):
    """Head cells merged across columns the old way (w:hMerge restart / continue cells, as WPS and
    Word 97 documents have them) instead of w:gridSpan."""
    for tc in list(root.iter(wf.q("tc"))):
        props = tc.find(wf.q("tcPr"))
        span = props.find(wf.q("gridSpan")) if props is not None else None
        if span is None:
            continue
        props.remove(span)
        props.append(wf.element("hMerge", val="restart"))
        for _ in range(int(span.get(wf.q("val"))) - 1):
            cont = wf.element("tc")
            cont_props = wf.element("tcPr")
            cont.append(cont_props)
            if props.find(wf.q("vMerge")) is not None:
                cont_props.append(wf.copy_of(props.find(wf.q("vMerge"))))
            cont_props.append(wf.element("hMerge"))
            cont.append(wf.element("p"))
            tc.addnext(cont)


def _table_three_in_a_landscape_section(root):
    wf.landscape_between(root, "三、收到和处理", "四、政府信息公开行政复议")


def _deleted_row(root):
    """A row deleted with track changes on (w:trPr/w:del, its text in w:del/w:delText): empty."""
    tr = wf.cell(root, "四、结转下年度继续办理").getparent()
    gone = wf.copy_of(tr)
    trpr = gone.find(wf.q("trPr"))
    if trpr is None:
        trpr = wf.element("trPr")
        gone.insert(0, trpr)
    trpr.append(wf.element("del", id="904"))
    for r in list(gone.iter(wf.q("r"))):
        for t in r.findall(wf.q("t")):
            t.tag = wf.q("delText")
        d = wf.element("del", id="905")
        r.addprevious(d)
        d.append(r)
    tr.addprevious(gone)


def _footnote(root):
    r = wf.paragraph_run(root, "（一）主动公开")
    ref = wf.element("r")
    ref.append(wf.element("footnoteReference", id="1"))
    r.addnext(ref)


def _table_in_a_head_cell(root):
    """A small table nested in a head cell of 表三 (read after the table, not inside it)."""
    tc = wf.cell(root, "申请人情况")
    inner = wf.element("tbl")
    tr = wf.element("tr")
    inner.append(tr)
    for text in ("注", "单位：件"):
        c = wf.element("tc")
        p = wf.element("p")
        p.append(wf.run(text))
        c.append(p)
        tr.append(c)
    tc.append(inner)
    tc.append(wf.element("p"))


def _table_three_beside_a_note(root):
    wf.beside_a_note(wf.table(root, "本年新收"), "注：本表数据截至2024年12月31日。")


@pytest.mark.parametrize("change", [
    _sdt_everywhere, _custom_xml, _fields, _breaks_in_cells, _wps_merges, _horizontal_merges_as_hmerge,
    _table_three_in_a_landscape_section, _deleted_row, _footnote,
    _table_in_a_head_cell, _table_three_beside_a_note, wf.in_layout_table,
], ids=lambda f: f.__name__.strip("_"))
def test_word_features_read_as_the_plain_file(plain, tmp_path, change):
    path = _edited(plain, tmp_path, change)
    plain_tables = read(str(plain)).text
    lines = _lines(path)
    assert not any("SUM" in ln or "PAGE" in ln for ln in lines)
    for row in ("一、本年新收政府信息公开申请数量", "行政事业性收费", "行政许可"):
        want = [ln.split() for ln in plain_tables.split("\n") if ln.startswith(row)]
        assert len(want) == 1 and [ln.split() for ln in lines if ln.startswith(row)] == want, row
    assert _lint(path) == []


def test_a_defect_inside_a_content_control_is_found(plain, tmp_path):
    def change(root):
        wf.cell(root, "13").find(".//" + wf.q("t")).text = "15"
        _sdt_everywhere(root)
    assert [code for code, _, _ in _lint(_edited(plain, tmp_path, change))] == ["A301", "A303"]


# ----------------------------------------------------------------------------------------
# a report whose tables are all pictures

def _pictured(tmp_path, edit=None):
    import io
    import re

    import docx
    from test_tables_as_pictures import _png

    d = docx.Document()
    section = None
    text = CLEAN if edit is None else CLEAN.replace(*edit)
    for line in text.split("\n"):
        if "\t" in line:
            continue  # every table's rows: the tables are pictures
        if re.match("^[一二三四五六]、", line):
            section = line[0]
        d.add_paragraph(line)
        if section and section in "二三四" and line.startswith(section + "、"):
            d.add_picture(io.BytesIO(_png()))
    path = tmp_path / "pictures.docx"
    d.save(str(path))
    return path



def test_a_report_whose_tables_are_all_pictures_says_so_once_and_nothing_else(tmp_path):
    """The three tables: one C200 naming them (they cannot be read, for one cause), no C201
    (missing), no C202 rows, no check of the prose against them — a prose figure that disagrees
    with the pictured table cannot be checked and is not reported."""
    for edit in (None, ("本年度共收到政府信息公开申请13件", "本年度共收到政府信息公开申请15件")):
        found = _lint(_pictured(tmp_path, edit))
        assert [(code, table) for code, table, _ in found] == [("C200", "表二")]
        assert found[0][2].startswith("表二、表三、表四无法可靠读取：第二、三、四部分里都没有表格的文字，只有图片")


def test_table_three_embedded_as_an_excel_object_is_unreadable_not_missing(plain, tmp_path):
    """表三 pasted from Excel as an embedded worksheet (w:object): Word shows its picture; govlint
    cannot read it and says so (C200), instead of C201 缺少表三."""
    def change(root):
        three = wf.table(root, "本年新收")
        three.addprevious(wf.embedded_worksheet())
        three.getparent().remove(three)
    found = _lint(_edited(plain, tmp_path, change))
    assert [(code, table) for code, table, _ in found] == [("C200", "表三")]
    assert "第三部分里没有这张表的文字，只有图片" in found[0][2]


def _picture_in_the_heading(root):
    wf.paragraph_run(root, "三、收到和处理").getparent().append(wf.picture_run())


def _picture_after_a_caption(root):
    p = wf.element("p")
    p.append(wf.run("表三：收到和处理政府信息公开申请情况"))
    p.append(wf.picture_run())
    wf.table(root, "本年新收").addprevious(p)


@pytest.mark.parametrize("place", [_picture_in_the_heading, _picture_after_a_caption],
                         ids=lambda f: f.__name__.strip("_"))
def test_table_three_as_a_picture_in_a_paragraph_with_text(plain, tmp_path, place):
    """The picture of 表三 pasted into the section heading's paragraph, or after a caption in
    the same paragraph: C200 (only a picture), not C201 缺少表三 — the picture was read only when
    its paragraph had no text."""
    def change(root):
        place(root)
        three = wf.table(root, "本年新收")
        three.getparent().remove(three)
    found = _lint(_edited(plain, tmp_path, change))
    assert [(code, table) for code, table, _ in found] == [("C200", "表三")]
    assert "第三部分里没有这张表的文字，只有图片" in found[0][2]


@pytest.mark.parametrize("where", ["示例镇人民政府", "2025年"])
def test_a_seal_picture_beside_the_signature_changes_nothing(tmp_path, where):
    """A seal's picture in the signature's or the date's paragraph (read as a picture line after
    its text): the clean report stays clean, a late date keeps its P702."""
    for date, want in (("2025年1月20日", []), ("2025年5月20日", ["P702"])):
        plain = docx_styles.write_docx(CLEAN.replace("2025年1月20日", date), docx_styles.BY_NAME["grid"],
                                       tmp_path / "plain.docx")

        def change(root):
            runs = [r for r in root.iter(wf.q("r")) if wf.text_of(r).startswith(where)]
            runs[-1].getparent().append(wf.picture_run())
        assert [code for code, _, _ in _lint(_edited(plain, tmp_path, change))] == want, date


def test_a_figure_typed_in_a_text_box_inside_a_cell_is_read_once(plain, tmp_path):
    """表三's total typed in a text box laid in its cell (Word: mc:AlternateContent, the text in
    its Choice and again in its Fallback): read once, as the cell's text."""
    def change(root):
        cell = wf.cell(root, "13")
        p = cell.find(wf.q("p"))
        for r in p.findall(wf.q("r")):
            p.remove(r)
        p.append(wf.text_box(["13"]))
    path = _edited(plain, tmp_path, change)
    assert [ln.rstrip("\t").split("\t")[-1] for ln in _lines(path) if ln.startswith("一、本年新收")] == ["13"]
    assert _lint(path) == []
