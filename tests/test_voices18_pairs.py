"""Two years of one agency whose title is written differently in each (voices18): over two lines,
under the notice that issues the report (关于印发《…》的通知), with 年度, without the agency (the
agency only in the signature), or the county's name added one year: each pairs, and the defective
2024 report's carry-over is found against the 2023 one (tests/fixtures/multiyear/defective)."""
import pytest

from multiyear import T23, T24
from multiyear import check as _check, x801 as _x801

T = "示例镇人民政府2024年政府信息公开工作年度报告"
T3 = "示例镇人民政府2023年政府信息公开工作年度报告"
NOTICE = f"关于印发《{T}》的通知\n各村（社区）：\n现将《{T}》印发给你们，请认真抓好落实。\n\n"

#: (name, last year's text, this year's text, lines added above the finding's line in this year's)
PAIRS = [
    ("title over two lines", T23, T24.replace(T, "示例镇人民政府\n2024年政府信息公开工作年度报告"), 1),
    ("under the notice that issues it", T23, T24.replace(T, NOTICE + T), 4),
    ("年度 in one year's title", T23, T24.replace(T, "示例镇人民政府2024年度政府信息公开工作年度报告"), 0),
    ("the agency only in last year's signature", T23.replace(T3, "2023年政府信息公开工作年度报告"), T24, 0),
    ("the county's name added last year", T23.replace("示例镇人民政府", "样例县示例镇人民政府"), T24, 0),
]


@pytest.mark.parametrize("last, this, shift", [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_a_title_written_another_way_still_pairs(capsys, tmp_path, last, this, shift):
    (tmp_path / "a.txt").write_text(last, "utf-8")
    (tmp_path / "b.txt").write_text(this, "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X801")
    expected = [line.replace(":33:", f":{33 + shift}:") for line in _x801(tmp_path / "b.txt", tmp_path / "a.txt")]
    assert out.splitlines()[:-1] == expected
