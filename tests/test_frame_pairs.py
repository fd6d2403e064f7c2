"""Last year's report found the way a person would (hunt10): names that share most of their
characters but not the agency, a government's office publishing its government's report, a
corrected version beside the original, one report in two formats. Invented agencies only
(tests/fixtures/multiyear/defective: 示例镇人民政府 2023 and 2024, the carry-over wrong)."""
import pytest

from govlint.store.pairing import pairs, same_agency

from multiyear import MULTI, T23, T24
from multiyear import check as _check, x801 as _x801


@pytest.mark.parametrize("a, b, same", [
    ("新示例镇人民政府", "示例镇人民政府", False),        # another town whose name ends with this one's
    ("大东风镇人民政府", "东风镇人民政府", False),
    ("长红青区民政局", "红青区民政局", False),
    ("样例县城关镇人民政府", "关镇人民政府", False),
    ("示例县教育体育局", "示例县教育局", False),          # shares most of the name, another agency
    ("示例县示例镇人民政府", "示例镇人民政府", True),      # the place before the town's own name
    ("样例市样例区新华街道办事处", "新华街道办事处", True),
    ("国家税务总局样例县税务局", "样例县税务局", True),    # the body it belongs to
    ("示例镇", "示例镇人民政府", True),                    # a township by its place alone
    ("示例街道", "样例区示例街道办事处", True),
    ("示例县", "示例县人民政府", False),                   # a county's place alone may be its summary report
])
def test_a_longer_name_is_the_same_agency_only_with_a_place_or_body_before_it(a, b, same):
    assert same_agency(a, b) is same and same_agency(b, a) is same


def _snap(agency, year, title=""):
    return {"agency": agency, "year": year, "level": "乡镇/街道", "title": title}


def test_another_agency_whose_name_ends_with_this_ones_is_not_last_years():
    snaps = {"d/a23.txt": _snap("新示例镇人民政府", 2023), "d/a24.txt": _snap("示例镇人民政府", 2024)}
    assert pairs(snaps) == []
    snaps["d/b23.txt"] = _snap("示例县示例镇人民政府", 2023)
    assert pairs(snaps) == [("d/a24.txt", "d/b23.txt")]


@pytest.mark.parametrize("original, corrected, title", [
    ("d/a2023.txt", "d/a2023（更正版）.txt", ""),
    ("d/a2023.txt", "d/a2023b.txt", "示例镇人民政府2023年政府信息公开工作年度报告（修订稿）"),
])
def test_a_corrected_version_beside_the_original_is_last_years(original, corrected, title):
    snaps = {original: _snap("示例镇人民政府", 2023, "示例镇人民政府2023年政府信息公开工作年度报告"),
             corrected: _snap("示例镇人民政府", 2023, title or "示例镇人民政府2023年政府信息公开工作年度报告"),
             "d/a2024.txt": _snap("示例镇人民政府", 2024)}
    assert pairs(snaps) == [("d/a2024.txt", corrected)]


def test_two_unmarked_versions_pair_with_neither():
    snaps = {"d/x.txt": _snap("示例镇人民政府", 2023), "d/y.txt": _snap("示例镇人民政府", 2023),
             "d/a2024.txt": _snap("示例镇人民政府", 2024)}
    assert pairs(snaps) == []
    # two corrected versions: which is the last is not said either
    snaps = {"d/x（更正）.txt": _snap("示例镇人民政府", 2023), "d/y（修订）.txt": _snap("示例镇人民政府", 2023),
             "d/a2024.txt": _snap("示例镇人民政府", 2024)}
    assert pairs(snaps) == []


def test_one_report_in_two_formats_is_one_report():
    snaps = {"d/a2023.pdf": _snap("示例镇人民政府", 2023), "d/a2023.docx": _snap("示例镇人民政府", 2023),
             "d/a2024.txt": _snap("示例镇人民政府", 2024)}
    assert pairs(snaps) == [("d/a2024.txt", "d/a2023.docx")]
    # the same name in two folders is two reports
    snaps = {"d/a2023.pdf": _snap("示例镇人民政府", 2023), "e/a2023.docx": _snap("示例镇人民政府", 2023),
             "d/a2024.txt": _snap("示例镇人民政府", 2024)}
    assert pairs(snaps) == []


def test_one_report_copied_into_two_folders_is_one_report():
    """The same figures in every table (``figures``, the snapshot's digest of them): one report, whatever
    its copies' names and folders (a supervisor's folder of the .docx files beside a folder of their PDFs,
    voices57a); the text-bearing copy is read."""
    snaps = {"pdf/a2023.pdf": {**_snap("示例镇人民政府", 2023), "figures": "f1"},
             "docx/示例镇2023.docx": {**_snap("示例镇人民政府", 2023), "figures": "f1"},
             "d/a2024.txt": _snap("示例镇人民政府", 2024)}
    assert pairs(snaps) == [("d/a2024.txt", "docx/示例镇2023.docx")]
    snaps["pdf/a2023.pdf"]["figures"] = "f2"  # (other figures: two reports, which is last year's is not said)
    assert pairs(snaps) == []
    snaps["pdf/a2023.pdf"]["figures"] = None  # (too few figures read to tell)
    assert pairs(snaps) == []


def test_a_copy_of_last_years_report_in_the_folder_is_compared(capsys, tmp_path):
    (tmp_path / "示例镇_2023.txt").write_text(T23, "utf-8")
    (tmp_path / "copies").mkdir()
    (tmp_path / "copies" / "示例镇2023年报告.txt").write_text(T23, "utf-8")
    (tmp_path / "示例镇_2024.txt").write_text(T24, "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X801")
    assert out.splitlines()[:-1] == _x801(tmp_path / "示例镇_2024.txt", tmp_path / "copies" / "示例镇2023年报告.txt")


def test_a_corrected_version_in_the_folder_is_compared(capsys, tmp_path):
    (tmp_path / "示例镇_2023.txt").write_text(T23, "utf-8")
    corrected = tmp_path / "示例镇_2023（更正版）.txt"
    corrected.write_text(T23.replace("示例镇人民政府2023年政府信息公开工作年度报告",
                                     "示例镇人民政府2023年政府信息公开工作年度报告（更正版）"), "utf-8")
    (tmp_path / "示例镇_2024.txt").write_text(T24, "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X801")
    assert out.splitlines()[:-1] == _x801(tmp_path / "示例镇_2024.txt", corrected)


def test_a_corrected_version_in_the_store_is_compared(capsys, tmp_path):
    db = tmp_path / "r.sqlite"
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    (old / "a.txt").write_text(T23, "utf-8")
    (old / "b.txt").write_text(T23.replace("示例镇人民政府2023年政府信息公开工作年度报告",
                                           "示例镇人民政府2023年政府信息公开工作年度报告（更正）"), "utf-8")
    _check(capsys, old, "--db", db)
    (new / "c.txt").write_text(T24, "utf-8")
    code, out, err = _check(capsys, new / "c.txt", "--db", db, "--select", "X801")
    assert out.splitlines()[:-1] == _x801(new / "c.txt", old / "b.txt")


def test_a_governments_office_publishing_its_report_pairs_with_the_governments(capsys, tmp_path):
    """示例县人民政府办公室关于示例县人民政府2024年…: the county government's report, as last year's was."""
    (tmp_path / "a.txt").write_text(T23.replace("示例镇人民政府2023年", "示例县人民政府2023年"), "utf-8")
    (tmp_path / "b.txt").write_text(T24.replace("示例镇人民政府2024年", "示例县人民政府办公室关于示例县人民政府2024年"), "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X801")
    assert out.splitlines()[:-1] == _x801(tmp_path / "b.txt", tmp_path / "a.txt")


def test_reports_of_two_agencies_sharing_most_of_the_name_do_not_pair(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(T23.replace("示例镇人民政府2023年", "示例县教育体育局2023年"), "utf-8")
    (tmp_path / "b.txt").write_text(T24.replace("示例镇人民政府2024年", "示例县教育局2024年"), "utf-8")
    (tmp_path / "c.txt").write_text(T24.replace("示例镇人民政府2024年", "新示例镇人民政府2024年"), "utf-8")
    (tmp_path / "d.txt").write_text(T23, "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X")
    assert (code, out) == (0, "全部检查通过（4 个文件）。\n")


RENAMED = "本报告所列数据的统计期限"  # (the 2024 report's preamble, before which the reform is said)


def _renamed(sentence):
    assert T24.count(RENAMED) == 1
    return T24.replace("示例镇人民政府2024年", "样例县农业农村局2024年").replace(RENAMED, sentence + RENAMED)


def test_an_agency_renamed_in_a_reform_pairs_with_its_former_names_report(capsys, tmp_path):
    """机构改革: 样例县农业局 became 样例县农业农村局, as this year's report says."""
    (tmp_path / "a.txt").write_text(T23.replace("示例镇人民政府2023年", "样例县农业局2023年"), "utf-8")
    (tmp_path / "b.txt").write_text(_renamed("机构改革后，原县农业局的政府信息公开工作由本局承担。"), "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X801")
    assert out.splitlines()[:-1] == _x801(tmp_path / "b.txt", tmp_path / "a.txt")


@pytest.mark.parametrize("sentence", [
    "",                                                          # the report does not say
    "2024年机构改革，原县农业局、县畜牧局整合组建本局。",              # a merger: neither alone is last year's
    "原县农业局局长调任本局。",                                      # no reform said
    "2024年3月，根据机构改革方案，原县农业局划入本局。",              # a body taken into the agency (voices57q)
])
def test_a_renamed_agency_is_not_paired_unless_its_report_says_so(capsys, tmp_path, sentence):
    (tmp_path / "a.txt").write_text(T23.replace("示例镇人民政府2023年", "样例县农业局2023年"), "utf-8")
    (tmp_path / "b.txt").write_text(_renamed(sentence), "utf-8")
    assert _check(capsys, tmp_path, "--select", "X")[:2] == (0, "全部检查通过（2 个文件）。\n")


def test_a_renamed_agency_pairs_with_last_years_report_in_the_store(capsys, tmp_path):
    db = tmp_path / "r.sqlite"
    (tmp_path / "a.txt").write_text(T23.replace("示例镇人民政府2023年", "样例县农业局2023年"), "utf-8")
    _check(capsys, tmp_path / "a.txt", "--db", db)
    (tmp_path / "b.txt").write_text(_renamed("本局由原样例县农业局更名组建。"), "utf-8")
    code, out, err = _check(capsys, tmp_path / "b.txt", "--db", db, "--select", "X801")
    assert out.splitlines()[:-1] == _x801(tmp_path / "b.txt", tmp_path / "a.txt")


def test_a_report_whose_title_kept_last_years_year_pairs_as_the_year_it_covers(capsys, tmp_path):
    """The 2024 report titled 2023 (copied), its period 2024 and dated 2025: it is last year's 2023
    report's successor (X801 against 2023), not a second 2023 report compared with 2022."""
    for y in ("2022", "2023"):
        (tmp_path / f"{y}.txt").write_text((MULTI / f"示例镇_{y}.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "2024.txt").write_text(T24.replace("示例镇人民政府2024年", "示例镇人民政府2023年"), "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X801")
    assert out.splitlines()[:-1] == _x801(tmp_path / "2024.txt", tmp_path / "2023.txt")
