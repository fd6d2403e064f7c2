"""Issue 17, "Data lost or overwritten", "False all clean", "Crashes and corrupted output",
"Messages that mislead": one test per item, named after it."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from govlint.cli import main

sys.path.insert(0, str(Path(__file__).parent))
import generators  # noqa: E402


@pytest.fixture(autouse=True)
def no_reader_cache(monkeypatch):
    """Each hostile input is read afresh: no reader cache remembers an earlier run's answer."""
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")

GOOD, CLEAN = generators.GOOD_REPORTS


def _run(capsys, *args):
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


# -- data lost or overwritten ------------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["-o", "--output-file", "--output"])
def test_output_naming_a_checked_report_is_refused(tmp_path, capsys, how):
    report = tmp_path / "报告.txt"
    report.write_bytes(GOOD.read_bytes())
    before = report.read_bytes()
    args = ["--output", f"json:{report}"] if how == "--output" else [how, str(report)]
    code, out, err = _run(capsys, "check", "--isolated", str(tmp_path), *args)
    assert code == 2 and out == ""
    assert "is one of the files to check" in err and "报告.txt" in err
    assert report.read_bytes() == before


# -- false "all clean" -------------------------------------------------------------------------------------

def test_unreadable_sub_directory_is_an_error_not_all_clean(tmp_path, capsys, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "clean.txt").write_bytes(CLEAN.read_bytes())
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_bytes(GOOD.read_bytes())
    if os.geteuid() == 0:  # root reads any folder: the walk sees what it would see without the right
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", str(locked))
            return real(path)
        monkeypatch.setattr(os, "scandir", scandir)
    else:
        locked.chmod(0)
    try:
        code, out, err = _run(capsys, "check", "--isolated", tmp_path)
    finally:
        locked.chmod(0o755)
    assert code == 2
    assert f"{locked}：无法读取这个文件夹（Permission denied），其中的报告没有检查" in err
    assert "全部检查通过" not in out


def test_empty_directory_is_an_error(tmp_path, capsys):
    code, out, err = _run(capsys, "check", "--isolated", tmp_path)
    assert code == 2 and out == ""
    assert f"{tmp_path} 中没有找到报告" in err and ".txt" in err


@pytest.mark.parametrize("args", [["--select", ""], ["--ignore", "ALL"], ["--select", "A", "--ignore", "A"]])
def test_zero_rules_is_an_error(capsys, args):
    code, out, err = _run(capsys, "check", "--isolated", GOOD, *args)
    assert code == 2 and out == ""
    assert "没有启用任何规则" in err


def test_zero_rules_in_english(capsys):
    code, out, err = _run(capsys, "check", "--isolated", "--lang", "en", "--select", "", GOOD)
    assert code == 2 and "no rule is enabled" in err


def test_broken_pyproject_toml_is_an_error(tmp_path, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.govlint]\nselect = ["A"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, "check", GOOD)
    assert code == 2 and out == ""
    assert "pyproject.toml: not valid TOML" in err


def test_broken_pyproject_toml_that_is_not_govlints_is_left_alone(tmp_path, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[project\nname = "x"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, "check", GOOD)
    assert code == 1


def test_deeply_nested_config_is_one_line_error(tmp_path, capsys):
    cfg = tmp_path / "govlint.toml"
    cfg.write_bytes(generators.deeply_nested_config())
    code, out, err = _run(capsys, "check", "--config", cfg, GOOD)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "nested too deeply" in err


def test_html_starting_with_a_comment_is_read_as_html(tmp_path, capsys):
    name, build = generators.INPUTS["html_starting_with_comment"]
    page = tmp_path / name
    page.write_bytes(build())
    assert build().index(b"<html>") > 2048, "the comment is longer than what the sniffer looked at"
    code, out, err = _run(capsys, "check", "--isolated", "--format", "json", page)
    doc = json.loads(out)
    assert doc["files"][0]["kind"] == "html"
    assert code == 1 and {f["code"] for f in doc["findings"]} >= {"N601", "F401"}, "the page's own report"


def test_report_hidden_in_a_comment_is_not_read(tmp_path, capsys):
    name, build = generators.INPUTS["html_report_only_in_a_comment"]
    page = tmp_path / name
    page.write_bytes(build())
    code, out, err = _run(capsys, "check", "--isolated", page)
    assert code == 2 and f"{page}: error: " in err


PLUGIN = '''
import sys
from govlint.plugin import Rule, hookimpl

print("printed while the plugin is imported")

class Exits(Rule):
    code = "X980"
    name = "exits"
    summary = summary_en = "exits or prints"

    def check(self, ctx):
        print("printed by a rule")
        if "exit" in ctx.bound.report.path:
            sys.exit(0)
        return ()

def broken(results, ctx):
    raise ValueError("formatter bug")

@hookimpl
def govlint_rules():
    return [Exits]

@hookimpl
def govlint_formatters():
    return {"broken": broken}
'''


@pytest.fixture
def plugin_cfg(tmp_path):
    (tmp_path / "exits_plugin.py").write_text(PLUGIN, "utf-8")
    cfg = tmp_path / "govlint.toml"
    cfg.write_text('plugins = ["exits_plugin.py"]\n', "utf-8")
    return cfg


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_plugin_rule_calling_sys_exit_is_an_error_naming_the_plugin(tmp_path, capsys, plugin_cfg, jobs):
    bad = tmp_path / "exit.txt"
    bad.write_bytes(GOOD.read_bytes())
    code, out, err = _run(capsys, "check", "--config", plugin_cfg, "--jobs", jobs, "--no-source", bad, GOOD)
    assert code == 2
    assert f"{bad}: error: rule X980 (exits, from exits_plugin.py) called sys.exit(0)" in err
    assert f"{GOOD}:" in out


def test_plugin_print_never_lands_in_json(tmp_path, capsys, plugin_cfg):
    code, out, err = _run(capsys, "check", "--config", plugin_cfg, "--format", "json", "--jobs", "1", GOOD)
    doc = json.loads(out)  # nothing else on stdout
    assert doc["summary"]["files"] == 1
    assert "printed by a rule" not in out and "printed while the plugin is imported" not in out


def test_formatter_plugin_that_raises_is_an_error_naming_the_plugin(tmp_path, capsys, plugin_cfg):
    code, out, err = _run(capsys, "check", "--config", plugin_cfg, "--format", "broken", GOOD)
    assert code == 2 and out == ""
    assert "output format broken (plugin exits_plugin.py) raised ValueError: formatter bug" in err


def test_plugin_that_exits_while_imported_is_an_error_naming_it(tmp_path, capsys):
    (tmp_path / "bye.py").write_text("import sys\nsys.exit(3)\n", "utf-8")
    cfg = tmp_path / "govlint.toml"
    cfg.write_text('plugins = ["bye.py"]\n', "utf-8")
    code, out, err = _run(capsys, "check", "--config", cfg, GOOD)
    assert code == 2
    assert "plugin bye.py failed to load: it called sys.exit(3)" in err
    assert f"{GOOD}:" in out, "the run went on with the other rules"


def test_plugin_import_that_loops_forever_is_over_the_time_limit(tmp_path, capsys):
    (tmp_path / "forever.py").write_text("while True:\n    pass\n", "utf-8")
    cfg = tmp_path / "govlint.toml"
    cfg.write_text('plugins = ["forever.py"]\ntimeout = 1\n', "utf-8")
    code, out, err = _run(capsys, "check", "--config", cfg, GOOD)
    assert code == 2
    assert "plugin forever.py failed to load: it took more than 1 s (--timeout)" in err


# -- crashes and corrupted output --------------------------------------------------------------------------

@pytest.fixture
def odd_names(tmp_path):
    d = tmp_path / "odd"
    d.mkdir()
    bad_bytes = os.fsdecode(b"bad\xff\xfe.txt")
    escape = "esc\x1b[31mred\x07.txt"
    for name in (bad_bytes, escape):
        (d / name).write_bytes(GOOD.read_bytes())
    return d, d / bad_bytes, d / escape


def test_non_utf8_file_name_gives_valid_json_and_sarif(odd_names, capsys):
    d, bad, _ = odd_names
    code, out, err = _run(capsys, "check", "--isolated", "--format", "json", d)
    assert code == 1
    doc = json.loads(out.encode("utf-8", "strict"))  # valid UTF-8, valid JSON
    assert str(d / "bad\\xff\\xfe.txt") in [f["path"] for f in doc["files"]]
    code, out, err = _run(capsys, "check", "--isolated", "--format", "sarif", d)
    assert code == 1
    sarif = json.loads(out.encode("utf-8", "strict"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert any(u.endswith("bad%FF%FE.txt") for u in uris)


def test_terminal_escape_sequences_in_file_names_are_shown_escaped(odd_names, capsys):
    d, bad, escape = odd_names
    code, out, err = _run(capsys, "check", "--isolated", "--no-source", d)
    assert "\x1b" not in out and "\x07" not in out
    assert f"{d}/esc\\x1b[31mred\\x07.txt:" in out
    assert f"{d}/bad\\xff\\xfe.txt:" in out


# -- messages that mislead ---------------------------------------------------------------------------------

def test_no_findings_is_never_said_beside_files_that_could_not_be_checked(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "clean.txt").write_bytes(CLEAN.read_bytes())
    code, out, err = _run(capsys, "check", "--isolated", tmp_path)
    assert code == 2
    assert "没有发现问题（" not in out and "全部检查通过" not in out
    assert out.splitlines()[-1] == "2 个文件中 1 个无法检查，其余 1 个没有发现问题。"
    code, out, err = _run(capsys, "check", "--isolated", "--lang", "en", tmp_path)
    assert out.splitlines()[-1] == "1 file of 2 could not be checked; 1 checked without findings."


def test_file_errors_go_to_stderr(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = _run(capsys, "check", "--isolated", tmp_path / "empty.txt", GOOD)
    assert f"{tmp_path / 'empty.txt'}: error: the file is empty" in err
    assert ": error:" not in out


def test_version_exits_2_when_a_plugin_failed_like_rules(tmp_path, capsys, monkeypatch):
    (tmp_path / "bye.py").write_text("raise ImportError('missing dependency')\n", "utf-8")
    (tmp_path / "govlint.toml").write_text('plugins = ["bye.py"]\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, "--version")
    assert code == 2 and out.startswith("govlint ") and "plugin bye.py failed to load" in err
    assert _run(capsys, "rules")[0] == 2


# -- .gitignore --------------------------------------------------------------------------------------------

@pytest.fixture
def git_tree(tmp_path, monkeypatch):
    import shutil
    import subprocess
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("*.egg-info/\nbuild/\n", "utf-8")
    (tmp_path / "govlint.egg-info").mkdir()
    (tmp_path / "govlint.egg-info" / "SOURCES.txt").write_text("src/govlint/cli/\n", "utf-8")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "old.txt").write_bytes(GOOD.read_bytes())
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "clean.txt").write_bytes(CLEAN.read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_with_no_path_respects_gitignore(git_tree, capsys):
    code, out, err = _run(capsys, "check", "--isolated")
    assert code == 0, err
    assert out.splitlines()[-1] == "全部检查通过（1 个文件）。"
    assert "SOURCES.txt" not in out + err


def test_no_respect_gitignore_checks_the_ignored_files_too(git_tree, capsys):
    code, out, err = _run(capsys, "check", "--isolated", "--no-respect-gitignore", "--no-source")
    assert code == 2
    assert "SOURCES.txt: error: " in err and "build/old.txt:" in out


def test_a_file_named_on_the_command_line_is_checked_even_if_ignored(git_tree, capsys):
    code, out, err = _run(capsys, "check", "--isolated", "--no-source", "build/old.txt")
    assert code == 1 and "build/old.txt:" in out


def test_respect_gitignore_is_a_configuration_key(git_tree, capsys):
    (git_tree / "govlint.toml").write_text("respect-gitignore = false\n", "utf-8")
    code, out, err = _run(capsys, "check", "--no-source")
    assert code == 2 and "build/old.txt:" in out


def test_invisible_and_control_characters_in_a_report_are_shown_escaped(tmp_path, capsys):
    """A zero-width space in a cell, and a terminal escape sequence in a row label: the message
    and the source line under it show them as escapes, the caret still under its place."""
    text = GOOD.read_text("utf-8")
    assert "\t1\t0\t0\t0\t0\t0\t1\n" in text
    text = text.replace("\t1\t0\t0\t0\t0\t0\t1\n", "\t1\u200b\t0\t0\t0\t0\t0\t1\n", 1)
    text = text.replace("六、其他需要报告的事项", "六、其他需要报告的事项\x1b]0;pwned\x07", 1)
    report = tmp_path / "r.txt"
    report.write_text(text, "utf-8")
    code, out, err = _run(capsys, "check", "--isolated", report)
    assert "\x1b" not in out and "\x07" not in out and "\u200b" not in out
    assert "的值“1\\u200b”不是数字" in out  # C204 names the invisible character
    lines = out.splitlines()
    i = lines.index("34 | 二、上年结转政府信息公开申请数量 1\\u200b 0 0 0 0 0 1")
    assert lines[i + 1] == "   | " + " " * 33 + "^" * 7, "the caret under the whole value, escapes included"
    assert "68 | 六、其他需要报告的事项\\x1b]0;pwned\\x07" in lines


@pytest.mark.parametrize("data, expected", [
    ("一、总体情况\nabc\x00def\n".encode(), "(a NUL byte at line 2, byte 4 of the line)"),
    ("一、总体情况\nab".encode() + b"\xff\xfe\x80\x81cd\n", "(byte 0xff at line 2, byte 3 of the line is not UTF-8)"),
])
def test_a_nul_byte_or_a_bad_byte_is_rejected_saying_where(tmp_path, capsys, data, expected):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    code, out, err = _run(capsys, "check", "--isolated", bad)
    assert code == 2 and expected in err
    assert out.splitlines()[-1] == "1 个文件中 1 个无法检查。"


def test_every_file_could_not_be_checked_says_so(tmp_path, capsys):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(b"")
    code, out, err = _run(capsys, "check", "--isolated", tmp_path)
    assert code == 2 and out.splitlines()[-1] == "2 个文件都无法检查。"


def test_readme_set_up_line_says_that_it_exits_1_on_purpose():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    setup = " ".join(readme.split("## Set-up", 1)[1].split("## ", 1)[0].split())
    assert ".venv/bin/govlint check examples/" in setup
    assert "The last command exits 1" in setup and "on purpose" in setup


def test_a_5000_digit_number_is_findings_not_a_failed_rule(tmp_path, capsys):
    name, build = generators.INPUTS["report_with_huge_number"]
    report = tmp_path / name
    report.write_bytes(build())
    code, out, err = _run(capsys, "check", "--isolated", "--format", "json", report)
    doc = json.loads(out)
    assert code == 1 and not doc["errors"]
    assert any(f["code"] == "A303" and f["location"]["row"] == "2.其他法律行政法规禁止公开" for f in doc["findings"])
