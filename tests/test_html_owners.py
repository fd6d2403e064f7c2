"""The serialised reading finds the element that holds each section heading (``_owners``) as the
n-th element of its tag, making Python objects only for that tag's elements up to it; it must
name exactly the element the count over every element of the body (``_owners_counted``, the
former way) names: a heading in an element's text, in the tail after a ``<br/>``, after end tags
that close several levels, in a tag whose name is out of the ordinary (``<o:p>``, counted the
former way), and in the body's own text. The ``<table`` start tags are found by ``str.find`` at
the positions the regular expression found. The flow's plain lines are the same blocks as the
element walk's (``tests/test_html_serialised.py`` compares whole pages). Pages invented here."""
import re

import pytest
from lxml import etree

from govlint.readers import TextBlock
from govlint.readers import html as html_reader

PARSER = dict(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)


def _body(markup: str):
    root = etree.fromstring(f"<html><body>{markup}</body></html>", etree.HTMLParser(**PARSER))
    return root.find("body")


def _positions(ser: str):
    section_in = html_reader._WORDS.patterns()[0]
    return [m.start() + 1 for m in section_in.finditer(ser)]


PAGES = {
    "text of <p>": "<div><p>一、总体情况</p><p>二、主动公开政府信息情况</p></div>",
    "tail after <br/>": "<div><p>前言<br/>一、总体情况</p><p>说明<br>二、主动公开政府信息情况</p></div>",
    "after end tags of several levels": (
        "<div><p><span><b>甲</b></span>一、总体情况</p></div><div><p><i><u>乙</u></i></p>"
        "二、主动公开政府信息情况</div>"),
    "same tag before and after": (
        "<p>说明</p><p><span>一、总体情况</span></p><p>正文<span>x</span></p>"
        "<p><span>二、主动公开政府信息情况</span></p><span>尾</span>"),
    "a tag out of the ordinary": "<p><o:p>一、总体情况</o:p></p><p><o:p>二、主动公开政府信息情况</o:p></p>",
    "headings in cells": (
        "<table><tr><td>一、总体情况</td></tr><tr><td><p>（二）主动公开政府信息情况</p></td></tr></table>"),
    "the body's own text": "一、总体情况<p>正文</p>二、主动公开政府信息情况",
    "tags whose names begin alike": (
        "<pre>x</pre><param><p>一、总体情况</p><picture></picture><p>二、主动公开政府信息情况</p>"),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_owners_are_the_elements_the_full_count_names(name, monkeypatch):
    body = _body(PAGES[name])
    ser = etree.tostring(body, encoding=str, with_tail=False)
    positions = _positions(ser)
    assert len(positions) == 2
    want = html_reader._owners_counted(ser, positions, body)
    counted = []
    monkeypatch.setattr(html_reader, "_owners_counted", lambda *a: counted.append(1) or want)
    got = html_reader._owners(ser, positions, body)
    assert len(got) == 2 and all(a is b for a, b in zip(got, want))
    assert counted == ([1] if name == "a tag out of the ordinary" else [])  # only <o:p> is counted the former way
    # and the owners are the elements the heading texts belong to
    for el in got:
        texts = [el.text or ""] + [c.tail or "" for c in el]
        assert any(html_reader._WORDS.section(t) for t in texts)


def test_a_heading_in_a_tail_is_owned_by_the_parent():
    body = _body(PAGES["after end tags of several levels"])
    ser = etree.tostring(body, encoding=str, with_tail=False)
    owners = html_reader._owners(ser, _positions(ser), body)
    assert [o.tag for o in owners] == ["p", "div"]


@pytest.mark.parametrize("ser", ["<table>", "<table", "<tablex><table/><table\u3000", "x<table\t<table\n",
                                 "<table <table>", '<body><p>&lt;table</p><table border="1"></table></body>'])
def test_table_starts_are_where_the_regular_expression_found_them(ser):
    assert html_reader._table_starts(ser) == [m.start() for m in re.finditer(r"<table(?=[\s/>])", ser)]


@pytest.mark.parametrize("flow", ["<p>甲</p><p>乙 丙</p><div>  </div><p>丁<br>戊</p>",
                                  "<p>甲\t乙\t丙</p><p>丁</p>", "<p> </p>", "<br><br>"])
def test_the_flows_lines_are_the_walks(flow):
    body = _body(flow)
    marked = html_reader._walk_marked(body, "示例镇人民政府2024年政府信息公开工作年度报告", True)
    walker = html_reader._Walker()
    walker.paragraph("示例镇人民政府2024年政府信息公开工作年度报告")
    walker.walk(body)
    assert marked == walker.blocks
    assert all(type(b) is TextBlock for b in marked)


def _random_page(rnd) -> str:
    """Nested blocks and inline runs, a heading now and then in an element's text or in a tail,
    so that headings stand in both halves of the page and among many elements of their tag."""
    tags = ["p", "div", "span", "b", "td", "font", "p", "p"]
    heads = ["一、总体情况", "二、主动公开政府信息情况", "（三）政府信息管理", "六、其他需要报告的事项"]

    def node(depth: int) -> str:
        tag = rnd.choice(tags if depth < 4 else ["span", "b"])
        text = rnd.choice(heads) if rnd.random() < 0.15 else rnd.choice(["正文", "", "说明"])
        inner = "".join(node(depth + 1) for _ in range(rnd.randint(0, 3 if depth < 4 else 0)))
        tail = rnd.choice(heads) if rnd.random() < 0.1 else ""
        return f"<{tag}>{text}{inner}</{tag}>{tail}"
    return "".join(node(0) for _ in range(rnd.randint(3, 12)))


@pytest.mark.parametrize("seed", range(60))
def test_owners_found_from_the_end_are_the_elements_the_full_count_names(seed):
    """A heading in the page's second half is looked up from the end (the start tags of its name
    from it on, the elements in reverse order): it must name the element the full count names,
    wherever it stands (nested, in a tail, with elements of its tag on both sides)."""
    import random
    body = _body(_random_page(random.Random(seed)))
    ser = etree.tostring(body, encoding=str, with_tail=False)
    positions = _positions(ser)
    if not positions:
        pytest.skip("no heading in this page")
    got = html_reader._owners(ser, positions, body)
    want = html_reader._owners_counted(ser, positions, body)
    assert len(got) == len(want) and all(a is b for a, b in zip(got, want))


def test_the_last_heading_is_found_from_the_end_making_few_elements():
    """The last heading after hundreds of ``<p>`` (every cell's paragraph): only the elements after
    it are walked, and it is the element the full count names."""
    cells = "".join(f"<tr><td><p>{i}</p></td></tr>" for i in range(300))
    body = _body(f"<div><p>一、总体情况</p><table>{cells}</table><p>六、其他需要报告的事项</p><p>无。</p></div>")
    ser = etree.tostring(body, encoding=str, with_tail=False)
    positions = _positions(ser)
    assert len(positions) == 2 and positions[1] > len(ser) // 2
    walked = list(html_reader._from_the_end(body, "p"))
    assert [p.text for p in walked[:2]] == ["无。", "六、其他需要报告的事项"]
    assert walked == list(body.iter("p"))[::-1]
    got = html_reader._owners(ser, positions, body)
    assert [o.text for o in got] == ["一、总体情况", "六、其他需要报告的事项"]
    assert all(a is b for a, b in zip(got, html_reader._owners_counted(ser, positions, body)))
