"""Table recovery, layout by layout: the same report in every layout a renderer or a copy
produces binds to the same cells, the same six sections and the same findings as its tab layout.

Each layout is a function in tests/layouts.py named after what it does to the text (a Markdown
table, the whole report on one line, separator lines between cells, labels wrapped by a narrow
column before or after their row or into two cells, …). Each also has a property test: its cells
survive shuffled whitespace, CRLF line ends, full-width digits and a header cell broken over lines.
"""
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint
from layouts import LAYOUTS

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
#: defects of three families, so that the findings compared are not empty
DEFECTS = [("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14"),
           ("行政处罚\t35", "行政处罚\t/"), ("本年度未收取信息处理费。", "无。")]
SCALE = max(1, int(os.environ.get("GOVLINT_FUZZ_SCALE", "1") or 1))


def _cells(text):
    bound = bind(parse(text))
    cells = {(t, r, c): (cell.state, cell.value) for t, table in bound.tables.items()
             for r, row in table.rows.items() for c, cell in row.cells.items()}
    return cells, [s.number for s in bound.sections], bound


def _findings(text):
    """What each finding says and where it is in the report's structure (not in the text: the
    layouts put things on other lines). C206 is left out: it notes what the full-width-digits
    layout does (the other layouts' texts have no full-width digit)."""
    return sorted((d.code, d.location, d.message) for d in lint(text, ["S", "C", "A", "F", "V"]).diagnostics
                  if d.code != "C206")


def test_the_fullwidth_layout_is_noted_once_per_table():
    found = lint(LAYOUTS["fullwidth-digits"](CLEAN), ["C206"]).diagnostics
    assert [(d.code, d.location.table, d.severity) for d in found] == [
        ("C206", "表二", "note"), ("C206", "表三", "note"), ("C206", "表四", "note")]


BASE, BASE_SECTIONS, _ = _cells(CLEAN)


def _defective(text):
    for old, new in DEFECTS:
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_each_layout_binds_every_cell_as_the_tab_layout_does(name):
    cells, sections, bound = _cells(LAYOUTS[name](CLEAN))
    assert sections == BASE_SECTIONS == [1, 2, 3, 4, 5, 6]
    assert {k: v for k, v in cells.items() if BASE.get(k) != v} == {}
    assert set(cells) == set(BASE)
    assert bound.unread == {}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_each_layout_gives_the_tab_layouts_findings(name):
    expected = _findings(_defective(CLEAN))
    assert [code for code, _, _ in expected] == ["A301", "A302", "A303", "C203", "F401"]
    assert _findings(LAYOUTS[name](_defective(CLEAN))) == expected


def test_a_clean_report_is_clean_in_every_layout():
    for name, layout in LAYOUTS.items():
        assert _findings(layout(CLEAN)) == [], name


# ---------------------------------------------------------------------------------------------
# properties: what a renderer does on top of a layout does not change the cells

_HEADER = "\t自然人\t法人或其他组织\t总计\n"


@st.composite
def _perturbed(draw):
    """The tab report with a random mix of what renderers do to it."""
    text = CLEAN
    if draw(st.booleans()):  # full-width digits in the tables
        text = LAYOUTS["fullwidth-digits"](text)
    if draw(st.booleans()):  # the header cell 总计 broken over two lines
        text = text.replace(_HEADER, "\t自然人\t法人或其他组织\t总\n计\n")
    spaces = draw(st.lists(st.sampled_from([" ", "\u3000", "  ", "\xa0"]), min_size=1, max_size=4))
    seed = draw(st.integers(0, 10_000))
    lines = text.split("\n")
    for i in range(len(lines)):  # whitespace shuffled around cells and at line ends
        if (i * 7919 + seed) % 3 == 0 and lines[i].strip():
            pad = spaces[(i + seed) % len(spaces)]
            if "\t" in lines[i]:
                lines[i] = "\t".join(f"{pad}{c}" if c and (i + j) % 2 else c for j, c in enumerate(lines[i].split("\t")))
            lines[i] = lines[i] + pad
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text


@pytest.mark.parametrize("name", sorted(set(LAYOUTS) - {"crlf"}))
@settings(max_examples=6 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_perturbed())
def test_each_layouts_cells_survive_whitespace_crlf_fullwidth_digits_and_split_headers(name, text):
    if name == "flattened":  # one line: no line ends to change, no header to break
        text = re.sub(r"\r?\n", "\n", text)
    cells, sections, _ = _cells(LAYOUTS[name](text.replace("\r\n", "\n")) if name != "markdown" else
                                LAYOUTS[name](text))
    assert sections == [1, 2, 3, 4, 5, 6]
    assert {k: v for k, v in cells.items() if BASE.get(k) != v} == {}


def test_a_label_with_its_first_number_run_into_it_is_two_cells():
    """"规章0", "（七）总计10": an extraction that lost the gap between a label and a number."""
    glued = CLEAN.replace("规章\t0\t0\t0", "规章0\t0\t0").replace("（七）总计\t10", "（七）总计10")
    cells, _, _ = _cells(glued)
    assert {k: v for k, v in cells.items() if BASE.get(k) != v} == {}
    assert _findings(glued) == []


def test_two_labels_run_together_in_one_cell_are_two_cells():
    """A group's merged cell read into its first row's cell: "三、本年度办理结果（一）予以公开"."""
    joined = (CLEAN.replace("三、本年度办理结果\t（一）予以公开", "三、本年度办理结果（一）予以公开")
              .replace("（三）不予公开\t1.属于国家秘密", "（三）不予公开1.属于国家秘密")
              .replace("（四）无法提供\t1.本机关", "（四）无法提供 1.本机关"))
    cells, _, _ = _cells(joined)
    assert {k: v for k, v in cells.items() if BASE.get(k) != v} == {}
    assert _findings(joined) == []


def test_a_section_heading_run_into_its_first_paragraph():
    """"一、总体情况2024年，……" on one line longer than a heading: the heading is cut off after
    its official title, so the section is found (and its first paragraph read as prose)."""
    opening = "2024年，示例镇人民政府坚持以公开为常态、不公开为例外，扎实做好政府信息公开工作。"
    longer = opening[:-1] + "，全面推进决策、执行、管理、服务、结果公开。"
    text = CLEAN.replace("一、总体情况\n" + opening, "一、总体情况" + longer).replace(
        "五、存在的主要问题及改进情况\n一是", "五、存在的主要问题及改进情况：一是")
    cells, sections, bound = _cells(text)
    assert sections == [1, 2, 3, 4, 5, 6]
    assert bound.sections[0].paragraphs[0].text.startswith("2024年，示例镇")
    assert _findings(text) == []


def test_an_indented_section_heading_run_into_its_first_paragraph():
    """"  一、总体情况  2024年，……": the heading indented (a page's first-line indent, spaces before
    its numeral) and run into a long first paragraph is cut off after its title as an unindented one
    is; it was read as a paragraph, and section 一 was said to be missing."""
    opening = "2024年，示例镇人民政府坚持以公开为常态、不公开为例外，扎实做好政府信息公开工作。"
    longer = opening[:-1] + "，全面推进决策、执行、管理、服务、结果公开，以公开促落实、以公开促规范、以公开促服务。"
    text = CLEAN.replace("一、总体情况\n" + opening, "  一、总体情况  " + longer)
    cells, sections, bound = _cells(text)
    assert sections == [1, 2, 3, 4, 5, 6]
    assert bound.sections[0].paragraphs[0].text.startswith("2024年，示例镇")
    assert _findings(text) == []
