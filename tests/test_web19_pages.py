"""Every invented report, published as more sites' CMSs and editors publish it
(tests/harness/web_pages19.py), binds as its source does and gives exactly its findings; a page
that really lacks its tables gives one finding per table saying why, and nothing that depends on
them.

Why: govlint meets pages of layouts it has never seen; each misreading is a false alarm or a
cascade of them (a 集约化 platform's furniture in the article's container, a WeChat article's
nested sections, a table cut into a table a row, invisible characters inside numbers, anti-copy
junk in hidden runs, tables typed with ``&nbsp;`` runs, the report twice for an 无障碍 reading).
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.compare import cell_differences, expected, finding_differences, observed  # noqa: E402
from harness.sources import all_sources  # noqa: E402
from harness.web_pages19 import PAGES19, WITHOUT_TABLES  # noqa: E402

SOURCES = all_sources()
_reference = {}


def _want(source):
    if source not in _reference:
        _reference[source] = expected(SOURCES[source])
    return _reference[source]


@pytest.mark.parametrize("page", sorted(PAGES19))
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_web19_page_matches_source(tmp_path, source, page):
    want_cells, want_findings = _want(source)
    path = tmp_path / f"{source}-{page}.html"
    path.write_text(PAGES19[page](SOURCES[source]), "utf-8")
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


_TABLES = {"表二": "主动公开政府信息情况", "表三": "收到和处理政府信息公开申请情况",
           "表四": "政府信息公开行政复议、行政诉讼情况"}


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_tables_published_as_pictures_are_one_c200_for_all(tmp_path, source):
    """Each statistical table a picture: one C200 naming the three tables and their pictures (unread
    for one cause, told of once, as tables under bare headings or in an attachment are), the
    findings of the prose kept, none that depends on a table (no A30x, C203, N601 against nothing)."""
    _, want_findings = _want(source)
    path = tmp_path / f"{source}-pictures.html"
    path.write_text(WITHOUT_TABLES["pictures"](SOURCES[source]), "utf-8")
    _, got = observed(path)
    pictured = [f for f in got if f[0] == "C200"]
    assert len(pictured) == 1
    message = pictured[0][5]
    assert message.startswith("表二、表三、表四无法可靠读取：第二、三、四部分里都没有表格的文字，只有图片（第")
    assert "表格可能以图片形式发布" in message
    assert sorted(f for f in got if f[0] != "C200") == sorted(f for f in want_findings if not f[2])


@pytest.mark.parametrize("source", ["clean", "defects", "trial2020"])
def test_tables_in_an_attachment_are_named_by_the_page(tmp_path, source):
    """The tables in a spreadsheet the page links (附件：….xls): the reader names the attachment
    (``source["attachments"]``) for the binder."""
    from govlint.layout.documents import read
    path = tmp_path / f"{source}-attachment.html"
    path.write_text(WITHOUT_TABLES["attachment"](SOURCES[source]), "utf-8")
    year = "2020" if source == "trial2020" else "2024"
    assert read(path).source["attachments"] == (f"{year}年政府信息公开工作年度报表.xls",)


def test_tables_in_an_attachment_are_one_c200_for_all(tmp_path):
    """One C200 naming the attachment for the three tables (one cause, said once), no C201 "缺少表三"
    (the tables are published, in a file govlint does not read), nothing that depends on them."""
    path = tmp_path / "clean-attachment.html"
    path.write_text(WITHOUT_TABLES["attachment"](SOURCES["clean"]), "utf-8")
    _, got = observed(path)
    assert [(f[0], f[2]) for f in got] == [("C200", "表二")]
    assert got[0][5] == ("表二、表三、表四无法可靠读取：正文里没有这些表，报告附有附件“2024年政府信息公开工作"
                         "年度报表.xls”：表格可能在附件中发布，无法读取其中的数字；这些表的完整性、数值和勾稽关系检查未进行")


def test_the_pages_carry_what_they_claim():
    """The layouts are really there (else the comparisons above prove nothing)."""
    text = SOURCES["clean"]
    platform = PAGES19["platform"](text)
    for sign in ("当前位置：", "【字体：", "打印本页", "关闭窗口", "浏览次数", "上一篇：", "下一篇：", "相关链接",
                 "<thead>", "<th", "<colgroup>", "2023年政府信息公开工作年度报告"):
        assert sign in platform
    assert "<nav" not in platform
    wechat = PAGES19["wechat"](text)
    assert wechat.count("<section") > 40 and '<span leaf="">' in wechat and "rich_media_title" in wechat
    rows = PAGES19["rows-as-tables"](text)
    assert rows.count("<table") > 30 and "rowspan" in rows  # (the heads keep their merges)
    assert PAGES19["head-apart"](text).count("<table") == 5
    pieces = PAGES19["cells-in-pieces"](text)
    for ch in ("\u200b", "\ufeff", "\u00ad", "\u2060", "\u200c", "\u3000"):
        assert ch in pieces
    hidden = PAGES19["hidden-bits"](text)
    assert ".hid { display: none }" in hidden and 'class="hid"' in hidden and "font-size:0px" in hidden
    assert "DISPLAY: none" in hidden
    typed = PAGES19["text-tables"](text)
    assert "<table" not in typed and "信息内容&nbsp;&nbsp;&nbsp;&nbsp;本年处理决定数量" in typed
    assert "<pre>" in PAGES19["pre-tables"](text) and "<table" not in PAGES19["pre-tables"](text)
    assert PAGES19["twice"](text).count("一、总体情况") == 2
    assert '<form name="form1"' in PAGES19["aspx-form"](text) and "__VIEWSTATE" in PAGES19["aspx-form"](text)
    assert PAGES19["tracked-changes"](text).count("<del") > 20
    assert PAGES19["word-list-numbering"](text).count("<![if !supportLists]>") == 11
    flat = PAGES19["platform-flat"](text)
    assert 'class="zw"' not in flat and flat.index("相关链接") > flat.index("六、其他需要报告的事项")
    rail = PAGES19["platform-rail-first"](text)
    assert rail.index("相关链接") < rail.index("一、总体情况")
    assert PAGES19["one-paragraph"](text).count("<br>") > 40
    assert PAGES19["units-in-cells"](text).count('<td style="display:none">') > 40 and "13件" in \
        PAGES19["units-in-cells"](text)
    assert WITHOUT_TABLES["pictures"](text).count("<img") == 3
    assert "<table" not in WITHOUT_TABLES["attachment"](text)


@pytest.mark.parametrize("page", ["platform-flat", "hidden-bits", "twice", "cells-in-pieces", "text-tables"])
def test_web19_page_in_a_web_archive_served_as_doc(tmp_path, page):
    """The same pages saved as a single-file web archive and served under a .doc name (GB18030,
    base64): the archive reader hands its page to the web-page reader, which reads it alike."""
    from test_web_archives import _archive
    want_cells, want_findings = _want("defects")
    path = tmp_path / f"defects-{page}.doc"
    path.write_bytes(_archive(PAGES19[page](SOURCES["defects"]), charset="gb18030", encoding="base64"))
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


def _blink_archive(outer: str, frame: str) -> bytes:
    """Chromium's "Save page as… single file" (MHTML) of a site page whose text is in a frame:
    its head as Blink writes it, the site's page first, the frame's document after it."""
    import quopri
    qp = lambda s: quopri.encodestring(s.encode("utf-8")).decode("ascii")
    b = "----MultipartBoundary--w19--"
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example.gov.cn/zwgk/1.html\r\n"
            "Subject: =?utf-8?Q?=E5=B9=B4=E6=8A=A5?=\r\nDate: Thu, 16 Jan 2025 09:30:00 +0800\r\n"
            f'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{b}"\r\n\r\n'
            f"--{b}\r\nContent-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://www.example.gov.cn/zwgk/1.html\r\n\r\n"
            f"{qp(outer)}\r\n--{b}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
            f"{qp(frame)}\r\n--{b}--\r\n").encode("ascii")


def test_browser_archive_of_a_page_whose_text_is_in_a_frame(tmp_path):
    """The site's page (navigation, an <iframe>) is the archive's first HTML part and holds no
    report; the frame's document after it does, and is read (it was "no report on this page")."""
    outer = ('<html><head><meta charset="utf-8"><title>政府信息公开</title></head><body><div class="nav">'
             '<a href="/">首页</a> <a href="/zwgk/">政务公开</a></div><iframe src="cid:frame-1@mhtml.blink">'
             "</iframe><div>主办单位：示例</div></body></html>")
    want_cells, want_findings = _want("defects")
    path = tmp_path / "defects-frame.mht"
    path.write_bytes(_blink_archive(outer, PAGES19["platform"](SOURCES["defects"])))
    got_cells, got_findings = observed(path)
    assert cell_differences(want_cells, got_cells) == []
    assert finding_differences(want_findings, got_findings) == []


def test_browser_archive_without_a_report_says_so_once(tmp_path):
    """No part holds a report: the first part's error, once."""
    from govlint.readers import ReadError, messages, read
    page = '<html><body><p>通知公告</p></body></html>'
    path = tmp_path / "none.mht"
    path.write_bytes(_blink_archive(page, page))
    with pytest.raises(ReadError) as err:
        read(path)
    assert str(err.value) == str(ReadError(messages.page_without_report()))
