"""Where govlint keeps what it can rebuild: the installed plugins' list (the parser comes with the package)."""
from __future__ import annotations

import os
from typing import Optional


def cache_dir() -> Optional[str]:
    """Where govlint keeps its caches: ``$GOVLINT_CACHE_DIR`` (empty: none), else
    ``$XDG_CACHE_HOME/govlint``, else ``~/.cache/govlint``."""
    env = os.environ.get("GOVLINT_CACHE_DIR")
    if env is not None:
        return env or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "govlint")
