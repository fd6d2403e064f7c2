"""Traditional characters: a report copied from a website's 繁體 version, or from a mirror of the
site that serves its pages converted ("政府信息公開工作年度報告", "收到和處理政府信息公開申請情況").
The report was written in simplified characters; the copy changed only the script, one character
for another. Read as it is, none of its headings and labels is the format's (a false "missing
section" and "misspelt label" for each). OpenCC converts it back, one character for one, so that
every position stays the file's.

A report in simplified characters that quotes a few words in traditional ones (a name, a title) is
left as it is: the text is converted only when many of its characters change.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

#: words every report holds, as the traditional script writes them (its title's "公開" and "報告"):
#: a cheap sign, tested before the converter is loaded
_SIGNS = ("公開", "報告")
#: a character of each sign (in turn) that the sign holds and simplified text does not: sought first,
#: as one character is sought in a Chinese text some ten times faster than two (for two, str's search
#: skips by a table that the CJK code points fill), and the sign only where the character stands
_SIGN_CHARS = ("開", "報")
#: the least share (in twentieths) of the text's Chinese characters, and the least number, that
#: the conversion must change for the text to be read as traditional
_SHARE, _FLOOR = 1, 10


@lru_cache(maxsize=1)
def _converter():
    import opencc  # (loaded for such a copy only: some 20 ms)

    return opencc.OpenCC("t2s")


def simplified(text: str) -> Optional[str]:
    """``text`` in simplified characters when it is a copy in traditional ones, one character for
    one; None when it is not (the common case, told by two searches for one character)."""
    if not any(c in text and s in text for c, s in zip(_SIGN_CHARS, _SIGNS)):
        return None
    convert = _converter().convert
    out = convert(text)
    if len(out) != len(text):  # (a phrase converted to one of another length: character by character)
        chars = sorted(set(text))
        to = convert("\n".join(chars)).split("\n")
        table = {ord(a): b for a, b in zip(chars, to) if len(b) == 1 and b != a} if len(to) == len(chars) else {}
        out = text.translate(table)
    changed = sum(1 for a, b in zip(text, out) if a != b)
    chinese = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return out if changed >= _FLOOR and changed * 20 >= chinese * _SHARE else None
