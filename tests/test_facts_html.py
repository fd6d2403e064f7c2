"""A web page's report title and publication time: what the HTML reader picks among <title>,
<h1>, <meta name="ArticleTitle">, og:title, navigation bars and breadcrumbs, and what the
P702 and S104 rules make of it. Pages invented here; invented agencies only."""
import html as htmllib

import pytest

from govlint.config import from_dict
from govlint.run.engine import Settings, lint_file
from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse
from govlint.layout.documents import read  # a file's blocks, rendered
from govlint.testing import make_registry

TITLE = "示例镇人民政府2024年政府信息公开工作年度报告"
SETTINGS = Settings.make(from_dict({"select": ["S104", "P"]}), make_registry())


def article(fixture_text, closing=True) -> str:
    """The fixture report (without its title line) as a web article: tab rows become a <table>."""
    lines = fixture_text("tabs_2024.txt").splitlines()[1:]
    if not closing:
        lines = lines[:-2]
    out, rows = [], []
    for line in lines + [""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{htmllib.escape(c)}</td>" for c in r) + "</tr>"
                                           for r in rows) + "</table>")
            rows = []
        if line.strip():
            out.append(f"<p>{htmllib.escape(line)}</p>")
    return '<div class="content">' + "\n".join(out) + "</div>"


def page(fixture_text, head="", before="", closing=True, after="") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body>"
            f"{before}{article(fixture_text, closing)}{after}</body></html>")


def facts_of(tmp_path, text, name="p.html"):
    p = tmp_path / name
    p.write_text(text, "utf-8")
    doc = read(p)
    return extract_facts(parse(doc.text, str(p), doc.source)), doc, p


NAVBAR = '<div class="top">首页 | 政务公开 | 新闻中心 | 互动交流</div>'
CRUMB = ('<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; '
         '<span>{}</span></div>')
RELATED = ('<div class="related"><h3>相关阅读</h3><ul><li><a href="/2023">示例镇人民政府2023年政府信息公开工作年度报告</a>'
           '<span>发布时间：2024-01-20</span></li></ul></div>')


def test_h1_before_the_article_not_the_navigation_bar(tmp_path, fixture_text):
    f, doc, _ = facts_of(tmp_path, page(fixture_text, before=NAVBAR + f"<h1>{TITLE}</h1>"))
    assert doc.text.splitlines()[0] == TITLE
    assert (f.title, f.agency, f.year) == (TITLE, "示例镇人民政府", 2024)


def test_navigation_bar_alone_is_not_the_title(tmp_path, fixture_text):
    f, doc, p = facts_of(tmp_path, page(fixture_text, before=NAVBAR))
    assert "首页" not in f.title and f.title == ""
    assert not lint_file(str(p), SETTINGS).diagnostics  # S104 quiet: the page may hide its title


def test_article_title_meta_when_the_page_shows_none(tmp_path, fixture_text):
    head = f'<title>示例镇人民政府门户网站</title><meta name="ArticleTitle" content="{TITLE}">'
    f, _, _ = facts_of(tmp_path, page(fixture_text, head=head, before=NAVBAR))
    assert (f.title, f.agency) == (TITLE, "示例镇人民政府")


def test_og_title_and_page_title_without_the_site_name(tmp_path, fixture_text):
    f, _, _ = facts_of(tmp_path, page(fixture_text, head=f'<meta property="og:title" content="{TITLE}">'))
    assert f.title == TITLE
    f, _, _ = facts_of(tmp_path, page(fixture_text, head=f"<title>{TITLE}_示例镇人民政府门户网站</title>"))
    assert f.title == TITLE
    f, _, _ = facts_of(tmp_path, page(fixture_text, head=f"<title>示例镇人民政府门户网站 - {TITLE}</title>"))
    assert f.title == TITLE
    f, _, _ = facts_of(tmp_path, page(fixture_text, head=f"<title>{TITLE}-示例镇人民政府</title>"))
    assert f.title == TITLE


def test_breadcrumb_last_item_is_the_title(tmp_path, fixture_text):
    f, doc, _ = facts_of(tmp_path, page(fixture_text, before=CRUMB.format(TITLE)))
    assert doc.text.splitlines()[0] == TITLE
    assert (f.title, f.agency) == (TITLE, "示例镇人民政府")


def test_breadcrumb_without_the_title_is_nothing(tmp_path, fixture_text):
    f, doc, _ = facts_of(tmp_path, page(fixture_text, before=CRUMB.format("年度报告") + f"<h2>{TITLE}</h2>"))
    assert doc.text.splitlines()[0] == TITLE and f.title == TITLE


def test_column_heading_without_a_year_gives_way_to_the_meta(tmp_path, fixture_text):
    head = f'<meta name="ArticleTitle" content="{TITLE}">'
    f, _, _ = facts_of(tmp_path, page(fixture_text, head=head, before="<h2>政府信息公开年度报告</h2>"))
    assert f.title == TITLE


def test_previous_and_next_are_not_the_title(tmp_path, fixture_text):
    before = "<div>上一篇：示例镇人民政府2023年政府信息公开工作年度报告</div>"
    f, _, _ = facts_of(tmp_path, page(fixture_text, before=before))
    assert f.title == ""


def test_links_to_other_reports_are_not_the_title(tmp_path, fixture_text):
    f, doc, _ = facts_of(tmp_path, page(fixture_text, before=RELATED))
    assert "2023年" not in doc.text.splitlines()[0] and f.title == ""


def test_title_inside_the_article_is_not_repeated(tmp_path, fixture_text):
    text = page(fixture_text, before=f'<div class="x"><div class="content"><h1>{TITLE}</h1>') \
        .replace("</body>", "</div></div></body>")
    f, doc, _ = facts_of(tmp_path, text)
    assert doc.text.count(TITLE) == 1 and f.title == TITLE


def test_year_first_title_in_h1(tmp_path, fixture_text):
    title = "2024年样例市人民政府办公室政府信息公开工作年度报告"
    f, _, p = facts_of(tmp_path, page(fixture_text, before=f"<h1>{title}</h1>"))
    assert (f.agency, f.year) == ("样例市人民政府办公室", 2024)
    assert not [d for d in lint_file(str(p), SETTINGS).diagnostics if d.code == "S104"]


# -- the publication time --------------------------------------------------------------------------

@pytest.mark.parametrize("meta, published", [
    ('<div class="info">发布时间：2025-03-05 10:20 来源：示例镇</div>', "2025-03-05"),
    ('<div class="info"><span>发布日期：</span><span>2025年3月5日</span></div>', "2025-03-05"),
    ('<div class="info"><span>发布时间：</span>2025-03-05</div>', "2025-03-05"),
    ('<div class="info">日期：2025-03-05 来源：示例镇</div>', "2025-03-05"),  # (a bare 日期 key, real48c)
    ('<div class="info">成文日期：2025-03-05</div>', None),  # (the document's date, not the page's)
    ("", None),
])
def test_publication_time_on_the_page(tmp_path, fixture_text, meta, published):
    _, doc, _ = facts_of(tmp_path, page(fixture_text, before=RELATED + f"<h1>{TITLE}</h1>" + meta))
    assert doc.source.get("published") == published  # never the related link's 2024-01-20


def test_publication_time_from_meta_pubdate(tmp_path, fixture_text):
    _, doc, _ = facts_of(tmp_path, page(fixture_text, head='<meta name="PubDate" content="2025-01-20 09:00">',
                                        before=f"<h1>{TITLE}</h1>"))
    assert doc.source["published"] == "2025-01-20"


def _p702(tmp_path, fixture_text, when, closing):
    text = page(fixture_text, before=f'<h1>{TITLE}</h1><div class="info">发布时间：{when}</div>', closing=closing)
    _, _, p = facts_of(tmp_path, text)
    return [(d.code, d.span.line if d.span else None, d.message)
            for d in lint_file(str(p), SETTINGS).diagnostics if d.code == "P702"]


def test_late_page_without_closing_date(tmp_path, fixture_text):
    assert _p702(tmp_path, fixture_text, "2025-03-05", closing=False) == [
        ("P702", 1, "网页发布时间2025年3月5日晚于发布期限2025年1月31日（报告没有落款日期）")]


@pytest.mark.parametrize("when, closing", [
    ("2025-03-05", True),    # the closing date (2025年1月20日) is what counts
    ("2025-01-20", False),   # in time
    ("2026-03-05", False),   # two years on: a re-posting or a site move more likely than the report
])
def test_publication_time_quiet(tmp_path, fixture_text, when, closing):
    assert _p702(tmp_path, fixture_text, when, closing) == []


@pytest.mark.parametrize("furniture", [
    "<p>首页 | 政务公开 | 新闻中心</p><p>当前位置：首页 &gt; 政务公开</p>",
    "<div><a>首页</a><a>政务公开</a><a>新闻中心</a></div>",
    "<p>政务公开 新闻中心 互动交流 办事服务</p>",
])
def test_navigation_inside_the_article_is_never_the_title(tmp_path, fixture_text, furniture):
    text = page(fixture_text).replace('<div class="content">', '<div class="content">' + furniture, 1)
    f, _, p = facts_of(tmp_path, text)
    assert f.title == "" and f.agency == ""
    assert not lint_file(str(p), SETTINGS).diagnostics


def test_navigation_inside_the_article_with_the_title_in_the_page_title(tmp_path, fixture_text):
    text = page(fixture_text, head=f"<title>{TITLE}_示例镇人民政府</title>").replace(
        '<div class="content">', '<div class="content"><p>首页 | 政务公开 | 新闻中心</p>', 1)
    f, doc, _ = facts_of(tmp_path, text)
    assert doc.text.splitlines()[:2] == [TITLE, "首页｜政务公开｜新闻中心"]
    assert (f.title, f.agency, f.title_span.line) == (TITLE, "示例镇人民政府", 1)
