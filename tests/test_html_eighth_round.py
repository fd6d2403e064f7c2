"""The web-page reader's cuts of issue 13's eighth .html round, each held to what it replaced:
the cells of a marked table made for the whole table at once (spans anywhere, capped, empty rows),
the line marks inside a cell joined by two passes of one expression, GB18030 pages decoded by the
GBK codec first, and the hidden styles sought in the page's style values joined. Pages invented
here; invented agencies only."""
import random
import re

import pytest

from govlint.readers import _CJK, TableBlock, TextBlock
from govlint.readers import html as html_reader
from test_html_serialised import _both as both_ways

TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"


def _page(body: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_示例镇</title></head>'
            f"<body><h1>{TITLE}</h1><p>一、总体情况</p>{body}</body></html>").encode("utf-8")


def _both(data: bytes, monkeypatch):
    """(the reading, the element walk's reading, whether the marked reading took the article): the
    two readings as test_html_serialised makes them."""
    fast, slow, calls = both_ways(data, monkeypatch)
    return fast, slow, calls["walk"] == 1


def _cells(doc):
    return [[(c.text, c.rowspan, c.colspan) for c in r] for b in doc.own_blocks if isinstance(b, TableBlock)
            for r in b.rows]


TABLES = [
    # spans in the first, middle and last cell of a row, two in one row, a rowspan past the last row
    "<table><tr><td rowspan='2'>信息内容</td><td>本年制发件数</td><td colspan='2'>x</td></tr>"
    "<tr><td colspan='3' rowspan='2'>a<br>b</td></tr><tr><td>规章</td><td rowspan='9'>0</td></tr></table>",
    # empty rows, empty cells, cells of spaces, a th, spans written oddly (kept as the walk takes them)
    "<table><tr></tr><tr><th colspan=' 2;'>申请人情况</th><td></td><td> </td></tr><tr></tr>"
    "<tr><td colspan='x'>1</td><td rowspan='0'>2</td><td colspan='500'>3</td><td rowspan='٣'>4</td></tr></table>",
    # every cell spanned; lines in a cell between CJK, Latin and digits
    "<table><tr><td colspan='1'>信息<br>内容</td><td rowspan='1'>ab<br>cd</td><td colspan='2' rowspan='2'>12<br>件"
    "</td></tr><tr><td colspan='2'>行政<p>许可</p>x</td></tr></table>",
    # only plain cells (no _ATTR left), and a table of no row
    "<table><tr><td>本年新收</td><td>5</td></tr><tr><td>自然人</td><td>1</td></tr></table><table></table>",
]


@pytest.mark.parametrize("table", TABLES, ids=[f"t{i}" for i in range(len(TABLES))])
def test_marked_cells_are_the_walks(monkeypatch, table):
    fast, slow, marked = _both(_page(table), monkeypatch)
    assert marked
    assert fast == slow


def test_marked_cells_keep_spans_in_place():
    fast, _, _ = _both(_page(TABLES[0]), pytest.MonkeyPatch())
    assert _cells(fast) == [
        [("信息内容", 2, 1), ("本年制发件数", 1, 1), ("x", 1, 2)],
        [("a b", 2, 3)],
        [("规章", 1, 1), ("0", 1, 1)],  # (a rowspan is capped at the rows left)
    ]


def test_a_grid_too_large_is_still_refused(monkeypatch):
    row = "<tr><td>信息内容</td>" + "<td>1</td><td colspan='100' rowspan='3'>2</td>" * 700 + "</tr>"
    fast, slow, _ = _both(_page(f"<table>{row}{row}{row}</table>"), monkeypatch)
    assert fast == slow and fast[0] == "error" and "200000" in fast[1]


def _join_reference(t: str) -> str:
    """The former per-mark rule: a mark next to a CJK character (either side) goes, else a space."""
    cjk = re.compile(rf"[{_CJK}]").match
    out, at = [], 0
    while True:
        i = t.find(html_reader._M, at)
        if i < 0:
            break
        out.append(t[at:i])
        if not ((i and cjk(t, i - 1)) or cjk(t, i + 1)):
            out.append(" ")
        at = i + 1
    out.append(t[at:])
    return "".join(out)


def test_cell_lines_joined_as_before():
    rnd = random.Random(13)
    pieces = ["行政", "许可", "ab", "12", "（一）", "x", "、", " ", html_reader._END, html_reader._CELL, "件"]
    for _ in range(2000):
        parts = [rnd.choice(pieces) for _ in range(rnd.randrange(1, 8))]
        t = html_reader._M.join(parts)  # (never two marks side by side, as in a settled table)
        if rnd.random() < 0.3:
            t = html_reader._M + t
        if rnd.random() < 0.3:
            t += html_reader._M
        assert html_reader._join_cell_lines(t) == _join_reference(t), repr(t)


def test_gbk_pages_decode_as_gb18030():
    # every two-byte sequence GBK decodes, and the ASCII, in one page declared GBK
    pairs = bytearray()
    for a in range(0x81, 0xFF):
        for b in range(0x40, 0xFF):
            try:
                bytes([a, b]).decode("gbk")
            except UnicodeDecodeError:
                continue
            pairs += bytes([a, b])
    data = b'<meta charset="gbk">' + bytes(range(0x20, 0x7F)) + bytes(pairs)
    assert len(pairs) == 2 * 21791
    assert html_reader.decode(data) == (data.decode("gb18030"), "gb18030")


@pytest.mark.parametrize("data, text, encoding", [
    # a four-byte sequence: GBK fails, GB18030 reads it
    ('<meta charset="gb2312"><p>示例\U00020000镇</p>'.encode("gb18030"), '<meta charset="gb2312"><p>示例\U00020000镇</p>',
     "gb18030"),
    # no charset, not UTF-8: GB18030 (by GBK)
    ("<p>示例镇人民政府</p>".encode("gbk"), "<p>示例镇人民政府</p>", "gb18030"),
    # declared GBK with a broken byte: undecodable bytes replaced, as before
    (b'<meta charset="gbk"><p>\xca\xbe\xff</p>', '<meta charset="gbk"><p>示\ufffd</p>',
     "gb18030 (with undecodable bytes replaced)"),
])
def test_gb18030_pages_decode_as_before(data, text, encoding):
    assert html_reader.decode(data) == (text, encoding)


@pytest.mark.parametrize("styles, kept", [
    # a hiding style split over two elements hides neither ("|" joins the values)
    (("display:", "none"), ["二、第一段", "三、第二段"]),
    (("color:red", "DISPLAY : none"), ["二、第一段"]),
    (("visibility:hidden|x", "x|display:none"), []),
    (("", "font-size:12pt"), ["二、第一段", "三、第二段"]),
])
def test_hidden_styles_found_in_the_joined_values(monkeypatch, styles, kept):
    body = "".join(f"<p style='{s}'>{t}</p>" for s, t in zip(styles, ["二、第一段", "三、第二段"]))
    fast, slow, _ = _both(_page(body + "<p>四、结尾</p>"), monkeypatch)
    assert fast == slow
    lines = [b.text for b in fast.own_blocks if isinstance(b, TextBlock)]
    assert lines[lines.index("一、总体情况") + 1:-1] == kept


def _lines_reference(text: str) -> str:
    """The former settling of a flow's whitespace and line marks."""
    m = html_reader._M
    text = " ".join(text.split()).replace(" " + m, m).replace(m + " ", m)
    while m + m in text:
        text = text.replace(m * 4, m).replace(m * 2, m)
    return text


def test_flow_lines_settled_as_before():
    rnd = random.Random(8)
    m = html_reader._M
    pieces = ["a", "甲", " ", "\n", "\t", "\u3000", "\xa0", m, m * 2, m * 5, " " + m + " "]
    for _ in range(5000):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 14)))
        assert html_reader._lines(t) == _lines_reference(t), repr(t)


def _article_reference(body):
    """The former choice: every heading's owner looked up, the lowest common ancestor of all."""
    from lxml import etree
    ser = etree.tostring(body, encoding=str, with_tail=False)
    section_in, section_at, table_word = html_reader._WORDS.patterns()
    positions = [m.start() + 1 for m in section_in.finditer(ser)]
    headings = html_reader._owners(ser, positions, body) if positions else []
    signalled = []
    for table, start in zip(body.iter("table"), html_reader._table_starts(ser)):
        end = ser.find("</table>", start)
        for m in table_word.finditer(ser, start, end):
            gt = ser.rfind(">", 0, m.start())
            if ser.rfind("<", 0, m.start()) > gt or section_at.match(ser, gt + 1):
                continue
            signalled.append(table)
            break
    return html_reader._article_of(headings, signalled, body)


def _random_page(rnd) -> str:
    texts = ["一、总体情况", "二、主动公开政府信息情况", "（三）存在的主要问题", "全年主动公开。", "x", ""]
    table = "<table><tr><td>信息内容</td><td>1</td></tr></table>"

    def node(depth):
        if depth > 4 or rnd.random() < 0.3:
            return rnd.choice(texts + [table, "<br/>"])
        tag = rnd.choice(["div", "p", "span", "section", "b"])
        inner = "".join(node(depth + 1) for _ in range(rnd.randrange(0, 4)))
        return f"<{tag}>{rnd.choice(texts)}{inner}</{tag}>{rnd.choice(texts)}"
    return "".join(node(0) for _ in range(rnd.randrange(1, 5)))


def test_the_article_is_the_one_every_owner_gives():
    from lxml import etree
    rnd = random.Random(5)
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
    seen = 0
    for _ in range(1500):
        root = etree.fromstring(f"<html><body>{_random_page(rnd)}</body></html>", parser)
        body = root.find("body")
        got = html_reader._find_article_serialised(body)
        if got is None:
            continue
        seen += 1
        assert got is _article_reference(body), etree.tostring(body, encoding=str)
    assert seen > 1000
