"""The source line under a finding, when the line is long: a report copied as one line, a web
page's text taken with no line breaks. The line is cut to a window around the finding, so the
caret stands under the finding's words, not thousands of columns to the right of a line cut at
its beginning."""
from pathlib import Path

from govlint.cli import main
from govlint.outputs.text import _SHOWN, _shown

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_short_line_is_shown_whole_with_the_caret_under_the_finding():
    assert _shown("六、其他需要报告的事项", 0, 11) == ("六、其他需要报告的事项", 0, 22)


def test_a_long_line_with_the_finding_near_its_start_is_cut_after_it():
    line = "一、总体情况" + "甲" * 200
    shown, start, length = _shown(line, 0, 6)
    assert shown == line[:_SHOWN] + "…"
    assert (start, length) == (0, 12)


def test_a_long_line_with_the_finding_far_in_is_cut_around_it():
    line = "甲" * 500 + "六、其他需要报告的事项" + "乙" * 500
    shown, start, length = _shown(line, 500, 511)
    assert shown == "…" + "甲" * 20 + "六、其他需要报告的事项" + "乙" * (_SHOWN - 31) + "…"
    assert (start, length) == (1 + 40, 22)


def test_a_finding_near_the_end_of_a_long_line_shows_the_line_s_end():
    line = "甲" * 500 + "六、其他需要报告的事项"
    shown, start, length = _shown(line, 500, 511)
    assert shown == "…" + line[-_SHOWN:]
    assert (start, length) == (1 + 2 * (_SHOWN - 11), 22)


def test_a_report_copied_as_one_line_points_at_the_section_far_into_it(tmp_path, monkeypatch, capsys):
    lines = (FIXTURES / "tabs_2024.txt").read_text("utf-8").replace("本年度未收取信息处理费。", "无").splitlines()
    one = lines[0] + "\n" + " ".join(l.strip() for l in lines[1:] if l.strip()) + "\n"
    (tmp_path / "one.txt").write_text(one, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "one.txt", "--no-plugins"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("one.txt:2:") and " F401 [错误] " in out[0]
    source, caret = out[2], out[3]
    assert len(source) < 140 and source.startswith("2 | …")
    at = caret.index("^") - len("  | ")
    shown = source[len("2 | "):]
    # the caret's display column is where the section's heading starts in the shown text
    from govlint.outputs.text import _width
    assert at == _width(shown[:shown.index("六、其他需要报告的事项")])
    assert caret.count("^") == 22
