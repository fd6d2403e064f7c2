"""Invented source reports that vary what real reports vary and the first four sources do not.

Each is built from the repository's invented fixtures (tabs_2024.txt, tabs_2020_trial.txt), with
another agency and level (a county government, a city department, a township on the 2019 trial
format), other wordings of the 信息处理费 statement, prose figures said other ways (Chinese
numerals, 同比, 占比, 新收 plus 结转), captions and notes around the tables, sub-headings run in
with their text, a signature in Chinese numerals, contact details and attachments. Nothing here
comes from a real report: every sentence is written for this file.

``NUMBERED`` names the sources whose Word documents number the section headings with Word's list
numbering (the numeral is then no part of the text). ``FURNITURE`` gives the page header and footer a source's Word documents carry (a running title
and the page number as a field, "— 3 —" or "第3页 共8页"), so that LibreOffice's PDF puts them
into the text between the rows of a table, as printed reports do.
"""
from __future__ import annotations

from typing import Dict, Tuple

from .sources import FIXTURES, _replace

_PRE = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求，编制本报告。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。"
_ONE = """一、总体情况
2024年，示例镇人民政府坚持以公开为常态、不公开为例外，扎实做好政府信息公开工作。
（一）主动公开。全年通过镇政府网站和公开栏主动公开政府信息310条。
（二）依申请公开。本年度共收到政府信息公开申请13件，均在法定期限内答复。
（三）政府信息管理。落实信息发布审核制度，定期清理过期信息。
（四）平台建设。完善政府网站信息公开专栏，及时更新公开目录。
（五）监督保障。本年度发生行政复议2件，未发生因政府信息公开工作被追责的情况。"""
_FIVE = "一是公开内容的解读不够深入，二是基层公开栏更新不够及时。下一步将加强政策解读，建立公开栏定期更新台账。"


#: a table of contents: the six headings with dot leaders and page numbers
_CONTENTS = "目  录\n" + "\n".join(f"{h}…………………………{p}" for h, p in (
    ("一、总体情况", 1), ("二、主动公开政府信息情况", 2), ("三、收到和处理政府信息公开申请情况", 2),
    ("四、政府信息公开行政复议、行政诉讼情况", 3), ("五、存在的主要问题及改进情况", 4), ("六、其他需要报告的事项", 4))) + "\n"


def county() -> str:
    """样例县人民政府's 2024 report: a county government's own report, title on two lines, a table of
    contents, the
    period stated with a contact address after it, figures in Chinese numerals and with 同比/占比,
    captions above the tables and a note under 表三, 五 in two sub-headed parts, 六 saying the fee
    was 0元 and reporting other business with its own counts, signed in February (a county's
    deadline is 2月20日)."""
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    return _replace(text, [
        ("示例镇人民政府2024年政府信息公开工作年度报告", "样例县人民政府\n2024年政府信息公开工作年度报告"),
        (_PRE, _CONTENTS + "本报告根据《中华人民共和国政府信息公开条例》要求，由样例县人民政府办公室编制。"
               "本报告中所列数据的统计期限为2024年1月1日至2024年12月31日。如对本报告有疑问，"
               "请与样例县人民政府办公室联系（地址：样例县城关镇人民路1号，邮编：000000，电话：0000-0000000）。"),
        (_ONE, "一、总体情况\n"
               "2024年，样例县人民政府认真贯彻落实《条例》，围绕县委县政府中心工作，持续推进政府信息公开。\n"
               "（一）主动公开\n全年在县政府门户网站主动公开政府信息三千一百余条，同比增长百分之十二。"
               "制发行政规范性文件3件，均按规定向社会公开。\n"
               "（二）依申请公开\n全年共收到政府信息公开申请十三件，较上年增长18.2%，其中予以公开5件，占比38.5%；"
               "上年结转1件，结转下年度继续办理1件。\n"
               "（三）政府信息管理\n严格执行公开前保密审查，全年清理过期失效信息若干条。\n"
               "（四）平台建设\n优化县政府门户网站政府信息公开专栏，栏目设置与省市保持一致。\n"
               "（五）监督保障\n全年因政府信息公开工作被申请行政复议两件、被提起行政诉讼一件，"
               "未发生因政府信息公开工作被追责的情况。"),
        ("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n表一 主动公开政府信息情况\n"),
        ("三、收到和处理政府信息公开申请情况\n", "三、收到和处理政府信息公开申请情况\n表二 收到和处理政府信息公开申请情况\n"),
        ("四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n",
         "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n注：本表数据来源于县政府办公室依申请公开登记台账。\n"),
        ("四、政府信息公开行政复议、行政诉讼情况\n",
         "四、政府信息公开行政复议、行政诉讼情况\n表三 政府信息公开行政复议、行政诉讼情况\n"),
        (_FIVE, "（一）存在的主要问题\n一是部分单位政策解读形式较为单一，二是个别栏目信息更新不够及时。\n"
                "（二）改进措施\n下一步，将丰富图表、视频等解读形式，建立栏目更新提醒和定期通报制度。"),
        ("本年度未收取信息处理费。", "（一）信息处理费收取情况\n本机关2024年度共收取信息处理费0元。\n"
                              "（二）人大代表建议和政协提案办理情况\n全年共承办县人大代表建议十二件、政协提案九件，已全部办结。"),
        ("示例镇人民政府\n2025年1月20日", "样例县人民政府\n2025年2月10日"),
    ])


def bureau() -> str:
    """示例市生态环境局's 2024 report: a city department, the title with 年度 twice, 一 with bold
    run-in sub-titles that end in a colon, 新收 and 结转 said together, 表四's figures in words
    (诉讼 none), a fee statement with 没有 and 任何费用, signed in Chinese numerals, an attachment
    line after the date."""
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    return _replace(text, [
        ("示例镇人民政府2024年政府信息公开工作年度报告", "示例市生态环境局2024年度政府信息公开工作年度报告"),
        (_PRE, "本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室"
               "关于年度报告格式的要求编制。报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
               "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
               "本报告所列数据统计期限自2024年1月1日至2024年12月31日。"),
        (_ONE, "一、总体情况\n"
               "2024年，示例市生态环境局以公开为常态、不公开为例外，推进生态环境领域信息公开。\n"
               "主动公开方面：全年在局门户网站发布环境质量、行政许可、行政处罚等信息三百一十条。\n"
               "依申请公开方面：本年度新收政府信息公开申请13件，上年结转1件；办结13件，结转下年度继续办理1件。"
               "申请内容主要涉及建设项目环评审批、企业排污许可等。\n"
               "政府信息管理方面：落实“三审三校”制度，全年未发生失泄密事件。\n"
               "平台建设方面：完善局门户网站“政府信息公开”专栏，及时更新机构职能、政策文件等内容。\n"
               "监督保障方面：本年度因政府信息公开被申请行政复议2件，无行政复议被纠错情况。"),
        (_FIVE, "2024年，我局政府信息公开工作仍存在一些不足：政策解读的针对性还不够强，依申请公开答复的规范性有待提高。"
                "2025年，我局将加强业务培训，规范答复文书，提升政策解读质量。"),
        ("本年度未收取信息处理费。", "本年度本机关没有向申请人收取任何费用，未收取信息处理费。"),
        ("示例镇人民政府\n2025年1月20日", "示例市生态环境局\n二〇二五年一月二十日\n"
                                  "附件：示例市生态环境局2024年度政府信息公开工作年度报告（图解版）"),
    ])


def township_2019() -> str:
    """某某乡人民政府's 2019 report on the trial format: the six sections numbered "（一）" … "（六）"
    like sub-items, 六 says only 无 (the trial format asks no fee statement), the applications said
    with 受理 and 依申请公开, dated in January."""
    text = (FIXTURES / "tabs_2020_trial.txt").read_text("utf-8")
    text = text.replace("2020", "2019").replace("2021年1月", "2020年1月")
    six_start = text.index("六、其他需要报告的事项\n") + len("六、其他需要报告的事项\n")
    six_end = text.index("\n", six_start)
    text = text[:six_start] + "无。" + text[six_end:]
    heads = [(f"{n}、{t}\n", f"（{n}）{t}\n") for n, t in zip("一二三四五六", (
        "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
        "存在的主要问题及改进情况", "其他需要报告的事项"))]
    return _replace(text, heads + [
        ("示例镇人民政府", "某某乡人民政府"), ("镇政府网站", "乡政府网站"),
        ("本年度共收到政府信息公开申请13件，均在法定期限内答复。",
         "全年共受理依申请公开十三件，按时答复率百分之百。"),
    ])


#: defects in the county's wording, one finding each: a prose figure that contradicts 表三 (N601), a
#: period of another year (P701), 六 with no fee statement (F401), signed after 2月20日 (P702)
COUNTY_DEFECTS = [
    ("全年共收到政府信息公开申请十三件", "全年共收到政府信息公开申请十五件"),
    ("统计期限为2024年1月1日至2024年12月31日", "统计期限为2023年1月1日至2023年12月31日"),
    ("（一）信息处理费收取情况\n本机关2024年度共收取信息处理费0元。\n", ""),
    ("2025年2月10日", "2025年3月2日"),
]


def county_defects() -> str:
    """样例县人民政府's report (:func:`county`) with a defect in its prose, its period, its 六 and
    its date: the findings must come out of every rendering as they come out of the text."""
    return _replace(county(), COUNTY_DEFECTS)


def tax() -> str:
    """国家税务总局样例县税务局's 2024 report: a department under national vertical management, its
    title on two lines, the period as 2024年1月1日至12月31日, 一 with figures of the whole county's tax
    system (in Chinese numerals), 1.2万余条, 二十余篇, 超过3000人次, the applications said with 同比
    and last year's figure in brackets and 上年结转 after them, results listed after 其中, the figures
    of both levels of the system (市县两级), reviews none corrected and a lawsuit corrected, 五 with
    上年度问题整改情况, 六 in three sub-parts (the fee, 人大建议政协提案, 年度工作要点)."""
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    return _replace(text, [
        ("示例镇人民政府2024年政府信息公开工作年度报告", "国家税务总局样例县税务局\n2024年政府信息公开工作年度报告"),
        (_PRE, "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国家税务总局有关要求编制，"
               "由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
               "存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告所列数据统计期限为2024年1月1日至12月31日。"),
        (_ONE, "一、总体情况\n"
               "2024年，国家税务总局样例县税务局在上级税务机关和县委县政府的领导下，认真贯彻落实《条例》，"
               "推进税务领域政务公开。全县税务系统共有在职干部一百二十三人。\n"
               "（一）主动公开\n全年通过县局网站、微信公众号等渠道主动公开各类信息1.2万余条，较上年增长约15%；"
               "发布税费优惠政策解读二十余篇，开展纳税人学堂12期、培训纳税人超过3000人次。\n"
               "（二）依申请公开\n本年度新收政府信息公开申请13件，同比增加2件（2023年为11件），上年结转1件。"
               "其中予以公开5件、部分公开1件、不予公开1件、无法提供4件、不予处理2件，结转下年度继续办理1件。"
               "按时答复率100%。市县两级税务机关共受理政府信息公开申请86件。\n"
               "（三）政府信息管理\n严格落实公开属性源头认定和保密审查，全年未发生失泄密事件。\n"
               "（四）平台建设\n依托上级局统一的网站集约化平台，及时更新“政府信息公开”专栏。\n"
               "（五）监督保障\n本年度因政府信息公开被申请行政复议两件，均未被纠错；被提起行政诉讼一件，被法院判决纠正一件。"),
        (_FIVE, "（一）上年度问题整改情况\n针对2023年报告提出的政策解读形式单一问题，本年度制作图解、短视频解读12件，已整改到位。\n"
                "（二）存在的主要问题\n一是依申请公开答复文书的规范性有待提高，二是基层分局公开人员业务能力参差不齐。\n"
                "（三）改进措施\n下一步，我局将制定答复文书范本，每半年组织一次业务培训。"),
        ("本年度未收取信息处理费。", "（一）信息处理费收取情况\n根据《政府信息公开信息处理费管理办法》，本局2024年度未收取信息处理费。\n"
                                "（二）人大代表建议和政协提案办理情况\n本年度共承办人大代表建议3件、政协提案2件，均已按期办结，满意率100%。\n"
                                "（三）年度政务公开工作要点落实情况\n按照上级局年度政务公开工作要点，逐项落实各项任务。"),
        ("示例镇人民政府\n2025年1月20日", "国家税务总局样例县税务局\n2025年1月24日"),
    ])


def street() -> str:
    """样例市样例区新华街道办事处's 2024 report: a street office, the period as 报告期, 一 numbered
    1.…5. with run-in titles, 近三百条 and 一百余条, the applications in Chinese numerals with channels
    in brackets, 占比 and 与上年持平, the residents' queries of its communities (辖区各社区), 五 as
    主要问题/改进情况 in one paragraph, the fee statement and 无其他需要报告的事项 in 六, dated in January."""
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    return _replace(text, [
        ("示例镇人民政府2024年政府信息公开工作年度报告", "样例市样例区新华街道办事处2024年度政府信息公开工作年度报告"),
        (_PRE, "按照《中华人民共和国政府信息公开条例》要求，现公布新华街道办事处2024年度政府信息公开工作年度报告。"
               "报告期为2024年1月1日至2024年12月31日。"),
        (_ONE, "一、总体情况\n"
               "2024年，新华街道办事处在区委区政府的正确领导下，坚持以公开为常态、不公开为例外。\n"
               "1.主动公开：全年通过区政府门户网站街道专栏、政务公开栏发布信息近三百条，其中街道工作动态一百余条。\n"
               "2.依申请公开：全年共收到政府信息公开申请十三件（含网上申请九件、当面申请四件），"
               "予以公开五件，占比38.5%，与上年持平；无法提供四件，主要原因是本机关不掌握相关信息。"
               "辖区各社区共受理居民信息查询事项二百余件。\n"
               "3.政府信息管理：严格执行“三审三校”制度。\n"
               "4.平台建设：更新政务公开栏12次。\n"
               "5.监督保障：全年发生政府信息公开行政复议2件，未出现被纠错情况；行政诉讼1件，被判决纠正；无责任追究情况。"),
        (_FIVE, "主要问题：公开栏内容更新不够及时，政策解读不够通俗。改进情况：已建立公开栏月度更新台账，"
                "2025年将进一步丰富解读形式。"),
        ("本年度未收取信息处理费。", "本街道在办理政府信息公开申请过程中，没有向申请人收取信息处理费。"
                                "本年度无其他需要报告的事项。"),
        ("示例镇人民政府\n2025年1月20日", "样例市样例区新华街道办事处\n2025年1月16日"),
    ])


def zone() -> str:
    """样例经济技术开发区管理委员会's 2024 report: a development zone's committee, the title on three
    lines with （2024年度）, one paragraph of 一 holding 制发/废止/现行有效, 受理14件 with its new and
    carried-over parts in brackets, 表二's decisions in prose, reviews with their results in brackets,
    a corrected lawsuit; 六 says 无 and the fee statement stands after it as the closing sentence."""
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    return _replace(text, [
        ("示例镇人民政府2024年政府信息公开工作年度报告", "样例经济技术开发区管理委员会\n政府信息公开工作年度报告\n（2024年度）"),
        (_PRE, "本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在管委会门户网站下载。"),
        (_ONE, "一、总体情况\n"
               "本年度，管委会围绕优化营商环境，扎实推进政务公开。"
               "全年主动公开信息超过五百条，发布招商引资政策3项。制发行政规范性文件3件，废止1件，现行有效12件。"
               "共受理政府信息公开申请14件（其中本年新收13件、上年结转1件），已办结13件，1件因需征求第三方意见结转下年度办理。"
               "作出行政许可决定120件、行政处罚35件，均按规定在“双公示”平台公开。"
               "全年共发生行政复议2件（维持1件，尚未审结1件）、行政诉讼1件，行政诉讼被纠错1件。"),
        (_FIVE, "存在的问题主要有：一是部分公开内容不够及时；二是解读质量有待提高。"
                "改进措施：一是建立信息发布督办机制；二是邀请专家参与政策解读。"),
        ("六、其他需要报告的事项\n本年度未收取信息处理费。", "六、其他需要报告的事项\n无。\n\n本机关2024年度未收取政府信息公开信息处理费。"),
        ("示例镇人民政府\n2025年1月20日", "样例经济技术开发区管理委员会\n2025年1月27日"),
    ])


#: defects in the tax report's prose and layout, one finding each: a new-applications figure before
#: 同比 and 上年结转 (N601), 无法提供 after 其中 (N601), 五 and 六 merged under one heading (S103), signed
#: after 1月31日 (P702)
TAX_DEFECTS = [
    ("本年度新收政府信息公开申请13件", "本年度新收政府信息公开申请15件"),
    ("无法提供4件", "无法提供3件"),
    ("五、存在的主要问题及改进情况\n", "五、存在的主要问题、改进情况及其他需要报告的事项\n"),
    ("六、其他需要报告的事项\n", ""),
    ("国家税务总局样例县税务局\n2025年1月24日", "国家税务总局样例县税务局\n2025年2月24日"),
]


def tax_defects() -> str:
    """The tax report (:func:`tax`) with defects in its prose, its headings and its date."""
    return _replace(tax(), TAX_DEFECTS)


SOURCES = {"county": county, "bureau": bureau, "township2019": township_2019, "county-defects": county_defects,
           "tax": tax, "street": street, "zone": zone, "tax-defects": tax_defects}

#: the sources whose Word documents number the six section headings with Word's list numbering
NUMBERED = {"bureau", "zone"}

#: source → (page header text, page footer: "dash" for "— N —", "of" for "第N页 共M页")
FURNITURE: Dict[str, Tuple[str, str]] = {
    "county": ("样例县人民政府2024年政府信息公开工作年度报告", "dash"),
    "county-defects": ("样例县人民政府2024年政府信息公开工作年度报告", "dash"),
    "bureau": ("", "of"),
    "tax": ("国家税务总局样例县税务局2024年政府信息公开工作年度报告", "of"),
    "tax-defects": ("国家税务总局样例县税务局2024年政府信息公开工作年度报告", "of"),
    "street": ("", "dash"),
}

# the frame's sources (titles over three lines, Chinese-numeral dates, 统计时限; hunt10)
from .frame import SOURCES as _FRAME_SOURCES  # noqa: E402

SOURCES.update(_FRAME_SOURCES)
