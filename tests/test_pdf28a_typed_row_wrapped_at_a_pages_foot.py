"""Tables typed with tabs in Word (no Word table), a row wider than the page wrapping its last number
(its 总计) onto the next line at a tab stop, printed by LibreOffice: when that line is the page's last
("1.信访举报投诉类申请 1 0 0 1 0 0" / "2" at the page's foot) the PDF reader took the bare number for the
page's number and dropped it (a bare number at a page's foot that stands in no column with the lines
around it): the row had six numbers, C203, a false warning.

The line just above it on its page runs to the text block's right edge and ends in a number: the
number is that row's wrapped tail, a cell (``readers.pdf._folios_dropped``); page numbers that run with
the pages are still dropped."""
import sys
from pathlib import Path

import pytest

from govlint.readers.pdf import _folios_dropped, _Line

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from harness import voices  # noqa: E402
from harness.compare import expected, finding_differences, observed  # noqa: E402


@pytest.fixture(scope="module")
def typed_pdf(tmp_path_factory):
    """street-negations typed with tabs (14 pt, "第N页 共M页" footer), and its LibreOffice PDF."""
    pytest.importorskip("docx")
    from harness import libreoffice
    from harness.docx_styles import BY_NAME, write_docx
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    out = tmp_path_factory.mktemp("pdf28a-typed")
    text = voices.street_negations()
    word = write_docx(text, BY_NAME["typed-with-tabs"], out / "typed.docx", footer="of")
    return text, libreoffice.convert([word], "pdf", out / "pdf", out / "profile")[word]


def test_libreoffice_pdf_typed_row_wrapped_at_a_pages_foot_keeps_its_total(typed_pdf):
    """Was C203 "表三“1.信访举报投诉类申请”行只有6个数字（1 0 0 1 0 0），应有7个…"."""
    text, pdf = typed_pdf
    _, want = expected(text)
    _, got = observed(pdf)
    assert finding_differences(want, got) == []


_ROW = "（五）不予处理 1.信访举报投诉类申请 1 0 0 1 0 0"


def _foot(row_x1: float, number: str = "2", page: int = 2):
    row = _Line(_ROW, page, 71.0, row_x1, 718.2, margin=(71.0, 519.0), size=14.0)
    tail = _Line(number, page, 107.0, 114.0, 741.3, margin=(71.0, 519.0), size=14.0,
                 folio=("foot", int(number) - page))
    return [row, tail]


def test_number_under_a_row_wrapped_at_the_right_edge_is_its_tail():
    assert [ln.text for ln in _folios_dropped(_foot(510.8), [])] == [_ROW, "2"]


def test_number_under_a_line_ending_short_of_the_edge_is_still_a_page_number():
    """The failing case: a line that does not reach the right edge did not wrap; the number under it
    at the page's foot, in no column with it, is the page's."""
    assert [ln.text for ln in _folios_dropped(_foot(400.0), [])] == [_ROW]


def test_numbers_running_with_the_pages_are_page_numbers_even_under_a_wrapped_row():
    """Bare numbers at the pages' feet as far from their pages' numbers (2 on page 2, 3 on page 3)."""
    assert [ln.text for ln in _folios_dropped(_foot(510.8), [("foot", 0)])] == [_ROW]
