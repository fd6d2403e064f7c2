"""Two years of one agency as staff publish them (voices16): a town that became a street office
(撤镇设街道) and says so pairs with the town's report; the 2019 trial format's 2020 report is last
year's for the 2021 report; carry-over written 0 one year and blank or "/" the next is no mismatch.
Invented agencies only (tests/fixtures/multiyear/defective: 示例镇人民政府 2023 and 2024, the
carry-over wrong; tests/fixtures/tabs_2020_trial.txt)."""
from pathlib import Path

import pytest

from govlint.config import from_dict
from govlint.store.pairing import same_agency
from govlint.testing import Settings, default_registry, lint_pair

FIXTURES = Path(__file__).parent / "fixtures"
MULTI = FIXTURES / "multiyear" / "defective"
from multiyear import T23, T24
from multiyear import check as _check, x801 as _x801
PREAMBLE = "本报告所列数据的统计期限"




def _street(sentence: str) -> str:
    assert T24.count(PREAMBLE) == 1
    return T24.replace("示例镇人民政府", "示例街道办事处").replace(PREAMBLE, sentence + PREAMBLE)


@pytest.mark.parametrize("sentence", [
    "2024年撤镇设街道，原示例镇人民政府的政府信息公开工作由本街道承担。",
    "经机构改革，原示例镇人民政府改设为示例街道办事处。",
])
def test_a_town_made_a_street_office_pairs_with_the_towns_report(capsys, tmp_path, sentence):
    (tmp_path / "a.txt").write_text(T23, "utf-8")
    (tmp_path / "b.txt").write_text(_street(sentence), "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X801")
    assert out.splitlines()[:-1] == _x801(tmp_path / "b.txt", tmp_path / "a.txt")


@pytest.mark.parametrize("sentence", [
    "",                                                             # it does not say
    "2024年撤镇设街道，原示例镇人民政府、样例乡人民政府合并设立本街道。",  # two bodies merged
    "原示例镇人民政府镇长调任本街道。",                                 # no reform said
])
def test_a_street_office_is_not_paired_with_a_town_unless_it_says_it_was_that_town(capsys, tmp_path, sentence):
    (tmp_path / "a.txt").write_text(T23, "utf-8")
    (tmp_path / "b.txt").write_text(_street(sentence), "utf-8")
    assert _check(capsys, tmp_path, "--select", "X")[:2] == (0, "全部检查通过（2 个文件）。\n")


def _settings():
    return Settings.make(from_dict({"select": ["X801", "X802", "X804", "X805"]}), default_registry())


def _year(text: str, frm: int, to: int) -> str:
    return text.replace(str(frm + 1), "\0").replace(str(frm), str(to)).replace("\0", str(to + 1))


TRIAL = (FIXTURES / "tabs_2020_trial.txt").read_text("utf-8")
T2021 = _year((FIXTURES / "tabs_2024.txt").read_text("utf-8"), 2024, 2021)
CARRY = "二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1"
NEXT = "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1"


def test_a_2021_report_after_a_2020_report_on_the_trial_format_is_compared():
    """表三's carry-over rows are the same in both formats: compared; its other figures changed."""
    this = T2021.replace(CARRY, "二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2").replace(
        "一、本年新收政府信息公开申请数量\t10", "一、本年新收政府信息公开申请数量\t9")
    found = [(d.code, d.span.line, d.span.column, d.message) for d in lint_pair(this, TRIAL, _settings()).diagnostics
             if d.code.startswith("X")]
    assert found == [
        ("X801", 34, 18, "二、上年结转（自然人）为2，与上年报告 previous.txt 的四、结转下年度继续办理（自然人）1不一致"),
        ("X801", 34, 30, "二、上年结转（总计）为2，与上年报告 previous.txt 的四、结转下年度继续办理（总计）1不一致")]


@pytest.mark.parametrize("last_next, this_carry", [
    ("0\t0\t0\t0\t0\t0\t0", "\t\t\t\t\t\t"),        # 0 last year, blank this year
    ("0\t0\t0\t0\t0\t0\t0", "/\t/\t/\t/\t/\t/\t/"),  # 0, then "/"
    ("0\t0\t0\t0\t0\t0\t0", "无\t无\t无\t无\t无\t无\t无"),  # 0, then 无
    ("\t\t\t\t\t\t", "0\t0\t0\t0\t0\t0\t0"),        # blank last year, 0 this year
    ("-\t-\t-\t-\t-\t-\t-", "0\t0\t0\t0\t0\t0\t0"),  # a dash, then 0
])
def test_carry_over_written_zero_one_year_and_blank_the_next_is_no_mismatch(last_next, this_carry):
    base = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    last = _year(base.replace(NEXT, "四、结转下年度继续办理\t" + last_next), 2024, 2023)
    this = base.replace(CARRY, "二、上年结转政府信息公开申请数量\t" + this_carry)
    assert [d.code for d in lint_pair(this, last, _settings()).diagnostics if d.code.startswith("X")] == []


@pytest.mark.parametrize("a, b, same", [
    ("示例县发展和改革委员会", "示例县发展和改革委", True),      # a committee's name shortened
    ("示例经济开发区管理委员会", "示例经济开发区管委会", True),
    ("示例县人民政府办公室", "示例县政府办", True),              # an office's
    ("示例市示例区卫生健康委员会", "示例区卫生健康委", True),     # and its place before it
    ("示例县人民政府", "示例县人民政府办公室", False),           # the government and its office
    ("示例县教育委员会", "示例县教育局", False),
])
def test_a_committee_or_office_named_short_is_the_same_agency(a, b, same):
    assert same_agency(a, b) is same and same_agency(b, a) is same


def test_a_committee_named_short_one_year_pairs_with_its_full_name(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(T23.replace("示例镇人民政府2023年", "示例县发展和改革委员会2023年"), "utf-8")
    (tmp_path / "b.txt").write_text(T24.replace("示例镇人民政府2024年", "示例县发展和改革委2024年"), "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X801")
    assert out.splitlines()[:-1] == _x801(tmp_path / "b.txt", tmp_path / "a.txt")
