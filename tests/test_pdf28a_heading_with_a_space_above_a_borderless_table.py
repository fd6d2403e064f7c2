"""A section heading typed with a space after its 、 ("二、 主动公开政府信息情况") right above a Word table
without borders, printed by LibreOffice: in the PDF the heading is a line of two pieces ("二、" and the
title, the space a gap), in the body's type (12 pt), and the table's first label, in the table's smaller
type (9 pt) and a narrow column, wraps under the "二、" ("第二十条" / "第（一）" / "项"). The layout took
those pieces for the rests of the heading's words wrapped in their cells
(``layout.documents.head_words_wrapped_in_their_cells``): the heading became a head row
"二、第二十条第（一）项 | 主动公开政府信息情况" and 二 was lost (S101, a false error).

A word wraps in its cell in its own type: a line in another size is none of its rests
(``layout.documents._words_rests``)."""
import sys
from pathlib import Path

import pytest

from govlint.layout.documents import Item, head_words_wrapped_in_their_cells
from govlint.readers import Box, Run

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from harness.compare import expected, finding_differences, observed  # noqa: E402
from harness.sources import clean  # noqa: E402

STYLES = ["narrow-borderless", "unmerged-narrow-borderless"]


def _spaced(text: str) -> str:
    """The six headings with a space after their 、 ("二、 主动公开政府信息情况"), the tables' labels as they are."""
    from harness.docx_styles import _SECTION
    return "\n".join(line[:2] + " " + line[2:] if _SECTION.match(line) else line for line in text.split("\n"))


@pytest.fixture(scope="module")
def spaced_pdfs(tmp_path_factory):
    """The clean report, headings spaced, as Word files in the borderless styles (a "— N —" footer)
    and their LibreOffice PDFs (one batch)."""
    pytest.importorskip("docx")
    from harness import libreoffice
    from harness.docx_styles import BY_NAME, write_docx
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    out = tmp_path_factory.mktemp("pdf28a-spaced")
    text = _spaced(clean())
    words = {s: write_docx(text, BY_NAME[s], out / f"spaced-{s}.docx", footer="dash") for s in STYLES}
    pdfs = libreoffice.convert(list(words.values()), "pdf", out / "pdf", out / "profile")
    return text, {s: pdfs[w] for s, w in words.items()}


@pytest.mark.parametrize("style", STYLES)
def test_libreoffice_pdf_heading_spaced_after_its_comma_above_a_borderless_table_is_read(spaced_pdfs, style):
    """Was S101 "缺少第二部分“二、主动公开政府信息情况”" with unmerged-narrow-borderless."""
    text, pdfs = spaced_pdfs
    assert "二、 主动公开政府信息情况\n第二十条第（一）项" in text
    _, want = expected(text)
    _, got = observed(pdfs[style])
    assert finding_differences(want, got) == []


def _line(pieces, top, size):
    runs = tuple(Run(t, x0, x0 + size * len(t)) for t, x0 in pieces)
    return Item(" ".join(t for t, _ in pieces), 1, "", Box(runs[0].x0, runs[-1].x1, top, size, 71.0, 524.0),
                runs=runs)


def _heading_and_table(heading_size: float):
    """The heading's line (its "二、" over the table's first column) over 表二's first label wrapped in
    a narrow cell, the head line and a row, the table in 9 pt."""
    return [_line([("二、", 71.0), ("主动公开政府信息情况", 98.0)], 350.8, heading_size),
            _line([("第二十条", 71.0)], 369.9, 9.0), _line([("第（一）", 71.0)], 384.8, 9.0),
            _line([("项", 71.0)], 399.6, 9.0),
            _line([("信息内容", 71.0), ("本年", 122.0), ("本年", 153.2), ("现行", 184.3)], 414.6, 9.0),
            _line([("规章", 71.0), ("0", 122.0), ("0", 153.2), ("0", 184.3)], 444.4, 9.0)]


def test_heading_in_the_bodys_type_over_a_label_wrapped_in_the_tables_type_stays_a_heading():
    items = _heading_and_table(12.0)
    items[-1].row = ["规章", "0", "0", "0"]
    head_words_wrapped_in_their_cells(items)
    assert items[0].row is None
    assert [it.text for it in items[1:4]] == ["第二十条", "第（一）", "项"]


def test_head_words_wrapped_in_the_same_type_are_still_joined():
    """The failing case: head words wrapped in their cells, in the table's type, are one head row."""
    items = [_line([("信息内", 71.0), ("本年制发", 98.0), ("本年废止", 134.0)], 414.6, 9.0),
             _line([("容", 71.0), ("件数", 98.0), ("件数", 134.0)], 429.5, 9.0),
             _line([("规章", 71.0), ("0", 98.0), ("0", 134.0)], 444.4, 9.0)]
    items[-1].row = ["规章", "0", "0"]
    head_words_wrapped_in_their_cells(items)
    assert items[0].row == ["信息内容", "本年制发件数", "本年废止件数"]
    assert items[1].text == ""
