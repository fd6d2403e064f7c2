"""A narrow borderless table of a web page (LibreOffice's HTML of a Word file) printed by Chromium:
the cells' pieces stand so close that two columns' pieces read as one word.

* The head's narrow columns, one line each: "商业企科研机社会公 | 法律服其他" over "业 | 构 | 益组织 |
  务机构" (1.9 pt between the columns, less than a word's gap): the first line's words are cut
  where the words below complete them (was V501 "益组织", the head's columns unread).
* A page that the table fills, most of its lines starting in the sub-items' column ("4.无正当理由",
  "大量反复申请" …): a group's label and its first sub-item's glued ("（六）其他处1.申请人无正",
  1.9 pt apart) were not cut there, since the PDF reader took the column most lines start at for
  the page's margin (was C202: 表三 missing 1.申请人无正当理由…, its pieces run onto the row
  above). The margin is the leftmost start when lines start a column's width left of the most
  common start.
"""
from pathlib import Path

import pytest

from govlint.config import from_dict
from govlint.readers.pdf import PdfReader
from govlint.run.engine import Settings, lint_file
from govlint.testing import make_registry

FIXTURES = Path(__file__).parent / "fixtures"
SETTINGS = Settings.make(from_dict({}), make_registry())
HEAD = "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
GLUED = "\t\t商业企科研机社会公\t法律服其他\n\t\t业\t构\t益组织\t务机构\n"


def _lint(tmp_path: Path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    result = lint_file(str(path), SETTINGS)
    assert not result.errors
    return [(d.code, d.span.line, d.span.column, d.message) for d in result.diagnostics]


def test_head_words_of_narrow_columns_glued_on_their_first_line_are_cut_where_the_words_below_complete_them(tmp_path):
    clean = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    assert clean.count(HEAD) == 1
    assert _lint(tmp_path, clean.replace(HEAD, GLUED), "glued.txt") == []
    # the head read: a wrong 社会公益组织 total is found in its column
    defect = clean.replace(HEAD, GLUED).replace("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t2\t0\t0\t13")
    assert [c for c, *_ in _lint(tmp_path, defect, "defect.txt")] == ["A301", "A302", "A303"]
    assert any("社会公益组织" in m for *_, m in _lint(tmp_path, defect, "defect.txt"))


def test_a_glued_head_word_the_words_below_do_not_complete_is_left_as_it_is(tmp_path):
    clean = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    odd = "\t\t商业企科研机社会公\t法律服其他\n\t\t业\t构\t益组织\t务机构\t补充\n"
    found = _lint(tmp_path, clean.replace(HEAD, odd), "odd.txt")
    assert ("V501", 33, 7, "表三列名“益组织”是旧格式或非官方写法，2021年格式为“社会公益组织”") in found


SIZE = 8.63
NUMBERS = [237.3, 265.2, 293.0, 320.8, 348.7, 376.5, 404.3]


def _table_page(path: Path) -> Path:
    """One page of 表三's lower rows printed narrow and borderless: the sub-items' labels a piece
    a line at 183.6, their groups' at 129.9, the numbers from 237.3; "（六）其他处" ends 1.9 pt
    before "1.申请人无正" starts."""
    pytest.importorskip("reportlab", reason="reportlab (the test extra) builds the PDF")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", SIZE)
    rows = [(None, "1.信访举报", True), (None, "投诉类申请", False), (None, "2.重复申请", True),
            (None, "3.要求提供", True), (None, "公开出版物", False), (None, "4.无正当理由", True),
            (None, "大量反复申请", False), (None, "5.要求行政机", True), (None, "关确认或重新", False),
            (None, "出具已获取信", False), (None, "息", False), ("（六）其他处", "1.申请人无正", True),
            ("理", "当理由逾期不", False), (None, "补正、行政机", False), (None, "关不再处理其", False),
            (None, "政府信息公开", False), (None, "申请", False), (None, "2.申请人逾期", True)]
    top = 90.0
    c.drawString(76.3, A4[1] - top, "（五）不予处理")
    for group, item, numbers in rows:
        top += 14
        y = A4[1] - top
        if group:
            c.drawString(129.9, y, group)
        c.drawString(183.6, y, item)
        if numbers:
            for x in NUMBERS:
                c.drawString(x, y, "0")
    c.showPage()
    c.save()
    return path


def test_a_groups_label_glued_to_its_first_items_is_cut_where_the_items_column_starts(tmp_path):
    path = _table_page(tmp_path / "table.pdf")
    doc = PdfReader().read(path, path.read_bytes())
    line = next(b for b in doc.own_blocks if b.text.startswith("（六）"))
    assert [(r.text, round(r.x0, 1)) for r in line.runs] == \
        [("（六）其他处", 129.9), ("1.申请人无正", 183.6)] + [("0", round(x, 1)) for x in NUMBERS]
    assert line.text == "（六）其他处 1.申请人无正 0 0 0 0 0 0 0"
    # a line of prose is not cut: the page's other lines are whole
    assert [b.text for b in doc.own_blocks][:2] == ["（五）不予处理", "1.信访举报 0 0 0 0 0 0 0"]
