"""SARIF for the tools that read it: GitHub code scanning (its line hash, its limits, its
category), the VS Code SARIF viewer (message links to related locations, rule pages), and
sarif-tools (PyPI), which must count what govlint counts. Validated by the Microsoft SARIF
multitool for .docx, .html and .pdf inputs and for a trimmed run."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from govlint.config import Config
from govlint.diagnostics import Diagnostic, FileResult, Location, Related
from govlint.run.engine import Settings, lint_file
from govlint.outputs import OutputContext
from govlint.outputs.ruledocs import rule_url
from govlint.outputs.sarif import (GITHUB_LIMITS, Limits, escape_brackets, format_results, gzipped_size,
                                   line_hashes)
from govlint.checks.registry import load
from govlint.syntax.ast import Span

from test_sarif import CHECK_SCRIPT, _multitool, validate

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES / "generators"))
import report_formats as rf  # noqa: E402

CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
BAD = (CLEAN.replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
       .replace("本年度未收取信息处理费。", "无"))


def _registry():
    return load(builtins_only=True)


def _lint(paths):
    reg = _registry()
    settings = Settings.make(Config(), reg)
    rules = [reg.rules[c] for c in sorted(settings.enabled)]
    return [lint_file(str(p), settings) for p in paths], OutputContext(rules=rules, tool_version="0.1.0")


def _multitool_clean(path: Path, kind: str) -> None:
    log = path.with_suffix(f".{kind}.validate.sarif")
    proc = subprocess.run([_multitool(), "validate", str(path), "--rule-kind", kind, "--level", "Error;Warning;Note",
                           "--output", str(log), "--log", "ForceOverwrite"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    check = subprocess.run([sys.executable, str(CHECK_SCRIPT), str(log), kind], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.splitlines()[-1] == f"{kind}: 0 error(s), 0 warning(s)"


needs_multitool = pytest.mark.skipif(_multitool() is None, reason="the SARIF multitool is not installed "
                                                                  "(bash .ci/steps/10-sarif-multitool.sh installs it)")


# -- GitHub's line hash ---------------------------------------------------------------------

def test_line_hash_matches_githubs_published_values():
    """The values the upload action's own tests expect (github/codeql-action, fingerprints.test.ts)."""
    assert line_hashes("") == {1: "c129715d7a2bc9a3:1"}
    assert line_hashes(" a\nb\n  \t\tc\n d") == {
        1: "271789c17abda88f:1", 2: "54703d4cd895b18:1", 3: "180aee12dab6264:1", 4: "a23a3dc5e078b07b:1"}
    expected = {1: "e9496ae3ebfced30:1", 2: "fb7c023a8b9ccb3f:1", 3: "ce8ba1a563dcdaca:1", 4: "e20e36e16fcb0cc8:1",
                5: "b3edc88f2938467e:1", 6: "c8e28b0b4002a3a0:1", 7: "c129715d7a2bc9a3:1"}
    for text in (" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n",
                 " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r",
                 " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
                 " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n"):
        assert line_hashes(text) == expected
    repeated = line_hashes("Lorem ipsum dolor sit amet.\n" * 10)
    assert [repeated[n] for n in (1, 6, 7, 11)] == [
        "a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "c129715d7a2bc9a3:1"]


def test_text_results_carry_the_line_hash_of_their_start_line(work):
    (work / "r.txt").write_text(BAD, encoding="utf-8")
    results, ctx = _lint([work / "r.txt"])
    doc = validate(json.loads(format_results(results, ctx)))
    hashes = line_hashes(BAD)
    run = doc["runs"][0]
    assert run["automationDetails"] == {"id": "govlint/"}
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in run["results"]] == [
        ("A303", 35), ("A302", 56), ("F401", 68)]
    for r in run["results"]:
        line = r["locations"][0]["physicalLocation"]["region"]["startLine"]
        assert r["partialFingerprints"]["primaryLocationLineHash"] == hashes[line]


# -- reports that are not text --------------------------------------------------------------

@pytest.fixture
def four_formats(work):
    blocks = rf.blocks(BAD)
    (work / "r.txt").write_text(BAD, encoding="utf-8")
    rf.write_docx(blocks, work / "r.docx")
    (work / "r.html").write_text(rf.html_page(blocks), encoding="utf-8")
    pytest.importorskip("reportlab", reason="reportlab (the test extra) builds the PDF fixture")
    rf.write_pdf(blocks, work / "r.pdf")
    return [work / n for n in ("r.txt", "r.docx", "r.html", "r.pdf")]


def test_documents_get_a_whole_file_region_and_a_logical_fingerprint(four_formats):
    results, ctx = _lint(four_formats)
    doc = validate(json.loads(format_results(results, ctx)))
    by_file = {}
    for r in doc["runs"][0]["results"]:
        by_file.setdefault(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], []).append(r)
    assert sorted(by_file) == ["r.docx", "r.html", "r.pdf", "r.txt"]
    text_prints = [r["partialFingerprints"]["govlint/v1"] for r in by_file["r.txt"]]
    for name in ("r.docx", "r.html", "r.pdf"):
        size = (four_formats[0].parent / name).stat().st_size
        assert [r["ruleId"] for r in by_file[name]] == ["A303", "A302", "F401"]
        for r in by_file[name]:
            phys = r["locations"][0]["physicalLocation"]
            assert phys["region"] == {"byteOffset": 0, "byteLength": size}
            fp = r["partialFingerprints"]
            assert fp["primaryLocationLineHash"] == fp["govlint/v1"]
            for rel in r.get("relatedLocations", []):
                assert rel["physicalLocation"]["region"] == {"byteOffset": 0, "byteLength": size}
        # the same finding in another format is the same finding
        assert [r["partialFingerprints"]["govlint/v1"] for r in by_file[name]] == text_prints


@needs_multitool
@pytest.mark.parametrize("kind", ["Sarif", "Gh"])
def test_multitool_is_clean_for_docx_html_and_pdf(four_formats, kind):
    results, ctx = _lint(four_formats)
    out = four_formats[0].parent / "all.sarif"
    out.write_text(format_results(results, ctx), encoding="utf-8")
    _multitool_clean(out, kind)


# -- viewers: links, rule pages ---------------------------------------------------------------

def test_message_links_name_the_related_locations_and_escape_brackets():
    span = Span(3, 1, 3, 3, 0, 2)
    related = tuple(Related(f"[{i}]号单元格 = {i}", span) for i in range(1, 14))
    d = Diagnostic("X900", "error", "合计不符 [示例]", "r.txt", span, related=related)
    doc = validate(json.loads(format_results([FileResult("r.txt", (d,), lines={3: "合计"})], OutputContext(),
                                             base="/srv")))
    [res] = doc["runs"][0]["results"]
    text = res["message"]["text"]
    assert text.startswith("合计不符 \\[示例\\]。相关位置：[\\[1\\]号单元格 = 1](1)，[\\[2\\]号单元格 = 2](2)，")
    assert text.endswith("[\\[10\\]号单元格 = 10](10)等 13 处。")
    assert [r["id"] for r in res["relatedLocations"]] == list(range(1, 14))
    assert res["relatedLocations"][0]["message"]["text"] == "\\[1\\]号单元格 = 1。"
    assert escape_brackets("a\\b[c]") == "a\\\\b\\[c\\]"


def test_english_links():
    span = Span(3, 1, 3, 3, 0, 2)
    d = Diagnostic("X900", "error", "Sum differs", "r.txt", span, related=(Related("a = 1", span),))
    doc = json.loads(format_results([FileResult("r.txt", (d,), lines={3: "x"})], OutputContext(lang="en"), base="/"))
    assert doc["runs"][0]["results"][0]["message"]["text"] == "Sum differs. Related: [a = 1](1)."


def test_help_uri_follows_the_docs_address(monkeypatch):
    monkeypatch.delenv("GOVLINT_DOCS_URL", raising=False)
    assert rule_url("A303").endswith("/docs/rules/A303.md")
    monkeypatch.setenv("GOVLINT_DOCS_URL", "https://docs.example.org/govlint/rules")
    assert rule_url("A303") == "https://docs.example.org/govlint/rules/A303.md"
    monkeypatch.setenv("GOVLINT_DOCS_URL", "https://docs.example.org/r?code={code}")
    assert rule_url("F401") == "https://docs.example.org/r?code=F401"


# -- GitHub's limits ------------------------------------------------------------------------

def _many(n: int, related: int = 0):
    lines = {i: f"第{i}行" for i in range(1, n + 1)}
    ds = tuple(Diagnostic("X900", ("error", "warning", "note")[i % 3], f"问题{i}", "r.txt", Span(i, 1, i, 3, 0, 2),
                          Location(table="表三", row=f"行{i}", row_key=f"r{i}"),
                          related=tuple(Related(f"格{j}", Span(i, 1, i, 2, 0, 1)) for j in range(related)))
               for i in range(1, n + 1))
    return [FileResult("r.txt", ds, lines=lines)]


def test_a_run_past_25000_results_keeps_the_most_severe_and_says_what_it_dropped():
    doc = json.loads(format_results(_many(25_003), OutputContext(), base="/srv"))
    run = doc["runs"][0]
    assert len(run["results"]) == GITHUB_LIMITS.results == 25_000
    levels = [r["level"] for r in run["results"]]
    assert levels.count("note") == 25_003 // 3 - 3  # three notes, the last ones, left out
    [note] = run["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "warning"
    assert note["properties"] == {"kind": "trimmed", "dropped": 3, "byCode": {"X900": 3}, "byLevel": {"note": 3}}
    assert note["message"]["text"] == ("为不超过每次运行 25000 个结果的上限，本日志略去了 3 个结果：X900 ×3。"
                                       "用 --format json 或 text 可看到全部结果。")
    assert run["invocations"][0]["executionSuccessful"] is True


def test_a_result_past_1000_locations_keeps_999_related_ones():
    doc = json.loads(format_results(_many(1, related=1_200), OutputContext(lang="en"), base="/srv"))
    run = doc["runs"][0]
    [res] = run["results"]
    assert len(res["relatedLocations"]) == 999  # and the primary location: 1,000
    assert res["properties"]["relatedLocationsDropped"] == 201
    [note] = run["invocations"][0]["toolExecutionNotifications"]
    assert note["properties"] == {"kind": "trimmed", "relatedLocationsDropped": 201, "results": 1}
    assert note["message"]["text"].startswith("201 related locations of 1 results were left out to stay within 1,000")


def test_a_log_past_the_size_limit_drops_results_until_it_fits():
    results = _many(400, related=5)
    full = format_results(results, OutputContext(), base="/srv")
    limit = gzipped_size(full) // 2
    text = format_results(results, OutputContext(), base="/srv", limits=Limits(gzipped_bytes=limit))
    assert gzipped_size(text) <= limit
    doc = validate(json.loads(text))
    run = doc["runs"][0]
    kept = len(run["results"])
    assert 0 < kept < 400
    [note] = run["invocations"][0]["toolExecutionNotifications"]
    assert note["properties"]["dropped"] == 400 - kept
    assert "压缩后" in note["message"]["text"]
    # the most severe first: 133 errors, then 134 warnings, then 133 notes
    levels = [r["level"] for r in run["results"]]
    assert levels.count("error") == min(kept, 133)
    assert levels.count("warning") == min(max(kept - 133, 0), 134)


@needs_multitool
@pytest.mark.parametrize("kind", ["Sarif", "Gh"])
def test_multitool_is_clean_for_a_trimmed_run(work, kind):
    (work / "a.txt").write_text(BAD, encoding="utf-8")
    (work / "b.txt").write_text(CLEAN.replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t9"),
                                encoding="utf-8")
    results, ctx = _lint([work / "a.txt", work / "b.txt"])
    text = format_results(results, ctx, limits=Limits(results=3, locations=4))
    doc = validate(json.loads(text))
    run = doc["runs"][0]
    assert len(run["results"]) == 3
    kinds = [n["properties"] for n in run["invocations"][0]["toolExecutionNotifications"]]
    assert {k["kind"] for k in kinds} == {"trimmed"}
    assert any(k.get("dropped") for k in kinds) and any(k.get("relatedLocationsDropped") for k in kinds)
    (work / "trimmed.sarif").write_text(text, encoding="utf-8")
    _multitool_clean(work / "trimmed.sarif", kind)


# -- sarif-tools --------------------------------------------------------------------------

def test_sarif_tools_counts_what_govlint_counts(four_formats):
    loader = pytest.importorskip("sarif.loader", reason="sarif-tools (the test extra) is not installed")
    results, ctx = _lint(four_formats)
    out = four_formats[0].parent / "all.sarif"
    out.write_text(format_results(results, ctx), encoding="utf-8")
    findings = [d for r in results for d in r.diagnostics]
    sf = loader.load_sarif_file(str(out))
    assert sf.get_result_count() == len(findings) == 12
    report = sf.get_report()
    for level in ("error", "warning", "note"):
        assert report.get_issue_count_for_severity(level) == sum(d.severity == level for d in findings)
    records = sf.get_records()
    assert sorted((r["Location"], r["Code"]) for r in records) == sorted(
        (Path(d.path).name, d.code) for d in findings)
    # its command line reads it too
    proc = subprocess.run([sys.executable, "-m", "sarif", "summary", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "error: 12" in proc.stdout


# -- real reports ---------------------------------------------------------------------------

@needs_multitool
@pytest.mark.parametrize("kind", ["Sarif", "Gh"])
def test_multitool_is_clean_for_the_seed_reports(work, kind):
    from conftest import SEEDS
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip(f"no seed reports in {SEEDS}")
    results, ctx = _lint(seeds)
    assert any(r.diagnostics for r in results)
    out = work / "seeds.sarif"
    out.write_text(format_results(results, ctx), encoding="utf-8")
    validate(json.loads(out.read_text("utf-8")))
    _multitool_clean(out, kind)
