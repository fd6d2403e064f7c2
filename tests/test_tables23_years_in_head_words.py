"""表二 with this year's and last year's columns side by side, each head naming its year (tables21's
t2-years-side-by-side: "信息内容 2024年本年制发件数 … 2023年现行有效件数"), drawn without rules and centred
vertically: the reader joins each head's halves into one line, a line of column names. A name with a
digit was no column name, so the line stayed prose, no column was named, and each row of six
numbers said it could not be read (C200 for 规章 and 行政规范性文件; the 2023 columns' V501 missed).

A column name may open with the year it is of (no other digit). Each drawing must bind and lint as
its source; a defect in this year's columns is still found."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from govlint.layout.documents import column_head  # noqa: E402
from harness.tables21 import ALTERED  # noqa: E402
from harness.tables23 import altered_with, read_as_source  # noqa: E402

LAYOUTS = ["no-rules-middle", "no-rules-middle-all", "booktabs-middle", "outer-only-middle",
           "no-rules-middle-all-centre-text", "no-rules-middle-all-tight", "no-rules-middle-split"]


def test_column_names_that_open_with_their_year():
    assert column_head("信息内容 2024年本年制发件数 2023年本年制发件数") == [
        "信息内容", "2024年本年制发件数", "2023年本年制发件数"]


@pytest.mark.parametrize("line", ["信息内容 本年制发件数3 本年废止件数", "共 2024 件数", "信息内容 24年本年制发件数"])
def test_a_digit_other_than_a_names_year_is_no_column_name(line):
    assert column_head(line) is None



@pytest.mark.parametrize("layout", LAYOUTS)
def test_heads_naming_their_year_in_a_centred_borderless_table(tmp_path, monkeypatch, layout):
    _, _, findings = read_as_source(tmp_path, monkeypatch, ALTERED["t2-years-side-by-side"][0](), layout)
    assert [(f[0], f[5]) for f in findings] == ALTERED["t2-years-side-by-side"][1]


def test_a_defect_in_this_years_columns_is_found(tmp_path, monkeypatch):
    """Failing case: 2024's 行政规范性文件 现行有效 1 where 3 were made and 1 repealed (A305)."""
    text = altered_with("t2-years-side-by-side", (("行政规范性文件\t3\t1\t12", "行政规范性文件\t3\t1\t1"),))()
    _, _, findings = read_as_source(tmp_path, monkeypatch, text, "no-rules-middle")
    assert sorted(f[0] for f in findings) == ["A305", "V501"]
