"""A section title said in other words ("五、存在的主要问题及整改情况", "四、…行政复议及行政诉讼情况") is
an accepted variant: a note, and never "fixed" back to the official words as if mistyped. A title one
or two characters off that are no other words ("改近情况") is a typo: a warning, and --fix restores it."""
from pathlib import Path

import pytest

from govlint.testing import lint

FIXTURE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


@pytest.mark.parametrize("official, written, severity, fixed", [
    ("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议及行政诉讼情况", "note", False),
    ("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议与行政诉讼情况", "note", False),
    ("五、存在的主要问题及改进情况", "五、存在的主要问题及整改情况", "note", False),
    ("五、存在的主要问题及改进情况", "五、存在的主要问题及改进措施", "note", False),
    ("五、存在的主要问题及改进情况", "五、存在的主要问题及改近情况", "warning", True),
    ("二、主动公开政府信息情况", "二、主动公开政府信患情况", "warning", True),
])
def test_a_reworded_title_is_a_variant_and_a_mistyped_one_a_typo(official, written, severity, fixed):
    text = FIXTURE.replace(f"\n{official}\n", f"\n{written}\n")
    found = [(d.severity, bool(d.fix), [e.text for e in d.fix]) for d in lint(text, select=["S103"]).diagnostics]
    assert found == [(severity, fixed, [official] if fixed else [])]
