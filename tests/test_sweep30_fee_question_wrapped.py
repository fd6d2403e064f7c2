"""A 六 that answers a form's question on the fee ("是否收取信息处理费：否") in a copy hard-wrapped at a
fixed width (24 characters, an e-mail's text) that cuts the line right after the colon: the answer "否"
stands alone on the next line. As written, one line, the question answered no states the fee; cut,
the question alone read as a fee collected with no sum (a false F402), and "否" under it as nothing.
``fee._QUESTION`` reads a question left unanswered on its line as asking, not saying, and
``fee._answers`` takes the short answer under it, as a person reads the two lines."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
STATEMENT = "本年度未收取信息处理费。"
#: 24 characters up to and with the colon: a wrap at 24 cuts right after it
QUESTION = "本镇2024年度依申请公开中是否收取信息处理费："


def _findings(result):
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("answer", ["否", "否。", "无"])
def test_a_fee_question_cut_after_its_colon_by_a_wrap_at_24_reads_as_written(answer):
    written = SOURCE.replace(STATEMENT, QUESTION + answer)
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, "wrap-24")) == []


def test_a_fee_question_left_unanswered_names_the_fee_only():
    """The question with no answer at all says nothing on what was charged: F401 quotes it (it read as
    a fee collected with no sum, F402)."""
    written = SOURCE.replace(STATEMENT, QUESTION)
    assert _findings(lint(written, path="report.txt")) == [
        ("F401", "“六、其他需要报告的事项”没有说明信息处理费的收取情况（只提到“本镇2024年度依申请公开中是否收取信息处理费："
                 "”，未说明本年度是否收取）；未收取也应写明“本年度未收取信息处理费”")]


def test_a_fee_question_answered_yes_with_no_sum_is_still_a_fee_with_no_sum():
    """A guard: answered yes on its line ("是否收取信息处理费：是"), a fee collected with no sum, F402 as before."""
    written = SOURCE.replace(STATEMENT, "本年度是否收取信息处理费：是")
    assert _findings(lint(written, path="report.txt")) == [
        ("F402", "第六部分称收取了信息处理费，但没有写明金额：“本年度是否收取信息处理费：是”")]
