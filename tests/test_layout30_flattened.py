"""Layouts of a report flattened onto one line (session 20, found by voices30).

- 六 sub-headed, each sub-heading answered in a few words with no full stop ("（一）信息处理费收取情况
  本镇未收取 （二）其他事项 无"): the next sub-heading stayed on the answer's line ("本镇未收取 （二）其他事项"),
  and the fee topic read as unanswered (a false F401). A sub-heading that continues the run of the one
  before it ((二) after (一)), after a space, opens a line of its own, as written.
- A sentence naming 表四's head word, then an introduction with a colon run on to the table ("…行政复议2件。
  具体情况如下： 行政复议 行政诉讼 …"): the table's head was taken to start at the sentence (表四 unreadable,
  a false C200). Only the words after a token's last sentence end are read for the head.
- An 附件 of the tables after 六's last sentence and before the closing (voices31): not cut into tables
  (C200 ×3); an annex's heading after a sentence's end, a table's caption after it, is read as one.
- A head's name wrapped in its narrow cell ("本年处理决定" / "数量"), flattened (sweep30): its pieces are one
  column's name when together they are exactly one and the first alone is none (a false V502).
"""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def _findings(result):
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("answer", ["本镇未收取", "未收取", "无"])
def test_a_sub_headed_six_answered_without_full_stops_reads_as_written(answer):
    written = SOURCE.replace("本年度未收取信息处理费。", f"（一）信息处理费收取情况\n{answer}\n（二）其他事项\n无")
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, "one-line")) == []


def test_the_fee_topic_left_unanswered_is_still_found_flattened():
    """A guard: with no answer under the fee's sub-heading, F401 in both forms."""
    written = SOURCE.replace("本年度未收取信息处理费。", "（一）信息处理费收取情况\n（二）其他事项\n无")
    found = [c for c, _ in _findings(lint_in_form(written, "one-line"))]
    assert found == [c for c, _ in _findings(lint(written, path="report.txt"))] == ["F401"]


def test_sub_headings_out_of_their_run_are_left_in_the_sentence():
    """A guard: a numbered item after a space that continues no run before it ("…包括 （三）…") is not
    given a line of its own: the reading is that of before."""
    written = SOURCE.replace("本年度未收取信息处理费。", "本年度未收取信息处理费。其他事项见 （三）附注说明 无")
    assert _findings(lint_in_form(written, "one-line")) == _findings(lint(written, path="report.txt"))


def test_an_introduction_run_on_to_a_table_is_no_part_of_its_head_flattened():
    """A sentence naming the table's head word, then an introduction with a colon run on to the table
    ("本年度被申请行政复议2件。具体情况如下： 行政复议 行政诉讼 …"): the head starts at the table's first word,
    not at the sentence (before: 表四 unreadable, C200)."""
    written = SOURCE.replace("四、政府信息公开行政复议、行政诉讼情况\n",
                             "四、政府信息公开行政复议、行政诉讼情况\n本年度被申请行政复议2件。具体情况如下：\n")
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, "one-line")) == []


def _annexed_before_the_closing(text: str) -> str:
    """The fixture with its three tables moved into an 附件 after 六's fee statement, before the
    closing, each under a caption (附表1 …)."""
    lines = text.split("\n")
    two = lines.index("二、主动公开政府信息情况")
    three = lines.index("三、收到和处理政府信息公开申请情况")
    four = lines.index("四、政府信息公开行政复议、行政诉讼情况")
    five = lines.index("五、存在的主要问题及改进情况")
    t2, t3, t4 = lines[two + 1:three - 1], lines[three + 1:four - 1], lines[four + 1:five - 1]
    body = lines[:two + 1] + ["全年主动公开政府信息情况见附表1。", ""] + lines[three:three + 1] + \
        ["收到和处理申请情况见附表2。", ""] + lines[four:four + 1] + ["行政复议、行政诉讼情况见附表3。", ""] + lines[five:]
    closing = body.index("示例镇人民政府")
    annex = ["附件", "附表1 主动公开政府信息情况"] + t2 + ["附表2 收到和处理政府信息公开申请情况"] + t3 + \
        ["附表3 政府信息公开行政复议、行政诉讼情况"] + t4 + [""]
    return "\n".join(body[:closing] + annex + body[closing:])


def test_an_annex_before_the_closing_flattened_is_cut_into_its_tables():
    """An 附件 of the three tables after 六's last sentence and before the closing ("…未收取信息处理费。
    附件 附表1 主动公开政府信息情况 第二十条第（一）项 …"), flattened: each table read as written (before:
    none cut from the prose, C200 ×3). An annex after the closing was already read (test_voices18)."""
    written = _annexed_before_the_closing(SOURCE)
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, "one-line")) == []


def test_a_table_named_after_a_sentence_is_no_annex():
    """A guard: "附件" after a sentence's end not followed by a table's caption ("…见附件。 附件为申请表")
    opens no annex: read as before."""
    written = SOURCE.replace("本年度未收取信息处理费。", "本年度未收取信息处理费。附件 申请表样式见网站。")
    assert _findings(lint_in_form(written, "one-line")) == _findings(lint(written, path="report.txt"))


def test_a_head_name_wrapped_in_its_cell_flattened_is_one_name():
    """表二's "本年处理决定数量" wrapped in its narrow cell ("本年处理决定" / "数量"), the copy flattened:
    "信息内容 本年处理决定 数量 行政许可 120". Its two pieces are one column's name, as the layout reads the
    wrapped line as written (before: a false V502 "本年处理决定" 应为 "本年处理决定数量")."""
    written = SOURCE.replace("第二十条第（五）项\t\t\t\n信息内容\t本年处理决定数量\n",
                             "第二十条第（五）项\t\t\t\n信息内容\t本年处理决定\n数量\n")
    assert written != SOURCE
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, "one-line")) == []
