"""表三 drawn as three tables, one for each group of its columns (自然人; the five 法人或其他组织
columns; 总计), each with every row's labels (tests/harness/tables21.py "t3-in-three-tables"), copied
one cell a line (tests/harness/text_forms.py: a "|" or "---" line between cells, or each cell
tab-indented, with page numbers among them). The copy must bind 表三 as its source does, and say
what the source says.

Why: copied so, each part's head is a paragraph a cell ("（本列数据的勾稽关系…）" / "自然人"; "商业企业" …
"其他"; "总计"), which was not read as a part's head: the parts' numbers were not placed under their
columns and "表三有25行的数字少于列数" (C203) came instead of nothing. A part's head a cell a line is now
read as one head row; and a row whose label stands alone on its line in a later part, its number
on the next (一、本年新收…, 二、上年结转…, 四、结转下年度…: long labels the copy put apart), takes that
number as this part's, joined to its first part's.

Each case fails at 6017ea6 and passes after."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.compare import SETTINGS, bound_of, cell_differences, expected, finding_differences, findings_of  # noqa: E402
from harness.sources import _replace  # noqa: E402
from harness.tables21 import ALTERED  # noqa: E402
from harness.text_forms import FORMS  # noqa: E402
from govlint.run.engine import lint_text  # noqa: E402

CELL_FORMS = ("cells-pipe", "cells-dash", "cells-tabbed", "cells-tabbed-paged")


def _differences(source: str, form: str):
    want_cells, want_findings = expected(source)
    text = FORMS[form][1](source)
    got = findings_of(lint_text(text, "report.txt", SETTINGS))
    return cell_differences(want_cells, bound_of(text)) + finding_differences(want_findings, got), want_findings


@pytest.mark.parametrize("form", CELL_FORMS)
def test_table_three_in_three_parts_copied_a_cell_a_line_is_read_whole(form):
    differences, findings = _differences(ALTERED["t3-in-three-tables"][0](), form)
    assert differences == []
    assert findings == []


@pytest.mark.parametrize("form", ["cells-tabbed", "cells-pipe"])
def test_a_wrong_total_in_the_last_part_is_still_said(form):
    """一、本年新收's 总计 made 14 (its columns add to 13), in the 总计 part: A303 and A301 in the copy as
    in the source: the part's numbers are in their columns."""
    source = ALTERED["t3-in-three-tables"][0]()
    at = source.index("\t总计\n")
    source = source[:at] + _replace(source[at:], [("一、本年新收政府信息公开申请数量\t13", "一、本年新收政府信息公开申请数量\t14")])
    differences, findings = _differences(source, form)
    assert differences == []
    assert sorted(f[0] for f in findings) == ["A301", "A303"]
