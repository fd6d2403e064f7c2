"""A report with neither title nor signer (an excerpt pasted into a web page, its title in the
page's frame) still says who wrote it: a township's report speaks of "我镇" / "本镇" throughout.
That settles the level (规章 "/" not applicable, C205); a report that speaks of itself as of
two levels ("我镇" and "我县"), or once only, leaves it unknown. Invented agencies."""
import pytest

from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse

TITLE = "示例镇人民政府2024年政府信息公开工作年度报告\n"
SIGNED = "示例镇人民政府\n2025年1月20日"
OPENING = "2024年，示例镇人民政府坚持以公开为常态、不公开为例外，扎实做好政府信息公开工作。"
MANAGED = "（三）政府信息管理。落实信息发布审核制度，定期清理过期信息。"


def level(fixture_text, opening, managed):
    text = fixture_text("tabs_2024.txt")
    for old, new in ((TITLE, ""), (SIGNED, "2025年1月20日"), (OPENING, opening), (MANAGED, managed)):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return extract_facts(parse(text, "x.txt")).agency_level


@pytest.mark.parametrize("opening, managed", [
    ("2024年，我镇坚持以公开为常态、不公开为例外。", "（三）政府信息管理。本镇落实信息发布审核制度。"),
    ("2024年，本街道坚持以公开为常态。", "（三）政府信息管理。我街道落实信息发布审核制度。"),
    ("2024年，我乡坚持以公开为常态。", "（三）政府信息管理。我乡落实信息发布审核制度。"),
])
def test_a_report_speaking_of_itself_as_a_township_is_a_townships(fixture_text, opening, managed):
    assert level(fixture_text, opening, managed) == "乡镇/街道"


@pytest.mark.parametrize("opening, managed", [
    ("2024年，我镇坚持以公开为常态。", "（三）政府信息管理。落实信息发布审核制度。"),          # once only
    ("2024年，我镇坚持以公开为常态。", "（三）政府信息管理。我镇按我县统一要求落实审核制度。"),  # two levels
    ("2024年，本局指导各乡镇做好公开。", "（三）政府信息管理。督促各镇落实审核制度。"),          # a department
    ("2024年，坚持基本镇情公开。", "（三）政府信息管理。根本镇定落实审核制度。"),              # words, not 本镇
])
def test_no_level_when_the_prose_does_not_settle_it(fixture_text, opening, managed):
    assert level(fixture_text, opening, managed) is None


def test_the_title_comes_first(fixture_text):
    """The title's agency decides; the prose is read only when no name gives the level."""
    text = fixture_text("tabs_2024.txt").replace(TITLE, "示例县教育局2024年政府信息公开工作年度报告\n") \
        .replace(OPENING, "2024年，我镇坚持公开。").replace(MANAGED, "（三）我镇落实审核制度。")
    assert extract_facts(parse(text, "x.txt")).agency_level == "县级"
