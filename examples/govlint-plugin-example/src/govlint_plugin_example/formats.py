"""A province-style supplementary table, as format data: 表五 政务新媒体情况.

Some provinces ask for tables of their own after the national three. Here the invented 青禾市
adds 表五 to section 六: new-media accounts by platform, with how many items each published and
how many of those were 政策解读. The table is data — its layout, its head word, its rows and
columns — so govlint's binder reads it like the official tables, ``govlint parse`` shows it, and
its arithmetic (解读 cannot exceed what was published) is a relation checked by govlint's own
engine. The format has its own id: a user chooses it with ``format-version = "qinghe-2021"``.
"""
from __future__ import annotations

from govlint.plugin import ColumnSpec, Label, Relation, RowSpec, TableSpec, variant


def _col(key: str, text: str) -> ColumnSpec:
    return ColumnSpec(key, Label(text))


MEDIA = TableSpec(
    key="表五",
    title="政务新媒体情况",
    section=6,
    layout="matrix",
    markers=("平台类型",),  # the head's first cell: where the table starts
    columns=(_col("accounts", "账号数量"), _col("posts", "本年发布信息条数"),
             _col("explained", "其中政策解读条数")),
    rows=(RowSpec("weibo", Label("政务微博")), RowSpec("wechat", Label("政务微信")),
          RowSpec("video", Label("政务短视频"))),
)

#: per platform: the 政策解读 items are part of what was published
EXPLAINED = Relation("qinghe-media-explained", "X903", "表五", ("*.posts",), ("*.explained",), over="rows",
                     op=">=", text="本年发布信息条数 ≥ 其中政策解读条数",
                     text_en="items published ≥ of which policy explanations")

FORMAT = variant("2021", id="qinghe-2021", name="国办公开办函〔2021〕30号 + 青禾市补充表（示例）",
                 tables=(MEDIA,), extra_relations=(EXPLAINED,))
