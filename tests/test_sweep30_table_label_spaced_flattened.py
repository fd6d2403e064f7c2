"""A report flattened onto one line (a web page's text as a crawler or a copy keeps it) whose 表二 row
label is typed with a space or a full-width space inside it ("行政 处罚 35"). As written, a line each,
the row reads whole; flattened, the label's two pieces after the block's head ("信息内容 本年处理决定数量
行政 处罚 35") were taken for a head's word typed with a space ("总 计"), no row began there, and
行政处罚 went missing (a false C202). ``layout.lines._head_word_spaced`` lets two pieces that spell a
row's label open the row."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import FORMS, lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def _findings(result):
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("space", [" ", "\u3000"])
@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_decision_row_label_typed_with_a_space_reads_as_written_in_every_text_form(space, form):
    written = SOURCE.replace("行政处罚\t35", f"行政{space}处罚\t35")
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, form)) == []


def test_a_head_word_typed_with_a_space_flattened_is_still_the_heads():
    """A guard: 表四's "总计" typed "总 计" in its head, flattened: a head's word, no row (as before)."""
    written = SOURCE.replace("尚未审结\t总计\t未经复议直接起诉", "尚未审结\t总 计\t未经复议直接起诉")
    assert _findings(lint_in_form(written, "one-line")) == _findings(lint(written, path="report.txt"))
