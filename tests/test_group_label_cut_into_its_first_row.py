"""A borderless table's merged cell ("三、本年度办理结果", down its 22 rows) cut at its width and read into
its first row's label: "三、本年度办（一）予以公开 3 0 …", the rest ("理结果") on the next line. voices51d (a
web page printed to PDF, its table without rules): the label was no label, and 表三 lost （一）予以公开
(a false C202, and no arithmetic on the row). The group's opening before a whole label is cut off."""
import pytest

from govlint.testing import lint

FIRST = "三、本年度办理结果\t（一）予以公开\t4\t1\t0\t0\t0\t0\t5"


@pytest.mark.parametrize("cut", [
    "三、本年度办（一）予以公开\t4\t1\t0\t0\t0\t0\t5\n理结果",
    "三、本年度办理（一）予以公开\t4\t1\t0\t0\t0\t0\t5\n结果",
    "三、本年度办（一）予以公开\t4\t1\t0\t0\t0\t0\t5",
], ids=["rest-below", "cut-later", "rest-lost"])
def test_a_groups_opening_run_into_its_first_rows_label(fixture_text, cut):
    text = fixture_text("tabs_2024.txt")
    assert FIRST in text
    assert lint(text.replace(FIRST, cut)).diagnostics == ()
    wrong = text.replace(FIRST, cut.replace("\t0\t0\t5", "\t0\t0\t6"))
    assert [d.code for d in lint(wrong).diagnostics] == ["A303", "A302"]


def test_a_label_that_opens_no_group_is_still_misread(fixture_text):
    """A guard: the words before the row's label open no group's label ("三、本年度"… is a group's; "三、工作"
    is none): no cut, the row's label is not read (C202 says the row is missing)."""
    text = fixture_text("tabs_2024.txt").replace(FIRST, "三、工作（一）予以公开\t4\t1\t0\t0\t0\t0\t5")
    assert "C202" in [d.code for d in lint(text).diagnostics]
