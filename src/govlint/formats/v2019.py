"""国办公开办函〔2019〕60号: the trial format, used for the reports on 2019 and 2020."""
from __future__ import annotations

from dataclasses import replace

from . import v2021
from .spec import ColumnSpec, FormatSpec, Label, RowSpec


def _col(key: str, text: str, *aliases: str) -> ColumnSpec:
    return ColumnSpec(key, Label(text, tuple(aliases)))


_DOCS = (_col("made", "本年新制作数量"), _col("published", "本年新公开数量"),
         _col("total_public", "对外公开总数量"))
_ITEMS = (_col("last_year", "上一年项目数量"), _col("change", "本年增/减", "本年增减"),
          _col("decisions", "处理决定数量"))
_ITEMS2 = _ITEMS[:2]
_PROCUREMENT = (_col("projects", "采购项目数量"), _col("amount", "采购总金额"))

TABLE2 = replace(
    v2021.TABLE2,
    columns=_DOCS,
    rows=(
        RowSpec("rules", Label("规章"), columns=_DOCS),
        RowSpec("normative", Label("规范性文件", aliases=("行政规范性文件",)), columns=_DOCS),
        RowSpec("licensing", Label("行政许可"), columns=_ITEMS),
        RowSpec("other_services", Label("其他对外管理服务事项"), columns=_ITEMS),
        RowSpec("penalty", Label("行政处罚"), columns=_ITEMS),
        RowSpec("enforcement", Label("行政强制"), columns=_ITEMS),
        RowSpec("fees", Label("行政事业性收费"), columns=_ITEMS2),
        RowSpec("procurement", Label("政府集中采购"), kind="money", columns=_PROCUREMENT),
    ),
)

_ROWS3 = tuple(r for r in v2021.T3_ROWS if not r.key.startswith("other_")) + (
    RowSpec("other", Label("其他处理", aliases=("其他",)), group="result", prefix="（六）"),
)
# keep the official order: 其他处理 before （七）总计
_ROWS3 = tuple(sorted(_ROWS3, key=lambda r: [x.key for x in v2021.T3_ROWS].index(
    "other_1" if r.key == "other" else r.key)))

TABLE3 = replace(v2021.TABLE3, rows=_ROWS3, groups=tuple(g for g in v2021.T3_GROUPS if g.key != "other"))

_RESULT_ITEMS = tuple(
    f"{r.key}.*" for r in _ROWS3 if r.group in {"result", "deny", "unable", "noproc"}
    and r.key != "total"
)

# 表三 and 表四 add up as in 2021, over 表三's own result rows; 表二 has other columns (本年新制作数量 ·
# 本年新公开数量 · 对外公开总数量), so the 2021 bound on 现行有效件数 does not apply to it
RELATIONS = tuple(rel._replace(right=_RESULT_ITEMS) if rel.id == "t3-results" else rel
                  for rel in v2021.RELATIONS if rel.table != "表二")

FORMAT = FormatSpec(
    id="2019",
    name="国办公开办函〔2019〕60号（试行）",
    first_year=2019,
    last_year=2020,
    sections=v2021.SECTIONS,
    tables=(TABLE2, TABLE3, v2021.TABLE4),
    relations=RELATIONS,
    fee_statement_required=False,
)
