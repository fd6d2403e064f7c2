"""P: the statistics period and the publication date."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from govlint.plugin import Rule, enumerators, hookimpl, lazy, nfkc

from .prose import runs, sub_span

#: a paragraph opening with a year, the year its work is told of: "2023年，本局…", after its item's own
#: heading ("（一）主动公开情况。2023年，…", "（三）政府信息管理情况 2023年，…": a space for its stop); not a year
#: since which ("2023年以来"), nor a month ("2023年12月")
_OPENS_WITH_YEAR = lazy(rf"^\s*(?:{enumerators.PAREN}[^。，,：:；;]{{0,16}}(?:[。：:]\s*|\s+))?"
                        r"((?:19|20)\d\d)\s*年度?\s*[，,]")
#: a year in a section's heading ("一、2023年度总体情况", "二、主动公开政府信息情况（2023年）")
_HEADING_YEAR = lazy(r"((?:19|20)\d\d)\s*年")
#: where a heading's first sentence runs on after its title ("一、总体情况。2023年以来，…")
_RUN_ON = lazy(r"[。，,：:；;]")
#: a paragraph setting last year against this one: "2023年，我镇收到申请9件；本年度收到13件"; or telling of an
#: earlier year's event that lasts till now ("2022年，我局被确定为…试点单位，…沿用至今", voices56d)
_THIS_YEAR = lazy(r"本年|今年|同比|上一?年|去年|相比|相较|至今|迄今|以来|此后|自此|延续至|沿用|一直")

#: in the first sentence after an earlier year, an event of that year, not its work ("2022年，我镇被确定为…试点乡镇，
#: 试点经验在全县推广", "2019年，我局组建…"): background to this year's, not a copied account of that year's
_EVENT = lazy(r"被(?:确定|列|评|命名|授予|选)为?|获评|获批|入选|成立|组建|挂牌|设立")


class Period(Rule):
    code = "P701"
    name = "period"
    severity = "warning"
    summary = "未说明统计期限，统计期限的年份或前言所称的报告年份与标题年份不同，或落款日期早于统计期限结束"
    summary_en = "The statistics period is missing, its year or the year the preface names the report by differs from the title year, or the report is dated before it ends"
    what = "查找“本报告所列数据的统计期限自X年1月1日起至X年12月31日止”一类的说明（可跨行、可用中文数字或全角数字，“日”可写作“号”，“起”可写作“始”“开始”），" \
           "检查它是否存在，年份是否与标题一致；从1月1日起、却在同年12月31日之前止的（如“自2021年1月1日起至2021年12月30日止”），说明统计的不是全年，也报告（日期本身不存在的，如“2月30日”，是乱码，不报告）；说明中的年份不确定时（如只写“1月1日至12月31日”或“统计期限为本年度”）不比较年份；只写统计截止时间（如“数据统计截止时间为20××年12月31日”“统计期限截至20××年12月31日”）时，比较截止的年份；只说数据是哪一年的（如“本报告所列数据为20××年度数据”“统计数据均为20××年全年数据”）时，比较这一年份（“据统计，20××年度…”说的是该年的某个数字，不算；统计年报、报表、公报、通知等的名称所带的年份，如“已按要求报送行政执法统计年报(20××年度)”“《…统计报表（20××年度）》”，说的是那份文件，不算说明统计期限）；“本报告所列数据均为本年度数据”说明了统计期限，不报告未说明；前言说明本报告的范围（如“本报告…涵盖2023年…政府信息公开工作情况”“编制本年度报告，全面反映2023年度工作成效”）也说明了统计期限；“现将2023年工作情况报告如下”一类的过渡句几乎每份报告都有，不算说明统计期限（这一年与标题不同时按前言所称的报告年份报告，如标题为2024年而前言写“现将我办2023年度政府信息公开情况报告如下”）。统计期限与标题一致时，再看表格下的“注：”“备注：”“说明：”：注明的数据截止年份（如“注：本表数据截至20××年12月31日”，随上年的表格一起套用）与标题不同时也报告（说的是上年、同比数据的注不算）。前言（“一、总体情况”之前，或“一”开头说“本报告”“现将”“特向社会公布”的句子）称本报告为另一年度的报告时也报告，位置在该年份（如标题、统计期限均为2024年，前言写“编制完成2025年度政府信息公开工作年度报告”“我局编制了2023年政府信息公开工作年度报告”“特向社会公布…2023年政府信息公开工作年度报告”“现将…2023年度政府信息公开工作的有关情况向社会公布”）：只认动词“编制”“公布”“发布”等或“本报告为”紧接年份、其后是报告名称（名称之后句子停顿或结束，或是“如下”“向社会公布”“全文公布”等）的说法；书名号中的通知（“《…关于编制公布2023年政府信息公开工作年度报告有关事项的通知》”）、上年报告的引用（“根据2023年度报告的整改要求”“与2023年度报告相比”）、发布的年月（“本报告于2025年1月编制完成”）、当年工作的记述（“按时编制并公布2023年度…年度报告”）、上年报告所提问题的整改（“现将2023年度报告提出问题的整改情况报告如下”）、随正文复制下来的网页路径（“政府信息公开 > 政府信息公开年报 > …2023年…年度报告”）不算；前言所称年份不止一个且其一与标题相同时不报告；统计期限的年份已与标题不同时只报告统计期限。统计期限与标题年份一致（或没有说明统计期限，而“一”中也说到标题的年份）时，“一、总体情况”中以更早的年份开头的段落（“2023年，本局…”“（一）主动公开情况。2023年，…”，多是沿用了上年报告的文字）也报告，一次；段落中也提到报告年份或“本年度”“今年”“同比”“上年”等（上年与本年对比）、说到往年的事件（“2022年，我镇被确定为…试点”“2019年，我局组建…”）或延续至今的事（“…沿用至今”“此后”“一直”）、“2023年以来”“2023年12月”等不算；部分标题中写有更早的年份（“一、2023年度总体情况”）的也报告，一次（写以后年份的，如“五、存在的主要问题及2025年改进计划”，不算）。报告末尾的落款日期早于统计期限结束（报告年度12月31日之前，如2024年度报告落款“2024年1月25日”，多是年份写成了报告年度；或“2024年12月28日”，全年的数字此时尚无法统计完整）时也报告：年度报告不能在年度结束前写成。统计期限、统计截止时间、表下注明的截止时间或前言所称的报告年度与标题年份不一致时为错误（error）：数字统计的是另一年；其余（未说明统计期限、期限不是全年等）为警告。"
    why = "年度报告的数据截至报告年度12月31日；不写明统计期限，读者无法确认口径，年份不一致通常是套用了往年的报告；前言把本报告称作另一年度的报告，读者无法确认报告说的是哪一年。"
    basis = "国办公开办函〔2021〕30号；《条例》第五十条。"
    example = "标题为“2024年…年度报告”，正文写“统计期限自2023年1月1日起至2023年12月31日止”。"
    fix = "在总体情况开头写明“本报告所列数据的统计期限自20××年1月1日起至20××年12月31日止”，年份与标题一致。"

    def _named(self, ctx, f):
        """The preface naming the report itself as another year's ("编制完成2023年度政府信息公开工作年度报告" in the
        report on 2022), when the statistics period says nothing against the title (else that is the finding)."""
        if f.named is None:
            return
        year = f.title_year if f.title_year is not None else f.year
        yield ctx.diag(self, f.named_span, f"前言称本报告为{f.named}年度报告，与标题年份{year}年不一致",
                       f"The preface names this report as the report on {f.named}, not the title year {year}",
                       severity="error", data={"found": str(f.named), "expected": str(year)})

    def _headings(self, ctx, year):
        """A section heading naming an earlier year than the report's, the period and title agreeing on
        it ("一、2023年度总体情况" in the report on 2024): last year's heading kept (voices56d). Said once,
        at the first such heading. (A later year may be a plan's: "五、存在的主要问题及2025年改进计划".)"""
        for sec in ctx.bound.sections:
            if sec.spec is None:
                continue
            heading = _RUN_ON.split(sec.section.heading.strip(), 1)[0]  # (not a first sentence run on after it)
            m = _HEADING_YEAR.search(nfkc(heading))
            if m is None or int(m.group(1)) >= year:
                continue
            yield ctx.diag(
                self, sec.section.span,
                f"部分标题“{heading}”中的年份{m.group(1)}年与统计期限和标题的年份{year}年不一致，可能沿用了往年报告的文字",
                f"The section heading “{heading}” names the year {m.group(1)}, not the year {year} of the title and the "
                f"statistics period: it may be copied from an earlier report",
                data={"found": m.group(1), "expected": str(year)})
            return

    def _opened(self, ctx, year, period=True):
        """A paragraph of 一 opening with an earlier year than the report's, the period and title agreeing
        on it ("2023年，经开区…公开…" in the report on 2024): the year's work in last year's words. Not a
        paragraph that names the report's year too, or this year in words ("本年度"): last year against this.
        With no period stated (``period`` False), the title's year only where 一 speaks of it too ("（二）…
        2021年，…"): a title may name the year it is published in."""
        sec = ctx.bound.section(1)
        paragraphs = list(runs(sec.paragraphs)) if sec is not None else []
        if not period and not any(f"{year}年" in nfkc(p.text) for p in paragraphs):
            return
        agreed, agreed_en = ("统计期限和标题", "the title and the statistics period") if period else ("标题", "the title")
        for p in paragraphs:
            text = nfkc(p.text)
            m = _OPENS_WITH_YEAR.match(text)
            if m is None or int(m.group(1)) >= year or str(year) in text or _THIS_YEAR.search(text):
                continue
            stop = text.find("。", m.end())
            if _EVENT.search(text, m.end(), stop if stop >= 0 else len(text)):
                continue
            said = p.text[m.start(1):m.end()] if len(text) == len(p.text) else f"{m.group(1)}年，"
            label = ctx.section_label(1)
            yield ctx.diag(
                self, sub_span(p, m.start(1), m.end(1)) if len(text) == len(p.text) else p.span,
                f"“{label}”的段落以“{said}”开头，与{agreed}的年份{year}年不一致，可能沿用了往年报告的文字",
                f"A paragraph of section “{label}” opens with “{said}”, not the year {year} of {agreed_en}: it may "
                f"be copied from an earlier report",
                data={"found": m.group(1), "expected": str(year)})
            return

    def check(self, ctx):
        f = ctx.bound.facts
        cutoff = f.cutoff
        if f.period is None and cutoff is not None and f.title_year is not None and cutoff != f.title_year:
            # "数据统计截止时间为2023年12月31日" in a report on 2024: the figures are another year's
            yield ctx.diag(self, f.cutoff_span, f"统计截止时间为{cutoff}年12月31日，与标题年份{f.title_year}年不一致",
                           f"The statistics are counted up to 31 December {cutoff}, not the title year {f.title_year}",
                           severity="error", data={"found": f"{cutoff}-12-31", "expected": str(f.title_year)})
            return
        if f.period is None and f.period_text:
            short = f.period_short
            if short is not None:
                # "自2021年1月1日起至2021年12月30日止": the year's figures are counted to its 31 December
                yield ctx.diag(self, f.period_span,
                               f"统计期限止于{short.year}年{short.month}月{short.day}日，不是全年（应至{short.year}年12月31日）",
                               f"The statistics period ends on {short.isoformat()}, short of the whole year "
                               f"(expected {short.year}-12-31)",
                               data={"found": short.isoformat(), "expected": f"{short.year}-12-31"})
            yield from self._named(ctx, f)
            return  # a period is stated, but its years are not certain (no year, not a whole year)
        if f.period is None:
            yield from self._named(ctx, f)
            if "pages" in ctx.bound.unread:
                return  # it may be on a scanned page (S100 says the page cannot be read)
            if f.scope is None:  # (the preface stating the report's scope says the period in words)
                sec = ctx.bound.section(1)
                span = sec.section.span if sec else f.title_span
                yield ctx.diag(self, span, "未说明统计期限（如“本报告所列数据的统计期限自20××年1月1日起至20××年12月31日止”）",
                               "The statistics period is not stated (e.g. “统计期限自20××年1月1日起至20××年12月31日止”)",
                               data={"expected": "统计期限自X年1月1日起至X年12月31日止"})
            if f.title_year is not None and f.named is None:
                yield from self._opened(ctx, f.title_year, period=False)
            return
        start, end = f.period
        if f.year is not None and (start != f.year or end != f.year):
            found = f"{start}年" if start == end else f"{start}年至{end}年"
            found_en = f"{start}" if start == end else f"{start}–{end}"
            yield ctx.diag(self, f.period_span, f"统计期限为{found}，与标题年份{f.year}年不一致",
                           f"The statistics period ({found_en}) differs from the title year {f.year}",
                           severity="error", data={"found": f"{start}-{end}", "expected": str(f.year)})
        else:
            yield from self._named(ctx, f)
            if f.year is not None and f.named is None:
                yield from self._opened(ctx, f.year)
        if f.year is not None and (start, end) == (f.year, f.year) and f.noted is not None:
            # the period right, a table's note copied with last year's table: "注：本表数据截至2023年12月31日。"
            yield ctx.diag(self, f.noted_span, f"表下注明的数据截止时间为{f.noted}年12月31日，与标题年份{f.year}年不一致",
                           f"A table's note counts its data to 31 December {f.noted}, not the title year {f.year}",
                           severity="error", data={"found": f"{f.noted}-12-31", "expected": str(f.year)})
        if f.year is not None and (start, end) == (f.year, f.year):
            yield from self._headings(ctx, f.year)
        year = f.covered_year
        if f.date is not None and not f.date_said and year is not None and f.date < date(year, 12, 31):
            # "2021年1月25日" under the report on 2021: a closing dated before the year it reports on
            # is over (its year written as the report's, most often); the period and title agree here.
            # Dated in its last December ("2021年12月28日"), the year is right and the report was
            # written before the figures it gives for the whole year could be known.
            early = f.date.month == 12
            yield ctx.diag(self, f.date_span,
                           f"落款日期{f.date.year}年{f.date.month}月{f.date.day}日早于统计期限结束（{year}年12月31日），"
                           + ("全年的数字此时尚无法统计完整" if early else "年份可能写错"),
                           f"The report is dated {f.date.isoformat()}, before the end of the period it reports on "
                           f"({year}-12-31): " + ("the whole year's figures could not be complete then" if early
                                                  else "its year may be wrong"),
                           data={"found": f.date.isoformat(), "expected": f"> {year}-12-31"})


_PROVINCE = lazy(r"(省|自治区|直辖市)人民政府$|^(北京|天津|上海|重庆)市人民政府$")
#: ("示例县政府", "示例区政府": the government's short name places it as its full name does)
_PREFECTURE = lazy(r"(市|州|盟)(?:人民)?政府$")
_COUNTY = lazy(r"(县|区|旗)(?:人民)?政府$")
_TOWNSHIP = lazy(r"(乡|镇|街道|苏木)(人民政府|政府|办事处)?$|街道办事处$")
_DEPARTMENT = lazy(r"(委员会|办公室|办公厅|管委会|局|厅|委|办|署|中心|院|所|站|馆|队|处|部|海关|分行|支行)$")
#: a public institution, not an administrative organ (条例第五十五条: its disclosure follows its own
#: rules, and their deadlines): a hospital, a school, a company; the name does not place its deadline.
#: Medical and teaching institutions are named with a department's ending too (…社区卫生服务中心,
#: …疾病预防控制中心, …妇幼保健计划生育服务中心, …急救中心, …中心血站, …结核病防治所, …职业教育中心): the
#: words before the ending say what they are
_INSTITUTION = lazy(r"(医院|卫生院|保健院|病院|疗养院|学校|大学|学院|中学|小学|幼儿园|公司|集团"
                    r"|卫生服务(?:中心|站)|卫生室|疾病预防控制中心|疾控中心|妇幼保健\w{0,8}(?:中心|所|站)"
                    r"|急救(?:中心|站)|血站|血液中心|精神卫生中心|防治(?:院|所|站)|职业教育中心|职教中心)$")


def deadline(agency: str, year: int, signer: str = "") -> date:
    """The publication deadline for a report on ``year`` by ``agency`` (条例第四十九条 and the
    summary deadlines for whole governments). An agency the name does not place (none, or a
    body that is neither a government nor a department: "示例县2024年…报告") is placed by the
    government that signs the report (``signer``, "示例县人民政府", voices56d), else gets the latest
    deadline, 3月31日. Reports on 2018 and earlier fell under the 2007 条例 (第三十一条: every agency
    by 3月31日); the revised 条例 (in force 2019-05-15) governs the reports on 2019 onward."""
    if year <= 2018:
        return date(year + 1, 3, 31)
    placed = _placed(agency, year)
    if placed is None and signer:
        # (a government's office signing the government's report, "示例县人民政府办公室" under "示例县2024年…": the
        # government's summary, as the office compiles it)
        placed = _placed(_GOVERNMENTS_OFFICE.sub(r"\1", signer.strip()), year, governments_only=True)
    return placed or date(year + 1, 3, 31)


#: a government's office, its government's name before 办公室
_GOVERNMENTS_OFFICE = lazy(r"((?:人民)?政府)办公(?:室|厅)$")


def _placed(agency: str, year: int, governments_only: bool = False) -> Optional[date]:
    """The deadline the name ``agency`` places (a government by its level, a department), or None."""
    # (a second name in brackets after the first, "…住房和城乡建设局（…人民防空办公室）": the first places it)
    a = re.sub(r"[（(][^（）()]*[)）]$", "", agency.strip()).strip()
    if _TOWNSHIP.search(a):
        return date(year + 1, 1, 31)
    if _PROVINCE.search(a):
        return date(year + 1, 3, 31)
    if _COUNTY.search(a):
        return date(year + 1, 2, 20)
    if _PREFECTURE.search(a):
        return date(year + 1, 3, 10)
    if not governments_only and _DEPARTMENT.search(a) and not _INSTITUTION.search(a):
        return date(year + 1, 1, 31)
    return None


#: how the message names the report's date, by where it is said (``Facts.date_said``)
_DATE_SAID = {"": ("落款日期", "The report is dated"), "title": ("标题下的日期", "The date under the title is"),
              "in_title": ("标题中的日期", "The date in the title is"),
              "text": ("正文所述发布日期", "The report says it was published on")}


class Late(Rule):
    code = "P702"
    name = "late"
    severity = "warning"
    summary = "报告落款日期晚于法定发布期限"
    summary_en = "The report's date is after its publication deadline"
    what = "比较报告末尾的落款日期与发布期限：部门和乡镇为次年1月31日；县级、设区的市级、省级人民政府的本级年度报告分别为" \
           "次年2月20日、3月10日、3月31日（按机关名称判断，简称“示例县政府”同“示例县人民政府”；标题中的名称不能判断（如只写“示例县2024年…报告”）而落款是某级人民政府时按落款判断；都不能判断时，以及医院、学校、公司等公共企事业单位（含名为“…社区卫生服务中心”“…疾病预防控制中心”“…职业教育中心”的医疗卫生机构和学校），按最晚的3月31日）；2018年及以前年度的报告按2007年《条例》第三十一条，一律为次年3月31日。报告没有落款日期时，" \
           "改用标题下单独一行的日期（如“（2025年1月20日）”）或标题行末括号中的日期（“…年度报告（2025年1月20日）”），或正文所述的发布日期（如“本报告于2025年1月24日在…网站公布”“2025年1月24日，本报告在…网站公布”；“于每年1月31日前公布”之类的期限不算），" \
           "都没有时改用网页上的发布时间（网页本身的，或随正文复制下来的“发布时间：2025-02-10 09:30”“发布日期：2025年01月20日”一行；三者都只取报告年度次年的日期：“上年度报告于2024年3月5日公布”不是本报告的日期）；都没有则不检查。标题年份与统计期限年份不同（P701）而落款在统计期限的次年时，" \
           "按统计期限的年份计算期限。落款日期可写作“2025年1月20日”“二〇二五年一月二十日”“二〇二五年元月二十日”或“2025-01-20”“2025.1.20”“2025/1/20”，可带星期（“2025年1月20日（星期一）”），同一行日期后可有括注（“2025年1月20日（此件公开发布）”“2025年1月20日 (主动公开)”，其后同样可有页码、附件等；括注说是修订、更正、转载等的日期时不算）；" \
           "只写到月的落款（“2025年2月”）在该月1日已晚于期限时报告。"
    why = "《条例》第四十九条要求每年1月31日前公布上一年度报告，逾期属于“不按时发布”，应被追责。"
    basis = "《中华人民共和国政府信息公开条例》第四十九条（2018年及以前年度：2007年《条例》第三十一条）。"
    example = "“2024年政府信息公开工作年度报告”落款“2025年3月5日”（乡镇）。"
    fix = "按期发布；如落款日期写错，改为实际的发布日期。"

    def check(self, ctx):
        f = ctx.bound.facts
        if f.year is None:
            return
        date_said = f.date_said
        # the title and the period name different years (P701): the date is judged by the year it
        # follows ("二〇二三年…报告", 统计期限2024年, dated 2025年1月20日: on time for 2024)
        year = f.covered_year
        due = deadline(f.agency or f.signer, year, f.signer if f.agency else "")
        if f.date is not None:
            if f.date > due:
                said, said_en = _DATE_SAID[date_said]
                yield ctx.diag(self, f.date_span,
                               f"{said}{f.date.year}年{f.date.month}月{f.date.day}日晚于发布期限"
                               f"{due.year}年{due.month}月{due.day}日",
                               f"{said_en} {f.date.isoformat()}, after its deadline {due.isoformat()}",
                               data={"found": f.date.isoformat(), "expected": f"<= {due.isoformat()}"})
            return
        if f.month is not None:
            # a closing date of only its month ("2025年2月"): late when the month begins after the deadline
            y, m = f.month
            if date(y, m, 1) > due:
                yield ctx.diag(self, f.month_span,
                               f"落款日期{y}年{m}月晚于发布期限{due.year}年{due.month}月{due.day}日",
                               f"The report is dated {y}-{m:02d}, after its deadline {due.isoformat()}",
                               data={"found": f"{y}-{m:02d}", "expected": f"<= {due.isoformat()}"})
            return
        # no closing date: the publication time the web page shows, when it is in the year after
        # the report year (a later one is more likely a re-posting or a site move than the report)
        p = f.published
        if p is not None and p.year == f.year + 1 and p > due:
            yield ctx.diag(self, f.title_span,
                           f"网页发布时间{p.year}年{p.month}月{p.day}日晚于发布期限{due.year}年{due.month}月{due.day}日"
                           f"（报告没有落款日期）",
                           f"The web page was published on {p.isoformat()}, after the deadline {due.isoformat()} "
                           f"(the report has no closing date)",
                           data={"found": p.isoformat(), "expected": f"<= {due.isoformat()}"})


@hookimpl
def govlint_rules():
    return [Period, Late]
