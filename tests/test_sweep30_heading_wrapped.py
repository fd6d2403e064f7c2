"""A section heading worded otherwise than the official title and longer than a fixed-width copy's
line (24 characters, an e-mail's text): the wrap cuts it ("四、因政府信息公开工作被申请行政复议、提起行政诉" /
"讼情况"). The layout reads the two lines as one heading; the line break between them had become a
space, so S103 quoted "…提起行政诉 讼情况", a space inside a word no one wrote. The rest of the title is
moved up to its line, the line break after it (``layout.lines._join_wrapped``), as a person reads it."""
import sys
from pathlib import Path

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import FORMS, lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
OFFICIAL = "四、政府信息公开行政复议、行政诉讼情况"
LONG = "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"


def _findings(result):
    return [(d.code, d.message, d.span.line, d.span.end_line) for d in result.diagnostics]


def test_a_long_reworded_heading_cut_by_a_wrap_at_24_is_quoted_whole():
    written = SOURCE.replace(OFFICIAL, LONG)
    message = f"标题“{LONG}”是可接受的变体，官方表述为“{OFFICIAL}”"
    as_written = _findings(lint(written, path="report.txt"))
    assert [f[:2] for f in as_written] == [("S103", message)]
    wrapped = _findings(lint_in_form(written, "wrap-24"))
    assert [f[:2] for f in wrapped] == [("S103", message)]
    line = FORMS["wrap-24"][1](written).split("\n").index(LONG[:24]) + 1
    assert wrapped[0][2:] == (line, line + 1)  # (the heading's two lines, as the copy has them)
