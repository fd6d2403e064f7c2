"""Word 97-2003 (.doc), WPS, RTF and Word 2003 XML reports are read through LibreOffice, and give what the same
report saved as .docx gives: many reports are published as .doc attachments, and a supervisor's
folder of them must not be "0 files, all clean". Without LibreOffice each gets one clear error.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import docx_styles, sources  # noqa: E402
from harness.libreoffice import soffice  # noqa: E402

from govlint.cli import main  # noqa: E402
from govlint.run.engine import walked_suffixes  # noqa: E402

needs_soffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """The defective invented report as .docx, and LibreOffice's .doc and .rtf of it."""
    d = tmp_path_factory.mktemp("legacy")
    docx = docx_styles.write_docx(sources.defects(), docx_styles.BY_NAME["grid"], d / "示例县.docx")
    if soffice() is None:
        return {"docx": docx}
    out = {"docx": docx}
    for ext, filt in (("doc", "doc:MS Word 97"), ("rtf", "rtf:Rich Text Format"), ("xml", "xml:MS Word 2003 XML")):
        subprocess.run([soffice(), f"-env:UserInstallation={(d / 'profile').as_uri()}", "--headless", "--norestore",
                        "--convert-to", filt, "--outdir", str(d / ext), str(docx)], capture_output=True, timeout=240)
        out[ext] = d / ext / f"示例县.{ext}"
        assert out[ext].exists()
    return out


def _json(capsys, path) -> tuple:
    code = main(["check", str(path), "--format", "json", "--isolated"])
    out = capsys.readouterr().out
    return code, [(d["code"], d["message"]) for d in json.loads(out)["findings"]]


@needs_soffice
@pytest.mark.parametrize("ext", ["doc", "rtf", "xml"])
def test_an_old_word_file_gives_the_findings_of_its_docx(capsys, saved, ext):
    """(Word 2003's XML document, saved as .xml, is known by its content: read as plain text, its tables were
    markup and each a C201, voices54d.)"""
    code, findings = _json(capsys, saved[ext])
    want_code, want = _json(capsys, saved["docx"])
    assert {c for c, _ in want} >= {"A301", "A303", "C203"}  # (the defects are there to find)
    assert (code, findings) == (want_code, want)


@needs_soffice
def test_a_folder_of_doc_reports_is_walked_with_two_jobs(capsys, saved, tmp_path):
    for i in range(3):
        (tmp_path / f"报告{i}.doc").write_bytes(saved["doc"].read_bytes())
    code = main(["check", str(tmp_path), "--isolated", "--no-source", "-j", "2", "--statistics"])
    out = capsys.readouterr().out
    assert code == 1 and "检查了 3 个文件" in out and "无法" not in out


def test_the_walk_claims_doc_wps_and_rtf():
    assert {".doc", ".wps", ".rtf"} <= set(walked_suffixes())


@pytest.mark.parametrize("lang, said", [
    ("zh", "这是旧版 Word 97-2003（.doc）、WPS 或 RTF 文件，需要 LibreOffice 才能读取，但没有找到 soffice；"
           "请安装 LibreOffice（或用环境变量 GOVLINT_SOFFICE 指明），或把文件另存为 .docx 后再检查"),
    ("en", "this is an old Word 97-2003 (.doc), WPS or RTF file, which needs LibreOffice to be read, and soffice "
           "was not found; install LibreOffice (or name it in $GOVLINT_SOFFICE), or save the file as .docx and "
           "check that"),
])
def test_without_libreoffice_one_clear_error(capsys, monkeypatch, tmp_path, lang, said):
    monkeypatch.setenv("GOVLINT_SOFFICE", "no-such-soffice-here")
    doc = tmp_path / "a.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    code = main(["check", str(doc), "--isolated", "--lang", lang])
    out, err = capsys.readouterr()
    assert code == 2 and said in out + err and "Traceback" not in out + err


@needs_soffice
def test_a_damaged_doc_is_one_clear_error_and_the_rest_is_checked(capsys, tmp_path):
    """(LibreOffice reads what it cannot recognise as plain text: no report in it.)"""
    doc = tmp_path / "坏.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    good = tmp_path / "好.txt"
    good.write_text(sources.clean(), "utf-8")
    code = main(["check", str(tmp_path), "--isolated", "--no-source"])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in out + err
    assert out + err == ("2 个文件中 1 个无法检查，其余 1 个没有发现问题。\n"
                         f"{doc}: 错误：这个文件看起来不是政府信息公开工作年度报告（没有编号的章节、统计表格或标题）；请确认它是报告\n")


def test_a_failed_conversion_is_one_clear_error(capsys, monkeypatch, tmp_path):
    """LibreOffice that writes nothing (here: ``false``, a real program that fails at once)."""
    monkeypatch.setenv("GOVLINT_SOFFICE", "false")
    doc = tmp_path / "a.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    code = main(["check", str(doc), "--isolated"])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in out + err
    assert (f"{doc}: 错误：LibreOffice 无法把这个旧版 Word/WPS/RTF 文件转换为 .docx（exit status 1）；"
            "请在 Word 或 WPS 中另存为 .docx 后再检查") in out + err


@needs_soffice
def test_a_conversion_past_the_time_limit_is_stopped_with_its_processes(capsys, saved, tmp_path, monkeypatch):
    """LibreOffice does not outlive the file's time limit: its whole process group is killed
    (a soffice.bin left behind would hold the profile for the next file). The conversion's
    folder is made under this test's own, so only this test's processes are looked for (other
    runs on the machine convert too)."""
    import subprocess as sp
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    doc = tmp_path / "慢.doc"
    doc.write_bytes(saved["doc"].read_bytes() + b"\0" * 7)  # (its own bytes: not in the reader cache)
    code = main(["check", str(doc), "--isolated", "--timeout", "0.3"])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in out + err
    assert "0.3" in out + err
    left = sp.run(["pgrep", "-f", f"{tmp_path}/govlint-doc-"], capture_output=True, text=True).stdout.split()
    assert left == []


@needs_soffice
def test_annotate_writes_the_comments_into_a_docx_of_the_doc(capsys, saved, tmp_path):
    """Staff who write in WPS and save .doc get their findings as comments all the same, in a
    .docx copy (a .doc cannot hold them as written)."""
    import docx
    code, findings = _json(capsys, saved["doc"])
    out = tmp_path / "批注.doc"
    assert main(["annotate", str(saved["doc"]), "-o", str(out), "--isolated"]) == 1
    _, err = capsys.readouterr()
    written = out.with_suffix(".docx")
    assert not out.exists() and written.exists()
    comments = [c.text for c in docx.Document(str(written)).comments]
    assert len(comments) == len(findings) and err.startswith(f"govlint: {written}: {len(findings)} 条批注")
    assert sorted(c.split(" ", 1)[0] for c in comments) == sorted(code for code, _ in findings)
