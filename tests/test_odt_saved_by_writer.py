"""OpenDocument text (.odt), as LibreOffice and WPS save a report, is read through LibreOffice
like a .doc: it gives what the same report saved as .docx gives. Before, an .odt was "a binary
file, not a report" (a NUL byte), and a folder of them was skipped by the walk. Without
LibreOffice each .odt is one clear error naming the format (exit 2), never findings.
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
from govlint.readers import choose, builtin_readers  # noqa: E402
from govlint.run.engine import walked_suffixes  # noqa: E402

needs_soffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """The defective invented report as .docx (narrow table style), and Writer's .odt of it."""
    d = tmp_path_factory.mktemp("odt")
    docx = docx_styles.write_docx(sources.defects(), docx_styles.BY_NAME["narrow"], d / "示例县.docx")
    out = {"docx": docx}
    if soffice() is not None:
        subprocess.run([soffice(), f"-env:UserInstallation={(d / 'profile').as_uri()}", "--headless", "--norestore",
                        "--convert-to", "odt", "--outdir", str(d / "odt"), str(docx)], capture_output=True, timeout=240)
        out["odt"] = d / "odt" / "示例县.odt"
        assert out["odt"].exists()
    return out


def _json(capsys, path) -> tuple:
    code = main(["check", str(path), "--format", "json", "--isolated"])
    out = capsys.readouterr().out
    return code, [(d["code"], d["message"]) for d in json.loads(out)["findings"]]


@needs_soffice
def test_an_odt_gives_the_findings_of_its_docx(capsys, saved):
    code, findings = _json(capsys, saved["odt"])
    want_code, want = _json(capsys, saved["docx"])
    assert {c for c, _ in want} >= {"A301", "A303", "C203"}  # (the defects are there to find)
    assert (code, findings) == (want_code, want)


@needs_soffice
def test_an_odt_named_txt_is_still_read_as_odt(capsys, saved, tmp_path):
    renamed = tmp_path / "示例县.txt"
    renamed.write_bytes(saved["odt"].read_bytes())
    assert _json(capsys, renamed) == _json(capsys, saved["docx"])


def test_the_walk_claims_odt_and_the_doc_reader_sniffs_it():
    assert ".odt" in walked_suffixes()
    head = b"PK\x03\x04" + b"\0" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.text" + b"PK\x03\x04"
    assert choose(Path("a.txt"), head, builtin_readers()).name == "doc"
    # a spreadsheet (.ods) is not a text document: not sniffed as one
    sheet = head.replace(b".text", b".spreadsheet")
    assert choose(Path("a.zip"), sheet, builtin_readers()).name != "doc"


@pytest.mark.parametrize("lang, said", [
    ("zh", "这是 OpenDocument 文本（.odt）文件，需要 LibreOffice 才能读取，但没有找到 soffice；"
           "请安装 LibreOffice（或用环境变量 GOVLINT_SOFFICE 指明），或把文件另存为 .docx 后再检查"),
    ("en", "this is an OpenDocument text (.odt) file, which needs LibreOffice to be read, and soffice was not "
           "found; install LibreOffice (or name it in $GOVLINT_SOFFICE), or save the file as .docx and check that"),
])
def test_without_libreoffice_an_odt_is_one_clear_error(capsys, monkeypatch, tmp_path, lang, said):
    monkeypatch.setenv("GOVLINT_SOFFICE", "no-such-soffice-here")
    odt = tmp_path / "a.odt"
    odt.write_bytes(b"PK\x03\x04" + b"\0" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.text" + b"\0" * 600)
    code = main(["check", str(odt), "--isolated", "--lang", lang])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in out + err
    assert (out + err).count(said) == 1


def test_a_failed_odt_conversion_names_the_odt(capsys, monkeypatch, tmp_path):
    """LibreOffice that writes nothing (``false``, a real program that fails at once)."""
    monkeypatch.setenv("GOVLINT_SOFFICE", "false")
    odt = tmp_path / "a.odt"
    odt.write_bytes(b"PK\x03\x04" + b"\0" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.text" + b"\0" * 600)
    code = main(["check", str(odt), "--isolated"])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in out + err
    assert (f"{odt}: 错误：LibreOffice 无法把这个 OpenDocument（.odt）文件转换为 .docx（exit status 1）；"
            "请另存为 .docx 后再检查") in out + err
