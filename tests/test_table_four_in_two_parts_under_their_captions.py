"""表四 as Word draws it nested (voices52c): an outer table whose two cells are captioned "行政复议" and
"行政诉讼", each holding a table of its own, read out as the two captions on their lines, then 行政复议's
five columns and numbers, then 行政诉讼's head of two rows (its groups "未经复议直接起诉 | | | | | 复议后起诉",
each over five empty cells, above the ten columns' names) and numbers. The groups' names were joined to
the column names under them as a label a narrow cell wraps ("未经复议直接起诉" + "结果维持" spell a label of
the format), so the second part's head was no head and 表四 unreadable (a false C200, its arithmetic
unchecked). Two whole words of a head, a group's over a column's, are two cells.

The report is invented: tests/fixtures/tabs_2024.txt.
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from copies import found  # noqa: E402
from test_tables21_added_columns import TABS, _cells  # noqa: E402

HEAD = ("行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
        "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n")
ROW4 = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n"
NAMES = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计"


def _in_two_parts(review: str = "1\t0\t0\t1\t2") -> str:
    assert HEAD + ROW4 in TABS
    parts = (f"行政复议\n行政诉讼\n\n{NAMES}\n{review}\n\n"
             "未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n"
             f"{NAMES}\t{NAMES}\n0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n")
    return TABS.replace(HEAD + ROW4, parts)


def test_table_four_in_two_captioned_parts_binds_as_one_row():
    text = _in_two_parts()
    assert _cells(text) == _cells(TABS)
    assert found(text) == []


def test_a_wrong_total_in_the_first_part_is_said():
    text = _in_two_parts("1\t0\t0\t1\t3")
    assert [f[0] for f in found(text)] == ["A304"]


@pytest.mark.parametrize("pair", [("未经复议直接起诉", "结果维持"), ("行政复议", "结果维持"), ("总计", "结果维持")])
def test_two_whole_head_words_are_no_label_wrapped(pair):
    from govlint.layout.vocabulary import vocabulary
    assert not vocabulary().joins(*pair)


def test_pieces_of_a_wrapped_name_still_join():
    """A guard: a name a narrow cell broke ("社会公" / "益组织", "行政事业性收" / "费") is one again."""
    from govlint.layout.vocabulary import vocabulary
    v = vocabulary()
    assert v.joins("社会公", "益组织") and v.joins("行政事业性收", "费")
