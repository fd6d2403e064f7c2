"""Tables in an 附件 after the signature, printed by LibreOffice from a Word file whose tables have no
borders: the PDF reader does not tell a borderless table's head rows (no number in them) from the text
around it, so the date, "附件", the captions and every head row ("信息内容 | 本年收费金额（单位：万元）",
its words wrapped in narrow cells: "信息内本年收费金额（单容位：万元）") were read as lines of prose under
六, and as one sentence, since none of them ends with a full stop. The fee rule took 表二's column head
"本年收费金额" for "a fee was collected" with no sum: F402, a false warning, on every such report.

表二's column head names the sums of 行政事业性收费 (a 表二 item, already no statement on the 信息处理费):
under 信息内容 or before its unit, as the format prints it, it says nothing on the fee
(``govlint_rules.fee._NOISE``). A sentence that says a fee was collected still does."""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint
from govlint_rules.fee import classify, is_fee_sentence

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from harness import voices  # noqa: E402
from harness.compare import expected, finding_differences, observed  # noqa: E402
from harness.sources import _replace  # noqa: E402

#: the borderless Word styles whose head rows LibreOffice's PDF gives as lines of text
STYLES = ["narrow-borderless", "unmerged-narrow-borderless"]


@pytest.fixture(scope="module")
def annexed_pdfs(tmp_path_factory):
    """The annexed voice as Word files in the borderless styles and their LibreOffice PDFs (one batch)."""
    pytest.importorskip("docx")
    from harness import libreoffice
    from harness.docx_styles import BY_NAME, write_docx
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    out = tmp_path_factory.mktemp("pdf28a-annex")
    text = voices.annexed_tables()
    words = {s: write_docx(text, BY_NAME[s], out / f"annex-{s}.docx") for s in STYLES}
    pdfs = libreoffice.convert(list(words.values()), "pdf", out / "pdf", out / "profile")
    return text, {s: pdfs[w] for s, w in words.items()}


@pytest.mark.parametrize("style", STYLES)
def test_libreoffice_pdf_annex_of_borderless_tables_gives_no_fee_warning(annexed_pdfs, style):
    """Was F402 "第六部分称收取了信息处理费，但没有写明金额：“2025年1月17日附件表1…本年收费金额（单…”"."""
    text, pdfs = annexed_pdfs
    _, want = expected(text)
    _, got = observed(pdfs[style])
    assert [f for f in got if f[0].startswith("F")] == []
    assert finding_differences(want, got) == []


_SIX = "本局本年度未收取信息处理费。"
#: the lines the PDF reader gave under the date: captions and head rows as prose, no full stop
_HEADS = "附件\n表1主动公开政府信息情况统计表\n第二十条\n第（八）\n项\n{}\n"
#: the head row's cells as the reader gave them: a piece a line (the cell's lines), or the two cells'
#: lines side by side ("信息内" beside "本年收费金额（单", then "容" beside "位：万元）")
HEAD_ROWS = {"cell-lines": "信息内容本年\n收费\n金额\n（单\n位：\n万\n元）",
             "cells-side-by-side": "信息内本年收费金额（单容位：万元）"}


@pytest.mark.parametrize("head", sorted(HEAD_ROWS))
def test_head_row_of_table2_read_as_prose_after_the_closing_is_no_fee_statement(head):
    text = _replace(voices.annexed_tables(), [("2025年1月17日\n", "2025年1月17日\n" + _HEADS.format(HEAD_ROWS[head]))])
    assert [d.code for d in lint(text).diagnostics if d.code.startswith("F")] == []


def test_fee_said_collected_with_no_sum_above_the_head_rows_is_still_found():
    """The failing case: 六 says a fee was collected and gives no sum; the head rows below change nothing."""
    text = _replace(voices.annexed_tables(), [(_SIX, "本局本年度依法收取信息处理费。"),
                                              ("2025年1月17日\n", "2025年1月17日\n" + _HEADS.format(HEAD_ROWS["cell-lines"]))])
    found = [(d.code, d.message) for d in lint(text).diagnostics if d.code.startswith("F")]
    assert found == [("F402", "第六部分称收取了信息处理费，但没有写明金额：“本局本年度依法收取信息处理费”")]


def test_table2_column_head_is_no_fee_sentence():
    assert not is_fee_sentence("信息内容本年收费金额（单位：万元）")
    assert not is_fee_sentence("第二十条第（八）项信息内本年收费金额（单容位：万元）")
    assert classify("信息内容本年收费金额（单位：") == "unclear"


def test_fee_sum_said_in_the_columns_words_is_still_read():
    """The column's words standing alone, not under 信息内容 nor before the format's unit, are read as written."""
    assert classify("本年收费金额为200元") == "collected"
    assert classify("本年收费金额为0元") == "none"
