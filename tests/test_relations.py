"""Relations as data: weights, bounds, labels, and one engine for all of A301-A305.

The rule cases (tests/rules/arithmetic.toml) pin the built-in relations' findings; these tests
pin what the data model itself promises: a weighted identity or a bound given by a plugin is
checked and reported by the same engine and the same messages, every word of which comes from
the relation and the official labels.
"""
import re
from decimal import Decimal
from pathlib import Path

import pytest

from govlint.checks.relations import failures, instances
from govlint.binder.bind import bind
from govlint.formats import BUILTIN_FORMATS, Relation, Term, v2019, v2021
from govlint.syntax.parser import parse
from govlint.plugin import hookimpl, variant
from govlint.testing import PluginError, default_registry, lint, make_registry

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
T4_ROW = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"


def _swap(old: str, new: str, text: str = CLEAN) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def _with_relations(*relations: Relation):
    """A plugin that replaces the 2021 format with one whose relations are exactly these."""
    class Province:
        @hookimpl
        def govlint_formats(self):
            return [variant("2021", relations=tuple(relations))]
    return make_registry(Province(), lang="en")


def _bound(text: str):
    return bind(parse(text, "report.txt"), BUILTIN_FORMATS, None)


# -- the built-in data ---------------------------------------------------------------------

def test_every_builtin_relation_is_usable_and_an_instance_over_none_has_a_label():
    for fmt in BUILTIN_FORMATS.values():
        for rel in fmt.relations:
            assert rel.problem() is None, (fmt.id, rel.id)
            if rel.over == "none":  # its cells do not say which group they form
                assert rel.label and rel.label_en, rel.id


def test_a305_is_a_bound_in_the_2021_data_checked_by_the_relation_engine():
    (rel,) = [r for r in v2021.RELATIONS if r.code == "A305"]
    assert (rel.table, rel.op, rel.over, rel.keys) == ("表二", ">=", "rows", ("rules", "normative"))
    assert rel.right == ("*.made", Term("*.repealed", -1))
    rule = default_registry().rules["A305"]
    assert rule.check is default_registry().rules["A301"].check  # no hand-written check of its own


def test_the_2019_format_keeps_its_own_relations():
    """表二 of 2019 counts other things (本年新制作数量 · 本年新公开数量 · 对外公开总数量): no A305;
    its 表三 sums its own result rows ((六)其他处理 is one row)."""
    ids19 = [r.id for r in v2019.RELATIONS]
    assert ids19 == [r.id for r in v2021.RELATIONS if r.table != "表二"]
    assert not any(r.code == "A305" for r in v2019.RELATIONS)
    (results,) = [r for r in v2019.RELATIONS if r.id == "t3-results"]
    assert "other.*" in results.right and "other_1.*" not in results.right


def test_a_2019_report_with_2021_numbers_crossing_the_bound_gets_no_a305():
    text = (FIXTURES / "tabs_2020_trial.txt").read_text("utf-8")
    text = _swap("规范性文件\t2\t2\t15", "规范性文件\t9\t0\t1", text)
    assert lint(text, ["A"]).diagnostics == ()


# -- the engine ----------------------------------------------------------------------------

def test_instance_sums_weights_and_what_the_total_should_be():
    bound = _bound(_swap("行政规范性文件\t3\t1\t12", "行政规范性文件\t3\t1\t1"))
    (rel,) = [r for r in v2021.RELATIONS if r.code == "A305"]
    rules, normative = list(instances(bound, rel))
    assert (rules.over_key, normative.over_key) == ("rules", "normative")
    assert rules.holds and not normative.holds
    assert normative.right_weights == (Decimal(1), Decimal(-1))
    assert (normative.left_sum, normative.right_sum) == (1, 2)
    assert normative.total.column == "valid"
    assert normative.expected == (">=", 2)
    assert [i.over_key for i in failures(bound, "A305")] == ["normative"]


def test_weights_and_expected_given_agree_with_weight_and_expected():
    """The one-pass forms the rules use for a finding give what the per-cell ones give."""
    bound = _bound(_swap("行政规范性文件\t3\t1\t12", "行政规范性文件\t3\t1\t1"))
    for code in ("A301", "A302", "A303", "A304", "A305"):
        for rel in [r for r in v2021.RELATIONS if r.code == code]:
            for inst in instances(bound, rel):
                assert inst.weights() == tuple(inst.weight(c) for c in inst.left + inst.right)
                assert inst.expected_given(inst.left_sum, inst.right_sum) == inst.expected


def test_expected_is_the_value_the_pointed_cell_needs_not_the_other_side():
    """A301 points at 一 (both sides have two cells): 一 must be 9 for 9 + 2 = 10 + 1."""
    bound = _bound(_swap("二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1",
                         "二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2"))
    natural = next(i for i in failures(bound, "A301") if i.over_key == "natural")
    assert (natural.total.row, natural.total.value) == ("new", 10)
    assert natural.expected == ("=", 9)


@pytest.mark.parametrize("rel, problem", [
    (Relation("x", "A301", "表三", ("new.*",), ("total.*",), op="=="), "op '=='"),
    (Relation("x", "A301", "表三", ("new.*",), ("total.*",), over="cols"), "over 'cols'"),
    (Relation("x", "A301", "表三", (), ("total.*",)), "each side needs at least one cell"),
    (Relation("x", "A301", "表三", ("new",), ("total.*",)), "cell 'new'"),
    (Relation("x", "A301", "表三", ("new.*",), (Term("total.*", 0.5),)), "cell 'total.*': weight 0.5"),
])
def test_an_unusable_relation_is_refused_when_the_plugin_loads(rel, problem):
    assert problem in rel.problem()
    with pytest.raises(PluginError, match=re.escape(f"format '2021': relation x: {problem}")):
        _with_relations(rel)


# -- messages from the data ----------------------------------------------------------------

def test_a_weighted_identity_from_a_plugin_is_reported_with_signs_and_official_labels():
    # A301 rearranged: 二 = （七）总计 + 四 − 一
    reg = _with_relations(Relation(
        "carry", "A301", "表三", ("carry.*",), ("total.*", "next.*", Term("new.*", -1)), over="columns",
        keys=("natural",), text="二 = （七）总计 + 四 − 一", text_en="carried = handled + forward − new"))
    text = _swap("二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1",
                 "二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2")
    (d,) = lint(text, ["A301"], registry=reg).diagnostics
    assert d.message == ("表三“自然人”列勾稽关系不成立：二、上年结转政府信息公开申请数量 = 2，而 （七）总计(10) + "
                         "四、结转下年度继续办理(1) − 一、本年新收政府信息公开申请数量(10) = 1，相差 1"
                         "（应满足：二 = （七）总计 + 四 − 一）")
    assert (d.span.line, d.location.row_key, d.location.column_key) == (34, "carry", "natural")
    assert [r.message for r in d.related] == [
        "二、上年结转政府信息公开申请数量 = 2", "（七）总计 = 10", "四、结转下年度继续办理 = 1",
        "一、本年新收政府信息公开申请数量 = 10"]
    assert d.data["weights"] == ["1", "1", "1", "-1"]
    assert (d.data["found"], d.data["expected"], d.data["difference"]) == ("2", "1", "1")
    (en,) = lint(text, ["A301"], registry=reg, lang="en").diagnostics
    assert en.message == ("表三 column “自然人” does not add up: 二、上年结转政府信息公开申请数量 = 2, but （七）总计(10) + "
                          "四、结转下年度继续办理(1) − 一、本年新收政府信息公开申请数量(10) = 1, a difference of 1 "
                          "(expected: carried = handled + forward − new)")


def test_an_upper_bound_from_a_plugin():
    # carried forward cannot exceed what there was to handle: 四 ≤ 一 + 二
    reg = _with_relations(Relation("forward", "A305", "表三", ("next.*",), ("new.*", "carry.*"),
                                   over="columns", keys=("natural", "business"), op="<="))
    text = _swap("四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1", "四、结转下年度继续办理\t1\t5\t0\t0\t0\t0\t6")
    (d,) = lint(text, ["A305"], registry=reg).diagnostics
    assert d.message == ("表三“商业企业”列：四、结转下年度继续办理 5 大于 一、本年新收政府信息公开申请数量 2 + "
                         "二、上年结转政府信息公开申请数量 0 = 2")
    assert d.severity == "warning" and d.location.column_key == "business"
    assert d.data["expected"] == "<= 2" and d.data["op"] == "<="
    (en,) = lint(text, ["A305"], registry=reg, lang="en").diagnostics
    assert en.message.startswith("表三 column “商业企业”: 四、结转下年度继续办理 5 is greater than ")


def test_the_group_is_named_by_the_label_field_not_by_the_display_text():
    """The text may read any way (no "：" to split on): the group is the relation's label."""
    rel = next(r for r in v2021.RELATIONS if r.id == "t4-review")
    reg = _with_relations(rel._replace(text="四项结果之和等于总计", text_en="the four results add up",
                                       label="复议", label_en="administrative review"))
    text = _swap(T4_ROW, T4_ROW.replace("1\t2\t0", "1\t3\t0", 1))
    (d,) = lint(text, ["A304"], registry=reg).diagnostics
    assert d.message.startswith("表四“复议”勾稽关系不成立：行政复议·总计 = 3，而 ")
    assert d.message.endswith("相差 1（应满足：四项结果之和等于总计）")
    (en,) = lint(text, ["A304"], registry=reg, lang="en").diagnostics
    assert en.message.startswith("表四 administrative review does not add up: ")


def test_official_columns_stops_a_relation_when_a_column_label_is_outdated():
    """本年新制作数量 is 2019's name of a column: with official_columns the bound is not checked."""
    text = _swap("行政规范性文件\t3\t1\t12", "行政规范性文件\t3\t1\t1")
    text = _swap("本年制发件数", "本年新制作数量", text)
    assert lint(text, ["A305"]).diagnostics == ()
    (rel,) = [r for r in v2021.RELATIONS if r.code == "A305"]
    reg = _with_relations(rel._replace(official_columns=False))
    assert [d.code for d in lint(text, ["A305"], registry=reg).diagnostics] == ["A305"]
