"""A web page printed by a browser on A5 (the harness's ``word-saved-as-web-page`` page of VOICES32's
zone_committee, render32): the site's footer after the report is printed with it, and its contact
line wraps — "主办单位：样例经济开发区管理委员会联系电话：0000-" / "0000000". The closing date was looked
for from the last line up past the footer's lines ("网站标识码：…", "主办单位：…"), but the wrapped rest of
the telephone number, a line of digits, ended the search: no date read, and a late date (2026年2月21日
for a report due 2026年1月31日) lost its P702. A line of only a number's digits and dashes under a
footer's line is that line's rest; a date is none."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from govlint.testing import lint  # noqa: E402
from harness import voices  # noqa: E402
from harness.sources import _replace  # noqa: E402

FOOTER = ("分享到：微信微博\n【打印本页】【关闭窗口】\n"
          "主办单位：样例经济开发区管理委员会联系电话：0000-\n0000000\n网站标识码：0000000000示ICP备00000000号\n")


def _late():
    text = _replace(voices.VOICES32["zone-committee"](),
                    [("样例经济开发区管理委员会\n2026年1月21日", "样例经济开发区管理委员会\n2026年2月21日")])
    return text.rstrip("\n") + "\n" + FOOTER


def test_a_late_date_above_a_footer_whose_telephone_line_wrapped():
    found = [(d.code, d.message) for d in lint(_late()).diagnostics if d.severity != "note"]
    assert found == [("P702", "落款日期2026年2月21日晚于发布期限2026年1月31日")]


def test_a_date_alone_under_the_footer_is_still_no_telephones_rest():
    """"2026-02-21" is digits and dashes too: a date, read as the closing (not skipped as a number's rest)."""
    text = _replace(voices.VOICES32["zone-committee"](),
                    [("样例经济开发区管理委员会\n2026年1月21日", "样例经济开发区管理委员会")])
    text = text.rstrip("\n") + "\n主办单位：样例经济开发区管理委员会\n2026-02-21\n"
    found = [(d.code, d.message) for d in lint(text).diagnostics if d.severity != "note"]
    assert found == [("P702", "落款日期2026年2月21日晚于发布期限2026年1月31日")]
