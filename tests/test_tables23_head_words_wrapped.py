"""表四 with a 备注 column (tables21's t4-remarks) is drawn as a plain grid of sixteen narrow columns:
"行政复议" and "行政诉讼" wrap in their cells ("行政复" / "议"). Read as lines, the rests are lines of
their own and the head names no column: 表四 was not found (C201 "缺少表四", V501 for 备注 missed).

Two layouts hid the wrap from head_words_wrapped_in_their_cells:
- cells centred vertically (WPS's, Excel's): the reader joins the next head row's halves into one
  line ("结果维持 结果纠正 … 备注"), a line of column names, not a row, under the wrapped words: the
  head words' rests are taken over head lines (three at most) that a row follows;
- every cell's text centred across it (WPS's 居中): a rest stands under its word's middle, not its
  start ("持" under "结果维"), and a short word beside it ("总计") stands apart from its neighbours.

Each drawing must bind and lint as its source; a defect seeded in 表四 is still found."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import pdf_layouts as pl  # noqa: E402
from harness.tables21 import ALTERED, rendering_altered  # noqa: E402
from harness.tables23 import altered_with, read_as_source  # noqa: E402

LAYOUTS = ["no-rules-middle", "no-rules-middle-all", "outer-only-middle", "booktabs-middle-all",
           "no-rules-centre-text", "no-rules-middle-all-centre-text"]



@pytest.mark.parametrize("layout", LAYOUTS)
def test_head_words_wrapped_in_centred_cells_name_their_columns(tmp_path, monkeypatch, layout):
    _, cells, findings = read_as_source(tmp_path, monkeypatch, ALTERED["t4-remarks"][0](), layout)
    assert cells[("表四", "present")] is True
    assert [f[0] for f in findings] == ["V501"]


@pytest.mark.parametrize("layout", ["no-rules-middle", "no-rules-centre-text"])
def test_a_defect_in_the_table_under_the_wrapped_head_is_found(tmp_path, monkeypatch, layout):
    """Failing case: 行政复议's 总计 2 where its four results sum to 1 (A304), read from the drawing."""
    text = altered_with("t4-remarks", (("1\t0\t0\t1\t2\t0\t1", "0\t0\t0\t1\t2\t0\t1"),))()
    _, _, findings = read_as_source(tmp_path, monkeypatch, text, layout)
    assert sorted(f[0] for f in findings) == ["A304", "V501"]


def test_the_rests_under_centred_words_are_told_from_a_line_of_other_words(tmp_path, monkeypatch):
    """What the centred layout draws: the rests under the words' middles; read, one head row."""
    from govlint.layout.documents import read
    rendering_altered(monkeypatch)
    path = pl.draw(ALTERED["t4-remarks"][0](), pl.BY_NAME["no-rules-centre-text"], tmp_path / "t.pdf")
    text = read(path).text
    assert "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\t备注" in text
    assert "行政复议\t行政诉讼" in text


def _line(text_runs, top, size=14.0):
    from govlint.layout.documents import Item
    from govlint.readers import Box, Run
    runs = tuple(Run(t, x0, x1) for t, x0, x1 in text_runs)
    return Item(" ".join(t for t, _, _ in text_runs), 1, "", Box(runs[0].x0, runs[-1].x1, top, size, 71.0, 523.0),
                runs=runs)


def test_a_heading_over_a_tables_caption_is_no_head_row():
    """Failing case (a Word report typed with tabs, printed by LibreOffice): "2. 主动公开政府信息情况"
    over the caption "第二十条第（一）项" over 表二's head line and its row. The caption starts where the
    enumerator "2." starts, but is wider than it and the heading is no line of column names: no
    rest of a wrapped word (else the heading became a head row and S101 said 二 was missing)."""
    from govlint.layout.documents import column_heads_next_to_rows, head_words_wrapped_in_their_cells, \
        rows_written_as_numbers
    items = [_line([("2.", 71, 82), ("主动公开政府信息情况", 89, 229)], 595),
             _line([("第二十条第（一）项", 71, 197)], 618),
             _line([("信息内容", 71, 127), ("本年制发件数", 143, 227), ("本年废止件数", 251, 335),
                    ("现行有效件数", 359, 443)], 641),
             _line([("规章", 71, 99), ("0", 143, 150), ("0", 251, 258), ("0", 359, 366)], 664)]
    rows_written_as_numbers(items)
    head_words_wrapped_in_their_cells(items)
    column_heads_next_to_rows(items)
    assert items[0].row is None and items[0].text == "2. 主动公开政府信息情况"
    assert items[1].text == "第二十条第（一）项"
    assert items[2].row == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
