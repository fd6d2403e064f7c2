"""Fields in a Word file, as Word writes them: a complex field (w:fldChar begin, its code in
w:instrText, separate, its result, end) shows its result. A field nested in another's code — a
table formula over bookmarks ({ = { REF 新收 } + 12 }), { IF { DOCPROPERTY … } … } — shows
nothing of its own: its result's runs stand in the outer field's code, and were read (a cell
showing 13 read as 113: false A301/A303). The date as a CREATEDATE field is its result.

Each test edits the harness's Word file of the invented clean report (tests/fixtures/tabs_2024.txt)."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness import word_features as wf  # noqa: E402
from harness.word21 import lint, table_three_total, write_plain  # noqa: E402

LATE = [("P702", None, "落款日期2025年3月20日晚于发布期限2025年1月31日")]


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    return write_plain(tmp_path_factory.mktemp("word"))


def _char(kind: str):
    r = wf.element("r")
    r.append(wf.element("fldChar", fldCharType=kind))
    return r


def _formula_over_a_bookmark(shown: str):
    """表三's first total as { = { REF 新收 } + 12 } showing ``shown`` (the inner REF's result "1"
    stands in the outer field's code)."""
    def change(root):
        r = wf.cell(root, "13").find(".//" + wf.q("r"))
        r.find(wf.q("t")).text = shown
        for x in (_char("begin"), wf.run(" = ", "instrText"), _char("begin"), wf.run(" REF 新收 \\h ", "instrText"),
                  _char("separate"), wf.run("1"), _char("end"), wf.run(" + 12 ", "instrText"), _char("separate")):
            r.addprevious(x)
        r.addnext(_char("end"))
    return change


def test_a_field_nested_in_a_formulas_code_is_not_read(plain, tmp_path):
    assert lint(wf.edit(plain, tmp_path / "formula.docx", _formula_over_a_bookmark("13"))) == []


def test_a_wrong_result_of_a_nested_formula_is_found(plain, tmp_path):
    """The formula's shown result is what is read: 15 where the row's parts make 13."""
    assert lint(wf.edit(plain, tmp_path / "formula.docx", _formula_over_a_bookmark("15"))) == table_three_total(15)


def _date_field(shown: str):
    """The date under the signature as { CREATEDATE \\@ "yyyy年M月d日" } showing ``shown``."""
    def change(root):
        r = wf.paragraph_run(root, "2025年1月20日")
        r.find(wf.q("t")).text = shown
        for x in (_char("begin"), wf.run(' CREATEDATE \\@ "yyyy年M月d日" ', "instrText"), _char("separate")):
            r.addprevious(x)
        r.addnext(_char("end"))
    return change


def test_a_date_written_as_a_field_is_its_result(plain, tmp_path):
    assert lint(wf.edit(plain, tmp_path / "date.docx", _date_field("2025年1月20日"))) == []


def test_a_late_date_written_as_a_field_is_found(plain, tmp_path):
    assert lint(wf.edit(plain, tmp_path / "late.docx", _date_field("2025年3月20日"))) == LATE
