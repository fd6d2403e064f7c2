"""pdfplumber's copy of a PDF whose 表四 has narrow head cells, each name a character a line,
copied line by line across the columns; a column whose name ends sooner leaves the lines below:

    行 行
    政 政
    复 诉
    议 讼
    结 结 其 尚 总 未 复
    果 果 他 未 计 经 议
    维 纠 结 审 复 后
    持 正 果 结 议 起
    直 诉
    接
    起
    诉
    结 结 其 尚 总 结 结 其 尚 总
    …

No head was read, so no 表四: a false C201 (缺少表四). The names are read column by column
(layout/blocks.py spelled_down_heads).

The report is invented: tests/fixtures/tabs_2024.txt, its tabs as spaces (one row a line)."""
from itertools import zip_longest
from pathlib import Path

from copies import found as _found
from govlint.binder import bind
from govlint.syntax import parse

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
SPACED = "\n".join(" ".join(c for c in line.split("\t") if c) for line in CLEAN.split("\n"))
REVIEW = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
HEAD = [["行政复议", "行政诉讼"], REVIEW + ["未经复议直接起诉", "复议后起诉"], REVIEW + REVIEW]
TYPED_HEAD = "\n".join(" ".join(row) for row in HEAD) + "\n"


def _down(rows):
    """Head rows spelt a character a line, each line the columns' next characters, in order."""
    lines = []
    for row in rows:
        for chars in zip_longest(*row):
            lines.append(" ".join(c for c in chars if c))
    return "\n".join(lines) + "\n"


def _copy(text=SPACED, rows=HEAD):
    assert text.count(TYPED_HEAD) == 1
    return text.replace(TYPED_HEAD, _down(rows))


def _four(text):
    t4 = bind(parse(text)).tables["表四"]
    return {(k, c): (cell.state, str(cell.value)) for k, row in t4.rows.items() for c, cell in row.cells.items()}


def test_the_layout_is_the_one_described():
    assert _down(HEAD).split("\n")[:13] == [
        "行 行", "政 政", "复 诉", "议 讼", "结 结 其 尚 总 未 复", "果 果 他 未 计 经 议", "维 纠 结 审 复 后",
        "持 正 果 结 议 起", "直 诉", "接", "起", "诉", "结 结 其 尚 总 结 结 其 尚 总"]


def test_a_head_a_character_a_line_is_read():
    text = _copy()
    assert _found(SPACED) == []
    assert _found(text) == []
    assert _four(text) == _four(SPACED)


def test_table_four_keeps_its_checks():
    """表四's 行政复议 total is wrong: the same finding as on the typed report, at its number."""
    wrong = SPACED.replace("1 0 0 1 2 0 1 0 0 1 0 0 0 0 0", "1 0 0 1 3 0 1 0 0 1 0 0 0 0 0")
    typed = _found(wrong)
    text = _copy(wrong)
    line = text[:text.index("1 0 0 1 3 0")].count("\n") + 1
    assert [f[0] for f in typed] == ["A304"]
    assert _found(text) == [("A304", line, typed[0][2], typed[0][3])]


def test_characters_that_spell_no_head_names_are_left_alone():
    """The same layout, names that are none of the formats' (a column "其他情况"): no head is made
    up. 表四 is not called missing (C201, before): its fifteen numbers stand alone in section 四,
    whose title names 表四's marker words, and are read as its row, in order."""
    rows = [["行政复议", "行政诉讼"], REVIEW[:2] + ["其他情况"] + REVIEW[3:] + ["未经复议直接起诉", "复议后起诉"],
            REVIEW + REVIEW]
    typed = TYPED_HEAD.replace("其他结果", "其他情况", 1)
    text = SPACED.replace(TYPED_HEAD, _down(rows))
    assert text != SPACED and typed != TYPED_HEAD
    assert _found(text) == []

    def four(t):
        return [(c.state, c.value) for c in bind(parse(t)).tables["表四"].rows["data"].cells.values()]
    assert four(text) == four(SPACED)
