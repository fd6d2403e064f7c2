"""Report facts: the title (agency, year), the statistics period and the closing date.

Every fact is ``None`` (or empty) when the text does not make it certain: the rules that use
them stay quiet rather than guess.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date
from typing import Dict, List, Optional, Sequence, Tuple

from ..records import Record
from ..lexicon import closing, enumerators, page
from ..lexicon.annex import ANNEX_LINE, TABLE_CAPTION
from ..lexicon.numerals import chinese_int
from ..syntax.ast import Block, Paragraph, Report, Span, Table
from ..lexicon.pattern import lazy
from ..layout.cells import has_ideograph
from ..lexicon.labels import nfkc
from .headings import CONTENTS_ENTRY

#: (its 年 may be lost when the page was made: "2021政府信息公开工作年度报告", the report's words right after it)
_YEAR = lazy(r"((?:19|20)\d\d)(?:年|(?=政府信息公开|政务公开|信息公开))")
_CORE = lazy(r"政府信息公开|政务公开|信息公开")
#: a page's metadata label before the title it names ("名称：", "标题")
_LABEL_BEFORE_TITLE = lazy(rf"{page.TITLE_LABEL_WORDS}\s*[:：]?\s*")
#: a year as it stands in a title: "2024年", "2024年度", "（2024年度）"
_TITLE_YEAR = lazy(r"[（(]\s*(?:19|20)\d\d年度?\s*[)）]|(?:19|20)\d\d(?:年度?|(?=政府信息公开|政务公开|信息公开))"
                  r"|^(?:19|20)\d\d(?=[^\W\d_])")
#: a year opening a title whose 年 was lost when the page was made ("2024示例镇人民政府政府信息公开…")
_OPENING_YEAR = lazy(r"^((?:19|20)\d\d)(?=[^\W\d_])")

_DATE = lazy(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
#: a date in Chinese numerals, as formal documents sign off: 二〇二五年一月二十日
_CN_DATE = lazy(r"(" + closing.YEAR_CN + r")\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*"
                      r"([一二三四五六七八九十]{1,3})\s*日")
#: the letter O, or the digit 0, written for 〇 in a year ("二O二四年", "二0二四年")
_LETTER_ZERO = str.maketrans({"Ｏ": "〇", "O": "〇", "0": "〇", "０": "〇", "◯": "〇", "О": "〇", "о": "〇"})
_CN_YEAR = lazy(r"(?<![0-9０-９])(" + closing.YEAR_CN + r")(?=\s*年)")
_CN_MONTH_DAY = lazy(r"(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})(?=\s*[月日])")

#: a statistics period: a start date, a dash, 至 (直至, 一直到, 迄至) or a clause of its end (",截止日期为", ",止于", ",截止到", ",结束于"), an end date (years optional, 日 optional; the start
#: may name its hour: "2024年1月1日零时起至2024年12月31日24时止"; 号 for 日, 始 for 起: "自2024年1月1号始至…"; a
#: year's 年 lost when the page was made: "20241月1日至202412月31日"; the end's year said as 当年: "…起至当年12月31日止"; the two
#: dates joined by 和 after 起止: "起止日期分别为2024年1月1日和2024年12月31日", :func:`_period_in`)
_RANGE = lazy(
    r"(?:(?P<y1>\d{4})年|(?P<y1b>(?:19|20)\d\d)(?=\d{1,2}月))?(?P<m1>\d{1,2})月(?P<d1>\d{1,2})(?:日|号)?(?:零时|零点|0时|0点|0:00|00:00)?(?:起|开始|始)?[，,]?"
    r"(?:(?:一直|直|迄)?(?:至|到)|—+|–|-|－|~|～|―|[，,]?(?:截止|截至|终止|结束)(?:到|至|于)?(?:日期|时间|日)?(?:为|是|:)?|[，,]?止于|(?P<both>和|与|及)|(?=(?:19|20)\d\d年?\d{1,2}月))"
    r"(?:当年|同年|本年)?(?:(?P<y2>\d{4})年|(?P<y2b>(?:19|20)\d\d)(?=\d{1,2}月))?(?P<m2>\d{1,2})月(?P<d2>\d{1,2})(?:日|号|止|$|[，,。；;）)])")
#: a whole year written in months: "2024年1月至12月", "2024年1-12月", "2024年1月—2024年12月"
_MONTHS = lazy(r"(?:(?P<y1>\d{4})年)?(?<!\d)0?1月?份?(?:起)?(?:至|到|—+|–|-|－|~|～|―)(?:(?P<y2>\d{4})年)?12月份?(?!\d)")
#: a span of months ("2024年3月至12月", "3-12月"): the period of a body set up in the year, said before its dates
_MONTH_SPAN = lazy(r"(?:(?P<y1>\d{4})年)?(?<!\d)(?:0?[1-9]|1[0-2])月份?(?:起)?(?:至|到|—+|–|-|－|~|～|―)"
                   r"(?:(?P<y2>\d{4})年)?(?:0?[1-9]|1[0-2])月份?(?:止)?(?![\d号日])")
#: dates written with dots, slashes or dashes: 2024.1.1, 2024/01/01, 2024-01-01
_NUMERIC_DATE = lazy(r"(?<!\d)(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?!\d)")
#: "统计期限为2024年度" / "统计时间为2024年全年" / "统计期为2024年度" / "统计期限为2024年": a period written as a year
_PERIOD_YEAR = lazy(r"(?:统计|数据)(?:数据|的)?(?:期限|时限|时间|时段|期间|周期|区间|范围|口径|期)(?:为|是|:)?[^。；;，,]{0,6}?"
                          r"(\d{4})年(?:度|全年|(?![\d一二三四五六七八九十]))")
#: "本报告所列数据为2024年度数据": a year named for the data, less certainly the period (not in "示例县统计局
#: 2024年度…报告": a statistics bureau's name says nothing of the statistics)
_PERIOD_YEAR_LOOSE = lazy(r"(?:统计(?![局站所])|数据|期限)[^。；;]{0,10}?(\d{4})年(?:度|全年)")
#: between 统计/数据 and the year, the name of a statistics return, table, bulletin or notice ("行政执法统计年报
#: (2024年度)", "统计报表（2024年度）", "《…统计调查制度》2024年度"): the year names the document, not the period
_RETURN_NAMED = lazy(r"年报|报表|统计表|月报|季报|快报|公报|年鉴|通知|制度|方案|检查|调查|执法|[《》]")
#: of those, the data said outright to BE that year's, a person reads as the period stated with its year:
#: 数据, then 均/都/全部…, then 为/是/系 and the year as 年度 or 年全年 ("本报告所列数据为2025年度数据",
#: "统计数据均为2025年全年数据"; not "据统计，2025年度共…", a count of that year, nor "数据截至…", a cut-off)
_DATA_YEAR = lazy(r"(?:统计)?数据(?:均|都|皆|全部|统一|全部均)?(?:为|是|系|属)(\d{4})年(?:度|全年)")
#: before 数据: only some of the data ("本报告中部分数据为2023年度数据", "财政数据为…", "决算数据为…"): no
#: statement of the period
_SOME_DATA = lazy(r"(?:部分|财政|决算|预算|个别|少量|其中|有关|相关|其他|其余)$")
#: the same of the report's own year, named without its number: "本报告所列数据均为本年度数据" (a
#: period stated, its year the title's)
_DATA_THIS_YEAR = lazy(r"(?:统计)?数据(?:均|都|皆|全部|统一|全部均)?(?:为|是|系|属)(?:本|该|报告)(?:年度|年)(?:全年)?"
                       r"(?:的)?(?:统计)?数据")
#: the cut-off named as a point in time: "数据核定时间点为2024年12月31日", "数据统计时点为…"
_CUT_POINT = r"(?:核定|核算|采集|汇总|统计)?(?:时间点|时点|时间节点)"
#: "数据统计截至2024年12月31日", "统计截止时间为2024年12月31日": the end of the period only
_PERIOD_END = lazy(r"(?:统计(?![局站所])|数据)[^。；;]{0,10}?(?:(?:截至|截止)(?:到|至|时间|日期)?|" + _CUT_POINT + r")(?:为|是|:)?"
                  r"(\d{4})年12月31")
#: "数据统计截止时间为2024年12月31日", "统计数据截至2024年12月31日", "数据截至2024年12月31日", "统计期限截至
#: 2024年12月31日" (the period named, then only its end): the statistics' own cut-off, its year certain (not
#: "据统计，截至…", which may state last year's figure; "上年度数据截至…", last year's data: :func:`_of_other_years`)
_PERIOD_CUTOFF = lazy(r"(?:统计(?:数据|的|时间|日期|期限|时限|期间|时段)*|数据(?:的|时间|日期|期限|时限|期间|时段)*)"
                      r"(?:(?:截止|截至)(?:到|至)?(?:时间|日期)?|" + _CUT_POINT + r")(?:为|是|:)?(\d{4})年12月31")
#: "统计期限为本年度", "数据统计时间为报告年度全年": the report's own year, named without its number
_PERIOD_THIS_YEAR = lazy(r"(?:统计|数据)(?:数据|的)?(?:期限|时间|时段|时限|周期|区间|范围|口径)(?:为|是|:)?"
                         r"(?:本|该|报告)(?:年度|年)(?:全年)?(?![内中底末初])")
#: a period's dates with their 年, 月 or 至 lost when the page was made ("统计时间为202411日—1231日", "数据截止日期为
#: 20251231日", "统计起止时间为202411日至1231日", "统计时间阶段为202011日起至20201231日止", "统计期限自20241月1日202412月31日", "统计期限从20241月1日至20241231日止", "本报告统计数据202411日至
#: 1231日"; the report's scope so stated, "内容涵盖示例乡人民政府202311日至1231日期间的…工作情况"): a period stated, its years not certain (two dates with their years and 月, only 至 lost, are a
#: range: :data:`_RANGE`)
_PERIOD_GARBLED = lazy(r"(?:(?:统计|数据)(?:数据|的)?(?:期限|时限|时间阶段|时间|时段|阶段|期间|起止时间|起止日期|起止期限|区间|周期|范围|截止日期|截止时间|截止日|日期)?(?:为|是|:|自|从)?"
                       r"|涵盖[^。；;，,0-9]{0,30}?)"
                       r"(?:(?:19|20)\d{3,8}日|(?:19|20)\d\d年?\d{1,2}月\d{1,2}日(?:19|20)\d\d年?\d{1,2}月\d{1,2}日"
                       r"|(?:19|20)\d\d年?\d{1,2}月?\d{1,2}日起?(?:至|到|—+|–|-|－|~|～)(?:(?:19|20)\d\d年?)?\d{1,2}月?\d{1,2}日)")
#: a year in brackets opening a line: "（2024年度）" below a title, the rest of the line another paragraph
_LEADING_YEAR = lazy(r"[（(](?:19|20)\d\d年度?[)）]")
_PERIOD_WORDS = ("统计", "期限", "数据")
#: the words that make a whole-year range the report's own statistics period
_PERIOD_CERTAIN = ("统计", "期限", "所列", "本报告", "报告中", "报告所", "报告期")

#: how an agency's name ends (a government, a township, a department)
_AGENCY_END = lazy(r"(?:人民政府|政府|机关|办事处|委员会|办公室|办公厅|管委会|海关|局|厅|委|办|署|中心|院|所|站|馆|队|处|部"
                         r"|乡|镇|街道|苏木|县|区|市|旗|州|盟|省|自治区)$")
_DEPARTMENT_END = lazy(r"(?:委员会|办公室|办公厅|管委会|管理委员会|局|厅|委|办|署|中心|院|所|站|馆|队|处|部|会|社"
                             r"|公司|集团|银行)$")
_NAV = lazy(r"^(?:当前位置|您的位置|你的位置|所在位置|您现在的位置|你现在的位置|当前的位置|位置)\s*[:：]|[|｜>＞»›→]|首页")
#: a label before a title in a page's metadata table: "标题：…"
#: a page's metadata key of its title, with a colon or, in a metadata table copied as text, a space or a
#: bar after it ("标题：…", "标      题 …", "标题 | …")
_TITLE_LABEL = lazy(r"^" + page.TITLE_LABEL_WORDS + r"(?:\s*[:：|｜]|[ \t\u3000]+)\s*")

#: trailing lines after the closing date: page numbers, "（此件公开发布）"
_FURNITURE = lazy(r"^(?:[-—－–_\s]*\d{1,3}[-—－–_\s]*|第\d{1,3}页(?:共\d{1,3}页)?|\d{1,3}/\d{1,3}"
                        r"|[（(][^()（）]{1,16}[)）]|[-—－–]+)$")
#: lines a page or a document puts after its closing date: attachments, related links, sharing and
#: printing buttons, the site's footer, a contact line, a distribution list
_AFTER_CLOSING = lazy(r"^[【\[（(]?\s*(?:(?:附件\s*\d*|附件下载|相关(?:链接|附件|阅读|文章|文件|信息)|上一篇|下一篇|分享到?"
                      r"|网站标识码|版权所有|备案号|ICP|扫一扫|打印|关闭|字体|字号)"
                      r"|(?:主办|承办|协办|抄送|印发|文章来源|信息来源|来源|发布(?:时间|日期|机构)|联系(?:电话|方式|地址|人)"
                      r"|浏览次数|点击(?:数|量|率)|阅读(?:数|次数)|责任编辑|编辑|审核|校对)(?:单位)?\s*[:：])")


#: a note under the closing: an endnote's or footnote's mark before its words ("i信息处理费按照…", "①…", "*…", "[1] …",
#: "1申请人要求…", not a date's "2025年"), or "注：" / "备注：" / "说明："
_NOTE_AFTER = lazy(r"^(?:[ivx]{1,4}|[①-⑩]|[*＊]|\d{1,2}(?![\d年月日号.．、]))(?=[\u4e00-\u9fff《“])|^(?:注|备注|说明)\s*[:：]"
                  # (Word's footnote printed under the closing: "[1] 含通过互联网…", "1 含…", voices56l)
                  r"|^\s*[\[［]\d{1,2}[\]］]|^\d{1,2}[ \t\u3000]+(?=[\u4e00-\u9fff《“])")


#: a site's footer anywhere on its line ("示例县人民政府办公室 主办网站标识码：3607230001 示ICP备…号", "技术支持：
#: 示例县融媒体中心 联系电话：…"): after the closing, never the report's
_FOOTER = lazy(r"网站标识码|ICP|备案号|版权所有|技术支持\s*[:：]|Copyright|©|(?:主办|承办)(?:单位)?\s*[:：]"
               # (a site's name and address, a web page's watermark printed after the article: voices54w)
               r"|https?://|www\.[a-z0-9-]+\."
               # (a browser's print header or footer: the page's file address, the time printed: "file:///…html",
               # "2025/1/20 14:28", "12/4/26, 2:28 PM", voices56f)
               r"|file:/|^\s*(?:\d{1,4}/\d{1,2}/\d{1,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\s*$")


#: where a web page's article ends: its share and print buttons, its links to the articles before and
#: after it ("分享到：微信 微博【打印】【关闭】", "【打印本页】", "上一篇：…")
_PAGE_END = lazy(r"^[【\[]?\s*(?:分享到|上一篇|下一篇|扫一扫|打印(?:本页|此页|文章)?\s*[】\]]|关闭(?:本页|窗口)?\s*[】\]])"
                 # a WeChat article's end and credits: "— END —", "来源｜…", "编辑｜…　校对｜…", "往期推荐", "阅读原文"
                 r"|^[—\-－–_\s]*END[—\-－–_\s]*$|^(?:来源|编辑|责任编辑|校对|审核|监制|排版|美编)\s*[｜|]"
                 r"|^(?:往期推荐|往期回顾|推荐阅读|阅读原文|点个?\s*[“\"]?在看)")


#: a Markdown link: its words (group 1) and its address
_MARKDOWN_LINK = lazy(r"\[([^\]\n]*)\]\((?:[^()\n]|\\[()]|\([^()\n]*\))*\)")


def _cn_number(s: str) -> int:
    """一 … 三十一 (month and day numerals); KeyError when ``s`` is none."""
    value = chinese_int(s)
    if value is None or (len(s) > 1 and "十" not in s):
        raise KeyError(s)
    return value


def _cn_digits(s: str) -> str:
    """A year written digit by digit in Chinese (二〇二四, with O for 〇 too) in Arabic digits."""
    return str(chinese_int(s.translate(_LETTER_ZERO)))


def _arabic_dates(s: str) -> str:
    """二〇二四年一月一日 → 2024年1月1日 (only numerals before 年, 月 or 日 are touched)."""
    if not any(ch in s for ch in "〇○零一二三四五六七八九十"):
        return s
    s = _CN_YEAR.sub(lambda m: _cn_digits(m.group(1)), s)

    def md(m):
        try:
            return str(_cn_number(m.group(1)))
        except KeyError:
            return m.group(1)
    return _CN_MONTH_DAY.sub(md, s)


def parse_date(text: str) -> Optional[date]:
    """A paragraph that is only a date, in Arabic or Chinese numerals, or the two mixed (二〇二五年1月20日,
    二0二五年一月二十日: each of its numbers read as it is written)."""
    t = nfkc(text).strip()
    # 元月: January, as formal documents write it ("二〇二五年元月二十日")
    t = _arabic_dates(t.replace("元月", "一月"))
    m = _DATE.fullmatch(t) or _NUMERIC_DATE.fullmatch(t)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _CN_DATE.fullmatch(t)
        if m:
            year = int(_cn_digits(m.group(1)))
            return date(year, _cn_number(m.group(2)), _cn_number(m.group(3)))
    except (ValueError, KeyError):
        return None
    return None


class Facts(Record):
    """What the report says about itself.

    - ``title``, ``title_span``: the report's title ("" and None when no line is certainly the title).
    - ``agency``: the agency named in the title ("" when the title names none).
    - ``year``: the report year, from the title, else from a certain statistics period.
    - ``period``: (start year, end year) of the stated statistics period, only when both years are
      certain; ``period_span`` is the paragraph that states it.
    - ``date``, ``date_span``: the date the report closes with (its 落款), None when there is none;
      a report with no closing date may be dated under its title ("（2025年1月20日）" on the line below
      it) or say its publication date in a sentence ("本报告于2025年1月24日在…网站公布"): ``date`` is
      that date then, and ``date_said`` says where ("title" under it, "in_title" in brackets closing it,
      "text"; "" for the closing).
    - ``month``, ``month_span``: (year, month) of a closing date that names only the month
      ("示例镇人民政府 / 2025年2月"; ``date`` is None then).
    - ``agency_level``: the administrative level of the agency (title agency, else the signer, else the
      prose speaking of it as a township's twice and as nothing else: "我镇…本镇", ``level_said``), one of
      "乡镇/街道", "县级", "设区的市", "省级", "国务院部门"; None when the name does not make it certain
      (a "…市" may be a county-level city, a body that is neither a government nor a department, …).
    - ``published``: the publication date the web page shows ("发布时间：…", ``<meta name="PubDate">``),
      from ``report.source["published"]``; None for other documents.
    - ``period_text``: the sentence fragment that states the statistics period, "" when none does
      (a period may be stated with years that are not certain: ``period`` is then None).
    - ``signer``: the agency named just before or beside the closing date ("" when none).
    - ``title_year``: the year the title itself names (``year`` may come from the period instead).
    - ``former``: the one name the agency says it had before an institutional reform ("机构改革后，原样例县
      农业局的…由本局承担": 样例县农业局), for pairing with last year's report; () when none, or when the
      report names several (agencies merged into it: none of them alone is last year's).
    - ``cutoff``: the year of the statistics' cut-off ("数据统计截止时间为2024年12月31日": 2024) when the
      period is stated only so (its start unsaid, ``period`` is None); ``cutoff_span`` its paragraph.
    """

    title: str = ""
    title_span: Optional[Span] = None
    agency: str = ""
    year: Optional[int] = None
    period: Optional[Tuple[int, int]] = None  # (start year, end year)
    period_span: Optional[Span] = None
    date: Optional[date] = None  # the date the report closes with
    date_span: Optional[Span] = None
    agency_level: Optional[str] = None
    published: Optional[date] = None
    period_text: str = ""
    signer: str = ""
    title_year: Optional[int] = None
    cutoff: Optional[int] = None
    cutoff_span: Optional[Span] = None
    former: Tuple[str, ...] = ()
    date_said: str = ""  # where ``date`` is said: "" the closing, "title" under the title, "text" a sentence
    month: Optional[Tuple[int, int]] = None  # (year, month) of a closing date that names only its month
    month_span: Optional[Span] = None
    cosigners: Tuple[str, ...] = ()  # other agencies signing with ``signer``, on the lines above it
    noted: Optional[int] = None  # the year a table's 注 counts its data to, when not the period's
    noted_span: Optional[Span] = None
    #: the bodies the report says became the agency (renamed or merged into it: "原样例市文化和旅游局与原样例市广播
    #: 电视局整合组建…"), each with the agency's place filled in; a closing signed by one of them is another agency's
    retired: Tuple[str, ...] = ()
    #: the year the preface names the report itself as another year's ("编制完成2023年度政府信息公开工作年度报告" in
    #: the report on 2022), None when it names none or the title's; ``named_span`` the year as written
    named: Optional[int] = None
    named_span: Optional[Span] = None
    #: the words by which the prose gave ``agency_level`` ("我镇"), when no title or signer names the agency
    level_said: str = ""
    #: the one year whose work the preface says the report covers ("本报告…涵盖2023年…政府信息公开工作情况"): the
    #: statistics period said in words, None when it says none (or two)
    scope: Optional[int] = None
    #: another agency the preface names the report as the report of ("现公布示例县民族宗教事务局2025年度…年度报告" in a
    #: town's report: a template copied), neither the title's agency nor the signer; "" when none
    #: (:func:`_prefaced_by_another`); ``prefaced_span`` the name as written
    prefaced: str = ""
    prefaced_span: Optional[Span] = None
    #: the end of a stated period that opens on 1 January of a year and stops short of its 31 December, in the same
    #: year ("自2021年1月1日起至2021年12月30日止": a year's figures counted a day short, most often a slip of the day):
    #: that end date; None for a whole year, for a period another way stated or not read
    period_short: Optional[date] = None
    #: the year the first paragraph of 一、总体情况 opens with ("2024年，示例镇坚持…", "2024年以来，…"): the
    #: year whose work it tells, what a person takes for the report's when nothing else names it (no
    #: title, no period: a copy that lost its head); None when it opens otherwise
    opening_year: Optional[int] = None
    #: the report says the title's agency became the signer or handed its work to it, in one sentence naming both
    #: ("撤销青石乡，设立青石镇", "…储备局于2023年12月撤销，其职责划入…发展和改革局", "由…代为发布"): a body
    #: abolished or renamed in the year, its last report signed by its successor (:func:`_succeeded`)
    succeeded: bool = False

    @property
    def covered_year(self) -> Optional[int]:
        """The year the report's figures cover: ``year``, unless the title and the statistics period
        name different years and the report is dated in the year after the period's ("二〇二三年…报告",
        统计期限2024年, dated 2025年1月20日: a report on 2024 whose title kept last year's year)."""
        p = self.period
        if p is not None and p[0] == p[1] != self.year and self.date is not None and self.date.year == p[1] + 1:
            return p[1]
        return self.year

    @property
    def signed_by_another(self) -> bool:
        """Does the closing name an agency other than the title's? Both names are compared without
        their kind's ending (人民政府, 局, 委员会, 办公室 …, as many as end them) and without brackets:
        the same agency when one name is held in the other ("示例镇" / "示例县示例镇人民政府", "…局" /
        "…局办公室") or the shorter's characters stand in the longer in order (an abbreviation:
        "示例县发改局" / "示例县发展和改革局", "卫健委" / "卫生健康局"); a party committee's name the same way,
        without the party's ("中共样例经开区工委": 样例经开区), and a town's or street's office the town's
        ("示例镇党政办公室"). A closing signed by several agencies (a 管委会 and its 党工委, a town's 党委 and
        人民政府, on lines of their own or apart on one) is the title agency's when any of them is; so is one
        signed by the second name the title holds in brackets. A closing signed only by a body the report says the
        agency was renamed from or formed of (:attr:`retired`) is another's, though its name reads as the agency's in
        short ("样例市文化和旅游局" for 样例市文化广电和旅游局); one signed by the body the report says the title's
        agency became or handed its work to (:attr:`succeeded`) is its own. False when either is unknown, or when the
        line read as the title may be none (a sentence, "如对该报告有任何疑问，请与…", a copy's line cut in
        a sentence: a comma in it, no 报告, its agency no agency's name)."""
        if not self.agency or not self.signer or "报告" not in self.title or "，" in self.title \
                or "," in self.title or not agency_like(_NOT_NAME.sub("", self.agency)):
            return False
        signed = [s for name in (self.signer, *self.cosigners) for s in _names(name, signed=True)]
        retired = [r for r in self.retired if r not in _compact(self.agency)]  # (not the title's second name)
        if retired and all(_retired_name(s, retired) for s in signed):
            return True  # signed by a body the report says became the agency: its former name
        if self.succeeded:
            return False  # signed by the body the report says the title's agency became (its successor)
        return not any(_same_agency(a, s) for a in _names(self.agency) for s in signed)


def _retired_name(signed: str, retired: Sequence[str]) -> bool:
    """Is ``signed`` one of the former names ``retired``, written in full or without its place's upper levels?"""
    n = _compact(_NOT_NAME.sub("", signed))
    return len(n) >= 4 and any(r == n or (r.endswith(n) and (n[0] in "省市县区旗州盟乡镇" or _PLACE_END.search(r[:-len(n)])))
                               for r in retired)


#: the end of a place's name ("样例市", "示例街道")
_PLACE_END = lazy(r"(?:街道|[省市县区旗州盟乡镇])$")


def _names(name: str, signed: bool = False) -> List[str]:
    """``name``; each of two names a closing's line holds apart by spaces (``signed``: "中共示例镇委员会　示例镇人民政府",
    signed by both; each with its kind's ending, not "样例县 财政局"); and the agency's other names it holds in
    brackets ("样例县发展和改革局（样例县粮食和物资储备局）": both; not "（盖章）")."""
    apart = [part for part in name.replace("\u3000", " ").split() if _KIND_END.search(part)] if signed else []
    return [name] + (apart if len(apart) > 1 else []) \
        + [m.group(1) for m in _BRACKETED.finditer(_compact(name)) if agency_like(m.group(1))]


def _same_agency(agency: str, signer: str) -> bool:
    """The same agency by :attr:`Facts.signed_by_another`'s reading; a branch of a higher bureau (…分局) also
    when named in another order, its place first ("样例市生态环境局样例县分局" / "样例县生态环境分局",
    "样例市公安局示例分局" / "示例区公安分局"): every character of the shorter name, 区/县/市 and 分 aside, stands in
    the longer as often."""
    a, s = _agency_core(agency), _agency_core(signer)
    if not a or not s or a in s or s in a:
        return True
    short, long_ = (a, s) if len(a) <= len(s) else (s, a)
    rest = iter(long_)
    if all(ch in rest for ch in short):
        return True
    if "分局" not in _compact(agency) + _compact(signer):
        return False
    short, long_ = (Counter(_BRANCH_ASIDE.sub("", n)) for n in (short, long_))
    return not short - long_


#: the endings an agency's name has by its kind, stripped to compare two names (a street's 街道 alone; a party
#: committee's too: 工作委员会, 党工委, 工委, 党委; the offices and centres a town or street signs with: 党政办公室,
#: 综合办公室, 便民服务中心 …)
_KIND_END = lazy(r"(?:人民政府|政府|街道办事处|办事处|街道|管理委员会|工作委员会|委员会|管委会|党政综合办公室|党政办公室|综合办公室"
                 r"|办公室|办公厅|党政综合办|党政办|政务服务中心|便民服务中心|党工委|工委|党委|局|厅|委|办|署|中心)$")
#: what a branch's name may have or lack as its words move (…市…局…县分局 / …县…分局)
_BRANCH_ASIDE = lazy(r"[区县市分]")
#: the party's name before a party committee's ("中共样例经济开发区工作委员会", "中国共产党示例镇委员会")
_PARTY = lazy(r"^(?:中国共产党|中共)")
#: a name in brackets ("…局（…局）": the agency's second name)
_BRACKETED = lazy(r"[（(【\[]([^（）()【】\[\]]+)[)）】\]]")
#: what is not the name: brackets and what they hold (a second name, "（盖章）"), marks a copy left
_NOT_NAME = lazy(r"[（(【\[][^（）()【】\[\]]*[)）】\]]|[#*\s]")


def _agency_core(name: str) -> str:
    n = _PARTY.sub("", _NOT_NAME.sub("", _compact(name)))
    while True:
        cut = _KIND_END.sub("", n)
        if cut == n:
            return n
        n = cut


#: full-width ASCII to ASCII, the ideographic space to a space: what NFKC does to report text, faster
_HALF = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_HALF[0x3000] = 0x20


def _compact(s: str) -> str:
    t = s.translate(_HALF)
    if not t.isascii() and not unicodedata.is_normalized("NFKC", t):
        t = unicodedata.normalize("NFKC", t)
    return "".join(t.split())


# ----------------------------------------------------------------------------------------
# the title

def _is_nav(text: str) -> bool:
    """A navigation bar or breadcrumb line ("首页 | 政务公开", "当前位置：首页 > …")."""
    return bool(_NAV.search(nfkc(text).strip()))


def _strong(t: str) -> bool:
    """Compact text that names the report: 政府信息公开 (or 政务公开 / 信息公开) … 报告."""
    m = _CORE.search(t)
    return bool(m) and "报告" in t[m.end():]


def _has_year(t: str) -> bool:
    return bool(_YEAR.search(_arabic_dates(t)))


#: a second name of a body in brackets after its first ("（示例商务区管委会）"), ending its line
_SECOND_NAME = lazy(r"[（(][^（）()]{2,30}[）)]$")


def agency_like(name: str) -> bool:
    """A name that ends like an agency's (人民政府, 局, 镇, 街道办事处 …)."""
    n = _compact(name).strip("《》“”\"'")
    # (a second name in brackets after the first: "示例经开区管委会（示例商务区管委会）", one body's two names)
    n = _SECOND_NAME.sub("", n) or n
    if re.search(r"(?:网站|网|平台|门户|专栏|栏目|客户端|公众号)$", n):
        return False
    return len(n) >= 2 and has_ideograph(n) and bool(_AGENCY_END.search(n))


def _fragment(text: str) -> bool:
    """A short line that can be part of a title: no sentence punctuation, no label, not navigation."""
    t = _compact(text)
    return (0 < len(t) <= 40 and not any(ch in t for ch in "。；;:：，,") and not _is_nav(text)
            and not t.isdigit())


def _sub_span(p: Paragraph, start: int, end: int) -> Span:
    """The span of p.text[start:end] when the paragraph is one line written as is, else the paragraph's."""
    s = p.span
    if s.line == s.end_line and s.end - s.start == len(p.text):
        return Span(s.line, s.column + start, s.line, s.column + end, s.start + start, s.start + end)
    return s


#: a line of a page's metadata: "发布机构：…", "索引号：…", "发布时间：2025-01-16 来源：…"
_META_LINE = lazy(r"[^：:]{1,8}[：:]")


#: an item of a list, a bullet first ("- 示例镇2023年…年度报告2024-01-13": a page's 相关链接 copied as
#: Markdown or by a text browser; "·示例镇2023年…年度报告": a sidebar's links copied from the page):
#: another report's title, never this one's (a Markdown bullet is followed by a space; a dot or a
#: symbol is a bullet as it is)
_LIST_ITEM = lazy(r"[-*+][ \u3000\xa0]|[•·●○◆◇▪►]")
#: a title with a date run on after it ("…年度报告2024-01-13"): a link in a list of links, or the
#: page's heading with its date; the title only when no other line names the report
_LINK_DATE = lazy(r"报告\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")


#: a clause of a sentence, then more of it: "本年度报告根据《…条例》要求编制，报告所列数据…" (a PDF's line of the
#: preface, its sentence going on on the next, the title lost with a blank first page)
_CLAUSE_BEFORE_MORE = lazy(r"[\u4e00-\u9fff》）]{4}，[\u4e00-\u9fff]{2}")


def _title_line(p: Paragraph) -> Optional[Tuple[str, Span]]:
    """This paragraph's title text, when it is (or ends with, for a breadcrumb) a title line."""
    text = p.text.strip()
    if "。" in text or len(text) > 120 or CONTENTS_ENTRY.search(text) or _LIST_ITEM.match(text) \
            or enumerators.STARTS_TOP.match(text) or _CLAUSE_BEFORE_MORE.search(text):
        return None  # (a sentence; a table of contents' entry: "六、其他需要报告的事项……6", or without its
        # page, a section's heading numbered at the top: "六、其他需要报告的事项"; a list's item)
    if _is_nav(text):
        # a breadcrumb's last item may be the title: "当前位置：首页 > 政务公开 > 示例镇…年度报告"
        parts = re.split(r"[|｜>＞»›→/]", nfkc(text))
        last = parts[-1].strip() if parts else ""
        # (a copy that lost its line breaks runs the title on after the breadcrumb's last column:
        # "… > 政府信息公开年报 示例镇2024年…年度报告"; a column's name, neither a year nor an agency, is no
        # part of the title the words after it make)
        pieces = last.split()
        while len(pieces) > 1 and not _has_year(_compact(pieces[0])) and not _agency_of(_compact(pieces[0])) \
                and _strong(_compact("".join(pieces[1:]))):
            pieces = pieces[1:]
            last = last[last.index(pieces[0]):]
        if last and _strong(_compact(last)) and not _is_nav(last) and len(_compact(last)) <= 80 \
                and (_has_year(_compact(last)) or _agency_of(_compact(last))):
            # (an item naming neither the year nor the agency is the site's column, "信息公开年度报告":
            # the title is further down)
            i = p.text.rfind(last) if last in p.text else -1
            span = _sub_span(p, i, i + len(last)) if i >= 0 else p.span
            return last, span
        return None
    m = _TITLE_LABEL.match(text)
    if m:
        rest = text[m.end():].strip()
        i = p.text.find(rest)
        return (rest, _sub_span(p, i, i + len(rest)) if i >= 0 else p.span) if rest else None
    if _META_LINE.match(text):  # "发布机构：…", "索引号：…"
        return None
    if page.leads_in(text):
        return None
    if len(_compact(text)) > 80:
        return None
    return text, p.span


#: a WeChat article's byline copied above its title ("原创 示例镇人民政府 样例发布": the mark, the account, its author)
_BYLINE = lazy(r"\s*原创[\s\u3000\xa0]")


#: a web page's metadata, "key：" after the page's heading on its line ("…管委会发布时间：2025-01-16…")
_METADATA_KEY = lazy(r"(?:发布时间|发布日期|信息来源|来源|浏览次数|浏览量|点击数|点击量|访问量|阅读数)[：:]")


#: the agency a web page's metadata line names as the article's source: "来源：示例镇人民政府"
_SOURCE = lazy(r"(?:来源|发布机构|信息来源|发布单位)\s*[:：]\s*([^\s:：|｜]{2,30})")


def _metadata(lines: List[Paragraph], k: int) -> bool:
    """``lines[k]`` is a web page's line of metadata ("发布时间：… 浏览次数：…【字体：大中小】"), or the
    piece a narrow page wrapped off its end: a "key：" line too ("览次数：1024…"), or the rest of a
    bracket the line above opened ("…【字体：大中" / "小】")."""
    t = lines[k].text.strip()
    if _META_LINE.match(t):
        return True
    above = lines[k - 1].text if k > 0 else ""
    return (above.count("【") > above.count("】") and _META_LINE.match(above.strip()) is not None
            and "】" in t and len(_compact(t)) <= 8)


def _before_metadata(text: str) -> str:
    """A line's text before a web page's metadata run on on it, else the whole text."""
    m = _METADATA_KEY.search(text)
    return text[:m.start()] if m and m.start() > 0 else text


#: what a line may end with when the title goes on on the next ("…人民政府关于" / "2024年…报告")
_OPENS_A_TITLE = ("关于", "印发", "转发", "公布", "发布")


#: a notice that issues a report, the report's title in its book-title marks
_ISSUED = lazy(r"关于(?:印发|转发|公布|发布)?《([^《》]+)》的(?:通知|公告)")

#: how a title ends: 报告, a bracket after it ("…年度报告（2024年）")
_TITLE_END = lazy(r"报告(?:[（(][^（）()]*[)）])?$")


def _titled_below(lines: Sequence[Paragraph], k: int) -> bool:
    """Does the line ``k`` name the report by itself (a whole title under a site's two-line column)?"""
    got = _title_line(lines[k]) if k < len(lines) else None
    if got is None:
        return False
    t = _compact(got[0])
    # (a title names the year or the agency; a sentence wrapped after "…工作年度报告" cites documents)
    return _strong(t) and (_has_year(t) or bool(_agency_of(t))) and "《" not in t \
        and not t.startswith(("根据", "按照", "依据", "依照"))


def _the_pages_heading(lines: Sequence[Paragraph], k: int) -> bool:
    """Is ``lines[k]`` a title line right under the page's breadcrumb ("您当前所在位置：首页 > … > 政府信息
    公开年报") or right over its metadata ("发布时间：… 来源：…"): the article's own heading?"""
    return _title_line(lines[k]) is not None and (
        (k > 0 and _is_nav(lines[k - 1].text))
        or (k + 1 < len(lines) and _metadata(lines, k + 1) and not _is_nav(lines[k + 1].text)))


def _whole_title(t: str) -> bool:
    """A compact title naming the report, its year and its agency."""
    return _strong(t) and _has_year(t) and bool(_agency_of(t))


def _named_in_full(t: str) -> bool:
    """A compact title naming the report, its year and its agency by more than the end of a name
    ("府2024年…报告" names none)."""
    return _whole_title(t) and _GENERIC_AGENCY.fullmatch(_agency_of(t)) is None


def _title(report: Report) -> Tuple[str, Optional[Span]]:
    """The title: the first short line of the front matter that names 政府信息公开 … 报告 (else the first
    that says 报告, else a short line naming 信息公开 or a year with 工作), joined with the lines just
    above or below it when they are pieces of it (the agency, the year, "（2024年度）").
    Navigation bars and breadcrumbs are never the title, though a breadcrumb's last item may be."""
    lines: List[Paragraph] = [b for b in report.front[:30] if isinstance(b, Paragraph)]
    found = None
    for test in (_strong, lambda t: "报告" in t,
                 lambda t: bool(_CORE.search(t)) and (_has_year(t) or "年度" in t)):
        for i, p in enumerate(lines):
            got = _title_line(p)
            if test is _strong and got and not _strong(_compact(got[0])) and i + 1 < len(lines):
                # a title printed over two lines, neither naming the report alone ("…2024年政府信息公开" /
                # "工作年度报告"): the second found here, the first joined to it below — before a
                # sentence further down that wraps after "…工作年度报告"; the two name the year or the
                # agency (a site's column over two lines, "政府信息公开" / "年度报告", names neither)
                below = _title_line(lines[i + 1])
                both = _compact(got[0]) + (_compact(below[0]) if below else "")
                if below and _fragment(got[0]) and _fragment(below[0]) and below[1] is lines[i + 1].span \
                        and lines[i + 1].span.line <= p.span.end_line + 2 \
                        and _strong(both) and (_has_year(both) or _agency_of(both)) \
                        and _TITLE_END.search(both) is not None and not _titled_below(lines, i + 2):
                    found = (i + 1, below)
                    break
            if got and test(_compact(got[0])):
                if _LINK_DATE.search(_compact(got[0])):
                    found = found or (i, got)  # (unless a line below names the report without one)
                    continue
                found = (i, got)
                break
        if found:
            break
    if not found:
        return "", None
    i, (text, span) = found
    if not _the_pages_heading(lines, i):
        # a page's list of links above its article ("相关信息" / "示例乡人民政府2020年度…年度报告", copied
        # with the page): the title is the line the page's breadcrumb leads to or its metadata follows
        heading = next((k for k in range(i + 1, min(len(lines), i + 16)) if _the_pages_heading(lines, k)
                        and _whole_title(_compact(_title_line(lines[k])[0]))), None)
        if heading is not None:
            i, (text, span) = heading, _title_line(lines[heading])
    below = _title_line(lines[i + 1]) if i + 1 < len(lines) and span is lines[i].span else None
    if below is not None and below[1] is lines[i + 1].span:
        # a page's path run together on one line, its last item the title ("示例市人民政府门户网站 示例市
        # 示例局 政府信息公开年报 示例市示例局2023年…年度报告"), then the title on its own line: that line
        t, b = _compact(text), _compact(below[0])
        if len(t) > len(b) and t.endswith(b) and "报告" in b and (_has_year(b) or _agency_of(b)):
            i, (text, span) = i + 1, below
    if span is not lines[i].span and _is_nav(lines[i].text):
        # a breadcrumb's last item ("首页 > … > 2019 > 街道办事处政府信息公开工作年度报告"), the page's own
        # title a few lines down naming the report, its year and its agency: that title is the report's
        below = next((k for k in range(i + 1, min(len(lines), i + 5))
                      if _fragment(lines[k].text) and _whole_title(_compact(lines[k].text))), None)
        if below is not None:
            i, (text, span) = below, (lines[below].text.strip(), lines[below].span)
    if not _agency_of(_compact(text)):
        # a site's headline naming no agency ("2023年度政府信息公开年度报告"), then the document's own
        # title block repeating it under the agency's name: that block is the title (and so a site's
        # column naming neither, then a whole title)
        again = next((k for k in range(i + 1, min(len(lines), i + 8))
                      if _compact(lines[k].text) == _compact(text) and agency_like(lines[k - 1].text)), None)
        if again is None and not _has_year(_compact(text)):
            # a site's column naming neither ("政府信息公开年度报告"), a title naming both a few lines down
            again = next((k for k in range(i + 1, min(len(lines), i + 8))
                          if _fragment(lines[k].text) and _whole_title(_compact(lines[k].text))), None)
        if again is not None:
            i, (text, span) = again, (lines[again].text.strip(), lines[again].span)
    issued = _ISSUED.search(_compact(text))
    if issued is not None:
        # the notice that issues the report ("关于印发《…报告》的通知"), the report's own title further down:
        # that title is the report's, with the lines that complete it ("（2024年度）")
        named = issued.group(1)
        below = next((k for k in range(i + 1, min(len(lines), i + 8)) if _compact(lines[k].text) == named), None)
        got = _title_line(lines[below]) if below is not None else None
        if got is not None:
            i, (text, span) = below, got
    if span is not lines[i].span or _is_nav(lines[i].text):
        return text, span  # a piece of a longer line: nothing to join
    first = last = i
    joined = text.strip()
    stepped = 0  # (the lines stepped over since the last joined: the line above is that much further up)
    # the lines above: the agency, the year, or the start of the title
    # (two lines above at most; a third while the title is not yet whole: a narrow column wraps it
    # every few characters, "示例镇人民" / "政府2024年政" / "府信息公开工" / "作年度报告")
    while first > 0 and (i - first < 2 or (i - first < 3 and not _named_in_full(_compact(joined)))):
        if first > 1 and _metadata(lines, first - 1) and not _TITLE_LABEL.match(lines[first - 1].text.strip()):
            # a web page's line of metadata (发布时间：… 来源：… 浏览次数：…) between its heading (the
            # agency) and the title, as a browser prints the page: no part of the title, stepped over
            gap = lines[first].span.line - lines[first - 1].span.line  # (its lines, blank ones after it too)
            source = _SOURCE.search(nfkc(lines[first - 1].text))
            if source is not None and agency_like(source.group(1)) and first > 1 and \
                    _compact(source.group(1)) not in _compact(lines[first - 2].text):
                break  # "# 示例县人民政府" / "发布时间：… 来源：示例镇人民政府": the heading is the site's, the
                # report another agency's: no part of its title
            lines = lines[:first - 1] + lines[first:]
            first, i, last, stepped = first - 1, i - 1, last - 1, stepped + gap
            continue
        prev = lines[first - 1]
        cur = lines[first]
        # (the page's heading with its metadata run on on its line: "…管理委员会发布时间：2025-01-16…")
        ptext = _before_metadata(prev.text).lstrip("# ")  # (a Markdown heading's marks: "# 样例县人民政府")
        # (a page's metadata table wrapped its 标题 line: "标题：示例镇…2024年政府信息公开" / "工作年度报告")
        ptext = _TITLE_LABEL.sub("", ptext.strip())
        # (one blank line between at most; two when the line above is an agency's name and the title names
        # none: pdfplumber's text laid out as printed leaves two under a title's first line, voices56f)
        far = prev.span.end_line < cur.span.line - 2 - stepped
        if far and (prev.span.end_line < cur.span.line - 3 - stepped or not agency_like(ptext)
                    or _agency_of(_compact(joined))):
            break
        if not _fragment(ptext) or "报告" in ptext:
            break
        pt = _compact(ptext)
        ct = _compact(joined)
        if re.search(r"\d月", _arabic_dates(pt)) or re.search(r"(?:网站|网|平台|门户|专栏|栏目|客户端|公众号)$", pt) \
                or ANNEX_LINE.match(ptext) or _BYLINE.match(ptext):
            break  # a date ("2025年1月20日" above the title), the site's name, an annex's label ("附件1") or a
            # WeChat byline ("原创 示例镇人民政府 样例发布") is no part of the title
        continues = bool(re.match(r"(?:政府信息公开|信息公开|政务公开|工作|年度|度|报告|的报告|情况)", ct)) \
            or (pt[-1:].isdigit() and ct[:1].isdigit())  # the year broken between its digits ("…20" / "24年…")
        # (a second name in brackets that opens the lines below is not their agency: the line above names it)
        second = re.match(r"[（(][^（）()]{2,40}[)）]", ct)
        own = _agency_of(ct[second.end():] if second else ct)
        lacks_agency = not own
        # the agency broken inside its name ("示例县示例镇人民" / "政府2024年…"): the line holds only the
        # end of a name, which the line above completes
        across = _agency_of(pt + ct)
        broken_name = agency_like(across) and (
            (bool(own) and _GENERIC_AGENCY.fullmatch(own) is not None)
            or (not own and across.startswith(pt) and len(across) > len(pt)))  # ("示例镇人民政" / "府2024年…")
        # the agency's second name in brackets on a line of its own, under its first ("…住房和城乡建设局" /
        # "（…人民防空办公室）" / "2024年…年度报告"): a piece of the agency, which the line above names
        second_name = re.fullmatch(r"[（(]([^（）()]{2,40})[)）]", pt)
        second_name = bool(second_name) and agency_like(second_name.group(1)) and lacks_agency
        # (the title's own words broken between the lines, the agency not below the break: "年政府信息公开工" /
        # "作年度报告"; its year: "…2024" / "年政府…"; a line that stops at "关于" or "印发" is the start of a
        # sentence the title ends: "示例镇人民政府关于" / "2024年…年度报告的公告")
        split_words = not _strong(ct) and _strong(pt + ct) and lacks_agency
        if (continues or broken_name or second_name or split_words or pt.startswith(("《", "关于"))
                or pt.endswith(_OPENS_A_TITLE) or (_has_year(pt + ct) and not _has_year(ct))
                or (agency_like(pt) and lacks_agency)):
            joined = ptext.strip() + joined
            first -= 1
            stepped = 0
        else:
            break
    # the line below: "（2024年度）", or the agency when the title line has none
    if last + 1 < len(lines):
        nxt = lines[last + 1]
        nt = _compact(nxt.text)
        # (a "（2024年度）" opens with its bracket, numerals made digits or not: the preamble's long
        # line, below most titles, is not converted for nothing)
        lead = _LEADING_YEAR.match(_arabic_dates(nt)) if nt[:1] in "（(" else None
        if lead and not _fragment(nxt.text) and not _has_year(_compact(joined)) \
                and nxt.span.line <= lines[last].span.end_line + 2:
            # a flattened report whose line breaks were put back before the preamble only: the title's
            # "（2024年度）" opens the preamble's line ("（2024年度） 本年度报告中所列数据…")
            return joined + lead.group(0), _span_of(lines, first, last)
        if nxt.span.line <= lines[last].span.end_line + 2 and _fragment(nxt.text) and "报告" not in nt:
            suffix_year = bool(re.fullmatch(r"[（(]?(?:19|20)\d\d年度?[)）]?", _arabic_dates(nt)))
            tail = _compact(joined)
            no_agency = not _agency_of(tail)
            if (suffix_year or _whole_year_range(nt)) and not _has_year(tail):
                joined += nxt.text.strip()  # "（2024年度）", "（2024年1月1日—2024年12月31日）"
                last += 1
            elif "报告" not in tail and "报告" in tail[-3:] + nt[:4] and len(nt) <= 20:
                joined += nxt.text.strip()  # the title wrapped inside its last word ("…年度报" / "告")
                last += 1
            elif no_agency and agency_like(nt.strip("（()）")) and not _has_year(nt) and parse_date(nt) is None:
                joined += nxt.text.strip()
                last += 1
            elif _unclosed(tail) > 0 and _unclosed(tail + nt) == 0 and len(nt) <= 12:
                joined += nxt.text.strip()  # the title wrapped inside its bracket ("…年度报告（2024" / "年度）")
                last += 1
    return joined, _span_of(lines, first, last)


def _unclosed(text: str) -> int:
    """How many brackets ``text`` opens and does not close."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def _span_of(lines: Sequence[Paragraph], first: int, last: int) -> Span:
    return lines[first].span if first == last else lines[first].span.to(lines[last].span)


def _whole_year_range(t: str) -> bool:
    """A line that is only a year's dates in brackets ("（2024年1月1日—2024年12月31日）"), as a title's
    last line may give the report year."""
    if not re.fullmatch(r"[（(][^（）()]{6,40}[)）]", t):
        return False
    m = _RANGE.fullmatch(_norm_period(t[1:-1]))
    return bool(m) and bool(m.group("y1") or m.group("y2")) and (
        int(m.group("m1")), int(m.group("d1")), int(m.group("m2")), int(m.group("d2"))) == (1, 1, 12, 31)


def _year_of(t: str) -> Optional[int]:
    """The report year named in a title: the one before 年度 when the title names two."""
    t = _arabic_dates(t)
    years = [int(m.group(1)) for m in _YEAR.finditer(t)]
    if not years:
        m = _OPENING_YEAR.match(t.strip())
        return int(m.group(1)) if m else None
    if len(set(years)) > 1:
        m = re.search(r"((?:19|20)\d\d)年度", t)
        return int(m.group(1)) if m else years[0]
    return years[0]


#: a government's general office: (the government, 人民政府/政府 included) + 办公室 / 办公厅
_GOVERNMENT_OFFICE = lazy(r"^((.+?)(?:人民政府|政府))(?:办公室|办公厅|党政办公室|党政综合办公室|党政办)$")
#: what is left of an agency's name when the line breaks inside it: its generic end alone
_GENERIC_AGENCY = lazy(r"(?:人民|民)?政府|府|[局委办厅署处]|委员会|办公室|办事处|街道办事处|[^\W\d_]?人民政府")


#: a flipbook viewer's caption of the page, run into the title's line ("Page 3 - ", "P.3-"): no part of the name
_VIEWER_PAGE = lazy(r"^(?:page|p)\.?\s*\d{1,4}\s*[-–—:：.]*\s*", re.I)


def _clean_agency(s: str) -> str:
    s = _TITLE_YEAR.sub("", s)
    if "关于" in s:  # "示例镇人民政府关于印发…", "关于示例镇人民政府…"
        head, _, rest = s.partition("关于")
        s = head if any(has_ideograph(a) and has_ideograph(b) for a, b in zip(head, head[1:])) else rest
        s = re.sub(r"^(?:印发|转发|公布|发布)", "", s)
        office = _GOVERNMENT_OFFICE.match(head.strip(" 《》“”\"'"))
        if office and s == head:
            # a government's office publishing its government's report: "示例县人民政府办公室关于
            # （印发）示例县人民政府2024年…报告", "…关于示例县2024年…报告": the report is the government's
            subject = re.sub(r"^(?:印发|转发|公布|发布)|(?:关于|的|年度|度)+$", "", rest).strip(" 《》“”\"'、，,：:—-")
            if subject and re.sub(r"(?:人民政府|政府)$", "", subject) == office.group(2):
                return office.group(1)
    s = re.sub(r"^(?:关于|对)|(?:关于|的|年度|度)+$", "", s)
    s = s.strip(" 《》“”\"'、，,：:—-#*")  # (# and * of a Markdown heading: "# 示例县…局2024年…")
    s = _VIEWER_PAGE.sub("", s)  # (a page viewer's caption run into the title: "Page 3 - 示例市…")
    # brackets around the whole name: "（示例镇人民政府）"
    while len(s) >= 2 and s[0] in "（(" and s[-1] in "）)" and not re.search(r"[（()）]", s[1:-1]):
        s = s[1:-1].strip()
    if not has_ideograph(s) or len(s) < 2:
        return ""
    return s


#: a kind of agency, not one: a site's column or a heading over many ("乡镇信息公开年度报告", "市直部门")
_AGENCY_KIND = lazy(r"(?:各|全)?(?:[省市县区旗]直|[省市县区]级|[省市县区]属)?"
                    r"(?:乡镇|镇街|街镇|乡镇街道|镇[（(]街道[)）]|街道|部门|单位|机关|区县|县区|县市区|县市|市县|旗县)"
                    r"(?:部门|单位|机关)?")


def _agency_of(t: str) -> str:
    """The agency a compact title names, before the year or after it: "示例镇人民政府2024年…",
    "2024年示例镇人民政府政府信息公开…", "关于…", "…年度报告（示例镇人民政府）"; none for a kind of
    agency ("乡镇…年度报告": a site's column)."""
    name = _agency_named(t)
    return "" if name and _AGENCY_KIND.fullmatch(name) else name


def _agency_named(t: str) -> str:
    t = _arabic_dates(t).strip("《》“”\"")
    t = t.replace("《", "").replace("》", "")
    # a page's words run into the title before its metadata label ("重点领域信息公开名称示例县水利局2023年…": a
    # portal's side menu printed beside the article): the title is what the label names, a label with its colon
    # or after words that name 信息公开 (not "名称" inside a name: "示例县企业名称登记管理中心")
    labelled = None
    for labelled in _LABEL_BEFORE_TITLE.finditer(t):
        pass
    if labelled is not None and _CORE.search(t, labelled.end()) and _TITLE_YEAR.search(t, labelled.end()) and (
            labelled.group().rstrip().endswith((":", "：")) or _CORE.search(t, 0, labelled.start())):
        t = t[labelled.end():]
    year = _TITLE_YEAR.search(t)
    # (the words after the year, "…2024年政府信息公开工作年度报告": an agency's name may hold them too, "示例县政务公开办公室")
    m = (_CORE.search(t, year.start()) if year else None) or _CORE.search(t)
    end = m.start() if m else t.find("报告")
    if end == -1:
        end = len(t)
    before = _clean_agency(t[:end])
    if before:
        return before
    k = t.rfind("报告")
    if k != -1:
        after = _clean_agency(t[k + 2:])
        if after and agency_like(after):
            return after
    return ""


# ----------------------------------------------------------------------------------------
# the agency's level

_TOWNSHIP = lazy(r"(?:乡|镇|街道|苏木)(?:人民政府办公室|政府办公室|人民政府|政府|办事处|街道办事处|街道办|党政综合办公室"
                 r"|党政办公室|党政综合办|党政办|办公室)?$|街道办事处$|街道办$")
#: (in the patterns of an agency's name, a letter ``[^\W\d_]`` stands for an ideograph: the names are
#: Chinese, and a class of the CJK range takes a millisecond to compile)
_PROVINCE_NAME = lazy(r"^(?:[^\W\d_]{2,3}省|[^\W\d_]{2,10}自治区|北京市|天津市|上海市|重庆市)")


#: a department's name opening with its county or banner: "示例县教育局", "示例市示例县卫生健康局",
#: "示例盟示例旗…". The county's own name stands between the unit before it and 县 (沛县: one
#: character), so 县 right after another unit is a word of a city's body ("示例市县乡公路管理处": 县乡);
#: a banner's name has two characters or more (正蓝旗), so "示例市红旗渠管理局"'s 红旗 is a word; 县城 the
#: county town is no county's department, but 城市管理, 城管 and 城乡建设 are ("示例县城市管理和综合执法局": voices54g)
_COUNTY_DEPARTMENT = lazy(r"^(?:[^\W\d_]{1,8}?[省市州盟])?(?:[^\W\d_省市州盟区县]{1,6}?(?:自治县|县)"
                          r"|[^\W\d_省市州盟区县]{2,6}?(?:自治旗|旗))(?![委级域区]|城(?!市|乡|管))")
#: a district's department: "示例市示例区教育局", or without its city "示例区统计局" (every 区 of a city
#: is county-level); the district's name two characters or more, no department's (示例市公安局示例区分局:
#: the city's) and no zone's (开发区, 新区, 园区, 城区 the urban area, 商务区, 风景名胜区, …), no 社区's, no
#: 地区's (a prefecture) and no 自治区's (a province), a department named after it
_DISTRICT_DEPARTMENT = lazy(r"^(?:[^\W\d_]{1,8}?市)?(?![^\W\d_]{0,6}?(?:开发|高新|新|园|景|城|试验|实验|示范|保税|合作|功能"
                            r"|工业|保护|商务|中心|核心|矿|港|片|林|自贸|综保|物流|产业|度假|名胜|旅游|生态|服务|管理|农场|垦|库"
                            r"|自治|地|特|社|小|校|厂|街|牧|辖|警)区)[^\W\d_省市州盟县局委办厅院所处站队部会]{2,6}?区"
                            r"(?![域划级委直县])[^\W\d_]{1,16}(?:局|委员会|办公室|中心|委|办)$")


def agency_level(name: str) -> Optional[str]:
    """乡镇/街道, 县级, 设区的市, 省级 or 国务院部门, from an agency's name; None when unsure."""
    n = _compact(name).strip("《》“”\"'（）()")
    if len(n) < 2:
        return None
    if re.match(r"^(?:国务院|中华人民共和国|国家)", n) and not re.search(r"[省市县区乡镇]", n[2:]):
        return "国务院部门" if _DEPARTMENT_END.search(n) or n.startswith("国务院") else None
    if _TOWNSHIP.search(n):
        return "乡镇/街道"
    # the place: the name before 人民政府; a department's name without one is read only when
    # its first place name is unambiguous ("示例县教育局", "示例省教育厅")
    m = re.search(r"人民政府|政府(?=办公室|办$|$)", n)
    if m:
        place = n[:m.start()]
    else:
        if not _DEPARTMENT_END.search(n):
            # a county named alone ("示例县2024年政府信息公开工作年度报告": the county's report)
            m = _COUNTY_DEPARTMENT.match(n)
            return "县级" if m and m.end() == len(n) else None
        # (not 示例市县级… / 县域… / 县区…: a city's body; 县市场监督管理局 is the county's 市场…)
        m = _COUNTY_DEPARTMENT.match(n)
        if m and ("市" not in n[m.end():m.end() + 1] or n.startswith("市场", m.end())):
            return "县级"
        if _DISTRICT_DEPARTMENT.match(n):
            return "县级"
        m = _PROVINCE_NAME.match(n)
        if m and not re.search(r"[市县区州盟]", n[m.end():]):
            return "省级"
        return None
    if not place:
        return None
    if re.search(r"(?:县|旗|林区|特区)$", place) or re.search(r"市[^\W\d_]{1,6}区$", place):
        return "县级"
    if re.search(r"(?:自治州|地区|盟)$", place):
        return "设区的市"
    m = _PROVINCE_NAME.match(place)
    if m and m.end() == len(place):
        return "省级"
    if re.search(r"[^\W\d_]区$", place) and not re.search(r"(?:开发区|新区|高新区|园区|景区|试验区|示范区|保税区)$", place):
        return "县级"
    return None


#: the report speaking of its own agency: "我镇", "本街道", "本局", "我县"; the 本 of a word ("基本", "根本",
#: "成本", "样本", "文本", "版本", "资本", "日本", "原本") is none
_SELF = lazy(r"(?:我|(?<![基根成样文版资日原剧课脚范])本)(街道|乡|镇|县|区|市|州|省|旗|局|委|厅|办|院|署|处|中心|公司|单位|部门)")
_TOWNSHIP_SELF = frozenset(("街道", "乡", "镇"))


def _level_said(paragraphs) -> str:
    """The first words by which a report's prose speaks of its agency as a township's ("我镇"), when it
    does so at least twice and never as another's; "" otherwise (a department says 本局, a county 我县,
    and a township's report quoting "我县" leaves its level unsure)."""
    said = [m for p in paragraphs for m in _SELF.finditer(p.text)]
    return said[0].group() if len(said) >= 2 and _TOWNSHIP_SELF.issuperset(m.group(1) for m in said) else ""


# ----------------------------------------------------------------------------------------
# the statistics period

#: in the clause before a statement of the data's year or cut-off: another year's data ("上年度报告数据截至…")
_OTHER_YEARS_DATA = lazy(r"上一?年|去年|往年|前年|历年")
_CLAUSE_MARK = lazy(r"[，,。；;：:（(]")


def _of_other_years(text: str, at: int) -> bool:
    """Does the clause before ``at`` speak of another year's data ("上年度报告数据截至2023年12月31日")?"""
    start = max((c.end() for c in _CLAUSE_MARK.finditer(text, 0, at)), default=0)
    return _OTHER_YEARS_DATA.search(text, start, at) is not None


def _period_in(text: str) -> Optional[Tuple[Optional[Tuple[int, int]], str, int]]:
    """(years when certain, the statement, its start) of a period stated in compact text."""
    best = None
    for m in _RANGE.finditer(text):
        y1, y2 = m.group("y1") or m.group("y1b"), m.group("y2") or m.group("y2b")
        full = (int(m.group("m1")), int(m.group("d1")), int(m.group("m2")), int(m.group("d2"))) == (1, 1, 12, 31)
        sentence = text[max(text.rfind("。", 0, m.start()) + 1, m.start() - 40):m.start()]
        if m.group("both") and "起止" not in sentence:
            continue  # ("于2024年1月1日和2024年12月31日两次更新": two dates, no range)
        keyword = any(w in sentence for w in _PERIOD_WORDS)
        if not (full or keyword):
            continue
        if keyword and not full:
            months = _MONTH_SPAN.search(sentence)
            if months is not None and any(w in sentence[:months.start()] for w in _PERIOD_CERTAIN):
                # the period said in months right after its words, before these dates ("统计期限为2024年3月至12月；
                # 2024年1月1日至3月17日的…已纳入…报告": a body set up in March; the dates another's, voices54g)
                y = months.group("y1") or months.group("y2")
                return ((int(y), int(months.group("y2") or y)) if y else None), months.group(0), \
                    m.start() - len(sentence) + months.start()
        years = None
        if full and (y1 or y2) and any(w in sentence for w in _PERIOD_CERTAIN):
            start = int(y1 or y2)
            end = int(y2 or y1)
            years = (start, end)
        got = (years, m.group(0), m.start())
        if keyword:
            return got
        best = best or got
    if best:
        return best
    for m in _MONTHS.finditer(text):
        y1, y2 = m.group("y1"), m.group("y2")
        sentence = text[max(text.rfind("。", 0, m.start()) + 1, m.start() - 40):m.start()]
        years = None
        if (y1 or y2) and any(w in sentence for w in _PERIOD_CERTAIN):
            years = (int(y1 or y2), int(y2 or y1))
        return years, m.group(0), m.start()
    m = _PERIOD_YEAR.search(text)
    if m:
        return (int(m.group(1)), int(m.group(1))), m.group(0), m.start()
    for loose in (_PERIOD_YEAR_LOOSE, _PERIOD_END, _PERIOD_THIS_YEAR, _PERIOD_GARBLED):
        for m in loose.finditer(text):
            if not _of_other_years(text, m.start()):
                if loose is _PERIOD_YEAR_LOOSE and _SOME_DATA.search(text, max(0, m.start() - 2), m.start()):
                    continue  # "本报告中部分数据为2023年度数据": some of the data, no period
                if loose is _PERIOD_YEAR_LOOSE and _RETURN_NAMED.search(m.group(0), 0, m.start(1) - m.start()):
                    continue  # "报送行政执法统计年报(2024年度)": a statistics return named by its year, no period
                said = _DATA_YEAR.match(text, m.start()) if loose is _PERIOD_YEAR_LOOSE else None
                years = (int(said.group(1)),) * 2 if said else None
                return years, m.group(0), m.start()
    return None


def _short_period(statement: str) -> Optional[date]:
    """:attr:`Facts.period_short` of a statement of the period (:func:`_period_in`'s, compact and normalised)."""
    m = _RANGE.search(statement)
    if m is None or m.group("both"):
        return None
    y1, y2 = m.group("y1") or m.group("y1b"), m.group("y2") or m.group("y2b")
    year = int(y1) if y1 else None
    if year is None or (y2 and int(y2) != year) or (int(m.group("m1")), int(m.group("d1"))) != (1, 1):
        return None
    try:
        end = date(year, int(m.group("m2")), int(m.group("d2")))
    except ValueError:
        return None  # (no such day: a garbled date, not a period stopping short)
    return end if date(year, 1, 1) < end < date(year, 12, 31) else None


def _norm_period(text: str) -> str:
    t = _arabic_dates(_compact(text))
    if any(ch in t for ch in "./-"):
        t = _NUMERIC_DATE.sub(lambda m: f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日", t)
    return t


#: :func:`_stated_period` of the texts seen last (bounded: emptied when full), and the longest text kept
_STATED: Dict[str, tuple] = {}
_STATED_MAX, _STATED_LONGEST = 4096, 1000


def _stated_period(raw: str) -> tuple:
    """(the length of ``raw`` as :func:`_norm_period` makes it, :func:`_period_in` of that),
    memoised by the text (all they read): the same statement of the period, and the same
    sentences, come in many reports."""
    hit = _STATED.get(raw)
    if hit is None:
        here = _norm_period(raw)
        hit = (len(here), _period_in(here))
        if len(raw) <= _STATED_LONGEST:
            if len(_STATED) >= _STATED_MAX:
                _STATED.clear()
            _STATED[raw] = hit
    return hit


def _period(paragraphs: Sequence[Paragraph]):
    """(years, span, statement) of the statistics period; a statement wrapped over two paragraphs
    (a hard line break inside "至2024年\\n12月31日止") is joined."""
    found = None
    for i, p in enumerate(paragraphs):
        raw = p.text
        if not any(w in raw for w in ("月", "统计", "期限", "数据", "涵盖")):
            continue
        size, got = _stated_period(raw)
        span = p.span
        if got is None and i + 1 < len(paragraphs) and (
                any(w in raw for w in ("统计", "期限", "数据")) or raw.rstrip()[-1:] in "年月日至起到—-－0123456789"):
            nxt = paragraphs[i + 1]
            both = _stated_period(raw + nxt.text)[1]
            alone = _stated_period(nxt.text)[1]
            # (joined when the next line alone is no period, or only its dates without the words that
            # make them one: "…统计期限自" / "2022年1月1日起至2022年12月31日止。")
            if both and (alone is None or alone[0] is None and both[0] is not None or alone[1] != both[1]) \
                    and both[2] <= size + 2:  # (the dates may open the next line after "自", "为")
                got, span = both, p.span.to(nxt.span)
        if got is None:
            continue
        if got[0] is not None:
            return got[0], span, got[1]
        found = found or (None, span, got[1])
    return found


#: a note under a table: "注：…", "备注：…", "说明：…"
_NOTE = lazy(r"^(?:备注|注|说明)\s*[:：]")
#: a note on another year's figures beside the year's ("注：上年数据截至2023年12月31日")
_OTHER_YEARS = lazy(r"上年|上一年|去年|往年|前年|同期|同比|对比|比较|累计|以来")


def _noted_year(paragraphs: Sequence[Paragraph], year: int):
    """(year, span) of a table's note that counts its data to another year's end than the stated period's
    ``year`` ("注：本表数据截至2023年12月31日。", "注：统计期限自2023年1月1日起至2023年12月31日止。" under a table
    copied from last year's report), None when every note agrees or none says. A note on last year's figures
    (上年, 同比 …) is not about the table's own."""
    for p in paragraphs:
        raw = p.text.strip()
        if len(raw) > 120 or not _NOTE.match(raw) or _OTHER_YEARS.search(raw):
            continue
        got = _stated_period(raw)[1]
        years = got[0] if got else None
        if years is None:
            m = _PERIOD_END.search(_norm_period(raw))
            years = (int(m.group(1)),) * 2 if m else None
        if years is not None and years[0] == years[1] and years[1] != year:
            return years[1], p.span
    return None


#: a year as a report names itself: Arabic digits (full-width too, spaces inside "2024 年") or Chinese ("二〇二三")
_NAMED_YEAR = r"(?P<year>(?:19|20|１９|２０)[0-9０-９]{2}|[二][〇○零][一二三四五六七八九〇○零]{2})\s*年(?:度)?"
#: what may stand between the verb and the year (the agency's name): no sentence's stop, no number, not a page's
#: path ("政府信息公开 > 政府信息公开年报 > …": a breadcrumb names pages, it says nothing)
_NAMED_BEFORE = r"(?P<who>[^，,。；;:：！!？?《》0-9０-９>＞›»|｜/]{0,25}?)"
#: what may stand between the year and 报告: no sentence's stop, no other number, no second 报告
_NAMED_GAP = r"(?:(?!报告)[^，,。；;:：！!？?《》0-9０-９〇○零一二三四五六七八九]){0,30}?"
#: after the report's name, where the preface's sentence goes on: a stop, the end, a bracket closing (its name in 《》),
#: 如下, or its publication (向社会公布, 予以公布); not a notice about it ("…年度报告有关事项的通知"), its format ("…年度报告
#: 格式"), what it found ("…年度报告提出的问题", "…年度报告中…", "…年度报告整改…") nor a duty ("…年度报告的要求")
_NAMED_AFTER = r"(?=\s*(?:[，,。；;：:！!？?）)》」”\]]|$|如下|向|予以|现予|公布|发布|公开|全文|正式|印发|特此))"
#: the preface naming the report it opens: "编制完成2023年度政府信息公开工作年度报告", "我局编制了2023年政府信息公开工作
#: 年度报告", "特向社会公布…局2023年政府信息公开工作年度报告", "现公布2023年度…年度报告", "编制2024年度报告", "现将
#: …局2023年度政府信息公开工作的有关情况向社会公众发布", "本报告为2023年度…", "结合2023年…工作实际编制而成",
#: "结合2023年…工作实际，编制发布本报告"
_NAMES_ITSELF = (
    lazy(r"(?:编制|编写|撰写|公布|公开|发布)(?:完成|而成)?了?《?" + _NAMED_BEFORE + _NAMED_YEAR
         + _NAMED_GAP + r"(?:年度报告|年报|报告)" + _NAMED_AFTER),
    lazy(r"现将" + _NAMED_BEFORE + _NAMED_YEAR + _NAMED_GAP
         + r"(?:(?:年度报告|年报|报告)" + _NAMED_AFTER + r"|工作的?(?:有关|相关|主要)?情况)"),
    lazy(r"本(?:年度)?报告(?:是|为|系|即)" + _NAMED_YEAR),
    lazy(r"结合\s*" + _NAMED_YEAR + _NAMED_GAP + r"实际\s*[，,]?\s*(?:编制|编写|撰写)"))
#: the preface telling whose year's work the report is on, in words :data:`_NAMES_ITSELF` does not read: "从…六个方面
#: 汇报我镇2023年政府信息公开工作", "涵盖2023年…政府信息公开工作情况", "全面反映2025年度工作成效" (another year than the title's is the preface
#: naming the report as that year's). Not the report's name ("…汇报2022年政府信息公开工作年度报告")
_WORK_OF = r"(?:(?:政府|政务)?信息公开)?(?:工作)?的?(?:有关|相关|主要|基本|开展|落实)?"
_TELLS_YEAR = lazy(r"(?:涵盖|汇报|反映)" + _NAMED_BEFORE + _NAMED_YEAR + _NAMED_GAP + _WORK_OF + r"(?:情况|工作)"
                   + r"(?!\s*(?:年度报告|年报))")
#: "本报告…总结示例县人民政府办公室2021年政府信息公开工作情况": the year's work the report sums up (情况 after it: "总结
#: 2021年工作经验" is a lesson, no report's year)
_SUMS_UP_YEAR = lazy(r"总结" + _NAMED_BEFORE + _NAMED_YEAR + _NAMED_GAP + _WORK_OF + r"情况")
#: of those, the report's scope stated ("本报告…涵盖2023年…政府信息公开工作情况", "…编制本年度报告，全面反映2025年度
#: 工作成效"): the statistics period said in words, as "本报告所列数据为2023年度数据" says it. "现将2023年工作情况报告如下",
#: which opens nearly every report, whether it states its period or not, states none
_COVERS = ("涵盖", "反映")
#: a word one of the preface's patterns (:data:`_NAMES_ITSELF`, :data:`_TELLS_YEAR`, :data:`_SUMS_UP_YEAR`) needs: a
#: run without any is skipped
_PREFACE_VERBS = ("报告", "现将", "结合", "涵盖", "汇报", "反映", "总结")
#: in 一's first paragraphs, only a preface's own words: not the year's work ("按时编制并公布2022年度…年度报告")
_PREFACE_WORDS = lazy(r"本(?:年度)?报告|现将|现编制|现公布|现向社会|特向社会|特编制|现予")
#: the year's work told, not the report's preface: "按时编制并公布2022年度政府信息公开工作年度报告"
_ON_TIME = lazy(r"按时|按期|及时|如期|准时|按要求")
#: a title in 《》 that is not the report's (a notice on the reports: "《…关于做好2021年政府信息公开工作年度报告编制
#: 公布工作的通知》"), blanked to its length; the report's own name in 《》 is kept
_OTHER_TITLE = lazy(r"《[^《》]*》")


def _year_number(text: str) -> Optional[int]:
    t = nfkc(text).replace(" ", "")
    if t.isdigit():
        return int(t)
    try:
        return int(_cn_digits(t))
    except (ValueError, KeyError):
        return None


def _preface_years(report: Report) -> List[Tuple[int, Span, bool, str, Optional[Span]]]:
    """(year, span, whether the words state the report's scope, :data:`_COVERS`, the words between the verb and the
    year — the agency whose report it names, or "" — and their span) of each year the preface names the
    report itself by: "编制完成2023年度政府信息公开工作年度报告" (its name), "现将2023年工作情况报告如下", "汇报我镇2023年
    政府信息公开工作" (the work it tells of, :data:`_TELLS_YEAR`). The preface is the text before 一 (and 一's first two
    paragraphs, in a sentence that holds a preface's own words: 本报告, 现将, 特向社会公布 …); a clause telling the
    year's work ("按时编制并公布2022年度…年度报告") is none. Not a notice's or a format's title in 《》, last year's report cited ("根据2022年度报告的整改
    要求"), the publication's date ("2024年1月"): only a verb of making or publishing, or 本报告, right before the
    year and the report's name after it."""
    front = [b for b in report.front if isinstance(b, Paragraph) and b.kind != "title"]
    one = list(report.sections[0].paragraphs) if report.sections else []
    found = []
    for run, inside in [*((r, False) for r in _sentence_runs(front)), *((r, True) for r in _sentence_runs(one)[:2])]:
        raw = "".join(p.text for p in run)
        if not any(w in raw for w in _PREFACE_VERBS):
            continue
        text = _OTHER_TITLE.sub(lambda m: m.group(0) if m.group(0)[:-1].rstrip().endswith(("报告", "年报"))
                                else "《" + "＿" * (len(m.group(0)) - 2) + "》", raw)
        for m, covers in ((m, pattern is _TELLS_YEAR and m.group(0).startswith(_COVERS))
                          for pattern in (*_NAMES_ITSELF, _TELLS_YEAR, _SUMS_UP_YEAR) for m in pattern.finditer(text)):
            sentence = text[max(text.rfind("。", 0, m.start()), text.rfind("；", 0, m.start())) + 1:m.start()]
            clause = sentence[max(sentence.rfind(c) for c in "，,;") + 1:]
            if _ON_TIME.search(clause) or (inside and not _PREFACE_WORDS.search(sentence + m.group(0))):
                continue  # the year's work ("按时编制并公布2022年度…年度报告"), not the preface's own words
            named = _year_number(m.group("year"))
            if named is not None:
                who = m.groupdict().get("who") or ""  # ("本报告为2024年度…", "结合2024年…": no agency's place)
                found.append((named, _run_span(run, m.start("year"), _year_end(text, m.end("year"))), covers,
                              who, _run_span(run, m.start("who"), m.end("who")) if who else None))
    return found


#: the words before an agency's name in the preface that make it no other agency's: the agency itself (本局, 我镇),
#: every one (各), the whole (全县)
_OWN_WORDS = tuple("本我该全各")


def _prefaced_by_another(found, agency: str, signer: str, cosigners: Sequence[str]) -> Tuple[str, Optional[Span]]:
    """(name, span) of an agency the preface names the report as the report of ("现公布示例县民族宗教事务局2025年度
    政府信息公开工作年度报告", :func:`_preface_years`) when it is neither the title's agency nor one that signs it,
    by :attr:`Facts.signed_by_another`'s reading (an abbreviation, a place left out, the agency's office: the same);
    ("", None) when the preface names no agency, or the title none (a title read from a sentence, no agency's name)."""
    if not agency or not agency_like(_NOT_NAME.sub("", agency)):
        return "", None
    for *_, who, span in found:
        name = _compact(who).rstrip("的")
        if len(name) < 4 or name.startswith(_OWN_WORDS) or not agency_like(name):
            continue
        names = _names(name)  # (and its second name in brackets: "示例市城南办事处（城南园区）")
        if name.startswith("原"):  # the agency's name before a reform ("本报告反映原青石乡人民政府…"; 原阳县 read both ways)
            names += _names(name[1:])
        if any(_same_agency(a, n) for a in _names(agency) for n in names):
            continue
        if any(_same_agency(s, n) for signed in (signer, *cosigners) if signed for s in _names(signed, signed=True)
               for n in names):
            continue  # (the closing names it too: S106 says the title's agency and the closing's differ)
        return name, span
    return "", None


def _named_year(found: List[Tuple[int, Span, bool, str, Optional[Span]]], year: Optional[int]):
    """(year, span) of the year the preface names the report itself by (:func:`_preface_years`), when it is not
    ``year`` (the title's): "编制完成2023年度政府信息公开工作年度报告" over a report on 2022. None when every year the
    preface names itself by is ``year``, when it names two, or when it names none."""
    years = {y for y, *_ in found}
    if year is None or len(years) != 1 or year in years:
        return None
    return found[0][:2]


def _sentence_runs(paragraphs: Sequence[Paragraph]) -> List[List[Paragraph]]:
    """The paragraphs in runs a hard line break cut mid-sentence ("…现将示例镇人民政府2025年度政府信" / "息公开工作情况报告
    如下。"): a line that does not end a sentence runs on into the next."""
    runs: List[List[Paragraph]] = []
    for p in paragraphs:
        if runs and runs[-1][-1].text.rstrip()[-1:] not in "。！？!?；;：:" and len(runs[-1]) < 8:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _run_span(run: Sequence[Paragraph], start: int, end: int) -> Span:
    """The span of the run's joined text[start:end]: within one of its paragraphs, by its columns; else the lines it spans."""
    offset = 0
    first = last = None
    for p in run:
        n = len(p.text)
        if first is None and start < offset + n:
            first = (p, offset)
        if end <= offset + n:
            last = (p, offset)
            break
        offset += n
    if first is None or last is None:
        return run[0].span.to(run[-1].span)
    if first[0] is last[0]:
        return _sub_span(first[0], start - first[1], end - first[1])
    return first[0].span.to(last[0].span)


_YEAR_WORD = lazy(r"\s*年度?")


def _year_end(text: str, end: int) -> int:
    """The end of "2023年度" / "2023 年" whose digits end at ``end``."""
    m = _YEAR_WORD.match(text, end)
    return m.end() if m else end


def _period_elsewhere(report: Report) -> Optional[str]:
    """A period stated where paragraphs do not show it (a table cell holding the preamble, a
    statement broken around a table): the report's whole text, compacted. Only that a period is
    stated is taken from there, never its years."""
    text = report.text
    for word in ("统计", "期限", "1月1", "１月１", "一月一"):
        start = 0
        while True:
            i = text.find(word, start)
            if i == -1:
                break
            got = _period_in(_norm_period(text[max(0, i - 40):i + 160]))
            if got:
                return got[1]
            start = i + 1
    return None


def _data_this_year(report: Report) -> str:
    """"本报告所列数据均为本年度数据" anywhere in the report (a cell, a note under a table): the period
    stated, as the report's own year; the statement, or ""."""
    if "数据" not in report.text:
        return ""
    m = _DATA_THIS_YEAR.search("".join(report.text.split()))
    return m.group(0) if m else ""


# ----------------------------------------------------------------------------------------
# the closing date

#: a closing's date: in words or numerals ("2025年1月20日", "二〇二五年元月二十日") or with dots or dashes ("2025.1.20")
_CLOSING_DATE = (closing.YEAR + r"\s*年\s*(?:[\d一二三四五六七八九十]{1,2}|元)\s*月"
                 r"\s*[\d一二三四五六七八九十]{1,3}\s*日|" + closing.NUMERIC_DATE)
#: a closing line: the agency (or nothing) and the date, which may name its weekday ("2025年1月20日（星期一）")
_CLOSING = lazy(r"^(?P<who>.{0,40}?)[\s,，]*(?P<date>" + _CLOSING_DATE + r")"
                      r"(?:\s*(?:[（(](?:星期|周|礼拜)[一二三四五六日天][)）]|(?:星期|礼拜)[一二三四五六日天]))?(?:发布|印发)?[。.]?$")
#: a closing line the other way round, the date first and the agency after a space: "2026年1月20日　样例县商务局"
#: (the space between them may be gone: a Word file's or a PDF's text loses the space between two ideographs,
#: "2025年2月12日　示例县档案馆" read "2025年2月12日示例县档案馆", voices57o)
_DATE_FIRST = lazy(r"^(?P<date>" + _CLOSING_DATE + r")\s*(?P<who>[^\s\d].{0,39})$")


#: a closing date with a note after it on its line: "示例镇人民政府 2025年1月20日（此件公开发布）" (the note
#: is group 1); a note of a revision or a re-posting ("（2025年3月修订）") says the date is not the report's
_NOTE_AFTER_DATE = lazy(rf"{closing.DATE}[ ]*({closing.DATE_NOTE})[。.]?$")
_NOT_THE_REPORTS = lazy(closing.NOT_THE_REPORTS)


#: a closing line whose date names only the month: "示例镇人民政府 2025年2月", "二〇二五年二月"
_CLOSING_MONTH = lazy(r"^(?P<who>.{0,40}?)[\s,，]*" + closing.MONTH + r"[。.]?$")


def _month_of(m) -> Optional[Tuple[int, int]]:
    """(year, month) of a :data:`_CLOSING_MONTH` match, None when it is no month."""
    y, mo = m.group("y"), m.group("m")
    try:
        year = int(y) if y.isdigit() else int(_cn_digits(y))
        month = 1 if mo == "元" else (int(mo) if mo.isdigit() else _cn_number(mo))
    except (ValueError, KeyError):
        return None
    return (year, month) if 1 <= month <= 12 else None


#: where the seal goes, marked in the text: "（印章）", "(盖章)", "【公章】"
_SEAL = lazy(r"^[（(【\[]?" + closing.SEAL_WORD + r"[）)】\]]?$")
#: the seal's mark on the closing line itself, before or after the agency: "样例县…局（盖章） 2026年1月20日"
_SEAL_IN_LINE = lazy(r"^\s*" + closing.SEAL_MARK + r"\s*|\s*" + closing.SEAL_MARK + r"\s*$")


def _signer_beside(tail: Sequence[Paragraph], k: int) -> str:
    """The agency on its own line beside the closing date at ``tail[k]``: above it (the seal's mark
    may stand between: "（印章）"), else under it ("2025年1月20日" / "示例镇人民政府", the date above the
    agency); a name over two lines, its end alone on the second ("样例县示例镇" / "人民政府"), is read
    whole; the seal's mark beside the name on its line is no part of it ("示例镇人民政府（印章）"); ""
    when neither line is an agency's name."""
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(tail) and _SEAL.match(nfkc(tail[j].text).strip()):
            j += step  # the seal's mark between the agency and the date
        if not 0 <= j < len(tail):
            continue
        # a name over two lines, its end alone on the second ("样例县示例镇" / "人民政府")
        first, second = (j - 1, j) if step < 0 else (j, j + 1)
        if 0 <= first and second < len(tail) and _NAME_END_ALONE.fullmatch(_compact(tail[second].text)) \
                and _fragment(tail[first].text) and _NAME_START.search(_compact(tail[first].text)):
            return _compact(tail[first].text) + _compact(tail[second].text)
        name = _SEAL_IN_LINE.sub("", tail[j].text).strip()
        if name and _fragment(name) and _signer_like(name):
            return name
    return ""


#: an agency's second name in brackets after its first, ending the line: "…局（…局）"
_SECOND_NAME = lazy(r"[（(]([^（）()]+)[)）]$")


def _signer_like(name: str) -> bool:
    """A name that ends like an agency's, or does so before its second name in brackets ("样例市文化广电和旅游局
    （样例市文物局）": a bureau that holds two names signs with both)."""
    if agency_like(name):
        return True
    m = _SECOND_NAME.search(name)
    return m is not None and m.start() > 0 and agency_like(m.group(1)) and agency_like(name[:m.start()])


def _cosigners(paragraphs: Sequence[Paragraph], signer: str) -> Tuple[str, ...]:
    """The agencies named on the lines right above the signer's, each a name alone on its line: a closing
    signed by two bodies ("中共样例经济开发区工作委员会" / "样例经济开发区管理委员会" / date, or the other way
    round; a town's 党委 above its 人民政府). () when the signer's line is not found or none is above it."""
    name = _compact(signer)
    if not name:
        return ()
    tail = list(paragraphs[-12:])
    at = next((j for j in range(len(tail) - 1, -1, -1)
               if _compact(_SEAL_IN_LINE.sub("", tail[j].text)).startswith(name)), None)
    found = []
    for i in range((at or 0) - 1, max((at or 0) - 3, -1), -1):
        t = _SEAL_IN_LINE.sub("", tail[i].text).strip()
        if not (_fragment(t) and agency_like(t)):
            break
        found.append(t)
    return tuple(found)


#: the end of an agency's name alone on a line, its name's first part on the line above ("人民政府",
#: "办事处", "建设局", "管理中心"): the end word, with at most two characters before it and no place in it
_NAME_END_ALONE = lazy(rf"(?![\u4e00-\u9fff]*[省市县区镇乡旗州盟].)[\u4e00-\u9fff]{{0,2}}?{closing.AGENCY_END}")
#: the first part of an agency's name on a line of its own: words that name a place ("样例县示例镇",
#: "样例县住房和城乡")
_NAME_START = lazy(r"^(?=[\u4e00-\u9fff]*[省市县区镇乡旗州盟])[\u4e00-\u9fff]{2,16}$")


def _closing(paragraphs: Sequence[Paragraph]):
    """(date, span, signer, month) of the date the report closes with: a line that is only a date,
    or an agency and a date ("示例镇人民政府 2025年1月20日", or the date first: "2025年1月20日 示例镇人民政府"; the
    agency may hold its second name in brackets), among the last lines; page numbers and
    notes such as "（此件公开发布）" may follow it. A paragraph of prose after it means it is not the
    closing. A closing date of only a month ("2025年2月") gives no date, and (year, month) as month."""
    end = next((k for k in range(max(1, len(paragraphs) - 40), len(paragraphs))
                if _PAGE_END.match(nfkc(paragraphs[k].text).strip())), None)
    if end is not None:
        # a page's share and print buttons ("分享到：微信 微博【打印】【关闭】"): the article ends above them,
        # whatever the page lists after them (links to other reports, the site's menus and footer)
        closed = _closing(paragraphs[:end])
        if closed[1] is not None:
            return closed
    tail = list(paragraphs[-12:])
    for k in range(len(tail) - 1, -1, -1):
        p = tail[k]
        t = nfkc(p.text).strip().replace("\u3000", " ")
        if "](" in t:  # a page copied as Markdown: a link's words ("[【打印本页】](javascript:…)")
            t = _MARKDOWN_LINK.sub(r"\1", t)
        if len(t) <= 120 and (_AFTER_CLOSING.match(t) or ("。" not in t and _FOOTER.search(t))):
            continue  # "附件：…", "上一篇：…", "【打印本页】", "主办：…", "…网站标识码：…": after the closing, not the report
        if _PRINTED.search(t) and len(t) <= 60:
            continue  # "示例省公安厅办公室 2024年1月19日印发": the office's print line under the closing, not its date
        if _NOTE_AFTER.match(t):
            continue  # "i信息处理费按照《…》执行。", "注：…": a note printed after the closing (a Word file's endnote)
        if _furniture_wrapped(tail, k, t):
            continue  # "0000000" under "…联系电话：0000-": the rest of a footer's line a print wrapped
        if (t[:1] in "（(" or t[-1:] in ")）") and parse_date(_unbracketed(t)) is not None:
            t = _unbracketed(t)  # a date in brackets under the agency: "（2025年1月20日）", or one of them lost
        noted = _NOTE_AFTER_DATE.search(t) if len(t) <= 80 and "日" in t else None
        if noted is not None and not _NOT_THE_REPORTS.search(noted.group(1)):
            t = t[:noted.start(1)].rstrip()  # "2025年1月20日（此件公开发布）": the note set aside
        t = _agency_first(t)
        m = _CLOSING.match(t) if len(t) <= 60 else None
        if m:
            who = _SEAL_IN_LINE.sub("", m.group("who")).strip()
            d = parse_date(m.group("date"))
            if d is not None and (not who or _signer_like(who)):
                return d, p.span, who or _signer_beside(tail, k), None
        m = _CLOSING_MONTH.match(t) if len(t) <= 60 else None
        who = _SEAL_IN_LINE.sub("", m.group("who")).strip() if m else ""
        if m and (not who or agency_like(who)):
            month = _month_of(m)
            if month is not None:
                return None, p.span, who or _signer_beside(tail, k), month
        if "。" in t or len(t) > 40:
            break
        if not (_FURNITURE.match(t) or _fragment(t)):
            break
    return None, None, "", None


#: the print line of an official document under its closing ("…办公室 2024年1月19日印发")
_PRINTED = lazy(r"日\s*印\s*发\s*$")


#: a line of only a number's digits and dashes (a telephone's, a site's code): no date, no words
_NUMBER_REST = lazy(r"^[\d\s\-—－–]{4,}$")


def _furniture_wrapped(tail: Sequence[Paragraph], k: int, t: str) -> bool:
    """Is ``t`` (the line ``tail[k]``) the rest of the site's footer line above it, a number the
    page's print wrapped onto a line of its own ("主办单位：…联系电话：0000-" / "0000000": a web page
    printed by a browser on A5)? Then it stands after the closing as its line does; a date is no
    such rest."""
    if k == 0 or not _NUMBER_REST.match(t) or parse_date(t) is not None:
        return False
    above = nfkc(tail[k - 1].text).strip().replace("\u3000", " ")
    return len(above) <= 120 and bool(_AFTER_CLOSING.match(above))


def _unbracketed(t: str) -> str:
    """A line's text without the brackets around it: both ("（2025年1月20日）"), or the one a copy left
    when it lost the other ("2025年2月23日)", "(2025年2月23日")."""
    start = 1 if t[:1] in "（(" else 0
    end = len(t) - 1 if len(t) > start and t[-1:] in ")）" else len(t)
    return t[start:end].strip() if start or end < len(t) else t


#: a date in brackets closing the title's line: "样例县人民政府2023年政府信息公开工作年度报告（2024年2月28日）"
_TITLE_DATE = lazy(r"[（(]\s*(?P<date>" + closing.YEAR + r"\s*年[^（()）]{1,12}?日)\s*[)）]$")


def _dated_under_title(front: Sequence[Paragraph], title_span: Optional[Span],
                       in_year: int) -> Tuple[Optional[date], Optional[Span]]:
    """The date in ``in_year`` on a line of its own just under the title ("2025年1月20日",
    "（2025年1月20日）"), before the preamble's first sentence, or in brackets closing the title's line."""
    if title_span is None:
        return None, None
    for p in front:  # (or in brackets at the end of the title's last line: "…年度报告（2024年2月28日）")
        if p.span.line <= title_span.end_line <= p.span.end_line:
            t = nfkc(p.text).rstrip()
            m = _TITLE_DATE.search(t)
            d = parse_date(m.group("date")) if m else None
            if d is not None and d.year == in_year:
                return d, _sub_span(p, *m.span("date")) if len(t) == len(p.text) else p.span
    after = [p for p in front if p.span.line > title_span.end_line][:3]
    for p in after:
        t = _unbracketed(nfkc(p.text).strip().replace("\u3000", " "))
        m = _CLOSING.match(t) if len(t) <= 30 else None
        if m and not m.group("who").strip():
            d = parse_date(m.group("date"))
            if d is not None and d.year == in_year:
                return d, p.span
        if "。" in t:
            break
    return None, None


#: a sentence that says when the report is published: "本报告于2025年1月24日在示例镇人民政府网站公布";
#: not a deadline ("于每年1月31日前公布", "应于2025年1月31日前发布")
_SAYS_PUBLISHED = lazy(
    r"(?:本报告|本年度报告|年度报告|本年报)[^。；;]{0,30}?(?<!应)于(?P<date>" + closing.YEAR + r"年"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2}|元)月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)(?!前|之前|以前)"
    r"[^。；;前]{0,24}?(?:发布|公布|公开|印发|上网)")


#: the same with the date first: "2025年1月24日，本报告在示例镇人民政府网站公布" (not "2025年1月31日前，…")
_SAYS_PUBLISHED_ON = lazy(
    r"(?P<date>" + closing.YEAR + r"年(?:\d{1,2}|[一二三四五六七八九十]{1,2}|元)月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)[，,]?(?:本报告|本年度报告|年度报告|本年报)[^。；;前]{0,24}?"
    r"(?:发布|公布|公开|印发|上网)")


def _dated_in_text(paragraphs: Sequence[Paragraph], in_year: int) -> Tuple[Optional[date], Optional[Span]]:
    """The publication date in ``in_year`` a sentence of the report states (the first such)."""
    for p in paragraphs:
        if "报" not in p.text or "日" not in p.text:
            continue
        text = _compact(p.text)
        found = list(_SAYS_PUBLISHED_ON.finditer(text))
        if "于" in text:
            found = sorted(found + list(_SAYS_PUBLISHED.finditer(text)), key=lambda m: m.start("date"))
        for m in found:
            d = parse_date(m.group("date"))
            if d is None or d.year != in_year:
                continue
            i = p.text.find(m.group("date"))
            return d, (_sub_span(p, i, i + len(m.group("date"))) if i >= 0 else p.span)
    return None, None


def _published(report: Report) -> Optional[date]:
    v = report.source.get("published") if isinstance(report.source, dict) else None
    if not isinstance(v, str):
        return None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", v.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


#: a web page's line of metadata copied with its text: "发布时间：2025-02-10 09:30", "发布日期：2025年02月10日"
_PUBLISHED_LINE = lazy(page.PUBLISHED_KEY + r"\s*[：:|｜]?\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})(?!\d)")


#: at a copied page's end, a line of the page's own metadata: it opens with the key ("发布时间：2025-02-05"),
#: not a related article's title with its time after it ("示例镇…通知 发布时间：2025-04-10")
_OWN_METADATA = lazy(r"(?:" + page.PUBLISHED_KEY + r"|发文日期|成文日期)\s*[:：]")


def _published_in_front(front: Sequence[Block]) -> Optional[date]:
    """The publication time a web page's metadata line shows in the front matter of its text copy
    ("发布时间：2025-02-10 09:30　来源：…" above or under the title; a row of its metadata table,
    "成文日期 | 发布日期 | 2025-04-06"), None when no line does."""
    texts = (t for b in front for t in ((b.text,) if isinstance(b, Paragraph) else
                                        (" | ".join(c.text for c in r.cells) for r in b.rows)))
    for text in texts:
        if "日期" not in text and "时间" not in text:
            continue
        m = _PUBLISHED_LINE.search(nfkc(text))
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


#: an agency's former name, after 原: "原样例县农业局", "由原县农业局更名组建"
_FORMER = lazy(r"原([^\s，,。；;、：:（）()“”《》]{2,24}?(?:局|委员会|委|办公室|办|中心|厅|署|院|站|队|人民政府|政府|办事处))"
               r"(?!长|[和与及、]|等|[^\W\d_]{0,2}(?:长|主任|书记))")
#: what makes a sentence about a former name say the agency was renamed or reorganised
_RENAMED = lazy(r"机构改革|更名|改名|组建|划入|划转|整合|撤并|撤乡设镇|撤镇设街道?|改设|改为")
#: a sentence that lists several bodies before the reorganisation verb: a merger
_MERGED_BODIES = lazy(r"(?:局|委员会|委|办公室|办|中心|政府|办事处)[、和与及]")
#: a body taken into the agency, which was there before ("原示例区乡村振兴局划入本局"): another body's reports, not
#: the agency's under a former name (its last year's report was paired with the agency's, voices57q)
_ABSORBED = lazy(r"(?:划入|并入|划归|纳入|整体划转(?:至|到)?)(?:本|我)(?:局|委|办|厅|署|中心|单位|机关|部门)")


_PLACE_UNIT = lazy(r"街道|[省市县区旗州盟乡镇]")


def _same_place(a: str, b: str) -> bool:
    """Two names that begin with the same place (its level may differ: 示例乡 became 示例镇, 示例镇
    became 示例街道 when 撤镇设街道)."""
    m = re.match(r"^([^\W\d_]+?)(?:街道|[省市县区旗州盟乡镇])", b)
    if m is None:
        return False
    stem = m.group(1)
    return a.startswith(stem) and _PLACE_UNIT.match(a, len(stem)) is not None


def _formers(agency: str, paragraphs: Sequence[Paragraph]) -> Tuple[Tuple[str, ...], bool]:
    """The agency's former names, from sentences that say it was renamed or reorganised ("原县农业局" with the
    agency's place: 样例县农业局), and whether a sentence names several bodies merged into it."""
    if not agency:
        return (), False
    found: List[str] = []
    merged = False
    for p in paragraphs:
        if "原" not in p.text:
            continue
        for sentence in re.split(r"[。；;！!？?]", _compact(p.text)):
            if "原" not in sentence or not _RENAMED.search(sentence):
                continue
            names = [n for m in _FORMER.finditer(sentence) for n in _apart(m.group(1))]
            merged = merged or bool((_MERGED_BODIES.search(sentence) or _ABSORBED.search(sentence)) and names)
            for name in names:
                if name[0] in "省市县区旗" and name[0] in agency and agency.find(name[0]) > 0:
                    name = agency[:agency.find(name[0]) + 1] + name[1:]  # "原县农业局": the agency's own place
                if name == agency or not agency_like(name) or not _same_place(name, agency):
                    continue
                if name not in found:
                    found.append(name)
    return tuple(found), merged


def _apart(name: str) -> List[str]:
    """The bodies a former name read whole holds joined ("样例市文化和旅游局与原样例市广播电视局": the two), each an
    agency's name; not a name with 和 inside it ("文化和旅游局")."""
    for m in re.finditer(r"[和与及、]原?", name):
        first, rest = name[:m.start()], name[m.end():]
        if agency_like(first) and agency_like(rest):
            return [first] + _apart(rest)
    return [name]


def _former(formers: Tuple[Tuple[str, ...], bool]) -> Tuple[str, ...]:
    """The agency's one former name (``Facts.former``) of :func:`_formers`: () when several bodies were merged into
    it (none of them alone is last year's) or it names more than one."""
    found, merged = formers
    return found if len(found) == 1 and not merged else ()


def _agency_first(t: str) -> str:
    """A closing line written date first ("2026年1月20日　样例县商务局") as :data:`_CLOSING` reads it, the agency first;
    any other line as it is."""
    m = _DATE_FIRST.match(t) if len(t) <= 60 else None
    if m and _fragment(m.group("who")) and _signer_like(_SEAL_IN_LINE.sub("", m.group("who")).strip()):
        return m.group("who") + " " + m.group("date")
    return t


def _closing_row(report: Report) -> Optional[Paragraph]:
    """The closing line a tab parts, the agency on the left and the date on the right ("样例县商务局\t2026年1月20日",
    as a document aligns them with a tab stop), which the parser reads as a table of one row: as a line, when it is
    the report's last block and its cells hold no more than an agency and a date (the seal's mark aside). None else."""
    if not report.sections or not report.sections[-1].blocks:
        return None
    last = report.sections[-1].blocks[-1]
    if not isinstance(last, Table) or len(last.rows) != 1:
        return None
    cells = [c for c in last.rows[0].cells if c.text.strip()]
    if not 2 <= len(cells) <= 3:
        return None
    text = _agency_first(" ".join(nfkc(c.text).strip() for c in cells))
    m = _CLOSING.match(text) if len(text) <= 60 else None
    who = _SEAL_IN_LINE.sub("", m.group("who")).strip() if m else ""
    if m is None or not who or not _signer_like(who) or parse_date(m.group("date")) is None:
        return None
    return Paragraph(text, last.rows[0].span)


def _before_annex(paragraphs: Sequence[Paragraph]) -> Sequence[Paragraph]:
    """The paragraphs before an annex printed after the closing date ("2025年1月17日" / "附件" / the
    tables' captions, notes and 数据来源 lines, however many): the report closes there. Else all.
    The lines above the annex's heading close the report as they close one without an annex (what
    :func:`_closing` reads): the date alone, or after the agency on its line ("样例县…局 2025年1月17日"),
    above the agency ("2025年1月17日" / "样例县…局"), with a note or its weekday after it, or with a
    page's furniture under it before the annex ("扫一扫在手机打开当前页", "- 5 -", "【打印本页】"). The annex
    may have no heading: its first table's caption ("表1 …统计表") then opens it."""
    for k in range(len(paragraphs) - 1, max(0, len(paragraphs) - 60), -1):
        t = paragraphs[k].text
        headed = t.lstrip()[:1] == "附" and ANNEX_LINE.match(t) is not None
        if headed or paragraphs[k].kind == "caption" or (t.lstrip()[:1] == "表" and TABLE_CAPTION.match(t)):
            before = nfkc(paragraphs[k - 1].text).strip() if k else ""
            if headed and len(before) <= 30 and parse_date(before) is not None:
                return paragraphs[:k]
            closed, _, signer, month = _closing(paragraphs[:k])
            # (above a caption with no annex's heading, only a signed closing: a date alone above a
            # table inside the report, "2024年12月31日" over 表二, closes nothing)
            if (closed is not None or month is not None) and (headed or signer):
                return paragraphs[:k]
    return paragraphs


def _up_to(paragraphs: Sequence[Paragraph], last: Paragraph) -> Sequence[Paragraph]:
    """The paragraphs up to ``last`` (the date of the closing the grammar found inside the report,
    tables after it: ``Report.closing``), or none when it is not among them."""
    for k in range(len(paragraphs) - 1, -1, -1):
        if paragraphs[k].span == last.span:
            return paragraphs[:k + 1]
    return ()


def extract_facts(report: Report) -> Facts:
    title, title_span = _title(report)
    year = None
    agency = ""
    if title:
        t = _compact(title)
        year = _year_of(t)
        agency = _agency_of(t)
    paragraphs = [b for b in report.front if isinstance(b, Paragraph)]
    for s in report.sections:
        paragraphs.extend(s.paragraphs)
    closing_row = _closing_row(report)
    if closing_row is not None:
        paragraphs.append(closing_row)
    period = period_span = None
    period_text = ""
    got = _period(paragraphs)
    if got:
        period, period_span, period_text = got
    else:
        period_text = _period_elsewhere(report) or _data_this_year(report)
    preface = _preface_years(report)
    covered = {y for y, _, covers, *_ in preface if covers}
    cutoff = cutoff_span = None
    if period is None and period_span is not None:
        m = _PERIOD_CUTOFF.search(_norm_period(period_text))
        if m:  # the data counted up to the end of that year: the year's figures (FORMAT.md)
            cutoff, cutoff_span = int(m.group(1)), period_span
    closing, closing_span, signer, month = _closing(_before_annex(paragraphs))
    if closing is None and month is None and report.closing:
        closing, closing_span, signer, month = _closing(_up_to(paragraphs, report.closing[-1]))
    month_span = closing_span if month is not None else None
    noted = _noted_year(paragraphs, period[1]) if period and period[0] == period[1] else None
    cosigners = _cosigners(_before_annex(paragraphs), signer) if signer else ()
    if not cosigners and signer and report.closing:
        cosigners = _cosigners(_up_to(paragraphs, report.closing[-1]), signer)
    if month is not None:
        closing_span = None
    title_year = year
    if year is None and period:
        year = period[0]
    date_said = ""
    if closing is None and month is None and year is not None:
        # no closing date: a date under the title, else one a sentence states; only in the year after
        # the report's (not "2023年度报告于2024年1月25日公布", said in the report on 2024)
        front = [b for b in report.front if isinstance(b, Paragraph)]
        closing, closing_span = _dated_under_title(front, title_span, year + 1)
        date_said = "" if closing is None else "in_title" if closing_span.line <= title_span.end_line else "title"
        if closing is None:
            closing, closing_span = _dated_in_text(paragraphs, year + 1)
            date_said = "text" if closing is not None else ""
    formers = _formers(agency or signer, [b for b in report.front if isinstance(b, Paragraph)]
                       + (list(report.sections[0].paragraphs) if report.sections else []))
    level = agency_level(agency) if agency else None
    if level is None and not agency and signer:
        level = agency_level(signer)
    level_said = _level_said(paragraphs) if level is None and not agency and not signer else ""
    if level_said:
        level = "乡镇/街道"
    return Facts(title, title_span, agency, year, period, period_span, closing, closing_span,
                 level, _published(report) or _published_in_front(report.front) or _published_in_front(
                     [p for p in paragraphs[-6:] if _OWN_METADATA.match(p.text.strip())]), period_text, signer, title_year, cutoff, cutoff_span,
                 _former(formers), date_said, month, month_span, cosigners, *(noted or (None, None)), formers[0],
                 *(_named_year(preface, title_year if title_year is not None else year) or (None, None)), level_said,
                 covered.pop() if len(covered) == 1 else None, *_prefaced_by_another(preface, agency, signer, cosigners),
                 _short_period(period_text) if period is None and period_text else None, _opening_year(report),
                 _succeeded(agency, signer, [b for b in report.front if isinstance(b, Paragraph)]
                            + (list(report.sections[0].paragraphs) if report.sections else [])))


#: what a sentence says when an agency's work passes to another: abolished, set up, renamed, merged, its duties
#: moved, its report published by the other
_SUCCESSION = lazy(r"撤销|撤并|更名|改名|改为|改设|划入|划转|并入|合并|整合|代为|撤乡设镇|撤镇设街道?")
#: a place's upper levels before an agency's own name ("样例县青石乡": 青石乡), left out in a sentence
_UPPER_PLACES = lazy(r"^(?:[^\W\d_]{1,8}?[省市州盟])?(?:[^\W\d_]{1,6}?[县区旗])?")


def _succeeded(agency: str, signer: str, paragraphs: Sequence[Paragraph]) -> bool:
    """:attr:`Facts.succeeded`: a sentence of the preface or of 一 names the title's agency and the signer (each
    without its kind's ending, its place's upper levels left out or not, three characters or more) and what passes
    one's work to the other (:data:`_SUCCESSION`; not 设立 or 组建 alone: "设立政务公开专栏", "组建工作专班")."""
    if not agency or not signer:
        return False
    forms = []
    for name in (agency, signer):
        core = _agency_core(name)
        own = core[_UPPER_PLACES.match(core).end():]
        forms.append({f for f in (core, own) if len(f) >= 3})
    if forms[0] & forms[1] or not all(forms):
        return False
    for p in paragraphs:
        text = _compact(p.text)
        if not _SUCCESSION.search(text):
            continue
        for sentence in re.split(r"[。；;！!？?]", text):
            if _SUCCESSION.search(sentence) and all(any(f in sentence for f in fs) for fs in forms):
                return True
    return False


#: a paragraph opening with a year and what says the year's work follows ("2024年，", "2024年度，",
#: "2024年以来，", "2024年, ")
_YEAR_OPENS = lazy(r"[ \u3000\xa0]*((?:19|20)\d\d)年(?:度)?(?:以来|来)?[ \u3000\xa0]*[，,]")


def _opening_year(report: Report) -> Optional[int]:
    """:attr:`Facts.opening_year`: of the first paragraph of section 一 (before any other)."""
    for s in report.sections:
        if s.number == 1:
            for b in s.blocks:
                if isinstance(b, Paragraph):
                    m = _YEAR_OPENS.match(b.text)
                    return int(m.group(1)) if m else None
            return None
    return None
