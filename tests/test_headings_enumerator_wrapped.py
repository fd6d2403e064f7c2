"""A heading numbered another way whose line wrapped at the space after its enumerator: "第一部分" alone
on a line and "总体情况。2024年，…" on the next, or "2." and "主动公开政府信息情况（含…）" (a copy
hard-wrapped at 24 or 40 characters; combo27). The enumerator and the title were two lines, neither a
heading: S101 for the section. An enumerator alone followed by a line that opens with its section's
title is the heading; followed by other words it is none."""
from pathlib import Path

from govlint.testing import lint

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
PARTS = "一二三四五六"


def _parts(text: str, **heads) -> str:
    for k, t in enumerate(TITLES, start=1):
        text = text.replace(t + "\n", heads.get(f"h{k}", f"第{PARTS[k - 1]}部分 {t[2:]}") + "\n", 1)
    return text


def _codes(text, select=("S",)):
    return [(d.code, d.message) for d in lint(text, select=list(select)).diagnostics]


def test_the_parts_numbered_so_are_the_sections():
    assert _codes(_parts(SOURCE)) == []


def test_an_enumerator_alone_with_its_title_run_into_a_sentence_on_the_next_line_is_the_heading():
    text = _parts(SOURCE).replace("第一部分 总体情况\n2024年，", "第一部分\n总体情况。2024年，", 1)
    assert "第一部分\n总体情况。2024年，示例镇" in text
    assert _codes(text) == []


def test_an_arabic_enumerator_alone_with_a_long_title_wrapped_after_it():
    text = _parts(SOURCE).replace("第一部分 总体情况", "1. 总体情况").replace(
        "第二部分 主动公开政府信息情况", "2.\n主动公开政府信息情况（含规章、行政规范性文件制发情况）")
    for k in range(3, 7):
        text = text.replace(f"第{PARTS[k - 1]}部分 ", f"{k}. ", 1)
    assert _codes(text, select=("S101", "S102")) == []


def test_an_enumerator_alone_before_other_words_is_no_heading():
    text = _parts(SOURCE, h5="第五部分\n工作亮点与经验")
    assert [c for c, _ in _codes(text, select=("S101",))] == ["S101"]


#: the first and last headings (一、 numbering) wrapped after their "、", their first sentence run in
#: after a colon, the other sections' headings whole: the grammar finds 二–五, the binder 一 and 六
WRAPPED_ENDS = {
    "一、总体情况\n2024年，": "一、\n总体情况：2024年，",
    "六、其他需要报告的事项\n本年度未收取信息处理费。": "六、\n其他需要报告的事项：本年度未收取信息处理费。",
}


def _wrapped_ends(text: str) -> str:
    for old, new in WRAPPED_ENDS.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def test_a_top_enumerator_alone_with_its_title_run_in_on_the_next_line_is_the_heading():
    """"一、" alone, then "总体情况：2024年，…" (a copy wrapped at 24 characters, combo): S101 for 一
    and 六 though both are there; the fee statement run into 六's heading is still 六's."""
    assert _codes(_wrapped_ends(SOURCE), select=("S", "F")) == []


def test_the_fee_statement_run_into_a_wrapped_heading_is_still_checked():
    text = _wrapped_ends(SOURCE).replace("其他需要报告的事项：本年度未收取信息处理费。", "其他需要报告的事项：无。")
    assert [c for c, _ in _codes(text, select=("S", "F"))] == ["F401"]


def test_a_top_enumerator_alone_before_other_words_is_no_heading():
    text = _wrapped_ends(SOURCE).replace("六、\n其他需要报告的事项：", "六、\n工作亮点：")
    assert [m for c, m in _codes(text, select=("S101",))] == ["缺少第六部分“六、其他需要报告的事项”"]
