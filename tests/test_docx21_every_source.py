"""Session 21's Word constructs on every harness source (tests/harness: 22 invented reports of
other agencies, levels, formats and defects), not only on the fixture report: each source's Word
file (the "grid" style) rewritten as Strict Open XML, with a hidden "7" after every figure of its
tables, with a superscript note mark after every fifth figure, with section 三 embedded as an
HTML w:altChunk, and with its section and 表三 row numerals left to Word's list numbering, must
give the plain file's findings. (With the numbering, a finding that quotes a heading quotes the
bare title the reader gives — "存在的主要问题、改进情况及其他需要报告的事项" for Word's "五、…" —
so only codes and places are compared there.)"""
import re
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness import docx_styles, sources, word_features as wf  # noqa: E402
from harness.word21 import alt_chunk, lint, numbered, repack, strict  # noqa: E402

SOURCES = sources.all_sources()
_FIGURE = re.compile(r"^\d+$")


def _run_with(text: str, prop: str, **attrs):
    r = wf.run(text)
    rpr = wf.element("rPr")
    rpr.append(wf.element(prop, **attrs))
    r.insert(0, rpr)
    return r


def _hidden_digits(root):
    for tc in list(root.iter(wf.q("tc"))):
        if _FIGURE.match(wf.text_of(tc)):
            tc.find(".//" + wf.q("r")).addnext(_run_with("7", "vanish"))


def _note_marks(root):
    for tc in [tc for tc in root.iter(wf.q("tc")) if _FIGURE.match(wf.text_of(tc))][::5]:
        tc.find(".//" + wf.q("r")).addnext(_run_with("①", "vertAlign", val="superscript"))


def _heading(text: str, numeral: str):
    m = re.search(rf"^{numeral}、[^\n\t]*$", text, re.M)
    return m.group()[:8] if m else None


@pytest.fixture(scope="module")
def plain_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sources")
    return {name: docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], folder / f"{name}.docx")
            for name, text in SOURCES.items()}


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_every_source_reads_the_same_under_session_21_constructs(plain_files, tmp_path, name):
    plain, text = plain_files[name], SOURCES[name]
    want = lint(plain)
    assert lint(repack(plain, tmp_path / "strict.docx", strict)) == want
    assert lint(wf.edit(plain, tmp_path / "hidden.docx", _hidden_digits)) == want
    assert lint(wf.edit(plain, tmp_path / "marks.docx", _note_marks)) == want
    first, last = _heading(text, "三"), _heading(text, "四")
    if first and last:
        assert lint(repack(plain, tmp_path / "chunk.docx", alt_chunk(text, first, last, "html"))) == want
    got = lint(repack(plain, tmp_path / "numbered.docx", lambda parts: numbered(parts)))
    assert [f[:2] for f in got] == [f[:2] for f in want]
