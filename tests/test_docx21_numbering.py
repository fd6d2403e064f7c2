"""Word's automatic numbering (w:numPr → numbering.xml: "%1、" chineseCounting for the sections,
"（%1）" chineseCountingThousand and "%2." decimal for 表三's 办理结果 rows): the numeral Word
shows is not in the paragraph's text, and the reader gives the bare title ("总体情况",
"予以公开", "属于国家秘密"). Measured on the binder and rules (session 21): the layout takes a
bare official section title for its section and the binder binds 表三's bare row labels, so
the report reads as its source. The reader does not compute the numerals (levels, restarts,
w:start, w:lvlOverride): a wrong computation would put a numeral Word does not show into
headings and labels that bind today. These tests hold that reading."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness import word_features as wf  # noqa: E402
from harness.word21 import lint, numbered, repack, write_plain  # noqa: E402



@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    return write_plain(tmp_path_factory.mktemp("word"))


@pytest.mark.parametrize("sections,rows", [(True, False), (False, True), (True, True)],
                         ids=["section-headings", "table-three-row-labels", "both"])
def test_numerals_left_to_word_numbering_read_as_the_plain_file(plain, tmp_path, sections, rows):
    path = repack(plain, tmp_path / "numbered.docx", lambda parts: numbered(parts, sections, rows))
    from govlint.layout.documents import read
    lines = read(str(path)).text.split("\n")
    if sections:
        assert "总体情况" in lines and "一、总体情况" not in lines
    assert lint(path) == []


def test_a_defect_in_a_row_whose_label_is_numbered_by_word_is_found(plain, tmp_path):
    """（一）予以公开's total 6 where its parts make 5: the row is bound by its bare label."""
    def change(root):
        row = wf.cell(root, "（一）予以公开").getparent()
        cells = [c for c in row.iter(wf.q("tc")) if wf.text_of(c) == "5"]
        cells[-1].find(".//" + wf.q("t")).text = "6"
    wrong = wf.edit(plain, tmp_path / "wrong.docx", change)
    got = lint(repack(wrong, tmp_path / "numbered.docx", lambda parts: numbered(parts)))
    assert got == [
        ("A303", "表三", "表三“（一）予以公开”行勾稽关系不成立：总计 = 6，而 自然人(4) + 商业企业(1) + 科研机构(0) + 社会公益组织(0) + "
                       "法律服务机构(0) + 其他(0) = 5，相差 1（应满足：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）"),
        ("A302", "表三", "表三“总计”列勾稽关系不成立：（七）总计 = 13，而 21项之和［（一）予以公开(6) + （二）部分公开(1) + 4.保护第三方合法权益(1) + "
                       "1.本机关不掌握相关政府信息(3) + 2.没有现成信息需要另行制作(1) + 1.信访举报投诉类申请(2)］ = 14，相差 -1（应满足：（七）总计 = "
                       "（一）至（六）各项之和）")]
    assert got == lint(wrong)
