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
