"""A borderless table printed by a browser from a page whose head cells are narrow: each line of
the head row is a row of its own, with a piece of every column's name ("商业企 | 科研机 | 社会公 |
法律服 | 其他" over "业 | 构 | 益组织 | 务机构"). The pieces were read as names (V502 商业企 for
商业企业, V501 益组织 for 社会公益组织) on 44 of the harness's Chromium prints. The lower line's
pieces are joined onto the names they complete, in order, when each completes one.

The report is invented: tests/fixtures/tabs_2024.txt, its 表三 head so wrapped."""
from pathlib import Path

from copies import found as _found

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
HEAD = "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"


def test_head_words_wrapped_a_line_a_row_are_joined():
    text = TABS.replace(HEAD, "\t\t商业企\t科研机\t社会公\t法律服\t其他\n\t\t业\t构\t益组织\t务机构\n", 1)
    assert text != TABS
    assert _found(text) == []


def test_a_row_of_words_that_complete_no_name_is_not_joined():
    """Two rows of words under a head where the lower completes no name of the upper ("说明" under
    "备注"): not a wrapped head row, each left as it was."""
    from govlint.layout import vocabulary
    from govlint.layout.blocks import _head_words_below
    from govlint.syntax.ast import TEXT, Cell, Row, Span

    def row(line, *words):
        cells = tuple(Cell(w, Span(line, 1 + 4 * k, line, 1 + 4 * k + len(w), 0, 0), TEXT) for k, w in enumerate(words))
        return Row(cells, cells[0].span.to(cells[-1].span))
    vocab = vocabulary()
    assert _head_words_below(row(1, "商业企", "科研机", "其他"), row(2, "业", "构"), vocab).cells[:2] == (
        Cell("商业企业", Span(1, 1, 2, 2, 0, 0), TEXT), Cell("科研机构", Span(1, 5, 2, 6, 0, 0), TEXT))
    assert _head_words_below(row(1, "备注", "其他"), row(2, "说明", "事项"), vocab) is None
    assert _head_words_below(row(1, "商业企", "科研机构"), row(2, "业", "说明"), vocab) is None
