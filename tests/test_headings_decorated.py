"""Section headings an editor decorated with a glyph before the numeral ("▍一、总体情况", "■ 二、主动公开
政府信息情况"): WeChat articles and styled web pages set a bar or a square before each heading, in a span
of its own. The glyph is no word of the heading, but before it the line was no heading: no section
was found (S100 on the page, or on its copy the table's "一、本年新收…" taken for section 一: eight false
findings, and the report's own defects never checked, voices52e). The glyph is set aside where the rest
of the line is a section's heading, as a Markdown bullet is. Any symbol or emoji is such a glyph ("📌一、
总体情况", "✅", "◉": a fixed list of glyphs missed them, voices56h), and so is a glyph after an ATX heading's
marks or a bullet ("## ▌一、总体情况").

The report is invented: tests/fixtures/tabs_2024.txt.
"""
import sys
from pathlib import Path

import pytest

from govlint.checks.registry import load
from govlint.config import Config
from govlint.run.engine import Settings, lint_file
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.web_pages import PAGES  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
SETTINGS = Settings.make(Config(), load(builtins_only=True))
TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _decorated(mark: str, text: str = SOURCE) -> str:
    for t in TITLES:
        assert text.count(t + "\n") == 1
        text = text.replace(t + "\n", mark + t + "\n")
    return text


def _findings(result):
    return [(d.code, d.span.line) for d in result.diagnostics]


@pytest.mark.parametrize("mark", ["▍", "■ ", "◆", "●　", "▶",
                                  # emoji and symbols outside the first list (voices56h: S100, the sections unread)
                                  "📌", "📌 ", "🔹", "✅", "◉", "▲", "✦", "⭐", "❤️"])
def test_decorated_headings_are_the_sections(mark):
    assert _findings(lint(_decorated(mark))) == []


@pytest.mark.parametrize("mark", ["## ▌", "## ■ ", "## ★", "- ▌", "### 📌"])
def test_a_markdown_heading_with_a_decoration_is_the_section(mark):
    """An ATX heading's marks or a list's bullet and a glyph after them ("## ▌一、总体情况", voices56h)."""
    assert _findings(lint(_decorated(mark))) == []


def test_a_defect_under_emoji_headings_is_still_found():
    text = _decorated("📌", SOURCE.replace("本年度未收取信息处理费。", "无。"))
    assert [c for c, _ in _findings(lint(text))] == ["F401"]


@pytest.mark.parametrize("maker", ["site-editor", "site-editor-split-runs"])
def test_decorated_headings_on_a_web_page(tmp_path, maker):
    path = tmp_path / "report.html"
    path.write_text(PAGES[maker](_decorated("▍")), encoding="utf-8")
    result = lint_file(str(path), SETTINGS)
    assert [e.message for e in result.errors] == []
    assert _findings(result) == []


def test_a_defect_under_decorated_headings_is_still_found():
    text = _decorated("▍", SOURCE.replace("（七）总计\t10\t2", "（七）总计\t11\t2"))
    assert [c for c, _ in _findings(lint(text))] == ["A301", "A302", "A303"]


@pytest.mark.parametrize("mark", ["▍", "📌"])
def test_a_decorated_line_of_prose_stays_prose(mark):
    """A guard: "▍本年度工作亮点" is no section's heading; the glyph stays and nothing changes."""
    text = SOURCE.replace("（三）政府信息管理。", mark + "本年度工作亮点\n（三）政府信息管理。")
    assert _findings(lint(text)) == []
