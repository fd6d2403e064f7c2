"""Suppressions ([[tool.govlint.suppress]]), baselines (--baseline, --write-baseline),
--show-suppressed, and what SARIF and JSON say about accepted findings."""
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from govlint.cli import main
from govlint.diagnostics import Location
from govlint.diagnostics.triage import location_matches

from test_sarif import _multitool, validate
from test_sarif_consumers import _multitool_clean

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
BAD = (CLEAN.replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
       .replace("本年度未收取信息处理费。", "无"))
ARGS = ["check", "--no-plugins", "-j", "1", "--no-source"]


def run(capsys, *args):
    status = main([*ARGS, *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_location_patterns():
    cell = Location("三、收到和处理政府信息公开申请情况", "表三", "（一）予以公开", "总计", "open", "total")
    for pattern in ("表三", "表三/（一）予以公开", "表三/open/total", "表三/*/总计", "三、收到和处理政府信息公开申请情况",
                    "收到和处理政府信息公开申请情况/表三/open", ""):
        assert location_matches(pattern, cell), pattern
    for pattern in ("表二", "表三/（二）部分公开", "表三/open/natural", "表三/open/total/x", "四、行政复议"):
        assert not location_matches(pattern, cell), pattern
    assert location_matches("六、其他需要报告的事项", Location(section="六、其他需要报告的事项"))
    assert not location_matches("表三", Location(section="六、其他需要报告的事项"))


def test_suppress_entries_by_code_path_and_location(work, capsys):
    (work / "a.txt").write_text(BAD, encoding="utf-8")
    (work / "b.txt").write_text(BAD, encoding="utf-8")
    (work / "govlint.toml").write_text(
        '[[suppress]]\ncode = "F4"\npath = "a.*"\nreason = "本镇未收取信息处理费，已在政府网站说明"\n\n'
        '[[suppress]]\ncode = "A303"\nlocation = "表三/（一）予以公开"\nreason = "上级已核实"\n', encoding="utf-8")
    status, out, err = run(capsys, "a.txt", "b.txt")
    assert (status, err) == (1, "")
    assert [line.split(": ")[1].split(" ")[0] for line in out.splitlines() if line.startswith(("a.txt", "b.txt"))] == [
        "A302", "A302", "F401"]
    assert "b.txt:68:1: F401" in out
    assert out.splitlines()[-1] == "另有 3 个问题已抑制（--show-suppressed 可列出）。"
    status, out, _ = run(capsys, "a.txt", "--show-suppressed")
    assert status == 1
    assert "a.txt:35:31: A303 [已抑制] 表三“（一）予以公开”行勾稽关系不成立" in out
    assert out.splitlines()[1].endswith("（理由：上级已核实）")  # after the findings shown
    assert "a.txt:68:1: F401 [已抑制] " in out and "（理由：本镇未收取信息处理费，已在政府网站说明）" in out
    assert out.splitlines()[-1] == "另有 2 个问题已抑制。"

    status, out, _ = run(capsys, "a.txt", "--format", "json")
    doc = json.loads(out)
    assert [f["code"] for f in doc["findings"]] == ["A302"]
    assert [(f["code"], f["suppression"]) for f in doc["suppressed"]] == [
        ("A303", {"kind": "config", "reason": "上级已核实", "source": "govlint.toml"}),
        ("F401", {"kind": "config", "reason": "本镇未收取信息处理费，已在政府网站说明", "source": "govlint.toml"})]
    assert doc["summary"]["findings"] == 1 and doc["summary"]["suppressed"] == 2

    status, out, _ = run(capsys, "a.txt", "--format", "sarif")
    sarif = validate(json.loads(out))
    results = sarif["runs"][0]["results"]
    assert [(r["ruleId"], [s["justification"] for s in r.get("suppressions", [])]) for r in results] == [
        ("A303", ["上级已核实"]), ("A302", []), ("F401", ["本镇未收取信息处理费，已在政府网站说明"])]
    assert results[0]["suppressions"] == [{"kind": "external", "status": "accepted", "justification": "上级已核实",
                                           "properties": {"by": "config", "source": "govlint.toml"}}]


def test_everything_suppressed_exits_0(work, capsys):
    (work / "r.txt").write_text(BAD, encoding="utf-8")
    (work / "pyproject.toml").write_text('[tool.govlint]\n[[tool.govlint.suppress]]\ncode = "A"\nreason = "已知"\n'
                                         '[[tool.govlint.suppress]]\ncode = "F401"\nreason = "已知"\n', encoding="utf-8")
    status, out, _ = run(capsys, "r.txt", "--lang", "en")
    assert status == 0
    assert out.splitlines() == ["All checks passed (1 file).",
                                "3 suppressed findings not shown (--show-suppressed lists them)."]


@pytest.mark.parametrize("entry, message", [
    ('code = "A303"', "suppress entry 1: reason is required (say why the finding is accepted)"),
    ('code = "A303"\nreason = "  "', "suppress entry 1: reason is required"),
    ('reason = "x"', "suppress entry 1: code is required"),
    ('code = "A303"\nreason = "x"\nline = 3', "suppress entry 1: unknown key line (known: code, location, path, reason)"),
    ('code = "Z999"\nreason = "x"', "suppress: unknown rule code or prefix 'Z999'"),
    ('code = "A303"\nreason = "x"\npath = 3', "suppress entry 1: path must be a string"),
])
def test_bad_suppress_entries_are_one_line_errors(work, capsys, entry, message):
    (work / "r.txt").write_text(BAD, encoding="utf-8")
    (work / "govlint.toml").write_text(f"[[suppress]]\n{entry}\n", encoding="utf-8")
    status = main(["check", "-j", "1", "r.txt"])
    out, err = capsys.readouterr()
    assert status == 2
    assert len(err.splitlines()) == 1 and message in err, err
    assert err.startswith("govlint: error: ")


# -- baselines ----------------------------------------------------------------------------

def test_baseline_accepts_last_years_findings_across_line_shifts(work, capsys):
    (work / "reports").mkdir()
    report = work / "reports" / "r.txt"
    report.write_text(BAD, encoding="utf-8")
    status, out, err = run(capsys, "reports", "--write-baseline", "baseline.json")
    assert status == 0
    assert err == "govlint: 已将 3 个问题写入基线 baseline.json\n"
    assert "共发现 3 个问题" in out  # the run still reports what it found
    data = json.loads((work / "baseline.json").read_text("utf-8"))
    assert data["version"] == 1 and data["tool"] == "govlint"
    assert [(f["path"], f["code"], f["line"]) for f in data["findings"]] == [
        ("reports/r.txt", "A303", 35), ("reports/r.txt", "A302", 56), ("reports/r.txt", "F401", 68)]

    # next year: two lines inserted above every finding, a number elsewhere changed the A302 message, one new defect
    moved = ("说明：本报告依据条例编制。\n补充说明。\n" + BAD).replace("2025年1月20日", "2025年3月2日")
    moved = moved.replace("（二）部分公开\t1\t0\t0\t0\t0\t0\t1", "（二）部分公开\t2\t0\t0\t0\t0\t0\t2")
    report.write_text(moved, encoding="utf-8")
    status, out, _ = run(capsys, "reports", "--baseline", "baseline.json", "--show-suppressed")
    assert status == 1
    lines = out.splitlines()
    reported = [line for line in lines if "[已抑制]" not in line and line.startswith("reports")]
    assert [line.split(" ")[1] for line in reported] == ["P702"]
    suppressed = [line for line in lines if "[已抑制]" in line]
    assert [line.split(" ")[1] for line in suppressed] == ["A303", "A302", "F401"]
    assert suppressed[0].startswith("reports/r.txt:37:31: A303 [已抑制]")
    assert suppressed[0].endswith("（理由：已列入基线 baseline.json）")

    # from another directory, the same baseline (its paths are relative to itself)
    (work / "elsewhere").mkdir()
    status = main([*ARGS, "--baseline", str(work / "baseline.json"), str(report)])
    out, _ = capsys.readouterr()
    assert status == 1 and "P702" in out and "A303" not in out


def test_baseline_counts_identical_findings(work, capsys):
    """Two equal findings in the baseline accept two, not three."""
    (work / "r.txt").write_text(BAD, encoding="utf-8")
    _, _, err = run(capsys, "r.txt", "--write-baseline", "b.json", "--lang", "en")
    assert err == "govlint: wrote 3 findings to the baseline b.json\n"
    doc = json.loads((work / "b.json").read_text("utf-8"))
    doc["findings"] = [f for f in doc["findings"] if f["code"] != "F401"]
    (work / "b.json").write_text(json.dumps(doc), encoding="utf-8")
    status, out, _ = run(capsys, "r.txt", "--baseline", "b.json", "--format", "json")
    result = json.loads(out)
    assert status == 1
    assert [f["code"] for f in result["findings"]] == ["F401"]
    assert [f["suppression"]["kind"] for f in result["suppressed"]] == ["baseline", "baseline"]


@pytest.mark.parametrize("content, message", [
    (None, "--baseline b.json: cannot read: No such file or directory"),
    ("{", "--baseline b.json: not a govlint baseline (invalid JSON"),
    ('{"findings": []}', "--baseline b.json: not a govlint baseline (write one with --write-baseline)"),
    ('{"tool": "govlint", "version": 9, "findings": []}', "baseline version 9 is not supported"),
])
def test_bad_baselines_are_one_line_errors(work, capsys, content, message):
    (work / "r.txt").write_text(BAD, encoding="utf-8")
    if content is not None:
        (work / "b.json").write_text(content, encoding="utf-8")
    status, out, err = run(capsys, "r.txt", "--baseline", "b.json")
    assert status == 2
    assert len(err.splitlines()) == 1 and message in err, err


def test_baseline_written_atomically_over_an_old_one(work, capsys):
    (work / "r.txt").write_text(BAD, encoding="utf-8")
    (work / "b.json").write_text("old", encoding="utf-8")
    run(capsys, "r.txt", "--write-baseline", "b.json")
    assert json.loads((work / "b.json").read_text("utf-8"))["findings"]
    assert sorted(p.name for p in work.iterdir()) == ["b.json", "r.txt"]  # no temporary file left


# -- the consumers of suppressed findings -----------------------------------------------------

def _suppressed_sarif(work, capsys):
    (work / "r.txt").write_text(BAD, encoding="utf-8")
    (work / "govlint.toml").write_text('[[suppress]]\ncode = "F401"\nreason = "已在网站说明 [2025]"\n', encoding="utf-8")
    status = main(["check", "-j", "1", "--format", "sarif", "-o", "s.sarif", "r.txt"])
    capsys.readouterr()
    assert status == 1
    return work / "s.sarif"


@pytest.mark.skipif(_multitool() is None, reason="the SARIF multitool is not installed")
@pytest.mark.parametrize("kind", ["Sarif", "Gh"])
def test_multitool_is_clean_with_suppressions(work, capsys, kind):
    _multitool_clean(_suppressed_sarif(work, capsys), kind)


def test_sarif_tools_counts_suppressed_results_as_results(work, capsys):
    """sarif-tools does not read `suppressions`: it counts govlint's findings and the suppressed ones."""
    loader = pytest.importorskip("sarif.loader", reason="sarif-tools (the test extra) is not installed")
    path = _suppressed_sarif(work, capsys)
    main(["check", "-j", "1", "--format", "json", "r.txt"])
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert (summary["findings"], summary["suppressed"]) == (2, 1)
    assert loader.load_sarif_file(str(path)).get_result_count() == 3


# -- stdin ----------------------------------------------------------------------------------

def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_with_a_name(work, capsys, monkeypatch):
    _stdin(monkeypatch, BAD.encode("utf-8"))
    status, out, err = run(capsys, "--isolated", "-", "--stdin-filename", "报告/示例镇.txt")
    assert (status, err) == (1, "")
    assert out.splitlines()[0].startswith("报告/示例镇.txt:35:31: A303 [错误] ")


def test_stdin_takes_the_reader_its_name_says(work, capsys, monkeypatch):
    sys.path.insert(0, str(FIXTURES / "generators"))
    import report_formats as rf
    rf.write_docx(rf.blocks(BAD), work / "r.docx")
    _stdin(monkeypatch, (work / "r.docx").read_bytes())
    status, out, _ = run(capsys, "--isolated", "-", "--stdin-filename", "r.docx", "--format", "json")
    doc = json.loads(out)
    assert status == 1
    assert doc["files"] == [{"path": "r.docx", "kind": "docx", "findings": 3, "errors": 0}]


def test_stdin_that_is_no_report_is_a_read_error(work, capsys, monkeypatch):
    _stdin(monkeypatch, "会议记录\n今天天气很好。\n".encode("utf-8"))
    status, out, err = run(capsys, "--isolated", "-")
    assert status == 2
    assert err.startswith("stdin.txt: error: this does not look like a 政府信息公开工作年度报告")  # errors on stderr
    assert out == "1 个文件中 1 个无法检查。\n"


@pytest.mark.parametrize("args, message", [
    (["-", "r.txt"], "-: read from stdin alone (give no other PATH with -)"),
    (["r.txt", "--stdin-filename", "x.txt"], "--stdin-filename names the report read from stdin: give - as the PATH"),
])
def test_stdin_mistakes(work, capsys, args, message):
    (work / "r.txt").write_text(BAD, encoding="utf-8")
    status, out, err = run(capsys, "--isolated", *args)
    assert status == 2
    assert err == f"govlint: error: {message}\n"


def test_stdin_through_a_pipe(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "govlint", "check", "--isolated", "--no-source", "-",
                           "--stdin-filename", "r.txt"], input=BAD.encode("utf-8"), capture_output=True, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.decode("utf-8").splitlines()[2].startswith("r.txt:68:1: F401 [错误] ")
