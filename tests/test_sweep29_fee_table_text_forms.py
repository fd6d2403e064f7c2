"""A small fee table in 六 (its names over a row of figures: "信息处理费收取情况 | 发出收费通知件数 |
收费金额" over "2024年 | 0 | 0") in the text forms a copy gives: flattened onto one line, one cell a line
with "|" or "---" between the cells (a web table pasted into a plain editor), one cell a line indented
with a tab (a Word table copied as text). As written (tab-separated rows) it reads as its names over its
figures, and says no fee was charged; in those forms its cells ran into one line of words and bare
figures, which read as a fee collected with no sum (a false F402). ``fee._flat_rows`` reads them as a
person does: the names, none a figure, then rows as many cells long, each of figures after at most a
label in the first column. Flattened, the agency signing after the last figure ("… 0 0 示例镇人民政府
2025年1月20日") stands on a line of its own (``layout.lines._SIGNER``), not in the table's last row.

A head that names what it counts ("发出收费通知件数") keeps its words before its figure ("发出收费通知件数
2件"): as written, the figure alone ("2件") named no fee, and a table stating fees collected read as
a 六 with nothing in it (a false F401).

Cut by a hard wrap at a fixed width (24 characters, an e-mail's text):
the wrap cuts its head row at a tab ("发出收费通知件数 | 收费总金额（元）" / "实际收取总金额（元）" /
"1 | 100 | 100"), and the table stands as pieces: one-row tables and a line of a word. As written,
its names over its figures state the fee; cut, the head's pieces read as the fee named with nothing
said (a false F401) or as a fee collected with no sum (a false F402). ``fee._cut_table`` reads pieces
on lines one after another as one table when they make one whole (its names, then rows as many
cells long), as a person does."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import lint_in_form  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
STATEMENT = "本年度未收取信息处理费。"

TABLES = {
    "a row label, nothing charged": "信息处理费收取情况\t发出收费通知件数\t收费金额\n2024年\t0\t0",
    "a row label in a unit's head, nothing charged": "信息处理费\t发出收费通知件数（件）\t收费总金额（元）\n本年度\t0\t0",
    "figures only, fees charged": "发出收费通知件数\t收费总金额（元）\t实际收取总金额（元）\n1\t100\t100",
    "two columns, fees charged": "发出收费通知件数\t收取金额（元）\n2\t200",
    "three heads under a line that names them": "信息处理费收取情况如下：\n发出收费通知件数\t收费总金额（元）\t实际收取总金额（元）\n0\t0\t0",
}
#: the tables read in the flattened and one-cell-a-line forms
FLAT = ("a row label, nothing charged", "a row label in a unit's head, nothing charged", "figures only, fees charged",
        "two columns, fees charged")
#: the tables read cut by a wrap at 24 characters
WRAPPED = ("figures only, fees charged", "three heads under a line that names them",
           "a row label in a unit's head, nothing charged")
FORMS = ("one-line", "cells-pipe", "cells-dash", "cells-tabbed", "cells-tabbed-paged")


def _findings(result):
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("form", FORMS)
def test_a_small_fee_table_with_a_row_label_reads_the_same_in_every_text_form(form):
    written = SOURCE.replace(STATEMENT, TABLES["a row label, nothing charged"])
    assert _findings(lint_in_form(written, form)) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(set(FLAT) - {"a row label, nothing charged"}))
def test_other_small_fee_tables_still_read_in_every_text_form(name, form):
    """A guard (these read so before the change too): the tables whose head cells do not run into a
    label read the same."""
    written = SOURCE.replace(STATEMENT, TABLES[name])
    assert _findings(lint_in_form(written, form)) == []


def test_a_fee_table_as_written_under_a_head_naming_the_notices_states_the_fee():
    """Tab-separated rows: "发出收费通知件数 | 收取金额（元）" over "2 | 200" says fees were collected."""
    written = SOURCE.replace(STATEMENT, TABLES["two columns, fees charged"])
    assert _findings(lint(written, path="report.txt")) == []


def test_a_flattened_fee_table_that_charged_with_no_applications_is_still_checked():
    """Flattened, the table's sum is read: 200元 with no application in 表三 is F402 as written."""
    written = SOURCE.replace(STATEMENT, "信息处理费收取情况\t发出收费通知件数\t收费金额（元）\n2024年\t2\t200")
    for old, new in (("\t10\t2\t0\t1\t0\t0\t13\n二", "\t0\t0\t0\t0\t0\t0\t0\n二"),
                     ("二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1", "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0")):
        assert old in written
        written = written.replace(old, new)
    want = [f for f in _findings(lint(written, path="report.txt")) if f[0].startswith("F")]
    assert want == [("F402", "第六部分称收取了信息处理费（200元），但表三本年新收和上年结转申请均为0")]
    got = [f for f in _findings(lint_in_form(written, "one-line")) if f[0].startswith("F")]
    assert got == want


def test_a_line_of_words_and_a_figure_in_prose_is_no_table():
    """A guard: a sentence ("本年度收取信息处理费，共计 2 件") has a sentence's marks, read as prose, as before."""
    written = SOURCE.replace(STATEMENT, "本年度收取信息处理费，共计 2 件")
    assert [f[0] for f in _findings(lint(written, path="report.txt"))] == ["F402"]


CLOSINGS = {
    "a date in Chinese numerals": "示例镇人民政府\n二〇二五年元月二十日",
    "a weekday after the date": "示例镇人民政府\n2025年1月20日（星期一）",
    "a date with dashes": "示例镇人民政府\n2025-01-20",
}


@pytest.mark.parametrize("form", ["one-line", "cells-pipe", "cells-dash"])
@pytest.mark.parametrize("closing", sorted(CLOSINGS))
def test_a_flattened_fee_table_ends_before_a_closing_run_onto_it(closing, form):
    """A closing the flattening does not set apart runs on after the table's last figure ("… 2024年 0 0
    示例镇人民政府 二〇二五年元月二十日"): the words after the last row are no cell of it."""
    written = SOURCE.replace(STATEMENT, TABLES["a row label, nothing charged"]).replace(
        "示例镇人民政府\n2025年1月20日", CLOSINGS[closing])
    assert _findings(lint_in_form(written, form)) == _findings(lint(written, path="report.txt"))


@pytest.mark.parametrize("form", ["one-line", "cells-pipe"])
def test_a_flattened_fee_table_after_a_sentence_on_its_line(form):
    """The table's first name run on after a sentence of 六 ("…公开工作。信息处理费收取情况 发出…")."""
    written = SOURCE.replace(STATEMENT, "本年度做好公开工作。" + TABLES["a row label, nothing charged"])
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, form)) == []


@pytest.mark.parametrize("name", sorted(WRAPPED))
def test_a_fee_table_cut_by_a_wrap_at_24_reads_as_written(name):
    written = SOURCE.replace(STATEMENT, TABLES[name])
    assert _findings(lint(written, path="report.txt")) == []
    assert _findings(lint_in_form(written, "wrap-24")) == []


def test_a_fee_table_cut_by_a_wrap_with_a_figure_missing_is_not_read_whole():
    """A guard: pieces that do not make a whole table (a figure short) are read as before, each alone."""
    written = SOURCE.replace(STATEMENT, "发出收费通知件数\t收费总金额（元）\n实际收取总金额（元）\n1\t100")
    assert [c for c, _ in _findings(lint(written, path="report.txt"))] == \
        [c for c, _ in _findings(lint_in_form(written, "wrap-24"))]
