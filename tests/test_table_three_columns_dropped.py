"""表三 with only some of its seven columns: a township that had applicants of two kinds only
kept 自然人 · 法人或其他组织/商业企业 · 总计 and dropped the four columns it had nobody in. Each row's
three numbers were read as the first three columns and the table was unreadable (C200: 100个
单元格缺失). Now its head decides: the numbers go to the columns it names, the table is read, the
columns it left out are said once (C203) and the sums that need them stay quiet, while the sums
of the columns it has are checked.

The report is invented: tests/fixtures/tabs_2024.txt with 表三's four dropped columns' numbers
added into 商业企业 (so that its sums hold)."""
import re
from pathlib import Path

from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")


def three_columns(text, sep="\t"):
    out, in_three = [], False
    for line in text.split("\n"):
        if line.startswith("三、收到和处理"):
            in_three = True
        elif line.startswith("四、政府信息公开行政复议"):
            in_three = False
        if in_three and "\t" in line:
            cells = line.split("\t")
            if "自然人" in line:
                line = sep.join(["", "自然人", "法人或其他组织", "总计"])
            elif "商业企业" in line:
                line = sep.join(["", "", "商业企业"])
            elif sum(bool(re.fullmatch(r"\d+", c)) for c in cells) == 7:
                n = [int(c) for c in cells[-7:]]
                line = sep.join(cells[:-7] + [str(n[0]), str(sum(n[1:6])), str(n[6])])
        out.append(line)
    return "\n".join(out)


def _found(text):
    return [(d.code, d.span.line, d.span.column, d.message) for d in lint(text).diagnostics]


DROPPED = ("C203", 33, 1, "表三大部分没有填写：25行中共有100个单元格没有数字（全表175个），只有“自然人”、“商业企业”、“总计”列填有数字；"
                          "应逐格填写，没有发生的填0")


def test_table_three_with_three_of_its_columns_binds_them_to_the_columns_its_head_names():
    text = three_columns(CLEAN)
    t3 = bind(parse(text)).tables["表三"]
    assert t3.status == "bound"
    row = t3.rows["total"].cells
    assert [(k, str(row[k].value)) for k in ("natural", "business", "total")] == [
        ("natural", "10"), ("business", "3"), ("total", "13")]
    assert {row[k].state for k in ("research", "public_interest", "legal", "other")} == {"absent"}


def test_table_three_with_three_of_its_columns_says_so_once():
    assert _found(three_columns(CLEAN)) == [DROPPED]


def test_table_three_with_three_of_its_columns_keeps_the_sums_of_its_columns():
    """A wrong 总计 in （七）: the column sums of 总计 (A301, A302) are found; the row sum
    自然人 + … + 其他 = 总计 (A303) needs the dropped columns and stays quiet."""
    text = three_columns(CLEAN).replace("（七）总计\t10\t3\t13", "（七）总计\t10\t3\t14")
    assert [f[:3] for f in _found(text)] == [DROPPED[:3], ("A301", 33, 23), ("A302", 56, 12)]


def test_a_row_with_another_count_of_numbers_is_not_fitted_to_the_named_columns():
    """Only a row of exactly as many numbers as the head names takes its columns: a row of all
    seven stays as it was written."""
    text = three_columns(CLEAN).replace("2.重复申请\t0\t0\t0", "2.重复申请\t0\t0\t0\t0\t0\t0\t0")
    row = bind(parse(text)).tables["表三"].rows
    key = next(k for k, r in row.items() if r.label == "2.重复申请")
    assert all(c.state == "value" for c in row[key].cells.values())
