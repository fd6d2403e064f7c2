"""Invented sources whose frame is laid out as real offices lay it out (hunt10): the title over
three lines with the agency on a line of its own and the year in Chinese numerals, the period
said as 统计时限, the agency renamed by an institutional reform (the preamble says so), a date in 五
that is not the signature, the signature in Chinese numerals under the agency with the seal's
words between them. ``frame-defects`` is the same report with the statistics' cut-off of the year
before (P701) and signed in February (P702: a county department's deadline is 1月31日).
Nothing here comes from a real report."""
from __future__ import annotations

from .sources import FIXTURES, _replace

_PRE = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求，编制本报告。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。"
_FIVE = "一是公开内容的解读不够深入，二是基层公开栏更新不够及时。下一步将加强政策解读，建立公开栏定期更新台账。"


def frame() -> str:
    """样例县农业农村局's 2024 report (the former 样例县农业局)."""
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    return _replace(text, [
        ("示例镇人民政府2024年政府信息公开工作年度报告", "样例县农业农村局\n二〇二四年度政府信息公开\n工作年度报告"),
        (_PRE, "本报告依据《中华人民共和国政府信息公开条例》编制。机构改革后，原样例县农业局的政府信息公开工作由本局承担。"
               "本报告中所列数据的统计时限自2024年1月1日起至2024年12月31日止。"),
        ("示例镇人民政府坚持", "样例县农业农村局坚持"), ("镇政府网站", "局门户网站"),
        (_FIVE, "一是涉农补贴信息的解读不够通俗，二是基层站所公开栏更新不够及时。"
                "下一步将用图解方式解读惠农政策，并于2025年3月组织全系统政务公开业务培训。"),
        ("示例镇人民政府\n2025年1月20日", "样例县农业农村局\n（印章）\n二〇二五年一月二十日"),
    ])


#: the statistics' cut-off of the year before (P701) and a signature after 1月31日 (P702)
FRAME_DEFECTS = [
    ("本报告中所列数据的统计时限自2024年1月1日起至2024年12月31日止。", "本报告数据统计截止时间为2023年12月31日。"),
    ("二〇二五年一月二十日", "二〇二五年二月十日"),
]


def frame_defects() -> str:
    return _replace(frame(), FRAME_DEFECTS)


SOURCES = {"frame": frame, "frame-defects": frame_defects}
