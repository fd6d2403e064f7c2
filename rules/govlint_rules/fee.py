"""F: the statement on 信息处理费 that section 六 must carry (2021 format).

Agencies word it in many ways: "本年度未收取信息处理费", "未发生收费情况", "未收取任何费用",
"不存在收费情况", "没有产生信息处理费", "信息处理费0元", "无收费", "共收取信息处理费120元". A
statement of what was charged counts; a sentence that only names the fee ("…不属于信息处理费",
"信息处理费相关规定已在网站公布", "严格执行《…信息处理费管理办法》") does not, unless the next sentence
answers it ("信息处理费收取情况" / "无。", "如需收取信息处理费…。本年度未收取。"). The statement belongs in section 六,
but a mis-numbered report carries it elsewhere ("七、其他需要报告的事项", or the last section whatever
its number): every section that plausibly plays the role of 六 is read before F401 speaks.
"""
from __future__ import annotations

import re
from decimal import Decimal

from govlint.plugin import Location, Paragraph, Related, Rule, enumerators, hookimpl, nfkc, lazy, numeral_value
from .prose import closes, own_tables, runs, sub_span
from .sections import merged_into

#: the 2021 format's prompt for 六, left in the report ("（文字描述，收取信息处理费情况在此处报告。）", "（收取信息处理费
#: 情况在此处报告）", the format's own words "各行政机关依据《…》收取信息处理费的情况，在此处专门报告"): an instruction to
#: the author, no statement of what was charged (the sentence after it may be: "本年度未收取信息处理费。")
_PROMPT = (r"(?:文字描述\s*[，,、]\s*)?(?:各行政机关依据\s*(?:《[^》]{0,60}》)?\s*)?[^。；;（()）\n]{0,12}?(?:处理费|收费)"
           r"[^。；;（()）\n]{0,8}?[，,]?\s*在此处?\s*(?:专门|单独)?\s*报告")
#: book titles, 行政事业性收费 (a 表二 item, not the 信息处理费) and 表三's row "申请人逾期未按收费通知要求
#: 缴纳费用…" (its label, or a piece of it, alone on a line when a row wraps) say nothing on the fee
#: (nor do the agency's funds, "政务公开工作经费", nor a toll station, "收费站"); nor does 表二's column
#: head "本年收费金额（单位：万元）" (the sums of 行政事业性收费), a head row read as a line of prose when a
#: borderless table's head is not told from the text around it ("信息内容本年收费金额（单位：万元）", its words
#: wrapped in their cells: "信息内本年收费金额（单容位：万元）"): under 信息内容 or before its unit, as the format
#: prints it; "本年收费金额为0元" standing alone is read. Nor does a fee named by what it pays for, the
#: agency's business and not information applied for ("本年度收取的不动产登记费已上缴财政", a school's
#: 学费、住宿费, a hospital's 挂号费): the costs of giving information (复印费、邮寄费) are not among them
_NOISE = lazy(r"《[^》]{0,60}》|<[^>]{0,60}>|〈[^〉]{0,60}〉|行政事业性收费|逾期未按收费(?:通知)?(?:要求)?(?:缴纳费用)?"
              r"|经费|收费站|收费公路"
              r"|(?:(?:不动产)?登记费|物业(?:服务)?费|停车费|水费|电费|燃气费|供暖费|取暖费|暖气费|学费|住宿费|保教费|伙食费"
              r"|诊疗费|挂号费|医药费|医疗费|通行费|会费|培训费|考试费|报名费)(?!用)"
              r"|(?<=信息内)(?:容\s*)?本年收费金额|本年收费金额(?=\s*[（(]\s*单)"
              r"|" + _PROMPT)
#: a sentence about the fee: names 信息处理费, or says fees were (not) charged or collected
FEE = lazy(r"处理费|收费|(?:收取|收缴|征收|收到|产生)[^。；;]{0,10}?费|免费|费用|无偿(?=提供|办理|公开|答复)")
#: a negation of charging, not of something else: "…不属于信息处理费" (what a cost is not), "不得收取"
#: (a rule) say nothing on what was charged this year
_NEG_WORD = r"(?:未|没有|没|无|不存在|不涉及|不|免|零|均未|尚未|并未|从未|暂未)(?!属于|是|得|应|能|可|宜|包括|同于|适用|超过)"
_NEG = lazy(
    # (within its clause: "部分学校收费公示未同步报局备案，…将学校收费公示…" negates no charging)
    _NEG_WORD + r"[^。；;，,]{0,20}?(?:处理费|费用|收费|收取|缴费)"
    r"|(?:处理费|费用|收费|收取)[^。；;\d]{0,14}?(?:为?\s*[0零〇]\s*(?:元|万元)?(?![\d.])|为零|均为0|为空|无)"
    r"|零收费|免费|免收"
    # "均为无偿提供": given free of charge
    r"|无偿(?=提供|办理|公开|答复)"
    # "是否收取信息处理费：否", "信息处理费收取：否": a form's question answered no
    r"|(?:处理费|费用|收费|收取)[^。；;\d]{0,14}?[:：]\s*否"
    r"|是否[^。；;]{0,20}?(?:收取|收费|缴费|处理费|费用)[^。；;]{0,10}?[:：\s]\s*(?:否|无|没有|未收取)"
    # "…减免申请1件，均予以减免": every fee waived
    r"|(?:予以|均予|均已|全部|一律|均)(?:减免|免除|免收)"
    # "信息处理费收取情况：本年度未发生": the fee named, then none at the end
    r"|(?:处理费|费用|收费|收取)[^。；;\d]{0,16}?(?:(?:未|没有|尚未|暂未|并未)(?:发生|产生|涉及|收取)|没有)\s*[.。]?$"
    # "信息处理费收取情况：不涉及", "…情况 不适用": the topic answered, not applicable (none charged)
    r"|(?:处理费|费用|收费|收取)[^。；;\d]{0,16}?(?:情况|情形|[:：\s])\s*(?:不涉及|不适用)\s*[.。]?$")
#: (收到 an application for the fee's waiver is no fee received: "收到信息处理费减免申请1件")
_COLLECT = lazy(r"(?:收取|收缴|征收|收到(?![^。；;，,]{0,12}申请)|共收|收费)")
_AMOUNT = lazy(r"(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)\s*(万元|元)")
#: a sum with its unit in brackets after it, as a form's cell writes it: "信息处理费收取情况：0.00（元）"
_AMOUNT_BRACKETED = lazy(r"(?<![\d.])(\d+(?:\.\d+)?)\s*[(（]\s*(万元|元)\s*[)）]")


#: the unit in a small table's head ("金额（元）", "收取信息处理费（元）", "（单位：万元）") and the bare numbers
#: after it, sums in that unit ("信息处理费 | 200"); not a date's or a count's
_UNIT_HEAD = lazy(r"[(（]\s*(?:单位\s*[:：]\s*)?(万元|元)\s*[)）]")
_BARE = lazy(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.]|\s*(?:万元|元|年|月|日|号|件|笔|次|条|个|项|人|%|％))")


def _amounts(s: str):
    """(value in Arabic digits, unit) of each sum of money in ``s``: 200元, 0.02万元, 二百元, 贰佰元; or,
    with none written so, the bare numbers after a unit in brackets ("金额（元） 信息处理费 200")."""
    out = []
    for value, unit in _AMOUNT.findall(s) + _AMOUNT_BRACKETED.findall(s):
        if not value[0].isdigit():
            n = numeral_value(value)  # (capitals too: 贰佰 is 200)
            if n is None:
                continue
            value = str(n)
        out.append((value, unit))
    if not out and "元" in s:
        head = _UNIT_HEAD.search(s)
        if head is not None:
            out = [(value, head.group(1)) for value in _BARE.findall(s, head.end())]
    return out


#: a condition written as a clause of its own ending in 的, with no time in it ("收取信息处理费的，按规定
#: 执行": those charged for, whenever), not a fee charged ("本年度收取信息处理费的，共2件" is)
_IF_CHARGED = r"(?:^|(?<=[，,。；;\n]))(?:(?!本年|全年|年度|今年|\d{4}\s*年)[^，,。；;\n])*(?:收取|收费|计收)" \
              r"(?:(?!本年|全年|年度|今年)[^，,。；;\n])*的(?=\s*[，,])"
#: a conditional or a rule, not a statement of what happened
_POLICY = lazy(r"按照|依据|根据|严格|规范")
_WHEN = lazy(r"本年|全年|年度|今年|\d{4}\s*年|共|累计|合计")
#: a pointer to a table or an annex that says it: not itself a statement
_POINTER = lazy(r"(?:详见|见|参见|参照)(?:本报告)?(?:下表|附表|附件|表格|下文|上文|前文|上述|"
                r"第[一二三四五六七八九\d](?:部分|项)|表[\d一二三四五六七八九])|如下表")
#: a condition or a time to come said otherwise than by 如: "若…超过合理范围的，本机关将依照…收取", "一旦…",
#: "将依据…" (not 若干, several)
_IF_OR_LATER = r"若(?!干)|倘若|假如|一旦|将依照|将依据|将按"
_HYPOTHETICAL = lazy(r"不得|严禁|禁止|不应|应当|应予|须按|如需|如有|若需|若有|如果|需要收取的|将按照|按规定可|可以收取|标准|"
                    + _IF_OR_LATER + "|" + _IF_CHARGED)


_SENTENCE = lazy(r"[^。；;\n]+")
_CLAUSE = lazy(r"[，,]")


#: spaces between two Chinese characters: a line a PDF spaced letter by letter ("本 年 度 未 收 取 信 息 处 理 费")
_GAP = lazy(r"(?<=[\u4e00-\u9fff])[ \u3000\xa0]+(?=[\u4e00-\u9fff])")  # (the ideographs' class as the other patterns write it: optimised once)


#: the traditional forms of 费 and 处 (信息處理費): a sentence that holds one is read in simplified characters
_TRADITIONAL = ("費", "處")


def _simplified(t: str) -> str:
    """``t`` with its traditional characters simplified, one for one (its offsets stay the text's): a fee
    statement in traditional script ("本年度未收取信息處理費。") in a report that is not wholly in it (such a
    report is converted before it is read: ``lexicon/script.py``)."""
    if not any(c in t for c in _TRADITIONAL):
        return t
    from govlint.lexicon.script import _converter  # (OpenCC, loaded for such a sentence only)

    convert = _converter().convert
    chars = sorted(set(t))
    to = convert("\n".join(chars)).split("\n")
    if len(to) != len(chars):
        return t
    return t.translate({ord(a): b for a, b in zip(chars, to) if len(b) == 1 and b != a})


def _closed(text: str) -> str:
    """``text`` in NFKC with the spaces between Chinese characters taken out, as a reader reads it (in
    simplified characters when it names the fee in traditional ones)."""
    t = _simplified(nfkc(text))
    return _GAP.sub("", t) if " " in t or "\xa0" in t else t


def _clean(sentence: str) -> str:
    return _NOISE.sub("", _closed(sentence)).strip()


def _sentences(text: str):
    for m in _SENTENCE.finditer(text):
        yield m.start(), m.group()


def _may_name(text: str) -> bool:
    """Whether ``text`` may name the fee at all: every way of naming it (FEE) has 费 or 无偿, and NFKC
    makes neither of other characters (a quick test before the patterns)."""
    return "费" in text or "无偿" in text or "費" in text or "無償" in text


#: what was published or explained, said of information: a sentence with one of these names its topics
_PUBLISH = lazy(r"公开|公示|公布|发布|更新|推送|解读|宣传")
#: 收费 as a topic of that information, not the agency's charging: a noun it qualifies ("收费公示信息",
#: "收费目录清单", "收费标准") or an item of a list ("涉及收费、补贴等事项", "物业收费、停车收费等");
#: never after a negation ("未收费、未减免" says what was charged)
_TOPIC_FEE = lazy(r"(?<![未没无不免零])收费(?=公示|项目|目录|清单|标准|政策|依据|信息|文件|事项|[、和及与等])")


#: 收费 as what people asked or complained about ("收到群众关于物业收费的咨询32件", "涉及收费问题的投诉"), not
#: the agency's charging (read only when the sentence says neither none nor a sum)
_ABOUT_FEE = lazy(r"(?:关于|有关|涉及|针对)[^。；;，,]{0,12}?(?:收费|处理费)(?:问题|事项|标准|行为)?的?"
                  # (who made it may stand between: "关于规范停车收费的人大代表建议", "…的政协提案", "…的群众来信")
                  r"(?=(?:人大代表|政协委员|人大|政协|代表|委员|群众|市民|网民|企业)?"
                  r"(?:咨询|投诉|举报|来信|来电|诉求|问题|留言|意见|建议|提案|议案))")


#: the information applied for: 无偿 said of it answers the fee ("依申请公开政府信息均为无偿提供")
_APPLIED = lazy(r"依申请|申请人|申请公开|公开申请|所申请")


#: a fee of another name than the 信息处理费 ("水资源费", "规费", "工本费"; not 收费, 缴费, 免费, 费用), or a business's
#: costs ("补偿费用"): a sentence naming one, and not the 信息处理费 nor the applications, speaks of that fee
_OTHER_FEE = lazy(r"(?<=[\u4e00-\u9fff])(?<![收缴交付计免退减理])费(?!用)"
                  # (费用 after a business's word is its costs: "补偿费用", "培训费用"; not "任何费用", "相关费用")
                  r"|(?<=[\u4e00-\u9fff])(?<![收缴交付计免退减理取何关相等的需此该其笔])费用")


#: a definition of the term, as a glossary (名词解释) after the report gives it: "信息处理费：指…", "信息处理费是指…"
_DEFINITION = lazy(r"(?:处理费|收费)\s*(?:[:：]\s*(?:是|系)?指|(?:是|系)指)")


def is_fee_sentence(sentence: str) -> bool:
    """Whether a reader would take the sentence as saying something on the fee. A sentence on
    what was published whose only 收费 is a topic of it ("本年度主动公开收费公示信息20条", "重点公开了
    物业收费、停车收费等民生信息") says nothing on the 信息处理费, unless it says none or a sum
    ("依申请公开收费、减免均为0"); nor does a definition of the fee (a 名词解释 after the report)."""
    if not _may_name(sentence):
        return False
    s = _closed(sentence)
    if "处理费" in s:  # even "严格落实《…信息处理费管理办法》": stay quiet when unsure
        # (but a glossary's entry, "2.信息处理费：指…申请人收取的费用，按件计收…", says what the word means)
        return _DEFINITION.search(s) is None
    if _OTHER_FEE.search(s) and not _APPLIED.search(s):
        return False  # another fee named ("行政事业性收费为水资源费…及河道采砂管理相关收费"): 收费 is of it, not this one
        # (of the applications, "依申请公开收取复印费", it is what the applicants paid: the fee's statement)
    if "费" not in s and not _APPLIED.search(s):
        return False  # 无偿 of another service or of what is published ("无偿提供政策咨询服务", "无偿公开各类政府
        # 信息"), not of the information applied for
    s = _clean(sentence)
    if "收费" in s and not _NEG.search(s) and not _amounts(s):
        # (a sentence that says none or a sum is on the fee: "…收费、减免均为0")
        if _PUBLISH.search(s):
            s = _TOPIC_FEE.sub("", s)
        s = _ABOUT_FEE.sub("", s)
    return bool(FEE.search(s))


def fee_sections(ctx):
    """The sections that plausibly play the role of 六: section 六 as bound (an official title
    with another numeral binds as 六 too), and the last section, whatever its number."""
    out = []
    six = ctx.bound.section(6)
    if six is not None:
        out.append(six)
    if ctx.bound.sections and ctx.bound.sections[-1] not in out:
        out.append(ctx.bound.sections[-1])
    return out


def _texts(section):
    """(paragraph or None, text) to read: a heading that is not the official title may itself be
    the statement ("六、本年度未收取信息处理费"), then the paragraphs and the rows of a small table the
    section holds ("收取信息处理费情况 | 0元": each row read as a line of its cells), in the order they
    stand (a table answers the line above it: "信息处理费收取情况" / "项目 | 金额（元）" / "收取 | 0")."""
    if section.title_match not in ("exact", "variant", "renumbered"):
        yield None, section.section.heading
    whole, taken = _cut_table(section)
    read = [(p.span.line, p, _flat_table(p) or p.text) for p in _runs_apart(section.paragraphs, taken)]
    read += [(p.span.line, p, text) for p, text in _table_texts(section, taken)]
    read += [(p.span.line, p, text) for p, text in _sentence_rows(section)]
    read += whole
    for _, p, text in sorted(read, key=lambda r: r[0]):
        yield p, text


#: the most pieces of a cut table read for the part of them that makes one (past it, all or none)
_PIECES = 8


def _runs_apart(paragraphs, taken):
    """:func:`runs` of the paragraphs but those ``taken`` into a table, none of whose sentences runs on
    over one of them: a table's last piece ("收费金额", its head's last word a wrap put on a line of its
    own) is no part of the sentence after the table ("特此报告。")."""
    if not taken:
        return list(runs(paragraphs))
    out, part = [], []
    for p in list(paragraphs) + [None]:
        if p is None or id(p) in taken:
            out.extend(runs(part))
            part = []
        else:
            part.append(p)
    return out


def _cut_table(section):
    """A small table whose rows a hard wrap cut (at 24 characters: "信息处理费收取情况 | 发出收费通知件数" /
    "收费金额" / "2024年 | 0 | 0"), its pieces read as one-row tables and lines of a word, on lines one
    after another (each line a piece: a head's last name alone on its line is no part of a sentence
    after the table): ([(line, paragraph, text)] of the table read whole (:func:`_flat_rows`), the ids
    of its pieces), or ([], ()) when no such run of pieces makes one whole table. A line of words
    beside the pieces ("7.其他事项", "（二）其他事项" after the table) is left out of the run."""
    pieces = []
    for p in section.paragraphs:  # (each line: a piece of the table is no part of a sentence after it)
        if getattr(p, "kind", "text") in ("signature", "date") or _SENTENCE_MARK.search(p.text):
            continue
        pieces.append((p.span.line, p.span.end_line, p, nfkc(p.text).split()))
    for table in _own_tables(section):
        if len(table.rows) == 1:
            row = table.rows[0]
            pieces.append((row.span.line, row.span.end_line, table,
                           [nfkc(c.text).strip() for c in row.cells if c.text.strip()]))
    pieces.sort(key=lambda x: x[0])
    group = []
    for piece in pieces + [None]:
        if piece is not None and (not group or piece[0] <= group[-1][1] + 2):
            group.append(piece)
            continue
        # the pieces one after another that make one whole table, the most of them (a line of words
        # after the table's last row or before its head, "7.其他事项", is none of its cells)
        for size in range(len(group), 1 if len(group) <= _PIECES else len(group) - 1, -1):
            for i in range(len(group) - size + 1):
                run = group[i:i + size]
                if not any(type(g[2]) is not type(run[0][2]) for g in run):
                    continue
                cells = [c for g in run for c in g[3]]
                got = _flat_rows(cells)
                if got is not None and got[1] == len(cells):
                    span = run[0][2].span if hasattr(run[0][2], "span") else run[0][2].rows[0].span
                    return [(run[0][0], Paragraph(got[0], span), got[0])], {id(g[2]) for g in run}
        group = [piece] if piece is not None else []
    return [], ()


def _sentence_rows(section):
    """(paragraph, text) of each row of the section's other tables (the statistics tables) that is a
    sentence alone: one cell holding a full stop, which no label of a table holds. A report typed in
    one sheet, its paragraphs rows of one cell, may be read as one table from 六's heading on when its
    prose rows are not told apart (``layout.documents.report_typed_in_one_table``): 六's fee statement
    is then such a row above the tables ("本年度未收取信息处理费。"), as a person reads it."""
    own = _own_tables(section)
    for table in getattr(section.section, "tables", ()):
        if any(table is t for t in own):
            continue
        for row in table.rows:
            words = [c.text.strip() for c in row.cells if c.text.strip()]
            if len(words) == 1 and "。" in words[0]:
                yield Paragraph(words[0], row.span), words[0]


def _unit_of(head: str, value: str) -> str:
    """A bare figure under a head that names what it counts, with that unit: a sum under 金额/费用/收费
    ("收费金额" over "100": 100元, "金额（万元）" over "0.5": 0.5万元), cases under 件数/笔数 ("件数" over "1": 1件)."""
    if not _FIGURE.fullmatch(value):
        return value
    h = nfkc(head)
    unit = _UNIT_HEAD.search(h)
    if unit is not None:
        return value + unit.group(1)
    if _COUNT_HEAD.search(h):
        return value + "件"
    if "金额" in h or "费用" in h or h.endswith("收费"):
        return value + "元"
    return value


_FIGURE = lazy(r"\d+(?:\.\d+)?")
_COUNT_HEAD = lazy(r"件数|笔数|次数")
#: a head that names nothing but the count ("件数", "笔数（笔）"): its figure stands for itself ("1件")
_COUNT_ONLY = lazy(r"(?:件数|笔数|次数)\s*(?:[(（][^)）]{0,4}[)）])?")


def _row_text(heads, cells) -> str:
    """A row of a small table under a head row of names, read as a line: each cell after its column's
    name, a bare figure in the unit the name gives it. A count under a head that is only "件数" stands
    for itself ("收取信息处理费 1件 金额（元） —"); one under a head that names what was counted keeps it
    ("发出收费通知件数 2件": the notices of the fee)."""
    return " ".join(u if _COUNT_ONLY.fullmatch(nfkc(h).strip()) and u != v else f"{h} {u}" for h, v, u in
                    ((h, v, _unit_of(h, v)) for h, v in zip(heads, cells)) if h or v)


#: a figure or none said, in a small table flattened into a line (a row's label, "2024年", "合计", is not)
_FLAT_VALUE = lazy(r"\d+(?:\.\d+)?\s*(?:元|万元|件|笔|次)?|无|[—－\-/／]+")


#: what a sentence holds and a table's cell, a name or a figure, does not
_SENTENCE_MARK = lazy(r"[。，；;,：:]")


def _flat_table(p):
    """The text of a small table that a copy flattened into a line or a run of lines (a paragraph or
    a :class:`Run`), read as its rows under its head, then the words after it as they stand (the
    closing, a sentence that follows the table); or None when the line does not open with such a
    table (:func:`_flat_rows`). A cell with a sentence's marks in it is prose: the table ends before it."""
    words = [w for part in getattr(p, "parts", None) or (p,) for w in nfkc(part.text).split()]
    before = ""
    if words and "。" in words[0] and not words[0].endswith("。"):
        # the table's first name run on after a sentence ("…公开工作。信息处理费收取情况 发出收费通知件数 …")
        before, words[0] = words[0][:words[0].rindex("。") + 1], words[0][words[0].rindex("。") + 1:]
    prose = next((k for k, w in enumerate(words) if _SENTENCE_MARK.search(w)), len(words))
    got = _flat_rows(words[:prose])
    if got is None:
        return None
    text, used = got
    return before + text + " ".join(words[used:])


def _flat_rows(cells):
    """(the text of a small table whose cells stand in one sequence, read as its rows under its head
    (:func:`_row_text`), how many of the cells it takes), or None. A person reads "信息处理费收取情况
    发出收费通知件数 收费金额 2024年 0 0" (its cells on one line, or one a line: a web table pasted as
    text) as three names over a row: the names, none a figure, then rows each as many cells long, of
    figures after at most a label in the first column ("2024年", "合计"). Words after the last row
    (the agency that signs, its date) are no part of it; a figure among them is a row cut short: no
    table then."""
    first = next((k for k, c in enumerate(cells) if _FLAT_VALUE.fullmatch(c)), None)
    if first is None:
        return None
    for width, labelled in ((first, False), (first - 1, True)):
        if width < 2:
            continue
        rows, at = [], width
        while at + width <= len(cells) and all(_FLAT_VALUE.fullmatch(c)
                                               for c in cells[at + (1 if labelled else 0):at + width]):
            rows.append(cells[at:at + width])
            at += width
        if rows and not any(_FLAT_VALUE.fullmatch(c) for c in cells[at:]):
            return "".join(_row_text(cells[:width], row) + "。" for row in rows), at
    return None


def _table_texts(section, taken=()):
    """(paragraph, text) of the rows of the section's small tables, each read as a line: every row under
    a head row of names (:func:`_heads`), else each row that names the fee (not those of ``taken``, the
    ids of the pieces of a table a wrap cut, read whole)."""
    for table in _own_tables(section):
        if id(table) in taken:
            continue
        heads = _heads(table)
        if heads is not None:
            # a head row of names over rows of figures ("收取信息处理费（元） | 减免（元）" over "0 | 0", "项目 |
            # 金额（元）" over "收取 | 0"): each cell read after its column's name, the head row alone no statement
            for row in table.rows[1:]:
                cells = [c.text.strip() for c in row.cells]
                # (a count under 件数 stands for itself: "收取信息处理费 1件 金额（元） —")
                text = _row_text(heads, cells)
                yield Paragraph(text + "。", row.span), text + "。"  # (one that does not name the fee may
                # answer the line above the table)
            continue
        # the unit a head cell names ("项目 | 件数 | 金额（元）"): the bare numbers in its column are sums in it
        if len(table.rows) == 1:
            # a table's rows run into one (its cells one a line, each indented with a tab: a web table
            # pasted as text): read as its head over its rows when it falls so (:func:`_flat_rows`)
            cells = [nfkc(c.text).strip() for c in table.rows[0].cells if c.text.strip()]
            flat = _flat_rows(cells)
            if flat is not None:
                text = flat[0] + " ".join(cells[flat[1]:])
                yield Paragraph(text, table.rows[0].span), text
                continue
        unit = next(((i, m.group(1)) for row in table.rows for i, c in enumerate(row.cells)
                     for m in (_UNIT_HEAD.search(nfkc(c.text)),) if m), None)
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            if unit is not None and unit[0] < len(cells) and not _UNIT_HEAD.search(nfkc(cells[unit[0]])):
                cells[unit[0]] = _BARE.sub(lambda m: m.group(1) + unit[1], cells[unit[0]])  # ("200": 200元)
            text = " ".join(c for c in cells if c)
            if _may_name(text):
                yield Paragraph(text + "。", row.span), text + "。"


#: a cell that is a value, not a name: a figure ("0", "200元", "2件") or none said ("无", "否", "—")
_VALUE = lazy(r"\d+(?:\.\d+)?\s*(?:元|万元|件|笔|次)?|无|否|零|未收取|未发生|[—－\-/／]+")


def _heads(table):
    """The head row's cells of a table whose first row names its columns and whose every other row
    holds a value ("收取信息处理费（元） | 减免（元）" / "0 | 0"; "项目 | 金额（元）" / "收取 | 0"; "收费项目 |
    收费金额" / "信息处理费 | 无"), or None for any other table (a row naming and valuing itself, "收取
    信息处理费情况 | 0元", is read as it stands)."""
    rows = [[nfkc(c.text).strip() for c in row.cells] for row in table.rows]
    if len(rows) < 2 or len(rows[0]) < 2 or any(_VALUE.fullmatch(c) for c in rows[0] if c):
        return None
    if not all(any(_VALUE.fullmatch(c) for c in r if c) for r in rows[1:]):
        return None
    return [c.text.strip() for c in table.rows[0].cells]


def _own_tables(section):
    """The tables of a section that are none of the statistics tables (a fee table in 六)."""
    return own_tables(section, 6)


def fee_sentences(section):
    """(paragraph, offset in it, sentence) for each sentence of the section that names the fee (lines
    a hard line break cut mid-sentence, "…没有向申请人" / "收取信息处理费。", read as one :class:`Run`)."""
    for p, text in _texts(section):
        if not _may_name(text):
            continue  # no sentence of it names the fee (is_fee_sentence)
        for start, s in _sentences(text):
            if is_fee_sentence(s):
                yield p, start, s


#: charging negated twice: "没有不收取信息处理费的情况", "不存在未按规定收取…" say how fees were charged when
#: due (or that none was wrongly left uncharged), not whether any was this year
_DOUBLE_NEG = lazy(r"(?:没有|不存在|未发现|未发生|未出现|并无|无)(?:任何)?(?:不|未)(?:按规定|按标准|依法|依规)?(?:收取|收费|计收)")


#: a condition or a duty: what follows it in the sentence is a rule, not what happened ("如需收取…")
_CONDITION = lazy(r"不得|严禁|禁止|不应|应当|应予|应收|须按|如需|如有|若需|若有|如果|需要收取的|将按照|按规定可|可以收取|"
                  + _IF_OR_LATER)


def _charged_this_year(s: str) -> bool:
    """Does a clause of ``s`` say what was collected this year — the collecting, the year and a sum
    that is no rate ("本年度共收取信息处理费200元", not "每件100元") — with no condition in it or before
    it? How the sum was reckoned may stand beside it ("…200元，均按…标准计收", "本年度按照标准共收取…",
    "收取标准为每件100元，本年度共收取200元"): the words of a rule (标准, 按照) do not unmake the fact."""
    for clause in _CLAUSE.split(s):
        if _CONDITION.search(clause):
            return False  # ("如需收取，本年度按每件100元收取": a condition first, then the rule)
        if "每" not in clause and _COLLECT.search(clause) and _WHEN.search(clause) and _amounts(clause):
            return True
    return False


#: a count of the applications charged for: "共计2件", "3笔" (not a rate: "每件")
_CASES = lazy(r"(\d+|[一二两三四五六七八九十]+)\s*(?:件|笔|宗|次)")


def _charged_cases(s: str) -> bool:
    """Does a clause of ``s`` say fees were collected this year in a number of cases, with no sum
    ("本年度按标准收取信息处理费共计2件"), the sum, if any, in a clause after it? The words of how they were reckoned (标准, 按照) stand beside the
    fact as in :func:`_charged_this_year`; a condition or a rate ("每件") makes it a rule."""
    for clause in _CLAUSE.split(s):
        if _CONDITION.search(clause):
            return False  # ("如需收取，本年度按标准收取": a condition first, then the rule)
        if "每" not in clause and _COLLECT.search(clause) and _WHEN.search(clause):
            for m in _CASES.finditer(clause):
                n = numeral_value(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
                if n:
                    return True
    return False


#: this year's collecting said with how it was reckoned ("本年度按标准收取了信息处理费", "全年按照规定标准收取"):
#: 标准 names the way, not a rule ("收费标准为每件100元", "将按标准收取" are rules)
_BY_STANDARD = lazy(r"(?:按|按照|依照|依据)[^，,。；;]{0,12}?标准")


def _charged_by_standard(s: str) -> bool:
    """Does a clause of ``s`` say fees were collected this year by the standard — the collecting, the
    year and 按…标准, with no condition, rate or time to come ("将") in it or before it?"""
    for clause in _CLAUSE.split(s):
        if _CONDITION.search(clause) or "将" in clause:
            return False
        if "每" not in clause and _COLLECT.search(clause) and _WHEN.search(clause) and _BY_STANDARD.search(clause):
            return True
    return False


#: a topic answered by a placeholder ("信息处理费收取情况：—", "收取信息处理费情况 /"): the topic named,
#: nothing said of it (as "信息处理费：-" is), no fee collected because 收取 is a word of its name
_PLACEHOLDER_END = lazy(r"[:：\s]\s*[—－\-/／]+\s*[.。]?\s*$")


#: how a heading or a topic on the fee ends: "（三）信息处理费收取情况", "（信息处理费收取情况等）" (a section's
#: title naming what it holds), "信息处理费收取情况说明", "…情况如下"; or a table's name, an annex's in its
#: list ("附件：2.信息处理费收取情况表", "…收费情况统计表"), or a list's ("附件：2.信息处理费收取明细", "…收费清单", "…收费台账")
#: ... or what is to be reported, named by its figures' names with none of them ("发出收费通知的件数和总金额以及实际收取的
#: 总金额", the 管理办法's words: the topic, as "…收取情况" is)
_HEADING_END = lazy(r"(?:情况|情形)(?:等|等事项|的?说明|(?:统计|一览|明细|汇总)?表)?$|如下$|(?:明细|清单|台账|一览)表?$"
                    r"|(?:总)?(?:金额|件数)$")
#: a run-in heading naming the topic alone: "（一）关于收费。", "信息处理费问题。" (what follows it says what was charged)
_TOPIC_LINE = lazy(r"\s*(?:[（(]?\s*[一二三四五六七八九十\d]{1,2}\s*[)）、.．]?\s*)?(?:关于|有关)?(?:信息处理费|收费|处理费)"
                   r"(?:问题|事项|工作)?\s*[:：]?\s*")
#: a note in brackets after a heading or a table's name that stands for its content: "…收取情况表（略）", "（附后）"
_NOTE_END = lazy(r"\s*[（(]\s*(?:略|附后|后附|另附|见附件|附件)\s*[)）]\s*[.。]?\s*$")


#: a form's question on the fee with its answer left for the next line ("是否收取信息处理费：" / "否": a
#: hard wrap cut after the colon): it asks, it says nothing yet
_QUESTION = lazy(r"是否[^。；;，,:：]{0,20}?(?:收取|收费|缴费|处理费|费用)[^。；;，,:：]{0,10}?[:：]?\s*$")
#: the answer to such a question, alone on its line
_NO = lazy(r"\s*(?:否|无|没有|未收取)\s*[.。]?\s*")


#: a sentence that ends on a negation, its verb on the next line: a hard wrap cut it there ("…：本年度未" / "收取。"),
#: as no sentence ends ("无" does: "信息处理费：无" is read as none before this is asked)
_CUT_NEG = lazy(r"(?:未|没有|尚未|并未|均未|暂未|从未|不)\s*$")


def classify(sentence: str) -> str:
    """"none" (no fee collected), "collected", or "unclear"."""
    s = _clean(sentence)
    if "不" in s or "未" in s:  # (every double negation has one)
        s = _DOUBLE_NEG.sub("", s)  # (the rest of the sentence may still say it: "…，本年度未收取")
    amounts = _amounts(s)
    if _NEG.search(s) or (amounts and all(Decimal(a) == 0 for a, _ in amounts)):
        return "none"
    if "是否" in s and not amounts and _QUESTION.search(s):
        return "unclear"  # "是否收取信息处理费：" (its answer on the next line, read by _answers)
    if _CUT_NEG.search(s):
        return "unclear"  # "1.收取信息处理费情况：本年度未" / "收取。": a line cut after its negation (read on by fee_stated)
    if not amounts and _ABOUT_FEE.search(s) and not FEE.search(_ABOUT_FEE.sub("", s)):
        return "unclear"  # "本年度收到关于信息处理费的咨询2件": what was asked about, not what was charged
    if amounts and _charged_this_year(s):
        return "collected"
    if _charged_cases(s):
        return "collected"  # "本年度按标准收取信息处理费共计2件(，金额200元)": F402 asks for the sum when none
    if _charged_by_standard(s):
        return "collected"  # "全年按照规定标准收取信息处理费，共计300元"; "本年度按标准收取了信息处理费": F402 asks for the sum
    if _HEADING_END.search(_NOTE_END.sub("", _PLACEHOLDER_END.sub("", s)).rstrip("）)】]:： ")) or _HYPOTHETICAL.search(s) \
            or _TOPIC_LINE.fullmatch(s) or (
            not amounts and (_POINTER.search(s) or (_UNIT_HEAD.search(s) and not _FIGURE.search(s)))):
        # a heading ("（三）信息处理费收取情况", "（信息处理费收取情况）"), a rule or a condition, a pointer to
        # where it is said ("信息处理费收取情况见下表：", "…详见附表"), a table's head with no figure under
        # it ("收取信息处理费（元） | 减免（元）")
        return "unclear"
    if _POLICY.search(s) and not _WHEN.search(s):
        return "unclear"  # "严格按照规定收取信息处理费": how, not whether this year
    if _COLLECT.search(s) or (amounts and "处理费" in s):
        return "collected"  # ("信息处理费 | 200元": the fee and its sum, a row of a small table)
    if "计收" in s and (amounts or _WHEN.search(s)):
        # 计收, the 管理办法's word, said of this year or with a sum ("本年度按件计收信息处理费1件，金额100元");
        # alone it names how fees are reckoned ("信息处理费按件计收、按量计收")
        return "collected"
    return "unclear"


#: a topic line naming the fee, its answer in the next sentence ("（一）信息处理费收取情况" / "本年度未发生。")
_TOPIC = lazy(r"(?:情况|情况如下|处理费|收费|收取|费用|(?:总)?金额)(?:等|等事项|的?说明)?\s*[:：]?\s*$")


#: a sentence naming the figures to report, its answer the figures ("发出收费通知的件数和总金额以及实际收取的总金额：" /
#: "0件，0元，0元。"), however long its names
_FIGURES_NAMED = lazy(r"(?:总)?(?:金额|件数)\s*[:：]?\s*$")


def _is_topic(sentence: str) -> bool:
    s = enumerators.LEADING.sub("", _clean(sentence)).rstrip("）)】] ")
    return len(s) <= 20 and bool(_TOPIC.search(s)) and not _POLICY.search(s)


#: a sentence that answers the one before it without naming the fee again: "本年度未收取。",
#: "本年度未发生。", "无。", "本年度没有。", "无此类情况。"
_ELLIPTIC = lazy(r"(?:未|没有|尚未|暂未|并未|均未|从未|不)(?:发生|产生|收取|收缴|涉及|存在)(?:过)?(?:此类|相关|该项)?"
                 r"(?:情况|情形|费用|事项)?\s*[.。]?$"
                 r"|^\W*(?:本年度?|全年|今年|\d{4}\s*年度?)?[，,:：\s]*(?:无|没有|暂无|为零|零)"
                 # ("无此类情况", "没有相关情形": none of what the topic line named)
                 r"(?:此类|这类|相关|该项|此项|上述)?(?:情况|情形|事项)?\s*[.。]?$")


def _answers(sentence: str, answer: str) -> bool:
    """Whether ``answer``, the sentence after ``sentence`` (which names the fee without saying what was
    charged), says it: "如需收取信息处理费，将按照…标准执行。本年度未收取。", "信息处理费收取情况" / "无。",
    "收费情况：" / "共计200元。"."""
    a = _clean(answer)
    if _may_name(a):
        return False  # a fee sentence of its own, read for itself
    if _ELLIPTIC.search(a):
        return True
    if _NO.fullmatch(a) and "是否" in sentence and _QUESTION.search(_clean(sentence)):
        return True  # "是否收取信息处理费：" / "否": a form's question, its answer under it
    return bool(_amounts(a)) and (_is_topic(sentence) or bool(_COLLECT.search(a))
                                  or bool(_FIGURES_NAMED.search(_clean(sentence))))


def _all_sentences(sections):
    """(paragraph or None, offset, sentence) of every sentence the sections are read for that has a word:
    not the closing bracket left of one that ended inside it ("（文字描述，…在此处报告。）": its "）")."""
    for section in sections:
        for p, text in _texts(section):
            for start, s in _sentences(text):
                if any(ch.isalnum() for ch in s):
                    yield p, start, s


def fee_stated(sections):
    """(whether the sections state what was charged, the first sentence that names the fee without
    saying so). A statement: a sentence classified "none" or "collected" ("本年度未收取信息处理费",
    "收取信息处理费120元"), or a topic line naming the fee answered by the next sentence
    ("信息处理费收取情况" / "本年度未发生。", "收费情况：" / "共计200元。"). A sentence that only names the
    fee ("…不属于信息处理费", "信息处理费相关规定已在网站公布", "严格执行《…信息处理费管理办法》") is not."""
    seq = list(_all_sentences(sections))
    unclear = None
    for i, (p, start, s) in enumerate(seq):
        if not _may_name(s) or not is_fee_sentence(s):
            continue
        if classify(s) != "unclear":
            return True, None
        if i + 1 < len(seq) and _answers(s, seq[i + 1][2]):
            return True, None
        if i + 1 < len(seq) and _CUT_NEG.search(_clean(s)) and classify(s.rstrip() + seq[i + 1][2].lstrip()) == "none":
            return True, None  # a line cut after its negation, read on into the next ("…本年度未" / "收取。"): the
            # negation then says none (what follows it is no other item's: "2.其他需要报告的事项：无。")
        if unclear is None:
            unclear = s.strip()
    return False, unclear


#: a statement on the fee that names its year first ("2024年，无收取信息处理费情况", "2024年度本机关未收取信息处理费",
#: "本局2024年度未收取…"): the year it speaks of; not a stretch of years, a comparison or a date ("2024年以来", "2024年至
#: 2025年", "与2024年相比", "截至2026年1月15日")
_FEE_YEAR = lazy(r"^\s*([^\d，,。；;:：]{0,12}?)((?:19|20)\d\d)\s*年(?:度)?(?!\s*(?:以来|至|到|[-—–~～]|相比|同期|同比|底|末|\d{1,2}\s*月))")


def fee_years(sections):
    """(year or None, paragraph, offset, sentence) of each statement on the fee (a sentence saying what was charged,
    :func:`classify` not "unclear"), the year the one names first (None when it names none)."""
    for p, start, s in _all_sentences(sections):
        if not _may_name(s) or not is_fee_sentence(s) or classify(s) == "unclear":
            continue
        m = _FEE_YEAR.match(s)
        before = m.group(1) if m else ""
        if m and any(w in before for w in ("与", "较", "比", "同")):
            m = None  # "与2024年相比…"
        yield (int(m.group(2)) if m else None), p, start, s, m


def _following(sections, paragraph, start):
    """The sentence after the one at (paragraph, start), in the same sections, or ""."""
    found = False
    for section in sections:
        for p, text in _texts(section):
            if p is None:
                continue
            for st, s in _sentences(text):
                if found and s.strip():
                    return s
                if p == paragraph and st == start:
                    found = True
    return ""


def _stated_elsewhere(ctx, six):
    """(the section's title, the sentence) of the first plain statement on the fee ("本年度未收取
    信息处理费", "收取信息处理费120元") in a section other than 六, or None."""
    for s in ctx.bound.sections:
        if s is six:
            continue
        for p in runs(s.paragraphs):
            if not _may_name(p.text):
                continue
            for _, sentence in _sentences(p.text):
                if "处理费" not in sentence and "申请" not in sentence and "信息公开" not in sentence:
                    continue  # a fee of something else (表二's "本年收费金额" read as prose); the
                    # charging named by its work is the fee ("未因信息公开收取公民…任何费用")
                if is_fee_sentence(sentence) and classify(sentence) != "unclear":
                    where = ctx.section_label(s.spec.number) if s.spec is not None else s.section.heading
                    # the clause that names the fee ("…均在法定期限内答复，未收取信息处理费")
                    clause = next((c for c in _CLAUSE.split(sentence) if is_fee_sentence(c)), sentence)
                    return where, clause.strip()
    return None


class FeeStatementMissing(Rule):
    code = "F401"
    name = "fee-statement-missing"
    severity = "error"
    needs = ("sections",)
    summary = "第六部分未说明信息处理费的收取情况"
    summary_en = "Section 六 does not state whether 信息处理费 was collected"
    what = "2021年格式要求在“六、其他需要报告的事项”中专门报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况；" \
           "没有收取也要写明（2021年及以后的报告；2020年及以前的报告即使用了2021年格式的表格，也不要求）。本规则检查第六部分（编号错位时，也看标题为“其他需要报告的事项”的部分和报告的最后一部分）" \
           "是否说明了本年度收取了什么：是否收取、收取多少。只提到信息处理费而没有说明收取情况的句子（“复印工本费不属于信息处理费”“信息处理费收取情况：—”（话题后只有占位符“—”“/”）" \
           "“信息处理费相关规定已在网站公布”“严格执行《政府信息公开信息处理费管理办法》”）不算，这时引用该句指出。" \
           "“未发生收费情况”“未收取任何费用”“没有产生信息处理费”“信息处理费0元”" \
           "“无收费”“均为无偿提供”“是否收取信息处理费：否”“信息处理费收取：否”“信息处理费收取情况：不涉及”等写法都算作说明（机关自己的“工作经费”、“收费站”，以业务命名的其他费用如“不动产登记费”“学费”，以及群众咨询、投诉和代表建议、委员提案的话题“关于物业收费的咨询”“关于规范停车收费的人大代表建议”都不是信息处理费），第六部分中一个小表格的一行（“收取信息处理费情况 | 0元”，或表头“收取信息处理费（元）”下的“0”）和被硬换行分开的一句话也算（在否定词后被切断的一行，“1.收取信息处理费情况：本年度未”/“收取。”，接着下一行读；只有这一行时不算已收费）；小标题或条件句后紧接的简短回答（“信息处理费收取情况”“信息处理费收取情况说明”后一句“无。”“无此类情况。”“本年度未收取。”）也算；以“情况”“情况等”“情况说明”结尾的小标题或标题中的括注（“六、其他需要报告的事项（信息处理费收取情况等）”）只是点出话题，附件列表中以“明细”“清单”“台账”结尾的名称（“附件：2.信息处理费收取明细”，或带“（略）”“（附后）”的“信息处理费收取情况表（略）”）只是文件的名称，只列出应报告的项目而没有数字的（“发出收费通知的件数和总金额以及实际收取的总金额”，其后一句给出数字的除外）只是话题，都不算已收费；留在报告中的格式模板提示语（“（文字描述，收取信息处理费情况在此处报告。）”）是给编写者的说明，既不算说明收取情况，也不算已收费；用繁体字写的说明（“本年度未收取信息處理費”）照常读取；两次否定（“没有不收取信息处理费的情况”“不存在未按规定收取…”）说的是应收时是否收取，不算说明；说主动公开了什么的句子中作为公开内容的“收费”（“主动公开收费公示信息20条”“重点公开了物业收费、停车收费等民生信息”）不是信息处理费，不算说明，也不算已收费；没有金额、只指向表格、附件或报告另一处的句子（“信息处理费收取情况见下表：”“…详见附表”“…详见第一部分”“…见上文”）本身不算说明，也不算已收费，其后表格中的一行照常读取。收取情况写在了其他部分（如“一、总体情况”）时，指出写在哪里，作为警告。说明收取情况的句子都以另一年份开头（如2025年度报告写“2024年，无收取信息处理费情况”“本局2024年度未收取信息处理费”，随上年的第六部分一起套用）时，本年度的收取情况并未说明，也报告，位置在该年份；标题或统计期限的年份、未写年份、与本年度的说明并列、比较（“与2024年相比”）、年份区间（“2024年以来”“2024年至2025年”）和日期（“截至2026年1月15日”）都不算另一年份。"
    why = "格式模板在第六部分印有“收取信息处理费情况在此处报告”；只写“无”等于漏报。"
    basis = "国办公开办函〔2021〕30号，第六部分；国办函〔2020〕109号《政府信息公开信息处理费管理办法》。"
    example = "六、其他需要报告的事项\n无"
    fix = "写明收取情况，例如“本年度未收取信息处理费。”，或“本年度共收取信息处理费××元。”"

    def _another_year(self, ctx, section):
        """Every statement on the fee names one year, another than the report's ("2024年，无收取信息处理费情况" in the
        report on 2025, copied with last year's 六): this year's is not stated. The years the title and the statistics
        period name are the report's (when they differ, P701 says so)."""
        f = ctx.bound.facts
        own = {y for y in (f.year, f.title_year, f.covered_year, *(f.period or ())) if y is not None}
        stated = list(fee_years(fee_sections(ctx)))
        years = {y for y, *_ in stated}
        if not own or not stated or None in years or len(years) != 1 or years & own:
            return
        year, p, start, s, m = stated[0]
        span = section.section.span
        if p is not None:
            span = sub_span(p, start + m.start(2), start + m.end()) if p.text[start:start + len(s)] == s else p.span
        label = ctx.section_label(6)
        quoted = s.strip() if len(s.strip()) <= 30 else s.strip()[:30] + "…"
        report = f.title_year if f.title_year is not None else f.year
        yield ctx.diag(self, span,
                       f"“{label}”中信息处理费的收取情况说的是{year}年（“{quoted}”），与标题年份{report}年不一致；"
                       f"应说明本年度的收取情况",
                       f"The statement on 信息处理费 in “{label}” is about {year} (“{quoted}”), not the title year "
                       f"{report}; state this year's",
                       location=Location(section=label),
                       data={"found": str(year), "expected": str(report)})

    def check(self, ctx):
        if not ctx.bound.format.fee_statement_required or ctx.bound.format_reason == "default":
            return  # (the format a guess, no year and no label to go by: a report on 2020 asks for none)
        year = ctx.bound.facts.year
        if year is not None and year < ctx.bound.format.first_year:
            return  # (a report on 2020 on the tables of 2021, known by their labels: the year's format asked for none)
        section = ctx.bound.section(6) or merged_into(ctx, 6)  # (六 under 五's heading: "…及其他需要报告的事项")
        if section is None:
            return  # S101 reports the missing section
        ok, named = fee_stated(fee_sections(ctx))
        if ok:
            yield from self._another_year(ctx, section)
            return
        elsewhere = [p for s in ctx.bound.sections if s is not section for p in s.paragraphs
                     if is_fee_sentence(p.text)]
        related = [Related("信息处理费在此处提到" if ctx.lang != "en" else "the fee is mentioned here", p.span)
                   for p in elsewhere[:3]]
        label = ctx.section_label(6)
        stated = _stated_elsewhere(ctx, section)
        if stated is not None:
            # the statement is there, in the wrong section: say where, as a warning, not that it is missing
            where, sentence = stated
            quoted = sentence if len(sentence) <= 30 else sentence[:30] + "…"
            yield ctx.diag(self, section.section.span,
                           f"信息处理费的收取情况写在了“{where}”中（“{quoted}”），应在“{label}”中专门报告",
                           f"The statement on 信息处理费 is in “{where}” (“{quoted}”), not in “{label}” where the "
                           f"format asks for it", severity="warning",
                           location=Location(section=label), related=related,
                           data={"found": sentence[:200], "where": where, "expected": label})
            return
        if named is not None:
            # the fee is named, but not what was charged ("…不属于信息处理费", "严格执行…管理办法")
            quoted = named.strip()
            quoted = quoted if len(quoted) <= 30 else quoted[:30] + "…"
            yield ctx.diag(self, section.section.span,
                           f"“{label}”没有说明信息处理费的收取情况（只提到“{quoted}”，未说明本年度是否收取）；"
                           f"未收取也应写明“本年度未收取信息处理费”",
                           f"“{label}” does not state whether 信息处理费 was collected (it only says “{quoted}”, "
                           f"not what was charged this year); if none was, say so (“本年度未收取信息处理费”)",
                           location=Location(section=label), related=related,
                           data={"found": named[:200], "expected": "本年度未收取信息处理费 / 收取信息处理费××元"})
            return
        # its first line that is not the report's closing (an empty 六 above the agency and the date),
        # nor after it (an annex printed after the closing: "附件", its captions and notes)
        paragraphs = list(section.paragraphs) or [p for p, _ in _sentence_rows(section)]
        end = next((i for i, p in enumerate(paragraphs) if p.kind in ("signature", "date")), len(paragraphs))
        paragraphs = paragraphs[:end]
        first = next((p for i, p in enumerate(paragraphs) if not closes(paragraphs, i)), None)
        merged = ctx.bound.section(6) is None
        if merged:
            # 六 merged into 五's heading ("五、…改进情况和其他需要报告的事项"): what 六 says is the line that speaks of
            # the other matters ("无其他需要报告的事项。"), not the heading's words the parser left on its line nor 五's text
            head = section.section.span.line
            first = next((p for p in paragraphs if "其他需要报告" in p.text and p.span.line != head), None)
        if first is not None:
            # its sentence whole when a hard wrap cut it over lines ("本局本年度无其他需要报告" / "的事项。")
            first = next((r for r in runs(paragraphs) if any(q is first for q in getattr(r, "parts", ()))), first)
        # its first line as the author wrote it (a copy that lost its line breaks runs the next
        # one on after a space); a line a PDF spaced letter by letter ("本 年 度 …") read closed up
        words = first.text.split() if first is not None else []
        body = words[0] if words else ""
        if len(body) == 1 and len(words) > 1:
            body = _GAP.sub("", first.text).split()[0]
        found = f"（该部分内容为“{body[:20]}{'…' if len(body) > 20 else ''}”）" if body else \
            "（该部分与第五部分合为一个标题，没有单独的内容）" if merged else "（该部分没有内容）"
        found_en = f" (it reads “{body[:20]}{'…' if len(body) > 20 else ''}”)" if body else \
            " (it shares section 五's heading and says nothing of its own)" if merged else " (it is empty)"
        yield ctx.diag(self, section.section.span,
                       f"“{label}”没有说明信息处理费的收取情况{found}；未收取也应写明“本年度未收取信息处理费”",
                       f"“{label}” does not state whether 信息处理费 was collected{found_en}; if none was, "
                       f"say so (“本年度未收取信息处理费”)",
                       location=Location(section=label), related=related,
                       data={"found": body[:200], "expected": "本年度未收取信息处理费 / 收取信息处理费××元"})


#: a clause on another time than the report's year: a year named, last year's, the years before ("2023年收取信息处理费100元",
#: "上年度…", "以往年度…"), or what is to come ("今后…")
_OTHER_TIME = lazy(r"(?:19|20)\d\d\s*年|上年|去年|上一年|前年|以往|往年|历年|今后|明年|下一年")


#: none collected said as what happened, the negation on the collecting ("均未收取", "未向申请人收取", "没有产生"), not
#: as a rule ("对申请数量未超过合理范围的不收取信息处理费": 未 of something else) nor a waiver ("减免信息处理费100元":
#: a fee due, not none)
_NONE_DONE = lazy(r"(?:未|没有|没)(?:曾|有)?(?:(?:向|对)[^，,。；;]{0,14}?)?(?:收取|收缴|征收|收费|产生|发生|缴纳)")
_NOT_NONE = lazy(r"减免|免除|免收|减收|退还|退费|" + _CONDITION.pattern)
#: a rate, not a sum collected ("每件100元", "100元/件")
_RATE = lazy(r"每|元\s*/")


class FeeStatementInconsistent(Rule):
    code = "F402"
    name = "fee-statement-inconsistent"
    severity = "warning"
    needs = ("sections",)
    summary = "信息处理费说明称已收费但没有金额，或与表三矛盾"
    summary_en = "The fee statement says fees were collected but gives no amount, or contradicts 表三"
    what = "第六部分说明收取了信息处理费时，检查是否写明金额（同一句或紧接的下一句，如“本年度收取信息处理费。共计120元。”）；" \
           "并与表三核对：本年没有任何申请（新收和上年结转均为0）却收取了费用，自相矛盾。还与报告其他部分核对：第六部分称未收取而其他部分称本年度收取了若干元（“…共收取信息处理费200元”），或第六部分称收取了若干元而其他部分称未收取（“…均未收取信息处理费”），两处说法不一致；只看写明“信息处理费”、没有写别的年份（“2023年”“上年度”）的说法，规定（“…的申请不收取信息处理费”）、减免和收费标准（“100元/件”）不算，两处金额不同的不报告（可能一处只是其中一部分）。" \
           "“未收取任何费用”“未发生收费情况”等否定说法、“信息处理费0元”、减免（“收到信息处理费减免申请1件，均予以减免”）、条件句、收费标准和规定（“不得收取…”“收取信息处理费的，应当…”“收取信息处理费的，按规定执行”）不算已收费；金额可用中文数字（“二百元”“贰佰元整”），单位可写在其后的括号里（“信息处理费收取情况：0.00（元）”）。《管理办法》的“计收”说到本年度或带有金额时（“本年度按件计收信息处理费1件，金额100元”）即收取；只说计收方式（“信息处理费按件计收、按量计收”）不算。说到本年度收取的件数（“本年度按标准收取信息处理费共计2件”）或本年度按标准收取（“本年度按标准收取了信息处理费”“全年按照规定标准收取信息处理费，共计300元”）即收取，“标准”“按照”说的是怎样收取，不使它成为规定（“将按标准收取”“每件收取100元”仍是规定）。"
    why = "信息处理费只能针对依申请公开收取，且须公开收取情况；没有金额或没有申请而收费的说明不可信。"
    basis = "国办函〔2020〕109号《政府信息公开信息处理费管理办法》；国办公开办函〔2021〕30号第六部分。"
    example = "“本年度依法收取信息处理费。”（没有金额），而表三“一、本年新收”总计为0。"
    fix = "写明收取金额，或更正为“本年度未收取信息处理费”；核对表三的申请数。"

    def check(self, ctx):
        if ctx.bound.section(6) is None and merged_into(ctx, 6) is None:
            return
        sections = fee_sections(ctx)
        t3 = ctx.bound.tables.get("表三")
        applications = None
        if t3 is not None and t3.present and "表三" not in (getattr(ctx.bound, "unread", None) or {}):
            cells = [t3.cell("new", "total"), t3.cell("carry", "total")]
            if all(c is not None and c.ok for c in cells):
                applications = sum(c.value for c in cells)
        seen = set()
        for section in sections:
            label = ctx.section_label(section.number) or ctx.section_label(6)
            for p, start, s in fee_sentences(section):
                if p is None or classify(s) != "collected" or (id(p), start) in seen:
                    continue
                seen.add((id(p), start))
                amounts = _amounts(_clean(s))
                if not amounts:
                    amounts = _amounts(_clean(_following(sections, p, start)))
                    if amounts and all(Decimal(a) == 0 for a, _ in amounts):
                        continue  # "本年度收取信息处理费情况。共计0元。"
                span = p.span
                if not amounts:
                    yield ctx.diag(self, span, f"第六部分称收取了信息处理费，但没有写明金额：“{s.strip()}”",
                                   f"Section 六 says 信息处理费 was collected but gives no amount: “{s.strip()}”",
                                   location=Location(section=label),
                                   data={"found": s.strip(), "expected": "an amount in 元"})
                elif applications == 0 and any(float(a) > 0 for a, _ in amounts):
                    yield ctx.diag(self, span,
                                   f"第六部分称收取了信息处理费（{amounts[0][0]}{amounts[0][1]}），但表三本年新收和上年结转申请均为0",
                                   f"Section 六 reports 信息处理费 of {amounts[0][0]}{amounts[0][1]}, but 表三 has no "
                                   f"applications (new and carried over are 0)",
                                   location=Location(section=label),
                                   related=[Related("表三 一、本年新收 总计", t3.cell("new", "total").span,
                                                    ctx.cell_location(t3.cell("new", "total")))],
                                   data={"found": amounts[0][0], "expected": "0"})
        yield from self._elsewhere(ctx, sections)

    def _elsewhere(self, ctx, sections):
        """六 says none was collected and another section a sum collected, or the other way round ("本年度共收取
        信息处理费120元" in 六, "…均未收取信息处理费" in 一): one of them is wrong. Only statements that name the
        信息处理费 and no year (a year's, last year's) count; two sums that differ may count different things
        (a part of it, the notices sent): they are left alone."""
        said = []  # (kind, sum or None, paragraph, sentence) of 六's statements
        for section in sections:
            for p, start, s in fee_sentences(section):
                kind = classify(s)
                if p is None or kind == "unclear":
                    continue
                amounts = [a for a in _amounts(_clean(s)) if Decimal(a[0]) > 0]
                said.append((kind, amounts[0] if amounts else None, p, s))
        kinds = {k for k, *_ in said}
        if len(kinds) != 1 or any("通知" in x[3] for x in said):
            return  # (none said, or both: "未收取…" beside "收取…120元" in 六 itself; or the sums of the notices sent,
            # "发出收费通知2件，总金额200元；实际收取总金额0元": what was billed, not what was collected)
        six = "none" if kinds == {"none"} else "collected"
        if six == "collected" and not any(a is not None for _, a, *_ in said):
            return  # (collected, no sum: said above)
        for section in ctx.bound.sections:
            if any(section is t for t in sections):
                continue
            for p in runs(section.paragraphs):
                if "处理费" not in _closed(p.text):
                    continue
                for _, sentence in _sentences(p.text):
                    for clause in _CLAUSE.split(sentence):
                        if "处理费" not in _closed(clause) or not is_fee_sentence(clause) or _OTHER_TIME.search(clause):
                            continue
                        kind = classify(clause)
                        amounts = [a for a in _amounts(_clean(clause)) if Decimal(a[0]) > 0]
                        if kind == "none" and six == "collected" and _NONE_DONE.search(_clean(clause)) \
                                and not _NOT_NONE.search(_clean(clause)):
                            yield self._contradiction(ctx, section, said, clause, p, None)
                            return
                        if kind == "collected" and six == "none" and amounts and not _RATE.search(_clean(clause)):
                            yield self._contradiction(ctx, section, said, clause, p, amounts[0])
                            return

    def _contradiction(self, ctx, section, said, clause, paragraph, amount):
        where = ctx.section_label(section.spec.number) if section.spec is not None else section.section.heading
        label = ctx.section_label(6)
        first = next((x for x in said if x[1] is not None), said[0])
        quoted = clause.strip() if len(clause.strip()) <= 30 else clause.strip()[:30] + "…"
        if amount is None:
            six_zh, six_en = f"收取了信息处理费（{first[1][0]}{first[1][1]}）", f"信息处理费 of {first[1][0]}{first[1][1]} was collected"
            other_zh, other_en = "未收取", "none was"
        else:
            six_zh, six_en = "未收取信息处理费", "no 信息处理费 was collected"
            other_zh, other_en = f"收取了{amount[0]}{amount[1]}", f"{amount[0]}{amount[1]} was"
        return ctx.diag(self, first[2].span,
                        f"“{label}”称{six_zh}，而“{where}”称{other_zh}（“{quoted}”），两处说法不一致",
                        f"“{label}” says {six_en}, but “{where}” says {other_en} (“{quoted}”)",
                        location=Location(section=label),
                        related=[Related("另一处说法" if ctx.lang != "en" else "the other statement", paragraph.span)],
                        data={"found": clause.strip()[:200], "where": where, "expected": first[3].strip()[:200]})


@hookimpl
def govlint_rules():
    return [FeeStatementMissing, FeeStatementInconsistent]
