"""V: labels of an outdated format, and labels that only approximately match."""
from __future__ import annotations

from govlint.plugin import Edit, Related, Rule, hookimpl, lazy, nfkc

from .prose import runs, sub_span

#: a unit written after a label ("一、本年新收政府信息公开申请数量（件）"): no other words
_UNIT = lazy(r"[(（]\s*(?:单位\s*[:：]?\s*)?(件|个|条|项|次|宗|万元|元)\s*[)）]$")
_SPACES = lazy(r"\s+")


def _relabel(notes):
    """The safe fix of label notes: each label that has an official counterpart, as it is written
    (``found``) to the official text (``expected``); a label with none is left to the author."""
    return [Edit(n.span, n.expected, n.found) for n in notes if n.expected and n.span is not None]


class OutdatedLabel(Rule):
    code = "V501"
    name = "outdated-label"
    severity = "warning"
    unread_ok = True  # about the labels as written, not the cells
    fixable = True  # a label with an official 2021 counterpart is replaced by it
    summary = "2021年格式的报告中使用了2019年试行格式或非官方的标签"
    summary_en = "A 2019-format or unofficial label in a report on the 2021 format"
    what = "检查统计表中的标签是否来自旧的2019年试行格式（如“规范性文件”“（九）政府集中采购”、“（六）其他处理”不分项）" \
           "或非官方写法（如“社会组织”代替“社会公益组织”），以及官方格式没有的小计行、小计列（给出提示，note：官方的单元格都在，照常检查）。" \
           "表头在官方各列之外另加的列（如上年数字“上年新制发件数”、“备注”）给出一条提示（note），这些列的数字不参与检查；2019年试行格式的列（“上一年项目数量 | 本年增/减 | 处理决定数量”）同样读出官方的列，只在旧模板的那条警告中列出。" \
           "“（六）其他处理”写成一行而缺少三个分项的，由C202报告一次（说明是2019年试行格式的写法），这里不再重复。"
    why = "2021年起的报告必须使用国办公开办函〔2021〕30号格式；沿用旧模板说明统计口径可能也是旧的。"
    basis = "国办公开办函〔2021〕30号；国办公开办函〔2019〕60号（已被取代）。"
    example = "表二行名写“规范性文件”（应为“行政规范性文件”）；表三列名写“社会组织”（应为“社会公益组织”）。"
    fix = "换用2021年格式的模板和标签。"

    def check(self, ctx):
        fmt = ctx.bound.format.id
        outdated = _outdated(ctx)
        # one finding per table: an old template gives many old labels, and one cause
        for table, notes in outdated.items():
            if len(notes) == 1:
                n = notes[0]
                what = "行" if n.row else "列"
                yield ctx.diag(self, n.span,
                               f"{n.table}{what}名“{n.found}”是旧格式或非官方写法，{fmt}年格式为“{n.expected}”"
                               if n.expected else f"{n.table}{what}名“{n.found}”属于旧格式，{fmt}年格式中没有这一项",
                               f"{n.table} label “{n.found}” is from an old or unofficial format; the "
                               f"{fmt} format reads “{n.expected}”" if n.expected else
                               f"{n.table} label “{n.found}” is from an old format; the {fmt} format has no such item",
                               location=ctx.table_location(n.table, n.row, n.column),
                               data={"found": n.found, "expected": n.expected}, fix=_relabel([n]))
                continue
            kinds = {}
            for n in notes:  # the same old label in several blocks is named once
                kinds[(n.found, n.expected)] = kinds.get((n.found, n.expected), 0) + 1
            times = {k: f"（{c}处）" if c > 1 else "" for k, c in kinds.items()}
            zh = "；".join(f"“{f}”{times[f, e]}应为“{e}”" if e else f"“{f}”{times[f, e]}（{fmt}年格式没有这一项）"
                          for f, e in kinds)
            en = "; ".join(f"“{f}” should read “{e}”" if e else f"“{f}” (no such item)" for f, e in kinds)
            yield ctx.diag(self, notes[0].span,
                           f"{table}有{len(notes)}处旧格式或非官方的标签，像是套用了旧模板：{zh}",
                           f"{table} has {len(notes)} labels of an old or unofficial format (an old template?): {en}",
                           location=ctx.table_location(table),
                           related=[Related(f"{n.found} → {n.expected or '—'}", n.span,
                                            ctx.table_location(n.table, n.row, n.column)) for n in notes],
                           data={"found": [n.found for n in notes], "expected": [n.expected for n in notes]},
                           fix=_relabel(notes))
        added = set()  # (a table's added columns named once: 表二's blocks each have the 备注 column)
        for n in ctx.bound.notes:
            if n.kind == "outdated" or (n.kind in ("unofficial", "collapsed") and n.table in ctx.bound.unread):
                continue  # (a subtotal or a single row tells itself by its numbers: not read in a table C200 names)
            elif n.kind == "unofficial":
                where = f"“{n.found}”列" if n.column else f"“{n.found}”行"
                where_en = f"column “{n.found}”" if n.column else f"row “{n.found}”"
                # (a note, as a column added beside the official ones is: the official cells are all
                # there and checked; the table only differs from the format)
                yield ctx.diag(self, n.span,
                               f"{n.table}的{where}是官方格式没有的小计（统计时不计入），建议按官方格式删去",
                               f"{n.table} {where_en} is a subtotal the official format does not have (left out of "
                               f"the checks); the official format has no such {'column' if n.column else 'row'}",
                               location=ctx.table_location(n.table, n.row), severity="note", data={"found": n.found})
            elif n.kind == "extra_column" and n.table not in ctx.bound.unread and (n.table, n.found) not in added \
                    and not all(x in {o.found for o in outdated.get(n.table, ())} for x in n.found.split("\n")):
                added.add((n.table, n.found))
                # (the old format's columns, "上一年项目数量 | 本年增/减", named above as its labels: once)
                # columns the author added beside the official ones (last year's figures, 备注):
                # the official ones are bound and checked; the table differs from the format, a note
                names = "、".join(f"“{x}”" for x in n.found.split("\n"))
                yield ctx.diag(self, n.span,
                               f"{n.table}有官方格式没有的列：{names}；其数字不参与检查，建议按官方格式删去",
                               f"{n.table} has columns the official format does not have: {names}; their "
                               f"numbers are left out of the checks; the official format has no such column",
                               location=ctx.table_location(n.table), severity="note", data={"found": n.found})
            elif n.kind == "collapsed" and ctx.bound.format.id != "2019" and not _sub_items_missing(ctx, n):
                # (its sub-items missing, C202 names the row once, as the 2019 layout it is: one
                # defect, one finding)
                yield ctx.diag(self, n.span,
                               f"{n.table}“{n.found}”写成一行是2019年试行格式的写法，2021年格式分为三个分项",
                               f"{n.table} “{n.found}” as a single row is the 2019 trial format; the 2021 format "
                               f"has three sub-items",
                               location=ctx.table_location(n.table, n.row), data={"found": n.found})


def _broken_piece(ctx, n) -> bool:
    """Is the label ``n`` notes a piece of its official name, in a table C200 says cannot be read
    ("益组织" of 社会公益组织, the name broken over two lines of a converted PDF and its pieces set
    in different cells)? A piece of a name the layout broke is no label the author chose: C200 has
    said the table is unreadable, once."""
    return n.table in ctx.bound.unread and bool(n.expected) and _SPACES.sub("", nfkc(n.found)) in nfkc(n.expected) \
        and _SPACES.sub("", nfkc(n.found)) != nfkc(n.expected)


def _sub_items_missing(ctx, n) -> bool:
    """Are the sub-items of the group ``n`` notes as collapsed into one row missing from its table?
    Then C202 says so of that row, naming the 2019 trial format's layout: this rule stays quiet on
    it (a 2021 report whose （六）其他处理 is one row has one defect, not a missing-rows error and an
    old-label warning for the same row)."""
    table = ctx.bound.tables.get(n.table)
    if table is None or not table.present:
        return False
    return any(r.group == n.row and r.key not in table.rows for r in table.spec.rows)


#: words a template writes either way with one meaning: 或者/或 (legal Chinese), 其它/其他, 本年度/本年,
#: 下一年度/下年度/下年, 予以/予, 需要/需, 属于/属, 以及/及, a count's 数量/数 at the end, 的 ("…另行制作的",
#: "其他需要报告事项"), a trailing 情况 or 事项 ("三、本年度办理结果情况", "行政许可事项"), punctuation (labels
#: and section titles alike)
_SAME = ((lazy(r"或者"), "或"), (lazy(r"其它"), "其他"), (lazy(r"下一?年度?"), "下年"), (lazy(r"本年度"), "本年"),
         (lazy(r"予以"), "予"), (lazy(r"需要"), "需"), (lazy(r"属于"), "属"),
         (lazy(r"以及"), "及"), (lazy(r"[、，,。；;:：“”\"'‘’]"), ""), (lazy(r"的"), ""), (lazy(r"(?:情况|事项)$"), ""),
         (lazy(r"数量$"), "数"))


def _plain(label: str) -> str:
    for pattern, to in _SAME:
        label = pattern.sub(to, label)
    return label


#: words a narrow column's header leaves out of a label without changing what it counts ("本年制发"
#: and "制发件数" for 本年制发件数, "收费金额（万元）" for 本年收费金额（单位：万元）)
_LEFT_OUT = ("本年", "件数")


def _shortened(f: str, e: str) -> bool:
    """``f`` is ``e`` with some of :data:`_LEFT_OUT` left out (both plain)."""
    if len(f) >= len(e):
        return False
    forms = {e}
    for word in _LEFT_OUT:
        forms |= {x.replace(word, "", 1) for x in forms if word in x}
    # (and half of 件数 at the label's end: "现行有效件", "本年制发数" — a count all the same)
    forms |= {x[:-2] + half for x in forms if x.endswith("件数") for half in "件数"}
    return f in forms


def _squeezed(label: str) -> str:
    """A label as the comparisons read it: NFKC, no spaces."""
    return _SPACES.sub("", nfkc(label))


def same_words(found: str, expected: str) -> bool:
    """A label that says what the official one says: a unit after it ("（件）"), 或者 for 或
    (the same word in legal Chinese), the other spellings of :data:`_SAME`, and the words a narrow
    column leaves out (:data:`_LEFT_OUT`)."""
    f, e = _squeezed(found), _squeezed(expected)
    unit_f, unit_e = _UNIT.search(f), _UNIT.search(e)
    if unit_e is not None and (unit_f is None or unit_f.group(1) != unit_e.group(1)):
        return False  # the official label's unit (万元) left out or another one written (元)
    f, e = _plain(_UNIT.sub("", f)), _plain(_UNIT.sub("", e))
    return f == e or _shortened(f, e)


def _head_elsewhere(ctx, n) -> bool:
    """Is ``n`` a column label's note from a head row that stands in a section where its table has no
    row (a small table of the agency's own in 六, "收费项目 | 收费金额" / "信息处理费 | 0元": no head of 表二's)?
    Tables printed together at the end of the report have their rows in the head's section."""
    if n.row is not None or n.section is None:
        return False
    table = ctx.bound.tables.get(n.table)
    if table is None or not table.rows:
        return False
    return all(r.section is not None and r.section != n.section for r in table.rows.values())


def _piece_of(found: str, expected: str, whole: bool, row: bool) -> bool:
    """Is ``found`` a piece of ``expected``, as a label broken over cells, lines or pages leaves it,
    rather than the label misspelt ("其他法律行政止公开")? In a table C200 names (``whole``), any
    piece ("不予公", "以公开", "他处理" of 不予公开, 予以公开, 其他处理), and any label that is the official
    one with characters left out anywhere ("5.三类内部事务信息" of 5.属于三类内部事务信息: the enumerator kept
    and the label's first line gone elsewhere, as an unreadable narrow table is read); elsewhere a
    piece of less than half a ``row``'s label ("年结转" of 上年结转政府信息公开申请数量: no typo drops most
    of a label, a character or two left out — "1.属于国家秘" — is still one). A column's name written
    short ("收费金额" without its unit) is the author's, and said."""
    f, e = _squeezed(found), _squeezed(expected)
    if not 0 < len(f) < len(e):
        return False
    if whole:
        rest = iter(e)
        return all(ch in rest for ch in f)  # (its characters in the label's order: a piece, or pieces)
    return f in e and row and 2 * len(f) < len(e)


#: what stands before a label when the numbers of the row above run into it: digits, its enumerator
_RUN_IN = frozenset("0123456789一二三四五六七八九十、（）().．")


def _numbers_run_in(found: str, expected: str) -> bool:
    """Is ``found`` the official label with the numbers of the row above run into it, and its
    enumerator ("023四、结转下年度继续办理": a page's cells taken with nothing between them)?"""
    f, e = _squeezed(found), _squeezed(expected)
    if not e or e not in f:
        return False
    rest = f.replace(e, "", 1)
    return any(ch.isdigit() for ch in rest) and all(ch in _RUN_IN for ch in rest)


def _heads_run_together(ctx, n) -> bool:
    """Is a column's name the official one with another word of its table's head run into it, no
    gap between the two cells ("信息内容本年处理决定数量": 表二's 信息内容 | 本年处理决定数量 copied as one)?"""
    f, e = _squeezed(n.found), _squeezed(n.expected)
    table = ctx.bound.tables.get(n.table)
    if table is None or not e or e not in f or f == e:
        return False
    spec = table.spec
    heads = {_squeezed(w) for w in spec.markers} | {_squeezed(c.label.text) for c in spec.columns} \
        | {_squeezed(c.label.text) for r in spec.rows for c in r.columns}
    return f.replace(e, "", 1) in heads


class LabelTypo(Rule):
    code = "V502"
    name = "label-typo"
    severity = "warning"
    unread_ok = True  # about the labels as written, not the cells
    fixable = True  # the label becomes the official one it misspells
    summary = "标签与官方表述近似但不一致（错别字）"
    summary_en = "A label that only approximately matches the official one"
    what = "统计表的行名、列名与官方标签近似但不完全一致时（多为错别字或漏字），指出应改为的官方表述。" \
           "只多了单位（如“（件）”）、标点或末尾的“的”，或把“或”写成“或者”、“其他”写成“其它”、“本年”写成“本年度”、" \
           "“下年度”写成“下一年度”“下年”、“予以”写成“予”、“需要”写成“需”、“属于”写成“属”、“数量”写成“数”或末尾多了“情况”“事项”的" \
           "标签意思相同，不报告；表头栏窄、省去了“本年”或“件数”的（“本年制发”“制发件数”“现行有效”“收费金额（万元）”），以及“件数”只写了“件”或“数”的（“现行有效件”“本年度制发数”）也不报告；统计表在其他部分有行、而表头行单独出现在另一部分的（第六部分里本机关自己的小表格“收费项目 | 收费金额”）不是统计表的表头，不报告。" \
           "行名只是官方行名的一段、不到一半的（“年结转”，表格断开留下的片段），以及统计表无法可靠读取（C200）时只是官方标签一段或几段的行名" \
           "（“不予公”“以公开”“5.三类内部事务信息”）或前面连着上一行数字的行名（“023四、结转下年度继续办理”），不报告，由C200报告该表一次；两个表头单元格之间没有空隔、连成一个的列名（“信息内容本年处理决定数量”）不报告；行名写错了字的（“其他法律行政止公开”）、漏了一两个字的（“1.属于国家秘”）仍然报告。"
    why = "错别字会让读者和汇总程序误解统计口径，也显得报告不严谨。"
    basis = "国办公开办函〔2021〕30号。"
    example = "表二列名“本年度止件数”（应为“本年废止件数”）。"
    fix = "照官方标签改正。"

    def check(self, ctx):
        for n in ctx.bound.notes:
            if n.kind != "typo" or same_words(n.found, n.expected) or _head_elsewhere(ctx, n):
                continue
            if _piece_of(n.found, n.expected, whole=n.table in ctx.bound.unread, row=n.row is not None):
                continue  # a piece of the label (its cells broken apart, its end on a scanned page not
                # read): the layout's, not the author's
            if n.table in ctx.bound.unread and _numbers_run_in(n.found, n.expected):
                continue  # the row before's numbers run into the label, in a table C200 names
            if n.row is None and _heads_run_together(ctx, n):
                continue  # two head cells with no gap between them: the copy's, not the author's
            what = "行" if n.row else "列"
            yield ctx.diag(self, n.span, f"{n.table}{what}名“{n.found}”应为“{n.expected}”",
                           f"{n.table} label “{n.found}” should read “{n.expected}”",
                           location=ctx.table_location(n.table, n.row, n.column),
                           data={"found": n.found, "expected": n.expected}, fix=_relabel([n]))


def _notice(year: int, number: int) -> str:
    """A citation of a 国办公开办函 by its year and number, in any of the brackets copies give it
    (〔2019〕, ﹝2019﹞, [2019], ［2019］, 【2019】, (2019), none) and with or without 第; its 办 left out
    ("国办公开函〔2019〕60号": no other office's notice bears that number)."""
    return rf"国办公开办?函\s*[〔﹝\[［【(（]?\s*{year}\s*[〕﹞\]］】)）]?\s*第?\s*{number}\s*号"


def _spaced(words: str) -> str:
    """``words`` with a line break or space allowed between any two characters (a copy wrapped
    at a fixed width cuts a long title anywhere)."""
    return r"\s*".join(words)


#: the trial format cited by its notice, or by its title, which the 2021 format's title lacks the
#: "（试行）" of ("按照《中华人民共和国政府信息公开工作年度报告格式（试行）》要求": the same old basis)
_TRIAL_NOTICE = lazy(_notice(2019, 60) + r"|《?\s*(?:" + _spaced("中华人民共和国") + r"\s*)?"
                     + _spaced("政府信息公开工作年度报告格式") + r"\s*[（(]\s*试\s*行\s*[)）]\s*》?"
                     # (or the notice by its name, issued by the State Council's office, its 政府信息公开 left
                     # out or not: the 2021 notice's name is "关于印发《…年度报告格式》的通知"; a province's names
                     # its year, 做好 …)
                     + r"|(?:《\s*)?(?:国务院办公厅|国办)[^。；;《]{0,24}?《?\s*关\s*于\s*(?:" + _spaced("政府信息公开") + r"\s*)?(?:工\s*作\s*)?"
                     + _spaced("年度报告有关事项的通知") + r"\s*》?")
_CURRENT_NOTICE = lazy(_notice(2021, 30) + r"|关于印发\s*[《〈<]?\s*(?:中华人民共和国)?\s*"
                       + _spaced("政府信息公开工作年度报告格式") + r"\s*[》〉>]?\s*的通知")
#: what makes the citation the report's basis: its sentence says the report follows it
_FOLLOWS = lazy(r"依据|根据|按照|依照|参照|遵照|对照|按")
_SENTENCE_END = "。；;！!？?"


def _outdated(ctx) -> dict:
    """The old labels noted in each table (pieces of a broken name aside): several in one table are an
    old template, V501's finding once."""
    outdated = {}
    for n in ctx.bound.notes:
        if n.kind == "outdated" and not _broken_piece(ctx, n):
            outdated.setdefault(n.table, []).append(n)
    return outdated


class OutdatedBasis(Rule):
    code = "V503"
    name = "outdated-basis"
    severity = "note"
    unread_ok = True  # about the text, not the cells
    summary = "2021年格式的报告称依据已被取代的2019年试行格式通知编制"
    summary_en = "A report on the 2021 format says it follows the superseded 2019 trial-format notice"
    what = "报告的统计表是2021年格式，正文却说依据、按照国办公开办函〔2019〕60号（2019年试行格式的通知，或其名称" \
           "“国务院办公厅……关于政府信息公开工作年度报告有关事项的通知”）或《中华人民共和国政府信息公开工作年度报告格式（试行）》编制时报告，" \
           "指出引用的句子。报告同时引用国办公开办函〔2021〕30号（或其名称“关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知”）的，或只在叙述往事、句中没有“依据”“根据”“按照”一类说法的，不报告；" \
           "整份报告沿用2019年试行格式的，由V501报告旧模板一次，这里不再重复；报告既没有年份也没有可以判断格式的统计表时，不报告；" \
           "2020年及以前的报告（用了2021年格式的表格也一样）引用当年适用的试行格式通知，不报告。"
    why = "2021年起的报告适用国办公开办函〔2021〕30号格式；开头仍引用2019年的试行格式通知，多是沿用了旧报告的开头，" \
          "读者也会误以为统计口径是旧的。"
    basis = "国办公开办函〔2021〕30号；国办公开办函〔2019〕60号（已被取代）。"
    example = "2024年度报告写“本报告依据……（国办公开办函〔2019〕60号）编制”，统计表用的是2021年格式。"
    fix = "改为依据国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》编制。"

    def check(self, ctx):
        if ctx.bound.format.id != "2021" or ctx.bound.format_reason == "default":
            # (a report on the trial format cites its own notice; an old template is V501's; a report
            # with no year and no table's label to tell its format by may be on the trial format)
            return
        year = ctx.bound.facts.year
        if year is not None and year < ctx.bound.format.first_year:
            return  # (a report on 2020 on the tables of 2021: the notice of its own year is the trial format's)
        if any(len(notes) > 1 for notes in _outdated(ctx).values()):
            return  # (a report on 2021 on the trial format's tables, its notice with them: V501's old template, once)
        report = ctx.bound.report
        text = report.text
        if not ("国办" in text or "国务院办公厅" in text or "试" in text):
            return  # (each way of citing it holds one of these: the patterns, a word apart, scan slowly)
        if not _TRIAL_NOTICE.search(text) or _CURRENT_NOTICE.search(text):
            return
        parts = [report.front] + [s.blocks for s in report.sections]
        for blocks in parts:
            for block in runs(b for b in blocks if not hasattr(b, "rows")):
                for m in _TRIAL_NOTICE.finditer(block.text):
                    begin = max(block.text.rfind(ch, 0, m.start()) for ch in _SENTENCE_END) + 1
                    if not _FOLLOWS.search(block.text, begin, m.start()):
                        continue  # (a sentence telling of the notice, not following it)
                    title = "格式" in m.group()  # (the format cited by its title, not its notice)
                    if not title and "国办公开办函" not in m.group() and "国办公开办函" in block.text[m.end():m.end() + 30]:
                        continue  # (the notice's name with its number after it: the number is cited)
                    what, what_en = ("2019年试行格式", "the 2019 trial format") if title else \
                        ("2019年试行格式的通知", "the 2019 trial format's notice")
                    yield ctx.diag(self, sub_span(block, m.start(), m.end()),
                                   f"报告称依据“{m.group()}”（{what}）编制，2021年起的报告适用国办公开办函〔2021〕30号格式",
                                   f"The report says it follows “{m.group()}” ({what_en}); reports on "
                                   f"2021 onward follow 国办公开办函〔2021〕30号",
                                   data={"found": m.group(), "expected": "国办公开办函〔2021〕30号"})
                    return  # (once: one opening copied from an old report)


@hookimpl
def govlint_rules():
    return [OutdatedLabel, LabelTypo, OutdatedBasis]
