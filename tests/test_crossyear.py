"""Pairing reports across years (pairing.py) and the cross-year rules on a directory, with
--previous, and against reports in the store (the rules' own cases: tests/rules/crossyear.toml)."""
import json
import shutil
from pathlib import Path

import pytest

from govlint.cli import main
from govlint.store.pairing import normalise_agency, pairs, same_agency

MULTI = Path(__file__).parent / "fixtures" / "multiyear"


def _check(capsys, *args):
    code = main(["check", "--isolated", "--no-source", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("a, b, same", [
    ("示例镇人民政府", "示例镇政府", True),
    ("示例县示例镇人民政府", "示例镇人民政府", True),  # 全称 and 简称
    ("示例县 示例镇人民政府", "示例县示例镇政府", True),
    ("示例镇人民政府", "另一镇人民政府", False),
    ("示例县人民政府", "示例县人民政府办公室", False),
    ("", "示例镇人民政府", False),
])
def test_agency_names_are_compared_normalised(a, b, same):
    assert same_agency(a, b) is same
    assert same_agency(b, a) is same


def test_normalised_form():
    assert normalise_agency("示例县 示例镇人民政府（本级）") == "示例县示例镇政府"


def _snap(agency, year, level="乡镇/街道"):
    return {"agency": agency, "year": year, "level": level}


def test_pairs_by_agency_and_consecutive_year():
    snaps = {"a22": _snap("示例镇人民政府", 2022), "a23": _snap("示例镇政府", 2023),
             "a24": _snap("示例县示例镇人民政府", 2024), "b24": _snap("另一镇人民政府", 2024),
             "b22": _snap("另一镇人民政府", 2022), "c23": _snap("示例镇人民政府", 2023, "县级")}
    assert pairs(snaps) == [("a23", "a22"), ("a24", "a23")]


def test_two_candidates_the_name_cannot_tell_apart_pair_with_neither():
    snaps = {"x": _snap("甲县示例镇人民政府", 2023), "y": _snap("乙县示例镇人民政府", 2023),
             "z": _snap("示例镇人民政府", 2024)}
    assert pairs(snaps) == []
    snaps["w"] = _snap("示例镇人民政府", 2023)  # the exact name decides
    assert pairs(snaps) == [("z", "w")]


def test_a_directory_pairs_its_reports(capsys):
    code, out, err = _check(capsys, MULTI / "defective")
    p23, p24 = MULTI / "defective" / "示例镇_2023.txt", MULTI / "defective" / "示例镇_2024.txt"
    assert code == 1
    assert out.splitlines() == [
        f"{p24}:17:19: X802 [警告] 行政规范性文件现行有效件数为15，按上年报告 {p23} 的12件加本年制发3件、减本年废止1件，应为14",
        f"{p24}:33:20: X801 [错误] 二、上年结转（自然人）为2，与上年报告 {p23} 的四、结转下年度继续办理（自然人）1不一致",
        f"{p24}:33:44: X801 [错误] 二、上年结转（总计）为2，与上年报告 {p23} 的四、结转下年度继续办理（总计）1不一致",
        f"{p24}:63:1: X803 [警告] “五、存在的主要问题及改进情况”与上年报告 {p23} 的同一部分相似度为100%；"
        f"最长的相同段落共50字，在本报告第63行第1列、上年报告第63行第1列",
        "共发现 4 个问题（错误 2，警告 2，提示 0），检查了 3 个文件。"]
    assert _check(capsys, MULTI / "consistent")[:2] == (0, "全部检查通过（3 个文件）。\n")


def test_findings_name_last_years_file_and_cell(capsys):
    code, out, err = _check(capsys, MULTI / "defective", "--format", "json", "--select", "X801")
    first = json.loads(out)["findings"][0]
    assert first["path"].endswith("示例镇_2024.txt") and (first["line"], first["column"]) == (33, 20)
    p23 = str(MULTI / "defective" / "示例镇_2023.txt")
    rel = first["related"][0]
    assert rel["message"] == f"上年报告 {p23}：表三·四、结转下年度继续办理·自然人 = 1"
    assert (rel["line"], rel["column"]) == (56, 15)
    assert rel["location"]["row_key"] == "next"
    assert first["data"]["previous"] == p23


def test_previous_pairs_one_file_with_any_other(capsys, tmp_path):
    this = MULTI / "defective" / "示例镇_2024.txt"
    last = MULTI / "defective" / "示例镇_2023.txt"
    code, out, err = _check(capsys, this, "--previous", last, "--select", "X")
    assert code == 1 and [line.split(": ")[1][:4] for line in out.splitlines()[:-1]] == ["X802", "X801", "X801", "X803"]
    # one file alone: no pair, no cross-year finding
    assert _check(capsys, this, "--select", "X")[:2] == (0, "全部检查通过（1 个文件）。\n")
    code, out, err = _check(capsys, this, this, "--previous", last)
    assert (code, out) == (2, "")
    assert err == "govlint: error: --previous FILE pairs one report with last year's: give exactly one PATH\n"
    code, out, err = _check(capsys, this, "--previous", tmp_path / "missing.txt")
    assert (code, out, err) == (2, "", f"govlint: error: --previous {tmp_path / 'missing.txt'}: no such file\n")


def test_a_renamed_file_of_the_other_layout_still_pairs(capsys, tmp_path):
    """2022 is tab-separated, 2023 pipes; the pair is made from the facts, not the file names."""
    shutil.copy(MULTI / "defective" / "示例镇_2022.txt", tmp_path / "a.txt")
    text = (MULTI / "defective" / "示例镇_2023.txt").read_text("utf-8")
    (tmp_path / "b.txt").write_text(text.replace("行政规范性文件 | 3 | 1 | 12 |", "行政规范性文件 | 3 | 1 | 13 |")
                                    .replace("示例镇人民政府2023", "示例镇政府2023"), "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X")
    assert out.splitlines()[0] == (f"{tmp_path / 'b.txt'}:17:19: X802 [警告] 行政规范性文件现行有效件数为13，按上年报告 "
                                   f"{tmp_path / 'a.txt'} 的10件加本年制发3件、减本年废止1件，应为12")


def test_a_report_pairs_with_last_years_in_the_store(capsys, tmp_path):
    db = tmp_path / "r.sqlite"
    _check(capsys, MULTI / "defective" / "示例镇_2023.txt", "--db", db)
    code, out, err = _check(capsys, MULTI / "defective" / "示例镇_2024.txt", "--db", db, "--select", "X801")
    assert code == 1 and out.count("X801") == 2


def test_a_renamed_agency_pairs_through_the_mapping_file(capsys, tmp_path):
    shutil.copy(MULTI / "defective" / "示例镇_2023.txt", tmp_path / "2023.txt")
    text = (MULTI / "defective" / "示例镇_2024.txt").read_text("utf-8")
    (tmp_path / "2024.txt").write_text(text.replace("示例镇人民政府", "示范街道办事处"), "utf-8")
    assert _check(capsys, tmp_path, "--select", "X")[:2] == (0, "全部检查通过（2 个文件）。\n")
    (tmp_path / "agencies.csv").write_text("# old name,new name\n示例镇人民政府,示范街道办事处\n", "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X801", "--agency-map", tmp_path / "agencies.csv")
    assert code == 1
    assert out.splitlines()[0] == (f"{tmp_path / '2024.txt'}:33:20: X801 [错误] 二、上年结转（自然人）为2，与上年报告 "
                                   f"{tmp_path / '2023.txt'} 的四、结转下年度继续办理（自然人）1不一致")


def test_a_malformed_mapping_file_is_a_one_line_error(capsys, tmp_path):
    (tmp_path / "agencies.csv").write_text("示例镇人民政府\n", "utf-8")
    code, out, err = _check(capsys, MULTI / "defective", "--agency-map", tmp_path / "agencies.csv")
    assert (code, out) == (2, "")
    assert err == (f"govlint: error: --agency-map {tmp_path / 'agencies.csv'}:1: expected `old name,new name`, "
                   "got '示例镇人民政府'\n")
    code, out, err = _check(capsys, MULTI / "defective", "--agency-map", tmp_path / "missing.csv")
    assert (code, out) == (2, "")
    assert err == f"govlint: error: --agency-map {tmp_path / 'missing.csv'}: cannot read: No such file or directory\n"


def test_only_the_reports_that_pair_are_kept_for_pairing(tmp_path):
    """A report gives its facts alone while the run reads it (no cells kept, in memory or packed);
    the reports that pair are read again for their cells once every report is read, and the
    cross-year findings are the same as when every report kept its cells."""
    from govlint.binder.snapshot import FACTS_ONLY
    from govlint.config import Config
    from govlint.checks.registry import load
    from govlint.run.engine import Settings
    from govlint.run.runner import lint_one, run
    from govlint.run.session import Session

    for name in ("示例镇_2023.txt", "示例镇_2024.txt"):
        shutil.copy(MULTI / "defective" / name, tmp_path / name)
    other = (MULTI / "defective" / "示例镇_2024.txt").read_text("utf-8").replace("示例镇", "另一乡")
    (tmp_path / "另一乡_2024.txt").write_text(other, "utf-8")
    files = sorted(str(p) for p in tmp_path.iterdir())
    settings = Settings.make(Config(), load())
    session = Session(settings, files)
    assert settings.snapshot is FACTS_ONLY
    results = list(session.results(lambda todo: run(todo, settings, 1)))
    assert session.snaps == {}
    assert {session.facts[f]["agency"] for f in files} == {"示例镇人民政府", "另一乡人民政府"}
    read = []
    real_run = run

    def counting(paths, s, jobs):
        read.extend(paths)
        return real_run(paths, s, jobs)

    import govlint.run.runner as runner
    runner.run, saved = counting, runner.run
    try:
        extra = session.after(results, lint_one)
    finally:
        runner.run = saved
    assert sorted(read) == [str(tmp_path / "示例镇_2023.txt"), str(tmp_path / "示例镇_2024.txt")]
    assert settings.snapshot is FACTS_ONLY  # (set back after reading them again)
    [(i, found)] = extra
    assert results[i].path == str(tmp_path / "示例镇_2024.txt")
    assert sorted(d.code for d in found.diagnostics) == ["X801", "X801", "X802", "X803"]
