"""A PDF whose first page came out blank (an HTML page printed with its heading on a page of its own):
the text opens with the preface, its first sentence wrapped at the line's end. voices51j: that line
("本年度报告根据《…条例》要求编制，报告所列数据统计期限自2023年1") was taken for the title, its "agency"
"本年度报告根据中华人民共和国", so P702 knew no deadline for it and a late report passed. A line holding
a clause and more of its sentence after a comma is prose, never the title."""
from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse
from govlint.testing import lint


def _without_title(fixture_text, first_lines):
    text = fixture_text("tabs_2024.txt")
    title, rest = text.split("\n", 1)
    preface_end = rest.index("一、总体情况")
    return first_lines + "\n" + rest[preface_end:]


def test_the_prefaces_wrapped_first_line_is_no_title(fixture_text):
    text = _without_title(fixture_text, "本年度报告根据《中华人民共和国政府信息公开条例》要求编制，报告所列数据统计期限自2024年1\n"
                                        "月1日至2024年12月31日。").replace("2025年1月20日", "2025年3月20日")
    f = extract_facts(parse(text, "x.txt"))
    assert (f.title, f.signer) == ("", "示例镇人民政府")
    # (S104 stays quiet: a short line before 一 may be a title it cannot read; P702 judges the date by the signer)
    assert [d.code for d in lint(text, path="x.txt").diagnostics] == ["P702"]


def test_a_title_with_a_comma_inside_brackets_is_still_a_title(fixture_text):
    """A guard: a title's own words hold no clause and more after a comma."""
    text = fixture_text("tabs_2024.txt")
    assert extract_facts(parse(text, "x.txt")).title == "示例镇人民政府2024年政府信息公开工作年度报告"
