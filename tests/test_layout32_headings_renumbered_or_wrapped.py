"""Section headings in two copies of tests/harness/text_forms.py that lost them:

- **flattened onto one line**, section 四's heading alone numbered in Arabic ("4、 政府信息公开行政复议、
  行政诉讼情况", "4.政府信息公开…") among "三、…" and "五、…": no official heading numbered 四 was on
  the line, so 表三's last row "四、结转下年度继续办理" (四's numeral, 表四's head words after it) was read
  as 四's heading worded otherwise, and the true heading cut into 表三's rows — "4、" left after the
  row's numbers (C203, and S101 第四部分 missing), or 表四's numbers read under the wrong head (C200).
  A heading of an official title numbered as its section (4, （四）), in its place between the
  sections found around it, is found before the headings worded otherwise (layout/lines.py
  ``_renumbered_headings``).
- **wrapped at 24 characters**, 四's heading in its accepted variant with 和 for 、 ("四、因政府信息公开工作
  被申请行政复议和提起行政诉" / "讼情况"): the cut title was not joined with its rest, since the title's
  pattern allowed punctuation but not 和 between its words; S103 quoted the cut heading. 和 is a gap
  as 、 is (layout/vocabulary.py ``_section_pattern``), and the wrapped copy says what the typed one says.

Every report here is invented: tests/fixtures/tabs_2024.txt with one heading changed."""
from pathlib import Path

import pytest

from govlint.testing import lint
from harness.text_forms import FORMS

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
FOURTH = "四、政府信息公开行政复议、行政诉讼情况"


def _copy(form, heading):
    text = CLEAN.replace(FOURTH + "\n", heading + "\n")
    assert text != CLEAN
    suffix, convert = FORMS[form]
    return convert(text), "report" + suffix


@pytest.mark.parametrize("heading", ["4、 政府信息公开行政复议、行政诉讼情况", "4.政府信息公开行政复议、行政诉讼情况",
                                     "4、政府信息公开行政复议、行政诉讼情况"])
def test_one_line_copy_with_section_four_renumbered_in_arabic_is_clean(heading):
    text, path = _copy("one-line", heading)
    assert [(d.code, d.message) for d in lint(text, path=path).diagnostics] == []


def test_one_line_copy_with_section_four_renumbered_reads_table_three_last_row():
    text, path = _copy("one-line", "4、 政府信息公开行政复议、行政诉讼情况")
    from govlint.binder import bind
    from govlint.syntax import parse
    report = bind(parse(text))
    assert [s.spec.number for s in report.sections] == [1, 2, 3, 4, 5, 6]


def test_heading_with_he_wrapped_at_24_characters_says_what_the_typed_heading_says():
    heading = "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况"
    typed = CLEAN.replace(FOURTH + "\n", heading + "\n")
    wrapped, path = _copy("wrap-24", heading)
    said = [(d.code, d.severity, d.message) for d in lint(typed, ["S1"]).diagnostics]
    assert said == [("S103", said[0][1], "标题“四、因政府信息公开工作被申请行政复议和提起行政诉讼情况”是可接受的变体，"
                                         "官方表述为“四、政府信息公开行政复议、行政诉讼情况”")]
    got = lint(wrapped, ["S1"], path=path).diagnostics
    assert [(d.code, d.severity, d.message) for d in got] == said
    assert wrapped.split("\n")[got[0].span.line - 1] == "四、因政府信息公开工作被申请行政复议和提起行政诉"
    assert got[0].span.column == 1
