"""A report whose text opens with its preamble and a table of contents (目录, then the six headings
without page numbers), its title line lost or never typed. The title was looked for among the front
matter's short lines naming 报告, and the contents' last entry, "六、其他需要报告的事项", names it: S104
said the title "六、其他需要报告的事项" lacked the year and the report's name. A line that opens with a
section's numeral (一、 … 六、) is a heading or a contents entry, never the title (``binder.facts``)."""
from pathlib import Path

from govlint.binder.bind import bind
from govlint.syntax.parser import parse
from govlint.testing import lint

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TITLE = SOURCE.split("\n", 1)[0]
CONTENTS = "目录\n" + "\n".join(("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                 "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                                 "六、其他需要报告的事项")) + "\n\n"


def _with_contents(text: str) -> str:
    first_heading = text.index("一、总体情况")
    return text[:first_heading] + CONTENTS + text[first_heading:]


def test_no_title_over_a_contents_page_is_not_the_contents_last_line():
    text = _with_contents(SOURCE.split("\n", 1)[1])
    assert bind(parse(text, "report.txt")).facts.title == ""
    assert [(d.code, d.message) for d in lint(text, path="report.txt").diagnostics] == []


def test_a_title_over_a_contents_page_is_read():
    text = _with_contents(SOURCE)
    assert bind(parse(text, "report.txt")).facts.title == TITLE
    assert [(d.code, d.message) for d in lint(text, path="report.txt").diagnostics] == []
