"""Tables of the agency's own beside the three statistical tables (voices52a).

- A comparison of two years ("指标 | 2024年度 | 2023年度 | 同比增减") with rows that name a word of 表四's
  head among others ("政府信息公开行政复议（件） | 1 | 0 | +1"): the row was taken for 表四's head with its
  numbers run in, 表四 started in section 一, and the real 表四 further on was joined to it: one false C200,
  and 表四's own arithmetic never checked. A row names a one-row table's head only with a word of it that
  is a group's or column's name, or with all its marker words.
- A table of items published by channel whose foot is "合计 | 339": read as 表三's （七）总计, it took 表三's
  place (a false A302, C203 and A301) when its rows opened with an empty cell (a pipe table's "| 合计 |
  339 |  |") or came one cell a line. A bare 合计 with no table being read and no row of 表三 yet is no
  row of 表三; a pipe table's first cell written is its rows' label.
- A list after 表四, in an annex of a text copy ("附件" / "2024年政策解读情况一览表" / "序号 | 解读文件名称 | …"): 表四, a
  one-row table, took every number after its row (the 序号, the dates' figures): "31个数字，应为15个", a false
  C200 and its arithmetic unchecked. A head row naming none of 表四's words after its row was read whole is
  another table's.

The report is invented: tests/fixtures/tabs_2024.txt.
"""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
FIRST = "2024年，示例镇人民政府坚持以公开为常态、不公开为例外，扎实做好政府信息公开工作。\n"
COMPARISON = ("本年度主要指标与上年度对比见下表。\n"
              "指标\t2024年度\t2023年度\t同比增减\n"
              "主动公开信息总数（条）\t310\t288\t+22\n"
              "新收依申请公开（件）\t13\t9\t+4\n"
              "政府信息公开行政复议（件）\t2\t0\t+2\n"
              "政府信息公开行政诉讼（件）\t1\t2\t-1\n")
CHANNELS = ("全年主动公开政府信息310条，分类情况如下：\n"
            "| 公开类别 | 公开数量（条） | 主要载体 |\n"
            "| 机构职能 | 12 | 镇政府网站 |\n"
            "| 政策文件 | 19 | 镇政府网站 |\n"
            "| 工作动态 | 279 | 镇政府网站、公开栏 |\n"
            "| 合计 | 310 |  |\n")
#: 表四 with its 行政复议 总计 one more than its parts (2 = 1 + 0 + 0 + 1 made 3)
ROW4 = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"
ROW4_WRONG = "1\t0\t0\t1\t3\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"


def _codes(result):
    return [(d.code, d.span.line) for d in result.diagnostics]


def _with(extra: str, text: str = SOURCE) -> str:
    assert FIRST in text
    return text.replace(FIRST, FIRST + extra, 1)


@pytest.mark.parametrize("form", ["as-written", "one-line", "markdown", "cells-tabbed"])
def test_a_comparison_of_years_naming_table_fours_words_leaves_table_four_alone(form):
    written = _with(COMPARISON)
    assert _codes(lint_in_form(written, form)) == []


def test_table_fours_arithmetic_is_still_checked_after_the_comparison():
    written = _with(COMPARISON, SOURCE.replace(ROW4, ROW4_WRONG))
    found = lint(written, path="report.txt").diagnostics
    assert [(d.code, d.span.line) for d in found] == [("A304", written[:written.index(ROW4_WRONG)].count("\n") + 1)]
    assert found[0].message.startswith("表四“行政复议”勾稽关系不成立：行政复议·总计 = 3，而")


@pytest.mark.parametrize("form", ["as-written", "cells-tabbed", "one-line"])
def test_a_channel_table_footed_by_a_total_leaves_table_three_alone(form):
    written = _with(CHANNELS)
    assert _codes(lint_in_form(written, form)) == []


def test_table_three_written_with_a_bare_total_row_is_still_read():
    """A guard: 表三's own （七）总计 written "合计" under its rows is still its total row."""
    written = SOURCE.replace("（七）总计\t10\t2", "合计\t10\t2")
    assert written != SOURCE
    assert _codes(lint(written, path="report.txt")) == []
    wrong = written.replace("合计\t10\t2", "合计\t11\t2")
    assert [c for c, _ in _codes(lint(wrong, path="report.txt"))] == ["A301", "A302", "A303"]


def test_table_fours_head_words_run_together_with_its_numbers_still_start_it():
    """A guard: 表四's head words run together on the line of its numbers (a plain copy of a PDF:
    "行政复议结果维持 1 …") name its head; 表四 is there (said unreadable or read), never missing (C201)."""
    head = ("行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
            "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n")
    assert head in SOURCE
    text = SOURCE.replace(head + ROW4, "行政复议结果维持 " + ROW4.replace("\t", " "))
    codes = [d.code for d in lint(text).diagnostics]
    assert "C201" not in codes and codes in ([], ["C200"])


ANNEX_LIST = ("\n\n附件\n2024年政策解读情况一览表\n"
              "序号\t解读文件名称\t解读形式\t发布时间\n"
              "1\t《示例镇农村人居环境整治办法》\t文字解读\t2024年3月8日\n"
              "2\t《示例镇集贸市场管理规定》\t图文解读\t2024年6月20日\n"
              "3\t2024年镇村公交实施方案\t一图读懂\t2024年11月2日\n")


def _with_list(row4: str = ROW4) -> str:
    assert ROW4 in SOURCE
    return SOURCE.replace(ROW4, row4 + ANNEX_LIST, 1)


@pytest.mark.parametrize("form", ["as-written", "markdown", "cells-tabbed"])
def test_a_list_after_table_four_is_no_part_of_it(form):
    assert _codes(lint_in_form(_with_list(), form)) == []


def test_table_four_before_the_list_is_still_checked():
    written = _with_list(ROW4.replace("1\t0\t0\t1\t2", "1\t0\t0\t1\t3", 1))
    found = lint_in_form(written, "as-written").diagnostics
    assert [d.code for d in found] == ["A304"]
    assert found[0].message.startswith("表四“行政复议”勾稽关系不成立：行政复议·总计 = 3，而")
