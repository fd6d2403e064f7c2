"""Text extracted from a PDF with poppler's ``pdftotext -layout``, as researchers and supervisors
extract thousands of reports and lint the .txt: the columns stand apart by spaces, a narrow
column's label wraps a few characters a line below its row's numbers, and every page ends with a
form feed, so the next page's first line starts with one — often inside a wrapped label, whose
rest then stands a few columns further right (each page is laid out on its own).

The form feed broke the label: its rest went to no row, the row went missing (a false C202
表三缺少1行：2.申请人逾期未按收费通知要求缴纳费用…, on 6 of 22 ``pdftotext -layout`` copies of
the harness's LibreOffice PDFs). The text reader reads a form feed as the space it stands for,
so every line and column stays where it was.

The report is invented: tests/fixtures/spaced_2024.txt, one 表三 label wrapped as such a copy
wraps it, a page break inside it.
"""
from __future__ import annotations

import subprocess
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import compare, docx_styles, sources, varied  # noqa: E402
from harness.libreoffice import soffice  # noqa: E402

from govlint.cli import main  # noqa: E402
from govlint.readers import read  # noqa: E402
from govlint.run.engine import lint_file  # noqa: E402

SPACED = Path(__file__).parent / "fixtures" / "spaced_2024.txt"
LABEL = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"


def wrapped(text: str, page_break: bool) -> str:
    """The label in pieces of three characters a line under a six-space indent, its numbers on
    the first line; with ``page_break``, a form feed before the seventh piece and the rest three
    columns further right (the next page's own layout)."""
    old = next(line for line in text.split("\n") if line.startswith(LABEL))
    numbers = old[len(LABEL):].split()
    pieces = [LABEL[i:i + 3] for i in range(0, len(LABEL), 3)]
    out = ["      " + pieces[0] + "   " + "   ".join(numbers)]
    for k, piece in enumerate(pieces[1:], 1):
        turned = page_break and k >= 6
        out.append(("\f" if k == 6 and page_break else "") + " " * (9 if turned else 6) + piece)
    return text.replace(old, "\n".join(out))


def _findings(path: Path):
    r = lint_file(str(path), compare.SETTINGS)
    return [(d.code, d.span.line, d.span.column, d.message) for d in r.diagnostics], r.errors


def test_a_page_break_inside_a_wrapped_label_leaves_the_row_whole(tmp_path):
    source = SPACED.read_text("utf-8")
    assert _findings(SPACED) == ([], ())
    for page_break in (False, True):
        copy = tmp_path / f"copy-{page_break}.txt"
        copy.write_text(wrapped(source, page_break), "utf-8")
        assert ("\f" in copy.read_text("utf-8")) is page_break
        assert _findings(copy) == ([], ()), page_break  # (was C202 表三缺少1行 with the page break)


def test_the_form_feed_is_read_as_a_space_where_it_stood(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("一、总体情况\n\f  本机关\n甲\f乙\n\f".encode("utf-8"))
    doc = read(f)
    assert doc.text == "一、总体情况\n   本机关\n甲 乙\n "
    assert doc.source == {"kind": "text", "encoding": "utf-8"}


def test_a_finding_on_a_line_after_a_page_break_keeps_its_line_and_column(tmp_path, capsys):
    """A seeded defect (表三's （七）总计 of 自然人 10 → 11) on the line that starts the next page."""
    source = SPACED.read_text("utf-8")
    total = next(line for line in source.split("\n") if line.startswith("（七）总计"))
    seeded = source.replace(total, "\f" + total.replace("  10  ", "  11  ", 1))
    f = tmp_path / "seeded.txt"
    f.write_text(seeded, "utf-8")
    line = seeded.split("\n").index(next(x for x in seeded.split("\n") if x.startswith("\f（七）"))) + 1
    code = main(["check", str(f), "--isolated", "--no-source", "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 1
    assert [x.split(" [")[0] for x in out.splitlines()[:-1]] == [
        f"{f}:33:19: A301", f"{f}:{line}:9: A302", f"{f}:{line}:28: A303"]  # (the "11" after "\f（七）总计  ")
    assert (f"{f}:{line}:9: A302 [error] 表三 column “自然人” does not add up: （七）总计 = 11, but sum of 21 rows "
            "[（一）予以公开(4) + （二）部分公开(1) + 4.保护第三方合法权益(1) + 1.本机关不掌握相关政府信息(2) + "
            "2.没有现成信息需要另行制作(1) + 1.信访举报投诉类申请(1)] = 10, a difference of 1 (expected: total = sum "
            "of all result rows)") in out


needs_tools = pytest.mark.skipif(soffice() is None or shutil.which("pdftotext") is None,
                                 reason="needs LibreOffice (soffice) and poppler-utils (pdftotext)")


@needs_tools
def test_pdftotext_layout_of_a_narrow_grid_pdf_gives_the_source_findings(tmp_path):
    """The real pipeline: the 卫生健康局's report in Word (a ruled grid), LibreOffice's PDF of it,
    ``pdftotext -layout`` of that; 表三's label 2.申请人逾期… wraps over the page break."""
    text = sources.all_sources()["health"]
    header, footer = varied.FURNITURE.get("health", ("", ""))
    docx = docx_styles.write_docx(text, docx_styles.BY_NAME["grid"], tmp_path / "health.docx", header, footer,
                                  numbered="health" in varied.NUMBERED)
    subprocess.run([soffice(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--norestore", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp_path), str(docx)],
                   capture_output=True, timeout=240)
    out = tmp_path / "health.txt"
    subprocess.run(["pdftotext", "-layout", str(tmp_path / "health.pdf"), str(out)], check=True, timeout=60)
    lines = out.read_text("utf-8").split("\n")
    assert any(line.startswith("\f") and "用、行" in line for line in lines)  # (the page break is inside the label)
    want_cells, want = compare.expected(text)
    got_cells, got = compare.observed(out)
    assert compare.cell_differences(want_cells, got_cells) == []
    assert compare.finding_differences(want, got) == []
