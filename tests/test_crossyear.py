"""Pairing reports across years (pairing.py) and the cross-year rules on a directory, with
--previous, and against reports in the store (the rules' own cases: tests/rules/crossyear.toml)."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
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
    code, out, err = _check(capsys, "--lang", "en", this, this, "--previous", last)
    assert (code, out) == (2, "")
    assert err == "govlint: error: --previous FILE pairs one report with last year's: give exactly one PATH\n"
    code, out, err = _check(capsys, "--lang", "en", this, "--previous", tmp_path / "missing.txt")
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
    code, out, err = _check(capsys, "--lang", "en", MULTI / "defective", "--agency-map", tmp_path / "agencies.csv")
    assert (code, out) == (2, "")
    assert err == (f"govlint: error: --agency-map {tmp_path / 'agencies.csv'}:1: expected `old name,new name`, "
                   "got '示例镇人民政府'\n")
    code, out, err = _check(capsys, "--lang", "en", MULTI / "defective", "--agency-map", tmp_path / "missing.csv")
    assert (code, out) == (2, "")
    assert err == f"govlint: error: --agency-map {tmp_path / 'missing.csv'}: cannot read: No such file or directory\n"


def test_the_mapping_file_is_a_configuration_key_relative_to_its_file(capsys, tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(MULTI / "defective" / "示例镇_2023.txt", reports / "2023.txt")
    text = (MULTI / "defective" / "示例镇_2024.txt").read_text("utf-8")
    (reports / "2024.txt").write_text(text.replace("示例镇人民政府", "示范街道办事处"), "utf-8")
    conf = tmp_path / "conf"
    (conf / "maps").mkdir(parents=True)
    (conf / "maps" / "agencies.csv").write_text("示例镇人民政府,示范街道办事处\n", "utf-8")
    (conf / "govlint.toml").write_text('agency-map = "maps/agencies.csv"\nselect = ["X801"]\n', "utf-8")
    (conf / "pyproject.toml").write_text('[tool.govlint]\nagency-map = "maps/agencies.csv"\nselect = ["X801"]\n', "utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # (the path is the configuration file's, not the current folder's)
    first = f"{reports / '2024.txt'}:33:20: X801 [错误] 二、上年结转（自然人）为2，与上年报告 {reports / '2023.txt'} " \
            "的四、结转下年度继续办理（自然人）1不一致"
    for config in ("govlint.toml", "pyproject.toml"):
        assert main(["check", "--no-source", "--config", str(conf / config), str(reports)]) == 1
        out, err = capsys.readouterr()
        assert out.splitlines()[0] == first and err == ""
    # a configuration found from the current folder, as every other key
    monkeypatch.chdir(conf)
    assert main(["check", "--no-source", str(reports)]) == 1
    assert capsys.readouterr().out.splitlines()[0] == first
    # the option wins over the key
    (tmp_path / "none.csv").write_text("# nothing renamed\n", "utf-8")
    assert main(["check", "--no-source", str(reports), "--agency-map", str(tmp_path / "none.csv")]) == 0
    assert capsys.readouterr().out == "全部检查通过（2 个文件）。\n"
    # a mapping file that is not there names the configuration file and the key
    (conf / "govlint.toml").write_text('agency-map = "maps/missing.csv"\n', "utf-8")
    assert main(["check", "--lang", "en", "--no-source", str(reports)]) == 2
    assert capsys.readouterr() == ("", f"govlint: error: {conf / 'govlint.toml'}: agency-map "
                                       f"{conf / 'maps' / 'missing.csv'}: cannot read: No such file or directory\n")
    (conf / "govlint.toml").write_text("agency-map = 3\n", "utf-8")
    assert main(["check", "--lang", "en", "--no-source", str(reports)]) == 2
    assert capsys.readouterr() == ("", f"govlint: error: {conf / 'govlint.toml'}: agency-map must be the path of a "
                                       f"file (relative to this file)\n")


@pytest.fixture
def mixed(tmp_path):
    """示例镇 over three years (2024 carries the cross-year defects and lacks its statistics period)
    and 另一镇 of 2022 (no statistics period either)."""
    for f in (MULTI / "defective").iterdir():
        shutil.copy(f, tmp_path / f.name)
    p = tmp_path / "示例镇_2024.txt"
    p.write_text(p.read_text("utf-8").replace("本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。", ""), "utf-8")
    other = (MULTI / "consistent" / "示例镇_2022.txt").read_text("utf-8").replace("示例镇人民政府", "另一镇人民政府")
    (tmp_path / "另一镇_2022.txt").write_text(
        other.replace("本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。", ""), "utf-8")
    return [tmp_path / n for n in ("示例镇_2024.txt", "另一镇_2022.txt", "示例镇_2023.txt", "示例镇_2022.txt")]


def test_cross_year_findings_print_with_their_file_in_input_order(mixed, capsys, tmp_path):
    """The cross-year findings are computed once every file is read, but each file's text is held
    until then: they print among the file's own findings, by line, and the files in input order."""
    p24, other, p23, _ = mixed
    period = "P701 [警告] 未说明统计期限（如“本报告所列数据的统计期限自20××年1月1日起至20××年12月31日止”）"
    expected = [
        f"{p24}:5:1: {period}",
        f"{p24}:17:19: X802 [警告] 行政规范性文件现行有效件数为15，按上年报告 {p23} 的12件加本年制发3件、减本年废止1件，应为14",
        f"{p24}:33:20: X801 [错误] 二、上年结转（自然人）为2，与上年报告 {p23} 的四、结转下年度继续办理（自然人）1不一致",
        f"{p24}:33:44: X801 [错误] 二、上年结转（总计）为2，与上年报告 {p23} 的四、结转下年度继续办理（总计）1不一致",
        f"{p24}:63:1: X803 [警告] “五、存在的主要问题及改进情况”与上年报告 {p23} 的同一部分相似度为100%；最长的相同段落"
        "共50字，在本报告第63行第1列、上年报告第63行第1列",
        f"{other}:5:1: {period}",
        "    2\tP701\tperiod",
        "    2\tX801\tcarry-over-mismatch",
        "    1\tX802\tin-force-continuity",
        "    1\tX803\tcopied-section",
        "共发现 6 个问题（错误 2，警告 4，提示 0），检查了 4 个文件。",
    ]
    code, out, err = _check(capsys, *mixed, "--statistics")
    assert (code, out.splitlines(), err) == (1, expected, "")
    # from a store, the second run (nothing read) prints the same, in the same order
    db = tmp_path / "results.sqlite"
    assert _check(capsys, *mixed, "--statistics", "--db", db)[:2] == (1, out)
    assert _check(capsys, *mixed, "--statistics", "--db", db)[:2] == (1, out)
    # with the source lines, each finding keeps its own under it
    assert main(["check", "--isolated", *map(str, mixed)]) == 1
    lines = capsys.readouterr().out.splitlines()
    i = lines.index(expected[2])
    assert lines[i + 1:i + 4] == ["   |", "33 | 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
                                  "   |                                    ^"]
    assert lines[i - 4] == expected[1]


def test_cross_year_findings_are_in_their_file_in_json_and_sarif(mixed, capsys):
    code, out, _ = _check(capsys, *mixed, "--format", "json")
    found = [(Path(f["path"]).name, f["code"], f["line"]) for f in json.loads(out)["findings"]]
    assert found == [("示例镇_2024.txt", "P701", 5), ("示例镇_2024.txt", "X802", 17), ("示例镇_2024.txt", "X801", 33),
                     ("示例镇_2024.txt", "X801", 33), ("示例镇_2024.txt", "X803", 63), ("另一镇_2022.txt", "P701", 5)]
    code, out, _ = _check(capsys, *mixed, "--format", "sarif")
    results = json.loads(out)["runs"][0]["results"]
    from urllib.parse import unquote
    assert [(Path(unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])).name, r["ruleId"])
            for r in results] == [(n, c) for n, c, _ in found]


SLOW_PLUGIN = '''
import os, time
from govlint.plugin import Rule, hookimpl


class Slow(Rule):
    code = "Z990"
    name = "slow"
    summary = summary_en = "takes its time on a report whose name says so"

    def check(self, ctx):
        if "slow" in os.path.basename(ctx.bound.report.path):
            open(os.environ["GOVLINT_TEST_MARK"], "w").close()
            time.sleep(120)
        return ()


@hookimpl
def govlint_rules():
    return [Slow]
'''


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_run_prints_the_text_it_held(mixed, tmp_path, sig):
    """Ctrl-C (or SIGTERM) while the text is held for the cross-year findings: the files that were
    checked are printed, in input order, without cross-year findings (none are computed)."""
    p24, other, p23, p22 = mixed
    slow = tmp_path / "示例镇_slow.txt"
    shutil.copy(other, slow)
    (tmp_path / "slow.py").write_text(SLOW_PLUGIN, "utf-8")
    (tmp_path / "govlint.toml").write_text('plugins = ["slow.py"]\n', "utf-8")
    mark = tmp_path / "mark"
    proc = subprocess.Popen([sys.executable, "-m", "govlint", "check", "--config", str(tmp_path / "govlint.toml"),
                             "--no-source", "--jobs", "1", *map(str, mixed), str(slow)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "GOVLINT_TEST_MARK": str(mark)},
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not mark.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert mark.exists(), proc.communicate()
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    out, err = out.decode("utf-8"), err.decode("utf-8")
    assert proc.returncode == 2, err
    assert [line.split(":")[0] for line in out.splitlines()[:-1]] == [str(p24), str(other)]
    assert "X80" not in out and f"{p24}:5:1: P701" in out
    assert out.splitlines()[-1] == "共发现 2 个问题（错误 0，警告 2，提示 0），检查了 4 个文件。"
    assert "已中断：检查完 4/5 个文件" in err and "Traceback" not in err


def test_ctrl_c_while_the_pairs_are_checked_is_said(mixed, capsys, monkeypatch):
    """Ctrl-C once every file is read, while the pairs are compared: the held text is printed
    without cross-year findings, and the run says they may be missing (exit 2)."""
    from govlint.run.session import Session

    def stopped(self, results, lint_one):
        raise KeyboardInterrupt
    monkeypatch.setattr(Session, "after", stopped)
    p24, other, _, _ = mixed
    code, out, err = _check(capsys, *mixed)
    assert code == 2
    assert [line.split(":")[0] for line in out.splitlines()[:-1]] == [str(p24), str(other)]
    assert out.splitlines()[-1] == "共发现 2 个问题（错误 0，警告 2，提示 0），检查了 4 个文件。"
    assert err == "govlint: 错误：已中断：文件都已检查，但跨年度比对没有完成，输出可能缺少跨年度问题\n"
    code, out, err = _check(capsys, *mixed, "--format", "json", "--lang", "en")
    assert code == 2 and json.loads(out)["errors"][-1]["message"] == (
        "interrupted: every file was checked, but not every pair across years; the outputs may lack cross-year findings")


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


def test_reports_under_a_nested_configuration_pair_across_years(capsys, tmp_path, monkeypatch):
    """What a run keeps of each report (for pairing, for the store) is the run's, not a
    configuration's: reports under a sub-folder's govlint.toml pair as any others (they gave no
    snapshot, so no cross-year finding, and a store never kept them)."""
    sub = tmp_path / "sub"
    sub.mkdir()
    for f in (MULTI / "defective").iterdir():
        shutil.copy(f, sub / f.name)
    (sub / "govlint.toml").write_text('select = ["X801"]\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-source", "sub"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[1].split(" ")[0] for line in out[:-1]] == ["X801", "X801"]
    assert main(["check", "--no-source", "--db", str(tmp_path / "r.sqlite"), "sub"]) == 1
    assert capsys.readouterr().out.splitlines() == out
    import sqlite3
    with sqlite3.connect(tmp_path / "r.sqlite") as db:
        assert db.execute("select count(*) from reports").fetchone() == (3,)


def test_held_text_comes_back_whole_and_in_order():
    """The command line holds each file's text compressed until the cross-year findings are known
    (cli._Held): what comes back is what went in, in order, over several compressed chunks."""
    import random

    from govlint.cli import _Held

    rnd = random.Random(3)
    entries = []
    for i in range(3000):
        blocks = [((f"报告{i}.txt", n, 1, "V501", "表三行名" * rnd.randint(1, 30)),
                   "".join(chr(rnd.randint(0x4E00, 0x9FA5)) for _ in range(rnd.randint(0, 200))))
                  for n in range(rnd.randint(0, 4))]
        entries.append((f"错误 {i}\n" if i % 7 == 0 else "", blocks, [f"suppressed {i}"] if i % 11 == 0 else []))
    held = _Held()
    for e in entries:
        held.append(e)
    assert len(held) == 3000
    assert list(held) == entries
    assert not list(_Held())
