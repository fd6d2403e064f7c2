"""Tables as staff alter them (tests/harness/tables21.py: a column of last year's figures or a 备注
added) copied into the text forms of tests/harness/text_forms.py: one cell a line (with a "|" or
"---" line between the cells, or each cell tab-indented, with page numbers among them), the whole
report on one line, lines wrapped at 24 or 40 characters. Each copy must bind the official cells
as its source does and give exactly its findings: the one V501 that names the added column.

Why: in these forms a block's caption runs into its head row ("第二十条第（一）项 | 信息内容 | … |
上年新制发件数", the caption row's empty cells gone), and a head with the added column first
(上年新制发件数 before 本年制发件数) runs on into the block's first row. The head was not read as
one (its added cell went unnoticed) and every row's numbers were counted against the official
columns: "表二“规章”行有4个数字…应有3个" (C200) twice, or V502 for the added head. The binder now
reads a head whose caption comes first from its last marker word, and reads the head run into a
row as a head before it binds the row. 表四's three head rows run together into one ("行政复议 行政诉讼
结果维持 … 复议后起诉 备注 结果维持 … 总计"): its 备注, right after the last group (复议后起诉) and
followed by nothing but the table's words, is the column its head row added after the official
ones; its "无" was read as a 16th number ("读出16个数字，应为15个", C200: the table unchecked).
表三's head copied a cell a line, each cell a paragraph ("申请人情况 / 自然人 / … / 总计 / 上年总计 /
商业企业 …"), was read a word at a time: 上年总计's place was lost and each of 25 rows had "8个数字，
应有7个" (C200). A run of such lines holding a word the format does not have is read as one head
row, and the word after 总计, the deeper head row's names after it, is the added column. 表三 with a
备注 whose one remark ("含网上申请", 一、本年新收's) the copy put on a line of its own after the row's
seven numbers said nothing (a miss: the remark was taken for no row's and dropped); a line of words
alone right after a row with a number for each column, no label of anything, is that row's cell of
the column its head added at the end: V501. 表二's block head wrapped at 24 characters ("信息内容 |
本年制发件数 | 本年废止件数" over "现行有效件数 | 上年新制发件数"): its second line, which names a column
first, is the rest of the head on the line before, read with it; so is a line of last year's
columns ("2023年本年制发件数 | …", at 40) after this year's, and a head on one line is read by its words.
表三 wrapped at 24, a row's numbers over two lines ("…\t10\t2\t0" / "1\t0\t0\t13\t13") or its last
cell alone on the next ("0"): eight numbers with the added 上年总计 were no row's rest and a row's
number cut (C200); they are the row's seven and the added column's cell.

Each case fails at 6017ea6 and passes after."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.compare import bound_of, expected, finding_differences, findings_of  # noqa: E402
from harness.compare import SETTINGS, cell_differences  # noqa: E402
from harness.sources import _replace  # noqa: E402
from harness.tables21 import ALTERED, HEAD2, ROWS2  # noqa: E402
from harness.text_forms import FORMS  # noqa: E402
from govlint.run.engine import lint_text  # noqa: E402

#: the pairs (alteration, text form) read as their source: the copies that lost their head's
#: shape (one cell a line, one line) and failed before
COPIED = [(name, form) for name in ("t2-last-year-right", "t2-last-year-left", "t4-remarks")
          for form in ("cells-pipe", "cells-dash", "cells-tabbed", "cells-tabbed-paged")] \
    + [("t3-last-year-total", form) for form in ("cells-pipe", "cells-dash", "cells-tabbed", "cells-tabbed-paged")] \
    + [("t3-remarks", form) for form in ("cells-pipe", "cells-dash", "cells-tabbed", "cells-tabbed-paged")] \
    + [("t2-last-year-right", "one-line"), ("t4-remarks", "one-line"), ("t3-last-year-total", "one-line"),
       ("t3-remarks", "one-line"), ("t2-last-year-right", "wrap-24"), ("t2-last-year-left", "wrap-24"),
       ("t2-years-side-by-side", "one-line"), ("t2-years-side-by-side", "wrap-40"),
       ("t3-remarks", "wrap-24"), ("t3-last-year-total", "wrap-24")]


def _differences(source: str, form: str):
    want_cells, want_findings = expected(source)
    text = FORMS[form][1](source)
    got_cells = bound_of(text)
    got_findings = findings_of(lint_text(text, "report.txt", SETTINGS))
    return cell_differences(want_cells, got_cells) + finding_differences(want_findings, got_findings), \
        want_findings


@pytest.mark.parametrize("name,form", COPIED, ids=[f"{n}-{f}" for n, f in COPIED])
def test_an_added_column_in_a_copy_gives_its_one_note(name, form):
    make, want = ALTERED[name]
    differences, findings = _differences(make(), form)
    assert differences == []
    assert [(f[0], f[5]) for f in findings] == want


@pytest.mark.parametrize("form", ["cells-tabbed", "cells-pipe", "one-line"])
def test_a_misspelt_official_column_beside_the_added_one_is_still_said_in_a_copy(form):
    """本年度止件数 for 本年废止件数 beside 上年新制发件数: V502 for it and V501 for the added one,
    in the copy as in the source."""
    source = _replace(ALTERED["t2-last-year-right"][0](), [(
        HEAD2 + "\t上年新制发件数", "信息内容\t本年制发件数\t本年度止件数\t现行有效件数\t上年新制发件数")])
    differences, findings = _differences(source, form)
    assert differences == []
    assert [f[0] for f in findings] == ["V501", "V502"]


@pytest.mark.parametrize("form", ["cells-tabbed", "one-line"])
def test_table_four_with_a_remarks_column_in_a_copy_still_says_its_arithmetic(form):
    """表四's 行政复议 总计 wrong (2 where 1+0+0+1 is 2 … made 3) beside its 备注: A304 in the copy as
    in the source, the 备注's "无" in no check."""
    source = _replace(ALTERED["t4-remarks"][0](), [("1\t0\t0\t1\t2\t0\t1", "1\t0\t0\t1\t3\t0\t1")])
    differences, findings = _differences(source, form)
    assert differences == []
    assert [f[0] for f in findings] == ["A304", "V501"]  # (一's 2 复议 is the parts' sum: no N601)



@pytest.mark.parametrize("form", ["cells-tabbed", "cells-pipe", "wrap-24"])
def test_table_three_with_last_years_totals_in_a_copy_still_says_its_arithmetic(form):
    """（一）予以公开's 总计 made 6 (4+1 is 5) beside its 上年总计: A303 (its row) and A302 (总计 column) in
    the copy as in the source."""
    source = _replace(ALTERED["t3-last-year-total"][0](), [("（一）予以公开\t4\t1\t0\t0\t0\t0\t5\t5",
                                                          "（一）予以公开\t4\t1\t0\t0\t0\t0\t6\t5")])
    differences, findings = _differences(source, form)
    assert differences == []
    assert sorted(f[0] for f in findings) == ["A302", "A303", "V501"]


@pytest.mark.parametrize("form", ["cells-tabbed", "cells-dash"])
def test_table_three_with_a_remark_on_its_own_line_still_says_its_arithmetic(form):
    """一、本年新收's 总计 made 14 (its columns add to 13), its remark on the line after: A301 and A303
    beside the V501, as the source gives them."""
    source = _replace(ALTERED["t3-remarks"][0](), [("一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t13",
                                                  "一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t14")])
    differences, findings = _differences(source, form)
    assert differences == []
    assert sorted(f[0] for f in findings) == ["A301", "A303", "V501"]


def test_a_misspelt_column_in_a_wrapped_head_beside_the_added_one_is_still_said():
    """本年度止件数 for 本年废止件数, the head wrapped at 24: V502 and V501, as the source gives them."""
    source = _replace(ALTERED["t2-last-year-left"][0](), [(
        "信息内容\t上年新制发件数\t本年制发件数\t本年废止件数", "信息内容\t上年新制发件数\t本年制发件数\t本年度止件数")])
    differences, findings = _differences(source, "wrap-24")
    assert differences == []
    assert [f[0] for f in findings] == ["V501", "V502"]
