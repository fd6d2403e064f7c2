"""Every built-in rule, as data: tests/rules/*.toml holds passing and failing cases with the exact
code, position, severity and message (the same format plugin authors use, govlint.testing)."""
from pathlib import Path

import pytest

from govlint.checks.registry import load
from govlint.testing import case_params, check_case

RULES_DIR = Path(__file__).parent / "rules"
BUILTINS = load(builtins_only=True)


@pytest.mark.parametrize("case", case_params(RULES_DIR))
def test_rule_case(case):
    check_case(case, BUILTINS)


def test_every_builtin_rule_has_a_failing_case():
    """A rule without a case that makes it fire is untested."""
    fired = set()
    for param in case_params(RULES_DIR):
        case = param.values[0]
        fired.update(e["code"] for e in case.expect)
    assert set(BUILTINS.rules) <= fired, sorted(set(BUILTINS.rules) - fired)


def test_every_family_has_a_passing_case():
    """Each family is run on a clean report and must find nothing there."""
    clean = {c.values[0].select[0] for c in case_params(RULES_DIR) if not c.values[0].expect}
    families = {code[0] for code in BUILTINS.rules}
    assert families <= {s[0] for s in clean}
