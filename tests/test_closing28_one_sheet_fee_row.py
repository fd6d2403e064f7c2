"""A report typed in one sheet and saved as a web page (tests/harness/web_pages20.py's one big table),
its sections numbered "1." to "6." and its tables in an 附件 after the closing. Its prose rows are
told apart from the tables' rows only when two rows are 一、-numbered headings
(``layout.documents.report_typed_in_one_table``), so here the sheet stays one table and 六's
statement is a row of one cell in it: F401 said 六 had no content (a false error). F401 reads such a
row — one cell holding a full stop, which no table's label holds — as a line of 六's prose
(``rules/govlint_rules/fee.py``'s ``_sentence_rows``); a 六 that says nothing of the fee is still
found, quoting its row."""
import re
import sys
from pathlib import Path

from govlint.run.engine import lint_file

sys.path.insert(0, str(Path(__file__).parent))
from harness import voices  # noqa: E402
from harness.compare import SETTINGS  # noqa: E402
from harness.sources import _replace  # noqa: E402
from harness.web_pages20 import one_big_table_page  # noqa: E402

_SIX = "本局本年度未收取信息处理费。"


def _sheet(six: str = _SIX) -> str:
    """The annexed voice, its sections numbered 1.–6., its 六 ``six``, typed in one sheet."""
    text = _replace(voices.annexed_tables(), [(_SIX, six)])
    text = re.sub(r"(?m)^([一二三四五六])、(?=总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)",
                  lambda m: f"{'一二三四五六'.index(m.group(1)) + 1}. ", text)
    assert text.count("6. 其他需要报告的事项") == 1
    return one_big_table_page(text)


def _found(tmp_path, html: str):
    path = tmp_path / "report.html"
    path.write_text(html, "utf-8")
    return [(d.code, d.message) for d in lint_file(str(path), SETTINGS).diagnostics if d.code.startswith("F")]


def test_fee_statement_as_a_row_of_the_sheet_is_read(tmp_path):
    """Was F401 "（该部分没有内容）"."""
    assert _found(tmp_path, _sheet()) == []


def test_six_saying_nothing_of_the_fee_in_the_sheet_is_found(tmp_path):
    """The failing case: 六's row says something else; F401 quotes it (was "该部分没有内容")."""
    assert _found(tmp_path, _sheet("本年度无其他需要报告的事项。")) == [
        ("F401", "“六、其他需要报告的事项”没有说明信息处理费的收取情况（该部分内容为“本年度无其他需要报告的事项。”）；"
                 "未收取也应写明“本年度未收取信息处理费”")]


def _facts_found(tmp_path, html: str):
    path = tmp_path / "report.html"
    path.write_text(html, "utf-8")
    return [(d.code, d.message) for d in lint_file(str(path), SETTINGS).diagnostics if d.code.startswith("P")]


def test_late_date_in_a_sheet_numbered_otherwise_is_found(tmp_path):
    """The facts of a sheet numbered 1.–6.: its late closing date gives exactly P702 (the sheet's
    headings numbered otherwise were no headings, the sheet stayed one table in the front matter and
    its title, year, period and date were never read)."""
    html = _sheet().replace("2025年1月17日", "2025年2月10日")
    assert _facts_found(tmp_path, html) == [("P702", "落款日期2025年2月10日晚于发布期限2025年1月31日")]


def test_late_date_in_a_sheet_numbered_with_chinese_numerals_is_found(tmp_path):
    """The passing neighbour: the same sheet with 一、 headings is cut into prose and tables, and its
    late date gives exactly P702."""
    html = one_big_table_page(_replace(voices.annexed_tables(), [("2025年1月17日", "2025年2月10日")]))
    assert _facts_found(tmp_path, html) == [("P702", "落款日期2025年2月10日晚于发布期限2025年1月31日")]
