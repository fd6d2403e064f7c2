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
