"""A Word report whose tables are typed as paragraphs with their columns lined up by spaces (four
spaces, or two ideographic spaces) instead of tabs or a table. The spaces between two CJK words
are dropped as noise when a paragraph is cleaned, so each head ran into one word
("信息内容本年处理决定数量": a false V502 on 表二's column) and "三、本年度办理结果（一）予以公开" into one
label (a false C202: 表三缺少1行：（一）予以公开). A gap of two spaces or more inside a Word
paragraph now separates cells, as a tab does.

The reports are invented: tests/fixtures/tabs_2024.txt with its tabs typed as spaces."""
from pathlib import Path

import pytest

from govlint.config import from_dict
from govlint.run.engine import Settings, lint_file
from govlint.testing import make_registry

from copies import word_paragraphs

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
GAPS = {"four spaces": "    ", "two ideographic spaces": "\u3000\u3000", "spaces and no-break spaces": " \u00a0 "}


def _found(path):
    result = lint_file(str(path), Settings.make(from_dict({}), make_registry()))
    assert not result.errors
    return [(d.code, d.span.line, d.span.column, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("gap", list(GAPS))
def test_columns_lined_up_with_spaces_inword_paragraphs(tmp_path, gap):
    assert _found(word_paragraphs(tmp_path / "r.docx", CLEAN.replace("\t", GAPS[gap]))) == []


def test_columns_lined_up_with_spaces_in_word_are_checked(tmp_path):
    text = CLEAN.replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
    found = _found(word_paragraphs(tmp_path / "r.docx", text.replace("\t", "    ")))
    assert [f[0] for f in found] == ["A303", "A302"]
    assert found[0][3] == ("表三“（一）予以公开”行勾稽关系不成立：总计 = 6，而 自然人(4) + 商业企业(1) + 科研机构(0) + 社会公益组织(0) + "
                           "法律服务机构(0) + 其他(0) = 5，相差 1（应满足：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）")


def test_an_indent_or_one_space_in_prose_stays_prose(tmp_path):
    """Two ideographic spaces opening a paragraph (the usual indent) and single spaces are no cells."""
    text = CLEAN.replace("2024年，示例镇人民政府坚持", "\u3000\u30002024年，示例镇人民政府 坚持")
    assert _found(word_paragraphs(tmp_path / "r.docx", text)) == []


def test_a_sentence_wrapped_after_a_figure_below_a_row_is_no_row():
    """pdftotext -layout (voices50q): under 表四's row of figures, a sentence its line wrapped right after a
    figure ("…被申请行政复议 2 件，其中维持 1 件、尚未审结 1" / "件。") was read as a row whose label is the
    sentence: its last figure one more number of 表四 (sixteen for fifteen, a false C200). A label
    holding a clause's mark and a figure with its unit is a sentence."""
    row = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n"
    assert row in CLEAN
    text = CLEAN.replace(row, row + "本年度因政府信息公开被申请行政复议 2 件，其中维持 1 件、尚未审结 1\n件；被提起行政诉讼 1 件。\n")
    from govlint.testing import lint
    assert [d.code for d in lint(text.replace("\t", "    "), path="x.txt").diagnostics] == []
