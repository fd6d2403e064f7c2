"""The web-page reader finds the article from libxml2's serialisation of the tree
(``_find_article_serialised``) and reads the article's lines and its tables' cells from the
marked text libxslt writes of it (``_walk_marked``); it falls back on the element walk
(``_find_article``, ``_Walker``) for what those readings do not take. Both must give the same
document, block for block: here on generated report pages, the fixture report as a plain page,
and pages made to hold what each boundary rule of the walk is about. Pages invented here;
invented agencies only."""
import html as htmllib
import sys
from pathlib import Path

import pytest

from govlint.readers import ReadError, TableBlock, TextBlock
from govlint.readers import html as html_reader

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS / "fixtures" / "generators"))
import report_formats as rf  # noqa: E402

CLEAN = (TESTS / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"


def _both(data: bytes, monkeypatch):
    """(the reading, the element walk's reading) of a page: Documents, or the errors' messages."""
    reader = html_reader.HtmlReader()
    calls = {"article": 0, "walk": 0}
    find, walk = html_reader._find_article_serialised, html_reader._walk_marked

    def counted_find(body):
        got = find(body)
        calls["article"] += got is not None
        return got

    def counted_walk(article, title, *known):
        got = walk(article, title, *known)
        calls["walk"] += got is not None
        return got

    def read():
        try:
            return reader.read(Path("page.html"), data)
        except ReadError as exc:
            return ("error", str(exc))

    with monkeypatch.context() as m:
        m.setattr(html_reader, "_find_article_serialised", counted_find)
        m.setattr(html_reader, "_walk_marked", counted_walk)
        fast = read()
    with monkeypatch.context() as m:
        m.setattr(html_reader, "_find_article_serialised", lambda body: None)
        m.setattr(html_reader, "_walk_marked", lambda article, title, *known: None)
        slow = read()
    return fast, slow, calls


def _page(body: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_示例镇</title>{head}</head>'
            f"<body>{body}</body></html>").encode("utf-8")


def _article() -> str:
    """The fixture report (its title line left out) as an article: tab rows become a table."""
    out, rows = [], []
    for line in CLEAN.splitlines()[1:] + [""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{htmllib.escape(c)}</td>" for c in r) + "</tr>"
                                           for r in rows) + "</table>")
            rows = []
        if line.strip():
            out.append(f"<p>{htmllib.escape(line)}</p>")
    return '<div class="content">' + "\n".join(out) + "</div>"


@pytest.mark.parametrize("title_outside", [True, False])
def test_generated_report_pages_read_the_same_both_ways(monkeypatch, title_outside):
    page = rf.html_page(rf.blocks(CLEAN), title_outside=title_outside).encode("gbk")
    fast, slow, calls = _both(page, monkeypatch)
    assert calls == {"article": 1, "walk": 1}, "the serialised reading took the page"
    assert fast == slow
    tables = [b for b in fast.own_blocks if isinstance(b, TableBlock)]
    assert len(tables) >= 3 and any(c.rowspan > 1 for t in tables for r in t.rows for c in r)
    assert any(c.text == "商业企业" for t in tables for r in t.rows for c in r)  # "商业<br>企业"


BOUNDARIES = [
    # a cell's lines: CJK joined without a space, other text with one; a <br>, blocks, spans
    "<table><tr><td>行政<br>许可</td><td>12<br>34</td><td> <p>a</p> <p>b</p> </td><td><span>x</span>y</td></tr>"
    "<tr><td colspan='2'>合计</td><td rowspan=' 3;'>7</td><td/></tr></table>",
    # text between cells (a cell's tail) is no cell's; an empty cell with attributes
    "<table><tr><td>本年新收</td>stray<td>5</td><td rowspan=\"2\" /></tr><tr><td>自然人</td><td>1</td></tr></table>",
    # a caption, a thead and tbody, a th
    "<table><caption>表一 \n 主动公开</caption><thead><tr><th>信息内容</th><th>本年制发件数</th></tr></thead>"
    "<tbody><tr><td>规章</td><td>0</td></tr></tbody></table>",
    # a layout table (one column) read as lines; a table in a table (layout) holding a data table
    "<table><tr><td>一、总体情况</td></tr><tr><td>全年主动公开政府信息310条。</td></tr></table>"
    "<table><tr><td><table><tr><td>信息内容</td><td>本年制发件数</td></tr></table></td><td>x</td></tr></table>",
    # pictures: a line of their own in the flow, nothing in a cell; entities; hidden text
    "<p>前文<img src='t.png'>后文 &amp; &lt;b&gt; &quot;q&quot;</p><table><tr><td><img src='c.png'>申请人情况</td>"
    "<td>2</td></tr></table><p style='display: none'>二、隐藏</p><p>三、收到和处理政府信息公开申请情况</p>",
    # headings in a tail and in a span; inline markup around the text; spaces between CJK
    "<div><b>x</b>一、总体情况<span>二、主动公开政府信息情况</span></div><p>全年 主动\n公开<i>政府</i>信息。</p>",
]


@pytest.mark.parametrize("snippet", BOUNDARIES, ids=[f"b{i}" for i in range(len(BOUNDARIES))])
def test_boundaries_read_the_same_both_ways(monkeypatch, snippet):
    fast, slow, calls = _both(_page(f"<h1>{TITLE}</h1><p>一、总体情况</p>" + snippet), monkeypatch)
    assert fast == slow and not isinstance(fast, tuple)
    # (a table in a table: the signals are sought by the walk, the article still read serialised)
    assert calls == {"article": 0 if "<td><table>" in snippet else 1, "walk": 1}


def test_the_fixture_report_as_a_page_reads_the_same_both_ways(monkeypatch):
    fast, slow, calls = _both(_page(f"<h1>{TITLE}</h1><p>发布时间：2025-01-20</p>" + _article()), monkeypatch)
    assert calls == {"article": 1, "walk": 1}
    assert fast == slow
    assert fast.source["published"] == "2025-01-20"
    assert isinstance(fast.own_blocks[0], TextBlock) and fast.own_blocks[0].text == TITLE


@pytest.mark.parametrize("snippet, taken", [
    ("<pre>一、总体情况\n  行 2</pre><p>二、主动公开政府信息情况</p>", {"article": 1, "walk": 0}),  # <pre>: the walk
    # a character reference: the signals by the walk, the lines marked (libxslt writes the character)
    ("<p>一、总体情况&#1;</p><p>二、主动公开政府信息情况</p>", {"article": 0, "walk": 1}),
    ("<p>一、总体情况\ue001</p><p>二、主动公开政府信息情况</p>", {"article": 0, "walk": 0}),  # a mark's character
    ("<p>没有报告</p>", {"article": 0, "walk": 0}),  # no signal: the walk says why
])
def test_what_the_serialised_reading_leaves_to_the_walk(monkeypatch, snippet, taken):
    fast, slow, calls = _both(_page(snippet), monkeypatch)
    assert calls == taken
    assert fast == slow


def test_a_grid_too_large_is_the_same_error_both_ways(monkeypatch):
    row = "<tr><td>信息内容</td>" + "<td colspan='100'>1</td>" * 2001 + "</tr>"
    fast, slow, _ = _both(_page(f"<p>一、总体情况</p><table>{row}</table>"), monkeypatch)
    assert fast == slow and fast[0] == "error" and "200000" in fast[1]


def test_a_span_holding_a_marks_character_reads_the_same_both_ways(monkeypatch):
    # (the stylesheet writes a span's value between marks: one holding a mark's character must
    # not shift the cells)
    table = ("<table><tr><td>信息内容</td><td rowspan='2\ue001'>本年制发件数</td><td colspan='\ue0032'>x</td></tr>"
             "<tr><td>规章</td><td>0</td></tr></table>")
    fast, slow, calls = _both(_page("<p>一、总体情况</p>" + table), monkeypatch)
    assert calls["walk"] == 1
    assert fast == slow
    cells = [c for b in fast.own_blocks if isinstance(b, TableBlock) for r in b.rows for c in r]
    assert [(c.text, c.rowspan, c.colspan) for c in cells] == [
        ("信息内容", 1, 1), ("本年制发件数", 1, 1), ("x", 1, 1), ("规章", 1, 1), ("0", 1, 1)]


@pytest.mark.parametrize("depth", [10, 2000])
def test_deep_nesting_reads_the_same_both_ways(monkeypatch, depth):
    body = ("<p>一、总体情况</p>" + "<div>" * depth + "<p>二、主动公开政府信息情况<br>全年</p><table><tr><td>信息内容</td>"
            "<td>本年制发件数</td></tr></table>" + "</div>" * depth)
    fast, slow, calls = _both(_page(body), monkeypatch)
    assert calls["walk"] == 1
    assert fast == slow
    assert [b.text for b in fast.own_blocks if isinstance(b, TextBlock)][-3:] == [
        "一、总体情况", "二、主动公开政府信息情况", "全年"]


@pytest.mark.parametrize("style", ["DISPLAY: NONE", "visibility:hıdden", "visibility:hİdden", "display:&#110;one",
                                   "Visibility : Hidden"])
def test_hidden_elements_are_dropped_however_the_style_is_written(monkeypatch, style):
    # (the page's bytes are looked at first for a word that hides: every writing _HIDDEN takes
    # must still send the page to the styles)
    page = _page(f"<p>一、总体情况</p><p style='{style}'>二、隐藏的段落</p><p>三、收到和处理政府信息公开申请情况</p>")
    fast, slow, calls = _both(page, monkeypatch)
    assert fast == slow
    assert [b.text for b in fast.own_blocks if isinstance(b, TextBlock)][-2:] == [
        "一、总体情况", "三、收到和处理政府信息公开申请情况"]


@pytest.mark.parametrize("style", ["visibility: hidden;", "VISIBILITY:HIDDEN"])
def test_an_article_hidden_until_its_script_shows_it_is_read(monkeypatch, style):
    """A WeChat article saved as the server sends it: the article's container is
    ``<div id="js_content" style="visibility: hidden;">`` and a script shows it when the page has
    loaded (voices52e: "这个网页中没有报告", the file unchecked). A container of paragraphs or tables hidden
    by ``visibility`` alone is read; a run hidden so, or anything ``display:none``, is still dropped."""
    body = (f"<div id='js_content' style='{style}'><p>一、总体情况</p><p>本年度主动公开310条。"
            "<span style='visibility:hidden'>防复制</span></p><p>二、主动公开政府信息情况</p>"
            "<table><tr><td>信息内容</td><td>本年制发件数</td></tr></table></div>"
            "<div style='display:none'><p>三、隐藏的段落</p></div>")
    fast, slow, _ = _both(_page(body), monkeypatch)
    assert fast == slow
    assert [b.text for b in fast.own_blocks if isinstance(b, TextBlock)][-3:] == [
        "一、总体情况", "本年度主动公开310条。", "二、主动公开政府信息情况"]
