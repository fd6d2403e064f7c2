"""A section numbered "五 " (the numeral and a space) whose title a narrow page wrapped over two
lines ("五 存在的主要问题" / "及改进情况"), right after a table a web page drew cell by cell
(display:table divs: a paragraph a cell once read as text). The run of cells went on through both
lines, section 五 was lost (S101), and its title's rest was a cell. A heading is the numeral and
the start of its section's title when the next line completes it; a reader that joined the numeral
to the title ("五存在的主要问题") changes nothing. Found by combining a voice's wrapped title with
the web page makers (combo, session 18)."""
import sys
from pathlib import Path

import pytest

from govlint.checks.registry import load
from govlint.config import Config
from govlint.run.engine import Settings, lint_file
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.web_pages20 import PAGES20  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
SETTINGS = Settings.make(Config(), load(builtins_only=True))
TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _report(gap: str, five: str) -> str:
    text = SOURCE
    for t in TITLES:
        text = text.replace(t + "\n", t.replace("、", gap, 1) + "\n", 1)
    return text.replace(f"五{gap}存在的主要问题及改进情况\n", f"五{gap}{five}\n", 1)


def _page_findings(tmp_path, text, maker):
    path = tmp_path / "report.html"
    path.write_text(PAGES20[maker](text), encoding="utf-8")
    result = lint_file(str(path), SETTINGS)
    assert [e.message for e in result.errors] == []
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("maker", ["div-grid", "head-repeated", "ragged-rows"])
@pytest.mark.parametrize("gap", [" ", ""])
def test_a_title_wrapped_after_a_table_drawn_cell_by_cell_is_the_heading(tmp_path, maker, gap):
    text = _report(gap, "存在的主要问题\n及改进情况")
    assert [(d.code, d.message) for d in lint(text).diagnostics] == []
    assert _page_findings(tmp_path, text, maker) == []


@pytest.mark.parametrize("gap", [" ", ""])
def test_a_line_after_the_table_that_completes_no_title_keeps_the_section_missing(tmp_path, gap):
    """"五 存在的主要问题" / "工作亮点" is no title: 五 is still missing, said once (and its line
    is no cell of 表四: nothing else is said)."""
    text = _report(gap, "工作亮点\n不足之处")
    found = _page_findings(tmp_path, text, "div-grid")
    assert found == [("S101", "缺少第五部分“五、存在的主要问题及改进情况”")], found
