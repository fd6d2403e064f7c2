"""Chinese numerals, read one way everywhere: section numerals (一 … 十二), dates written in
Chinese (二〇二五年一月二十日), counts in prose (十三件, 两起), and the capital numerals (大写) of sums
of money and formal counts (贰佰元, 壹拾贰件), read as the ordinary ones."""
from __future__ import annotations

from typing import Optional

from .closing import NUMERIC_DATE
from .pattern import lazy

DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
#: the capital numerals (大写, simplified and traditional) as the ordinary ones: 壹拾贰 → 一十二
CAPITAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "一二二三三四五六六七八九十百千")
#: the capital numerals, as a class's characters
CAPITALS = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
#: the characters a Chinese numeral below 10,000 is written with
CHARS = "".join(DIGITS) + "十百千" + CAPITALS
#: the units a count is written with after its number, in a table's cell ("3件") or a sentence (in a
#: pattern, as an alternation: ``"|".join(COUNT_UNITS)``); 笔, 份, 批 and 家 as 表二's procurement and
#: permit cells write them ("采购项目数量 2笔")
COUNT_UNITS = "件个项条次宗起笔份批家"
#: the units an amount of money is written with after its number, the longest first ("56.3万元",
#: "152790元": 表二's 采购总金额 and 收费金额)
MONEY_UNITS = ("万元", "元", "万")
#: a count and its unit, a cell's whole text ("120件", "16368(件)"): group 1 the number
COUNT = lazy(rf"([+-]?[0-9０-９]+)\s*(?:[{COUNT_UNITS}]|[（(][{COUNT_UNITS}][)）])")
#: a change said in words, 2019's 本年增/减 ("增加1", "减4", "减少2项"): group 1 the word, group 2 the number
CHANGE = lazy(rf"(新增|增加|增|减少|减)\s*([0-9０-９]+)\s*(?:[{COUNT_UNITS}]|[（(][{COUNT_UNITS}][)）])?")
#: a figure and its unit, a cell's whole text ("120件", "56.3万元", "152790 元", "16368(件)"): a value, as
#: a bare figure is (the binder reads it in its column's unit)
WITH_UNIT = lazy(rf"[+-]?[0-9０-９][0-9０-９,，.．]*[ \u3000]*(?:{'|'.join(MONEY_UNITS)}|[{COUNT_UNITS}]"
                 rf"|[（(](?:{'|'.join(MONEY_UNITS)}|[{COUNT_UNITS}])[)）])")
#: a whole figure in prose (NFKC'd), its thousands set apart by commas or not: "2,137", "2137" (as a pattern's
#: text; never "137" of "2,137")
FIGURE = r"(?<![0-9.])(?<![0-9],)(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)"


def figure_value(text: str) -> int:
    """The value of a :data:`FIGURE`'s text ("2,137" → 2137)."""
    return int(text.replace(",", ""))


#: around a figure in a row typed with spaces, as a pattern's text: the change word before it ("减1") and the
#: unit after it ("3件", "1.2万元", "16368(件)"), each optional
BEFORE_A_FIGURE = r"(?:新增|增加|增|减少|减)?"
AFTER_A_FIGURE = (rf"(?:{'|'.join(MONEY_UNITS)}|[{COUNT_UNITS}]|[（(](?:{'|'.join(MONEY_UNITS)}|[{COUNT_UNITS}])[)）])?")
#: figures and marks between them, no word ("0/0", "+(0) -(0)", "1,234"): a value however wrong its
#: form (C204 says so), no row's label
FIGURES_ONLY = lazy(rf"(?!{NUMERIC_DATE}$)[+\-(（]*[0-9０-９][0-9０-９.,，．/／+\-()（） \u3000]*")


def value_in_words(text: str) -> bool:
    """Is a table cell's ``text``, which is no bare number, a value all the same: a figure with its unit
    (:data:`WITH_UNIT`), a change in words (:data:`CHANGE`), or figures with marks between them
    (:data:`FIGURES_ONLY`, not a date: "2025-01-20")? A table a page gave a cell a line holds them as its other cells, in its row."""
    return bool(text) and (WITH_UNIT.fullmatch(text) is not None or CHANGE.fullmatch(text) is not None
                           or FIGURES_ONLY.fullmatch(text) is not None)


def chinese_int(s: str) -> Optional[int]:
    """The value of a Chinese numeral below 10,000 (一, 十三, 二十, 一百零五, 两千); digit by digit
    when it has no unit (二〇二五 → 2025); in capitals too (壹拾贰 → 12). None when ``s`` is not one."""
    if not s:
        return None
    if not s.isascii():
        s = s.translate(CAPITAL)
    if all(ch in DIGITS for ch in s):
        if len(s) == 1:
            return DIGITS[s]
        return int("".join(str(DIGITS[ch]) for ch in s))
    total, digit = 0, None
    for ch in s:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in "十百千":
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    return total + (digit or 0)


def any_int(s: str) -> Optional[int]:
    """A count written in Arabic (full- or half-width) or Chinese numerals."""
    s = s.strip()
    if s.isdigit():
        try:
            return int(s)
        except ValueError:  # pragma: no cover - e.g. superscript digits
            return None
    return chinese_int(s)


def section_numeral(n: int) -> str:
    """A section's number as its heading writes it: 一 … 十 (a number beyond in Arabic digits)."""
    return "一二三四五六七八九十"[n - 1] if 0 < n <= 10 else str(n)
