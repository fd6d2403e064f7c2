"""The harness's own parts do what the rendering tests rely on: a text form that silently did
nothing, or a LibreOffice that silently failed, would make every rendering test pass for
nothing."""
import re

import pytest

from . import libreoffice, renderings, text_forms
from .docx_styles import BY_NAME, write_docx
from .sources import clean


def test_one_line_has_no_line_breaks_or_tabs():
    out = text_forms.one_line(clean()).rstrip("\n")
    assert "\n" not in out and "\t" not in out
    assert "（七）总计 10 2 0 1 0 0 13" in out


@pytest.mark.parametrize("width", [24, 40])
def test_hard_wrap_keeps_every_line_within_the_width_and_numbers_whole(width):
    text = clean()
    lines = text_forms.hard_wrap(width)(text).split("\n")
    assert max(len(line) for line in lines) <= width
    assert len(lines) > len(text.split("\n"))
    numbers = lambda s: re.findall(r"\d+(?:\.\d+)?", s)
    assert numbers(text_forms.hard_wrap(width)(text)) == numbers(text)


def test_markdown_tables_have_a_rule_under_their_first_row():
    lines = text_forms.markdown(clean()).split("\n")
    rules = [i for i, line in enumerate(lines) if re.fullmatch(r"\|(---\|)+", line)]
    assert len(rules) == 3  # 表二, 表三, 表四
    assert all(lines[i - 1].startswith("| ") and lines[i + 1].startswith("| ") for i in rules)
    assert "## 三、收到和处理政府信息公开申请情况" in lines and lines[0].startswith("# ")


@pytest.mark.parametrize("sep", ["|", "---"])
def test_cells_with_separator_put_one_cell_per_line(sep):
    lines = text_forms.cells_with(sep)(clean()).split("\n")
    i = lines.index("（七）总计")
    assert lines[i:i + 15] == ["（七）总计", sep, "10", sep, "2", sep, "0", sep, "1", sep, "0", sep, "0", sep, "13"]
    assert not any("\t" in line for line in lines)


def test_cells_tabbed_put_one_tab_indented_cell_per_line_and_page_numbers_among_them():
    lines = text_forms.cells_tabbed()(clean()).split("\n")
    i = lines.index("\t（七）总计")
    assert lines[i:i + 9] == ["\t（七）总计", "\t10", "\t2", "\t0", "\t1", "\t0", "\t0", "\t13", "\t四、结转下年度继续办理"]
    assert all(line.startswith("\t") and line.count("\t") == 1 for line in lines if "\t" in line)
    assert "" not in lines[lines.index("\t（一）予以公开"):i]  # no blank line between rows
    paged = text_forms.cells_tabbed(37)(clean()).split("\n")
    assert "- 3 -" in paged and "第2页 共9页" in paged
    assert [line for line in paged if line.startswith("\t")] == [line for line in lines if line.startswith("\t")]


def test_narrow_style_fixes_column_widths_so_labels_wrap(tmp_path):
    import docx
    from docx.shared import Cm

    d = docx.Document(str(write_docx(clean(), BY_NAME["narrow"], tmp_path / "n.docx")))
    table3 = d.tables[1]
    assert len(table3.columns) == 10
    assert abs(table3.columns[0].width - Cm(1.5)) < Cm(0.01)
    assert "w:tblLayout" in table3._tbl.xml  # fixed layout: Word and LibreOffice keep the widths


def test_without_soffice_only_the_libreoffice_renderings_are_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(libreoffice, "soffice", lambda: None)
    wanted = [r for r in renderings.catalogue() if r.source == "clean" and r.layout in ("grid", "one-line")]
    built = renderings.build(tmp_path, wanted)
    assert built.soffice_error == libreoffice.SKIP_REASON
    assert sorted(built.files) == ["clean-docx-grid", "clean-text-one-line"]
    assert {r.id for r in wanted if r.needs_soffice} == {"clean-docx-grid-pdf", "clean-docx-grid-html",
                                                         "clean-docx-grid-lodocx", "clean-docx-grid-html-a5-chromium-pdf",
                                                         "clean-docx-grid-pdf-word",
                                                         "clean-docx-grid-pdf-pdftotext-layout"}
    assert built.chromium_error is None  # (nothing for Chromium to print: its page is LibreOffice's)


@pytest.mark.skipif(libreoffice.soffice() is None, reason=libreoffice.SKIP_REASON)
def test_libreoffice_batch_reports_a_file_it_could_not_convert(tmp_path):
    bad = tmp_path / "missing.docx"  # never written
    with pytest.raises(RuntimeError, match="did not convert"):
        libreoffice.convert([bad], "pdf", tmp_path / "out", tmp_path / "profile")


def test_known_failures_refuses_an_id_that_names_no_rendering(tmp_path):
    """A renamed layout must not leave a stale entry that silently marks nothing."""
    from .known import known_failures

    path = tmp_path / "known.toml"
    path.write_text('[failures]\n"clean-docx-grid-pdf" = "a reason"\n"clean-docx-nonesuch-pdf" = "stale"\n', "utf-8")
    with pytest.raises(ValueError, match="clean-docx-nonesuch-pdf"):
        known_failures(path)
    path.write_text('[failures]\n"clean-docx-grid-pdf" = "a reason"\n', "utf-8")
    assert known_failures(path) == {"clean-docx-grid-pdf": "a reason"}


def test_without_pdftotext_its_renderings_are_skipped_with_the_reason(tmp_path, monkeypatch):
    """(No LibreOffice needed: the PDF is any file; pdftotext is missing.)"""
    monkeypatch.setattr(renderings, "pdftotext", lambda: None)
    wanted = [r for r in renderings.catalogue() if r.kind == "pdftotext" and r.source == "clean"]
    assert [r.id for r in wanted] == ["clean-docx-grid-pdf-pdftotext-layout"] and wanted[0].needs_pdftotext
    files = {wanted[0].id + ".pdf": tmp_path / "x.pdf"}
    assert renderings._extracted(wanted, files, tmp_path / "out") == renderings.PDFTOTEXT_SKIP
    assert files == {}
