"""Tables as staff alter them (tests/harness/tables21.py) in plain-text copies (tests/harness/text_forms.py):
hard-wrapped at 24 or 40 characters, or the body flattened to one line. Each copy must bind the
official cells as its source does and give exactly its findings (the one V501 that names an added
column, or nothing).

1. A head row wrapped at a tab, its last column's name alone on the next line ("2023年本年制发件数\t
   2023年本年废止件数" / "2023年现行有效件数", both years side by side in 表二; "\t商业企业\t…\t法律服务机构"
   / "其他", a part's head of 表三 typed as three tables): the name alone read as a paragraph, the head
   lost its last column — 表二's rows had six numbers for five columns (C200 ×2, the V501 missed), a
   part of 表三 four columns for five (C203). The line break before such a name is a tab again
   (layout/lines.py "head-cell-alone").
2. 表三 as three tables, a middle part's row wrapped after its third number ("1.申请人无正当理由…申请\t0\t0\t0"
   / "0\t0", under the five 法人或其他组织 columns): the numbers alone on the next line were taken as
   the rest of the row's first part (自然人), which then held three numbers (C203 "只有1个单元格"
   twice, 其他处理's rows unplaced). They are the middle part's rest (binder, ``_continue_part``).
3. 表三 as three tables flattened to one line: the first part's head "（本列数据的勾稽关系为：…） 自然人"
   (a note, then one name) was no head row (two names at least), and the middle part's
   "商业企业 科研机构 社会公益组织 法律服务机构 其他", a cell of names apart by spaces, was no head to the
   binder: every row's numbers unplaced (C203 for 25 rows). A note before one name is a head row;
   a cell of names apart by spaces is read name by name.

Each case fails at a6dc38b and passes after."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.compare import SETTINGS, bound_of, cell_differences, expected, finding_differences, findings_of  # noqa: E402
from harness.sources import _replace  # noqa: E402
from harness.tables21 import ALTERED, expected_of  # noqa: E402
from harness.text_forms import FORMS  # noqa: E402
from govlint.run.engine import lint_text  # noqa: E402

#: (alteration, text form) read otherwise at a6dc38b
MISREAD = [("t2-years-side-by-side", "wrap-24"), ("t3-in-three-tables", "wrap-24"),
           ("t3-in-three-tables", "wrap-40"), ("t3-in-three-tables", "one-line")]


def _read(text: str, form: str):
    copy = FORMS[form][1](text)
    return bound_of(copy), findings_of(lint_text(copy, "report.txt", SETTINGS))


@pytest.mark.parametrize("name, form", MISREAD)
def test_an_altered_table_copied_as_text_reads_as_its_source(name, form):
    want_cells, want_findings = expected_of(name)
    got_cells, got_findings = _read(ALTERED[name][0](), form)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


def test_years_side_by_side_wrapped_at_24_says_only_the_added_columns():
    """The head of 表二's first block wrapped over four lines, its last name alone: the one V501 of
    the source, naming last year's three columns, and this year's numbers bound."""
    got_cells, got_findings = _read(ALTERED["t2-years-side-by-side"][0](), "wrap-24")
    assert [(f[0], f[5]) for f in got_findings] == [
        ("V501", "表二有官方格式没有的列：“2023年本年制发件数”、“2023年本年废止件数”、“2023年现行有效件数”；"
                 "其数字不参与检查，建议按官方格式删去")]
    assert got_cells["表二", "normative"] == {"made": ("value", 3), "repealed": ("value", 1), "valid": ("value", 12)}


def test_a_name_alone_after_a_row_of_numbers_is_no_head_cell():
    """A line of one column name after a row of a label and numbers ("规章\t0\t0\t0" / "总计") is not
    joined to it: only a line of names above takes a name alone."""
    from govlint.layout.lines import prepare
    from govlint.layout.vocabulary import vocabulary
    text = "信息内容\t本年制发件数\t本年废止件数\n现行有效件数\n规章\t0\t0\t0\n总计\n"
    assert prepare(text, vocabulary()).text == "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n总计\n"


@pytest.mark.parametrize("form", ["wrap-24", "wrap-40", "one-line"])
def test_a_wrong_number_in_the_middle_part_is_still_said(form):
    """（六）其他处理's 1.申请人无正当理由… made 1 for 商业企业 in the middle part (its 总计 stays 0): the
    source's A302 (and the sums through it), the same in the copy — the part's numbers are in their
    columns."""
    source = ALTERED["t3-in-three-tables"][0]()
    at = source.index("\t商业企业\t")
    label = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
    source = source[:at] + _replace(source[at:], [(label + "\t0\t0\t0\t0\t0", label + "\t1\t0\t0\t0\t0")])
    want_cells, want_findings = expected(source)
    got_cells, got_findings = _read(source, form)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
    assert "A302" in [f[0] for f in got_findings]
