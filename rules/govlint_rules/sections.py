"""S: the six sections and the report title."""
from __future__ import annotations

import re
import unicodedata

from govlint.plugin import (TITLE_LABEL_WORDS, Context, Edit, Location, Paragraph, Rule, enumerators, hookimpl, lazy,
                            leads_in_title, norm_label)

from .labels import same_words

_NUM = "一二三四五六七八九十"


def _label(ctx: Context, number: int) -> str:
    return ctx.section_label(number)


class StructureUnrecognised(Rule):
    code = "S100"
    name = "structure-unrecognised"
    severity = "warning"
    unread_ok = True
    summary = "无法识别报告的章节结构（六个部分的标题一个也没有找到）"
    summary_en = "The report's sections could not be recognised (none of the six headings was found)"
    what = "报告中一个官方部分标题（“一、总体情况”至“六、其他需要报告的事项”）也没有找到时，只给出这一条提示，" \
           "不再逐个报告缺少的部分。PDF中有一页没有文字层（扫描页）时也只给出这一条提示，说明是哪一页：" \
           "那一页上的标题、统计期限和表格无法读取，不报告它们缺失；缺少的部分的标题不可能在那一页上" \
           "（前后两部分的标题都在别的页上读出，如只印着一张表格图片的一页）时，照常检查各部分。"
    why = "六个标题都找不到，多半是文本在复制、转换时丢失了换行或标题格式，而不是六个部分都缺失；" \
          "逐个报告“缺少第×部分”只会得到六条不可靠的错误。"
    basis = "国办公开办函〔2021〕30号规定的六个部分。"
    example = "整篇报告被压成一行，且标题前后没有任何分隔。"
    fix = "检查报告是否使用了“一、总体情况”等官方标题；如文本是从网页或PDF复制的，请改用原始的Word或PDF文件检查。"

    def check(self, ctx):
        unread = ctx.bound.unread
        seen = unread.get("sections")
        f = ctx.bound.facts
        span = f.title_span or next((b.span for b in ctx.report.front), None)
        if "pages" in unread:  # a page the PDF has no text of
            page = unread["pages"]
            if seen is None:  # (the headings around it read: no missing section's heading can be on it)
                yield ctx.diag(self, span, f"报告有无法读取的页：{page[0]}", f"A page of the report cannot be read: "
                               f"{page[1]}", data={"found": page[1]})
                return
            yield ctx.diag(self, span, f"报告有无法读取的页：{seen[0]}；各部分的检查（S101–S103）未进行",
                           f"A page of the report cannot be read: {seen[1]}; the section checks (S101–S103) "
                           f"were not run", data={"found": seen[1]})
            return
        if seen is None:
            return
        yield ctx.diag(self, span, f"无法识别报告的章节结构：{seen[0]}；各部分的检查（S101–S103）未进行",
                       f"The report's sections could not be recognised: {seen[1]}; the section checks "
                       f"(S101–S103) were not run", data={"found": seen[1]})


#: the words that name each section in a heading that merges it with the section before or after it
#: ("五、存在的主要问题、改进情况及其他需要报告的事项": 五 and 六 under one heading)
_MERGED = {2: lazy(r"主动公开"), 3: lazy(r"收到和处理|依申请公开"), 4: lazy(r"行政复议.*行政诉讼|行政诉讼.*行政复议"),
           5: lazy(r"存在的?(?:主要)?问题"), 6: lazy(r"其[他它](?:需要)?(?:报告|说明)?的?事项")}


def merged_into(ctx: Context, number: int):
    """The bound section next to section ``number`` whose heading names that section too (the two
    merged under one heading), or None. Only a section the report lacks is looked for."""
    for s in ctx.bound.sections:
        if s.spec is None or abs(s.spec.number - number) != 1:
            continue
        pattern = _MERGED.get(number)
        title = norm_label(s.section.title)
        own = _MERGED.get(s.spec.number) or _SUBJECT.get(s.spec.number)
        if pattern is not None and pattern.search(title) and own is not None and own.search(title):
            return s
    return None


class SectionMissing(Rule):
    code = "S101"
    name = "section-missing"
    severity = "error"
    needs = ("sections",)
    summary = "缺少六个必备部分之一"
    summary_en = "One of the six required sections is missing"
    what = "检查报告是否按《政府信息公开工作年度报告格式》包含全部六个部分：总体情况、主动公开政府信息情况、" \
           "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。" \
           "相邻两部分合在一个标题下（如“五、存在的主要问题、改进情况及其他需要报告的事项”）时不报告缺少，由S103指出合并。"
    why = "《条例》第五十条规定年度报告的内容，并要求使用统一格式；缺少部分属于“发布内容不全面”。"
    basis = "《中华人民共和国政府信息公开条例》第五十条；国办公开办函〔2021〕30号。"
    example = "报告在“二、主动公开政府信息情况”之后直接出现表三各行，没有“三、收到和处理政府信息公开申请情况”标题。"
    fix = "按官方格式补上缺少的部分标题及其内容，编号使用“一、”至“六、”。"

    def check(self, ctx):
        present = {s.spec.number for s in ctx.bound.sections if s.spec is not None}
        sections = [s for s in ctx.bound.sections if s.spec is not None]
        for spec in ctx.bound.format.sections:
            if spec.number in present or merged_into(ctx, spec.number) is not None:
                continue  # (a section merged under its neighbour's heading is S103's to say)
            after = [s for s in sections if s.spec.number > spec.number]
            span = after[0].section.span if after else (sections[-1].section.span if sections else None)
            label = _label(ctx, spec.number)
            yield ctx.diag(self, span, f"缺少第{_NUM[spec.number - 1]}部分“{label}”",
                           f"Section {spec.number} “{label}” is missing",
                           location=Location(section=label), data={"expected": label})


class SectionOrder(Rule):
    code = "S102"
    name = "section-order"
    severity = "error"
    needs = ("sections",)
    summary = "各部分顺序错乱或重复"
    summary_en = "Sections out of order or duplicated"
    what = "检查六个部分是否按一至六的顺序各出现一次。某部分的一部分另起标题、其余部分顺延编号的" \
           "（“六、信息处理费收取情况”后接“七、其他需要报告的事项”），顺延的标题不算重复，由S103对另起的标题报告一次。" \
           "第一部分的各点用“二、”“三、”…编号、其后官方各部分又从“一、”开始编号的（“二、工作机制保障”…“六、平台建设”，" \
           "再“一、主动公开政府信息情况”…），前面各点属于第一部分，不算重复或顺序错误，由S103对编号有误的官方标题各报告一次。"
    why = "统一格式要求固定的结构，读者和汇总程序依靠顺序查找内容；重复的部分往往是复制粘贴留下的。"
    basis = "国办公开办函〔2021〕30号。"
    example = "“五、存在的主要问题及改进情况”出现在“四、…”之前，或“二、主动公开政府信息情况”出现两次。"
    fix = "删除重复的部分，按一至六的顺序排列。"

    def check(self, ctx):
        seen = set()
        highest = 0
        for s in ctx.bound.sections:
            if s.spec is None:
                continue
            n = s.spec.number
            label = _label(ctx, n)
            if n in seen and split_off_before(s, ctx.bound.sections):
                continue  # "六、信息处理费收取情况" then "七、其他需要报告的事项": 六 in two, S103 names the first
            if n in seen:
                yield ctx.diag(self, s.section.span, f"第{_NUM[n - 1]}部分“{label}”重复出现",
                               f"Section {n} “{label}” appears more than once",
                               location=Location(section=label), data={"found": s.section.heading})
            elif n < highest:
                yield ctx.diag(self, s.section.span,
                               f"第{_NUM[n - 1]}部分“{label}”出现在第{_NUM[highest - 1]}部分之后，顺序错误",
                               f"Section {n} “{label}” comes after section {highest}",
                               location=Location(section=label), data={"found": n, "expected_after": highest})
            seen.add(n)
            highest = max(highest, n)


#: words a title may add to the official one without saying anything else: the year, the agency
#: ("本机关", "我局"), "政府信息公开工作" ("一、2024年政府信息公开工作总体情况")
_PADDING = lazy(r"(?:19|20)\d\d年度?|本年度|年度|本机关|本单位|我(?:局|委|办|镇|乡|县|区|市|厅|中心|街道)"
                r"|政府信息公开|政务公开|信息公开|工作|的")


#: the words that name each section's subject: a title under the right numeral that holds them is
#: that section in other words ("五、存在的主要问题和下一步工作计划", "二、主动公开情况")
_SUBJECT = {1: lazy(r"总体|概况|概述|基本情况"), 2: lazy(r"主动公开"), 3: lazy(r"依申请公开|公开申请|收到和处理"),
            4: lazy(r"复议.*诉讼|诉讼.*复议"), 5: lazy(r"问题|不足"), 6: lazy(r"其他")}


def _same_subject(title: str, number: int) -> bool:
    pattern = _SUBJECT.get(number)
    return pattern is not None and pattern.search(norm_label(title)) is not None


def _padded(title: str, spec, agency: str) -> bool:
    """Is ``title`` the official title (or an accepted variant) with only the year, the agency and
    such words added?"""
    t = norm_label(title)
    if agency:
        t = t.replace(norm_label(agency), "")
    t = _PADDING.sub("", t)
    return bool(t) and any(t == _PADDING.sub("", norm_label(o)) for o in (spec.title, *spec.variants))


class SectionTitle(Rule):
    code = "S103"
    name = "section-title"
    severity = "warning"
    needs = ("sections",)
    fixable = True  # a title one or two characters off the official one (a typo) is replaced by it
    summary = "部分标题与官方表述不同"
    summary_en = "A section title differs from the official wording"
    what = "把每个部分的标题与官方格式比较。常见的可接受变体（如“存在的主要问题及下一步计划”）只给出提示（note）；" \
           "编号正确、用其他说法写同一内容的标题（如“五、存在的问题及整改措施”“二、主动公开情况”" \
           "“一、2024年政府信息公开工作总体情况”“一、总体公开情况”，以及少写了一个词的“五、存在的问题及改进情况”、换了连词又多一个“的”的“四、政府信息公开行政复议和行政诉讼的情况”，以及多了一个词的“六、其他需要报告的重要事项”）也只给出提示；其他不同的表述给出警告（只差一两个字的笔误并给出修复）。" \
           "只在“其它/其他”“以及/及”、标点或“的”上不同的标题，以及跨两行书写、合起来是官方标题的标题，视为官方标题，不报告。" \
           "一个标题同时写了相邻的另一部分（报告中没有该部分的标题），给出一条警告，指出两部分被合并；" \
           "其后的标题按合并后的顺序编号（如四、五合并后“五、其他需要报告的事项”），不再报告编号有误。" \
           "反过来，某部分的一部分另起标题、其余部分顺延编号（“六、信息处理费收取情况”后接“七、其他需要报告的事项”，" \
           "或插入“五、工作亮点”后接“六、存在的主要问题及改进情况”“七、其他需要报告的事项”），只对另起的标题报告一次，顺延的标题不再报告编号有误或重复（S102）。各部分顺序与官方不同、但按书写顺序编号一、二、三…的（“五、其他需要报告的事项”在“六、存在的主要问题及改进情况”之前），由S102报告顺序，不再报告编号有误。" \
           "标题中留有模板给排版者的说明（字体、字号、加粗，如“一、总体情况（宋体加粗小四号字）”）时给出警告，修复时删去这一说明；标题自己括注的内容（如“（2024年度）”）不算。"
    why = "统一的标题便于公众查找和上级汇总；标题与编号不符常常说明内容放错了位置。"
    basis = "国办公开办函〔2021〕30号。"
    example = "“五、存在问题及整改措施”（官方：“五、存在的主要问题及改进情况”）。"
    fix = "使用官方标题原文。"

    def check(self, ctx):
        present = {s.spec.number for s in ctx.bound.sections if s.spec is not None}
        merged = {}
        for spec in ctx.bound.format.sections:
            if spec.number not in present:
                into = merged_into(ctx, spec.number)
                if into is not None:
                    merged.setdefault(id(into), []).append(spec.number)
        reordered = numbered_in_order_written(ctx.bound.sections)
        for s in ctx.bound.sections:
            if s.spec is None:
                continue
            note = _TYPESETTING.search(s.section.heading)
            if note is not None and s.title_match in ("exact", "variant") and id(s) not in merged:
                yield self._typesetting(ctx, s, note.group())
                continue
            if s.title_match == "exact" and id(s) not in merged:
                continue
            official = _label(ctx, s.spec.number)
            found = _shown(s.section.heading)
            if id(s) in merged:
                others = [_label(ctx, n) for n in merged[id(s)]]
                nums = "、".join(_NUM[n - 1] for n in sorted([s.spec.number] + merged[id(s)]))
                yield ctx.diag(self, s.section.span,
                               f"标题“{found}”把第{nums}部分合在一起；官方格式中"
                               f"{'、'.join(f'“{o}”' for o in others)}是单独的部分，应为“{official}”",
                               f"Title “{found}” merges sections {', '.join(str(n) for n in sorted([s.spec.number] + merged[id(s)]))}; "
                               f"the official format has {', '.join(f'“{o}”' for o in others)} as a section of its own, "
                               f"and this one reads “{official}”",
                               location=Location(section=official),
                               data={"found": found, "expected": official, "merged": others})
                continue
            if s.title_match == "renumbered" and numbered_on(s, ctx.bound.sections):
                continue  # "七、其他需要报告的事项" after "六、信息处理费收取情况": numbered on from a part of
                # 六 given a heading of its own, which S103 names (one slip, one finding)
            if s.title_match == "renumbered" and reordered:
                continue  # "五、其他需要报告的事项" then "六、存在的主要问题及改进情况": the sections numbered in
                # the order written, which S102 names (one slip, one finding)
            if s.title_match == "renumbered" and _shifted_by_merge(s, ctx.bound.sections, merged):
                continue  # "五、其他需要报告的事项" after "四、…行政诉讼情况及存在的主要问题…": numbered on
                # from the merged heading, which S103 has named (one slip, one finding)
            if same_words(found, official) or same_words(found + _run_on(s), official) or (
                    s.section.number == s.spec.number
                    and any(same_words(norm_label(t), norm_label(s.spec.title))
                            for t in (s.section.title, s.section.title + _run_on(s)))):
                continue  # "六、其它需要报告事项", "五、存在的主要问题以及改进情况": the same title; a title
                # broken across two lines ("三、收到和处理政府信息" / "公开申请情况") is whole; under
                # another enumerator of the same number ("2. 主动公开政府信息的情况", "第五部分 存在的
                # 主要问题"), the title's words alone are compared, as under 二、
            if s.title_match == "different" and not _is_typo(found, official) and (
                    _padded(s.section.title, s.spec, ctx.bound.facts.agency)
                    or _same_subject(s.section.title, s.spec.number)):  # (a typo keeps its warning and fix)
                yield ctx.diag(self, s.section.span,
                               f"标题“{found}”是可接受的变体，官方表述为“{official}”",
                               f"Title “{found}” is an accepted variant of the official “{official}”",
                               location=Location(section=official), severity="note",
                               data={"found": found, "expected": official})
            elif s.title_match == "renumbered":
                yield ctx.diag(self, s.section.span,
                               f"标题“{found}”的编号有误，应为“{official}”",
                               f"Title “{found}” has the wrong numeral; it should read “{official}”",
                               location=Location(section=official), data={"found": found, "expected": official})
            elif s.title_match == "variant":
                yield ctx.diag(self, s.section.span,
                               f"标题“{found}”是可接受的变体，官方表述为“{official}”",
                               f"Title “{found}” is an accepted variant of the official “{official}”",
                               location=Location(section=official), severity="note",
                               data={"found": found, "expected": official})
            elif (after := _official_after(s, ctx.bound.sections)) is not None:
                # "五、工作亮点" before "六、存在的主要问题及改进情况": a section inserted, the official one numbered on
                shown = _shown(after.section.heading)
                yield ctx.diag(self, s.section.span,
                               f"“{found}”不是官方格式的部分：官方格式的第{_NUM[s.spec.number - 1]}部分是“{official}”"
                               f"（报告中写作其后的“{shown}”）；插入的内容应并入相应部分，其后各部分按官方编号",
                               f"“{found}” is no section of the official format: its section {s.spec.number} is "
                               f"“{official}” (written after it as “{shown}”); what was inserted belongs in a section, "
                               f"and the sections after it take the official numbers",
                               location=Location(section=official), data={"found": found, "expected": official})
            else:
                typo = _is_typo(found, official)
                yield ctx.diag(self, s.section.span, f"标题“{found}”与官方表述“{official}”不同",
                               f"Title “{found}” differs from the official “{official}”",
                               location=Location(section=official), data={"found": found, "expected": official},
                               fix=[Edit(s.section.span, official, s.section.heading)] if typo else ())


    def _typesetting(self, ctx, s, note: str):
        """A heading that keeps the template's note to the typist ("一、总体情况（宋体加粗小四号字）"):
        an instruction, not a word of the title; the fix takes it out."""
        heading = s.section.heading
        found = _shown(heading)
        mended = heading.replace(note, "").rstrip()
        return ctx.diag(self, s.section.span,
                        f"标题“{found}”中留有模板的排版说明“{note}”，应删去",
                        f"Title “{found}” keeps the template's typesetting note “{note}”, which should be removed",
                        location=Location(section=_label(ctx, s.spec.number)),
                        data={"found": found, "expected": _shown(mended)},
                        fix=[Edit(s.section.span, mended, heading)])


#: a note to the typist left from a template, in brackets: a typeface, a size, bold ("（宋体加粗小四号字）",
#: "(黑体三号)", "（仿宋_GB2312 三号字）"); never a heading's own words in brackets ("（一）", "（2024年）")
_TYPESETTING = lazy(r"[（(][^（）()]{0,16}?(?:宋体|黑体|仿宋|楷体|小标宋|GB2312|加粗|[小初]?[一二三四五六七八]号字|小[一二三四五六]号?)"
                    r"[^（）()]{0,16}[）)]")


def numbered_in_order_written(sections) -> bool:
    """Are the sections out of the official order but numbered 一, 二, 三… in the order they are
    written ("五、其他需要报告的事项" before "六、存在的主要问题及改进情况")? Each numeral is then right for
    where its section stands: the order is the slip (S102 names it), not the numerals."""
    found = [s for s in sections if s.spec is not None]
    written = [s.section.number for s in found]
    official = [s.spec.number for s in found]
    return (written == list(range(1, len(found) + 1)) and sorted(official) == written
            and official != written)


def split_off_before(s, sections) -> bool:
    """Is ``s`` (the official title of its section under the next numeral: "七、其他需要报告的事项") numbered on
    from the section just before it, which has that section's numeral and a title of its own ("六、信息处理费
    收取情况")? Staff gave a part of the section a heading and number of its own and numbered the rest on:
    the section is in two, not repeated nor mistyped. The heading before says it (S103, "different")."""
    if s.title_match != "renumbered" or s.spec is None or s.section.number != s.spec.number + 1:
        return False
    if not (same_words(norm_label(s.section.title), norm_label(s.spec.title))
            or _same_subject(s.section.title, s.spec.number)):
        return False  # (its title the official one, or its section's in other words: "…及改进措施")
    before = None
    for other in sections:
        if other is s:
            break
        before = other
    return (before is not None and before.spec is not None and before.spec.number == s.spec.number
            and before.section.number == s.spec.number and before.title_match == "different")


def _official_after(s, sections):
    """The section right after ``s`` that holds the official title of ``s``'s number, numbered on from it
    (:func:`split_off_before`): ``s`` was inserted before it ("五、工作亮点" before "六、存在的主要问题及改进情况")."""
    found = [o for o in sections if o.spec is not None]
    i = next((k for k, o in enumerate(found) if o is s), len(found))
    after = found[i + 1] if i + 1 < len(found) else None
    if after is not None and after.spec.number == s.spec.number and split_off_before(after, sections):
        return after
    return None


def numbered_on(s, sections) -> bool:
    """Is ``s`` numbered on from a heading of its own given to a part of a section (:func:`split_off_before`),
    directly or after other headings so numbered on ("五、工作亮点", "六、存在的主要问题及改进情况",
    "七、其他需要报告的事项": 七 is one on from 六 as 六 is from 五)? The one slip is the inserted heading."""
    if split_off_before(s, sections):
        return True
    if s.title_match != "renumbered" or s.spec is None or s.section.number != s.spec.number + 1:
        return False
    found = [o for o in sections if o.spec is not None]
    i = next((k for k, o in enumerate(found) if o is s), 0)
    if i == 0:
        return False
    before = found[i - 1]
    return (before.section.number == s.section.number - 1 and before.spec.number == s.spec.number - 1
            and numbered_on(before, sections))


def _shifted_by_merge(s, sections, merged: dict) -> bool:
    """Is the numeral of ``s`` (an official title under another numeral) the one the report's own
    count gives after the headings before it that merge two sections each (``merged``: id → the
    numbers merged into it), i.e. numbered on from a merge rather than mistyped?"""
    before = 0
    for other in sections:
        if other is s:
            break
        before += len(merged.get(id(other), ()))
    # (the title's words before a sentence's end: "五、其他需要报告的事项。无。", its answer run on)
    title = re.split(r"[。：:]", s.section.title, 1)[0]
    return before > 0 and s.section.number + before == s.spec.number and same_words(
        norm_label(title), norm_label(s.spec.title))


def _shown(heading: str) -> str:
    """The heading as a reader sees it: without Markdown's "## " and "**"."""
    return enumerators.AROUND.sub("", heading) or heading


def _run_on(section) -> str:
    """The first line of a section when it is short and no sentence (the rest of a title broken
    across two lines), else ""."""
    first = section.blocks[0] if section.blocks else None
    text = getattr(first, "text", None)
    if isinstance(first, Paragraph) and text and len(text.strip()) <= 16 and "。" not in text:
        return text.strip()
    return ""


#: the words a title is reworded with rather than mistyped: connectives, and the words the titles'
#: subjects are said in ("整改" for "改进", "措施" for "情况", "下一步工作打算")
_REWORDED = lazy(r"以及|及|和|与|、|，|的|整改|改进|措施|情况|计划|打算|安排|举措|下一步|不足|工作|报告|说明")


def _word_left_out(found: str, official: str) -> bool:
    """Is ``found`` ``official`` with one run of two or more characters left out ("存在的问题" for
    "存在的主要问题")? Staff shorten a title by a word; a slip of the keyboard drops or changes one
    character."""
    cut = len(official) - len(found)
    if cut < 2:
        return False
    i = 0
    while i < len(found) and found[i] == official[i]:
        i += 1
    return found[i:] == official[i + cut:]


def _is_typo(found: str, official: str, most: int = 2) -> bool:
    """The same numeral and a title at most ``most`` characters (inserted, left out or changed)
    off the official one, fewer than half of its words, on a title long enough that this is a typo
    and not another wording."""
    if not found or not official or found[:2] != official[:2] or len(official) < 6:
        return False
    a, b = found[2:], official[2:]
    if _REWORDED.sub("", a) == _REWORDED.sub("", b):
        return False  # "及整改情况" for "及改进情况", "行政复议及行政诉讼" for "行政复议、行政诉讼", "行政复议和行政诉讼的
        # 情况" (和 and an extra 的): other words
    if _word_left_out(a, b) or _word_left_out(b, a):
        return False  # "存在的问题及改进情况" for "存在的主要问题及改进情况": a word left out, a shorter wording;
        # "其他需要报告的重要事项": a word put in, a longer one
    if abs(len(a) - len(b)) > most:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return 0 < prev[-1] <= most and 2 * prev[-1] < len(b)  # ("基本情况" for "总体情况": half of it, other words)


#: the words before a report's first "报告" that make them a title run into the text after it: no
#: clause mark ("根据《条例》的要求，编制本报告" is the preamble's sentence), at most this many characters
_TITLE_RUN_IN = 120


#: a page's metadata table's label of the title ("标题：", "标　题：", or a cell of its own: "标题 …") and how
#: far into a flattened page it may stand (索引号, 主题分类, 发布机构, 成文日期 before it)
_TITLE_KEY = lazy(TITLE_LABEL_WORDS + r"(?:\s*[:：]|\s+)")
_METADATA_RUN = 400


def _title_run_in(text: str) -> bool:
    """Does ``text`` open with the report's title run into what follows ("《示例镇…年度报告》 根据…",
    "索引号：… 标　题：示例镇…年度报告 示例镇…")? The words up to the first 报告 hold 政府信息公开 and
    no clause or sentence mark; after a metadata table's "标题：" when the table runs in before it (a
    long agency's name, 主题分类 and 成文日期 put the title past the first 120 characters)."""
    key = _TITLE_KEY.search(text, 0, _METADATA_RUN)
    if key is not None and not any(c in text[:key.start()] for c in "，,。；;"):
        text = text[key.end():]
    end = text.find("报告", 0, _TITLE_RUN_IN)
    head = text[:end]
    return end > 0 and "政府信息公开" in head and not any(c in head for c in "，,。；;")


class ReportTitle(Rule):
    code = "S104"
    name = "report-title"
    severity = "warning"
    summary = "报告标题缺少机关名称、年份或“政府信息公开工作年度报告”"
    summary_en = "The title lacks the agency, the year or “政府信息公开工作年度报告”"
    what = "检查报告开头的标题是否写明发布机关、报告年度和“政府信息公开工作年度报告”字样。" \
           "文本失去换行、标题与后文连在一起（“《××2024年政府信息公开工作年度报告》 根据…”）时，不报告没有标题。"
    why = "标题是公众和上级检索报告的依据；缺少年份或机关名称的报告无法归档和比对。"
    basis = "国办公开办函〔2021〕30号；《条例》第四十九条。"
    example = "“2024年政府信息公开工作报告”（缺少机关名称，也不是“年度报告”）。"
    fix = "使用“××（机关名称）20××年政府信息公开工作年度报告”的形式。"

    def check(self, ctx):
        f = ctx.bound.facts
        if not f.title:
            # say so only when the report certainly has none: nothing before 一、, or prose only. A web
            # page's title may sit where the reader cannot see it, and a short line govlint cannot
            # read as a title may still be one: quiet then.
            if ctx.report.source.get("kind") == "html":
                return
            if any(not isinstance(b, Paragraph) or ("。" not in b.text and len(b.text.strip()) <= 80
                                                    and not leads_in_title(b.text))
                   for b in ctx.report.front):
                return
            first = next((b for b in ctx.report.front), None)
            if first is not None and _title_run_in(first.text):
                return  # the title run into the preamble (a copy that lost its line breaks): there, uncut
            span = first.span if first is not None else (ctx.bound.sections[0].section.span
                                                          if ctx.bound.sections else None)
            yield ctx.diag(self, span, "报告没有标题（应为“××20××年政府信息公开工作年度报告”）",
                           "The report has no title (expected “<agency> <year>年政府信息公开工作年度报告”)",
                           data={"expected": "××20××年政府信息公开工作年度报告"})
            return
        missing_zh, missing_en = [], []
        # a web page's article often repeats the title without the agency ("2024年政府信息公开工作年度
        # 报告") under a page heading or site banner that names it, outside what the reader keeps
        if not f.agency and ctx.report.source.get("kind") != "html":
            missing_zh.append("机关名称")
            missing_en.append("the agency")
        if f.title_year is None:
            missing_zh.append("年份")
            missing_en.append("the year")
        words = re.sub(r"\s+", "", unicodedata.normalize("NFKC", f.title))
        if "政府信息公开" not in words or "报告" not in words or "年度" not in words:
            missing_zh.append("“政府信息公开工作年度报告”")
            missing_en.append("“政府信息公开工作年度报告”")
        if missing_zh:
            yield ctx.diag(self, f.title_span, f"报告标题“{f.title}”缺少{'、'.join(missing_zh)}",
                           f"The title “{f.title}” lacks {', '.join(missing_en)}",
                           data={"found": f.title, "missing": missing_en})


def _signer_span(ctx: Context):
    """The closing's line that names the signer (the date's line when none of the last lines does)."""
    f = ctx.bound.facts
    name = "".join(f.signer.split())
    last = list(ctx.report.closing) or (list(ctx.report.sections[-1].paragraphs[-8:]) if ctx.report.sections else [])
    for p in reversed(last):
        if isinstance(p, Paragraph) and name in "".join(p.text.split()):
            return p.span
    return f.date_span or f.month_span


class SignerAgency(Rule):
    code = "S106"
    name = "signer-agency"
    severity = "warning"
    summary = "落款机关与标题中的机关不一致"
    summary_en = "The agency that signs the report is not the one its title names"
    what = "比较报告标题中的机关名称与落款（成文日期旁）的机关名称。简称（“发改局”与“发展和改革局”）、" \
           "机关的办公室代为落款（“××局办公室”）、落款多写或少写上级地名（“示例镇”与“示例县示例镇人民政府”）" \
           "都视为同一机关。几个机关共同落款（管委会与其党工委、镇党委与镇人民政府，分行或同一行书写）时，" \
           "其中一个是标题中的机关即可；上级机关的分局地名在前的写法（“样例县生态环境分局”与“样例市生态环境局样例县分局”）、" \
           "机关在括号中的第二个名称（“××局（××局）”），以及落款与日期写在同一行（中间以空格或制表符分隔，日期在前亦可）" \
           "也都照此比较。报告说明本机关由哪些机关更名或整合组建（“原××局与原××局整合组建……”）时，" \
           "落款为其中一个原机关名称的，即使与现名称的简称相像，也视为另一个机关；反过来，前言或“一”中有一句话同时写到" \
           "标题中的机关和落款机关，并说明前者撤销、更名、并入后者或由后者代为发布（“撤销青石乡，设立青石镇”" \
           "“××局撤销，其职责划入××局”“由××局代为发布”）时，落款为承接的机关，不报告。" \
           "文件是几份报告的汇编（标题以“汇编”结尾，落款之后还有另一份报告，见S108）时，标题是汇编的封面，不作比较。"
    why = "落款是发布机关的署名。落款写成另一个机关（套用其他单位或上年的模板、机构改革后仍用旧名称、名称打错）" \
          "的报告，公众无法确认它由谁发布、对谁负责。"
    basis = "《条例》第五十条（各级行政机关应当公布本机关的政府信息公开工作年度报告）；国办公开办函〔2021〕30号。"
    example = "标题为“示例县投资促进局2024年政府信息公开工作年度报告”，落款为“示例县国有资产管理局”。"
    fix = "落款使用标题中发布机关的现名称（机构改革后使用新名称），与标题一致。"

    def check(self, ctx):
        f = ctx.bound.facts
        if not f.signed_by_another:
            return
        if ctx.bound.another is not None and "汇编" in (f.title or ""):
            return  # (the title is a compilation's cover, "…年度报告汇编": its first report is signed by its own agency)
        yield ctx.diag(self, _signer_span(ctx),
                       f"落款机关“{f.signer}”与标题中的机关“{f.agency}”不一致（落款应为发布报告的机关）",
                       f"The report is signed by “{f.signer}”, not by the agency its title names, “{f.agency}”",
                       data={"found": f.signer, "expected": f.agency})


class PrefaceAgency(Rule):
    code = "S107"
    name = "preface-agency"
    severity = "warning"
    summary = "前言所称报告的机关与标题中的机关不一致"
    summary_en = "The preface names the report as another agency's than its title's"
    what = "前言（“一、总体情况”之前，或“一”开头说“本报告”“现将”的句子）用“现公布”“现将”“编制”“发布”等说出本报告是哪个机关哪一年的报告时" \
           "（“现公布示例县民族宗教事务局2025年度政府信息公开工作年度报告”），比较这一机关与标题中的机关。" \
           "简称、少写上级地名、机关的办公室代为编制都视为同一机关（与S106相同的比较）；“本局”“我镇”等说的是本机关；" \
           "前言所称机关与落款机关相同（落款与标题不一致，由S106报告）时不再报告。"
    why = "前言写成另一个机关的报告，多是套用了其他机关的报告或模板而没有改全，读者无法确认报告所说的工作属于哪个机关。"
    basis = "《条例》第五十条（各级行政机关应当公布本机关的政府信息公开工作年度报告）；国办公开办函〔2021〕30号。"
    example = "标题为“示例县示例镇人民政府2025年政府信息公开工作年度报告”，前言写“现公布示例县民族宗教事务局2025年度政府信息公开工作年度报告”。"
    fix = "把前言中的机关名称改为发布报告的机关，并核对全文是否还有套用的内容。"

    def check(self, ctx):
        f = ctx.bound.facts
        if not f.prefaced:
            return
        yield ctx.diag(self, f.prefaced_span,
                       f"前言称本报告为“{f.prefaced}”的年度报告，与标题中的机关“{f.agency}”不一致（可能套用了其他机关的报告）",
                       f"The preface names this report as the annual report of “{f.prefaced}”, not of the agency its "
                       f"title names, “{f.agency}” (another agency's report may have been copied)",
                       data={"found": f.prefaced, "expected": f.agency})


class AnotherReport(Rule):
    code = "S108"
    name = "another-report"
    severity = "note"
    unread_ok = True  # about the file, not the tables
    summary = "文件在报告落款之后还有另一份报告，只检查了第一份"
    summary_en = "The file holds another report after this one's closing; only the first was checked"
    what = "报告落款（机关名称，下一行为日期）之后又出现一份报告的标题（单独一行，含年份和“政府信息公开工作年度报告”，" \
           "如几个机关的报告汇编在一个文件中，或在报告后附上年度报告）时报告一次，指出该标题。govlint只检查第一份报告：" \
           "其后的文字、表格和落款不与第一份报告的表格核对，也不作为它的落款。"
    why = "把几份报告当作一份检查，后面报告的数字会与第一份报告的表格比较，落款日期也会取自最后一份，得出不实的结论。"
    basis = "《条例》第五十条：各行政机关公布本机关的年度报告，每份报告单独成文。"
    example = "汇编文件中，示例镇的报告落款之后是“样例乡人民政府2024年政府信息公开工作年度报告”。"
    fix = "把每份报告存为单独的文件，分别检查。"

    def check(self, ctx):
        title = ctx.bound.another
        if title is None:
            return
        t = title.text.strip()
        yield ctx.diag(self, title.span,
                       f"报告落款之后还有另一份报告“{t}”（第{title.span.line}行起），只检查了第一份；请把每份报告分开检查",
                       f"Another report, “{t}”, follows this one's closing (from line {title.span.line}); only the "
                       f"first was checked: check each report on its own",
                       data={"found": t})


@hookimpl
def govlint_rules():
    return [StructureUnrecognised, SectionMissing, SectionOrder, SectionTitle, ReportTitle, SignerAgency, PrefaceAgency,
            AnotherReport]
