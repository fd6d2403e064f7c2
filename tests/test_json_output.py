"""govlint's JSON output (docs/json.md): the versioned shape, exact values, errors, determinism."""
import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from govlint import __version__
from govlint.syntax.ast import Span
from govlint.cli import main
from govlint.diagnostics import Diagnostic, FileResult, Location, Related, ToolError
from govlint.outputs import OutputContext, builtin_formatters
from govlint.outputs.json import SCHEMA_VERSION, format_results

HERE = Path(__file__).parent
DOC = HERE.parent / "docs" / "json.md"
LOCATION_KEYS = ["column", "column_key", "row", "row_key", "section", "table"]
FINDING_KEYS = ["code", "column", "data", "end_column", "end_line", "fingerprint", "fix", "line", "location", "message", "origin", "path",
                "related", "rule", "severity"]


def clean_text() -> str:
    return (HERE / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def json_of(capsys, *args):
    status = main(["check", "--isolated", "--no-plugins", "-j", "1", "--format", "json", *args])
    out, err = capsys.readouterr()
    return status, json.loads(out), out, err


def test_blank_cell_document(work, capsys):
    (work / "r.txt").write_text(clean_text().replace("2.重复申请\t0\t0", "2.重复申请\t\t0"), encoding="utf-8")
    status, doc, out, err = json_of(capsys, "r.txt")
    assert status == 1
    assert err == ""
    assert sorted(doc) == ["errors", "files", "findings", "summary", "suppressed", "tool", "version"]
    assert doc["version"] == SCHEMA_VERSION == 1
    assert doc["summary"] == {"files": 1, "findings": 1, "by_severity": {"error": 1, "warning": 0, "note": 0},
                              "by_code": {"C203": 1}, "files_with_errors": 0, "suppressed": 0}
    assert doc["files"] == [{"path": "r.txt", "kind": "text", "findings": 1, "errors": 0}]
    assert doc["errors"] == []
    cell = {"section": "三、收到和处理政府信息公开申请情况", "table": "表三", "row": "2.重复申请", "column": "自然人",
            "row_key": "noproc_2", "column_key": "natural"}
    assert doc["findings"] == [{
        "path": "r.txt", "code": "C203", "rule": "cell-blank", "severity": "error",
        "message": "表三“2.重复申请”行有1个单元格没有填写数字：自然人（空白）；应填数字，没有发生的填0",
        "line": 49, "column": 8, "end_line": 49, "end_column": 8,
        "location": cell,
        "related": [{"message": "自然人", "line": 49, "column": 8, "end_line": 49, "end_column": 8, "location": cell}],
        "data": {"columns": ["natural"], "found": [""], "expected": "number"},
        "origin": None,
        "fix": None,
        "fingerprint": hashlib.sha256("C203\x1f三、收到和处理政府信息公开申请情况\x1f表三\x1fnoproc_2\x1fnatural".encode())
        .hexdigest()[:32] + ":1",
    }]
    tool = doc["tool"]
    assert (tool["name"], tool["version"], tool["lang"]) == ("govlint", __version__, "zh")
    assert [r["code"] for r in tool["rules"]][:5] == ["S100", "S101", "S102", "S103", "S104"]
    assert len(tool["rules"]) == 37
    assert tool["rules"][12] == {"code": "C203", "name": "cell-blank", "severity": "error", "family": "completeness",
                                "plugin": "completeness", "summary": "单元格空白或用“/”“—”“无”代替数字"}


def test_columns_are_code_points(work, capsys):
    text = clean_text().replace("（二）依申请公开。本年度共收到政府信息公开申请13件",
                                "（二）依申请公开😀𠀀。本年度共收到政府信息公开申请15件")
    (work / "r.txt").write_text(text, encoding="utf-8")
    _, doc, _, _ = json_of(capsys, "r.txt", "--select", "N601", "--lang", "en")
    [f] = doc["findings"]
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (8, 16, 8, 29)
    assert text.splitlines()[7][f["column"] - 1:f["end_column"] - 1] == "收到政府信息公开申请15件"
    assert f["location"]["row_key"] == "new"
    assert f["data"] == {"found": 15, "expected": "13"}
    assert doc["tool"]["lang"] == "en"


def test_unreadable_files_are_errors_not_findings(work, capsys):
    (work / "notes.txt").write_text("会议记录\n今天天气很好。\n", encoding="utf-8")
    status, doc, _, _ = json_of(capsys, "missing.txt", "notes.txt")
    assert status == 2
    assert doc["findings"] == []
    assert doc["summary"] == {"files": 2, "findings": 0, "by_severity": {"error": 0, "warning": 0, "note": 0},
                              "by_code": {}, "files_with_errors": 2, "suppressed": 0}
    assert [(e["kind"], e["path"], e["source"]) for e in doc["errors"]] == [
        ("read", "missing.txt", None), ("read", "notes.txt", None)]
    assert doc["errors"][0]["message"] == "无法读取这个文件（不存在）"
    assert [f["errors"] for f in doc["files"]] == [1, 1]


def test_pure_and_sorted():
    d = Diagnostic("A303", "error", "总计不符", "报告.docx", None,
                   Location(table="表三", row="（一）予以公开", column="总计", row_key="open", column_key="total"),
                   related=(Related("自然人 = 4", Span(3, 1, 3, 2, 0, 1)),),
                   data={"found": Decimal("6"), "expected": Decimal("5.5")}, rule="row-total", origin="第2页")
    results = [FileResult("报告.docx", (d,), kind="docx"),
               FileResult("坏.pdf", errors=(ToolError("read", "not a PDF", "坏.pdf"),), kind="pdf")]
    ctx = OutputContext(run_errors=(ToolError("plugin", "plugin x failed to load", source="x"),),
                        plugins=(("x", "1.0"),))
    out = format_results(results, ctx)
    assert out == format_results(results, ctx)
    assert out == json.dumps(json.loads(out), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    doc = json.loads(out)
    [f] = doc["findings"]
    assert sorted(f) == FINDING_KEYS
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (None, None, None, None)
    assert f["location"] == {"section": None, "table": "表三", "row": "（一）予以公开", "column": "总计",
                             "row_key": "open", "column_key": "total"}
    assert f["related"] == [{"message": "自然人 = 4", "line": 3, "column": 1, "end_line": 3, "end_column": 2,
                             "location": dict.fromkeys(LOCATION_KEYS)}]
    assert f["data"] == {"found": "6", "expected": "5.5"}
    assert f["origin"] == "第2页"
    assert doc["errors"] == [
        {"kind": "plugin", "message": "plugin x failed to load", "path": None, "source": "x"},
        {"kind": "read", "message": "not a PDF", "path": "坏.pdf", "source": None}]
    assert doc["files"] == [{"path": "报告.docx", "kind": "docx", "findings": 1, "errors": 0},
                            {"path": "坏.pdf", "kind": "pdf", "findings": 0, "errors": 1}]
    assert doc["summary"]["files_with_errors"] == 1
    assert doc["tool"] == {"name": "govlint", "version": None, "lang": "zh",
                           "plugins": [{"name": "x", "version": "1.0"}], "rules": []}


def test_json_and_sarif_are_builtin_formats():
    formats = builtin_formatters()
    assert {"json", "sarif", "text", "github", "junit"} <= set(formats)  # (and the others each output's tests name: html, …)


def test_several_outputs_in_one_run(work, capsys):
    (work / "r.txt").write_text(clean_text().replace("本年度未收取信息处理费。", "无"), encoding="utf-8")
    status = main(["check", "--isolated", "--no-plugins", "-j", "1", "--format", "json", "r.txt",
                   "--output", "sarif:govlint.sarif", "--output", "text:govlint.txt"])
    out, err = capsys.readouterr()
    assert status == 1
    assert err == ""
    assert [f["code"] for f in json.loads(out)["findings"]] == ["F401"]
    sarif = json.loads((work / "govlint.sarif").read_text("utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["F401"]
    assert (work / "govlint.txt").read_text("utf-8").startswith("r.txt:68:1: F401 [错误] ")


@pytest.mark.parametrize("args, message", [
    (["--output", "json:-"], "--output json:-: stdout already receives the text output"),
    (["--output", "json:x.json", "--output", "sarif:x.json"], "--output sarif:x.json: x.json already receives "
                                                              "the json output"),
    (["--output", "yaml:x.yaml"], "--output yaml:x.yaml: unknown format (available: github, html, json, junit, sarif, "
                                  "text)"),
    (["--output", "sarif"], "argument --output: 'sarif': expected FORMAT:FILE, e.g. sarif:govlint.sarif"),
    (["--format", "yaml"], "--format yaml: unknown format (available: github, html, json, junit, sarif, text)"),
])
def test_output_mistakes_exit_2(work, capsys, args, message):
    (work / "r.txt").write_text(clean_text(), encoding="utf-8")
    with pytest.raises(SystemExit) if args == ["--output", "sarif"] else _nothing():
        status = main(["check", "--lang", "en", "--isolated", "--no-plugins", "r.txt", *args])
        assert status == 2
    out, err = capsys.readouterr()
    assert out == "" or out.startswith("usage:")
    assert f"govlint: error: {message}" in err
    assert not (work / "x.json").exists()


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_documented_example_has_the_real_shape(work, capsys):
    """docs/json.md's example names exactly the fields govlint writes."""
    blocks = re.findall(r"```json\n(.*?)```", DOC.read_text("utf-8"), re.S)
    example = json.loads(blocks[0])
    (work / "r.txt").write_text(clean_text().replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5",
                                                     "（一）予以公开\t4\t1\t0\t0\t0\t0\t6"), encoding="utf-8")
    _, real, _, _ = json_of(capsys, "r.txt", "missing.txt")

    def shape(value):
        if isinstance(value, dict):
            return {k: shape(v) for k, v in value.items() if k not in ("data", "by_code")}
        if isinstance(value, list):
            return [shape(value[0])] if value else []
        return None

    assert shape(example) == shape(real)
    assert example["version"] == SCHEMA_VERSION
