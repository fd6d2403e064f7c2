"""Prose copied out of a PDF by PDFium has a space on each side of every number ("共收到政府信息公开申请
2343 件", "12 个县（市、区）"). Every N601 case in tests/rules/ is run again with the digits of its
rewritten text spaced that way: the same findings must come out. Without this, a count of bodies written
"12 个县" was no longer seen as a wider scope (a false N601 on a city's figure) and "收到 15 件政府信息公开申请"
was no longer read (a missed N601)."""
import re
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from govlint.checks.registry import load
from govlint.testing import load_cases, run_case

RULES_DIR = Path(__file__).parent / "rules"
BUILTINS = load(builtins_only=True)
#: a number, its thousands apart by commas or not ("12,386": one number, spaced around as a whole)
_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)")


def _spaced_cases():
    out = []
    for path in sorted(RULES_DIR.glob("*.toml")):
        raw_cases = tomllib.loads(path.read_text("utf-8")).get("case", [])
        for raw, case in zip(raw_cases, load_cases(path)):
            if "N601" not in case.select or "fixture" not in raw or not raw.get("replace"):
                continue
            text = (path.parent / raw["fixture"]).read_text("utf-8")
            for old, new in raw["replace"]:
                text = text.replace(old, _DIGITS.sub(r" \1 ", new))
            out.append(pytest.param(case, replace(case, text=text), id=case.id))
    return out


@pytest.mark.parametrize("typed, spaced", _spaced_cases())
def test_prose_with_spaced_digits_gives_the_same_findings(typed, spaced):
    want = [(d.code, d.span.line) for d in run_case(typed, BUILTINS).diagnostics]
    got = [(d.code, d.span.line) for d in run_case(spaced, BUILTINS).diagnostics]
    assert got == want
