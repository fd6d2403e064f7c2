"""表三 ruled but its head drawn without vertical rules between its number columns (pdf_layouts'
head-without-inner-rules) and altered with a column after 总计 (tables21: t3-remarks' 备注,
t3-last-year-total's 上年总计): the ruled-table finder makes one head cell over the columns a
missing rule would have parted, "总计备注", "科研机构社会公益法律服务其他组织机构". The head named no
备注 (V501 missed), and with 上年总计 every row had eight numbers under seven named columns (C200
for each of the 25 rows, nothing of 表三 checked).

A cell over several columns whose words each stand within one column below, half a character
apart at least at every edge they stand either side of, is split at the columns' edges; a merged
cell's text that runs across an edge, or stays within one column ("申请人情况" centred over seven),
is left whole. Each drawing must bind and lint as its source."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from govlint.readers.pdf import _columns_apart  # noqa: E402
from harness.tables21 import ALTERED  # noqa: E402
from harness.tables23 import altered_with, read_as_source  # noqa: E402


def _chars(text, x, top=100.0, size=8.0):
    return [{"text": ch, "x0": x + k * size, "x1": x + (k + 1) * size, "top": top, "size": size}
            for k, ch in enumerate(text)]


def test_words_in_columns_a_rule_would_part_are_split_at_the_columns_edges():
    chars = _chars("总计", 303.0) + _chars("备注", 343.0)
    groups = _columns_apart(chars, [340.0])
    assert ["".join(c["text"] for c in g) for g in groups] == ["总计", "备注"]


@pytest.mark.parametrize("chars, edges", [
    (_chars("申请人情况", 250.0), [200.0, 240.0, 300.0, 340.0]),  # centred within one column
    (_chars("法人或其他组织", 236.0), [240.0, 280.0]),               # running across the edges
    (_chars("总计", 326.0) + _chars("备注", 343.0), [340.0]),        # apart by less than half a character
])
def test_a_merged_cells_text_is_left_whole(chars, edges):
    assert _columns_apart(chars, edges) is None



@pytest.mark.parametrize("name", ["t3-remarks", "t3-last-year-total", "t3-one-head-row", "tables-numbered"])
def test_a_head_without_inner_rules_names_each_column(tmp_path, monkeypatch, name):
    _, _, findings = read_as_source(tmp_path, monkeypatch, ALTERED[name][0](), "head-without-inner-rules")
    assert [(f[0], f[5]) for f in findings] == ALTERED[name][1]


def test_a_defect_under_a_head_without_inner_rules_is_found(tmp_path, monkeypatch):
    """Failing case: 一's 总计 14 where its six columns sum to 13, beside 上年总计 13 (A303 and A301)."""
    text = altered_with("t3-last-year-total", (("申请数量\t10\t2\t0\t1\t0\t0\t13", "申请数量\t10\t2\t0\t1\t0\t0\t14"),))()
    _, _, findings = read_as_source(tmp_path, monkeypatch, text, "head-without-inner-rules")
    assert {"A303", "V501"} <= {f[0] for f in findings}
