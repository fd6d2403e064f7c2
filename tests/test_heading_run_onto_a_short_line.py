"""A section's heading run onto the last line of the paragraph or note before it, after its
sentence's end and a space ("…建立公开栏定期更新台账。 六、其他需要报告的事项", "## 注：本表数据来源于…台账。
四、政府信息公开行政复议、行政诉讼情况"): a PDF-to-Markdown converter (pymupdf4llm) joins a heading's
line to the line above when the PDF sets them close. The text stage put such a heading on its
own line only on a line longer than a heading's (a flattened copy); on a short line the section
read as missing (false S101), its table's section wrong.

The report is invented: tests/fixtures/tabs_2024.txt."""
from pathlib import Path

from govlint.layout import prepare, vocabulary
from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
FIVE = "一是公开内容的解读不够深入，二是基层公开栏更新不够及时。下一步将加强政策解读，建立公开栏定期更新台账。\n\n六、其他需要报告的事项"
FOUR = "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n\n四、政府信息公开行政复议、行政诉讼情况"


def found(text):
    return [(d.code, d.message) for d in lint(text).diagnostics]


def run_on(text: str) -> str:
    assert text.count(FIVE) == 1 and text.count(FOUR) == 1
    text = text.replace(FIVE, "一是公开内容的解读不够深入，二是基层公开栏更新不够及时。\n下一步将加强政策解读，建立公开栏定期更新台账。 六、其他需要报告的事项")
    return text.replace(FOUR, FOUR.split("\n")[0] + "\n\n## 注：本表数据来源于镇政府依申请公开登记台账。 四、政府信息公开行政复议、行政诉讼情况")


def test_heading_run_onto_a_short_line_opens_its_section():
    assert found(TABS) == []
    assert found(run_on(TABS)) == []


def test_heading_run_onto_a_short_line_keeps_a_seeded_defect():
    bad = TABS.replace("本年度未收取信息处理费。", "本年度工作正常。")
    want = found(bad)
    assert [c for c, _ in want] == ["F401"]
    assert found(run_on(bad)) == want


def test_a_title_quoted_in_a_sentence_is_left():
    """A title with words after it on the line, or after words and not a sentence's end, stays."""
    vocab = vocabulary()
    for line in ("详见本报告。 四、政府信息公开行政复议、行政诉讼情况有关数据如下",
                 "本部分说明 四、政府信息公开行政复议、行政诉讼情况"):
        assert prepare(f"标题\n{line}\n", vocab).text == f"标题\n{line}\n"
