"""Substance checks a supervisor makes: section 五 that says nothing, and 规章 figures an agency's
level cannot have. Codes in the existing families: S105 (sections), C205 (completeness)."""
from __future__ import annotations

import re

from govlint.plugin import Location, Related, Rule, enumerators, hookimpl, nfkc, lazy

from .fee import is_fee_sentence
from .prose import DATE_LINE, SIGNER, continued_by_next, own_tables, table_lines
from .sections import merged_into

# -- S105 --------------------------------------------------------------------------------------

#: the words of the sub-headings section 五 is usually split by
_LABEL_WORDS = (
    r"(?:存在的?(?:主要)?(?:问题|不足)|主要问题|改进(?:的)?(?:情况|措施|计划|方向)|下一步(?:的)?(?:工作)?(?:打算|计划|措施|安排)?|"
    r"整改(?:情况|措施)|工作(?:打算|计划))(?:和|及|与)?(?:改进(?:情况|措施)|下一步(?:工作)?(?:打算|计划))?")
#: a sub-heading: its words at the start of a line or a sentence, after an enumerator ("（一）存在问题"),
#: or before a colon or the line's end ("存在问题：无。", "改进措施\n"); the same words inside a
#: sentence are its content ("下一步将加强政策解读": 下一步 is said, not a label)
_LABELS = lazy(
    rf"(?:^|(?<=[。；;]))\s*(?:(?:{enumerators.ITEM})\s*{_LABEL_WORDS}\s*[:：。]?|{_LABEL_WORDS}\s*(?:[:：]|[。]?\s*$))")
_HAN = lazy(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")
#: a sentence that says there is nothing: "无", "暂无", "本年度无明显问题", "没有发现问题"
#: (who and what may come first: "本年度我镇政府信息公开工作无明显问题", "经自查，未发现明显问题")
_NOTHING = lazy(r"(?:经(?:自查|检查|排查))?(?:本年度?|今年|目前|全年)?(?:我[镇乡局委办区县市院站所]|本机关|本单位)?的?"
                r"(?:政府信息公开|政务公开|信息公开)?(?:工作)?中?(?:暂|尚)?(?:无|暂无|没有|未发现|不存在|尚无)(?:明显|突出|重大)?的?"
                r"(?:问题|不足|情况)?(?:和|及|与)?(?:改进|整改)?(?:措施|情况)?")
#: a real sentence's least Chinese characters (two of them say a problem and a measure)
_SENTENCE_CHARS = 5
#: ... and of one a sub-heading names as a problem or a measure ("存在问题：公开栏更新慢。改进措施：专人负责。":
#: the label says what the short words are)
_LABELLED_CHARS = 3
#: an item's enumerator opening a sentence ("1.公开不及时", "（二）解读不足"): its words are one thing said
_ITEM = lazy(rf"\s*(?:{enumerators.ITEM})\s*")
#: the default least Chinese characters of section 五
_DEFAULT_MIN = 15


def content_chars(text: str) -> int:
    """Chinese characters of a text once its sub-heading labels are taken out."""
    out = 0
    for line in nfkc(text).splitlines():
        out += len(_HAN.findall(_LABELS.sub("", line)))
    return out


def _read_lines(text: str):
    """The lines of ``text`` as a reader takes them: a line cut mid-sentence (hard-wrapped at the margin, "…下一步增" /
    "加图解。") joined to the next, unless it holds a sub-heading's label or the next opens an item of a list."""
    lines = nfkc(text).splitlines()
    out = []
    for i, line in enumerate(lines):
        if out and out[-1][1]:
            out[-1] = (out[-1][0] + line, False)
        else:
            out.append((line, False))
        out[-1] = (out[-1][0], continued_by_next(line) and not _LABELS.search(line) and i + 1 < len(lines)
                   and not _ITEM.match(lines[i + 1]))
    return [line for line, _ in out]


def real_sentences(text: str) -> int:
    """How many sentences or clauses of ``text`` say something (at least five Chinese characters once
    labels are out), or 0 when one of them says there is nothing ("无。", "暂无明显问题。"). A comma
    parts them as a full stop does: "解读形式单一，下一步增加图解。" says a problem and a measure as
    "解读形式单一。下一步增加图解。" does. Words a sub-heading names need only :data:`_LABELLED_CHARS`:
    "存在问题：公开栏更新慢。改进措施：专人负责。" says both too, as does a list's item ("1.解读不足")."""
    n = 0
    labelled = False  # the words next said are a label's (a label alone on the line before: "（一）存在问题")
    for line in _read_lines(text):
        # (a label's place kept as a mark opening the words it names: "\x01公开栏更新慢")
        for sentence in re.split(r"[。；;！!？?，,]", _LABELS.sub("。\x01", line)):
            labelled = labelled or sentence.lstrip().startswith("\x01")
            item = _ITEM.match(sentence)
            if item is not None:  # "1.解读不足": an item of a list, said as a label would
                labelled, sentence = True, sentence[item.end():]
            han = "".join(_HAN.findall(sentence))
            if not han:
                continue
            if _NOTHING.fullmatch(han):
                return 0
            n += len(han) >= (_LABELLED_CHARS if labelled else _SENTENCE_CHARS)
            labelled = False
    return n




#: a vow to go on with the work at large, naming no problem and no measure ("今后将继续做好政府信息公开工作")
_VOW = lazy(r"(?:今后|下一步|下步|新的一年|今后工作中)?(?:我[镇乡局委办区县市]|本机关|本单位|我们)?(?:将|要|会)?"
            r"(?:(?:继续|进一步|持续|一如既往地?)(?:认真)?(?:做好|抓好|加强|推进|落实|深化|规范)(?:本[镇乡]|我[镇乡局])?的?"
            r"(?:政府信息公开|政务公开|信息公开)(?:和政务公开)?(?:各项)?(?:工作)?"
            #: (or to mend what it does not name: "我们将认真研究，切实加以解决", "今后将进一步加强")
            r"|认真研究|认真整改|(?:切实|认真)?加以(?:解决|改进)|(?:不断|持续|逐步)(?:改进|完善)|进一步(?:加强|改进|完善))")
#: shortcomings said to exist without naming one ("但仍存在一些不足", "工作中还存在一些问题和不足")
_VAGUE = lazy(r"(?:本年度?|工作中|在工作中)?(?:但|但是|同时)?(?:我[镇乡局]|本机关)?的?(?:政府信息公开|政务公开|信息公开)?(?:工作)?中?"
              r"(?:仍然?|还|也|依然|尚)?(?:存在|有)着?(?:一些|一定的?|若干|少许|部分|不少)?的?"
              r"(?:问题|不足|短板|差距|薄弱环节)(?:和|与|及)?(?:问题|不足|短板|差距)?(?:之处)?")
#: the work said to have gone well, no more ("本年度政府信息公开工作虽取得一定成效")
_WENT_WELL = lazy(r"(?:本年度?)?(?:我[镇乡局]|本机关)?的?(?:政府信息公开|政务公开|信息公开)?(?:工作)?(?:虽然?)?取得了?"
                  r"(?:一定|较好|明显|显著)?的?(?:成效|成绩|进展)")
#: a clause that is only a time or a link ("下一步，…", "同时，…")
_LINK = lazy(r"下一步|下步|今后|新的一年|今后工作中|同时|此外|下阶段|对此")
#: the words a clause said of any year is made of: who and when, "will go on / further / earnestly", "strengthen /
#: carry out / raise", "the disclosure work, its level, the requirements", "some shortcomings, a certain gap"
#: ("下步，我局将严格按照《条例》的总体要求，全面深入推进信息公开工作", "与上级要求和群众期待还有一定差距",
#: "进一步提高认识，加大工作力度，提升公开水平"): a clause that is nothing else names no problem and no
#: measure, however its words are put together; one word besides ("政策解读", "栏", "每季度举办一次",
#: "意识", "质量") is something said (longest words first: 政府信息公开 before 信息公开)
_STOCK = lazy("|".join(sorted((
    # who, when and links
    "下一步", "下步", "今后", "新的一年", "今后工作中", "工作中", "在工作中", "同时", "此外", "下阶段", "对此", "为此", "今年",
    "明年", "来年", "本年度", "本年", "年内", "全年", "一年来", "经自查", "经检查", "经排查", "针对上述问题", "针对以上问题", "我们", "本机关", "本单位",
    "我单位", "我中心", "我街道", "我镇", "我乡", "我局", "我委", "我办", "我区", "我县", "我市", "我院", "我站", "我所",
    # how: will, go on, further, earnestly
    "将", "要", "会", "仍然", "仍", "还", "也", "依然", "尚", "继续", "进一步", "不断", "持续", "全面", "深入", "认真",
    "努力", "切实", "积极", "扎实", "严格", "坚持", "着力", "力争", "始终", "一如既往地", "一如既往",
    # what is done at large
    "加强", "做好", "抓好", "推进", "推动", "落实", "贯彻", "深化", "规范", "提高", "提升", "加大", "改进", "完善",
    "强化", "优化", "按照", "根据", "遵照", "把", "做得更好", "更好", "再上新台阶", "迈上新台阶", "取得新成效", "取得新进展",
    "加以解决", "加以改进", "认真研究",
    # what it is done to
    "政府信息公开", "政务公开", "信息公开", "工作", "各项", "工作水平", "公开水平", "质量和水平", "水平和质量",
    "公开质量和水平", "工作力度", "力度", "认识", "要求", "部署", "总体", "具体", "上级", "条例", "有关", "相关", "规定",
    # shortcomings and results at large
    "存在着", "存在", "一些", "一定的", "一定", "若干", "少许", "不足之处", "不足", "差距", "短板", "薄弱环节", "问题",
    "之处", "有待", "还有", "仍有", "群众期待", "群众期盼", "群众期望", "群众需求", "取得了", "取得", "成绩", "成效",
    "进展", "虽然", "虽", "但是", "但", "然而",
    # joints
    "的", "地", "得", "和", "与", "及", "并", "中", "着", "了",
), key=len, reverse=True)))
#: a year said in figures ("2025年，我局将……"): a time, as 今后 is
_YEAR = lazy(r"\d{2,4}\s*年度?")


def _stock(han: str) -> bool:
    """Is a clause's Chinese made only of :data:`_STOCK` words (said of any year, naming nothing)?"""
    return not _STOCK.sub("", han)


def only_nothing(text: str) -> bool:
    """Does ``text`` say nothing particular: only that there is no problem or that there are some, that the
    work went well, and vows to go on or to mend at large ("无明显问题，将继续做好政府信息公开工作。",
    "虽取得一定成效，但仍存在一些不足，今后将进一步加强。": no problem and no measure named, however many
    characters)?"""
    said = False
    for line in _read_lines(text):
        for sentence in re.split(r"[。；;！!？?，,]", _LABELS.sub("。", line)):
            han = "".join(_HAN.findall(_YEAR.sub("", _ITEM.sub("", sentence, count=1))))
            if not han:
                continue
            if not (any(p.fullmatch(han) for p in (_NOTHING, _VAGUE, _VOW, _WENT_WELL, _LINK)) or _stock(han)):
                return False
            said = True
    return said


def _signature(p, facts) -> bool:
    """The report's closing lines (the agency and the date) when section 五 is the last one."""
    t = nfkc(p.text).strip()
    return bool(DATE_LINE.fullmatch(t) or (facts.agency and t == nfkc(facts.agency))
                or SIGNER.fullmatch(t))


class ProblemsSectionThin(Rule):
    code = "S105"
    name = "problems-section-thin"
    severity = "warning"
    needs = ("sections",)
    summary = "第五部分“存在的主要问题及改进情况”为空、只写“无”或过于简略"
    summary_en = "Section 五 (problems and improvements) is empty, says only 无, or is too short to say anything"
    what = "检查“五、存在的主要问题及改进情况”是否有实际内容：去掉“（一）存在问题”“改进措施：”等小标题后，" \
           "汉字少于 min_chars 个（默认15个）即视为空泛，例如只写“无”“暂无”“本年度无明显问题”“存在问题：无。改进措施：无。”。" \
           "默认值取得较低：一句具体的话（如“公开内容的解读不够深入，下一步将加强政策解读。”，18个汉字）不报告，" \
           "只有明显什么也没说的才报告；两句（或用逗号隔开的两个分句）实在的话（如“解读形式单一。下一步增加图解。”“解读形式单一，下一步增加图解。”：各至少5个汉字，且没有一句是“无”“暂无明显问题”之类）" \
           "也不报告；小标题或编号之后的话至少3个汉字即算一句（“存在问题：公开栏更新慢。改进措施：专人负责。”“1.公开不及时 2.解读不足 3.加强培训”不报告）；" \
           "汉字虽够，但每一句都是笼统表述的也报告：只说没有问题或“存在一些不足”、工作“取得一定成效”，再加“将继续做好政府信息公开工作”" \
           "“今后将进一步加强”“切实加以解决”之类的表态（“无明显问题，将继续做好政府信息公开工作。”“本年度我镇政府信息公开工作无明显问题，今后将继续做好政府信息公开工作。”“经自查，未发现明显问题……”“虽取得一定成效，但仍存在一些不足，" \
           "今后将进一步加强。”）；" \
           "这类句子怎样组合都算笼统：“严格按照《条例》的总体要求，全面深入推进信息公开工作”“与上级要求和群众期待还有一定差距”“进一步提高认识，加大工作力度，提升公开水平”“2025年，我局将……”；" \
           "每句都是笼统表述的两句话不适用上面两句话的例外（“存在一些不足。将进一步加强工作。”报告）；只要有一句说出具体的问题或措施（“主要是政策解读不够深入”“加强业务培训”）就不报告；" \
           "“下一步”“存在问题”等只在作小标题（行首、句首，带编号或冒号，或独占一行）时不计入，写在句中的计入。" \
           "要求更严的可在配置中提高：[options.S105] min_chars = 30（高于默认值时两句话的例外不再适用）。" \
           "写成本机关自己的表格的（“序号 | 存在问题 | 整改措施”）计入表格的文字；报告落款（机关名称、日期）不计入；五和六合在一个标题下时，标题和第六部分的内容（信息处理费、“无其他需要报告的事项”）也不计入；" \
           "没有第五部分时由 S101 报告。"
    why = "格式要求第五部分具体说明存在的问题和改进措施，不得“笼统模糊、泛泛而谈”；只写“无”属于敷衍塞责，" \
          "是《条例》第四十七条所列应予纠正的情形。"
    basis = "《条例》第四十七条、第五十条；国办公开办函〔2021〕30号（第五部分）。"
    example = "五、存在的主要问题及改进情况\n暂无。"
    fix = "写明本年度工作中存在的具体问题（如公开不及时、解读不足）和已采取或将采取的改进措施。"

    def check(self, ctx):
        section = ctx.bound.section(5)
        if section is None:
            return  # S101 reports the missing section
        minimum = ctx.options.get("min_chars", _DEFAULT_MIN)
        # its heading written twice (S102's): what is under either copy is the section's
        copies = [s for s in ctx.bound.sections if s.number == 5 and s.spec is not None]
        written = [p for s in copies for p in s.paragraphs]
        # the problems and measures written as a table of the agency's own ("序号 | 存在问题 | 整改措施")
        # (each cell a line: a head cell "存在问题" is a sub-heading's label)
        tables = [t for s in copies for t in own_tables(s)]
        tabled = table_lines(tables, "\n")
        if sum(len(p.text) for p in written) + len(tabled) > 6 * minimum + 120:
            return  # (so much text holds the words however many are headings or the signature)
        paragraphs = [p for p in written if not _signature(p, ctx.bound.facts)]
        text = "\n".join([p.text for p in paragraphs] + ([tabled] if tabled else []))
        if merged_into(ctx, 6) is section:
            # 五 and 六 under one heading ("…改进情况及其他需要报告的事项"): 六's sentences (the fee, "无其他
            # 需要报告的事项") and the heading say nothing of the problems
            text = "\n".join(s for s in re.split(r"(?<=[。；;])|\n", text)
                              if s.strip() and not is_fee_sentence(s) and "其他需要报告" not in s)
        elif section.title_match not in ("exact", "variant", "renumbered"):
            text = section.section.heading + "\n" + text  # another wording: its words may be content
        n = content_chars(text)
        nothing = only_nothing(text)  # "无明显问题，将继续做好政府信息公开工作。"
        vowed = n >= minimum and nothing
        if n >= minimum and not vowed:
            return
        if not nothing and minimum <= _DEFAULT_MIN and real_sentences(text) >= 2:
            # "解读形式单一。下一步增加图解。": a problem and a measure, short but said ("存在一些不足。将进一步加强
            # 工作。" is two sentences naming neither)
            return
        label = ctx.section_label(5)
        body = " ".join([p.text.strip() for p in paragraphs if p.text.strip()] + ([" ".join(tabled.split())] if tabled else []))
        shown = f"“{body[:20]}{'…' if len(body) > 20 else ''}”"
        found = f"内容为{shown}，只有{n}个汉字" if body else "为空"
        found_en = f"it reads {shown}, {n} Chinese characters" if body else "it is empty"
        if vowed:
            found = f"内容为{shown}，只有笼统的表述（没有问题或存在不足、继续做好工作之类）"
            found_en = f"it reads {shown}, words said of any year (no problem or some shortcomings, the work goes on)"
        expected = "" if vowed else f"（除小标题外应至少有{minimum}个汉字）"
        expected_en = "" if vowed else f" (expected at least {minimum} Chinese characters besides sub-headings)"
        yield ctx.diag(self, section.section.span,
                       f"“{label}”{found}，没有具体说明存在的问题和改进措施{expected}",
                       f"“{label}”: {found_en}; it does not say what the problems were or how they are being "
                       f"addressed{expected_en}",
                       location=Location(section=label),
                       data={"found": body[:200], "chars": n,
                             "expected": "a problem or a measure named" if vowed else f">= {minimum} Chinese characters"})


# -- C205 --------------------------------------------------------------------------------------

#: place-name units, longest first (自治区 before 区, 民族乡 before 乡)
_UNITS = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "民族乡", "地区", "林区", "新区", "特区", "街道",
          "苏木", "省", "市", "州", "盟", "县", "旗", "区", "乡", "镇")
_PIECE = lazy(r"([^\s和与及、，,。\d]{1,12}?)(" + "|".join(_UNITS) + ")")
#: a "unit" that is really part of a word or of a zone, not an administrative division
_NOT_PLACES = ("城乡", "城镇", "城区", "社区", "园区", "景区", "市场", "乡镇", "县区", "区县", "市县", "县市", "省市",
               "开发区", "高新区", "保护区", "示范区", "试验区", "合作区", "功能区", "风景区", "工业区")
#: words that begin with a unit character but are not a place ("示例县乡村振兴局", "示例县市场监督管理局")
_WORDS = ("乡村", "乡镇", "区域", "区划", "市场", "市政", "市容", "市民", "市区", "县域", "县区", "县市", "区县", "市县",
          "省市", "省级", "市级", "县级", "区级", "乡级", "镇级", "省直", "市直", "县直", "区直", "省委", "市委", "县委",
          "区委", "镇村", "州市")


def place_of(agency: str) -> str:
    """The place an agency's name starts with, up to its last unit: "淮安市洪泽区" of
    "淮安市洪泽区人民政府", "示例镇" of "示例镇人民政府" (for the message; the agency's level is the
    report's fact, ``Facts.agency_level``).

    The name is read as a chain of place names from its start ("淮安市" "洪泽区" + "人民政府")."""
    name = nfkc(agency).strip(" 《》\"“”")
    pos, end = 0, 0
    while pos < len(name):
        m = _PIECE.match(name, pos)
        if m is None:
            break
        word = m.group(0)
        if any(bad in word for bad in _NOT_PLACES):
            break
        end = pos = m.end()
        # "新乡市…", "安乡县…", "红旗街道…": the lazy piece stopped at a unit character inside the
        # place name; the unit right after it is the real one ("示例县乡村振兴局" is not: 乡村 is a word)
        extended = True
        while extended:
            extended = False
            for unit in _UNITS:
                if name.startswith(unit, end) and not any(name.startswith(w, end) for w in _WORDS):
                    end = pos = end + len(unit)
                    extended = True
                    break
    return name[:end]


class RegulationsAtWrongLevel(Rule):
    code = "C205"
    name = "regulations-level"
    severity = "warning"
    needs = ("表二",)
    summary = "县级或乡镇机关在表二“规章”行填报了制发或现行有效件数"
    summary_en = "A county- or township-level body reports 规章 in 表二"
    what = "规章只由国务院部门和省、自治区、直辖市、设区的市、自治州人民政府制定（《立法法》（2023年修正）第九十一条、第九十三条）。" \
           "本规则从标题中的机关名称判断层级（没有标题时从落款的机关名称；都没有时，正文两次以上自称“我镇”“本街道”等、不自称其他层级的，是乡镇级）：名称中最后一个行政区划单位是乡、镇、街道、苏木（乡镇级），或县、自治县、旗、" \
           "区（直辖市和设区的市的区都是县级），则该机关及其部门不能制定规章，表二“规章”行的“本年制发件数”或" \
           "“现行有效件数”大于0值得核实。部门名称以县、旗开头（“示例县教育局”“示例市示例县卫生健康局”“示例盟示例旗…”）" \
           "或以“某市某区”“某区”开头（“示例市示例区教育局”“示例区统计局”）的是县级；“县”紧跟在“市”“省”后是词的一部分（“示例市县乡公路管理处”），" \
           "旗名至少两个字（“示例市红旗渠管理局”的“红旗”是词），“某市公安局某区分局”是市的部门，" \
           "“商务区”“开发区”“新区”“城区”“风景名胜区”等是功能区或城区而不是市辖区，“社区”“地区”“自治区”也不是，均不作县级。名称以“市”“州”“地区”“省”“自治区”结尾、" \
           "含开发区等功能区（县的开发区除外，它是县级），或无法判断层级时不报告。设区的市的工作部门（如“某市交通运输局”）本身也不制定规章，但其报告常列入本市政府在其领域制定的规章，" \
           "且从名称无法区分设区的市与县级市，因此不报告。"
    why = "县级、乡镇机关没有规章制定权，其表二填报的规章多半是把上级规章或本级规范性文件填错了行，数据不准确。"
    basis = "《中华人民共和国立法法》（2023年修正）第九十一条、第九十三条；国办公开办函〔2021〕30号（表二第二十条第（一）项）。"
    example = "示例镇人民政府2024年政府信息公开工作年度报告\n…\n规章\t1\t0\t1"
    fix = "核实表二“规章”行：本机关没有制定规章的，填0；本级制发的规范性文件填在“行政规范性文件”行。"

    def check(self, ctx):
        t2 = ctx.bound.tables.get("表二")
        if t2 is None or not t2.present:
            return
        facts = ctx.bound.facts
        # the level is the report's fact (one reading of the agency's name in the title, else of the
        # signer, else of the prose's "我镇"); the name and its place, for the message
        level = {"乡镇/街道": "township", "县级": "county"}.get(facts.agency_level)
        agency = facts.agency or facts.signer
        if level is None or not (agency or facts.level_said):
            return
        found = []
        for column in ("made", "valid"):
            c = t2.cell("rules", column)
            if c is not None and c.ok and c.value > 0:
                found.append(c)
        if not found:
            return
        first = found[0]
        loc = ctx.cell_location(first)
        values = "、".join(f"“{ctx.cell_location(c).column}”{c.value}" for c in found)
        values_en = ", ".join(f"{ctx.cell_location(c).column} = {c.value}" for c in found)
        level_zh = "乡镇级" if level == "township" else "县级"
        level_en = "township-level" if level == "township" else "county-level"
        if agency:
            place = place_of(agency) or agency
            where = "标题中的机关" if facts.agency else "落款的机关"
            body = f"{where}“{agency}”是{level_zh}（{place}）"
            body_en = f"“{agency}” {'in the title' if facts.agency else 'signing the report'} is a {level_en} " \
                      f"body ({place})"
        else:
            body = f"报告没有写明机关名称，正文自称“{facts.level_said}”，是{level_zh}机关"
            body_en = f"the report, naming no agency, calls itself “{facts.level_said}”: a {level_en} body"
        yield ctx.diag(
            self, first.span,
            f"表二“规章”行{values}，但{body}，无权制定规章"
            f"（规章只由国务院部门和省、自治区、直辖市、设区的市、自治州人民政府制定），应为0",
            f"表二 row 规章: {values_en}, but {body_en}, which cannot "
            f"make 规章 (only 国务院部门 and the people's governments of provinces, 设区的市 and 自治州 can); "
            f"expected 0",
            location=loc,
            related=[Related("表二 规章", c.span, ctx.cell_location(c)) for c in found[1:]],
            data={"found": {ctx.cell_location(c).column_key: str(c.value) for c in found}, "expected": "0",
                  "agency": agency, "level": level})


@hookimpl
def govlint_rules():
    return [ProblemsSectionThin, RegulationsAtWrongLevel]


@hookimpl
def govlint_options():
    return {"S105": {"min_chars": _DEFAULT_MIN}}
