"""国办公开办函〔2021〕30号: the format for reports on 2021 and later years."""
from __future__ import annotations

from .spec import (
    ColumnSpec, FormatSpec, GroupSpec, Label, Relation, RowSpec, SectionSpec, TableSpec, Term,
)

SECTIONS = (
    SectionSpec(1, "总体情况"),
    SectionSpec(2, "主动公开政府信息情况"),
    SectionSpec(3, "收到和处理政府信息公开申请情况"),
    SectionSpec(4, "政府信息公开行政复议、行政诉讼情况", (
        "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "政府信息公开行政复议和行政诉讼情况",
        "政府信息公开行政复议、行政诉讼情况",
    )),
    SectionSpec(5, "存在的主要问题及改进情况", (
        "存在的主要问题及下一步计划",
        "存在问题及改进情况",
        "存在的主要问题和改进措施",
        "存在的主要问题及改进措施",
        "存在的主要问题和改进情况",
    )),
    SectionSpec(6, "其他需要报告的事项"),
)


def _col(key: str, text: str, *aliases: str, outdated: tuple = ()) -> ColumnSpec:
    return ColumnSpec(key, Label(text, tuple(aliases), tuple(outdated)))


# 表二: four blocks, each with its own columns.
_DOCS = (
    _col("made", "本年制发件数", "本年新制发件数", outdated=("本年新制作数量",)),
    _col("repealed", "本年废止件数"),
    _col("valid", "现行有效件数"),
)
_DECISIONS = (_col("decisions", "本年处理决定数量", "本年处理决定数", outdated=("处理决定数量",)),)
_FEES = (_col("amount", "本年收费金额（单位：万元）", "本年收费金额", "本年收费金额（万元）")._replace(
    kind="money", unit="万元"),)

TABLE2 = TableSpec(
    key="表二",
    title="主动公开政府信息情况",
    section=2,
    layout="blocks",
    columns=_DOCS,
    markers=("第二十条第", "信息内容"),
    rows=(
        RowSpec("rules", Label("规章", outdated=("部门规章", "政府规章", "地方政府规章")), prefix="", columns=_DOCS),
        RowSpec("normative", Label("行政规范性文件", outdated=("规范性文件",)), columns=_DOCS),
        RowSpec("licensing", Label("行政许可"), columns=_DECISIONS),
        RowSpec("penalty", Label("行政处罚"), columns=_DECISIONS),
        RowSpec("enforcement", Label("行政强制"), columns=_DECISIONS),
        RowSpec("fees", Label("行政事业性收费"), kind="money", columns=_FEES),
    ),
)

# 表三: 7 applicant columns by 25 rows.
T3_COLUMNS = (
    _col("natural", "自然人", "自然人申请"),
    _col("business", "商业企业"),
    _col("research", "科研机构"),
    _col("public_interest", "社会公益组织", outdated=("社会组织", "公益组织")),
    _col("legal", "法律服务机构"),
    _col("other", "其他"),
    _col("total", "总计", "合计"),
)


def _r(key, text, prefix, group=None, *aliases, outdated=()):
    return RowSpec(key, Label(text, tuple(aliases), tuple(outdated)), group=group, prefix=prefix)


#: (a row's aliases include the short forms a narrow column's template prints: 本年新收, 上年结转,
#: 结转下年度, （二）部分公开（区分处理的）, （六）1 and 2 without their second clause)
T3_ROWS = (
    _r("new", "本年新收政府信息公开申请数量", "一、", None, "本年新收申请数量", "本年新收申请", "本年新收政府信息公开申请",
       "本年新收"),
    _r("carry", "上年结转政府信息公开申请数量", "二、", None, "上年结转申请数量", "上年结转申请", "上年结转政府信息公开申请",
       "上年结转"),
    _r("open", "予以公开", "（一）", "result"),
    _r("partial", "部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）", "result", "部分公开",
       "部分公开（区分处理的）"),
    _r("deny_1", "属于国家秘密", "1.", "deny"),
    _r("deny_2", "其他法律行政法规禁止公开", "2.", "deny", "其他法律、行政法规禁止公开"),
    _r("deny_3", "危及“三安全一稳定”", "3.", "deny", "危及三安全一稳定", '危及"三安全一稳定"', "危及三安全"),
    _r("deny_4", "保护第三方合法权益", "4.", "deny"),
    _r("deny_5", "属于三类内部事务信息", "5.", "deny"),
    _r("deny_6", "属于四类过程性信息", "6.", "deny"),
    _r("deny_7", "属于行政执法案卷", "7.", "deny"),
    _r("deny_8", "属于行政查询事项", "8.", "deny"),
    _r("unable_1", "本机关不掌握相关政府信息", "1.", "unable"),
    _r("unable_2", "没有现成信息需要另行制作", "2.", "unable"),
    _r("unable_3", "补正后申请内容仍不明确", "3.", "unable"),
    _r("noproc_1", "信访举报投诉类申请", "1.", "noproc"),
    _r("noproc_2", "重复申请", "2.", "noproc"),
    _r("noproc_3", "要求提供公开出版物", "3.", "noproc"),
    _r("noproc_4", "无正当理由大量反复申请", "4.", "noproc"),
    _r("noproc_5", "要求行政机关确认或重新出具已获取信息", "5.", "noproc"),
    _r("other_1", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1.", "other", "申请人无正当理由逾期不补正"),
    _r("other_2", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2.", "other",
       "申请人逾期未按收费通知要求缴纳费用"),
    _r("other_3", "其他", "3.", "other"),
    _r("total", "总计", "（七）", "result", "合计"),
    _r("next", "结转下年度继续办理", "四、", None, "结转下年度", "结转下年度继续办理申请"),
)

T3_GROUPS = (
    GroupSpec("result", Label("本年度办理结果"), "三、"),
    GroupSpec("deny", Label("不予公开"), "（三）"),
    GroupSpec("unable", Label("无法提供"), "（四）"),
    GroupSpec("noproc", Label("不予处理"), "（五）"),
    GroupSpec("other", Label("其他处理", outdated=("其他",)), "（六）"),
)

TABLE3 = TableSpec(
    key="表三",
    title="收到和处理政府信息公开申请情况",
    section=3,
    layout="matrix",
    columns=T3_COLUMNS,
    rows=T3_ROWS,
    groups=T3_GROUPS,
    markers=("申请人情况", "勾稽关系"),
)

# 表四: one row of 15 numbers in three groups.
_RESULTS = (("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"),
            ("pending", "尚未审结"), ("total", "总计"))
_GROUPS4 = (("review", "行政复议"), ("direct", "未经复议直接起诉"), ("after", "复议后起诉"))
#: the groups' names in English messages (the keys are no words for a reader)
_GROUPS4_EN = {"review": "administrative review", "direct": "direct lawsuit",
               "after": "lawsuit after review"}

TABLE4 = TableSpec(
    key="表四",
    title="政府信息公开行政复议、行政诉讼情况",
    section=4,
    layout="single_row",
    columns=tuple(
        ColumnSpec(f"{g}_{r}", Label(f"{gl}·{rl}"))
        for g, gl in _GROUPS4 for r, rl in _RESULTS
    ),
    rows=(RowSpec("data", Label("")),),
    markers=("行政复议", "行政诉讼"),
)

_T3_RESULT_ITEMS = tuple(
    f"{r.key}.*" for r in T3_ROWS if r.group in {"result", "deny", "unable", "noproc", "other"}
    and r.key != "total"
)

RELATIONS = (
    Relation("t3-balance", "A301", "表三", ("new.*", "carry.*"), ("total.*", "next.*"),
             over="columns", text="一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理",
             text_en="new + carried over = total handled + carried forward"),
    Relation("t3-results", "A302", "表三", ("total.*",), _T3_RESULT_ITEMS, over="columns",
             text="（七）总计 = （一）至（六）各项之和",
             text_en="total = sum of all result rows"),
    Relation("t3-applicants", "A303", "表三", ("*.total",),
             tuple(f"*.{c.key}" for c in T3_COLUMNS if c.key != "total"), over="rows",
             text="总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
             text_en="total = sum of the six applicant columns"),
) + tuple(
    Relation(f"t4-{g}", "A304", "表四", (f"data.{g}_total",),
             tuple(f"data.{g}_{r}" for r, _ in _RESULTS if r != "total"),
             text=f"{gl}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
             text_en=f"{_GROUPS4_EN[g]}: total = upheld + corrected + other + pending",
             label=gl, label_en=_GROUPS4_EN[g])
    for g, gl in _GROUPS4
) + (
    # not an identity (a document also lapses when it expires), so a bound, reported as a warning
    Relation("t2-in-force", "A305", "表二", ("*.valid",), ("*.made", Term("*.repealed", -1)),
             over="rows", keys=("rules", "normative"), op=">=", official_columns=True,
             text="现行有效件数 ≥ 本年制发件数 − 本年废止件数",
             text_en="in force ≥ issued this year − repealed this year"),
)

FORMAT = FormatSpec(
    id="2021",
    name="国办公开办函〔2021〕30号",
    first_year=2021,
    last_year=None,
    sections=SECTIONS,
    tables=(TABLE2, TABLE3, TABLE4),
    relations=RELATIONS,
    fee_statement_required=True,
)
