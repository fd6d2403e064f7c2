"""How a reader takes paragraphs that a hard line break cut mid-sentence (a report copied from a
PDF, or typed with a line break at the margin): one sentence runs on into the next line."""
from __future__ import annotations

from govlint.plugin import lazy

#: a paragraph that ends its sentence (else the next one continues it)
_ENDS_SENTENCE = lazy(r"[。；;！!？?：:）)]\s*$|^\s*$")
#: a short enumerated line without a comma or a full stop: a sub-heading ("（一）信息处理费收取情况"),
#: complete in itself
_SUBHEADING = lazy(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}[、．.]|\d{1,2}[.．、](?!\d))"
                   r"[^，,。；;]{0,30}$")


def continued_by_next(text: str) -> bool:
    """Does the sentence this paragraph ends with run on into the next paragraph (a hard line break
    mid-sentence)? Not after a full stop, a colon or a closing bracket, nor after a sub-heading."""
    return not _ENDS_SENTENCE.search(text) and not _SUBHEADING.match(text)
