"""SARIF 2.1.0 output: schema-valid, UTF-16 regions, stable fingerprints, tool errors as
notifications, byte-identical across runs, and (when it is installed) clean under the Microsoft
SARIF multitool for both its SARIF and its GitHub rules."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from govlint import __version__
from govlint.syntax.ast import Span
from govlint.cli import main
from govlint.diagnostics import Diagnostic, FileResult, Location, Related, ToolError
from govlint.outputs import OutputContext
from govlint.outputs.sarif import fingerprint_basis, format_results, line_hashes, pascal_case, utf16_column
from govlint.outputs.ruledocs import rule_url
from govlint.checks.registry import load

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
SCHEMA = json.loads((HERE / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
ALL_CODES = ["S100", "S101", "S102", "S103", "S104", "S105", "S106", "S107", "S108", "C200", "C201", "C202", "C203", "C204", "C205", "C206",
             "C207", "C208", "A301", "A302", "A303", "A304", "A305", "F401", "F402", "V501", "V502", "V503", "N601", "N602", "P701", "P702",
             "X801", "X802", "X803", "X804", "X805"]
CHECK_SCRIPT = HERE.parent / ".ci" / "sarif_multitool_check.py"


def validate(doc: dict) -> dict:
    """Every SARIF these tests produce goes through the official 2.1.0 schema."""
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(doc)
    return doc


def clean_text() -> str:
    return (FIXTURES / "tabs_2024.txt").read_text("utf-8")


def sarif_of(capsys, *args):
    """Run ``govlint check --format sarif`` in this process; (exit status, SARIF log)."""
    status = main(["check", "--isolated", "--no-plugins", "-j", "1", "--format", "sarif", *args])
    out, err = capsys.readouterr()
    return status, validate(json.loads(out))


def results_by_code(doc):
    out = {}
    for r in doc["runs"][0]["results"]:
        out.setdefault(r["ruleId"], []).append(r)
    return out


# -- small pieces ---------------------------------------------------------------------------

def test_pascal_case_names_differ_from_ids():
    assert pascal_case("section-missing") == "SectionMissing"
    assert pascal_case("review-litigation-total") == "ReviewLitigationTotal"
    assert pascal_case("late") == "Late"


def test_utf16_column_counts_astral_characters_twice():
    line = "（二）😀𠀀。收到"
    assert utf16_column(line, 1) == 1
    assert utf16_column(line, 4) == 4  # after three BMP characters, before 😀
    assert utf16_column(line, 5) == 6  # after 😀 (U+1F600, two UTF-16 units)
    assert utf16_column(line, 6) == 8  # after 𠀀 (U+20000)
    assert utf16_column(line, 9) == 11  # the end of the line (exclusive)
    assert utf16_column(line, 12) == 14  # past the end: the excess is kept


# -- the document ---------------------------------------------------------------------------

def test_driver_lists_every_enabled_rule_in_code_order(work, capsys):
    (work / "r.txt").write_text(clean_text(), encoding="utf-8")
    status, doc = sarif_of(capsys, "r.txt")
    assert status == 0
    assert doc["version"] == "2.1.0"
    assert doc["$schema"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    assert len(doc["runs"]) == 1
    run = doc["runs"][0]
    assert run["results"] == []
    assert run["columnKind"] == "utf16CodeUnits"
    assert run["language"] == "zh-CN"
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": work.resolve().as_uri() + "/"}}
    assert run["invocations"] == [{"executionSuccessful": True}]
    assert run["automationDetails"] == {"id": "govlint/"}
    driver = run["tool"]["driver"]
    assert driver["name"] == "govlint"
    assert driver["version"] == driver["semanticVersion"] == __version__
    assert driver["informationUri"] == "https://pypi.org/project/govlint/"
    assert [r["id"] for r in driver["rules"]] == ALL_CODES
    registry = load(builtins_only=True)
    for desc in driver["rules"]:
        rule = registry.rules[desc["id"]]
        assert desc["name"] == pascal_case(rule.name) != desc["id"]
        assert desc["shortDescription"] == {"text": rule.summary + "。"}
        assert desc["fullDescription"]["text"].startswith(rule.what.strip()[:20])
        assert desc["help"]["markdown"] == rule.docs("zh")
        assert "#" not in desc["help"]["text"]
        assert desc["defaultConfiguration"] == {"level": rule.severity}
        assert desc["properties"] == {"tags": [rule.family()]}
        assert desc["helpUri"] == rule_url(rule.code)
        assert desc["fullDescription"]["markdown"].endswith(f"[规则说明: {rule.code}]({rule_url(rule.code)})")
    a303 = driver["rules"][ALL_CODES.index("A303")]
    assert a303["name"] == "RowTotal"
    assert a303["shortDescription"] == {"text": "表三某行：总计 ≠ 六类申请人之和。"}
    assert a303["properties"] == {"tags": ["arithmetic"]}


def test_plugin_rules_are_described_like_builtin_ones():
    from govlint.checks.rule import Rule

    class SignatureMissing(Rule):
        code = "X901"
        name = "signature-missing"
        severity = "note"
        summary = "报告末尾没有落款"
        summary_en = "The report is not signed"
        what = "检查报告末尾是否有机关名称和日期。"
        plugin = "org-rules"

    span = Span(70, 1, 70, 8, 0, 7)
    d = Diagnostic("X901", "note", "报告末尾没有落款", "r.txt", span, rule="signature-missing")
    ctx = OutputContext(rules=[SignatureMissing], tool_version="0.1.0")
    doc = validate(json.loads(format_results([FileResult("r.txt", (d,), lines={70: "示例镇人民政府"})], ctx,
                                             base="/srv")))
    run = doc["runs"][0]
    assert run["tool"]["driver"]["rules"] == [{
        "id": "X901", "name": "SignatureMissing",
        "shortDescription": {"text": "报告末尾没有落款。"},
        "fullDescription": {"text": "检查报告末尾是否有机关名称和日期。",
                            "markdown": f"检查报告末尾是否有机关名称和日期。\n\n[规则说明: X901]({rule_url('X901')})"},
        "helpUri": rule_url("X901"),
        "help": {"text": "X901 signature-missing\n\n报告末尾没有落款\n\n检查内容\n\n检查报告末尾是否有机关名称和日期。\n",
                 "markdown": "# X901 signature-missing\n\n报告末尾没有落款\n\n## 检查内容\n\n检查报告末尾是否有机关名称和日期。\n"},
        "defaultConfiguration": {"level": "note"},
        "properties": {"tags": ["x"]}}]
    [result] = run["results"]
    assert (result["ruleId"], result["ruleIndex"], result["level"]) == ("X901", 0, "note")
    assert result["message"] == {"text": "报告末尾没有落款。"}
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 70, "startColumn": 1, "endLine": 70, "endColumn": 8, "snippet": {"text": "示例镇人民政府"}}
    assert "contextRegion" not in result["locations"][0]["physicalLocation"]  # the region is the whole line


def test_selected_rules_only_and_english(work, capsys):
    (work / "r.txt").write_text(clean_text().replace("本年度未收取信息处理费。", "无"), encoding="utf-8")
    status, doc = sarif_of(capsys, "r.txt", "--select", "F,S101", "--lang", "en")
    assert status == 1
    run = doc["runs"][0]
    assert run["language"] == "en-US"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["S101", "F401", "F402"]
    assert run["tool"]["driver"]["rules"][1]["shortDescription"] == {
        "text": "Section 六 does not state whether 信息处理费 was collected."}
    [result] = run["results"]
    assert result["ruleId"] == "F401" and result["ruleIndex"] == 1
    assert result["message"]["text"].endswith(".")


def test_result_region_is_in_utf16_code_units(work, capsys):
    """A finding after an emoji (U+1F600) and a CJK Extension B character (U+20000) on its line."""
    text = clean_text().replace("（二）依申请公开。本年度共收到政府信息公开申请13件",
                                "（二）依申请公开😀𠀀。本年度共收到政府信息公开申请15件")
    (work / "r.txt").write_text(text, encoding="utf-8")
    status, doc = sarif_of(capsys, "r.txt", "--select", "N601")
    assert status == 1
    [result] = doc["runs"][0]["results"]
    assert result["ruleId"] == "N601"
    assert result["level"] == "error"
    assert result["ruleIndex"] == 0
    [loc] = result["locations"]
    phys = loc["physicalLocation"]
    assert phys["artifactLocation"] == {"uri": "r.txt", "uriBaseId": "%SRCROOT%"}
    # code points: columns 16 to 29; UTF-16: two more for each of the two astral characters
    assert phys["region"] == {"startLine": 8, "startColumn": 18, "endLine": 8, "endColumn": 31,
                              "snippet": {"text": "收到政府信息公开申请15件"}}
    assert phys["contextRegion"] == {
        "startLine": 8, "endLine": 8,
        "snippet": {"text": "（二）依申请公开😀𠀀。本年度共收到政府信息公开申请15件，均在法定期限内答复。"}}
    line = phys["contextRegion"]["snippet"]["text"]
    units = line.encode("utf-16-le")
    start, end = phys["region"]["startColumn"], phys["region"]["endColumn"]
    assert units[(start - 1) * 2:(end - 1) * 2].decode("utf-16-le") == "收到政府信息公开申请15件"
    assert loc["logicalLocations"] == [{
        "name": "总计", "kind": "member", "fullyQualifiedName": "表三/一、本年新收政府信息公开申请数量/总计",
        "properties": {"section": "三、收到和处理政府信息公开申请情况", "rowKey": "new", "columnKey": "total"}}]
    assert result["message"]["text"].endswith("。")
    [related] = result["relatedLocations"]
    assert related["id"] == 1
    assert related["physicalLocation"]["region"] == {"startLine": 33, "startColumn": 31, "endLine": 33,
                                                     "endColumn": 33, "snippet": {"text": "13"}}


def test_arithmetic_finding_has_logical_and_related_locations(work, capsys):
    text = clean_text().replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
    (work / "r.txt").write_text(text, encoding="utf-8")
    status, doc = sarif_of(capsys, "r.txt", "--select", "A303")
    assert status == 1
    [result] = doc["runs"][0]["results"]
    assert result["message"]["text"] == (
        "表三“（一）予以公开”行勾稽关系不成立：总计 = 6，而 自然人(4) + 商业企业(1) + 科研机构(0) + 社会公益组织(0) + "
        "法律服务机构(0) + 其他(0) = 5，相差 1（应满足：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + "
        "法律服务机构 + 其他）。相关位置：[总计 = 6](1)，[自然人 = 4](2)，[商业企业 = 1](3)，[科研机构 = 0](4)，"
        "[社会公益组织 = 0](5)，[法律服务机构 = 0](6)，[其他 = 0](7)。")
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 35, "startColumn": 31, "endLine": 35, "endColumn": 32, "snippet": {"text": "6"}}
    [logical] = result["locations"][0]["logicalLocations"]
    assert logical["fullyQualifiedName"] == "表三/（一）予以公开/总计"
    assert logical["properties"] == {"section": "三、收到和处理政府信息公开申请情况", "rowKey": "open",
                                     "columnKey": "total"}
    related = result["relatedLocations"]
    assert [r["id"] for r in related] == [1, 2, 3, 4, 5, 6, 7]
    assert [r["message"]["text"] for r in related] == [
        "总计 = 6。", "自然人 = 4。", "商业企业 = 1。", "科研机构 = 0。", "社会公益组织 = 0。", "法律服务机构 = 0。", "其他 = 0。"]
    assert related[1]["physicalLocation"] == {
        "artifactLocation": {"uri": "r.txt", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 35, "startColumn": 19, "endLine": 35, "endColumn": 20, "snippet": {"text": "4"}}}
    assert related[1]["logicalLocations"][0]["fullyQualifiedName"] == "表三/（一）予以公开/自然人"
    assert result["properties"]["data"]["relation"] == "t3-applicants"


def test_paths_are_relative_percent_encoded_uris(work, capsys):
    (work / "报告").mkdir()
    (work / "报告" / "示例镇 2024.txt").write_text(clean_text().replace("本年度未收取信息处理费。", "无"),
                                                 encoding="utf-8")
    status, doc = sarif_of(capsys, "报告")
    assert status == 1
    [result] = doc["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "%E6%8A%A5%E5%91%8A/%E7%A4%BA%E4%BE%8B%E9%95%87%202024.txt", "uriBaseId": "%SRCROOT%"}


# -- fingerprints ---------------------------------------------------------------------------

def _fingerprints(doc):
    return [(r["ruleId"], r["partialFingerprints"]["govlint/v1"]) for r in doc["runs"][0]["results"]]


def test_fingerprints_stay_when_unrelated_lines_move(work, capsys):
    bad = (clean_text().replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
           .replace("2025年1月20日", "2025年3月2日")
           .replace("本年度未收取信息处理费。", "无"))
    (work / "a.txt").write_text(bad, encoding="utf-8")
    moved = bad.replace("（五）监督保障。", "（五）监督保障。本年度新增一名兼职信息公开工作人员。\n本段为新增的说明。\n（六）其他。")
    (work / "b.txt").write_text(moved, encoding="utf-8")
    _, first = sarif_of(capsys, "a.txt")
    _, second = sarif_of(capsys, "b.txt")
    lines_a = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in first["runs"][0]["results"]]
    lines_b = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in second["runs"][0]["results"]]
    assert [c for c, _ in _fingerprints(first)] == ["A303", "A302", "F401", "P702"]
    assert lines_a == [35, 56, 68, 72]
    assert lines_b == [37, 58, 70, 74]
    assert _fingerprints(first) == _fingerprints(second)
    assert len({fp for _, fp in _fingerprints(first)}) == 4
    # the basis is the rule and the cell, never the line or the message
    a303 = first["runs"][0]["results"][0]
    assert a303["partialFingerprints"] == {
        "govlint/v1": hashlib.sha256(
            "A303\x1f三、收到和处理政府信息公开申请情况\x1f表三\x1fopen\x1ftotal".encode()).hexdigest()[:32] + ":1",
        # GitHub's own line hash of line 35, as its upload action computes it
        "primaryLocationLineHash": line_hashes(bad)[35]}
    # that one moves with the line's text: the same row, two lines lower
    assert second["runs"][0]["results"][0]["partialFingerprints"]["primaryLocationLineHash"] == line_hashes(moved)[37]


def test_fingerprint_basis_anchors_findings_without_location_on_their_text():
    d = Diagnostic("P702", "warning", "落款日期晚于发布期限", "r.txt", Span(71, 1, 71, 10, 0, 9))
    assert fingerprint_basis(d, {71: "2025年3月2日"}) == "P702\x1f\x1f\x1f\x1f\x1f2025年3月2日"
    cell = Diagnostic("C203", "error", "空白", "r.txt", Span(48, 8, 48, 8, 0, 0),
                      Location("三、收到和处理政府信息公开申请情况", "表三", "2.重复申请", "自然人", "noproc_2", "natural"))
    assert fingerprint_basis(cell, {48: "whatever"}) == "C203\x1f三、收到和处理政府信息公开申请情况\x1f表三\x1fnoproc_2\x1fnatural"


def test_repeated_findings_get_distinct_fingerprints():
    span = Span(3, 1, 3, 3, 0, 2)
    ds = tuple(Diagnostic("X900", "warning", f"第{i}处", "r.txt", span) for i in (1, 2))
    doc = validate(json.loads(format_results([FileResult("r.txt", ds, lines={3: "重复"})], OutputContext(), base="/")))
    fps = [r["partialFingerprints"]["govlint/v1"] for r in doc["runs"][0]["results"]]
    assert fps[0].endswith(":1") and fps[1].endswith(":2") and fps[0][:-2] == fps[1][:-2]


# -- errors, other sources ------------------------------------------------------------------

def test_unreadable_file_is_a_notification_not_a_result(work, capsys):
    (work / "good.txt").write_text(clean_text().replace("本年度未收取信息处理费。", "无"), encoding="utf-8")
    (work / "notes.txt").write_text("会议记录\n今天天气很好。\n", encoding="utf-8")
    status, doc = sarif_of(capsys, "good.txt", "missing.txt", "notes.txt")
    assert status == 2
    run = doc["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["F401"]
    [invocation] = run["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error", "error"]
    assert [n["locations"] for n in notes] == [
        [{"physicalLocation": {"artifactLocation": {"uri": "missing.txt", "uriBaseId": "%SRCROOT%"}}}],
        [{"physicalLocation": {"artifactLocation": {"uri": "notes.txt", "uriBaseId": "%SRCROOT%"}}}]]
    assert [n["properties"] for n in notes] == [{"kind": "read"}, {"kind": "read"}]
    assert all(n["message"]["text"].endswith((".", "。")) for n in notes)
    assert "看起来不是政府信息公开工作年度报告" in notes[1]["message"]["text"]


def test_run_errors_and_rule_crashes_are_notifications():
    rules = [r for _, r in sorted(load(builtins_only=True).rules.items())]
    by_code = {r.code: r for r in rules}
    ordered = [by_code[c] for c in ALL_CODES]
    ctx = OutputContext(rules=ordered, tool_version="9.9.9",
                        run_errors=(ToolError("plugin", "plugin broken-rules failed to load: ImportError: x",
                                              source="broken-rules"),))
    result = FileResult("r.txt", errors=(ToolError("rule", "rule A303 (row-total, from arithmetic) raised "
                                                           "ZeroDivisionError: division by zero at x.py:1",
                                                   "r.txt", "A303"),))
    doc = validate(json.loads(format_results([result], ctx, base="/srv/reports")))
    run = doc["runs"][0]
    assert run["results"] == []
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": "file:///srv/reports/"}}
    assert run["invocations"] == [{
        "executionSuccessful": False,
        "toolExecutionNotifications": [
            {"level": "error", "message": {"text": "plugin broken-rules failed to load: ImportError: x."},
             "properties": {"kind": "plugin", "source": "broken-rules"}},
            {"level": "error",
             "message": {"text": "rule A303 (row-total, from arithmetic) raised ZeroDivisionError: division by zero "
                                 "at x.py:1."},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": "r.txt", "uriBaseId": "%SRCROOT%"}}}],
             "associatedRule": {"id": "A303", "index": 20},
             "properties": {"kind": "rule"}},
        ]}]


def test_non_text_sources_have_no_region_but_their_origin():
    span = Span(12, 5, 12, 7, 100, 102)
    d = Diagnostic("A303", "error", "表三“（一）予以公开”行勾稽关系不成立", "报告.docx", span,
                   Location("三、收到和处理政府信息公开申请情况", "表三", "（一）予以公开", "总计", "open", "total"),
                   related=(Related("自然人 = 4", span, Location(table="表三", row="（一）予以公开", column="自然人")),),
                   rule="row-total", origin="第2页，表格3第4行")
    fr = FileResult("报告.docx", (d,), lines={12: "（一）予以公开 4 1 0 0 0 0 6"}, kind="docx")
    doc = validate(json.loads(format_results([fr], OutputContext(), base="/srv")))
    [result] = doc["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "%E6%8A%A5%E5%91%8A.docx", "uriBaseId": "%SRCROOT%"}}
    assert result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "表三/（一）予以公开/总计"
    assert result["relatedLocations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "%E6%8A%A5%E5%91%8A.docx", "uriBaseId": "%SRCROOT%"}}
    assert result["properties"] == {"origin": "第2页，表格3第4行"}
    assert result["message"]["text"] == "表三“（一）予以公开”行勾稽关系不成立。原文位置：第2页，表格3第4行。相关位置：[自然人 = 4](1)。"
    # no line to hash: GitHub's fingerprint is the logical one
    assert result["partialFingerprints"]["primaryLocationLineHash"] == result["partialFingerprints"]["govlint/v1"]


# -- determinism ----------------------------------------------------------------------------

def test_two_runs_give_the_same_bytes(tmp_path):
    bad = clean_text().replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
    (tmp_path / "a.txt").write_text(bad, encoding="utf-8")
    (tmp_path / "b.txt").write_text(clean_text().replace("2025年1月20日", "2025年3月2日"), encoding="utf-8")
    cmd = [sys.executable, "-m", "govlint", "check", "--isolated", "--no-plugins", "--format", "sarif",
           "a.txt", "b.txt"]
    first = subprocess.run(cmd, cwd=tmp_path, capture_output=True)
    second = subprocess.run(cmd, cwd=tmp_path, capture_output=True)
    assert (first.returncode, first.stderr.decode()) == (1, "")
    assert (second.returncode, second.stderr.decode()) == (1, "")
    assert first.stdout == second.stdout
    text = first.stdout.decode("utf-8")
    validate(json.loads(text))
    # the machine's paths appear once: as the base of the relative URIs
    assert text.count(str(tmp_path.resolve())) == 1


def test_output_option_writes_sarif_beside_the_text(work, capsys):
    (work / "r.txt").write_text(clean_text().replace("本年度未收取信息处理费。", "无"), encoding="utf-8")
    status = main(["check", "--isolated", "--no-plugins", "-j", "1", "--no-source", "r.txt",
                   "--output", "sarif:govlint.sarif"])
    out, err = capsys.readouterr()
    assert status == 1
    assert out.startswith("r.txt:68:1: F401 [错误] ")
    assert err == ""
    doc = validate(json.loads((work / "govlint.sarif").read_text("utf-8")))
    assert [r["ruleId"] for r in doc["runs"][0]["results"]] == ["F401"]


# -- the fixture set the CI step validates --------------------------------------------------

def test_sarif_fixture_set_is_current_and_fires_every_rule(work, capsys):
    import importlib.util
    spec = importlib.util.spec_from_file_location("sarif_fixture_generate", FIXTURES / "sarif" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    for name in generate.DEFECTS:
        assert (FIXTURES / "sarif" / name).read_text("utf-8") == generate.build(name), \
            f"run tests/fixtures/sarif/generate.py: {name} is out of date"
    status, doc = sarif_of(capsys, str(FIXTURES / "sarif"))
    assert status == 1
    # every rule of a single report (the cross-year rules need last year's report: the next test)
    assert sorted(results_by_code(doc)) == sorted(c for c in ALL_CODES if not c.startswith("X8"))


def test_cross_year_findings_in_sarif(work, capsys):
    status, doc = sarif_of(capsys, str(FIXTURES / "multiyear" / "defective"))
    assert status == 1
    assert sorted(results_by_code(doc)) == ["X801", "X802", "X803"]
    x801 = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "X801"][0]
    assert x801["locations"][0]["physicalLocation"]["region"]["startLine"] == 33
    rel = x801["relatedLocations"][0]
    assert rel["message"]["text"].startswith("上年报告 ")
    assert rel["physicalLocation"]["artifactLocation"]["uri"].endswith("%E7%A4%BA%E4%BE%8B%E9%95%87_2023.txt") or \
        rel["physicalLocation"]["artifactLocation"]["uri"].endswith("示例镇_2023.txt")
    assert rel["physicalLocation"]["region"]["startLine"] == 56


def _multitool():
    """The SARIF multitool, where .ci/steps/10-sarif-multitool.sh installs it (or $SARIF_MULTITOOL)."""
    if os.environ.get("SARIF_MULTITOOL"):
        return os.environ["SARIF_MULTITOOL"]
    tools = os.environ.get("SARIF_MULTITOOL_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "govlint", "sarif-multitool")
    candidate = os.path.join(tools, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool")
    if os.access(candidate, os.X_OK):
        return candidate
    return shutil.which("Sarif.Multitool")


@pytest.mark.skipif(_multitool() is None, reason="the SARIF multitool is not installed "
                                                 "(bash .ci/steps/10-sarif-multitool.sh installs it)")
@pytest.mark.parametrize("kind", ["Sarif", "Gh"])
def test_multitool_finds_no_errors_or_warnings(work, capsys, kind):
    status = main(["check", "--isolated", "--no-plugins", "-j", "1", "--format", "sarif",
                   "--output-file", "govlint.sarif", str(FIXTURES / "sarif")])
    capsys.readouterr()
    assert status == 1
    proc = subprocess.run([_multitool(), "validate", "govlint.sarif", "--rule-kind", kind,
                           "--level", "Error;Warning;Note", "--output", "validate.sarif", "--log", "ForceOverwrite"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    check = subprocess.run([sys.executable, str(CHECK_SCRIPT), "validate.sarif", kind],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.splitlines()[-1] == f"{kind}: 0 error(s), 0 warning(s)"
