"""A table wider than the page, cut by the paper's edge (LibreOffice's PDF of a Word file whose 表三 runs
past the right margin: its 总计 column's digits cut in half at the edge). Its rules end at the paper's
edge with no vertical rule there; that is no open side of a table drawn without outer borders (those
are closed so that its label column makes cells, ``readers.pdf._open_sides``): a border drawn at the
edge made a column of the cut-off digits, and every row's 总计 read blank (C203 on each of 表三's 25
rows, where the cut table gave two findings before open sides were closed). Edges as pdfplumber
gives them."""
from govlint.readers.pdf import _open_sides

PAGE = (0.0, 595.3)


def _h(x0, x1, top):
    return {"x0": x0, "x1": x1, "top": top, "bottom": top, "orientation": "h"}


def _v(x, top, bottom):
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "orientation": "v"}


def _table(right: float):
    """Three rows' rules from 100 to ``right``, vertical rules at 100 (the left side) and 300 inside."""
    return [_h(100, right, 100), _h(100, right, 130), _h(100, right, 160), _v(100, 100, 160), _v(300, 100, 160)]


def test_a_table_open_on_its_right_inside_the_page_is_closed_there():
    added = _open_sides(_table(500.0), PAGE)
    assert [(e["x0"], e["top"], e["bottom"]) for e in added] == [(500.0, 100, 160)]


def test_a_table_cut_by_the_papers_right_edge_is_not_closed_at_the_edge():
    assert _open_sides(_table(594.8), PAGE) == []
    assert _open_sides(_table(595.7), PAGE) == []  # (a rule drawn past the edge, clipped)
