"""What opens an annex printed after a report: the line that heads it ("附件", "附件1", "附表：",
"附件：统计表"). An annex holds the report's tables, often captioned with the titles of the sections
they belong to ("一、主动公开政府信息情况"); those captions are no second run of the sections
(:func:`govlint.binder.bind.bind`). ``binder/facts.py`` has its own copy of this pattern (``_ANNEX``),
which should import this one.
"""
from .pattern import lazy

#: a line that heads an annex: "附件", "附件1", "附件一", "附表：", "附件：统计表"
ANNEX_LINE = lazy(r"^\s*附\s*(?:件|表)\s*[\d一二三四五六七八九十]*\s*(?:[:：].{0,60})?$")
