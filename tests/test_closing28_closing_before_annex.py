"""The end of a report laid out as real reports lay it out: the fee answer as 六's last item, the
agency (a seal's mark under it, or beside it), the date (in Chinese numerals, with its weekday or a
note, a page's furniture under it), then an 附件 with the three tables — copied one cell a line.

Such a copy is a run of short lines from 六's last item to the annex's cells, and the block stage
made one table of it (``layout.blocks.cell_runs``): the fee answer, the signature and the date
became the first cells of the annex's first table, so F401 said 六 was empty (a false error) and the
closing date was lost (P702 missed). The grammar's tree is cut where the report closes and where
the annex opens (``syntax.parser._parts``), and the block stage runs on each side, never across; the
facts read the closing above an annex's heading as they read one without an annex
(``binder.facts._before_annex``), so furniture under the date or the agency under it is no matter.
The reports are the harness's annexed voice (``tests/harness/voices.py``, ``annexed_tables``) with
its 六 and its closing written the other ways."""
import sys
from pathlib import Path

import pytest

from govlint.binder.facts import extract_facts
from govlint.run.engine import lint_file
from govlint.syntax.parser import parse
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms, voices  # noqa: E402
from harness.compare import SETTINGS  # noqa: E402
from harness.sources import _replace  # noqa: E402
from harness.web_pages20 import div_grid_page  # noqa: E402

_AGENCY = "样例县司法局"
_SIX = "本局本年度未收取信息处理费。"
_CLOSING = f"{_AGENCY}\n2025年1月17日"

#: 六's last lines as staff write them, each a statement on the fee with no full stop after it
SIXES = {
    "items-answer-no-stop": "（一）政务公开工作保障情况\n本年度共收到政务公开工作经费5万元，用于公开栏改造。\n"
                            "（二）信息处理费收取情况\n信息处理费收取：否",
    "small-fee-table": "本年度信息处理费收取情况如下：\n收费项目\t件数\t金额（元）\n信息处理费\t0\t0",
    "answer-line": "是否收取信息处理费：否",
}

#: the forms that copy a table one cell a line (tests/harness/text_forms.py)
CELL_FORMS = ["cells-pipe", "cells-dash", "cells-tabbed", "cells-tabbed-paged"]
#: every text form but one-line (its annex is a known case of test_voices18: lines.py)
FORMS = ["as-written", "markdown", "wrap-24", "wrap-40"] + CELL_FORMS


def _copy(text: str, form: str) -> str:
    return text if form == "as-written" else text_forms.FORMS[form][1](text)


def _annexed(six: str = _SIX, closing: str = _CLOSING) -> str:
    text = voices.annexed_tables()
    assert text.count(_SIX) == 1 and text.count(_CLOSING + "\n\n附件") == 1
    return _replace(text, [(_SIX, six), (_CLOSING + "\n\n附件", closing + "\n\n附件")])


def _line_of(text: str, form: str, words: str) -> int:
    """The line of the copy on which ``words`` start (a wrapped copy moves them down)."""
    copy = _copy(text, form)
    return copy[:copy.index(words)].count("\n") + 1


def _found(text: str, form: str):
    path = "report.md" if form == "markdown" else "report.txt"
    return [(d.code, d.span.line, d.span.column, d.severity, d.message) for d in lint(_copy(text, form), path=path).diagnostics]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("six", sorted(SIXES))
def test_fee_answer_above_the_closing_and_an_annex_is_read(six, form):
    """Was F401 "该部分没有内容" in every copy a cell a line: 六's lines taken into the annex's table."""
    assert _found(_annexed(SIXES[six]), form) == []


_F401_TOPIC = ("“六、其他需要报告的事项”没有说明信息处理费的收取情况（只提到“（二）信息处理费收取情况”，未说明本年度是否收取）；"
               "未收取也应写明“本年度未收取信息处理费”")


@pytest.mark.parametrize("form", FORMS)
def test_fee_topic_left_unanswered_above_the_closing_and_an_annex(form):
    """The failing case: 六 names the fee as its last item's title and says nothing of it. Exactly F401,
    quoting that title (was F401 quoting 六's first item: the title taken into the annex's table)."""
    text = _annexed(SIXES["items-answer-no-stop"].replace("\n信息处理费收取：否", ""))
    assert _line_of(text, "as-written", "六、其他需要报告的事项") == 28
    assert _found(text, form) == [("F401", _line_of(text, form, "六、其他需要报告的事项"), 1, "error", _F401_TOPIC)]


#: the closing as staff write it, dated after the deadline (2025年1月31日), and where the date stands
ENDINGS = {
    "seal-line-chinese-date": (f"{_AGENCY}\n（印章）\n二〇二五年二月十日", 33),
    "seal-beside-agency": (f"{_AGENCY}（印章）\n2025年2月10日", 32),
    "agency-and-date-one-line": (f"{_AGENCY} 2025年2月10日", 31),
    "date-above-agency": (f"2025年2月10日\n{_AGENCY}", 31),
    "date-with-weekday": (f"{_AGENCY}\n2025年2月10日（星期一）", 32),
    "date-with-note": (f"{_AGENCY}\n2025年2月10日（此件公开发布）", 32),
}
#: what a page or a printout puts under the date, before the annex
TAILS = {
    "nothing": "",
    "qr-code-line": "\n\n扫一扫在手机打开当前页",
    "page-footer": "\n\n- 5 -",
    "print-buttons": "\n\n【打印本页】 【关闭窗口】",
}
_P702 = "落款日期2025年2月10日晚于发布期限2025年1月31日"


@pytest.mark.parametrize("form", ["as-written", "cells-pipe", "cells-tabbed"])
@pytest.mark.parametrize("tail", sorted(TAILS))
@pytest.mark.parametrize("ending", sorted(ENDINGS))
def test_late_date_above_an_annex_is_found(ending, tail, form):
    """Was missed (no date read) under a seal's mark in a copy a cell a line, and in every form with
    the page's furniture, the agency or a note after the date: exactly P702 on the date's line."""
    closing, line = ENDINGS[ending]
    assert _found(_annexed(closing=closing + TAILS[tail]), form) == [("P702", line, 1, "warning", _P702)]


@pytest.mark.parametrize("tail", sorted(TAILS))
@pytest.mark.parametrize("ending", sorted(ENDINGS))
def test_date_in_time_above_an_annex_is_read(ending, tail):
    """The passing case: the same closings dated in time; the facts read the date (none was read)."""
    closing = ENDINGS[ending][0].replace("二〇二五年二月十日", "二〇二五年一月十七日").replace("2025年2月10日", "2025年1月17日")
    text = _annexed(closing=closing + TAILS[tail])
    assert str(extract_facts(parse(text)).date) == "2025-01-17"
    assert _found(text, "as-written") == []


@pytest.mark.parametrize("form", CELL_FORMS)
def test_the_closing_before_an_annex_stands_apart_from_its_tables(form):
    """The tree of a copy a cell a line: the closing is the report's (``Report.closing``: the agency,
    the seal's mark, the date), 六's last item and the closing are its paragraphs, the annex's heading
    ("附件") one after them, and the annex's first table starts below it (it started at 六's last item)."""
    text = _copy(_annexed(SIXES["items-answer-no-stop"], f"{_AGENCY}\n（印章）\n2025年1月17日"), form)
    report = parse(text)
    assert [(p.kind, p.text) for p in report.closing] == [
        ("signature", _AGENCY), ("signature", "（印章）"), ("date", "2025年1月17日")]
    six = next(s for s in report.sections if s.number == 6)
    texts = [p.text for p in six.paragraphs]
    assert texts[:texts.index("附件") + 1][-6:] == [
        "（二）信息处理费收取情况", "信息处理费收取：否", _AGENCY, "（印章）", "2025年1月17日", "附件"]
    annex = next(p for p in six.paragraphs if p.text == "附件")
    assert six.tables and all(t.span.line > annex.span.line for t in six.tables)


def _page_found(tmp_path, html: str):
    path = tmp_path / "report.html"
    path.write_text(html, "utf-8")
    return [(d.code, d.message) for d in lint_file(str(path), SETTINGS).diagnostics]


def test_fee_answer_above_the_closing_and_an_annex_on_a_div_grid_page(tmp_path):
    """The same end on a web page whose tables are drawn with ``display:table`` divs (web_pages20's
    div grid): the page's text is the same run of lone lines. Was F401 quoting 六's first item."""
    assert _page_found(tmp_path, div_grid_page(_annexed(SIXES["items-answer-no-stop"]))) == []


def test_late_date_under_a_seal_above_an_annex_on_a_div_grid_page(tmp_path):
    """The failing neighbour: a late date in Chinese numerals under a seal's mark; exactly P702 (was
    missed: the closing taken into the annex's table)."""
    html = div_grid_page(_annexed(SIXES["items-answer-no-stop"], f"{_AGENCY}\n（印章）\n二〇二五年二月十日"))
    assert _page_found(tmp_path, html) == [("P702", _P702)]


_TABLE1 = "表1 主动公开政府信息情况统计表"


@pytest.mark.parametrize("form", ["as-written", "markdown", "wrap-40", "cells-tabbed", "cells-pipe"])
@pytest.mark.parametrize("seal", ["", "\n（印章）"])
def test_late_date_above_tables_printed_with_no_annex_heading(seal, form):
    """The tables printed right after the closing, their first caption ("表1 …统计表") with no "附件"
    above it: was missed (no date read) in every form but the ones a cell a line with separators.
    The report closes before the first caption (facts), or where the grammar's tree names the closing
    (``Report.closing``, its date right above the tables). Exactly P702 on the date's line."""
    text = _replace(voices.annexed_tables(), [(f"{_CLOSING}\n\n附件\n\n{_TABLE1}", f"{_AGENCY}{seal}\n2025年2月10日\n\n{_TABLE1}")])
    line = _line_of(text, form, "2025年2月10日")
    assert _found(text, form) == [("P702", line, 1, "warning", _P702)]



_F401_EMPTY = "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分没有内容）；未收取也应写明“本年度未收取信息处理费”"


@pytest.mark.parametrize("form", ["as-written", "markdown", "cells-pipe", "cells-tabbed"])
def test_empty_six_above_the_closing_and_an_annex_is_said_empty(form):
    """The failing case: 六 has nothing above the closing. Exactly F401 saying it is empty (it quoted
    "附件", or the annex's 数据来源 line: what follows the closing is no content of 六)."""
    text = _replace(_annexed(), [(_SIX + "\n", "")])
    line = _line_of(text, form, "六、其他需要报告的事项")
    assert _found(text, form) == [("F401", line, 1, "error", _F401_EMPTY)]
