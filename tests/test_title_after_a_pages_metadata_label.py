"""A portal's page printed to PDF with a side menu beside the article: the menu's words run into the
metadata line that names the report ("重点领域信息公开名称示例县水利局2023年政府信息公开工作年度报告").
The agency was read as the words before the first "信息公开" ("重点领域"), so every report printed from
that portal was one agency's, and reports of different agencies were paired across years (false X802,
X803, X804, voices57h). The title is what the label "名称" names.

The reports are invented: tests/fixtures/tabs_2024.txt with its title so prefixed."""
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.syntax import parse

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"


@pytest.mark.parametrize("prefix", ["重点领域信息公开名称", "政务公开 信息公开年报 标题：", "信息公开目录名 称"])
def test_the_agency_is_the_one_the_metadata_label_names(prefix):
    assert TABS.count(TITLE) == 1
    facts = bind(parse(TABS.replace(TITLE, prefix + TITLE))).facts
    assert facts.agency == "示例镇人民政府"
    assert facts.covered_year == 2024


@pytest.mark.parametrize("agency", ["示例县政务公开办公室", "示例县企业名称登记管理中心"])
def test_an_agency_whose_name_holds_those_words_is_read_whole(agency):
    facts = bind(parse(TABS.replace(TITLE, agency + "2024年政府信息公开工作年度报告"))).facts
    assert facts.agency == agency
