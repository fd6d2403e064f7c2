"""A copy that lost a table's head (left on the page before, cut by a converter), in two text
forms the head told apart before:

- flattened onto one line: the rows were cut only from the table's head on, so with no head
  none was cut ("三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 10 2 …" one line:
  C201 缺少表三, the table that is there). A row's label of the formats with a number apart after
  it starts the table too.
- wrapped at a fixed width: 表四's one row of fifteen numbers, no head above it, over two lines
  ("1 0 0 1 2 0 1 0 0 1 0 0" / "0 0 0"): a row of exactly its numbers was taken for the table;
  two rows of numbers alone that hold them together, one after the other, are too (C201 缺少表四
  before). Numbers with words between them are no wrapped row's (the failing case).

The report is invented: tests/fixtures/tabs_2024.txt, its heads removed."""
from pathlib import Path

from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
HEAD3 = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t自然人\t法人或其他组织\t总计\n"
         "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n")
HEAD4 = ("行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
         "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n")
ROW4 = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n"


def found(text):
    return [(d.code, d.span.line if d.span else None, d.message) for d in lint(text).diagnostics]


def _cut(text, old, new=""):
    assert text.count(old) == 1
    return text.replace(old, new)


def _one_line(text):
    return " ".join(text.replace("\t", " ").split()) + "\n"


def test_flattened_a_table_whose_head_was_lost_is_read():
    text = _one_line(_cut(TABS, HEAD3))
    assert found(_one_line(TABS)) == []
    assert found(text) == []


def test_flattened_a_table_whose_head_was_lost_is_checked():
    text = _one_line(_cut(TABS, HEAD3)).replace("（七）总计 10 ", "（七）总计 11 ")
    assert [f[:2] for f in found(text)] == [("A301", 1), ("A302", 1), ("A303", 1)]
    assert found(text)[2][2] == (
        "表三“（七）总计”行勾稽关系不成立：总计 = 13，而 自然人(11) + 商业企业(2) + 科研机构(0) + 社会公益组织(1) + "
        "法律服务机构(0) + 其他(0) = 14，相差 -1（应满足：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + "
        "法律服务机构 + 其他）")


def test_wrapped_a_one_row_table_whose_head_was_lost_is_read():
    text = _cut(TABS, HEAD4 + ROW4, "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\n0\t0\t0\n")
    assert found(TABS) == []
    assert found(text) == []


def test_wrapped_a_one_row_table_whose_head_was_lost_is_checked():
    text = _cut(TABS, HEAD4 + ROW4, "1\t0\t0\t1\t3\t0\t1\t0\t0\t1\t0\t0\n0\t0\t0\n")
    assert found(text) == [
        ("A304", 60, "表四“行政复议”勾稽关系不成立：行政复议·总计 = 3，而 行政复议·结果维持(1) + 行政复议·结果纠正(0) + "
                     "行政复议·其他结果(0) + 行政复议·尚未审结(1) = 2，相差 1（应满足：行政复议：总计 = 结果维持 + 结果纠正 + "
                     "其他结果 + 尚未审结）")]


def test_wrapped_numbers_with_words_between_are_no_one_row():
    """"1 0 … 0" (twelve), a note, "0 0 0": not one row of fifteen; the table is not found, as
    before, and said once."""
    text = _cut(TABS, HEAD4 + ROW4, "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\n注：以上为本年数据。\n0\t0\t0\n")
    assert found(text) == [("C201", 59, "缺少表四（政府信息公开行政复议、行政诉讼情况）")]
