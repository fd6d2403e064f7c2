"""Prose hard-wrapped at a narrow width (a phone's page or a narrow text box copied a line a line: ten
CJK characters, or twenty columns with digits half as wide): an item's first line,
"（一）收取信息处理费", fills the line as every other line does, no comma, no full stop, and read as
a sub-heading it was a sentence of its own that says a fee was charged (false F402 "称收取了信息处理费，
但没有写明金额"). A wrap narrower than twenty characters is now told by its lines: most lines cut
mid-sentence share its length. A short sub-heading in a report not wrapped stays one.

The report is invented: tests/fixtures/tabs_2024.txt with 五 and 六 written as items."""
import unicodedata
from pathlib import Path

import pytest

from copies import found

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
SIX = ("（一）收取信息处理费情况。本年度本机关未收取政府信息公开信息处理费，未发出收费通知。\n"
       "（二）落实上级年度政务公开工作要点情况。按照工作要点要求，逐项抓好落实，全年完成各项任务。\n"
       "（三）人大代表建议和政协提案办理结果公开情况。本年度共承办人大代表建议3件、政协提案2件，均已按时办结并公开办理结果。")
FIVE = ("（一）存在的主要问题。1.政策解读形式较为单一。2.基层公开栏更新不够及时。\n"
        "（二）改进情况。1.丰富解读形式，增加图解和视频解读。2.建立公开栏定期更新台账，按月检查。")
ITEMS = TABS.replace("本年度未收取信息处理费。", SIX).replace(
    "一是公开内容的解读不够深入，二是基层公开栏更新不够及时。下一步将加强政策解读，建立公开栏定期更新台账。", FIVE)


def _columns(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _wrapped(text: str, width: int) -> str:
    """Every line but the tables' cut at ``width`` columns (a CJK character two, a digit one)."""
    out = []
    for line in text.split("\n"):
        if "\t" in line:
            out.append(line)
            continue
        piece, used = "", 0
        for ch in line:
            if used + _columns(ch) > width:
                out.append(piece)
                piece, used = "", 0
            piece += ch
            used += _columns(ch)
        out.append(piece)
    return "\n".join(out)


@pytest.mark.parametrize("width", [20, 22])
def test_items_wrapped_at_a_narrow_width_say_what_they_say(width):
    text = _wrapped(ITEMS, width)
    assert any(line.startswith("（一）收取信息处理费") and "。" not in line for line in text.split("\n"))
    assert found(text) == []


def test_a_fee_charged_without_its_amount_is_found_in_a_narrow_wrap():
    """六 says a fee was charged and gives no amount: F402 still, on the sentence as a reader joins it."""
    text = _wrapped(ITEMS.replace("本年度本机关未收取政府信息公开信息处理费，未发出收费通知。",
                                  "本年度本机关按规定收取了信息处理费，已全部上缴。"), 20)
    codes = [(c, m) for c, _, _, m in found(text)]
    assert [c for c, _ in codes] == ["F402"]
    assert "本年度本机关按规定收取了信息处理费" in codes[0][1]


def test_a_short_sub_heading_in_a_report_not_wrapped_stays_one():
    """"（一）收取信息处理费情况" on its line over "本年度未收取信息处理费。": a heading and its answer."""
    text = TABS.replace("本年度未收取信息处理费。", "（一）收取信息处理费情况\n本年度未收取信息处理费。")
    assert found(text) == []
