"""The report's title repeated on the later pages as a typed line (a footer "— 2 —" and the title typed
into the text where a page breaks, as staff copy a printed report's furniture), printed by LibreOffice:
the title is the first line of page 1 and the first line of two later pages (after a table, or after a
page number dropped as a folio). The PDF reader drops a line first or last on most pages as a running
header, and dropped page 1's title with the repeats: S104 "报告没有标题", a false warning.

A header on every page stands at one place on each, page 1's too; the first page's first line that the
later pages repeat elsewhere (typed lines float with the text; a header set on the later pages only,
Word's "different first page", stands above where the title does) is the title, and stays
(``readers.pdf._title_repeated``)."""
import sys
from pathlib import Path

import pytest

from govlint.readers.pdf import _Line, _without_running

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from harness.compare import expected, finding_differences, observed  # noqa: E402
from harness.sources import _replace, clean  # noqa: E402


def _furnished(text: str) -> str:
    """``text`` with "— N —" and its title typed where two pages might break: inside 表三 and above 五."""
    title = text.split("\n", 1)[0]
    return _replace(text, [("2.没有现成信息需要另行制作", f"— 2 —\n{title}\n2.没有现成信息需要另行制作"),
                           ("五、存在的主要问题", f"— 3 —\n{title}\n五、存在的主要问题")])


@pytest.fixture(scope="module")
def furnished_pdf(tmp_path_factory):
    pytest.importorskip("docx")
    from harness import libreoffice
    from harness.docx_styles import BY_NAME, write_docx
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    out = tmp_path_factory.mktemp("pdf28a-title")
    text = _furnished(clean())
    word = write_docx(text, BY_NAME["grid"], out / "furnished-grid.docx")
    return text, libreoffice.convert([word], "pdf", out / "pdf", out / "profile")[word]


def test_libreoffice_pdf_title_typed_again_on_later_pages_is_the_title(furnished_pdf):
    """Was S104 "报告没有标题（应为“××20××年政府信息公开工作年度报告”）"."""
    text, pdf = furnished_pdf
    _, want = expected(text)
    _, got = observed(pdf)
    assert [f for f in got if f[0] == "S104"] == []
    assert [d for d in finding_differences(want, got) if not d.startswith("extra C203 表三")] == []


def test_libreoffice_pdf_table_cut_by_typed_furniture_lines_is_read_whole(furnished_pdf):
    text, pdf = furnished_pdf
    _, want = expected(text)
    _, got = observed(pdf)
    assert finding_differences(want, got) == []


_TITLE = "样例县交通运输局2024年政府信息公开工作年度报告"


def _pages(title_tops, body="正文第{}页的一行。"):
    """Five pages: the title's line at ``title_tops[p]`` on page p (none where absent), a body line under it."""
    lines = []
    for page in range(1, 6):
        top = title_tops.get(page)
        if top is not None:
            lines.append(_Line(_TITLE, page, 71.0, 354.5, top, size=12.0, edge=top < 84.2))
        lines.append(_Line(body.format(page), page, 71.0, 300.0, (top or 72.0) + 20.0, size=12.0))
    return lines


def test_title_on_page_one_repeated_elsewhere_on_later_pages_is_kept():
    kept = _without_running(_pages({1: 73.6, 3: 311.5, 5: 113.2}), 5)
    assert [(ln.page, ln.text) for ln in kept if ln.text == _TITLE] == [(1, _TITLE)]


def test_header_at_one_place_on_every_page_is_dropped_on_page_one_too():
    """The failing case: a header standing where it stands on every page is furniture, page 1's too."""
    kept = _without_running(_pages({p: 40.0 for p in range(1, 6)}), 5)
    assert [ln.text for ln in kept if ln.text == _TITLE] == []
