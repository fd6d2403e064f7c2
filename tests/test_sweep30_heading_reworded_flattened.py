"""A report flattened onto one line (a web page's text as a crawler or a copy keeps it) whose first
section's heading is worded far from the official title ("一、基本情况", "一、概述": no likeness finds
them). As written, a line of its own, the heading gets S103's note quoting it; flattened, its first
sentence ran into it ("一、基本情况 2024年，…工作。") and the note quoted that. ``layout.lines.
_a_title_of_its_own`` reads such a heading by its place (the section before it, or none before 一; the
next one found after it), after a sentence's end, short words alone before a space and a sentence."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def _findings(result):
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("heading", ["一、基本情况", "一、概述", "一、工作概况"])
def test_a_first_heading_in_other_words_flattened_is_quoted_alone(heading):
    written = SOURCE.replace("一、总体情况", heading)
    want = [("S103", f"标题“{heading}”是可接受的变体，官方表述为“一、总体情况”")]
    assert _findings(lint(written, path="report.txt")) == want
    assert _findings(lint_in_form(written, "one-line")) == want


def test_a_list_item_after_a_colon_in_the_first_section_is_no_heading():
    """A guard: "一、" after a colon in the preface ("…包括： 一、基本情况 …") follows no sentence's end:
    read as before, flattened as written."""
    written = SOURCE.replace("编制本报告。", "编制本报告，内容包括：\n一、基本情况 二、主动公开情况。")
    assert _findings(lint_in_form(written, "one-line")) == _findings(lint(written, path="report.txt"))
