"""Tables printed in an annex after the report, captioned with the titles of the sections they
belong to: the body's six sections (二, 三 and 四 saying "详见附件表一"), the closing, then "附件" and
the three tables under "一、主动公开政府信息情况" / "二、收到和处理政府信息公开申请情况" /
"三、政府信息公开行政复议、行政诉讼情况". Those captions were read as a second run of sections 二–四
(S102 "重复出现" ×3 and S103 "编号有误" ×3) though each section is there once. An annex — after a
line "附件"/"附表…", or after the closing's name and date with the report going on — captions
its tables: a heading there that names a section already read is no section; its table is still
read (a defect in it is found). A section repeated with no annex before it is still a duplicate.

The report is invented: tests/fixtures/tabs_2024.txt with its tables moved into an annex."""
from pathlib import Path

import pytest

from copies import found, table_three
from harness.text_forms import one_line

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
LINES = TABS.split("\n")


def _block(first, last):
    """Lines ``first``..``last`` (1-based, inclusive) of the fixture."""
    return "\n".join(LINES[first - 1:last])


BODY = "\n".join([
    _block(1, 13), "本年度主动公开情况详见附件表一。", "",
    _block(29, 29), "本年度依申请公开情况详见附件表二。", "",
    _block(59, 59), "详见附件表三。", "",
    _block(65, 69), ""])
CLOSING = _block(71, 72)
TABLES = "\n".join([
    "一、主动公开政府信息情况", _block(14, 27), "",
    "二、收到和处理政府信息公开申请情况", _block(30, 57), "",
    "三、政府信息公开行政复议、行政诉讼情况", _block(60, 63), ""])


def _report(*parts):
    return "\n".join(parts) + "\n"


def _line_of(text, words, nth=1):
    at = -1
    for _ in range(nth):
        at = text.index(words, at + 1)
    return text.count("\n", 0, at) + 1


def test_annex_after_the_closing_and_an_annex_line_captions_no_sections():
    text = _report(BODY, CLOSING, "", "附件", TABLES)
    assert found(text) == []
    assert table_three(text) == table_three(TABS)  # the annex's 表三 is read, cell for cell


def test_annex_after_an_annex_line_with_the_closing_last():
    text = _report(BODY, "附件：政府信息公开工作年度报告统计表", TABLES, CLOSING)
    assert found(text) == []


def test_annex_after_the_closing_without_an_annex_line():
    text = _report(BODY, CLOSING, "", TABLES)
    assert found(text) == []


def test_annex_with_a_heading_naming_section_one_adds_to_it():
    """"一、总体情况补充说明" in an annex is a note on section 一, not section 一 again."""
    text = _report(TABS.rstrip("\n"), "", "附件", "一、总体情况补充说明", "本年度无其他需要补充说明的情况。")
    assert found(text) == []


def test_annex_table_with_a_wrong_total_is_still_checked():
    text = _report(BODY, CLOSING, "", "附件", TABLES.replace("（七）总计\t10\t2\t0\t1\t0\t0\t13",
                                                         "（七）总计\t10\t2\t0\t1\t0\t0\t14"))
    line, first = _line_of(text, "（七）总计"), _line_of(text, "一、本年新收政府信息公开申请数量")
    assert [(c, n) for c, n, _, _ in found(text)] == [("A301", first), ("A302", line), ("A303", line)]


def test_section_repeated_without_an_annex_is_still_a_duplicate():
    """The same captions with no annex line and no closing before them: a second run of 二–四."""
    text = _report(BODY, TABLES, CLOSING)
    got = [(c, n, m) for c, n, _, m in found(text) if c == "S102"]
    assert got == [
        ("S102", _line_of(text, "一、主动公开政府信息情况"), "第二部分“二、主动公开政府信息情况”重复出现"),
        ("S102", _line_of(text, "二、收到和处理政府信息公开申请情况"), "第三部分“三、收到和处理政府信息公开申请情况”重复出现"),
        ("S102", _line_of(text, "三、政府信息公开行政复议、行政诉讼情况"), "第四部分“四、政府信息公开行政复议、行政诉讼情况”重复出现"),
    ]


def test_annex_line_inside_a_section_ends_where_the_next_section_opens():
    """"附表：…" over 表二 inside section 二 opens no annex past section 三: a section copied again
    after 六 is a duplicate."""
    text = _report(_block(1, 13), "附表：主动公开政府信息情况统计表", _block(14, 69), "",
                   _block(13, 17), "", CLOSING)
    assert [(c, n, m) for c, n, _, m in found(text) if c == "S102"] == [
        ("S102", _line_of(text, "二、主动公开政府信息情况", 2), "第二部分“二、主动公开政府信息情况”重复出现")]


@pytest.mark.parametrize("closing", [CLOSING, CLOSING.replace("2025年1月20日", "2025年1月")])
def test_annex_captioned_with_section_titles_in_a_one_line_copy(closing):
    """The same report flattened onto one line (a crawler's text, a viewer's copy): the annex's
    captions were cut as a second run of sections (S102 ×3, S103 ×3) and its tables run together
    (C200). After the closing date (with its day or not) and "附件" they caption tables; each table
    is read."""
    assert closing.endswith(("2025年1月20日", "2025年1月"))
    text = one_line(_report(BODY, closing, "", "附件", TABLES))
    assert found(text) == []
    assert table_three(text) == table_three(TABS)


def test_a_wrong_figure_in_the_annex_is_found_in_a_one_line_copy():
    wrong = ("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14")
    typed = _report(BODY, CLOSING, "", "附件", TABLES.replace(*wrong))
    assert [f[0] for f in found(one_line(typed))] == [f[0] for f in found(typed)] != []
