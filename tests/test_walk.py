"""A directory walk finds every file a reader claims: the built-in readers' extensions (.xhtml,
.shtml, .htm, .docm, .text besides .txt, .html, .docx, .pdf) and those of a plugin's reader.

Before, the walk had its own list of five extensions, so a folder of .xhtml, .docm or
plugin-read files was checked as "0 files, all clean" with exit 0.
"""
import base64
import json
import sys
import textwrap
from pathlib import Path

import pytest

from govlint.checks import registry as host
from govlint.cli import main
from govlint.run.engine import NOT_WALKED, collect_files, walked_suffixes
from govlint.readers import builtin_readers

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES / "generators"))
import report_formats as rf  # noqa: E402

CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
# one wrong 总计 in 表三: every report below has exactly one A303 (and A301, A302 in its column)
BAD = CLEAN.replace("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14")

B64_READER = '''
import base64
import re
from govlint.plugin import Document, hookimpl


class Base64Reader:
    name = "base64"
    extensions = (".b64",)

    def sniff(self, head):
        return re.fullmatch(rb"[A-Za-z0-9+/=\\s]+", head) is not None

    def read(self, path, data):
        return Document(base64.b64decode(data).decode("utf-8"), {"kind": "text"})


@hookimpl
def govlint_readers():
    return [Base64Reader()]
'''


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """reports/ with the report in every built-in extension the old list missed, plus a
    README.md, a LICENSE and a .b64 file that only the plugin reads."""
    monkeypatch.chdir(tmp_path)
    installed = host._entry_points  # only govlint's own installed plugins: the same on every machine
    monkeypatch.setattr(host, "_entry_points", lambda: [t for t in installed() if t[0] == host.BUILTIN_DIST])
    d = tmp_path / "reports"
    (d / "sub").mkdir(parents=True)
    page = rf.html_page(rf.blocks(BAD)).encode("gbk")
    for name in ("a.xhtml", "b.htm", "sub/c.shtml"):
        (d / name).write_bytes(page)
    pytest.importorskip("docx")
    rf.write_docx(rf.blocks(BAD), d / "d.docm")
    (d / "e.text").write_text(BAD, encoding="utf-8")
    (d / "f.b64").write_bytes(base64.b64encode(BAD.encode("utf-8")))
    (d / "README.md").write_text("# 年度报告\n\n这里是说明，不是报告。\n", encoding="utf-8")
    (d / "LICENSE").write_text("MIT\n", encoding="utf-8")
    (tmp_path / "b64.py").write_text(textwrap.dedent(B64_READER), encoding="utf-8")
    return d


def _files(folder: Path, readers=()) -> list:
    return [str(Path(p).relative_to(folder)) for p in collect_files([str(folder)], readers=readers)]


def test_the_walk_takes_every_extension_a_builtin_reader_claims():
    claimed = {e for r in builtin_readers() for e in r.extensions}
    assert set(walked_suffixes()) == claimed - set(NOT_WALKED)
    assert {".xhtml", ".shtml", ".htm", ".docm", ".txt", ".pdf"} <= set(walked_suffixes())
    assert ".md" not in walked_suffixes() and "" not in walked_suffixes()


def test_a_folder_is_walked_for_the_builtin_and_the_plugin_extensions(folder):
    builtin = ["a.xhtml", "b.htm", "d.docm", "e.text", "sub/c.shtml"]
    assert _files(folder) == builtin  # no README.md, no LICENSE; .b64 only with its reader

    class B64:
        extensions = (".B64",)  # an extension is matched without regard to case
    assert _files(folder, [B64()]) == ["a.xhtml", "b.htm", "d.docm", "e.text", "f.b64", "sub/c.shtml"]


def test_a_markdown_file_named_on_the_command_line_is_still_checked(folder):
    assert list(collect_files([str(folder / "README.md")])) == [str(folder / "README.md")]


def test_check_reports_every_file_of_the_folder_with_the_plugin_reader(folder, capsys):
    (folder.parent / "govlint.toml").write_text('plugins = ["b64.py"]\n', encoding="utf-8")
    code = main(["check", "reports", "--format", "json", "--select", "A303", "--jobs", "1"])
    out, err = capsys.readouterr()
    doc = json.loads(out)
    assert code == 1, doc["errors"]
    assert [f["path"] for f in doc["files"]] == [
        "reports/a.xhtml", "reports/b.htm", "reports/d.docm", "reports/e.text", "reports/f.b64",
        "reports/sub/c.shtml"]
    assert [(f["path"], f["code"], f["location"]["row_key"], f["location"]["column_key"])
            for f in doc["findings"]] == [
        (f"reports/{name}", "A303", "total", "total")
        for name in ("a.xhtml", "b.htm", "d.docm", "e.text", "f.b64", "sub/c.shtml")]
    assert doc["errors"] == []


def test_without_the_plugin_its_files_are_not_walked(folder, capsys):
    code = main(["check", "reports", "--format", "json", "--select", "A303", "--jobs", "1", "--isolated"])
    doc = json.loads(capsys.readouterr()[0])
    assert code == 1
    assert "reports/f.b64" not in [f["path"] for f in doc["files"]]
    assert doc["summary"]["files"] == 5


def test_a_report_converted_to_markdown_is_walked_a_readme_is_not(folder):
    """A folder of reports converted to Markdown (pandoc, a PDF converter) holds reports; a README.md does
    not: a Markdown file is walked when its first words name 信息公开 and three of a report's first sections
    (voices57m: a folder's eight .md reports were left out without a word)."""
    (folder / "m01.md").write_text("# 示例镇人民政府2024年政府信息公开工作年度报告\n\n## 一、总体情况\n\n…\n\n"
                                   "## 二、主动公开政府信息情况\n\n| 规章 | 0 |\n\n## 三、收到和处理政府信息公开申请情况\n",
                                   encoding="utf-8")
    assert "m01.md" in _files(folder)
    assert "README.md" not in _files(folder)
