"""Invented reports in voices the other sources do not have: a county 卫生健康局, 教育局 and 公安局, a
自然资源和规划局, a 乡 with nothing to report, a city government office reporting for the whole city
and a street office in a big city. Each says its figures the ways staff write them: Chinese
numerals (十三件、两件), 同比 and 较上年 changes, percentages, ranges, figures in brackets, 其中
breakdowns, figures of another table or of last year, zero said in words (无、未发生、均未、零), and
the 信息处理费 statement worded as offices word it (未收取任何费用、不存在收费情况、均未收费、
收费0元、0.00万元, in 四 or 一 as well as 六, as a row of a small table).

Every sentence is written for this file; nothing comes from a real report. The tables are those
of tests/fixtures/tabs_2024.txt (表三: 新收13, 上年结转1, 予以公开5, 部分公开1, 不予公开1, 无法提供4,
不予处理2, 总计13, 结转下年度1; 表四: 行政复议2 (维持1, 尚未审结1), 直接起诉1 (纠正1)), or all zero
for the 乡 (:func:`nothing`). A clean voice gives no finding; ``DEFECTS`` seeds one defect each.
"""
from __future__ import annotations

import re
from typing import Dict

from . import varied
from .sources import FIXTURES, _replace

_TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"
_ONE = varied._ONE.split("\n", 1)[1]  # (varied's 一, without its heading)
_FIVE = varied._FIVE
_SIX = "本年度未收取信息处理费。"
_SIGNED = "示例镇人民政府\n2025年1月20日"


def _voice(agency: str, one: str, five: str = _FIVE, six: str = _SIX, signed: str = "2025年1月20日",
           extra=()) -> str:
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    return _replace(text, [(_TITLE, f"{agency}2024年政府信息公开工作年度报告"), (_ONE, one), (_FIVE, five),
                           (_SIX, six), (_SIGNED, f"{agency}\n{signed}"), *extra])


def health() -> str:
    """样例县卫生健康局: figures in Chinese numerals with 较上年 changes, a 其中 breakdown by applicant,
    every result said in one sentence, zero said as 无…被纠错, the fee as 依申请公开工作中没有收取信息处理费."""
    return _voice("样例县卫生健康局", (
        "2024年，县卫生健康局在县委、县政府的领导下，把政府信息公开作为推进健康样例建设的重要抓手。\n"
        "（一）主动公开情况。全年主动公开政府信息四百二十六条，较上年增加五十八条，其中医疗卫生机构"
        "执业登记、公共场所卫生许可等行政许可信息一百二十条。全年制发行政规范性文件三件。\n"
        "（二）依申请公开情况。全年共收到政府信息公开申请十三件，较上年增加3件，上年结转一件。"
        "其中自然人申请十件，法人或其他组织申请三件。办理结果为：予以公开五件，部分公开一件，不予公开一件，"
        "无法提供四件，不予处理两件，结转下年度继续办理一件。\n"
        "（三）政府信息管理情况。严格落实“三审三校”制度，全年未发生泄密事件。\n"
        "（四）平台建设情况。依托县政府门户网站卫生健康专栏发布信息，同步在“健康样例”微信公众号推送。\n"
        "（五）监督保障情况。全年因政府信息公开被申请行政复议两件、被提起行政诉讼一件，其中行政复议维持一件，"
        "另一件尚在审理中；无责任追究情况。"),
        five=("（一）存在的问题\n基层医疗卫生机构公开意识不强，部分公开内容专业性强、群众不易理解。\n"
              "（二）改进情况\n2025年将开展基层医疗卫生机构信息公开培训，对专业性较强的文件配发图解。"),
        six="依申请公开工作中没有收取信息处理费。本局无其他需要报告的事项。")


def education() -> str:
    """样例县教育局: percentages and ranges, 同比 figures with last year's in brackets, the year's count
    in words beside a 表二 figure, the fee as 不存在收费情况."""
    return _voice("样例县教育局", (
        "2024年，县教育局围绕群众关心的招生入学、学生资助等事项，持续深化政府信息公开。\n"
        "一是主动公开更加及时。全年发布各类信息310条，同比增长12.5%，招生政策解读阅读量达1.2万人次。\n"
        "二是依申请公开更加规范。全年新收政府信息公开申请13件（上年15件），同比减少2件，"
        "答复时间平均为5至10个工作日，按期办结率100%。\n"
        "三是制度建设更加完善。全年印发行政规范性文件3件，现行有效行政规范性文件12件。\n"
        "四是监督保障更加有力。全年因政府信息公开工作被申请行政复议2件，被提起行政诉讼1件，"
        "无因政府信息公开工作被追责问责的情况。"),
        five=("全县学校信息公开工作发展不平衡，个别学校公开栏内容更新滞后。"
              "下一步将把学校信息公开纳入年度督导评估，每学期通报一次。"),
        six="本局在政府信息公开工作中不存在收费情况。")


def police() -> str:
    """样例县公安局: many requests that are 信访 in substance, said with their count; 不予处理 said
    beside it; the fee as 均未收费 in 四's paragraph and again in 六 as a row of a small table."""
    return _voice("样例县公安局", (
        "2024年，县公安局认真贯彻《条例》，把政府信息公开与执法公开、警务公开结合推进。\n"
        "（一）主动公开。通过“样例公安”政务网站和微信公众号发布警情通报、办事指南等信息310条。"
        "行政处罚决定三十五件、行政强制两件均依法公开。\n"
        "（二）依申请公开。本年度受理政府信息公开申请13件，另有以政府信息公开申请形式提出的信访、"
        "举报投诉20余件，已告知申请人通过信访渠道反映。13件申请中，不予处理2件，均为信访举报投诉类申请，"
        "均在法定期限内答复，均未收费。全年窗口共收到政府信息公开申请33件，经审查其中20件属于信访举报投诉，"
        "未纳入统计。\n"
        "（三）政府信息管理。建立公开前保密审查机制，涉及警务秘密的信息一律不予公开。\n"
        "（四）平台建设。整合户政、出入境、交管办事指南，统一在县政府门户网站公开。\n"
        "（五）监督保障。本年度行政复议2件、行政诉讼1件，未发生因信息公开工作引发的责任追究。"),
        six="（一）信息处理费收取情况\n收取信息处理费情况\t0元\n（二）其他事项\n无。")


def land() -> str:
    """样例县自然资源和规划局: many applications and reviews, said with 同比 changes and last year's
    figures; 行政复议 and 诉讼 counted with the results; the fee in 一 and 六 as 收费0元."""
    return _voice("样例县自然资源和规划局", (
        "2024年，县自然资源和规划局聚焦征地拆迁、不动产登记、国土空间规划等群众关注领域，依法做好政府信息公开。\n"
        "（一）主动公开。全年主动公开征地批复、规划批前公示等信息310条，其中征地信息86条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，比2023年的26件下降50%，"
        "加上年结转1件，共办理14件。主要涉及征地补偿安置和不动产登记信息。\n"
        "（三）政府信息管理。对征地信息实行一地一档，确保公开信息与审批信息一致。\n"
        "（四）平台建设。在局门户网站设立征地信息公开专栏，与省级平台数据同步。\n"
        "（五）监督保障。因政府信息公开被申请行政复议2件（维持1件，尚未审结1件），"
        "被提起行政诉讼1件（被纠错1件）。2023年行政复议5件。全年依申请公开收费0元。"),
        five=("问题：征地信息公开的时效性有待提高。改进：2025年实行征地批复取得后5个工作日内公开。"),
        six="本年度收费0元。")


def _zero(text: str) -> str:
    """The tables of ``text`` with every figure 0 (a tab-separated cell that is a number)."""
    out = []
    for line in text.split("\n"):
        if "\t" in line:
            line = "\t".join("0" if re.fullmatch(r"\d+(?:\.\d+)?", c) else c for c in line.split("\t"))
        out.append(line)
    return "\n".join(out)


def nothing() -> str:
    """样例乡人民政府: nothing at all (every table 0), said in words (本年度未收到…, 均未, 零), a short
    but real 五, a 六 of the fee statement only."""
    return _zero(_voice("样例乡人民政府", (
        "2024年，样例乡人民政府按照县政务公开办的统一部署，做好政府信息公开工作。\n"
        "（一）主动公开。通过乡政务公开栏和县政府门户网站乡镇专栏发布各类信息。\n"
        "（二）依申请公开。本年度未收到政府信息公开申请，无上年结转申请。\n"
        "（三）政府信息管理。本年度本乡未制发行政规范性文件。\n"
        "（四）平台建设。乡政务公开栏每月更新一次。\n"
        "（五）监督保障。本年度未发生政府信息公开行政复议、行政诉讼案件，被纠错数为零。"),
        five="公开栏内容偏少，更新不及时。下一步按月更新公开栏。",
        six="本年度未收取任何费用。"))


def city() -> str:
    """样例市人民政府办公室: the city's figures (全市, 各区县, 市直部门) beside the office's own, said with
    其中 and brackets; the fee in 0.00万元 and as 均未收取."""
    return _voice("样例市人民政府办公室", (
        "2024年，全市各级行政机关共主动公开政府信息12.6万条，共收到政府信息公开申请2356件，"
        "同比增长8.1%；全市发生政府信息公开行政复议案件143件、行政诉讼案件57件。"
        "全市各级行政机关均未收取信息处理费。\n"
        "市政府办公室本级情况如下：\n"
        "（一）主动公开。主动公开政府信息310条，制发行政规范性文件3件。\n"
        "（二）依申请公开。收到政府信息公开申请13件（其中自然人10件），上年结转1件，"
        "予以公开5件，部分公开1件，结转下年度1件。\n"
        "（三）政府信息管理。市直部门和各区县共制发行政规范性文件86件，全部按规定公开。"
        "12个县（市、区）共收到政府信息公开申请2343件，市级层面收到申请800件。\n"
        "（四）平台建设。市政府门户网站政府信息公开平台全年访问量320余万人次。\n"
        "（五）监督保障。市政府办公室本级被申请行政复议2件、被提起行政诉讼1件。"),
        six="本年度信息处理费收取金额为0.00万元。")


def street() -> str:
    """样例市样例区花园路街道办事处: a street office in a big city, its figures in brackets and with
    含, a part of the year said apart, the fee as 未收取任何费用 in 一 with 六 saying only that."""
    return _voice("样例市样例区花园路街道办事处", (
        "2024年，花园路街道在区委区政府领导下，推进基层政务公开标准化规范化。\n"
        "（一）主动公开\n全年在区政府门户网站街道专栏发布信息310条（含图片新闻42条），"
        "上半年发布152条。\n"
        "（二）依申请公开\n共办理政府信息公开申请14件（含上年结转1件），本年新收13件，"
        "办结13件，结转下年度1件，均按期答复，未收取任何费用。\n"
        "（三）政府信息管理\n各社区共受理居民咨询200余次。\n"
        "（四）平台建设\n完善街道政务服务中心政务公开专区。\n"
        "（五）监督保障\n本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件。"),
        five="一是社区公开栏规范化程度不一。二是解读形式单一。下一步统一社区公开栏样式，增加图解和短视频解读。",
        six="本街道本年度依申请公开工作中均未收取信息处理费，无其他需要报告的事项。")


def health_defects() -> str:
    """样例县卫生健康局's report with defects in its prose: a carried-over figure 表三 contradicts
    (上年结转两件, 表三 1) and a 六 that says only that there is nothing else (no fee statement)."""
    return _replace(health(), [("上年结转一件", "上年结转两件"),
                               ("依申请公开工作中没有收取信息处理费。本局无其他需要报告的事项。", "本局无其他需要报告的事项。")])


#: name → report text with no defect: no finding expected
CLEAN = {"health": health, "education": education, "police": police, "land": land, "nothing": nothing,
         "city": city, "garden-street": street}
#: name → report text, for the rendering harness: the clean voices and one with defects in its prose
SOURCES = {**CLEAN, "health-defects": health_defects}


# ----------------------------------------------------------------------------------------------
# voices12: agencies and writers not covered above, each with its own 表三 and 表四 where its figures
# differ from tabs_2024.txt's (:func:`_tables`), every figure in the prose agreeing with them

#: 表三's rows in tabs_2024.txt, by the start of their label, in order
_T3_ROWS = ("一、本年新收", "二、上年结转", "三、本年度办理结果\t（一）予以公开", "（二）部分公开", "（三）不予公开\t1.", "2.其他法律",
            "3.危及", "4.保护第三方", "5.属于三类", "6.属于四类", "7.属于行政执法", "8.属于行政查询", "（四）无法提供\t1.",
            "2.没有现成", "3.补正后", "（五）不予处理\t1.", "2.重复申请", "3.要求提供", "4.无正当理由", "5.要求行政机关",
            "（六）其他处理\t1.", "2.申请人逾期", "3.其他", "（七）总计", "四、结转下年度")
#: the result rows (（一） to （六）3.) that （七）总计 sums
_RESULTS = _T3_ROWS[2:23]


def _tables(text: str, t3: Dict[str, tuple], t4: tuple = (0,) * 15) -> str:
    """``text`` with 表三 holding ``t3`` (a row's label start → its six applicant columns; rows not
    named hold 0; （七）总计 and each row's 总计 are summed here) and 表四's data row ``t4``."""
    rows = {k: tuple(t3.get(k, (0,) * 6)) for k in _T3_ROWS}
    rows["（七）总计"] = tuple(sum(rows[k][c] for k in _RESULTS) for c in range(6))
    out = []
    for line in text.split("\n"):
        key = next((k for k in _T3_ROWS if line.startswith(k)), None) if "\t" in line else None
        if key is not None:
            cells = line.split("\t")
            label = cells[:len(cells) - 7]
            values = rows[key]
            line = "\t".join(label + [str(v) for v in values] + [str(sum(values))])
        elif re.fullmatch(r"\d+(?:\t\d+){14}", line):
            line = "\t".join(map(str, t4))
        out.append(line)
    return "\n".join(out)


def _table_two(text: str, made: int, repealed: int, valid: int, permits: int, penalties: int, coercions: int,
               fees: str) -> str:
    return _replace(text, [("行政规范性文件\t3\t1\t12", f"行政规范性文件\t{made}\t{repealed}\t{valid}"),
                           ("行政许可\t120", f"行政许可\t{permits}"), ("行政处罚\t35", f"行政处罚\t{penalties}"),
                           ("行政强制\t2", f"行政强制\t{coercions}"), ("行政事业性收费\t1.25", f"行政事业性收费\t{fees}")])


_PRE = ("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求，编制本报告。"
        "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。")


def hightech() -> str:
    """样例高新技术产业开发区管理委员会: a zone's committee speaking of 园区 and 企业, 管委会本级 and its
    部门, 受理 then 办结 (表三's （七）总计) and 结转, the fee as 未发生信息处理费收费情况."""
    return _voice("样例高新技术产业开发区管理委员会", (
        "2024年，高新区管委会围绕服务园区企业，把政务公开融入营商环境建设。\n"
        "（一）主动公开。全年在管委会门户网站发布政策文件、项目公示等信息310条，服务园区企业860余家。"
        "印发行政规范性文件3件，清理废止1件。\n"
        "（二）依申请公开。管委会全年受理政府信息公开申请13件，上年结转1件，办结13件，结转下年度继续办理1件。"
        "申请主要涉及土地出让、企业扶持资金兑现等事项。\n"
        "（三）政府信息管理。建立“谁制作、谁公开、谁负责”的责任链条。\n"
        "（四）平台建设。在门户网站开设“园区政策一站通”栏目，累计汇集惠企政策126项。\n"
        "（五）监督保障。全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件。"),
        five=("（一）存在的问题\n园区部分部门对公开属性认定把握不准，涉企政策解读偏少。\n"
              "（二）改进情况\n2025年将编制管委会主动公开事项清单，对涉企政策逐件配发解读。"),
        six="本年度管委会未发生信息处理费收费情况。")


_TINY_T3 = {"一、本年新收": (2, 0, 0, 0, 0, 0), "三、本年度办理结果\t（一）予以公开": (1, 0, 0, 0, 0, 0),
            "（四）无法提供\t1.": (1, 0, 0, 0, 0, 0)}


def tiny_street() -> str:
    """样例市样例区东湖街道办事处: two applications, one answered each way, nothing carried, no
    review or lawsuit; figures in Chinese numerals (两件、一件), 均已办结, a reason before 无法提供,
    the fee as 收取信息处理费0元."""
    text = _voice("样例市样例区东湖街道办事处", (
        "2024年，东湖街道认真落实区政务公开工作要点，推进基层政务公开。\n"
        "（一）主动公开。通过区政府门户网站街道专栏发布工作动态、办事指南等信息86条。\n"
        "（二）依申请公开。全年收到居民提出的政府信息公开申请两件，均已办结。其中予以公开一件，"
        "因本机关不掌握相关信息无法提供一件。全年政府信息公开申请数量为2件，打破了街道连续三年零申请的局面。与上年仅收到1件申请相比有所增加。\n"
        "（三）政府信息管理。街道党政办公室专人负责信息发布审核。\n"
        "（四）平台建设。各社区公开栏每季度更新一次。\n"
        "（五）监督保障。全年未发生政府信息公开行政复议、行政诉讼案件。"),
        five="街道公开栏内容以工作动态为主，惠民政策公开不够集中。下一步在公开栏设立惠民政策专区，每月更新。",
        six="本年度收取信息处理费0元。")
    text = _tables(text, _TINY_T3)
    return _table_two(text, 0, 0, 0, 0, 3, 0, "0")


def county_government() -> str:
    """样例县人民政府: the government's own report, its own figures named as 县人民政府's, the county's
    and its departments' figures beside them (全县, 县自然资源局收到…, 其中 …), the fee of the whole
    county said once."""
    return _voice("样例县人民政府", (
        "2024年，样例县人民政府深入贯彻《条例》，全县政府信息公开工作取得新成效。\n"
        "（一）主动公开。全县各级行政机关共主动公开政府信息2.1万条。县人民政府制发行政规范性文件3件。\n"
        "（二）依申请公开。县人民政府全年新收政府信息公开申请13件，上年结转1件。"
        "县自然资源局收到申请128件，县住房和城乡建设局收到申请56件，县人力资源和社会保障局收到申请31件。\n"
        "（三）政府信息管理。县政府办公室牵头对县政府文件逐件开展公开属性审查。\n"
        "（四）平台建设。县政府门户网站开设“政府信息公开”专栏，整合县直部门和乡镇信息公开平台。\n"
        "（五）监督保障。县人民政府因政府信息公开被申请行政复议2件、被提起行政诉讼1件；县住房和城乡建设局"
        "被提起行政诉讼4件。全县未发生因政府信息公开工作被追责的情况。"),
        five=("（一）存在的问题\n各乡镇依申请公开工作不平衡，部分乡镇连续多年零申请，县直部门答复文书质量参差不齐。\n"
              "（二）改进情况\n2025年将制定全县统一的答复文书范本，对乡镇政务公开工作开展专项指导。"),
        six="县人民政府及其工作部门本年度均未收取信息处理费。")


def customs() -> str:
    """中华人民共和国样例海关: a vertical body, its 关区 and 隶属海关 figures beside its own (本关),
    the results listed after 其中 with 全部公开, the fee as 未收取任何费用."""
    return _voice("中华人民共和国样例海关", (
        "2024年，样例海关在海关总署的领导下，围绕促进外贸稳规模优结构，推进海关政务公开。\n"
        "（一）主动公开。通过本关门户网站发布通关政策、行政处罚决定等信息310条。\n"
        "（二）依申请公开。本关全年新收政府信息公开申请13件，上年结转1件。其中全部公开5件，部分公开1件，"
        "不予公开1件，无法提供4件，不予处理2件，结转下年度继续办理1件。隶属海关共受理政府信息公开申请40件。\n"
        "（三）政府信息管理。对拟公开信息实行保密审查和合法性审查“双审核”。\n"
        "（四）平台建设。在“掌上海关”移动端同步发布关区通关信息。\n"
        "（五）监督保障。本关因政府信息公开被申请行政复议2件，被提起行政诉讼1件。"),
        six="本关在办理政府信息公开申请过程中未收取任何费用。")


def hospital() -> str:
    """样例县人民医院: a public institution's disclosure (本院), its service figures (门诊量, 病历复印)
    beside the applications, 信息公开申请 in capital numerals (壹拾叁件), and a fee for copies that is
    not the 信息处理费."""
    return _voice("样例县人民医院", (
        "2024年，样例县人民医院按照公共企事业单位信息公开有关要求，推进医院信息公开工作。\n"
        "（一）主动公开。通过医院网站和院内公开栏公开医疗服务价格、收费标准等信息310条。"
        "全年门诊量32.6万人次，出院患者1.8万人次。\n"
        "（二）依申请公开。本院全年受理政府信息公开申请壹拾叁件，上年结转壹件；另办理病历复印申请1200余份，受理患者投诉86件，均已办结。\n"
        "（三）信息管理。院办公室负责信息公开的审核和发布。\n"
        "（四）平台建设。在门诊大厅设置信息公开查询终端。\n"
        "（五）监督保障。本院因信息公开被申请行政复议2件、被提起行政诉讼1件。"),
        five="患者对检查检验项目价格的查询需求较大，公开渠道不够便捷。下一步在微信服务号增加价格查询功能。",
        six="本院本年度未收取信息处理费。病历复印按物价部门核定的标准收取复印工本费，不属于信息处理费。")


def all_chinese() -> str:
    """样例县民政局: every figure in Chinese numerals, the title's year, the period and the date too
    (二〇二四年, 二〇二四年一月一日, 三百一十条, 十三件, 两件, 一件)."""
    return _voice("样例县民政局", (
        "二〇二四年，县民政局认真贯彻《条例》，扎实推进民政领域政务公开。\n"
        "（一）主动公开。全年主动公开政府信息三百一十条，其中低保、特困供养等社会救助信息一百二十条。"
        "制发行政规范性文件三件。\n"
        "（二）依申请公开。全年新收政府信息公开申请十三件，上年结转一件。予以公开五件，部分公开一件，"
        "不予公开一件，无法提供四件，不予处理两件，结转下年度继续办理一件。\n"
        "（三）政府信息管理。对社会救助对象信息实行脱敏处理后公开。\n"
        "（四）平台建设。在县政府门户网站民政专栏设置社会救助公示栏目。\n"
        "（五）监督保障。全年因政府信息公开被申请行政复议两件、被提起行政诉讼一件。"),
        five="社会救助公示信息更新不够及时。下一步按月更新救助对象公示，每季度开展一次自查。",
        signed="二〇二五年一月二十日",
        extra=[("样例县民政局2024年", "样例县民政局二〇二四年"),
               ("本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
                "本报告所列数据的统计期限自二〇二四年一月一日起至二〇二四年十二月三十一日止。")])


def first_second() -> str:
    """样例县司法局: 一 as one paragraph of 一是…二是…三是…, each item carrying its figures."""
    return _voice("样例县司法局", (
        "2024年，县司法局坚持以公开促规范，政府信息公开工作主要有以下几方面：一是主动公开更加全面，"
        "全年主动公开政府信息310条，制发行政规范性文件3件；二是依申请公开更加规范，全年新收政府信息公开申请13件，"
        "上年结转1件，予以公开5件，部分公开1件，无法提供4件，不予处理2件，结转下年度继续办理1件；"
        "三是监督保障更加有力，全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件；"
        "四是平台建设更加完善，在局门户网站开设“法治样例”专栏。"),
        five="一是政务公开队伍不够稳定，二是公开信息的解读不够通俗。下一步，一是固定专人负责，二是增加图解解读。",
        six="一是本年度未收取信息处理费；二是无其他需要报告的事项。")


def each_year() -> str:
    """样例县人力资源和社会保障局: every figure beside last year's (同比增长, 较上年减少, 与上年持平,
    上年同期为…)."""
    return _voice("样例县人力资源和社会保障局", (
        "2024年，县人力资源和社会保障局政府信息公开工作平稳推进，主要数据与上年相比变化如下。\n"
        "（一）主动公开。全年主动公开政府信息310条，同比增长10.7%；其中就业创业信息126条，较上年增加21条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，较上年减少5件（上年同期为18件）；"
        "予以公开5件，较上年增加1件；无法提供4件，与上年持平；不予处理2件，同比减少3件。\n"
        "（三）政府信息管理。全年制发行政规范性文件3件，较上年减少2件。\n"
        "（四）平台建设。“样例人社”公众号关注人数较上年增长35%。\n"
        "（五）监督保障。全年因政府信息公开被申请行政复议2件，较上年增加1件；被提起行政诉讼1件，与上年持平。"),
        six="本年度未收取信息处理费，与上年一致。")


def fees() -> str:
    """样例县文化广电和旅游局: the fee said three ways (未收取任何费用 in 一, 未发生收费情况 and
    收取信息处理费0元 in 六), and 表二's 行政事业性收费 (万元) beside them."""
    return _voice("样例县文化广电和旅游局", (
        "2024年，县文化广电和旅游局推进文化旅游领域政务公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，公开行政许可决定120件。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，均依法答复，未收取任何费用。\n"
        "（三）政府信息管理。定期对已公开文件开展有效性标注。\n"
        "（四）平台建设。在局门户网站开设“文旅惠民”专栏。\n"
        "（五）监督保障。全年因政府信息公开被申请行政复议2件、被提起行政诉讼1件。"),
        six="（一）信息处理费收取情况\n本局本年度未发生收费情况，收取信息处理费0元。\n"
            "（二）其他事项\n表二所列行政事业性收费为文物保护单位门票等收费，与信息处理费无关。")


def trial_2020() -> str:
    """样例县交通运输局's report for 2020 on the 2019 trial format: the old 表二 (five blocks) and
    one-row （六）其他处理, prose of 2020 with its figures, 六 without a fee statement (not asked then)."""
    text = (FIXTURES / "tabs_2020_trial.txt").read_text("utf-8")
    one = _ONE.replace("2024年", "2020年")
    return _replace(text, [
        ("示例镇人民政府2020年政府信息公开工作年度报告", "样例县交通运输局2020年政府信息公开工作年度报告"),
        (one, "2020年，县交通运输局按照新修订《条例》要求，推进交通运输领域政务公开。\n"
              "（一）主动公开。全年主动公开政府信息310条，新制作规范性文件2件，作出行政许可决定98件、行政处罚决定41件。\n"
              "（二）依申请公开。2020年共收到政府信息公开申请13件，上年结转1件，予以公开5件，部分公开1件，"
              "结转下年度继续办理1件。\n"
              "（三）政府信息管理。落实公开属性源头认定。\n"
              "（四）平台建设。在局门户网站开设“交通建设项目”专栏。\n"
              "（五）监督保障。全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件。"),
        ("本年度无其他需要报告的事项。", "本局无其他需要报告的事项。"),
        ("示例镇人民政府\n2021年1月18日", "样例县交通运输局\n2021年1月22日")])


def cases() -> str:
    """样例县住房和城乡建设局: 行政复议 and 行政诉讼 told case by case in prose (维持, 尚未审结,
    判决纠正, 未经复议直接起诉, no 复议后起诉), the upheld one said 维持 of one case only."""
    return _voice("样例县住房和城乡建设局", (
        "2024年，县住房和城乡建设局聚焦保障性住房、房屋征收等群众关注领域推进政务公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，其中房屋征收补偿信息64条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，结转下年度继续办理1件。\n"
        "（三）政府信息管理。对房屋征收信息实行“一项目一专栏”管理。\n"
        "（四）平台建设。完善局门户网站保障性住房公示栏目。\n"
        "（五）监督保障。全年因政府信息公开被申请行政复议2件，其中1件经复议机关审理维持原答复，1件尚未审结；"
        "被提起行政诉讼1件，为未经复议直接起诉，经法院审理判决纠正1件；本年度未发生复议后起诉的行政诉讼。"),
        six="本局本年度未收取信息处理费。")


def articles() -> str:
    """样例县生态环境局: numbers that are not counts — articles of the 条例 (第二十条第（一）项,
    第三十六条, 第49条), document numbers (国办公开办函〔2021〕30号), dates (2024年3月15日), a time
    limit (20个工作日), a hotline (12369) — beside the counts."""
    return _voice("样例县生态环境局", (
        "2024年，县生态环境局依据《条例》第二十条第（一）项、第（五）项、第（六）项规定，主动公开环境领域政府信息。\n"
        "（一）主动公开。全年主动公开政府信息310条。2024年3月15日起在局门户网站公开建设项目环评审批结果，"
        "全年公开环评审批决定120件，12369环保热线受理群众举报436件。\n"
        "（二）依申请公开。按照《条例》第三十三条，依申请公开答复期限为20个工作日。全年新收政府信息公开申请13件，"
        "部分公开1件，依据第三十六条第（三）项不予公开1件，依据第三十八条第1款无法提供4件。\n"
        "（三）政府信息管理。按照国办公开办函〔2021〕30号规定的格式编制年度报告，"
        "依据《条例》第四十九条于每年1月31日前公布。\n"
        "（四）平台建设。2024年6月完成局门户网站集约化改造。\n"
        "（五）监督保障。全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件。"),
        six="本局依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第3条，本年度未收取信息处理费。")


#: name → the voices12 report text, no defect: no finding expected (not in :data:`SOURCES`: the
#: rendering harness's LibreOffice runs take the voices above; tests/test_voices12.py reads these
#: as written and as every text form degrades them)
VOICES12 = {"hightech": hightech, "tiny-street": tiny_street, "county-government": county_government,
            "customs": customs, "hospital": hospital, "all-chinese": all_chinese, "first-second": first_second,
            "each-year": each_year, "fees": fees, "trial2020": trial_2020, "cases": cases, "articles": articles}


def brackets() -> str:
    """样例县市场监督管理局 (voices13): figures in brackets (受理依申请公开（13件）, 行政复议（2件）),
    办结依申请公开事项N件, the cases by state (1件已审结，1件尚未审结), last year's cases upheld, the fee
    as a sub-heading answered on the next line (（一）信息处理费收取情况 / 无。)."""
    return _voice("样例县市场监督管理局", (
        "2024年，县市场监督管理局围绕食品安全、特种设备等领域推进政务公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，其中行政处罚决定信息（35件）全部在作出后7个工作日内公开。\n"
        "（二）依申请公开。全年受理依申请公开（13件），上年结转1件，办结依申请公开事项13件，结转下年度继续办理1件。\n"
        "（三）政府信息管理。对公开属性实行“一文一审”。\n"
        "（四）平台建设。在局门户网站开设“食品抽检结果”专栏。\n"
        "（五）监督保障。全年因政府信息公开被申请行政复议（2件），其中1件已审结，1件尚未审结；行政诉讼1件已审结。"
        "2023年发生行政复议3件，均获维持。"),
        six="（一）信息处理费收取情况\n无。\n（二）其他事项\n本局无其他需要报告的事项。")


def fee_rules() -> str:
    """样例县医疗保障局 (voices13): the fee rules named before the statement (严格执行《…管理办法》,
    如需收取…将按照…, 复印工本费不属于信息处理费), the statement in a sentence without 费 (本年度未收取)."""
    return _voice("样例县医疗保障局", (
        "2024年，县医疗保障局聚焦医保政策、定点机构管理推进政务公开。\n"
        "（一）主动公开。全年主动公开政府信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，办结13件，结转下年度继续办理1件。\n"
        "（三）政府信息管理。定期清理过期信息。\n"
        "（四）平台建设。完善局门户网站医保政策专栏。\n"
        "（五）监督保障。全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件。"),
        six="本局严格执行《政府信息公开信息处理费管理办法》。如需收取信息处理费，将按照国家规定的标准执行。"
            "本年度未收取。申请人复印医保结算单据的工本费不属于信息处理费。")


#: name → the voices13 report text, no defect (tests/test_voices13.py)
VOICES13 = {"brackets": brackets, "fee-rules": fee_rules}


# ----------------------------------------------------------------------------------------------
# voices14: the prose around the figures — titles over several lines or in Chinese numerals, a
# 关于…的报告, the agency only in the signature, dates written every way and under the title or in a
# sentence instead of at the end, the statistics period as staff shorten it, a short but real 五,
# headings numbered with 第一部分, "1. ", "一 " (a space for the 、) — the figures those of
# tabs_2024.txt, as above

_PERIOD = "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。"
#: the headings of tabs_2024.txt, in order
_HEADINGS = ("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
             "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")


def _headed(text: str, number) -> str:
    """``text`` with its six headings numbered by ``number(i, title)`` (i from 0)."""
    return _replace(text, [(f"\n{h}\n", f"\n{number(i, h[2:])}\n") for i, h in enumerate(_HEADINGS)])


#: the 一 of the voices below: one paragraph a subject, every figure as 表二, 表三 and 表四 have it
_ONE14 = ("2024年，{who}坚持以公开为常态、不公开为例外，依法做好政府信息公开工作。\n"
          "（一）主动公开。全年主动公开政府信息310条，制发行政规范性文件3件。\n"
          "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，结转下年度继续办理1件。\n"
          "（三）政府信息管理。落实公开前保密审查，定期清理过期信息。\n"
          "（四）平台建设。完善门户网站政府信息公开专栏。\n"
          "（五）监督保障。全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件。")


def civil_air() -> str:
    """样例市样例区住房和城乡建设局 (with its second name, 样例区人民防空办公室): the title over three
    lines, the second name in brackets on a line of its own; the period as 本报告中所列数据…; a 五 of
    two short sentences, a problem and a measure; the date with its weekday (2025年1月20日（星期一）)."""
    agency = "样例市样例区住房和城乡建设局"
    return _voice(agency, _ONE14.format(who="区住房和城乡建设局"),
                  five="房屋征收信息解读形式单一。下一步增加图解和问答。",
                  six="本局本年度未收取信息处理费。", signed="2025年1月20日（星期一）",
                  extra=[(f"{agency}2024年政府信息公开工作年度报告",
                          f"{agency}\n（样例区人民防空办公室）\n2024年政府信息公开工作年度报告"),
                         (_PERIOD, "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。")])


def forestry() -> str:
    """样例县林业局: the year in Chinese numerals in the title (二〇二四年度), the period and the
    closing date; headings under 第一部分 … 第六部分."""
    text = _voice("样例县林业局", _ONE14.format(who="县林业局"),
                  five="林长制信息公开不够集中，部分公示内容更新较慢。下一步设立林长制专栏，按月更新公示。",
                  six="本年度本局未收取信息处理费，无其他需要报告的事项。",
                  signed="二〇二五年一月二十日",
                  extra=[("样例县林业局2024年政府信息公开工作年度报告", "样例县林业局二〇二四年度政府信息公开工作年度报告"),
                         (_PERIOD, "本报告所列数据统计期限为二〇二四年一月一日至二〇二四年十二月三十一日。")])
    return _headed(text, lambda i, t: f"第{'一二三四五六'[i]}部分 {t}")


def water() -> str:
    """样例县水利局: the title as 关于…的报告, the date as 2025.1.20, the period shortened to
    本报告所列数据统计期限为2024年1月1日至12月31日, headings "1. 总体情况"."""
    text = _voice("样例县水利局", _ONE14.format(who="县水利局"),
                  five="（一）存在的主要问题\n水利工程建设项目信息公开的及时性有待提高。\n"
                       "（二）改进情况\n2025年将实行项目批复后10个工作日内公开。",
                  six="本局本年度依申请公开工作中未收取信息处理费。",
                  signed="2025.1.20",
                  extra=[("样例县水利局2024年政府信息公开工作年度报告", "关于样例县水利局2024年度政府信息公开工作的报告"),
                         (_PERIOD, "本报告所列数据统计期限为2024年1月1日至12月31日。")])
    return _headed(text, lambda i, t: f"{i + 1}. {t}")


def zone() -> str:
    """样例经济技术开发区管理委员会: the date under the title in brackets and none at the end, the
    period with its hours (零时起至…24时止), headings "一 总体情况" (a space for the 、)."""
    agency = "样例经济技术开发区管理委员会"
    text = _voice(agency, _ONE14.format(who="经开区管委会"),
                  five="园区企业对涉企政策的知晓率不高。下一步在企业服务群同步推送政策解读。",
                  six="本年度管委会未收取信息处理费。",
                  extra=[(f"{agency}2024年政府信息公开工作年度报告",
                          f"{agency}2024年政府信息公开工作年度报告\n（2025年1月20日）"),
                         (f"{agency}\n2025年1月20日", agency),
                         (_PERIOD, "本报告所列数据的统计期限自2024年1月1日零时起至2024年12月31日24时止。")])
    return _headed(text, lambda i, t: f"{'一二三四五六'[i]} {t}")


def street_published() -> str:
    """样例市样例区花园路街道办事处: the title over two lines, no date at the end, the publication date
    said in the preamble (本报告于2025年1月24日在…网站公布) after last year's report's (上年度报告于2024年
    3月5日公布: not this report's date), the period as 数据统计期限：…"""
    agency = "样例市样例区花园路街道办事处"
    return _voice(agency, _ONE14.format(who="花园路街道办事处"),
                  five="一是社区公开栏规范化程度不一；二是政策解读形式单一。下一步统一公开栏样式，增加图解解读。",
                  six="本街道本年度未收取信息处理费。",
                  extra=[(f"{agency}2024年政府信息公开工作年度报告", f"{agency}\n2024年政府信息公开工作年度报告"),
                         (f"{agency}\n2025年1月20日", agency),
                         (_PERIOD, "数据统计期限：2024年1月1日至2024年12月31日。上年度报告于2024年3月5日公布，"
                                   "本报告于2025年1月24日在样例区人民政府门户网站公布。")])


def county_dashed() -> str:
    """样例县人民政府: a county government (deadline 2月20日), dated 2025-02-18 under its name, the
    period as 本报告所列数据的统计时限为2024年度."""
    return _voice("样例县人民政府", _ONE14.format(who="样例县人民政府"),
                  five="（一）存在的问题\n部分乡镇政务公开专栏更新滞后，依申请公开答复文书不够规范。\n"
                       "（二）改进措施\n2025年制定答复文书范本，每季度通报乡镇专栏更新情况。",
                  six="县人民政府本年度未收取信息处理费。",
                  signed="2025-02-18",
                  extra=[(_PERIOD, "本报告所列数据的统计时限为2024年度。")])


def bold_headings() -> str:
    """样例县档案馆: Markdown-like headings in bold only, the numbering lost (**总体情况**), the date
    as 二〇二五年元月二十日, 五 a single concrete sentence."""
    text = _voice("样例县档案馆", _ONE14.format(who="县档案馆"),
                  five="馆藏开放档案目录公开不够及时，下一步将按季度更新开放档案目录。",
                  six="本馆本年度未收取信息处理费。",
                  signed="二〇二五年元月二十日")
    return _headed(text, lambda i, t: f"**{t}**")


def township() -> str:
    """样例乡人民政府: the year on a line of its own under the title (（2024年度）), the period as
    报告期为2024年1月1日—12月31日, headings "一、 总体情况" (a space after the 、), the date as
    二〇二五年一月十五日."""
    text = _voice("样例乡人民政府", _ONE14.format(who="样例乡人民政府"),
                  five="（一）存在的主要问题\n村务公开栏与政府信息公开衔接不够。\n"
                       "（二）改进情况\n下一步在各村公开栏同步张贴乡政府主动公开目录。",
                  six="本乡本年度未收取信息处理费。",
                  signed="二〇二五年一月十五日",
                  extra=[("样例乡人民政府2024年政府信息公开工作年度报告", "样例乡人民政府政府信息公开工作年度报告\n（2024年度）"),
                         (_PERIOD, "报告期为2024年1月1日—12月31日。")])
    return _headed(text, lambda i, t: f"{'一二三四五六'[i]}、 {t}")


#: name → the voices14 report text, no defect (tests/test_voices14.py)
VOICES14 = {"civil-air": civil_air, "forestry": forestry, "water": water, "zone": zone,
            "street-published": street_published, "county-dashed": county_dashed, "bold-headings": bold_headings,
            "township": township}


# ----------------------------------------------------------------------------------------------
# voices16: what the table and structure rules must not misread — an agency whose level its name
# gives only to a careful reader (a district's bureau, a city's 县乡公路 office, a banner's bureau), 表三
# printed by a narrow column's template (its labels shortened, 其它, half-width brackets, ① for
# sub-items), a table broken over pages (its head repeated, a row repeated in full-width digits or
# with "-" for its zeros), sections numbered with Arabic numerals and a seventh section of the
# agency's own — the figures those of tabs_2024.txt, as above

_R3 = "三、本年度办理结果\t（一）予以公开\t4\t1\t0\t0\t0\t0\t5\n"
_R5 = "5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0\n"
_HEAD3 = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
          "\t自然人\t法人或其他组织\t总计\n\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n")


def district_bureau() -> str:
    """样例市样例区教育局: a district's bureau (county-level: no 规章 of its own, its 规章 row 0 with the
    city's 规章 said in words), 表二's 行政规范性文件 wrapped in its narrow column."""
    return _voice("样例市样例区教育局", _ONE14.format(who="区教育局").replace(
        "制发行政规范性文件3件。", "制发行政规范性文件3件，转载市政府教育领域规章2件。"),
        five="学校信息公开栏内容更新不及时。下一步把学校信息公开纳入学期督导。",
        six="本局本年度未收取信息处理费。",
        extra=[("行政规范性文件\t3\t1\t12", "行政规范性\n文件\t3\t1\t12")])


def road_office() -> str:
    """样例市县乡公路管理处: a city's body (县乡 is its subject, not its county) that lists the city's
    road 规章 in force (规章 0 0 2: no C205); its signature under the date."""
    return _voice("样例市县乡公路管理处", _ONE14.format(who="市县乡公路管理处").replace(
        "制发行政规范性文件3件。", "制发行政规范性文件3件，现行有效的市政府公路管理规章2件。"),
        five="农村公路养护信息公开不够及时。下一步按季度公开养护计划和完成情况。",
        six="本处本年度未收取信息处理费。",
        extra=[("规章\t0\t0\t0", "规章\t0\t0\t2")])


def narrow_columns() -> str:
    """样例县统计局: 表三 from a template whose label column is narrow — 本年新收, 上年结转, 结转下年度,
    （二）部分公开（区分处理的）, 危及三安全, （六）'s items without their second clause; ① for a
    sub-item's 1., half-width brackets, 其它 for 其他."""
    return _voice("样例县统计局", _ONE14.format(who="县统计局"),
                  five="统计数据解读材料偏少。下一步对主要统计公报配发图解。",
                  six="本局本年度未收取信息处理费。",
                  extra=[("一、本年新收政府信息公开申请数量\t", "一、本年新收\t"),
                         ("二、上年结转政府信息公开申请数量\t", "二、上年结转\t"),
                         ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t", "(二)部分公开(区分处理的)\t"),
                         ("3.危及“三安全一稳定”\t", "3.危及三安全\t"),
                         ("（三）不予公开\t1.属于国家秘密", "(三)不予公开\t①属于国家秘密"),
                         ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t",
                          "1.申请人无正当理由逾期不补正\t"),
                         ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t",
                          "2.申请人逾期未按收费通知要求缴纳费用\t"),
                         ("3.其他\t0", "3.其它\t0"),
                         ("四、结转下年度继续办理\t", "四、结转下年度\t")])


def paged() -> str:
    """样例县档案局: 表三 printed over two pages — the page number, the head repeated, the last row of
    the first page repeated on the second in full-width digits; a row repeated with "-" for its 0s."""
    return _voice("样例县档案局", _ONE14.format(who="县档案局"),
                  five="档案开放审核信息公开不够及时。下一步按季度公布开放档案目录。",
                  six="本局本年度未收取信息处理费。",
                  extra=[(_R5, "- 2 -\n" + _HEAD3 + "4.保护第三方合法权益\t１\t０\t０\t０\t０\t０\t１\n" + _R5),
                         ("8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\n",
                          "8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\n8.属于行政查询事项\t-\t-\t-\t-\t-\t-\t-\n")])


def arabic_seventh() -> str:
    """样例旗农牧局 (a banner's bureau, county-level): sections numbered 1. to 6. and a seventh of its
    own (7.其他事项), 五 under two Arabic sub-headings."""
    text = _voice("样例盟样例旗农牧局", _ONE14.format(who="旗农牧局"),
                  five="（1）存在的问题\n草原补奖政策解读不够通俗。\n（2）改进措施\n下一步用蒙汉双语制作政策图解。",
                  six="本局本年度未收取信息处理费。",
                  extra=[("\n样例盟样例旗农牧局\n2025", "\n7.其他事项\n本局将继续做好草原生态保护补助奖励政策公开。\n\n"
                                                    "样例盟样例旗农牧局\n2025")])
    return _headed(text, lambda i, t: f"{i + 1}.{t}")


#: name → the voices16 report text, no defect (tests/test_voices16.py)
VOICES16 = {"district-bureau": district_bureau, "road-office": road_office, "narrow-columns": narrow_columns,
            "paged": paged, "arabic-seventh": arabic_seventh}


# ----------------------------------------------------------------------------------------------
# voices17: the prose rules on wordings staff use — figures that are not the table's (a 同比 change,
# a percentage, 人次/条/万字, a channel's count, last year's figure, a range, a 累计 over years, 其中
# splits, a figure's parts in brackets, a count before its noun, Chinese numerals), the fee said
# every way (依法免收, 均未收取, 计收 with its sum, a row of a small table, in 四 as well as 六), the
# period and the date as staff write them (2024年1月1日至12月31日, 本年度, 二〇二五年一月十日, a web
# page's 发布时间 line with no closing date) and a 五 that is short but real or a list of items — the
# figures those of tabs_2024.txt, as above


def town_numerals() -> str:
    """样例县示例镇人民政府: every figure in Chinese numerals, with a 较上年 change, a share, 人次 and the
    channels' counts; the count of reviews before its noun (全年发生两起行政复议案件); the fee as 依法免收; the
    period as 2024年1月1日至12月31日; dated 二〇二五年一月十日."""
    return _voice("样例县示例镇人民政府", (
        "2024年，示例镇党委、政府把政府信息公开作为服务群众的重要渠道，镇党政综合办公室具体承办。\n"
        "（一）主动公开。全年通过镇政府网站、村务公开栏主动公开政府信息三百一十条，较上年增加四十二条；"
        "接待群众现场查阅一百二十人次。\n"
        "（二）依申请公开。全年共受理政府信息公开申请十三件，较上年增加五件，其中网上提交八件，信函提交三件，"
        "当面提交两件。予以公开五件，占百分之三十八点五；部分公开一件，不予公开一件，无法提供四件，不予处理两件。\n"
        "（三）政府信息管理。全年审核拟公开信息三百二十条，撤下过期信息十五条。\n"
        "（四）平台建设。更新村务公开栏十二期，累计发布图解二十余篇。\n"
        "（五）监督保障。全年发生两起行政复议案件，一起维持原答复，另一起尚在审理中。"),
        five="村务公开栏内容与镇政府网站不同步，个别村的公开栏更新滞后两个月以上。下一步由镇党政综合办公室"
             "每月抽查各村公开栏，抽查结果纳入村级年度考评。",
        six="本镇本年度对政府信息公开申请依法免收信息处理费。",
        signed="二〇二五年一月十日",
        extra=[(_PERIOD, "本报告所列数据的统计期限为2024年1月1日至12月31日。")])


def education_bracketed() -> str:
    """样例市样例县教育局: the agency's duties first (the same every year); the applications handled with
    their parts in brackets (办理…14件（其中上年结转1件）), 结转下年度 after them; the reviews with their
    states in brackets; the fee said in 四's paragraph (均未收取费用) and in 六; the period as 2024年度;
    the date under the title in brackets and none at the end."""
    agency = "样例市样例县教育局"
    return _voice(agency, (
        "县教育局是县人民政府工作部门，负责全县学前教育、义务教育、普通高中教育和职业教育的统筹管理。"
        "局办公室是本局政府信息公开工作机构。\n"
        "（一）主动公开。全年发布招生入学、学生资助等信息310条，同比增长12.5%，政策解读阅读量1.2万人次。"
        "全年制发行政规范性文件3件。\n"
        "（二）依申请公开。全年办理依申请公开事项14件（其中上年结转1件），办结13件，结转下年度继续办理1件；"
        "答复时间为3至15个工作日，均未收取费用。\n"
        "（三）政府信息管理。全年清理过期文件20件，规范性文件统一登记、统一编号、统一公布。\n"
        "（四）平台建设。教育专栏新设“招生入学”“学生资助”两个子栏目。\n"
        "（五）监督保障。全年被申请行政复议2件（维持1件，尚未审结1件），被提起行政诉讼1件（被纠正1件），"
        "已按判决重新作出答复。"),
        five="（一）存在的问题\n1.学校公开栏内容更新不及时；\n2.招生政策解读形式单一；\n3.依申请答复文书用语不统一。\n"
             "（二）改进措施\n1.每学期开学前检查学校公开栏；\n2.招生政策配发图解和短视频；\n3.制定答复文书范本。",
        six="本局2024年度未收取信息处理费。",
        extra=[(f"{agency}2024年政府信息公开工作年度报告", f"{agency}2024年政府信息公开工作年度报告\n（2025年1月15日）"),
               (f"{agency}\n2025年1月20日", agency),
               (_PERIOD, "本报告所列数据的统计期限为2024年度。")])


def market_web_copy() -> str:
    """样例县市场监督管理局, copied out of its web page: the 发布时间 line and 来源 under the title, no
    closing date; the period as 本年度; the fee as a row of a small table in 六 (收费金额 | 0元);
    the figures with last year's beside them (上年8件) and over the years (2019年以来累计)."""
    agency = "样例县市场监督管理局"
    return _voice(agency, (
        "2024年，县市场监督管理局围绕优化营商环境，推进市场监管领域政府信息公开。\n"
        "（一）主动公开。全年公开行政许可、行政处罚等信息310条；食品安全抽检信息按月公布，全年公布12期。\n"
        "（二）依申请公开。全年收到政府信息公开申请13件（上年8件），自2019年以来累计收到申请52件；"
        "上年结转的1件已于2024年1月办结。\n"
        "（三）政府信息管理。严格执行公开前保密审查，全年审查拟公开信息330条。\n"
        "（四）平台建设。在“样例市场监管”公众号开设“执法公示”栏目。\n"
        "（五）监督保障。全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件。"),
        five="执法信息公示时限执行不够严格，部分行政处罚决定超过20个工作日才公示。下一步建立执法公示台账，"
             "每周核对一次。",
        six="信息处理费收取情况：\n收费项目\t收费金额\n信息处理费\t0元",
        extra=[(f"{agency}2024年政府信息公开工作年度报告",
                f"{agency}2024年政府信息公开工作年度报告\n发布时间：2025-01-22 09:30　来源：{agency}"),
               (f"{agency}\n2025年1月20日", agency),
               (_PERIOD, "本报告所列数据统计期限为本年度。")])


def land_reckoned() -> str:
    """样例县自然资源局: the fee charged and said with the 管理办法's word (按件计收…金额100元); the
    applications as 收到15件 of which two left out of 表三 (信访, 未纳入统计); the results in one
    sentence with their share; a 五 of one problem and one measure; dated with its weekday."""
    return _voice("样例县自然资源局", (
        "2024年，县自然资源局聚焦征地拆迁、规划许可等群众关注事项，依法公开政府信息。\n"
        "（一）主动公开。全年公开征地信息45批次、规划许可信息60条，主动公开政府信息共310条。\n"
        "（二）依申请公开。全年窗口收到申请15件，经审查其中2件属于信访事项，未纳入统计，受理政府信息公开申请13件。"
        "上年结转1件。办理结果：予以公开5件，部分公开1件，不予公开1件，无法提供4件，不予处理2件，"
        "结转下年度继续办理1件。\n"
        "（三）政府信息管理。建立征地信息公开台账，一事一档。\n"
        "（四）平台建设。征地信息同步在自然资源部征地信息公开平台发布。\n"
        "（五）监督保障。全年发生行政复议2件，其中1件维持，1件尚未审结；行政诉讼1件，法院判决重新答复。"),
        five="征地补偿安置信息公开不够及时。下一步在征地批复后10个工作日内公开补偿安置方案。",
        six="本年度按件计收信息处理费1件，金额100元，已全额上缴国库。",
        signed="2025年1月20日（星期一）")


def street_negations() -> str:
    """样例市样例区示例街道办事处: the fee said twice, negated (未收取任何费用, 不存在收费情况); 五 as
    问题：… 措施：… on two lines; the period as 2024年1月1日—12月31日; 零 and 无 said of other things
    (无责任追究, 零投诉)."""
    return _voice("样例市样例区示例街道办事处", (
        "2024年，示例街道办事处依法推进政务公开，做到应公开尽公开。\n"
        "（一）主动公开。全年在区政府网站街道专栏公开信息310条，社区公开栏张贴公告96期。\n"
        "（二）依申请公开。全年新收申请13件，上年结转1件，共14件，已办结13件；平均答复时间7.5个工作日。"
        "全年政务公开工作零投诉。\n"
        "（三）政府信息管理。落实“三审三校”，全年无泄密事件。\n"
        "（四）平台建设。各社区公开栏统一样式。\n"
        "（五）监督保障。全年行政复议2件，行政诉讼1件，无责任追究情况。"),
        five="问题：社区公开栏信息更新不及时，居民查阅不便。\n措施：各社区每周更新公开栏，街道每月通报。",
        six="本街道本年度在政府信息公开工作中未收取任何费用，不存在收费情况。",
        extra=[(_PERIOD, "本报告所列数据的统计期限为2024年1月1日—12月31日。")])


#: name → the voices17 report text, no defect (tests/test_voices17.py)
VOICES17 = {"town-numerals": town_numerals, "education-bracketed": education_bracketed,
            "market-web-copy": market_web_copy, "land-reckoned": land_reckoned, "street-negations": street_negations}


# ----------------------------------------------------------------------------------------------
# voices18: the sections, the title and the tables' neighbourhood as staff write them — headings
# numbered （一）…（六） with the first one worded 基本情况, run into their first sentence, with 的 or
# 说明 added; the title over two lines, a notice that issues the report before it, a preamble of its
# own; the tables under captions worded otherwise (表1 …统计表), with 单位：件, 注：… and 数据来源
# lines around them, printed together in an 附件 after the signature; a section's prose restating
# its table, or saying the table is empty (本年度未收到政府信息公开申请, 无行政复议诉讼) beside an
# all-zero one — the figures those of tabs_2024.txt, as above

_T3_TOP = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
_T3_END = "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n"
_T4_TOP = "行政复议\t行政诉讼\n"
_T4_END = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n"
_T2_TOP = "第二十条第（一）项\t\t\t\n"
_T2_END = "行政事业性收费\t1.25\n"


def bracket_numbered() -> str:
    """样例县示例镇人民政府: sections numbered （一） to （六）, the parts of 一 numbered 1. to 5.; the title over two lines (the agency, then the year's title); 单位：件 over 表三
    and a 注 under it; 六 titled 其他需要报告的事项说明."""
    agency = "样例县示例镇人民政府"
    one = ("2024年，示例镇人民政府以群众需求为导向，推进政府信息公开工作。\n"
           "1.主动公开。全年通过镇政府网站和村务公开栏主动公开政府信息310条，制发行政规范性文件3件。\n"
           "2.依申请公开。全年新收政府信息公开申请13件，上年结转1件，结转下年度继续办理1件。\n"
           "3.政府信息管理。实行拟公开信息“一事一审”。\n"
           "4.平台建设。村务公开栏统一设置政府信息公开栏目。\n"
           "5.监督保障。全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件。")
    text = _voice(agency, one,
                  five="村务公开栏与镇政府网站发布不同步。下一步由镇党政办每月核对两处发布内容。",
                  six="本镇本年度未收取信息处理费。",
                  extra=[(f"{agency}2024年政府信息公开工作年度报告", f"{agency}\n2024年政府信息公开工作年度报告"),
                         (_T3_TOP, "单位：件\n" + _T3_TOP),
                         (_T3_END, _T3_END + "注：结转下年度继续办理的1件已于2025年1月答复。\n")])
    titles = tuple(h[2:] for h in _HEADINGS[:5]) + ("其他需要报告的事项说明",)
    return _headed(text, lambda i, t: f"（{'一二三四五六'[i]}）{titles[i]}")


def annexed_tables() -> str:
    """样例县司法局: 二, 三 and 四 say their figures in a sentence and point to the tables, printed
    together in an 附件 after the signature under captions of their own (表1 …统计表), a 数据来源
    line under the last."""
    agency = "样例县司法局"
    text = _voice(agency, _ONE14.format(who="县司法局"),
                  five="（一）存在的问题\n法律服务信息更新不够及时。\n（二）改进措施\n2025年建立法律服务信息月度更新台账。",
                  six="本局本年度未收取信息处理费。",
                  signed="2025年1月17日")
    t2 = text[text.index(_T2_TOP):text.index(_T2_END) + len(_T2_END)]
    t3 = text[text.index(_T3_TOP):text.index(_T3_END) + len(_T3_END)]
    t4 = text[text.index(_T4_TOP):text.index(_T4_END) + len(_T4_END)]
    return _replace(text, [
        (t2, "本年度制发行政规范性文件3件，废止1件，现行有效12件；作出行政许可决定120件，行政处罚决定35件，"
             "行政强制决定2件，详见附件表1。\n"),
        (t3, "本年度新收政府信息公开申请13件，上年结转1件；予以公开5件，部分公开1件，不予公开1件，无法提供4件，"
             "不予处理2件，结转下年度继续办理1件，详见附件表2。\n"),
        (t4, "本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件，详见附件表3。\n"),
        (f"{agency}\n2025年1月17日", f"{agency}\n2025年1月17日\n\n附件\n\n表1 主动公开政府信息情况统计表\n" + t2
         + "\n表2 收到和处理政府信息公开申请情况统计表\n" + t3
         + "\n表3 政府信息公开行政复议、行政诉讼情况统计表\n" + t4 + "数据来源：样例县司法局办公室\n")])


def run_in() -> str:
    """样例县医疗保障局: headings run into their first sentence (一、总体情况。2024年…, 四、…情况：本年度…,
    六、…事项：本年度…); 二 titled 主动公开政府信息的情况, its prose restating 表二 with the fee in 元
    and a 数据来源 line under it; 四's prose restating 表四 under the table."""
    agency = "样例县医疗保障局"
    text = _voice(agency, _ONE14.format(who="县医疗保障局"),
                  five="医保政策解读形式较为单一。下一步制作图解和短视频，在定点医药机构张贴。",
                  six="本局本年度未收取信息处理费。")
    return _replace(text, [
        ("\n一、总体情况\n2024年，", "\n一、总体情况。2024年，"),
        ("二、主动公开政府信息情况\n", "二、主动公开政府信息的情况\n本年度制发行政规范性文件3件，废止1件，现行有效12件；"
                                "作出行政许可决定120件、行政处罚决定35件、行政强制决定2件，收取行政事业性收费12500元。\n"),
        (_T2_END, _T2_END + "数据来源：县医疗保障局各业务股室\n"),
        ("四、政府信息公开行政复议、行政诉讼情况\n", "四、政府信息公开行政复议、行政诉讼情况：本年度行政复议2件，行政诉讼1件。\n"),
        (_T4_END, _T4_END + "其中，行政复议结果维持1件、尚未审结1件；行政诉讼1件，结果纠正。\n"),
        ("六、其他需要报告的事项\n本局", "六、其他需要报告的事项：本局")])


def said_empty() -> str:
    """样例市样例区示例街道办事处: nothing applied for and no case (every table 0), each section saying
    so beside its table (本年度未收到政府信息公开申请, 本年度无行政复议诉讼); the title over two
    lines, 2024年度 on the second."""
    agency = "样例市样例区示例街道办事处"
    text = _zero(_voice(agency, (
        "2024年，示例街道办事处在区政务公开办指导下，做好政府信息公开工作。\n"
        "（一）主动公开。通过区政府网站街道专栏和社区公开栏发布各类信息。\n"
        "（二）依申请公开。本年度未收到政府信息公开申请。\n"
        "（三）政府信息管理。落实公开前保密审查。\n"
        "（四）平台建设。各社区公开栏每月更新。\n"
        "（五）监督保障。本年度未发生政府信息公开行政复议、行政诉讼案件。"),
        five="社区公开栏内容以通知公告为主，政策解读偏少。下一步每季度在社区公开栏张贴一期政策解读。",
        six="本街道本年度未收取信息处理费。",
        extra=[(f"{agency}2024年政府信息公开工作年度报告", f"{agency}\n2024年度政府信息公开工作年度报告"),
               ("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n本年度街道未制发规章和行政规范性文件，"
                                          "无行政许可、行政处罚和行政强制事项。\n"),
               (_T3_END, _T3_END + "本年度未收到政府信息公开申请，无上年结转申请。\n"),
               ("四、政府信息公开行政复议、行政诉讼情况\n", "四、政府信息公开行政复议、行政诉讼情况\n本年度无行政复议诉讼。\n")]))
    return text


def notice_issued() -> str:
    """样例县教育局: the notice that issues the report before it (关于印发…的通知, 各学校：…), a preamble
    of its own; each table under a caption worded otherwise ((一)主动公开情况统计表 …); 三's prose
    counting the applications handled with the carried one in brackets (全年共办理14件（含上年结转1件）)
    and by applicant; a 注 under 表四."""
    agency = "样例县教育局"
    text = _voice(agency, _ONE14.format(who="县教育局"),
                  five="部分学校信息公开栏更新不及时。下一步将学校信息公开纳入学期督导。",
                  six="本局本年度未收取信息处理费。",
                  signed="2025年1月16日")
    title = f"{agency}2024年政府信息公开工作年度报告"
    return _replace(text, [
        (title + "\n", f"关于印发《{title}》的通知\n各学校、局属各单位：\n现将《{title}》印发给你们，请结合实际抓好落实。\n\n"
         + title + "\n"),
        ("根据《中华人民共和国政府信息公开条例》", "2024年是县教育局推进“阳光教育”的第三年。根据《中华人民共和国政府信息公开条例》"),
        ("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n(一)主动公开情况统计表\n"),
        ("三、收到和处理政府信息公开申请情况\n", "三、收到和处理政府信息公开申请情况\n全年共办理14件（含上年结转1件），"
                                              "其中自然人申请10件，法人或其他组织申请3件。\n(二)依申请公开情况统计表\n"),
        ("四、政府信息公开行政复议、行政诉讼情况\n", "四、政府信息公开行政复议、行政诉讼情况\n(三)行政复议、行政诉讼情况统计表\n"),
        (_T4_END, _T4_END + "注：尚未审结的1件行政复议已于2025年1月审结。\n")])


#: name → the voices18 report text, no defect (tests/test_voices18.py)
VOICES18 = {"bracket-numbered": bracket_numbered, "annexed-tables": annexed_tables, "run-in": run_in,
            "said-empty": said_empty, "notice-issued": notice_issued}


# ----------------------------------------------------------------------------------------------
# voices19: the 2025 report year (published in January 2026) by agencies not yet heard — a 人力资源和
# 社会保障局 counting by channel, a 生态环境 分局 under the city's vertical management with the 系统's
# figures beside its own, a 退役军人事务局 whose 一 is split into 总体情况 and 主要工作, an 审计局 with
# almost nothing, a 街道办事处 with many applications and its cases one by one, the 县政府办公室
# reporting for the county government (dated in February, its own deadline), and a 乡 of 2024 whose
# report is very short. Figures in prose with 条/篇/期/个 and channels, 办结率, 同比 and 较去年持平,
# 分别为…, 近百件/10余件/约; the fee as 未产生信息处理费, 信息处理费：0元, 未达到收费标准不予收取, in
# 四 or 一, or charged with its sum; the period in a 注 under a table or as 数据截至…; the date in a
# seal line or without its day; a title in a long form, headings with no numeral, a 七、 after 六 and
# a table of contents — the figures those of tabs_2024.txt unless :func:`_tables` sets others


def _year_2025(text: str) -> str:
    """tabs_2024.txt's report moved on a year: the report year 2025, published in 2026."""
    return text.replace("2025", "2026").replace("2024", "2025")


def _voice19(agency: str, one: str, five: str, six: str, signed: str = "2026年1月20日", extra=()) -> str:
    """``_voice`` for the report year 2025: tabs_2024.txt moved on a year, then ``one`` … ``extra``
    (written for 2025) put in."""
    text = _year_2025((FIXTURES / "tabs_2024.txt").read_text("utf-8"))
    return _replace(text, [(_year_2025(_TITLE), f"{agency}2025年政府信息公开工作年度报告"), (_year_2025(_ONE), one),
                           (_FIVE, five), (_SIX, six), (_year_2025(_SIGNED), f"{agency}\n{signed}"), *extra])


def labour() -> str:
    """样例县人力资源和社会保障局: 主动公开 counted by channel in 条/篇/期 (政府网站、政务新媒体、公开栏),
    applications by how they came (当面、网上、信函, which 表三 does not have), 办结率 and 按时办结率,
    同比 in %, 较去年持平, the results listed then counted with 分别为; the period in a 注 under 表三
    rather than in the preamble; the fee as 未产生信息处理费."""
    text = _voice19("样例县人力资源和社会保障局", (
        "2025年，县人社局以“看得见的就业服务”为主线，推进人社领域政府信息公开。\n"
        "（一）主动公开。全年通过县政府网站人社专栏发布信息186条，通过“样例人社”微信公众号发布政策解读52篇，"
        "在服务大厅公开栏更新12期，同比增长6.3%。制发行政规范性文件3件，较去年持平。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，其中当面申请3件、网上申请8件、信函申请2件；"
        "上年结转1件。办结13件，办结率100%，按时办结率100%，结转下年度继续办理1件。办理结果中，予以公开、部分公开、不予公开"
        "分别为5件、1件、1件，无法提供和不予处理分别为4件、2件。\n"
        "（三）政府信息管理。对社保待遇、就业补贴等12个事项编制公开清单。\n"
        "（四）平台建设。优化人社专栏栏目设置，新增“政策找人”栏目1个。\n"
        "（五）监督保障。全年因政府信息公开被申请行政复议2件、被提起行政诉讼1件，分别为维持1件、尚未审结1件和"
        "结果纠正1件。"),
        five="（一）存在的问题\n政策解读以文字为主，群众阅读门槛较高。\n（二）改进措施\n2026年对就业补贴政策全部配发图解。",
        six="本局2025年度依申请公开工作中未产生信息处理费。",
        extra=[("本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。", "现将本局有关情况报告如下。"),
               ("四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n",
                "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n注：本表统计期限为2025年1月1日至2025年12月31日。\n")])
    return text


def ecology_branch() -> str:
    """样例市生态环境局样例县分局, under the city bureau's vertical management: the 系统's and the city's
    figures beside the 分局's own (全市生态环境系统…其中本分局…); the period said only as 数据截至… at
    the end of 一, not in the preamble; the fee as 信息处理费：0元 in 六 and 一; a 七、 after 六 with the
    report's web address."""
    return _voice19("样例市生态环境局样例县分局", (
        "2025年，样例县分局在市生态环境局的垂直管理下，按照市局统一部署开展政府信息公开工作。"
        "全市生态环境系统共收到政府信息公开申请156件，其中本分局13件。\n"
        "（一）主动公开。全年公开环评审批、排污许可等信息310条，行政处罚决定35件全部公开，"
        "发布环境质量月报12期。\n"
        "（二）依申请公开。新收申请13件，上年结转1件；答复中予以公开5件、部分公开1件、不予公开1件、无法提供4件、"
        "不予处理2件，结转下年度1件。信息处理费：0元。\n"
        "（三）政府信息管理。环境信息公开前均经市局法制科审核。\n"
        "（四）平台建设。在县政府门户网站设立“生态环境”专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。数据截至2025年12月31日。"),
        five="一是环境质量信息解读偏少；二是与市局网站信息同步不够及时。下一步建立与市局信息同步发布机制。",
        six="信息处理费：0元。",
        extra=[("本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。", "现将本分局2025年度政府信息公开工作情况报告如下。"),
               ("\n样例市生态环境局样例县分局\n2026",
                "\n七、其他\n本报告电子版可在样例县人民政府门户网站“政府信息公开年报”栏目查阅。\n\n"
                "样例市生态环境局样例县分局\n2026")])


def veterans() -> str:
    """样例县退役军人事务局: 一 split into （一）总体情况 and （二）主要工作 with 1. to 5. under it, 10余件
    and 约 beside exact figures, cases 分别为…; the fee said in 四 (a sentence of its own) as well as in
    六; the date in the seal line (（盖章） before it, on the same line)."""
    return _voice19("样例县退役军人事务局", (
        "（一）总体情况\n2025年，县退役军人事务局坚持“应公开尽公开”，全年主动公开信息约300条。\n"
        "（二）主要工作\n1.主动公开。全年主动公开政府信息310条，优抚对象抚恤补助标准等信息全部公开。\n"
        "2.依申请公开。全年新收政府信息公开申请13件，上年结转1件，另接到电话咨询10余件。\n"
        "3.政府信息管理。建立公开前保密审查台账。\n"
        "4.平台建设。在退役军人服务站设置政务公开栏。\n"
        "5.监督保障。本年度行政复议2件、行政诉讼1件，结果分别为维持1件、尚未审结1件、纠正1件。"),
        five="政策解读针对性不强。下一步针对退役士兵安置政策制作问答。",
        six="本局本年度未收取信息处理费，无其他需要报告的事项。",
        extra=[("四、政府信息公开行政复议、行政诉讼情况\n", "四、政府信息公开行政复议、行政诉讼情况\n"
                "本年度依申请公开工作中未收取信息处理费。\n"),
               ("\n样例县退役军人事务局\n2026年1月20日", "\n样例县退役军人事务局（盖章）2026年1月20日")])


def audit() -> str:
    """样例县审计局: almost nothing — no application, no case (tables 0 but 表二's 规范性文件 1 in
    force), said briefly; the fee as 未达到收费标准不予收取 in 三; the date 2026年1月 without its day."""
    text = _zero(_voice19("样例县审计局", (
        "2025年，县审计局按要求做好政府信息公开工作。\n"
        "（一）主动公开。公开审计工作报告1篇、审计结果公告2个。\n"
        "（二）依申请公开。全年未收到政府信息公开申请。\n"
        "（三）政府信息管理。无。\n"
        "（四）平台建设。依托县政府门户网站公开。\n"
        "（五）监督保障。无行政复议、行政诉讼。"),
        five="公开内容较少。下一步及时公开审计整改情况。",
        six="本年度不存在收费情况。",
        signed="2026年1月",
        extra=[("三、收到和处理政府信息公开申请情况\n", "三、收到和处理政府信息公开申请情况\n"
                "本年度无依申请公开事项，亦无应收取的信息处理费，未达到收费标准不予收取。\n")]))
    return _replace(text, [("行政规范性文件\t0\t0\t0", "行政规范性文件\t0\t0\t1")])


_BUSY_T3 = {"一、本年新收": (80, 4, 0, 0, 0, 2), "二、上年结转": (3, 0, 0, 0, 0, 0),
            "三、本年度办理结果\t（一）予以公开": (37, 2, 0, 0, 0, 1), "（二）部分公开": (7, 1, 0, 0, 0, 0),
            "4.保护第三方": (3, 0, 0, 0, 0, 0), "（四）无法提供\t1.": (19, 1, 0, 0, 0, 0), "2.没有现成": (5, 0, 0, 0, 0, 0),
            "（五）不予处理\t1.": (5, 0, 0, 0, 0, 1), "（六）其他处理\t1.": (1, 0, 0, 0, 0, 0),
            "2.申请人逾期": (1, 0, 0, 0, 0, 0),
            "四、结转下年度": (5, 0, 0, 0, 0, 0)}


def busy_street() -> str:
    """样例市样例区示例街道办事处: many applications (表三 of its own: 86 new, 3 carried, 84 answered, 5
    carried on), 近百件 beside the exact figures, channels, 办结率 94.4%, the cases one by one, the
    year's count again in a summary paragraph; a table of contents after the preamble; a fee charged
    (计收…100元) and an application dropped for a fee not paid, 表三's row for it 1."""
    text = _voice19("样例市样例区示例街道办事处", (
        "2025年，示例街道辖区内老旧小区改造、征收补偿项目集中，政府信息公开申请量明显上升，全年受理申请近百件。\n"
        "（一）主动公开。在区政府网站街道专栏、“示例街道”政务新媒体和社区公开栏发布信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请86件，同比增长43.3%，上年结转3件。其中当面申请20件、网上申请58件、"
        "信函申请8件。全年办结84件，办结率94.4%，结转下年度继续办理5件。典型案例：一是申请人申请公开某小区改造"
        "资金拨付情况，予以公开；二是申请人申请公开他人房屋征收补偿协议，以保护第三方合法权益为由不予公开；"
        "三是申请人以申请形式反映邻里纠纷，告知其通过信访渠道反映。\n"
        "（三）政府信息管理。征收项目信息实行一项目一台账。\n"
        "（四）平台建设。8个社区公开栏统一样式。\n"
        "（五）监督保障。被申请行政复议1件，结果维持。\n"
        "总的看，全年新收申请86件，比上年多26件，申请集中在征收补偿领域。"),
        five="申请量增长快，答复力量不足。下一步在征收指挥部设立信息公开专岗。",
        six="本年度按件计收信息处理费1件，金额100元；另有1件申请人逾期未按收费通知要求缴纳费用，不再处理其申请。",
        extra=[("\n一、总体情况\n", "\n目录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
                "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n"
                "\n一、总体情况\n")])
    return _tables(text, _BUSY_T3, (1, 0, 0, 0, 1) + (0,) * 10)


def county_office() -> str:
    """样例县人民政府办公室 reporting for 样例县人民政府 itself (its deadline 2月20日): dated 2026年2月12日;
    the 县本级 and 全县 figures beside each other; 二 titled in a long form (…情况（含…）); 一's parts
    under headings with no numeral, alone on a line (a bold line in the Word file) or in 【】 before
    their sentence."""
    agency = "样例县人民政府"
    text = _voice19(agency, (
        "2025年，县政府办公室在县政府领导下，统筹推进全县政务公开工作。\n"
        "主动公开情况\n县政府全年主动公开政府信息310条，其中县政府文件45件、政策解读38篇；全县各乡镇、部门共主动公开"
        "政府信息1.2万条。\n"
        "依申请公开情况\n县政府本级新收政府信息公开申请13件，上年结转1件；全县共收到申请约420件。\n"
        "【政府信息管理】县政府制发行政规范性文件3件，废止1件。\n"
        "【平台建设】县政府门户网站全年访问量约85万人次。\n"
        "【监督保障】县政府本级被申请行政复议2件、被提起行政诉讼1件。"),
        five="全县政务公开工作发展不平衡，部分乡镇专栏更新慢。下一步按季度通报乡镇专栏更新情况。",
        six="县政府本级本年度未收取信息处理费。",
        signed="2026年2月12日",
        extra=[("二、主动公开政府信息情况\n", "二、主动公开政府信息情况（含规章、行政规范性文件制发情况）\n")])
    return text


def short_township() -> str:
    """样例县示例乡人民政府, 2024: a very short report — 一 a single sentence, 五 two, every table 0; the
    fee as 无收费事项 in 一 and in 六; the date 2025年1月 without its day."""
    return _zero(_voice("样例县示例乡人民政府", (
        "2024年，示例乡主动公开政府信息310条，未收到政府信息公开申请，无行政复议、行政诉讼，无收费事项。"),
        five="村里的公开栏更新慢，群众反映看不到新内容。下一步由乡党政办每月到各村检查一次。",
        six="本乡本年度无收费事项。",
        signed="2025年1月"))


#: name → the voices19 report text, no defect (tests/test_voices19.py)
VOICES19 = {"labour": labour, "ecology-branch": ecology_branch, "veterans": veterans, "audit": audit,
            "busy-street": busy_street, "county-office": county_office, "short-township": short_township}


# ----------------------------------------------------------------------------------------------
# voices20: the 2025 report year again, by agencies and voices not yet heard — a 医疗保障局 counting in
# 人次/批次/项 with 其中 nested under a total and last year's figure in the same sentence, a 林业和草原局
# writing its numbers in words (一件、两起、十余条、零) with a long 六 of two parts, an 开发区管委会 with
# its departments' and enterprises' figures beside its own and applications by channel, a 镇 whose two
# merged 村 committees' figures are given beside the town's, a 市场监督管理局 with many 行政处罚 restated
# with 共计/累计 and 同比 with both numbers, a 教育局 with its schools' figures beside its own and the fee
# said in 五, a 司法局 whose headings carry extra words and whose date follows the signature on its
# line; the fee as 未收取任何费用 / 不涉及信息处理费收取 / 收取信息处理费0元 / 按照…规定不收取 / a 注
# under 表三 / 收费 alone; the period as 2025年度 only, plans for 2026; dates with spaces, in
# full-width digits, or 二〇二六年一月 with no day


def medical_insurance() -> str:
    """样例县医疗保障局: 主动公开 in 条 with 其中 nested twice, 人次 and 批次 beside them, last year's
    figure in the same sentence as the year's (较上年的11件增加2件), a total that includes 上年结转
    (共办理14件，其中本年新收13件、上年结转1件), 同比 with both numbers; the fee as
    本机关在依申请公开工作中未收取任何费用; the date in full-width digits."""
    return _voice19("样例县医疗保障局", (
        "2025年，县医疗保障局围绕医保待遇、基金监管等群众关切，推进医疗保障领域政府信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，其中医保政策类126条（其中政策解读38条），"
        "定点医药机构名单更新4批次，惠及参保群众约3.6万人次。\n"
        "（二）依申请公开。本年新收政府信息公开申请13件，较上年的11件增加2件；全年共办理14件，其中本年新收13件、"
        "上年结转1件。同比方面，予以公开5件（上年4件），无法提供4件（上年3件）。\n"
        "（三）政府信息管理。对医保目录调整等12项信息实行动态更新。\n"
        "（四）平台建设。在县政府门户网站医保专栏开设“医保政策问答”栏目。\n"
        "（五）监督保障。全年被申请行政复议2件，被提起行政诉讼1件。"),
        five="（一）存在的问题\n医保政策解读形式单一。\n（二）改进情况\n2026年将制作医保待遇政策图解10期。",
        six="本机关在依申请公开工作中未收取任何费用。",
        signed="２０２６年１月１５日")


def forestry_grassland() -> str:
    """样例县林业和草原局: numbers in words (两起、一件、十余条、零), the period said only as 2025年度
    in the preamble, 2026's plans in 五; 六 long and in two parts (（一）信息处理费… with
    不涉及信息处理费收取, （二）…); the date 二〇二六年一月 with no day."""
    return _voice19("样例县林业和草原局", (
        "2025年度，县林业和草原局按照《条例》要求，做好林草领域政府信息公开工作。\n"
        "（一）主动公开。全年公开林木采伐许可、森林防火等信息三百一十条，发布森林防火预警十余条。"
        "制发行政规范性文件三件。\n"
        "（二）依申请公开。全年新收申请十三件，上年结转一件，结转下年度一件；因保护第三方合法权益不予公开一件。\n"
        "（三）政府信息管理。公开前逐条审查，全年发生泄密事件零起。\n"
        "（四）平台建设。在县政府门户网站设立“林草信息”专栏。\n"
        "（五）监督保障。被申请行政复议两起，被提起行政诉讼一起。"),
        five="一是林草政策解读不足；二是基层林业站公开意识不强。2026年将开展林业站信息公开培训两次。",
        six=("（一）收取信息处理费情况\n本单位本年度不涉及信息处理费收取。\n"
             "（二）落实上级年度政务公开工作要点情况\n按照县政务公开工作要点，公开森林草原防火、林长制等信息，"
             "全年召开政务公开工作会议两次，组织培训一次。\n"
             "（三）人大代表建议和政协委员提案办理结果公开情况\n本年度承办人大代表建议四件、政协委员提案三件，"
             "办理结果均已公开。"),
        signed="二〇二六年一月",
        extra=[("本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。", "本报告所列数据为2025年度数据。")])


def development_zone() -> str:
    """样例经济技术开发区管理委员会: its departments' and its enterprises' figures beside its own (各部门…
    其中管委会本级…), applications split by channel (网上申请9件、当面申请3件、信函申请1件), a share (占…%),
    the fee as 收取信息处理费0元; the date with spaces between its parts."""
    return _voice19("样例经济技术开发区管理委员会", (
        "2025年，开发区管委会围绕营商环境优化，推进政务公开工作。\n"
        "（一）主动公开。管委会及各部门全年主动公开信息1260条，其中管委会本级310条，占24.6%。"
        "区内企业通过“企业服务平台”查询政策信息8000余人次。\n"
        "（二）依申请公开。管委会本级新收政府信息公开申请13件，其中网上申请9件、当面申请3件、信函申请1件；"
        "各部门共收到申请27件。予以公开5件，占38.5%。\n"
        "（三）政府信息管理。建立政策文件库，收录现行有效规范性文件12件。\n"
        "（四）平台建设。开发区门户网站改版，新增“惠企政策”栏目。\n"
        "（五）监督保障。管委会本级被申请行政复议2件、被提起行政诉讼1件。"),
        five="惠企政策分散在各部门网站。2026年将整合至“惠企政策”栏目统一发布。",
        six="本年度收取信息处理费0元。",
        signed="2026 年 1 月 16 日")


def merged_town() -> str:
    """样例县示例镇人民政府, whose two 村 committees merged during the year: the merged 村's figures beside
    the town's (原…村和…村合并为…村, 村务公开…条), 零 and 无 for nothing, the fee as 按照…规定不收取; the
    date 二〇二六年一月二十日 after the agency on one line."""
    return _voice19("样例县示例镇人民政府", (
        "2025年，示例镇完成原东湖村、西岭村两村合并，设立湖岭村。镇政府同步做好合并前后村务、政务信息公开衔接。\n"
        "（一）主动公开。全年通过镇政府网站和公开栏主动公开政府信息310条；湖岭村村务公开栏公开村务信息45条，"
        "其中原东湖村18条、原西岭村27条。\n"
        "（二）依申请公开。全镇全年新收政府信息公开申请13件，上年结转1件，其中涉及两村合并的申请5件。\n"
        "（三）政府信息管理。对合并前两村的档案进行清点移交。\n"
        "（四）平台建设。统一湖岭村公开栏样式。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件，被追责问责零人次。"),
        five="合并后村务公开栏内容衔接不够。下一步按季度检查湖岭村公开栏。",
        six="按照《政府信息公开信息处理费管理办法》有关规定，本镇本年度对依申请公开不收取信息处理费。",
        extra=[("\n样例县示例镇人民政府\n2026年1月20日", "\n样例县示例镇人民政府  二〇二六年一月二十日")])


_MARKET_T2 = [("行政处罚\t35", "行政处罚\t486"), ("行政强制\t2", "行政强制\t57"), ("行政许可\t120", "行政许可\t2340")]


def market_regulation() -> str:
    """样例县市场监督管理局 with many 行政处罚 (表二 486): the table's figures restated with 共计/合计/累计,
    同比 with both numbers (同比2024年的412件增长18.0%), 批次 and 宗; the fee in a 注 under 表三 as well
    as in 六, where it is named only as 收费 (依申请公开未收费)."""
    text = _voice19("样例县市场监督管理局", (
        "2025年，县市场监管局以“双随机、一公开”为抓手，推进市场监管领域政府信息公开。\n"
        "（一）主动公开。全年办理行政许可2340件，作出行政处罚决定共计486件，同比2024年的412件增长18.0%，"
        "行政强制57件，均按规定在作出决定之日起7个工作日内公开。累计公开食品安全抽检信息120批次，"
        "公开抽检不合格食品核查处置情况8宗。\n"
        "（二）依申请公开。新收政府信息公开申请合计13件，上年结转1件。\n"
        "（三）政府信息管理。行政处罚信息公开前经法制审核。\n"
        "（四）平台建设。在国家企业信用信息公示系统同步公示行政处罚信息。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="行政处罚信息公开后的信用修复衔接不够。2026年建立公开与信用修复联动机制。",
        six="本局2025年度依申请公开未收费，无其他需要报告的事项。",
        extra=[("四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n",
                "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n注：本年度未收取信息处理费。\n"), *_MARKET_T2])
    return text


def education_schools() -> str:
    """样例县教育局 with its schools' figures beside its own (全县中小学…局机关…), 各学校共收到申请…; the
    fee said in a sentence inside 五 and again in 六; the period as 本年度 in 一 and 2026's plans."""
    return _voice19("样例县教育局", (
        "2025年，县教育局指导全县58所中小学推进校务公开，局机关依法做好政府信息公开。\n"
        "（一）主动公开。全县中小学共公开校务信息2300余条；局机关主动公开政府信息310条，同比增长5.1%。\n"
        "（二）依申请公开。局机关本年度新收政府信息公开申请13件，各学校共收到信息公开申请6件，均已答复。"
        "局机关办理结果为：予以公开5件，部分公开1件，不予公开1件，无法提供4件，不予处理2件。\n"
        "（三）政府信息管理。招生入学信息实行县级统一审核。\n"
        "（四）平台建设。各学校校务公开栏统一设置。\n"
        "（五）监督保障。局机关被申请行政复议2件，被提起行政诉讼1件。"),
        five=("学校公开工作不平衡。下一步将校务公开纳入学校年度考核。"
              "本年度依申请公开未收取信息处理费，2026年如需收费将严格按照规定执行。"),
        six="本局本年度未收取信息处理费，无其他需要报告的事项。")


def justice() -> str:
    """样例县司法局: a heading with the year in brackets after it (一、总体情况（2025年度）) and one over two
    lines (五、存在的主要问题 / 及改进情况, as a bold run split in two); 六 in two parts, the fee the
    first; 同比 with last year's figure in brackets, 与上年…持平; the date after the agency on one line."""
    text = _voice19("样例县司法局", (
        "2025年，县司法局围绕法治政府建设，推进司法行政领域政府信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，同比（2024年290条）增加20条；公开法律援助案件办理情况"
        "等信息56份。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，与上年13件持平。\n"
        "（三）政府信息管理。规范性文件合法性审核意见一律公开。\n"
        "（四）平台建设。在“样例司法”公众号开设“以案释法”栏目。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="普法信息针对性不强。2026年将按群体分类发布普法信息。",
        six=("（一）信息处理费收取情况\n本年度未收取信息处理费。\n"
             "（二）其他事项\n本局2025年度办理人大代表建议2件、政协委员提案3件，办理结果已按要求公开。"),
        extra=[("\n一、总体情况\n", "\n一、总体情况（2025年度）\n"),
               ("\n五、存在的主要问题及改进情况\n", "\n五、存在的主要问题\n及改进情况\n"),
               ("\n样例县司法局\n2026年1月20日", "\n样例县司法局 2026年1月20日")])
    return text


#: name → the voices20 report text, no defect (tests/test_voices20.py)
VOICES20 = {"medical-insurance": medical_insurance, "forestry-grassland": forestry_grassland,
            "development-zone": development_zone, "merged-town": merged_town,
            "market-regulation": market_regulation, "education-schools": education_schools, "justice": justice}


# ----------------------------------------------------------------------------------------------
# voices21: the report year 2026 (published January 2027), by agencies not yet heard — a 发展和改革局
# restating 表三 as 受理/办结/答复 with 办结率 and another year's figure in the same sentence, its period
# only as …数据为2026年度数据 and its date with a note on the same line; a 财政局 with figures in 万 and
# 余/近/超过, ranges (3至5家), 四 titled for 行政复议和行政诉讼, the date in 〇 numerals; a 交通运输局
# with the title's agency broken over two lines and the fee in a 注 under 表三 said again in 六; an
# 应急管理局 counting 演练/培训/人次 (not table figures), a 五 with 和 for 及, 特此报告 before its date;
# a newly formed 数据局 (its first report: nothing carried from last year); a 农业农村局 stating last
# year's carried application in prose (X80x) and a number broken by a line end; a 街道 whose 六 is
# long (人大建议, 要点落实, 2027's plans) and whose fee is said as 未发生收费情况


def _year_2026(text: str) -> str:
    """tabs_2024.txt's report moved on two years: the report year 2026, published in 2027."""
    return text.replace("2025", "2027").replace("2024", "2026")


def _voice21(agency: str, one: str, five: str, six: str, signed: str = "2027年1月20日", extra=()) -> str:
    """``_voice`` for the report year 2026: tabs_2024.txt moved on two years, then ``one`` … ``extra``
    (written for 2026) put in."""
    text = _year_2026((FIXTURES / "tabs_2024.txt").read_text("utf-8"))
    return _replace(text, [(_year_2026(_TITLE), f"{agency}2026年政府信息公开工作年度报告"), (_year_2026(_ONE), one),
                           (_FIVE, five), (_SIX, six), (_year_2026(_SIGNED), f"{agency}\n{signed}"), *extra])


def development_reform() -> str:
    """样例县发展和改革局: 表三's figures restated as 受理/办结/答复 (受理13件，办结13件，均已按时答复，办结率100%),
    another year's figure in the same sentence (较2025年的10件增加3件), 近/余 beside exact figures, 万 in a
    count that is no table figure; the period only as “本报告所列数据为2026年度数据”; the fee as
    信息处理费收取为零; the date with a note after it on its own line (2027年1月20日（此件公开发布）)."""
    return _voice21("样例县发展和改革局", (
        "2026年，县发展改革局围绕项目审批、价格监测等重点领域，依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，较2025年的286条增加24条；发布重要商品价格监测数据1.2万余条，"
        "公开重点项目近40个。制发行政规范性文件3件。\n"
        "（二）依申请公开。全年受理政府信息公开申请13件，较2025年的10件增加3件；办结13件，均已按时答复，"
        "办结率100%。上年结转的1件已办结。\n"
        "（三）政府信息管理。对项目审批信息实行公开前合法性审查。\n"
        "（四）平台建设。在县政府门户网站开设“重点项目”栏目。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件，无一件被复议纠错。"),
        five="价格监测信息解读不够。2027年将按月发布价格监测分析。",
        six="本局本年度信息处理费收取为零。",
        signed="2027年1月20日（此件公开发布）",
        extra=[("本报告所列数据的统计期限自2026年1月1日起至2026年12月31日止。", "本报告所列数据为2026年度数据。")])


def finance() -> str:
    """样例县财政局: 预决算公开 counted in 万 and with 超过/余 (68个部门, 超过1.5万条), a range (3至5家),
    四 titled “四、政府信息公开行政复议和行政诉讼情况”; the fee as 严格执行…办法，全年未收费; the
    date in 〇 numerals (二〇二七年一月十八日)."""
    return _voice21("样例县财政局", (
        "2026年，县财政局以预决算公开为重点，推进财政领域政府信息公开。\n"
        "（一）主动公开。全县68个部门预决算全部公开，公开财政资金直达信息超过1.5万条；全年主动公开政府信息310条。"
        "每季度抽查3至5家单位的预算公开情况。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，均在法定期限内回复。\n"
        "（三）政府信息管理。预决算公开实行统一模板。\n"
        "（四）平台建设。县政府门户网站设置“预决算公开”专栏。\n"
        "（五）监督保障。被申请行政复议2件、被提起行政诉讼1件。"),
        five="部分部门预算公开细化程度不够。2027年将开展预决算公开专项检查。",
        six="严格执行《政府信息公开信息处理费管理办法》，全年未收费。",
        signed="二〇二七年一月十八日",
        extra=[("四、政府信息公开行政复议、行政诉讼情况\n", "四、政府信息公开行政复议和行政诉讼情况\n")])


def transport() -> str:
    """样例县交通运输局: the title's agency broken over two lines (样例县交通运输局 / 2026年…报告), 公开
    figures in 千 (2.4千余条), a number with its year in the same sentence (2026年…), the fee in a 注 under
    表三 (信息处理费收取为零) and again in 六; the date 2027年1月15日 after 特此报告."""
    return _voice21("样例县交通运输局", (
        "2026年，县交通运输局围绕交通建设、运输服务等重点，推进政府信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，发布道路运输许可信息2.4千余条，制发行政规范性文件3件。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件；予以公开5件，部分公开1件。\n"
        "（三）政府信息管理。公路建设项目信息按节点公开。\n"
        "（四）平台建设。县政府门户网站交通专栏新增“公路养护”栏目1个。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="公路建设项目信息更新不及时。2027年将建立项目信息按月更新机制。",
        six="本局本年度依申请公开未收取信息处理费。",
        signed="2027年1月15日",
        extra=[("样例县交通运输局2026年政府信息公开工作年度报告", "样例县交通运输局\n2026年政府信息公开工作年度报告"),
               ("四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n",
                "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n注：本年度信息处理费收取为零。\n"),
               ("\n样例县交通运输局\n2027年1月15日", "\n特此报告。\n\n样例县交通运输局\n2027年1月15日")])


def emergency() -> str:
    """样例县应急管理局: figures for 政务公开 work that are not table figures (演练12场、培训1200余人次、
    会议4次、栏目2个), 表二's 行政处罚 said as 作出行政处罚决定35件; 五 titled with 和 for 及; 特此报告 on
    the line before the agency, the date 2027年1月22日 (星期五) after it."""
    return _voice21("样例县应急管理局", (
        "2026年，县应急管理局围绕安全生产、防灾减灾，推进应急管理领域政府信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，作出行政处罚决定35件，全部在规定时限内公开。"
        "组织应急演练12场，开展安全生产培训1200余人次，召开政务公开工作会议4次。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，全部按时办结。\n"
        "（三）政府信息管理。对执法信息实行公开前审核。\n"
        "（四）平台建设。在县政府门户网站新设“安全生产”“防灾减灾”栏目2个。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="执法信息公开时效有待提高。2027年将执法信息纳入执法平台自动推送。",
        six="本局本年度未收取信息处理费。",
        signed="2027年1月22日（星期五）",
        extra=[("五、存在的主要问题及改进情况\n", "五、存在的主要问题和改进情况\n"),
               ("\n样例县应急管理局\n2027年1月22日", "\n特此报告。\n样例县应急管理局\n2027年1月22日")])


#: 表三 of a body formed in the year: no application carried from last year, 14 new
_NEW_BODY_T3 = {"一、本年新收": (11, 2, 0, 1, 0, 0), "三、本年度办理结果\t（一）予以公开": (4, 1, 0, 0, 0, 0),
                "（二）部分公开": (1, 0, 0, 0, 0, 0), "4.保护第三方": (1, 0, 0, 0, 0, 0),
                "（四）无法提供\t1.": (2, 1, 0, 0, 0, 0), "2.没有现成": (1, 0, 0, 0, 0, 0),
                "（五）不予处理\t1.": (1, 0, 0, 1, 0, 0), "四、结转下年度": (1, 0, 0, 0, 0, 0)}


def data_bureau() -> str:
    """样例县数据局, formed in 2026 (its first report: 组建以来, 无上年度数据, nothing carried over): the
    applications as 自组建以来共受理…14件 with 无上年结转, 回复 for 答复, the 公共数据 figures in 万;
    the date in ○ (the circle, not 〇) numerals."""
    text = _voice21("样例县数据局", (
        "样例县数据局于2026年3月挂牌组建，本报告为本局首份政府信息公开工作年度报告，无上年度数据可比。\n"
        "（一）主动公开。自组建以来主动公开政府信息310条，编制公共数据资源目录1个，开放公共数据集86个、"
        "数据3.5万条。制发行政规范性文件3件。\n"
        "（二）依申请公开。自组建以来共受理政府信息公开申请14件，无上年结转，已全部回复。\n"
        "（三）政府信息管理。建立数据开放前安全审查机制。\n"
        "（四）平台建设。在县政府门户网站开设“数据开放”栏目。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="公共数据开放范围偏窄。2027年将扩大公共数据开放目录。",
        six="本局本年度未收取信息处理费。",
        signed="二○二七年一月十九日")
    return _tables(text, _NEW_BODY_T3, (1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0))


def agriculture() -> str:
    """样例县农业农村局: last year's carried application stated in prose (上年结转的1件已于2026年2月办结;
    2025年度报告中结转下年度的1件), a figure broken by a line end before its unit (制发行政规范性文件3 / 件), 余/约 counts of
    farmers; the fee sentence inside 三 as well as in 六."""
    return _voice21("样例县农业农村局", (
        "2026年，县农业农村局围绕强农惠农政策落实，做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，公开耕地地力保护补贴发放信息涉及农户约2.3万户。"
        "制发行政规范性文件3\n件。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件；2025年度报告中结转下年度继续办理的1件，已于2026年2月办结。\n"
        "（三）政府信息管理。惠农补贴信息公开前经乡镇复核。\n"
        "（四）平台建设。在村务公开栏同步公示补贴信息。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="补贴信息公示时间偏短。2027年将公示期统一延长至10天。",
        six="本局本年度未收取信息处理费，无其他需要报告的事项。",
        extra=[("三、收到和处理政府信息公开申请情况\n",
                "三、收到和处理政府信息公开申请情况\n本年度依申请公开未收取信息处理费。\n")])


def long_six_street() -> str:
    """样例县示例街道办事处 whose 六 is long: （一）…（四） with 人大代表建议/政协委员提案 counts,
    政务公开工作要点落实 (会议2次、培训3次、90余人次), 2027's plans, and the fee as 未发生收费情况;
    六 titled with an extra 的 (六、其他需要报告的的事项 is not it: 六、其他需要报告的事项情况)."""
    return _voice21("样例县示例街道办事处", (
        "2026年，示例街道以社区为单元，推进基层政务公开标准化规范化。\n"
        "（一）主动公开。全年通过区政府网站街道专栏和12个社区公开栏主动公开政府信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，结转下年度继续办理1件。\n"
        "（三）政府信息管理。建立社区公开事项清单。\n"
        "（四）平台建设。12个社区公开栏统一样式。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件，未发生被追责情况。"),
        five="社区公开栏更新频次不一。2027年将实行社区公开栏月检查。",
        six=("（一）信息处理费收取情况\n本街道本年度依申请公开未发生收费情况。\n"
             "（二）人大代表建议和政协委员提案办理情况\n本年度承办人大代表建议3件、政协委员提案5件，均已办结并公开办理结果。\n"
             "（三）落实政务公开工作要点情况\n召开政务公开工作推进会2次，组织社区工作人员培训3次、90余人次。\n"
             "（四）2027年工作安排\n2027年，街道将推进政务公开向居民小区延伸，计划新设小区公开栏20个。"),
        signed="2027年1月25日")


VOICES21 = {"development-reform": development_reform, "finance": finance, "transport": transport,
            "emergency": emergency, "data-bureau": data_bureau, "agriculture": agriculture,
            "long-six-street": long_six_street}


# -- VOICES22: the later parts as staff write them, round 22 ----------------------------------------
# a 商务局 whose 六 answers a form's question (是否收取信息处理费：否) and whose 五 is two short clauses
# parted by a comma; a 文化和旅游局 whose 六 names 收费 as what it published (收费公示、门票收费、停车收费)
# and says the fee as 均为无偿提供, the agency and the date on one line; a 城市管理局 whose 六 is items,
# the fee answered 信息处理费收取：否 with no full stop above the closing, and 工作经费 beside it; a county
# government named short (样例县政府), dated within its own deadline (2月20日), a toll station in 六.


def commerce() -> str:
    """样例县商务局: 六 as a form's question answered (是否收取信息处理费：否。), 五 two short clauses
    parted by a comma (政策解读偏少，下一步增加图解。), 收费 nowhere else."""
    return _voice21("样例县商务局", (
        "2026年，县商务局围绕稳外贸、促消费，依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，制发行政规范性文件3件。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，均按时答复。\n"
        "（三）政府信息管理。惠企政策公开前经合法性审查。\n"
        "（四）平台建设。在县政府门户网站开设“惠企政策”栏目。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="政策解读偏少，下一步增加图解。",
        six="是否收取信息处理费：否。",
        signed="2027年1月21日")


def culture_tourism() -> str:
    """样例县文化和旅游局: 六 names 收费 as what was published (文化市场收费公示信息20条, 景区门票收费、停车收费等)
    and says the fee as 依申请公开政府信息均为无偿提供 (no 费 in it); the agency and the date on one line."""
    text = _voice21("样例县文化和旅游局", (
        "2026年，县文化和旅游局围绕文旅市场监管和公共文化服务，推进政府信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，制发行政规范性文件3件。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，均在法定期限内答复。\n"
        "（三）政府信息管理。文旅市场执法信息公开前经法制审核。\n"
        "（四）平台建设。在县政府门户网站开设“文旅资讯”栏目。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="旅游景区信息更新不够及时。2027年将建立景区信息月更新制度。",
        six=("本年度主动公开文化市场收费公示信息20条，重点公开了景区门票收费、停车收费等信息。\n"
             "本局依申请公开政府信息均为无偿提供。"),
        signed="2027年1月19日")
    return _replace(text, [("样例县文化和旅游局\n2027年1月19日", "样例县文化和旅游局 2027年1月19日")])


def city_management() -> str:
    """样例县城市管理局: 六 in items, the fee item answered 信息处理费收取：否 with no full stop, on the
    line right above the closing lines (it is not run on into them); the office's 工作经费 in another item."""
    text = _voice21("样例县城市管理局", (
        "2026年，县城市管理局围绕市容环境和城市运行，依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，制发行政规范性文件3件。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，均已办结。\n"
        "（三）政府信息管理。执法信息实行“谁执法谁公开”。\n"
        "（四）平台建设。在县政府门户网站开设“城市管理”栏目。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="执法结果公开不够全面。2027年将行政处罚结果全部在七日内公开。",
        six=("（一）政务公开工作保障情况\n本年度共收到政务公开工作经费5万元，用于公开栏改造。\n"
             "（二）信息处理费收取情况\n信息处理费收取：否"),
        signed="2027年1月23日")
    return _replace(text, [("收取：否\n\n样例县城市管理局", "收取：否\n样例县城市管理局")])


def county_government() -> str:
    """样例县政府 (named short, no 人民): a county government's report, dated 2027年2月10日 — within the
    county deadline (2月20日), not a department's (1月31日); 收费站 in 六 beside the fee statement."""
    return _voice21("样例县政府", (
        "2026年，样例县政府坚持以公开为常态、不公开为例外，全面推进政务公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，制发行政规范性文件3件。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，均在法定期限内答复。\n"
        "（三）政府信息管理。开展行政规范性文件清理。\n"
        "（四）平台建设。整合县政府门户网站政务公开专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="乡镇公开栏更新不够及时。2027年将乡镇公开栏纳入年度考核。",
        six="本年度配合做好收费站撤销后的信息公开工作。本年度未收取信息处理费。",
        signed="2027年2月10日")


VOICES22 = {"commerce": commerce, "culture-tourism": culture_tourism, "city-management": city_management,
            "county-government": county_government}


# -- VOICES29: agencies and wordings of round 29 ------------------------------------------------------
# a county 水利局 (统计时间为…, 万余条, 同比增长, 五 split into 存在的主要问题 / 改进情况 headed in bold-less
# lines), a 民政局 (五 numbered 1. 2., 六 titled 其他需要报告事项 with 人大代表建议 and 政协提案 counts, the
# date in Chinese numerals 二〇二五年一月十日), a 住房和城乡建设局 (2025: 数据统计时限…, the fee as 不涉及,
# an 附件 list after the date), a 统计局 (2025: 件次/人次, ranges, the fee as 本机关未产生信息处理费), a
# 镇 heavy with its 村 and 社区 (the date 2025年1月 above the agency's name), a 市政府办公室 reporting
# for itself (2025: 本级, 信息处理费收取情况：无), a 住房公积金管理中心 (万余条, 人次, 年度工作要点落实 in
# 六), a 气象局 under vertical management (2025: the province's system beside its own, the agency over
# two lines) — the figures those of tabs_2024.txt (moved on a year for 2025)


def water_resources() -> str:
    """样例县水利局: the period as 统计时间为…, 万余条 and 同比增长 beside the table figures, 五 in two
    parts titled 存在的主要问题 / 改进情况 with the year said 今年 and 明年, the fee as 信息处理费收取情况：不涉及。
    (not applicable: none)"""
    return _voice("样例县水利局", (
        "2024年，县水利局围绕防汛抗旱、河湖长制等重点工作，依法做好政府信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，同比增长8.4%；发布雨水情信息1.2万余条。"
        "制发行政规范性文件3件，作出行政许可决定120件。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，较上年增加2件，上年结转1件，"
        "其中涉及取水许可的6件、河道采砂的3件。\n"
        "（三）政府信息管理。水利工程建设信息按项目建档公开。\n"
        "（四）平台建设。在县政府门户网站开设“河湖长制”专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five=("（一）存在的主要问题\n今年水利工程建设信息公开不够及时，部分项目进度更新滞后。\n"
              "（二）改进情况\n明年将工程建设信息纳入项目月报，做到每月更新一次。"),
        six="信息处理费收取情况：不涉及。",
        extra=[("本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
                "统计时间为2024年1月1日至2024年12月31日。")])


def civil_affairs() -> str:
    """样例县民政局: 五 numbered 1. 2., 六 titled 其他需要报告事项 with 人大代表建议 and 政协提案 counts
    and the fee as 没有收取信息处理费, the date in Chinese numerals (二〇二五年一月十日)."""
    return _voice("样例县民政局", (
        "2024年，县民政局围绕社会救助、养老服务、婚姻登记等民生事项，持续深化政府信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，其中低保、特困供养等救助信息按月公开12期，"
        "惠及困难群众约4600人次。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，结转下年度继续办理1件。\n"
        "（三）政府信息管理。救助对象信息公开前去除身份证号等个人信息。\n"
        "（四）平台建设。在县政府门户网站开设“社会救助”专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件，无责任追究情况。"),
        five=("1.存在的问题：社会救助信息公开的规范性有待提高，个别乡镇公示内容不完整。\n"
              "2.改进措施：2025年将统一全县救助信息公示模板，开展乡镇民政办业务培训。"),
        six=("本年度承办县人大代表建议6件、政协委员提案4件，均已按期办结，办复率100%。"
             "依申请公开政府信息没有收取信息处理费。"),
        signed="二〇二五年一月十日",
        extra=[("六、其他需要报告的事项\n", "六、其他需要报告事项\n")])


def housing() -> str:
    """样例县住房和城乡建设局 (2025): the period as 数据统计时限为…—…, 较上年 changes, the fee as 不涉及
    after its own heading, 收费 as what people asked about (关于物业收费的咨询32件), an 附件 list after the
    date naming a 信息处理费收取情况表 (a table's name, no statement)."""
    return _voice19("样例县住房和城乡建设局", (
        "2025年，县住房城乡建设局围绕保障性住房、物业管理、建筑市场监管，推进政府信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，较上年增加24条；公开保障性住房分配信息3批次、涉及286户。"
        "作出行政处罚决定35件。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，较上年减少5件，其中自然人申请10件，法人或其他组织申请3件。\n"
        "（三）政府信息管理。建立公开前保密审查台账。\n"
        "（四）平台建设。在县政府门户网站开设“住房保障”专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="物业管理信息公开覆盖面不够。2026年将推动住宅小区物业收费标准全部公开。",
        six="（一）信息处理费收取情况\n不涉及。\n（二）其他事项\n本年度收到群众关于物业收费的咨询32件，均已答复。",
        signed="2026年1月18日",
        extra=[("本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。",
                "数据统计时限为2025年1月1日—2025年12月31日。"),
               ("\n样例县住房和城乡建设局\n2026年1月18日",
                "\n样例县住房和城乡建设局\n2026年1月18日\n\n附件：1.主动公开政府信息情况表\n2.收到和处理政府信息公开申请情况表\n"
                "3.信息处理费收取情况表")])


def statistics() -> str:
    """样例县统计局 (2025): 件次 and 人次, a range of days (3至5个工作日), 其中 by applicant, the fee
    as 本机关未产生信息处理费, 五 as 一是…二是….."""
    return _voice19("样例县统计局", (
        "2025年，县统计局以统计数据公开为重点，依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开统计数据和分析报告310条，发布统计月报12期，统计公报1件，"
        "网站访问量4.6万人次。制发行政规范性文件3件。\n"
        "（二）依申请公开。全年受理政府信息公开申请13件次，其中自然人10件次、法人或其他组织3件次，"
        "一般在3至5个工作日内答复，上年结转1件。\n"
        "（三）政府信息管理。统计数据发布前经数据质量审核。\n"
        "（四）平台建设。在县政府门户网站开设“统计数据”专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="一是统计数据解读不够通俗；二是历史数据查询不便。下一步将建立统计数据库并配发图解。",
        six="本机关未产生信息处理费。",
        signed="2026年1月16日")


def villages_town() -> str:
    """示例镇 of many 村 and 社区: figures per village (18个行政村、3个社区, 村务公开栏更新216期), a
    行政村 count beside table figures, 六 with 年度工作要点落实 and the fee under its own sub-heading as
    本镇未收取 with no full stop; the closing with the date 2025年1月 above the agency's name, no day and
    no 附件 (the fee's answer does not run on into the closing)."""
    return _voice("示例镇人民政府", (
        "2024年，示例镇坚持以公开为常态、不公开为例外，推进基层政务公开向村（社区）延伸。\n"
        "（一）主动公开。全年通过镇政府网站主动公开政府信息310条，全镇18个行政村、3个社区"
        "村（居）务公开栏更新216期。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，主要涉及宅基地审批和征地补偿，上年结转1件。\n"
        "（三）政府信息管理。村务公开内容由包村干部审核后发布。\n"
        "（四）平台建设。21个村（社区）公开栏统一样式。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="部分村务公开栏更新不及时。2025年将村务公开纳入村级目标考核，每季度检查一次。",
        six=("（一）落实政务公开工作要点情况\n本年度按照县政务公开工作要点，完成基层政务公开标准目录编制，覆盖26个领域。\n"
             "（二）信息处理费收取情况\n本镇未收取"),
        extra=[("示例镇人民政府\n2025年1月20日", "2025年1月\n示例镇人民政府")])


def city_office() -> str:
    """样例市人民政府办公室 (2025) reporting for itself (本级): 市政府办公室本级 figures beside the
    city's, 六 titled 其他需要报告事项, the fee as 信息处理费收取情况：无 run into the last line."""
    return _voice19("样例市人民政府办公室", (
        "2025年，市政府办公室坚持以公开为常态、不公开为例外，做好本级政府信息公开工作。本报告仅反映市政府办公室本级情况。\n"
        "（一）主动公开。市政府办公室本级全年主动公开政府信息310条，其中市政府文件86件、政策解读42篇。"
        "制发行政规范性文件3件。\n"
        "（二）依申请公开。本级全年新收政府信息公开申请13件，上年结转1件，全部在法定期限内答复。\n"
        "（三）政府信息管理。开展市政府文件公开属性源头认定。\n"
        "（四）平台建设。优化市政府门户网站政府信息公开专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="政策解读形式较为单一。2026年将增加图解、视频解读比重。",
        six="信息处理费收取情况：无。其他无需要报告的事项。",
        signed="2026年1月26日",
        extra=[("六、其他需要报告的事项\n", "六、其他需要报告事项\n")])


def provident_fund() -> str:
    """样例市住房公积金管理中心: 万余条 and 人次 (提取业务2.3万余人次), 同比下降, the fee as
    本中心未产生信息处理费, 六 listing 年度工作要点落实 with its own figures."""
    return _voice("样例市住房公积金管理中心", (
        "2024年，市住房公积金管理中心围绕缴存、提取、贷款业务，依法做好政府信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，发布住房公积金年度报告1件、政策解读12篇；"
        "通过12329热线答复咨询2.3万余人次，同比下降6%。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件；予以公开5件，部分公开1件，"
        "不予公开1件，无法提供4件，不予处理2件。\n"
        "（三）政府信息管理。缴存职工个人信息一律不予公开。\n"
        "（四）平台建设。中心门户网站与“样例公积金”公众号同步发布。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="政策解读的针对性不强。2025年将按缴存、提取、贷款分类编写问答。",
        six=("（一）落实年度政务公开工作要点情况\n按要点要求公开住房公积金归集使用情况4期、"
             "个贷率等指标12项。\n（二）信息处理费收取情况\n本中心未产生信息处理费。"),
        signed="2025年1月22日")


def meteorology() -> str:
    """样例县气象局 (2025) under the national 气象 system's vertical management: the province's
    system beside its own (全省气象部门…，本局…), the date in Chinese numerals (二〇二六年一月十五日), the
    fee as 没有收取信息处理费 in 一 and 六 (未收费 in 六 said as 依申请公开不收取费用)."""
    return _voice19("样例县气象局", (
        "2025年，样例县气象局在省、市气象局的垂直管理下，按照全省气象部门统一部署开展政府信息公开工作。\n"
        "（一）主动公开。全年发布天气预报、预警信息等310条，其中气象灾害预警信号48次；制发行政规范性文件3件。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，没有收取信息处理费。\n"
        "（三）政府信息管理。气象信息发布前经值班首席审核。\n"
        "（四）平台建设。在县政府门户网站开设“气象服务”栏目。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="预警信息解读不够。2026年将在预警发布时同步发布防御指引。",
        six="本局依申请公开政府信息不收取费用。",
        signed="二〇二六年一月十五日")


VOICES29 = {"water-resources": water_resources, "civil-affairs": civil_affairs, "housing": housing,
            "statistics": statistics, "villages-town": villages_town, "city-office": city_office,
            "provident-fund": provident_fund, "meteorology": meteorology}


# -- VOICES30: agencies and wordings of round 30 ------------------------------------------------------
# a 街道办事处 with its 社区 figures and 二 written under sub-heads （一）…（五） before its table, a
# 开发区管委会 with 三 written as prose before its table and the fee said at 三's end (and again in 六), a
# county 市场监督管理局 (2025) answering 企业信息 requests with figures as 共计/累计/其中/占比 and digits mixed with
# Chinese numerals, a 公安局 asked about its 案件 (many 不予公开, each with its 法律依据), a 乡 (2025) with almost
# nothing and no closing at all, a 市生态环境局 listing 环评 disclosures with 一是…六是 and 六 counting 人大建议 and
# 政协提案 beside 年度工作要点, a 自然资源局 (2025) on 征地信息 with 四 explained in prose and the date under a
# stamp mark, a 卫生健康委 with many 咨询 (余, 同比下降, 占比) — the figures those of tabs_2024.txt unless
# :func:`_tables` sets others

_TWO_HEAD = "二、主动公开政府信息情况\n"
_THREE_HEAD = "三、收到和处理政府信息公开申请情况\n"
_FOUR_HEAD = "四、政府信息公开行政复议、行政诉讼情况\n"
_FOUR_ROW = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n"


def street_communities() -> str:
    """样例区示例街道办事处 (2025): 社区 figures (辖区8个社区, 居务公开栏更新96期), 二 written under
    sub-heads （一）…（五） before 表二 (规范性文件 制发3件、废止1件、现行有效12件, 行政许可120件), the fee as
    本街道未收取信息处理费 in 六 after 年度工作要点."""
    return _voice19("样例区示例街道办事处", (
        "2025年，示例街道办事处坚持以公开为常态、不公开为例外，推动政务公开向社区延伸。\n"
        "（一）主动公开。全年通过区政府网站街道专栏主动公开政府信息310条，辖区8个社区居务公开栏更新96期，"
        "社区微信群推送惠民政策140余条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，申请人主要为辖区居民。\n"
        "（三）政府信息管理。社区公开内容由街道党政办统一审核。\n"
        "（四）平台建设。8个社区统一设置居务公开栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="部分社区公开栏内容更新滞后。2026年将社区公开栏更新情况纳入季度考核。",
        six=("（一）年度工作要点落实情况\n按照区政务公开工作要点，完成街道基层政务公开标准目录编制。\n"
             "（二）信息处理费收取情况\n本街道未收取信息处理费。"),
        signed="2026年1月23日",
        extra=[(_TWO_HEAD, _TWO_HEAD + "（一）规章和规范性文件。本年度制发行政规范性文件3件，废止1件，现行有效12件。\n"
                "（二）行政许可。本年度作出行政许可决定120件。\n"
                "（三）行政处罚和行政强制。本年度作出行政处罚决定35件，行政强制2件。\n"
                "（四）行政事业性收费。本年度收取行政事业性收费1.25万元。\n"
                "（五）其他主动公开情况。辖区8个社区全年公开低保、救助等民生信息230条。\n")])


def zone_committee() -> str:
    """样例经济开发区管理委员会: 三 written as prose before 表三 (受理…其中…办理结果…), the fee said at
    三's end after the table (本机关未收取信息处理费), and 六 with 人大建议 and 政协提案 counts and the fee
    again."""
    return _voice("样例经济开发区管理委员会", (
        "2024年，开发区管委会围绕优化营商环境，推进园区政务公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，其中招商引资政策、项目环评公示等86条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。建立公开属性源头认定机制。\n"
        "（四）平台建设。管委会门户网站开设“园区公开”专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="园区企业服务信息公开不够集中。2025年将建立惠企政策统一发布栏目。",
        six="本年度办理人大代表建议3件、政协委员提案2件，均按期办结。本年度未收取信息处理费。",
        extra=[(_THREE_HEAD, _THREE_HEAD + "本年度，管委会共受理政府信息公开申请13件，其中自然人申请10件，"
                "商业企业申请2件，社会公益组织申请1件；加上年结转1件，共计办理14件。办理结果为：予以公开5件，"
                "部分公开1件，不予公开1件，无法提供4件，不予处理2件，结转下年度继续办理1件。具体情况如下：\n"),
               (_FOUR_HEAD, "本机关未收取信息处理费。\n\n" + _FOUR_HEAD)])


def market_enterprises() -> str:
    """样例县市场监督管理局 (2025): requests about 企业信息 (企业登记档案), figures as 共计/累计/其中/占比, digits
    mixed with Chinese numerals (十三件, 其中10件), the fee as 未收取任何信息处理费, the date in Chinese numerals
    with a digit 0 typed for 〇 (二0二六年一月十九日)."""
    return _voice19("样例县市场监督管理局", (
        "2025年，县市场监管局聚焦企业登记、食品安全、产品质量等领域，依法做好政府信息公开。\n"
        "（一）主动公开。全年主动公开政府信息共计310条，其中行政处罚信息35条；"
        "截至年底累计归集公示企业信息3.2万余条。\n"
        "（二）依申请公开。全年新收政府信息公开申请十三件，其中涉及企业登记档案的10件，占比76.9%；"
        "上年结转一件。\n"
        "（三）政府信息管理。企业登记档案依申请查询与政府信息公开申请分类办理。\n"
        "（四）平台建设。依托国家企业信用信息公示系统公示企业信息。\n"
        "（五）监督保障。被申请行政复议二件，被提起行政诉讼一件。"),
        five="一是企业信息公开与档案查询的界限宣传不够；二是行政处罚信息公示时效有待提高。"
             "下一步将印发企业档案查询指引，行政处罚决定作出后7个工作日内公示。",
        six="本年度未收取任何信息处理费。",
        signed="二0二六年一月十九日")


def police_cases() -> str:
    """样例县公安局: requests about its 案件 (案件办理进展, 询问笔录), many 不予公开 each named with its 法律依据
    (《条例》第十四条, 第十六条第二款), 四 as prose with the table after, the fee as 未收取信息处理费."""
    text = _voice("样例县公安局", (
        "2024年，县公安局坚持执法公开与政务公开相结合，依法做好政府信息公开工作。\n"
        "（一）主动公开。全年通过“样例公安”网站和政务新媒体主动公开警情通报、办事指南等信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请20件，均为自然人申请，主要涉及案件办理进展、"
        "询问笔录和鉴定意见等。其中予以公开4件，部分公开2件，不予公开11件，无法提供2件，不予处理1件。"
        "不予公开的11件中，属于行政执法案卷的6件，依据《条例》第十六条第二款不予公开；"
        "其他法律行政法规禁止公开的3件，依据《中华人民共和国刑事诉讼法》有关规定不予公开；"
        "属于行政查询事项的2件，已告知申请人按查询渠道办理。\n"
        "（三）政府信息管理。涉及案件的信息公开前经法制部门审核。\n"
        "（四）平台建设。整合户政、交管办事指南，统一在门户网站公开。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="群众对案件信息与政府信息的区别了解不够。2025年将在办事指南中说明案件信息的查询途径。",
        six="本局本年度未收取信息处理费。",
        extra=[(_FOUR_HEAD, _FOUR_HEAD + "本年度，本局因政府信息公开被申请行政复议2件，其中复议机关维持1件，"
                "尚未审结1件；被提起行政诉讼1件，为未经复议直接起诉，经法院审理被纠正1件。具体情况如下：\n")])
    return _tables(text, {"一、本年新收": (20, 0, 0, 0, 0, 0), "三、本年度办理结果\t（一）予以公开": (4, 0, 0, 0, 0, 0),
                          "（二）部分公开": (2, 0, 0, 0, 0, 0), "2.其他法律": (3, 0, 0, 0, 0, 0),
                          "7.属于行政执法": (6, 0, 0, 0, 0, 0), "8.属于行政查询": (2, 0, 0, 0, 0, 0),
                          "（四）无法提供\t1.": (2, 0, 0, 0, 0, 0), "（五）不予处理\t1.": (1, 0, 0, 0, 0, 0)},
                   t4=(1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0))


def bare_township() -> str:
    """样例县示例乡人民政府 (2025): almost nothing (every table 0 but 表二's 行政许可 and 行政处罚), very short
    sections, the fee as 无 under 信息处理费收取情况, and no closing at all (no agency, no date)."""
    text = _zero(_voice19("样例县示例乡人民政府", (
        "（一）主动公开。全年在县政府网站乡镇专栏公开信息46条。\n"
        "（二）依申请公开。无。\n"
        "（三）政府信息管理。按要求落实。\n"
        "（四）平台建设。公开栏1个。\n"
        "（五）监督保障。无复议、诉讼。"),
        five="公开内容较少。2026年将按月更新公开栏，每月至少公开一次惠民资金发放信息。",
        six="信息处理费收取情况：无。",
        signed=""))
    return _replace(text, [("\n样例县示例乡人民政府\n\n", "\n")]).rstrip("\n") + "\n"


def ecology_eia() -> str:
    """样例市生态环境局: 环评 disclosures (环境影响评价文件受理公示、拟审批公示、审批决定, 共计…件), five
    一是…六是 in 五, 六 with 人大建议 and 政协提案 counts and 年度工作要点 before the fee."""
    return _voice("样例市生态环境局", (
        "2024年，市生态环境局围绕污染防治攻坚，依法做好环境信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条。其中建设项目环境影响评价文件受理公示48件、"
        "拟审批公示46件、审批决定公告45件，共计139件；公开行政处罚决定35件。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，主要涉及建设项目环评报告和排污许可。\n"
        "（三）政府信息管理。环评文件公示前删除涉及商业秘密的内容。\n"
        "（四）平台建设。局门户网站开设“环评公示”专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five=("一是环评公示信息分散；二是部分公示文件专业性强；三是政策解读形式单一；四是依申请答复说理不够充分；"
              "五是区县生态环境分局公开进度不一；六是公开人员培训不足。下一步将集中发布环评公示，"
              "编写解读问答，规范答复文书并组织分局业务培训。"),
        six=("（一）建议提案办理情况。本年度承办市人大代表建议12件、市政协委员提案9件，办复率100%。\n"
             "（二）年度工作要点落实情况。按照市政务公开工作要点，完成生态环境领域基层政务公开标准化建设。\n"
             "（三）信息处理费收取情况。本年度未收取信息处理费。"),
        signed="2025年1月24日")


def land_acquisition() -> str:
    """样例县自然资源局 (2025): 征地信息 (征地启动公告、补偿安置方案), 四 explained in prose before its table,
    the fee as 不存在收取信息处理费的情况, the date under a stamp mark (（盖章）)."""
    return _voice19("样例县自然资源局", (
        "2025年，县自然资源局聚焦征地信息公开，依法保障被征地群众知情权。\n"
        "（一）主动公开。全年主动公开政府信息310条，其中征收土地预公告、补偿安置方案公告、征地批复共计64条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，其中涉及征地补偿的8件。\n"
        "（三）政府信息管理。征地信息按批次建档。\n"
        "（四）平台建设。在县政府网站设立征地信息公开专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="征地信息公开的及时性有待提高。2026年将实行征地批复取得后5个工作日内公开。",
        six="本局不存在收取信息处理费的情况。",
        signed="（盖章）\n2026年1月20日",
        extra=[(_FOUR_HEAD, _FOUR_HEAD + "2025年，本局因政府信息公开工作被申请行政复议2件，复议机关维持1件，"
                "另1件尚未审结；被提起行政诉讼1件，法院判决纠正1件，本局已重新作出答复。\n")])


def health_commission() -> str:
    """样例市卫生健康委员会: many 咨询 (热线咨询1.6万余次, 同比下降12%, 占比), figures with 余 and 篇, 六 with
    年度工作要点 and the fee as 本委未按照《政府信息公开信息处理费管理办法》收取信息处理费 (its line, hard-wrapped
    at 24 characters, is cut right after the 》: a line that looks like a sub-heading)."""
    return _voice("样例市卫生健康委员会", (
        "2024年，市卫生健康委围绕群众就医需求，依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，发布政策解读12篇；12345热线转办卫生健康咨询1.6万余次，"
        "同比下降12%，其中医保报销咨询占比约35%。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，另接受政务公开现场咨询300余人次。\n"
        "（三）政府信息管理。医疗机构执业信息实行动态更新。\n"
        "（四）平台建设。委门户网站开设“健康问答”栏目。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="咨询答复口径不够统一。2025年将编制卫生健康政策常见问题答复口径，每季度更新一次。",
        six=("1.落实年度政务公开工作要点，公开医疗服务价格调整信息4批次。\n"
             "2.本委未按照《政府信息公开信息处理费管理办法》收取信息处理费。"),
        signed="2025年1月21日")


VOICES30 = {"street-communities": street_communities, "zone-committee": zone_committee,
            "market-enterprises": market_enterprises, "police-cases": police_cases, "bare-township": bare_township,
            "ecology-eia": ecology_eia, "land-acquisition": land_acquisition, "health-commission": health_commission}


# -- VOICES31: report years and table shapes not heard before ---------------------------------------
# a 水务局 (2020) on the 2019 trial format restating its own table's labels (处理决定数量, 新制作, 政府集中采购), a
# 医疗保障局 in 2021 (the first year of the 2021 format), a 文化广电和旅游局 with a 表五 of its own after 表四, a
# 科学技术局 (2025) with its tables as 附表1…附表3 in an 附件 after 六 and before the closing, a 县人民政府 for the
# whole county (一 in six parts, 全县共…, 条/期/场/人次/万人次, 分别为 in 三, the fee as a row of a small table), a
# 粮食和物资储备局 (2025) listing its figures with 分别为 and 依次为 (the fee as one row with no head)
def trial_labels() -> str:
    """样例县水务局 (2020) on the 2019 trial format: 二 restating its own table's labels (新制作、新公开、
    对外公开总数量, 上一年项目数量、本年增/减、处理决定数量, 政府集中采购 项目数量/总金额; 行政处罚、行政强制处理决定数量
    分别为…), 六 with no fee statement."""
    text = (FIXTURES / "tabs_2020_trial.txt").read_text("utf-8")
    one = _ONE.replace("2024年", "2020年")
    head = "二、主动公开政府信息情况\n"
    return _replace(text, [
        ("示例镇人民政府2020年政府信息公开工作年度报告", "样例县水务局2020年政府信息公开工作年度报告"),
        (one, "2020年，县水务局认真贯彻新修订的《条例》，做好水利领域政府信息公开。\n"
              "（一）主动公开。全年主动公开政府信息310条，其中河长制信息42条、水利工程建设信息36条。\n"
              "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，均按期答复。\n"
              "（三）政府信息管理。落实公开属性源头认定。\n"
              "（四）平台建设。在局门户网站开设“河湖长制”专栏。\n"
              "（五）监督保障。全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件。"),
        (head, head + "本年新制作规范性文件2件，新公开2件，对外公开总数量15件；行政许可上一年项目数量12项，"
               "本年增加1项，处理决定数量98件；行政处罚、行政强制处理决定数量分别为41件、1件；"
               "政府集中采购项目4个，采购总金额56.3万元。\n"),
        ("本年度无其他需要报告的事项。", "本局无其他需要报告的事项。"),
        ("示例镇人民政府\n2021年1月18日", "样例县水务局\n2021年1月25日")])


def _year_2021(text: str) -> str:
    """tabs_2024.txt's report moved back three years: the report year 2021, published in 2022."""
    return text.replace("2025", "2022").replace("2024", "2021")


def first_new_format() -> str:
    """样例县医疗保障局 (2021): the first year of the 2021 format, said so in 一; figures of 医保 (定点医药机构,
    万人次), the fee as 未收取信息处理费, dated 2022年1月24日."""
    text = _year_2021((FIXTURES / "tabs_2024.txt").read_text("utf-8"))
    agency = "样例县医疗保障局"
    return _replace(text, [
        (_year_2021(_TITLE), f"{agency}2021年政府信息公开工作年度报告"),
        (_year_2021(_ONE), "2021年，县医疗保障局按照新的年度报告格式要求，全面梳理公开事项。\n"
                           "（一）主动公开。全年主动公开政府信息310条，公布定点医药机构名单4期，"
                           "医保政策宣传覆盖群众2.3万人次。\n"
                           "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，已办结13件。\n"
                           "（三）政府信息管理。建立医保政策文件公开前审查机制。\n"
                           "（四）平台建设。在县政府网站设立医保专栏。\n"
                           "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        (_FIVE, "医保政策解读形式单一。2022年将增加图解、短视频等解读形式。"),
        (_SIX, "2021年度本局未收取信息处理费。"),
        (_year_2021(_SIGNED), f"{agency}\n2022年1月24日")])


def table_five() -> str:
    """样例市文化广电和旅游局: a 表五 of its own after 表四 (政务新媒体 and 政务服务 figures: 账号 个, 发布信息 条,
    办件 件), captioned and introduced in 四's prose."""
    agency = "样例市文化广电和旅游局"
    return _voice(agency, (
        "2024年，市文化广电和旅游局围绕文旅惠民，推进政务公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，发布文旅活动预告126期。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。规范公文公开属性标注。\n"
        "（四）平台建设。运营政务新媒体账号3个，发布信息860条。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="政务新媒体互动回应不够及时。2025年将建立留言回复时限制度。",
        six="本局本年度未收取信息处理费。",
        signed="2025年1月21日",
        extra=[(_T4_END, _T4_END + "\n表五 政务新媒体及政务服务情况\n项目\t数量\t单位\n政务新媒体账号\t3\t个\n"
                "发布信息\t860\t条\n网上办件\t1520\t件\n现场办件\t410\t件\n")])


def annex_after_six() -> str:
    """样例县科学技术局 (2025): 二, 三 and 四 each one sentence pointing to 附表1…附表3, the tables in an 附件
    after 六 and before the closing, captioned 附表1 …, 附表2 …, 附表3 …."""
    agency = "样例县科学技术局"
    text = _voice19(agency, (
        "2025年，县科技局依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，科技项目申报通知28条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。科技项目立项信息公开前经合法性审查。\n"
        "（四）平台建设。更新县政府网站科技局栏目。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="科技项目资金公开不够细。2026年将按项目公开资金安排。",
        six="本局本年度未收取信息处理费。",
        signed="2026年1月22日")
    t2 = text[text.index(_T2_TOP):text.index(_T2_END) + len(_T2_END)]
    t3 = text[text.index(_T3_TOP):text.index(_T3_END) + len(_T3_END)]
    t4 = text[text.index(_T4_TOP):text.index(_T4_END) + len(_T4_END)]
    return _replace(text, [
        (t2, "主动公开政府信息情况见附表1。\n"),
        (t3, "收到和处理政府信息公开申请情况见附表2。\n"),
        (t4, "政府信息公开行政复议、行政诉讼情况见附表3。\n"),
        ("本局本年度未收取信息处理费。\n", "本局本年度未收取信息处理费。\n\n附件\n附表1 主动公开政府信息情况\n" + t2
         + "附表2 收到和处理政府信息公开申请情况\n" + t3 + "附表3 政府信息公开行政复议、行政诉讼情况\n" + t4)])


def county_whole() -> str:
    """样例县人民政府 (2024) for the whole county: 一 in six parts （一）…（六） (主动公开, 依申请公开, 政府信息管理,
    平台建设, 监督保障, 教育培训) with figures in 条, 期, 次, 场, 人次, 万人次 and 全县共…; 三 restating its table
    with 分别为 lists; the fee as a row of a small table in 六 (信息处理费 | 0元)."""
    agency = "样例县人民政府"
    return _voice(agency, (
        "2024年，全县各级行政机关认真落实《条例》，政府信息公开工作取得新成效。\n"
        "（一）主动公开。全县共主动公开政府信息2.6万条，其中县政府门户网站发布1.2万条，"
        "各乡镇公开栏更新480期，召开新闻发布会12场，政策解读材料86篇。\n"
        "（二）依申请公开。全县共收到政府信息公开申请96件，其中县政府本级13件，"
        "县直部门71件，乡镇12件。\n"
        "（三）政府信息管理。全县开展公开属性审查1300余次，清理过期信息420条。\n"
        "（四）平台建设。县政府门户网站全年访问量达85万人次，政务新媒体粉丝2.4万人。\n"
        "（五）监督保障。组织政务公开业务培训6场，培训360人次；开展专项检查2次。\n"
        "（六）政务公开专区。全县建成政务公开专区15个，接待群众查阅1.1万人次。"),
        five="部分乡镇公开栏更新不及时，个别部门依申请公开答复不够规范。2025年将开展季度检查并通报结果。",
        six="信息处理费收取情况：\n项目\t金额\n信息处理费\t0元",
        signed="2025年1月24日",
        extra=[("三、收到和处理政府信息公开申请情况\n", "三、收到和处理政府信息公开申请情况\n"
                "县政府本级本年度新收政府信息公开申请13件，上年结转1件。办理结果中，予以公开、部分公开、不予公开"
                "分别为5件、1件、1件，无法提供、不予处理分别为4件、2件，结转下年度继续办理1件。\n")])


def results_listed() -> str:
    """样例县粮食和物资储备局 (2025): 一 listing its figures in order — the applicants with 分别为 beside an
    organisation 表三 has a column of but no claim is read of (自然人、商业企业、社会公益组织的分别为10件、2件、1件), the
    results with 依次为, 复议 and 诉讼 with 分别为 — and the fee in 六 as a one-row table without its head."""
    agency = "样例县粮食和物资储备局"
    return _voice19(agency, (
        "2025年，县粮食和物资储备局依法推进粮食领域信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，发布粮食收购价格信息24期。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，申请人为自然人、商业企业、社会公益组织的分别为10件、2件、1件；"
        "上年结转1件。予以公开、部分公开、不予公开、无法提供、不予处理的依次为5件、1件、1件、4件、2件，"
        "结转下年度1件。\n"
        "（三）政府信息管理。落实公开前保密审查。\n"
        "（四）平台建设。在县政府网站更新粮食储备专栏。\n"
        "（五）监督保障。被申请行政复议、被提起行政诉讼分别为2件、1件。"),
        five="粮食收购政策解读不够及时。2026年将在收购期前发布政策解读。",
        six="信息处理费\t0元",
        signed="2026年1月23日")


VOICES31 = {"trial-labels": trial_labels, "first-new-format": first_new_format, "table-five": table_five,
            "annex-after-six": annex_after_six, "county-whole": county_whole, "results-listed": results_listed}


# -- VOICES32: terse townships, zones, prose restating 表三, a long 六, a 2022 report -------------------
# a 镇 writing each part of 一 in a line ("无。" for what it did not do, every table 0, 五 as 一是…二是…三是 then
# 下一步, 六 "无。" then the fee), an 经济开发区管理委员会 with figures in 万/余/近/约, a 住房保障服务中心 (a
# 事业单位) restating 表三 in 三 by applicant and by result with its sub-items in brackets, a 民族宗教事务局
# whose 六 lists 人大建议 办理, 政务公开考核 得分 and 工作要点 落实 with the fee last, a 退役军人事务局's report
# on 2022 dated 2023年1月 with no day
def _year_2022(text: str) -> str:
    """tabs_2024.txt's report moved back two years: the report year 2022, published in 2023."""
    return text.replace("2025", "2023").replace("2024", "2022")


def terse_township() -> str:
    """样例县示例镇人民政府: terse — 一's parts one line each, "无。" for what did not happen, every table 0,
    五 as 一是…二是…三是 then 下一步 on a line of its own, 六 "无。" then the fee sentence."""
    return _zero(_voice("样例县示例镇人民政府", (
        "2024年，示例镇按照县里部署做好政务公开。\n"
        "（一）主动公开。通过公开栏和县政府网站镇专栏公开信息。\n"
        "（二）依申请公开。无。\n"
        "（三）政府信息管理。无。\n"
        "（四）平台建设。公开栏按季度更新。\n"
        "（五）监督保障。无行政复议、行政诉讼。"),
        five=("一是公开内容较少，二是更新不够及时，三是业务人员力量不足。\n"
              "下一步，将按月更新公开栏，并安排专人负责。"),
        six="无。本年度未收取信息处理费。",
        signed="2025年1月15日"))


def zone_committee() -> str:
    """样例经济开发区管理委员会 (2025): figures approximate or in 万 (1.2万余条, 近300条, 500余家次, 60余项,
    约3.6万人次) beside exact ones; 五 as 存在的问题：一是…；二是…；三是… and 改进措施：下一步…."""
    return _voice19("样例经济开发区管理委员会", (
        "2025年，开发区管委会围绕招商引资和营商环境，推进政务公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，通过园区服务平台发布企业服务信息1.2万余条，"
        "推送政策近300条，服务企业500余家次。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件，办结13件。\n"
        "（三）政府信息管理。梳理园区公开事项清单60余项。\n"
        "（四）平台建设。园区网站全年访问量约3.6万人次。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five=("存在的问题：一是园区企业政策解读不够精准；二是公开栏更新不及时；三是依申请公开答复文书不够规范。\n"
              "改进措施：下一步，将按企业类别推送政策，每月更新公开栏，规范答复文书格式。"),
        six="本委本年度未收取信息处理费。",
        signed="2026年1月21日")


def applicants_prose() -> str:
    """样例县住房保障服务中心 (a 事业单位): 三 restating 表三 in prose before it — the applications by
    applicant (自然人提出10件，商业企业提出2件，社会公益组织提出1件), last year's by whom, every result with its
    sub-items in brackets."""
    return _voice("样例县住房保障服务中心", (
        "2024年，县住房保障服务中心依法做好保障性住房信息公开。\n"
        "（一）主动公开。全年主动公开政府信息310条，公示保障对象名单12批次。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新县政府网站住房保障专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        extra=[("三、收到和处理政府信息公开申请情况\n", "三、收到和处理政府信息公开申请情况\n"
                "本年度新收政府信息公开申请13件，其中自然人提出10件，商业企业提出2件，社会公益组织提出1件；"
                "上年结转1件，为自然人申请。从办理结果看，予以公开5件，部分公开1件，不予公开1件（保护第三方合法权益），"
                "无法提供4件（本机关不掌握相关政府信息3件、没有现成信息需要另行制作1件），不予处理2件，"
                "结转下年度继续办理1件。\n")])


def six_many() -> str:
    """样例县民族宗教事务局: 六 in four parts （一）…（四） — 人大代表建议和政协提案 办理, 政务公开考核 得分 and 名次,
    政务公开工作要点 落实 (12项, 100%) — the fee last, under a topic of its own."""
    return _voice("样例县民族宗教事务局", (
        "2024年，县民族宗教事务局依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开属性源头认定。\n"
        "（四）平台建设。更新局网站专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        six=("（一）人大代表建议和政协提案办理结果公开情况。本年度承办人大代表建议5件、政协提案3件，已全部办结，"
             "办理结果均已公开。\n"
             "（二）政务公开工作考核情况。在2024年度全县政务公开考核中得分92.5分，位列县直部门第6名。\n"
             "（三）年度政务公开工作要点落实情况。按照《样例县2024年政务公开工作要点》，逐项落实12项任务，完成率100%。\n"
             "（四）信息处理费收取情况。本年度未收取信息处理费。"))


def year_2022() -> str:
    """样例县退役军人事务局's report on 2022 (the 2021 format's second year), dated 2023年1月 with no day."""
    text = _year_2022((FIXTURES / "tabs_2024.txt").read_text("utf-8"))
    agency = "样例县退役军人事务局"
    return _replace(text, [
        (_year_2022(_TITLE), f"{agency}2022年政府信息公开工作年度报告"),
        (_year_2022(_ONE), "2022年，县退役军人事务局统筹疫情防控和政务公开工作。\n"
                           "（一）主动公开。全年主动公开政府信息310条，发布优抚政策解读15篇。\n"
                           "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
                           "（三）政府信息管理。落实公开前保密审查。\n"
                           "（四）平台建设。在县政府网站设立退役军人服务专栏。\n"
                           "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        (_FIVE, "政策解读形式单一。2023年将增加图解解读。"),
        (_SIX, "本局2022年度未收取信息处理费。"),
        (_year_2022(_SIGNED), f"{agency}\n2023年1月")])


VOICES32 = {"terse-township": terse_township, "zone-committee": zone_committee, "applicants-prose": applicants_prose,
            "six-many": six_many, "year-2022": year_2022}


# -- VOICES33: three levels of headings, a 公安局 with every applicant column, 表四 empty, shares, a web page ----
# a 街道办事处 whose 一 goes three levels deep (一、…（一）…1.…) with its figures in Chinese numerals, a 县公安局
# with many applications and 表三's every applicant column filled, an 机关事务服务中心 with 表四 all 0 said
# "未发生" in 四's prose, an 工业和信息化局 giving shares and changes in per cent (同比增长12.5%, 占76.9%) with
# the fee as "信息处理费：0元", an 人民防空办公室's report copied off its web page (发布时间 | 来源 | 字号 above the
# title) with a long preface before 一 naming the six parts
def street_levels() -> str:
    """样例市示例区示例街道办事处 (2025): 一 three levels deep — （一）…（五）, each with 1. 2. under it on
    lines of their own — its figures in Chinese numerals (三百一十条, 十三件, 两件)."""
    return _voice19("样例市示例区示例街道办事处", (
        "2025年，示例街道坚持以公开为常态，扎实推进基层政务公开。\n"
        "（一）主动公开\n"
        "1.公开数量。全年主动公开政府信息三百一十条。\n"
        "2.公开渠道。通过区政府网站街道专栏、社区公开栏和微信公众号发布信息。\n"
        "（二）依申请公开\n"
        "1.申请受理。全年新收政府信息公开申请十三件，上年结转一件。\n"
        "2.办理结果。予以公开五件，部分公开一件，不予公开一件，无法提供四件，不予处理两件，结转下年度继续办理一件。\n"
        "（三）政府信息管理\n"
        "1.属性审查。落实公开属性源头认定。\n"
        "2.动态清理。清理过期信息二十余条。\n"
        "（四）平台建设\n"
        "1.网站专栏。更新区政府网站街道专栏。\n"
        "2.社区公开栏。十二个社区公开栏按月更新。\n"
        "（五）监督保障\n"
        "1.复议诉讼。被申请行政复议两件，被提起行政诉讼一件。\n"
        "2.责任追究。未发生因政府信息公开工作被追责的情况。"),
        five="社区公开栏内容更新不够及时。2026年将建立社区公开栏月度检查制度。",
        six="本街道本年度未收取信息处理费。",
        signed="2026年1月19日")


def police_full() -> str:
    """样例县公安局 (2024): 39 applications (35 new, 4 carried over) with every applicant column of 表三 filled,
    results under 不予公开 (第三方, 行政执法案卷), 表四 with 复议 3 and 诉讼 both direct and after 复议; 三 restating
    its table with 其中 and brackets."""
    text = _voice("样例县公安局", (
        "2024年，县公安局依法做好警务公开和政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息420条，发布警情通报52期。\n"
        "（二）依申请公开。全年新收政府信息公开申请35件，上年结转4件，已办结36件，结转下年度3件。\n"
        "（三）政府信息管理。对涉及执法案卷的申请逐件审查。\n"
        "（四）平台建设。在县政府网站设立警务公开专栏。\n"
        "（五）监督保障。被申请行政复议3件，被提起行政诉讼2件。"),
        five="执法信息公开的规范性有待提高。2025年将统一依申请公开答复文书。",
        six="本局本年度未收取信息处理费。",
        signed="2025年1月22日",
        extra=[("三、收到和处理政府信息公开申请情况\n", "三、收到和处理政府信息公开申请情况\n"
                "本年度新收政府信息公开申请35件（其中自然人20件，商业企业5件，科研机构2件，社会公益组织3件，"
                "法律服务机构4件，其他1件），上年结转4件。予以公开13件，部分公开5件，不予公开8件"
                "（其中属于行政执法案卷6件），无法提供7件，不予处理3件，结转下年度继续办理3件。\n")])
    text = _table_two(text, 2, 0, 9, 860, 1210, 45, "0")
    return _tables(text, {
        "一、本年新收": (20, 5, 2, 3, 4, 1), "二、上年结转": (2, 1, 0, 0, 1, 0),
        "三、本年度办理结果\t（一）予以公开": (8, 2, 1, 1, 1, 0), "（二）部分公开": (3, 1, 0, 0, 1, 0),
        "4.保护第三方": (2, 0, 0, 0, 0, 0), "7.属于行政执法": (3, 1, 0, 1, 1, 0),
        "（四）无法提供\t1.": (4, 1, 0, 1, 1, 0), "（五）不予处理\t1.": (1, 0, 1, 0, 0, 1),
        "四、结转下年度": (1, 1, 0, 0, 1, 0)},
        (2, 0, 0, 1, 3, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1))


def four_none() -> str:
    """样例县机关事务服务中心 (2025): 表四 all 0, 四's prose before it saying so (本年度未发生…行政复议、行政诉讼案件)
    and 一's 监督保障 saying 未发生 too."""
    return _voice19("样例县机关事务服务中心", (
        "2025年，县机关事务服务中心依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，公开公务用车使用管理信息12条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新县政府网站中心栏目。\n"
        "（五）监督保障。本年度未发生因政府信息公开引起的行政复议、行政诉讼。"),
        five="公开内容以工作动态为主，政策性信息偏少。2026年将增加公共机构节能等政策信息。",
        six="本中心本年度未收取信息处理费。",
        signed="2026年1月20日",
        extra=[(_FOUR_HEAD, _FOUR_HEAD + "本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。\n"),
               (_FOUR_ROW, "\t".join("0" * 15) + "\n")])


def shares() -> str:
    """样例县工业和信息化局 (2024): figures with their change and share in per cent (同比增长12.5%, 同比下降18.8%,
    占76.9%, 占比38.5%, 办结率100%), the fee as "信息处理费：0元" in 六."""
    return _voice("样例县工业和信息化局", (
        "2024年，县工业和信息化局依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，同比增长12.5%，其中惠企政策信息96条，占31.0%。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，同比下降18.8%，其中自然人申请10件，占76.9%；"
        "予以公开5件，占比38.5%；按时办结率100%。\n"
        "（三）政府信息管理。落实公开属性源头认定。\n"
        "（四）平台建设。更新县政府网站工信专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="惠企政策解读的覆盖面不够广。2025年将按产业链推送政策解读。",
        six="信息处理费：0元。",
        signed="2025年1月21日")


_WEB_HEAD = ("当前位置：首页 > 政府信息公开 > 政府信息公开年报\n样例县人民防空办公室2024年政府信息公开工作年度报告\n"
             "发布时间：2025-01-23 09:30　来源：样例县人民防空办公室　字号：[大 中 小]　浏览次数：126\n")


def web_preface() -> str:
    """样例县人民防空办公室 (2024) copied off its web page: the breadcrumb (当前位置：首页 > … > 政府信息公开年报), the
    page's heading and 发布时间 | 来源 | 字号 | 浏览次数 above the title, a long preface before 一 naming the
    report's six parts, where it is published and whom to ask."""
    return _WEB_HEAD + _voice("样例县人民防空办公室", (
        "2024年，县人防办依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，发布防空警报试鸣公告1期。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前保密审查。\n"
        "（四）平台建设。更新县政府网站人防专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="人防知识宣传信息偏少。2025年将增加人防知识科普信息。",
        six="本办本年度未收取信息处理费。",
        signed="2025年1月23日",
        extra=[(_PRE, "依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和政府信息公开工作年度报告格式的要求，"
                "样例县人民防空办公室编制本报告。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
                "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在样例县人民政府门户网站查阅或下载。"
                "如对本报告有疑问，请与样例县人民防空办公室联系（电话：0000-1234567）。")])


_DIRECTORY_HEAD = ("索引号：11000000000000000X/2025-00012\t主题分类：卫生健康\n"
                   "发布机构：样例市示例区示例街道社区卫生服务中心\t成文日期：2025-02-26\n"
                   "标题：样例市示例区示例街道社区卫生服务中心2024年政府信息公开工作年度报告\n"
                   "文号：\t发布日期：2025-02-26\n有效性：有效\n")


def health_centre() -> str:
    """样例市示例区示例街道社区卫生服务中心 (2024), a medical institution named as a department is (…中心), dated
    2025年2月26日 (a public institution's own rules, not 条例's 1月31日), copied off a 政府信息公开目录 page
    with its metadata table above the title (索引号, 发布机构, 成文日期, 标题：…, 文号, 发布日期)."""
    return _DIRECTORY_HEAD + _voice("样例市示例区示例街道社区卫生服务中心", (
        "2024年，中心按照医疗卫生机构信息公开有关要求，做好信息公开工作。\n"
        "（一）主动公开。全年主动公开信息310条，公开基本医疗服务项目价格86项。\n"
        "（二）依申请公开。全年新收信息公开申请13件，上年结转1件。\n"
        "（三）信息管理。中心办公室负责信息公开审核。\n"
        "（四）平台建设。在服务大厅设置信息公开栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="家庭医生签约服务信息公开不够及时。2025年将按季度公开签约服务情况。",
        six="本中心本年度未收取信息处理费。",
        signed="2025年2月26日")


VOICES33 = {"street-levels": street_levels, "police-full": police_full, "four-none": four_none, "shares": shares,
            "web-preface": web_preface, "health-centre": health_centre}


# -- VOICES34: channels under 二, 单位/注 lines round the tables, 三 restating 表三 row by row, two signers, ---------
# last year's figures in brackets, a document number above the title
# a 市辖区 government whose 二 has sub-heads per channel (政府网站/政务新媒体/公开栏) with their figures and is dated
# in Chinese numerals, a 乡 whose tables stand between 单位：件 and 注：… lines, a 自然资源局 whose 三 restates each
# result of 表三 in words with its reason, an 开发区管委会 signing with its 党工委 (named in short) whose 六 counts 建议提案 and a
# 考核 score, a 交通运输局 naming last year's figure in brackets (上年：N) after each of this year's, and a county
# government's report issued under a document number (样府办〔2026〕3号) and signed by the government's office
_TABLE_TWO_HEAD = "二、主动公开政府信息情况\n"


def district_channels() -> str:
    """样例市示例区人民政府 (2025): 二 opening with sub-heads per channel — （一）政府网站 （二）政务新媒体
    （三）政务公开栏 — each with its count, before 表二; dated 二〇二六年一月十五日."""
    return _voice19("样例市示例区人民政府", (
        "2025年，示例区人民政府坚持以公开为常态、不公开为例外，全面推进政务公开。\n"
        "（一）主动公开。全年主动公开政府信息三千五百一十条。\n"
        "（二）依申请公开。全年新收政府信息公开申请十三件，上年结转一件。\n"
        "（三）政府信息管理。开展政府信息公开属性源头认定。\n"
        "（四）平台建设。整合区政府网站和政务新媒体，建成统一发布平台。\n"
        "（五）监督保障。被申请行政复议两件，被提起行政诉讼一件。"),
        five="部分镇街公开栏更新不及时。2026年将建立公开栏季度检查制度。",
        six="本年度未收取信息处理费。",
        signed="二〇二六年一月十五日",
        extra=[(_TABLE_TWO_HEAD, _TABLE_TWO_HEAD +
                "（一）政府网站。区政府门户网站全年发布信息2130条，其中政策文件86件，政策解读42篇。\n"
                "（二）政务新媒体。“示例区发布”微信公众号全年推送信息960条，阅读量18.6万人次。\n"
                "（三）政务公开栏。全区12个镇街和86个村（社区）公开栏更新信息420条。\n"
                "（四）规范性文件。全年制发行政规范性文件3件，废止1件，现行有效12件。\n")])


def township_units() -> str:
    """样例县示例乡人民政府 (2024): each table between a 单位：件 line above it and a 注：… line under it (表二's
    注 on its data's date, 表三's on what it counts, 表四's on when a case is counted)."""
    return _voice("样例县示例乡人民政府", (
        "2024年，示例乡人民政府认真落实政府信息公开各项要求。\n"
        "（一）主动公开。全年通过乡政务公开栏和县政府网站乡镇专栏主动公开信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新村务公开栏9个。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="村级公开栏内容不够规范。2025年将统一村级公开栏格式。",
        six="本乡本年度未收取信息处理费。",
        extra=[(_TABLE_TWO_HEAD, _TABLE_TWO_HEAD + "单位：件\n"),
               ("行政事业性收费\t1.25\n", "行政事业性收费\t1.25\n注：本表数据截至2024年12月31日。\n"),
               (_THREE_HEAD, _THREE_HEAD + "单位：件\n"),
               ("四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n",
                "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n注：表中申请数量按收到申请的时间统计。\n"),
               (_FOUR_HEAD, _FOUR_HEAD + "单位：件\n"),
               (_FOUR_ROW, _FOUR_ROW + "注：案件按收到复议决定书、起诉状副本的时间统计。\n")])


def results_restated() -> str:
    """样例县自然资源局 (2024): 三's prose before 表三 restating each row in words with its reason — 予以公开5件，
    部分公开1件（…区分处理），不予公开1件（…保护第三方合法权益）, 无法提供4件（其中…3件，…1件）, 不予处理2件
    （均为信访举报投诉类申请）, 结转下年度继续办理1件."""
    return _voice("样例县自然资源局", (
        "2024年，县自然资源局围绕征地、不动产登记等群众关注事项，做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，公开征地信息28批次。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开属性源头认定。\n"
        "（四）平台建设。更新县政府网站自然资源专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="征地信息公开的及时性有待提高。2025年将在批复后10个工作日内公开征地信息。",
        six="本局本年度未收取信息处理费。",
        signed="2025年1月17日",
        extra=[(_THREE_HEAD, _THREE_HEAD +
                "本年度新收政府信息公开申请13件，上年结转1件。办理结果中，予以公开5件；部分公开1件，"
                "因涉及第三方个人信息作区分处理；不予公开1件，理由为保护第三方合法权益；无法提供4件，"
                "其中本机关不掌握相关政府信息3件，没有现成信息需要另行制作1件；不予处理2件，均为信访举报投诉类申请；"
                "结转下年度继续办理1件。\n")])


def zone_party() -> str:
    """样例经济开发区管理委员会 (2025), signing with its 党工委 (the 管委会's name, then the 党工委's in short,
    中共样例经开区工委, over the date, 二〇二六年一月二十日); 六 counting 人大代表建议、政协委员提案 and a 考核
    score — figures that are not 表三's."""
    return _voice19("样例经济开发区管理委员会", (
        "2025年，开发区党工委、管委会高度重视政务公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新开发区门户网站。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="园区企业政策解读不够精准。2026年将按行业推送政策解读。",
        six=("（一）人大代表建议和政协委员提案办理情况。全年承办市人大代表建议15件、市政协委员提案22件，"
             "均按期办结，办理结果全部公开。\n"
             "（二）政务公开工作考核情况。在2025年度全市政务公开工作考核中得分96.5分，位列开发区第3名。\n"
             "（三）信息处理费收取情况。本年度未收取信息处理费。"),
        signed="二〇二六年一月二十日",
        extra=[("\n样例经济开发区管理委员会\n二〇二六年一月二十日",
                "\n样例经济开发区管理委员会\n中共样例经开区工委\n二〇二六年一月二十日")])


def last_year_brackets() -> str:
    """样例县交通运输局 (2024): last year's figure in brackets after each of this year's (310条（上年：275条）,
    13件（上年：16件）, 2件（上年：0件）), in 一 and in 三's prose."""
    return _voice("样例县交通运输局", (
        "2024年，县交通运输局依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条（上年：275条），其中行政许可信息120条（上年：98条）。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件（上年：16件），上年结转1件（上年：0件）；"
        "予以公开5件（上年：7件），不予处理2件（上年：3件）。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新县政府网站交通专栏。\n"
        "（五）监督保障。被申请行政复议2件（上年：0件），被提起行政诉讼1件（上年：1件）。"),
        five="交通建设项目信息公开不够全面。2025年将按项目阶段公开建设信息。",
        six="本局本年度未收取信息处理费（上年：0元）。",
        signed="2025年1月22日",
        extra=[(_THREE_HEAD, _THREE_HEAD +
                "本年度新收申请13件（上年：16件），办结13件（上年：15件），结转下年度1件（上年：1件）。\n")])


def document_number() -> str:
    """样例县人民政府 (2025): the report issued under a document number (样府办〔2026〕3号) on a line above the
    title, signed by the government's office (样例县人民政府办公室) on 2026年1月16日."""
    return "样府办〔2026〕3号\n" + _voice19("样例县人民政府", (
        "2025年，样例县人民政府深入贯彻《条例》，全面推进政务公开。\n"
        "（一）主动公开。全年主动公开政府信息4310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。开展政府信息公开属性源头认定。\n"
        "（四）平台建设。完善县政府门户网站政府信息公开专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="乡镇政务公开标准化建设不够平衡。2026年将开展乡镇政务公开标准化评估。",
        six="本年度未收取信息处理费。",
        signed="2026年1月16日",
        extra=[("\n样例县人民政府\n2026年1月16日", "\n样例县人民政府办公室\n2026年1月16日")])


VOICES34 = {"district-channels": district_channels, "township-units": township_units,
            "results-restated": results_restated, "zone-party": zone_party,
            "last-year-brackets": last_year_brackets, "document-number": document_number}


# -- VOICES35: numbered paragraphs, a merged bureau, 表三's rows named by number, the 2019 trial format in 2020, ----
# cases said none at once, the fee in 元 with decimals, a dateline and 索引号 block, one-line closings
# a 街道办事处 whose 一 is numbered paragraphs 1.–5. with lead phrases, a 市 bureau formed by merging two in the year
# (the new name in the title and closing, the former ones in the prose), a 住房和城乡建设局 naming 表三's rows by their
# numbers (第（一）项…, 第4目…), a 乡's 2019 report on the 2019 trial format published in January 2020, an 审计局 whose
# 四 says 行政复议、行政诉讼 are 0 in one sentence above an all-zero 表四 and states the fee as 0.00元, a 商务局 copied
# off its page (索引号 block, 发布时间：… 来源：…) closing with its name and date on one line


def street_numbered() -> str:
    """样例市示例区示例街道办事处 (2025): 一 as numbered paragraphs 1./2./3./4./5. each opening with a lead phrase."""
    return _voice19("样例市示例区示例街道办事处", (
        "2025年，示例街道办事处坚持以公开为常态、不公开为例外，推进基层政务公开标准化规范化。\n"
        "1.主动公开扎实推进。全年通过区政府门户网站街道专栏和社区公开栏主动公开政府信息310条。\n"
        "2.依申请公开规范办理。全年新收政府信息公开申请13件，上年结转1件，均在法定期限内答复。\n"
        "3.政府信息管理持续加强。落实公开前审查，清理过期信息26条。\n"
        "4.平台建设不断完善。在12个社区设置政务公开专区。\n"
        "5.监督保障有力有效。被申请行政复议2件，被提起行政诉讼1件，未发生责任追究情况。"),
        five="1.社区公开栏更新不够及时。2.政策解读形式单一。下一步将建立社区公开栏月度巡查制度，增加图解解读。",
        six="本街道本年度未收取信息处理费。",
        signed="2026年1月19日")


def merged_bureau() -> str:
    """样例市文化广电和旅游局 (2025), formed in the year by merging 原样例市文化和旅游局 and 原样例市广播电视局: the
    title and closing with the new name, the prose naming the former ones (and the former bureau's figures)."""
    return _voice19("样例市文化广电和旅游局", (
        "2025年3月，原样例市文化和旅游局与原样例市广播电视局整合组建样例市文化广电和旅游局。"
        "机构改革期间，局政府信息公开工作平稳衔接。\n"
        "（一）主动公开。全年主动公开政府信息310条，其中机构改革前原市广播电视局发布46条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件（含原市文化和旅游局受理2件），上年结转1件。\n"
        "（三）政府信息管理。对原两局的历史信息进行整合，统一公开目录。\n"
        "（四）平台建设。将原市广播电视局网站整合至局门户网站。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="机构整合后部分栏目内容衔接不够顺畅。2026年将完成历史信息迁移。",
        six="本局本年度未收取信息处理费。",
        signed="2026年1月22日")


def numbered_items() -> str:
    """样例县住房和城乡建设局 (2024): 三's prose naming 表三's result rows by their numbers (第（一）项…, 第（四）项第1目…)."""
    return _voice("样例县住房和城乡建设局", (
        "2024年，县住房和城乡建设局依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新县政府网站住建专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="保障性住房分配信息公开不够及时。2025年将在分配结果确定后5个工作日内公开。",
        six="本局本年度未收取信息处理费。",
        signed="2025年1月21日",
        extra=[(_THREE_HEAD, _THREE_HEAD +
                "按照表三第三项办理结果统计，第（一）项予以公开5件，第（二）项部分公开1件，第（三）项不予公开1件"
                "（第4目保护第三方合法权益），第（四）项无法提供4件（第1目3件、第2目1件），第（五）项不予处理2件，"
                "第（六）项其他处理0件；第四项结转下年度继续办理1件。\n")])


def trial_2019() -> str:
    """样例县示例乡人民政府 (2019) on the 2019 trial format (tabs_2020_trial.txt moved back a year), published
    2020年1月17日; 六 without a fee statement (not asked then)."""
    text = (FIXTURES / "tabs_2020_trial.txt").read_text("utf-8")
    text = text.replace("2020", "2019").replace("2021", "2020")
    one = _ONE.replace("2024年", "2019年")
    return _replace(text, [
        ("示例镇人民政府2019年政府信息公开工作年度报告", "样例县示例乡人民政府2019年政府信息公开工作年度报告"),
        (one, "2019年，示例乡人民政府按照新修订的《条例》要求，做好政府信息公开工作。\n"
              "（一）主动公开。全年通过乡政务公开栏和县政府网站乡镇专栏主动公开政府信息310条。\n"
              "（二）依申请公开。全年共收到政府信息公开申请13件，上年结转1件，结转下年度继续办理1件。\n"
              "（三）政府信息管理。落实公开前审查。\n"
              "（四）平台建设。更新村务公开栏9个。\n"
              "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        ("本年度无其他需要报告的事项。", "本乡无其他需要报告的事项。"),
        ("示例镇人民政府\n2020年1月18日", "样例县示例乡人民政府\n2020年1月17日")])


def zero_cases() -> str:
    """样例县审计局 (2025): 四 saying 行政复议、行政诉讼均为0 in one sentence above table 四 all 0; the fee in 元 with
    decimals (收取信息处理费0.00元) in 六."""
    text = _voice19("样例县审计局", (
        "2025年，县审计局依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，公开审计结果公告6期。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前保密审查。\n"
        "（四）平台建设。更新县政府网站审计专栏。\n"
        "（五）监督保障。全年未发生因政府信息公开引起的行政复议、行政诉讼。"),
        five="审计结果公告解读不够通俗。2026年将配发图解。",
        six="本局本年度收取信息处理费0.00元。",
        signed="2026年1月16日",
        extra=[(_FOUR_HEAD, _FOUR_HEAD + "本年度因政府信息公开被申请行政复议、提起行政诉讼的数量均为0。\n")])
    return _replace(text, [(_FOUR_ROW, "\t".join(["0"] * 15) + "\n")])


def dateline_index() -> str:
    """样例县商务局 (2025) copied off its page: a 索引号 block and a dateline (发布时间：2026-01-20 来源：…) above the
    title; the closing with the agency and the date on one line."""
    head = ("索引号：000000000/2026-00003\n发布机构：样例县商务局\n生成日期：2026-01-20\n"
            "发布时间：2026-01-20 来源：样例县商务局\n")
    return head + _voice19("样例县商务局", (
        "2025年，县商务局依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新县政府网站商务专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="惠企政策解读不够及时。2026年将在政策出台后3个工作日内发布解读。",
        six="本局本年度未收取信息处理费。",
        signed="2026年1月20日",
        extra=[("\n样例县商务局\n2026年1月20日", "\n样例县商务局　2026年1月20日")])


VOICES35 = {"street-numbered": street_numbered, "merged-bureau": merged_bureau, "numbered-items": numbered_items,
            "trial-2019": trial_2019, "zero-cases": zero_cases, "dateline-index": dateline_index}


# -- VOICES36: 表二's figures in 一's prose in mixed units, 表四's results in 四's prose, a preface naming the report --
# and its period as 2025年度 only, an 附件 list after the closing, 五's problems each with its remedy
# a 发展和改革局 whose 一 restates 表二 with 个/项/件/起/次 mixed, a 市场监督管理局 whose 四 restates 表四 result by
# result (行政复议结果维持1件、纠正0件…), a 镇 whose preface names its own report (现将…2025年度…情况报告如下) and states
# the period as 2025年度 only, a 民政局 listing its 附件 after the closing date, a 交通运输局 whose 五 pairs each problem
# with its remedy in one paragraph (一是…，下一步…；二是…，将…；三是…)

_PREFACE19 = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求，编制本报告。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。"


def mixed_units() -> str:
    """样例县发展和改革局 (2025): 一 restating 表二 (规范性文件 制发3 废止1 现行有效12, 行政许可120, 行政处罚35, 行政强制2,
    行政事业性收费1.25万元) with 个/项/件/起/次 mixed."""
    return _voice19("样例县发展和改革局", (
        "2025年，县发展和改革局依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条。本年制发行政规范性文件3个，废止1项，现行有效12件；"
        "作出行政许可决定120项，行政处罚35起，行政强制2次；收取行政事业性收费1.25万元。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新县政府网站发改专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="价格政策解读不够及时。2026年将在政策出台后3个工作日内发布解读。",
        six="本局本年度未收取信息处理费。",
        signed="2026年1月21日")


def four_results() -> str:
    """样例县市场监督管理局 (2025): 四 restating 表四 result by result above it (行政复议结果维持1件、纠正0件、其他结果0件、
    尚未审结1件；行政诉讼…直接起诉结果纠正1件)."""
    return _voice19("样例县市场监督管理局", (
        "2025年，县市场监督管理局依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新县政府网站市场监管专栏。\n"
        "（五）监督保障。未发生责任追究情况。"),
        five="企业信用信息公开不够全面。2026年将扩大公示范围。",
        six="本局本年度未收取信息处理费。",
        signed="2026年1月23日",
        extra=[(_FOUR_HEAD, _FOUR_HEAD +
                "本年度因政府信息公开被申请行政复议2件，行政复议结果维持1件、纠正0件、其他结果0件、尚未审结1件；"
                "被提起行政诉讼1件，其中未经复议直接起诉结果纠正1件，复议后起诉0件。\n")])


def preface_year() -> str:
    """样例县示例镇人民政府 (2025): a preface naming its own report (现将…2025年度政府信息公开工作情况报告如下) and the
    period as 2025年度 only (本报告所列数据统计期限为2025年度)."""
    return _voice19("样例县示例镇人民政府", (
        "2025年，示例镇人民政府扎实做好政府信息公开工作。\n"
        "（一）主动公开。全年通过镇政务公开栏和县政府网站乡镇专栏主动公开政府信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新村务公开栏9个。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="村级公开栏更新不够及时。2026年将建立公开栏月度巡查制度。",
        six="本镇本年度未收取信息处理费。",
        signed="2026年1月15日",
        extra=[(_PREFACE19, "根据《中华人民共和国政府信息公开条例》规定，现将示例镇人民政府2025年度政府信息公开工作情况"
                "报告如下。本报告所列数据统计期限为2025年度。")])


def annex_list() -> str:
    """样例县民政局 (2025): the closing, then the list of its 附件 (附件：1.… 2.…), the files not printed."""
    return _voice19("样例县民政局", (
        "2025年，县民政局依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条，公开低保、特困供养等救助信息12期。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新县政府网站民政专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five="社会救助信息公开的及时性有待提高。2026年将按月公开救助资金发放情况。",
        six="本局本年度未收取信息处理费。",
        signed="2026年1月22日",
        extra=[("\n样例县民政局\n2026年1月22日", "\n样例县民政局\n2026年1月22日\n\n附件：1.2025年度政府信息公开申请办理情况明细\n"
                "2.2025年度主动公开政府信息目录")])


def problems_paired() -> str:
    """样例县交通运输局 (2025): 五 pairing each problem with its remedy in one paragraph (一是…，下一步将…；二是…，将…；
    三是…，…)."""
    return _voice19("样例县交通运输局", (
        "2025年，县交通运输局依法做好政府信息公开工作。\n"
        "（一）主动公开。全年主动公开政府信息310条。\n"
        "（二）依申请公开。全年新收政府信息公开申请13件，上年结转1件。\n"
        "（三）政府信息管理。落实公开前审查。\n"
        "（四）平台建设。更新县政府网站交通专栏。\n"
        "（五）监督保障。被申请行政复议2件，被提起行政诉讼1件。"),
        five=("一是重点项目建设信息更新不够及时，下一步将建立项目信息月报制度；二是政策解读形式较为单一，"
              "将增加图解、视频解读；三是依申请办理人员业务能力有待提升，2026年将组织专题培训2次。"),
        six="本局本年度未收取信息处理费。",
        signed="2026年1月19日")


VOICES36 = {"mixed-units": mixed_units, "four-results": four_results, "preface-year": preface_year,
            "annex-list": annex_list, "problems-paired": problems_paired}
