"""Issue 17: configuration discovered per checked file, as ruff and SQLFluff do: each file is
checked with the configuration closest to it; ``--config`` and ``--isolated`` name one for all;
the run keeps one language."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from govlint.cli import main

BAD = Path(__file__).resolve().parents[1] / "examples" / "reports" / "样例乡-2024-有问题.txt"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    for d in ("", "sub", "sub/deeper", "broken", "english"):
        (tmp_path / d).mkdir(parents=True, exist_ok=True)
        (tmp_path / d / "r.txt").write_bytes(BAD.read_bytes())
    (tmp_path / "govlint.toml").write_text('select = ["ALL"]\n', "utf-8")
    (tmp_path / "sub" / "govlint.toml").write_text('ignore = ["F401"]\n', "utf-8")
    (tmp_path / "broken" / "govlint.toml").write_text('ignore = ["Q999"]\n', "utf-8")
    (tmp_path / "english" / ".govlint.toml").write_text('lang = "en"\nignore = ["A"]\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _codes(capsys, *args):
    code = main(["check", "--format", "json", *args])
    out, err = capsys.readouterr()
    doc = json.loads(out)
    by_file = {}
    for f in doc["findings"]:
        by_file.setdefault(f["path"], set()).add(f["code"])
    return code, doc, by_file, err


def test_each_file_is_checked_with_the_configuration_closest_to_it(tree, capsys):
    code, doc, by_file, err = _codes(capsys, ".")
    assert "F401" in by_file["./r.txt"]
    assert "F401" not in by_file["./sub/r.txt"]
    assert "F401" not in by_file["./sub/deeper/r.txt"], "the nearest configuration above the folder"
    assert not any(c.startswith("A") for c in by_file["./english/r.txt"])
    assert any(c.startswith("A") for c in by_file["./r.txt"])


def test_a_broken_configuration_is_the_error_of_its_files_only(tree, capsys):
    code, doc, by_file, err = _codes(capsys, ".")
    assert code == 2
    (e,) = [e for e in doc["errors"] if e["path"] == "./broken/r.txt"]
    assert e["kind"] == "config" and "broken/govlint.toml：未知的规则代码或前缀 'Q999'" in e["message"]
    assert "./sub/r.txt" in by_file


def test_one_language_per_run_whatever_a_nested_configuration_says(tree, capsys):
    code, doc, by_file, err = _codes(capsys, ".")
    english = [f for f in doc["findings"] if f["path"] == "./english/r.txt"]
    assert english and all(not f["message"].isascii() for f in english), "the run's language is the root's (zh)"


@pytest.mark.parametrize("args", [["--isolated"], ["--config", "govlint.toml"]])
def test_config_or_isolated_names_one_configuration_for_all(tree, capsys, args):
    code, doc, by_file, err = _codes(capsys, *args, ".")
    assert all("F401" in codes for codes in by_file.values())
    assert not doc["errors"]


def test_command_line_options_apply_to_every_configuration(tree, capsys):
    code, doc, by_file, err = _codes(capsys, "--ignore", "P", ".")
    assert not any(c.startswith("P") for codes in by_file.values() for c in codes)
    assert "F401" not in by_file["./sub/r.txt"]


def test_suppressions_of_a_nested_configuration_apply_to_the_files_under_it(tmp_path, monkeypatch, capsys):
    """Issue 17: a sub-folder's ``govlint.toml`` with its own ``[[suppress]]`` entries: they apply to
    the files under that folder, their paths relative to that folder; the closest configuration
    wins (the root's entries do not reach the sub-folder's files, as ruff does without extend)."""
    for d in ("", "sub/a", "sub/b"):
        (tmp_path / d).mkdir(parents=True, exist_ok=True)
        (tmp_path / d / "r.txt").write_bytes(BAD.read_bytes())
    (tmp_path / "govlint.toml").write_text(
        '[[suppress]]\ncode = "P701"\nreason = "根目录：统计期限另行说明"\npath = "r.txt"\n', "utf-8")
    (tmp_path / "sub" / "govlint.toml").write_text(
        '[[suppress]]\ncode = "F401"\nreason = "子目录：收费情况另行公开"\npath = "a/r.txt"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    code, doc, by_file, err = _codes(capsys, ".")
    assert code == 1, err
    shown = {(f["path"], f["code"], f["suppression"]["reason"], f["suppression"]["source"]) for f in doc["suppressed"]}
    assert shown == {("./r.txt", "P701", "根目录：统计期限另行说明", "govlint.toml"),
                     ("./sub/a/r.txt", "F401", "子目录：收费情况另行公开", "sub/govlint.toml")}
    assert "P701" not in by_file["./r.txt"] and "F401" in by_file["./r.txt"]
    assert "F401" not in by_file["./sub/a/r.txt"] and "P701" in by_file["./sub/a/r.txt"]  # the closest configuration wins
    assert {"F401", "P701"} <= by_file["./sub/b/r.txt"]  # its path is not a/r.txt
    # with --config naming one configuration for all, only its entries apply (to every file named r.txt)
    code, doc, by_file, err = _codes(capsys, "--config", "govlint.toml", ".")
    assert {(f["path"], f["code"]) for f in doc["suppressed"]} == {
        ("./r.txt", "P701"), ("./sub/a/r.txt", "P701"), ("./sub/b/r.txt", "P701")}
