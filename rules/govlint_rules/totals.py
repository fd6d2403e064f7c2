"""N602: a figure the prose gives as a whole against the parts it lists right after it (registered
with the narrative rules, :mod:`.narrative`)."""
from __future__ import annotations

from govlint.plugin import FIGURE, Rule, figure_value, lazy, nfkc

from .prose import runs, sub_span

#: a part's words: no number, no bracket (a part's own detail, "政策文件10条（含…）", follows its count:
#: :data:`_DETAIL`), no clause's end, and not a share ("占"、"%")
_STOPS = ",，、;；。:：0-9%％占\n"
_CHAR = rf"[^{_STOPS}()（）]"
#: the words of a part that follows another, brackets and all ("政务(工作)动态信息2条"): the list goes on
_NAME = rf"[^{_STOPS}]"
#: a year in a part's name ("2022年信息公开年报1条"): no count of it
_YEAR = r"(?:19|20)[0-9]{2}年度?"
#: a note in brackets inside a part's name, no figure in it ("行政执法类（“双公示”）305条")
_NOTE = r"\([^()0-9,;。]{1,12}\)"
#: a part's name: its words, which may be joined by 、 ("政策、规范性文件类信息2条": a part needs its number,
#: so a 、 before any number is inside a name)
_LABEL = rf"(?:{_CHAR}|{_YEAR})(?:{_CHAR}|、(?![0-9])|{_YEAR}|{_NOTE}){{0,24}}?"

#: after a part's count, its own detail in brackets ("法定主动公开35条（其中政策文件6条、…）"): not the list's
_DETAIL = r"(?:\s*\([^()]{0,120}\))?"
_COUNTS = lazy(rf"({FIGURE})\s*(?:条|篇|份)")


#: what opens the parts after the whole: 其中, 包括 ("共计600条，包括：人事信息20条，…"), 其中包括
_INTRO = r"(?:其中\s*(?:包括|包含)?|包括|包含)"


#: what opens a clause comparing with another year ("较上年增加41条", "同比减少3条", "比2023年多5条"): no part of a list
_COMPARED = r"(?:较|比|与上|相比|同比|环比|增加|减少|增长|下降)"


def _lists(sep: str, end: str, some_end: str):
    """(True, the parts sharing a whole out, ending with the rest), (False, some parts of it): the
    patterns of a list whose parts ``sep`` sets apart and that ``end`` ends (``some_end`` without the
    rest): the whole and 其中, then every part but the last, each ending with ``sep``."""
    whole_then = (rf"(?P<total>{FIGURE})\s*(?P<unit>条|篇|份)\s*[,。]?\s*(?P<open>\()?\s*" + _INTRO
                  + rf"\s*[,:]?\s*(?P<parts>(?:(?!{_COMPARED}){_LABEL}(?:{FIGURE})\s*(?P=unit){_DETAIL}\s*{sep}\s*)+")
    # (a list in brackets, "共公布政府信息120条，（其中…、其他信息50条）": its closing bracket ends it)
    return ((True, lazy(whole_then + rf"(?:{_CHAR}{{1,10}}?(?:等|及|以及|和))?其[他它余]{_CHAR}{{0,12}}?(?:{FIGURE})\s*(?P=unit))"
                        rf"(?(open)\s*\)|(?=\s*(?:{end})))")),
            (False, lazy(whole_then + rf"(?!{_COMPARED}){_LABEL}(?:{FIGURE})\s*(?P=unit){_DETAIL})(?(open)\s*\)|(?=\s*(?:{some_end})))")))


#: "全年主动公开政府信息135条，其中政策文件1条、工作动态3条…、其他类97条": a count of pieces of information
#: (条, 篇, 份), 其中, then parts of the count's unit, the last one the rest ("其他", "其余"), the list ending
#: its clause. The parts then share the whole out: no part is left over, so they add up to it. Not
#: a count of cases (件): "行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件" leaves out those
#: still open, which are no "other result". The rest may follow a kind named first ("通知公告等其他信息80条");
#: a part named 其他… that another part follows ("其他文件2条，工作动态…") is one of the kinds, not the rest.
#: The same list without a rest: the parts may be only some of the whole, but together they cannot be
#: more than it ("…127条，其中工作动态107条，领导信息11条，法定主动公开10条": 128); the list ends its sentence,
#: or a clause after it that counts no part of the unit ("…、业务信息32条，其中重点对…进行了解读").
#: Parts apart by commas or 、; or by semicolons throughout ("其中,工作动态184条;法定主动公开35条;…"), the list
#: then ending its sentence (a semicolon after a comma's list ends it).
#: (a clause comparing with another year after the list, "…、其他类106条，较上年增加41条", is no part: it ends the list)
_COMMA_LIST_END = rf"[。;]|$|,(?!\s*(?!{_COMPARED}){_NAME}{{1,24}}?[0-9]+\s*(?P=unit))"
_LISTS = (*_lists("[,、]", _COMMA_LIST_END, _COMMA_LIST_END),
          *_lists(";", r"。|$", r"。|$"))
#: parts that may overlap: the channels the same piece is published on (网站, 公众号, 公开栏, 日报 …), not kinds
#: (a 报告, 报表 or 年报 is a kind of information)
_CHANNEL = lazy(r"通过|在|网|微|号|栏|平台|媒体|端|(?<!年)报(?![告表送])|刊|电视|广播|新闻|屏|窗口|热线|转载|转发")
_PART = lazy(rf"((?:[^,;]|(?<=[0-9]),(?=[0-9]{{3}}))*?)({FIGURE})\s*(?:条|篇|份)(?:\s*\(([^()]*)\))?")
_REST = lazy(r"^(?:[^等及和]{1,10}?(?:等|及|和))?其[他它余]")
#: a part that opens the parts of the one before it ("政策文件30条，包括规范性文件10条、其他文件20条，…", "…工作信息40条，
#: 其中检查督导20条，…"): the list has two levels, and summing it in one counts those twice
_SUBLIST = lazy(r"^(?:包括|包含|含|内含|即|其中)")
#: after a list of parts set apart by commas, another part counted in another unit ("…，其他法定信息8条,政策
#: 文件3件、政策解读3条"): the list goes on past its 其他 item, which is one of the kinds, not the rest
_GOES_ON = lazy(rf"\s*,\s*{_NAME}{{1,24}}?[0-9]+\s*(?:件|个|项|次|期|场|份|篇|条)")
#: after a list ending in its 其他 item, a semicolon and more parts ("其中规范性文件6条、其他文件8条;政务动态类信息486条、…、
#: 其他信息200条。"): groups of parts apart by semicolons, the first group's 其他 the rest of that group only
_GOES_ON_GROUPED = lazy(rf"\s*;\s*{_NAME}{{1,24}}?[0-9]+\s*(?:件|个|项|次|期|场|份|篇|条)")
#: a part that is a sum of the parts before it ("…、其他6条，共发布80条;专题专栏…"): a subtotal, the list has levels
_SUBTOTAL = lazy(r"^(?:共计|共|合计|总计|小计|累计)")
#: right before the whole or a part, a word that makes its figure rounded ("约420条", "近160条", "超过300条")
_ABOUT_WORDS = r"(?:约|近|逾|超过|大约|将近|接近|不足|不到)"
_ABOUT = lazy(_ABOUT_WORDS + r"\s*$")
_ABOUT_PART = lazy(_ABOUT_WORDS + r"\s*[0-9]")
#: the figure before 其中 is a change against another year, no whole ("公开信息213条，较2022年增加19条。其中，…":
#: the parts are of the 213): a comparison in its clause, a word of more or fewer right before it
_A_CHANGE = lazy(_COMPARED + r"[^,;。]*?(?:增加|增长|减少|下降|降低|提高|上升|(?<!新)增|减|多|少)了?\s*(?:约|近)?\s*$")


class PartsOfAWhole(Rule):
    code = "N602"
    name = "parts-of-a-whole"
    severity = "warning"
    summary = "正文中的总数与紧随其后列出的分项之和不符"
    summary_en = "A total in the prose differs from the sum of the parts listed right after it"
    what = "查找正文中“共公开信息X条（篇、份），其中A a条、B b条……、其他c条”一类的句子：信息的总数后以“其中”“包括”“其中包括”列出各分项，分项名称中可带不含数字的括注（“行政执法类（“双公示”）305条”），" \
           "各分项以逗号、顿号或（通篇）分号隔开（整个列举也可放在括号中：“共公布信息X条，（其中A a条、……、其他c条）”，以右括号结束），分项名称中可有顿号（“政策、规范性文件类信息2条”）和年份（“2022年信息公开年报1条”），最后一项为“其他”“其余”或“某类等其他”（各分项把总数分尽），各分项的单位与总数相同、不带占比（分项后括注的细分，如“法定主动公开35条（其中政策文件6条、…）”，其和等于该分项时不计入；不等时，如“政策文件20条（含图解10条）”，括注的数字可能另计，不检查）。各分项之和与总数不等时报告，" \
           "给出总数、各分项、其和与差。最后一项不是“其他”“其余”时，所列分项可能只是一部分，不要求等于总数，" \
           "但合起来不会超过总数：列举以句号或分号结束（或其后以逗号接着一个不再列出分项的分句，如“…、业务信息32条，其中重点对…进行了解读”）、各分项之和大于总数时报告；各分项是发布渠道（网站、公众号、公开栏、报刊等，" \
           "同一条信息可能在几处发布）时不检查（“年度报告”“年报”是一类信息，不是渠道）。名为“其他…”的分项后还列有分项时，它只是其中一类，不是余项；某一分项后以“包括”“含”“其中”列出其细分时，或分项中有“共发布80条”一类的小计时（两层列举）不检查；以“其他…”结束的一组分项后以分号接着另一组分项时，“其他”只是第一组的余项，不检查。按“件”计的申请、复议、诉讼不检查（“其中维持…纠正…其他结果…”之外还有尚未审结的）。“其中”前紧挨的数字是与上年相比的增减（“公开信息213条，较上年增加19条。其中…”）时，它不是总数，不检查；列举后以逗号接着的与上年相比的分句（“…、其他类106条，较上年增加41条”）不是分项。总数或分项是约数（“约420条”“近160条”“超过300条”）时不检查。"
    why = "分项把总数分尽时，其和必须等于总数；不等说明数字写错或漏写了一项，读者无法知道哪个数字是对的。"
    basis = "国办公开办函〔2021〕30号（报告数据应准确一致）。"
    example = "“全年主动公开政府信息120条，其中政策文件10条、工作动态30条、通知公告25条、其他类50条”（各项之和为115条）。"
    fix = "核对各分项与总数，改正写错的数字或补上漏列的分项。"

    def check(self, ctx):
        for section in ctx.bound.sections:
            where = None
            for p in runs(section.paragraphs):
                if not any(w in p.text for w in ("其中", "包括", "包含")):  # (the words :data:`_INTRO` reads)
                    continue
                text = nfkc(p.text)
                for whole, m in ((whole, m) for whole, pattern in _LISTS for m in pattern.finditer(text)):
                    total, unit = figure_value(m.group("total")), m.group("unit")
                    if _A_CHANGE.search(text, max(0, m.start("total") - 40), m.start("total")):
                        continue
                    if _ABOUT.search(text, max(0, m.start("total") - 4), m.start("total")) \
                            or _ABOUT_PART.search(m.group("parts")):
                        continue  # ("约420条，其中…", "近160条": a figure rounded, not a sum to check)
                    if whole and "," in m.group("parts") and _GOES_ON.match(text, m.end()):
                        continue  # (its 其他 item is one kind: the list goes on in another unit)
                    if whole and _GOES_ON_GROUPED.match(text, m.end()):
                        continue  # (its 其他 item ends one group of parts: more groups follow the semicolon)
                    found = _PART.findall(m.group("parts"))
                    if any(sum(map(figure_value, _COUNTS.findall(d))) not in (0, figure_value(n)) for _, n, d in found):
                        continue  # "政策文件20条（含图解10条）": 10 of the 20, or 10 besides them? Only a detail that
                        # shares its part out exactly is read as its part's
                    parts = [(w.strip(" ,、;:"), figure_value(n)) for w, n, _ in found]
                    added = sum(n for _, n in parts)
                    if added == total or any(_SUBLIST.search(w) or _SUBTOTAL.search(w) for w, _ in parts):
                        continue
                    if not whole and (
                            added < total or _REST.search(parts[-1][0]) or any(_CHANNEL.search(w) for w, _ in parts)):
                        continue  # (some of the parts, or the parts ending in the rest: read above)
                    if where is None:
                        label = ctx.section_label(section.spec.number) if section.spec is not None else ""
                        where = (f"“{label}”中" if label else ""), (f"section “{label}”: " if label else "")
                    shown = " + ".join(f"{w}{n}{unit}" for w, n in parts)
                    shown_en = " + ".join(f"{n}" for _, n in parts)
                    words = (p.text if len(text) == len(p.text) else text)[m.start():m.end()]
                    yield ctx.diag(
                        self, sub_span(p, m.start("total"), m.end("unit")) if len(text) == len(p.text) else p.span,
                        f"{where[0]}正文“{words}”的总数{total}{unit}与所列分项之和不一致：{shown} = {added}{unit}，"
                        f"相差{abs(total - added)}{unit}",
                        f"{where[1]}the prose “{words}” gives {total} in all, but its parts add up to {shown_en} = "
                        f"{added} (a difference of {abs(total - added)})",
                        data={"found": str(total), "expected": str(added), "difference": str(total - added),
                              "parts": [n for _, n in parts]})
