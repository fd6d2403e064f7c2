"""A heading numbered another way than 一、 ("五 ", "5. ", "第五部分") with its first sentence run in
after a colon ("五 存在的主要问题和改进情况：执法信息公开时效有待提高。…"). The whole line was taken for
the title: S103 quoted the sentence as part of a variant title, and the sentence was no paragraph of
its section. The title ends where the run-in sentence starts; the sentence is the section's text."""
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
NUMERALS = "一二三四五六"
NUMBERINGS = {"space": lambda k, t: f"{NUMERALS[k - 1]} {t}", "arabic": lambda k, t: f"{k}. {t}",
              "part": lambda k, t: f"第{NUMERALS[k - 1]}部分 {t}"}
FIVE = "五、存在的主要问题及改进情况\n一是公开内容的解读不够深入"


def _report(numbering: str, five_title: str = "存在的主要问题和改进情况") -> str:
    assert SOURCE.count(FIVE) == 1
    text = SOURCE.replace(FIVE, f"五、{five_title}：一是公开内容的解读不够深入")
    for k, t in enumerate(TITLES, start=1):
        title = five_title if k == 5 else t[2:]
        sep = "：" if k == 5 else "\n"
        text = text.replace(f"{t[:2]}{title}{sep}", NUMBERINGS[numbering](k, title) + sep, 1)
    return text


@pytest.mark.parametrize("numbering", list(NUMBERINGS))
def test_a_variant_title_run_in_is_quoted_without_its_sentence(numbering):
    text = _report(numbering)
    found = [(d.code, d.message) for d in lint(text, ["S"]).diagnostics]
    heading = NUMBERINGS[numbering](5, "存在的主要问题和改进情况")
    assert found == [("S103", f"标题“{heading}”是可接受的变体，官方表述为“五、存在的主要问题及改进情况”")]


@pytest.mark.parametrize("numbering", list(NUMBERINGS))
def test_the_run_in_sentence_is_the_section_s_first_paragraph(numbering):
    five = next(s for s in bind(parse(_report(numbering))).sections if s.number == 5)
    assert five.section.title == "存在的主要问题和改进情况"
    assert five.section.blocks[0].text.startswith("一是公开内容的解读不够深入")


def test_the_official_title_run_in_gives_nothing():
    assert [d.code for d in lint(_report("space", "存在的主要问题及改进情况"), ["S"]).diagnostics] == []


#: sections numbered （一）…（六） like 一's own items (（一）主动公开…（五）监督保障), 二 titled with 的 put
#: in and its first sentence run in after a colon
BRACKETED_DE = "（二）主动公开政府信息的情况：本年度制发行政规范性文件3件，废止1件，现行有效12件。"


def _bracketed(text: str) -> str:
    for k, t in enumerate(TITLES, start=1):
        text = text.replace(t + "\n", f"（{NUMERALS[k - 1]}）{t[2:]}\n", 1)
    return text.replace("（二）主动公开政府信息情况\n", BRACKETED_DE + "\n", 1)


def test_a_title_with_de_put_in_and_its_sentence_run_in_heads_its_section():
    """"（二）主动公开政府信息的情况：…" among （一）–（五） items of 一 (combo, session 18): S101 for 二 —
    the title with 的 put in was read as no title of 二's once the sentence ran on after it."""
    text = _bracketed(SOURCE)
    assert BRACKETED_DE in text and "（五）监督保障" in text
    assert [(d.code, d.message) for d in lint(text, ["S"]).diagnostics] == []


def test_a_sentence_with_de_that_names_no_title_heads_nothing():
    """"（二）主动公开的信息数量：…" is no title of 二 (its words differ beyond a 的): S101 for 二."""
    text = _bracketed(SOURCE).replace(BRACKETED_DE, BRACKETED_DE.replace("主动公开政府信息的情况", "主动公开的信息数量"))
    assert [m for c, m in [(d.code, d.message) for d in lint(text, ["S101"]).diagnostics]] == \
        ["缺少第二部分“二、主动公开政府信息情况”"]
