"""The web-page reader's cuts of issue 13's .html round of session 21 (branch html31), each held to
what it replaced (the reading must give the same blocks; only its time changes): the page's
dropped kinds, ``<meta>`` elements, ``<title>``, frames and ``<style>`` sheets taken from one walk of the
tree (``_listed``) instead of one walk for each; the page's style values listed by ``//*/@style``
instead of ``//@style``; the traditional-script sign sought by one character first
(``lexicon.script.simplified``). Pages and texts invented here; invented agencies only. The pages
are the layouts these steps read: a report's paragraphs and a table in a ``<div>`` or the body,
with or without a ``<head>``, XHTML with its namespace, frames, hidden runs, style sheets and comments."""
import random

import pytest
from lxml import etree

from govlint.lexicon import script
from govlint.readers import html as H

TITLE = "示例县发展和改革局2024年政府信息公开工作年度报告"


# -- what the three walks gave (session 20's code) ---------------------------------------------------------
def _former_head_facts(root):
    out = {}
    t = next(root.iter("title"), None)
    if t is not None and t.text:
        out["title"] = t.text.strip()
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if not name or not content:
            continue
        if name in ("articletitle", "og:title") and name not in out:
            out[name] = content
        elif name in H._PUBMETA and "published" not in out:
            out["published"] = content
    return out


def _former_embedded(root):
    out = []
    for el in root.iter("iframe", "embed", "object"):
        url = (el.get("src") or el.get("data") or "").strip()
        if url and (H._OFFICE_FILE.search(url.split("?")[0]) or H._FILE_PARAM.search(url)):
            name = H._file_name(url)
            if H._OFFICE_FILE.search(name) and name not in out:
                out.append(name)
    return out[:H.MAX_ATTACHMENTS]


def _former_drop(root):
    doomed = list(root.iter(*H._DROP_TAGS, etree.Comment, etree.ProcessingInstruction, etree.Entity))
    styles = "|".join(root.xpath("//@style", smart_strings=False))
    if H._may_hide(styles) and (H._HIDDEN.search(styles) or H._ZERO_SIZE.search(styles)):
        doomed += [el for el in root.xpath("//@style/..") if H._HIDDEN.search(el.get("style") or "")
                   or (not len(el) and H._ZERO_SIZE.search(el.get("style") or ""))]
    sheets = [st.text for st in root.iter("style") if st.text]
    doomed += H._hidden_by_class(root, sheets)
    for el in doomed:
        if el.getparent() is not None:
            H._remove_keeping_tail(el)


_PIECES = [
    '<title>{t}</title>', '<title> 示例县_门户网站 </title>', '<TITLE>第二个标题</TITLE>',
    '<meta name="ArticleTitle" content="{t}">', '<meta property="og:title" content="示例标题">',
    '<meta name="PubDate" content="2025-01-20 09:00">', '<meta name="publishdate" content="2025-02-01">',
    '<meta name="keywords" content="">', '<meta itemprop="pubdate" content=" 2025/3/4 ">',
    '<iframe src="/files/附件1.pdf"></iframe>', '<embed src="viewer.html?file=/upload/2024年报.xlsx">',
    '<object data="报表.docx"></object>', '<iframe src="page.html"></iframe>',
    '<style>.hid{{display:none}} span.gray{{visibility:hidden}}</style>', '<style></style>',
    '<style>@media print{{.np{{display:none}}}}</style>',
    '<script>var a = "<p>一、总体情况</p>";</script>', '<!-- 一、总体情况 -->', '<?php echo 1; ?>',
    '<nav>首页 &gt; 政务公开</nav>', '<footer>版权所有</footer>', '<s>删去的字</s>',
    '<p>一、总体情况</p>', '<p style="display:none">隐藏的段落</p>', '<span style="font-size:0">干扰</span>',
    '<span class="hid">防复制</span>', '<span class="gray x">又一段</span>', '<p style="text-indent:2em">正文</p>',
    '<table><tr><td>信息内容</td><td style="color:red">本年制发件数</td></tr></table>',
    '<div class="content">', '</div>', '<p>本年度主动公开信息12条。</p>', '<br>', '尾随文字',
    '<svg><title>图标</title></svg>', '<select><option>2024</option></select>',
]


def _random_page(rng: random.Random) -> str:
    head = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 6)))
    body = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 30)))
    return f"<html><head>{head}</head><body>{body}</body></html>".replace("{t}", TITLE).replace("{{", "{").replace("}}", "}")


@pytest.mark.parametrize("seed", range(6))
def test_one_walk_gives_what_the_walks_for_each_tag_gave(seed):
    """The head's facts, the embedded office files and the page left after the drop, from
    ``_listed``'s one walk, are those of the three walks they replaced, on random pages of titles
    (in the head, in an ``<svg>`` of the body, two of them), ``<meta>`` elements, frames, style sheets
    hiding a class, hiding styles, comments and processing instructions."""
    rng = random.Random(seed)
    for _ in range(150):
        page = _random_page(rng)
        a = etree.fromstring(page, H._parser(etree))
        b = etree.fromstring(page, H._parser(etree))
        listed = H._listed(a)
        assert H._head_facts(listed) == _former_head_facts(b), page
        assert H._embedded_files(listed) == _former_embedded(b), page
        H._drop(a, listed)
        _former_drop(b)
        assert etree.tostring(a, encoding=str) == etree.tostring(b, encoding=str), page


def test_an_xhtml_page_with_its_namespace_gives_the_same_facts():
    """XHTML (an ``xmlns`` on ``<html>``; libxml2's HTML parser keeps the names plain): the same
    title, publication time and drop either way."""
    page = (f'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>{TITLE}</title>'
            '<meta name="PubDate" content="2025-01-20"/><style>.hid{display:none}</style></head>'
            '<body><div><p>一、总体情况</p><span class="hid">防复制</span><iframe src="a.pdf"></iframe></div></body></html>')
    a, b = (etree.fromstring(page, H._parser(etree)) for _ in range(2))
    listed = H._listed(a)
    assert H._head_facts(listed) == _former_head_facts(b) == {"title": TITLE, "published": "2025-01-20"}
    assert H._embedded_files(listed) == _former_embedded(b) == ["a.pdf"]
    H._drop(a, listed)
    _former_drop(b)
    assert etree.tostring(a, encoding=str) == etree.tostring(b, encoding=str)
    assert "防复制" not in etree.tostring(a, encoding=str)


def test_the_page_s_styles_are_every_style_attribute_in_document_order():
    """``//*/@style`` lists what ``//@style`` listed (only elements have attributes), on the root
    element too, in document order."""
    page = ('<html style="a:1"><body style="b:2"><!-- c --><p style="c:3">x<span style="d:4">y</span></p>'
            '<table style="e:5"><tr><td style="f:6">z</td></tr></table><p>no style</p></body></html>')
    root = etree.fromstring(page, H._parser(etree))
    assert H._STYLES()(root) == root.xpath("//@style", smart_strings=False) == ["a:1", "b:2", "c:3", "d:4", "e:5", "f:6"]
    rng = random.Random(7)
    for _ in range(100):
        root = etree.fromstring(_random_page(rng), H._parser(etree))
        assert H._STYLES()(root) == root.xpath("//@style", smart_strings=False)


# -- the traditional script's sign sought by one character ---------------------------------------------
def _former_gate(text: str) -> bool:
    return any(s in text for s in script._SIGNS)


def test_the_sign_s_character_is_in_its_sign():
    assert len(script._SIGN_CHARS) == len(script._SIGNS)
    assert all(c in s for c, s in zip(script._SIGN_CHARS, script._SIGNS))


def test_a_text_without_the_signs_is_not_converted_and_one_with_them_is_as_before(monkeypatch):
    """The converter is asked for exactly the texts it was asked for before (a text holding 公開 or
    報告), on random texts of the signs' characters, their simplified forms and others."""
    asked = []

    class Converter:
        def convert(self, text):
            asked.append(text)
            return text

    monkeypatch.setattr(script, "_converter", lambda: Converter())
    rng = random.Random(3)
    alphabet = ["公", "開", "開", "報", "告", "报", "开", "政府", "信息", "年度", " ", "\n", "a"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        asked.clear()
        assert script.simplified(text) is None  # (the converter changes nothing)
        assert bool(asked) == _former_gate(text), text


def test_a_page_copied_in_traditional_characters_is_still_read_in_simplified_ones():
    page = ("<html><head><title>示例縣發展和改革局2024年政府信息公開工作年度報告</title></head><body><div>"
            "<h1>示例縣發展和改革局2024年政府信息公開工作年度報告</h1>"
            "<p>一、總體情況</p><p>本年度主動公開政府信息，進一步做好政務公開工作。</p>"
            "<p>二、主動公開政府信息情況</p><p>三、收到和處理政府信息公開申請情況</p>"
            "<p>四、政府信息公開行政複議、行政訴訟情況</p><p>五、存在的主要問題及改進情況</p></div></body></html>")
    pytest.importorskip("opencc")
    doc = H.HtmlReader().read(None, page.encode("utf-8"))
    texts = [b.text for b in doc.blocks]
    assert "一、总体情况" in texts and "二、主动公开政府信息情况" in texts
