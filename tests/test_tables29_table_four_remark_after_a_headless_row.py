"""表四 with a 备注 column (tests/harness/tables21.py "t4-remarks") in the text ``pdftotext -layout``
extracts from LibreOffice's PDF of a Word table in a plain grid: sixteen columns make every cell so
narrow that each head word is spelled down a character a line ("行" / "政" / "复" / "议" …), which
no head reading takes, and the row's fifteen numbers are followed by the remark "无".

Why: a row of numbers with no head read above it, in 表四's section, is that table's row when it
holds exactly its fifteen numbers; "无" made sixteen values, the row was no one's, and "缺少表四"
(C201) was said of a report that has it. The remark after the fifteenth number is no number of
the table (a sixteenth value can be no column of it): the fifteen are the row, the table is there.
The 备注 column itself is not named (V501 of the source): its name is among the unread head's
characters.

The case fails at a6dc38b and passes after."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.compare import SETTINGS, bound_of, findings_of  # noqa: E402
from harness.tables21 import ALTERED, HEAD4, ROW4  # noqa: E402
from govlint.run.engine import lint_text  # noqa: E402

#: 表四's head spelled down in sixteen narrow columns, as pdftotext -layout writes it
SPELLED = ("行   行\n政   政\n复   诉\n议   讼\n"
           "结   结    其   尚    总    未   复       备\n果   果    他   未    计    经   议       注\n"
           "维   纠    结   审         复   后\n持   正    果   结         议   起\n"
           "                       直   诉\n                       接\n                       起\n                       诉\n"
           "                       结   结       其   尚   总       结   结   其   尚   总\n"
           "                       果   果       他   未   计       果   果   他   未   计\n"
           "                       维   纠       结   审           维   纠   结   审\n"
           "                       持   正       果   结           持   正   果   结\n")


def _copy(row: str) -> str:
    source = ALTERED["t4-remarks"][0]()
    start = source.index("行政复议\t")
    end = source.index(ROW4) + len(ROW4 + "\t无")
    assert HEAD4 in source[start:end]
    return source[:start] + SPELLED + row + source[end:]


def _findings(text: str):
    return [(f[0], f[5]) for f in findings_of(lint_text(text, "copy.txt", SETTINGS))]


def test_a_headless_row_of_table_four_with_a_remark_after_its_numbers_is_the_table():
    copy = _copy("1   0    0   1    2    0   1       0   0   1       0   0   0   0   0        无")
    assert _findings(copy) == []  # (was C201 缺少表四)
    got = bound_of(copy)
    source = bound_of(ALTERED["t4-remarks"][0]())
    assert got["表四", "present"] is True
    assert got["表四", "data"] == source["表四", "data"]


def test_a_wrong_total_in_that_row_is_still_said():
    """复议's 总计 made 3 (1+0+0+1 is 2): the source's findings of it (A304, and N601: the prose's
    count of 复议 cases is no longer the table's), all but the 备注's V501."""
    copy = _copy("1   0    0   1    3    0   1       0   0   1       0   0   0   0   0        无")
    source = ALTERED["t4-remarks"][0]().replace(ROW4 + "\t无", "1\t0\t0\t1\t3" + ROW4[9:] + "\t无")
    want = [f for f in _findings(source) if f[0] != "V501"]
    assert sorted(f[0] for f in want) == ["A304"]
    assert _findings(copy) == want


def test_sixteen_numbers_are_still_no_row_of_table_four():
    """Sixteen numbers: which fifteen are the table's cannot be told; the row is no one's, as before."""
    copy = _copy("1   0    0   1    2    0   1       0   0   1       0   0   0   0   0        0")
    assert bound_of(copy)["表四", "present"] is False
