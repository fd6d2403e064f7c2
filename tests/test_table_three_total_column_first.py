"""表三 drawn with its 总计 column first ("总计 | 自然人 | 法人或其他组织" over "商业企业 | …"): a Word author's
redrawing. Its numbers were read in the official order, 总计 as 自然人 and 其他 as 总计: "总计列均为0" (A303) and
the prose's correct 新收 figure called wrong (N601) on a correct report, and a wrong cell blamed on the wrong
column (voices57u). The head names the columns' order; each number goes under the column it names.

The report is invented: tests/fixtures/tabs_2024.txt with 表三's 总计 column moved first."""
import re
from pathlib import Path

from copies import found, table_three

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def _table_three_lines(text: str, redraw) -> str:
    """``text`` with each line of 表三, from its section's heading to its row 四, as ``redraw`` gives it: the
    line's cells (tab-separated) in, the line out; a line of numbers is one whose last seven cells are."""
    lines = text.split("\n")
    start = lines.index("三、收到和处理政府信息公开申请情况")
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("四、结转下年度继续办理"))
    for i in range(start, end + 1):
        lines[i] = redraw(lines[i].split("\t"))
    return "\n".join(lines)


def _numbers(cells) -> bool:
    return len(cells) >= 8 and all(re.fullmatch(r"\d+", c) for c in cells[-7:])


def _total_first(text: str) -> str:
    def redraw(cells):
        if cells[-1] == "总计":
            return "\t".join(cells[:-3] + ["总计"] + cells[-3:-1])
        if cells[1:2] == [""] and "商业企业" in cells:
            return "\t" + "\t".join(cells)
        if _numbers(cells):
            return "\t".join(cells[:-7] + [cells[-1]] + cells[-7:-1])
        return "\t".join(cells)
    return _table_three_lines(text, redraw)


def test_total_first_reads_as_the_official_table():
    text = _total_first(TABS)
    assert text != TABS and "\t总计\t自然人\t法人或其他组织" in text
    assert table_three(text) == table_three(TABS)
    assert found(text) == []


def test_total_first_a_wrong_cell_is_blamed_on_its_own_column():
    text = _total_first(TABS).replace("（七）总计\t13\t10\t2", "（七）总计\t13\t11\t2")
    codes = {(f[0], f[3].split("“")[1].split("”")[0]) for f in found(text) if f[0] in ("A301", "A302")}
    assert codes == {("A301", "自然人"), ("A302", "自然人")}, found(text)


def _with_subtotal(text: str) -> str:
    """The total-first table with a 小计 column (the five 法人或其他组织 columns' sum) before 商业企业."""
    def redraw(cells):
        if "商业企业" in cells:
            k = cells.index("商业企业")
            return "\t".join(cells[:k] + ["小计"] + cells[k:])
        if _numbers(cells):
            nums = cells[-7:]
            return "\t".join(cells[:-7] + nums[:2] + [str(sum(map(int, nums[2:])))] + nums[2:])
        return "\t".join(cells)
    return _table_three_lines(text, redraw)


def test_total_first_with_a_subtotal_column():
    """(The subtotal's place was counted from 总计's official place, the last: every row's numbers shifted, A303
    on each row of a correct table.) One note on the subtotal column, V501."""
    text = _with_subtotal(_total_first(TABS))
    assert "\t小计\t商业企业" in text
    assert table_three(text) == table_three(TABS)
    assert [f[0] for f in found(text)] == ["V501"]
