"""A web page whose statistical tables are pictures, copied as text, keeps sections 二, 三 and 四 as
their headings alone, nothing under them (real39a: a city bureau's 2023 page). govlint said C201
"缺少表二/表三/表四" three times, errors a writer would look for and not find. No writer leaves a
section so; a copy that lost its tables does: the tables are said unreadable (C200), not missing,
and once for all of them (one cause, one finding: three C200s were three findings for one defect
of the copy, real39e). A section with text under it and no table is still a table missing.

The report is invented: tests/fixtures/tabs_2024.txt with its tables' lines taken out."""
from pathlib import Path

from copies import found

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
HEADINGS = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况")


def _without_tables(keep_under=None):
    """The fixture with every line between 二's heading and 五's dropped but the headings (and
    ``keep_under``: {heading: line} a line of text kept under that heading)."""
    lines = TABS.split("\n")
    start, end = lines.index(HEADINGS[0]), lines.index(HEADINGS[-1])
    kept = []
    for line in lines[start:end]:
        if line in HEADINGS:
            kept.append(line)
            if keep_under and line in keep_under:
                kept.append(keep_under[line])
    return "\n".join(lines[:start] + kept + [""] + lines[end:])


def test_headings_alone_say_the_tables_unreadable_once_not_missing():
    text = _without_tables()
    got = [f for f in found(text) if f[0] in ("C200", "C201")]
    lines = text.split("\n")
    at = [lines.index(h) + 1 for h in HEADINGS[:3]]
    assert got == [
        ("C200", at[0], 1, f"表二、表三、表四无法可靠读取：第二、三、四部分都只有标题（第{at[0]}、{at[1]}、{at[2]}行），"
                           "其下没有表格，也没有文字：表格可能以图片形式发布，或在复制时丢失，无法读取其中的数字；"
                           "这些表的完整性、数值和勾稽关系检查未进行"),
    ]


def test_one_heading_alone_names_its_table():
    text = _without_tables({HEADINGS[0]: "本年度主动公开政府信息310条。", HEADINGS[1]: "本年度共收到政府信息公开申请13件。"})
    got = [f for f in found(text) if f[0] == "C200"]
    at = text.split("\n").index(HEADINGS[2]) + 1
    assert got == [
        ("C200", at, 1, f"表四（政府信息公开行政复议、行政诉讼情况）无法可靠读取：第四部分只有标题（第{at}行），其下没有表格，"
                        "也没有文字：表格可能以图片形式发布，或在复制时丢失，无法读取其中的数字；该表的完整性、数值和勾稽关系检查未进行"),
    ]


def test_a_section_with_text_and_no_table_still_misses_its_table():
    text = _without_tables({HEADINGS[1]: "本年度共收到政府信息公开申请13件，均已按期答复。"})
    got = [f for f in found(text) if f[0] in ("C200", "C201")]
    lines = text.split("\n")
    at = [lines.index(h) + 1 for h in HEADINGS[:3]]
    assert [(f[0], f[1]) for f in got] == [("C200", at[0]), ("C201", at[1])]
    assert got[0][3].startswith(f"表二、表四无法可靠读取：第二、四部分都只有标题（第{at[0]}、{at[2]}行）")
    assert ("C201", at[1], 1, "缺少表三（收到和处理政府信息公开申请情况）") in found(text)
