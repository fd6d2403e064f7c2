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
