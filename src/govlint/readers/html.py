"""Web pages (.html, .htm): the article that holds the report, as lines and tab rows.

The charset comes from a BOM, ``<meta charset>`` or ``http-equiv``, else UTF-8, else GB18030.
Scripts, styles, navigation, headers and footers are dropped; the report is the smallest
element holding its section headings (一、总体情况 …) and statistical tables. When the article
does not begin with the title, the title is taken from the page (see ``_page_title``: never a
link, a list, a navigation bar or a breadcrumb, though a breadcrumb's last item may be it), and
the publication time the page shows goes into ``source["published"]``. Tables are laid
out on a grid (rowspan/colspan expanded with empty cells) and written one row per line. The
page is walked without recursion, so however deep its nesting the time and memory stay
linear in its size.

What a page shows and nothing else is read: characters a browser draws as nothing (zero-width
spaces, U+FEFF, soft hyphens: "1\u200b3" is 13) are left out, and so are runs hidden by the page's
own style sheet or by a zero font size (anti-copy junk); a table typed in paragraphs with runs of
``&nbsp;`` keeps those runs for the layout, which splits its cells. The furniture a platform puts
after the text in the text's own container (打印本页, 上一篇/下一篇, 相关链接) is dropped, a second
copy of the report (an 无障碍 reading) is read once, and the office files the page attaches go
into ``source["attachments"]``. An XHTML page that opens with ``<?xml …?>`` is a page.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from datetime import date
from functools import lru_cache
from itertools import accumulate, count, islice, repeat
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from ..lexicon.closing import AGENCY_END
from ..lexicon.enumerators import LOOSE, NUMERAL
from ..lexicon.marks import IMAGE, NOTE_MARK
from ..lexicon.page import PUBLISHED_KEY
from ..lexicon.script import simplified
from . import _CJK, EXTENSIONS, CellBlock, Document, ReadError, TableBlock, TextBlock, join_lines, messages, missing_library
from ..lexicon.pattern import lazy

_META = lazy(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XMLDECL = lazy(r"^\s*<\?xml[^>]*\?>", re.I)
# a page: its first tag after an XML declaration (XHTML pages of many CMSs open with one) and
# comments, a tag of a page's head or body (a page may open with a <script> or <link> before <html>)
_HTMLISH = lazy(rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title"
                rb"|div|p|table|h[1-6]|script|link|style|base|noscript|section|article|main|header|nav|center"
                rb"|font|span|form)\b", re.I | re.S)

# (not <form>: an ASP.NET page holds all of itself in <form id="form1">; a form's controls go,
# its text stays. <del>, <s>, <strike>: text struck out, as Word's page shows a tracked deletion)
_DROP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "iframe", "object",
         "embed", "svg", "canvas", "select", "option", "button", "input", "textarea", "head", "title",
         "map", "audio", "video", "del", "s", "strike"}
_BLOCK = {"address", "article", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "menu",
          "ol", "p", "pre", "section", "summary", "ul", "tr", "td", "th", "caption", "body", "html", "table",
          "thead", "tbody", "tfoot", "font-block"}
# hidden, or struck out (an editor's strikethrough button: text the page shows as deleted)
_HIDDEN = lazy(r"display\s*:\s*none|visibility\s*:\s*hidden|text-decoration(?:-line)?\s*:[^;\"']*line-through", re.I)
# a font size of zero hides an element's own text (anti-copy junk in a run); a container's zero
# size is a layout trick its children undo, so only an element without children is dropped for it
_ZERO_SIZE = lazy(r"font-size\s*:\s*0+(?:\.0*)?\s*(?:px|pt|em|rem|%)?\s*(?:;|!|$)", re.I)
# a selector that is one class, with or without its tag (a rule of the page's own style sheet
# that hides it: "<style>.hid{display:none}</style>")
_CSS_CLASS = lazy(r"^\s*(?:[a-z][a-z0-9]*)?\.([A-Za-z_][\w-]*)\s*$")
#: the inline elements a class rule may hide: the page's junk runs, never a block that a script
#: may show (a tab's content hidden by a class until clicked)
_INLINE = ("span", "font", "i", "em", "b", "strong", "u", "s", "small", "sub", "sup", "label", "ins")
#: what a browser shows as nothing: a soft hyphen (drawn only where a line breaks), zero-width
#: spaces and joiners, direction marks, the word joiner and invisible operators, a BOM inside the
#: text; inside a number ("1\u200b3", "1&shy;0") they would split it
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
_INVISIBLE = lazy(f"[{_INVISIBLE_CHARS}]")
_DROP_TAGS = tuple(sorted(_DROP))


@lru_cache(maxsize=1)
def _STYLED():
    from lxml import etree
    return etree.XPath("//@style/..")


@lru_cache(maxsize=1)
def _STYLES():
    """The values of every style attribute of a page (plain strings), in document order. (Only an
    element has attributes: "every element's", ``//*/@style``, which libxml2 walks as the
    descendant elements, is the same list as ``//@style``, which also visits every text node,
    and a fifth faster.)"""
    from lxml import etree
    return etree.XPath("//*/@style", smart_strings=False)



class _Words:
    """The words that mark the report in a page, from the format data (:data:`BUILTIN_FORMATS`):
    a section heading is a numeral (一 … 六) and the start of a section title or a variant of
    one ("四、因政府信息公开工作…", "五、存在问题…"); a statistical table holds a head word (a table
    marker or a column label of three characters or more, or a row label of seven or more, that
    no section title holds: "信息内容", "申请人情况", "自然人", "结果维持", "本年制发件数",
    "行政规范性文件" …)."""

    #: how much of a title a heading must begin with
    START = 4

    def __init__(self):
        self._section = self._table = None

    def _make(self):
        from ..formats import BUILTIN_FORMATS
        from ..lexicon.labels import split_prefix

        starts, titles, words = set(), set(), set()
        for f in BUILTIN_FORMATS.values():
            for sec in f.sections:
                for t in (sec.title, *sec.variants):
                    titles.add(t)
                    starts.add(t[:self.START])
            for t in f.tables:
                words.update(t.markers)
                for c in t.columns + tuple(c for r in t.rows for c in r.columns):
                    words.update(c.label.text.split("·"))
                # a long row label ("行政规范性文件", "本年新收政府信息公开申请数量"); the short ones
                # ("行政许可", "规范性文件") are words of prose too
                words.update(w for w in (split_prefix(r.label.text)[1] for r in t.rows) if len(w) >= 7)
        words = {w for w in words if len(w) >= 3 and not any(w in t for t in titles)}
        alts = "|".join(re.escape(w) for w in sorted(starts, key=lambda w: (-len(w), w)))
        # the section's enumerator as reports write it (lexicon.enumerators: 一、, （一）, 1., 第一部分,
        # 一） and "一 总体情况", a space for the mark), in bold or not, or bold alone for it
        # ("**总体情况**": the numbering lost): the forms the binder's headings take
        num = rf"(?:(?:\*\*)?\s*(?:{LOOSE}|{NUMERAL}(?=\s))|\*\*)"
        self._section = re.compile(rf"^\s*{num}\s*(?:{alts})")
        # the same heading at the start of a text node of a serialised tree (after a tag's ">")
        self._section_at = re.compile(rf"\s*{num}\s*(?:{alts})")
        self._section_in = re.compile(rf">\s*{num}\s*(?:{alts})")
        # the title starts by their first character (for :func:`_heading_starts`)
        firsts: Dict[str, List[str]] = {}
        for w in starts:
            firsts.setdefault(w[0], []).append(w)
        self._title_starts = tuple((c, tuple(ws)) for c, ws in sorted(firsts.items()))
        # a heading numbered by a list (<ol><li>总体情况</li>: Word's list numbering, saved as a web page)
        self._listed = re.compile(rf"^\s*(?:{alts})")
        self._table = re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))

    def section(self, text: str):
        if self._section is None:
            self._make()
        return self._section.match(text)

    def listed(self, text: str):
        if self._table is None:
            self._make()
        return self._listed.match(text)

    def table(self, text: str):
        if self._table is None:
            self._make()
        return self._table.search(text)

    def title_starts(self):
        """(a first character, the section titles' starts that open with it) for each."""
        if self._table is None:
            self._make()
        return self._title_starts

    def patterns(self):
        """(a heading after a tag's ">", a heading at a position, a table word) for a serialised tree."""
        if self._table is None:
            self._make()
        return self._section_in, self._section_at, self._table


_WORDS = _Words()

MAX_COLSPAN = 100
MAX_ROWSPAN = 1000
MAX_GRID = 200_000  # cells in one table
MAX_SIGNALS = 200


_local = threading.local()


def _parser(etree):
    """This thread's HTML parser, made once (an lxml parser may not be used by two threads at
    once; lxml clears its error log and resets libxml2's context at every parse, as for the
    parser lxml.html keeps for its own ``document_fromstring``). A parser made for every page
    cost its making and libxml2's first set-up of a context, ~1 % of a bench page's reading."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        # huge_tree: nesting up to 2048 levels is kept (the default cuts the page at 255);
        # libxml2 drops what is nested deeper, so time and memory stay bounded
        # (libxml2's HTML parser with lxml's plain elements: lxml.html's element classes cost a
        # Python lookup for every element the walk touches, a fifth of the reading)
        # (collect_ids off: libxml2 keeps no table of the page's id attributes, which nothing here
        # looks an element up by)
        parser = _local.parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                                  huge_tree=True, collect_ids=False)
    return parser


class HtmlReader:
    name = "html"
    extensions = EXTENSIONS[name]
    cache_version = "4"  # the reader cache's key (govlint.readers.cache)

    def sniff(self, head: bytes) -> bool:
        h = head
        for bom in (b"\xef\xbb\xbf",):
            if h.startswith(bom):
                h = h[len(bom):]
        if h.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                h = h.decode("utf-16").encode("utf-8", "replace")
            except UnicodeDecodeError:
                return False
        # a page that opens with a comment is markup, however long the comment (a report hidden
        # in it must not be read as the text of a plain file)
        return bool(_HTMLISH.match(h[:2048])) or h.lstrip().startswith(b"<!--")

    def read(self, path: Path, data: bytes):
        try:
            from lxml import etree
        except ImportError:
            raise missing_library("lxml", "web pages") from None
        if not data or data.isspace():  # (not data.strip(): no copy of the page)
            raise ReadError(messages.empty())
        text, encoding = decode(data)
        text = _XMLDECL.sub("", text, count=1)
        text = simplified(text) or text  # (a site's 繁體 version: its article found by the report's words)
        if not text or text.isspace():
            raise ReadError(messages.page_empty())
        try:
            root = etree.fromstring(text, _parser(etree))
        except (etree.ParserError, ValueError) as exc:
            raise ReadError(messages.page_unreadable(exc)) from None
        if root is None:
            raise ReadError(messages.page_unreadable())
        listed = _listed(root)
        head = _head_facts(listed)
        embedded = _embedded_files(listed)
        _drop(root, listed)
        body = next(root.iterchildren("body"), None)
        if body is None:
            body = root
        article = _find_article_serialised(body)
        unmarked = article is not None  # (its serialisation holds no mark's character)
        if article is None:  # (a page the serialised reading does not take: the element walk)
            article = _find_article(body)
        attached = _attachments(body, article, embedded)
        published = _published(body, article, head)
        _furniture_before_dropped(article)  # (before the title is sought: the rail is no title)
        title = _page_title(body, article, head)
        _furniture_after_dropped(article)
        blocks = _walk_marked(article, title, unmarked)
        if blocks is None:
            walker = _Walker()
            if title:
                walker.paragraph(title)
            walker.walk(article)
            blocks = walker.blocks
        blocks = _once(blocks)
        source = {"kind": "html", "encoding": encoding}
        if published:
            source["published"] = published
        if attached:
            source["attachments"] = attached
        return Document("", source, tuple(blocks))


#: a line of the page's furniture that may close an article: 上一篇/下一篇, 相关链接, the print and
#: close links, share buttons, the editor's name, the view count
_FURNITURE_LINE = lazy(r"^\s*[【\[]?\s*(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关阅读|相关链接|相关文章|相关新闻"
                       r"|相关文件|推荐阅读|打印本页|打印此页|打印文章|关闭窗口|关闭本页|分享到|扫一扫|责任编辑|字体\s*[:：]"
                       r"|浏览次数|阅读次数|访问次数)")
#: a class or id of a container of furniture after an article (not "list" or "link": Word's
#: paragraphs of a list are ``MsoListParagraph``)
_TRAIL_HINT = lazy(r"nav|menu|crumb|related|relate|xiangguan|xglj|sidebar|share|fenxiang|prev|next|shangxia|sxp",
                   re.I)
_CONTAINERS = ("div", "section", "article", "main", "center", "font", "span", "td")


def _furniture(el) -> bool:
    """An element of the page's furniture: a line of :data:`_FURNITURE_LINE`, a container (not a
    paragraph) whose class or id says so (share, related links, 上下篇…: :data:`_TRAIL_HINT`), or an
    element half of whose text or more is links ("打印本页 关闭窗口", a list of other years' reports
    with their dates); never one holding a table or a section heading, or nothing but a picture."""
    if not isinstance(el.tag, str):
        return False
    text = " ".join(_flat_text(el).split())
    if not text:  # (an empty paragraph, a spacer; not a picture: a table may be one)
        return next(el.iter("img", "table"), None) is None
    if next(el.iter("table"), None) is not None:
        return False
    if any(_WORDS.section(t) for t in el.itertext() if t.strip()):
        return False
    if _FURNITURE_LINE.match(text) or (el.tag != "p" and _TRAIL_HINT.search(_hint(el))):
        return True
    # links: a list of them, with their dates; never a list of the report's own items (Word's list
    # numbering, saved as a web page: "<ol><li>本年度未收取信息处理费。</li></ol>")
    linked = sum(len("".join("".join(a.itertext()).split())) for a in el.iter("a"))
    return linked * 2 >= len("".join(text.split())) and linked > 0


def _remove_keeping_tail(el) -> None:
    """Take ``el`` out of its parent, the text after it (its tail) kept where it stood (lxml.html's
    ``drop_tree``, for the plain elements this reader parses into)."""
    parent, prev, tail = el.getparent(), el.getprevious(), el.tail
    parent.remove(el)
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _furniture_before_dropped(article) -> None:
    """Remove the page's furniture that opens the article, before the report's first words: a
    rail of 相关链接 (other years' reports, their dates) or a breadcrumb written first in the
    text's own container and floated aside by the site's style — read first, its first link was
    taken for the report's title (another year: P701/P702 against it). From the article's first
    child on, each child that is furniture (:func:`_furniture`) and not the title alone (a link
    whose text is a report's title, ``<h1><a>…年度报告</a></h1>``) goes; the first that is not
    ends the search, or, when it is a container, the search goes on inside it."""
    el = article
    for _ in range(50):
        if (el.text or "").strip():
            return
        first = None
        # (children made Python objects one at a time, from the first: lxml's iterator has the
        # next one in hand before a child is removed; a list of them all was a tenth of the reading)
        for c in el.iterchildren():
            if not isinstance(c.tag, str):
                continue
            if not _furniture(c) or _is_title(" ".join(_flat_text(c).split())):
                first = c
                break
            tail = c.tail
            if (tail or "").strip():
                return
            el.remove(c)
        if first is None or first.tag not in _CONTAINERS:
            return
        el = first


def _furniture_after_dropped(article) -> None:
    """Remove the page's furniture that closes the article, after the report's last words:
    print and close links, 上一篇/下一篇 naming other years' reports, a 相关链接 list with its
    dates — on many platforms they stand in the text's own container, and their last date was
    read as the report's closing date. From the article's last child backwards, each child that is
    furniture (:func:`_furniture`) goes; the first that is not ends the search, or, when it is a
    container, the search goes on inside it. A child's text that is not furniture (an attachment
    line "附件：…", the signature) is never touched."""
    el = article
    for _ in range(50):
        last = None
        for c in el.iterchildren(reversed=True):  # (from the last, one at a time: see above)
            if not isinstance(c.tag, str):
                continue
            if not _furniture(c):
                last = c
                break
            if (c.tail or "").strip():
                last = None
                break
            _remove_keeping_tail(c)
        if last is None or last.tag not in _CONTAINERS or (last.tail or "").strip():
            return
        el = last


def _block_key(block):
    return block.rows if isinstance(block, TableBlock) else getattr(block, "text", None)


#: what a second copy of the report must repeat of the first to be taken as one: section headings
_COPY_HEADINGS = 3


def _once(blocks: list) -> list:
    """The blocks with a second copy of the report left out: a page that prints the report
    twice (the article, then the same text again in an 无障碍 "accessible reading" block, or a
    print version shown below) is one report, as its reader sees. The second copy starts where
    a section heading comes again; it is taken as a copy when the blocks from there are
    the blocks from that heading's first place on, one for one (texts and tables' cells), through
    at least three section headings and a table, and between the first copy's last block and the
    second's first heading stand only the first copy's opening lines again and no more than five
    short lines (the copy's title, an "无障碍阅读" line). Those lines and the copy go; whatever
    follows the copy stays. Each heading is tried in turn, not only the first, and each later
    place of it: a table of contents (目录) lists the headings before the text, and its
    "一、总体情况" comes again at the text's own heading before the copy's 目录."""
    texts = [b.text if isinstance(b, TextBlock) else None for b in blocks]
    # (a copy starts where a heading's text comes again: a page none of whose lines comes twice,
    # as most, holds none, told by one set made in C instead of a pattern tried at every line)
    lines = [t for t in texts if t is not None]
    if len(set(lines)) == len(lines):
        return blocks
    keys = [_block_key(b) for b in blocks]
    tried = 0
    for first, text in enumerate(texts):
        if text is None or not _WORDS.section(text):
            continue
        tried += 1
        if tried > _COPY_TRIES:
            break
        kept = _copy_left_out(blocks, texts, keys, first)
        if kept is not None:
            return kept
    return blocks


#: the headings :func:`_once` tries a copy from (a table of contents' six, then the text's first)
_COPY_TRIES = 12


def _copy_left_out(blocks: list, texts: list, keys: list, first: int) -> Optional[list]:
    """The blocks without the copy of the report that starts where ``texts[first]`` (a section
    heading) comes again (:func:`_once`), at any of its next places (a 目录's "一、总体情况" comes
    again at the text's heading, then at the copy's 目录); None when no copy starts there."""
    again = first
    for _ in range(_COPY_TRIES):
        try:
            again = texts.index(texts[first], again + 1)
        except ValueError:
            return None
        kept = _copy_from(blocks, keys, first, again)
        if kept is not None:
            return kept
    return None


def _copy_from(blocks: list, keys: list, first: int, again: int) -> Optional[list]:
    """The blocks without ``blocks[again:]``'s copy of ``blocks[first:]`` (:func:`_once`'s
    conditions); None when it is no copy."""
    n = 0
    while again + n < len(keys) and first + n < again and keys[first + n] == keys[again + n]:
        n += 1
    copied = keys[first:first + n]
    if (sum(1 for k in copied if isinstance(k, str) and _WORDS.section(k)) < _COPY_HEADINGS
            or not any(isinstance(b, TableBlock) for b in blocks[first:first + n])):
        return None
    preamble = set(k for k in keys[:first] if isinstance(k, str))
    between = [k for k in keys[first + n:again] if k not in preamble]
    if len(between) > 5 or any(not isinstance(k, str) or len(k) > 80 for k in between):
        return None
    return blocks[:first + n] + blocks[again + n:]


def decode(data: bytes) -> Tuple[str, str]:
    """The page's text and the encoding used: BOM, then the declared charset, then UTF-8,
    then GB18030; undecodable bytes are replaced only when every strict decoding failed."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), "utf-16"
    declared = None
    m = _META.search(data[:8192]) or re.search(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""",
                                               data[:1024], re.I)
    if m:
        declared = _codec(m.group(1).decode("ascii", "replace"))
    tried = [c for c in (declared, "utf-8", "gb18030") if c]
    for codec in dict.fromkeys(tried):
        try:
            if codec == "gb18030":
                try:
                    # (GBK's codec is a fifth faster; a text it decodes, GB18030 decodes the same:
                    # GBK has no four-byte sequences and its two-byte ones decode alike in both)
                    return data.decode("gbk"), codec
                except UnicodeDecodeError:
                    pass
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    codec = declared or "utf-8"
    try:
        return data.decode(codec, "replace"), codec + " (with undecodable bytes replaced)"
    except LookupError:
        return data.decode("utf-8", "replace"), "utf-8 (with undecodable bytes replaced)"


def _codec(name: str) -> Optional[str]:
    import codecs
    n = name.strip().lower().replace("_", "-")
    if n in ("gb2312", "gbk", "x-gbk", "cp936", "gb-2312-80", "gb2312-80", "euc-cn", "csgb2312", "ms936",
             "windows-936", "gb18030"):
        return "gb18030"  # a superset: pages declared GB2312 often hold GBK characters
    try:
        return codecs.lookup(n).name
    except LookupError:
        return None


def _tagname(el) -> str:
    t = el.tag
    if not isinstance(t, str):
        return ""
    if "}" in t:
        t = t.rsplit("}", 1)[1]
    return t.lower()


def _listed(root) -> list:
    """The page's elements of the dropped kinds (:data:`_DROP`: its title, style sheets and frames
    among them) and its ``<meta>`` elements, and its nodes that are no element, in document order: one
    walk of lxml (C) for :func:`_head_facts`, :func:`_embedded_files` and :func:`_drop`, which
    walked the tree for each of their tags apart (a walk matching one tag the page holds costs about
    a third of one matching all of these)."""
    from lxml import etree
    return list(root.iter(*_DROP_TAGS, "meta", "sup", etree.Comment, etree.ProcessingInstruction, etree.Entity))


def _drop(root, listed: list) -> None:
    """Remove what is never report text: scripts, styles, navigation, page header and footer,
    hidden elements, comments. Text that followed a removed element (its tail) is kept.

    lxml finds them (libxml2's HTML parser gives tag names in lower case): the elements of the
    dropped kinds and anything that is not an element, in one pass; the elements with a style
    that hides them, looked for only when the page's styles, joined, hold one (one search of
    their values, which libxml2 lists: on most pages no style hides, and no element with a style
    is made a Python object). The order of removal does not change the page that is left.
    ``listed``: :func:`_listed`'s nodes of the page."""
    doomed = [el for el in listed if el.tag != "meta" and (el.tag != "sup" or _note_mark_after_a_figure(el))]
    sheets = [el.text for el in doomed if el.tag == "style" and el.text]
    # ("|" is nothing the pattern matches: a match in the joined values is a match in one of them)
    styles = "|".join(_STYLES()(root))
    if _may_hide(styles) and (_HIDDEN.search(styles) or _ZERO_SIZE.search(styles)):
        doomed += [el for el in _STYLED()(root) if _hides(el, el.get("style") or "")
                   or (not len(el) and _ZERO_SIZE.search(el.get("style") or ""))]
    doomed += _hidden_by_class(root, sheets)
    for el in doomed:
        if el.getparent() is not None:
            _remove_keeping_tail(el)


def _note_mark_after_a_figure(sup) -> bool:
    """Whether ``sup`` is a note's mark right after a figure ("137<sup>1</sup>", "12<sup>①</sup>":
    :data:`NOTE_MARK`): a person reads the figure and the mark apart, their texts run together into
    another number (1371: false A301, A303). Such a mark is not read, as the Word reader leaves
    out Word's."""
    if not NOTE_MARK.match("".join(sup.itertext())):
        return False
    el = sup
    if el.getprevious() is None and not (el.getparent().text or "").strip() and el.getparent().tag in ("a", "span"):
        el = el.getparent()  # (a note's link around its mark: "137<a href="#_ftn1"><sup>1</sup></a>")
    prev = el.getprevious()
    parent = el.getparent()
    before = (prev.tail if prev is not None else parent.text if parent is not None else "") or ""
    if prev is not None and not before and prev.tag in _INLINE:  # ("<span>137</span><sup>1</sup>")
        before = "".join(prev.itertext())
    before = before.rstrip()
    return bool(before) and before[-1].isdigit()


def _hides(el, style: str) -> bool:
    """Does ``style`` hide ``el`` from the reader? Not ``visibility:hidden`` alone on a container of
    paragraphs or tables: a page whose script shows its article when it has loaded (a WeChat
    article's ``<div id="js_content" style="visibility: hidden;">``, saved as the server sends it;
    a browser shows and prints the report). A run hidden so is junk, and ``display:none`` hides."""
    m = _HIDDEN.search(style)
    if m is None:
        return False
    if not m.group().lower().startswith("visibility") or _HIDDEN.search(style, m.end()):
        return True
    return next(el.iterdescendants("p", "div", "section", "table"), None) is None


def _may_hide(styles: str) -> bool:
    """Whether :data:`_HIDDEN` or :data:`_ZERO_SIZE` may match ``styles``: its lower case holds a
    word each of their branches needs ("none", "hidden"'s "dden", "line-through"'s "through",
    "font-size"'s "font-"). A plain search of the lowered text, ~10 times faster than the two
    case-insensitive expressions tried at every character of the page's styles (which most pages
    give without any of the words). Exact: the words hold no letter that matches a character
    beyond ASCII when case is ignored (only i, k and s do: ı, İ, K, ſ), and lowering keeps each
    ASCII letter's place in the run it stands in."""
    low = styles.lower()
    return "none" in low or "dden" in low or "through" in low or "font-" in low


def _hidden_by_class(root, sheets: List[str]) -> list:
    """The inline elements (:data:`_INLINE`) of a class that the page's own ``<style>`` hides
    (``.hid{display:none}``, ``span.x{visibility:hidden}``): anti-copy junk typed into the text.
    Only a selector that is one class (with or without its tag) is taken; a rule inside
    ``@media`` (print only) is not. ``sheets``: the text of each of the page's ``<style>`` elements
    that has one, in document order."""
    if not sheets:
        return []
    names = set()
    for sheet in sheets:
        if not _HIDDEN.search(sheet):
            continue
        for selectors, body in _css_rules(sheet):
            if _HIDDEN.search(body):
                for sel in selectors.split(","):
                    m = _CSS_CLASS.match(sel)
                    if m:
                        names.add(m.group(1))
    if not names:
        return []
    names = set(sorted(names)[:200])
    from lxml import etree
    # (one XPath, C: a page of Word's runs has thousands of spans)
    tags = " or ".join(f"self::{t}" for t in _INLINE)
    classes = " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {n} ')" for n in sorted(names))
    return etree.XPath(f"//*[{tags}][@class][{classes}]")(root)


def _css_rules(sheet: str) -> List[Tuple[str, str]]:
    """(selectors, declarations) of a style sheet's plain rules, in one linear pass: comments and
    the rules inside an at-rule's block (``@media print{…}``: print only) left out; what does not
    parse as a rule (a brace left open) is skipped."""
    out: List[Tuple[str, str]] = []
    # comments: "/*" to the next "*/" (an unclosed one runs to the end)
    parts = sheet.split("/*")
    sheet = parts[0] + "".join(p.partition("*/")[2] for p in parts[1:])
    depth = 0  # inside an at-rule's block
    i = 0
    n = len(sheet)
    opening = sheet.find("{")  # the next "{" and "}" from i (each found once: linear)
    closing = sheet.find("}")
    while i < n:
        if opening < 0 and closing < 0:
            break
        if opening >= 0 and (closing < 0 or opening < closing):
            head = sheet[i:opening]
            if head.lstrip().startswith("@"):
                depth += 1
                i = opening + 1
                opening = sheet.find("{", i)
                continue
            if closing < 0:
                break
            if not depth:
                out.append((head, sheet[opening + 1:closing]))
            i = closing + 1
        else:
            if depth:  # the end of an at-rule's block
                depth -= 1
            i = closing + 1
        if opening >= 0 and opening < i:
            opening = sheet.find("{", i)
        closing = sheet.find("}", i)
    return out


def _signals(body) -> Tuple[List[object], List[object]]:
    """Elements that mark the report: section headings and the statistical tables."""
    headings, tables = [], []
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        for text, owner in ((el.text, el), (el.tail, el.getparent())):
            if not text or owner is None:
                continue
            if _WORDS.section(text) or (owner is el and _WORDS.listed(text) and _list_item(el) is not None):
                if len(headings) < MAX_SIGNALS:
                    headings.append(owner)
            elif len(tables) < MAX_SIGNALS and _WORDS.table(text):
                table = _ancestor(owner, "table")
                if table is not None and (not tables or tables[-1] is not table):
                    tables.append(table)
    return headings, tables


def _list_item(el):
    """The item of a numbered list (``<ol><li>``) that ``el`` is, or is the text of (its runs:
    ``<li><p><font>总体情况``), when the item holds no more than a heading's words."""
    for _ in range(6):
        if el is None:
            return None
        if _tagname(el) == "li":
            parent = el.getparent()
            if parent is not None and _tagname(parent) == "ol" and len("".join(el.itertext()).strip()) <= 40:
                return el
            return None
        el = el.getparent()
    return None


def _ancestor(el, tag: str):
    n = 0
    while el is not None and n < 10_000:
        if _tagname(el) == tag:
            return el
        el = el.getparent()
        n += 1
    return None


def _chain(el) -> List[object]:
    out = []
    while el is not None:
        out.append(el)
        el = el.getparent()
    out.reverse()
    return out


def _lca(els: Sequence[object]):
    chains = [_chain(e) for e in els]
    common = None
    for level in zip(*chains):
        if all(x is level[0] for x in level):
            common = level[0]
        else:
            break
    return common


def _find_article(body):
    """The element holding the report."""
    headings, tables = _signals(body)
    if not headings and not tables:
        raise ReadError(messages.page_without_report())
    return _article_of(headings, tables, body)


# -- the title and the page's publication time ---------------------------------------------------

_CORE = lazy(r"政府信息公开|政务公开|信息公开")
_YEAR = lazy(r"(?:19|20)\d\d\s*年|[〇○零一二三四五六七八九]{4}\s*年")
#: a title that names its agency before what it reports on ("示例县人民政府信息公开…", "示例镇政务公开…")
_NAMED = lazy(rf"^.+?{AGENCY_END}(?:政府信息公开|政务公开|信息公开)")
_NAVLINE = lazy(r"^\s*(?:当前位置|您的位置|你的位置|所在位置|您现在的位置|你现在的位置|当前的位置|位置)\s*[:：]"
                 r"|^\s*(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关阅读|相关链接|相关文章|推荐阅读)"
                 r"|[|｜>＞»›→]|首页")
_NAVHINT = lazy(r"nav|menu|crumb|position|location|weizhi|dqwz|path|related|relate|xiangguan|list|link|sidebar"
                 r"|share|tool|print|fenxiang", re.I)
_CRUMBHINT = lazy(r"crumb|position|location|weizhi|dqwz|path", re.I)
_CRUMB_SPLIT = lazy(r"\s*(?:>|＞|»|›|→|/|\|)\s*")
_TITLE_SPLIT = lazy(r"\s+[-—|｜_]+\s+|[_|｜]|——|--|(?<=报告)\s*[-—－]+\s*")
_TITLE_LABEL = lazy(r"^(?:标题|题目|名称|文章标题)\s*[:：]\s*")
_PUBLISHED = lazy(PUBLISHED_KEY + r"\s*[:：]?\s*"
                   r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
#: the key alone, its date in the next element ("<span>发布时间：</span><span>2025-01-20</span>"); not another
#: date's key ("成文日期：…": the document's, with its own date)
_PUBLISHED_ALONE = lazy(r"\s*" + PUBLISHED_KEY + r"\s*[:：]?\s*")
_PUBMETA_DATE = lazy(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_PUBMETA = ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "publishtime",
            "publish_time", "published_time")


def _compact(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _is_title(text: str) -> bool:
    """Text that names the report: 政府信息公开 (政务公开, 信息公开) … 报告, short, not navigation."""
    t = _compact(text)
    if not t or len(t) > 80 or "。" in t or _NAVLINE.search(t):
        return False
    m = _CORE.search(t)
    return bool(m) and "报告" in t[m.end():]


def _complete(text: str) -> bool:
    """A title that carries its year (a column heading "政府信息公开年度报告" does not)."""
    return bool(_YEAR.search(_compact(text)))


def _head_facts(listed: list) -> Dict[str, str]:
    """What the page's <head> says: <title>, <meta name="ArticleTitle">, og:title, the publication
    time (``listed``: :func:`_listed`'s nodes of the page)."""
    out: Dict[str, str] = {}
    t = next((el for el in listed if el.tag == "title"), None)  # (the first)
    if t is not None and t.text:
        out["title"] = t.text.strip()
    for m in listed:
        if m.tag != "meta":
            continue
        name = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if not name or not content:
            continue
        if name in ("articletitle", "og:title") and name not in out:
            out[name] = content
        elif name in _PUBMETA and "published" not in out:
            out["published"] = content
    return out


def _hint(el) -> str:
    return (el.get("class") or "") + " " + (el.get("id") or "")


def _in_furniture(el, stop=None) -> bool:
    """Inside a link, a list, navigation, or a container whose class or id says navigation,
    breadcrumb, related links, share or print tools."""
    n = 0
    while el is not None and el is not stop and n < 200:
        if _tagname(el) in ("a", "li", "option", "ul", "ol", "nav", "menu") or _NAVHINT.search(_hint(el)):
            return True
        el = el.getparent()
        n += 1
    return False


def _in_crumb(el) -> bool:
    n = 0
    while el is not None and n < 50:
        if _CRUMBHINT.search(_hint(el)):
            return True
        el = el.getparent()
        n += 1
    return False


def _has_title(article) -> bool:
    """The article's own first lines (before its first section heading) hold the title. A line
    is its paragraph's whole text, not a run of it: an editor cuts a paragraph into runs
    anywhere, and the first half of "…（以下简称《条例》）的要求，编制本报告。本报告所列…" names
    政府信息公开 … 报告 as a title does, as the first half of a heading is no heading."""
    seen = 0
    done = set()
    for el in article.iter():
        if not isinstance(el.tag, str):
            continue
        t = (el.text or "").strip()
        if not t:
            continue
        line = _paragraph_of(el, article)
        if line is not None:
            if line in done:
                continue
            done.add(line)
            t = " ".join(_flat_text(line).split())
        if _WORDS.section(t):
            return False
        if _is_title(t) and not _in_furniture(el, article):
            return True
        seen += 1
        if seen > 30:
            return False
    return False


def _paragraph_of(el, article):
    """The block ``el`` (an inline run: ``<span>``, ``<font>``) is a piece of, when that block
    holds no other block (a paragraph, a heading, a cell's line); None for a block, or a run
    whose block holds more."""
    if _tagname(el) in _BLOCK:
        return None
    up = el.getparent()
    n = 0
    while up is not None and _tagname(up) not in _BLOCK and n < 20:
        if up is article:
            return None
        up = up.getparent()
        n += 1
    if up is None or n >= 20 or any(_tagname(d) in _BLOCK for d in up.iterdescendants()):
        return None
    return up


def _breadcrumb_title(text: str) -> str:
    """A breadcrumb's last item, when it is the title: "当前位置：首页 > 政务公开 > 示例镇…年度报告"."""
    parts = [p for p in _CRUMB_SPLIT.split(text.strip()) if p.strip()]
    if len(parts) < 2:
        return ""
    last = parts[-1].strip()
    return last if _is_title(last) else ""


def _page_title(body, article, head: Dict[str, str]) -> str:
    """The report's title when the page puts it outside the article; "" when the article begins
    with it, or when no candidate is certain. Candidates, in order: the text before the article
    that names the report, nearest first (an <h1>, a title <div>; never a link, a list, navigation
    or a breadcrumb); <meta name="ArticleTitle">; og:title; the page's <title> without the site name;
    a breadcrumb's last item. A candidate with a year is taken first: a column heading such as
    "政府信息公开年度报告" is not the report's title; when none has one, the first that names its
    agency before 政府信息公开 is (an <h1> "示例镇人民政府政府信息公开工作年度报告": the report's own
    title without its year, which the rules then say)."""
    if _has_title(article):
        return ""
    before: List[str] = []
    crumbs: List[str] = []
    for el in body.iter():
        if el is article:
            break
        if not isinstance(el.tag, str):
            continue
        text = el.text or ""
        if _CRUMBHINT.search(_hint(el)) or _NAVLINE.match(text):
            # a breadcrumb: its last item may be the title ("当前位置：" may stand alone before the links)
            for holder in (el, el.getparent()):
                got = _breadcrumb_title(" ".join(_flat_text(holder).split())) if holder is not None else ""
                if got:
                    crumbs.append(got)
                    break
            continue
        if _tagname(el) in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = _flat_text(el)
        elif not text.strip():
            continue
        t = " ".join(text.split())
        label = _TITLE_LABEL.match(t)
        if label:
            t = t[label.end():]
        if t and _is_title(t) and not _in_furniture(el) and not _in_crumb(el):
            before.append(t)
    candidates: List[str] = list(reversed(before))
    for key in ("articletitle", "og:title"):
        v = " ".join(head.get(key, "").split())
        if v and _is_title(v):
            candidates.append(v)
    for part in _TITLE_SPLIT.split(head.get("title", "")):
        if _is_title(part):
            candidates.append(" ".join(part.split()))
            break
    candidates.extend(reversed(crumbs))
    for c in candidates:
        if _complete(c):
            return c
    # none carries its year: the first that names who reports ("示例街道办事处政府信息公开工作年度报告")
    # is the title all the same (a column heading, "政府信息公开年度报告", names no one); else the
    # lines the article opens with would be taken for it (a 目录's last line)
    for c in candidates:
        if _NAMED.match(_compact(c)):
            return c
    return ""


def _published(body, article, head: Dict[str, str]) -> str:
    """The publication time the page shows ("发布时间：2025-01-20"), as YYYY-MM-DD: the last such label
    before the report's first section heading, outside links and lists; else <meta name="PubDate">;
    "" when the page shows none."""
    found = None
    size = 0
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and _WORDS.section(el.text):
            break
        own, tail = el.text or "", el.tail or ""
        size += len(own) + len(tail)
        wanted = [(text, is_tail) for text, is_tail in ((own, False), (tail, True))
                  if "时间" in text or "日期" in text]
        if wanted and _in_furniture(el):
            parent_ok = el.getparent() is not None and not _in_furniture(el.getparent())
            wanted = [(text, is_tail) for text, is_tail in wanted if is_tail and parent_ok]
        for text, is_tail in wanted:
            m = _PUBLISHED.search(text)
            if m is None and len(text) < 20 and _PUBLISHED_ALONE.fullmatch(text) is not None:
                # the label alone, its date in the next element: "<span>发布时间：</span><span>2025-01-20</span>"
                holder = el.getparent() if is_tail else el
                near = " ".join(((_flat_text(holder) if holder is not None else "") + ("" if is_tail else tail)).split())
                m = _PUBLISHED.search(near[:300])
                if m is None and not is_tail and el.getparent() is not None:
                    m = _PUBLISHED.search(" ".join(_flat_text(el.getparent()).split())[:300])
            if m:
                found = m
        if size > 50_000:
            break
    if found is None and head.get("published"):
        found = _PUBMETA_DATE.match(head["published"])
    if found is None:
        return ""
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3))).isoformat()
    except ValueError:
        return ""


def _visible(text: str) -> str:
    """``text`` without the characters a browser shows as nothing (:data:`_INVISIBLE`)."""
    # (each character sought by str's own search, a third of the time of one search by the class)
    return _INVISIBLE.sub("", text) if any(c in text for c in _INVISIBLE_CHARS) else text


#: an office file a page links to: a spreadsheet, a Word or WPS document, a PDF or OFD, an archive
_OFFICE_FILE = lazy(r"\.(xlsx?|xlsm|et|ett|csv|docx?|wps|wpt|rtf|odt|ods|pdf|ofd|zip|rar|7z)\s*(?:[?#].*)?$", re.I)
_ATTACH_HINT = lazy(r"fj|fujian|attach|appendix|enclosure|annex|download|xiazai", re.I)
_ATTACH_WORD = lazy(r"附\s*件|附\s*表|下载")
MAX_ATTACHMENTS = 20


_FILE_PARAM = lazy(r"[?&](?:file|url|src|path|filepath|fileurl)=([^&#]+)", re.I)


def _file_name(url: str) -> str:
    """The file name an address names: its path's last part, or a viewer's ``file=`` parameter's
    (``/pdfjs/web/viewer.html?file=/u/2025/bg.pdf``)."""
    from urllib.parse import unquote
    m = _FILE_PARAM.search(url)
    if m and _OFFICE_FILE.search(unquote(m.group(1))):
        url = unquote(m.group(1))
    return url.split("?")[0].split("#")[0].rsplit("/", 1)[-1]


_FRAMES = ("iframe", "embed", "object")


def _embedded_files(listed: list) -> List[str]:
    """The office files the page shows in a frame, an ``<embed>`` or an ``<object>`` (a PDF viewer
    showing the report's tables), by file name; looked for before those elements are dropped
    (``listed``: :func:`_listed`'s nodes of the page, which hold them)."""
    out: List[str] = []
    for el in listed:
        if el.tag not in _FRAMES:
            continue
        url = (el.get("src") or el.get("data") or "").strip()
        if url and (_OFFICE_FILE.search(url.split("?")[0]) or _FILE_PARAM.search(url)):
            name = _file_name(url)
            if _OFFICE_FILE.search(name) and name not in out:
                out.append(name)
    return out[:MAX_ATTACHMENTS]


def _attachments(body, article, embedded: Sequence[str] = ()) -> Tuple[str, ...]:
    """The files the report attaches (``附件：<a href="….xls">2024年政府信息公开工作年度报表.xls</a>``):
    the links to an office file (:data:`_OFFICE_FILE`, by the link's text or its address) inside
    the article, or after it on the page where the link, its paragraph or a container says it is an
    attachment (附件, 附表, 下载; a class or id such as ``fj``, ``attach``). Each is named by its
    text, or by its address's file name when the text names no file. A report whose tables are in
    such a file has no tables in its text: the binder can say so instead of "缺少表三". A link in a
    list of other pages (相关链接, 上一篇) is not one, unless it says 附件. The files the page shows
    embedded (``embedded``, :func:`_embedded_files`) come after them."""
    out: List[str] = []
    for el in body.iter("a"):
        href = (el.get("href") or "").strip()
        own = el.text if not len(el) else _flat_text(el)
        if not (own and "." in own) and not _OFFICE_FILE.search(href):
            continue  # (most links: no file named; looked at without a Python step more)
        text = " ".join((own or "").split())
        name = text if _OFFICE_FILE.search(text) else ""
        if not name and _OFFICE_FILE.search(href):
            name = _file_name(href)
            if text and not _ATTACH_WORD.fullmatch(text):
                name = f"{text}（{name}）"
        if not name:
            continue
        inside = _ancestor_is(el, article)
        if not inside:
            after = _follows(article, el)
            parent = el.getparent()
            said = _ATTACH_WORD.search(text) or (parent is not None and _ATTACH_WORD.search(
                (parent.text or "") + " ".join(_flat_text(parent).split())[:40]))
            hinted = any(_ATTACH_HINT.search(_hint(a)) for a in islice(el.iterancestors(), 6))
            if not after or not (said or hinted) or (_in_furniture(parent) and not said):
                continue
        elif _in_furniture(el.getparent(), article) and not _ATTACH_WORD.search(
                " ".join(_flat_text(el.getparent()).split())[:40] + text):
            continue
        if name not in out:
            out.append(name)
        if len(out) >= MAX_ATTACHMENTS:
            break
    out.extend(n for n in embedded if n not in out)
    return tuple(out[:MAX_ATTACHMENTS])


def _ancestor_is(el, ancestor) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def _follows(article, el) -> bool:
    """``el`` stands after ``article`` in the page (in document order, outside it)."""
    for other in article.itersiblings():
        if other is el or _ancestor_is(el, other):
            return True
    parent = article.getparent()
    return parent is not None and parent.tag != "body" and _follows(parent, el)


def _flat_text(el) -> str:
    return "".join(el.itertext())


class _Walker:
    """Block elements → lines, tables → tab rows; an explicit stack, no recursion."""

    def __init__(self):
        self.blocks: list = []
        self.buf: List[str] = []
        self.paragraphs = 0
        self.tables = 0

    def paragraph(self, text: str) -> None:
        for line in _visible(text).split("\n"):
            if line.strip(" \t\r\u3000\u00a0" + _TAB):
                self.paragraphs += 1
                self.blocks.append(_text_block(line, self.paragraphs))

    def flush(self) -> None:
        if self.buf:
            # source line breaks are spaces; a tab inside a line stays (a table typed with tabs)
            text = _quote_wraps_joined("".join(self.buf))
            self.paragraph(_gaps_written(" ".join(_gaps_kept(_tabs_kept(text)).split())))
            self.buf = []

    def walk(self, root) -> None:
        # stack items: (element, entered?)
        stack: List[Tuple[object, bool]] = [(root, False)]
        while stack:
            el, entered = stack.pop()
            tag = _tagname(el)
            if entered:  # leaving el: close its block, then its tail continues the parent's flow
                if tag in _BLOCK:
                    self.flush()
                if el is not root and el.tail:
                    self.buf.append(el.tail)
                continue
            if tag == "table" and not _is_layout(el):
                self.flush()
                self.table(el)
                if el is not root and el.tail:
                    self.buf.append(el.tail)
                continue
            if tag in ("br", "hr", "img"):
                self.flush()
                if tag == "img":  # a picture (often a table published as one): a line of its own
                    self.paragraph(IMAGE)
                if el is not root and el.tail:
                    self.buf.append(el.tail)
                continue
            if tag in _BLOCK:
                self.flush()
            if tag == "pre":
                self.flush()
                self.paragraph(_flat_text(el))
                if el is not root and el.tail:
                    self.buf.append(el.tail)
                continue
            if el.text and tag:
                self.buf.append(el.text)
            stack.append((el, True))
            for child in reversed(el):
                stack.append((child, False))
        self.flush()

    def table(self, table) -> None:
        """A table as its cells with their spans (the layout lays them on a grid)."""
        rows = _rows(table)
        out: List[tuple] = []
        size = 0
        for r, tr in enumerate(rows):
            cells = []
            for cell in tr:
                if _tagname(cell) not in ("td", "th"):
                    continue
                colspan = _span(cell.get("colspan"), MAX_COLSPAN)
                rowspan = min(_span(cell.get("rowspan"), MAX_ROWSPAN), len(rows) - r)
                size += colspan * rowspan
                if size > MAX_GRID:
                    raise ReadError(messages.table_too_large(MAX_GRID))
                cells.append(CellBlock(_visible(_cell_text(cell)), rowspan, colspan))
            out.append(tuple(cells))
        self.tables += 1
        caption = table.find("caption")
        if caption is not None:
            self.paragraph(_flat_text(caption))
        self.blocks.append(TableBlock(tuple(out), number=self.tables))


#: a table's start or end tag in a plain text (a Markdown file written by a PDF converter)
_TABLE_TAG = lazy(r"<(/?)table\b[^>]*>", re.I)


def tables_in_text(text: str) -> Optional[Tuple[object, ...]]:
    """The blocks of a plain text that holds tables written as HTML: a PDF converted to Markdown
    (MinerU writes each table as ``<table><tr><td rowspan="3">…</td>…</table>`` on a line of its
    own, the rest as Markdown). Read as text, a table's cells are tags and words on one line, and
    the report has no table at all (C201 ×3). Each table is read as a web page's table is
    (:meth:`_Walker.table`: its spans kept), every other line is a paragraph (tabs in it are the
    writer's). None when no table of cells stands in the text (an opening tag alone, tags named in
    a sentence), or lxml is not installed: the text is read as it is."""
    try:
        from lxml import etree
    except ImportError:
        return None
    walker = _Walker()
    last = depth = 0
    start = -1
    for m in _TABLE_TAG.finditer(text):
        if not m.group(1):
            if depth == 0:
                start = m.start()
            depth += 1
            continue
        if depth == 0:
            continue  # (an end tag with no start)
        depth -= 1
        if depth:
            continue
        try:
            root = etree.fromstring(text[start:m.end()], _parser(etree))
        except (etree.ParserError, ValueError):
            root = None
        table = next(root.iter("table"), None) if root is not None else None
        if table is None or next(table.iter("td", "th"), None) is None:
            continue  # (no cell: the tags named in a sentence)
        _flow_lines(walker, text[last:start])
        walker.table(table)
        last = m.end()
    if not walker.tables:
        return None
    _flow_lines(walker, text[last:])
    return tuple(walker.blocks)


def _flow_lines(walker: "_Walker", text: str) -> None:
    """The lines of a plain text as the walker's paragraphs, each as it is (no tag read)."""
    for line in text.split("\n"):
        if line.strip():
            walker.paragraphs += 1
            walker.blocks.append(TextBlock(line.rstrip("\r"), paragraph=walker.paragraphs, tabbed="\t" in line.strip()))


def _rows(table) -> List[object]:
    rows = []
    for child in table:
        tag = _tagname(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(tr for tr in child if _tagname(tr) == "tr")
    return rows


def _is_layout(table, nests: bool = True) -> bool:
    """A table used for page layout: it holds other tables, or it has a single column.
    ``nests``: False when no table of the page is known to hold another."""
    if nests:
        for _ in table.iterdescendants("table"):
            return True
    for child in table.iterchildren("tr", "thead", "tbody", "tfoot"):  # the rows (:func:`_iter_rows`)
        for tr in (child,) if child.tag == "tr" else child.iterchildren("tr"):
            # (most tables tell at their first row; a span is at least 1, so two cells tell)
            n = 0
            for cell in tr.iterchildren("td", "th"):
                n += _span(cell.get("colspan"), MAX_COLSPAN)
                if n > 1:
                    return False
    return True


def _iter_rows(table):
    """:func:`_rows`, one at a time."""
    for child in table:
        tag = _tagname(child)
        if tag == "tr":
            yield child
        elif tag in ("thead", "tbody", "tfoot"):
            for tr in child:
                if _tagname(tr) == "tr":
                    yield tr


def _span(value: Optional[str], cap: int) -> int:
    try:
        n = int(str(value).strip().rstrip(";")) if value is not None else 1
    except ValueError:
        return 1
    return max(1, min(n, cap))


def _cell_text(cell) -> str:
    """A cell's text as one line: its block-level pieces and <br> breaks joined."""
    if not len(cell):  # text alone
        text = cell.text
        return join_lines([" ".join(_quote_wraps_joined(text).split())]) if text else ""
    parts: List[str] = []
    buf: List[str] = []
    stack: List[Tuple[object, bool]] = [(cell, False)]
    while stack:
        el, entered = stack.pop()
        tag = _tagname(el)
        if entered:
            if tag in _BLOCK and buf:
                parts.append("".join(buf))
                buf = []
            if el is not cell and el.tail:
                buf.append(el.tail)
            continue
        if tag in ("br", "hr"):
            parts.append("".join(buf))
            buf = []
            if el.tail:
                buf.append(el.tail)
            continue
        if tag in _BLOCK and el is not cell and buf:
            parts.append("".join(buf))
            buf = []
        if el.text and tag:
            buf.append(el.text)
        stack.append((el, True))
        for child in reversed(el):
            stack.append((child, False))
    parts.append("".join(buf))
    return join_lines([" ".join(_quote_wraps_joined(p).split()) for p in parts])



# -- the serialised reading (where the report is) -------------------------------------------------
#
# Python stepping through the tree element by element was most of the reading (a page of ~1,000
# elements). libxml2 serialises a tree in a few hundredths of a millisecond, in one canonical
# form: every tag ``<name attr="value">``, ``</name>`` or ``<name/>``, tag and attribute names in
# lower case, ``<``, ``>`` and ``&`` escaped in text and attributes, ``"`` in attributes. The
# signals that find the article are sought in that form by regular expressions (C). The walk
# (:func:`_find_article`) reads what this reading leaves (a character reference libxml2 writes as
# ``&#…;``, nested tables, a page holding the private-use characters used as marks below); both
# give the same article (tests/test_html_serialised.py). The article's lines and cells are read
# by :func:`_walk_marked` (below).

_M, _CELL, _ATTR, _END, _ROW, _TBL = "\ue001", "\ue002", "\ue003", "\ue004", "\ue005", "\ue006"
_RS, _CS = "\ue008", "\ue009"  # a cell's rowspan, colspan (its values follow)
_MARKS = (_M, _CELL, _ATTR, _END, _ROW, _RS, _CS, _TBL)


def _unusual(ser: str) -> bool:
    """A serialisation the regular expressions here must not read: it holds a character
    reference (libxml2 writes a control character or a new line in an attribute so) or one of
    the marks. (A search for one character in a text of CJK characters runs ~25 times faster
    than one for two, whose first letters collide with CJK ones in str's skip table: "&#" is
    sought only in a text holding an "&".)"""
    return ("&" in ser and "&#" in ser) or any(m in ser for m in _MARKS)




def _table_starts(ser: str) -> List[int]:
    """Where each ``<table`` start tag of a serialisation begins (``str.find``: a search by regular
    expression stopped at every ``<``)."""
    out = []
    i = ser.find("<table")
    while i >= 0:
        after = ser[i + 6:i + 7]
        if after and (after in "/>" or after.isspace()):
            out.append(i)
        i = ser.find("<table", i + 6)
    return out


_TAB = "\ue007"  # a tab typed inside a line of the flow, kept through the collapsing of spaces
_TAB_RUN = lazy(r"(?<![ \t\r\n])[ \t]*\t[ \t]*(?![ \t\r\n])")


def _tabs_kept(text: str) -> str:
    """A run of spaces and tabs with a tab, inside a line of the source (no line break in it), as
    a mark that survives the collapsing of whitespace: Word's tabs in a paragraph exported by
    LibreOffice (a table typed with tabs)."""
    return _TAB_RUN.sub(_TAB, text) if "\t" in text else text


_GAP = "\ue00a"  # a run of typed spaces inside a line of the flow, kept through the collapsing
#: a run of typed spaces with the line's own whitespace among them, from its first typed space: found
#: by its first character (the scan a pattern opening with optional whitespace cannot make)
_TYPED_RUN = lazy(r"[\u00a0\u3000\u2002\u2003][ \t\r\n\u00a0\u3000\u2002\u2003]*")
_TYPED = frozenset("\u00a0\u3000\u2002\u2003")
_TYPED_SPACES = "\u00a0\u00a0"


def _gaps_kept(text: str) -> str:
    """A run of two typed spaces or more (``&nbsp;``, U+3000, ``&emsp;``, ``&ensp;``) inside a line, as a mark that
    survives the collapsing of whitespace (:func:`_gaps_written` writes it back as two
    ``&nbsp;``): the cells of a table typed in a paragraph ("信息内容&nbsp;&nbsp;&nbsp;本年处理决定数量",
    no ``<table>``), which the layout splits as it splits any line whose columns are lined up with
    spaces. Collapsed to one space, the gap between two Chinese words was lost."""
    if "\u00a0" not in text and "\u3000" not in text and "\u2003" not in text and "\u2002" not in text:
        return text
    out, at = [], 0
    for m in _TYPED_RUN.finditer(text):
        start, end = m.span()
        if sum(ch in _TYPED for ch in m.group()) < 2:
            continue
        while start > at and text[start - 1] in " \t\r\n":  # (the line's spaces before it are the run's)
            start -= 1
        # between two characters that are no space and no mark: inside a line
        if start == 0 or end == len(text) or _ends_no_gap(text[start - 1]) or _ends_no_gap(text[end]):
            continue
        out.append(text[at:start])
        out.append(_GAP)
        at = end
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


#: the quotation marks of Chinese text (not CJK characters by their code points, so a space beside
#: one is kept where a space between two CJK characters is not)
_QUOTES = "\u201c\u201d\u2018\u2019"
_QUOTE_OR_CJK = lazy(rf"[{_CJK}\u201c\u201d\u2018\u2019]")
_SOURCE_SPACE = " \t\r\n"


def _quote_wraps_joined(text: str) -> str:
    """``text`` without the line breaks of the page's source (with the spaces around them) that stand
    between a Chinese quotation mark and a CJK character or another mark: the source of a page
    wraps its lines anywhere, and such a break is no space in the text ("公开栏\n   “示例街道”" is
    "公开栏“示例街道”", as between two CJK characters, where the layout drops the space; a space
    typed beside a mark, on one line, stays). Sought from the marks (str's search, C), few on a page."""
    if "\n" not in text or not any(q in text for q in _QUOTES):
        return text
    out, at = [], 0
    for q in _QUOTES:
        i = text.find(q)
        while i >= 0:
            # the run of the source's spaces after the mark (then the character past it), and the
            # one before it (then the character before it)
            end = _space_end(text, i + 1)
            if i + 1 < end < len(text) and "\n" in text[i + 1:end] and _QUOTE_OR_CJK.match(text, end):
                out.append((i + 1, end))
            start = _space_start(text, i)
            if 0 < start < i and "\n" in text[start:i] and _QUOTE_OR_CJK.match(text, start - 1):
                out.append((start, i))
            i = text.find(q, i + 1)
    if not out:
        return text
    pieces = []
    for start, end in sorted(set(out)):
        if start < at:
            continue
        pieces.append(text[at:start])
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _space_end(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i] in _SOURCE_SPACE:
        i += 1
    return i


def _space_start(text: str, i: int) -> int:
    while i > 0 and text[i - 1] in _SOURCE_SPACE:
        i -= 1
    return i


def _ends_no_gap(ch: str) -> bool:
    """A space of any kind or one of the reader's marks (U+E000–U+E00F): no end of a typed gap."""
    return ch.isspace() or "\ue000" <= ch <= "\ue00f"


def _gaps_written(text: str) -> str:
    return text.replace(_GAP, _TYPED_SPACES) if _GAP in text else text


def _text_block(line: str, paragraph: int):
    """A line of the flow; the tabs :func:`_tabs_kept` marked inside it are tabs, at its ends none."""
    if _TAB in line:
        line = line.strip(_TAB + " ")
        if _TAB in line:
            return TextBlock(re.sub(r"\s*" + _TAB + r"\s*", "\t", line), paragraph=paragraph, tabbed=True)
    return TextBlock(line, paragraph=paragraph)


def _lines(text: str) -> str:
    """Whitespace runs as one space, none next to a line mark, runs of line marks as one: each
    line between marks as ``" ".join(line.split())`` makes it, the empty ones gone. (After the
    spaces before marks go, a mark and the spaces and marks after it are one pass of
    :data:`_MARK_RUN`.)"""
    text = " ".join(text.split())
    if _M in text:
        text = _MARK_RUN.sub(_M, text.replace(" " + _M, _M))
    return text


_MARK_RUN = lazy(f"{_M}[ {_M}]*")
#: a line mark and the whitespace after it (which :func:`_lines` drops, and :func:`_gaps_kept`
#: never takes for a gap: a gap stands between two characters of a line)
_LINE_OPENING = lazy(rf"{_M}\s+")


def _find_article_serialised(body):
    """:func:`_find_article` on the body's serialisation: the same signals (a section heading at
    the start of a text node, owned by the element that holds the text; a table holding a table
    word in a text node that is not a heading), found by regular expression; then the same
    choice of article. None when the page is one the element walk must read."""
    from lxml import etree
    ser = etree.tostring(body, encoding=str, with_tail=False)
    if _unusual(ser):
        return None
    if body.tail and (_WORDS.section(body.tail) or _WORDS.table(body.tail)):
        return None  # (a signal owned by the page's root)
    if "<ol" in ser and any(_WORDS.listed(text) and _list_item(el) is not None
                            for ol in body.iter("ol") for li in ol.iterchildren("li")
                            for el in li.iter() for text in (el.text,) if text):
        return None  # (a heading numbered by its list, "<ol start=2><li>主动公开…": no expression finds it)
    section_in, section_at, table_word = _WORDS.patterns()
    positions = _heading_starts(ser, section_in)
    if len(positions) > MAX_SIGNALS:
        return None
    tables = list(body.iter("table"))
    starts = _table_starts(ser)
    if len(starts) != len(tables):
        return None
    signalled = []
    for table, start in zip(tables, starts):
        if next(table.iterdescendants("table"), None) is not None:
            return None  # nested tables: a text is its innermost table's
        end = ser.find(">", start)
        if ser[end - 1] != "/":  # (not <table/>): its end, as it holds no table
            end = ser.find("</table>", start)
        for m in table_word.finditer(ser, start, end):
            p = m.start()
            gt = ser.rfind(">", 0, p)
            if ser.rfind("<", 0, p) > gt:
                continue  # in a tag (an attribute's value)
            if section_at.match(ser, gt + 1):
                continue  # the text is a heading
            signalled.append((start, table))
            break
        if len(signalled) > MAX_SIGNALS:
            return None
    if not positions and not signalled:
        return None  # (the element walk says why there is no report)
    if len(positions) + len(signalled) == 1:
        return _article_of(_owners(ser, positions, body), [t for _, t in signalled], body)
    # The element holding every signal is the one holding the first and the last (by where they
    # stand in the serialisation): an element holds a heading's owner when it holds the heading's
    # text (the owner is the innermost element around it), a table when it holds the table's
    # start tag, and an element's serialisation is one stretch of the body's. So only those two
    # headings' owners are looked up.
    ends = sorted([(p, None) for p in (positions[0], positions[-1])] if positions else [])
    ends = sorted(ends + ([signalled[0], signalled[-1]] if signalled else []), key=lambda e: e[0])
    first, last = ends[0], ends[-1]
    heads = [p for p, t in (first, last) if t is None]
    owners = iter(_owners(ser, heads, body))
    return _article_of([t if t is not None else next(owners) for _, t in (first, last)], [], body)


#: more places than this where a section title's words may start, and the heading expression is
#: run over the whole page instead (a Python step each would cost more: ~2.5 µs each against
#: ~0.7 ms for the expression over a page of 50,000 characters)
_OPENERS_SOUGHT = 500


def _heading_starts(ser: str, section_in) -> List[int]:
    """Where each section heading's text starts in ``ser`` (after the ``>`` that ends the tag
    before it): the matches of ``section_in`` (``>``, whitespace, an enumerator, a section
    title's first words), tried only at the ``>`` nearest before each place a title's first
    words stand (:meth:`_Words.title_starts`; their first characters sought by str's search for
    one character), instead of at every one of a page's ~2,000 tags' ``>``. A match holds no ``>``
    after its first character, so it starts at the ``>`` nearest before its title's words: the
    matches are the same, in the same order. (The characters an enumerator opens with are not
    sought: the digits of "1. 总体情况" are every figure of the tables.) A page of more than
    :data:`_OPENERS_SOUGHT` such places is searched by the expression alone (the same result)."""
    find, rfind, starts_with = ser.find, ser.rfind, ser.startswith
    gts = set()
    seen = 0
    for c, words in _WORDS.title_starts():
        i = find(c)
        while i >= 0:
            if starts_with(words, i):
                seen += 1
                if seen > _OPENERS_SOUGHT:
                    return [m.start() + 1 for m in section_in.finditer(ser)]
                gts.add(rfind(">", 0, i))
            i = find(c, i + 1)
    gts.discard(-1)
    match = section_in.match
    return [g + 1 for g in sorted(gts) if match(ser, g)]


_TAG_NAME = lazy(r"[a-z][a-z0-9]*(?=[ />])")


def _owners(ser: str, positions: List[int], body) -> list:
    """The element whose text (or whose child's tail) starts at each of ``positions`` (in order)
    of ``ser``, the serialisation of ``body``. Each is found as the n-th element of its tag (the
    start tags of that name before it, counted on from the last position), and only the elements
    of that tag up to it are made Python objects (lxml's ``iter(tag)``), not every element of the
    body. A position in the page's second half is counted from the end instead (the start tags of
    its name from it on; the elements after it, in reverse order: :func:`_from_the_end`): the last
    heading of a report stands near the end of the page, with hundreds of its tag (every cell's
    ``<p>``) before it. A tag name out of the ordinary (``o:p``) is counted among all elements
    (:func:`_owner`)."""
    wanted = []
    counted: Dict[str, List[int]] = {}  # tag → (its start tags before a position, the position)
    half = len(ser) // 2
    for pos in positions:
        j, closed = _start_tag_before(ser, pos)
        name = _TAG_NAME.match(ser, j + 1)
        if name is None:
            return _owners_counted(ser, positions, body)
        tag = name.group()
        up = closed + (1 if ser[ser.find(">", j) - 1] == "/" else 0)
        if j >= half:  # (from the end: its own start tag and those after it; -1 the last)
            wanted.append((tag, -(ser.count(f"<{tag}>", j) + ser.count(f"<{tag} ", j) + ser.count(f"<{tag}/", j)), up))
            continue
        tags, at = counted.get(tag) or (0, 0)
        tags += ser.count(f"<{tag}>", at, j) + ser.count(f"<{tag} ", at, j) + ser.count(f"<{tag}/", at, j)
        counted[tag] = [tags, j]
        wanted.append((tag, tags, up))
    last: Dict[str, int] = {}
    first: Dict[str, int] = {}
    for tag, index, _ in wanted:
        if index >= 0:
            last[tag] = index
        else:
            first[tag] = min(first.get(tag, 0), index)
    found = {tag: list(islice(body.iter(tag), index + 1)) for tag, index in last.items()}
    ends = {tag: list(islice(_from_the_end(body, tag), -index)) for tag, index in first.items()}
    out = []
    for tag, index, up in wanted:
        if index >= len(found.get(tag, ())) or -index > len(ends.get(tag, ())):
            return _owners_counted(ser, positions, body)
        el = found[tag][index] if index >= 0 else ends[tag][-index - 1]
        for _ in range(up):
            el = el.getparent()
        out.append(el)
    return out


def _from_the_end(el, tag: str):
    """The elements named ``tag`` of ``el``'s tree (``el`` among them), last first (the reverse
    of document order: each element after its children, the last child first); only the
    elements walked are made Python objects."""
    stack = [(el, el.iterchildren(reversed=True))]
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if node.tag == tag:
                yield node
        else:
            stack.append((child, child.iterchildren(reversed=True)))


def _start_tag_before(ser: str, pos: int) -> Tuple[int, int]:
    """Where the start tag before ``pos`` of ``ser`` opens, and how many end tags stand between
    them (a text after ``</b></span>`` is the tail of the element that many levels down)."""
    j, closed = pos, 0
    while True:
        j = ser.rfind("<", 0, j)
        if not ser.startswith("</", j):
            return j, closed
        closed += 1


def _owners_counted(ser: str, positions: List[int], body) -> list:
    elements = list(body.iter())
    counted = [0, 0]
    return [_owner(ser, pos, elements, counted) for pos in positions]


def _owner(ser: str, pos: int, elements: list, counted: list):
    """The element whose text (or whose child's tail) starts at ``pos`` of ``ser`` (the
    serialisation of ``elements[0]``, ``elements`` its elements in document order). ``counted``:
    the start tags before a position of ``ser`` and that position, from the call before (the
    positions come in order: each count goes on from the last)."""
    j, closed = _start_tag_before(ser, pos)
    tags, at = counted
    if j + 1 < at:
        tags, at = 0, 0
    tags += ser.count("<", at, j + 1) - ser.count("</", at, j + 1)
    counted[:] = tags, j + 1
    index = tags - 1
    el = elements[index]
    up = closed + (1 if ser[ser.find(">", j) - 1] == "/" else 0)
    for _ in range(up):
        el = el.getparent()
    return el


def _article_of(headings: list, tables: list, body):
    """The element holding every signal of the report (their lowest common ancestor)."""
    marks = headings + tables
    if len(marks) == 1:
        article = marks[0].getparent() if marks[0].getparent() is not None else marks[0]
    else:
        article = _lca(marks)
    if article is None:
        article = body
    return article


# -- the marked reading ------------------------------------------------------------------------------
#
# The article's lines and its tables' cells are read from one text of it that libxslt writes
# (C, no Python step per element): the stylesheet below (:func:`_marker`) writes the text of every
# text node with a mark where the element walk (:class:`_Walker`, :func:`_cell_text`) draws a
# boundary — a block element's start and end, ``<br>``, ``<hr>``, a picture (a line of its own in the
# flow, nothing in a cell) — and each table of data (chosen by :func:`_is_layout` and flagged by an
# attribute) as its rows and cells in marks, with each cell's rowspan and colspan. Python then splits
# that text. The walk reads what this reading leaves: a ``<pre>``, a page holding the private-use
# characters used as marks, a tree nested too deeply for libxslt (tests/test_html_serialised.py).

_DATA = "data-govlint-table"
_ANY_MARK = lazy("[%s]" % "".join(_MARKS))  # the attribute that flags a table of data for the stylesheet


@lru_cache(maxsize=1)
def _marker():
    """The stylesheet that writes an article's text with its boundaries marked (see above)."""
    from lxml import etree
    blocks = "|".join(sorted(_BLOCK))
    m, cell, attr, end, row, rs, cs, tbl = (f"&#x{ord(c):x};" for c in _MARKS)
    # a span's value (a cell that has one), a mark's character in it made one that is no digit either
    span = "<xsl:value-of select=\"translate(., '%s', '%s')\"/>" % ("".join(_MARKS), "x" * len(_MARKS))
    xsl = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="{blocks}">{m}<xsl:apply-templates/>{m}</xsl:template>
<xsl:template match="br|hr">{m}</xsl:template>
<xsl:template match="img">{m}{IMAGE}{m}</xsl:template>
<xsl:template match="table[@{_DATA}]">{tbl}<xsl:for-each select="tr|thead/tr|tbody/tr|tfoot/tr">{row}<xsl:for-each select="td|th">{cell}<xsl:apply-templates select="@*" mode="span"/>{attr}<xsl:apply-templates mode="in"/>{end}</xsl:for-each></xsl:for-each>{tbl}</xsl:template>
<xsl:template match="@*" mode="span"/>
<xsl:template match="@rowspan" mode="span">{rs}{span}</xsl:template>
<xsl:template match="@colspan" mode="span">{cs}{span}</xsl:template>
<xsl:template match="{blocks}" mode="in">{m}<xsl:apply-templates mode="in"/>{m}</xsl:template>
<xsl:template match="br|hr" mode="in">{m}</xsl:template>
</xsl:stylesheet>"""
    return etree.XSLT(etree.XML(xsl))


def _walk_marked(article, title: str, unmarked: bool = False) -> Optional[list]:
    """The blocks :class:`_Walker` gives for ``article`` (the title first), read from its marked
    text (:func:`_marker`); None when the element walk must read it. ``unmarked``: the page is
    known to hold no mark's character."""
    from lxml import etree
    if article.tag == "pre" or next(article.iter("pre"), None) is not None:
        return None
    if not unmarked and _ANY_MARK.search(etree.tostring(article, method="text", encoding=str, with_tail=False)):
        return None  # (the page holds a mark's character)
    data = []
    for table in article.iter("table"):
        # (the serialised reading found no table holding another)
        if not _is_layout(table, not unmarked):
            data.append(table)
            table.set(_DATA, "")
    try:
        text = _quote_wraps_joined(_visible(str(_marker()(article))))
    except etree.XSLTApplyError:  # (nested deeper than libxslt goes)
        return None
    finally:
        for table in data:
            del table.attrib[_DATA]
    if text.count(_TBL) != 2 * len(data):
        return None
    walker = _Walker()
    if title:
        walker.paragraph(title)
    blocks = walker.blocks
    paragraphs = walker.paragraphs
    number = 0
    new = tuple.__new__
    for k, chunk in enumerate(text.split(_TBL)):
        if k % 2 == 0:  # the flow
            if "\t" not in chunk:  # (no tab: every line that is not empty a plain paragraph, made by C)
                # (the spaces that open a line go first, in one pass of C: they are no gap, and
                # the indent typed at every paragraph's start, "&nbsp;&nbsp;", was one Python step each)
                parts = _gaps_written(_lines(_gaps_kept(_LINE_OPENING.sub(_M, chunk)))).split(_M)
                if not parts[0]:
                    del parts[0]
                if parts and not parts[-1]:
                    del parts[-1]
                blocks.extend(map(new, repeat(TextBlock), zip(parts, repeat(0), count(paragraphs + 1),
                                                              repeat(None), repeat(False), repeat(()))))
                paragraphs += len(parts)
                continue
            for part in _gaps_written(_lines(_gaps_kept(_tabs_kept(chunk)))).split(_M):
                if part.strip(_TAB):
                    paragraphs += 1
                    blocks.append(_text_block(part, paragraphs))
            continue
        table = data[number]
        number += 1
        caption = next(table.iterchildren("caption"), None)
        if caption is not None:
            walker.paragraphs = paragraphs
            walker.paragraph(_flat_text(caption))
            paragraphs = walker.paragraphs
        rows = _marked_cells(chunk)
        if rows is None:
            return None
        blocks.append(TableBlock(rows, number=number))
    return blocks


def _join_cell_lines(t: str) -> str:
    """Each line mark left in a marked table (between two lines of a cell, never next to another
    mark) as :func:`join_lines` joins the lines: nothing next to a CJK character, else a space.
    Two passes of one expression (C): the marks before a CJK character, then, on the text reversed,
    the marks after one."""
    t = _M_BEFORE_CJK.sub("", t)
    if _M in t:
        t = _M_BEFORE_CJK.sub("", t[::-1])[::-1]
        if _M in t:
            t = t.replace(_M, " ")
    return t


_M_BEFORE_CJK = lazy(rf"{_M}(?=[{_CJK}])")


def _spans(head: str) -> Tuple[int, int]:
    """(rowspan, colspan) of a marked cell's spans (``head``: the text before its :data:`_ATTR`, each
    value after its mark), as :meth:`_Walker.table` reads them; the rowspan not yet capped at
    the rows left."""
    i, j = head.find(_RS), head.find(_CS)
    rowspan = head[i + 1:j if j > i else None] if i >= 0 else ""
    colspan = head[j + 1:i if i > j else None] if j >= 0 else ""
    # (a plain number of a digit or two read at once; anything else as _span reads it)
    colspan = ((int(colspan) or 1 if colspan.isascii() and colspan.isdigit() and len(colspan) < 3
                else _span(colspan, MAX_COLSPAN)) if colspan else 1)
    rowspan = ((int(rowspan) or 1 if rowspan.isascii() and rowspan.isdigit() and len(rowspan) < 3
                else _span(rowspan, MAX_ROWSPAN)) if rowspan else 1)
    return rowspan, colspan


def _marked_cells(chunk: str) -> Optional[tuple]:
    """The rows of a marked table: :func:`_cell_text`'s text of each cell, :meth:`_Walker.table`'s
    spans (capped, the grid's size bounded). The whitespace and the lines of every cell are
    settled on the whole table at once: each line of a cell as ``" ".join(line.split())`` makes it,
    the empty ones dropped, the lines joined as :func:`join_lines` joins them."""
    # (the stylesheet writes nothing between cells and rows: spaces and line marks are in a
    # cell's text, or a span's value, between _ATTR and _END)
    t = " ".join(chunk.split())
    if " " in t:
        for m in (_M, _ATTR, _END, _RS, _CS):
            t = t.replace(" " + m, m).replace(m + " ", m)
    if _M in t:
        while _M + _M in t:
            t = t.replace(_M + _M + _M + _M, _M).replace(_M + _M, _M)
        t = t.replace(_ATTR + _M, _ATTR).replace(_M + _END, _END)
        if _M in t:  # lines inside a cell: no space next to CJK, one otherwise
            t = _join_cell_lines(t)
    # every cell made (text, 1, 1) by C-level iteration over the whole table, the rows cut from them
    # by their counts; then the few cells with spans (they alone keep an _ATTR) made again
    t = t.replace(_CELL + _ATTR, _CELL)
    if not t.startswith(_ROW):
        return None
    rows = t[1:].split(_ROW)
    widths = [row.count(_CELL) for row in rows]
    flat = t.replace(_ROW, "")
    if flat:
        if flat[0] != _CELL or flat[-1] != _END:
            return None
        texts = flat[1:-1].split(_END + _CELL)
    else:
        texts = []
    if len(texts) != sum(widths):
        return None
    new = tuple.__new__
    cells = list(map(new, repeat(CellBlock), zip(texts, repeat(1), repeat(1))))
    size = len(cells)
    n = len(rows)
    at = flat.find(_ATTR)
    if at >= 0:
        row_starts = list(accumulate(widths))  # the cells before each row's end
        k = r = 0
        since = 0
        read: Dict[str, Tuple[int, int]] = {}  # a cell's spans as written → (rowspan, colspan), uncapped
        while at >= 0:
            k += flat.count(_CELL, since, at)  # the cell's number (from 1)
            since = at
            while row_starts[r] < k:
                r += 1
            head, _, text = texts[k - 1].partition(_ATTR)
            # (a table repeats a few spans, "colspan=2" in every row: each read once)
            spans = read.get(head)
            if spans is None:
                spans = read[head] = _spans(head)
            rowspan, colspan = spans
            if rowspan > n - r:  # (capped at the rows left, as the walk caps it)
                rowspan = n - r
            size += colspan * rowspan - 1
            cells[k - 1] = new(CellBlock, (text, rowspan, colspan))
            at = flat.find(_ATTR, at + 1)
    it = iter(cells)
    out = [tuple(islice(it, w)) for w in widths]
    if size > MAX_GRID:
        raise ReadError(messages.table_too_large(MAX_GRID))
    return tuple(out)
