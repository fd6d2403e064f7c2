"""The title of a page whose runs an editor cut mid-word (web_pages.py ``split_runs``): the <h1>
before the article is the report's title when the article's own first lines do not hold it,
judged by each paragraph's whole text, not by a run of it.

Why: the reader asks whether the article opens with its title by the text of each element. An
editor's page cuts a paragraph into runs anywhere, and the first half of the preamble
"根据《中华人民共和国政府信息公开条例》…的要求，编制本报告。本报告所列数据…" names 政府信息公开 … 报告 with
no 。 as a title does: the <h1> was left out and the report had no title line (S104 taking the
目录's last line, "六、其他需要报告的事项", for it: combo27 finding 10, VOICES19's busy street office).
Each run is now read as its paragraph. Invented agencies only.
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import voices  # noqa: E402
from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.web_pages import PAGES  # noqa: E402

from govlint.layout.documents import read  # noqa: E402

_NUMERALS = "一二三四五六"
NUMBERINGS = {
    "comma (as written)": None,
    "part (VOICES14 forestry)": lambda i, t: f"第{_NUMERALS[i]}部分 {t}",
    "arabic (VOICES14 water)": lambda i, t: f"{i + 1}. {t}",
    "bold (VOICES14 bold-headings)": lambda i, t: f"**{t}**",
}
_STREET = voices.VOICES19["busy-street"]()
#: two seeded defects of tests/test_voices19.py: 一's figures against 表三 (N601 ×2)
_STREET_DEFECTS = _STREET.replace("全年新收政府信息公开申请86件", "全年新收政府信息公开申请88件").replace(
    "结转下年度继续办理5件", "结转下年度继续办理6件")
SOURCES = {"busy-street": _STREET, "busy-street-defects": _STREET_DEFECTS}
CUT = ["site-editor-split-runs", "word-saved-as-web-page-split-runs"]


def _source(source: str, numbering: str) -> str:
    number = NUMBERINGS[numbering]
    return SOURCES[source] if number is None else voices._headed(SOURCES[source], number)


def test_the_sources_preamble_names_the_report_before_its_full_stop_and_the_defect_is_found():
    preamble = _STREET.split("\n\n")[1]
    assert preamble.startswith("根据《中华人民共和国政府信息公开条例》") and "编制本报告。" in preamble
    assert expected(_STREET)[1] == []
    assert [f[0] for f in expected(_STREET_DEFECTS)[1]] == ["N601", "N601"]


@pytest.mark.parametrize("maker", CUT)
@pytest.mark.parametrize("numbering", sorted(NUMBERINGS))
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_page_cut_in_runs_keeps_its_title(tmp_path, source, numbering, maker):
    text = _source(source, numbering)
    want_cells, want_findings = expected(text)
    path = tmp_path / "report.html"
    path.write_text(PAGES[maker](text), "utf-8")
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []
    assert read(path).text.split("\n", 1)[0] == text.split("\n", 1)[0]


_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例镇</title></head><body>'
         '<h1>{h1}</h1><div class="article">{article}</div></body></html>')
_REPORT = ("<p><span>一、总体情况</span></p><p>本年度主动公开信息12条。</p><p>二、主动公开政府信息情况</p>"
           "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>"
           "<p>三、收到和处理政府信息公开申请情况</p>")
_H1 = "示例镇人民政府2024年政府信息公开工作年度报告"


def _first_lines(tmp_path, article: str, n: int = 2):
    path = tmp_path / "page.html"
    path.write_text(_PAGE.format(h1=_H1, article=article + _REPORT), "utf-8")
    return read(path).text.split("\n")[:n]


def test_a_preamble_cut_after_its_report_is_no_title(tmp_path):
    """The preamble's first run names the report; its paragraph holds 。: the <h1> is the title."""
    article = ("<p><span>根据《中华人民共和国政府信息公开条例》要求，编制本报告</span>"
               "<span>。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。</span></p>")
    assert _first_lines(tmp_path, article) == [
        _H1, "根据《中华人民共和国政府信息公开条例》要求，编制本报告。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。"]


def test_a_title_cut_in_two_runs_in_the_article_is_its_title(tmp_path):
    """The article's own title, cut into runs none of which names the report: it is the title,
    and the <h1> is not put before it again."""
    article = "<p><span>示例镇人民政府2024年政府信息</span><span>公开工作年度报告</span></p>"
    assert _first_lines(tmp_path, article) == [_H1, "一、总体情况"]
