"""A report with no year to go by (no title, no statistics period) and tables published without a
figure, copied a cell a line: its cells are lines of their own, no table's row holds a label, so
the labels only the 2019 trial format has (本年新制作数量, 其他对外管理服务事项, 政府集中采购 …) were
not seen, the formats tied at nothing and the 2021 format was taken. V501 then called the trial
template's labels old, and F401 asked for the fee statement the trial format does not ask for.
With no label in a table's cells, the lines that are one label each say the format.

The report is invented: tests/fixtures/tabs_2020_trial.txt (and tabs_2024.txt as the look-alike),
its title, its period sentence and the year its 一 opens with taken out, each table's cells a line
each, the figures dropped."""
import re
from pathlib import Path

import pytest

from copies import found as _found
from govlint.binder import bind
from govlint.syntax import parse

FIXTURES = Path(__file__).parent / "fixtures"


def unfilled(name):
    """The fixture with no title, no period sentence, no year opening 一 ("2024年，…": a year to go
    by), its tables' cells a line each, no figures."""
    lines = (FIXTURES / name).read_text("utf-8").split("\n")
    out = []
    for line in lines[1:]:
        if "统计期限" in line:
            out.append("根据《中华人民共和国政府信息公开条例》的要求，编制本报告。")
        elif "\t" in line:
            out += [c.strip() for c in line.split("\t") if c.strip() and not re.fullmatch(r"[\d.]+", c.strip())]
        else:
            out.append(re.sub(r"^(?:19|20)\d\d年，", "", line))
    return "\n".join(out)


@pytest.mark.parametrize("name, format_id", [("tabs_2020_trial.txt", "2019"), ("tabs_2024.txt", "2021")])
def test_the_format_is_read_off_lines_that_are_labels(name, format_id):
    bound = bind(parse(unfilled(name)))
    assert (bound.format.id, bound.format_reason) == (format_id, "labels")


def test_a_trial_template_without_a_year_gets_no_old_label_or_fee_finding():
    text = unfilled("tabs_2020_trial.txt")
    assert "本年新制作数量" in text.split("\n") and "其他对外管理服务事项" in text.split("\n")
    codes = [f[0] for f in _found(text)]
    assert "V501" not in codes and "F401" not in codes
    assert codes.count("C200") == 1  # (the three tables said unread, once)


NO_TABLES = """一、总体情况
（一）主动公开情况。示例乡人民政府主动公开政府信息35条。
（二）依申请公开情况。本年度没有收到政府信息公开申请。
二、主动公开政府信息情况

三、收到和处理政府信息公开申请情况

四、政府信息公开行政复议、行政诉讼情况

五、存在的主要问题及改进情况
一是信息更新不够及时。下一步将加强信息发布。
六、其他需要报告的事项
无
"""


def test_with_nothing_to_say_the_format_it_is_a_guess_and_the_fee_statement_is_not_asked_for():
    """No title, no period, no table (a copy whose tables were images): nothing says the format. The
    2021 format is taken by default, and F401 stays quiet: a report on 2020 asks for no fee statement."""
    bound = bind(parse(NO_TABLES))
    assert (bound.format.id, bound.format_reason) == ("2021", "default")
    assert "F401" not in [f[0] for f in _found(NO_TABLES)]


def test_with_the_year_in_the_title_the_fee_statement_is_asked_for():
    text = "示例乡人民政府2024年政府信息公开工作年度报告\n" + NO_TABLES
    bound = bind(parse(text))
    assert (bound.format.id, bound.format_reason) == ("2021", "report year 2024")
    assert [f[:3] for f in _found(text) if f[0] == "F401"] == [("F401", 13, 1)]  # (the section's heading)
