"""A row's label wrapped over two lines whose second part has one character misread (a scan's text:
"5.要求行政机关确认或重新出" / "具己获取信息  0  0 …", 己 for 已; voices52j). The two pieces spelt no label,
so they were not joined: the first was read as the row with no numbers (a false C203 of seven cells)
and the numbers' line was lost. A long opening of a label and a rest that differs from the label's
in one character are joined; the label is then said misspelt once (V502), and nothing else.

The report is invented: tests/fixtures/tabs_2024.txt.
"""
import pytest

from govlint.testing import lint
from test_tables21_added_columns import TABS

ROW = "5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0"


def _wrapped(rest: str, gap: str = "\t") -> str:
    assert ROW in TABS
    return TABS.replace(ROW, f"5.要求行政机关确认或重新出\n{rest}{gap}0{gap}0{gap}0{gap}0{gap}0{gap}0{gap}0")


@pytest.mark.parametrize("gap", ["\t", "   "])
def test_a_wrapped_label_with_a_misread_character_is_one_label(gap):
    found = [(d.code, d.message) for d in lint(_wrapped("具己获取信息", gap)).diagnostics]
    assert [c for c, _ in found] == ["V502"]
    assert found[0][1].endswith("应为“5.要求行政机关确认或重新出具已获取信息”")


def test_the_same_wrap_spelt_right_says_nothing():
    assert lint(_wrapped("具已获取信息")).diagnostics == ()


@pytest.mark.parametrize("first,second", [("要求行政机关确认或重新出", "具己获取信息"), ("属于三类内部", "事物信息")])
def test_pieces_with_one_misread_character_join(first, second):
    from govlint.layout.vocabulary import vocabulary
    assert vocabulary().joins(first, second)


@pytest.mark.parametrize("first,second", [("要求行政机关确认或重新出", "具体情况"), ("规章", "0"), ("自然人", "商业企业"),
                                          ("行政许", "司"), ("要求行政机关确认或重新出", "具己获取资料")])
def test_pieces_further_apart_do_not(first, second):
    """A guard: another word, a number, two whole labels, a short opening, two characters misread."""
    from govlint.layout.vocabulary import vocabulary
    assert not vocabulary().joins(first, second)
