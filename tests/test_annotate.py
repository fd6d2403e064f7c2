"""``govlint annotate REPORT.docx -o OUT.docx``: the findings as Word comments, in a copy.

The report is invented (tests/fixtures/generators/defects.py: 示例镇人民政府 with one defect of
each rule family), written as Word by tests/fixtures/generators/report_formats.py, and once more
as LibreOffice saves it. The copy is opened with python-docx: every comment's anchor text and
content is checked against govlint's own JSON findings, its parse dump and the rules' docs, and
the copy's body text against the original's.
"""
import hashlib
import json
import sys
from pathlib import Path

import pytest

from govlint.cli import main
from govlint.layout.documents import read
from govlint.testing import default_registry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "generators"))
sys.path.insert(0, str(ROOT / "tests"))
import report_formats as rf  # noqa: E402
from defects import FAMILY_CODES, defective_text  # noqa: E402
from harness import docx_styles, libreoffice  # noqa: E402

docx = pytest.importorskip("docx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    d = tmp_path_factory.mktemp("annotate")
    text = defective_text()
    (d / "defects.txt").write_text(text, "utf-8")
    rf.write_docx(rf.blocks(text), d / "defects.docx")
    return d


def anchors(document) -> dict:
    """comment id → the text between its range start and end, in document order."""
    out, open_ = {}, {}
    for el in document.element.body.iter():
        if el.tag == W + "commentRangeStart":
            open_[el.get(W + "id")] = []
        elif el.tag == W + "commentRangeEnd":
            cid = el.get(W + "id")
            out[int(cid)] = "".join(open_.pop(cid))
        elif el.tag == W + "t":
            for parts in open_.values():
                parts.append(el.text or "")
    return out


def body_text(document) -> list:
    out = [p.text for p in document.paragraphs]
    for t in document.tables:
        out += [[c.text for c in row.cells] for row in t.rows]
    return out


def _run(src: Path, out: Path, *extra) -> dict:
    """Annotate ``src`` into ``out``; return govlint's JSON findings and parse dump of it."""
    assert main(["annotate", "--isolated", str(src), "-o", str(out), *extra]) == 1
    js = out.parent / (out.stem + ".findings.json")
    assert main(["check", "--isolated", str(src), "--format", "json", "-o", str(js), *extra]) == 1
    return json.loads(js.read_text("utf-8"))


def expected_anchor(f: dict, dump: dict, lines: list) -> str:
    """What a finding's comment should be anchored on: the bound cell, the row's label as
    written, or in a paragraph its span (the whole paragraph when the span is all of it)."""
    loc = f["location"]
    row = dump["tables"].get(loc["table"] or "", {}).get("rows", {}).get(loc["row_key"] or "")
    if row and not row.get("missing") and row["line"] == f["line"]:
        if loc["column_key"]:
            return row["cells"][loc["column_key"]]["text"]
        return row["written"]
    line = lines[f["line"] - 1]
    span = line[f["column"] - 1:f["end_column"] - 1] if f["end_line"] == f["line"] else ""
    return span if span and span != line.strip() else line


def check_copy(src: Path, out: Path, found: dict, capsys, lang: str = "zh") -> None:
    capsys.readouterr()
    assert main(["parse", "--isolated", str(src), "--format", "json"]) == 0
    dump = json.loads(capsys.readouterr().out)
    lines = read(src).text.splitlines()
    rules = default_registry().rules
    copy = docx.Document(str(out))
    comments = {c.comment_id: c for c in copy.comments}
    at = anchors(copy)
    assert set(at) == set(comments)
    assert all(c.author == "govlint" for c in comments.values())
    findings = found["findings"]
    assert {f["code"] for f in findings} == FAMILY_CODES
    placed = {}
    for cid, c in comments.items():
        paras = [p.text for p in c.paragraphs]
        placed[paras[0]] = (at[cid], paras[1:])
    fix_head = "How to fix: " if lang == "en" else "如何修改："
    top_head = [k for k in placed if k.startswith("govlint")]
    assert len(top_head) == 1  # the findings with no place, in one comment at the top
    top_anchor, top_lines = placed.pop(top_head[0])
    assert top_anchor == lines[0]  # the title
    missing = [f for f in findings if f["code"] == "S101"]  # a section the document lacks
    assert top_lines == [x for f in missing for x in (f"{f['code']} {f['message']}",
                                                      fix_head + " ".join(rules[f["code"]].fix.split()))]
    for f in findings:
        if f in missing:
            continue
        head = f"{f['code']} {f['message']}"
        assert head in placed, head
        anchor, rest = placed.pop(head)
        assert anchor == expected_anchor(f, dump, lines), f["code"]
        assert rest == [fix_head + " ".join(rules[f["code"]].fix.split())]
    assert placed == {}  # nothing else was commented


def test_each_finding_is_a_comment_at_its_cell_or_paragraph(word, capsys):
    src, out = word / "defects.docx", word / "annotated.docx"
    before = src.read_bytes()
    mtime = src.stat().st_mtime_ns
    found = _run(src, out)
    assert src.read_bytes() == before and src.stat().st_mtime_ns == mtime  # the original is never written
    err = capsys.readouterr().err
    check_copy(src, out, found, capsys)
    assert "8 条批注（1 条在开头）" in err
    # the cells: the failed sum's total, the unfilled cell, the outdated label
    at = anchors(docx.Document(str(out)))
    assert {"10", "13", "—", "规范性文件", "2025年3月5日", "发生行政复议3件"} <= set(at.values())


def test_the_copy_reads_as_the_original(word):
    src, out = word / "defects.docx", word / "same.docx"
    assert main(["annotate", "--isolated", str(src), "-o", str(out)]) == 1
    assert body_text(docx.Document(str(out))) == body_text(docx.Document(str(src)))
    assert read(out).text == read(src).text  # and govlint reads the same report from it
    assert main(["check", "--isolated", str(out), "--format", "json", "-o", str(word / "again.json")]) == 1
    again = json.loads((word / "again.json").read_text("utf-8"))
    assert {f["code"] for f in again["findings"]} == FAMILY_CODES


def test_english_comments(word, capsys):
    src, out = word / "defects.docx", word / "en.docx"
    found = _run(src, out, "--lang", "en")
    check_copy(src, out, found, capsys, lang="en")


def test_a_file_libreoffice_saved(word, tmp_path, capsys):
    if libreoffice.soffice() is None:
        pytest.skip(libreoffice.SKIP_REASON)
    lo = libreoffice.convert([word / "defects.docx"], "lodocx", tmp_path / "lo", tmp_path / "profile")
    src = lo[word / "defects.docx"]
    out = tmp_path / "lo-annotated.docx"
    found = _run(src, out)
    check_copy(src, out, found, capsys)
    assert body_text(docx.Document(str(out))) == body_text(docx.Document(str(src)))


def test_a_text_report_gets_the_html_report_instead(word, capsys):
    out = word / "text-report.docx"
    assert main(["annotate", "--lang", "en", "--isolated", str(word / "defects.txt"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    page = word / "text-report.html"
    assert not out.exists() and page.is_file()
    assert f"is not a Word file (text): wrote the HTML report to {page} instead" in err
    assert page.read_text("utf-8").count('class="f s-') == len(FAMILY_CODES) + 1  # A302 twice


def test_the_report_itself_is_refused(word, capsys):
    src = word / "defects.docx"
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    assert main(["annotate", "--lang", "en", "--isolated", str(src), "-o", str(src)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"govlint: error: {src}: that is the report itself; annotate writes a copy, give another file"]
    assert hashlib.sha256(src.read_bytes()).hexdigest() == digest
    assert main(["annotate", "--lang", "en", "--isolated", str(word / "nothing.docx"), "-o", str(word / "x.docx")]) == 2
    assert capsys.readouterr().err.strip() == f"govlint: error: {word / 'nothing.docx'}: no such file"


@pytest.fixture(scope="module")
def styled(word, tmp_path_factory):
    """The defective report in each table style of the rendering harness (tests/harness/docx_styles.py:
    merged grid, narrow, borderless, merges undone, repeated head rows, labels over several
    paragraphs), as python-docx writes it and as LibreOffice saves it again (where it is installed)."""
    d = tmp_path_factory.mktemp("styled")
    text = defective_text()
    files = {s.name: docx_styles.write_docx(text, s, d / f"{s.name}.docx") for s in docx_styles.STYLES}
    if libreoffice.soffice() is not None:
        lo = libreoffice.convert(list(files.values()), "lodocx", d / "lo", d / "profile")
        files.update({f"lo-{name}": lo[path] for name, path in list(files.items())})
    return files


@pytest.mark.parametrize("style", [s.name for s in docx_styles.STYLES])
@pytest.mark.parametrize("saved_by", ["python-docx", "libreoffice"])
def test_anchors_in_every_word_table_style(styled, style, saved_by, tmp_path, capsys):
    key = style if saved_by == "python-docx" else f"lo-{style}"
    if key not in styled:
        pytest.skip(libreoffice.SKIP_REASON)
    src, out = styled[key], tmp_path / "annotated.docx"
    found = _run(src, out)
    check_copy(src, out, found, capsys)
    assert body_text(docx.Document(str(out))) == body_text(docx.Document(str(src)))


def test_a_span_across_runs_is_anchored_exactly_and_the_formatting_kept(word, tmp_path, capsys):
    """The prose finding's span starts and ends inside runs: they are split (the same formatting
    on both sides), the comment covers just the span, and the text is the same."""
    src = tmp_path / "runs.docx"
    d = docx.Document(str(word / "defects.docx"))
    para = next(p for p in d.paragraphs if "发生行政复议3件" in p.text)
    text = para.text
    for r in list(para.runs):
        r._r.getparent().remove(r._r)
    cut1, cut2 = text.index("发生") + 1, text.index("3件") + 1
    pieces = [text[:cut1], text[cut1:cut2], text[cut2:]]
    for i, piece in enumerate(pieces):
        para.add_run(piece).bold = i == 1
    d.save(str(src))
    out = tmp_path / "runs-annotated.docx"
    found = _run(src, out)
    check_copy(src, out, found, capsys)
    copy = docx.Document(str(out))
    assert body_text(copy) == body_text(docx.Document(str(src)))
    para = next(p for p in copy.paragraphs if "发生行政复议3件" in p.text)
    runs = [(r.text, bool(r.bold)) for r in para.runs if r.text]  # (the comment's reference run is empty)
    assert "".join(t for t, _ in runs) == text
    assert runs == [(pieces[0][:-1], False), (pieces[0][-1], False), (pieces[1], True),
                    (pieces[2][:1], False), (pieces[2][1:], False)]
    assert "发生行政复议3件" in anchors(copy).values()
