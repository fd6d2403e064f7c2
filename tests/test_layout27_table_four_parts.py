"""表四 drawn as two or three tables, each part under a caption or head naming its groups, in another
order than the official one, or captioned in words without brackets.

- "行政诉讼" / "未经复议直接起诉 复议后起诉" / ten numbers, then "行政复议" / five numbers: the numbers were
  read in the order written, or (since parts out of order were noticed) the table was said to be
  unreadable (C200); each part's numbers now go under the groups its caption and head rows name;
- "行政复议情况" / "未经复议直接起诉的行政诉讼情况" / "复议后起诉的行政诉讼情况", each over the five heads and
  five numbers: the captions were no head of 表四 and the table was "missing" (C201); in 表四's own
  section such a caption (the groups' names and the words a caption adds: 的, 情况, 案件, 统计, 表)
  opens a part;
- parts that cannot be placed (a group named twice, a group's numbers missing) keep the one C200.

The report is invented: tests/fixtures/tabs_2024.txt with its 表四 redrawn."""
from pathlib import Path

from copies import found
from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TABLE4 = ("行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
          "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
          "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0")
HEADS = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计"
REVIEW, DIRECT, AFTER = "1\t0\t0\t1\t2", "0\t1\t0\t0\t1", "0\t0\t0\t0\t0"


def _redrawn(*parts):
    """tabs_2024.txt with 表四 as the tables ``parts`` (each "caption\\nhead\\nnumbers"), a blank line between."""
    assert TABLE4 in TABS
    return TABS.replace(TABLE4, "\n\n".join(parts))


def _part(caption, numbers, heads=HEADS):
    return f"{caption}\n{heads}\n{numbers}"


def _table_four(text):
    t4 = bind(parse(text)).tables["表四"]
    return t4.status, {c: str(cell.value) for row in t4.rows.values() for c, cell in row.cells.items()}


def _line_col(text, words):
    k = text.index(words)
    return text.count("\n", 0, k) + 1, k - text.rfind("\n", 0, k)


def test_two_parts_lawsuits_first_each_under_its_groups():
    text = _redrawn(_part("行政诉讼", DIRECT + "\t" + AFTER, "未经复议直接起诉\t复议后起诉\n" + HEADS + "\t" + HEADS),
                    _part("行政复议", REVIEW))
    assert found(text) == []
    assert _table_four(text) == _table_four(TABS)


def test_three_parts_in_reverse_order_with_their_groups_in_brackets():
    text = _redrawn(_part("行政诉讼（复议后起诉）", AFTER), _part("行政诉讼（未经复议直接起诉）", DIRECT),
                    _part("行政复议", REVIEW))
    assert found(text) == []
    assert _table_four(text) == _table_four(TABS)


def test_parts_out_of_order_with_a_wrong_total_name_the_right_group():
    """复议后起诉's part (0 0 0 3 4) second of three: A304 on 复议后起诉, at its 总计."""
    text = _redrawn(_part("行政复议", REVIEW), _part("行政诉讼（复议后起诉）", "0\t0\t0\t3\t4"),
                    _part("行政诉讼（未经复议直接起诉）", DIRECT))
    line, col = _line_col(text, "0\t0\t0\t3\t4")
    assert found(text) == [(
        "A304", line, col + 8,
        "表四“复议后起诉”勾稽关系不成立：复议后起诉·总计 = 4，而 复议后起诉·结果维持(0) + 复议后起诉·结果纠正(0) + "
        "复议后起诉·其他结果(0) + 复议后起诉·尚未审结(3) = 3，相差 1（应满足：复议后起诉：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结）")]


def test_captions_in_words_without_brackets_in_order():
    text = _redrawn(_part("行政复议情况", REVIEW), _part("未经复议直接起诉的行政诉讼情况", DIRECT),
                    _part("复议后起诉的行政诉讼情况", AFTER))
    assert found(text) == []
    assert _table_four(text) == _table_four(TABS)


def test_captions_in_words_without_brackets_out_of_order():
    text = _redrawn(_part("复议后起诉的行政诉讼案件情况", AFTER), _part("行政复议案件统计", REVIEW),
                    _part("未经复议直接起诉的行政诉讼情况", DIRECT))
    assert found(text) == []
    assert _table_four(text) == _table_four(TABS)


def test_parts_that_cannot_be_placed_are_said_once():
    """Two parts out of order and the third missing: no column can be trusted — one C200."""
    text = _redrawn(_part("行政诉讼（复议后起诉）", AFTER), _part("行政复议", REVIEW))
    line, _ = _line_col(text, "行政诉讼（复议后起诉）")
    assert [(d.code, d.span.line if d.span else None) for d in lint(text).diagnostics] == [("C200", line)]


def test_a_caption_in_words_outside_the_tables_section_opens_nothing():
    """"行政复议情况" as a line of section 一, 表四 gone from under a sentence of section 四: still missing
    (C201), no table "seen". (Section 四 with its heading alone is another case: a table published as a
    picture, C200 — tests/test_bare_section_headings_tables_lost.py.)"""
    text = _redrawn("本年度行政复议、行政诉讼情况如下。").replace("（五）监督保障。", "行政复议情况\n（五）监督保障。")
    assert [(d.code, d.message) for d in lint(text).diagnostics if d.code.startswith("C2")] == [
        ("C201", "缺少表四（政府信息公开行政复议、行政诉讼情况）")]


def test_a_caption_in_words_over_prose_in_the_tables_section_opens_nothing():
    """"行政复议情况" / a sentence, "行政诉讼情况" / a sentence in section 四, 表四 gone: the lines head
    prose, no table — still missing (C201), not a table whose head was seen (C200)."""
    text = _redrawn("行政复议情况\n本年度发生政府信息公开行政复议2件。\n行政诉讼情况\n本年度发生政府信息公开行政诉讼1件。")
    assert [(d.code, d.message) for d in lint(text).diagnostics if d.code.startswith("C2")] == [
        ("C201", "缺少表四（政府信息公开行政复议、行政诉讼情况）")]
