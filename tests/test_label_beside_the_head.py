"""表三's first row label printed beside the head's words, its numbers below the head.

A borderless web table whose label cell spans the head's rows and its first row (merged cells
undone by a converter) prints the label at the top of that cell, on the head's first line
("一、本年新收政府信息公开 | 自然人 | 法人或其他组织 | 总计"), and the row's numbers below the head with
their label cell blank; the label's rest ("申请数量") comes after them. Chromium's prints of such pages
gave a false C202 (表三缺少一、本年新收…). The block stage moves the label down to its numbers. Invented
fixture: ``tabs_2024.txt`` laid out that way.
"""
from __future__ import annotations

from pathlib import Path

from govlint.checks.registry import load
from govlint.config import Config
from govlint.run.engine import Settings, lint_text

FIXTURE = Path(__file__).parent / "fixtures" / "tabs_2024.txt"
SETTINGS = Settings.make(Config(), load())

HEAD = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
        "\t自然人\t法人或其他组织\t总计\n"
        "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
        "一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t13\n")
BESIDE = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
          "一、本年新收政府信息公开\t自然人\t法人或其他组织\t总计\n"
          "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
          "\t10\t2\t0\t1\t0\t0\t13\n"
          "申请数量\n")


def _lint(text: str):
    return lint_text(text, "report.txt", SETTINGS)


def _source() -> str:
    text = FIXTURE.read_text(encoding="utf-8")
    assert HEAD in text
    return text


def test_the_label_beside_the_head_goes_down_to_its_numbers():
    result = _lint(_source().replace(HEAD, BESIDE))
    assert [(d.code, d.message) for d in result.diagnostics] == []


def test_its_numbers_are_the_rows():
    """Its total written wrong is that row's A303, with the row's own numbers."""
    result = _lint(_source().replace(HEAD, BESIDE.replace("\t13\n申请数量", "\t14\n申请数量")))
    a303 = [d.message for d in result.diagnostics if d.code == "A303"]
    assert len(a303) == 1 and a303[0].startswith("表三“一、本年新收政府信息公开申请数量”行勾稽关系不成立：总计 = 14，而 自然人(10) + 商业企业(2)")


def test_a_label_beside_the_head_with_no_blank_labelled_numbers_below_stays():
    """The numbers below carry a label of their own: the head's first cell is not theirs."""
    text = _source().replace(HEAD, BESIDE.replace("\t10\t2", "一、本年新收政府信息公开申请数量\t10\t2"))
    codes = [d.code for d in _lint(text).diagnostics]
    assert "C202" not in codes  # (the row is read from its own label)


def test_a_heads_own_first_cell_is_not_moved():
    """"信息内容" over 表二's columns is the head's word, not a row's label: 表二 reads as before."""
    assert [d.code for d in _lint(_source()).diagnostics] == []
