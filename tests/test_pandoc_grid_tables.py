"""pandoc's grid tables (a Word file to Markdown or plain text): each row between two borders
("+------+----+"), each cell's text wrapped at its column's width over the row's lines, a merged
cell written as blank cells. voices51f: each row's lines were read as rows of their own, the
numbers on the first line with a piece of the label ("一、"), the label's rest on lines without
numbers: 表三 came out with blank rows and rows missing (C202, C203 ×4) on a report with nothing
wrong in it. A row between two borders is one row, its cells the pieces of each column in order."""
import unicodedata

from copies import found, tables_rewritten

from govlint.testing import lint

#: 表三's（一）予以公开 总计 made wrong (6 for 5): A303 and A302, as in the typed report
WRONG = ("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")


def _width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrapped(text, width):
    """``text`` cut into pieces of at most ``width`` display columns, as pandoc wraps a cell."""
    pieces, piece = [], ""
    for ch in text:
        if _width(piece + ch) > width:
            pieces.append(piece)
            piece = ""
        piece += ch
    return pieces + [piece] if piece else pieces or [""]


def _grid(rows, widths):
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [border]
    for k, row in enumerate(rows):
        cells = [_wrapped(c, w) for c, w in zip(row + [""] * (len(widths) - len(row)), widths)]
        for i in range(max(len(c) for c in cells)):
            out.append("|" + "|".join(" " + (c[i] if i < len(c) else "") + " " * (w - _width(c[i] if i < len(c) else "")) + " "
                                       for c, w in zip(cells, widths)) + "|")
        out.append(border.replace("-", "=") if k == 0 else border)
    return out


def gridded(text, label_width=8):
    """The report's tables (runs of tab rows) as pandoc's grid tables, the label column
    ``label_width`` display columns wide, the others four."""
    def grid(rows):
        n = max(len(r) for r in rows)
        return [""] + _grid(rows, [label_width] + [4] * (n - 1)) + [""]
    return tables_rewritten(text, grid)


def test_a_grid_table_with_wrapped_labels_is_read_as_typed(fixture_text):
    text = fixture_text("tabs_2024.txt")
    grid = gridded(text)
    assert "| 一、本年 |" in grid and "| 新收政府 |" in grid  # (表三's labels wrapped over several lines)
    assert lint(grid).diagnostics == ()
    wrong = text.replace(*WRONG)
    assert [(code, message) for code, _, _, message in found(gridded(wrong))] == \
        [(code, message) for code, _, _, message in found(wrong)]
    assert [code for code, *_ in found(wrong)] == ["A303", "A302"]


def test_narrower_and_wider_grids(fixture_text):
    for width in (4, 6, 12, 30):
        assert lint(gridded(fixture_text("tabs_2024.txt"), width)).diagnostics == (), width


def test_a_border_alone_is_no_grid(fixture_text):
    """A guard: a line of "+--+--+" in prose, the table typed with tabs: the table as it is."""
    text = fixture_text("tabs_2024.txt").replace("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n+----+----+\n", 1)
    assert lint(text).diagnostics == ()
