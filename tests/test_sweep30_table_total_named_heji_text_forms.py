"""表三 with its total column named "合计" (for "总计": an accepted name), in the text forms a copy gives:
flattened onto one line, one cell a line with "|" or "---" between the cells, one cell a line indented
with a tab. As written (tab-separated rows) its head's first row ends with "合计" ("自然人 | 法人或其他组织 |
合计"), the table's own total column. In those forms the head's two rows ran together ("自然人 法人或其他组织
合计 商业企业 科研机构 …"), "合计" no longer last in its row, and it read as a subtotal column added to the
official ones (a false V501). ``binder.bind._names_the_total`` reads "合计" right before the first
sub-column (商业企业), in a head naming 自然人 and no 总计, as the total's place in the official order."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import FORMS, lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def _findings(result):
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_total_column_named_heji_reads_as_written_in_every_text_form(form):
    written = SOURCE.replace("法人或其他组织\t总计", "法人或其他组织\t合计")
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, form)) == []


@pytest.mark.parametrize("form", ["one-line", "cells-pipe", "cells-tabbed"])
def test_a_subtotal_column_after_the_sub_columns_is_still_noted(form):
    """A guard: "合计" after 其他 in the sub-columns' row, 总计 in the first row, is a subtotal column the
    official table has not (V501), as written and in the forms."""
    written = SOURCE.replace("法律服务机构\t其他\n", "法律服务机构\t其他\t合计\n")
    for old, new in (("\t10\t2\t0\t1\t0\t0\t13\n二", "\t10\t2\t0\t1\t0\t0\t3\t13\n二"),):
        assert old in written
        written = written.replace(old, new)
    want = _findings(lint(written, path="report.txt"))
    assert "V501" in [c for c, _ in want]
    assert [f for f in _findings(lint_in_form(written, form)) if f[0] == "V501"] == [f for f in want if f[0] == "V501"]
