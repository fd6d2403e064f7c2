"""A report that carries a second set of the statistical tables: a county government's 本级 tables
then the 全县汇总 set, a department's own then one for each of its units, or the same tables for
the whole county in an annex after the closing. Each table of the second set began with rows the
first had bound: every row of it was a false C207 (21 on one report), its 表四 row's numbers were
added to the first's (C200: 30 numbers for 15, and the official 表四's own defect went unsaid).

A table's first row read again after most of its rows is the table's second copy: its rows are
not read, until another table's row or another section. A row of the first row's label in a
comparison before the table (section 一) is no second copy.

The reports are the invented clean report (tests/fixtures/tabs_2024.txt) with a second set added;
the second set's numbers are the first's times three, so that its arithmetic holds too."""
import re
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness.word21 import CLEAN, lint  # noqa: E402

#: the clean report's paragraphs (apart by blank lines): [3] 二 with 表二, [4] 三 with 表三,
#: [5] 四 with 表四, [8] the closing
PARAS = CLEAN.split("\n\n")


def _tables(k: int) -> str:
    """The table of paragraph ``k`` without its section heading."""
    return PARAS[k].split("\n", 1)[1]


def _times_three(table: str) -> str:
    return re.sub(r"(?<![^\t\n])(\d+)(?=\t|$)", lambda m: str(int(m.group(1)) * 3), table, flags=re.M)


def _report(paras) -> str:
    return "\n\n".join(paras)


def _each_under_its_own(change=lambda k, t: t) -> str:
    """Each section's table as "（一）县政府本级", then "（二）全县汇总" and the county's copy."""
    out = list(PARAS)
    for k in (3, 4, 5):
        heading, own = PARAS[k].split("\n", 1)
        out[k] = f"{heading}\n（一）县政府本级\n{own}\n（二）全县汇总\n{change(k, _times_three(own))}"
    return _report(out)


def _in_an_annex(change=lambda k, t: t) -> str:
    annex = "\n".join(f"附表{n}\n{change(k, _times_three(_tables(k)))}" for n, k in enumerate((3, 4, 5), 1))
    return _report(PARAS[:9] + ["附件：示例县全县政府信息公开工作统计表\n" + annex])


def _lint_text(tmp_path, text: str) -> list:
    path = tmp_path / "report.txt"
    path.write_text(text, "utf-8")
    return lint(path)


@pytest.mark.parametrize("make", [_each_under_its_own, _in_an_annex])
def test_a_second_set_of_the_tables_is_no_row_written_twice(tmp_path, make):
    assert _lint_text(tmp_path, make()) == []


@pytest.mark.parametrize("make", [_each_under_its_own, _in_an_annex])
def test_a_defect_in_the_second_set_is_not_the_report_s(tmp_path, make):
    """The second set's 表三 （七）总计 and its 表四 行政复议 总计 do not add up: they are not read."""
    def wrong(k, t):
        return t.replace("（七）总计\t30", "（七）总计\t31") if k == 4 else t.replace("3\t0\t0\t3\t6", "3\t0\t0\t3\t7", 1)
    assert "（七）总计\t30" in _times_three(_tables(4)) and "3\t0\t0\t3\t6" in _times_three(_tables(5))
    assert _lint_text(tmp_path, make(wrong)) == []


@pytest.mark.parametrize("make", [_each_under_its_own, _in_an_annex])
def test_the_official_table_s_defect_is_found_before_a_second_set(tmp_path, make):
    """The official 表四's 行政复议 总计 is wrong (3 for 1+0+0+1): A304, its numbers not run into
    the second set's."""
    text = make()
    official = _tables(5)
    text = text.replace(official, official.replace("1\t0\t0\t1\t2\t", "1\t0\t0\t1\t3\t", 1), 1)
    found = _lint_text(tmp_path, text)
    assert [c for c, _, _ in found] == ["A304"]
    assert "行政复议·总计 = 3" in found[0][2]


def test_the_first_row_written_in_section_one_is_no_second_copy(tmp_path):
    """Section 一 gives 表三's first row before the table (a comparison of the year's figures): the
    table itself is read whole, its defect found."""
    first = next(line for line in _tables(4).split("\n") if line.startswith("一、本年新收"))
    paras = list(PARAS)
    paras[2] = paras[2] + "\n" + first
    paras[4] = paras[4].replace("（七）总计\t10", "（七）总计\t11")
    codes = sorted({c for c, _, _ in _lint_text(tmp_path, _report(paras))})
    assert "A302" in codes and "C207" not in codes


def test_a_note_on_the_second_set_after_the_closing_is_no_statement_of_the_report_s(tmp_path):
    """"注：上述两单位本年度均未发生…行政复议" under the units' tables in the annex speaks of the
    units: the report's 表四 (行政复议 2) is not contradicted (a false N601). The same sentence in
    六, before the closing, is the report's."""
    note = "注：上述两单位本年度均未发生政府信息公开行政复议、行政诉讼。"
    annex = "附件1：示例县某中心2024年收到和处理政府信息公开申请情况\n" + _times_three(_tables(4))
    assert _lint_text(tmp_path, _report(PARAS[:9] + [annex, note])) == []
    paras = list(PARAS)
    paras[7] += note
    assert [c for c, _, _ in _lint_text(tmp_path, _report(paras))] == ["N601"]


def test_the_first_row_a_page_repeats_with_the_head_is_no_second_copy(tmp_path):
    """Word's repeated head rows taking in the table's first row: on the next page the head and
    "一、本年新收…" come again, the same figures, and the table goes on with rows not read before.
    The rows after it are the table's (a second copy's would have been read before)."""
    table = _tables(4)
    lines = table.split("\n")
    head = "\n".join(lines[:3])
    first = next(line for line in lines if line.startswith("一、本年新收"))
    cut = next(line for line in lines if line.startswith("（七）总计"))
    text = CLEAN.replace(cut, head + "\n" + first + "\n" + cut, 1)
    assert text.count(first) == 2
    assert _lint_text(tmp_path, text) == []
    wrong = text.replace("（七）总计\t10", "（七）总计\t11")
    assert "A302" in {c for c, _, _ in _lint_text(tmp_path, wrong)}


@pytest.mark.parametrize("which", ["own", "whole"])
def test_the_prose_beside_two_sets_of_the_tables_is_not_held_to_either(tmp_path, which):
    """A county's own tables and its 全县汇总 in the same sections, the prose giving one set's figures
    without saying whose ("本年度共收到政府信息公开申请39件" is the 全县 copy's): the prose may speak of
    either set, so it is held to neither (voices56i: a bureau's 全系统 set first, its 局机关 set after it,
    three false N601 against the first). After the closing an annex's set leaves the prose the report's
    own (:func:`test_a_note_on_the_second_set_after_the_closing_is_no_statement_of_the_report_s`)."""
    figure = "13" if which == "own" else "39"
    text = _each_under_its_own().replace("本年度共收到政府信息公开申请13件", f"本年度共收到政府信息公开申请{figure}件")
    assert f"申请{figure}件" in text
    assert _lint_text(tmp_path, text) == []


def test_the_prose_beside_an_annexed_set_is_still_the_reports(tmp_path):
    """The 全县 set in an annex after the closing: '收到申请39件' is the report's and contradicts its 13."""
    text = _in_an_annex().replace("本年度共收到政府信息公开申请13件", "本年度共收到政府信息公开申请39件")
    assert [c for c, _, _ in _lint_text(tmp_path, text)] == ["N601"]
