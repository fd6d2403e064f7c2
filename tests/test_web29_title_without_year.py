"""A site's article page whose title (its ``<h1>``, the ``<title>``) names the agency but not the year,
the article opening with a table of contents (目录) before its first section. The reader took only a
title with a year from outside the article, so it gave none; the report's first lines were then the
目录's, and the last of them ("六、其他需要报告的事项") was taken for the title: S104 said that line
lacked a year and "政府信息公开工作年度报告", and the agency was read as "六、其他需要". Now a title from
the page that names its agency is the report's title when no candidate has a year, and the page
reads as its .txt source with that title: one S104, the year missing. A column heading that names no
agency ("政府信息公开年度报告") is still not a title. Invented agencies only.
"""
from govlint.checks.registry import load
from govlint.config import Config
from govlint.readers import TextBlock
from govlint.run.engine import Settings, lint_file
from test_html_serialised import _both as both_ways

SETTINGS = Settings.make(Config(), load(builtins_only=True))
AGENCY = "示例市示例区示例街道办事处"
CONTENTS = ["目录", "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
SECTIONS = [("一、总体情况", "2025年，示例街道扎实做好政府信息公开工作。"),
            ("二、主动公开政府信息情况", "本年度主动公开政府信息120条。"),
            ("三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。"),
            ("四、政府信息公开行政复议、行政诉讼情况", "本年度未发生行政复议、行政诉讼。"),
            ("五、存在的主要问题及改进情况", "公开内容还不够全面，下一步将加强公开。"),
            ("六、其他需要报告的事项", "本年度未收取信息处理费。")]


def _page(h1: str) -> bytes:
    body = "".join(f"<p>{t}</p>" for t in CONTENTS)
    body += "".join(f"<p>{h}</p><p>{t}</p>" for h, t in SECTIONS)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{h1}</title></head><body>'
            f'<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>'
            f'<div class="bt"><h1>{h1}</h1></div><div class="xx">发布时间：2026-01-16 来源：{AGENCY}</div>'
            f'<div class="zw"><p>根据《中华人民共和国政府信息公开条例》，编制本报告。本报告所列数据的统计期限自'
            f'2025年1月1日起至2025年12月31日止。</p>{body}<p>{AGENCY}</p><p>2026年1月16日</p></div>'
            f"</body></html>").encode("utf-8")


def test_site_page_title_without_year_over_a_table_of_contents_is_the_title(tmp_path, monkeypatch):
    title = f"{AGENCY}政府信息公开工作年度报告"
    fast, slow, _ = both_ways(_page(title), monkeypatch)
    assert fast == slow
    assert [b.text for b in fast.own_blocks if isinstance(b, TextBlock)][:3] == [
        title, "根据《中华人民共和国政府信息公开条例》，编制本报告。本报告所列数据的统计期限自2025年1月1日起至"
        "2025年12月31日止。", "目录"]
    path = tmp_path / "report.html"
    path.write_bytes(_page(title))
    got = [(d.code, (d.span.line, d.span.column) if d.span else None, d.message)
           for d in lint_file(str(path), SETTINGS).diagnostics
           if d.code.startswith("S")]  # (the tables are left out of this page: C201 ×3)
    assert got == [("S104", (1, 1), f"报告标题“{title}”缺少年份")]
    # a column heading naming no agency is no title: the reader gives none
    fast, slow, _ = both_ways(_page("政府信息公开年度报告"), monkeypatch)
    assert fast == slow
    assert fast.own_blocks[0].text.startswith("根据《中华人民共和国政府信息公开条例》")
