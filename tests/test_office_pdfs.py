"""PDF reports as offices really publish them: a cover page before the report, a page turned
landscape by the printer, a page scanned among text pages, a wholly scanned report.

Each test takes LibreOffice's PDF of the harness's Word document of the invented clean report
(tests/fixtures/tabs_2024.txt) and changes it the way real files are (tests/harness/pdf_features.py):
a clean report gives no finding, or exactly the one that says what cannot be read.
"""
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")
pytest.importorskip("pypdfium2")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness import docx_styles, libreoffice, pdf_features as pf  # noqa: E402

from govlint.config import Config  # noqa: E402
from govlint.checks.registry import load  # noqa: E402
from govlint.layout.documents import read  # noqa: E402
from govlint.run.engine import Settings, lint_file  # noqa: E402

CLEAN = (TESTS / "fixtures" / "tabs_2024.txt").read_text("utf-8")
SETTINGS = Settings.make(Config(), load(builtins_only=True))
STYLES = ("grid", "narrow-borderless")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """style → LibreOffice's PDF of the clean report's Word document in that table style."""
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    work = tmp_path_factory.mktemp("pdf")
    sources = {docx_styles.write_docx(CLEAN, docx_styles.BY_NAME[s], work / f"{s}.docx"): s for s in STYLES}
    made = libreoffice.convert(list(sources), "pdf", work / "out", work / "profile")
    return {sources[src]: out for src, out in made.items()}


def _result(path):
    return lint_file(str(path), SETTINGS)


def _lint(path):
    result = _result(path)
    assert not result.errors
    return [(d.code, d.location.table, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("style", STYLES)
def test_the_plain_pdf_is_clean(pdfs, style):
    assert _lint(pdfs[style]) == []


@pytest.mark.parametrize("style", STYLES)
def test_a_cover_page_before_the_report(pdfs, tmp_path, style):
    """The report on pages 2–5 after a cover with the agency, the title and the date."""
    path = pf.with_cover(pdfs[style], tmp_path / "cover.pdf",
                         ["示例镇人民政府", "2024年政府信息公开工作年度报告", "示例镇人民政府办公室", "2025年1月"], tmp_path)
    assert len(pf.page_texts(path)) == len(pf.page_texts(pdfs[style])) + 1
    assert _lint(path) == []


@pytest.mark.parametrize("style", STYLES)
def test_table_threes_page_turned_landscape_by_the_printer(pdfs, tmp_path, style):
    """/Rotate 90 on the page that holds 表三 (a printer's landscape page): read as drawn."""
    k = pf.page_holding(pdfs[style], "本年新收")
    assert _lint(pf.rotated(pdfs[style], tmp_path / "rotated.pdf", [k])) == []


@pytest.mark.parametrize("style", STYLES)
def test_table_three_on_landscape_pages_of_a_portrait_report(tmp_path, style):
    """表三 in a landscape section of its own (Word: 纸张方向 横向), printed to PDF: the report's
    pages are portrait, 表三's landscape."""
    from harness import word_features as wf
    plain = docx_styles.write_docx(CLEAN, docx_styles.BY_NAME[style], tmp_path / "plain.docx")
    turned = wf.edit(plain, tmp_path / "landscape.docx",
                     lambda root: wf.landscape_between(root, "三、收到和处理", "四、政府信息公开行政复议"))
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    [out] = libreoffice.convert([turned], "pdf", tmp_path / "out", tmp_path / "profile").values()
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(out))
    shapes = [doc[i].get_width() > doc[i].get_height() for i in range(len(doc))]
    doc.close()
    assert shapes[0] is False and True in shapes
    assert _lint(out) == []


SCANNED = "报告有无法读取的页：第{page}页没有文字层（是扫描的图片），其中的标题、文字和表格无法读取；各部分的检查（S101–S103）未进行"
BETWEEN = "报告有无法读取的页：第{page}页没有文字层（是扫描的图片），其中的文字和表格无法读取"


@pytest.mark.parametrize("style", STYLES)
def test_a_scanned_page_among_text_pages_is_said_once_and_nothing_is_missing(pdfs, tmp_path, style):
    """Each page in turn replaced by its picture (a page printed, stamped and scanned back in):
    S100 says which page cannot be read; a table that is absent or cut short there is C200
    (not C201, C202, nor its label cut at the page V502); no section (S101) or statistics period
    (P701) is reported missing; nothing else."""
    pages = len(pf.page_texts(pdfs[style]))
    for k in range(pages):
        path = pf.scanned(pdfs[style], tmp_path / f"scanned-{k}.pdf", [k])
        assert read(str(path)).source["pages_scanned"] == str(k + 1)
        found = _lint(path)
        # (a page between two consecutive sections' headings, both read, hides no heading: the
        # section checks run, and S100 says only that the page cannot be read)
        assert ("S100", None, SCANNED.format(page=k + 1)) in found or \
            ("S100", None, BETWEEN.format(page=k + 1)) in found, k
        others = [(code, table) for code, table, _ in found if code != "S100"]
        assert others and all(code == "C200" for code, _ in others), (k, found)
        assert all("没有文字层的第" in message or "只有图片" in message for code, _, message in found if code == "C200"), (k, found)


def test_a_section_missing_elsewhere_is_found_beside_a_page_inside_table_three(tmp_path):
    """A page that holds only 表三's rows (a picture of them, or a scan), the headings of 三 and 四 read
    on the pages around it: no heading can be on it, so section 五 missing elsewhere is still S101
    (it was unsaid: S100 stopped the section checks, voices53l)."""
    text = CLEAN.replace("五、存在的主要问题及改进情况\n", "")
    assert text != CLEAN
    src = docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], tmp_path / "no-five.docx")
    [out] = libreoffice.convert([src], "pdf", tmp_path / "out", tmp_path / "profile").values()
    texts = pf.page_texts(out)
    headings = ("一、总体情况", "二、主动公开", "三、收到和处理", "四、政府信息公开行政复议", "六、其他需要报告")
    inside = [k for k, t in enumerate(texts) if not any(h in t for h in headings)
              and any("三、收到和处理" in x for x in texts[:k]) and any("四、政府信息公开行政复议" in x for x in texts[k + 1:])]
    if not inside:
        pytest.skip("no page of the rendering lies wholly inside 表三")
    found = _lint(pf.scanned(out, tmp_path / "scanned.pdf", [inside[0]]))
    assert ("S101", None, "缺少第五部分“五、存在的主要问题及改进情况”") in found
    assert ("S100", None, BETWEEN.format(page=inside[0] + 1)) in found


def test_a_scanned_table_page_exact_findings(pdfs, tmp_path):
    """The borderless report's second page (表三's first rows) scanned: exactly two findings."""
    path = pf.scanned(pdfs["narrow-borderless"], tmp_path / "scanned.pdf", [1])
    assert [(code, table) for code, table, _ in _lint(path)] == [("S100", None), ("C200", "表三")]
    [c200] = [m for code, _, m in _lint(path) if code == "C200"]
    assert c200.startswith("表三（收到和处理政府信息公开申请情况）无法可靠读取：只读出") \
        and "行（共25行），其余各行可能在没有文字层的第2页上" in c200


def test_a_defect_on_a_text_page_is_still_found_beside_a_scanned_page(tmp_path, pdfs):
    """A wrong total in 表四 (last page) while the first page is scanned: 表四's sums are checked."""
    from harness import libreoffice as lo
    text = CLEAN.replace("1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0", "1\t0\t0\t1\t3\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0")
    assert text != CLEAN
    src = docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], tmp_path / "defect.docx")
    [out] = lo.convert([src], "pdf", tmp_path / "out", tmp_path / "profile").values()
    found = _lint(pf.scanned(out, tmp_path / "scanned.pdf", [0]))
    assert "S100" in [code for code, _, _ in found]
    assert [code for code, table, _ in found if table == "表四"] == ["A304"]


@pytest.mark.parametrize("style", STYLES)
def test_a_wholly_scanned_report_is_one_clear_error(pdfs, tmp_path, style):
    result = _result(pf.scanned(pdfs[style], tmp_path / "scan.pdf"))
    assert result.diagnostics == ()
    [error] = result.errors
    assert error.kind == "read" and error.message.startswith("这个 PDF 没有文字层（是扫描件或报告的图片）")


NO_UNICODE = "无法提取这个 PDF 的文字（其字体没有 Unicode 映射）"
SOME_NO_UNICODE = "这个 PDF 有"


def test_fonts_without_a_unicode_map_are_one_clear_error(pdfs, tmp_path):
    """A font embedded without its /ToUnicode map: its characters cannot be extracted. All fonts:
    the text cannot be read. One font (here the one LibreOffice uses for some of the punctuation
    and a few characters): headings and labels came out with "(cid:19)" in them — S103, V502 and
    C202 false alarms; now one error names how many characters and where, and nothing else."""
    source = pdfs["grid"]
    result = _result(pf.without_unicode(source, tmp_path / "none.pdf"))
    assert result.diagnostics == () and [e.message[:len(NO_UNICODE)] for e in result.errors] == [NO_UNICODE]
    partial = []
    for k in range(pf.fonts_with_unicode_maps(source)):
        result = _result(pf.without_unicode(source, tmp_path / f"font{k}.pdf", k))
        assert result.diagnostics == (), k
        assert len(result.errors) == 1, k
        message = result.errors[0].message
        assert message.startswith(NO_UNICODE) or message.startswith(SOME_NO_UNICODE), message
        if message.startswith(SOME_NO_UNICODE):
            partial.append(message)
    assert partial and all("个字符无法提取（第" in m and "页，其字体没有 Unicode 映射或映射到私用区）" in m for m in partial)


def _tables_as_pictures(path: Path, sections: str) -> Path:
    """The clean report as a Word document whose tables in ``sections`` are pictures (a table
    drawn in a spreadsheet, pasted as an image, 15 cm wide)."""
    import io
    import re

    import docx
    from docx.shared import Cm
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 600), "white")
    pen = ImageDraw.Draw(image)
    for y in range(0, 600, 30):
        pen.line([(0, y), (800, y)], fill="black")
    for x in range(0, 800, 80):
        pen.line([(x, 0), (x, 600)], fill="black")
    png = io.BytesIO()
    image.save(png, "PNG")
    d = docx.Document()
    section = ""
    for line in CLEAN.split("\n"):
        if re.match("^[一二三四五六]、", line) and "\t" not in line:
            section = line[0]
        if "\t" in line and section and section in sections:
            continue
        d.add_paragraph(line)
        if section and section in sections and line.startswith(section + "、") and "\t" not in line:
            d.add_picture(io.BytesIO(png.getvalue()), width=Cm(15))
    d.save(str(path))
    return path


@pytest.mark.parametrize("sections", ["三", "二三四"])
def test_tables_published_as_pictures_on_text_pages(tmp_path, sections):
    """A PDF whose tables are pictures among the text (pasted into Word as images, printed to PDF):
    C200 "only a picture" (one for all the tables so published), as in the Word file — not C201 "缺少表X".
    A picture at the top of
    several pages is not a running header."""
    pytest.importorskip("PIL")
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    src = _tables_as_pictures(tmp_path / "pictures.docx", sections)
    [out] = libreoffice.convert([src], "pdf", tmp_path / "out", tmp_path / "profile").values()
    tables = ["表" + s for s in sections]
    for path in (src, out):
        found = _lint(path)
        # (several tables unread for one cause: one C200 naming them all)
        assert [(code, table) for code, table, _ in found] == [("C200", tables[0])], path.suffix
        if len(tables) == 1:
            assert "里没有这张表的文字，只有图片（第" in found[0][2]
        else:
            assert found[0][2].startswith("、".join(tables) + "无法可靠读取：第二、三、四部分里都没有表格的文字，只有图片（第")


def test_characters_mapped_to_private_use_codes_are_one_clear_error(tmp_path):
    """A PDF whose font maps 政 and 府 to private-use codes (U+E000, U+E001: the font's own codes,
    as some producers' fonts read): the headings, the title and the labels came out with them —
    S104, S103, V502 and C201 false alarms. Now one error, nothing else. A few Symbol-font bullets
    (U+F0B7) are not counted."""
    from harness import word_features as wf

    def private(root):
        for t in root.iter(wf.q("t")):
            if t.text:
                t.text = t.text.replace("政", "\ue000").replace("府", "\ue001")
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    plain = docx_styles.write_docx(CLEAN, docx_styles.BY_NAME["grid"], tmp_path / "plain.docx")
    edited = wf.edit(plain, tmp_path / "private.docx", private)
    [out] = libreoffice.convert([edited], "pdf", tmp_path / "out", tmp_path / "profile").values()
    assert "\ue000" in pf.page_texts(out)[0]
    result = _result(out)
    assert result.diagnostics == ()
    [error] = result.errors
    assert error.message.startswith(SOME_NO_UNICODE) and "（第1、2、3、4页，其字体没有 Unicode 映射或映射到私用区）" in error.message


def test_a_few_unmapped_characters_are_not_an_error():
    from govlint.readers.pdf import _unmapped
    assert [_unmapped(t) for t in ("(cid:3)", "\ue000", "\uf8ff", "\uf0b7", "\uf06c", "政", "(", "1")] == \
        [True, True, True, False, False, False, False, False]


def test_two_pages_printed_side_by_side_on_each_sheet(pdfs, tmp_path):
    """"2 pages per sheet": each landscape sheet holds two pages of the report, scaled. The
    sheet is read as its left page then its right one, numbered as printed (the left half of
    sheet 2 is page 3), not line by line across both (10 false alarms: C202, V502, S101, C200)."""
    from govlint.readers.pdf import PdfReader
    path = pf.two_up(pdfs["grid"], tmp_path / "two-up.pdf")
    pages = len(pf.page_texts(pdfs["grid"]))
    assert len(pf.page_texts(path)) == (pages + 1) // 2
    blocks = PdfReader().read(path, path.read_bytes()).blocks
    assert sorted({b.page for b in blocks}) == list(range(1, pages + 1))
    assert _lint(path) == []


def test_two_pages_per_sheet_with_borderless_tables(pdfs, tmp_path):
    """A borderless table whose row （四）无法提供 / 1.本机关不掌握相关政府信息 the page break cut: its
    label's last piece "息" heads the next page, the left half of the next sheet. The right
    half's lines were read at the sheet's positions, half a sheet right of the left half's, so
    the piece stood left of its column (false C202 and V502 "1.本机关不掌握相关政府信"); each half is
    now read where it stands on its own page."""
    assert _lint(pf.two_up(pdfs["narrow-borderless"], tmp_path / "two-up.pdf")) == []
    doc = read(str(pf.two_up(pdfs["narrow-borderless"], tmp_path / "two-up-2.pdf")))
    lines = [b for b in doc.blocks if getattr(b, "box", None) is not None and getattr(b, "text", "")]
    above = [b for b in lines if b.page == 2][-1]  # the foot of page 2, the right half of sheet 1
    below = [b for b in lines if b.page == 3][0]  # the head of page 3, the left half of sheet 2
    assert (above.text, below.text) == ("政府信", "息")
    assert below.box.x0 == pytest.approx(above.box.x0, abs=0.5)  # one column


def test_a_landscape_page_of_a_wide_table_is_not_two_pages(tmp_path):
    """表三 on landscape pages in each table style, borderless ones among them: no sheet is taken
    for two pages side by side (its rows run across the middle on the same lines)."""
    import pypdfium2

    from govlint.readers import pdf as pdf_reader, pdfium
    from harness import word_features as wf
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    sources = []
    for style in docx_styles.STYLES:
        plain = docx_styles.write_docx(CLEAN, style, tmp_path / f"{style.name}.docx")
        sources.append(wf.edit(plain, tmp_path / f"landscape-{style.name}.docx",
                               lambda root: wf.landscape_between(root, "三、收到和处理", "四、政府信息公开行政复议")))
    for out in libreoffice.convert(sources, "pdf", tmp_path / "out", tmp_path / "profile").values():
        doc = pypdfium2.PdfDocument(str(out))
        try:
            landscape = 0
            for i in range(len(doc)):
                objects, box = pdfium.page_objects(doc[i], i + 1)
                page = pdfium.plumber_page(objects, box, i + 1)
                landscape += page.width > page.height
                assert pdf_reader._two_up(page) is None, (out.name, i)
            assert landscape
        finally:
            doc.close()
        assert _lint(out) == [], out.name


@pytest.mark.parametrize("style", STYLES)
def test_a_scan_made_searchable_reads_its_text_not_its_picture(pdfs, tmp_path, style):
    """Every page's picture where its text stands (an OCR'd scan: the recognised text over the
    scan): the text is read, the picture under it is no table's picture."""
    path = pf.picture_under_text(pdfs[style], tmp_path / "ocr.pdf")
    assert "［图片］" not in read(str(path)).text
    assert _lint(path) == []


@pytest.mark.parametrize("angle", [45, 0, 90])
@pytest.mark.parametrize("style", STYLES)
def test_a_watermark_across_every_page(pdfs, tmp_path, style, angle):
    """"示例市人民政府网站" in 40 pt light letters across the middle of every page (a web site's
    watermark): its letters fell into the lines they crossed ("府0" read as 表二's figure, "民120",
    labels with a letter in them; C204, V502, C202 false alarms). Letters three times the text's
    size and 28 pt or more are not the report's."""
    path = pf.watermarked(pdfs[style], tmp_path / "watermarked.pdf", "示例市人民政府网站", tmp_path, angle)
    assert "示例市" not in read(str(path)).text
    assert _lint(path) == []


def test_large_headings_on_a_page_of_small_table_text_are_kept():
    """A page mostly of 7 pt table text with 16 pt headings (as a real report's 表三 page is):
    nothing is taken for a watermark (the letters must also be 28 pt or more)."""
    from govlint.readers.pdf import _page

    class Page:
        def __init__(self, chars):
            self.chars, self.rects, self.lines, self.curves, self.height = chars, [], [], [], 842.0

        def filter(self, keep):
            return Page([c for c in self.chars if keep(c)])

        def extract_text_lines(self, **_):
            return [{"text": c["text"], "x0": c["x0"], "x1": c["x1"], "top": c["top"], "chars": [c]}
                    for c in self.chars]

    def char(text, size, top):
        return {"object_type": "char", "text": text, "size": size, "x0": 72.0, "x1": 72.0 + size, "top": top,
                "bottom": top + size, "upright": True}
    chars = [char("0", 7.0, 200 + k) for k in range(150)] + [char("三", 16.0, 100.0), char("四", 22.0, 120.0)]
    items, n, _ = _page(Page(chars), 1)
    assert n == 152 and {"三", "四"} <= {ln.text for ln in items}
    # a stray symbol without a Unicode mapping is counted and left out
    items, n, unmapped = _page(Page(chars + [char("(cid:3)", 16.0, 140.0), char("\uf0b7", 16.0, 160.0)]), 1)
    assert (n, unmapped) == (154, 1) and "(cid:3)" not in {ln.text for ln in items} and "\uf0b7" in {ln.text for ln in items}


def test_a_seal_drawn_over_a_late_date_keeps_its_finding(tmp_path):
    """An electronic seal drawn as vectors over the date line, its office's name set round the
    circle a character at a time, each turned, and a star: those red characters fell into the
    date's line ("2例025年★5月20日") and the date was lost (no P702). They are left out: the late
    date keeps its P702, an on-time date sealed has no finding, and a seal over the signing
    office's name leaves it too."""
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    late = CLEAN.replace("2025年1月20日", "2025年5月20日")
    words = {docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], tmp_path / f"{name}.docx"): name
             for name, text in (("late", late), ("clean", CLEAN))}
    pdfs = {words[src]: out for src, out in libreoffice.convert(list(words), "pdf", tmp_path / "out",
                                                                  tmp_path / "profile").items()}
    assert [code for code, _, _ in _lint(pdfs["late"])] == ["P702"]
    sealed = pf.sealed(pdfs["late"], tmp_path / "sealed.pdf", "2025年5月20日", tmp_path)
    assert _lint(sealed) == [("P702", None, "落款日期2025年5月20日晚于发布期限2025年1月31日")]
    from datetime import date

    from govlint.binder.facts import extract_facts
    from govlint.syntax.parser import parse
    for name, near, radius in (("date", "2025年1月20日", 60), ("name", "示例镇人民政府", 45)):
        path = pf.sealed(pdfs["clean"], tmp_path / f"sealed-{name}.pdf", near, tmp_path, radius=radius)
        assert _lint(path) == [], name
        doc = read(str(path))
        facts = extract_facts(parse(doc.text, str(path), doc.source))
        assert (facts.date, facts.signer) == (date(2025, 1, 20), "示例镇人民政府"), name  # (was: no date)


def test_two_pages_per_sheet_of_every_harness_source(tmp_path):
    """Each invented source of the rendering harness (a county, a bureau, a township on the trial
    format, long prose, defects in tables and prose) in the grid style, printed two pages to a
    sheet: exactly the findings of its plain PDF. (Sheets whose pages share one line grid, a last
    page of a few lines, a table page beside prose: each read as two pages.)"""
    from harness import sources, varied
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    words = {}
    for name, text in sources.all_sources().items():
        header, footer = varied.FURNITURE.get(name, ("", ""))
        words[docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], tmp_path / f"{name}.docx", header, footer,
                                     numbered=name in varied.NUMBERED)] = name
    for src, out in libreoffice.convert(list(words), "pdf", tmp_path / "out", tmp_path / "profile").items():
        two_up = pf.two_up(out, tmp_path / f"{words[src]}-two-up.pdf")
        assert _lint(two_up) == _lint(out), words[src]


def test_table_three_on_landscape_pages_stored_turned(tmp_path):
    """表三 on landscape pages stored as portrait pages with /Rotate 90 or 270, their content drawn
    turned so that it shows upright: the reader read the pages unturned, their text running
    down the page (C201 缺少表三, S101). PDFium's form of the page holds it as shown: read so, the
    clean report has no finding, and a defect on those pages its findings (A303 and A302 for
    （一）予以公开's total one too many), as in the PDF with true landscape pages."""
    from harness import word_features as wf
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    import pypdfium2
    defect = CLEAN.replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
    words = {}
    for name, text in (("clean", CLEAN), ("defect", defect)):
        plain = docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], tmp_path / f"{name}-plain.docx")
        words[wf.edit(plain, tmp_path / f"{name}.docx",
                      lambda root: wf.landscape_between(root, "三、收到和处理", "四、政府信息公开行政复议"))] = name
    for src, out in libreoffice.convert(list(words), "pdf", tmp_path / "out", tmp_path / "profile").items():
        for degrees in (90, 270):
            turned = pf.landscape_as_turned_portrait(out, tmp_path / f"{words[src]}-{degrees}.pdf", degrees)
            stored = pypdfium2.PdfDocument(str(turned))
            assert [stored[k].get_rotation() for k in range(len(stored))].count(degrees) == 4  # 表三's pages
            stored.close()
            found = _lint(turned)
            assert found == _lint(out), (words[src], degrees)
            assert [code for code, _, _ in found] == ([] if words[src] == "clean" else ["A303", "A302"])


def test_a_page_holding_only_a_seals_picture_is_no_scanned_page(pdfs, tmp_path):
    """A last page with a small square picture alone (a seal's image pushed onto its own page): no
    text of the report can be on it, so no S100 (voices56e: it was taken for a scanned page, S100)."""
    path = pf.with_seal_page(pdfs["grid"], tmp_path / "seal.pdf")
    assert len(pf.page_texts(path)) == len(pf.page_texts(pdfs["grid"])) + 1
    assert "pages_scanned" not in read(str(path)).source
    assert _lint(path) == []


def test_a_section_missing_beside_a_seals_page_is_found(tmp_path):
    """The same with section 五 missing: S101 (the seal's page turned the section checks off,
    voices56e), and the same page grown to a scan's size is still a scanned page (S100)."""
    text = CLEAN.replace("五、存在的主要问题及改进情况\n", "")
    src = docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], tmp_path / "no-five.docx")
    if libreoffice.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    [out] = libreoffice.convert([src], "pdf", tmp_path / "out", tmp_path / "profile").values()
    found = _lint(pf.with_seal_page(out, tmp_path / "seal.pdf"))
    assert found == [("S101", None, "缺少第五部分“五、存在的主要问题及改进情况”")]
    big = pf.with_seal_page(out, tmp_path / "scan.pdf", side=400.0)
    assert read(str(big)).source["pages_scanned"] == str(len(pf.page_texts(big)))


def test_a_row_left_out_of_a_table_read_before_a_later_sections_scanned_page_is_missing(tmp_path):
    """表三 without its row 8.属于行政查询事项 (left out by the clerk), every page of it text, and a page after
    section 四's heading scanned (a picture of 五, 六 and the signature): the row cannot be on that page, so
    it is missing (C202), not "其余各行可能在没有文字层的第N页上" (C200, voices57e)."""
    more = "".join(f"（{k}）示例镇将继续完善第{k}项公开制度，按季度检查落实情况，并在门户网站公布检查结果。\n" for k in range(1, 41))
    text = CLEAN.replace("8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\n", "").replace(
        "建立公开栏定期更新台账。\n", "建立公开栏定期更新台账。\n" + more)  # (五 long enough for pages of its own)
    assert text.count("（40）示例镇") == 1 and "8.属于行政查询事项" not in text
    src = docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], tmp_path / "no-row.docx")
    [out] = libreoffice.convert([src], "pdf", tmp_path / "out", tmp_path / "profile").values()
    texts = pf.page_texts(out)
    after = [k for k, t in enumerate(texts) if k and any("四、政府信息公开行政复议" in x for x in texts[:k])
             and "四、政府信息公开行政复议" not in t]
    if not after:
        pytest.skip("no page of the rendering lies wholly after section 四's heading")
    found = _lint(pf.scanned(out, tmp_path / "scanned.pdf", [after[-1]]))
    assert ("C202", "表三", "表三缺少1行：8.属于行政查询事项") in found
    assert "C200" not in [code for code, _, _ in found]
