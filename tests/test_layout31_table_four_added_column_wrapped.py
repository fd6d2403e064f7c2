"""``pdftotext -layout`` of LibreOffice's PDF of staff's 表四 with a 备注 column ("无" under it;
tests/harness/tables21.py "t4-remarks"), the Word table's cells narrow ("narrow" style): the harness
lays the altered table out as a plain grid, its head rows as typed, and pdftotext writes each row's
names a piece a line at their columns ("结果维   结果   其他     尚未   总计   未经   复议   备注" / "持
纠正   结果     审结        复议   后起" / "直接   诉" / "起诉", then the lawsuits' results "结果   结果 …" /
"维持   纠正 …"). The binder took every piece after 复议后起诉's for the added column (V501 表四有官方格式
没有的列：“维持   纠正   结果   审结 …”). A one-row table's head is read in bands as 表三's
(binder ``_head_words_in_bands``): the names whole, the added column is 备注 alone.

The copy (tests/copies31/) was built by the harness: the alteration's source in the Word style,
LibreOffice's PDF, ``pdftotext -layout``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import compare  # noqa: E402
from harness.tables21 import ALTERED, expected_of  # noqa: E402

from govlint.layout.documents import read  # noqa: E402
from govlint.run.engine import lint_file  # noqa: E402

COPY = Path(__file__).parent / "copies31" / "t4-remarks--narrow.txt"


def test_table_four_with_a_remarks_column_wrapped_by_pdftotext_layout_names_only_the_added_column():
    got = [(d.code, d.message) for d in lint_file(str(COPY), compare.SETTINGS).diagnostics]
    assert got == [("V501", "表四有官方格式没有的列：“备注”；其数字不参与检查，建议按官方格式删去")]
    assert got == ALTERED["t4-remarks"][1]
    doc = read(COPY)
    assert compare.cell_differences(expected_of("t4-remarks")[0], compare.bound_of(doc.text, doc.source)) == []
