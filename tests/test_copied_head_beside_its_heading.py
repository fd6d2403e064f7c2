"""Text copied out of a PDF by PDFium from a report whose 表四 head stands level with the section
heading's line: "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼", then the head's other
cells a character a line ("结" / "果" / "维" / "持" …, a narrow cell's vertical writing) and the
fifteen numbers. The head words ran into the heading, so 表四 was never entered and its numbers
were read as nothing (C201 缺少表四). When every word after an official title is a head word or
column name of that section's table (one at least a head word), the space after the title is the
line's end (offsets kept).

The report is invented: tests/fixtures/tabs_2024.txt, 表四 as PDFium copies it."""
from pathlib import Path

from copies import found as _found
from govlint.binder import bind
from govlint.layout import vocabulary
from govlint.layout.lines import prepare
from govlint.syntax import parse

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
HEADING = "四、政府信息公开行政复议、行政诉讼情况"


def copied(text):
    a = text.index(HEADING + "\n")
    b = text.index("五、存在的主要问题")
    lines = text[a:b].rstrip("\n").split("\n")
    out = [HEADING + " 行政复议 行政诉讼"]
    for line in lines[2:-1]:
        out += [ch for ch in line if ch != "\t"]
    out.append(" ".join(lines[-1].split("\t")))
    return text[:a] + "\n".join(out) + "\n\n" + text[b:]


def _table_four(text):
    t = bind(parse(text)).tables["表四"]
    return t.status, {(k, c): str(cell.value) for k, row in t.rows.items() for c, cell in row.cells.items()}


def test_the_head_words_beside_the_heading():
    text = copied(TABS)
    assert "\n" + HEADING + " 行政复议 行政诉讼\n结\n果\n维\n持\n" in text
    assert _found(TABS) == []
    assert _table_four(text) == _table_four(TABS)
    assert _found(text) == []
    prepared = prepare(text, vocabulary())
    assert "\n" + HEADING + "\n行政复议 行政诉讼\n" in prepared.text and len(prepared.text) == len(text)


def test_a_wrong_total_in_table_four_beside_its_heading():
    """行政复议's 总计 made wrong (3 for 2): A304 as in the typed report, at the 3 (the prose's 2 is its parts' sum: no N601)."""
    typed = TABS.replace("1\t0\t0\t1\t2\t0\t1", "1\t0\t0\t1\t3\t0\t1")
    text = copied(typed)
    expected = [(f[0], f[3]) for f in _found(typed)]
    assert [c for c, _ in expected] == ["A304"]
    found = _found(text)
    assert [(f[0], f[3]) for f in found] == expected
    k = text.index("\n1 0 0 1 3 0 1") + len("\n1 0 0 1 ")
    assert found[0][1:3] == (text.count("\n", 0, k) + 1, k - text.rfind("\n", 0, k))


def test_a_heading_followed_by_prose_stays_one_line():
    """Words after the title that are no head ("情况如下") leave the line as it is."""
    text = TABS.replace(HEADING + "\n", HEADING + " 行政复议 情况如下\n")
    assert prepare(text, vocabulary()).text.count(HEADING + " 行政复议 情况如下\n") == 1


_SECTIONS = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
             "存在的主要问题及改进情况", "其他需要报告的事项"]


def _copied_as(heading_line, second_line, text=TABS):
    """The copy, its heading's line and the line after it as given (PDFium's copies of the harness's
    unmerged Word tables)."""
    copy = copied(text)
    out = copy.replace("\n" + HEADING + " 行政复议 行政诉讼\n",
                       "\n" + heading_line + "\n" + (second_line + "\n" if second_line else ""))
    assert out != copy
    return out


def test_the_head_words_beside_a_heading_numbered_otherwise():
    """"4. 政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼": the sections numbered 1. to 6.
    (main: C201 缺少表四)."""
    def renumbered(t):
        for k, numeral in enumerate("一二三四五六", 1):
            t = t.replace(f"\n{numeral}、{_SECTIONS[k - 1]}", f"\n{k}. {_SECTIONS[k - 1]}")
        return t
    text, copy = renumbered(TABS), renumbered(copied(TABS))
    assert "\n4. 政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼\n" in copy
    assert _found(text) == []
    assert _found(copy) == []
    prepared = prepare(copy, vocabulary())
    assert "\n4. 政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n" in prepared.text
    assert len(prepared.text) == len(copy)


def test_head_words_cut_in_two_beside_the_heading():
    """"… 行政复 行政诉" / "议 讼": a narrow cell broke each head word, its second pieces on the
    next line in order (main: C201 缺少表四)."""
    copy = _copied_as(HEADING + " 行政复 行政诉", "议 讼")
    assert _found(copy) == []
    prepared = prepare(copy, vocabulary())
    assert "\n" + HEADING + "\n行政复 行政诉\n议 讼\n" in prepared.text


def test_words_beside_the_heading_that_complete_no_head_word_stay():
    """The pieces must spell the section's head words: "行政复 行政诉" over "查 审" is no head."""
    copy = _copied_as(HEADING + " 行政复 行政诉", "查 审")
    prepared = prepare(copy, vocabulary())
    assert "\n" + HEADING + " 行政复 行政诉\n查 审\n" in prepared.text


def test_a_heading_cut_at_the_lines_end_its_rest_on_the_next_line():
    """"四、政府信息公开行政复议、行政诉" / "讼情况" / "行政复议" / "行政诉讼" / …: PDFium's copy of the
    heading beside 表四 (main: S103 标题“四、政府信息公开行政复议、行政诉”…, and 表四 not entered).
    The rest moves up onto the heading's line, the line break after it (offsets kept: sweep30, a
    heading quoted whole); the heading is found whole."""
    copy = _copied_as("四、政府信息公开行政复议、行政诉", "讼情况\n行政复议 行政诉讼")
    assert _found(copy) == []
    prepared = prepare(copy, vocabulary())
    assert "\n四、政府信息公开行政复议、行政诉讼情况\n\n行政复议 行政诉讼\n" in prepared.text
    assert len(prepared.text) == len(copy)


def test_a_heading_whose_next_line_completes_no_title_stays():
    """"四、政府信息公开行政复议、行政诉" over "讼" alone is no title: left as it is."""
    copy = _copied_as("四、政府信息公开行政复议、行政诉", "讼\n行政复议 行政诉讼")
    prepared = prepare(copy, vocabulary())
    assert "\n四、政府信息公开行政复议、行政诉\n讼\n" in prepared.text
