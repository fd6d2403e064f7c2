"""A section heading that opens with the year and the work it reports on ("一、2024年政务公开总体情况",
"二、2024年度主动公开政府信息情况"; prose33's real first sections) in a copy flattened onto one line. As
written, a line each, it is its section's heading with a note (S103, an accepted variant); flattened, its
title runs to the next space and was compared whole with the official titles: the year and "政务公开" made it
too unlike "总体情况", no heading was found and the section was reported missing (S101, an error). The
title is compared without what it opens with too. Invented report (tests/fixtures/tabs_2024.txt)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "tabs_2024.txt"


@pytest.mark.parametrize("official, padded", [
    ("一、总体情况", "一、2024年政务公开总体情况"),
    ("一、总体情况", "一、2024年度政府信息公开工作总体情况"),
    ("五、存在的主要问题及改进情况", "五、2024年存在的主要问题及改进情况"),
])
@pytest.mark.parametrize("form", sorted(text_forms.FORMS))
def test_a_heading_opening_with_the_year_is_found_in_every_copy(official, padded, form):
    text = FIXTURE.read_text(encoding="utf-8").replace(official + "\n", padded + "\n", 1)
    as_written = text_forms.lint_in_form(text, "as-written")
    copied = text_forms.lint_in_form(text, form)
    assert [d.code for d in as_written.diagnostics] == ["S103"]
    assert [(d.code, d.message) for d in copied.diagnostics] == [(d.code, d.message) for d in as_written.diagnostics]
