"""A list of the agency's own after 表四, in an annex of a text copy (voices52a): "附件4" / "2023年政策解读
情况一览表" / "序号 | 解读文件名称 | 解读形式 | 发布时间" / "1 | 《…办法》 | 文字解读 | 2023年3月8日" …. 表四, a one-row
table, took every number after its row (the 序号, the dates' figures): "31个数字，应为15个", a false C200
and its arithmetic unchecked. A head row naming none of 表四's words after its row was read whole is
another table's; its rows are no part of 表四.

The report is invented: tests/fixtures/tabs_2024.txt.
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
ROW4 = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n"
LIST = ("\n附件\n2024年政策解读情况一览表\n"
        "序号\t解读文件名称\t解读形式\t发布时间\n"
        "1\t《示例镇农村人居环境整治办法》\t文字解读\t2024年3月8日\n"
        "2\t《示例镇集贸市场管理规定》\t图文解读\t2024年6月20日\n"
        "3\t2024年镇村公交实施方案\t一图读懂\t2024年11月2日\n")


def _codes(result):
    return [(d.code, d.span.line) for d in result.diagnostics]


def _with_list(row4: str = ROW4) -> str:
    assert ROW4 in SOURCE
    return SOURCE.replace(ROW4, row4 + LIST, 1)


@pytest.mark.parametrize("form", ["as-written", "markdown", "cells-tabbed"])
def test_a_list_after_table_four_is_no_part_of_it(form):
    assert _codes(lint_in_form(_with_list(), form)) == []


def test_table_four_before_the_list_is_still_checked():
    written = _with_list(ROW4.replace("1\t0\t0\t1\t2", "1\t0\t0\t1\t3", 1))
    found = lint_in_form(written, "as-written").diagnostics
    assert [d.code for d in found] == ["A304"]
    assert found[0].message.startswith("表四“行政复议”勾稽关系不成立：行政复议·总计 = 3，而")
