"""P701: a preface that names the report itself as another year's report ("编制完成2025年度政府信息公开工作年度报告"
over a report whose title and statistics period are 2024), on the plain-text layout of tests/fixtures/tabs_2024.txt
(the title line, then the preface paragraph before 一). Found at that year; quiet on a year that is the report's,
on last year's report cited, on a notice's title in 《》, on the publication month, on the year's work told in 一."""
from pathlib import Path

import pytest

from govlint.testing import lint

_FIXTURE = Path(__file__).parent / "fixtures" / "tabs_2024.txt"
_PREFACE = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求，编制本报告。"
_NAMED = "前言称本报告为{}年度报告，与标题年份2024年不一致"


def _report(old: str, new: str) -> str:
    text = _FIXTURE.read_text(encoding="utf-8")
    assert text.count(old) == 1
    return text.replace(old, new)


def _p701(text: str):
    result = lint(text, ["P701"])
    assert [e.message for e in result.errors] == []
    return [(d.span.line, d.span.column, d.span.end_column, d.severity, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("preface, year, column, width", [
    # the repro's shape: 编制完成 then the year (the 《条例》 before it)
    ("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求，编制完成2025年度政府信息公开工作年度报告。", 2025, 38, 6),
    # last year's preface kept: 我局编制了…
    ("根据《条例》要求，我局编制了2023年政府信息公开工作年度报告。", 2023, 15, 5),
    # 特向社会公布 the agency's report by name
    ("根据《条例》规定，特向社会公布示例镇人民政府2023年政府信息公开工作年度报告。", 2023, 23, 5),
    # its name in 《》
    ("根据《条例》规定，特向社会公布《示例镇人民政府2023年政府信息公开工作年度报告》。", 2023, 24, 5),
    # 现将…情况向社会公布
    ("根据《条例》要求，现将示例镇人民政府2023年度政府信息公开工作的有关情况向社会公布。", 2023, 19, 6),
    # the short name: 编制2023年度报告
    ("按照《条例》有关要求，示例镇人民政府编制2023年度报告。", 2023, 21, 6),
    # the year in Chinese numerals
    ("根据《条例》要求，编制完成二〇二三年度政府信息公开工作年度报告。", 2023, 14, 6),
    # 现将…年度报告全文公布
    ("根据《条例》要求，现将示例镇人民政府2023年度政府信息公开工作年度报告全文公布。", 2023, 19, 6),
])
def test_a_preface_naming_another_year_is_found_at_the_year(preface, year, column, width):
    text = _report(_PREFACE, preface)
    assert _p701(text) == [(3, column, column + width, "error", _NAMED.format(year))]


@pytest.mark.parametrize("preface", [
    # the report's own year
    "根据《条例》要求，编制完成2024年度政府信息公开工作年度报告。",
    "根据《条例》规定，现将示例镇人民政府2024年度政府信息公开工作的有关情况向社会公布。",
    # a notice on the reports in 《》, its year last year's
    "根据《条例》和《示例县人民政府办公室关于编制公布2023年政府信息公开工作年度报告有关事项的通知》要求，"
    "编制2024年政府信息公开工作年度报告。",
    # last year's report cited, for what it found or for comparison
    "根据2023年度报告的整改要求，结合本镇实际，编制本报告。",
    "对照2023年度报告中发现的问题，编制本报告，与2023年度报告相比新增主动公开栏目2个。",
    # the month it is published in, beside the report's year
    "本报告于2025年1月编制完成，现予公布。",
    # the 2019 trial format named
    "参照2019年政府信息公开工作年度报告格式（试行）编制本报告。",
    # a notice on the reports named without 《》: its 有关事项 after the name
    "根据示例县关于编制公布2023年政府信息公开工作年度报告有关事项的通知，编制本报告。",
    # what last year's report found, reported on
    "根据《条例》要求，编制本报告，现将2023年度报告提出问题的整改情况一并报告如下。",
    # a page's path copied above the preface, naming last year's report's page
    "政府信息公开 > 政府信息公开年报 > 示例镇人民政府2023年政府信息公开工作年度报告\n" + _PREFACE,
])
def test_a_preface_naming_no_other_years_report_is_quiet(preface):
    assert _p701(_report(_PREFACE, preface)) == []


def test_the_years_work_in_one_is_not_the_preface():
    """一's first paragraph tells the year's work: publishing last year's report is no naming of this one."""
    text = _report("2024年，示例镇人民政府坚持以公开为常态、不公开为例外，扎实做好政府信息公开工作。",
                   "2024年，示例镇人民政府按时编制并公布2023年度政府信息公开工作年度报告。本报告数据与上年对比。")
    assert _p701(text) == []


def test_a_period_of_another_year_is_the_one_finding():
    """The period and the preface both last year's (the whole preface copied): the period's finding alone."""
    text = _report(_PREFACE + "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
                   "根据《条例》要求，编制完成2023年度政府信息公开工作年度报告。"
                   "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。")
    assert [m for *_, m in _p701(text)] == ["统计期限为2023年，与标题年份2024年不一致"]


def test_a_preface_naming_two_years_is_quiet():
    """The preface names the title's year as well as another: which of them is meant is not certain."""
    text = _report(_PREFACE, "根据《条例》要求，编制完成2023年度政府信息公开工作年度报告，现公布2024年度政府信息公开工作年度报告。")
    assert _p701(text) == []
