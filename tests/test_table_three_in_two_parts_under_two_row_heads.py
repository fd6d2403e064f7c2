"""表三 split by its columns into two tables, one under the other, each under a head of two rows and
"续表" between them (voices52c: a Word user's way of fitting a wide table to the page): the first part
names 自然人 · 法人或其他组织 over 商业企业 · 科研机构 · 社会公益组织, the second 法人或其他组织 · 总计 over
法律服务机构 · 其他, every row's labels in both. A person reads each row as the first part's four numbers
and the second's three.

Before: the part's columns were taken from its head's last row alone (商业企业 · 科研机构 · 社会公益组织,
not from 自然人 on), so no row was a part's: C203 for the first part, C207 for every row of the second
(13 false findings a file), and "续表" between the tables was joined to the last row as a broken head
cell (a false C204). Now a head over several rows names the columns of all its rows, and "续表" over a
table's next piece is no piece of a cell.

The report is invented: tests/fixtures/tabs_2024.txt.
"""
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from copies import found  # noqa: E402
from test_tables21_added_columns import TABS, _cells  # noqa: E402

HEAD = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
        "\t自然人\t法人或其他组织\t总计\n"
        "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n")
FIRST_HEAD = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
              "\t自然人\t法人或其他组织\n\t\t商业企业\t科研机构\t社会公益组织\n")
SECOND_HEAD = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
               "\t法人或其他组织\t总计\n\t法律服务机构\t其他\n")
ROW = re.compile(r"^(.*?)((?:\t\d+){7})$", re.M)


def _in_two_parts(text: str, between: str = "续表", pad: str = "") -> str:
    start = text.index(HEAD)
    end = text.index("\n", text.index("四、结转下年度继续办理")) + 1
    rows = ROW.findall(text[start + len(HEAD):end])
    assert len(rows) == 25

    def part(head, cut):
        return head + "".join(label + "\t" + "\t".join(numbers.split("\t")[1:][cut]) + pad + "\n"
                              for label, numbers in rows)
    return text[:start] + part(FIRST_HEAD, slice(0, 4)) + f"\n{between}\n\n" + part(SECOND_HEAD, slice(4, 7)) + text[end:]


@pytest.mark.parametrize("between", ["续表", "（续表）", "续表1", ""])
@pytest.mark.parametrize("pad", ["", "\t\t"], ids=["rows-as-typed", "rows-padded"])
def test_two_parts_under_heads_of_two_rows_bind_as_one_table(between, pad):
    """(Padded: a Word table's rows, their empty cells of the label columns' span after the numbers.)"""
    text = _in_two_parts(TABS, between, pad)
    assert "\t自然人\t法人或其他组织\n" in text and "\t法律服务机构\t其他\n" in text
    assert _cells(text) == _cells(TABS)
    assert found(text) == []


def test_a_wrong_total_in_the_second_part_is_still_said():
    text = _in_two_parts(TABS.replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6"), pad="\t\t")
    assert [f[0] for f in found(text)] == ["A303", "A302"]
