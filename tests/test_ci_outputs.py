"""What CI systems read: --format github (workflow commands), --format junit (read back with
junitparser), the pre-commit hook (run by pre-commit itself in a repository the test creates),
and the example GitHub Actions workflow."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from govlint.cli import main
from govlint.diagnostics import Diagnostic, FileResult, ToolError
from govlint.outputs import OutputContext
from govlint.outputs.github import escape_data, escape_property, format_results as github
from govlint.syntax.ast import Span

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
BAD = (CLEAN.replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
       .replace("本年度未收取信息处理费。", "无"))


def check(capsys, *args):
    status = main(["check", "--isolated", "--no-plugins", "-j", "1", *args])
    out, err = capsys.readouterr()
    return status, out, err


# -- GitHub workflow commands -----------------------------------------------------------------

def test_github_annotations(work, capsys):
    (work / "r.txt").write_text(BAD, encoding="utf-8")
    status, out, err = check(capsys, "--format", "github", "r.txt", "missing.txt")
    assert (status, err) == (2, "")
    lines = out.splitlines()
    assert lines[0] == ("::error file=r.txt,line=35,endLine=35,col=31,endColumn=32,title=govlint A303 (row-total)::"
                        "表三“（一）予以公开”行勾稽关系不成立：总计 = 6，而 自然人(4) + 商业企业(1) + 科研机构(0) + 社会公益组织(0) + "
                        "法律服务机构(0) + 其他(0) = 5，相差 1（应满足：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + "
                        "法律服务机构 + 其他）")
    assert [line.split(" ")[0] for line in lines] == ["::error"] * 4
    assert lines[2].startswith("::error file=r.txt,line=68,endLine=68,col=1,endColumn=12,title=govlint F401 "
                               "(fee-statement-missing)::")
    assert lines[3] == "::error file=missing.txt,title=govlint::无法读取这个文件（不存在）"


def test_github_escapes_and_levels():
    assert escape_data("50%\r\nx") == "50%25%0D%0Ax"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    span = Span(2, 3, 2, 5, 0, 2)
    ds = (Diagnostic("X1", "warning", "第一行\n第二行 100%", "报告,1:x.txt", span, rule="r1"),
          Diagnostic("X2", "note", "注意", "报告,1:x.txt", span),
          Diagnostic("X3", "error", "表三不符", "r.pdf", span, origin="第2页"))
    out = github([FileResult("报告,1:x.txt", ds[:2]), FileResult("r.pdf", ds[2:], kind="pdf")], OutputContext())
    assert out.splitlines() == [
        "::warning file=报告%2C1%3Ax.txt,line=2,endLine=2,col=3,endColumn=5,title=govlint X1 (r1)::第一行%0A第二行 100%25",
        "::notice file=报告%2C1%3Ax.txt,line=2,endLine=2,col=3,endColumn=5,title=govlint X2::注意",
        "::error file=r.pdf,title=govlint X3::表三不符（原文位置：第2页）"]
    errors = github([FileResult("a.txt", errors=(ToolError("read", "cannot read", "a.txt"),))],
                    OutputContext(run_errors=(ToolError("plugin", "plugin x failed"),)))
    assert errors.splitlines() == ["::error title=govlint::plugin x failed",
                                   "::error file=a.txt,title=govlint::cannot read"]


# -- JUnit ----------------------------------------------------------------------------------

def test_junit_read_back_by_junitparser(work, capsys):
    junitparser = pytest.importorskip("junitparser", reason="junitparser (the test extra) is not installed")
    (work / "bad.txt").write_text(BAD, encoding="utf-8")
    (work / "good.txt").write_text(CLEAN, encoding="utf-8")
    status, out, err = check(capsys, "--format", "junit", "-o", "govlint.xml", "bad.txt", "good.txt", "missing.txt")
    assert (status, out, err) == (2, "", "")
    xml = junitparser.JUnitXml.fromfile(str(work / "govlint.xml"))
    suites = {s.name: s for s in xml}
    assert sorted(suites) == ["bad.txt", "good.txt", "missing.txt"]
    bad = suites["bad.txt"]
    assert (bad.tests, bad.failures, bad.errors) == (3, 3, 0)
    cases = list(bad)
    assert [c.name for c in cases] == ["A303 row-total (35:31)", "A302 result-total (56:20)",
                                       "F401 fee-statement-missing (68:1)"]
    [failure] = cases[0].result
    assert isinstance(failure, junitparser.Failure)
    assert failure.type == "A303"
    assert failure.message.startswith("表三“（一）予以公开”行勾稽关系不成立")
    assert failure.text.startswith("bad.txt:35:31: A303 [error] ")
    good = suites["good.txt"]
    assert (good.tests, good.failures, good.errors) == (1, 0, 0)
    assert [c.is_passed for c in good] == [True]
    missing = suites["missing.txt"]
    assert (missing.tests, missing.failures, missing.errors) == (1, 0, 1)
    [error] = list(missing)[0].result
    assert isinstance(error, junitparser.Error) and error.type == "read"
    root = (work / "govlint.xml").read_text("utf-8")
    assert root.splitlines()[1] == '<testsuites name="govlint" tests="5" failures="3" errors="1">'


# -- pre-commit ---------------------------------------------------------------------------

def _git(*args, cwd):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.org")
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_hook_runs_in_a_repository(tmp_path):
    pytest.importorskip("pre_commit", reason="pre-commit (the test extra) is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("govlint's source is not a git repository here (pre-commit try-repo needs one)")
    repo = tmp_path / "reports"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    (repo / "示例镇.txt").write_text(BAD, encoding="utf-8")
    (repo / "notes.csv").write_text("a,b\n", encoding="utf-8")  # not a report: the hook leaves it alone
    (repo / "README.md").write_text("# 年度报告\n\n本仓库存放各年度报告。\n", encoding="utf-8")  # nor this
    _git("add", ".", cwd=repo)
    _git("commit", "-qm", "reports", cwd=repo)
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))
    env.pop("VIRTUAL_ENV", None)
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "govlint", "--all-files"]
    proc = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env, timeout=900)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "- hook id: govlint" in proc.stdout and "- exit code: 1" in proc.stdout
    assert "示例镇.txt:35:31: A303 [错误] " in proc.stdout
    assert "notes.csv" not in proc.stdout and "README.md" not in proc.stdout
    # fixed, the hook passes
    (repo / "示例镇.txt").write_text(CLEAN, encoding="utf-8")
    _git("commit", "-qam", "fixed", cwd=repo)
    proc = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout


# -- the example workflow -------------------------------------------------------------------

def test_example_workflow_uploads_the_sarif_it_writes():
    yaml = pytest.importorskip("yaml", reason="PyYAML (pre-commit's dependency) is not installed")
    flow = yaml.safe_load((ROOT / "examples" / "ci" / "govlint.yml").read_text("utf-8"))
    [job] = flow["jobs"].values()
    assert job["permissions"]["security-events"] == "write"
    runs = [s.get("run", "") for s in job["steps"]]
    [check_step] = [r for r in runs if "govlint check" in r]
    assert "--format sarif" in check_step and "-o govlint.sarif" in check_step
    upload = [s for s in job["steps"] if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif")]
    assert upload and upload[0]["with"]["sarif_file"] == "govlint.sarif"
    # the options the workflow gives govlint are real ones
    args = check_step.split("govlint check", 1)[1].split()
    options = [a for a in args if a.startswith("--")]
    from govlint.cli import build_parser
    known = {o for a in build_parser()._subparsers._group_actions[0].choices["check"]._actions for o in a.option_strings}
    assert set(options) <= known, set(options) - known
