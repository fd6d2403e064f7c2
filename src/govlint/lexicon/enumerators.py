"""The enumerators reports number things with, one pattern for each, used everywhere.

- top level: "一、" (sections, and 表三's rows 一、 … 四、); 、 is official, ．.，,：: are written too
- parenthesised: "（一）" or "(一)" (表三's result groups, sub-headings in prose); in prose "（1）" too
- Arabic: "1." "1．" "1、" (表三's sub-items); never "1.5" (a number)
- in prose, an item of a list: any of these, and "一是…二是…"
- loosely, before a sub-heading: any of these, "第一部分", and "一）" (a bracket never opened)

The patterns are strings to build larger expressions from, and compiled forms for the common
tests. A Markdown heading's "## " or "**" around it may stand before a section heading.
"""
from __future__ import annotations

import re
from .pattern import lazy

#: a Chinese numeral as sections and groups use them: 一 … 十, 十一 … 九十九
NUMERAL = r"[一二三四五六七八九十]{1,2}"
#: what may follow a top-level numeral
TOP_MARK = r"[、．.，,：:]"
TOP = rf"{NUMERAL}[ \u3000]*{TOP_MARK}"
PAREN = r"[（(][ \u3000]*[一二三四五六七八九十]{1,3}[ \u3000]*[)）]"
ARABIC = r"\d{1,2}[ \u3000]*[.．、](?!\d)"
#: any enumerator
ANY = rf"(?:{TOP}|{PAREN}|{ARABIC})"
#: parenthesised with a Chinese or an Arabic numeral: "（一）", "（1）" (the lists of prose)
PAREN_ANY = r"[（(][ \u3000]*(?:[一二三四五六七八九十]{1,3}|\d{1,3})[ \u3000]*[)）]"
#: a top-level numeral as a list item in running prose takes 、 or a full stop ("一、", "二．"); the
#: comma and the colon a heading line's numeral may take are not read as items there
ITEM_TOP = rf"{NUMERAL}[ \u3000]*[、．.]"
#: "一是…，二是…": an item named by its ordinal
ORDINAL = r"[一二三四五六七八九十]是"
#: an enumerator opening an item of a list in prose ("（一）", "（1）", "一、", "1.")
ITEM = rf"(?:{PAREN_ANY}|{ITEM_TOP}|{ARABIC})"
#: what may stand before a heading's numeral in Markdown or bold text
MARKUP = r"(?:#{1,6}[ ]*)?(?:\*\*)?"

#: a Markdown heading's "## " and bold's "**" around a line (``AROUND.sub("", line)``: its words)
_AROUND = lazy(r"^[ \u3000\xa0]*(?:#{1,6}[ ]*)?(?:\*\*)?|(?:\*\*)?[ \u3000\xa0]*$")
#: what :data:`_AROUND` takes at a line's ends besides "#" and "*" (and the line break ``$`` may stand before)
_EDGE = " \u3000\xa0\n"


class _Around:
    """:data:`_AROUND` with its ``sub``, which first looks whether there is anything to take: a line
    with no "#" and no "*" that neither opens nor ends with a space has nothing (both alternatives
    then match only the empty string, at its start and its end). The pattern's search tried its
    second alternative at every character of the line."""

    __slots__ = ()
    pattern = _AROUND.pattern

    def sub(self, repl, text: str, count: int = 0) -> str:
        if (repl == "" and text and text[0] not in _EDGE and text[-1] not in _EDGE
                and "*" not in text and "#" not in text):
            return text
        return _AROUND.sub(repl, text, count)


AROUND = _Around()

#: a line that opens with an enumerator
STARTS = lazy(rf"^[ \u3000\xa0]*{ANY}")
#: a line that opens with a top-level enumerator ("一、")
STARTS_TOP = lazy(rf"^[ \u3000\xa0]*{MARKUP}{TOP}")
#: a section heading line: its numeral (group 1) and its title (group 2)
HEADING = lazy(rf"[ \u3000\xa0]*{MARKUP}({NUMERAL})[ \u3000]*{TOP_MARK}[ \u3000]*(.*?)(?:\*\*)?[ \u3000]*$")
#: a section heading as the grammar's lexer reads it: a line of its own (no tab or "|": such a
#: line is a table row, like 表三's "四、结转下年度继续办理\t1\t…"), a title of 1 to 60 characters
HEADING_LINE = lazy(rf"[ \u3000\xa0]*{MARKUP}{NUMERAL}[ \u3000]*{TOP_MARK}[^\t|\n]{{1,60}}[ \u3000\xa0]*")
#: a line that opens with a parenthesised enumerator ("（一）主动公开。…"): a sub-heading
STARTS_PAREN = lazy(rf"[ \u3000\xa0]*{PAREN}")
#: a part, chapter or article: "第一部分", "第二章", "第三条", "第一"
PART = rf"第{NUMERAL}(?:部分|章|节|条)?"
#: an enumerator as loosely as staff write one before a sub-heading: any of the above, a part, or a
#: numeral closed by a bracket never opened ("一）", "1)")
LOOSE = rf"(?:{ANY}|{PART}|(?:{NUMERAL}|\d{{1,2}})[ \u3000]*[)）])"
#: a line's leading enumerator with the spaces around it (``LEADING.sub("", line)``: the line without it)
LEADING = lazy(rf"^\s*{LOOSE}\s*")

#: a table's own enumerator: "表一", "表 2", "表3："
TABLE = r"表[ \u3000]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?![\d一二三四五六七八九十])"
