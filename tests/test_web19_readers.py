"""The web-page reader's fixes of round 19, each named after the layout it reads, with the case it
reads and the case it must leave alone; both readings of a page (the marked reading and the element
walk) give the same blocks. Pages invented here; invented agencies only.

- invisible characters inside numbers and words (zero-width spaces, U+FEFF, soft hyphens, word
  joiners): a browser shows nothing, so "1\u200b3" is 13, not "1 3" (an unreadable cell);
- anti-copy junk in runs hidden by the page's own style sheet (``.hid{display:none}``) or by a
  zero font size: never read; a block a class hides (a tab a script shows) and a rule for print
  only are left alone;
- a table typed in paragraphs with ``&nbsp;`` runs between its cells: the runs are kept for the
  layout, which splits the cells (they were collapsed to nothing between two Chinese words);
- the report twice on a page (an 无障碍 copy): read once; a second text that differs is no copy;
- the files a page attaches (附件：….xls): named in ``source["attachments"]``; a list of other
  years' reports is not one.
"""
import re

from hypothesis import given, settings, strategies as st

from govlint.config import Config
from govlint.checks.registry import load
from govlint.readers import TableBlock, TextBlock
from govlint.readers import html as H
from govlint.run.engine import Settings, lint_file
from test_html_serialised import _both as both_ways

TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"
SETTINGS = Settings.make(Config(), load(builtins_only=True))


def _page(body: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head>'
            f"<body><div class='zw'><h1>{TITLE}</h1><p>一、总体情况</p>{body}</div></body></html>").encode("utf-8")


def _read(data: bytes, monkeypatch):
    """The document, after checking that the element walk reads the page alike."""
    fast, slow, _ = both_ways(data, monkeypatch)
    assert fast == slow
    return fast


def _cells(doc):
    return [[c.text for c in r] for b in doc.own_blocks if isinstance(b, TableBlock) for r in b.rows]


def _lines(doc):
    return [b.text for b in doc.own_blocks if isinstance(b, TextBlock)]


# -- invisible characters ---------------------------------------------------------------------------

def test_invisible_characters_inside_numbers_are_nothing(monkeypatch):
    row = "".join(f"<td>{v}</td>" for v in ("规章", "1\u200b3", "\ufeff0", "1\u00ad2", "2\u20600", "\u200c7"))
    doc = _read(_page(f"<table><tr>{row}</tr></table><p>全年\u200b主动公开310条。</p>"), monkeypatch)
    assert _cells(doc) == [["规章", "13", "0", "12", "20", "7"]]
    assert "全年主动公开310条。" in _lines(doc)


def test_visible_separators_inside_numbers_stay(monkeypatch):
    """A middle dot or a space a person sees is no invisible character: the cell stays as written."""
    row = "".join(f"<td>{v}</td>" for v in ("规章", "1·3", "1 3"))
    doc = _read(_page(f"<table><tr>{row}</tr></table>"), monkeypatch)
    assert _cells(doc) == [["规章", "1·3", "1 3"]]


# -- hidden junk ----------------------------------------------------------------------------------------

_SHEET = "<style>.hid{display:none} /* .shown{display:none} */ @media print{.noprint{display:none}}</style>"


def test_runs_hidden_by_the_pages_style_sheet_are_not_read(monkeypatch):
    row = ('<td>规<span class="hid">来源</span>章</td><td>1<span class="a hid">9</span>2</td>'
           '<td><font style="font-size:0px">9</font>0</td><td>3<span style="font-size: 0">9</span></td>')
    doc = _read(_page(f'<table><tr>{row}</tr></table><p>全年<span class="hid">某网</span>公开。</p>', _SHEET),
                monkeypatch)
    assert _cells(doc) == [["规章", "12", "0", "3"]]
    assert "全年公开。" in _lines(doc)


def test_what_a_page_shows_is_read(monkeypatch):
    """Left alone: a block hidden by a class (a script shows it: a tab's content), a class hidden
    only in print or in a comment, a container of zero font size whose runs set their own."""
    body = ('<div class="hid"><p>（一）主动公开。全年公开310条。</p></div>'
            '<p>（二）<span class="noprint">依申请</span><span class="shown">公开</span>。</p>'
            '<div style="font-size:0"><span style="font-size:14px">（三）政府信息管理。</span></div>')
    doc = _read(_page(body, _SHEET), monkeypatch)
    assert _lines(doc)[-3:] == ["（一）主动公开。全年公开310条。", "（二）依申请公开。", "（三）政府信息管理。"]


# -- tables typed with &nbsp; runs -------------------------------------------------------------------

def test_table_typed_in_paragraphs_with_nbsp_runs_keeps_its_cells(tmp_path):
    body = ("<p>二、主动公开政府信息情况</p><p>第二十条第（五）项</p>"
            "<p>信息内容&nbsp;&nbsp;&nbsp;&nbsp;本年处理决定数量</p><p>行政许可&nbsp;&nbsp;&nbsp;&nbsp;120</p>"
            "<p>第二十条第（六）项</p><p>信息内容\u3000\u3000本年处理决定数量</p>"
            "<p>行政处罚\u3000\u300035</p><p>行政强制\u3000\u30002</p>")
    path = tmp_path / "typed.html"
    path.write_bytes(_page(body))
    from govlint.layout.documents import read
    text = read(path).text
    assert "信息内容\t本年处理决定数量\n行政许可\t120" in text
    assert "信息内容\t本年处理决定数量\n行政处罚\t35\n行政强制\t2" in text
    assert not [d for d in lint_file(str(path), SETTINGS).diagnostics if d.code == "V502"]


def test_prose_with_nbsp_runs_stays_one_paragraph(tmp_path, monkeypatch):
    """Runs of typed spaces inside prose, or leading it, leave its words as they were."""
    body = ("<p>\u3000\u3000一是公开内容&nbsp;&nbsp;的解读不够深入。&nbsp;&nbsp;下一步将加强政策解读。</p>"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;2025年1月20日</p>")
    doc = _read(_page(body), monkeypatch)
    assert _lines(doc)[-2:] == ["一是公开内容\u00a0\u00a0的解读不够深入。\u00a0\u00a0下一步将加强政策解读。",
                                "2025年1月20日"]
    path = tmp_path / "prose.html"
    path.write_bytes(_page(body))
    from govlint.layout.documents import read
    lines = read(path).text.split("\n")
    assert "一是公开内容的解读不够深入。下一步将加强政策解读。" in lines and "2025年1月20日" in lines


# -- the report twice ---------------------------------------------------------------------------------

_REPORT = ("<p>一、总体情况</p><p>本年度主动公开310条。</p><p>二、主动公开政府信息情况</p>"
           "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>"
           "<p>三、收到和处理政府信息公开申请情况</p><p>无。</p>")


def _twice(second: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="main">'
            f"<h1>{TITLE}</h1><div>{_REPORT}</div><div class='wza'><p>无障碍阅读</p><h1>{TITLE}</h1>"
            f"<div>{second}</div></div></div></body></html>").encode("utf-8")


def test_report_printed_twice_for_an_accessible_reading_is_read_once(monkeypatch):
    doc = _read(_twice(_REPORT), monkeypatch)
    assert _lines(doc) == [TITLE, "一、总体情况", "本年度主动公开310条。", "二、主动公开政府信息情况",
                           "三、收到和处理政府信息公开申请情况", "无。"]
    assert len(_cells(doc)) == 2


def test_second_text_that_differs_is_no_copy(monkeypatch):
    """A second text with one number changed is not the same report: both are read."""
    doc = _read(_twice(_REPORT.replace("310", "311")), monkeypatch)
    assert _lines(doc).count("一、总体情况") == 2 and len(_cells(doc)) == 4


# -- attachments --------------------------------------------------------------------------------------

def test_files_the_page_attaches_are_named(monkeypatch):
    body = ('<p>附件：<a href="/u/2025/ndbb.xls">2024年政府信息公开工作年度报表.xls</a></p>'
            '<p><a href="/u/2025/P0201.xlsx?t=1">附件2</a></p>')
    after = ('<div class="fj"><a href="/u/2025/biao.et">统计表</a></div>'
             '<div class="xglj"><p>相关链接</p><ul><li><a href="/u/2024/bg.pdf">2023年政府信息公开工作年度报告.pdf</a>'
             '</li></ul></div><p>上一篇：<a href="/u/2023/bg.doc">2022年报告.doc</a></p>')
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="main">'
            f"<div class='zw'><h1>{TITLE}</h1><p>一、总体情况</p>{body}</div>{after}</div></body></html>")
    doc = _read(page.encode("utf-8"), monkeypatch)
    assert doc.source["attachments"] == ("2024年政府信息公开工作年度报表.xls", "附件2（P0201.xlsx）", "统计表（biao.et）")


def test_a_page_without_attachments_says_nothing(monkeypatch):
    """Links to other pages, and other years' reports in a list, are no attachment."""
    page = _page('<p>详见<a href="/zwgk/2023.html">上年报告</a>。</p>'
                 '<ul><li><a href="/u/2024/bg.pdf">2023年政府信息公开工作年度报告.pdf</a></li></ul>')
    doc = _read(page, monkeypatch)
    assert "attachments" not in doc.source


# -- the platform's furniture closing the article ------------------------------------------------------

def _closing(tail: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="nr">'
            f"<div class='bt'>{TITLE}</div><p>一、总体情况</p><p>本年度主动公开310条。</p>"
            "<p>二、主动公开政府信息情况</p><table><tr><td>信息内容</td><td>本年制发件数</td></tr>"
            "<tr><td>规章</td><td>0</td></tr></table><p class='MsoListParagraph'>样例镇人民政府</p>"
            f"<p>2025年3月2日</p>{tail}</div></body></html>").encode("utf-8")


_FURNITURE = ('<div class="dy"><a href="javascript:window.print()">打印本页</a> <a href="#">关闭窗口</a></div>'
              '<p>上一篇：<a href="/a/1.html">样例镇人民政府2023年政府信息公开工作年度报告</a></p>'
              '<p>下一篇：<a href="/a/3.html">样例镇人民政府2025年政府信息公开工作年度报告</a></p>'
              '<div class="xglj"><div>相关链接</div><ul><li><a href="/a/0.html">2022年年度报告</a>'
              '<span>2023-01-13</span></li></ul></div><p>&nbsp;</p>')


def test_platform_furniture_after_the_signature_is_not_the_report(monkeypatch):
    """打印本页/关闭窗口, 上一篇/下一篇 and a 相关链接 list with its dates in the text's own
    container: not read, so the signature's date stays the report's last (it was 2023-01-13)."""
    doc = _read(_closing(_FURNITURE), monkeypatch)
    assert _lines(doc)[-2:] == ["样例镇人民政府", "2025年3月2日"]


def test_the_reports_own_last_lines_stay(monkeypatch):
    """An attachment line, a paragraph of a Word list (class MsoListParagraph) and the signature
    are the report's, after furniture or not."""
    tail = ('<p>附件：<a href="/u/ndbb.xls">年度报表.xls</a></p>'
            '<p class="MsoListParagraph">联系电话：0000-0000000</p>')
    doc = _read(_closing(tail + _FURNITURE), monkeypatch)
    assert _lines(doc)[-4:] == ["样例镇人民政府", "2025年3月2日", "附件：年度报表.xls", "联系电话：0000-0000000"]


# -- what is a page -------------------------------------------------------------------------------------

def test_page_opening_with_an_xml_declaration_is_a_page(tmp_path):
    """XHTML pages of many CMSs open with ``<?xml …?>`` and a DOCTYPE; others with a <script> before
    <html>: both are web pages (they were read as plain text: "not a report")."""
    from govlint.readers import read
    body = _page("<p>本年度主动公开310条。</p>").decode("utf-8").split("<html>", 1)[1]
    for name, opening in (("x.html", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC '
                                     '"-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html>'),
                          ("x.htm", "\n<script>var a = 1;</script>\n<html>"),
                          ("x.doc", '\ufeff<?xml version="1.0"?><html>')):
        path = tmp_path / name
        path.write_text(opening + body, "utf-8")
        doc = read(path)
        assert doc.source["kind"] == "html" and "一、总体情况" in [b.text for b in doc.own_blocks]


def test_text_opening_with_an_xml_declaration_is_no_page(tmp_path):
    from govlint.readers import read
    path = tmp_path / "x.txt"
    path.write_text('<?xml version="1.0"?>\n<report>一、总体情况</report>\n', "utf-8")
    assert read(path).source["kind"] == "text"


def test_a_list_of_the_reports_own_items_at_its_end_stays(monkeypatch):
    """Word's list numbering saved as a web page: 六's items an <ol> after the signature's place."""
    doc = _read(_closing('<ol><li>本年度未收取信息处理费。</li><li>详见<a href="/x.html">说明</a>。</li></ol>'),
                monkeypatch)
    assert _lines(doc)[-2:] == ["本年度未收取信息处理费。", "详见说明。"]


def test_pictures_after_the_signature_stay(monkeypatch):
    """The tables printed as pictures after the signature (附表) are no furniture."""
    from govlint.lexicon.marks import IMAGE
    doc = _read(_closing('<p><img src="/u/biao3.png"></p><p>&nbsp;</p>' + _FURNITURE), monkeypatch)
    assert _lines(doc)[-2:] == ["2025年3月2日", IMAGE]


def test_table_typed_with_emsp_runs_keeps_its_cells(tmp_path):
    """``&emsp;`` runs (an editor's typed spacing) between cells, as ``&nbsp;`` runs."""
    body = ("<p>二、主动公开政府信息情况</p><p>第二十条第（五）项</p>"
            "<p>信息内容&emsp;&emsp;本年处理决定数量</p><p>行政许可&emsp;&emsp;120</p>")
    path = tmp_path / "typed.html"
    path.write_bytes(_page(body))
    from govlint.layout.documents import read
    assert "信息内容\t本年处理决定数量\n行政许可\t120" in read(path).text


def test_files_the_page_shows_embedded_are_named(monkeypatch):
    """A PDF viewer in a frame, an <embed> of a spreadsheet: the files it shows are attachments."""
    body = ('<p>统计表如下：</p><iframe src="/pdfjs/web/viewer.html?file=%2Fu%2F2025%2Fnbbg.pdf" width="100%">'
            '</iframe><embed src="/u/2025/biao.xlsx" type="application/vnd.ms-excel">'
            '<iframe src="/zwgk/video.html"></iframe>')
    doc = _read(_page(body), monkeypatch)
    assert doc.source["attachments"] == ("nbbg.pdf", "biao.xlsx")


def test_style_sheet_rules_are_read_in_one_pass():
    """The page's rules as a browser takes them: comments and at-rules' blocks (print only, fonts)
    left out, a rule left open at the end skipped; braces that never close cost one pass (a
    pattern that backtracked took seconds on 16,000 of them)."""
    from govlint.readers.html import _css_rules
    sheet = ("/* .x{display:none} */ .hid { display: none } @media print{.noprint{display:none} .y{a:b}} "
             "span.k,.m{visibility:hidden} @font-face{font-family:x} .z{color:red} .q{a{b} .open{display:none")
    assert _css_rules(sheet) == [(" .hid ", " display: none "), (" span.k,.m", "visibility:hidden"),
                                 (" .z", "color:red"), (" .q", "a{b")]
    assert _css_rules("{" * 100_000 + "x" * 100_000) == []
    assert _css_rules("/*" * 100_000) == []


# -- the platform's furniture opening the article --------------------------------------------------------

_RAIL = ('<div class="xglj" style="float:right"><div>相关链接</div><ul>'
         '<li><a href="/a/0.html">样例镇人民政府2021年政府信息公开工作年度报告</a><span>2022-01-13</span></li>'
         '<li><a href="/a/1.html">样例镇人民政府2022年政府信息公开工作年度报告</a><span>2023-01-13</span></li></ul></div>')


def _opening(head: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="nr">{head}'
            "<p>一、总体情况</p><p>本年度主动公开310条。</p><p>二、主动公开政府信息情况</p>"
            "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>"
            "</div></body></html>").encode("utf-8")


def test_rail_of_other_years_reports_before_the_text_is_not_the_report(monkeypatch):
    """A 相关链接 rail written before the text in its container: its first link was the title."""
    doc = _read(_opening(_RAIL + f"<div class='bt'>{TITLE}</div>"), monkeypatch)
    assert _lines(doc)[:2] == [TITLE, "一、总体情况"]


def test_title_written_as_a_link_opening_the_text_stays(monkeypatch):
    """The title as a link (its own page's address) and an opening sentence with a link stay."""
    head = (f'<h1><a href="/a/2.html">{TITLE}</a></h1>'
            '<p>根据<a href="/tl.html">《中华人民共和国政府信息公开条例》</a>要求，编制本报告。</p>')
    doc = _read(_opening(_RAIL + head), monkeypatch)
    assert _lines(doc)[:3] == [TITLE, "根据《中华人民共和国政府信息公开条例》要求，编制本报告。", "一、总体情况"]


# -- ASP.NET pages, struck-out text ------------------------------------------------------------------

def test_aspx_page_inside_its_form_is_read(monkeypatch):
    """An ASP.NET page is all inside <form id="form1">: it was dropped whole ("no report")."""
    body = ('<form name="form1" method="post" action="./c.aspx" id="form1"><input type="hidden" '
            'name="__VIEWSTATE" value="/wEPDwUKLTk0"><div class="ss"><input type="text" value="请输入关键字">'
            f'<button>搜索</button></div><div class="zw"><h1>{TITLE}</h1><p>一、总体情况</p><p>本年度主动公开310条。</p>'
            "<table><tr><td>信息内容</td><td>本年制发件数</td></tr></table></div></form>")
    doc = _read(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode("utf-8"), monkeypatch)
    assert _lines(doc) == [TITLE, "一、总体情况", "本年度主动公开310条。"]


def test_text_struck_out_is_not_read(monkeypatch):
    """Word's page of a report with tracked changes: the deleted value struck out before the new."""
    row = ('<td>规章</td><td><del cite="mailto:x" datetime="2025-01-10T09:00">20</del><ins>13</ins></td>'
           '<td><s>9</s>0</td><td><strike>5</strike><u>4</u></td>')
    doc = _read(_page(f"<table><tr>{row}</tr></table><p>全年<del>公开300条，</del>公开310条。</p>"), monkeypatch)
    assert _cells(doc) == [["规章", "13", "0", "4"]]
    assert "全年公开310条。" in _lines(doc)


def test_text_struck_out_by_style_is_not_read(monkeypatch):
    """An editor's strikethrough button writes a style, not <del>: the struck value is not read;
    an underline is no strike."""
    row = ('<td>规章</td><td><span style="text-decoration: line-through;">20</span>13</td>'
           '<td><span style="text-decoration:underline">4</span></td>')
    doc = _read(_page(f"<table><tr>{row}</tr></table>"), monkeypatch)
    assert _cells(doc) == [["规章", "13", "4"]]


#: the typed gap as one expression, as it was first written (each character of a text tried by it)
_GAP_AS_ONE_PATTERN = re.compile(r"(?<=[^\s\ue000-\ue00f])[ \t\r\n]*(?:[\u00a0\u3000\u2002\u2003][ \t\r\n]*){2,}"
                                 r"(?=[^\s\ue000-\ue00f])")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\r\n\u00a0\u3000\u2002\u2003\u2009\u3001\ue00a\ue001ab信息0", max_size=40))
def test_a_typed_gap_is_found_as_the_one_expression_found_it(text):
    """_gaps_kept finds a run by its first typed space and looks at its ends in Python (a pattern
    opening with optional whitespace is tried at every character of a page's flow): the same
    runs, the same text."""
    assert H._gaps_kept(text) == _GAP_AS_ONE_PATTERN.sub(H._GAP, text)
