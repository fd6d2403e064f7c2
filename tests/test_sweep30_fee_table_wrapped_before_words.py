"""A small fee table in 六 with words after it ("特此报告。", a sub-heading "（二）其他事项" or a further
section "7.其他事项"), in a copy hard-wrapped at 24 characters (an e-mail's text): the wrap cuts its head
row at a tab ("本镇信息处理费收取情况 | 发出收费通知件数" / "收费金额" / "2024年 | 0 | 0"), the head's last
name alone on a line. As written, its names over its figures state the fee. Cut, the name alone was
read into the sentence after the table ("收费金额特此报告", a hard line break mid-sentence), or the
line of words after the table with the pieces, so they made no whole table: a false F402 (the head's
pieces read as a fee collected with no sum). ``fee._cut_table`` takes its pieces line by line and
reads the run of them that makes one whole table; ``fee._runs_apart`` runs no sentence on over them."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
STATEMENT = "本年度未收取信息处理费。"
TABLE = "本镇信息处理费收取情况\t发出收费通知件数\t收费金额\n2024年\t0\t0"

AFTER = {
    "a closing sentence": "\n特此报告。",
    "a sub-heading and its paragraph": "\n（二）其他事项\n本年度办理人大代表建议2件。",
    "a sub-heading after a blank line": "\n\n（二）其他事项\n本年度办理人大代表建议2件。",
}


def _findings(result):
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("after", sorted(AFTER))
def test_a_fee_table_cut_by_a_wrap_at_24_before_other_words_reads_as_written(after):
    written = SOURCE.replace(STATEMENT, TABLE + AFTER[after])
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, "wrap-24")) == []


def test_a_wrapped_sentence_after_a_cut_fee_table_still_runs_on():
    """A sentence a wrap cut after the table ("本年度办理人大代表建议和政协委员提案共计" /
    "2件。") is still one sentence (no finding on it, as written)."""
    written = SOURCE.replace(STATEMENT, TABLE + "\n本年度办理人大代表建议和政协委员提案以及群众来信共计2件。")
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, "wrap-24")) == []
