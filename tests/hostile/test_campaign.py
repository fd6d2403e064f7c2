"""Issue 17's campaign, as CI runs it: every hostile input of ``generators.py`` (and two files with
hostile names) in one directory with the two good reports, checked with ``--jobs 2`` as a user
would. Every file is reported, each with findings or one-line errors; the JSON and the SARIF are
valid; nothing hangs (the limits are tighter than the defaults so that CI takes a minute)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

sys.path.insert(0, str(Path(__file__).parent))
import generators  # noqa: E402


@pytest.fixture(autouse=True)
def no_reader_cache(monkeypatch):
    """Each hostile input is read afresh: no reader cache remembers an earlier run's answer."""
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "setitimer"),
                                reason="the watchdog's child processes and alarms need a Unix")

TIMEOUT, MEMORY = 5, 512


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    d = tmp_path_factory.mktemp("campaign") / "inputs"
    written = generators.write_all(d)
    for name in (os.fsdecode(b"\xff\xfe-not-utf8.txt"), "esc\x1b]0;title\x07.txt"):
        (d / name).write_bytes(generators.GOOD_REPORTS[0].read_bytes())
        written.append(d / name)
    out = d.parent
    t = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "govlint", "check", "--isolated", "--no-source", "--jobs", "2",
                           "--timeout", str(TIMEOUT), "--memory-limit", str(MEMORY), str(d),
                           "--output", f"json:{out / 'govlint.json'}", "--output", f"sarif:{out / 'govlint.sarif'}"],
                          capture_output=True, timeout=600, env={**os.environ, "GOVLINT_CACHE_DIR": ""})
    return {"dir": d, "files": written, "proc": proc, "took": time.monotonic() - t, "out": out}


def test_the_campaign_ends_in_a_defined_exit_code_without_a_traceback(campaign):
    proc = campaign["proc"]
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, err
    assert "Traceback" not in err and "Traceback" not in proc.stdout.decode("utf-8", "replace")
    assert campaign["took"] < 240, f"the campaign took {campaign['took']:.0f} s"


def test_every_file_is_reported_with_findings_or_one_line_errors(campaign):
    doc = json.loads((campaign["out"] / "govlint.json").read_bytes().decode("utf-8", "strict"))
    from govlint.outputs.names import for_json
    expected = sorted(for_json(str(p)) for p in campaign["files"])
    assert sorted(f["path"] for f in doc["files"]) == expected
    by_path = {f["path"]: f for f in doc["files"]}
    good, clean = (for_json(str(campaign["dir"] / p.name)) for p in generators.GOOD_REPORTS)
    assert by_path[good]["findings"] > 0 and by_path[good]["errors"] == 0
    assert by_path[clean]["findings"] == 0 and by_path[clean]["errors"] == 0
    for path, f in by_path.items():
        if path != clean:
            assert f["findings"] or f["errors"], f"{path}: neither findings nor errors"
    for e in doc["errors"]:
        assert "\n" not in e["message"].strip(), e
    limits = {e["path"].rsplit("/", 1)[-1]: e["source"] for e in doc["errors"] if e["kind"] in ("limit", "crash")}
    assert limits.get("heading-and-tabs.txt") in ("memory-limit", "timeout")  # whichever comes first
    # only the blow-ups and the hangs go over a limit (or crash the PDF library at the memory
    # limit): a worker that went over one is replaced, and the file after it is not blamed for
    # the memory it left behind
    hostile = {"flate-bomb.pdf", "long-string.pdf", "heading-and-tabs.txt", "lying-directory.docx",
               "self-reference.pdf", "mutual-reference.pdf", "graphics-state-flood.pdf"}
    assert set(limits) <= hostile, limits


def test_the_text_output_names_every_file(campaign):
    out = campaign["proc"].stdout.decode("utf-8", "strict")
    err = campaign["proc"].stderr.decode("utf-8", "strict")
    assert "\x1b" not in out + err
    for p in campaign["files"]:
        if p.name in {g.name for g in generators.GOOD_REPORTS} - {generators.GOOD_REPORTS[0].name}:
            continue  # the clean report has no line of its own
        from govlint.outputs.names import for_terminal
        assert f"{for_terminal(str(p))}:" in out + err, p


def test_the_sarif_is_valid(campaign):
    sarif = json.loads((campaign["out"] / "govlint.sarif").read_bytes().decode("utf-8", "strict"))
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(sarif)
    (run,) = sarif["runs"]
    assert run["invocations"][0]["executionSuccessful"] is False
    kinds = {n["properties"]["kind"] for n in run["invocations"][0]["toolExecutionNotifications"]}
    assert "limit" in kinds and "read" in kinds


@pytest.mark.parametrize("kind", ["Sarif", "Gh"])
def test_the_sarif_passes_the_multitool(campaign, kind):
    sys.path.insert(0, str(ROOT / "tests"))
    from test_sarif import CHECK_SCRIPT, _multitool
    tool = _multitool()
    if tool is None:
        pytest.skip("the SARIF multitool is not installed (bash .ci/steps/10-sarif-multitool.sh installs it)")
    out = campaign["out"]
    proc = subprocess.run([tool, "validate", str(out / "govlint.sarif"), "--rule-kind", kind,
                           "--level", "Error;Warning;Note", "--output", str(out / f"validate-{kind}.sarif"),
                           "--log", "ForceOverwrite"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    check = subprocess.run([sys.executable, str(CHECK_SCRIPT), str(out / f"validate-{kind}.sarif"), kind],
                           capture_output=True, text=True)
    last = check.stdout.splitlines()[-1]
    assert last.startswith(f"{kind}: 0 error(s), "), check.stdout + check.stderr
    # the one warning docs/sarif.md expects: SARIF2017 (no region) for the .html report's findings,
    # whose lines are those of the extracted text, not of the file; GitHub's rules have none
    warnings = [line for line in check.stdout.splitlines()[:-1] if ": warning " in line]
    assert all("SARIF2017" in w for w in warnings), warnings
    if kind == "Gh":
        assert last == "Gh: 0 error(s), 0 warning(s)"
