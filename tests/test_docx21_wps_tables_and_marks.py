"""What WPS Office and Word write around tables and inside runs that the reader already reads
as the plain file (checked in session 21; these tests hold it): a table inside a text box (with
and without Word's VML fallback copy), a table nested in a cell of a layout table beside a note,
paragraphs in frames (w:framePr), WPS's table properties (a w:tblGrid that disagrees with the
cells, w:tcW of 0, rows with w:cantSplit and w:tblHeader), comments
(their text lives in word/comments.xml, never read) and footnotes, and the marks inside runs:
w:softHyphen and w:sym (nothing shown in the text), w:noBreakHyphen. Each case a clean report
reading clean, and a seeded defect (表三's first total 15) found exactly."""
import copy
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness import word_features as wf  # noqa: E402
from harness.word21 import lint, repack, table_three_total, write_plain  # noqa: E402

from lxml import etree  # noqa: E402



@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    return write_plain(tmp_path_factory.mktemp("word"))


def _table_three_in_a_text_box(fallback: bool):
    def change(root):
        t = wf.table(root, "本年新收")
        anchor = wf.element("p")
        r = wf.text_box(["x"], fallback=fallback)
        for box in r.iter(wf.q("txbxContent")):
            for c in list(box):
                box.remove(c)
            box.append(copy.deepcopy(t))
            box.append(wf.element("p"))
        anchor.append(r)
        t.addprevious(anchor)
        t.getparent().remove(t)
    return change


def _table_three_in_a_cell_beside_a_note(root):
    t = wf.table(root, "本年新收")
    outer = wf.element("tbl")
    tr = etree.SubElement(outer, wf.q("tr"))
    t.addprevious(outer)
    for k in range(3):
        tc = etree.SubElement(tr, wf.q("tc"))
        if k == 1:
            tc.append(t)
        etree.SubElement(tc, wf.q("p")).append(wf.run("注：单位为件" if k == 2 else ""))


def _framed_paragraphs(root):
    for p in root.iter(wf.q("p")):
        if wf.text_of(p).startswith(("三、收到", "四、政府信息公开行政复议")):
            ppr = p.find(wf.q("pPr"))
            if ppr is None:
                ppr = wf.element("pPr")
                p.insert(0, ppr)
            ppr.append(wf.element("framePr", w="5000", hSpace="180", wrap="around", vAnchor="text", hAnchor="page"))


def _wps_table_properties(root):
    """A grid of two columns under tables of many, every cell's width 0 (auto), every row
    cantSplit and tblHeader w:val="0", and a row of 表三 opening with an empty w:gridBefore."""
    for tbl in root.iter(wf.q("tbl")):
        grid = tbl.find(wf.q("tblGrid"))
        if grid is not None:
            for g in list(grid)[:-2]:
                grid.remove(g)
        for tc in tbl.iter(wf.q("tc")):
            pr = tc.find(wf.q("tcPr"))
            if pr is None:
                pr = wf.element("tcPr")
                tc.insert(0, pr)
            for w in pr.findall(wf.q("tcW")):
                pr.remove(w)
            pr.insert(0, wf.element("tcW", w="0", type="auto"))
        for tr in tbl.iter(wf.q("tr")):
            pr = tr.find(wf.q("trPr"))
            if pr is None:
                pr = wf.element("trPr")
                tr.insert(0, pr)
            pr.append(wf.element("cantSplit"))
            pr.append(wf.element("tblHeader", val="0"))


def _comment_on_a_number(root):
    """A reviewer's comment on 表三's first total (its text, "应为31", in word/comments.xml)."""
    r = wf.cell(root, "13").find(".//" + wf.q("r"))
    r.addprevious(wf.element("commentRangeStart", id="7"))
    r.addnext(wf.element("commentRangeEnd", id="7"))
    ref = wf.element("r")
    ref.append(wf.element("commentReference", id="7"))
    r.getnext().addnext(ref)


def _marks_in_runs(root):
    """A soft hyphen inside the number 13, a Wingdings w:sym before the label 行政事业性收费."""
    r = wf.cell(root, "13").find(".//" + wf.q("r"))
    r.find(wf.q("t")).text = "1"
    r.append(wf.element("softHyphen"))
    t = wf.element("t")
    t.text = "3"
    r.append(t)
    r = wf.cell(root, "行政事业性收费").find(".//" + wf.q("r"))
    s = wf.element("r")
    s.append(wf.element("sym", font="Wingdings", char="F09F"))
    r.addprevious(s)


CASES = [_table_three_in_a_text_box(True), _table_three_in_a_text_box(False), _table_three_in_a_cell_beside_a_note,
         _framed_paragraphs, _wps_table_properties, _comment_on_a_number, _marks_in_runs]
IDS = ["table-in-text-box", "table-in-text-box-no-fallback", "table-in-a-layout-cell", "frames", "wps-table-properties",
       "comment", "soft-hyphen-and-sym"]


def _with_comments(parts):
    parts["word/comments.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="'
        b'http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="7" w:author="a">'
        b'<w:p><w:r><w:t>\xe5\xba\x94\xe4\xb8\xba31</w:t></w:r></w:p></w:comment></w:comments>')
    return parts


@pytest.mark.parametrize("change", CASES, ids=IDS)
def test_wps_and_word_constructs_read_as_the_plain_file(plain, tmp_path, change):
    path = repack(wf.edit(plain, tmp_path / "edited.docx", change), tmp_path / "final.docx", _with_comments)
    assert lint(path) == []


@pytest.mark.parametrize("change", CASES, ids=IDS)
def test_a_defect_under_wps_and_word_constructs_is_found(plain, tmp_path, change):
    def wrong(root):
        change(root)
        cell = wf.cell(root, "13") if wf.text_of(wf.cell(root, "13")) == "13" else None
        for t in cell.iter(wf.q("t")):
            t.text = ""
        cell.find(".//" + wf.q("t")).text = "15"
    path = repack(wf.edit(plain, tmp_path / "edited.docx", wrong), tmp_path / "final.docx", _with_comments)
    assert lint(path) == table_three_total(15)
