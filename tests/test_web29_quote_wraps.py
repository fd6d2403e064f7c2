"""Web pages whose source wraps a line beside a Chinese quotation mark (“ ” ‘ ’): a site editor, Word's
"save as web page" and the generated pages (``report_formats.html_page``: a paragraph's source line
broken at its 15th character) wrap the markup anywhere, and a browser draws such a break as nothing
in Chinese text. Between two CJK characters the layout drops the space the break became; the marks
are not CJK characters by their code points, so "公开栏\\n   “示例街道”" was read "公开栏 “示例街道”"
(the .txt source: "公开栏“示例街道”"), and a heading or paragraph that starts or ends with a quoted
phrase differed from its source by that space. Now the break beside a mark is nothing, in the marked
reading and in the element walk alike; a space typed beside a mark on one line stays, and so does a
break between a mark and a Latin word. Invented agencies only.
"""
import sys
from pathlib import Path

from govlint import readers
from govlint.formats import BUILTIN_FORMATS
from govlint.layout import render, vocabulary
from govlint.readers import TableBlock, TextBlock
from govlint.readers import html as H
from test_html_serialised import _both as both_ways

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "generators"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import report_formats as rf  # noqa: E402
from harness import sources  # noqa: E402

TITLE = "示例街道办事处2024年政府信息公开工作年度报告"


def _page(body: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head>'
            f"<body><div class='zw'><h1>{TITLE}</h1><p>一、总体情况</p>{body}"
            f"<p>二、主动公开政府信息情况</p></div></body></html>").encode("utf-8")


def _read(data: bytes, monkeypatch):
    fast, slow, _ = both_ways(data, monkeypatch)
    assert fast == slow  # (the marked reading and the element walk)
    return fast


def _lines(doc):
    return [b.text for b in doc.own_blocks if isinstance(b, TextBlock)]


def _cells(doc):
    return [[c.text for c in r] for b in doc.own_blocks if isinstance(b, TableBlock) for r in b.rows]


def test_site_page_source_wrapped_beside_quotation_marks_reads_no_space(monkeypatch):
    body = ("<p>在街道专栏和社区公开栏\n   “示例街道”政务新媒体发布信息。</p>"
            "<p>加强“政策解读\n”，推进“互联网+政务服务”\r\n  </p>"
            "<p>“放管服”\n   改革持续深化。</p>"
            "<p>（一）\n“互联网+”平台建设。</p>"
            # left alone: a space typed beside a mark on one line, a break beside a Latin word,
            # a break between CJK characters (the layout's to drop)
            "<p>推进 “互联网+政务服务” 平台建设。</p><p>Hello\n“World” again</p><p>全年公开\n  2024年信息。</p>")
    doc = _read(_page(body), monkeypatch)
    assert _lines(doc)[2:9] == ["在街道专栏和社区公开栏“示例街道”政务新媒体发布信息。",
                                "加强“政策解读”，推进“互联网+政务服务”",
                                "“放管服”改革持续深化。",
                                "（一）“互联网+”平台建设。",
                                "推进 “互联网+政务服务” 平台建设。", "Hello “World” again", "全年公开 2024年信息。"]


def test_site_page_cell_wrapped_beside_quotation_mark_reads_no_space(monkeypatch):
    rows = ("<tr><td>信息内容</td><td>本年处理决定数量</td></tr>"
            "<tr><td>3.危及\n      “三安全一稳定”</td><td>0</td></tr>")
    doc = _read(_page(f"<table border='1'>{rows}</table>"), monkeypatch)
    assert _cells(doc) == [["信息内容", "本年处理决定数量"], ["3.危及“三安全一稳定”", "0"]]


def test_joined_only_beside_a_mark():
    assert H._quote_wraps_joined("栏\n “示") == "栏“示"
    assert H._quote_wraps_joined("“\n示”") == "“示”"
    assert H._quote_wraps_joined("示”\n\n政") == "示”政"
    assert H._quote_wraps_joined("‘甲’\n‘乙’") == "‘甲’‘乙’"
    assert H._quote_wraps_joined("示 “甲”") == "示 “甲”"  # (no break: typed)
    assert H._quote_wraps_joined("a\n“b”\nc") == "a\n“b”\nc"  # (Latin beside)
    assert H._quote_wraps_joined("甲\n乙") == "甲\n乙"  # (the layout's to drop)
    assert H._quote_wraps_joined("“\n") == "“\n"


def _rendered(path: Path):
    return render(readers.read(path), vocabulary(BUILTIN_FORMATS)).text.split("\n")


def test_generated_page_paragraph_broken_beside_quotation_mark_renders_as_its_source(tmp_path):
    """The generated pages' layout (rf.html_page): a paragraph longer than 30 characters has its
    source line broken after its 15th character, here beside a quotation mark each time."""
    lines = sources.clean().split("\n")
    said = ["区政府网站街道专栏和社区公开栏“示例街道”政务新媒体发布信息共计五百条",  # (break before “)
            "区政府网站街道专栏和社区公开“示例街道”政务新媒体发布信息共计五百条",  # (after “)
            "区政府网站街道专栏和社区“示例街”道政务新媒体发布信息共计五百条文字",  # (before ”)
            "区政府网站街道专栏和社“示例街道”政务新媒体发布信息共计五百条文字"]  # (after ”)
    text = "\n".join(lines[:3] + said + lines[3:])
    (tmp_path / "source.txt").write_text(text, "utf-8")
    (tmp_path / "page.html").write_bytes(rf.html_page(rf.blocks(text)).encode("gbk"))
    page = _rendered(tmp_path / "page.html")
    for line in said:
        assert line in _rendered(tmp_path / "source.txt")
        assert line in page
