"""A plugin format can add tables: they bind by their declared layout and markers (no table ids
in the binder), their relations are checked by the same engine, and `govlint parse` shows them.

The invented province requires two supplementary tables in section 六: 表五 (a matrix: new-media
accounts by platform) and 表六 (one row of numbers: open-day events)."""
from pathlib import Path

import pytest

from govlint.binder.bind import bind
from govlint.outputs.parsed import dump_bound
from govlint.formats.spec import ColumnSpec, Label, Relation, RowSpec, TableSpec, Term
from govlint.layout import vocabulary
from govlint.syntax.parser import parse
from govlint.plugin import Rule, failures, hookimpl, variant
from govlint.testing import lint, make_registry

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def _col(key, text):
    return ColumnSpec(key, Label(text))


MEDIA = TableSpec(
    key="表五", title="政务新媒体情况", section=6, layout="matrix", markers=("平台类型",),
    columns=(_col("accounts", "账号数量"), _col("posts", "本年发布信息条数"), _col("explained", "其中政策解读条数")),
    rows=(RowSpec("weibo", Label("政务微博")), RowSpec("wechat", Label("政务微信")),
          RowSpec("video", Label("政务短视频"))),
)
OPEN_DAYS = TableSpec(
    key="表六", title="政府开放日活动情况", section=6, layout="single_row", markers=("活动场次",),
    columns=(_col("events", "活动场次"), _col("visitors", "参与人数"), _col("proposals", "收集意见建议"),
             _col("adopted", "已采纳")),
    rows=(RowSpec("data", Label("")),),
)
RELATIONS = (
    Relation("t5-explained", "X903", "表五", ("*.posts",), ("*.explained",), over="rows", op=">=",
             text="本年发布信息条数 ≥ 其中政策解读条数", text_en="posts ≥ of which explanations"),
    Relation("t6-adopted", "X904", "表六", ("data.proposals",), ("data.adopted",), op=">=",
             label="开放日", label_en="open days", text="收集意见建议 ≥ 已采纳", text_en="proposals ≥ adopted"),
)
PROVINCE = variant("2021", tables=(MEDIA, OPEN_DAYS), extra_relations=RELATIONS)


class _Bound(Rule):
    severity = "warning"
    summary = summary_en = what = why = basis = example = fix = "x"

    def check(self, ctx):
        for inst in failures(ctx.bound, self.code):
            yield ctx.diag(self, inst.total.span, f"{self.code} 不成立", f"{self.code} fails",
                           location=ctx.cell_location(inst.total))


class Explained(_Bound):
    code, name = "X903", "explained-exceeds-posts"


class Adopted(_Bound):
    code, name = "X904", "adopted-exceeds-proposals"


class Province:
    @staticmethod
    @hookimpl
    def govlint_formats():
        return [PROVINCE]

    @staticmethod
    @hookimpl
    def govlint_rules():
        return [Explained, Adopted]


SUPPLEMENT = ("平台类型\t账号数量\t本年发布信息条数\t其中政策解读条数\n"
              "政务微博\t2\t120\t30\n政务微信\t1\t200\t45\n政务短视频\t1\t15\t3\n\n"
              "活动场次\t参与人数\t收集意见建议\t已采纳\n4\t200\t12\t5\n")
REPORT = CLEAN.replace("本年度未收取信息处理费。\n", "本年度未收取信息处理费。\n" + SUPPLEMENT)


def _bound(text):
    formats = {"2021": PROVINCE}
    return bind(parse(text, "r.txt", vocab=vocabulary(formats)), formats)


def test_a_matrix_table_of_a_plugin_format_binds():
    t5 = _bound(REPORT).tables["表五"]
    assert t5.status == "bound" and t5.section == 6
    assert {(r, c): cell.value for r, row in t5.rows.items() for c, cell in row.cells.items()} == {
        ("weibo", "accounts"): 2, ("weibo", "posts"): 120, ("weibo", "explained"): 30,
        ("wechat", "accounts"): 1, ("wechat", "posts"): 200, ("wechat", "explained"): 45,
        ("video", "accounts"): 1, ("video", "posts"): 15, ("video", "explained"): 3}


def test_a_single_row_table_of_a_plugin_format_binds_beside_table_four():
    bound = _bound(REPORT)
    assert [c.value for c in bound.tables["表六"].rows["data"].cells.values()] == [4, 200, 12, 5]
    # 表四's numbers did not go into 表六, nor 表六's into 表四
    assert [c.value for c in bound.tables["表四"].rows["data"].cells.values()][:5] == [1, 0, 0, 1, 2]


def test_parse_shows_the_added_tables():
    dumped = dump_bound(_bound(REPORT))
    assert dumped["tables"]["表五"]["rows"]["wechat"]["cells"]["posts"]["value"] == 200
    assert dumped["tables"]["表六"]["rows"]["data"]["cells"]["adopted"]["value"] == 5


@pytest.mark.parametrize("old, new, code, line", [
    ("政务微信\t1\t200\t45", "政务微信\t1\t40\t45", "X903", 72),
    ("4\t200\t12\t5", "4\t200\t12\t15", "X904", 76),
])
def test_the_added_tables_relations_are_checked_by_the_engine(old, new, code, line):
    registry = make_registry(Province)
    assert [d.code for d in lint(REPORT, ["X"], registry=registry).diagnostics] == []
    found = lint(REPORT.replace(old, new), ["X"], registry=registry).diagnostics
    assert [(d.code, d.span.line) for d in found] == [(code, line)]


def test_a_report_without_the_province_tables_is_told_they_are_missing():
    found = lint(CLEAN, ["C201"], registry=make_registry(Province)).diagnostics
    assert [d.message for d in found] == ["缺少表五（政务新媒体情况）", "缺少表六（政府开放日活动情况）"]


def test_the_label_index_is_the_formats_own_warm_or_cold():
    """The binder's label index is kept per set of format objects: a plugin's variant that reuses
    the built-in id binds by its own labels, and the built-in binds by its own after it — the same
    as a cold start, in either order."""
    from govlint.binder import bind as bind_report
    from govlint.binder.bind import _INDEX_CACHE
    from govlint.formats import BUILTIN_FORMATS

    local = variant("2021", aliases={"表三.public_interest": ["社会组织"]})
    text = CLEAN.replace("社会公益组织", "社会组织")

    def outdated(formats):
        report = parse(text, "r.txt", vocab=vocabulary(formats))
        return [n.found for n in bind_report(report, formats).notes if n.kind == "outdated"]

    _INDEX_CACHE.clear()
    cold_builtin = outdated(dict(BUILTIN_FORMATS))
    _INDEX_CACHE.clear()
    cold_local = outdated({**BUILTIN_FORMATS, "2021": local})
    assert cold_builtin == ["社会组织"] and cold_local == []
    # warm, both orders
    assert outdated({**BUILTIN_FORMATS, "2021": local}) == cold_local
    assert outdated(dict(BUILTIN_FORMATS)) == cold_builtin
    assert outdated({**BUILTIN_FORMATS, "2021": local}) == cold_local
