"""Running many files: one after another, or in worker processes, results in input order."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from .diagnostics import FileResult
from .engine import Settings, lint_file


def run(files: Iterable[str], settings: Settings, jobs: Optional[int] = 1) -> Iterator[FileResult]:
    """Lint each file and yield its result, in the order of ``files``."""
    for f in files:
        yield lint_file(f, settings)
