"""``pdftotext -layout`` of LibreOffice's PDF of staff's 表二 with last year's figures beside this
year's, each column naming its year (tests/harness/tables21.py "t2-years-side-by-side": "2024年本年
制发件数 … 2023年现行有效件数"), its head wrapped in the Word table's cells:

- narrow cells ("narrow" style): the years on the head's first line, apart like numbers ("信息内
  2024   2024 …   2023"), each name's rest below at its year's column ("容     年本 …" / "年制 …"):
  the line was read as a row "信息内" of six numbers, the head's rest as another row (C200 ×2:
  表二“规章”行有6个数字…). The years over their names' rest are a head's words (layout/blocks.py
  ``_years_over_their_names``), and the head is read by column as any wrapped head.
- wider cells ("grid" style): "信息内容    2024 年本   2024 年本 …" over "年制发件数 …": the text stage
  took the line for a flattened table's, the years for its values, and cut it into rows
  (C200 ×2 and V502 ×6); a year a space before its 年 is no value (layout/lines.py ``_A_NUMBER``),
  "2024 年本" one word of the head (binder ``_spaced_words``), and the head's names, read by column,
  are not checked piece by piece for misspellings (V502 表二列名“本年收费金”…, binder ``_read_header``).

Each copy must give the one V501 its source gives, naming the three 2023 columns, and bind the
source's cells. The copies (tests/copies31/) were built by the harness: the alteration's
source in the Word style, LibreOffice's PDF, ``pdftotext -layout``."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import compare  # noqa: E402
from harness.tables21 import ALTERED, expected_of  # noqa: E402

from govlint.layout.documents import read  # noqa: E402
from govlint.run.engine import lint_file  # noqa: E402

COPIES = Path(__file__).parent / "copies31"
NAME = "t2-years-side-by-side"


@pytest.mark.parametrize("style", ["narrow", "grid"])
def test_a_head_naming_its_years_wrapped_by_pdftotext_layout_gives_one_note(style):
    path = COPIES / f"{NAME}--{style}.txt"
    got = [(d.code, d.message) for d in lint_file(str(path), compare.SETTINGS).diagnostics]
    assert got == [("V501", "表二有官方格式没有的列：“2023年本年制发件数”、“2023年本年废止件数”、“2023年现行有效件数”；"
                            "其数字不参与检查，建议按官方格式删去")]
    assert got == ALTERED[NAME][1]
    doc = read(path)
    assert compare.cell_differences(expected_of(NAME)[0], compare.bound_of(doc.text, doc.source)) == []


def test_two_blocks_heads_side_by_side_are_not_read_by_column_into_misspelt_names():
    """A guard for the head read by column in ``_read_header`` (no failure at 0e46ae0, which did not
    read it so): 表二's blocks two by two ("t2-two-by-two", "unmerged-narrow-borderless" style), the two
    blocks' head pieces side by side ("本年处理决定        金额数量        （单"). Put together by column
    they are no names: not read so (they gave V502 ×2 beside the known C202 of this layout)."""
    path = COPIES / "t2-two-by-two--unmerged-narrow-borderless.txt"
    got = [d.code for d in lint_file(str(path), compare.SETTINGS).diagnostics]
    assert "V502" not in got
