"""N: numbers stated in the prose that contradict the tables.

A claim is consistent when its number equals any figure its wording can mean: "收到申请N件" may
be 本年新收, 本年新收 + 上年结转 or 办理结果（七）总计 (one whose own words say 新收 is 本年新收 alone).
Only when it equals none of them is it reported, and the message lists each reading tried with its value. The carried-over figures
("上年结转1件", "结转下年度继续办理1件") are compared with their own rows of 表三. Any other claim about
carried-over cases or earlier years (结转, 上年, 累计, 以来… before it or in its own clause), a claim about a part
of the whole (其中, 代表, 本级, 部门…) and a sentence that states the same kind of figure twice (a
breakdown) are not compared. A blank cell is read as the table's arithmetic gives it
(:func:`govlint.plugin.inferred_blanks`: a table whose zeros were left blank is 0 there; a total left
blank beside its filled items is their sum); another blank leaves the claims over it uncompared.
"""
from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from decimal import Decimal
from typing import List, NamedTuple, Optional, Tuple

from govlint.plugin import (BLANK_CELL, PLACEHOLDER_CELL, VALUE, Related, Rule, Span, failures, hookimpl,
                            figure_value, numeral_value, nfkc, lazy, unchecked, inferred_blanks)

from .prose import Run, ends_mid_sentence, runs
from .totals import PartsOfAWhole

_CN = "零〇一二两三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
#: a count: Arabic digits, their thousands set apart by commas or not ("12,386", NFKC's "，" too), or Chinese
#: numerals (一 … 九十九, 一百零五, 三千五百), capitals too (贰件, 壹拾贰件)
NUM = rf"(\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+|[{_CN}]+)"
#: what may stand between a claim's words and its number: "申请共计13件", "申请数量为13件", "的有5件";
#: anything else ("复议纠错2件", "申请后答复5件") makes it another figure; the figure may stand in brackets
#: ("行政复议（2件）", "依申请公开（13件）": NFKC makes them ASCII), and the words may be quoted as the table's
#: labels ("“部分公开”0件")
#: (the quotes as literals: a class of characters beyond Latin-1 costs its expression a table of 65,536 entries to
#: compile, ~0.6 ms each of the ~60 expressions holding FILL)
#: after 个, a span of time ("7个工作日", "3个月"): no count of things
_NO_DURATION = r"(?!\s*(?:工作日|自然日|小时|月|日|天|星期|周|季度|年|学期))"
#: a change from an earlier year's figure, before this year's: "由上年的10件增加至15件", "从2023年的10件上升到",
#: "较上年增加3件至15件", "比上年多3件,达到15件", "同比增长25%,达到15件" (the figure after it is the year's; the text
#: is NFKC: "，" is ","). Without the 至/到/达到/为 that names the new figure, no claim: "较上年增加3件" is a difference
CHANGE = (r"(?:(?:由|从)\s*(?:上一?年度?|去年|(?:19|20)\d\d\s*年度?)(?:同期)?的?\s*\d+\s*(?:件|条|个|次|起|宗)?"
          r"|(?:较|比)\s*(?:上一?年度?|去年|(?:19|20)\d\d\s*年度?)(?:同期)?|同比)"
          r"\s*(?:大幅|明显|略有|有所)?(?:增加|增长|上升|提高|减少|下降|降低|回落|增|减|降|升|多|少)(?:了)?"
          r"(?:\s*\d+(?:\.\d+)?\s*(?:件|条|个|次|起|宗|%|个百分点))?\s*,?\s*(?:至|到|达到|为)")
FILL = r"(?:共计|合计|总计|总数|数量|共|数|量|为|达到|达|了|的|有|是|\s|:|\(|”|\"|’|」|』|" + CHANGE + "){0,4}?"


def cn_value(s: str) -> Optional[int]:
    """The value of a count in Arabic digits (its thousands apart by commas or not) or Chinese numerals; None if
    it is not one."""
    return figure_value(s) if "," in s else numeral_value(s)


class Reading(NamedTuple):
    """One figure a claim's wording can mean."""

    zh: str
    en: str
    value: Decimal
    cells: tuple


class Claim(NamedTuple):
    kind: str
    pattern: "re.Pattern"
    #: group with the number, or 0 for "none happened"
    group: int = 1
    #: a word the claim's words always hold, when not its kind's (:data:`_KEYWORD`)
    word: str = ""
    #: other words they always hold: a sentence without them all is not searched (nor the pattern compiled)
    also: Tuple[str, ...] = ()


#: (个 before another noun counts that noun: "收到申请的20个工作日内", "3个乡镇")
_UNIT = r"\s*(?:件次|件|条|份|次|宗|起|个(?=申请|政府信息|依申请|[^\u3400-\u9fff]|$))"
#: after a result's count, the words giving one reason for all of it: "，均为", "，理由为", "，原因均是"
_ALL_FOR_REASON = r"\s*[,:]?\s*(?:(?:均|全部|都)(?:为|系|属于|属|是)|(?:理由|原因)(?:均|都)?(?:为|是|系)\s*:?)\s*"
#: the same reason in brackets right after the count, alone in them ("不予处理1件（属于信访举报投诉类申请）"; the
#: text is NFKC: brackets are ASCII), and what closes them
_REASON_IN_BRACKETS = r"\s*\(\s*(?:(?:均|全部|都)?(?:为|系|属于|属|是)|(?:理由|原因)(?:均|都)?(?:为|是|系)\s*:?)?\s*"
_BRACKETS_CLOSED = r"(?:的?(?:情形|情况|原因))?\s*\)"
#: a reason's words reaching the end of its clause ("…的情形", "…的情况" with them)
_REASON_ENDS = r"(?:的?(?:情形|情况|原因))?(?=\s*(?:[。;,]|$))"

#: the rows of （三）不予公开 and （五）不予处理 whose reason a person reads in these words (its label's, or as reports
#: write it: "涉及国家秘密", "涉及第三方合法权益"): (row key, a word they always hold, English name, the words)
#: (the rows' Chinese names come from the format: :func:`_row_name`)
_REASON_ROWS = (
    ("deny_1", "国家秘密", "state secrets", r"国家秘密"),
    ("deny_2", "禁止公开", "other laws forbid it", r"其他法律(?:、|和|及)?(?:行政)?法规(?:规定)?禁止公开"),
    ("deny_3", "三安全", "endangers the three securities and stability", r"危及(?:“|\")?三安全一稳定(?:”|\")?"),
    ("deny_4", "第三方", "third parties' lawful rights", r"(?:保护|涉及|侵犯|侵害|损害|影响)第三方(?:的)?合法权益"),
    ("deny_5", "内部事务", "internal affairs", r"(?:三类)?内部事务(?:信息)?"),
    ("deny_6", "过程性", "process information", r"(?:四类)?过程性信息"),
    ("deny_8", "行政查询", "administrative enquiries", r"行政查询事项"),
    ("noproc_1", "信访", "petitions, reports and complaints", r"信访(?:、?举报)?(?:、?投诉)?(?:类)?(?:事项|申请|件)?"),
    ("noproc_2", "重复", "repeated applications", r"(?<!大量)(?<!反复)重复(?:提出|提交)?(?:的)?申请"),
    ("noproc_3", "出版物", "publications asked for", r"(?:要求)?提供(?:公开)?出版物"),
    ("noproc_4", "大量", "many repeated applications without good reason",
     r"(?:无正当理由(?:的)?大量(?:、)?(?:反复|重复)|大量(?:、)?反复)(?:提出)?(?:的)?申请"),
    ("noproc_5", "重新出具", "confirming or re-issuing information held",
     r"要求(?:行政机关)?(?:确认或)?重新出具(?:已(?:获取|获得)(?:的)?(?:政府)?信息)?"),
)
#: before such a reason: not the last of several ("国家秘密和内部事务信息", "国家秘密、第三方合法权益", "不涉及…"; a list of
#: reasons each with its count is: "…不予公开1件、涉及第三方合法权益不予公开1件")
_NOT_JOINED = r"(?<![和及与或等不非])(?<!或者)(?<![^件]、)"
#: the words that lead a reason in: "因涉及", "由于属于", "系"
_REASON_LEAD = r"(?:因|由于)?(?:属于|涉及|系)?"
#: after a reason's words, the noun it is said of ("…的信息", "…的申请", "…的情形")
_REASON_NOUN = r"(?:的)?(?:政府)?(?:信息|申请|事项|情形|情况)?"
#: after a result's count, 其中 and the items before a reason's, each its count ("，其中属于国家秘密1件、", "(其中")
_ITEMS_BEFORE = r"\s*[,(:]?\s*其中\s*:?\s*(?:[^。;,()]{1,30}?\d+\s*件\s*[,、;]\s*){0,7}?"
#: the result of each group of reasons
_REASON_RESULT = {"deny": r"不予(?:以)?公开", "noproc": r"不予(?:以)?处理"}
_REASON_EN = {key: en for key, _, en, _ in _REASON_ROWS} | {
    "other_1": "no correction in time, not processed further", "other_2": "fee not paid in time, not processed further"}

#: the applications may be counted in 项 too ("受理依申请公开事项2项", "收到公开申请事项26项")
_APPLICATION_UNIT = r"\s*(?:件次|件|条|份|次|宗|起|项|个(?=申请|政府信息|依申请|[^\u3400-\u9fff]|$))"
#: not the second half of "予以公开及部分公开…" / "部分公开、不予公开共N件" / "全部或部分公开N件" (a joint figure)
_BEFORE = "".join(f"(?<!{a}{b})" for a in ("公开", "提供", "处理", "全部") for b in ("及", "和", "与", "、", "或", "或者"))
#: not the second half of "行政复议和行政诉讼案件共3件" / "行政诉讼、行政复议3件" (a joint figure)
_JOINT = "".join(f"(?<!{a}{b})" for a in ("复议", "诉讼") for b in "及和与、或")

#: both kinds of case said to be none at once: "行政复议和行政诉讼案件均为零"
#: (each kind may follow its verb, the figure its 数量: "被申请行政复议、提起行政诉讼的数量均为0")
_JOINT_ZERO = (r"(?:进入)?行政复议(?:案件|程序)?(?:和|及|与|、|或)(?:被提起|提起|被|进入)?行政诉讼(?:案件|程序)?(?:的)?(?:数量|数|件数|案件数)?"
               r"(?:均|都|皆)?(?:为|是)?\s*(?:0|零)"
               r"(?:\s*(?:件|起|宗))?(?![\d.])"
               #: ("行政复议、行政诉讼情况：无。": the kinds' heading answered 无)
               r"|行政复议(?:案件)?(?:和|及|与|、|或)行政诉讼(?:案件)?(?:情况)?\s*:\s*无(?=\s*(?:[。，,；;]|$))")

#: zero without a unit, ending its clause ("为零", "为0。"): a count of none
_NONE_BARE = r"(?:为|是)\s*(0|零)(?=\s*(?:[。，,；;）)]|$))"

#: after a count said before its noun ("收到2件政府信息公开申请，…", "受理13件依申请公开事项并按时答复"): the noun
#: ends there; another noun after it makes the count one of that ("接到5件依申请公开咨询电话", "收到4件依申请公开转办件",
#: "收到2件公开申请的补正材料", "收到12条政府信息公开申请咨询": enquiries, items routed, papers, not applications)
_NOUN_ENDS = r"(?=\s*(?:[。，,；;:、()]|$|(?:和|及|与)\s*[\d一二三四五六七八九十两]|均|全部|都|已|并|且|中|当中|其中|依法|按时|及时|予以|办结|答复|共|合计|总计))"
#: before a count that stands before its noun: not a digit, nor words pointing at cases said before ("这两件",
#: "另1件", "其余2起")
_BEFORE_COUNT = r"(?<![\d.这该此另余其前上后])(?<!其中)"
#: between a count and 行政复议/行政诉讼: the disclosure work the cases are about ("2起因政府信息公开引起的行政诉讼")
_ABOUT_WORK = r"(?:因?(?:政府)?信息公开(?:工作)?(?:引起|引发|而)?(?:被申请|被提起)?的?)?"
#: after such a count, not the cases' outcome: "2起行政诉讼败诉案件", "1件行政复议被纠错" count the cases lost
_NO_OUTCOME = r"(?!\s*(?:案件)?(?:败诉|胜诉|被纠|纠错|纠正|被撤销|撤销|被确认|维持|审结|结案|驳回))"

#: a count opening its clause: at the sentence's start, after ，；：、 (NFKC: , ; :) or right after 其中
_OPENS_CLAUSE = r"(?:(?<![^,;:、。])|(?<=[,;:、。]\s)|(?<=其中))\s*"
#: after a result, words that make the count one decision's or answer's, not the result's
#: before 复议 or 诉讼 named without 行政: the clause's start, or 涉及/发生/被申请/被提起 opening it
_SHORT_KIND = r"(?:(?<![^,;:、。])|(?<=[,;:、。]\s)|(?<=涉及)|(?<=发生)|(?<=被申请)|(?<=被提起))"
#: before 收 standing for 收到: 共, a time (全年, 年内, 累计), 已 or a mark (not 征收, 税收, 验收); lookbehinds of one
#: character each (a class of characters beyond Latin-1 costs a table of 65,536 entries to compile)
_AFTER_OPENING = r"(?:(?<=共)|(?<=年)|(?<=内)|(?<=计)|(?<=已)|(?<=[,:;\s])|(?<=，)|(?<=。)|(?<=；)|(?<![\s\S]))"
#: who applies, named between the verb and 申请 ("收到公民、法人和其他组织提出的…申请")
_APPLICANT_WORDS = r"(?:公民|自然人|法人|其他组织|单位|个人|群众|居民|村民|(?:商业)?企业|社会组织|申请人|(?:社会)?公众|市民)"
#: every way of applying ("通过各种渠道", "通过任何形式", "通过邮寄、邮件、现场等方式": the ways listed with 等; a
#: way named alone, "通过网站", is one channel's part)
_EVERY_WAY = (r"通过(?:(?:任何|各种|各类|多种|不同|其他)?(?:形式|渠道|方式|途径)"
              r"|[^\W\d_]{1,6}(?:(?:[、和与及或]|或者)[^\W\d_]{1,6}){1,5}等(?:多种|各种)?(?:形式|渠道|方式|途径))")
#: to whom the applications were made, between the verb and 申请 ("收到公众向州政府或州政府办公室提交的…申请"): the
#: agency, or another body (:data:`_MADE_TO`, then not compared)
_TO_WHOM = r"向[^\W\d_]{1,16}?(?=提出|提交|递交)"
#: a second verb joined to receiving ("收到并处理", "受理并妥善办理", "收到和处理", "接收和办理"; "受理答复", no conjunction):
#: the same applications
_AND_HANDLED = r"(?:(?:(?:并|和|及|与)(?:妥善|依法|及时)?|(?<=受理)|(?<=收到))(?:处理|办理|答复))?"
_NOT_A_DECISION = r"(?!\s*(?:的)?(?:决定|答复|告知书|理由|原因|申请中|当中|中))"
#: after "无/没有", the disclosure work named as the cause of the cases: "无政府信息公开类行政复议", "无政府信息公开申请
#: 办理导致行政复议", "无政府信息公开申请导致的行政复议"
#: a character between a none's verb and its cases, not across another none joined on ("未收到申请和未发生行政诉讼")
_NOT_ANOTHER_NONE = r"(?:(?!(?:和|及|并|且)(?:未|没有|无))[^。；，,])"
_DISCLOSURE_CAUSE = (r"(?:政府)?信息公开(?:工作|申请)?(?:办理|答复|处理)?(?:(?:导致|引起|引发|产生)(?:的)?|的|类)?")

#: none of the kinds listed after the disclosure work, both kinds of case among them, the list ending its clause
#: ("无信息公开举报、复议和诉讼等情形"; not "无信息公开复议诉讼败诉": an outcome)
_LISTED_NONE = (r"(?:未|没有|无)(?:发生|出现|产生)?(?:过)?(?:任何)?(?:因|涉及)?(?:政府)?信息公开(?:工作)?(?:方面|类|引起|引发)?的?"
                r"(?:[^\W\d_]{1,6}、)*(?:行政)?复议(?:和|及|与|、|或)(?:行政)?诉讼(?:案件)?等?(?:的)?(?:情形|情况|事项|案件)?"
                r"(?=\s*(?:[。，,；;]|$))")
#: right after a count of cases: all of them not concluded ("，正在审理中", "，均尚未审结", "尚在办理中"; "目前…", a later
#: day's state: :data:`_NOT_YEAR_END`)
_PENDING_AFTER = (r"\s*[,;]?\s*(?:均|都|仍|尚|全部)?(?:(?:正在|尚在|仍在)(?:办理|审理)(?:中|之中|过程中)?"
                  r"|尚未(?:审结|结案|办结|审理终结))(?=\s*(?:[。,;]|$))")

_BARE_REASONS: Tuple[Claim, ...] = (
    *(Claim(key, lazy(_OPENS_CLAUSE.replace("(?<=其中))", "(?<=其中)|(?<=\\())") + reason
                      + r"(?:的)?(?:申请|信息|情形|情况)?" + FILL + NUM + r"\s*件(?=\s*(?:[,、;。)]|$))"
                      r"(?!\s*[,、;]\s*(?:经[^,;。]{0,12}?)?(?:予以|部分|全部|同意|已|均|依法)?(?:公开|提供|答复|告知|办理))"),
            word=word)
      for key, word, reason in (
          ("deny_1", "国家秘密", r"属于国家秘密"),
          ("deny_2", "禁止公开", r"(?:属于)?其他法律(?:、|和|及)?(?:行政)?法规(?:规定)?禁止公开"),
          ("deny_3", "三安全", r"(?:属于)?危及(?:“|\")?三安全一稳定(?:”|\")?"),
          ("deny_4", "第三方", r"保护第三方(?:的)?合法权益"),
          ("deny_5", "内部事务", r"属于三类内部事务信息"),
          ("deny_6", "过程性", r"属于四类过程性信息"),
          ("deny_8", "行政查询", r"属于行政查询事项"),
          ("noproc_3", "出版物", r"要求提供公开出版物"),
          ("noproc_4", "大量", r"无正当理由大量反复申请"),
          ("noproc_5", "重新出具", r"要求行政机关确认或重新出具已获取信息"))),
)

#: (the bare reasons' claims, read only where the sentence speaks of applications or their refusal, or in 三, and
#: not of documents reviewed: "审查文件120件，其中属于国家秘密1件" counts documents)
_BARE_IDS = frozenset(map(id, _BARE_REASONS))
_ABOUT_ANSWERS = lazy(r"申请|不予(?:以)?公开|不予(?:以)?处理")
_DOCUMENTS_REVIEWED = lazy(r"审查|审核|定密|密级|文件|公文|保密")


CLAIMS: Tuple[Claim, ...] = (
    Claim("applications", lazy(
        r"(?:收到|受理|新收|接收|接到|签收|" + _AFTER_OPENING + r"收(?=政府信息公开|依申请公开))" + _AND_HANDLED
        + r"(?:了)?(?:各类)?《?(?:(?:政府信息公开|政务信息公开|依申请公开|信息公开)(?:的)?|政府公开|(?:要求|申请)?公开政府信息(?:的)?|公开)?申请(?:书|表|件|信件)?》?(?!人)(?:情况)?"
        + FILL + NUM + _APPLICATION_UNIT)),
    #: "共办理政府信息公开申请80件": the applications handled, the noun said (办理 alone may be any matter's; only
    #: time and subject before it: :data:`_PLAIN_BEFORE`)
    Claim("applications", lazy(r"办理(?:了)?(?:各类)?(?:政府信息公开|政务信息公开|信息公开)申请(?:书|件)?(?!人)" + FILL + NUM
                               + _APPLICATION_UNIT), word="办理"),
    #: "收到2件政府信息公开申请", "共受理13件申请": the count before the noun ("共计收到13条政府信息公开申请", "受理29宗…",
    #: "收到2条群众提交的政府信息公开申请", "按时办理3件依申请公开", "收到1条依申请公开件")
    Claim("applications", lazy(
        r"(?:收到|受理|新收|接收|接到|办理)(?:了)?\s*" + NUM + r"\s*(?:件|份|条|宗|项|起)(?:(?:" + _APPLICANT_WORDS
        + r"(?:[、和与及或]|或者)?){1,5}(?:提出|提交|递交)?的)?(?:(?:政府信息公开|依申请公开|信息公开|(?:要求|申请)(?:公开(?:政府)?信息|(?:政府)?信息公开)的|政府公开|公开)?"
        r"申请(?![人书表])"
        r"|(?:政府信息)?依申请公开(?:事项|办件|件|申请)?(?![人书表的]|信息|政府|工作|目录|栏目|专栏|制度|平台|渠道|[^\W\d_]{0,4}(?:决定|答复|复议|诉讼))"
        #: ("收到7条依申请公开政府信息": the information asked for standing for the applications, the noun ending there)
        r"|依申请公开(?:的)?(?:政府)?信息)"
        + _NOUN_ENDS)),
    #: "收到居民提出的政府信息公开申请3件", "受理公民、法人和其他组织的信息公开申请13件", "收到公民、法人和其他组织
    #: 政府信息公开申请共16件" (no 的): the applicants between
    #: (and "收到公民、法人和其他组织通过各种渠道提出的…申请": every channel; not "收到涉及征地等领域的…申请5件",
    #: a topic's, as often a share as the total: "…5件，占全部申请的38%", "…5件，其他申请8件")
    Claim("applications", lazy(
        r"(?:收到|受理|新收|接收|接到)(?:了)?(?:" + _APPLICANT_WORDS + r"(?:[、和与及或]|或者)?){0,5}"
        r"(?:" + _EVERY_WAY + r")?"
        r"(?:(?:" + _TO_WHOM + r")?(?:提出|提交|递交)?的)?(?:各类)?(?:政府信息公开|政务信息公开|依申请公开|信息公开)申请(?!人)" + FILL + NUM
        + _APPLICATION_UNIT)),
    #: "收到来自公民、法人或者其他组织的申请12件", "收到公民对依申请公开政府信息的申请12件": the applicants said with
    #: 来自 (申请 may stand bare: whose they are says what they are), or what was asked for said with 对/关于
    Claim("applications", lazy(
        r"(?:收到|受理|接收|接到|接获)(?:了)?(?:来自(?:" + _APPLICANT_WORDS + r"(?:[、和与及或]|或者)?){1,5}"
        r"(?:" + _EVERY_WAY + r")?(?:(?:提出|提交|递交)?的)?"
        r"(?:(?:对|关于|有关)(?:依申请公开(?:的)?(?:政府)?信息|公开政府信息|(?:政府)?信息公开)的)?"
        r"|(?:" + _APPLICANT_WORDS + r"(?:[、和与及或]|或者)?){0,5}"
        r"(?:对|关于|有关)(?:依申请公开(?:的)?(?:政府)?信息|公开政府信息|(?:政府)?信息公开)的)"
        r"(?:政府信息公开|政务信息公开|依申请公开|信息公开)?申请(?![人书表])" + FILL + NUM + _APPLICATION_UNIT)),
    #: "公众通过邮递、网站等途径向镇政府提交政府信息公开申请12件", "群众提出信息公开申请5件": the applications said by
    #: the applicants' verb, the noun after it (the ways and to whom in its words: every way, and the agency, or
    #: another body: :func:`_made_to_other`; "通过网站提交…": one way's, a part)
    Claim("applications", lazy(
        r"(?:" + _EVERY_WAY + r")?(?:" + _TO_WHOM + r")?(?:提交|提出|递交)(?:了)?(?:各类)?(?:政府信息公开|政务信息公开|依申请公开|信息公开|(?:要求|申请)?公开政府信息(?:的)?)"
        r"申请(?:书|件)?(?![人表])" + FILL + NUM + _APPLICATION_UNIT)),
    Claim("applications", lazy(
        #: "受理依申请公开13件", "收到政府信息依申请公开13件", "受理依申请信息公开13件"
        #: "收到依申请公开政府信息15件", "收到依申请公开信息15件", "受理并办理依申请公开5件", "收到群众依申请公开1件"
        r"(?:受理|收到|接收|办理|处理)" + _AND_HANDLED + r"(?:了)?(?:本年度?|今年|当年)?(?:" + _APPLICANT_WORDS + r"(?:[、和与及或]|或者)?){0,5}"
        #: ("收到依申请政府信息公开12件": the information named inside)
        r"(?:政府信息)?依申请(?:政府)?(?:信息)?公开(?:的)?(?:政府信息|信息)?(?:办件|申请|事项|件|办理)?"
        + FILL + NUM + _APPLICATION_UNIT)),
    Claim("applications", lazy(
        #: (and "未接收到…", "未收到依申请公开的政府信息", "未受理依申请公开信息申请", "未收到依申请公开来信",
        #: "未收到政府信息依申请公开", "未收到申请政府信息公开事项", "没有收到任何形式的依申请公开政府信息申请件",
        #: "未收到和处理政府信息公开申请", "未收到政务信息公开申请", "未收到和受理…", "未收到公开政府信息的申请",
        #: "未收到申请公开政府信息的申请")
        #: ("未接获依申请公开诉求": the request called 诉求, the verb 接获)
        r"(?:未|没有|无)(?:收到|受理|出现|发生|接到|接获|接收(?:到)?)(?:过)?(?:(?:和|及|并)(?:处理|办理|答复|受理))?"
        r"(?:任何(?:形式|方式|渠道)?的?)?(?:(?:政府信息公开|政务信息公开|依申请公开(?:的)?(?:相关)?(?:政府)?(?:信息)?|信息公开"
        r"|政府信息依申请公开|申请政府信息公开(?:的)?|(?:要求|申请|提出)?公开政府信息的)(?:申请|来信|来函|信件|(?<=公开)诉求)?(?:件)?|公开申请|申请)"
        #: ("没有收到和处理依申请公开办理情况": the handling named before 情况)
        r"(?:(?<=公开)办理(?=情况))?"
        #: ("未收到依申请公开信件和未发生行政诉讼": another none joined by 和)
        r"(?=情况|事项|事件|的情况|[。,，;；]|$|(?:和|及|并|且)(?:未|没有|无))"), 0),
    Claim("applications", lazy(
        r"(?:未|没有|无)(?:任何)?(?:政府信息公开|依申请公开)申请(?:事项|件)?(?=情况|事项|的情况|[。,，;；]|$)"), 0),
    #: "未收到公民、法人或其他组织的政府信息公开申请", "未收到任何单位和个人提出的政府信息公开申请",
    #: "未收到有关政府信息公开的申请": none, the applicants or the subject named between ("未收到群众要求公开政府信息的
    #: 申请", "未收到公民、法人或者其他组织申请公开政府信息": the applicants' request said as a verb; "未接获公民或法人的
    #: 依申请公开诉求": the request called 诉求)
    Claim("applications", lazy(
        r"(?:未|没有|无|未曾)(?:收到|受理|接到|接获|接收)(?:过)?(?:任何)?(?:" + _APPLICANT_WORDS + r"(?:[、和与及或]|或者)?){1,5}"
        r"(?:" + _EVERY_WAY + r")?(?:(?:提出|提交|递交)?的?(?:(?:政府信息公开|政务信息公开|依申请公开|信息公开)申请"
        r"|(?:政府信息公开|依申请公开)诉求)"
        r"|(?:提出的?)?(?:申请|要求)公开政府信息(?:的(?:申请|请求))?)"
        r"(?:事项|件)?(?=情况|事项|的情况|[。,，;；]|$)"), 0),
    #: "未接到群众要求公开的信息": none, the request said by its object, the information the applicants asked for
    #: (no 申请 in its words) (not "未收到申请人要求公开的信息": what one applicant was sent, or not)
    Claim("applications", lazy(
        r"(?:未|没有|无|未曾)(?:收到|受理|接到|接收)(?:过)?(?:任何)?(?:" + _APPLICANT_WORDS.replace("|申请人", "")
        + r"(?:[、和与及或]|或者)?){1,5}"
        r"(?:要求|申请)公开的(?:政府)?信息(?=[。,，;；]|$)"), 0, word="公开的"),
    #: ("未收到公众关于政府信息公开的申请": who would apply named before the subject)
    Claim("applications", lazy(
        r"(?:未|没有|无|未曾)(?:收到|受理|接到|接收)(?:过)?(?:任何)?"
        r"(?:(?:(?:社会)?公众|群众|市民|公民|个人|企业|单位|申请人)(?=有关|涉及|关于|相关))?(?:有关|涉及|关于|相关)?"
        r"(?:政府信息公开|依申请公开|信息公开)(?:方面|类|相关)?的申请(?:事项|件)?(?=情况|事项|的情况|[。,，;；]|$)"), 0),
    #: "全年零申请", "实现依申请公开零申请": none, said at the end of its clause (not "零申请的局面被打破",
    #: "较上年零申请有较大增长": a state of another time; nor "力争零申请", a goal: :data:`_GOAL`)
    Claim("applications", lazy(r"零(?<![\d一二三四五六七八九十百]零)(?:政府信息公开|依申请公开)?申请(?=\s*(?:[。，,；;）)]|$))"),
          0, word="零"),
    #: "无依申请公开事项", "没有公民、法人或其他组织提出政府信息公开申请": none, said of the matters or
    #: of the people who would apply
    Claim("applications", lazy(
        r"(?:未|没有|无)(?:任何)?依申请公开(?:事项|办件|案件|(?:的)?(?:政府|政务)?信息)(?=情况|的情况|[。,，;；]|$)"), 0),
    Claim("applications", lazy(
        r"(?:未有|没有|无)(?:任何)?(?:公民、?法人(?:或|和|及)?其他组织|公民|法人|申请人|群众|个人|企业|任何人|人)"
        r"(?:向本机关|向本单位|向我[局委办镇乡县区市厅])?(?:提出|提交)(?:过)?(?:任何)?(?:政府信息公开|依申请公开|信息公开)?"
        r"申请(?=情况|事项|的情况|[。,，;；]|$)"), 0),
    #: "依申请公开为零", "政府信息公开申请数量为0" ("…申请量为16件": 量 for 数量)
    Claim("applications", lazy(r"(?:政府信息公开申请|依申请公开(?:申请|事项|办件)?)(?:数量|件数|总数|数|量)?(?:均)?" + _NONE_BARE)),
    Claim("applications", lazy(
        r"(?:政府信息公开申请|依申请公开(?:申请)?)(?:数量|件数|总数|数|量)(?:为|是|共|共计|合计|达)?\s*" + NUM
        + r"(?:\s*件)?(?![\d.%])")),
    #: "政府信息公开申请 13 件", "依申请公开：13件", "政府信息公开申请情况：13件": the noun opening its clause, the count
    #: after it (依申请公开 after a colon only); not "办结政府信息公开申请12件" (a verb before it says what it counts)
    Claim("applications", lazy(
        r"(?:^|(?<=[,，。;；:\s(（])|(?<=本年度)|(?<=本年)|(?<=全年)|(?<=今年)|(?<=共有)|(?<=共))"
        r"(?:政府信息公开申请(?:数量|件数|总数|数|情况)?\s*:?|依申请公开(?:申请)?(?:数量|件数|总数|数|情况)?\s*:)\s*"
        + NUM + r"\s*件")),
    #: "其中自然人申请10件", "自然人提出的申请10件", "从申请人看，自然人10件，法人或其他组织3件": the applications by
    #: applicant, 表三's columns (a part after 其中 all the same; not after a result: "予以公开5件，其中自然人4件");
    #: after a count and 、 too ("自然人10件、法人或其他组织3件"; not "公民、法人和其他组织": everyone)
    Claim("natural", lazy(r"(?<!非)自然人(?:提出|提交|递交)?(?:的)?(?:政府信息公开|依申请公开|信息公开)?(?:申请)?" + FILL + NUM
                          + _UNIT)),
    Claim("organisations", lazy(r"(?:(?<![、和及与或民人])|(?<=件、))法人(?:或|和|及|与|或者|、)?其他组织(?:提出|提交|递交)?(?:的)?(?:政府信息公开|依申请公开|信息公开)?"
                                r"(?:申请)?" + FILL + NUM + _UNIT)),
    #: "收到申请1件，申请主体为自然人", "…，申请人均为个人": every applicant a natural person, none an organisation (表三's
    #: five organisation columns 0), said in a clause of its own after the applications' count (:func:`_all_natural_other`)
    #: (or the count first, the applicants after it: "10件申请均由自然人提出", "全部为自然人申请", "均系个人提出")
    Claim("organisations", lazy(r"(?:(?<![^,;:。])|(?<=[,;:。]\s))(?:(?:申请人|申请主体|申请者)(?:均|全部|都|皆)?(?:为|是|系)"
                                r"(?:自然人|公民个人|个人)|(?:[0-9一二三四五六七八九十两]{1,4}\s*件)?(?:申请|政府信息公开申请)?"
                                r"(?:均|全部|都|皆)(?:由|为|是|系|来自)(?:自然人|公民个人|个人)(?:提出|提交|申请|所提)?(?:的)?(?:申请)?)"
                                r"(?=\s*(?:[。,;]|$))"), 0, word="自然人"),
    #: "其中商业企业申请2件", "商业企业2件": 表三's 商业企业 column, named as the table names it (its
    #: applications, or a count in 件; not the businesses a topic concerns, "涉及商业企业的申请3件", nor other
    #: dealings, "走访商业企业12次")
    *(Claim("business", lazy(r"(?:(?<![非、和及与或])|(?<=件、))(?<!涉及)(?<!关于)(?<!针对)商业企业(?:提出|提交|递交)?(?:的)?" + noun
                             + FILL + NUM + unit))
      for noun, unit in ((r"(?:政府信息公开|依申请公开|信息公开)?申请", _UNIT), ("", r"\s*件"))),
    #: "科研机构2件", "社会公益组织提出的申请3件", "法律服务机构7件": 表三's columns of those applicants, named as the
    #: table names them (as 商业企业 above; not "涉及科研机构的申请", nor a list's "科研机构、法律服务机构2件"; after a
    #: count and 、 each its own: "自然人10件、商业企业3件、社会公益组织1件", voices56j)
    *(Claim(kind, lazy(r"(?:(?<![非、和及与或])|(?<=件、))(?<!涉及)(?<!关于)(?<!针对)" + name + r"(?:提出|提交|递交)?(?:的)?" + noun
                       + FILL + NUM + unit))
      for kind, name in (("research", "科研机构"), ("public_interest", "社会公益组织"), ("legal", "法律服务机构"))
      for noun, unit in ((r"(?:政府信息公开|依申请公开|信息公开)?申请", _UNIT), ("", r"\s*件"))),
    #: "全年共办理14件（含上年结转1件）", "办理政府信息公开申请14件（其中上年结转1件）": the applications
    #: handled, said by the carried ones in brackets after them (no noun needed: only applications are
    #: carried over); read where 结转 is (no paragraph more is searched)
    Claim("applications", lazy(
        r"办理(?:了)?(?:政府信息公开|依申请公开|信息公开)?(?:申请|事项)?" + FILL + NUM
        + r"\s*件(?=\s*[（(](?:其中|含有|含|包括|包含|不含|不包括)\s*(?:上一?年度?|去年)结转)"), word="结转", also=("办理", "(")),
    #: "共受理申请14件，其中本年新收13件、上年结转1件": the year's new applications, named as the first part
    #: of the agency's applications handled (only there: :func:`_split_of_total`; a bare "新收13件"
    #: elsewhere may be of anything)
    Claim("new", lazy(r"(?<=其中)\s*(?:本年度?|今年|当年|全年)?新收(?:的)?" + FILL + NUM + r"\s*件(?!申请人)"),
          word="新收", also=("其中",)),
    #: "上年结转1件", "上年度结转的申请1件", "从上年结转至本年度办理的1件": 表三's 二、上年结转
    #: ("上年度(2023年)结转3件": last year named in brackets too)
    Claim("carry", lazy(r"(?:上一?年度?|去年)(?:\(\s*(?:19|20)\d\d\s*年度?\s*\))?结转(?:至本年度?|到本年度?)?(?:办理|受理)?(?:的)?(?:政府信息公开|依申请公开)?"
                        r"(?:申请)?(?:办件)?" + FILL + NUM + r"\s*(?:件|条|宗)")),
    #: "2023年结转至2024年3件", "2023年结转的申请3件": last year's named by its number (only last year's:
    #: :data:`_YEAR_NAMED`) ("2023年转至今年办理的3件": 结 left out, where it went said)
    Claim("carry", lazy(r"(?<!\d)(?:19|20)\d\d\s*年度?(?:结转(?:至|到)?|转(?:至|到|入)(?=\s*(?:19|20)\d\d\s*年|本年|今年))"
                        r"(?:\s*(?:19|20)\d\d\s*年度?|本年度?|今年)?(?:办理)?(?:的)?"
                        r"(?:政府信息公开|依申请公开)?(?:申请)?" + FILL + NUM + r"\s*(?:件|条|宗)"), word="转"),
    #: "无上年结转政府信息公开申请": none carried in
    Claim("carry", lazy(r"(?:无|没有|未有)(?:上一?年度?|去年)结转(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:事项|件)?"
                        r"(?=情况|的情况|[。,，;；]|$)"), 0),
    #: "结转上年度政府信息公开申请3件": the words the other way round
    Claim("carry", lazy(r"结转上一?年度?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?" + FILL + NUM + r"\s*(?:件|条|宗)")),
    #: "结转下年度继续办理1件", "结转至下一年度办理的1件": 表三's 四、结转下年度继续办理
    #: ("转下年度继续办理1件", "转入下一年度办理1件": 结 left out)
    Claim("next", lazy(r"(?:结转|(?<![结移])转(?=至|到|入|下))(?:至|到|入)?(?:下一?年度?|\s*(?:19|20)\d\d\s*年度?)(?:继续)?(?:办理)?(?:的)?"
                       r"(?:政府信息公开|依申请公开)?(?:申请)?" + FILL + NUM + r"\s*(?:件|条|宗)"), word="转"),
    #: "无结转下年度继续办理件" (also written 转结): none carried out
    Claim("next", lazy(r"(?:无|没有|未有)结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:事项|件)?"
                       r"(?=情况|的情况|[。,，;；]|$)"), 0),
    #: "1件结转下年度继续办理", "尚有2件申请结转至下一年度办理": the count before the words, opening its clause
    #: (not "这1件": cases said before, but "其余3件结转下年度…": the rest carried on; not "上年结转的2件和本年新收的1件结转…":
    #: the last of several)
    #: (a copy out of a PDF may space the count: "， 2 件结转…")
    #: ("余下3件转至2026年办理": 结 left out; "另有2件结转下年度继续办理": the rest, voices56b)
    Claim("next", lazy(r"(?:(?<![^,;:。])|(?<=[,;:。]\s)|(?<=其中)|(?<=其中\s))(?:(?:尚有|还有|另有|其余|共有|有|剩余|剩下|余下|除)\s*)?" + NUM
                       + r"\s*件(?:政府信息公开|依申请公开)?(?:申请)?(?:需)?(?:结转|转(?=至|到|入|下))(?:至|到|入)?"
                       r"(?:下一?年(?:度|(?=办理|继续|[，,；;。]|$))|\s*(?:19|20)\d\d\s*年度?)"), word="转"),
    #: ("除2件顺延至下年度办理外": put off to the next year)
    Claim("next", lazy(r"(?:(?<![^,;:。])|(?<=[,;:。]\s)|(?<=其中)|(?<=其中\s))(?:(?:尚有|还有|共有|有|剩余|剩下|余下|除)\s*)?" + NUM
                       + r"\s*件(?:政府信息公开|依申请公开)?(?:申请)?(?:需)?顺延(?:至|到)"
                       r"(?:下一?年(?:度|(?=办理|继续|[，,；;。]|$))|\s*(?:19|20)\d\d\s*年度?)"), word="顺延"),
    #: "1件正在办理中", "尚有2件仍在办理": the applications not answered at the year's end, 表三's 四、结转下年度继续办理
    #: (read only after the applications in its sentence: :func:`_in_process_other`)
    *(Claim("next", lazy(r"(?:(?<![^,;:。])|(?<=[,;:。]\s)|(?<=其中)|(?<=其中\s))(?:(?:尚有|还有|仍有|有|剩余|剩下|余下)\s*)?" + NUM
                         + r"\s*件(?:政府信息公开|依申请公开)?(?:申请)?(?:尚|仍|还)?(?:正在|尚在|仍在|还在|在)" + verb
                         + r"(?:中|之中|过程中)?(?=\s*(?:[。,;]|$))"), word=verb) for verb in ("办理", "处理")),
    #: "办结13件", "已办结政府信息公开申请13件": 表三's （七）总计, the applications answered this year
    #: ("办结政府依申请公开事项1件"; "办理完结政府信息公开申请141件")
    Claim("done", lazy(r"(?<![未不])办结(?:了)?(?:政府信息公开|(?:政府)?依申请公开)?(?:申请)?(?:事项|办件)?" + FILL + NUM + r"\s*件")),
    Claim("done", lazy(r"(?<![未不])办理完结(?:了)?(?:政府信息公开|(?:政府)?依申请公开)?(?:申请)?(?:事项|办件)?" + FILL + NUM + r"\s*件"),
          word="完结"),
    #: "均已办结", "已全部办结", "全部按期办结": none carried over to the next year (表三's 四, compared
    #: only when the carried-over applications cannot be last year's: :func:`_all_done_unsure`)
    Claim("alldone", lazy(r"(?:均|全部|都|皆)(?:已|已经)?(?:按期|按时|及时|依法|如期)?(?:予以)?办结(?![率的])"
                          r"|(?:已|已经)(?:全部|均|都)(?:按期|按时|及时|依法|如期)?(?:予以)?办结(?![率的])"), 0),
    #: "所有申请均已按要求办理完成", "已全部办理完毕": the same, said with 完成/完毕 (not "均在法定期限内办理完毕": on time)
    Claim("alldone", lazy(r"(?:均|全部|都|皆)(?:已|已经)?(?:按期|按时|及时|依法|如期|按要求|按规定)?(?:办理|处理)(?:完成|完毕|完结)(?![率的])"
                          r"|(?:已|已经)(?:全部|均|都)(?:按期|按时|及时|依法|如期|按要求|按规定)?(?:办理|处理)(?:完成|完毕|完结)(?![率的])"),
          0, word="完"),
    Claim("open_partial", lazy(r"(?:予以公开|全部)(?:及|和|与|、|或者|或)部分(?:予以)?公开" + FILL + NUM + r"\s*件")),
    #: "全部公开5件、部分公开1件"
    Claim("open_partial", lazy(r"全部(?:予以)?公开(?:及|和|与|、|或者|或)部分(?:予以)?公开" + FILL + NUM + r"\s*件"),
          word="全部"),
    Claim("open", lazy(r"(?<!不)(?<!部分)予以公开(?![及和与、或])" + FILL + NUM + r"\s*件")),
    #: "同意公开7件": the same result, as the decision is often called
    Claim("open", lazy(r"(?<!不)同意(?:予以)?公开(?![及和与、或])" + FILL + NUM + r"\s*件"), word="同意"),
    #: "全部公开5件": 表三's （一）予以公开, as many staff call it (not "全部或部分公开N件": both)
    Claim("open", lazy(r"全部(?<![不未]全部)(?<![不未]予全部)(?<![不未]予以全部)(?:予以)?公开(?![及和与、或])" + FILL + NUM + r"\s*件"),
          word="全部"),
    Claim("partial", lazy(_BEFORE + r"部分公开" + FILL + NUM + r"\s*件")),
    Claim("partial", lazy(_BEFORE + r"部分予以公开" + FILL + NUM + r"\s*件"), word="部分予以公开"),
    Claim("deny", lazy(_BEFORE + r"不予(?:以)?公开" + FILL + NUM + r"\s*件")),
    Claim("unable", lazy(_BEFORE + r"无法提供" + FILL + NUM + r"\s*件")),
    #: "因无法提供相关信息答复2件": the answer given, the result itself (not "因…不予公开1件": a reason of another result)
    Claim("unable", lazy(r"因(?:无法|不能)提供(?:相关|所申请的?|该)?(?:的)?(?:政府)?信息(?:而|予以)?(?:答复|告知)" + FILL + NUM + r"\s*件"),
          word="提供"),
    Claim("noproc", lazy(_BEFORE + r"不予处理" + FILL + NUM + r"\s*件")),
    #: "本机关不掌握相关政府信息5件", "本办不掌握政府信息答复4条": 表三's first row of （四）无法提供
    #: ("由于本机关不掌握相关政府信息而无法提供5件": the row's count, said with its result)
    Claim("nohold", lazy(r"(?:本机关|本单位|本部门|本[局委办镇乡]|我[局委办镇乡]|本街道)?不掌握(?:相关|该|所申请的?)?(?:的)?"
                         r"(?:政府)?(?:信息)?(?:答复)?(?:而|故|导致)?(?:无法提供)?" + FILL + NUM + r"\s*(?:件|条)")),
    #: "没有现成信息需要另行制作1件", "补正后申请内容仍不明确1件": 表三's other rows of （四）无法提供, by their labels
    Claim("nomake", lazy(r"没有现成(?:的)?(?:政府)?信息(?:需要|需)?另行制作(?:而|故|导致)?(?:无法提供)?" + FILL + NUM + r"\s*(?:件|条)")),
    Claim("unclear", lazy(r"补正后(?:的)?申请内容仍(?:然)?不明确(?:而|故|导致)?(?:无法提供)?" + FILL + NUM + r"\s*(?:件|条)")),
    #: "其中属于行政执法案卷9件", "因属于行政执法案卷不予公开6件": 表三's 7. of （三）不予公开, by its label's own words
    #: (not "抽查行政执法案卷30件": files reviewed, no answer to an application)
    Claim("casefile", lazy(r"属于行政执法案卷(?:的)?(?:申请)?(?:而|故|导致)?(?:不予(?:以)?公开)?" + FILL + NUM + r"\s*件")),
    #: "无法提供4件，均为本机关不掌握相关政府信息", "不予公开1件，理由为属于行政执法案卷": the result's whole count, and one
    #: reason named after it for all of them, a row of its own (its label's words, to the clause's end: not "均为…或…",
    #: "原因为本机关不掌握相关政府信息3件、…", "主要为…")
    *(Claim(kind, lazy(_BEFORE + result + FILL + NUM + r"\s*件" + f"(?:{_ALL_FOR_REASON}{reason}{_REASON_ENDS}"
                       f"|{_REASON_IN_BRACKETS}{reason}{_BRACKETS_CLOSED})"), word=word)
      for kind, result, reason, word in (
          ("nohold", r"无法提供", r"(?:本机关|本单位|本部门|本[局委办镇乡]|我[局委办镇乡]|本街道)?不掌握(?:相关|该|所申请的?)?(?:的)?"
                                   r"(?:政府)?(?:信息)?", "不掌握"),
          ("nomake", r"无法提供", r"没有现成(?:的)?(?:政府)?信息(?:需要|需)?另行制作", "另行制作"),
          ("unclear", r"无法提供", r"补正后(?:的)?申请内容仍(?:然)?不明确", "仍不明确"),
          ("casefile", r"不予(?:以)?公开", r"属于行政执法案卷", "行政执法案卷"))),
    #: "因涉及国家秘密不予公开1件", "属于信访举报投诉类申请不予处理2件": a reason of （三）不予公开 or （五）不予处理 in
    #: the words of its row (:data:`_REASON_ROWS`), then its result and the count (not "国家秘密和内部事务信息不予公开3件":
    #: two reasons, one count; nor "因涉及国家秘密等原因不予公开3件")
    *(Claim(key, lazy(_NOT_JOINED + _REASON_LEAD + reason + _REASON_NOUN + r"(?:而|故|被|予以|依法)?"
                      + _REASON_RESULT[key.split("_")[0]] + FILL + NUM + r"\s*件"), word=word)
      for key, word, _, reason in _REASON_ROWS),
    #: "不予处理2件，均为重复申请", "不予公开1件，理由为属于国家秘密": the result's whole count, one reason named after it
    #: for all of them (as for 无法提供 above)
    *(Claim(key, lazy(_BEFORE + _REASON_RESULT[key.split("_")[0]] + FILL + NUM + r"\s*件"
                      + f"(?:{_ALL_FOR_REASON}(?:属于|涉及|系)?{reason}{_REASON_NOUN}{_REASON_ENDS}"
                      f"|{_REASON_IN_BRACKETS}(?:属于|涉及|系)?{reason}{_REASON_NOUN}{_BRACKETS_CLOSED})"), word=word)
      for key, word, _, reason in _REASON_ROWS),
    #: "不予处理2件，其中信访举报投诉类申请1件、重复申请1件", "不予公开3件（其中涉及国家秘密1件，…）": the result's count
    #: split by its reasons after 其中, each its count (the reason opening its item: not "其中国家秘密和内部事务信息2件")
    *(Claim(key, lazy(_BEFORE + _REASON_RESULT[key.split("_")[0]] + FILL + NUM + r"\s*件" + _ITEMS_BEFORE
                      + _REASON_LEAD + reason + _REASON_NOUN + r"(?:而)?(?:" + _REASON_RESULT[key.split("_")[0]] + r")?"
                      + FILL + NUM + r"\s*件(?=\s*(?:[,、;。)]|$))"), group=2, word=word, also=("其中",))
      for key, word, _, reason in _REASON_ROWS),
    #: "属于国家秘密1件", "不予公开3件（属于国家秘密1件、其他法律行政法规禁止公开2件）": a reason named bare with its count,
    #: in its row's label's words (属于 said: not "涉及国家秘密2件", applications touching it, whatever their answer),
    #: opening its clause and ending it (not "涉及第三方合法权益1件，征求意见后予以公开": the
    #: count's answer said after it; the rows whose bare words may count letters or applications received, 信访举报投诉类
    #: and 重复申请, only with their result: above)
    *_BARE_REASONS,
    #: "申请人逾期未补正、行政机关不再处理1件", "逾期不补正2件": 表三's （六）其他处理 1., by its label's words
    Claim("other_1", lazy(r"(?:申请人)?(?:无正当理由)?逾期(?:未|不)补正(?:申请)?(?:材料)?(?:的)?(?:\s*[,、]?\s*(?:行政机关|本机关)?"
                          r"不再处理(?:其)?(?:政府信息公开)?(?:申请)?)?" + FILL + NUM + r"\s*件"), word="补正"),
    #: "因申请人逾期未缴纳信息处理费不再处理2件", "逾期未按收费通知要求缴纳费用、行政机关不再处理1件": （六）2., the fee not
    #: paid and the application closed, both said (not "逾期未缴费2件": a notice's fate, the application maybe answered later)
    Claim("other_2", lazy(r"(?:因|由于)?(?:申请人)?逾期(?:未|不)(?:按收费通知(?:要求)?)?(?:缴纳|缴|支付|交纳)(?:信息处理)?费(?:用)?(?:的)?"
                          r"\s*[,、]?\s*(?:行政机关|本机关)?(?:不再处理|终止(?:处理|办理))(?:其)?(?:政府信息公开)?(?:申请)?"
                          + FILL + NUM + r"\s*件"), word="逾期"),
    #: "其中5件予以公开，1件部分公开，…，2件不予处理": the count first, opening its clause (not "这1件…", "其余2件…":
    #: cases said before; not "1件不予公开决定被申请复议": one decision's fate)
    #: ("其中4件申请的内容予以公开": the applications' content named between)
    *(Claim(kind, lazy(_OPENS_CLAUSE + NUM + r"\s*件(?:申请)?(?:(?<=申请)的(?:内容|信息))?(?:均|被|已)?" + words + _NOT_A_DECISION),
            word=word)
      for kind, words, word in (("open", r"予以公开", "予以公开"), ("partial", r"(?:予以)?部分公开", "部分公开"),
                                ("deny", r"不予(?:以)?公开", "不予"), ("unable", r"无法提供", "无法提供"),
                                ("noproc", r"不予处理", "不予处理"))),
    Claim("review", lazy(_JOINT + r"(?:发生|收到|涉及)?行政复议(?:案件|申请)?" + FILL + NUM + r"\s*(?:件|起|宗|次)")),
    Claim("review", lazy(_JOINT + r"(?:发生|收到|涉及)?行政复议(?:案件|申请)?" + FILL + _NONE_BARE)),
    #: "未发生行政复议", "全年没有发生因政府信息公开而引起的行政复议", "无因政府信息公开申请行政复议的情况": the
    #: words between as the lawsuits' (a topic of its own, "因征地信息公开引起的", makes it a part: :data:`_TOPIC`)
    #: ("无政府信息公开申请办理导致行政复议", "无政府信息公开申请导致的行政复议": the cause named without 因)
    #: ("无涉行政复议案件": 涉 alone; "未收到申请和未发生行政复议": the words between not across another none)
    Claim("review", lazy(r"(?:未|没有|无|不(?=涉及))(?:(?:发生|出现|收到|接到|引起|涉及|涉(?!密)|被申请|产生)(?:过)?" + _NOT_ANOTHER_NONE + r"{0,24}?"
                         r"|因[^。；，,]{0,20}?|" + _DISCLOSURE_CAUSE + r")?"
                         r"行政复议(?!后|纠错|被纠|败诉|被撤销|决定|机关)"), 0),
    Claim("litigation", lazy(_JOINT + r"(?:发生|提起|涉及)?行政诉讼(?:案件)?" + FILL + NUM + r"\s*(?:件|起|宗|次)")),
    #: "进入行政复议程序0件，进入行政诉讼程序0件": the cases said as the proceedings entered (not "复议后进入行政诉讼程序":
    #: one group of the lawsuits)
    Claim("review", lazy(r"(?<!后)进入(?:行政)?复议程序(?:的)?(?:案件|申请)?" + FILL + NUM + r"\s*(?:件|起|宗|次)"), word="程序"),
    Claim("litigation", lazy(r"(?<!后)进入行政诉讼程序(?:的)?(?:案件)?" + FILL + NUM + r"\s*(?:件|起|宗|次)"), word="程序"),
    #: "行政复议1件，正在审理中", "行政诉讼2件，均尚未审结": the cases not concluded at the year's end, 表四's 尚未审结
    #: column (the count said of all the cases of its kind, the state of all of them after it)
    *(Claim(kind, lazy(_JOINT + r"(?:发生|收到|涉及)?" + noun + r"(?:案件)?" + FILL + NUM + r"\s*(?:件|起|宗|次)" + _PENDING_AFTER),
            word=noun) for kind, noun in (("review_pending", "行政复议"), ("litigation_pending", "行政诉讼"))),
    #: "涉及复议0件，诉讼0件": the two kinds named short, each opening its clause (or after 涉及/发生)
    Claim("review", lazy(_SHORT_KIND + r"复议(?:案件)?" + FILL + NUM + r"\s*(?:件|起|宗|次)")),
    Claim("litigation", lazy(_SHORT_KIND + r"诉讼(?:案件)?" + FILL + NUM + r"\s*(?:件|起|宗|次)")),
    #: "被复议1件", "被诉1件": the agency the respondent, the kind in one word, its count right after it
    Claim("review", lazy(r"被(?:申请)?复议(?:案件)?\s*" + NUM + r"\s*(?:件|起|宗|次)")),
    Claim("litigation", lazy(r"被(?:起诉|诉)(?:案件)?\s*" + NUM + r"\s*(?:件|起|宗|次)"), word="被"),
    #: "发生2起行政复议案件", "3件行政复议案件中，…": the count before the noun (not "这两件…", "另1件…": cases
    #: said before; not "2件行政复议和行政诉讼": both kinds)
    Claim("review", lazy(_BEFORE_COUNT + NUM + r"\s*(?:件|起|宗)" + _ABOUT_WORK + r"行政复议(?:案件)?"
                         r"(?!\s*(?:案件)?(?:[和及与、或]|或者)\s*(?:行政)?诉讼|申请|机关|决定)" + _NO_OUTCOME)),
    Claim("litigation", lazy(_BEFORE_COUNT + NUM + r"\s*(?:件|起|宗)" + _ABOUT_WORK + r"行政诉讼(?:案件)?" + _NO_OUTCOME)),
    #: "未经复议直接起诉案件2件", "复议后提起行政诉讼1件", "未经复议直接起诉的行政诉讼2件": the lawsuits of one of 表四's two
    #: groups, named by its column
    #: (行政 said of the review or of the lawsuit: "信访复议5件，复议后起诉3件" may be another system's)
    Claim("direct", lazy(r"(?:未经(?:行政)?复议直接(?:向[^\W\d_]{0,12}?法院)?(?:提起|起诉)(?:行政诉讼)?"
                         r"|直接(?:向[^\W\d_]{0,12}?法院)?(?:提起|起诉)行政诉讼)(?:的)?(?:(?<=的)行政诉讼)?(?:案件)?" + FILL + NUM
                         + r"\s*(?:件|起|宗|次)"), word="直接"),
    Claim("after", lazy(r"(?:行政复议后(?:又|再)?(?:向[^\W\d_]{0,12}?法院)?(?:提起|起诉)(?:行政诉讼)?"
                        r"|复议后(?:又|再)?(?:向[^\W\d_]{0,12}?法院)?(?:提起|起诉)行政诉讼)(?:的)?(?:(?<=的)行政诉讼)?(?:案件)?" + FILL + NUM
                        + r"\s*(?:件|起|宗|次)"), word="复议后"),
    #: "行政诉讼案件为零", "行政复议数量为0": none, said as a number without its unit
    Claim("litigation", lazy(_JOINT + r"(?:发生|提起|涉及)?行政诉讼(?:案件)?" + FILL + _NONE_BARE)),
    Claim("litigation", lazy(r"(?:未|没有|无|不(?=涉及))(?:(?:发生|出现|收到|接到|引起|涉及|涉(?!密)|被提起|被起诉|产生)(?:过)?" + _NOT_ANOTHER_NONE + r"{0,24}?"
                             r"|因[^。；，,]{0,20}?|" + _DISCLOSURE_CAUSE + r")?"
                             r"(?:行政复议(?:案件)?(?:[、和与及或]|或者)(?:被?提起)?)?"
                             r"(?:行政诉讼|(?<=[、和与及或])诉讼|(?<=提起)行政诉讼)(?!纠错|被纠|败诉|被撤销)"), 0),
    #: "行政复议零发生", "行政诉讼案件零发生": none, said as 零发生 (not "力争…零发生": a goal, :data:`_GOAL`)
    Claim("review", lazy(_JOINT + r"行政复议(?:案件)?\s*零发生"), 0, word="零发生"),
    Claim("litigation", lazy(_JOINT + r"行政诉讼(?:案件)?\s*零发生"), 0, word="零发生"),
    #: "行政复议、行政诉讼均为0件": none of either
    Claim("review", lazy(_JOINT_ZERO), 0),
    Claim("litigation", lazy(_JOINT_ZERO), 0),
    #: "无信息公开举报、复议和诉讼等情形": none of either, named short in a list after the disclosure work, to the
    #: clause's end
    Claim("review", lazy(_LISTED_NONE), 0, word="信息公开"),
    Claim("litigation", lazy(_LISTED_NONE), 0, word="信息公开"),
    Claim("normative", lazy(
        r"(?:制发|印发|出台|制定)(?:并(?:公开|发布|公布|印发))?(?:了)?(?:公开的?)?(?:行政)?规范性文件" + FILL + NUM + r"\s*(?:件|个|份|条)")),
    Claim("normative", lazy(
        r"(?:行政)?规范性文件" + FILL + r"(?:制发|印发|出台|制定)(?:件数)?" + FILL + NUM + r"\s*(?:件|个|份|条)")),
    #: "制定出台了7件行政规范性文件": the count before the noun
    #: (not "…7件行政规范性文件的配套政策", "制定2个规范性文件管理办法": something else, about the documents)
    Claim("normative", lazy(r"(?:制发|印发|出台|制定)(?:了)?\s*" + NUM + r"\s*(?:件|个|份)(?:行政)?规范性文件"
                            r"(?![的之]|管理|制度|解读|备案|审查|审核|清理|目录|实施|配套|工作|汇编|细则|办法)")),
    #: "新发布的行政规范性文件4件": made this year (发布 alone may be published on the site: :data:`_NORMATIVE_OTHER`)
    Claim("normative", lazy(r"新(?:发布|公布|出台|印发|制发)(?:了)?(?:的)?(?:行政)?规范性文件" + FILL + NUM + r"\s*(?:件|个|份)")),
    #: "本年度未制发行政规范性文件", "没有出台新的规范性文件": none made (not "未制发涉企规范性文件": one topic's)
    #: (规章 named before it as 表二 names the two rows: "本年度未制发规章和行政规范性文件", voices57q)
    Claim("normative", lazy(r"(?:未|没有|无)(?:制发|印发|出台|制定)(?:过)?(?:任何|新的?)?(?:规章(?:和|及|与|、))?(?:行政)?规范性文件"
                            r"(?=\s*(?:[。，,；;）)]|$|情况|的情况|(?:及|和|与|、)(?:其他|相关)?政策(?:性)?文件\s*(?:[。，,；;]|$)))"), 0),
    #: "无行政规范性文件出台", "没有规范性文件制发情况": none made, the noun before its verb (not "无规范性文件制定权",
    #: "无规范性文件出台前…": a power, a time; not "无涉企规范性文件出台": one topic's)
    Claim("normative", lazy(r"(?:未|没有|无)(?:任何)?(?:新的?)?(?:规章(?:和|及|与|、))?(?:行政)?规范性文件(?:制发|印发|出台|制定)"
                            r"(?=\s*(?:[。，,；;）)]|$|情况|的情况|(?:及|和|与|、)[^\W\d_]{1,4}情况\s*(?:[。，,；;]|$)))"), 0),
    Claim("normative_any", lazy(r"(?<![制发印出台定布了])(?:行政)?规范性文件" + FILL + NUM + r"\s*(?:件|个|份)")),
    #: "作出行政许可决定120件", "行政处罚决定35件": 表二's decisions, named with 决定 (not "行政许可事项",
    #: "行政处罚信息35条": items or records published; nor "行政处罚决定7个工作日内公开": a time limit)
    Claim("licensing", lazy(r"行政许可(?:处理)?决定(?:数量|数|书)?" + FILL + NUM + r"\s*(?:件|个" + _NO_DURATION + ")"), word="决定"),
    Claim("penalty", lazy(r"行政处罚(?:处理)?决定(?:数量|数|书)?" + FILL + NUM + r"\s*(?:件|个" + _NO_DURATION + ")"), word="决定"),
    Claim("enforcement", lazy(r"行政强制(?:处理)?决定(?:数量|数|书)?" + FILL + NUM + r"\s*(?:件|个" + _NO_DURATION + ")"), word="决定"),
    #: "本年度未作出行政强制决定", "无行政处罚决定": none made, the noun ending its clause (not "未作出行政处罚决定前",
    #: "无行政处罚决定权", "未作出撤销行政许可决定": a time, a power, another decision)
    *(Claim(kind, lazy(r"(?:未|没有|无)(?:作出|做出|出具)?(?:过)?(?:任何)?" + words
                       + r"(?:处理)?决定(?=\s*(?:[。，,；;]|$))"), 0, word="决定")
      for kind, words in (("licensing", "行政许可"), ("penalty", "行政处罚"), ("enforcement", "行政强制"))),
    #: "现行有效行政规范性文件12件", "行政规范性文件现行有效12件", "…废止1件，现行有效12件" (the documents named
    #: before it in the sentence: :func:`_valid_of_normative`): 表二's 现行有效件数
    #: ("发布行政规范性文件10件，现行有效文件共计57件": the documents named before, called 文件)
    Claim("valid", lazy(r"现行有效(?:的)?(?:(?:行政)?规范性文件|文件)?(?:件数)?" + FILL + NUM + r"\s*(?:件|个|份|条)"), word="有效"),
    #: "废止行政规范性文件1件", "…制发3件，废止1件，现行有效12件", "废止件数0件" (the documents named in its words or before it
    #: in the sentence, as for 现行有效): 表二's 本年废止件数 (not "拟废止", "建议废止": not done yet; not "标注废止文件200个":
    #: documents of every kind marked in the catalogue)
    Claim("repealed", lazy(r"(?<!拟)(?<!建议)(?<!计划)(?<!申请)(?<!标注)(?<!标记)(?<!标识)废止(?:了)?(?:(?:行政)?规范性文件)?(?:件数|数量)?"
                           + FILL + NUM + r"\s*(?:件|个|份|条)"), word="废止"),
    Claim("repealed", lazy(r"(?:未|没有|无)废止(?:过)?(?:任何)?(?:行政)?规范性文件(?=\s*(?:[。，,；;）)]|$|情况|的情况))"), 0,
          word="废止"),
)
#: "均获维持": every case upheld
#: not "均维持在较高水平" / "均维持100%" (a level kept), nor "均为维持或尚未审结" (one of several results)
UPHELD = lazy(r"(?:(?:均|全部|都|皆)(?:已)?(?:获|予以|被|得到|依法|为)?(?:复议机关|法院)?"
              # (or the one case's result right after its count: "被申请行政复议1件，维持原行政行为", voices57g)
              r"|(?<![0-9])(?P<one>[1一])\s*件\s*,\s*(?:结果)?(?:已)?(?:获|予以|被|得到|依法)?(?:复议机关|法院)?(?:决定|判决)?)"
              r"维持(?!在|于|\s*\d|[或和及、与])")
#: "均未被纠错", "没有被纠正的情况", "纠错率为零", "被纠错0件": no case decided against the agency
UNCORRECTED = lazy(r"(?:未|没有|无)(?:出现|发生|有)?(?:过)?(?:[^。；;，,！？]{0,16}?被|(?:行政)?(?:复议|诉讼)(?:案件)?)?(?:纠错|纠正)(?!后)"
                   r"|(?:被)?(?:纠错|纠正)(?:率|数|数量|案件|的案件)?(?:均|都)?(?:为|是)?\s*(?:0|零)(?![\d.])(?:\s*件)?")
#: in the clause before "均维持": a rate or a level, not cases ("满意度均维持", "办结率均维持")
_LEVEL = lazy(r"率|满意度|水平|比例|态势")

#: a sentence with these words counts something else (carried-over cases, earlier years, totals)
_GUARDS = ("结转", "上年", "上一年", "去年", "前年", "往年", "累计", "历年", "以来", "含", "其余", "另有", "分别", "依次")
#: a sentence about several years ("近三年共收到申请40件") or a part of the year ("上半年收到申请5件",
#: "第四季度", "1至6月", "12月份"): another figure than the year's
_SPAN_OF_YEARS = lazy(r"(?:19|20)\d\d\s*(?:年\s*)?[-—–~至到]\s*(?:19|20)\d\d\s*年|近(?:\d+|[一二两三四五六七八九十]+)年|(?:\d+|[一二两三四五六七八九十]+)年(?:间|来)")
_PART_OF_YEAR = lazy(r"上半年|下半年|季度|(?<![\d年])(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份"
                     r"|(?<!\d)(?P<a>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月?\s*(?:至|到|-|—|–|~|～)\s*"
                     r"(?P<b>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?!\s*\d{1,2}\s*日)"
                     r"|(?:截至|截止)(?:到)?\s*(?P<c>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:底|末)")
#: the wording of 表二 rows other than 本年制发 ("现行有效规范性文件12件", "清理规范性文件…")
_NORMATIVE_GUARDS = ("清理", "废止", "失效", "有效", "备案", "审查", "审核", "解读", "修订", "修改", "保留", "宣传",
                     "征求", "起草", "梳理", "评估", "报送", "合法性", "名义", "规章")
#: before the claim, these make it a part of the whole ("其中…", "区政府办代表区政府受理…")
#: before the claim, these name a wider scope than the table's ("全县各级行政机关共收到申请326件" in a
#: county government's report whose 表三 is its own): another figure, not compared
_SCOPE = ("全县", "全市", "全区", "全省", "全旗", "全州", "全盟", "各级", "各乡镇", "各单位", "各街道", "各地", "全系统",
          "全行业", "本市", "本县", "本区", "本省", "本州", "本旗", "我市", "我县", "我区", "我省", "我州", "我旗")
#: a unit inside the agency or under it ("局机关收到申请10件", "下属事业单位收到3件", "各村(社区)受理2件")
_UNITS = ("局机关", "机关本部", "下属", "直属", "所属", "局属", "二级单位", "各村", "社区", "科室", "股室", "县直", "市直",
          "区直", "旗直", "州直",
          # ("县属国有企业和事业单位未发生…行政复议", a county government's report: its bodies', voices56i)
          "县属", "市属", "区属", "旗属", "州属", "省属", "镇属", "乡属", "委属", "厅属")
_PART = ("其中", "代表", "本级", "部门", "党政办", "政府办", "办公室", "站所") + _SCOPE + _UNITS
#: in the claim's own clause, a scope the words above do not list: the bodies under the agency or
#: beside it named with 各 ("各县区税务局", "各分局", "所辖各派出所", "各学校"), both levels of a
#: vertical system ("市县两级公安机关"), a system or an area ("系统内", "辖区内", "开发区范围内")
_WIDER = lazy(r"各[^\W\d_]{0,6}?(?:局|所|校|院|机构|单位|乡|镇|街道|村|社区|县|区|市|旗|中心|站|队|委|办)"
              r"|[两三四]级|系统|所辖|下辖|辖区|辖内|关区|范围内|层面"
              r"|(?:\d+|[一二两三四五六七八九十]+)\s*个\s*[^\W\d_]{0,4}?(?:乡镇|乡|镇|街道|部门|单位|县|区|市|村|社区|学校|医院|分局|派出所)")
#: before an applications claim: a channel, so a part ("通过网站收到申请5件，信函收到3件")
#: (or a place or an account that takes them: "政务服务大厅公开专区接收申请3件", "通过公众号收到申请2件")
_CHANNELS = ("网上", "网站", "在线", "信函", "当面", "现场", "传真", "电子邮件", "邮件", "邮寄", "平台", "热线", "窗口",
             "专区", "大厅", "公众号", "微信", "小程序", "客户端")
#: one way of applying named alone, with or without 等 ("通过网络等渠道", "通过政务服务网等方式", "通过网络收到"): that channel's
#: applications, or all of them (等 may close a list of one): a reader cannot tell (the ways listed, "通过网站、信函等方式",
#: or every way, "通过各种渠道", are all: :data:`_EVERY_WAY`)
_ONE_WAY = lazy(r"(?:通过|经由|利用|依托)(?!(?:任何|各种|各类|多种|不同|其他|所有|全部|各)(?:形式|渠道|方式|途径))"
                r"(?:[^\W\d_]{1,10}?等?(?:渠道|方式|途径|形式)|(?:互联)?网络(?!等)"
                #: (or a site or platform named right before the claim's verb, where the search stops: "通过省政务服务网
                #: 收到", "通过市民热线共受理")
                r"|[^\W\d_]{0,10}?(?:网站|网|平台|信箱|邮箱|热线|窗口|小程序|客户端)(?=(?:共|共计|累计)?$))")
#: (网络 is no channel word of :data:`_CHANNELS`: "加强网络安全管理，收到申请13件" says nothing of the way)
#: in such words, several ways or the applications' own channel ("通过线上线下等多种方式", "通过依申请公开渠道"): all
_SEVERAL_WAYS = lazy(r"[、和与及或]|多种|各种|各类|不同|所有|线上线下|公开|申请")
#: the results (予以公开…): "其中" only splits the whole into its results; these name a part
_RESULT_PART = ("代表", "本级", "部门", "自然人", "法人", "企业", "乡镇", "街道", "单位", "个人") + _SCOPE + _UNITS
#: "均获维持" said of the concluded cases only
_UPHELD_GUARDS = ("已审结", "审结的", "已结案", "已作出", "已判决", "已决定", "其余", "除", "另有", "部分", "其中",
                  "一审", "二审", "初审", "再审")
_SENTENCE = lazy(r"[^。；;！!？?]+")

#: a claim of each kind names this word: a paragraph without it cannot hold one
_KEYWORD = {"applications": "申请", "review_pending": "复议", "litigation_pending": "诉讼", "carry": "结转", "next": "结转", "done": "办结", "alldone": "办结",
            "open_partial": "部分公开", "open": "予以公开", "partial": "部分公开", "deny": "不予",
            "unable": "无法提供", "noproc": "不予处理", "review": "复议", "litigation": "诉讼", "direct": "直接",
            "after": "复议后",
            "normative": "规范性文件", "normative_any": "规范性文件", "licensing": "决定", "penalty": "决定",
            "enforcement": "决定", "valid": "有效", "repealed": "废止", "natural": "自然人", "individuals": "申请", "organisations": "其他组织", "business": "企业",
            "research": "科研机构", "public_interest": "社会公益组织", "legal": "法律服务机构",
            "nohold": "不掌握", "nomake": "另行制作", "unclear": "仍不明确",
            "casefile": "行政执法案卷"}
_RESULTS = {"open_partial", "open", "partial", "deny", "unable", "noproc", "nohold", "nomake", "unclear", "casefile",
            *_REASON_EN}

#: 表四's groups as the prose names them (the lawsuits: both groups of 行政诉讼) and its result columns: a count of cases
#: split by result after its total ("行政复议3件（结果维持2件、结果纠正1件）", "行政诉讼1起，其中维持1起"), :func:`_t4_results`
_T4_GROUPS = (("review", ("review",), "行政复议", "reviews"), ("litigation", ("direct", "after"), "行政诉讼", "lawsuits"),
              ("direct", ("direct",), "未经复议直接起诉", "lawsuits without review"),
              ("after", ("after",), "复议后起诉", "lawsuits after review"))
_T4_GROUP_ZH = {"review": "行政复议", "direct": "未经复议直接起诉", "after": "复议后起诉"}
_T4_COLUMNS = (("upheld", "结果维持", "upheld"), ("corrected", "结果纠正", "corrected"), ("other", "其他结果", "other result"),
               ("pending", "尚未审结", "pending"))
#: (the pending columns of 行政复议 and 行政诉讼 have their kinds already: "行政复议1件，正在审理中")
_T4_RESULT_KINDS = tuple((f"{kind}_{col}", kind, groups, zh, en, col, col_zh, col_en)
                         for kind, groups, zh, en in _T4_GROUPS for col, col_zh, col_en in _T4_COLUMNS
                         if f"{kind}_{col}" not in ("review_pending", "litigation_pending"))
_T4_RESULT_READINGS = tuple(
    (key, (("表四", tuple(("data", f"{g}_{col}") for g in groups),
            "表四" + " + ".join(f"“{_T4_GROUP_ZH[g]}·{col_zh}”" for g in groups), f"表四 {en}, {col_en}"),))
    for key, _, groups, _, en, col, col_zh, col_en in _T4_RESULT_KINDS)

_NAMES = {
    "applications": ("政府信息公开申请", "applications"),
    "new_said": ("本年新收政府信息公开申请", "new applications"),
    "new": ("本年新收", "new this year"),
    "carry": ("上年结转", "carried over from last year"),
    "next": ("结转下年度", "carried over to next year"),
    "done": ("办结", "answered"),
    "alldone": ("全部办结，结转下年度", "all answered, carried over to next year"),
    "open_partial": ("予以公开及部分公开", "disclosed in full or in part"),
    "open": ("予以公开", "disclosed"),
    "partial": ("部分公开", "disclosed in part"),
    "deny": ("不予公开", "refused"),
    "unable": ("无法提供", "cannot be provided"),
    "noproc": ("不予处理", "not processed"),
    "nohold": ("本机关不掌握相关政府信息", "not held by the agency"),
    "casefile": ("属于行政执法案卷（不予公开）", "administrative enforcement case files (refused)"),
    "nomake": ("没有现成信息需要另行制作", "no ready information, to be made"),
    "unclear": ("补正后申请内容仍不明确", "still unclear after correction"),
    "review": ("行政复议", "administrative reviews"),
    "litigation": ("行政诉讼", "lawsuits"),
    "direct": ("未经复议直接起诉", "lawsuits without review"),
    "after": ("复议后起诉", "lawsuits after review"),
    "review_pending": ("行政复议尚未审结", "reviews pending"),
    "litigation_pending": ("行政诉讼尚未审结", "lawsuits pending"),
    **{f"{kind}_{col}": (f"{zh}{col_zh}", f"{en} {col_en}") for kind, _, zh, en in _T4_GROUPS
       for col, col_zh, col_en in _T4_COLUMNS if f"{kind}_{col}" not in ("review_pending", "litigation_pending")},
    "normative": ("本年制发行政规范性文件", "normative documents issued"),
    "normative_any": ("行政规范性文件", "normative documents"),
    "natural": ("自然人的政府信息公开申请", "applications by natural persons"),
    "individuals": ("个人的政府信息公开申请", "applications by individuals"),
    "organisations": ("法人或其他组织的政府信息公开申请", "applications by legal persons and other organisations"),
    "business": ("商业企业的政府信息公开申请", "applications by businesses"),
    "research": ("科研机构的政府信息公开申请", "applications by research institutions"),
    "public_interest": ("社会公益组织的政府信息公开申请", "applications by public-interest organisations"),
    "legal": ("法律服务机构的政府信息公开申请", "applications by legal service providers"),
    "licensing": ("行政许可决定", "licensing decisions"),
    "penalty": ("行政处罚决定", "penalty decisions"),
    "enforcement": ("行政强制决定", "enforcement decisions"),
    "valid": ("现行有效行政规范性文件", "normative documents in force"),
    "repealed": ("本年废止行政规范性文件", "normative documents repealed"),
}


def _table_ok(table) -> bool:
    """Whether a table's cells may be compared with: present and read (a table govlint could not
    read is reported by C200, and nothing is compared with it), and the report's only copy of it
    before its closing (with a second set, "（一）全系统汇总情况" then "（二）局机关情况", the prose may
    speak of either: voices56i, three false N601 against the first)."""
    return table is not None and bool(table.rows) and getattr(table, "status", "bound") != "unreadable" \
        and not getattr(table, "copies", 0)


def _cells(table, keys):
    """The cells at ``keys`` when all hold a valid number, else None."""
    if not _table_ok(table):
        return None
    rows = table.rows
    cells = []
    for r, c in keys:
        row = rows.get(r)
        cell = row.cells.get(c) if row else None
        if cell is None or cell.state != VALUE:
            return None
        cells.append(cell)
    return tuple(cells)


def _group_rows(table, group):
    if table is None:
        return []
    return [r.key for r in table.spec.rows if r.group == group]


_APPLICATIONS = ("applications", (
    ("表三", (("new", "total"),), "表三“一、本年新收政府信息公开申请数量”总计", "表三 new applications total"),
    ("表三", (("new", "total"), ("carry", "total")), "表三“一、本年新收”总计 + “二、上年结转”总计",
     "表三 new + carried over, total"),
    ("表三", (("total", "total"),), "表三“（七）总计”行总计", "表三 （七）总计 row, total")))
#: the applications its own words call the year's new ones ("全年新收政府信息公开申请25件"): 表三's 本年新收 alone
#: (not the new and the carried, nor the results' total: "新收…25件，上年结转2件" against 23 and 2, voices54x)
_NEW_SAID = ("new_said", (_APPLICATIONS[1][0],))
#: the applications carried over, from last year and to the next
_CARRY = (("carry", (("表三", (("carry", "total"),), "表三“二、上年结转政府信息公开申请数量”总计",
                      "表三 carried over from last year, total"),)),
          ("next", (("表三", (("next", "total"),), "表三“四、结转下年度继续办理”总计", "表三 carried over to next year, total"),)),
          ("done", (("表三", (("total", "total"),), "表三“（七）总计”行总计", "表三 （七）总计 row, total"),)),
          ("alldone", (("表三", (("next", "total"),), "表三“四、结转下年度继续办理”总计", "表三 carried over to next year, total"),)))
_ORG_COLUMNS = ("business", "research", "public_interest", "legal", "other")
#: the applications of the organisations (法人或其他组织) or of the businesses (商业企业) alone
_APPLICANTS = (("organisations", (
    ("表三", tuple(("new", c) for c in _ORG_COLUMNS), "表三“一、本年新收”法人或其他组织五列之和",
     "表三 new applications, the five organisation columns"),
    ("表三", tuple((r, c) for r in ("new", "carry") for c in _ORG_COLUMNS),
     "表三“一、本年新收”+“二、上年结转”法人或其他组织五列之和", "表三 new + carried over, the five organisation columns"))),
    ("natural", (("表三", (("new", "natural"),), "表三“一、本年新收”自然人", "表三 new applications, 自然人"),
                 ("表三", (("new", "natural"), ("carry", "natural")), "表三“一、本年新收”+“二、上年结转”自然人",
                  "表三 new + carried over, 自然人"))),
    #: of individuals or citizens ("公民个人提出的", "公民提出的"): natural persons', or everyone's said loosely
    ("individuals", (("表三", (("new", "natural"),), "表三“一、本年新收”自然人", "表三 new applications, 自然人"),
                     ("表三", (("new", "natural"), ("carry", "natural")), "表三“一、本年新收”+“二、上年结转”自然人",
                      "表三 new + carried over, 自然人")) + _APPLICATIONS[1]),
    ("business", (("表三", (("new", "business"),), "表三“一、本年新收”商业企业", "表三 new applications, 商业企业"),
                  ("表三", (("new", "business"), ("carry", "business")), "表三“一、本年新收”+“二、上年结转”商业企业",
                   "表三 new + carried over, 商业企业"))),
    #: (and of each other kind of organisation, by its column: "法律服务机构7件")
    *((kind, (("表三", (("new", kind),), f"表三“一、本年新收”{zh}", f"表三 new applications, {zh}"),
              ("表三", (("new", kind), ("carry", kind)), f"表三“一、本年新收”+“二、上年结转”{zh}",
               f"表三 new + carried over, {zh}")))
      for kind, zh in (("research", "科研机构"), ("public_interest", "社会公益组织"), ("legal", "法律服务机构"))))
_OPEN_PARTIAL = ("表三", (("open", "total"), ("partial", "total")), "表三“（一）予以公开”总计 + “（二）部分公开”总计",
                 "表三 （一） + （二） total")
_OPEN = (("open", (("表三", (("open", "total"),), "表三“（一）予以公开”总计", "表三 （一）予以公开 total"),
                   _OPEN_PARTIAL)),
         ("open_partial", (_OPEN_PARTIAL,)),
         ("partial", (("表三", (("partial", "total"),), "表三“（二）部分公开”总计", "表三 （二）部分公开 total"),)))
_MADE_CELL = ("表二", (("normative", "made"),), "表二“行政规范性文件”行“本年制发件数”", "表二 行政规范性文件, 本年制发件数")
_LATER = (("review", (("表四", (("data", "review_total"),), "表四“行政复议·总计”", "表四 行政复议·总计"),)),
          ("litigation", (("表四", (("data", "direct_total"), ("data", "after_total")),
                           "表四“未经复议直接起诉·总计” + “复议后起诉·总计”", "表四 direct + after-review lawsuits, total"),)),
          ("direct", (("表四", (("data", "direct_total"),), "表四“未经复议直接起诉·总计”", "表四 direct lawsuits, total"),)),
          ("after", (("表四", (("data", "after_total"),), "表四“复议后起诉·总计”", "表四 lawsuits after review, total"),)),
          ("review_pending", (("表四", (("data", "review_pending"),), "表四“行政复议·尚未审结”", "表四 行政复议·尚未审结"),)),
          ("litigation_pending", (("表四", (("data", "direct_pending"), ("data", "after_pending")),
                                   "表四“未经复议直接起诉·尚未审结” + “复议后起诉·尚未审结”",
                                   "表四 direct + after-review lawsuits, pending"),)),
          *_T4_RESULT_READINGS,
          ("normative", (_MADE_CELL,)),
          ("normative_any", (_MADE_CELL, ("表二", (("normative", "valid"),), "表二“行政规范性文件”行“现行有效件数”",
                                          "表二 行政规范性文件, 现行有效件数"))),
          ("repealed", (("表二", (("normative", "repealed"),), "表二“行政规范性文件”行“本年废止件数”",
                         "表二 行政规范性文件, 本年废止件数"),)),
          ("valid", (("表二", (("normative", "valid"),), "表二“行政规范性文件”行“现行有效件数”",
                      "表二 行政规范性文件, 现行有效件数"),)),
          ("licensing", (("表二", (("licensing", "decisions"),), "表二“行政许可”行“本年处理决定数量”",
                          "表二 行政许可, 本年处理决定数量"),)),
          ("penalty", (("表二", (("penalty", "decisions"),), "表二“行政处罚”行“本年处理决定数量”",
                        "表二 行政处罚, 本年处理决定数量"),)),
          ("enforcement", (("表二", (("enforcement", "decisions"),), "表二“行政强制”行“本年处理决定数量”",
                            "表二 行政强制, 本年处理决定数量"),)))
#: the readings of each kind, by the identity of 表三's spec (its groups name the rows summed):
#: id → (spec, plan). The plan: for each table, in the kinds' order, (table, a getter of all the
#: cells its readings use, one cell?, its kinds as (kind, readings)), each reading as (getter of
#: its cells from the table's valid cells, one cell?, getter of its cells from all the table's
#: cells, one cell?, zh, en); kinds without a reading are left out.
_PLANS: dict = {}
#: 表三's row of the information the agency does not hold, the first of （四）无法提供
_NOT_HELD_ROW = "unable_1"


def _plan(t3) -> tuple:
    spec = t3.spec if t3 is not None else None
    hit = _PLANS.get(id(spec))
    if hit is not None and hit[0] is spec:
        return hit[1]
    groups = []
    for kind, group, zh in (("deny", "deny", "（三）不予公开"), ("unable", "unable", "（四）无法提供"),
                            ("noproc", "noproc", "（五）不予处理")):
        rows = _group_rows(t3, group)
        groups.append((kind, ((("表三", tuple((r, "total") for r in rows), f"表三“{zh}”各项总计之和（{len(rows)}项）",
                                f"表三 {zh}: sum of its {len(rows)} items, total"),) if rows else ())))
    for kind, key, zh, en in (("nohold", _NOT_HELD_ROW, "（四）无法提供”“1.本机关不掌握相关政府信息", "（四） 1. not held by the agency"),
                              ("nomake", "unable_2", "（四）无法提供”“2.没有现成信息需要另行制作", "（四） 2. no ready information, to be made"),
                              ("unclear", "unable_3", "（四）无法提供”“3.补正后申请内容仍不明确", "（四） 3. still unclear after correction"),
                              ("casefile", "deny_7", "（三）不予公开”“7.属于行政执法案卷", "（三） 7. enforcement case files")):
        if t3 is not None and any(r.key == key for r in t3.spec.rows):
            groups.append((kind, (("表三", ((key, "total"),), f"表三“{zh}”总计", f"表三 {en}, total"),)))
    for key, en in _REASON_EN.items():  # (the other reasons' rows, named by the format's labels)
        name = _row_name(spec, key)
        if name is not None:
            groups.append((key, (("表三", ((key, "total"),), f"表三“{name[0]}”总计", f"表三 {name[1]}: {en}, total"),)))
    plan = []
    for kind, readings in (_APPLICATIONS, _NEW_SAID) + _CARRY + _OPEN + tuple(groups) + _APPLICANTS + _LATER:
        if not readings:
            continue  # (a group without rows: nothing to compare with)
        table = readings[0][0]
        assert all(r[0] == table for r in readings)  # (one table per kind)
        if not plan or plan[-1][0] != table:
            plan.append((table, [], []))
        plan[-1][1].extend(k for _, keys, _, _ in readings for k in keys if k not in plan[-1][1])
        plan[-1][2].append((kind, readings))
    out = []
    for table, keys, kinds in plan:
        index = {k: i for i, k in enumerate(keys)}
        out.append((table, itemgetter(*keys), len(keys) == 1, tuple(
            (kind, tuple((itemgetter(*cells), len(cells) == 1, itemgetter(*(index[k] for k in cells)), len(cells) == 1,
                          zh, en) for _, cells, zh, en in readings))
            for kind, readings in kinds)))
    plan = tuple(out)
    if len(_PLANS) > 64:
        _PLANS.clear()
    _PLANS[id(spec)] = (spec, plan)
    return plan


def _row_name(spec, key: str) -> Optional[Tuple[str, str]]:
    """表三's row ``key`` as its group and its label name it ("（三）不予公开”“1.属于国家秘密", "（三） 1."), None when
    the format has no such row."""
    row = next((r for r in (spec.rows if spec is not None else ()) if r.key == key), None)
    group = next((g for g in spec.groups if g.key == row.group), None) if row is not None else None
    if group is None:
        return None
    return (f"{group.prefix}{group.label.text}”“{row.prefix}{row.label.text}", f"{group.prefix} {row.prefix}")


def _available(bound) -> dict:
    """kind → (its readings, the table's cells they use) for the kinds whose readings can all be
    computed (the cells are picked, and the figures summed, for a claim of that kind only:
    :func:`_readings`). A total its items do not add up to is read twice (:func:`_doubtful_totals`)."""
    tables = bound.tables
    out = {}
    for table, get_all, one, kinds in _plan(tables.get("表三")):
        found = tables.get(table)
        if not _table_ok(found):
            continue
        valid = found.valid_cells  # (row, column) → cell, for the cells with a valid number
        cells = _all_cells(get_all, one, valid)  # (the common case: every cell the readings use has one)
        if cells is None:
            # a table whose zeros (or totals) were left blank: the blanks its arithmetic gives count
            # as it gives them
            zeros = inferred_blanks(bound, table)
            if zeros:
                valid = {**valid, **zeros}
                cells = _all_cells(get_all, one, valid)
        doubtful = _doubtful_totals(bound, table, valid)
        if cells is not None:
            for kind, readings in kinds:
                out[kind] = (readings, cells)
        else:
            for kind, readings in kinds:  # some cell does not: the kinds whose readings all can be computed
                made = []
                for get, single, _, _, zh, en in readings:
                    try:
                        made.append((zh, en, (get(valid),) if single else get(valid)))
                    except KeyError:  # a cell without a valid number (blank, invalid or absent)
                        break
                else:
                    out[kind] = (None, made)
        if doubtful:
            _with_totals_as_summed(out, kinds, doubtful)
    return out


def _doubtful_totals(bound, table: str, valid) -> dict:
    """(row, column) → the values its items give (one a relation that doubts it, in the format's order), for each total of ``table`` they do not add up to:
    the lone cell of a side of an identity of the table's relations ("总计 = 自然人 + …" in a row whose
    总计 is 0 or another figure; A302's （七）总计, A303's 总计, A304's 表四 totals). The arithmetic
    rules report it; which of the two the prose gives is unknown. An item left blank or holding a
    placeholder ("—") adds nothing, as a person reads it (C203 reports it): "1, 0, blank, 1" give 2
    beside a 总计 of 3 as "1, 0, 0, 1" do. An item that cannot be read (invalid, absent or unplaced),
    or a blank that is itself a total of the table (a figure left out), leaves its total as written:
    what the items add up to is not known. ``valid``: the table's valid cells and the blanks
    :func:`inferred_blanks` gives."""
    out: dict = {}
    found = bound.tables[table]
    # (the relations' codes in the format's order, not a set's: a total two relations doubt, "（七）总计" of
    # the results' column and of the applicants' row, takes the first's items, the same on every run)
    codes = list(dict.fromkeys(r.code for r in bound.format.relations if r.table == table and r.op == "="))
    for code in codes:
        for inst in failures(bound, code):
            if inst.relation.table == table and 1 in (len(inst.left), len(inst.right)):
                total = inst.total
                sums = out.setdefault((total.row, total.column), [])
                if inst.expected[1] not in sums:
                    sums.append(inst.expected[1])
    steps = [(left, right) for code in codes
             for rel, (_, left, right, lw, rw) in unchecked(bound, code, valid)
             if rel.table == table and rel.op == "=" and not lw and not rw]  # (not weighted: a total and its items)
    # (a blank that is itself a total, "4.保护第三方合法权益 1 0 0 0 0 0 ␣", is a figure left out: not nothing)
    totals = {side[0] for step in steps for side in step if len(side) == 1 and side[0] not in valid}
    for left, right in steps:
        for total, items in ((left, right), (right, left)):
            if len(total) != 1:
                continue
            if total[0] in valid:
                value = _items_sum(found, items, valid, totals)
                if value is not None and value != valid[total[0]].value:
                    sums = out.setdefault(total[0], [])
                    if value not in sums:
                        sums.append(value)
            break
    return out


def _items_sum(found, items, valid, totals) -> Optional[Decimal]:
    """What ``items`` add up to, a blank or placeholder cell adding nothing; None when one cannot be
    read (invalid, absent or unplaced) or is itself a total left out (in ``totals``)."""
    value = Decimal(0)
    for n in items:
        cell = valid.get(n)
        if cell is not None:
            value += cell.value
            continue
        cell = found.cell(*n)
        if cell is None or cell.state not in (BLANK_CELL, PLACEHOLDER_CELL) or n in totals:
            return None
    return value


def _with_totals_as_summed(out: dict, kinds, doubtful: dict) -> None:
    """Each reading of ``kinds`` that uses a doubtful total (:func:`_doubtful_totals`) read a second
    time with the total its items give: a prose figure that gives either is not held to contradict
    the table (two real reports left 表三's 总计 column at 0, their prose gave the applicants' sums)."""
    for kind, _ in kinds:
        entry = out.get(kind)
        if entry is None:
            continue
        made = [(r.zh, r.en, r.cells) for r in _readings(entry)]
        summed = []
        for zh, en, cells in made:
            sums = [doubtful.get((c.row, c.column)) for c in cells]
            # (a total two relations doubt, "（七）总计" by its column's items and by its row's, read with
            # each sum: the k-th reading takes each doubted total's k-th sum, or its last)
            for k in range(max((len(v) for v in sums if v), default=0)):
                summed.append((zh + "（按各项之和）", en + " (as its items add up)", tuple(
                    c._replace(value=v[min(k, len(v) - 1)]) if v else c for c, v in zip(cells, sums))))
        if summed:
            out[kind] = (None, made + summed)


def _all_cells(get_all, one: bool, valid):
    """The cells of ``valid`` that all of a table's readings use, or None when one has no valid number."""
    try:
        return (get_all(valid),) if one else get_all(valid)
    except KeyError:
        return None


def _sum(cells):
    value = 0  # (as sum(): 0 + the first value, and so on)
    for c in cells:
        value = value + c.value
    return value


def _readings(available) -> List[Reading]:
    """The readings of one kind, from its entry in :func:`_available`."""
    readings, cells = available
    if readings is not None:
        cells = [(zh, en, (pick(cells),) if single else pick(cells)) for _, _, pick, single, zh, en in readings]
    return [Reading(zh, en, _sum(c), c) for zh, en, c in cells]


def table_readings(bound) -> dict:
    """kind → the figures the tables give for it, each reading a claim of that kind can mean; a kind
    is left out when any of its readings cannot be computed (a blank, invalid or absent cell)."""
    return {kind: _readings(available) for kind, available in _available(bound).items()}


#: (readings' kinds, 维持 asked for) → the search for any word a claim needs
_WORD_SEARCH: dict = {}


def _word_search(kinds: tuple, upheld: bool):
    found = _WORD_SEARCH.get((kinds, upheld))
    if found is None:
        found = _WORD_SEARCH[(kinds, upheld)] = _words(tuple(sorted(
            {claim.word or _KEYWORD[claim.kind] for claim in CLAIMS
             if (claim.kind if claim.kind != "new" else "applications") in kinds} | {"申请", _CARRIED_MISWRITTEN}
            | ({"维持", "纠"} if upheld else set())))).search  # (维持, 纠: "均获维持", "均未被纠错")
    return found


_YEAR_IN = lazy(r"(?<![\d较比与同])((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
#: a comparison with an earlier year: "较上年增长18.2%", "比上年度减少2件", "与上年相比", "同比"
#: (not "与上年仅收到1件申请相比": last year's figure itself, between 与上年 and 相比)
#: (last year's figure may stand inside it: "与上年13件持平")
#: and the year's own running total ("全年累计收到申请15件": this year's, not since earlier years): words
#: with a guard's word that say nothing of another figure
_COMPARISON = lazy(CHANGE + r"|(?:较|比|同)(?:上一?年度?|去年)(?:同期)?(?:相比)?|与(?:上一?年度?|去年)(?:同期)?"
                   r"(?:的?\s*" + NUM + r"\s*(?:件|条|次|个|份))?(?:相比|比较|持平|基本持平)"
                   r"|(?<!截至)(?<!截止)(?<!至)(?<!至\s)(?<!截止\s)(?:全年|本年度?|年内|今年|当年|(?:19|20)\d\d\s*年度?)"
                   #: (the subject between: "2024年，我分局累计收到…"; not "…年底累计", "…以来累计": since earlier years)
                   #: (nor "…条例实施后累计", "…连续多年累计", "…五年累计": several years)
                   r"(?:,?(?:(?!以来|以前|之前|至今|历年|往年|上年|去年|前年|底|末|成立|建站|开通|截至|截止|实施|施行|多年|连续|历经|年|后)"
                   r"[^\W\d_]){1,8}?)?"
                   r"(?:共|共计)?累计")


#: since the start of a year: "2024年以来", "2024年1月1日以来"
_SINCE_YEAR = lazy(r"((?:19|20)\d\d)\s*年度?(?:\s*1\s*月(?:\s*1\s*日)?)?以来"
                   #: (not when the span runs on: "以来至今", "以来，截至目前", "以来至报告编制时"; "以来，截至12月31日" is the year)
                   r"(?![,，\s]*(?:至|截至|截止|到现在|到目前|到报告|直至|直到)"
                   r"(?!\s*(?:(?:19|20)\d\d\s*年\s*)?(?:12\s*月\s*(?:31\s*日|底|末)|年底|年末)))")


def _no_guard(words: str, year) -> str:
    """``words`` without the guard words that say nothing of another figure: a comparison with last year
    (:data:`_COMPARISON`), and "以来" since the start of the report's own year ("2024年以来，街道未收到信息公开申请"
    in the report on 2024: this year's; not "2024年以来至今", which runs into the next)."""
    words = _COMPARISON.sub("", words)
    if year is not None and "以来" in words:
        words = _SINCE_YEAR.sub(lambda w: "" if int(w.group(1)) == year else w.group(), words)
    return words


#: a year and a month or day, to set aside when asking what else a clause says
_DATE_WORDS = lazy(r"(?:19|20)\d\d\s*年度?|\d{1,2}\s*(?:月|日)|[至到起止底末以来]")
_WORD = lazy(r"[^\W\d_]")
#: in a claim's own clause: the whole year said ("全年共收到…", "本年度收到…")
_WHOLE_YEAR = lazy(r"全年|本年度?|今年|当年")


def _whole_year_clause(text: str, start: int, at: int, year) -> bool:
    """Does the claim at ``at`` say the whole year in its own clause, with no other period there ("2024年1月至6月
    开展…专项整治，全年共收到申请15件": the part of the year is the campaign's, the figure the year's)?"""
    cut = _clause_start(text, start, at)
    clause = text[cut:at]
    if not _WHOLE_YEAR.search(clause) or _part_of_year(clause) or _other_year(clause, year):
        return False
    for before in _CLAUSE_START.split(text[start:cut]):
        if _part_of_year(before) and len(_WORD.findall(_PART_OF_YEAR.sub("", _DATE_WORDS.sub("", before)))) < 4:
            return False  # ("2024年1月至6月，全年共收到…": the period stands alone, the sentence's own)
    return True


def _part_of_year(sentence: str) -> bool:
    """Does the sentence count several years or a part of one ("上半年", "1至6月", "截至11月底")?
    The whole year in months ("1至12月", "截至12月底") is the year."""
    if _SPAN_OF_YEARS.search(sentence):
        return True
    for m in _PART_OF_YEAR.finditer(sentence):
        a, b, c = (cn_value(m.group(g)) if m.group(g) else None for g in "abc")
        if (a, b) == (1, 12) or c == 12:
            continue
        return True
    return False


def _other_year(sentence: str, year) -> bool:
    """Does the sentence name a year other than the report's ("2023年收到申请9件")? A full date
    (a deadline, "2024年3月5日") and a comparison ("较2023年增加2件") do not count, nor the years of
    the carried applications: last year's carried in ("2023年结转至2024年1件", "含2023年转至今年办理的1件")
    and the next year's carried out ("结转2025年度办理2件"); none carried in ("2023年未转结…")."""
    if year is None or "年" not in sentence:
        return False
    if "至" in sentence or "到" in sentence or "为" in sentence:
        sentence = _CHANGE.sub("", sentence)  # ("由2023年的10件增加至15件": the year's figure, changed from another's)
    for m in _YEAR_IN.finditer(sentence):
        y = int(m.group(1))
        if y == year or (y == year - 1 and _CARRIED_FROM.match(sentence, m.end())) or (
                y == year + 1 and _CARRIED_TO.search(sentence, max(0, m.start() - 4), m.start())):
            continue
        return True
    return False


#: (and none carried in: "2023年未转结政府信息公开申请", "2023年无结转申请")
_CHANGE = lazy(CHANGE)
#: (not "2023年结转下年度继续办理2件": that year's carried out, the same cases as this year's carried in, another row)
_CARRIED_FROM = lazy(r"度?\)?(?:未|无|没有)?(?:结转|转结|转至|转入|转到)(?!\s*(?:至|到|入)?\s*(?:下一?年|次年|明年|来年))")
_CARRIED_TO = lazy(r"转(?:至|到|入)?\s*$")
_YEAR_NAMED = lazy(r"(?:19|20)\d\d")
#: before a review or lawsuit claim in its sentence, another domain of the agency's work; and the words that
#: make them the disclosure work's all the same
_OTHER_DOMAIN = lazy(r"执法|信访|行政处罚|行政许可|法治建设|行政决定|征收|拆迁|行政应诉")
_ABOUT_DISCLOSURE = lazy(r"信息公开|依申请")
#: at a review or lawsuit claim's start: the agency the respondent ("办理被申请行政复议案件3件"), its own cases
_RESPONDENT = lazy(r"被申请|被提起|被起诉|被诉")
#: in a result claim's sentence: documents issued and the disclosure each is marked with, or documents reviewed
#: before publication ("审核公文120件，其中确定为不予公开的3件", "对…文件进行保密审查"), not applications answered
_DOCUMENTS_MARKED = lazy(r"公开属性|制发公文|发文|(?:审核|审查|核定)[^，,。；;]{0,6}?(?:公文|文件)\s*[\d一二三四五六七八九十]"
                         r"|[\d一二三四五六七八九十]\s*(?:件|份|篇)(?:各类)?(?:公文|文件)")
#: after a review or lawsuit count in its sentence, the disclosure cases named as a part of it: the count (not
#: itself said of disclosure) is wider ("其中涉及政府信息公开的2件", "其中因政府信息公开申请答复引起的2件", "其中依申请公开类
#: 2件", "其中2件涉及政府信息公开"; not "其中1件为2023年信息公开件", "其中涉及征地信息公开的")
_DISCLOSURE_PART = lazy(r"其中(?:\s*[0-9０-９一二三四五六七八九十两]{1,3}\s*件)?(?:涉及|因|属于|为|是)?(?:(?:政府)?信息公开|依申请公开)"
                        r"(?:申请)?(?:答复|处理)?(?:工作)?(?:的|类|引起|引发|方面|案件|事项|[，,。；;]|$)"
                        #: (or, without 其中, a clause of its own counting them: "被提起行政诉讼3件，与政府信息公开有关的1件",
                        #: "…3件，涉及政府信息公开的1件")
                        r"|(?<=[，,；;])\s*(?:(?:与|和)(?:政府)?信息公开(?:工作|申请)?(?:有关|相关)|涉及(?:政府)?信息公开(?:工作|申请)?)"
                        r"的?\s*(?:[0-9０-９一二三四五六七八九十两]{1,3}\s*(?:件|起|宗))")
#: before 同意公开 in its sentence: a third party consulted, or another body asked (条例第三十二条), whose consent it is
_CONSULTED = lazy(r"第三方|权利人|利害关系人|征求|当事人|上级|请示|定密|批准|授权")
#: right after a carried count, a noun of another matter: "结转下年度的3件复议案件"
_OTHER_MATTER_AFTER = lazy(r"\s*(?:的)?(?:行政)?(?:复议|诉讼|信访|投诉|来信|来访|建议|提案|案件|工单|留言|咨询)")
#: right before a bare 规范性文件 count: the documents the agency made, of every kind, then 其中 ("制发各类文件56件，其中行政
#: 规范性文件3件"): the rule documents among those made, 表二's own (其中 splits the whole made, no other part)
_DOCUMENTS_MADE = lazy(r"(?:制发|印发|出台|制定)(?:了)?(?:各类|各种|各项)?[^\W\d_]{0,8}?(?:文件|公文)" + FILL + NUM
                       + r"\s*(?:件|个|份)\s*[，,]?\s*其中\s*:?\s*$")
#: before 现行有效文件: documents compiled or sorted, of every kind
_COMPILED = lazy(r"汇编|收录|梳理|整理|清理")
#: after a compiled count of the rule documents in force, in its sentence, more of them added to it ("清理并集中发布
#: 现行有效行政规范性文件40件，动态更新本年度制发的规范性文件5件"): the batch cleaned up, a part of those in force
_ADDED_TO_IT = lazy(r"(?:更新|新增|增加|补充|增补|纳入|录入|上传)[^。；;！？!?]{0,16}?(?:规范性)?文件" + FILL + NUM
                    + r"\s*(?:件|个|份)")


#: right after a "none corrected" claim, the cases it names: "（未发生被纠错）的行政诉讼案件"
_KIND_AFTER = lazy(r"的?(?:因?(?:政府)?信息公开(?:工作)?(?:引起|引发)?的?)?(?:行政复议|行政诉讼)?")


def _upheld_groups(words: str):
    groups = []
    if "复议" in words.replace("复议后", ""):
        groups.append(("review", "行政复议"))
    if "诉讼" in words or "起诉" in words:
        groups += [("direct", "未经复议直接起诉"), ("after", "复议后起诉")]
    return groups


@lru_cache(maxsize=16)
def _words(words) -> "re.Pattern":
    """One search for any of the words (a paragraph's test, in C), its program from the cache of
    compiled patterns (``lazy``): seven such alternations were compiled afresh at every start."""
    return lazy("|".join(map(re.escape, words))).compiled


def _sentences(text: str):
    """(start, end) of the sentences of ``text``."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]


#: a subject of a clause after ；: the agency itself or a part of it, which then says whose figures follow
_OWN_SUBJECT = lazy(r"本机关|本单位|本部门|本局|本委|本办|我局|我委|我办|我单位|本级|机关|[本我](?:镇|乡|街道)")


def _wider_subject_carried(text: str, start: int) -> bool:
    """Is the sentence at ``start`` a clause after ；of a sentence whose first clause has a wider body, or
    one under the agency, as its subject ("全县共受理申请12件，予以公开6件；无法提供6件"; "县政府及县直部门…；
    …")? A clause after ；with no subject of its own continues that subject: its figures are that body's
    too, not the table's. Only the subject before the first clause's first count carries: a 其中 or a
    unit named inside a later clause does not. So does a sentence after 。that goes on at once with a
    count and no subject or year of its own, after a sentence on the applications ("全区共收到申请12件，
    其中予以公开9件。无法提供3件，…")."""
    if start == 0 or text[start - 1] not in "；;。":
        return False
    full_stop = text[start - 1] == "。"
    first = max(text.rfind(c, 0, start - full_stop) for c in "。!！?？") + 1
    for m in _SENTENCE.finditer(text, first, start):
        first_end = m.end()
        break
    else:
        return False
    count = _COUNT.search(text, first, first_end)
    subject = text[first:count.start() if count else first_end]
    if not (any(w in subject for w in _SCOPE + _UNITS + ("部门",)) or _WIDER.search(subject)):
        return False
    count = _COUNT.search(text, start)
    own = text[start:count.start() if count else start]
    if full_stop and ("申请" not in text[first:start] or "年" in own or not count
                      or _SENTENCE.match(text, start).end() < count.start()):
        return False  # after 。only a sentence that goes on with the applications' figures at once
        #               ("全区共收到申请12件，其中予以公开9件。无法提供3件，因…"), not one with its own year
    return not (_OWN_SUBJECT.search(own) or any(w in own for w in _SCOPE + _UNITS) or _WIDER.search(own))


#: readings' kinds → (keyword, claims) for the claims of those kinds, in CLAIMS' order, each claim as
#: (claim, the search for a word that makes it a part, normative?, a result?)
_CLAIM_PLANS: dict = {}


def _any_of(words) -> "re.Pattern":
    """One search for any of the words: ``any(w in s for w in words)`` as one call in C."""
    return _words(tuple(words))


_ANY_GUARD = lazy("|".join(map(re.escape, _GUARDS)))

#: the words of a carried figure's own claim ("上年结转", "结转下年度"), not guards before it
_CARRY_WORDS = lazy(r"(?:上一?年度?|去年)?结转(?:至|到)?(?:下一?年度?)?")
#: in the clause before a claim on normative documents: they were published, forwarded or listed
#: ("主动公开规范性文件5件", "转发上级规范性文件5件", "发布…"), not made (本年制发)
_NORMATIVE_OTHER = lazy(r"公开|转发|更新|涉及|上传|收录|汇编|发布|上级|栏目")
_CLAUSE_START = lazy(r"[，,、；;:]")
_ANY_NORMATIVE_GUARD = lazy("|".join(map(re.escape, _NORMATIVE_GUARDS)))


def _applications_part(text: str, start: int, at: int):
    """The word before an applications claim that makes it a part: one of :data:`_PART`, or a channel
    (:data:`_CHANNELS`, "通过网站收到申请5件，信函收到3件") since the last count before it. A channel before that
    count is the earlier figure's: "全年在区政府门户网站公开信息77条，收到申请1件" (the site where documents were
    published, not the way the applications came)."""
    hit = _any_of(_PART).search(text, start, at)
    if hit is not None:
        return hit
    one = _ONE_WAY.search(text, _clause_start(text, start, at), at)
    if one is not None and not _SEVERAL_WAYS.search(one.group()):
        return one  # "通过网络等渠道收到申请10件": one channel's, or all
    cut = start
    if not _any_of(_CHANNELS).search(text, at, _sentence_end(text, at)):
        # (another channel named after it in the sentence, "依申请公开平台全年访问量1200次，收到申请9件，信函申请
        # 4件", "网上申请渠道接收留言30条，收到申请9件，另当面申请4件": the channel before is the applications' too)
        for m in _COUNT.finditer(text, start, at):
            cut = m.end()
    return _any_of(_CHANNELS).search(text, cut, at)


def _claim_plan(readings: dict) -> tuple:
    kinds = tuple(readings)
    plan = _CLAIM_PLANS.get(kinds)
    if plan is None:
        plan = []
        for claim in CLAIMS:
            if (claim.kind if claim.kind != "new" else "applications") not in readings:
                continue
            part = _any_of(_RESULT_PART if claim.kind in _RESULTS else _PART).search
            if claim.kind == "applications":
                part = _applications_part
            keyword = claim.word or _KEYWORD[claim.kind]
            if not plan or plan[-1][0] != keyword:
                plan.append((keyword, []))  # (claims next to each other with one keyword: one test)
            plan[-1][1].append((claim, _applicant_part if claim.kind in _BY_APPLICANT else part,
                                claim.kind.startswith("normative"), claim.kind in _RESULTS))
        plan = _CLAIM_PLANS[kinds] = tuple((keyword, tuple(claims)) for keyword, claims in plan)
    return plan


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last ，、；: before it in the sentence, not one
    inside brackets: "12个县（市、区）共收到申请…" is one clause)."""
    cut = start
    for m in _CLAUSE_START.finditer(text, start, at):
        cut = m.end()
    if cut > start and ("）" in text[cut:at] or ")" in text[cut:at]):
        closed = max(text.rfind("）", cut, at), text.rfind(")", cut, at))
        opened = max(text.rfind("（", start, closed), text.rfind("(", start, closed))
        if start <= opened < cut:  # the mark stands inside brackets closed before ``at``
            return _clause_start(text, start, opened)
    return cut


#: the words of a government's office among the part words (:data:`_PART`): "区政府办代表区政府受理…" in the
#: government's report is a part; in the office's own report they name the agency itself
_OFFICE_WORDS = lazy(r"政府办|党政办|办公室")
#: an aside in brackets holding a count (the text is NFKC: brackets are ASCII)
_COUNT_ASIDE = lazy(r"\([^()]*?" + NUM + r"\s*(?:件|条|次|宗|起|个|份)[^()]*\)")


#: the applications handed to the agency's units to be handled ("分发到责任科室", "交由业务科室", "转相关处室"):
#: a step of handling them, not a part of the agency whose figures follow
_ROUTED = lazy(r"(?:分发|分送|转交|交由|转至|转到|转给|分派|分办|交办|移交|转)(?:到|给|至)?(?:相关|责任|业务|承办|有关|各)?"
               r"(?:科室|股室|处室|业务部门|承办部门)")


#: the applicants named as everyone, as the 条例 names them ("公民、法人和其他组织", "公民、法人或者其他组织",
#: "公民、法人"), or said to be all of one kind ("申请人均为自然人"): all the applications, not some applicants'
#: (法人, 个人 alone name a part)
_EVERYONE_NAMED = lazy(r"公民(?:个人)?(?:[、,和及与或]|或者)*法人(?:(?:[、,和及与或]|或者)*(?:其他组织|非法人组织))?"
                       r"|(?:申请人|申请|申请主体)?(?:均|全部|都|皆)(?:为|是|系|来自)(?:公民|自然人|个人|群众|企业|法人)")
_EVERYONE_WORDS = lazy(r"法人|均|全部|都|皆")


def _without_everyone(text: str, start: int, at: int) -> str:
    """``text`` with the applicants named as everyone (:data:`_EVERYONE_NAMED`) between ``start`` and ``at``
    blanked: "收到公民、法人和其他组织提出的申请13件，予以公开5件", "收到申请13件，申请人均为自然人，予以公开5件"
    say the year's results, as without them."""
    if not _EVERYONE_WORDS.search(text, start, at):
        return text
    region = text[start:at]
    masked = _EVERYONE_NAMED.sub(lambda w: "\u3000" * len(w.group()), region)
    return text if masked == region else text[:start] + masked + text[at:]


def _in_part(in_part, text: str, start: int, at: int, agency: str):
    """``in_part(text, start, at)``, the office's words not counted when the report is an office's
    ("县政府办公室共受理申请15件" in 示例县人民政府办公室's report: its own figure), nor those in a closed
    aside on an earlier figure ("收到申请13件（其中：网上申请13件），上年度结转0件": 其中 is about the 13),
    nor the applicants named as everyone ("收到公民、法人和其他组织提出的申请13件，予以公开5件")."""
    hit = in_part(text, start, at)
    if hit is not None:
        masked = _without_everyone(text, start, at)
        if masked is not text:
            text = masked
            hit = in_part(text, start, at)
    if hit is not None and _INSTRUCTED.search(text, start, at):
        # "按照县政府办公室相关工作要求…": the body whose request the agency follows, not a part of it
        region = text[start:at]
        text = text[:start] + _INSTRUCTING.sub(lambda w: "\u3000" * len(w.group()), region) + text[at:]
        hit = in_part(text, start, at)
    if hit is not None and _ROUTED.search(text, start, at):
        # "全部及时分发到责任科室予以办理，未出现行政复议": the applications handed to the agency's units,
        # not the units' own figures
        region = text[start:at]
        text = text[:start] + _ROUTED.sub(lambda w: "\u3000" * len(w.group()), region) + text[at:]
        hit = in_part(text, start, at)
    if hit is not None and ")" in text[hit.end():at]:
        region = text[start:at]
        masked = _COUNT_ASIDE.sub(lambda w: "\u3000" * len(w.group()), region)
        if masked != region:
            text = text[:start] + masked + text[at:]
            hit = in_part(text, start, at)
    if hit is None or not agency.endswith(("办公室", "办公厅")) or not _OFFICE_WORDS.fullmatch(hit.group()):
        return hit
    masked = _OFFICE_WORDS.sub(lambda w: "\u3000" * len(w.group()), text[start:at])
    return in_part(text[:start] + masked + text[at:], start, at)


def _phrase_start(text: str, start: int, at: int) -> int:
    """Where the phrase holding ``at`` begins: its clause's start, a 、 not ending it ("因征地信息公开
    引发行政复议1件、行政诉讼3件": one phrase, its words before the first noun said of both)."""
    cut = start
    for m in _PHRASE_START.finditer(text, start, at):
        cut = m.end()
    return cut


_PHRASE_START = lazy(r"[，,；;:]")
_MADE = lazy(r"制发|印发|出台|制定")


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before the one at ``start`` begins (``start`` itself at the text's start)."""
    if start == 0:
        return 0
    return max(text.rfind(c, 0, start - 1) for c in "。；;！!？?") + 1


#: after a count of applications answered (办结), another ending counted in its sentence: the
#: applicant did not supplement, withdrew, the matter was closed otherwise (表三's （六）其他处理)
_OTHER_ENDING = lazy(NUM + r"\s*件[^，,；;。]{0,8}?(?:逾期|未补正|撤回|撤销|终止|不再处理)"
                     r"|(?:逾期未补正|撤回|撤销|终止|不再处理)[^，,；;。\d]{0,8}?" + NUM + r"\s*件")


#: before a lawsuit or review claim in its clause: the agency handles cases as the review body or
#: for its government ("办理行政复议案件56件", "审结行政诉讼案件8件"), not cases brought against it
#: ("尚未审结1件", "未办结": the state of a case against the agency, not cases it handles)
#: (a town's or a street office's cases handled, said to be caused by the disclosure work, are those against it: it
#: decides no reviews, "办理因政府信息公开引起的行政复议1件": :data:`_NO_REVIEW_BODY`, :data:`_CAUSED_BY_DISCLOSURE`;
#: not "办理涉及政府信息公开的行政复议27件": cases on the subject, whoever's)
_HANDLING = lazy(r"办理|受理|(?<!未)(?:审理|审结|办结)|承办|复议机关|作出|代理|应诉")
#: before a review or lawsuit claim in its sentence, a result of 表三: the cases that answer brought
#: ("不予公开1件，申请人不服提起行政复议1件"), a part of 表四's
_ANSWERS_BEFORE = lazy(r"不予公开|部分公开|无法提供|不予处理")
#: the disclosure work named as the cases' cause ("因政府信息公开引起的", "因信息公开答复引发的")
_CAUSED_BY_DISCLOSURE = lazy(r"因[^，,。；;、]{0,12}?信息公开[^，,。；;、]{0,8}?(?:引起|引发|导致|产生)")
#: the agencies that decide no reviews: a town's or township's government, a street office
_NO_REVIEW_BODY = ("镇人民政府", "乡人民政府", "镇政府", "乡政府", "街道办事处", "苏木人民政府")
#: after such a result, no cases ("不予公开0件，因政府信息公开引起行政复议0件"): no answer of that kind brought any
_NONE_OF_THEM = lazy(r"(?:为|是|共)?\s*(?:0|零|〇)\s*(?:件|次|起|宗)")


#: a verb of causing opening a phrase ("…区分处理的说理不够充分，引发行政复议1件"): the cases that the clause before
#: brought, a part of 表四's
_CAUSED = lazy(r"\s*(?:并|从而|进而|由此|因此|因而)?\s*(?:引发|引起|导致|造成)了?")


def _caused_by_a_clause_before(text: str, phrase: int, at: int) -> bool:
    """Does the phrase holding a review or lawsuit claim at ``at`` open with a verb of causing, its cause the
    clause before (an answer's flaw, one case's topic: "对…病历资料，区分处理的说理不够充分，引发行政复议1件"),
    the disclosure work named as a cause in neither ("因政府信息公开，引发行政复议1件" counts them all)?"""
    m = _CAUSED.match(text, phrase, at)
    if m is None or "信息公开" in text[m.end():at]:
        return False
    before = text[max(text.rfind("。", 0, phrase) + 1, phrase - 40):phrase]
    return _BECAUSE_OF_DISCLOSURE.search(before) is None


#: the disclosure work named as the cause ("因政府信息公开工作，引发…", "因信息公开答复问题，导致…")
_BECAUSE_OF_DISCLOSURE = lazy(r"因[^，,。；;]{0,12}?信息公开")


def _answers_before(text: str, start: int, end: int) -> bool:
    """Is a result of 表三 named between ``start`` and ``end`` with cases of its own (not "不予公开0件")?"""
    return any(not _NONE_OF_THEM.match(text, a.end()) for a in _ANSWERS_BEFORE.finditer(text, start, end))
#: in a review or lawsuit claim's clause, a topic the cases are about ("因征地信息公开引发", "涉及征地拆迁
#:信息的"), or another act of the agency's they were brought over ("因具体行政行为被提起", "因征收补偿决定被申请"):
#: a part, or not 表四's; not the disclosure work itself ("因政府信息公开工作被申请", "涉及政府信息公开的")
_TOPIC = lazy(r"(?:因|涉及)(?!(?:政府)?信息公开|(?:政府信息)?依申请公开|不服|对|本机关|本单位|我[局委办])[^，,、；;]{2,}?"
              r"(?:引发|引起|产生|的|被(?=提起|申请|起诉|诉|$))")
#: a kind of cases named by its topic with 类 ("征地类行政复议案件3件": one topic's, a part; not "信息公开类…")
_TOPIC_KIND = lazy(r"(?<!信息公开)(?<!依申请公开)(?<!政府信息)(?<!公开)(?<![^\W\d_]公开)类(?=\s*(?:行政)?(?:复议|诉讼|案件|应诉))")
#: in a "none" lawsuit claim's words, one of 表四's two groups of lawsuits named
_ONE_GROUP = lazy(r"复议后|直接起诉|未经复议")
#: "收到行政复议申请56件": applications for review the agency decides
_REVIEW_APPLICATIONS = lazy(r"(?:收到|受理|接收)行政复议申请")
#: a sentence about another service, where "受理申请12000件" is not about disclosure
_OTHER_SERVICE = lazy(r"政务服务|审批|办事|便民|服务事项|许可|信访|登记|热线|12345|不动产|社保|医保|补贴")
#: after a count of applications named bare (申请, 各类申请) in its sentence, the disclosure applications named as a
#: part of it ("收到各类申请30件，其中政府信息公开申请13件", "收到申请30件，其中依申请公开13件，其余为咨询"): the bare
#: count is of every kind, not 表三's
_DISCLOSURE_SHARE = lazy(r"其中(?:\s*" + NUM + r"\s*件)?(?:为|是|属于)?(?:政府信息公开|政务信息公开|依申请公开|信息公开)")
#: after an applications claim in its paragraph: some of what it counts were left out of 表三 ("其中20件属于
#:信访举报投诉类，未纳入统计", "剔除后为13件", "不属于政府信息公开申请")
_NOT_COUNTED = lazy(r"(?:未|不|没有)(?:纳入|计入|列入)|剔除|扣除|除去|(?:未|不|没有)(?:予)?统计"
                    r"|(?:不属于|未作为|不作为)(?:政府信息公开|依申请公开|信息公开)申请")
#: in a sentence on 办结: something else answered (letters, complaints, cases the agency decides)
_NOT_APPLICATIONS = lazy(r"信访|来信|来访|投诉|诉求|建议|提案|复议|诉讼|工单|留言|咨询")


def _applications_before(text: str, start: int) -> bool:
    """Is the sentence at ``start`` joined by a semicolon to one about the agency's applications
    ("共收到政府信息公开申请13件；办结13件")? Its 办结 says what became of them, as after a comma; not
    after a sentence on letters, complaints or another service ("收到群众来信50件；办结45件")."""
    if start == 0 or text[start - 1] not in "；;":
        return False
    before = text[_sentence_before(text, start):start - 1]
    return "申请" in before and not _NOT_APPLICATIONS.search(before) and not _OTHER_SERVICE.search(before)


#: before 办结 in its sentence, the applications it is a part of: "受理的13件申请中，已办结12件"
_OF_WHICH = lazy(NUM + r"\s*件(?:政府信息公开|依申请公开|信息公开)?(?:申请)?(?:中|当中)"
                 r"|(?<=的)\s*" + NUM + r"\s*件(?:政府信息公开|依申请公开|信息公开)?申请\s*[，,]"
                 #: ("征地拆迁类申请5件，其中予以公开3件": a kind of application counted, its results listed after 其中)
                 r"|(?:类|方面)(?:的)?(?:政府信息公开|依申请公开|信息公开)?申请\s*(?:共|有)?\s*" + NUM
                 + r"\s*件\s*[，,]\s*其中")
#: before a "零…" claim in its clause: a goal ("力争零申请"), a state left behind ("打破零申请") or
#: compared with ("较上年零申请"), not what happened
_GOAL = lazy(r"力争|争取|确保|努力|目标|力求|避免|防止|希望|下一步|将|明年|来年|今后|打破|改变|结束|摆脱|告别|较|比|由|从")
#: after a count, an approximation ("15件左右", "10件以上"): not a figure to compare
_APPROX = lazy(r"\s*(?:左右|上下|以上|以下|之多|有余)")
#: two digits side by side in Chinese numerals: a rough figure ("两三件", "一二十件"), not a count
_ADJACENT_DIGITS = lazy(r"[一二两三四五六七八九]{2}")


def _rough(text: str, m, group: int) -> bool:
    """Is the claim's number a rough figure: two Chinese digits side by side ("两三件", "一二十件"), or
    数/几 before a bare 十, 百 or 千 ("数十件", "数百件": dozens, hundreds)?"""
    number = m.group(group)
    if _ADJACENT_DIGITS.search(number):
        return True
    return number in ("十", "百", "千") and m.start(group) > 0 and text[m.start(group) - 1] in "数几"


#: a count and its unit: the words since the last one belong to the next claim
_COUNT = lazy(NUM + _UNIT)
#: a reason named before a result ("因保护第三方合法权益不予公开1件"): a part of the result
_BECAUSE = lazy(r"因(?!此|而)|由于")
#: a reason given as the first of several ("因本机关不掌握等原因无法提供9件"): the whole result, not one sub-item
_SEVERAL_REASONS = lazy(r"等(?:原因|情形|情况|理由|缘由)")
#: a legal basis named before a result ("依据《条例》第十四条不予公开1件"): one reason, a part of the result
_BASIS = lazy(r"(?:依据|根据|依照|按照)[^，,；;。]{0,30}?第[一二三四五六七八九十百\d]+条")
#: words of no single sub-item (a reason's words are those of its sub-item's label otherwise)
_COMMON = ("申请", "信息", "政府", "行政", "公开", "机关", "相关", "要求", "提供", "其他", "处理", "属于")
_REASONS: dict = {}


def _reason_search(t3):
    """kind → a search for the words of its sub-items' labels ("第三方", "不掌握", "补正后", "信访举"),
    by the identity of 表三's spec: words before a result claim that name one reason."""
    spec = t3.spec if t3 is not None else None
    hit = _REASONS.get(id(spec))
    if hit is not None and hit[0] is spec:
        return hit[1]
    out = {}
    for kind in ("deny", "unable", "noproc"):
        words = set()
        for label in (r.label.text for r in (spec.rows if spec is not None else ()) if r.group == kind):
            label = "".join(ch for ch in label if ch.isalnum())
            words.update(w for w in (label[i:i + 3] for i in range(len(label) - 2))
                         if not any(c in w for c in _COMMON))
        out[kind] = _words(tuple(sorted(words))).search if words else None
    if len(_REASONS) > 64:
        _REASONS.clear()
    _REASONS[id(spec)] = (spec, out)
    return out


def _since_count(text: str, start: int, at: int) -> str:
    """The words of the sentence before ``at`` since the last count ("13件") before it."""
    cut = start
    for m in _COUNT.finditer(text, start, at):
        cut = m.end()
    return text[cut:at]


#: what a case can come to: "未发生行政诉讼败诉" denies an outcome, not that there were lawsuits
_OUTCOME = lazy(r"纠错|纠正|败诉|撤销|违法|问责|追责|被判|判决|被改变|责任")
_CLAUSE_END = lazy(r"[，,；;。]")


def _clause_stop(text: str, at: int, end: int) -> int:
    """Where the clause holding ``at`` ends (at its ，；。 or the sentence's end)."""
    m = _CLAUSE_END.search(text, at, end)
    return m.start() if m else end


def _outcome_follows(text: str, at: int, end: int) -> bool:
    """Do the words after a "none happened" claim, to the end of its clause, name an outcome?"""
    return _OUTCOME.search(text, at, _clause_stop(text, at, end)) is not None


_PARENTHESIS = lazy(r"[（(][^（）()]*[)）]")
#: right after a claim, the same figure of an earlier year in brackets, a count of its own:
#: "（上年15件）", "（2023年为11件）", "（去年同期：9件）", "（2023年收到申请19件）", or last year's carried figure beside
#: this year's new one, "新收申请9件（上年结转1件）" (not "（含上年结转1件）": a part of it); or a running total of
#: the years, "收到申请7条（历年累计9条）"
_EARLIER_FIGURE = lazy(r"\s*[（(]\s*(?:(?:上一?年度?|去年|(?:19|20)\d\d\s*年度?)(?:同期)?(?:[^（）()\d，,。；;]{1,10}?(?=\s*(?:为|是|:|：)?\s*\d))?"
                       r"|(?:历年|(?:19|20)\d\d\s*年以来|多年)?累计(?:收到|受理|共)?(?:申请)?)\s*(?:为|是|:|：)?\s*"
                       + NUM + r"\s*(?:件|条|次|宗|起)?\s*[)）]")
#: right after a claim, its parts in brackets: "14件（含上年结转1件）", "13件（不含上年结转1件）", "13件（其中网上
#:申请9件）" say what the figure holds, not that it is another figure (the readings cover with or without); so do
#: those of it carried out, "办理申请7宗（结转下年度继续办理1宗）" (its own claim on 表三's 四 still read)
_PARTS_ASIDE = lazy(r"\s*[（(](?:其中|含有|含|包括|包含|不含|不包括|(?:其中)?(?:结转|转)(?:至|到)?下一?年度?)[^（）()]*[)）]")
#: right after a claim, an aside saying it includes what another body holds: "现行有效行政规范性文件30件（含县政府文件）"
#: (not "（不含县政府文件）": the agency's alone)
_INCLUDES = lazy(r"\s*[（(](?:其中)?(?:含有|含|包括|包含)([^（）()]*)[)）]")
_CLAUSE_MARK = lazy(r"[，,；;（()）]")


def _scope(text: str, start: int, end: int, at: int, after: int) -> str:
    """The words that can say what the claim at ``at``…``after`` counts: the sentence before its
    clause (without the asides in brackets there: "（含网上申请9件）" is about the figure before
    it) and its own clause to its end, its brackets included ("120件（2019年以来）"). The clauses
    after it do not change what it counts ("新收申请13件，同比增加2件（2023年为11件），上年结转1件")."""
    cut = start
    for m in _CLAUSE_START.finditer(text, start, at):
        cut = m.end()
    depth = 0
    stop = end
    for m in _CLAUSE_MARK.finditer(text, after, end):
        ch = m.group()
        if ch in "（(":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0:
            stop = m.start()
            break
    before = text[start:cut]
    if "(" in before or "（" in before:
        before = _PARENTHESIS.sub("", before)
    aside = _EARLIER_FIGURE.match(text, after, stop) or _PARTS_ASIDE.match(text, after, stop)
    if aside:  # "13件（上年15件）": last year's figure beside the claim, not a word on what it counts; "14件（含
        # 上年结转1件）": its parts
        return before + text[cut:after] + text[aside.end():stop]
    return before + text[cut:stop]


#: in a claim's clause, before it, a body named as the subject: "县审计局收到申请5件" in a county
#: government's report (its departments' figures), "隶属海关受理…" (not "因政府信息公开…": a topic)
_BODY = lazy(r"[^\W\d_]{1,12}?(?:人民政府|政府|委员会|管委会|办公室|办事处|街道|海关|医院|卫生院|学校|中学|小学|幼儿园|中心|公司|集团"
             r"|大队|支队|中队|(?:救援|执法|监察|稽查)队|派出所"
             r"|(?:林业|农技|农业|水利|畜牧|兽医|动物|防疫|水文|环境|农机|文化|服务|管理|工作|监测|检测)站"
             r"|(?:司法|财政|国土|自然资源|服务|管理|监督|监测|检测|检验|税务|运管|研究|监管|规划|测绘)所"
             r"|(?:气象|广播|电视)台|(?:图书|文化|博物|纪念|档案|殡仪|美术|科技)馆"
             r"|(?:法|检察|福利|敬老|研究|设计|保健|仲裁|科学)院|(?:公路|养护)段|(?:管理|环卫|征收|事务)处|(?:林|农|牧)场"
             r"|局|委|厅|署|乡|镇"
             #: (a 所 named by its place alone, "城关所": two characters or more before it, not 场所, 住所, 所属…)
             r"|(?<=[^\W\d_]{2})(?<![场住处厕])所(?![属辖有在述以得需涉申提要称谓列含致长作为能见知用指说])"
             r")"
             r"(?!信息|网站|门户|公开|工作|领导|部署|要求|统一|[^\W\d_]{0,2}(?:网站|平台|专栏))")
#: the report's own agency named the usual short ways (本局, 我委, 本街道)
_OWN = lazy(r"^(?:本|我|该)[^\W\d_]{1,3}$")
#: the time a clause opens with, before the body it names ("本年度隶属海关…", "全年县审计局…")
#: (a year's 年 or 年度 alone: the body's match cannot start at the year's digits, "2024年我镇…" giving "年我镇")
_WHEN_FIRST = lazy(r"^(?:本年度|本年|今年|全年|年内|当年|(?:19|20)\d\d年度?|年度?)")


def _normal_agency(name: str) -> str:
    """A body's name in the form its short names share: 人民政府 as 政府, 管理委员会 as 管委会 ("高新区管委会" in
    样例高新技术产业开发区管理委员会's report is the agency), 行政公署 as 行署."""
    return name.replace("人民政府", "政府").replace("管理委员会", "管委会").replace("行政公署", "行署")


#: before or in a body's name: where a case was brought ("向…法院提起", "被诉至…", "在…法院"), not its subject
_VENUE = lazy(r"(?:向(?!阳)|被诉至|诉至|上诉至|起诉至|在)(?=[^\W\d_]{1,14}?(?:法院|人民政府|政府|司法局|局|委员会|办公室))")


#: after 所: a verb and 的, so 所 is the particle ("所受理的", "所收到的"; not "城关所受理申请3件", a 所 by its place)
_PARTICLE_VERB = lazy(r"(?:收到|受理|办理|接收|接到|处理|答复)的")
#: before a body's name: the body whose rules or requests the agency follows ("按照省政府办公厅相关工作要求…"), not the
#: subject of the figures
_INSTRUCTED = lazy(r"(?:按照|根据|依据|依照|遵照|落实)(?=[^\W\d_]{1,14}?(?:人民政府|政府|办公厅|办公室|局|委员会|委|厅))"
                   #: (not "根据县直部门和各乡镇政府报送情况": where the figures come from, a wider sum)
                   r"(?![^\W\d_]{0,20}?(?:报送|统计|汇总|上报|提供的?数据))")
_INSTRUCTING = lazy(r"(?:按照|根据|依据|依照|遵照|落实)[^\W\d_]{1,14}?(?:人民政府|政府|办公厅|办公室|局|委员会|委|厅)"
                    r"(?:办公厅|办公室)?")


def _other_body(text: str, start: int, at: int, agency: str) -> bool:
    """Is a body other than the report's agency named before ``at`` in the clause from ``start``
    ("县审计局收到申请5件" in 样例县人民政府's report)? A name sharing its last three characters or
    more with the agency's ("县卫生健康局" in 样例县卫生健康局's) is the agency's own."""
    own = _normal_agency(agency)
    for m in _BODY.finditer(text, start, at):
        if m.group().endswith("所") and _PARTICLE_VERB.match(text, m.end()):
            continue  # "全年所受理的申请", "工作中所收到的": the particle 所 before a verb (the search stops at the
            # claim's verb, so _BODY's own lookahead does not see it), not a 所 named by its place
        near = max(start, m.start() - 4)
        if _VENUE.search(text, near, m.end()) or _INSTRUCTED.search(text, near, m.end()):
            continue  # "向示例县人民法院提起行政诉讼3件", "向县人民政府申请行政复议": where a case went, not who counts;
            # "按照县政府办公室相关工作要求…": the body whose request is followed
        name = _normal_agency(_WHEN_FIRST.sub("", m.group()))
        if _UNIT_AFTER.match(text, m.end(), at):
            return True  # "示例镇卫生院" in 示例镇人民政府's report: a unit at the place, not the agency
        if _OWN.match(name) or name == "全" + own[-1] or (name == "全委" and own.endswith("委员会")) or (
                name in _WHOLE_TOWN and own.endswith((name[1:] + "政府", name[1:] + "办事处"))
                and not _TOWN_WIDER.match(text, m.end()) and not _TOWN_SPLIT.search(text, at, _sentence_end(text, at))):
            continue  # (本局, 我委; "全局" in a bureau's report: the whole agency; "全镇" in a town government's: the
            # town, whose government is its one disclosing body)
        common = 0
        while common < min(len(name), len(own)) and name[-1 - common] == own[-1 - common]:
            common += 1
        if own.endswith(_SUB_UNITS) and not name.endswith(own[-2:]):
            after = _BODY.match(text, m.end(), at)
            if after is not None and after.group().endswith(own[-2:]):
                continue  # "样例市公安局样例分局": the bureau's name opening the sub-bureau's own
            return True  # "市公安局" in 样例市公安局样例分局's report: the bureau above it
        if common >= 3 and common < min(len(name), len(own)) and name[-1 - common] in _LEVELS \
                and own[-1 - common] in _LEVELS and name[-1 - common] != own[-1 - common]:
            return True  # "样例县气象局" in 样例市气象局's report: the same department a level below
        if common >= 3 or (name in own) or _abbreviates(name, own):
            continue
        return True
    return False


def _abbreviates(name: str, own: str) -> bool:
    """Is ``name`` the agency's usual short name ("市林草局" for 样例市林业和草原局, "县人社局", "发改局",
    "市卫健委" for …卫生健康委员会): its level (省, 市, 县…), when named, in the agency's name, and after it
    three characters or more found in the agency's name in order, ending as it ends (委 for 委员会)?
    ("市政府" is not 市人民政府办公室's: two characters; "省林草局" not 样例市林业和草原局's; "市市场监管局" not
    样例县市场监督管理局's; "社保局", "住房局" not 人力资源和社会保障局's, 住房和城乡建设局's: a short name opens with the
    department's first character and has one of each word joined by 和.)"""
    level = name[0] if name[0] in _LEVELS else ""
    short = name[1:] if level else name
    if len(short) < 3 or not (short[-1] == own[-1] or (short[-1] == "委" and own.endswith("委员会"))):
        return False
    for at in [i for i, ch in enumerate(own) if ch == level or (not level and ch in _LEVELS)] or [-1]:
        dept = own[at + 1:]  # (its level named before the rest: "县林草局" is not 样例市林业和草原局's)
        if not dept or short[0] != dept[0]:
            continue  # the department's first word opens it: "社保局" is not 人力资源和社会保障局's
        rest = iter(dept)
        if not all(ch in rest for ch in short):
            continue
        joined = dept.find("和")
        if 0 < joined and not any(ch in dept[joined + 1:-1] for ch in short[:-1]):
            continue  # each word joined by 和 has its character: "住房局" is not 住房和城乡建设局's
        return True
    return False


_LEVELS = "省市县区旗州盟"
#: a town, township or subdistrict as a whole, named in its own government's report
_WHOLE_TOWN = ("全镇", "全乡", "全街道", "全苏木")
#: after 全镇: the villages' or the units' ("全镇村级共收到…")
_TOWN_WIDER = lazy(r"\s*(?:村|各|所有|范围内各)")
#: later in the sentence of a 全镇 figure: the government's own share of it ("全镇共收到…25件，其中镇政府收到13件")
_TOWN_SPLIT = lazy(r"其中[^，,。；;]{0,6}?(?:镇|乡|街道|苏木)?(?:人民)?(?:政府|本级|机关|办事处)")


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (its 。, or the text's end)."""
    stop = text.find("。", at)
    return len(text) if stop < 0 else stop


#: right after a body's name, a unit there that is another body ("示例镇卫生院", "样例县公安局交警大队")
_UNIT_AFTER = lazy(r"卫生院|医院|学校|中学|小学|幼儿园|公司|大队|支队|中队|派出所|[^\W\d_]{0,3}(?:监督|监测|检测|检验|司法|财政)所"
                   r"|[^\W\d_]{1,4}所(?!属|辖|有|在|述|以|得|需|涉)"
                   r"|[^\W\d_]{0,3}(?:林业|农技|农业|水利|畜牧|监测|检测)站")
#: a unit under a bureau, named by its last two characters
_SUB_UNITS = ("分局", "支队", "大队", "中队", "分院", "分所", "分中心")


#: a clause that is only a carried figure: "上年结转1件", "结转下年度继续办理1件" ("结转到2025年继续办理2件")
#: (last year's carried said with its year or the other way round, or as a part of the count before it: "含2023年
#: 转至今年办理的1件", "结转上年度政府信息公开申请3件"; or none carried in)
_CARRY_CLAUSE = lazy(r"[，,、；;]\s*((?:含|其中|包括)?\s*(?:(?:上一?年度?|去年|(?:19|20)\d\d\s*年度?)(?:结转|转至|转入)"
                     r"(?:至|到)?(?:本年度?|今年)?|结转上一?年度?)(?:办理)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?\s*" + NUM
                     + r"\s*件|结转(?:至|到)?(?:下一?年度?|\s*(?:19|20)\d\d\s*年度?)(?:继续)?(?:办理)?(?:政府信息公开|依申请公开)?(?:申请)?\s*" + NUM
                     + r"\s*件"
                     #: (none carried in: "2023年未转结政府信息公开申请", "未结转上年度申请")
                     r"|(?:(?:上一?年度?|去年|(?:19|20)\d\d\s*年度?)(?:未|无|没有)(?:结转|转入)(?:至|到)?(?:本年度?|今年)?"
                     r"|(?:未|无|没有)(?:上一?年度?|去年)?结转(?:上一?年度?)?)(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:事项|件)?"
                     r")(?=\s*[，,、；;。]|$)")
#: the body the applications were made to, in an applications claim's words (:data:`_TO_WHOM`)
_MADE_TO = lazy(r"向([^\W\d_]{1,16}?)(?:提出|提交|递交)")
#: between the bodies applied to: "向州政府或州政府办公室提交的"
_BODIES_JOINED = lazy(r"[或和及与、]|或者")


def _made_to_other(text: str, m, agency: str) -> bool:
    """Were the applications of claim ``m`` made to a body other than the agency ("收到向县人民政府提交的申请"
    in a bureau's report)? Each body named, joined by 或/和/、, is looked at on its own."""
    to = _MADE_TO.search(text, m.start(), m.end())
    if to is None:
        return False
    at = to.start(1)
    for joint in [*_BODIES_JOINED.finditer(text, to.start(1), to.end(1)), None]:
        stop = joint.start() if joint is not None else to.end(1)
        if stop > at and _other_body(text, at, stop, agency):
            return True
        at = joint.end() if joint is not None else stop
    return False


#: the applications received, counted, before a list of figures
_RECEIVED_COUNT = lazy(r"(?:新收|收到|受理|接收|接到|办理|" + _AFTER_OPENING + r"收)[^，,；;。]{0,20}?"
                      + NUM + _UNIT)


def _mask_listed_carry(text: str, start: int, end: int) -> str:
    """``text`` with each clause of the sentence that is only a carried figure blanked, when a count
    of the applications received stands before it: in "新收申请13件，上年结转1件，予以公开5件" the
    carried figure is one item of a list, no word on what the figures after it count (alone, "上年结转
    的1件申请，予以公开1件" still says the carried one was disclosed)."""
    out = text
    for m in _CARRY_CLAUSE.finditer(text, start, end):
        if _RECEIVED_COUNT.search(text, start, m.start()):
            out = out[:m.start(1)] + " " * (m.end(1) - m.start(1)) + out[m.end(1):]
    return out


#: before "办理依申请公开事项N件" in its clause, only when and who (本年度共…, 本局依法…): 办理 is a loose
#: verb, and other words before it name a part or another body's matters ("征求第三方意见后办理…2件",
#: "转交其他机关办理…", "参与办理…")
_PLAIN_BEFORE = lazy(r"(?:\s|本年度|本年|全年|今年|年内|当年|(?:19|20)\d\d\s*年度?|[,，:]|本机关|本单位|我单位"
                     r"|(?:本|我)(?:[局委办院署厅站所镇乡]|街道)|共计|合计|共|依法|依规|按时|及时|已|先后|总|一共)*$")
def _without_own_name(words: str, agency: str) -> str:
    """``words`` without the names of bodies in it (the time before one kept: "2024年示例镇" → "2024年"), when
    the report names its agency: before a claim, :func:`_other_body` has found them all the agency's own
    ("示例镇办理依申请公开9件" in 示例镇人民政府's report: the agency as the subject, as 本镇 would be)."""
    if not agency:
        return words
    return _BODY.sub(lambda b: (w.group() if (w := _WHEN_FIRST.match(b.group())) else ""), words)


#: helping another body with its matters: "协助办结依申请公开事项3件", "配合市局办理…"
_HELPING = lazy(r"(?:协助|参与|配合|帮助|指导|督促|代为?)$")
#: in the clause before a claim on documents made or decisions: the agency helped another body make them
_HELPER = lazy(r"协助|参与|配合|帮助|指导(?!下)|督促")  # (not "在…指导下制发": its own, guided)

#: right after a count of cases against the agency, the state or result of those cases, with no 均/全部
#: before it: "行政复议1件已审结，1件尚未审结", "行政诉讼1件被驳回", "1件行政诉讼案件被判决纠正" count the
#: cases in one column of 表四, a part of its 总计 (not "行政复议2件，均已审结", "2件均获维持": all of them)
_STATE_AFTER = lazy(r"\s*\(?\s*(?:已经?|尚未|尚在|未|正在|仍在|目前)?(?:被|获|予以)?"
                    r"(?:(?:法院|人民法院|复议机关)?(?:依法)?(?:判决|裁定|决定)(?:为|予以)?)?"
                    r"(?:审结|结案|审理|维持|纠正|纠错|撤销|驳回|终止|确认违法)")

#: right after a count of cases, what they showed: "被申请行政复议的1件案件暴露出答复引用条款不够准确的问题" (the
#: cases the sentence draws a lesson from, named by their count, not the year's count of them)
_LESSON_AFTER = lazy(r"\s*(?:案件|案)?\s*(?:暴露|反映|说明|表明|体现|提示|警示|揭示)")

#: a state or result with its own count: "行政复议3件（维持1件，尚未审结2件）" splits the claim into its states
_COUNTED = lazy(r"\s*" + NUM + r"\s*(?:件|起|宗)")


def _state_after(text: str, at: int) -> bool:
    """Do the words right after a count of cases say the state or result of those cases (:data:`_STATE_AFTER`)?
    A state in brackets followed by a count of its own ("（维持1件，尚未审结2件）") is not: the brackets list
    the states of the cases counted, whose number is the whole."""
    m = _STATE_AFTER.match(text, at)
    if m is None:
        return False
    return not ("(" in m.group() or "（" in m.group()) or _COUNTED.match(text, m.end()) is None


#: a count of applications handled and the bracket of its parts, right before a carried claim: "办理14件（含"
_ASIDE_BEFORE = lazy(r"(?:办理|受理|收到|新收)[^，,；;。（()）]{0,24}?" + NUM
                     + r"\s*件\s*([（(])(?:其中|含有|含|包括|包含|不含|不包括)\s*$")
_ASIDE_CLOSED = lazy(r"\s*[)）]")


def _carried_aside(text: str, start: int, m) -> Optional[int]:
    """Where the bracket opens when the carried claim ``m`` is all of a parts aside after a count of the
    applications handled ("全年共办理14件（含上年结转2件）": the year's 上年结转, 2), else None. The words
    before the bracket still say whose figure it is ("全县共办理…（含上年结转5件）": a part)."""
    if not _ASIDE_CLOSED.match(text, m.end()):
        return None
    found = _ASIDE_BEFORE.search(text, max(start, m.start() - 40), m.start())
    return found.start(2) if found is not None and found.end() == m.start() else None


#: before a claim on an applicant column, the words that make it a part: a wider scope, a unit, a channel
#: (其中 before it names the column: "其中自然人申请10件"), compiled only when such a claim is found
_APPLICANT_PART = lazy("|".join(map(re.escape, _SCOPE + _UNITS + _CHANNELS + ("本级", "代表"))))


def _applicant_part(text: str, start: int, end: int):
    return _APPLICANT_PART.search(text, start, end)


#: the kinds of claims on one applicant column or columns of 表三
_BY_APPLICANT = ("natural", "organisations", "business", "research", "public_interest", "legal")
#: before such a claim in its sentence: a result, an answer or the cases, whose applicants it counts
_RESULT_BEFORE = lazy(r"予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|办理结果|办结(?!率)|结转|答复(?!率)|复议|诉讼|公开\s*\d|"
                      r"申请人(?:中|里)")
#: before a result claim in its sentence: the applications on one matter counted ("涉及土地征收补偿的申请9件，予以公开
#: 3件、部分公开1件": that matter's results, the year's stated apart; voices54f), not the year's described ("主要涉及
#: 土地征收等方面的申请，予以公开6件": no count of its own)
_TOPIC_COUNTED = lazy(r"(?:涉及|关于|针对|有关)[^，,。；;：:]{1,24}?的(?:政府信息公开|依申请公开|信息公开)?申请\s*"
                      r"(?:\d+|[一二两三四五六七八九十]{1,3})\s*件")
#: the kinds of claims on 表四's cases: the reviews, the lawsuits, and the lawsuits of one group
_CASES = ("review", "litigation", "direct", "after", "review_pending", "litigation_pending")
#: before a review or lawsuit count in its sentence, one party named as the reports name people ("申请人张某",
#: "原告李某某", "，王某不服…"): that party's cases, a part of 表四's
_ONE_PARTY = lazy(r"(?:申请人|原告|当事人|第三人)[^\W\d_]某(?![些项种个类])|(?:^|(?<=[，,。；;：:]))\s*[^\W\d_]某某?(?:等\s*\d+\s*人)?"
                  r"(?=不服|申请|提起|向|对|认为|以)")
#: a sentence that puts lawsuits outside 政府信息公开, or names the reviews the agency decides
_NOT_DISCLOSURE_CASES = lazy(r"(?:不涉及|不属于|非|无关)[^，。；,;]{0,6}?政府信息公开|(?:办理|受理|审理|作出)行政复议(?:案件|申请|决定)")
#: in a sentence of counted reviews or lawsuits, or of "均获维持": the cases said to be outside 政府信息公开
#: ("行政复议案件共10件（均不涉及政府信息公开）", "…3件，均与政府信息公开无关"): another count than 表四's
_OUTSIDE_DISCLOSURE = lazy(r"(?:不涉及|不属于|并非|不是|非|无关)[^，。；,;]{0,6}?(?:政府)?信息公开"
                           r"|与[^，。；,;]{0,6}?(?:政府)?信息公开(?:工作|事项|申请)?(?:均|都|皆|并)?无关"
                           #: (or said to be all of another kind: "…6件，均为征地拆迁类", "均系土地征收纠纷")
                           r"|(?:均|全部|都|皆)(?:为|系|是|属于?)(?:(?!信息公开|依申请)[^，。；,;]){1,8}?(?:类|纠纷)")


def _cases_outside(sentence: str) -> bool:
    """Does the sentence put its reviews or lawsuits outside 政府信息公开 (:data:`_OUTSIDE_DISCLOSURE` in the clause
    that first names them or after it: "行政复议案件共10件（均不涉及政府信息公开），均获维持"; not "收到信访件5件，均不属于
    政府信息公开申请，发生行政复议2件，均获维持", said of the letters before)?"""
    named = [i for i in (sentence.find("复议"), sentence.find("诉讼")) if i >= 0]
    if not named:
        return False
    return _OUTSIDE_DISCLOSURE.search(sentence, _clause_start(sentence, 0, min(named))) is not None


#: applications of every kind, counted as forms ("各类申请件"), not requests for disclosure alone
_EVERY_KIND_OF_FORM = lazy(r"(?:各类|各种|所有|各项|全部)申请(?:办)?件")
#: the kinds of 表二's decisions
_DECIDED = ("licensing", "penalty", "enforcement")
#: in the clause before a decisions claim: they were published, undone or reviewed, or are one kind of
#: them ("准予行政许可决定118件"), or one unit's ("执法大队作出…"), not all those made this year; or taken to a
#: court to be enforced ("向人民法院申请强制执行行政处罚决定5件": some of them, voices54f)
_NOT_MADE = lazy(r"公开|公示|发布|上传|推送|归集|报送|撤销|变更|注销|纠正|复议|诉讼|听证|涉及|栏目|准予|不予|简易|普通程序"
                 r"|大队|中队|支队|分局|派出所|执行|法院")


def _valid_of_normative(text: str, start: int, m) -> bool:
    """Are the documents in force of claim ``m`` 行政规范性文件: named in its words, or named before it in
    the sentence with no 规章 there ("制发行政规范性文件3件，废止1件，现行有效12件")?"""
    if "规范性文件" in m.group(0):
        return "规章" not in text[_clause_start(text, start, m.start()):m.start()]
    before = text[start:m.start()]
    return "规范性文件" in before and "规章" not in before


#: the applicants a claim names: natural persons (or anyone), the organisations, the businesses
_PERSONS = lazy(r"公民|个人|群众|居民|村民|申请人|任何人|自然人|(?<![法])人(?!民)")
_ORGANISATION_WORDS = ("法人", "其他组织", "单位", "企业", "社会组织")
#: individuals as the applicants: "公民个人提出的", "个人申请" (not "个人信息", a topic)
_INDIVIDUALS = lazy(r"(?:公民)?个人(?:提出|提交|递交|的(?:政府信息公开|依申请公开|信息公开)?申请|申请)")
#: citizens alone as the applicants ("公民提出的"; not "公民、法人或其他组织", everyone)
_CITIZENS_ALONE = lazy(r"公民(?:提出|提交|递交)")
#: applicants that are everyone, beside individuals ("社会公众和个人", "群众和个人", "申请人个人")
_EVERYONE = lazy(r"群众|公众|申请人|居民|村民|市民|任何人|各界|社会")
_ORGANISATIONS = lazy("|".join(_ORGANISATION_WORDS))


#: an applications claim's words that make its figure the year's new ones: "新收", "本年新收", "新受理"
_NEW_WORDS = lazy(r"新收|新受理|新接收")


def _applicants(words: str) -> Optional[str]:
    """The kind of an applications claim by the applicants its words name: "applications" (none named,
    or natural persons among them: "未收到公民、法人或其他组织的申请" is none from anyone),
    "organisations" (法人 and/or 其他组织 only: "未收到法人或其他组织的申请" is none of theirs, not none at
    all), "business" (企业 only), or None (other organisations alone: 科研机构, 单位)."""
    words = words.replace("本单位", "")  # ("没有企业向本单位提出…": the agency, not an applicant)
    if not any(w in words for w in _ORGANISATION_WORDS):
        if "自然人" in words and not _EVERYONE.search(words):
            return "natural"  # "未收到自然人提出的申请": none of theirs, 表三's 自然人 column
        if ("个人" in words and _INDIVIDUALS.search(words) or "公民" in words and _CITIZENS_ALONE.search(words)) \
                and not _EVERYONE.search(words):
            return "individuals"  # "受理公民个人提出的申请10件", "收到公民提出的…": 表三's 自然人 column, or all
            # the applications said loosely
        return "applications"  # (no organisation named, the common case)
    if _PERSONS.search(words):
        return "applications"
    named = set(_ORGANISATIONS.findall(words))
    if named <= {"法人", "其他组织"}:
        return "organisations"
    return "business" if named == {"企业"} else None


def _after_left_out(text: str, start: int, at: int, in_part) -> bool:
    """Does the claim at ``at`` follow the words that some applications were left out of the count
    ("全年窗口收到申请15件，其中2件属于信访事项，未纳入统计，受理政府信息公开申请13件"), with no word of a
    part after them? The count after is what 表三 holds; the part words before (其中, 窗口) were the
    left-out ones'."""
    last = None
    for last in _NOT_COUNTED.finditer(text, start, at):
        pass
    return last is not None and not in_part(text, last.end(), at)


#: the agency's applications handled, said just before a 其中 that splits them: "共受理政府信息公开申请14件，
#: 其中…", "全年依申请公开共计14件，其中…", "共办理14件：其中…"
_TOTAL_BEFORE_SPLIT = lazy(r"(?:申请|依申请公开|事项|办件|受理|办理|收到)[^，,；;。、:]{0,12}?" + NUM
                           + r"\s*件\s*[，,:]?\s*$")
#: a clause opening with 含 or 包括 before last year's carried ones
_INCLUDED = lazy(r"\s*(?:含有|含|包含|包括)\s*")
#: the words before a carried figure's claim that add it to the figure before ("另有上年结转2件")
_ALSO = lazy(r"\s*(?:此外|同时)?\s*(?:另有|另|还有)\s*")
#: (or, right before last year's carried ones, 含 or 包括 after a comma: "共办理申请69件，含上年结转3件", as in brackets)
_SPLIT = lazy(r"其中|(?<=[，,])\s*(?:含有|含|包含|包括)(?=\s*(?:上一?年度?|去年|(?:19|20)\d\d\s*年度?)(?:结转|转结|转至|转入|转到))")
#: in the clause of that total: the applications of some applicants or of one answer, or the new ones only
#: ("新收申请13件，其中上年结转2件": not the whole the carried ones belong to), not all the agency's handled
_NOT_ALL = lazy(r"新收|自然人|法人|其他组织|企业|公民|个人|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|办理结果|答复"
                 #: (or of one topic or one channel: "涉及征地拆迁的申请6件。其中，…", "网上申请9件，其中3件结转…")
                 r"|涉及|关于|有关|(?<!各)类|" + "|".join(_CHANNELS))


def _split_of_total(text: str, start: int, at: int, in_part, year=None) -> bool:
    """Is the claim at ``at`` (上年结转 or 新收) one of the two parts of the agency's applications handled,
    after a 其中 that splits them ("共受理政府信息公开申请14件，其中本年新收13件、上年结转1件")? Such a
    其中 names 表三's rows, not a part of one: the figure is 表三's 二、上年结转 (or 一、本年新收) all the
    same. Not when another part word stands before the claim or before the total ("全县共收到申请420件，
    其中上年结转5件": a wider body's), nor when the total is some applicants' or one answer's ("自然人申请10件，
    其中上年结转1件", "予以公开5件，其中上年结转1件"). A sentence opening with 其中 splits the total that ends the
    sentence before it ("共受理政府信息公开申请13件。其中，予以公开5件，结转下年度继续办理3件")."""
    last = None
    for split in _SPLIT.finditer(text, start):  # (not stopped at ``at``: 含 looks at the claim after it)
        if split.start() >= at:
            break
        last = split
    if last is None or in_part(text, last.end(), at):
        return False
    after_stop = not text[start:last.start()].strip() and start > 0 and text[start - 1] == "。"
    if after_stop:
        start, end = _sentence_before(text, start), start - 1  # (the total is the sentence before's last figure)
    else:
        end = last.start()
    if in_part(text, start, end):
        return False
    total = _TOTAL_BEFORE_SPLIT.search(text, start, end)
    if total is None:
        return False
    if after_stop and (_ANY_GUARD.search(text, _clause_start(text, start, total.start()), total.end())
                       or _other_year(text[start:end], year) or _part_of_year(text[start:end])):
        return False  # ("…上年结转3件。其中，…": the sentence ends on the carried ones, not the total; "2023年收到申请
        # 20件。其中，…": another year's)
    text = _without_everyone(text, start, total.end())  # ("共收到公民、法人和其他组织提出的申请14件，其中…": all's)
    clause = text[_clause_start(text, start, total.start()):total.end()]
    return _NOT_ALL.search(clause) is None


#: 将 of a plan ("下一步将…", "将对…进行清理", "将于…"), not 将 taking the documents as its object (as 把: "将规范性文件统一编号、
#:统一发布", "将3件文件予以废止": what was done)
_PLAN_WILL = r"将(?!\s*(?:行政)?规范性文件|\s*文件|\s*\d+\s*件|\s*[一二三四五六七八九十两]+\s*件)"
#: a comparison: 较 or 比 before what it is compared with ("较上年", "比2023年", "与上年相比", "同比"), not 较 or 比 in other
#: words ("较为规范", "比对", "比例")
_COMPARED = r"(?:较|比)(?=\s*(?:上一?年|去年|往年|前年|同期|以往|此前|之前|(?:19|20)\d\d))|相比|同比|环比|比较"
#: in the sentence of a count of documents repealed, the words that make it another count: a plan (将, 计划, 预计, 下一步,
#: 拟, 应, 待, 需), a running total (截至, 目前, 累计, 以来), documents marked (标注), a comparison (较, 比), or a
#: clean-up (清理, 梳理, 评估: repeals decided, often of the documents of the government above, not all published
#: as repealed in the year)
_REPEAL_OTHER = lazy(_PLAN_WILL + r"|计划|预计|下一步|明年|今后|力争|拟|应当?废止|待|需|须|(?:截至|截止)(?!\s*(?:(?:19|20)\d\d\s*年度?\s*)?(?:12\s*月\s*(?:31\s*日|底|末)|年底|年末))|目前|至今|累计|以来|历年"
                     r"|标注|标记|标识|" + _COMPARED + r"|清理|梳理|评估|排查")
#: before a count of documents made in its sentence: a plan or a running total ("下一步将制发…", "截至目前，已制发…30件")
#: (or a difference: "较上年多制发…2件"; "截至2024年12月31日" is the year's end, no running total)
_NOT_YET = lazy(_PLAN_WILL + r"|计划|预计|下一步|拟|明年|今后|力争|(?:截至|截止)(?!\s*(?:(?:19|20)\d\d\s*年度?\s*)?(?:12\s*月\s*(?:31\s*日|底|末)|年底|年末))|目前|至今|(?:较|比)[^，,；;。]{0,12}?(?:多|少)(?:制发|印发|出台|制定)?(?:了)?(?:行政)?\s*$")
#: right before 废止: a joint figure ("修改、废止行政规范性文件5件", "修订、废止共5件": amended and repealed together)
_JOINT_REPEAL = lazy(r"(?:修改|修订|修正|废改)\s*(?:、|和|及|与|或|或者|并|/)?\s*$")


def _repeal_not_counted(text: str, start: int, m, end: int) -> bool:
    """Is the count of documents repealed at ``m`` not the year's repeals alone (a plan, a running total,
    documents marked, a comparison, a clean-up's decisions, or amended and repealed together)? Read from the
    sentence's start to the end of the claim's clause ("对已废止…5件进行标注": the verb after)."""
    verb = text.find("废止", m.start(), m.end())
    if _JOINT_REPEAL.search(text, max(start, verb - 4), verb):
        return True
    return _REPEAL_OTHER.search(text, start, _clause_stop(text, m.end(), end)) is not None


#: before a "none received" in its clause: an applicant's words ("申请人反映未收到依申请公开相关信息")
_APPLICANT_SAYS = lazy(r"申请人|申请者|(?<!名)称|反映|表示|投诉|\d+\s*名")
#: after a count of matters in 项: the applications counted apart in 件 ("其中13件为政府信息公开申请")
_APPLICATIONS_IN_JIAN = lazy(r"申请[^，,。；;\d]{0,10}?" + NUM + r"\s*件|" + NUM + r"\s*件[^，,。；;\d]{0,10}?申请")


def _channel_after(text: str, start: int, at: int, end: int) -> bool:
    """Is a channel named after ``at`` in the sentence, outside a 其中 clause (a part of the figure before)?"""
    for hit in _any_of(_CHANNELS).finditer(text, at, end):
        if "其中" not in text[_clause_start(text, start, hit.start()):hit.start()]:
            return True
    return False


#: before a "none carried in": some applicants or a part ("法人或其他组织申请中无上年结转申请")
_CARRY_SUBSET = lazy(r"(?<![本我该])" + _APPLICANT_WORDS + r"|中\s*$|其中")  # (not "本单位无上年结转申请": the agency)
#: in a "none" claim's words: none of the others ("除上述2件外，未发生其他行政复议"), not none at all
_OTHERS = lazy(r"(?:其他|其它|另外|别的|额外|其余)(?:的)?(?:任何)?(?:行政复议|行政诉讼|复议|诉讼|案件|(?:政府)?信息公开|依申请公开"
                r"|申请|(?:行政)?规范性文件)")  # (not "其他组织", "其他形式": an applicant, a way)
#: right after a none claim's cases: what it denies is besides them ("未发生行政复议和行政诉讼以外的纠纷")
_BESIDES_AFTER = lazy(r"[^，。；,;]{0,12}?(?:以外|之外)的")
#: before a claim in its sentence: the cases or applications said before set apart ("除上述2件外", "除该1件以外"):
#: what follows is the rest, not the year's whole (read where the words set apart hold a count or point back)
_SET_APART = lazy(r"(?<![排消解废清免删剔拆扣切根革去])除(?:了)?([^，。；,;]{1,30}?)(?:外|以外|之外)")
#: (not "除此之外", "in addition": the words point back at no cases, and set nothing apart from a none claim either)
_POINTS_BACK = lazy(NUM + r"\s*(?:件|起|宗|次|项|个|份|条)"
                    r"|(?:上述|前述|以上|上面|该|此|这)[^\W\d_]{0,6}?(?:件|案|申请|复议|诉讼|文件|事项)")


def _set_apart(text: str, start: int, at: int):
    """The 除…外 (:data:`_SET_APART`) in the clause of the claim at ``at``, or ending the clause just before it
    ("除上述2件外，未发生其他行政复议"); not one inside an earlier clause that goes on ("除1件结转下年度外均已办结，
    发生行政复议3件": said of the applications)."""
    cut = _clause_start(text, start, at)
    found = None
    for a in _SET_APART.finditer(text, _clause_start(text, start, cut - 1) if cut > start else start, at):
        if a.start() >= cut or not text[a.end():cut].strip(" ,，、:："):
            found = a
    return found


#: after a "不涉及行政复议": nothing more in its clause (not "…案件的办理工作", "…、行政诉讼应诉职能")
_NOTHING_MORE = lazy(r"\s*(?:案件)?(?:(?:[、和与及或]|或者)(?:行政)?诉讼(?:案件)?)?\s*(?:案件|事项|情况|的情况|问题)?\s*")
#: before a "不涉及…": a subject that is some of the applications ("上述申请", "该申请")
_SUBSET_BEFORE = lazy(r"上述|该|此|这|申请|其中|部分")


_QIZHONG = lazy(r"其中")
#: between a 其中 and a result: the words of the results or of the carried ones ("其中予以公开5件，部分公开1件",
#: "其中上年结转1件，…": the whole's figures listed, not a subset's)
_LISTED_WHOLE = lazy(r"予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|结转|办结|答复")
#: between a 其中 and a result, a count's topic without the word 申请 ("其中5件涉及征地拆迁，予以公开3件")
_TOPIC_OF = lazy(r"涉及|关于|有关|反映")


def _after_one_subset(text: str, start: int, at: int) -> bool:
    """Does the claim at ``at`` follow, in a later clause of its sentence, a 其中 that names one subset of
    the applications by its count ("收到申请13件，其中涉及两村合并的申请5件，予以公开3件", "其中5件涉及征地拆迁，
    予以公开3件")? Its results may be
    that subset's or the year's: a reader is not sure, so is the rule. A 其中 that lists the whole by parts
    ("其中自然人申请10件，法人或其他组织申请3件，予以公开5件": two counts) or introduces the results or the
    carried ones ("其中予以公开5件，…") leaves the figures after it the year's."""
    cut = _clause_start(text, start, at)
    last = None
    for last in _QIZHONG.finditer(text, start, cut):
        pass
    if last is None:
        return False
    between = text[last.end():cut]
    listed = _LISTED_WHOLE.search(between)
    first = _CLAUSE_START.search(between)
    if listed is not None and first is not None and listed.start() >= first.end():
        # (results listed after the subset's clause, the claim one of them: "其中20件涉及环评审批，予以公开9件、部分公开4件")
        between = between[:listed.start()]
    return (("申请" in between or _TOPIC_OF.search(between) is not None) and len(_COUNT.findall(between)) == 1
            and _LISTED_WHOLE.search(between) is None)


def _subset_of_which(text: str, start: int, at: int, readings: dict) -> bool:
    """Does the clause of the result claim at ``at``, or its sentence before it, say it is among some of the
    applications ("涉及征地拆迁的6件中予以公开3件", "涉及老旧小区改造的3件申请，予以公开2件"), a count none of the
    applications' readings is? ("本年度受理的13件申请中，予以公开5件": all of them, the year's results.)"""
    m = None
    # (in its clause, or earlier in its sentence up to a semicolon: "涉及征地拆迁的5件申请中予以公开2件、部分公开1件",
    # "涉及老旧小区改造的3件申请，予以公开2件，部分公开1件", "通过网站提交的15件中，予以公开7件")
    semi = max(text.rfind("；", start, at), text.rfind(";", start, at))
    for m in _OF_WHICH.finditer(text, max(start, semi + 1), at):
        pass
    if m is None or "applications" not in readings:
        return False
    n = cn_value(m.group(1) or m.group(2) or m.group(3))
    return n is not None and all(Decimal(n) != r.value for r in _readings(readings["applications"]))


def _part_after(text: str, at: int, end: int, in_part) -> bool:
    """Do the words after a count, to the end of its clause, make it some applicants' or a part ("其中新收10件
    为自然人申请", "新收10件来自网上")?"""
    stop = _CLAUSE_END.search(text, at, end)
    stop = stop.start() if stop else end
    return bool(_PERSONS.search(text, at, stop) or _ORGANISATIONS.search(text, at, stop)
                or _applicant_part(text, at, stop) or in_part(text, at, stop))


#: in the sentence before "N件正在办理中": a date that is not the year's end ("截至目前", "截至发稿时"): the count
#: of a later day, when some carried over may have been answered
_NOT_YEAR_END = lazy(r"(?:截至|截止)(?!\s*(?:(?:19|20)\d\d\s*年度?\s*)?(?:12\s*月\s*(?:31\s*日|底|末)|年底|年末))|目前|至今|现在|当前")
_IN_PROCESS = lazy(r"(?:正在|尚在|仍在|还在|在)(?:办理|处理)")


def _in_process_other(text: str, start: int, m) -> bool:
    """Is "N件正在办理中" at ``m`` not the applications carried to next year: no applications named before it in its
    sentence, other matters named there ("行政复议2件，1件正在办理中", "收到来信5件，…"), or a day after the year's end
    ("截至目前，1件正在办理中")?"""
    before = text[start:m.start()]
    return ("申请" not in before or _NOT_APPLICATIONS.search(before) is not None or _OTHER_SERVICE.search(before) is not None
            or _NOT_YEAR_END.search(text, start, m.end()) is not None)


def _all_natural_other(text: str, start: int, m) -> bool:
    """Is "申请人均为自然人" at ``m`` not said of all the year's applications: no count of applications before it in
    its sentence, or a 其中 there (the applicants of a part: "收到申请13件，其中网上申请9件，申请人均为自然人")?"""
    before = text[start:m.start()]
    return "申请" not in before or _COUNT.search(before) is None or "其中" in before


def _claims_in(text: str, start: int, end: int, readings: dict, plan: Optional[tuple] = None,
               reasons: Optional[dict] = None, year: Optional[int] = None, tail: str = "", agency: str = "",
               about_applications: bool = False):
    """(kind, match, value) of the whole-report claims of one sentence (``plan``: the readings'
    :func:`_claim_plan`, when the caller has it; ``reasons``: :func:`_reason_search` of 表三;
    ``year``: the report's, for claims on another year's figure; ``tail``: the next paragraph's text when
    this one stops mid-sentence, for the words that follow a claim at its end; ``agency``: the report's,
    for claims on another body's figure; ``about_applications``: the paragraph is in the section on
    applications, 三, whose results it states without naming 申请: "其中予以公开5件，部分公开1件")."""
    sentence = text[start:end]
    # words that make a claim another figure (carried over, last year's, another year's, a part of
    # the year, documents cleaned up rather than made) count where they say something about it
    # (:func:`_scope`); a sentence without any is read at once
    guarded = bool(_ANY_GUARD.search(sentence)) and bool(_ANY_GUARD.search(_no_guard(sentence, year)))
    listed = None  # the text with the carried figures of a list masked (:func:`_mask_listed_carry`)
    dated = _other_year(sentence, year) or _part_of_year(sentence)
    found = []
    spans = []
    normative_guarded = None
    for keyword, claims in plan or _claim_plan(readings):
        if keyword not in sentence:
            continue
        for claim, in_part, normative, result in claims:
            carried = claim.kind in ("carry", "next")
            if normative and normative_guarded is None:
                normative_guarded = _ANY_NORMATIVE_GUARD.search(sentence) is not None
            if claim.also and not all(w in sentence for w in claim.also):
                continue  # (the text is NFKC: "（" is "(")
            for m in claim.pattern.finditer(text, start, end):
                aside = _carried_aside(text, start, m) if carried and (guarded or dated) else None
                if aside is not None:  # "办理14件（含上年结转2件）": the year's carried figure, said in brackets
                    if dated and (_other_year(text[start:m.end()], year) or _part_of_year(text[start:m.end()])):
                        continue
                elif guarded or dated or (normative and normative_guarded):
                    if carried:
                        # 结转, 上年 are the claim's own words, and in the clauses before it those of other
                        # carried figures ("上年结转1件，结转下年度1件"); in its own clause they still say
                        # what it counts ("上年度结转下年度继续办理2件": last year's figure)
                        # (an aside on the parts of a figure before its clause, "办理申请14件（含上年结转1件）",
                        # is about that figure)
                        cut = _clause_start(text, start, m.start())
                        if listed is None:
                            listed = _mask_listed_carry(text, start, end) if guarded else text
                        own = _scope(text, cut, end, m.start(), m.end()).replace(m.group(0), "", 1)
                        if _ALSO.fullmatch(text, cut, m.start()):
                            own = own.replace(text[cut:m.start()].strip(), "", 1)  # "申请13件，另有上年结转2件":
                            # a second figure beside the first, the year's own
                        if _INCLUDED.fullmatch(text, cut, m.start()) and _split_of_total(
                                text, start, m.start(), in_part, year):
                            own = own.replace(text[cut:m.start()].strip(), "", 1)  # "共办理申请69件，含上年
                            # 结转3件": one part of the total before, as in brackets, no word on what it counts
                        # (nor is last year's figure of an earlier count, in brackets after it: "新收申请13件
                        # （上年：16件），结转下年度2件" carries this year's out)
                        scope = _CARRY_WORDS.sub("", _EARLIER_FIGURE.sub("", _PARTS_ASIDE.sub("", listed[start:cut]))) + own
                    else:
                        if listed is None:
                            listed = _mask_listed_carry(text, start, end) if guarded else text
                        scope = _scope(listed, start, end, m.start(), m.end())
                    if guarded and _ANY_GUARD.search(scope) and _ANY_GUARD.search(_no_guard(scope, year)):
                        continue  # (a comparison with last year, "较上年增长18%", is no figure of last year's)
                    if dated and (_other_year(scope, year) or _part_of_year(scope)) and not _whole_year_clause(
                            text, start, m.start(), year):
                        continue  # "2023年收到申请9件", "上半年收到申请5件": another period's figure
                    if normative and normative_guarded and _ANY_NORMATIVE_GUARD.search(
                            scope if claim.kind != "normative" else
                            _scope(listed, _clause_start(text, start, m.start()), end, m.start(), m.end())
                            .replace(m.group(0), "", 1)):  # (its own words: "未制发规章和行政规范性文件")
                        continue  # "现行有效规范性文件12件", "清理…": another row of 表二 (a claim with its verb, "制发…",
                        # is read with its own clause only: "无公文解读情况，未印发行政规范性文件", "开展规范性文件清理，
                        # 制发行政规范性文件2件" say what was made)
                split = (carried or claim.kind == "new") and _split_of_total(text, start, m.start(), in_part, year) or (
                    claim.kind == "normative_any" and _DOCUMENTS_MADE.search(text, start, m.start()) is not None)
                if claim.kind == "new" and (not split or _part_after(text, m.end(), end, in_part)):
                    continue  # ("其中新收…" after anything but the agency's applications handled, or "其中新收10件为
                    # 自然人申请": a part)
                if _in_part(in_part, text, start, m.start() if aside is None else aside, agency) and not split and not (
                        claim.kind == "applications" and _after_left_out(text, start, m.start(), in_part)):
                    continue  # a word before the claim makes it a part of the whole
                if _WIDER.search(text, _clause_start(text, start, m.start()), m.start()):
                    continue  # "各县区税务局共收到申请80件": the figure of bodies beside or under the agency
                if agency and _other_body(text, _clause_start(text, start, m.start()), m.start(), agency):
                    continue  # "县审计局收到申请5件" in the county government's report: another body's figure
                if normative and _NORMATIVE_OTHER.search(
                        text, _clause_start(text, start, m.start()) if claim.kind == "normative" else start, m.start()):
                    continue  # documents published or forwarded, not made ("主动公开政府文件56件，行政规范性文件5件":
                    # a bare count is read with the whole sentence before it, a 制发 count with its clause)
                if claim.kind == "organisations" and not claim.group and _all_natural_other(text, start, m):
                    continue  # "申请人均为自然人" after no count of the applications, or after a part of them
                if result and _TOPIC_COUNTED.search(text, start, m.start()):
                    continue  # the results of the applications on one matter, counted before them
                if claim.kind in _BY_APPLICANT and _RESULT_BEFORE.search(text, start, m.start()):
                    continue  # "予以公开5件，其中自然人4件": the applicants of one result, not of all
                if not claim.group and claim.kind in _DECIDED and not _PLAIN_BEFORE.match(
                        _without_own_name(text[start:m.start()], agency)):
                    continue  # "对3起轻微违法行为未作出行政处罚决定", "对首次轻微违法的，依法未作出…": none for some cases,
                    # not none at all (only the year or the agency may stand before it in its sentence)
                if claim.kind in _DECIDED and _NOT_MADE.search(text, _clause_start(text, start, m.start()), m.start()):
                    continue  # "公开行政处罚决定35件", "撤销行政许可决定2件": decisions published or undone, not made
                if claim.kind == "repealed" and "失效" in sentence:
                    continue  # "废止5件，宣布失效2件": 表二's 本年废止件数 may count both
                if claim.kind == "applications" and "申请表" in m.group(0) and "公开申请表" not in m.group(0):
                    continue  # "收到申请表20份，其中有效申请13件": forms, invalid ones too (not "《政府信息公开申请表》5件")
                if claim.kind == "applications" and "等" in m.group(0) and _channel_after(text, start, m.end(), end):
                    continue  # "收到通过网站、信函等方式提交的申请9件，现场提交4件": some channels, another follows
                if claim.kind == "applications" and m.group(0).rstrip().endswith("项") and _APPLICATIONS_IN_JIAN.search(
                        text, m.end(), end):
                    continue  # "受理依申请公开事项20项，其中13件为政府信息公开申请": matters, the applications counted apart
                if claim.kind == "applications" and not claim.group and _APPLICANT_SAYS.search(
                        text, _clause_start(text, start, m.start()), m.start()):
                    continue  # "1名申请人称未收到依申请公开的相关政府信息": the applicant did not get the information
                if carried and not claim.group and _CARRY_SUBSET.search(
                        text, _clause_start(text, start, m.start()), m.start()):
                    continue  # "法人或其他组织申请中无上年结转申请", "法人或其他组织的申请无结转下年度继续办理件": none of some
                    # applicants', not none at all
                if not claim.group and claim.kind in ("review", "litigation") and m.group(0).startswith("不") and (
                        not _NOTHING_MORE.fullmatch(text, m.end(), _clause_stop(text, m.end(), end))
                        or _SUBSET_BEFORE.search(text, _clause_start(text, start, m.start()), m.start())):
                    continue  # "不涉及行政复议案件的办理工作", "不涉及行政复议、行政诉讼应诉职能": no such function;
                    # "上述申请不涉及行政诉讼": some applications' (not "收到申请13件，也不涉及行政复议")
                if claim.group and claim.kind in _CASES and _OUTSIDE_DISCLOSURE.search(
                        text, _clause_start(text, start, m.start()), end):
                    continue  # "行政复议案件共10件（均不涉及政府信息公开）", "…行政诉讼案件5件，…均与政府信息公开无关":
                    # cases of other matters (said in its clause or after it: "收到信访件5件，均不属于政府信息公开申请，
                    # 发生行政复议3件" says it of the letters)
                if not claim.group and (_OTHERS.search(m.group(0)) or _SET_APART.search(m.group(0))
                                        or _BESIDES_AFTER.match(text, m.end())):
                    continue  # "除上述2件外，未发生其他行政复议", "未发生除政府信息公开以外的行政复议": none besides those
                    # said, or none of the others, not none at all; "未发生行政复议和行政诉讼以外的纠纷": none of the rest
                if (apart := _set_apart(text, start, m.start())) is not None and apart.group(1) not in ("此", "这") and (
                        not claim.group or _POINTS_BACK.search(apart.group(1))):
                    continue  # "除上述2件外，未发生行政复议", "除该1件外，另发生行政复议3件": the rest, not the whole
                if agency and (inc := _INCLUDES.match(text, m.end())) is not None and _other_body(
                        text, inc.start(1), inc.end(1), agency):
                    continue  # "现行有效行政规范性文件30件（含县政府文件）": with another body's
                if claim.kind in ("direct", "after") and _NOT_DISCLOSURE_CASES.search(sentence):
                    continue  # "…未经复议直接起诉的有5件，均不涉及政府信息公开", "全年共办理行政复议案件30件，复议后提起
                    # 行政诉讼2件": lawsuits of other matters, or of the reviews the agency decides
                if claim.kind == "applications" and _EVERY_KIND_OF_FORM.search(m.group(0)):
                    continue  # "收到各类申请件300件，其中政府信息公开申请13件": every kind of application
                if claim.kind == "direct" and not m.group(0).startswith("未经") and "复议" in text[
                        _clause_start(text, start, m.start()):m.start()]:
                    continue  # "复议维持后申请人直接提起行政诉讼1件": to court straight after the review, 复议后起诉
                if claim.kind in ("normative", "normative_any") and _NOT_YET.search(text, start, m.start()):
                    continue  # "下一步将制发…2件", "计划年内制发…", "截至目前，已制发…30件", "较上年多制发…2件": a plan, a
                    # running total, a difference
                if claim.kind == "repealed" and _repeal_not_counted(text, start, m, end):
                    continue  # "修改、废止…5件", "下一步将…废止2件", "截至目前已废止30件", "对已废止…5件进行标注",
                    # "待废止2件", "较上年多废止2件", "清理文件50件，废止5件": not the year's repeals alone
                if claim.kind in ("valid", "repealed") and not _valid_of_normative(text, start, m):
                    continue  # "现行有效12件" after 规章, or with no documents named: another row
                if (result or claim.kind == "next") and _after_one_subset(text, start, m.start()):
                    continue  # "收到申请13件，其中涉及征地的申请6件，予以公开4件": the results of those 6, or of all?
                    # a reader cannot tell
                if result and claim.pattern.pattern.startswith(_OPENS_CLAUSE) and sentence.count(claim.word) > 1:
                    continue  # "其中2件予以公开，另有3件予以公开": the result counted in pieces, a breakdown
                if result and ("主动" in sentence or ("申请" not in text and not about_applications)
                               or _DOCUMENTS_MARKED.search(sentence)):
                    continue  # "主动予以公开…": proactive disclosure, not the results of applications ("公开属性为
                    # “不予公开”的3件": documents issued, marked; a paragraph neither naming 申请 nor in 三: another
                    # matter)
                if id(claim) in _BARE_IDS and (_DOCUMENTS_REVIEWED.search(sentence) or not (
                        about_applications or _ABOUT_ANSWERS.search(text, start, m.start()))):
                    continue  # "审查文件120件，其中属于国家秘密1件": documents, not applications refused
                if result and claim.kind in (reasons or {}):
                    before = _since_count(text, start, m.start())
                    named = reasons[claim.kind]
                    if not _SEVERAL_REASONS.search(before) and (
                            _BECAUSE.search(before) or (named is not None and named(before)) or _BASIS.search(
                            text, _clause_start(text, start, m.start()), m.start())):
                        continue  # "因保护第三方合法权益不予公开1件", "依据《条例》第十四条不予公开1件": one reason,
                        # a part of the result
                if claim.kind == "applications" and agency and "向" in m.group(0) and _made_to_other(text, m, agency):
                    continue  # "收到向县人民政府提交的申请3件" in a bureau's report: another body's applications
                if claim.kind == "applications" and "公开" not in m.group(0) and _OTHER_SERVICE.search(sentence):
                    continue  # "政务服务大厅受理各类申请12000件": applications of another kind
                if claim.kind == "applications" and "公开" not in m.group(0) and (
                        share := _DISCLOSURE_SHARE.search(text, m.end(), end)) and not _COUNT.search(
                        text, m.end(), share.start()):
                    continue  # "收到各类申请30件，其中政府信息公开申请13件": applications of every kind, the disclosure
                    # ones a part of them (not "…30件，予以公开5件，其中…": a part of another count)
                if claim.kind in ("done", "alldone") and (
                        ("申请" not in sentence and not _applications_before(text, start))
                        or _NOT_APPLICATIONS.search(text, start, _clause_stop(text, m.end(), end))
                        or ("公开" not in m.group(0) and _OTHER_SERVICE.search(sentence))):
                    continue  # "办结群众来信20件", "受理行政复议案件5件，均已办结": not the applications (a clause
                    # after it is another matter: "办结10件，新发生行政复议案件2件")
                if result and _subset_of_which(text, start, m.start(), readings):
                    continue  # "涉及征地拆迁的6件中予以公开3件": the results of some of the applications
                if claim.kind == "done" and _OTHER_ENDING.search(text, m.end(), end):
                    continue  # "按时办结10件，2件逾期未补正，1件申请人撤回": the ones answered, beside others ended
                    # another way (表三's （六）其他处理, in （七）总计 too)
                if claim.kind == "normative_any" and _COUNT.search(text, start, m.start()) and not _MADE.search(
                        text, start, m.start()) and _NORMATIVE_OTHER.search(text, _sentence_before(text, start), start):
                    continue  # "共公开文件20份。民生类15份，规范性文件5份": a list with no verb of its own, the kinds
                    # of the documents the sentence before published (not "制发文件20件，行政规范性文件5件")
                if claim.word == "同意" and _CONSULTED.search(text, start, m.start()):
                    continue  # "经征求第三方意见，第三方同意公开2件": the third party's consent, not the result
                if claim.kind == "next" and _IN_PROCESS.search(m.group(0)) and _in_process_other(text, start, m):
                    continue  # "行政复议2件，1件正在办理中", "截至目前，1件正在办理中": not the applications carried over
                if carried and _OTHER_MATTER_AFTER.match(text, m.end()):
                    continue  # "结转下年度的3件复议案件尚未审结": reviews, not applications
                if claim.kind == "valid" and "规范性" not in m.group(0) and (
                        "规范性" in text[m.end():_clause_stop(text, m.end(), end)]
                        or _COMPILED.search(text, _clause_start(text, start, m.start()), m.start())):
                    continue  # "现行有效文件57件（其中行政规范性文件12件）", "汇编现行有效文件57件": documents of
                    # every kind in force, not the rule documents alone
                if claim.kind == "valid" and _COMPILED.search(text, _clause_start(text, start, m.start()), m.start()) \
                        and _ADDED_TO_IT.search(text, m.end(), _sentence_end(text, m.end())):
                    continue  # "清理…现行有效行政规范性文件40件，动态更新本年度制发的规范性文件5件": the batch cleaned
                    # up, the year's new ones added to it (not "经清理，现行有效行政规范性文件45件": all in force)
                if carried and (named := _YEAR_NAMED.search(m.group(0))) and (
                        year is None or int(named.group()) != year + (1 if claim.kind == "next" else -1)):
                    continue  # "结转2024年度…" in the report on 2024: carried into this year, or a year not the next
                    # ("2022年结转…" in the report on 2024: not last year's)
                if claim.kind in ("done", "alldone") and _OF_WHICH.search(text, start, m.start()):
                    continue  # "本年度受理的13件申请中，已办结12件": this year's only, not （七）总计
                if not claim.group and "零" in m.group(0) and _GOAL.search(
                        text, _clause_start(text, start, m.start()), m.start()):
                    continue  # "力争零申请": a goal, not the year's figure
                if claim.kind == "applications" and _NOT_COUNTED.search(text, m.end()):
                    continue  # "收到申请33件，其中20件属于信访类，未纳入统计": a count before some were left out
                if claim.group and claim.kind in _CASES and not _RESPONDENT.search(
                        text, max(start, m.start() - 3), m.start() + 2) and (
                        ((handled := _HANDLING.search(text, _phrase_start(text, start, m.start()), m.start()))
                         and not (agency.endswith(_NO_REVIEW_BODY) and handled.group() == "办理"
                                  and _CAUSED_BY_DISCLOSURE.search(text, handled.end(), m.start())))
                        or _REVIEW_APPLICATIONS.search(m.group(0))):
                    continue  # "办理行政复议案件56件": cases the agency handles, not cases against it (the verb said
                    # of both kinds across 、: "依法办理…行政复议27件、行政诉讼15件")
                if claim.group and claim.kind in _CASES and (
                        _answers_before(text, start, m.start())
                        or _caused_by_a_clause_before(text, _phrase_start(text, start, m.start()), m.start())
                        or _TOPIC.search(text, _phrase_start(text, start, m.start()), m.start())
                        or _TOPIC_KIND.search(text, _phrase_start(text, start, m.start()), m.end())):
                    continue  # "不予公开1件，申请人不服提起行政复议1件", "因征地信息公开引发行政复议1件、行政诉讼3件":
                    # the cases of some answers or of one topic, a part of 表四's
                if claim.kind == "applications" and m.group(0).startswith(("办理", "处理")) and not _PLAIN_BEFORE.match(
                        _without_own_name(text[_clause_start(text, start, m.start()):m.start()], agency)):
                    continue  # "征求第三方意见后办理依申请公开事项2件": a part, or another body's matters
                if claim.kind in ("applications", "done") and _HELPING.search(text, start, m.start()):
                    continue  # "协助办结依申请公开事项3件": another body's applications
                if (normative or claim.kind in _DECIDED) and _HELPER.search(
                        text, _clause_start(text, start, m.start()), m.start()):
                    continue  # "参与制发行政规范性文件5件", "协助作出行政处罚决定40件": another body's documents or
                    # decisions, the agency helping
                if claim.kind in ("repealed", "valid") and _HELPER.search(text, start, m.start()):
                    continue  # "配合县司法局清理规范性文件20件，废止3件": the documents of the body helped, maybe
                if claim.kind in _CASES and _OTHER_DOMAIN.search(text, start, m.start()) and not \
                        _ABOUT_DISCLOSURE.search(text, start, m.end()):
                    continue  # "全年行政执法案件中，被申请复议3件", "办理信访件20件，复议3件": another domain's cases
                if claim.group and claim.kind in _CASES and _DISCLOSURE_PART.search(text, m.end(), end) \
                        and not _ABOUT_DISCLOSURE.search(text, _clause_start(text, start, m.start()), m.end()):
                    continue  # "发生行政复议案件5件…，其中涉及政府信息公开的2件": every domain's cases
                if claim.group and claim.kind in _CASES and _ONE_PARTY.search(text, start, m.start()):
                    continue  # "申请人张某不服本机关答复，向县人民政府申请行政复议1件": one party's cases
                if claim.kind.endswith("_pending") and _NOT_YEAR_END.search(sentence):
                    continue  # "截至目前，行政复议1件正在审理中": a later day's state
                if claim.group and claim.kind in _CASES and not claim.kind.endswith("_pending") and _state_after(
                        text, m.end()):
                    continue  # "行政复议1件已审结": the cases in one state, a part of 表四's 总计
                if claim.group and claim.kind in _CASES and _LESSON_AFTER.match(text, m.end()):
                    continue  # "被申请行政复议的1件案件暴露出…": what some cases showed, the cases named, not counted
                kind = claim.kind
                if kind == "applications":
                    kind = _applicants(m.group(0))
                    if kind is None or kind not in readings:
                        continue  # "未收到科研机构、法律服务机构的申请": some applicants' columns, not compared
                    if kind == "applications" and claim.group and _NEW_WORDS.search(m.group(0)) and "new_said" in readings:
                        kind = "new_said"  # "新收…申请25件": the year's new ones alone
                family = "normative" if normative else kind
                if spans and any(m.start() < e and s < m.end() and f == family for f, s, e in spans):
                    continue  # the same words already read as a claim of another pattern of its kind
                if not claim.group and claim.kind in ("review", "litigation") and _TOPIC.search(
                        text, _phrase_start(text, start, m.start()), m.end()):
                    continue  # "未发生因征地信息公开引起的行政复议和行政诉讼": none of one topic's, not none at all
                if not claim.group and claim.kind in ("review", "litigation") and (
                        _OUTCOME.search(m.group(0)) or _outcome_follows(text, m.end(), end)
                        or (tail and not text[m.end():end].strip() and _outcome_follows(tail, 0, len(tail)))):
                    continue  # "未发生行政诉讼案件败诉", "未出现行政复议、行政诉讼被纠错", "未发生被纠错的行政诉讼案件": none
                    # lost, not none filed
                if claim.group and claim.kind == "litigation" and _ONE_GROUP.search(
                        text, _clause_start(text, start, m.start()), m.end()):
                    continue  # "复议后起诉的行政诉讼0件": the lawsuits of one of 表四's two groups, a part
                if not claim.group and claim.kind == "litigation" and _ONE_GROUP.search(m.group(0)):
                    continue  # "未发生复议后起诉的行政诉讼": none of one group of 表四's lawsuits, not of both
                if not claim.group and claim.kind == "review" and _REVIEW_APPLICATIONS.search(text, m.start(), m.end() + 2):
                    continue  # "未收到行政复议申请": none to decide as the review body, not none against the agency
                value = cn_value(m.group(claim.group)) if claim.group else 0
                if value is None or (claim.group and (_APPROX.match(text, m.end()) or _rough(text, m, claim.group))):
                    continue  # (not a count, or "收到申请15件左右": an approximation)
                spans.append((family, m.start(), m.end()))
                found.append((kind, m, value))
    if len(found) < 2:
        return found
    # the same kind stated twice with different numbers is a breakdown, not a total
    out = []
    for kind, m, value in found:
        family = "normative" if kind.startswith("normative") else kind
        values = {v for k, _, v in found if ("normative" if k.startswith("normative") else k) == family}
        if len(values) == 1:
            out.append((kind, m, value))
    return out


#: a result of 表四's columns as the prose names it (:func:`_t4_results`): its words → the column
_T4_RESULT_WORDS = (("upheld", r"(?:结果|判决|复议|决定)?(?:被|予以|获|依法)?维持"),
                    ("corrected", r"(?:结果|判决|复议|决定)?(?:被)?(?:纠正|纠错)"),
                    ("other", r"其他结果"),
                    ("pending", r"(?:尚未|未)审结|(?:正在|尚在|仍在)审理(?:中|之中)?"))
_T4_RESULT = "|".join(f"(?P<{col}>{words})" for col, words in _T4_RESULT_WORDS)
_T4_UNIT = r"\s*(?:件|起|项|宗)"
#: one item of a count of cases split by result, opening its clause ("结果维持2件", "1件维持", "其中1件尚未审结"),
#: the item ending its clause ("1件维持原答复" with a few words of what was upheld)
_T4_ITEM = lazy(r"(?:^|(?<=[,、;:(])|(?<=[,、;:(]\s)|(?<=其中)|(?<=其中\s))(?:"
                r"(?:" + _T4_RESULT + r")(?:的)?(?:案件)?\s*(?:为|是)?\s*(?P<n1>\d+|[" + _CN + r"]+)" + _T4_UNIT
                + r"|(?P<n2>\d+|[" + _CN + r"]+)" + _T4_UNIT + r"(?:案件)?\s*(?:已|经)?(?:" + _T4_RESULT.replace("?P<", "?P<b_")
                + r")(?:[^\W\d_]{0,8}?)?)\s*(?=[,、;)]|$)")
#: the opening of the split right after the count: brackets, or a clause after a comma (with 其中, or the items
#: at once: "行政复议2件，1件维持，1件尚未审结")
_T4_SPLIT_OPEN = lazy(r"\s*(?:\(|[,:]\s*(?=其中|\d|[" + _CN + r"]|结果|维持|纠正|纠错|其他结果|尚未|未审结|正在审理))")
#: in the split, words that make its items not the year's result columns: a court's instance (a case counted at each),
#: some of the cases, all of them, another year's, or another kind of case named (the split ends before it)
_T4_UNSURE = lazy(r"一审|二审|终审|再审|上诉|部分|均|全部|都|上一?年|去年|结转|累计|以来|撤回|驳回|变更|确认|撤销|责令|其余|另有|分别")
_T4_OTHER_KIND = lazy(r"(?:行政)?(?:复议|诉讼)|起诉")


def _t4_results(text: str, at: int, end: int, kind: str):
    """(kind, match of the count, value) of the results a count of cases of ``kind`` (review, litigation, direct,
    after) is split into right after it, ending at ``at``: "行政复议3件（结果维持2件、结果纠正1件）", "行政诉讼1起，其中
    维持1起", "行政复议案件2件，其中1件维持，1件尚未审结". Each item is a count of one of 表四's result columns. Read
    only when every item of the split is such a count, each column named once; nothing when the split speaks of a
    court's instances, some or all of the cases, another year's, or a result the format's columns do not name
    plainly (撤销, 驳回, 确认违法: a reader cannot tell the column)."""
    opened = _T4_SPLIT_OPEN.match(text, at, end)
    if opened is None:
        return []
    bracket = opened.group(0).lstrip().startswith("(")
    if bracket:
        close = text.find(")", opened.end(), end)
        if close == -1:
            return []
        stop = close
    else:
        stop = end
        for c in (";", "。"):
            i = text.find(c, opened.end(), end)
            if i != -1:
                stop = min(stop, i)
        other = _T4_OTHER_KIND.search(text, opened.end(), stop)
        if other is not None:  # ("…，其中维持1件，行政诉讼1件": the split ends at the next kind of case)
            stop = text.rfind(",", opened.end(), other.start())
            if stop == -1:
                return []
    split = text[opened.end():stop]
    if not split.strip() or _T4_UNSURE.search(split) or "(" in split:
        return []
    items = [i for i in re.split(r"[,、;:]", split) if i.strip()]
    out = []
    cols = set()
    for m in _T4_ITEM.finditer(text, opened.end(), stop):
        col = next(c for c, _ in _T4_RESULT_WORDS if m.group(c) or m.group(f"b_{c}"))
        value = cn_value(m.group("n1") or m.group("n2"))
        if value is None or col in cols:
            return []  # (a column named twice: counted in pieces, or each instance)
        cols.add(col)
        out.append((f"{kind}_{col}", m, value))
    if len(out) != len([i for i in items if i.strip() not in ("其中",)]):
        return []  # an item that is no count of a result column: the split is not read
    if len(out) == 1 and (out[0][0].endswith("_pending") or not (bracket or split.lstrip().startswith("其中"))):
        return []  # ("行政复议2件，1件正在审理中": a part said of its state, not a split of the whole; "行政复议2件，维持1件":
        # the result of one of them, or of all?)
    return out


#: the figures a list names, each said after its own word: "予以公开、部分公开、不予公开分别为5件、1件、1件",
#: "行政复议和行政诉讼分别为2件和1件" (the words → their kinds; a list of others is no claim)
_LISTED_KIND = {"予以公开": "open", "部分公开": "partial", "不予公开": "deny", "无法提供": "unable", "不予处理": "noproc",
                "行政复议": "review", "行政诉讼": "litigation",
                #: (the applicants: "其中自然人、法人或其他组织分别为10件、3件")
                "自然人": "natural", "法人或其他组织": "organisations", "法人和其他组织": "organisations",
                "法人或者其他组织": "organisations", "商业企业": "business",
                #: (the other organisations hold their places in the list but are no claim: "申请人为自然人、
                #: 商业企业、社会公益组织的分别为10件、2件、1件" — 表三's columns of its own are not checked alone)
                "科研机构": None, "社会公益组织": None, "法律服务机构": None,
                #: (表二's decisions, when the list says 决定: "行政处罚、行政强制处理决定数量分别为35件、2件")
                "行政许可": "licensing", "行政处罚": "penalty", "行政强制": "enforcement"}
#: the words that say a list's counts follow its words in order: "分别为", "依次为"
_RESPECTIVELY = ("分别", "依次")
_LISTED_WORD = "(" + "|".join(_LISTED_KIND) + ")"
#: (each word may follow its verb: "被申请行政复议、提起行政诉讼分别为2次、1次")
_LISTED_VERB = r"(?:被申请|被提起|提起|发生|被)?"
_LIST = lazy(_LISTED_WORD + r"(?:案件|申请|(?:处理)?决定)?(?:(?:[、和及与]|以及)" + _LISTED_VERB + _LISTED_WORD
             + r"(?:案件|申请|(?:处理)?决定)?){1,6}"
             r"(?:的)?(?:(?:处理)?决定)?(?:数量|件数|案件数)?(?:分别|依次)(?:为|是|有|:)?\s*(?P<counts>" + NUM + r"\s*(?:件|起|宗|次)"
             r"(?:\s*(?:[、,和及与]|以及)\s*" + NUM + r"\s*(?:件|起|宗|次))+)")
_LISTED_WORDS = lazy(_LISTED_WORD)
_LISTED_COUNT = lazy(NUM + r"\s*(?:件|起|宗|次)")
#: before a list in its sentence: a comparison or a wider or narrower scope than the tables' (its
#: figures are then not the year's whole): "较上年分别…", "全县…分别为", "局机关…分别为"
_LIST_ASIDE = lazy(r"上一?年|去年|同比|较|比|增|减|" + "|".join(map(re.escape, _RESULT_PART)))


def _listed_claims(text: str, start: int, end: int, readings: dict, year=None, about_applications: bool = False):
    """(kind, match of the count, value) of the figures of a list said with 分别 — the words, then their
    counts in the same order ("予以公开、部分公开、不予公开分别为5件、1件、1件"): each count is a claim of
    its word's kind, as "予以公开5件" would be. Read only when the words and the counts are as many,
    of kinds the tables give, not of another year or a part of one, not a comparison ("较上年分别
    增加…") nor a part or a wider body's ("其中局机关…", "全县…"), and, for 表三's results, in a
    paragraph on applications that is no 主动公开's."""
    sentence = text[start:end]
    if not any(w in sentence for w in _RESPECTIVELY):
        return []
    out = []
    for m in _LIST.finditer(text, start, end):
        words = [w.group(1) for w in _LISTED_WORDS.finditer(text, m.start(), m.start("counts"))]
        counts = list(_LISTED_COUNT.finditer(text, m.start("counts"), m.end()))
        kinds = [_LISTED_KIND[w] for w in words]
        named = [k for k in kinds if k is not None]
        if len(kinds) != len(counts) or len(set(named)) != len(named) or not named \
                or any(k not in readings for k in named):
            continue
        before = text[start:m.start()]
        # (a comparison in a clause before the list's, "…13件，同比增长30%，申请人为…的分别为8件、3件", is that figure's)
        if _LIST_ASIDE.search(text, _clause_start(text, start, m.start()), m.start()) or _WIDER.search(before) \
                or _other_year(sentence, year) \
                or _part_of_year(sentence):
            continue
        if any(k in _RESULTS for k in kinds) and ("主动" in sentence or ("申请" not in text and not about_applications)):
            continue
        if any(k in ("review", "litigation") for k in kinds) and (
                _HANDLING.search(before) or _answers_before(text, start, m.start())):
            continue  # ("办理行政复议、行政诉讼案件分别为…": cases handled; "不予公开1件，…": one answer's)
        if any(k in _DECIDED for k in kinds) and ("决定" not in text[m.start():m.start("counts")]
                                                  or _NOT_MADE.search(text, _clause_start(text, start, m.start()),
                                                                      m.start())):
            continue  # (表二's only when said to be decisions made: "公开行政许可、行政处罚信息分别为…",
            # "公示行政许可决定、行政处罚决定分别为…" are items published)
        if any(k in _BY_APPLICANT for k in kinds) and _RESULT_BEFORE.search(before):
            continue  # ("予以公开5件，其中自然人、法人或其他组织分别为…": the applicants of one result)
        for kind, c in zip(kinds, counts):
            value = cn_value(c.group(1))
            if kind is not None and value is not None:
                out.append((kind, c, value))
    return out


def _new_not_carried(readings: dict) -> List[Reading]:
    """办结's second reading: this year's applications less those carried to next year ("收到申请13件，
    办结12件": the one carried over may be one of the 13, last year's answered too)."""
    if "applications" not in readings or "next" not in readings:
        return []
    new, nxt = _readings(readings["applications"])[0], _readings(readings["next"])[0]
    return [Reading("表三“一、本年新收”总计 − “四、结转下年度继续办理”总计", "表三 new less carried over to next year, total",
                    new.value - nxt.value, new.cells + nxt.cells)]


def _all_done_unsure(readings: dict, options) -> bool:
    """"均已办结" against 表三's 四、结转下年度 > 0 is a contradiction only when the applications carried to
    next year cannot all be last year's (表三's 二、上年结转 below 四): "收到申请13件，均已办结" may say
    this year's were all answered while one of last year's still waits."""
    carry = readings.get("carry")
    if carry is None:
        return True
    return any(r.value <= c.value for r in options for c in _readings(carry))


def _span(p, text, start, end) -> Span:
    if isinstance(p, Run):
        return p.sub_span(start, end) if len(text) == len(p.text) else p.span
    if len(text) == len(p.text):  # NFKC kept the offsets: point at the words
        return Span(p.span.line, p.span.column + start, p.span.line, p.span.column + end,
                    p.span.start + start, p.span.start + end)
    return p.span


#: 结转 as many write it ("除4件转结2025年办理以外", "上年度转结申请8件"): read as 结转
_CARRIED_MISWRITTEN = "转结"


def _as_read(text: str) -> str:
    """A paragraph's text as the claims read it: NFKC, and 转结 as 结转 (the same length: positions
    and the words quoted, :func:`_orig`, are the paragraph's own)."""
    text = nfkc(text)
    return text.replace(_CARRIED_MISWRITTEN, "结转") if _CARRIED_MISWRITTEN in text else text


def _orig(p, text, start, end) -> str:
    """The words as written (NFKC turned "，" into "," and "１５" into "15")."""
    return (p.text if len(text) == len(p.text) else text)[start:end]


def _where(ctx, section) -> Tuple[str, str]:
    label = ctx.section_label(section.spec.number) if section.spec is not None else ""
    return (f"“{label}”中" if label else ""), (f"section “{label}”: " if label else "")


#: after a reading whose blank cells the table's arithmetic shows to be 0
_BLANK_ZH = "（含空白单元格，据表内勾稽关系为0）"
_BLANK_EN = " (with blank cells, 0 by the table's arithmetic)"
#: after a reading with a blank cell whose value the table's arithmetic gives (a total left blank)
_WORKED_OUT_ZH = "（含空白单元格，其数值按表内勾稽关系推算）"
_WORKED_OUT_EN = " (with blank cells, their values worked out from the table's arithmetic)"



def _closing_line(bound) -> Optional[int]:
    """The line of the report's closing date (the agency's name, then the date), when the report
    goes on after it with no section of its own (an annex: the tables of its units, a 名词解释, a
    note on them): what follows is no statement of the report's (voices53b: "注：上述两单位本年度均
    未发生政府信息公开行政复议、行政诉讼" under a unit's table, read against the agency's 表四). None
    when the closing is not the report's end, or there is none."""
    f = bound.facts
    if f.date_span is None or f.date_said or not f.signer:
        return None
    line = f.date_span.line
    if any(s.spec is not None and s.section.span.line > line for s in bound.sections):
        return None
    return line

class NarrativeMismatch(Rule):
    code = "N601"
    name = "narrative-mismatch"
    severity = "error"
    summary = "正文中的数字与统计表不一致"
    summary_en = "A number stated in the text contradicts the tables"
    what = "在正文中查找关于申请数、办理结果（予以公开、部分公开、不予公开、无法提供、不予处理，及无法提供的三个分项“本机关不掌握相关政府信息N件”“没有现成信息需要另行制作N件”“补正后申请内容仍不明确N件”，不予公开的分项“属于行政执法案卷N件”，以及按表三的分项说出原因的件数：原因在前、紧接办理结果和件数的“因涉及国家秘密不予公开1件”“属于信访举报投诉类申请不予处理2件”“重复申请不予处理2件”，或件数之后说全部出于一个原因的“不予处理2件，均为重复申请”“不予公开1件，理由为属于国家秘密”“不予处理1件（属于信访举报投诉类申请）”，或件数之后以“其中”逐项说出原因的“不予处理2件，其中信访举报投诉类申请1件、重复申请1件”，与该分项核对，表三（六）的“申请人逾期未补正、行政机关不再处理1件”“逾期不补正1件”与（六）1核对，“因申请人逾期未缴纳信息处理费不再处理2件”与（六）2核对（只说“逾期未缴费2件”的不核对）；按表三分项名称单独说出原因和件数、占一个分句的“属于国家秘密1件”“不予公开3件（属于国家秘密1件、其他法律行政法规禁止公开2件）”也与该分项核对（只说“涉及国家秘密2件”的，其后说予以公开、答复等的，以及信访举报投诉类、重复申请只说原因的不核对）；两个原因共一个件数的“国家秘密和内部事务信息不予公开3件”“均为重复申请或信访举报投诉类申请”、“因大量重复申请不予处理”这样分不清是哪一分项的，不核对）、行政复议和行政诉讼、" \
           "上年结转和结转下年度继续办理件数、制发行政规范性文件件数、废止行政规范性文件件数（“废止5件，宣布失效2件”并列失效的不核对）、现行有效行政规范性文件件数、行政许可/行政处罚/行政强制决定数的说法（如“上年结转1件”“结转下年度继续办理1件”“受理依申请公开0件”“未发生行政复议”“无行政诉讼案件”“行政复议、行政诉讼均为0件”“政府信息公开申请数为13件”“予以公开及部分公开8件”“均获维持”“零申请”“未收到公民、法人或其他组织的政府信息公开申请”“未收到群众要求公开政府信息的申请”“未制发行政规范性文件”“…废止1件，现行有效12件”“作出行政处罚决定35件”，“行政处罚决定7个工作日内公开”是时限；“公开行政处罚决定…”“准予行政许可决定…”“执法大队作出…”是其中一部分，不核对），" \
           "与表二、表三、表四核对；数字也可写作汉字或大写（“十三件”“壹拾贰件”“三千五百件”），也可写在括号中（“行政复议（2件）”“受理依申请公开（13件）”），也可写在分句开头的名词之后（“政府信息公开申请 13 件”“依申请公开：13件”“收到申请情况：13件”），也可写在名词之前（“其中5件予以公开，1件部分公开”，数字在分句开头；“收到9条政府信息公开申请”“按时办理3件依申请公开”；“三件行政复议案件中”“发生2起因政府信息公开引起的行政诉讼”；“这两件”“另有1件”等指前文所说案件的不核对）。紧跟数字的括号说明其组成（“办理依申请公开事项14件（其中上年结转1件）”“受理13件（不含上年结转1件）”“（含网上申请9件）”）不使它成为别的数字，也不影响其后分句中的结转数；按申请人说的件数（“其中自然人申请10件，法人或其他组织申请3件”“从申请人看，自然人10件”“受理公民个人提出的申请10件”）与表三相应列核对（说“公民个人”“公民提出的”的，可能指自然人，也可能泛指所有申请人：两种读法都不相符才报告）（说的是某一办理结果的申请人时不核对：“予以公开5件，其中自然人4件”）；只说到法人或其他组织（“未收到法人或其他组织的申请”“收到法人或其他组织提出的申请3件”）的与表三法人或其他组织五列之和核对，只说到企业的（“收到商业企业提出的申请2件”“其中商业企业申请2件”“自然人10件，商业企业2件”）与商业企业一列核对，不与总数核对；按表三的列名说到科研机构、社会公益组织、法律服务机构的（“其中自然人20件，…，法律服务机构4件”“收到社会公益组织提出的申请1件”）与该列核对；“公民、法人和其他组织”“申请人均为自然人”说的是全部申请，其后的办理结果、结转数照常核对。括号中的上年结转数（“全年共办理14件（含上年结转1件）”）即表三“二、上年结转”，紧跟总数之后以“含”分出的亦同（“全年共办理14件，含上年结转1件”“含2023年转至今年办理的1件”）；本机关办理的申请总数之后用“其中”分出的新收数和上年结转数（“共受理政府信息公开申请14件，其中本年新收13件、上年结转1件”）分别即表三“一、本年新收”“二、上年结转”（“其中”在总数之后一句的开头亦同：“…申请13件。其中，…结转下年度继续办理1件”）（总数是某类申请人、某一办理结果、只是新收或更大范围的，或“其中”之后另有部分字样的，不核对），分句中或同一句前文说是其中一部分申请的结果（“涉及征地拆迁的6件中予以公开3件”“涉及老旧小区改造的3件申请，予以公开2件，部分公开1件”，6、3不是申请数的任一读法），不核对；“其中”之后只说了一类申请的件数、下一分句接着说办理结果或结转下年度的（“收到申请13件，其中涉及征地的申请6件，予以公开4件”：可能是这6件的结果），不核对，与之核对，括号前的办理数即使没有“申请”二字也照常核对；括号中带件数的案件状态（“行政复议3件（维持1件，尚未审结2件）”）是对总数的分项，总数照常核对；总数与表四相符时，紧跟其后按表四的结果列逐项说出的件数（“行政复议2件（结果维持1件、结果纠正1件）”“行政诉讼1起，其中维持1起”“行政复议案件2件，其中1件维持，1件尚未审结”，单位可为件、起、项、宗）与表四相应组的“结果维持”“结果纠正”“其他结果”“尚未审结”列核对（行政诉讼为两组之和；说到一审、二审、部分、均、撤销、驳回等分不清列的，某一列说了两次的，或没有“其中”、括号而只说一项的，不核对）。“办理依申请公开事项N件”“办理政府信息公开申请N件”同“收到申请N件”（“办理”前只有时间、主语等字样时；“征求第三方意见后办理…”“转交…办理…”“协助办结…”不核对；“参与制发…”“协助作出…决定…”是别的机关的文件或决定，也不核对），“办结依申请公开事项N件”同“办结N件”。说到其他年份或一年中一部分的“均维持”“未被纠错”（“2023年发生行政复议3件，均获维持”“近两年…均维持”）不与本年表四核对。紧跟案件状态或结果的复议、诉讼数（“行政复议1件已审结，1件尚未审结”“行政诉讼1件被驳回”“1件行政诉讼案件被判决纠正”，前面没有“均”“全部”）是表四某一列的数字，不与总计核对。“办结N件”（也可在说申请的一句之后以分号相连：“共收到申请13件；办结13件”）可指表三（七）总计或“一、本年新收”减“四、结转下年度继续办理”（“13件申请中，已办结12件”这样说明是其中一部分的不核对）；“全部公开N件”即（一）予以公开；" \
           "“其中4件申请的内容予以公开”同“其中4件予以公开”；“未接到群众要求公开的信息”即没有申请；“向本机关提交政府信息公开申请N件”“群众提出信息公开申请N件”（“通过邮递、网站等途径提交…”说的是全部；“通过网站提交…”是一种渠道的，向其他机关提交的，不核对）“收到公开政府信息申请N件”“受理答复政府信息公开申请N件”“收到N条要求信息公开的申请”“收到依申请政府信息公开N件”“收到来自公民、法人或者其他组织的申请N件”“收到公民对依申请公开政府信息的申请N件”同“收到申请N件”；“未接获公民或法人的依申请公开诉求”即没有申请；镇、乡、街道自己的报告中“办理因政府信息公开引起的行政复议N件”是针对本机关的案件（镇、乡、街道不是复议机关），照常核对（其他机关的报告中，以及只说“办理涉及政府信息公开的行政复议”的，不核对）；“无信息公开举报、复议和诉讼等情形”即没有行政复议、行政诉讼；“收到政府信息公开的申请N条（历年累计M条）”“收到N条依申请公开政府信息”“办理政府信息公开申请N宗（结转下年度继续办理M宗）”同“收到申请N件”（括号中的历年累计数是另一个数字；括号中的结转下年度数照常与表三“四、结转下年度继续办理”核对；“受理群众网上申请政府信息公开申请N件”只是网上一种渠道的，不核对）；“没有收到公开申请”“没有收到公民、法人或其他组织申请公开政府信息的请求”“未收到依申请公开信件”“没有收到和处理依申请公开办理情况”即没有申请；“进入行政复议程序和行政诉讼程序均为0件”“无涉行政复议案件、行政诉讼案件”即没有行政复议、行政诉讼；“进入行政复议程序N件”“进入行政诉讼程序N件”同“行政复议N件”“行政诉讼N件”（“复议后进入行政诉讼程序…”是其中一组，不核对）；申请数之后说没有上年结转的分句（“2023年未转结政府信息公开申请”）同“上年结转1件”，是并列的一项，不影响其后的数字；“无行政规范性文件出台”“没有规范性文件制发情况”即本年制发0件；" \
           "说申请的一句中分句开头的“N件正在办理中”“尚有N件仍在处理中”即表三“四、结转下年度继续办理”（说复议、诉讼、来信等的，或说“目前”“截至目前”等年底之后某日的，不核对）；" \
           "申请数之后另起分句的“申请人均为自然人”“申请主体为自然人”“13件申请均由自然人提出”“全部为自然人申请”即表三法人或其他组织五列之和为0（其前有“其中”或办理结果的不核对）；" \
           "紧跟行政复议、行政诉讼件数的“正在审理中”“均尚未审结”即表四相应的“尚未审结”（“行政复议2件，1件正在审理中”只说其中一部分，“目前”“截至目前”所说的，不核对）；" \
           "“均已办结”“已全部办结”“所有申请均已按要求办理完成”“已全部处理完毕”即没有结转下年度的申请，表三“四、结转下年度继续办理”大于“二、上年结转”时视为矛盾（否则未办结的可能是上年结转的申请），" \
           "“均在法定期限内办结”“均在法定期限内办理完毕”说的是时限，不核对；“力争零申请”“明年实现行政诉讼零发生”等目标不核对；“行政复议零发生”“行政诉讼零发生”“无因政府信息公开申请行政复议的情况”“没有发生因政府信息公开而引起的行政复议”“无政府信息公开申请办理导致行政复议、提起行政诉讼的案件”即没有行政复议、行政诉讼，“无行政复议、行政诉讼事项”说的是两者：表四两者都有案件时报告一次，列出两者的单元格。按顺序列出的几项及其件数（“予以公开、部分公开、不予公开分别为5件、2件、1件”“被申请行政复议、被提起行政诉讼分别为…”“…依次为…”）逐项核对（项数与件数一致、说的是本年、列举前没有比较或部分的字样时；列举中的科研机构、社会公益组织、法律服务机构占其位置，其件数不核对：“申请人为自然人、商业企业、社会公益组织的分别为10件、2件、1件”只核对自然人和商业企业；表二的行政许可、行政处罚、行政强制须说是作出的决定：“行政处罚、行政强制处理决定数量分别为35件、2件”核对，“公示行政许可决定、行政处罚决定分别为…”不核对）；复议、诉讼的件数也可以“次”计（“行政复议3次”）；按表四的列名说的诉讼数（“未经复议直接起诉案件2件”“复议后提起行政诉讼1件”）与该列总计核对；写在分句开头、“结转下年度”之前的件数（“2件结转下年度继续办理”“余下2件转至2025年办理”）即表三“四、结转下年度继续办理”，“转下年度继续办理N件”“除N件顺延至下年度办理外”同“结转下年度继续办理N件”。一个数字只要等于其说法可能指的任一数字即视为一致：“收到申请N件”可指本年新收、" \
           "本年新收加上年结转或办理结果（七）总计（自己说是“新收”“新受理”“新接收”的只指本年新收：“新收申请25件，上年结转2件”）；“予以公开N件”可指（一）或（一）加（二）。说到结转、上年、累计的其他数字（这些词在它之前或在它所在的分句中；“全年累计”“本年度累计”“2024年，我局累计…”说的是本年，照常核对；其后分句中的“上年结转1件”不影响前面的数字；紧跟其后括号中的上年数字“（上年15件）”也不影响），" \
           "“其中”“代表”“本级”“部门”之后的部分数字（政府办公室自己的报告中，“县政府办公室收到申请15件”是本机关的数字），“全县”“全市”“本市”“我县”“各级”“各乡镇”“12个乡镇”“市级层面”等更大范围的数字（镇、乡、街道自己的报告中“全镇”“全乡”“全街道”是本机关的数字），“局机关”“下属”“县直部门”“各村（社区）”等本机关一部分的数字，经某一渠道收到的申请数（“通过网站收到申请5件”；前一分句中另有件数的网站“在区政府网站公开信息77条，收到申请1件”不使其后的申请数成为部分）（句首以这些范围为主语时，分号之后没有自己主语的分句也是它们的数字：“全县共受理申请12件…；无法提供6件”；句号之后紧接着说件数、没有自己的主语和年份的一句亦同：“全区共收到申请12件，其中予以公开9件。无法提供3件，…”），分句中以本机关以外的机关为主语的数字（县政府报告中的“县审计局收到申请5件”“隶属海关受理…”，局的报告中的“城关所收到…”；管理委员会自己的报告中的“高新区管委会”是本机关），列在新收申请数之后的结转数（“新收13件，上年结转1件，办结13件”“…，结转到2025年继续办理2件，行政复议3件”）不影响其后的数字，说到去年、近几年或一年中一部分（上半年、季度、1至6月）的数字，" \
           "说明原因或依据的分项（“因保护第三方合法权益不予公开1件”“依据《条例》第十四条不予公开1件”不与办理结果之和核对，原因即表三某一分项的与该分项核对；“因本机关不掌握等原因无法提供9件”说的是全部，照常核对），其后说明部分申请未纳入统计的申请数（“收到申请33件，其中20件属于信访举报投诉类，未纳入统计”；其后的申请数照常核对，其前的“其中”“窗口”不使它成为部分：“…未纳入统计，受理政府信息公开申请13件”），本机关作为复议机关或代为应诉办理的案件（“办理行政复议案件56件”），只涉及部分答复或某一类信息的复议、诉讼案件（“不予公开1件，申请人不服提起行政复议1件”“因征地信息公开引发行政复议1件、行政诉讼2件”“未发生因征地信息公开引起的行政复议和行政诉讼”“…区分处理的说理不够充分，引发行政复议1件”；“不予公开0件”之后的照常核对），与逾期未补正、撤回等其他结束方式并列的办结数（“按时办结10件，2件逾期未补正，1件申请人撤回”），以及上一句所公开文件按类别的列举中的规范性文件数（“共公开文件20份。民生类15份，规范性文件5份”），" \
           "同一分句或其后说明不涉及政府信息公开或与之无关的复议、诉讼数及其“均获维持”（“行政复议案件共10件（均不涉及政府信息公开），均获维持”），" \
           "紧接“除上述2件外”之后的数字和“未发生其他行政复议”“未发生除政府信息公开以外的行政复议”，其后分句另说与政府信息公开有关的件数时各类事项的诉讼总数（“行政诉讼3件，与政府信息公开有关的1件”中的3件），经单一渠道收到的申请数（“通过网络等渠道收到申请10件”），" \
           "括号中说明包含其他机关文件的件数（“现行有效行政规范性文件30件（含县政府文件）”）" \
           "和政务服务等其他申请，以及同一句中同类数字出现两个不同值的分项列举都不核对；" \
           "其后以“其中政府信息公开申请…”列出一部分的“收到各类申请30件”，经某一网站、平台、热线收到的申请（“通过省政务服务网收到…”），" \
           "其后说明均为其他类别的复议、诉讼（“均为征地拆迁类”“均系…纠纷”），点名某一当事人的复议、诉讼（“申请人张某…申请行政复议1件”）也不核对。" \
           "第三部分中未写“申请”二字的办理结果（“其中予以公开5件，部分公开1件”）、“自然人、法人或其他组织分别为…”、“申请量为…”、" \
           "“未经复议直接起诉的行政诉讼2件”、“制发各类文件56件，其中行政规范性文件3件”、“未作出行政强制决定”“无行政处罚决定”、" \
           "“行政复议、行政诉讼情况：无”照常核对。" \
           "“均获维持”而表四相应组有结果纠正或尚未审结的案件，“均未被纠错”“纠错率为零”“未发生被纠错的行政诉讼案件”而表四所说的组（行政复议、行政诉讼，在其前或紧跟其后说出）有结果纠正的案件，也视为矛盾；“未发生被纠错的行政诉讼案件”说的是没有被纠错的案件，不是没有行政诉讼。未填写数字的单元格，只有在表内勾稽关系可知其为0时（如“（七）总计”已等于各项已填数字之和，其余空白单元格只能为0）按0核对；各项都已填写而总计空白的（如“（一）予以公开”一行只空着总计），按各项之和核对；消息中都注明；表内勾稽关系不成立或有“/”“—”等占位符时不作这些推断，总计已填而某一项空白的也不由总计反推该项；否则依赖它的说法不核对。表格没有数字时，检查同一段落是否自相矛盾" \
           "（称收到申请N件，又称办结0件且无结转）。"
    why = "正文与表格自相矛盾属于“发布内容不准确”，读者无法判断哪个数字是真的。"
    basis = "《条例》第四十七条、第五十条；国办公开办函〔2021〕30号。"
    example = "总体情况写“全年受理政府信息公开申请15件”，表三“一、本年新收”总计为13，加上年结转为14，（七）总计为13。"
    fix = "核对原始台账，使正文与表格一致。"

    def check(self, ctx):
        readings = _available(ctx.bound)  # (their values are summed for a claim of their kind only)
        t4 = ctx.bound.tables.get("表四")
        # (表四 read: "均获维持" is checked against each cell filled in, whatever else is blank — its 总计 too: a blank
        # 行政复议·总计 beside an explicit 尚未审结 = 1 still contradicts it)
        upheld = _table_ok(t4)
        seen = set()
        search = _word_search(tuple(readings), upheld)
        plan = _claim_plan(readings)
        reasons = _reason_search(ctx.bound.tables.get("表三"))
        options_of = {}
        year = ctx.bound.facts.year
        agency = ctx.bound.facts.agency or ctx.bound.facts.signer
        closed = _closing_line(ctx.bound)
        for section in ctx.bound.sections:
            where = None  # (zh, en), made for a finding only
            paragraphs = list(runs(section.paragraphs))  # (lines hard-wrapped mid-sentence read as one)
            if closed is not None:
                paragraphs = [p for p in paragraphs if p.span.line <= closed]
            # (the section on applications, 三, by its title: its results are the applications' unnamed)
            about_applications = in_section = section.spec is not None and "申请" in section.spec.title
            for i, p in enumerate(paragraphs):
                if getattr(p, "kind", "text") == "subheading":
                    # (so are the lines under a sub-heading on applications, "（二）依申请公开" /
                    # "2.办理结果。予以公开8件…", till the next sub-heading)
                    about_applications = in_section or "申请" in p.text
                if not search(p.text):
                    continue  # no word any claim needs
                text = _as_read(p.text)
                # a line that stops mid-sentence but looks like a sub-heading ("（五）监督保障：无行政诉讼")
                # is kept apart from the next ("被纠错情况。"), which may still say what its claim is about
                tail = _as_read(paragraphs[i + 1].text) if i + 1 < len(paragraphs) and ends_mid_sentence(p.text) else ""
                for start, end in _sentences(text):
                    if not search(text, start, end):
                        continue  # no word any claim (or 维持) needs
                    if _wider_subject_carried(text, start):
                        continue  # "全县共受理…；无法提供6件": the wider body's figures, not the table's
                    reported = []  # the words of this sentence already reported
                    claims = _claims_in(text, start, end, readings, plan, reasons, year, tail, agency,
                                        about_applications)
                    # a count of cases split by result right after it: each result, 表四's column
                    # (read when the count agrees with 表四's total: a count that does not is the statement's finding)
                    claims += [r for kind, m, claimed in claims if kind in ("review", "litigation", "direct", "after")
                               and claimed > 0 and m.lastindex
                               and any(Decimal(claimed) == o.value for o in _readings(readings[kind]))
                               for r in _t4_results(text, m.end(), end, kind) if r[0] in readings]
                    for kind, m, claimed in claims + _listed_claims(text, start, end, readings, year, about_applications):
                        options = options_of.get(kind)
                        if options is None:
                            options = options_of[kind] = _readings(readings[kind]) + (
                                _new_not_carried(readings) if kind == "done" else []) if kind != "new" else \
                                _readings(readings["applications"])[:1]  # (表三's 一、本年新收 alone)
                        if any(Decimal(claimed) == r.value for r in options):
                            continue
                        if kind == "alldone" and _all_done_unsure(readings, options):
                            continue
                        family = "normative" if kind.startswith("normative") else kind
                        if (family, p.span.start) in seen:
                            continue
                        joint = next((r for r in reported if m.start() < r[1] and r[0] < m.end()), None)
                        if joint is not None:
                            # "未发生行政复议和行政诉讼", "行政复议、行政诉讼均为0": one statement, one finding (which
                            # names each kind of case it contradicts)
                            if kind in _CASES and joint[2][0][0] in _CASES and kind not in (k for k, *_ in joint[2]):
                                joint[2].append((kind, m, claimed, options))
                            continue
                        reported.append((m.start(), m.end(), [(kind, m, claimed, options)]))
                        seen.add((family, p.span.start))
                    for _, _, joined in reported:
                        where = where or _where(ctx, section)
                        yield self._mismatch(ctx, p, text, joined, *where)
                    if upheld and "维持" in text[start:end]:
                        where = where or _where(ctx, section)
                        yield from self._upheld(ctx, p, text, start, end, t4, *where, seen)
                    if upheld and "纠" in text[start:end]:
                        where = where or _where(ctx, section)
                        yield from self._uncorrected(ctx, p, text, start, end, t4, *where, seen)
                if "applications" not in readings and "申请" in text:
                    where = where or _where(ctx, section)
                    yield from self._self_contradiction(ctx, p, text, *where)

    def _mismatch(self, ctx, p, text, joined, where_zh, where_en):
        """The finding of one statement's claims ``joined`` ((kind, match, value, readings), the first the statement's
        own; more than one when one statement says two kinds of case, each contradicted)."""
        if len(joined) == 1:
            return self._mismatch_one(ctx, p, text, *joined[0], where_zh, where_en)
        start, end = min(m.start() for _, m, _, _ in joined), max(m.end() for _, m, _, _ in joined)
        words = _orig(p, text, start, end)
        said_zh = "；".join(f"{_NAMES[k][0]} {v}" for k, _, v, _ in joined)
        said_en = "; ".join(f"{_NAMES[k][1]}: {v}" for k, _, v, _ in joined)
        tried_zh = "；".join(self._tried(o)[0] for _, _, _, o in joined)
        tried_en = "; ".join(self._tried(o)[1] for _, _, _, o in joined)
        firsts = [o[0] for _, _, _, o in joined]
        related = [Related(r.zh, c.span, ctx.cell_location(c)) for r in firsts for c in r.cells]
        return ctx.diag(
            self, _span(p, text, start, end),
            f"{where_zh}正文“{words}”（{said_zh}）与表四不一致：{tried_zh}",
            f"{where_en}the text “{words}” ({said_en}) contradicts 表四: {tried_en}",
            location=ctx.cell_location(firsts[0].cells[0]), related=related,
            data={"found": {_NAMES[k][0]: v for k, _, v, _ in joined},
                  "expected": {r.zh: str(r.value) for r in firsts}})

    @staticmethod
    def _tried(options):
        """(zh, en): the readings of a claim and their values, as a message names them."""
        blank_zh, blank_en = [], []
        for r in options:
            blanks = [c for c in r.cells if c.state == BLANK_CELL]
            worked_out = any(c.value for c in blanks)
            blank_zh.append((_WORKED_OUT_ZH if worked_out else _BLANK_ZH) if blanks else "")
            blank_en.append((_WORKED_OUT_EN if worked_out else _BLANK_EN) if blanks else "")
        if len(options) == 1:
            return (f"{options[0].zh} = {options[0].value}{blank_zh[0]}",
                    f"{options[0].en} = {options[0].value}{blank_en[0]}")
        return ("按其可能的含义核对均不相符：" + "；".join(f"{r.zh} = {r.value}{b}" for r, b in zip(options, blank_zh)),
                "it matches none of its readings: " + "; ".join(f"{r.en} = {r.value}{b}" for r, b in zip(options, blank_en)))

    def _mismatch_one(self, ctx, p, text, kind, m, claimed, options, where_zh, where_en):
        if kind in _NAMES:
            zh, en = _NAMES[kind]
        else:  # (a reason's row: its label and its group's, as the format names them)
            row = next(r for r in ctx.bound.tables["表三"].spec.rows if r.key == kind)
            group = next(g for g in ctx.bound.tables["表三"].spec.groups if g.key == row.group)
            zh, en = f"{row.label.text}（{group.label.text}）", _REASON_EN[kind]
        table = options[0].zh[:2]
        # (a reading with a blank cell the table's arithmetic gives says so: :func:`inferred_blanks`)
        tried_zh, tried_en = self._tried(options)
        first = options[0]
        end = m.end()
        if text.count("(", m.start(), end) > text.count(")", m.start(), end) and text.startswith(")", end):
            end += 1  # the figure in brackets, quoted with its closing one: "行政复议（3件）"
        words = _orig(p, text, m.start(), end)
        # the cells of the first (the most literal) reading; the others are named in the message
        related = [Related(first.zh, c.span, ctx.cell_location(c)) for c in first.cells]
        return ctx.diag(
            self, _span(p, text, m.start(), end),
            f"{where_zh}正文“{words}”（{zh} {claimed}）与{table}不一致：{tried_zh}",
            f"{where_en}the text “{words}” ({en}: {claimed}) contradicts {table}: {tried_en}",
            location=ctx.cell_location(first.cells[0]), related=related,
            data={"found": claimed, "expected": str(first.value)})

    def _upheld(self, ctx, p, text, start, end, t4, where_zh, where_en, seen):  # noqa: C901
        sentence = text[start:end]
        if any(w in sentence for w in _RESPECTIVELY):  # ("行政复议、行政诉讼分别为2件、1件，均获维持": the cases listed)
            sentence = _LIST.sub("", sentence)
        if any(g in sentence for g in _GUARDS + _UPHELD_GUARDS) or _cases_outside(sentence):
            return  # (…"（均不涉及政府信息公开），均获维持": other matters' cases)
        quoted = _orig(p, text, start, end).strip()
        year = ctx.bound.facts.year
        for m in UPHELD.finditer(text, start, end):
            if any(x in text[start:m.start()] for x in _PART):
                continue
            if _other_year(text[start:m.start()], year) or _part_of_year(text[start:m.start()]):
                continue  # "2023年行政复议3件均维持", "近两年…", "上半年…": another period's cases
            # the groups the claim is about: those named in its own clause ("未发生行政诉讼，行政复议
            # 2件均维持" is about 行政复议 only), else in the sentence before it ("行政复议2件，均获维持，
            # 行政诉讼1件被纠错": the reviews)
            one = m.group("one") is not None  # (the one case's: its count's clause is the claim's)
            cut = max(text.rfind(c, start, m.start()) for c in "，,、；;")
            clause = text[cut + 1 if cut >= start else start:m.end()]
            groups = _upheld_groups(clause) or (() if one else _upheld_groups(text[start:m.end()]))  # (before it, not after)
            if not groups or _LEVEL.search(clause):
                continue
            bad = []
            for g, label in groups:
                for col, col_label in (("corrected", "结果纠正"), ("pending", "尚未审结")):
                    c = t4.cell("data", f"{g}_{col}")
                    if c is not None and c.ok and c.value > 0:
                        bad.append((f"{label}·{col_label}", c))
                    # (a cell not filled in cannot tell, the others still do: "均获维持" with 尚未审结 = 2 beside a
                    # blank 结果纠正 is a contradiction all the same)
            if not bad or ("upheld", p.span.start) in seen:
                return
            seen.add(("upheld", p.span.start))
            yield self._against_t4(ctx, p, text, m, bad,
                                   (f"{where_zh}正文称“{quoted}”（全部维持），但表四 ", "（结果纠正和尚未审结应为0）"),
                                   (f"{where_en}the text says every case was upheld (“{quoted}”), but 表四 has ",
                                    " (expected 0 corrected and 0 pending)"))
            return

    def _uncorrected(self, ctx, p, text, start, end, t4, where_zh, where_en, seen):
        """"行政诉讼1件，未被纠错" against 表四 with a case 结果纠正 in the groups the sentence names."""
        sentence = text[start:end]
        if any(w in sentence for w in _RESPECTIVELY):  # ("行政复议、行政诉讼分别为2件、1件，均未被纠错": the cases listed)
            sentence = _LIST.sub("", sentence)
        if any(g in sentence for g in _GUARDS + _UPHELD_GUARDS) or ("uncorrected", p.span.start) in seen \
                or _cases_outside(sentence):
            return
        year = ctx.bound.facts.year
        for m in UNCORRECTED.finditer(text, start, end):
            if any(x in text[start:m.start()] for x in _PART) or _HANDLING.search(text, start, m.start()):
                continue  # a part, or cases the agency handles as the review body
            if _other_year(text[start:m.start()], year) or _part_of_year(text[start:m.start()]):
                continue  # "2023年行政诉讼1件，未被纠错": another period's cases
            cut = max(text.rfind(c, start, m.start()) for c in "，,、；;")
            clause = text[cut + 1 if cut >= start else start:m.end()]
            # the kinds its own clause names, else those named before it ("行政复议2件，均未被纠错，
            # 行政诉讼1件被纠错": the reviews only), else those named right after it in its clause ("未发生被纠错的
            # 行政诉讼案件")
            groups = _upheld_groups(clause) or _upheld_groups(text[start:m.end()]) or _upheld_groups(
                _KIND_AFTER.match(text, m.end(), end).group(0))
            if not groups:
                continue  # "未发生被纠错情况" naming no kind of case: cannot tell which
            bad = []
            for g, label in groups:
                c = t4.cell("data", f"{g}_corrected")
                if c is None or not c.ok:
                    return  # a group not filled in: cannot tell
                if c.value > 0:
                    bad.append((f"{label}·结果纠正", c))
            if not bad:
                continue
            seen.add(("uncorrected", p.span.start))
            quoted = _orig(p, text, start, end).strip()
            yield self._against_t4(ctx, p, text, m, bad,
                                   (f"{where_zh}正文称“{quoted}”（没有被纠错的案件），但表四 ", "（应为0）"),
                                   (f"{where_en}the text says no case was decided against the agency (“{quoted}”), "
                                    "but 表四 has ", " (expected 0)"))
            return

    def _against_t4(self, ctx, p, text, m, bad, zh, en):
        """The finding of a claim ``m`` that 表四's cells ``bad`` ((label, cell), each should be 0)
        contradict; ``zh``/``en``: the message before and after the cells found."""
        found = "、".join(f"{label} = {c.value}" for label, c in bad)
        return ctx.diag(self, _span(p, text, m.start(), m.end()), zh[0] + found + zh[1], en[0] + found + en[1],
                        location=ctx.cell_location(bad[0][1]),
                        related=[Related(f"表四 {label}", c.span, ctx.cell_location(c)) for label, c in bad],
                        data={"found": {label: str(c.value) for label, c in bad}, "expected": "0"})

    #: (not "继续办理0件": what is carried over, "结转下年度继续办理0件", is no figure of the handled)
    _HANDLED_NONE = lazy(r"(?:办结|答复|(?<!继续)办理)(?:了)?(?:申请)?\s*(?:0|零)\s*件|(?<![无有])(?:均|全部)(?:未|没有)(?:办结|答复)")
    _CARRIED_NONE = lazy(r"(?:无|没有|未有)(?:申请)?结转|结转(?:下年度?)?(?:继续办理)?(?:申请)?\s*(?:0|零)\s*件")
    #: the applications brought over from last year, told with this year's ("收到申请1件，上年结转0件，办结0件"): the
    #: year's row 二, no other period's figure (the sentence is read; these words are none of its claims)
    _CARRIED_IN = lazy(r"(?:上一?年度?|去年)结转(?:的)?(?:政府信息公开)?(?:申请)?(?:数量)?\s*(?:为)?\s*(?:\d+|[零〇一二两三四五六七八九十]+)\s*件")

    def _self_contradiction(self, ctx, p, text, where_zh, where_en):
        """Without 表三 figures: a paragraph that says N applications were received and, plainly,
        that none was handled and none carried over, or that states two different totals."""
        claims = []
        for start, end in _sentences(text):
            brought = [(c.start(), c.end()) for c in self._CARRIED_IN.finditer(text, start, end)]
            sentence = text[start:end]
            for a, b in brought:  # (last year's carried over is this year's row 二: the sentence is this year's)
                sentence = sentence[:a - start] + "＿" * (b - a) + sentence[b - start:]
            if any(g in sentence for g in ("上年", "上一年", "去年", "前年", "往年", "累计", "历年", "以来", "含")) \
                    or _other_year(sentence, ctx.bound.facts.year) or _part_of_year(sentence):
                continue  # another period's figure
            for claim in CLAIMS:
                if claim.kind != "applications" or (claim.also and not all(w in sentence for w in claim.also)):
                    continue
                for m in claim.pattern.finditer(text, start, end):
                    if any(a < m.end() and m.start() < b for a, b in brought):
                        continue  # (the carried over, no claim of the received)
                    if any(x in text[start:m.start()] for x in _PART) or _applicants(m.group(0)) != "applications":
                        continue  # (a part; the organisations' applications, "未收到法人或其他组织的申请": not all)
                    value = cn_value(m.group(claim.group)) if claim.group else 0
                    if value is not None:
                        claims.append((m, value))
        if not claims:
            return
        values = sorted({v for _, v in claims})
        if len(values) > 1 and 0 in values:
            m0 = next(m for m, v in claims if v == 0)
            mn = next(m for m, v in claims if v != 0)
            w0, wn = _orig(p, text, m0.start(), m0.end()), _orig(p, text, mn.start(), mn.end())
            yield ctx.diag(self, _span(p, text, mn.start(), mn.end()),
                           f"{where_zh}同一段落自相矛盾：既称“{wn}”，又称“{w0}”",
                           f"{where_en}the paragraph contradicts itself: “{wn}” and “{w0}”",
                           data={"found": [wn, w0]})
            return
        received = [(m, v) for m, v in claims if v > 0]
        # (not last year's carried over, "上年结转0件": this year's row 二, :data:`_CARRIED_IN`)
        brought = [(c.start(), c.end()) for c in self._CARRIED_IN.finditer(text)]
        carried = next((c for c in self._CARRIED_NONE.finditer(text)
                        if not any(a < c.end() and c.start() < b for a, b in brought)), None)
        # (the words of the carried over are not read again as the handled)
        handled = next((h for h in self._HANDLED_NONE.finditer(text)
                        if carried is None or not (carried.start() < h.end() and h.start() < carried.end())), None)
        if received and handled and carried:
            m, v = received[0]
            words = _orig(p, text, m.start(), m.end())
            hw = _orig(p, text, handled.start(), handled.end())
            cw = _orig(p, text, carried.start(), carried.end())
            yield ctx.diag(self, _span(p, text, m.start(), m.end()),
                           f"{where_zh}同一段落自相矛盾：称“{words}”，又称“{hw}”且“{cw}”"
                           f"（收到的申请应等于办结的加结转的）",
                           f"{where_en}the paragraph contradicts itself: “{words}”, yet “{hw}” "
                           f"and “{cw}” (received = handled + carried over)",
                           data={"found": v, "expected": "handled + carried over"})


@hookimpl
def govlint_rules():
    return [NarrativeMismatch, PartsOfAWhole]  # (N602 is read by its own module)
