"""A label a very narrow column wrote a character a line, copied out of the PDF a line at a time
(PDFium's copy of a Word table whose sub-item column holds one character a line): "4." / "无" /
"正" / "当" / … / "复申请", then the row's numbers. The "无" in it was read as a row's value written
无 (an empty count), which closed the row after "4.": the rest became a row of its own, "复申请"
(a false V502 for 重复申请) and 4.无正当理由大量反复申请 was missing (a false C202). A "无" between
a label's pieces that make no whole label yet and a further piece of words is one of its
characters; a row's value 无 after a whole label ("行政许可" / "无") is still a value.

The report is invented: tests/fixtures/cells_2024.txt (a cell a line), its 表三 flattened as such a
copy is (no tabs, no blank lines) and three labels holding 无 spelled a character a line."""
from pathlib import Path

from copies import found, table_three
from test_copied_a_cell_a_line import narrow

CELLS = (Path(__file__).parent / "fixtures" / "cells_2024.txt").read_text("utf-8")
#: the labels holding 无, as the copy spells them: the enumerator, then a character a line
SPELLED = {
    "4.无正当理由大量反复申请": ["4."] + list("无正当理由大量反") + ["复申请"],
    "（四）无法提供": ["（四）", "无", "法提供"],
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请":
        ["1.申", "请", "人", "无", "正", "当理由逾期不补正、", "行政机关不再处理其政府信息公开申请"],
}


def spelled(text, labels):
    flat = narrow(text, 100)  # (表三's results flattened, no label wrapped)
    for label in labels:
        assert flat.count("\n" + label + "\n") == 1, label
        flat = flat.replace("\n" + label + "\n", "\n" + "\n".join(SPELLED[label]) + "\n")
    return flat


def test_a_label_spelled_a_character_a_line_keeps_its_wu():
    text = spelled(CELLS, ["4.无正当理由大量反复申请"])
    assert "\n4.\n无\n正\n" in text
    assert found(CELLS) == []
    assert table_three(text) == table_three(CELLS)
    assert found(text) == []


def test_every_label_with_wu_spelled_so_reads_as_typed():
    text = spelled(CELLS, list(SPELLED))
    assert table_three(text) == table_three(CELLS)
    assert found(text) == []


def test_a_rows_value_written_wu_after_its_whole_label_is_still_a_value():
    """"3.要求提供公开出版物" / "无" / "4.无正" / "当理由大" …: the row's one value written 无 (the
    copy left its other cells out) after a whole label is a value, though the next row's label
    follows it in pieces: that row is read as typed, and only the 无 row's own cells are not."""
    flat = narrow(CELLS, 100).replace("\n4.无正当理由大量反复申请\n", "\n4.无正\n当理由大\n量反复申请\n")
    lines = flat.split("\n")
    k = lines.index("3.要求提供公开出版物")
    assert lines[k + 1:k + 8] == ["0"] * 7 and lines[k + 8] == "4.无正"
    text = "\n".join(lines[:k + 1] + ["无"] + lines[k + 8:])
    typed, copied = table_three(CELLS), table_three(text)
    assert {key: v for key, v in copied.items() if key[0] != "noproc_3"} == \
        {key: v for key, v in typed.items() if key[0] != "noproc_3"}
    assert not any("要求提供公开出版物无" in message for *_, message in found(text))
