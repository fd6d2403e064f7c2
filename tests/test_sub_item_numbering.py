"""表三's sub-items numbered another way than "1.": "（1）属于国家秘密", "①属于国家秘密", "1、…".
The words are the official ones; the enumerator was not read as one, so each of the 19 sub-items
gave a V502 ("“①属于国家秘密”应为“属于国家秘密”"): 19 false alarms in one report.

Every report here is invented: tests/fixtures/tabs_2024.txt with its sub-items renumbered."""
import re
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.lexicon.labels import split_prefix
from govlint.syntax import parse
from govlint.testing import lint

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
SUB_ITEM = re.compile(r"(?<=[\n\t])(\d)\.(?!\d)")  # "1.属于国家秘密", never 1.25

STYLES = {
    "parenthesised": lambda n: f"（{n}）",
    "half-width parenthesised": lambda n: f"({n})",
    "circled": lambda n: "①②③④⑤⑥⑦⑧"[n - 1],
    "ideographic comma": lambda n: f"{n}、",
}


def _renumbered(text, style):
    out, count = SUB_ITEM.subn(lambda m: STYLES[style](int(m.group(1))), text)
    assert count == 19
    return out


@pytest.mark.parametrize("style", list(STYLES))
def test_sub_items_numbered_another_way_are_the_official_rows(style):
    text = _renumbered(CLEAN, style)
    assert list(lint(text).diagnostics) == []
    t3 = bind(parse(text)).tables["表三"]
    assert str(t3.rows["deny_4"].cells["total"].value) == "1"


@pytest.mark.parametrize("style", ["parenthesised", "circled"])
def test_a_typo_and_a_wrong_sum_are_still_found(style):
    text = _renumbered(CLEAN, style).replace("重复申请", "重复申情")
    text = text.replace(STYLES[style](1) + "属于国家秘密\t0\t0", STYLES[style](1) + "属于国家秘密\t1\t0")
    found = [(d.code, d.span.line) for d in lint(text).diagnostics]
    assert found == [("A303", 37), ("V502", 49), ("A302", 56)]
    typo = next(d for d in lint(text).diagnostics if d.code == "V502")
    assert typo.message == f"表三行名“{STYLES[style](2)}重复申情”应为“2.重复申请”"


def test_split_prefix_reads_each_sub_item_mark_as_its_number():
    assert split_prefix("（3）危及“三安全一稳定”") == ("3.", "危及“三安全一稳定”")
    assert split_prefix("⑧属于行政查询事项") == ("8.", "属于行政查询事项")
    assert split_prefix("（三）不予公开") == ("（三）", "不予公开")  # a group stays a group
