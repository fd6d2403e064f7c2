"""表三 filled in its 总计 column only, the columns lined up with spaces (tabs turned into spaces
by a copy): each row shows one number and nothing says which column it stands in. govlint says
so once (C203, a warning: the rows cannot be placed); it also said, as an error, that all seven
columns were blank in every row — the 总计 column was not.

Invented: tests/fixtures/tabs_2024.txt with 表三's rows rewritten."""
import re
from pathlib import Path

from govlint.testing import lint

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def _total_only_spaced(text):
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("一、本年新收"))
    end = next(i for i, l in enumerate(lines) if l.startswith("四、结转下年度"))
    for i in range(start, end + 1):
        cells = lines[i].split("\t")
        numbers = [c for c in cells if re.fullmatch(r"\d+", c)]
        words = [c for c in cells if c and not re.fullmatch(r"\d+", c)]
        lines[i] = "    ".join(words) + " " * 40 + numbers[-1]
    return "\n".join(lines)


def test_rows_with_one_number_and_no_column_are_one_warning():
    found = [(d.code, d.severity, d.span.line) for d in lint(_total_only_spaced(CLEAN)).diagnostics]
    assert found == [("C203", "warning", 33)]
    message = next(d.message for d in lint(_total_only_spaced(CLEAN)).diagnostics)
    assert message.startswith("表三有25行的数字少于列数（如“一、本年新收政府信息公开申请数量”行只有1个，应有7个）")


def test_a_column_left_blank_in_rows_that_can_be_placed_is_still_found():
    """The same table typed with tabs: the six applicant columns are blank, their places known."""
    lines = CLEAN.split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("一、本年新收"))
    end = next(i for i, l in enumerate(lines) if l.startswith("四、结转下年度"))
    for i in range(start, end + 1):
        cells = lines[i].split("\t")
        lines[i] = "\t".join(c if not re.fullmatch(r"\d+", c) or k == len(cells) - 1 else "" for k, c in enumerate(cells))
    found = [(d.code, d.severity) for d in lint("\n".join(lines)).diagnostics if d.code == "C203"]
    assert found == [("C203", "error")]
