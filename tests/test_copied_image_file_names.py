"""A web page whose statistical tables are pictures, copied as text: under each table's heading the
copy keeps only the pictures' file names ("1705995746322.jpg", two run together, "clipbord_….png").
They were read as a paragraph of prose, so the tables were "missing" (C201 ×3, real48e); a page's
``<img>`` is read as the picture mark and the tables as unreadable (C200). A line of file names alone
is that mark; a sentence naming a file is not.

The report is invented: tests/fixtures/tabs_2024.txt with its tables replaced by file names."""
from pathlib import Path

import pytest

from govlint.layout import prepare, vocabulary
from govlint.lexicon.marks import IMAGE
from govlint.testing import lint

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def _tables_as(names: list) -> str:
    """The fixture with 表二, 表三 and 表四 each replaced by the line ``names[k]``."""
    lines = CLEAN.split("\n")
    heads = [lines.index(h) for h in ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                      "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况")]
    out = lines[:heads[0] + 1]
    for k in range(3):
        out += [names[k], ""] + [lines[heads[k + 1]]]
    return "\n".join(out + lines[heads[3] + 1:])


def _found(text: str):
    return sorted((d.code, d.span.line, d.message) for d in lint(text, ["C", "S"]).diagnostics)


NAMES = ["1705995746322.jpg", "1700000000002.jpg1700000000003.JPG", "  clipbord_1700000000004.png  "]


def test_file_names_alone_are_pictures_so_the_tables_are_unreadable_not_missing():
    text = _tables_as(NAMES)
    found = _found(text)
    # (the three tables, unread for one cause, told of once: voices50j)
    assert [f[0] for f in found] == ["C200"]
    lines = [text.split("\n").index(n) + 1 for n in NAMES]
    assert found[0][1] == lines[0] - 1  # (表二's section's heading)
    assert found[0][2].startswith(f"表二、表三、表四无法可靠读取：第二、三、四部分里都没有表格的文字，只有图片（第{lines[0]}、"
                                  f"{lines[1]}、{lines[2]}行）")


@pytest.mark.parametrize("note", ["（表格见附件）", "详见附件", "统计表见附件1。"])
def test_sections_that_say_their_tables_are_in_an_attachment(note):
    """voices50j: a page copied as text, each table's section saying only "（表格见附件）" (the tables in an
    .xlsx the page attaches): "missing" (C201, an error, ×2). The tables are elsewhere, not missing:
    unreadable, told of once."""
    found = _found(_tables_as([note] * 3))
    assert [f[0] for f in found] == ["C200"]
    assert "第二、三、四部分里都没有表格的文字，只说明表格见附件" in found[0][2]


def test_the_mark_keeps_the_offsets():
    text = _tables_as(NAMES)
    prepared = prepare(text, vocabulary())
    assert "image-file-names" in prepared.repairs
    assert len(prepared.text) == len(text)
    assert prepared.text.count(IMAGE) == 3


@pytest.mark.parametrize("line, code, count", [("附件：示例镇2024年报表.jpg", "C201", 3),
                                               ("表格见图1.png，数据详见附件。", "C200", 1),
                                               ("www.example.gov.cn/a.png 来源", "C201", 3)])
def test_a_sentence_naming_a_file_is_no_picture(line, code, count):
    """A line that says more than file names (a colon, a sentence, a link's words) is read as written:
    the tables are missing (C201), as a report that names a file and shows no table has them missing;
    a sentence that sends the reader to the attachment for them ("…数据详见附件。") says where they are:
    they cannot be read, said once (C200, voices53l)."""
    prepared = prepare(_tables_as([line] * 3), vocabulary())
    assert IMAGE not in prepared.text
    assert [f[0] for f in _found(_tables_as([line] * 3))].count(code) == count
