"""Text copied out of a web page a browser printed to PDF. Two things of such a copy are no part of
the report:

- the browser's running header and footer on every page: the date and time printed and the
  page's title ("1/16/25, 9:30 AM 示例镇人民政府2024年…报告_示例镇人民政府"), the page's address
  and its number ("https://…/nb.html 2/4"). pdfplumber's copy puts them at each page's top and
  foot, PDFium's both at the page's end. The first header stood as the report's title (a false
  S104, the real title read as prose), the others among a table's cells (rows cut: C202). They
  are blanked (one space for each character: every position stays the file's) when the page has
  such footers, and a header's title is the same on every page;
- the ideographs a font drew with CJK radicals, which a copy gives as the radicals ("⼀、本年新收",
  "⼈⺠政府", "⾸⻚": pdfplumber's copy of a Chromium PDF): no heading, no label matched. They are
  the ideographs again, one character for one.

The report is invented: tests/fixtures/flat_2024.txt (a cell a line, as a web page copied)."""
from pathlib import Path

import pytest

from copies import found as _found, table_three as _cells
from govlint.layout import vocabulary
from govlint.layout.lines import prepare

FLAT = (Path(__file__).parent / "fixtures" / "flat_2024.txt").read_text("utf-8")
TITLE = "示例镇人民政府2024年政府信息公开工作年度报告_示例镇人民政府"
HEADER = "1/16/25, 9:30 AM " + TITLE
ADDRESS = "https://www.example.gov.cn/zwgk/2025/0116/nb.html"


def printed(text, every=45, pdfium=False, header=HEADER):
    """``text`` as a copy of its printed pages, ``every`` lines a page."""
    lines = text.rstrip("\n").split("\n")
    pages = [lines[k:k + every] for k in range(0, len(lines), every)]
    out = []
    for n, page in enumerate(pages, 1):
        footer = f"{ADDRESS} {n}/{len(pages)}"
        out += page + [header, footer] if pdfium else [header] + page + [footer]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("pdfium", [False, True])
def test_a_browsers_header_and_footer_on_every_page(pdfium):
    text = printed(FLAT, pdfium=pdfium)
    assert text.count(ADDRESS) == 7 and text.count(HEADER) == 7
    assert _found(FLAT) == []
    assert _cells(text) == _cells(FLAT)
    assert _found(text) == []


def test_the_header_and_footer_are_blanked_in_place():
    text = printed(FLAT)
    prepared = prepare(text, vocabulary())
    assert len(prepared.text) == len(text) and prepared.inserted == ()
    assert ADDRESS not in prepared.text and TITLE not in prepared.text
    assert prepared.text.split("\n")[0] == " " * len(HEADER)
    assert "browser-furniture" in prepared.repairs


def test_a_header_printed_in_chinese_time():
    text = printed(FLAT, header="2025/1/16 上午9:30 " + TITLE)
    assert _found(text) == []


def test_a_wrong_number_in_a_browser_copy_is_found_at_its_line():
    """（一）予以公开's total made wrong (6 for 5): A303 at the 6 and A302 at （七）总计, as in the
    typed report, at their lines in the copy."""
    old = "（一）予以公开\n4\n1\n0\n0\n0\n0\n5\n"
    assert FLAT.count(old) == 1
    typed = FLAT.replace(old, old[:-2] + "6\n")
    text = printed(typed)
    expected = [(code, message) for code, _, _, message in _found(typed)]
    assert [f[0] for f in expected] == ["A303", "A302"]
    found = _found(text)
    assert [(code, message) for code, _, _, message in found] == expected
    k = text.index(old[:-2] + "6\n") + len(old) - 2
    assert found[0][1:3] == (text.count("\n", 0, k) + 1, 1)


def test_lines_like_a_header_without_footers_stay():
    """A date and time before words, with no page footer anywhere: prose, untouched."""
    text = FLAT.replace("一、总体情况\n", "一、总体情况\n2025/1/16 9:30 召开政务公开工作会议。\n")
    prepared = prepare(text, vocabulary())
    assert "\n2025/1/16 9:30 召开政务公开工作会议。\n" in prepared.text
    assert "browser-furniture" not in prepared.repairs


#: the radicals of the ideographs in the report, as such a copy gives them
_AS_RADICALS = str.maketrans("一二人大小工文日月目示自至行首民页", "⼀⼆⼈⼤⼩⼯⽂⽇⽉⽬⽰⾃⾄⾏⾸⺠⻚")


def test_ideographs_copied_as_radicals():
    text = FLAT.translate(_AS_RADICALS)
    assert "⼀、总体情况" in text and "⽰例镇⼈⺠政府" in text
    prepared = prepare(text, vocabulary())
    assert prepared.text == prepare(FLAT, vocabulary()).text and "radicals" in prepared.repairs
    assert _found(text) == []


def test_a_label_misspelt_in_radicals_is_quoted_in_ideographs():
    """V502 quotes the label as a reader sees it, not its radicals."""
    text = FLAT.replace("2.其他法律行政法规禁止公开", "2.其他法律⾏政禁止公开").translate(_AS_RADICALS)
    assert [(f[0], f[3]) for f in _found(text)] == [
        ("V502", "表三行名“2.其他法律行政禁止公开”应为“2.其他法律行政法规禁止公开”")]
