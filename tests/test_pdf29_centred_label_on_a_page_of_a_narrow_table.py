"""A borderless table whose cells are centred vertically, on a page that holds nothing but a narrow
part of it (表三 drawn as three tables one under another, the first part's labels and its one number
column, 公文's sizes: tests/harness/pdf_layouts.py's ``no-rules-middle-all-official-sizes``): a label
of two lines stands half a line above and below its row's number ("5.要求行政机关确认或重新出具已" /
"0" / "获取信息"), one of three lines with its middle line on the row's ("1.申请人无正当理由逾期不补正、"
/ "（六）其他处理 行政机关不再处理其政府信息公 0" / "开申请").

Why: the PDF reader joins such a cell's lines only when each is narrower than half the text block,
which it took to be the page's lines' extent; on a page of a narrow table that is the table's width,
and a label half as wide was taken for prose: the row's number stood alone on its line and the label
around it (the first part of 表三 then lost rows: a C203 of its own). The text block runs to the page's
width less its left margin at least (``readers.pdf._cells_centred_joined``'s ``right``)."""
import sys
from pathlib import Path

import pytest

from govlint.readers import Run
from govlint.readers import pdf as P

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))


def _line(top, *runs, size=10.5):
    """A PDF line of ``runs`` given as (text, x0), each character ``size`` wide."""
    rs = tuple(Run(t, x, x + size * len(t)) for t, x in runs)
    return P._Line(" ".join(r.text for r in rs), 1, rs[0].x0, rs[-1].x1, top, size=size, runs=rs)


def _texts(lines):
    return [(ln.top, [r.text for r in ln.runs]) for ln in lines]


#: a page of the narrow part only: labels 59..220 pt, the number column at 381 pt (a page of
#: 595 pt, its text block from 59 to 536)
NARROW = [
    _line(622.8, ("4.无正当理由大量反复", 59.0), ("0", 381.0)),
    _line(642.4, ("5.要求行政机关确认或重新", 59.0)),
    _line(649.3, ("0", 381.0)),
    _line(656.1, ("获取信息", 59.0)),
    _line(675.7, ("3.其他", 59.0), ("0", 381.0)),
]


def test_narrow_table_page_centred_label_of_two_lines_is_joined_about_its_number():
    out = P._cells_centred_joined(NARROW, None, [], right=536.0)
    assert _texts(out) == [(622.8, ["4.无正当理由大量反复", "0"]),
                           (649.3, ["5.要求行政机关确认或重新获取信息", "0"]),
                           (675.7, ["3.其他", "0"])]


def test_narrow_table_page_lines_wider_than_half_the_text_block_stay_prose():
    """Two lines of prose wider than half the text block around a number: not a cell's halves,
    however narrow the page's other lines are."""
    lines = [_line(642.4, ("根据条例的要求编制本报告本报告所列数据的统计期", 59.0)),
             _line(649.3, ("0", 381.0)),
             _line(656.1, ("限自二〇二四年一月一日起至十二月三十一日止", 59.0)),
             _line(675.7, ("3.其他", 59.0), ("0", 381.0))]
    assert P._cells_centred_joined(lines, None, [], right=536.0) == lines


@pytest.fixture(scope="module")
def official_sizes_pdf(tmp_path_factory):
    pytest.importorskip("reportlab")
    pytest.importorskip("pypdfium2")
    from harness import pdf_layouts as pl
    from harness.tables21 import ALTERED, rendering_altered
    out = tmp_path_factory.mktemp("pdf29") / "no-rules-middle-all-official-sizes.pdf"
    mp = pytest.MonkeyPatch()
    rendering_altered(mp)  # (the three parts drawn as typed)
    try:
        return pl.draw(ALTERED["t3-in-three-tables"][0](), pl.BY_NAME["no-rules-middle-all-official-sizes"], out)
    finally:
        mp.undo()


@pytest.mark.parametrize("label", ["5.要求行政机关确认或重新出具已获取信息",
                                   "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"])
def test_narrow_table_page_in_official_sizes_reads_each_label_whole_beside_its_number(official_sizes_pdf, label):
    """The first part of 表三 drawn alone on its page (its labels centred, 公文's sizes): each label is
    one piece of its row's line, beside its number, in each of the three parts."""
    path = official_sizes_pdf
    doc = P.PdfReader().read(path, path.read_bytes())
    rows = [[r.text for r in b.runs] for b in doc.blocks
            if getattr(b, "runs", None) and any(r.text.startswith(label[:6]) for r in b.runs)]
    assert len(rows) == 3  # (the labels' part, the 法人 part, the 总计 part)
    for row in rows:
        assert label in row
        assert row[row.index(label) + 1:] in (["0"], ["0"] * 5)
