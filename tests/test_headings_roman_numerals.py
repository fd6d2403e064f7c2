"""Sections numbered with Roman numerals ("Ⅰ. 总体情况" … "Ⅵ. 其他需要报告的事项", or the letters "IV、…").
voices50n: no heading was found (S100, the section checks off), 表四 ran on into 六 and took its
small fee table's row (a false C200), and a 六 with no fee statement went unsaid. A Roman numeral
whose value is the section's, before an official title, numbers that section as "1." does."""
from pathlib import Path

import pytest

from govlint.testing import lint

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
ROMAN = {"characters": ["Ⅰ. ", "Ⅱ. ", "Ⅲ. ", "Ⅳ. ", "Ⅴ. ", "Ⅵ. "],
         "letters": ["I、", "II、", "III、", "IV、", "V、", "VI、"]}


def _numbered(text: str, numerals) -> str:
    for t, n in zip(TITLES, numerals):
        assert t + "\n" in text
        text = text.replace(t + "\n", n + t.split("、", 1)[1] + "\n", 1)
    return text


@pytest.mark.parametrize("kind", sorted(ROMAN))
def test_sections_numbered_with_roman_numerals_are_read(kind):
    assert [d.code for d in lint(_numbered(SOURCE, ROMAN[kind])).diagnostics] == []


def test_and_checked():
    """A 六 with no fee statement under such a heading is F401, as under "六、"."""
    text = _numbered(SOURCE.replace("本年度未收取信息处理费。", "无。"), ROMAN["characters"])
    assert [d.code for d in lint(text).diagnostics] == ["F401"]
