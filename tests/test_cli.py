"""The command line as a user runs it: exit codes, messages, configuration."""
import re
from pathlib import Path

import pytest

from govlint.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
README = Path(__file__).parent.parent / "README.md"


@pytest.fixture
def work(tmp_path, monkeypatch):
    """An empty directory to run in, with the clean fixture and a defective copy."""
    monkeypatch.chdir(tmp_path)
    clean = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    (tmp_path / "clean.txt").write_text(clean, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(clean.replace("本年度未收取信息处理费。", "无"), encoding="utf-8")
    return tmp_path


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_report_exits_0(work, capsys):
    code, out, _ = run(capsys, "check", "clean.txt", "--no-plugins")
    assert code == 0
    assert out == "全部检查通过（1 个文件）。\n"


def test_finding_exits_1_with_position_source_line_and_caret(work, capsys):
    code, out, _ = run(capsys, "check", "bad.txt", "--no-plugins")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("bad.txt:68:1: F401 [错误] “六、其他需要报告的事项”没有说明信息处理费的收取情况")
    assert lines[1:4] == ["   |", "68 | 六、其他需要报告的事项", "   | " + "^" * 22]
    assert lines[-1] == "共发现 1 个问题（错误 1，警告 0，提示 0），检查了 1 个文件。"


def test_english_messages(work, capsys):
    code, out, _ = run(capsys, "check", "bad.txt", "--no-plugins", "--lang", "en", "--no-source")
    assert out.splitlines()[0].startswith("bad.txt:68:1: F401 [error] “六、其他需要报告的事项” does not state")
    assert out.splitlines()[-1] == "Found 1 finding (1 error, 0 warnings, 0 notes) in 1 file."


def test_exit_zero_hides_findings_but_not_errors(work, capsys):
    assert run(capsys, "check", "bad.txt", "--no-plugins", "--exit-zero")[0] == 0
    assert run(capsys, "check", "bad.txt", "missing.txt", "--no-plugins", "--exit-zero")[0] == 2


def test_unreadable_and_not_a_report_are_one_line_errors(work, capsys):
    (work / "empty.txt").write_text("", encoding="utf-8")
    (work / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (work / "novel.txt").write_text("从前有座山，山里有座庙。\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "--lang", "en", "empty.txt", "binary.txt", "novel.txt", "clean.txt", "--no-plugins")
    assert code == 2
    assert "empty.txt: error: the file is empty" in err  # errors on stderr (issue 17)
    assert "binary.txt: error: this is a binary file, not a report" in err
    assert "novel.txt: error: this does not look like an annual report on government information disclosure" in err
    assert ": error:" not in out
    assert "Traceback" not in out + err
    assert out.splitlines()[-1] == "3 files of 4 could not be checked; 1 checked without findings."


def test_directory_is_walked_for_reports(work, capsys):
    code, out, _ = run(capsys, "check", ".", "--no-plugins", "--no-source")
    assert code == 1
    assert "检查了 2 个文件" in out.splitlines()[-1]


def test_select_and_ignore_take_codes_and_prefixes(work, capsys):
    assert run(capsys, "check", "bad.txt", "--no-plugins", "--select", "A,C")[0] == 0
    assert run(capsys, "check", "bad.txt", "--no-plugins", "--ignore", "F4")[0] == 0
    assert run(capsys, "check", "bad.txt", "--no-plugins", "--select", "F401")[0] == 1


def test_unknown_code_is_an_error(work, capsys):
    code, out, err = run(capsys, "check", "--lang", "en", "bad.txt", "--no-plugins", "--select", "Z999")
    assert code == 2 and "unknown rule code or prefix 'Z999'" in err


def test_statistics_count_findings_per_code(work, capsys):
    code, out, _ = run(capsys, "check", "bad.txt", "clean.txt", "--no-plugins", "--statistics", "--no-source")
    assert "    1\tF401\tfee-statement-missing" in out.splitlines()


def test_govlint_toml_configures_the_run(work, capsys):
    (work / "govlint.toml").write_text('ignore = ["F401"]\n', encoding="utf-8")
    assert run(capsys, "check", "bad.txt", "--no-plugins")[0] == 0


def test_pyproject_tool_section_and_severity_override(work, capsys):
    (work / "pyproject.toml").write_text('[tool.govlint]\nseverity = { F401 = "note" }\n', encoding="utf-8")
    code, out, _ = run(capsys, "check", "bad.txt", "--no-plugins", "--no-source")
    assert "F401 [提示]" in out


def test_per_file_ignores(work, capsys):
    (work / "govlint.toml").write_text('[per-file-ignores]\n"bad.*" = ["F"]\n', encoding="utf-8")
    assert run(capsys, "check", "bad.txt", "--no-plugins")[0] == 0


def test_closest_config_wins(work, capsys, monkeypatch):
    (work / "govlint.toml").write_text('ignore = ["F401"]\n', encoding="utf-8")
    sub = work / "sub"
    sub.mkdir()
    (sub / "govlint.toml").write_text('select = ["F"]\n', encoding="utf-8")
    (sub / "bad.txt").write_text((work / "bad.txt").read_text("utf-8"), encoding="utf-8")
    monkeypatch.chdir(sub)
    assert run(capsys, "check", "bad.txt", "--no-plugins")[0] == 1


@pytest.mark.parametrize("content, message", [
    ('selct = ["A"]\n', "unknown key selct"),
    ('select = "A"\n', "select must be a list of strings"),
    ('ignore = ["Q1"]\n', "unknown rule code or prefix 'Q1'"),
    ('lang = "fr"\n', "lang = 'fr': use zh or en"),
    ('severity = { A301 = "fatal" }\n', "use error, warning or note"),
    ('format-version = "2030"\n', "format-version '2030'"),
    ("select = [\n", "not valid TOML"),
])
def test_bad_configuration_is_a_clear_error(work, capsys, content, message):
    (work / "govlint.toml").write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "check", "--lang", "en", "clean.txt")
    assert code == 2
    assert message in err and "govlint.toml" in err
    assert "Traceback" not in err


def test_rules_lists_every_builtin_rule(capsys):
    code, out, _ = run(capsys, "rules", "--no-plugins", "--isolated")
    codes = [line.split()[0] for line in out.splitlines()]
    assert codes == ["S100", "S101", "S102", "S103", "S104", "S105", "S106", "S107", "S108", "C200", "C201", "C202", "C203", "C204", "C205", "C206",
                     "C207", "C208", "A301", "A302", "A303", "A304", "A305", "F401", "F402", "V501", "V502", "V503", "N601", "N602", "P701", "P702",
                     "X801", "X802", "X803", "X804", "X805"]


def test_rule_prints_its_docs_in_the_fixed_shape(capsys):
    code, out, _ = run(capsys, "rule", "a301", "--no-plugins", "--isolated")
    assert code == 0
    assert out.startswith("# A301 balance\n")
    headings = re.findall(r"^## (.+)$", out, re.M)
    assert headings == ["检查内容", "为什么", "依据", "示例", "如何修改"]
    code, out, _ = run(capsys, "rule", "A301", "--lang", "en", "--no-plugins", "--isolated")
    assert re.findall(r"^## (.+)$", out, re.M) == ["What it does", "Why is this bad?", "Basis", "Example",
                                                   "How to fix"]


def test_unknown_rule_code(capsys):
    code, _, err = run(capsys, "rule", "--lang", "en", "X1", "--no-plugins", "--isolated")
    assert code == 2 and "unknown rule code 'X1'" in err


def test_readme_rule_table_is_generated_from_the_metadata(capsys):
    _, table, _ = run(capsys, "rules", "--format", "markdown", "--no-plugins", "--isolated")
    readme = README.read_text("utf-8")
    current = readme.split("<!-- rules:start -->\n", 1)[1].split("<!-- rules:end -->", 1)[0]
    assert current.strip() == table.strip(), "README rule table is stale: paste `govlint rules --format markdown`"


def test_parse_shows_sections_and_cells(work, capsys):
    code, out, _ = run(capsys, "parse", "clean.txt", "--no-plugins")
    assert code == 0
    assert "       68  六、其他需要报告的事项" in out
    assert "       56  （七）总计                        10 2 0 1 0 0 13" in out


def test_parse_json_gives_every_cell_with_its_position(work, capsys):
    import json
    code, out, _ = run(capsys, "parse", "clean.txt", "--format", "json", "--no-plugins")
    d = json.loads(out)
    cell = d["tables"]["表三"]["rows"]["total"]["cells"]["natural"]
    assert cell == {"label": "自然人", "state": "value", "value": 10, "text": "10", "line": 56, "column": 7}


def test_parse_error_is_one_line(work, capsys):
    (work / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "parse", "--lang", "en", "empty.txt", "--no-plugins")
    assert code == 2 and err == "govlint: error: empty.txt: the file is empty\n"


def test_parse_walks_a_folder_like_check(work, capsys):
    """`parse DIR` reads every report a walk finds (as `check DIR` does), a JSON list naming
    each file; before, a folder was an error and JSON printed ``null``."""
    import json
    (work / "sub").mkdir()
    (work / "sub" / "b.txt").write_text((work / "clean.txt").read_text("utf-8"), encoding="utf-8")
    code, out, _ = run(capsys, "parse", ".", "--format", "json", "--no-plugins")
    assert code == 0
    assert [d["file"] for d in json.loads(out)] == ["./bad.txt", "./clean.txt", "./sub/b.txt"]
    code, out, _ = run(capsys, "parse", "sub", "--format", "json", "--no-plugins")
    assert code == 0 and [d["file"] for d in json.loads(out)] == ["sub/b.txt"]  # a folder: always a list


def test_parse_of_an_unreadable_file_prints_its_error_and_no_null(work, capsys):
    (work / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "parse", "--lang", "en", "empty.txt", "--format", "json", "--no-plugins")
    assert (code, out, err) == (2, "", "govlint: error: empty.txt: the file is empty\n")


def test_parse_of_a_folder_with_no_report_is_an_error(work, capsys):
    (work / "none").mkdir()
    code, out, err = run(capsys, "parse", "--lang", "en", "none", "--no-plugins")
    assert code == 2 and out == ""
    assert err.startswith("govlint: error: no report found in none (looked for .doc ")


def test_no_command_prints_help_and_exits_2(capsys):
    assert run(capsys)[0] == 2


def test_no_plugins_tolerates_plugin_codes_in_the_configuration(work, capsys):
    (work / "govlint.toml").write_text('ignore = ["X901"]\n', encoding="utf-8")
    assert run(capsys, "check", "clean.txt", "--no-plugins")[0] == 0


def test_directory_walk_skips_a_readme_but_reads_a_report_in_markdown(work, capsys):
    """(A report in Markdown was skipped too until session 57: a folder of converted reports read as empty.)"""
    (work / "README.md").write_text("# 政府信息公开工作年度报告检查说明\n\n本目录存放报告。\n", encoding="utf-8")
    (work / "report.md").write_text((work / "clean.txt").read_text("utf-8"), encoding="utf-8")
    code, out, _ = run(capsys, "check", ".", "--no-plugins", "--no-source")
    assert "README.md" not in out and "检查了 3 个文件" in out
    code, out, _ = run(capsys, "check", "report.md", "--no-plugins")
    assert code == 0
