"""Web pages (.html, .htm): the article that holds the report, as lines and tab rows.

The charset comes from a BOM, ``<meta charset>`` or ``http-equiv``, else UTF-8, else GB18030.
Scripts, styles, navigation, headers and footers are dropped; the report is the smallest
element holding its section headings (一、总体情况 …) and statistical tables, and its title is
taken from just before it when the page puts the title outside the article. Tables are laid
out on a grid (rowspan/colspan expanded with empty cells) and written one row per line. The
page is walked without recursion, so however deep its nesting the time and memory stay
linear in its size.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from . import Lines, ReadError, _Lazy, join_lines, missing_library

_META = _Lazy(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XMLDECL = _Lazy(r"^\s*<\?xml[^>]*\?>", re.I)
_HTMLISH = _Lazy(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|h[1-6])\b",
                      re.I | re.S)

_DROP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "iframe", "object",
         "embed", "svg", "canvas", "select", "option", "button", "input", "textarea", "form", "head", "title",
         "map", "audio", "video"}
_BLOCK = {"address", "article", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "menu",
          "ol", "p", "pre", "section", "summary", "ul", "tr", "td", "th", "caption", "body", "html", "table",
          "thead", "tbody", "tfoot", "font-block"}
_HIDDEN = _Lazy(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

_SECTION = _Lazy(r"^\s*[一二三四五六]\s*[、.．,，]\s*(?:总体情况|主动公开|收到和处理|政府信息公开行政复议|因政府信息公开"
                      r"|行政复议|存在的主要问题|存在问题|其他需要报告)")
_TABLE_WORDS = ("信息内容", "申请人情况", "本年新收", "结果维持", "自然人", "本年制发件数", "行政规范性文件")
_TITLE = _Lazy(r"政府信息公开.{0,12}(?:年度)?报告")

MAX_COLSPAN = 100
MAX_ROWSPAN = 1000
MAX_GRID = 200_000  # cells in one table
MAX_SIGNALS = 200


class HtmlReader:
    name = "html"
    extensions = (".html", ".htm", ".xhtml", ".shtml")

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
        return bool(_HTMLISH.match(h[:2048]))

    def read(self, path: Path, data: bytes):
        try:
            import lxml.html
            from lxml import etree
        except ImportError:
            raise missing_library("lxml", "web pages") from None
        if not data.strip():
            raise ReadError("the file is empty")
        text, encoding = decode(data)
        text = _XMLDECL.sub("", text, count=1)
        if not text.strip():
            raise ReadError("the web page is empty")
        try:
            # huge_tree: nesting up to 2048 levels is kept (the default cuts the page at 255);
            # libxml2 drops what is nested deeper, so time and memory stay bounded
            parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                          huge_tree=True)
            root = lxml.html.document_fromstring(text, parser=parser)
        except (etree.ParserError, ValueError) as exc:
            raise ReadError(f"cannot read this web page: {exc}") from None
        page_title = ""
        t = root.find(".//title")
        if t is not None and t.text:
            page_title = t.text
        _drop(root)
        body = root.find("body")
        if body is None:
            body = root
        article, title_el = _find_article(body)
        out = Lines()
        walker = _Walker(out)
        if title_el is not None:
            walker.paragraph(_flat_text(title_el))
        elif page_title and _TITLE.search(page_title) and not _has_title(article):
            walker.paragraph(re.split(r"\s[-_|—]\s|[_|]", page_title.strip())[0])
        walker.walk(article)
        doc = out.document({"kind": "html", "encoding": encoding})
        return doc


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


def _drop(root) -> None:
    """Remove what is never report text: scripts, styles, navigation, page header and footer,
    hidden elements. Text that followed a removed element (its tail) is kept."""
    doomed = []
    for el in root.iter():
        tag = _tagname(el)
        if not tag or tag in _DROP or _HIDDEN.search(el.get("style") or ""):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        tail = el.tail
        prev = el.getprevious()
        parent.remove(el)
        if tail:
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


def _signals(body) -> Tuple[List[object], List[object]]:
    """Elements that mark the report: section headings and the statistical tables."""
    headings, tables = [], []
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        for text, owner in ((el.text, el), (el.tail, el.getparent())):
            if not text or owner is None:
                continue
            if _SECTION.match(text):
                if len(headings) < MAX_SIGNALS:
                    headings.append(owner)
            elif len(tables) < MAX_SIGNALS and any(w in text for w in _TABLE_WORDS):
                table = _ancestor(owner, "table")
                if table is not None and (not tables or tables[-1] is not table):
                    tables.append(table)
    return headings, tables


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
    """(the element holding the report, the title element found before it or None)."""
    headings, tables = _signals(body)
    marks = headings + tables
    if not headings and not tables:
        raise ReadError("this web page holds no report: no section heading (一、总体情况 …) and no statistical "
                        "table was found in it. If the page only links to the report, download the attachment "
                        "(.docx or .pdf) and check that; otherwise save the page that shows the report text")
    if len(marks) == 1:
        article = marks[0].getparent() if marks[0].getparent() is not None else marks[0]
    else:
        article = _lca(marks)
    if article is None:
        article = body
    # the title: in the article's first lines, or the last title-like text before it
    if _has_title(article):
        return article, None
    title = None
    for el in body.iter():
        if el is article:
            break
        if not isinstance(el.tag, str) or _tagname(el) in ("a", "li", "option"):
            continue
        t = (el.text or "").strip()
        if t and len(t) <= 80 and _TITLE.search(t) and _ancestor(el, "a") is None:
            title = el
    return article, title


def _has_title(article) -> bool:
    seen = 0
    for el in article.iter():
        if not isinstance(el.tag, str):
            continue
        t = (el.text or "").strip()
        if not t:
            continue
        if _TITLE.search(t):
            return True
        seen += 1
        if seen > 6 or _SECTION.match(t):
            return False
    return False


def _flat_text(el) -> str:
    return "".join(el.itertext())


class _Walker:
    """Block elements → lines, tables → tab rows; an explicit stack, no recursion."""

    def __init__(self, out: Lines):
        self.out = out
        self.buf: List[str] = []
        self.paragraphs = 0
        self.tables = 0

    def paragraph(self, text: str) -> None:
        for line in text.split("\n"):
            if line.strip(" \t\r\u3000\u00a0"):
                self.paragraphs += 1
                self.out.paragraph(line, f"第{self.paragraphs}段")

    def flush(self) -> None:
        if self.buf:
            self.paragraph(" ".join("".join(self.buf).split()))  # source line breaks are spaces
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
            if tag in ("br", "hr"):
                self.flush()
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
        rows = _rows(table)
        grid: Dict[Tuple[int, int], str] = {}
        width = 0
        for r, tr in enumerate(rows):
            c = 0
            for cell in tr:
                if _tagname(cell) not in ("td", "th"):
                    continue
                while (r, c) in grid:
                    c += 1
                colspan = _span(cell.get("colspan"), MAX_COLSPAN)
                rowspan = min(_span(cell.get("rowspan"), MAX_ROWSPAN), len(rows) - r)
                if len(grid) + colspan * rowspan > MAX_GRID:
                    raise ReadError(f"a table in this page has more than {MAX_GRID} cells; it is not a report table")
                text = _cell_text(cell)
                for dr in range(rowspan):
                    for dc in range(colspan):
                        grid[(r + dr, c + dc)] = text if dr == 0 and dc == 0 else ""
                c += colspan
                width = max(width, c)
        self.tables += 1
        origin = f"表{self.tables}"
        out_rows = [[grid.get((r, c), "") for c in range(width)] for r in range(len(rows))]
        caption = table.find("caption")
        if caption is not None:
            self.paragraph(_flat_text(caption))
        self.out.table(out_rows, [origin] * len(out_rows))


def _rows(table) -> List[object]:
    rows = []
    for child in table:
        tag = _tagname(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(tr for tr in child if _tagname(tr) == "tr")
    return rows


def _is_layout(table) -> bool:
    """A table used for page layout: it holds other tables, or it has a single column."""
    for _ in table.iterdescendants("table"):
        return True
    for tr in _rows(table):
        n = sum(_span(c.get("colspan"), MAX_COLSPAN) for c in tr if _tagname(c) in ("td", "th"))
        if n > 1:
            return False
    return True


def _span(value: Optional[str], cap: int) -> int:
    try:
        n = int(str(value).strip().rstrip(";")) if value is not None else 1
    except ValueError:
        return 1
    return max(1, min(n, cap))


def _cell_text(cell) -> str:
    """A cell's text as one line: its block-level pieces and <br> breaks joined."""
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
    return join_lines([" ".join(p.split()) for p in parts])
