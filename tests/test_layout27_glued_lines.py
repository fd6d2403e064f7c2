"""Pages taken with nothing between their nodes and then cut into a few lines (a crawler that kept
some line breaks), and headings run onto a short line with no space after the full stop.

- a glued chunk — a line longer than a paragraph, no space anywhere, two section headings in it — is
  read as a whole report run together is: a heading there may follow any word ("…统计期限自…止一、
  总体情况2024年，…"; it was S101 一 because only a line of three headings or more allowed that);
- a section's title run straight into its table's head ("…被追责的情况二、主动公开政府信息情况第二十条
  第（一）项信息内容…") is that section's heading whatever stands before it (S101 二), also on a line of
  its own among the kept paragraphs;
- "…建立公开栏定期更新台账。六、其他需要报告的事项" on a short line, no space after the 。, is 六's heading
  run onto 五's last line (S101 六; with a space it was read already).

A title named in a sentence is followed by the sentence's words, not by its table: it stays text.
The reports are invented: tests/fixtures/flat_2024.txt glued, tests/fixtures/tabs_2024.txt."""
from pathlib import Path

from copies import found
from govlint.testing import lint

FIXTURES = Path(__file__).parent / "fixtures"
TABS = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
TITLE, *REST = (FIXTURES / "flat_2024.txt").read_text("utf-8").splitlines()
GLUED = "".join(line.strip() for line in REST if line.strip())

C200 = ("{}无法可靠读取：文中有这张表的行名和列名（如“{}”），但它们与数字或彼此连写在一起，表格的行和列无法还原；"
        "该表的完整性、数值和勾稽关系检查未进行")
T2 = C200.format("表二（主动公开政府信息情况）", "本年制发件数")


def _at(text, words):
    k = text.index(words)
    return text.count("\n", 0, k) + 1, k - text.rfind("\n", 0, k)


def _two_glued_lines(first_part):
    """The glued report cut before 三: ``first_part`` (its text up to there, changed), then the rest."""
    cut = GLUED.index("三、收到和处理")
    return TITLE + "\n" + first_part(GLUED[:cut]) + "\n" + GLUED[cut:] + "\n"


#: the three tables unread for one cause: said once, at 表二, with each table's example
ALL = ("表二、表三、表四无法可靠读取：文中有这些表的行名和列名（如“本年制发件数”“商业企业”“结果维持”），但它们与数字或彼此连写在一起，"
       "表格的行和列无法还原；这些表的完整性、数值和勾稽关系检查未进行")


def _tables_unreadable(text):
    return [("C200", *_at(text, "二、主动公开政府信息情况第二十条"), ALL)]


def test_glued_chunk_heading_after_a_word():
    """一 after the preamble's "止" with no 。, in a 449-character line without a space that holds 一 and 二."""
    text = _two_glued_lines(lambda s: s.replace("止。一、总体情况", "止一、总体情况"))
    line = text.split("\n")[1]
    assert " " not in line and len(line) > 400
    assert found(text) == _tables_unreadable(text)


def test_glued_chunk_no_full_stop_before_either_heading():
    text = _two_glued_lines(lambda s: s.replace("止。一、总体情况", "止一、总体情况")
                            .replace("被追责的情况。二、", "被追责的情况二、"))
    assert found(text) == _tables_unreadable(text)


def test_title_run_into_its_table_head_after_a_word_on_a_kept_line():
    """The report's paragraphs on their lines, but 一's last paragraph, 二's heading and 表二 glued
    into one line of 194 characters, no 。 before 二: 二 is there, its table unreadable (once)."""
    start, cut = GLUED.index("（五）监督保障"), GLUED.index("三、收到和处理")
    glued = GLUED[start:cut].replace("被追责的情况。二、", "被追责的情况二、")
    lines = TABS.split("\n")
    text = "\n".join(lines[:10] + [glued, ""] + lines[28:])
    assert found(text) == [("C200", *_at(text, "二、主动公开政府信息情况第二十条"), T2)]


def test_title_named_after_a_word_before_other_words_stays_text():
    """"…情况详见二、主动公开政府信息情况有关数据…" — the title followed by a sentence's words, not by
    its table: no heading; section 二 is still missing."""
    start = GLUED.index("（五）监督保障")
    lines = TABS.split("\n")
    text = "\n".join(lines[:10] + [GLUED[start:GLUED.index("二、主动公开")] + "具体数据详见二、主动公开政府信息情况有关数据说明。", ""]
                     + lines[28:])
    assert [(d.code, d.message) for d in lint(text).diagnostics] == [
        ("C201", "缺少表二（主动公开政府信息情况）"), ("S101", "缺少第二部分“二、主动公开政府信息情况”")]


def test_short_line_heading_run_on_without_a_space():
    text = TABS.replace("建立公开栏定期更新台账。\n\n六、其他需要报告的事项", "建立公开栏定期更新台账。六、其他需要报告的事项")
    assert text != TABS
    assert found(text) == []


def test_short_line_title_after_a_full_stop_with_its_heading_elsewhere_stays_text():
    """The same line in a report whose 六 heading also stands on a line of its own: the line names
    六 (it is no second 六, and no S102)."""
    text = TABS.replace("建立公开栏定期更新台账。\n", "建立公开栏定期更新台账。六、其他需要报告的事项\n")
    assert text != TABS
    assert found(text) == []


# -- a section's title in other words, glued to its text ("五、存在的主要问题及下一步工作计划一是…")

def _retitled(title, opening="一是公开内容"):
    text = TITLE + "\n" + GLUED.replace("五、存在的主要问题及改进情况一是公开内容", title + opening) + "\n"
    assert title in text
    return text


def test_glued_variant_title_ends_where_its_text_opens():
    """In a report run together with no space, 五's title in words no format lists ends where
    its text opens ("一是", "（一）", "本年度", "目前", a clause's punctuation): the section is there under
    a variant title (S103 note), not missing (S101)."""
    for title, opening in (("五、存在的主要问题及下一步工作计划", "一是公开内容"),
                           ("五、存在的主要问题及整改情况", "（一）公开内容"),
                           ("五、存在的主要问题和下一步打算", "本年度公开内容"),
                           ("五、存在的主要问题及工作打算", "目前公开内容")):
        text = _retitled(title, opening)
        assert found(text) == _tables_unreadable(text) + [
            ("S103", *_at(text, title), f"标题“{title}”是可接受的变体，官方表述为“五、存在的主要问题及改进情况”")], title


def test_glued_title_opening_named_after_a_word_is_no_heading():
    """"…对照五、存在的主要问题及整改清单逐项落实…" names 五's opening words after a word: no
    heading; a report whose own 五 heading is gone still lacks section 五."""
    k = GLUED.index("五、存在的主要问题及改进情况")
    text = TITLE + "\n" + GLUED[:k] + "对照五、存在的主要问题及整改清单逐项落实。" + GLUED[k + len("五、存在的主要问题及改进情况"):] + "\n"
    assert [(c, m) for c, _, _, m in found(text)][1:] == [("S101", "缺少第五部分“五、存在的主要问题及改进情况”")]
