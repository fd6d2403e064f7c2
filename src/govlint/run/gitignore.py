"""Which of the files a directory walk found are ignored by git (``.gitignore``, ``.git/info/
exclude``, the global excludes file): a walk leaves them alone, as ruff does, unless
``--no-respect-gitignore``. git itself answers (``git check-ignore``), so the rules are exactly
git's; outside a git work tree, or without git, nothing is ignored."""
from __future__ import annotations

import os
from typing import Iterable, List, Set


def _maybe_in_work_tree(folder: str) -> bool:
    """False when git cannot be in a work tree here: no ``.git`` (folder or file) in the folder
    or any folder above it, and no ``GIT_DIR``/``GIT_WORK_TREE`` naming one; then git is not run
    at all (a walk outside a repository, a corpus, starts no process). True: git answers."""
    if os.environ.get("GIT_DIR") or os.environ.get("GIT_WORK_TREE"):
        return True
    here = folder
    while True:
        if os.path.lexists(os.path.join(here, ".git")):
            return True
        up = os.path.dirname(here)
        if up == here:
            return False
        here = up


def ignored(root: str, paths: Iterable[str]) -> Set[str]:
    """The members of ``paths`` (found under the folder ``root``) that git ignores."""
    paths = list(paths)
    cwd = os.path.abspath(root)
    if not paths or not _maybe_in_work_tree(cwd):
        return set()
    import shutil  # (here: shutil imports bz2 and lzma, ~9 M instructions a walk outside git did for nothing)
    git = shutil.which("git")
    if git is None:
        return set()
    import subprocess
    try:
        inside = subprocess.run([git, "rev-parse", "--is-inside-work-tree"], cwd=cwd, capture_output=True,
                                timeout=30)
        if inside.returncode != 0 or inside.stdout.strip() != b"true":
            return set()
        given = {os.path.abspath(p): p for p in paths}
        proc = subprocess.run([git, "check-ignore", "--no-index", "-z", "--stdin"], cwd=cwd,
                              input=b"\0".join(os.fsencode(p) for p in given) + b"\0",
                              capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return set()
    if proc.returncode not in (0, 1):  # 1: none is ignored; anything else: git could not say
        return set()
    out: List[str] = [os.fsdecode(p) for p in proc.stdout.split(b"\0") if p]
    return {given[os.path.abspath(os.path.join(cwd, p))] for p in out if os.path.abspath(os.path.join(cwd, p)) in given}
