"""The damage fuzzer (``tests/damages.py``): every clean source report of the harness, one renderer
damage at a random place of one of its statistical tables, linted; a damage a person reads through
must change nothing, a loss may only give the true findings it makes (the module's docstring says
which). Arithmetic, narrative and label findings built on misread cells are the worst false alarms
govlint can raise; this is where new layouts are looked for before real reports show them.

Narrow by default (one seed for each source and damage, the tab layout; well under a minute).
Wide by hand::

    GOVLINT_FUZZ_SCALE=20 .venv/bin/python -m pytest -q tests/test_damage.py
    GOVLINT_FUZZ_SCALE=3 GOVLINT_DAMAGE_FORMS=all .venv/bin/python -m pytest -q tests/test_damage.py

``GOVLINT_DAMAGE_FORMS`` (``all`` or names of ``harness/text_forms.py``, comma-separated) also
passes each damaged report through those text copies: two damages at once (the table damaged,
then flattened, wrapped or put a cell a line). Those runs still misfire on many pairs (about 600
of 8,944 at two seeds, mostly under one-line, wrap-24 and markdown): they are the list of work
left, not a gate. :data:`STILL_MISFIRING` holds the pairs that cannot be read through by their
nature (skipped, each with its cause); :data:`KNOWN` the seeds of the tab layout that still
misfire, each with its cause.
"""
from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import damages  # noqa: E402
from harness.compare import expected  # noqa: E402
from harness.sources import all_sources  # noqa: E402
from harness.text_forms import FORMS  # noqa: E402

SCALE = int(os.environ.get("GOVLINT_FUZZ_SCALE", "1"))
_FORMS_ASKED = os.environ.get("GOVLINT_DAMAGE_FORMS", "")
TEXT_FORMS = ["tab"] + (list(FORMS) if _FORMS_ASKED == "all" else [f for f in _FORMS_ASKED.split(",") if f])

#: (damage, text form) → why it still misfires: two damages at once that no reader undoes today
#: (a space inside a number is read through a cell a line, where a line is a cell, and is a loss,
#: one C200, on one flattened line: ``damages.LOST_IN_FORM``)
STILL_MISFIRING: dict = {}

#: (source, damage, seed) → why the tab layout still misfires there
KNOWN: dict = {}

_SOURCES = all_sources()
_EXPECTED: dict = {}


def _want(name: str):
    if name not in _EXPECTED:
        _EXPECTED[name] = expected(_SOURCES[name])
    return _EXPECTED[name]


def _params():
    return [pytest.param(name, dn, form, id=f"{dn}-{form}-{name}")
            for dn in damages.NAMES for form in TEXT_FORMS for name in _SOURCES]


@pytest.mark.parametrize("source,damage,form", _params())
def test_damaged_table(source, damage, form):
    """SCALE damaged copies of ``source`` (seeded by source, damage and seed): what govlint makes
    of each is judged by the damage's oracle."""
    if (damage, form) in STILL_MISFIRING:
        pytest.skip(STILL_MISFIRING[damage, form])
    convert = (lambda t: t) if form == "tab" else FORMS[form][1]
    want = _want(source)
    if form != "tab" and expected(convert(_SOURCES[source])) != want:
        pytest.skip("the text form alone already reads differently (harness/known_failures)")
    problems = []
    for seed in range(SCALE):
        d = damages.damage(_SOURCES[source], damage, random.Random(f"{source}/{damage}/{seed}"))
        if d is None or form == "tab" and (source, damage, seed) in KNOWN:
            continue
        wrong = damages.judge(want, expected(convert(d.text)), damages.lost_in(d, form))
        if wrong:
            problems.append(f"seed {seed}, {d.table}, at {d.where[:50]!r}: " + "; ".join(wrong[:4]))
    assert not problems, "\n".join(problems)


def test_every_damage_applies_to_the_clean_report():
    """Each damage finds a place in the clean report's tables (a damage that never applies
    tests nothing)."""
    text = _SOURCES["clean"]
    for name in damages.NAMES:
        hits = [damages.damage(text, name, random.Random(f"clean/{name}/{seed}")) for seed in range(5)]
        assert any(h is not None and h.text != text for h in hits), name


def test_a_damage_is_the_same_for_the_same_seed():
    """A misfire is reproduced from its source, damage and seed alone."""
    text = _SOURCES["county"]
    a = damages.damage(text, "label-wrapped-below", random.Random("county/label-wrapped-below/3"))
    b = damages.damage(text, "label-wrapped-below", random.Random("county/label-wrapped-below/3"))
    assert (a.text, a.table, a.where) == (b.text, b.table, b.where)


def test_the_oracle_of_a_loss_refuses_arithmetic():
    """The losing oracle calls an A30x the source did not give a misfire, and C200 once for the
    damaged table none."""
    d = damages.Damaged("", "row-dropped", "losing", "表三", "")
    want = ({}, [])
    a302 = ("A302", "三", "表三", "total", "other", "…")
    c200 = ("C200", "三", "表三", "", "", "…")
    assert damages.judge(want, ({}, [a302]), d) == ["false A302 表三/total/other: …"]
    assert damages.judge(want, ({}, [c200]), d) == []
    assert damages.judge(want, ({}, [c200, c200]), d) == ["2 findings for one loss: C200 表三/, C200 表三/"]
