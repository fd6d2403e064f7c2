"""Hidden text in a Word file: Word neither shows nor prints a run whose properties say
w:vanish (or w:specVanish), or whose character or paragraph style does; staff hide an old figure or
an old heading instead of deleting it, and templates hide their instructions. govlint reads what
Word shows: a hidden "3" after a cell's "13" is not 133 (false A301/A303 before), a hidden copy of
a section heading is not a second section (false S102 before). w:webHidden hides a run in Web
Layout view only: Word prints it, and govlint reads it (a defect then is a defect).

Each test edits the harness's Word file of the invented clean report (tests/fixtures/tabs_2024.txt,
"grid" style) as Word writes the feature."""
import copy
import sys
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("docx")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness import word_features as wf  # noqa: E402
from harness.word21 import lint, repack, table_three_total, write_plain  # noqa: E402



@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    return write_plain(tmp_path_factory.mktemp("word"))


def _hide(r, kind="vanish", **attrs):
    rpr = r.find(wf.q("rPr"))
    if rpr is None:
        rpr = wf.element("rPr")
        r.insert(0, rpr)
    rpr.append(wf.element(kind, **attrs))
    return r


def _after_13(kind="vanish", **attrs):
    """A run "3" after the first cell "13" (表三's total of new applications), hidden by ``kind``."""
    def change(root):
        r = wf.cell(root, "13").find(".//" + wf.q("r"))
        r.addnext(_hide(wf.run("3"), kind, **attrs))
    return change


@pytest.mark.parametrize("kind", ["vanish", "specVanish"])
def test_hidden_text_in_a_number_cell_is_not_read(plain, tmp_path, kind):
    assert lint(wf.edit(plain, tmp_path / "hidden.docx", _after_13(kind))) == []


def test_hidden_text_said_not_hidden_is_read(plain, tmp_path):
    """w:vanish w:val="0" (a run taken out of a hiding style) is shown: 133 and its findings."""
    assert lint(wf.edit(plain, tmp_path / "shown.docx", _after_13(val="0"))) == table_three_total(133)


def test_web_hidden_text_is_printed_and_read(plain, tmp_path):
    """w:webHidden hides a run in Web Layout view only; the printed report shows 133."""
    assert lint(wf.edit(plain, tmp_path / "web.docx", _after_13("webHidden"))) == table_three_total(133)


def test_a_hidden_copy_of_a_section_heading_is_not_a_second_section(plain, tmp_path):
    def change(root):
        p = wf.paragraph_run(root, "三、收到").getparent()
        old = copy.deepcopy(p)
        for r in old.iter(wf.q("r")):
            _hide(r)
        p.addprevious(old)
    assert lint(wf.edit(plain, tmp_path / "heading.docx", change)) == []


def test_a_visible_copy_of_a_section_heading_is_a_second_section(plain, tmp_path):
    def change(root):
        p = wf.paragraph_run(root, "三、收到").getparent()
        p.addprevious(copy.deepcopy(p))
    assert lint(wf.edit(plain, tmp_path / "twice.docx", change)) == [
        ("S102", None, "第三部分“三、收到和处理政府信息公开申请情况”重复出现")]


def _styled_13(style: str, hides: bool, based: bool = True):
    """A character style that hides (or one based on it), given to a run "3" after the cell "13"."""
    def change(parts):
        own = b'<w:rPr><w:vanish/></w:rPr>' if hides else b''
        styles = (b'<w:style w:type="character" w:styleId="Old"><w:name w:val="Old"/>' + own + b'</w:style>'
                  b'<w:style w:type="character" w:styleId="OldFigure"><w:name w:val="Old figure"/>'
                  b'<w:basedOn w:val="Old"/></w:style></w:styles>')
        parts["word/styles.xml"] = parts["word/styles.xml"].replace(b"</w:styles>", styles)
        from lxml import etree
        root = etree.fromstring(parts["word/document.xml"])
        r = wf.cell(root, "13").find(".//" + wf.q("r"))
        h = wf.run("3")
        rpr = wf.element("rPr")
        rpr.append(wf.element("rStyle", val=style))
        h.insert(0, rpr)
        r.addnext(h)
        parts["word/document.xml"] = etree.tostring(root)
        return parts
    return change


@pytest.mark.parametrize("style", ["Old", "OldFigure"])
def test_text_in_a_style_that_hides_is_not_read(plain, tmp_path, style):
    """The style hides, or the style it is based on does."""
    assert lint(repack(plain, tmp_path / "styled.docx", _styled_13(style, True))) == []


def test_text_in_a_style_that_does_not_hide_is_read(plain, tmp_path):
    assert lint(repack(plain, tmp_path / "styled.docx", _styled_13("OldFigure", False))) == table_three_total(133)


def test_a_hidden_paragraph_style_hides_its_runs(plain, tmp_path):
    """A paragraph style that hides (a template's "draft" style on an old copy of the heading 三):
    the paragraph's runs are hidden, though none of them says so itself."""
    def change(parts):
        from lxml import etree
        parts["word/styles.xml"] = parts["word/styles.xml"].replace(
            b"</w:styles>", b'<w:style w:type="paragraph" w:styleId="Draft"><w:name w:val="Draft"/>'
            b'<w:rPr><w:vanish/></w:rPr></w:style></w:styles>')
        root = etree.fromstring(parts["word/document.xml"])
        p = wf.paragraph_run(root, "三、收到").getparent()
        old = copy.deepcopy(p)
        ppr = old.find(wf.q("pPr"))
        if ppr is None:
            ppr = wf.element("pPr")
            old.insert(0, ppr)
        ppr.insert(0, wf.element("pStyle", val="Draft"))
        p.addprevious(old)
        parts["word/document.xml"] = etree.tostring(root)
        return parts
    path = repack(plain, tmp_path / "draft.docx", change)
    assert lint(path) == []
    from govlint.layout.documents import read
    assert read(str(path)).text.count("三、收到和处理政府信息公开申请情况") == 1


def test_a_hiding_style_no_paragraph_uses_changes_nothing(plain, tmp_path):
    """Word's own styles.xml often defines hidden styles ("z-Top of Form") no paragraph uses:
    the document reads exactly as the plain file (and by the one pass, not element by element)."""
    from govlint.readers.docx import DocxReader

    def change(parts):
        parts["word/styles.xml"] = parts["word/styles.xml"].replace(
            b"</w:styles>", b'<w:style w:type="paragraph" w:styleId="z-TopofForm"><w:name w:val="z-Top of Form"/>'
            b'<w:rPr><w:vanish/></w:rPr></w:style></w:styles>')
        return parts
    path = repack(plain, tmp_path / "unused.docx", change)
    assert DocxReader().read(path, path.read_bytes()).own_blocks == DocxReader().read(plain, plain.read_bytes()).own_blocks


def test_what_a_styles_part_hides_reads_the_same_cold_and_warm(plain, tmp_path):
    """What a styles part hides is kept by the part's checksum and sizes (a template writes the same
    styles in every file; inflating and parsing them was a fifth of a report's reading): each file
    reads the same with that memo empty and full, in either order, and one file's styles never
    decide another's."""
    from govlint.readers import docx as reader
    hiding = repack(plain, tmp_path / "hiding.docx", _styled_13("Old", True))
    showing = repack(plain, tmp_path / "showing.docx", _styled_13("Old", False))

    def blocks(p):
        return reader.DocxReader().read(p, p.read_bytes()).own_blocks
    reader._STYLES_SEEN.clear()
    cold = [blocks(hiding), blocks(showing)]
    warm = [blocks(hiding), blocks(showing)]
    reader._STYLES_SEEN.clear()
    other_order = [blocks(showing), blocks(hiding)][::-1]
    assert cold == warm == other_order
    assert cold[0] != cold[1]


def test_a_damaged_styles_part_hides_nothing_and_the_report_is_read(plain, tmp_path):
    """Bad input: a styles part that is not XML (but names w:vanish). The text is read as before."""
    def change(parts):
        parts["word/styles.xml"] = b"<w:styles><w:vanish/><broken"
        return parts
    assert lint(repack(plain, tmp_path / "damaged.docx", change)) == []


@pytest.mark.parametrize("kind", ["strike", "dstrike"])
def test_an_old_figure_struck_through_beside_the_new_one_is_not_read(plain, tmp_path, kind):
    """A "31" struck through before a cell's "13" (the writer's correction, left visible):
    the figure is 13, as the web-page reader leaves out line-through text."""
    def change(root):
        r = wf.cell(root, "13").find(".//" + wf.q("r"))
        r.addprevious(_hide(wf.run("31"), kind))
    assert lint(wf.edit(plain, tmp_path / "struck.docx", change)) == []


def test_a_figure_struck_through_said_off_is_read(plain, tmp_path):
    """w:strike w:val="0" (a style's strikethrough turned off): the "3" after 13 is shown, 133."""
    assert lint(wf.edit(plain, tmp_path / "unstruck.docx", _after_13("strike", val="0"))) == table_three_total(133)
