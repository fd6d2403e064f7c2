"""Marks the readers write into a report's text for what is not text.

An image where the report has one (a web page's ``<img>``, a Word drawing) becomes a line of its
own, :data:`IMAGE`: many agencies publish their statistical tables as pictures, and a table that
is a picture is not missing — govlint cannot read it, and says that instead (C200).
"""
import re

from .pattern import lazy

IMAGE = "［图片］"
#: a picture's file name ending ("….jpg", "….PNG"), a Markdown picture ("![](images/….jpg)") or an
#: HTML one ("<img src=…>"): the sign that a text may hold a line of :data:`IMAGE_FILES_LINE`
IMAGE_SIGN = lazy(r"\.(?:jpe?g|png|gif|bmp|webp|tiff?)(?![A-Za-z0-9])|!\[|<img\b", re.I)
#: a line of pictures and nothing else: their file names ("1705995746322.jpg", "clipbord_1700000000004.png",
#: several run together or apart), what a copy of a web page keeps of the pictures it shows (tables
#: published as pictures); Markdown's pictures ("![](images/3f9a….jpg)", a PDF converted to Markdown
#: by MinerU or marker, a table drawn as a picture); HTML's ``<img>`` tags. The layout makes it :data:`IMAGE`
IMAGE_FILES_LINE = lazy(r"(?m)^[ \t\u3000\xa0]*(?:(?:[\w\-~()（）]{1,80}?\.(?:jpe?g|png|gif|bmp|webp|tiff?)"
                        r"|!\[[^\]\n]{0,200}\]\([^()\n]{1,500}\)|<img\b[^<>\n]{0,1000}>)[ \t\u3000\xa0]*)+$", re.I)


def page_number_forms(space: str = r"\s*") -> str:
    """The forms of a page's number as page furniture prints it, decorated so that it is no table
    cell: "- 3 -", "第3页", "第3页 共8页", "3/8" (a bare "3" is one only where it stands: at a
    page's top or foot), as alternatives of a pattern; ``space`` is what may stand between the
    dashes or the slash and the digits (the "第…页" form may always run over lines). A page is
    never the 0th, nor a document of none: "0/0" is a table's cell."""
    return (rf"[-－—–~～]{space}\d{{1,4}}{space}[-－—–~～]|第\s*\d{{1,4}}\s*页(?:\s*[,，]?\s*共\s*\d{{1,4}}\s*页)?"
            rf"|[1-9]\d{{0,3}}{space}[/／]{space}[1-9]\d{{0,3}}")


#: a line (or a cell) that is nothing but a page's number
PAGE_NUMBER = rf"^\s*(?:{page_number_forms()})\s*$"
#: :data:`PAGE_NUMBER` compiled: a line (or a cell) that is nothing but a page's number
PAGE_NUMBER_LINE = lazy(PAGE_NUMBER)

#: the glyphs a note's mark may be besides its number: "13①", "13*", "13※", "13†"
NOTE_MARK_GLYPHS = "*＊※†‡#＃" + "".join(map(chr, range(0x2460, 0x2474)))
#: what a note's mark set as superscript after a figure is: "13¹", "13①", "13*" (Word's own
#: footnote reference shows such a mark and holds no text). A person reads the figure and the
#: mark apart ("13" with note 1); read as text they run together into another number (131), or,
#: the raised mark read as a line of its own above its figure, into "1 13"
NOTE_MARK = lazy(rf"^\s*(?:\d{{1,2}}|[{NOTE_MARK_GLYPHS}])\s*$")

#: a line that says the table above goes on below it: "续表", "续表1", "续表三", "（续表）", "续上表", "表3（续）"
CONTINUED_LINE = lazy(r"^\s*[（(]?\s*(?:续\s*(?:上\s*)?表\s*[0-9一二三四五六七八九十]{0,2}|表\s*[0-9一二三四五六七八九十]{0,2}\s*[（(]\s*续\s*[)）])"
                      r"\s*[)）]?\s*[:：]?\s*$")

#: the glyphs an editor sets before a heading for looks ("▍一、总体情况", "■ 二、主动公开…", "◆（一）…", "📌一、…",
#: "✅…": WeChat articles, web pages' styled headings): no word of the heading. As ranges of a regular
#: expression's class: arrows, technical symbols, block elements, geometric shapes, miscellaneous
#: symbols and dingbats, more arrows and shapes, the emoji planes, and the joiners emoji are written with
#: (a glyph outside a fixed list left the heading unread: S100, and the checks on the sections, voices56h)
HEADING_DECORATION = ("\u2190-\u21ff\u2300-\u23ff\u2580-\u27bf\u2b00-\u2bff"
                      "\U0001f300-\U0001faff\ufe0f\u200d")
