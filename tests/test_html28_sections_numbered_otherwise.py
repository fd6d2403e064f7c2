"""A report whose sections are numbered other than "一、" (as VOICES14's voices number them:
第一部分, "1. ", "一 ", bold with no numeral; VOICES18's （一）), published by every web page maker of
the harness (web_pages.py, web_pages19.py, web_pages20.py), binds as its source and gives exactly
its findings.

Why: the web page reader finds the article by its section headings and drops a second copy of
the report from the first heading on; it knew only "一、" and "（一）". With another numbering, on a
page whose runs an editor cut mid-word (split-runs), or whose tables are typed (pre, text) or drawn
with divs, or that is one paragraph, the only heading left was a sub-item of 一 ("（一）主动公开…")
and the article was that one paragraph (C201 ×3, P701, S100) or no report at all ("这个网页中没有
报告"); on a page printing the report twice (an 无障碍 copy) nothing was dropped, and 表四 was read
with 30 numbers (C200) (combo27 findings 5 and 15). A source whose 一 has such sub-items
(VOICES12's hospital) is rendered clean and with two seeded defects (N601, F401), which must be
found as in the text; and varied.py's county bureau. Invented agencies only.
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import voices  # noqa: E402
from harness.sources import all_sources  # noqa: E402
from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.web_pages import PAGES  # noqa: E402
from harness.web_pages19 import PAGES19  # noqa: E402
from harness.web_pages20 import PAGES20  # noqa: E402

_NUMERALS = "一二三四五六"
#: the section numberings of the voices (tests/harness/voices.py): name → heading of section i (0-5)
NUMBERINGS = {
    "part (VOICES14 forestry)": lambda i, t: f"第{_NUMERALS[i]}部分 {t}",
    "arabic (VOICES14 water)": lambda i, t: f"{i + 1}. {t}",
    "numeral-space (VOICES14 zone)": lambda i, t: f"{_NUMERALS[i]} {t}",
    "bold (VOICES14 bold-headings)": lambda i, t: f"**{t}**",
    "comma-space (VOICES14 township)": lambda i, t: f"{_NUMERALS[i]}、 {t}",
    "parenthesised (VOICES18)": lambda i, t: f"（{_NUMERALS[i]}）{t}",
}

_HOSPITAL = voices.VOICES12["hospital"]()
#: the hospital's report with two seeded defects: 一's count of applications against 表三 (N601),
#: 六 without the fee statement (F401) (tests/test_voices12.py's seeds)
_HOSPITAL_DEFECTS = _HOSPITAL.replace("受理政府信息公开申请壹拾叁件", "受理政府信息公开申请壹拾伍件").replace(
    "本院本年度未收取信息处理费。病历复印按物价部门核定的标准收取复印工本费，不属于信息处理费。", "本院无其他需要报告的事项。")
#: the county bureau of varied.py (its 一 has sub-items too; its typed, one-paragraph and div-drawn
#: pages were "no report" when numbered "1. ")
SOURCES = {"hospital": _HOSPITAL, "hospital-defects": _HOSPITAL_DEFECTS, "bureau": all_sources()["bureau"]}

MAKERS = {**PAGES, **PAGES19, **PAGES20}
#: full-width digits add one C206 note a table (tests/test_web20_pages.py)
_FULL_WIDTH = "fullwidth-digits"

_reference = {}


def _source(source: str, numbering: str) -> str:
    return voices._headed(SOURCES[source], NUMBERINGS[numbering])


def _want(source: str, numbering: str):
    key = (source, numbering)
    if key not in _reference:
        _reference[key] = expected(_source(source, numbering))
    return _reference[key]


def test_the_sources_are_numbered_as_named_and_the_defects_are_found_in_the_text():
    """The renumbering reached all six headings, and the text itself gives the seeded findings."""
    for numbering, number in NUMBERINGS.items():
        text = _source("hospital", numbering)
        assert all(f"\n{number(i, h[2:])}\n" in text for i, h in enumerate(voices._HEADINGS)), numbering
        assert "\n一、总体情况\n" not in text
    _, found = _want("hospital-defects", "arabic (VOICES14 water)")
    assert sorted(f[0] for f in found) == ["F401", "N601"]
    assert _want("hospital", "arabic (VOICES14 water)")[1] == []


@pytest.mark.parametrize("maker", sorted(MAKERS))
@pytest.mark.parametrize("numbering", sorted(NUMBERINGS))
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_page_of_a_report_numbered_otherwise_matches_its_source(tmp_path, source, numbering, maker):
    want_cells, want_findings = _want(source, numbering)
    path = tmp_path / "report.html"
    path.write_text(MAKERS[maker](_source(source, numbering)), "utf-8")
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    differences = finding_differences(want_findings, got_findings)
    if maker == _FULL_WIDTH:
        assert sorted(d[:10] for d in differences) == ["extra C206"] * 3, differences
    else:
        assert differences == []
