"""The damage fuzzer (``tests/damages.py``): every clean source report of the harness, one renderer
damage at a random place of one of its statistical tables, linted; a damage a person reads through
must change nothing, a loss may only give the true findings it makes (the module's docstring says
which). Arithmetic, narrative and label findings built on misread cells are the worst false alarms
govlint can raise; this is where new layouts are looked for before real reports show them.

Narrow by default (well under a minute): one seed for each source and damage in the tab layout,
and for each damage and each other text form of ``harness/text_forms.py`` one seed of one source
(a different source for each pair, the same from run to run), but for the pairs the wide run
still finds misfiring (:data:`WIDE_LEFT`). Wide by hand::

    GOVLINT_FUZZ_SCALE=20 .venv/bin/python -m pytest -q tests/test_damage.py
    GOVLINT_FUZZ_SCALE=3 GOVLINT_DAMAGE_FORMS=all .venv/bin/python -m pytest -q tests/test_damage.py

``GOVLINT_DAMAGE_FORMS`` (``all`` or names of ``harness/text_forms.py``, comma-separated) also
passes each damaged report through those text copies: two damages at once (the table damaged,
then flattened, wrapped or put a cell a line). Those runs still misfire on some pairs
(:data:`WIDE_LEFT`, with their counts at two seeds: 194 of 8,944 runs, 600 at session 12's
start): they are the list of work left, not a gate of the wide run. :data:`STILL_MISFIRING` holds the pairs that cannot be read through by their
nature (skipped, each with its cause); :data:`KNOWN` the seeds of the tab layout that still
misfire, each with its cause; ``damages.LOST_IN_FORM`` the damages a text form makes a loss of.
"""
from __future__ import annotations

import os
import random
import sys
import zlib
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
#: the narrow run (no scale, no form asked): the other forms a source for each pair
NARROW = SCALE == 1 and not _FORMS_ASKED

#: (damage, text form) → why it still misfires: two damages at once that no reader undoes today
#: (a space inside a number is read through a cell a line, where a line is a cell, and is a loss,
#: one C200, on one flattened line: ``damages.LOST_IN_FORM``)
STILL_MISFIRING: dict = {}

#: (source, damage, seed) → why the tab layout still misfires there
KNOWN: dict = {}

#: (damage, text form) → (misfires, runs) of the wide run at two seeds
#: (``GOVLINT_FUZZ_SCALE=2 GOVLINT_DAMAGE_FORMS=all``): the pairs still misfiring, left out of the
#: narrow run; the work left. A pair fixed leaves this table.
WIDE_LEFT: dict = {
    ("label-wrapped-below", "wrap-40"): (1, 27),
    ("label-wrapped-below", "wrap-24"): (2, 27),
    ("label-wrapped-below", "cells-pipe"): (1, 27),
    ("label-wrapped-below", "cells-dash"): (1, 27),
    ("label-wrapped-below", "cells-tabbed"): (1, 27),
    ("label-wrapped-below", "cells-tabbed-paged"): (1, 27),
    ("label-wrapped-above", "one-line"): (2, 27),
    ("label-wrapped-above", "wrap-24"): (1, 27),
    ("label-wrapped-above", "markdown"): (12, 27),
    ("label-wrapped-above", "cells-pipe"): (1, 27),
    ("label-wrapped-above", "cells-dash"): (1, 27),
    ("label-wrapped-above", "cells-tabbed"): (1, 27),
    ("label-wrapped-above", "cells-tabbed-paged"): (1, 27),
    ("separators-spaces", "wrap-24"): (5, 42),
    ("label-above-numbers", "markdown"): (5, 29),
    ("numbers-above-label", "one-line"): (3, 29),
    ("numbers-above-label", "cells-pipe"): (19, 29),
    ("numbers-above-label", "cells-dash"): (19, 29),
    ("numbers-above-label", "cells-tabbed"): (19, 29),
    ("numbers-above-label", "cells-tabbed-paged"): (19, 29),
    ("label-across-a-page-break", "wrap-40"): (3, 26),
    ("label-across-a-page-break", "wrap-24"): (8, 26),
    ("label-across-a-page-break", "cells-pipe"): (3, 26),
    ("label-across-a-page-break", "cells-dash"): (3, 26),
    ("label-across-a-page-break", "cells-tabbed"): (5, 26),
    ("label-across-a-page-break", "cells-tabbed-paged"): (6, 26),
    ("cell-dropped", "markdown"): (12, 42),
    ("row-dropped", "one-line"): (2, 42),
    ("cells-glued", "markdown"): (13, 42),
    ("rows-glued", "wrap-40"): (2, 29),
    ("rows-glued", "wrap-24"): (6, 29),
    ("number-wrapped-in-its-cell", "wrap-24"): (8, 34),
    ("number-wrapped-in-its-cell", "cells-tabbed"): (8, 34),
}

_SOURCES = all_sources()
_EXPECTED: dict = {}


def _want(name: str):
    if name not in _EXPECTED:
        _EXPECTED[name] = expected(_SOURCES[name])
    return _EXPECTED[name]


def _one_source(damage: str, form: str) -> str:
    """The source the narrow run damages for a pair of damage and text form: each pair its own,
    by a checksum of the pair (the same in every run, unlike ``hash``)."""
    names = sorted(_SOURCES)
    return names[zlib.crc32(f"{damage}/{form}".encode()) % len(names)]


def _params():
    out = [pytest.param(name, dn, form, id=f"{dn}-{form}-{name}")
           for dn in damages.NAMES for form in TEXT_FORMS for name in _SOURCES]
    if NARROW:
        out += [pytest.param(_one_source(dn, form), dn, form, id=f"{dn}-{form}-{_one_source(dn, form)}")
                for dn in damages.NAMES for form in FORMS]
    return out


@pytest.mark.parametrize("source,damage,form", _params())
def test_damaged_table(source, damage, form):
    """SCALE damaged copies of ``source`` (seeded by source, damage and seed): what govlint makes
    of each is judged by the damage's oracle."""
    if (damage, form) in STILL_MISFIRING:
        pytest.skip(STILL_MISFIRING[damage, form])
    if NARROW and (damage, form) in WIDE_LEFT:
        pytest.skip("still misfires in the wide run (%d of %d at two seeds): work left" % WIDE_LEFT[damage, form])
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


def test_a_text_form_makes_a_damage_a_loss_only_where_it_says():
    """A space inside a number is a loss on one flattened line (one sign with the cells' spaces),
    judged by the losing oracle there (one C200 is right), and a damage to read through a cell a
    line, where a line is a cell."""
    d = damages.Damaged("", "number-broken-space", "preserving", "表三", "")
    assert damages.lost_in(d, "one-line").kind == "losing"
    assert damages.lost_in(d, "cells-pipe") is d
    c200 = ("C200", "三", "表三", "new", "", "…")
    assert damages.judge(({}, []), ({}, [c200]), damages.lost_in(d, "one-line")) == []
    assert damages.judge(({}, []), ({}, [c200]), d) == ["extra C200 表三/new: …"]


def test_the_narrow_run_gives_each_pair_one_source():
    """The narrow run's source for a pair is the same in every run, and the pairs spread over
    the sources (not one source for all)."""
    picks = {_one_source(dn, form) for dn in damages.NAMES for form in FORMS}
    assert _one_source("crlf", "one-line") == _one_source("crlf", "one-line")
    assert len(picks) > len(_SOURCES) // 2

