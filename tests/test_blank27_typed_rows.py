"""A table typed in paragraphs (no table: its cells apart by tabs in Word, or by runs of ``&nbsp;``
on a web page) with a blank cell: the row's numbers are known, not the blank's column.

Why: staff press tab twice to line a column up, and a web editor's run of spaces is as wide as
the typist made it, so the reader takes a run of separators as one; a blank cell among them left
no trace. The row was padded at its end as if its last cell were the blank one: a blank 自然人
read as a blank 总计, every number one column left, and each column's sum after it failed (A302).
Such a row is now read as a row off a line of text is: one C203 says which row lacks a number and
that its column cannot be told, and nothing that depends on its cells is checked."""
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

from harness.compare import findings_of  # noqa: E402
from harness.compare import SETTINGS, expected  # noqa: E402
from harness.sources import clean, _replace  # noqa: E402
from govlint.run.engine import lint_file  # noqa: E402

ROW3 = "（一）予以公开\t4\t1\t0\t0\t0\t0\t5"
ROW4 = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"
UNPLACED_OPEN = ("C203", "", "表三", "open", "",
                 "表三“（一）予以公开”行只有6个数字（1 0 0 0 0 5），应有7个：有单元格没有填写，但文本中看不出空白单元格的位置，"
                 "无法确定是哪一列；该行不参与勾稽关系检查")
UNPLACED_RULES = ("C203", "", "表二", "rules", "",
                  "表二“规章”行只有2个数字（0 0），应有3个：有单元格没有填写，但文本中看不出空白单元格的位置，无法确定是哪一列；"
                  "该行不参与勾稽关系检查")


def _word_typed_with_tabs(text, path):
    pytest.importorskip("docx")
    from harness.docx_styles import BY_NAME, write_docx
    return write_docx(text, BY_NAME["typed-with-tabs"], path.with_suffix(".docx"))


def _page(name):
    def write(text, path):
        from harness.web_pages19 import PAGES19
        out = path.with_suffix(".html")
        out.write_text(PAGES19[name](text), "utf-8")
        return out
    return write


LAYOUTS = {"word-typed-with-tabs": _word_typed_with_tabs, "web-text-tables": _page("text-tables"),
           "web-one-paragraph": _page("one-paragraph")}


def _findings(path):
    return [(f[0], "", f[2], f[3], f[4], f[5]) for f in findings_of(lint_file(str(path), SETTINGS))]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_typed_row_blank_first_value_gives_one_unplaced_finding(tmp_path, layout):
    text = _replace(clean(), [(ROW3, ROW3.replace("\t4\t", "\t\t", 1))])
    assert [f[0] for f in expected(text)[1]] == ["C203"]  # (the source: a blank 自然人)
    assert _findings(LAYOUTS[layout](text, tmp_path / "r")) == [UNPLACED_OPEN]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_typed_row_blank_middle_value_of_table2_gives_one_unplaced_finding(tmp_path, layout):
    text = _replace(clean(), [("规章\t0\t0\t0", "规章\t0\t\t0")])
    assert _findings(LAYOUTS[layout](text, tmp_path / "r")) == [UNPLACED_RULES]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_typed_row_with_every_value_still_binds_its_defect(tmp_path, layout):
    """A row with all its numbers is placed as before: a wrong total in it is still found."""
    text = _replace(clean(), [(ROW3, ROW3[:-1] + "6")])
    want = [(f[0], "", f[2], f[3], f[4], f[5]) for f in expected(text)[1]]
    assert {f[0] for f in want} == {"A302", "A303"}
    assert _findings(LAYOUTS[layout](text, tmp_path / "r")) == want


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_typed_table4_blank_value_is_one_unreadable_table(tmp_path, layout):
    text = _replace(clean(), [(ROW4, "\t" + ROW4.split("\t", 1)[1])])
    got = _findings(LAYOUTS[layout](text, tmp_path / "r"))
    assert [(f[0], f[2]) for f in got] == [("C200", "表四")]
    assert "读出14个数字，应为15个，无法确定各数字对应的列" in got[0][5]
