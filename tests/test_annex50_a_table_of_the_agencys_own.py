"""A table of the agency's own, no official one's, after the closing in an annex or inside a section
("申请内容类别 | 件数 | 占比" over "房屋征收补偿 | 9 | 39.1%" … "其他 | 2 | 8.7%"). voices50d: read row by
row, its "其他" took 表三's "3.其他" row and bound its figures there (a false C207: the row twice,
with other numbers). A table whose head names nothing the format knows and most of whose labels are
no official label is none of the official tables: none of its rows binds."""
import pytest

from govlint.testing import lint

OWN = ("申请内容类别\t件数\t占比\n房屋征收补偿\t6\t40%\n老旧小区改造\t4\t26.7%\n社会救助\t3\t20%\n"
       "其他\t2\t13.3%\n合计\t15\t100%")
CLOSING = "示例镇人民政府\n2025年1月20日"


@pytest.mark.parametrize("where", ["annex after the closing", "in section 三 after 表三"])
def test_a_table_of_the_agencys_own_binds_no_row(fixture_text, where):
    text = fixture_text("tabs_2024.txt")
    if where == "annex after the closing":
        text = text.rstrip("\n") + "\n附件：2024年度政府信息公开申请内容分类情况\n" + OWN + "\n"
    else:
        text = text.replace("四、政府信息公开行政复议、行政诉讼情况",
                            "申请内容分类情况如下：\n" + OWN + "\n四、政府信息公开行政复议、行政诉讼情况")
    assert OWN in text
    assert [d.code for d in lint(text, path="x.txt").diagnostics] == []


def test_an_official_table_under_a_head_of_its_own_words_still_binds(fixture_text):
    """A guard: 表二 whose first row the agency wrote in words of its own ("栏目 | 甲 | 乙 | 丙" for
    "第二十条第（一）项"), its rows the official ones, binds: a wrong figure in it is still found."""
    text = fixture_text("tabs_2024.txt").replace("第二十条第（一）项\t\t\t", "栏目\t甲\t乙\t丙", 1)
    assert "栏目\t甲" in text
    text = text.replace("行政处罚\t35", "行政处罚\t-35")
    assert [d.code for d in lint(text, path="x.txt").diagnostics] == ["C204"]
