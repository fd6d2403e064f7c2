"""A page printing the report twice (web19 ``twice``: the article, then an 无障碍 copy) when the
report opens with a table of contents (目录, VOICES19's busy street office), however its sections
are numbered: the copy is dropped and the page gives its source's findings.

Why: the reader drops a second copy of the report from where a section heading comes again. It
tried only the first heading it met, and with a 目录 that is the 目录's "一、总体情况": its next
place is the text's own heading, not the copy's, so no copy was found and the report was read
twice: 表四 with 30 numbers (C200), and every section twice (S102 ×12) (combo27 findings 5 and 10c).
Each heading is now tried, at each of its later places. Invented agencies only.
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import voices  # noqa: E402
from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.web_pages19 import PAGES19  # noqa: E402

from govlint.readers import CellBlock, TableBlock, TextBlock  # noqa: E402
from govlint.readers.html import _once  # noqa: E402

_NUMERALS = "一二三四五六"
NUMBERINGS = {
    "comma (as written)": None,
    "part (VOICES14 forestry)": lambda i, t: f"第{_NUMERALS[i]}部分 {t}",
    "arabic (VOICES14 water)": lambda i, t: f"{i + 1}. {t}",
    "numeral-space (VOICES14 zone)": lambda i, t: f"{_NUMERALS[i]} {t}",
    "bold (VOICES14 bold-headings)": lambda i, t: f"**{t}**",
}

_STREET = voices.VOICES19["busy-street"]()
#: two seeded defects of tests/test_voices19.py: 一's new applications and its carried-over ones
#: against 表三 (N601 ×2)
_STREET_DEFECTS = _STREET.replace("全年新收政府信息公开申请86件", "全年新收政府信息公开申请88件").replace(
    "结转下年度继续办理5件", "结转下年度继续办理6件")
SOURCES = {"busy-street": _STREET, "busy-street-defects": _STREET_DEFECTS}


def _source(source: str, numbering: str) -> str:
    number = NUMBERINGS[numbering]
    return SOURCES[source] if number is None else voices._headed(SOURCES[source], number)


def test_the_source_has_a_table_of_contents_and_its_defects_are_found_in_the_text():
    for numbering in NUMBERINGS:
        text = _source("busy-street", numbering)
        contents = text.split("\n目录\n", 1)[1].split("\n\n", 1)[0].split("\n")
        assert len(contents) == 6 and all(line in text.split("\n目录\n", 1)[1][len("\n".join(contents)):]
                                          for line in contents), numbering
    assert expected(_STREET)[1] == []
    assert sorted(f[0] for f in expected(_STREET_DEFECTS)[1]) == ["N601", "N601"]


@pytest.mark.parametrize("numbering", sorted(NUMBERINGS))
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_report_with_contents_printed_twice_is_read_once(tmp_path, source, numbering):
    text = _source(source, numbering)
    want_cells, want_findings = expected(text)
    path = tmp_path / "twice.html"
    path.write_text(PAGES19["twice"](text), "utf-8")
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


# -- the blocks themselves ---------------------------------------------------------------------------

_TITLE = "示例街道办事处2025年政府信息公开工作年度报告"
_CONTENTS = ["目录", "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"]
_TABLE = TableBlock(rows=((CellBlock("信息内容"), CellBlock("本年制发件数")), (CellBlock("规章"), CellBlock("0"))))


def _report(first_line: str = "本年度主动公开信息12条。"):
    return [TextBlock(_CONTENTS[1]), TextBlock(first_line), TextBlock(_CONTENTS[2]), _TABLE,
            TextBlock(_CONTENTS[3]), TextBlock("本年度新收申请3件。")]


def _texts(blocks):
    return [b.text if isinstance(b, TextBlock) else "表" for b in blocks]


def test_a_copy_after_a_report_with_contents_is_dropped_with_its_contents():
    once = [TextBlock(_TITLE), *map(TextBlock, _CONTENTS), *_report()]
    twice = once + [TextBlock("无障碍阅读"), TextBlock(_TITLE), *map(TextBlock, _CONTENTS), *_report()]
    assert _texts(_once(twice)) == _texts(once)


def test_contents_whose_headings_come_again_in_the_text_are_no_copy():
    """The 目录's headings come again once, in the text: nothing is dropped."""
    blocks = [TextBlock(_TITLE), *map(TextBlock, _CONTENTS), *_report()]
    assert _texts(_once(blocks)) == _texts(blocks)


def test_a_second_report_of_other_words_after_contents_is_kept():
    """Another report on the same page (last year's, its prose its own): not a copy, kept."""
    blocks = [TextBlock(_TITLE), *map(TextBlock, _CONTENTS), *_report(),
              TextBlock(_TITLE), *map(TextBlock, _CONTENTS), *_report("本年度主动公开信息30条。")]
    assert _texts(_once(blocks)) == _texts(blocks)
