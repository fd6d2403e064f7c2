"""Pages set in two columns (Word: 布局 → 栏 → 两栏; bulletins set their prose so): the PDF
reader read each line of the page across both columns, the left column's line then the
right's, so that every sentence of 总体情况 was cut and spliced with the other column's. A prose
figure that disagrees with 表三 was missed (N601 on "本年度共收到政府信息公开申请15件"). The reader
now finds the gutter and reads such a band of lines the left column first, each column with its
own margins.

The reports are the rendering harness's invented sources (tests/harness/sources.py, varied.py),
made Word documents (grid tables), sections set in two columns (word_features.two_columns_between)
and printed to PDF by LibreOffice: each must give exactly the findings of the same document in one
column."""
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

from harness import docx_styles, libreoffice, sources, varied, word_features as wf  # noqa: E402

from govlint.config import Config  # noqa: E402
from govlint.checks.registry import load  # noqa: E402
from govlint.layout.documents import read  # noqa: E402
from govlint.run.engine import Settings, lint_file  # noqa: E402

SETTINGS = Settings.make(Config(), load(builtins_only=True))
TEXTS = {**sources.SOURCES, **varied.SOURCES}
FIGURE = ("本年度共收到政府信息公开申请13件", "本年度共收到政府信息公开申请15件")
#: report → (its text, the first paragraph in columns, the paragraph after the last (None: the end))
CASES = {
    "long-one": (TEXTS["long"](), "一、总体情况", "二、主动公开"),
    "long-figure-one": (TEXTS["long"]().replace(*FIGURE), "一、总体情况", "二、主动公开"),
    "county-one": (TEXTS["county"](), "一、总体情况", "二、主动公开"),
    "county-defects-five": (TEXTS["county-defects"](), "五、", None),
    "tax-defects-one": (TEXTS["tax-defects"](), "一、", "二、"),
    "street-five": (TEXTS["street"](), "五、", None),
}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """case → (the PDF of its Word document in one column, the PDF with its sections in two)."""
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    work = tmp_path_factory.mktemp("columns")
    words = {}
    for name, (text, first, last) in CASES.items():
        plain = docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], work / f"{name}-one.docx")
        words[plain] = (name, 1)
        words[wf.edit(plain, work / f"{name}-two.docx", lambda root: wf.two_columns_between(root, first, last))] = \
            (name, 2)
    made = libreoffice.convert(list(words), "pdf", work / "out", work / "profile")
    out = {}
    for src, pdf in made.items():
        name, columns = words[src]
        out.setdefault(name, {})[columns] = pdf
    return out


def _lint(path):
    result = lint_file(str(path), SETTINGS)
    assert not result.errors
    return [(d.code, d.location.table, d.message) for d in result.diagnostics]


def _without_excerpt(found):
    """The findings, a section's quoted opening left out of their messages: a sub-heading as wide
    as its column ("（二）人大代表建议和政协提案办理情况", 18 characters in a column of 18) reads as
    wrapped on into its paragraph, as a person could read it too."""
    return [(code, table, message.split("（该部分内容为")[0]) for code, table, message in found]


@pytest.mark.parametrize("case", list(CASES))
def test_sections_in_two_columns_give_the_findings_of_one_column(pdfs, case):
    assert _without_excerpt(_lint(pdfs[case][2])) == _without_excerpt(_lint(pdfs[case][1]))


def test_a_prose_figure_in_two_columns_is_checked(pdfs):
    found = _lint(pdfs["long-figure-one"][2])
    assert [code for code, _, _ in found] == ["N601"]
    assert found[0][2].startswith("“一、总体情况”中正文“收到政府信息公开申请15件”（政府信息公开申请 15）与表三不一致")
    assert _lint(pdfs["long-one"][2]) == []


def test_two_columns_are_read_one_after_the_other(pdfs):
    """The first paragraphs of 总体情况 whole, in order, as the left column holds them."""
    lines = read(str(pdfs["long-one"][2])).text.split("\n")
    at = lines.index("一、总体情况")
    assert lines[at + 1].startswith("2024年，示例县市场监督管理局坚持以公开为常态、不公开为例外")
    assert lines[at + 2] == "（一）主动公开。全年通过局门户网站和公开栏主动公开政府信息310条。"
