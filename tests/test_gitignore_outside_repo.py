"""A directory walk outside any git work tree starts no git process (a rerun over a corpus
served by the results cache would spend more on it than on a report), and inside one git still
decides."""
import shutil
import subprocess

import pytest

from govlint.run import gitignore


def _no_git_process(monkeypatch):
    def refused(*a, **k):
        raise AssertionError(f"git was run: {a}")
    monkeypatch.setattr(subprocess, "run", refused)


def test_no_git_folder_above_means_no_git_process(tmp_path, monkeypatch):
    if gitignore._maybe_in_work_tree(str(tmp_path)):
        pytest.skip("the temporary folder is inside a git work tree here")
    monkeypatch.delenv("GIT_DIR", raising=False)
    monkeypatch.delenv("GIT_WORK_TREE", raising=False)
    _no_git_process(monkeypatch)
    (tmp_path / "a.txt").write_text("x", "utf-8")
    assert gitignore.ignored(str(tmp_path), [str(tmp_path / "a.txt")]) == set()


def test_git_dir_in_the_environment_asks_git(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_DIR", str(tmp_path / "elsewhere.git"))
    assert gitignore._maybe_in_work_tree(str(tmp_path)) is True


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_inside_a_work_tree_git_still_decides(tmp_path, monkeypatch):
    monkeypatch.delenv("GIT_DIR", raising=False)
    monkeypatch.delenv("GIT_WORK_TREE", raising=False)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("build/\n", "utf-8")
    sub = tmp_path / "deep" / "er"
    (sub / "build").mkdir(parents=True)
    kept, dropped = sub / "a.txt", sub / "build" / "b.txt"
    kept.write_text("x", "utf-8")
    dropped.write_text("x", "utf-8")
    assert gitignore._maybe_in_work_tree(str(sub)) is True  # (found two folders up)
    assert gitignore.ignored(str(sub), [str(kept), str(dropped)]) == {str(dropped)}
