"""A 六 with no fee statement, its text run on after its heading ("六、其他需要报告的事项：本镇本年度无
其他需要报告的事项。"), in a copy hard-wrapped at a fixed width (24 characters, an e-mail's text):
F401 quotes what the section says, its first line as the author wrote it; the wrap cut that line
("…事项：本镇本年度无其他需要报告" / "的事项。"), and the quote stopped at the cut. It now quotes the
sentence the wrapped lines make (``prose.runs``), as written."""
import sys
from pathlib import Path

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
STATEMENT = "本年度未收取信息处理费。"
HEADING = "六、其他需要报告的事项\n"


def _findings(result):
    return [(d.code, d.message) for d in result.diagnostics]


def test_f401_quotes_the_first_line_of_six_whole_when_a_wrap_cut_it():
    form = "wrap-24"
    written = SOURCE.replace(HEADING + STATEMENT, "六、其他需要报告的事项：本镇本年度无其他需要报告的事项。")
    want = _findings(lint(written, path="report.txt"))
    assert want == [("F401", "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“本镇本年度无其他需要报告的事项。”）；"
                             "未收取也应写明“本年度未收取信息处理费”")]
    assert _findings(lint_in_form(written, form)) == want
