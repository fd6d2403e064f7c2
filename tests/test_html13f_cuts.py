"""The web-page reader's cuts of issue 13's tenth .html round, each held to what it replaced (the
reading must give the same blocks; only its time changes): the section headings of the body's
serialisation found from the places a section title's first words stand (session 18: no longer
from the characters a heading opens with, the digits of "1. 总体情况" being every figure of the
tables) instead of at every ``>``, the
character-reference test run only on a text holding an "&", the case-insensitive hiding
expressions run only on styles whose lower case holds a word they need, one HTML parser a
thread, and a marked table's spans read once for each way they are written. Pages and texts
invented here; invented agencies only."""
import random
import re
import sys
import threading
from pathlib import Path

import pytest

from govlint.readers import ReadError, TableBlock
from govlint.readers import html as H

TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"


def _page(body: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_示例镇</title>{head}</head>'
            f"<body><h1>{TITLE}</h1>{body}</body></html>").encode("utf-8")


REPORT = ("<p>一、总体情况</p><p>本年度主动公开信息12条。</p><p>二、主动公开政府信息情况</p>"
          "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>"
          "<p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p>")


def _former_headings(ser: str):
    section_in = H._WORDS.patterns()[0]
    return [m.start() + 1 for m in section_in.finditer(ser)]


# -- the headings found from their first characters --------------------------------------------------

def test_a_heading_after_a_tag_and_whitespace_is_found_and_a_numeral_in_prose_is_not():
    section_in = H._WORDS.patterns()[0]
    ser = "<body><p>\n\u3000 一、总体情况</p><p>进一步（一）总体情况</p><p>（二）主动公开政府信息情况</p></body>"
    got = H._heading_starts(ser, section_in)
    assert got == [ser.index(">\n") + 1, ser.index(">（二") + 1]
    assert got == _former_headings(ser)


def test_whitespace_before_a_heading_is_what_the_expression_takes_for_it():
    """The cut steps back over ``str.isspace`` characters where the expression takes ``\\s``: the
    two agree on every code point, so a heading behind any run of them is found by both ways."""
    s = re.compile(r"\s")
    assert all(bool(s.fullmatch(c)) == c.isspace() for c in map(chr, range(sys.maxunicode + 1)))


_PIECES = ["<p>", "</p>", "<td>", "</td>", ">", "<", " ", "\n", "\u3000", "\xa0", "\x1c", "一", "二", "六", "七",
           "（", "(", "）", "、", "．", "，", "总体情况", "主动公开政府信息情况", "本年", "进", "x", "&gt;"]


@pytest.mark.parametrize("seed", range(8))
def test_heading_starts_are_the_expressions_matches(seed):
    rng = random.Random(seed)
    section_in = H._WORDS.patterns()[0]
    for _ in range(300):
        ser = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 80)))
        assert H._heading_starts(ser, section_in) == _former_headings(ser), ser


def test_a_page_of_many_title_starts_is_searched_by_the_expression_alone(monkeypatch):
    """More places where a section title's first words stand than _OPENERS_SOUGHT: the heading
    expression runs over the whole page once (the same matches), not a try at each place."""
    section_in = H._WORDS.patterns()[0]
    ser = "<body>" + "<p>一、总体情况</p><p>统一一二三</p>" * 800 + "</body>"
    assert ser.count("总体情况") > H._OPENERS_SOUGHT
    calls = []
    real = section_in.finditer

    class Spy:
        def match(self, *a):
            return section_in.match(*a)

        def finditer(self, *a):
            calls.append(1)
            return real(*a)

    assert H._heading_starts(ser, Spy()) == _former_headings(ser)
    assert calls == [1]
    few = "<body>" + "<p>一、总体情况</p>" * 10 + "</body>"
    calls.clear()
    assert H._heading_starts(few, Spy()) == _former_headings(few) and calls == []


def test_more_headings_than_signals_are_taken_still_leave_the_page_to_the_walk():
    body = "".join(f"<p>{'一二三四五六'[i % 6]}、总体情况</p>" for i in range(H.MAX_SIGNALS + 1))
    from lxml import etree
    root = etree.fromstring(f"<html><body>{body}</body></html>", etree.HTMLParser())
    assert H._find_article_serialised(root[0]) is None
    root = etree.fromstring(f"<html><body>{body[:-len('<p>一、总体情况</p>')]}</body></html>", etree.HTMLParser())
    assert H._find_article_serialised(root[0]) is not None


# -- the character-reference test ------------------------------------------------------------------

@pytest.mark.parametrize("ser, unusual", [
    ("<p>一、总体情况</p>", False),
    ("<a href=\"?a=1&amp;b=2\">x</a>", False),
    ("<p title=\"a&#10;b\">x</p>", True),
    ("<p>&</p><p>#</p>", False),
    ("<p>x" + H._CELL + "</p>", True),
])
def test_unusual_is_the_former_test(ser, unusual):
    assert H._unusual(ser) is unusual
    assert ("&#" in ser or any(m in ser for m in H._MARKS)) is unusual


# -- the hiding styles' plain search ---------------------------------------------------------------

_STYLE_PIECES = ["display", "DISPLAY", "DiSpLaY", ":", " ", "none", "NONE", "nOnE", "visibility", "vısıbılıty",
                 "VİSİBİLİTY", "hidden", "HİDDEN", "hıdden", "text-decoration", "-line", "line-through",
                 "LINE-THROUGH", "font-size", "font-ſize", "FONT-SİZE", "0", "0px", ";", "|", "宋体", "K", "2em",
                 "text-indent", "margin", "\u212a"]


@pytest.mark.parametrize("seed", range(6))
def test_may_hide_is_true_wherever_an_expression_matches(seed):
    rng = random.Random(seed)
    for _ in range(2000):
        styles = "".join(rng.choice(_STYLE_PIECES) for _ in range(rng.randrange(1, 12)))
        if H._HIDDEN.search(styles) or H._ZERO_SIZE.search(styles):
            assert H._may_hide(styles), styles


@pytest.mark.parametrize("styles, may", [
    ("text-indent:2em|text-indent:2em|margin:0", False),
    ("font-family:宋体|text-indent:2em", True),
    ("DISPLAY : NONE", True),
    ("vısıbılıty:hıdden", True),  # (dotless i: the expressions take it for "i" when case is ignored)
    ("text-decoration:LINE-THROUGH", True),
])
def test_may_hide_on_written_styles(styles, may):
    assert H._may_hide(styles) is may


def _texts(doc):
    return [b.text for b in doc.own_blocks if not isinstance(b, TableBlock)]


def test_a_run_hidden_in_capitals_or_dotless_letters_is_still_dropped():
    body = REPORT.replace("本年度主动公开信息12条。", "本年度主动公开信息<span style='DISPLAY:NONE'>9</span>"
                          "<span style='vısıbılıty:hıdden'>8</span>12条。")
    doc = H.HtmlReader().read(Path("p.html"), _page(body))
    assert "本年度主动公开信息12条。" in _texts(doc)
    shown = H.HtmlReader().read(Path("p.html"), _page(body.replace("NONE", "block").replace("hıdden", "visible")))
    assert "本年度主动公开信息9812条。" in _texts(shown)


# -- one parser a thread ---------------------------------------------------------------------------

def test_a_page_after_an_unreadable_one_reads_as_with_a_new_parser(monkeypatch):
    reader = H.HtmlReader()
    with pytest.raises(ReadError) as err:
        reader.read(Path("p.html"), b"<!-- only a comment -->")
    assert "Document is empty" in str(err.value)
    after = reader.read(Path("p.html"), _page(REPORT))
    monkeypatch.setattr(H, "_local", threading.local())  # (a parser made for this page alone)
    assert after == reader.read(Path("p.html"), _page(REPORT))
    with pytest.raises(ReadError) as again:
        reader.read(Path("p.html"), b"<!-- only a comment -->")
    assert str(again.value) == str(err.value)


def test_pages_read_in_threads_are_read_as_in_one():
    pages = [_page(REPORT.replace("12", str(n))) for n in range(8)]
    alone = [H.HtmlReader().read(Path("p.html"), p) for p in pages]
    got = [None] * len(pages)

    def work(k):
        for _ in range(5):
            got[k] = H.HtmlReader().read(Path("p.html"), pages[k])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(len(pages))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == alone


# -- the spans read once a table ---------------------------------------------------------------------

def test_the_same_rowspan_is_capped_at_each_rows_rows_left():
    """A rowspan written alike in two rows is read once and capped at the rows left below each."""
    table = ("<table><tr><td rowspan='3'>信息内容</td><td>本年制发件数</td></tr>"
             "<tr><td rowspan='3'>a</td></tr><tr><td rowspan='3'>b</td><td colspan='2'>c</td></tr></table>")
    doc = H.HtmlReader().read(Path("p.html"), _page(REPORT + table))
    rows = [b for b in doc.own_blocks if isinstance(b, TableBlock)][-1].rows
    assert [[(c.text, c.rowspan, c.colspan) for c in r] for r in rows] == [
        [("信息内容", 3, 1), ("本年制发件数", 1, 1)],
        [("a", 2, 1)],
        [("b", 1, 1), ("c", 1, 2)],
    ]
