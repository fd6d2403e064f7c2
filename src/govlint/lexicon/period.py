"""How a report states the year its figures are of, when it names the year rather than the dates:
"本报告所列数据为2025年度数据", "统计数据均为2025年全年数据". The binder's facts read the ranges and
the 统计期限为…年度 forms; this is the plainer form a person also reads as the period stated."""
#: the statement, as the facts' period text holds it (compacted, from its keyword on): 数据, then
#: 均/都/全部…, then 为/是/系 and the year as 年度 or 年全年 — the data ARE that year's (not "据统计，2025年度
#: 共…", a count of that year, nor "数据截至…", a cut-off)
DATA_YEAR = r"^(?:统计)?数据(?:均|都|皆|全部|统一|全部均)?(?:为|是|系|属)(\d{4})年(?:度|全年)"
#: the same of the report's own year, named without its number: "本报告所列数据均为本年度数据" (the period
#: stated, its year the title's), searched in the report's text with its spaces taken out
DATA_THIS_YEAR = r"(?:统计)?数据(?:均|都|皆|全部|统一|全部均)?(?:为|是|系|属)(?:本|该|报告)(?:年度|年)(?:全年)?(?:的)?(?:统计)?数据"
