"""PDFs whose tables are drawn as producers draw them that round 19's layouts did not cover
(tests/harness/pdf_layouts.py, ``LAYOUTS20``): a borderless table whose cells are centred
vertically with 表三 broken by the page (a row cut by it too), a 三线表 (booktabs: a rule above
the table, one under its head, one below it; cells at their top or centred), only the table's
frame, numbers at their cell's right with thousands grouped ("1,010"), row labels broken by hand
so that the second line is longer than the first (at the top of their cells, or centred), 表三
on a landscape page among portrait ones (a landscape page, or a portrait page shown turned by
/Rotate 90), and 表三's head drawn with its merged cells' rules but no vertical rule between its
number columns. Each must give exactly the findings of the source text it was drawn from (the
harness oracle): none for a clean report, the seeded defects' for another.

The misreading these found (a centred cell's halves standing half a line above and below its
row's numbers, C202 for the rows, V502 for 表三's head words) is the PDF reader's
:func:`govlint.readers.pdf._cells_centred_joined`; its own cases are below.
"""
import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

from harness import pdf_layouts as pl, sources  # noqa: E402

from govlint.config import Config  # noqa: E402
from govlint.checks.registry import load  # noqa: E402
from govlint.readers import Run  # noqa: E402
from govlint.readers import pdf as P  # noqa: E402
from govlint.run.engine import Settings, lint_file  # noqa: E402

SETTINGS = Settings.make(Config(), load(builtins_only=True))
SOURCES = ("clean", "defects", "trial2020", "frame-defects", "thousands")

#: the clean report with numbers of four and five digits, its arithmetic and prose kept true
#: (表二's decisions, 表三's 自然人 column through 一、（四）1. and （七）, and the prose's count)
THOUSANDS = [
    ("行政许可\t120", "行政许可\t12480"), ("行政处罚\t35", "行政处罚\t1035"),
    ("一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t13", "一、本年新收政府信息公开申请数量\t1010\t2\t0\t1\t0\t0\t1013"),
    ("1.本机关不掌握相关政府信息\t2\t1\t0\t0\t0\t0\t3", "1.本机关不掌握相关政府信息\t1002\t1\t0\t0\t0\t0\t1003"),
    ("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t1010\t2\t0\t1\t0\t0\t1013"),
    ("共收到政府信息公开申请13件", "共收到政府信息公开申请1013件"),
]


@pytest.fixture(scope="module")
def texts():
    every = sources.all_sources()
    out = {name: every[name] for name in SOURCES if name in every}
    out["thousands"] = sources._replace(every["clean"], THOUSANDS)
    return out


def _lint(path):
    result = lint_file(str(path), SETTINGS)
    assert not result.errors
    return [(d.code, d.location.table, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("layout", [lay.name for lay in pl.LAYOUTS20])
def test_a_table_drawn_by_another_producer_reads_as_its_source(texts, tmp_path, layout, source):
    text = texts[source]
    src = tmp_path / "source.txt"
    src.write_text(text, "utf-8")
    expected = _lint(src)
    assert bool(expected) == source.endswith("defects")
    pdf = pl.draw(text, pl.BY_NAME[layout], tmp_path / f"{layout}.pdf")
    assert _lint(pdf) == expected


def _pages(path):
    """Each page's characters and drawn objects as the reader takes them, and its rotation."""
    import pypdfium2
    from govlint.readers import pdfium as reader
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return [(reader.page_objects(doc[i], i + 1)[0], doc[i].get_rotation()) for i in range(len(doc))]
    finally:
        doc.close()


def _text(page) -> str:
    return "".join(c["text"] for c in page["char"])


def test_the_layouts_draw_what_they_say(texts, tmp_path):
    """The features are in the PDFs (else the tests above prove nothing)."""
    def drawn(name, source="clean"):
        return _pages(pl.draw(texts[source], pl.BY_NAME[name], tmp_path / f"{name}.pdf"))

    # 三线表: horizontal rules only; on the last page, two for the rest of 表三 (above and below
    # it) and three for 表四 (above, under its head, below)
    booktabs = drawn("booktabs")
    rules = [e for p, _ in booktabs for e in p.get("line", ())]
    assert rules and all(e["bottom"] - e["top"] < 1 for e in rules)
    last = booktabs[-1][0]
    assert len([e for e in last.get("line", ()) if e["x1"] - e["x0"] > 300]) == 5
    # only the frame: two vertical rules a table part
    outer = [e for p, _ in drawn("outer-only") for e in p.get("line", ()) if e["bottom"] - e["top"] > 1]
    assert outer and len({round(e["x0"]) for e in outer}) == 2
    # the numbers grouped by thousands, at their cell's right
    assert any("1,010" in _text(p) for p, _ in drawn("no-rules-right-thousands", "thousands"))
    # a label broken before its parenthesis: "（二）部分公开" alone on its line
    page = next(p for p, _ in drawn("no-rules-label-break") if "（二）部分公开" in _text(p))
    k = _text(page).find("（二）部分公开") + len("（二）部分公开")
    assert page["char"][k]["text"] == "（" and page["char"][k]["top"] > page["char"][k - 1]["top"] + 5
    # 表三 on a page of its own, turned, between portrait pages
    turned = drawn("landscape-rotated")
    assert [r for _, r in turned][:3] == [0, 90, 90] and turned[-1][1] == 0
    assert "申请人情况" in _text(turned[1][0])
    # 表三's head: no vertical rule between its number columns above its first row
    head = drawn("head-without-inner-rules")
    page = next(p for p, _ in head if "申请人情况" in _text(p))
    top = page["char"][_text(page).find("申请人情况")]["top"]
    first_row = page["char"][_text(page).find("一、本年新收")]["top"]
    inner = [e for e in page.get("line", ()) if e["bottom"] - e["top"] > 1 and top - 10 < e["top"] < first_row - 5]
    assert len({round(e["x0"]) for e in inner}) <= 4  # the table's edges and where the labels end


# -- the reader's own cases: a borderless table's cells centred vertically ----------------------

def _line(top, *runs, size=8.0):
    """A PDF line of ``runs`` given as (text, x0), each character ``size`` wide."""
    rs = tuple(Run(t, x, x + size * len(t)) for t, x in runs)
    return P._Line(" ".join(r.text for r in rs), 1, rs[0].x0, rs[-1].x1, top, size=size, runs=rs)


def _joined(lines):
    """What the reader makes of a page of ``lines`` below a line of prose across the page (a
    cell is narrower than half the page's text)."""
    body = _line(20.0, ("根" * 60, 56.0))
    out = P._cells_centred_joined([body] + lines)
    assert out[0] is body
    return out[1:]


def _texts(lines):
    return [(ln.top, [r.text for r in ln.runs]) for ln in lines]


NUMBERS = [("1", 270.0), ("0", 310.0), ("1", 350.0)]


def test_a_label_of_two_lines_centred_on_its_numbers_is_their_row():
    """WPS's print: the label's halves half a line (5.25 pt at 8 pt) above and below its
    numbers' line; joined into it at its column."""
    lines = [_line(100.0, ("（二）部分公开（区分处理的，只计这一", 120.0)), _line(105.25, *NUMBERS),
             _line(110.5, ("情形，不计其他情形）", 120.0))]
    assert _texts(_joined(lines)) == [
        (105.25, ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1", "0", "1"])]


def test_a_label_wrapped_at_the_top_of_its_cell_is_left_as_it_is():
    """Top-aligned (Word's, LibreOffice's): the label's first line is the numbers' line and its
    second a whole line below; no two lines closer than a line: nothing joined (the layout's)."""
    lines = [_line(100.0, ("（二）部分公开（区分处理的，只计这一", 120.0), *NUMBERS),
             _line(110.5, ("情形，不计其他情形）", 120.0)), _line(127.0, ("（三）不予公开", 120.0), *NUMBERS)]
    assert _joined(lines) == lines


def test_head_words_wrapped_under_single_line_ones_are_joined_by_column():
    """表三's head, centred: "社会公益" / "商业企业 科研机构 其他" / "组织": one head row."""
    lines = [_line(100.0, ("社会公益", 390.0), ("法律服务", 430.0)),
             _line(105.25, ("商业企业", 310.0), ("科研机构", 350.0), ("其他", 470.0)),
             _line(110.5, ("组织", 390.0), ("机构", 430.0))]
    assert _texts(_joined(lines)) == [
        (105.25, ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])]


def test_a_label_of_four_lines_and_its_groups_first_line():
    """The halves closest to the row's line, then the lines a line spacing beyond them; a
    group's label printed at the top of its merged cell beside the first line goes into the row."""
    lines = [_line(100.0, ("（六）其他处理", 60.0), ("1.申请人无正当理由", 120.0)), _line(110.5, ("逾期不补正、行政机", 120.0)),
             _line(115.75, *NUMBERS), _line(121.0, ("关不再处理其政府信", 120.0)), _line(131.5, ("息公开申请", 120.0))]
    assert _texts(_joined(lines)) == [
        (115.75, ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1", "0", "1"])]


def test_a_label_of_three_lines_once_the_page_shows_centred_cells():
    """Its middle line on the row's line, the others a line spacing (twice the halves' distance
    seen on the page) above and below it."""
    centred = [_line(60.0, ("（二）部分公开（区分处理的，只计这一", 120.0)), _line(65.25, *NUMBERS),
               _line(70.5, ("情形，不计其他情形）", 120.0))]
    three = [_line(90.0, ("5.要求行政机关确认", 120.0)), _line(100.5, ("或重新出具已获取信", 120.0), *NUMBERS),
             _line(111.0, ("息", 120.0))]
    assert _texts(_joined(centred + three))[1] == (
        100.5, ["5.要求行政机关确认或重新出具已获取信息", "1", "0", "1"])


def test_a_labels_start_alone_above_its_rows_numbers_shows_the_centring():
    """No cell of two lines on the page: the label's start ("5." its enumerator) alone a line above
    its row's numbers, its middle beside them and its end as far below is a cell of three lines
    centred on them (printed from its top, the numbers would stand beside the enumerator)."""
    three = [_line(90.0, ("5.要求行政机关确认", 120.0)), _line(100.5, ("或重新出具已获取信", 120.0), *NUMBERS),
             _line(111.0, ("息", 120.0))]
    assert _texts(_joined(three)) == [(100.5, ["5.要求行政机关确认或重新出具已获取信息", "1", "0", "1"])]


def test_lines_a_line_apart_around_a_row_without_centred_cells_stay():
    """Without a centred cell on the page and no label's start alone above a row's numbers, three
    lines a line apart are lines: a label's piece with no enumerator above a row's (the end of the
    row above's label, top-aligned), or a row's numbers beside its label's start."""
    no_start = [_line(90.0, ("要求行政机关确认", 120.0)), _line(100.5, ("或重新出具已获取信", 120.0), *NUMBERS),
                _line(111.0, ("息", 120.0))]
    assert _joined(no_start) == no_start
    top_aligned = [_line(90.0, ("5.要求行政机关确认", 120.0), *NUMBERS), _line(100.5, ("或重新出具已获取信", 120.0)),
                   _line(111.0, ("息", 120.0))]
    assert _joined(top_aligned) == top_aligned
    next_row = [_line(90.0, ("5.要求行政机关确认", 120.0)), _line(100.5, ("或重新出具已获取信息", 120.0), *NUMBERS),
                _line(111.0, ("6.属于四类过程性信息", 120.0))]
    assert _joined(next_row) == next_row  # (the line below opens the next row: bottom-aligned cells)


def test_numbers_or_prose_half_a_line_apart_are_no_cell():
    """Halves that are numbers (a row of figures set between two others), or pieces wider than
    half the text (a column of prose beside another set half a line lower) are not joined."""
    numbers = [_line(100.0, ("12", 120.0), ("3", 200.0)), _line(105.25, *NUMBERS), _line(110.5, ("14", 120.0))]
    assert _joined(numbers) == numbers
    prose = [_line(100.0, ("一" * 30, 56.0)), _line(105.25, ("二" * 20, 320.0), ("三", 500.0)),
             _line(110.5, ("四" * 30, 56.0))]
    assert _joined(prose) == prose


def test_halves_over_a_piece_of_the_middle_line_are_no_cell():
    """A piece of the row's line in the halves' column: no cell of two lines stands so."""
    lines = [_line(100.0, ("部分公开", 120.0)), _line(105.25, ("予以公开", 120.0), *NUMBERS), _line(110.5, ("情形", 120.0))]
    assert _joined(lines) == lines


def _chars(ln, tops):
    """``ln``'s characters, each run's at its own top (``tops``, one a run)."""
    return [{"text": ch, "x0": r.x0 + 8.0 * k, "x1": r.x0 + 8.0 * (k + 1), "top": top}
            for r, top in zip(ln.runs, tops) for k, ch in enumerate(r.text)]


def test_a_half_on_a_line_the_text_lines_chained_is_found_by_its_own_top():
    """A centred head: "自然人" (over two rows) 3 pt below "三项加第四项之和）", "社会公益" 3 pt below
    that: the text lines chain them into one line, whose top is the first's. Looked at by their
    characters' tops, "社会公益" is the upper half of "社会公益组织"; the rest stays one line."""
    body = _line(20.0, ("根" * 60, 56.0))
    chained = _line(559.4, ("三项加第四项之和）", 60.0), ("自然人", 270.0), ("社会公益", 390.0))
    middle = _line(570.7, ("商业企业", 310.0), ("科研机构", 350.0), ("其他", 470.0))
    lower = _line(575.9, ("组织", 390.0))
    lines = [body, chained, middle, lower]
    chars = [_chars(body, [20.0]), _chars(chained, [559.4, 562.4, 565.4]), _chars(middle, [570.7] * 3),
             _chars(lower, [575.9])]
    out = P._cells_centred_joined(lines, chars)
    assert out[0] is body
    assert _texts(out[1:]) == [(559.4, ["三项加第四项之和）", "自然人"]),
                               (570.7, ["商业企业", "科研机构", "社会公益组织", "其他"])]
    # without the characters, the chained line's top is its first piece's: no half is found
    assert P._cells_centred_joined(lines) == lines


def test_a_line_of_pieces_at_several_tops_none_of_them_a_half_is_kept_whole():
    """Pieces at different tops (a cell set a little lower) but no centred cell: the line as it was."""
    body = _line(20.0, ("根" * 60, 56.0))
    row = _line(100.0, ("行政许可", 60.0), ("120", 270.0))
    lines = [body, row, _line(120.0, ("行政处罚", 60.0), ("35", 270.0)), _line(140.0, ("行政强制", 60.0), ("2", 270.0))]
    chars = [_chars(body, [20.0]), _chars(row, [100.0, 102.5]), _chars(lines[2], [120.0] * 2), _chars(lines[3], [140.0] * 2)]
    out = P._cells_centred_joined(lines, chars)
    assert all(a is b for a, b in zip(out, lines)) and len(out) == len(lines)


def test_halves_chained_into_one_line_are_read_apart_by_their_tops():
    """Prose in 三号 (16 pt) beside cells in 五号: the text lines' tolerance (0.45 of the page's
    usual size, 7.2 pt) chains a cell's halves and its row's numbers (6.8 pt apart) into one line
    whose characters are ordered by x, the halves' interleaved ("缴机纳关…"). By their tops they
    are three lines again, and the cell is joined."""
    body = _line(20.0, ("根" * 60, 56.0))
    upper = [{"text": ch, "x0": 190.0 + 10.5 * k, "x1": 200.5 + 10.5 * k, "top": 87.9} for k, ch in enumerate("缴纳费用、")]
    lower = [{"text": ch, "x0": 190.0 + 10.5 * k, "x1": 200.5 + 10.5 * k, "top": 101.5} for k, ch in enumerate("机关不再处")]
    numbers = [{"text": t, "x0": x, "x1": x + 5.3, "top": 94.7} for t, x in (("0", 270.0), ("1", 310.0))]
    chars = sorted(upper + lower + numbers, key=lambda c: c["x0"])
    runs = P._runs(chars)
    chained = P._Line(" ".join(r.text for r in runs), 1, 190.0, 315.3, 87.9, size=10.5, runs=runs)
    assert chained.text.startswith("缴机纳关")  # (as the text lines read it)
    out = P._cells_centred_joined([body, chained], [_chars(body, [20.0]), chars])
    assert _texts(out[1:]) == [(94.7, ["缴纳费用、机关不再处", "0", "1"])]


def test_a_merged_cell_printed_from_its_top_beside_centred_cells_continues():
    """A group's label over rows a page break cuts is printed from its top: "（三）不予公" on its
    first row's line, "开" a line spacing (twice the halves' distance seen) below, under it. On a
    page of centred cells that line continues the cell above it."""
    centred = [_line(60.0, ("（二）部分公开（区分处理的，只计这一", 120.0)), _line(65.25, *NUMBERS),
               _line(70.5, ("情形，不计其他情形）", 120.0))]
    merged = [_line(90.0, ("（三）不予公", 60.0), ("1.属于国家秘密", 120.0), *NUMBERS), _line(100.5, ("开", 60.0)),
              _line(116.0, ("2.其他法律", 120.0), *NUMBERS)]
    assert _texts(_joined(centred + merged))[1:] == [
        (90.0, ["（三）不予公开", "1.属于国家秘密", "1", "0", "1"]), (116.0, ["2.其他法律", "1", "0", "1"])]


def test_a_line_a_spacing_below_a_row_on_a_page_without_centred_cells_stays():
    """Without centred cells on the page it is the layout's (a top-aligned table's wrapped label)."""
    merged = [_line(90.0, ("（三）不予公", 60.0), ("1.属于国家秘密", 120.0), *NUMBERS), _line(100.5, ("开", 60.0)),
              _line(116.0, ("2.其他法律", 120.0), *NUMBERS)]
    assert _joined(merged) == merged


def test_a_centred_head_over_rows_printed_from_their_top_joins_only_the_head():
    """Word centres a head row and prints the rows from their top, with no room between rows: a
    row's label's last line a line above the next row's, whose second line is a line below. Only
    the head's words are joined; the rows are the layout's (read as one label of three lines
    about the row's line, "禁止公开" would have gone to the wrong row)."""
    head = [_line(40.0, ("社会公益", 270.0)), _line(45.25, ("商业企业", 230.0), ("其他", 310.0)),
            _line(50.5, ("组织", 270.0))]
    rows = [_line(70.0, ("2.其他法律行政法规", 120.0), *NUMBERS), _line(80.5, ("禁止公开", 120.0)),
            _line(91.0, ("3.危及“三安全一稳", 120.0), *NUMBERS), _line(101.5, ("定”", 120.0))]
    out = _joined(head + rows)
    assert _texts(out[:1]) == [(45.25, ["商业企业", "社会公益组织", "其他"])]
    assert out[1:] == rows


def test_a_page_of_the_table_without_a_cell_of_two_lines_is_read_with_the_pages_before():
    """表三 goes on over the page; on the second, no label has two lines, one has three: read with
    the spacing the first page's centred cells showed (``seen``, kept by the document's reading)."""
    body = _line(20.0, ("根" * 60, 56.0))
    first = [body, _line(60.0, ("（二）部分公开（区分处理的，只计这一", 120.0)), _line(65.25, *NUMBERS),
             _line(70.5, ("情形，不计其他情形）", 120.0))]
    seen: list = []
    P._cells_centred_joined(first, None, seen)
    assert seen == [(10.5, 8.0)]
    second = [body, _line(90.0, ("5.要求行政机关确认", 120.0)), _line(100.5, ("或重新出具已获取信", 120.0), *NUMBERS),
              _line(111.0, ("息", 120.0))]
    assert _texts(P._cells_centred_joined(second, None, seen)[1:]) == [
        (100.5, ["5.要求行政机关确认或重新出具已获取信息", "1", "0", "1"])]
    # (in a document without centred cells, its label's start alone above the numbers shows them:
    # tests above; a page with no such sign is left as it is)
    plain = [body, _line(90.0, ("要求行政机关确认", 120.0)), _line(100.5, ("或重新出具已获取信", 120.0), *NUMBERS),
             _line(111.0, ("息", 120.0))]
    assert P._cells_centred_joined(plain, None, []) == plain


def test_a_head_of_one_two_and_three_line_words_centred_on_one_line():
    """表三's head in narrow columns: "商业企业" and "其他" on one line, "科研" / "机构" half a line
    above and below it, "社会" / "公益" / "组织" a whole line above, on and below it. The line of
    one-line words is the middle (the middle of the lines chained closer than a line: "科研" is no middle
    between "社会 法律" and "商业企业 公益 服务 其他"); the
    three-line words are read about it at twice the two-line words' distance."""
    lines = [_line(615.9, ("社会", 384.0), ("法律", 412.0)), _line(620.4, ("科研", 356.0)),
             _line(624.9, ("商业企业", 56.0), ("公益", 384.0), ("服务", 412.0), ("其他", 440.0)),
             _line(629.4, ("机构", 356.0)), _line(633.9, ("组织", 384.0), ("机构", 412.0))]
    assert _texts(_joined(lines)) == [(624.9, ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])]
