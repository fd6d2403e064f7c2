"""The voices16 reports (tests/harness/voices.py, VOICES16): what the table and structure rules
must not misread — an agency whose level its name gives only to a careful reader (样例市样例区教育局,
a district's bureau, county-level; 样例市县乡公路管理处, a city's body whose 县乡 is its subject; a
banner's bureau), 表三 printed by a narrow column's template (本年新收, 上年结转, 结转下年度, 危及三安全,
（六）'s items cut short, ① for 1., half-width brackets, 其它), a table broken over pages (the page
number, the head repeated, a row repeated in full-width digits or with "-" for its zeros), sections
numbered 1. to 6. and a seventh of the agency's own. Each clean one gives no finding, as written and
as every text copy degrades it; each seeded defect gives exactly its finding."""
import sys
from pathlib import Path

import pytest

from govlint.binder.facts import extract_facts
from govlint.syntax.parser import parse
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness import text_forms, voices  # noqa: E402
from harness.sources import _replace  # noqa: E402


@pytest.mark.parametrize("form", ["as-written"] + sorted(text_forms.FORMS))
@pytest.mark.parametrize("voice", sorted(voices.VOICES16))
def test_a_clean_voice_gives_no_finding(voice, form):
    result = text_forms.lint_in_form(voices.VOICES16[voice](), form)
    assert [(d.code, d.message) for d in result.diagnostics] == []
    assert [e.message for e in result.errors] == []  # (a copy govlint refuses to read is no clean copy)


_C205 = ("表二“规章”行{}，但标题中的机关“{}”是县级（{}），无权制定规章"
         "（规章只由国务院部门和省、自治区、直辖市、设区的市、自治州人民政府制定），应为0")
_FIVE = "5.存在的主要问题及改进情况\n（1）存在的问题\n草原补奖政策解读不够通俗。\n（2）改进措施\n下一步用蒙汉双语制作政策图解。\n"

#: (voice, the words changed, what they become, code, line, column, message)
DEFECTS = [
    ("district-bureau", "规章\t0\t0\t0", "规章\t0\t0\t2", "C205", 16, 8,
     _C205.format("“现行有效件数”2", "样例市样例区教育局", "样例市样例区")),
    ("district-bureau", "\n三、收到和处理政府信息公开申请情况\n", "\n", "S101", 59, 1, "缺少第三部分“三、收到和处理政府信息公开申请情况”"),
    ("road-office", "本年废止件数", "本年度止件数", "V502", 15, 13, "表二列名“本年度止件数”应为“本年废止件数”"),
    ("road-office", "样例市县乡公路管理处\n2025年1月20日", "样例市县乡公路管理处\n2025年2月20日", "P702", 72, 1,
     "落款日期2025年2月20日晚于发布期限2025年1月31日"),
    ("narrow-columns", "社会公益组织", "社会组织", "V501", 32, 13, "表三列名“社会组织”是旧格式或非官方写法，2021年格式为“社会公益组织”"),
    ("narrow-columns", "4.保护第三方合法权益", "4.保护第三方合法权力", "V502", 40, 1,
     "表三行名“4.保护第三方合法权力”应为“4.保护第三方合法权益”"),
    ("narrow-columns", "规章\t0\t0\t0", "规章\t1\t0\t1", "C205", 16, 4,
     _C205.format("“本年制发件数”1、“现行有效件数”1", "样例县统计局", "样例县")),
    ("paged", "4.保护第三方合法权益\t１\t０\t０\t０\t０\t０\t１", "4.保护第三方合法权益\t２\t０\t０\t０\t０\t０\t２", "C207", 45, 1,
     "表三“4.保护第三方合法权益”行出现了两次，数字不同：第一次为“1 0 0 0 0 0 1”，这一次为“２ ０ ０ ０ ０ ０ ２”；其他检查采用第一次的数字"),
    ("paged", "8.属于行政查询事项\t-\t-\t-\t-\t-\t-\t-", "8.属于行政查询事项\t-\t-\t1\t-\t-\t-\t1", "C207", 50, 1,
     "表三“8.属于行政查询事项”行出现了两次，数字不同：第一次为“0 0 0 0 0 0 0”，这一次为“- - 1 - - - 1”；其他检查采用第一次的数字"),
    ("arabic-seventh", "\n3.收到和处理政府信息公开申请情况\n", "\n", "S101", 58, 1, "缺少第三部分“三、收到和处理政府信息公开申请情况”"),
    ("arabic-seventh", "规章\t0\t0\t0", "规章\t1\t0\t1", "C205", 16, 4,
     _C205.format("“本年制发件数”1、“现行有效件数”1", "样例盟样例旗农牧局", "样例盟样例旗")),
    ("arabic-seventh", _FIVE + "\n6.其他需要报告的事项\n", _FIVE.replace("及改进情况", "、改进情况及其他需要报告的事项"), "S103", 65, 1,
     "标题“5.存在的主要问题、改进情况及其他需要报告的事项”把第五、六部分合在一起；官方格式中“六、其他需要报告的事项”是单独的部分，"
     "应为“五、存在的主要问题及改进情况”"),
]


@pytest.mark.parametrize("voice, old, new, code, line, column, message", DEFECTS,
                         ids=[f"{d[0]}:{d[3]}:{d[2][:12]}" for d in DEFECTS])
def test_a_seeded_defect_gives_exactly_its_finding(voice, old, new, code, line, column, message):
    text = _replace(voices.VOICES16[voice](), [(old, new)])
    found = [(d.code, d.span.line, d.span.column, d.message) for d in lint(text).diagnostics]
    assert found == [(code, line, column, message)]


def test_every_voice_has_seeded_defects():
    counts = {v: sum(1 for d in DEFECTS if d[0] == v) for v in voices.VOICES16}
    assert all(2 <= n <= 3 for n in counts.values()), counts


#: the level each voice's name gives (None: not certain from the name, C205 quiet)
LEVELS = {"district-bureau": "县级", "road-office": None, "narrow-columns": "县级", "paged": "县级",
          "arabic-seventh": "县级"}


@pytest.mark.parametrize("voice", sorted(voices.VOICES16))
def test_the_voices_level_is_read_from_the_name(voice):
    f = extract_facts(parse(voices.VOICES16[voice](), "report.txt"))
    assert f.agency_level == LEVELS[voice]


def test_the_voices_say_what_they_claim():
    t = {name: make() for name, make in voices.VOICES16.items()}
    assert "规章\t0\t0\t2" in t["road-office"] and t["road-office"].startswith("样例市县乡公路管理处2024年")
    assert "行政规范性\n文件\t3" in t["district-bureau"]
    assert all(s in t["narrow-columns"] for s in ("一、本年新收\t", "二、上年结转\t", "四、结转下年度\t", "3.危及三安全\t",
                                                  "①属于国家秘密", "(二)部分公开(区分处理的)\t", "3.其它\t"))
    assert "- 2 -\n（本列数据的勾稽关系为" in t["paged"] and "\t１\t０" in t["paged"] and "\t-\t-\t-" in t["paged"]
    assert "\n1.总体情况\n" in t["arabic-seventh"] and "\n7.其他事项\n" in t["arabic-seventh"]
