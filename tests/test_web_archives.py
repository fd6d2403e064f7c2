"""Web archives (.mht): Word's "single file web page", which many sites serve under a .doc name,
reads as the page it holds — it was "not a report" when served as .doc.

The archives are made by Python's ``email`` package, as Word writes them: a multipart/related
message whose first part is the page (quoted-printable UTF-8, or base64 GB2312), then its pictures.
"""
from __future__ import annotations

import json
import sys
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import sources, web_pages  # noqa: E402

from govlint.cli import main  # noqa: E402
from govlint.run.engine import walked_suffixes  # noqa: E402

PAGE = web_pages.word_page(sources.defects())


def _archive(page: str, charset: str = "utf-8", encoding: str = "quoted-printable", with_page: bool = True) -> bytes:
    import email.charset
    m = MIMEMultipart("related")
    m.preamble = "This document is a Single File Web Page, also known as a Web Archive file."
    if with_page:
        cs = email.charset.Charset(charset)
        cs.body_encoding = email.charset.QP if encoding == "quoted-printable" else email.charset.BASE64
        part = MIMEText(page.replace('charset="utf-8"', f'charset="{charset}"'), "html", cs)
        part["Content-Location"] = "file:///C:/report.htm"
        m.attach(part)
    m.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\0" * 32, "png"))
    return m.as_bytes()


def _findings(capsys, path):
    code = main(["check", str(path), "--format", "json", "--isolated"])
    out = capsys.readouterr().out
    return code, [(d["code"], d["message"]) for d in json.loads(out)["findings"]]


@pytest.mark.parametrize("name", ["报告.mht", "报告.mhtml", "报告.doc"])
@pytest.mark.parametrize("charset, encoding", [("utf-8", "quoted-printable"), ("gb2312", "base64")])
def test_an_archive_gives_the_findings_of_its_page(capsys, tmp_path, name, charset, encoding):
    page = tmp_path / "报告.html"
    page.write_text(PAGE, "utf-8")
    want = _findings(capsys, page)
    assert want[0] == 1 and {c for c, _ in want[1]} >= {"A301", "A303", "C203"}
    archive = tmp_path / name
    archive.write_bytes(_archive(PAGE, charset, encoding))
    assert _findings(capsys, archive) == want


def test_an_archive_without_a_page_is_one_clear_error(capsys, tmp_path):
    archive = tmp_path / "空.mht"
    archive.write_bytes(_archive(PAGE, with_page=False))
    assert main(["check", str(archive), "--isolated"]) == 2
    out, err = capsys.readouterr()
    assert f"{archive}: 错误：这个网页档案（MHT，Word 的“单个文件网页”）中没有网页部分；请在 Word 中另存为 .docx 后再检查" in out + err


def test_the_walk_finds_archives():
    assert {".mht", ".mhtml"} <= set(walked_suffixes())


def test_a_text_report_that_opens_with_a_colon_line_is_still_text():
    """(Only a MIME message's head is an archive: a report whose first line is "标题: …" is not.)"""
    from govlint.readers.mht import MhtReader
    assert not MhtReader().sniff("发布机关: 示例镇人民政府\n示例镇人民政府2024年政府信息公开工作年度报告\n".encode())
    assert not MhtReader().sniff(b"MIME-Version: 1.0\nContent-Type: text/plain\n\nhello")
    assert MhtReader().sniff(_archive(PAGE)[:2048])
