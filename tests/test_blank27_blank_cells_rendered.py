"""Blank and placeholder cells (tests/harness/blanks.py) in the layouts staff publish: Word tables
in four styles and typed with tabs, web pages (a site editor's, Word's, cells as divs, rows typed
with &nbsp;, a <pre>), text copies (Markdown, wrapped, one line, a cell a line) and PDFs drawn with
and without rules, cells centred.

Why: a blank shifted the row's numbers left in a rendering that lost its place, and C203 named the
wrong column while the sums through the shifted numbers failed (A302, A303), a false alarm each.
Each rendering must give its source's findings ("exact": where the blank keeps its place — a
table's cell, a Markdown cell, a line of tab-separated cells), or where nothing in the rendering
shows the blank's place ("says"), the source's findings with the blank's C203 replaced by one
finding on the same row that says its column cannot be told (C203; C200 for 表四, whose one row is
then unreadable; for a one-value row, its value 缺失), and nothing that depends on it."""
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "fixtures" / "generators"))

from harness.blanks import BLANKS  # noqa: E402
from harness.compare import expected, observed  # noqa: E402


def _docx(style):
    def write(text, path):
        pytest.importorskip("docx")
        from harness.docx_styles import BY_NAME, write_docx
        return write_docx(text, BY_NAME[style], path.with_suffix(".docx"))
    return write


def _page(make):
    def write(text, path):
        out = path.with_suffix(".html")
        out.write_text(make()(text), "utf-8")
        return out
    return write


def _form(name):
    def write(text, path):
        from harness.text_forms import FORMS
        suffix, form = FORMS[name]
        out = path.with_suffix(suffix)
        out.write_text(form(text), "utf-8")
        return out
    return write


def _pdf(layout):
    def write(text, path):
        pytest.importorskip("reportlab")
        pytest.importorskip("pypdfium2")
        from harness import pdf_layouts as pl
        return pl.draw(text, pl.BY_NAME[layout], path.with_suffix(".pdf"))
    return write


def _web(name):
    def make():
        from harness import web_pages, web_pages19, web_pages20
        return {**web_pages.PAGES, **web_pages19.PAGES19, **web_pages20.PAGES20}[name]
    return make


#: layout → (writer, where a blank keeps its place: "exact"; else "says")
LAYOUTS = {
    "docx-grid": (_docx("grid"), "exact"),
    "docx-narrow-borderless": (_docx("narrow-borderless"), "exact"),
    "docx-unmerged": (_docx("unmerged"), "exact"),
    "docx-broken-labels": (_docx("broken-labels"), "exact"),
    "docx-typed-with-tabs": (_docx("typed-with-tabs"), "says"),
    "web-site-editor": (_page(_web("site-editor")), "exact"),
    "web-word-saved-as-web-page": (_page(_web("word-saved-as-web-page")), "exact"),
    "web-ragged-rows": (_page(_web("ragged-rows")), "exact"),
    "web-div-grid": (_page(_web("div-grid")), "says"),
    "web-text-tables": (_page(_web("text-tables")), "says"),
    "web-pre-tables": (_page(_web("pre-tables")), "says"),
    "text-markdown": (_form("markdown"), "exact"),
    "text-wrap-40": (_form("wrap-40"), "exact"),
    "text-one-line": (_form("one-line"), "says"),
    "text-cells-pipe": (_form("cells-pipe"), "says"),
    "pdf-grid-middle": (_pdf("grid-middle"), "exact"),
    "pdf-no-rules": (_pdf("no-rules"), "says"),
    "pdf-no-rules-middle": (_pdf("no-rules-middle"), "says"),
    "pdf-booktabs-middle": (_pdf("booktabs-middle"), "says"),
}

#: placeholders written in the cell ("/", "—", "无") are text in every layout: exact everywhere
WRITTEN = {"t3-slash", "t3-dash", "t3-wu"}

#: wrong today, with the cause (strict: a fix that makes one pass must remove it)
KNOWN: dict = {}


def _cases():
    for name in sorted(BLANKS):
        for layout in sorted(LAYOUTS):
            why = KNOWN.get((name, layout))
            yield pytest.param(name, layout, marks=pytest.mark.xfail(reason=why, strict=True) if why else ())


_SOURCES = {}


def _source(name):
    if name not in _SOURCES:
        text = BLANKS[name]()
        _SOURCES[name] = (text, expected(text)[1])
    return _SOURCES[name]


def _says_its_place_is_unknown(blank, extra) -> bool:
    """``extra`` is one finding in place of the source's C203 ``blank``: on its row, saying that
    the column cannot be told (or, 表四, that the table cannot be read; or that the one value of a
    one-value row is missing)."""
    code, section, table, row, column, message = extra
    if table != blank[2]:
        return False
    if code == "C200":
        return "无法确定各数字对应的列" in message
    if code != "C203" or row != blank[3]:
        return False
    return (column == "" and "无法确定是哪" in message) or (column == blank[4] and "（缺失）" in message)


def test_each_blank_source_gives_one_c203():
    for name in BLANKS:
        assert [f[0] for f in _source(name)[1]] == ["C203"], name


@pytest.mark.parametrize("name, layout", list(_cases()))
def test_blank_cell_rendered_gives_its_source_findings_or_says_its_place_is_unknown(tmp_path, name, layout):
    text, want = _source(name)
    write, kind = LAYOUTS[layout]
    _, got = observed(write(text, tmp_path / f"{name}-{layout}"))
    if got == want:
        return
    assert kind == "says" and name not in WRITTEN, f"{layout} should keep the blank's place: {got}"
    assert len(got) == len(want) and [f for f in want if f not in got] == want[:1], got
    assert _says_its_place_is_unknown(want[0], next(f for f in got if f not in want)), got
