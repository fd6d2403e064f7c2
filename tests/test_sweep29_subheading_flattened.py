"""A report flattened onto one line (a web page's text as a crawler or a copy keeps it) whose 六 has
sub-headings with no full stop, each over its paragraph ("（一）信息处理费收取情况" / "本年度…" /
"（二）其他事项" / "…"). As written, a line each, the topic line and its answer are two sentences;
flattened, only a sentence's end put a line break back, so the topic ran into the next sentence and
"信息处理费收取情况 本年度无其他需要报告的事项" read as "no fee" (a missed F401), as the words
"收取情况…无" do in one sentence. ``layout.lines._SUBHEADING_GAP`` puts the break back after such a
sub-heading (never in a table's row: a figure follows its label there)."""
import sys
from pathlib import Path

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import one_line  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
STATEMENT = "本年度未收取信息处理费。"


def _findings(text):
    return [(d.code, d.message) for d in lint(text, path="report.txt").diagnostics]


def test_a_fee_topic_answered_by_other_matters_flattened_is_no_statement():
    written = SOURCE.replace(STATEMENT, "（一）信息处理费收取情况\n本年度无其他需要报告的事项。\n"
                                        "（二）其他事项\n本年度办理人大代表建议2件。")
    assert _findings(written) == [
        ("F401", "“六、其他需要报告的事项”没有说明信息处理费的收取情况（只提到“（一）信息处理费收取情况”，"
                 "未说明本年度是否收取）；未收取也应写明“本年度未收取信息处理费”")]
    assert _findings(one_line(written)) == _findings(written)


def test_a_fee_topic_answered_flattened_is_a_statement():
    """A guard: the topic answered ("本年度未发生。") states the fee, flattened as written."""
    written = SOURCE.replace(STATEMENT, "（一）信息处理费收取情况\n本年度未发生。\n（二）其他事项\n本年度办理人大代表建议2件。")
    assert _findings(written) == []
    assert _findings(one_line(written)) == []


def test_an_answer_with_no_full_stop_before_a_closing_dated_by_its_month_flattened():
    """A guard (so before the change too, the topic and its answer then read as one sentence): the
    answer under the topic ends with no full stop, the closing after it dated by its month, the
    date first ("（二）信息处理费收取情况 本镇未收取 2025年1月 示例镇人民政府"): the agency stands on a line of
    its own (``layout.lines._DATE_THEN_SIGNER`` takes a month-only date), the answer alone after the topic."""
    written = SOURCE.replace(STATEMENT, "（一）其他事项\n本年度办理人大代表建议2件。\n（二）信息处理费收取情况\n本镇未收取").replace(
        "示例镇人民政府\n2025年1月20日", "2025年1月\n示例镇人民政府")
    assert _findings(written) == []
    assert _findings(one_line(written)) == []
