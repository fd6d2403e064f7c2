"""What opens an annex printed after a report: the line that heads it ("附件", "附件1", "附表：",
"附件：统计表"). An annex holds the report's tables, often captioned with the titles of the sections
they belong to ("一、主动公开政府信息情况"); those captions are no second run of the sections
(:func:`govlint.binder.bind.bind`). An annex with no heading begins at its first table's caption
("表1 …统计表"). The binder (the report closes before it: ``binder/facts.py``) and the parser (the
block stage never runs across it: ``syntax/parser.py``) read both from here.
"""
from .enumerators import TABLE
from .pattern import lazy

#: a line that heads an annex: "附件", "附件1", "附件一", "附表：", "附件：统计表"
ANNEX_LINE = lazy(r"^\s*附\s*(?:件|表)\s*[\d一二三四五六七八九十]*\s*(?:[:：].{0,60})?$")
#: a table's caption opening its line ("表1 主动公开政府信息情况统计表", "表三 …"): an annex printed with no
#: heading of its own begins at its first table's caption
TABLE_CAPTION = lazy(rf"^[ \t\u3000\xa0]*{TABLE}")
