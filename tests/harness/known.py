"""known_failures.toml: the renderings govlint gets wrong today, each with its diagnosed cause.

Each entry becomes ``pytest.mark.xfail(strict=True)``: a fix that makes the rendering pass
turns the test into an XPASS failure, and the entry must then be removed, so the file always
lists exactly what is still broken.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Dict

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PATH = Path(__file__).with_name("known_failures.toml")


def known_failures(path: Path = PATH) -> Dict[str, str]:
    """Rendering id → reason. Unknown ids are an error (a renamed layout must not hide an entry)."""
    from .renderings import catalogue
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text("utf-8")).get("failures", {})
    ids = {r.id for r in catalogue()}
    unknown = sorted(set(data) - ids)
    if unknown:
        raise ValueError(f"{path.name} names renderings that do not exist: {unknown}")
    return {k: str(v) for k, v in data.items()}
