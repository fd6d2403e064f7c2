"""Golden files pin the parsed and bound form of every fixture (what `govlint parse --format json`
prints). After a deliberate change, regenerate with GOVLINT_UPDATE_GOLDEN=1 and review the diff."""
import json
import os
from pathlib import Path

import pytest

from govlint.binder.bind import bind
from govlint.outputs.parsed import dump_bound
from govlint.syntax.parser import parse

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
NAMES = sorted(p.name for p in FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_parse_matches_golden(name):
    text = (FIXTURES / name).read_text("utf-8")
    got = dump_bound(bind(parse(text, name)))
    path = GOLDEN / (name.rsplit(".", 1)[0] + ".json")
    rendered = json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if os.environ.get("GOVLINT_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"no golden file for {name}: run with GOVLINT_UPDATE_GOLDEN=1"
    assert rendered == path.read_text("utf-8")
