"""Synthetic 政府信息公开工作年度报告 for benchmarks and robustness tests.

Every report is invented (agency names are made up from random syllables) and follows the 2021
format: a title, the statistics-period sentence, the six sections, 表二, 表三 and 表四 with
numbers whose arithmetic holds, and 信息处理费 in section 六. It comes out in one of the three text
layouts real reports arrive in (tab rows, pipe rows, one cell per line), padded with prose to a
target size, and with 0–3 defects seeded at random (a wrong sum, a blank cell, an outdated label,
a missing fee statement, a missing section, a text/table mismatch, no statistics period, ...).
Everything is drawn from ``random.Random(seed)``: the same seed gives the same bytes.

    python bench/generate.py OUTDIR -n 1000 --size-kb 10 --seed 1

writes OUTDIR/r00000.txt ... and prints what it wrote.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

LAYOUTS = ("tabs", "pipes", "cells")
DEFECTS = ("wrong_sum", "blank_cell", "placeholder", "outdated_label", "no_fee_statement", "missing_section",
           "narrative_mismatch", "no_period", "negative", "swapped_sections")

# -- invented agencies ------------------------------------------------------------------------
_PLACE_SYLLABLES = "安宁和平东西南北青云石泉桃李清河长乐永丰新兴金华龙溪凤鸣白沙红岭柳塘松林梅园"
_LEVELS = ("镇人民政府", "乡人民政府", "街道办事处", "县人民政府", "区人民政府", "县教育局", "区卫生健康局",
           "县自然资源局", "市场监督管理局", "县交通运输局", "区民政局", "县农业农村局")


def agency_name(rng: random.Random) -> str:
    place = "".join(rng.choice(_PLACE_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
    return place + rng.choice(_LEVELS)


# -- table 二 (2021) --------------------------------------------------------------------------
def table2(rng: random.Random) -> List[Tuple[str, Optional[List[str]]]]:
    made, repealed = rng.randint(0, 9), rng.randint(0, 4)
    return [
        ("第二十条第（一）项", None),
        ("信息内容", ["本年制发件数", "本年废止件数", "现行有效件数"]),
        ("规章", ["0", "0", "0"]),
        ("行政规范性文件", [str(made), str(repealed), str(made + rng.randint(5, 60))]),
        ("第二十条第（五）项", None),
        ("信息内容", ["本年处理决定数量"]),
        ("行政许可", [str(rng.randint(0, 3000))]),
        ("第二十条第（六）项", None),
        ("信息内容", ["本年处理决定数量"]),
        ("行政处罚", [str(rng.randint(0, 500))]),
        ("行政强制", [str(rng.randint(0, 40))]),
        ("第二十条第（八）项", None),
        ("信息内容", ["本年收费金额（单位：万元）"]),
        ("行政事业性收费", [f"{rng.randint(0, 50000) / 100:.2f}"]),
    ]


# -- table 三 (2021) --------------------------------------------------------------------------
T3_HEAD = [
    ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
    ["", "自然人", "法人或其他组织", "总计"],
    ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
]
#: (labels before the numbers, is a result item counted in （七）总计)
T3_RESULT_ROWS = [
    ["三、本年度办理结果", "（一）予以公开"],
    ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
    ["（三）不予公开", "1.属于国家秘密"],
    ["2.其他法律行政法规禁止公开"],
    ["3.危及“三安全一稳定”"],
    ["4.保护第三方合法权益"],
    ["5.属于三类内部事务信息"],
    ["6.属于四类过程性信息"],
    ["7.属于行政执法案卷"],
    ["8.属于行政查询事项"],
    ["（四）无法提供", "1.本机关不掌握相关政府信息"],
    ["2.没有现成信息需要另行制作"],
    ["3.补正后申请内容仍不明确"],
    ["（五）不予处理", "1.信访举报投诉类申请"],
    ["2.重复申请"],
    ["3.要求提供公开出版物"],
    ["4.无正当理由大量反复申请"],
    ["5.要求行政机关确认或重新出具已获取信息"],
    ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
    ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
    ["3.其他"],
]
#: how likely each result item is to be non-zero (予以公开 and 无法提供 are the common ones)
_RESULT_WEIGHTS = [6, 2, 0, 0, 0, 1, 0, 1, 0, 0, 3, 1, 1, 1, 1, 0, 0, 0, 1, 0, 1]


def table3(rng: random.Random, scale: int) -> Tuple[List[List[str]], int]:
    """The rows of 表三 (header rows included) and the total of 一、本年新收."""
    columns = 6
    results = [[0] * columns for _ in T3_RESULT_ROWS]
    carry_in, carry_out, new = [0] * columns, [0] * columns, [0] * columns
    for c in range(columns):
        busy = scale if c == 0 else rng.choice((0, 0, 1, max(1, scale // 4)))
        for i, w in enumerate(_RESULT_WEIGHTS):
            if w and rng.random() < 0.5:
                results[i][c] = rng.randint(0, busy * w)
        done = sum(results[i][c] for i in range(len(results)))
        carry_out[c] = rng.randint(0, 2) if busy else 0
        carry_in[c] = rng.randint(0, min(2, done + carry_out[c]))
        new[c] = done + carry_out[c] - carry_in[c]

    def row(labels, values):
        return labels + [str(v) for v in values] + [str(sum(values))]

    rows = [list(r) for r in T3_HEAD]
    rows.append(row(["一、本年新收政府信息公开申请数量"], new))
    rows.append(row(["二、上年结转政府信息公开申请数量"], carry_in))
    for labels, values in zip(T3_RESULT_ROWS, results):
        rows.append(row(list(labels), values))
    rows.append(row(["（七）总计"], [sum(results[i][c] for i in range(len(results))) for c in range(columns)]))
    rows.append(row(["四、结转下年度继续办理"], carry_out))
    return rows, sum(new)


# -- table 四 ---------------------------------------------------------------------------------
T4_HEAD = [
    ["行政复议", "行政诉讼"],
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
    ["", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
     "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
]


def table4(rng: random.Random) -> Tuple[List[str], int]:
    data: List[int] = []
    for _ in range(3):
        group = [rng.choice((0, 0, 0, 1, 2)) for _ in range(4)]
        data += group + [sum(group)]
    return [str(v) for v in data], data[4]


# -- prose ------------------------------------------------------------------------------------
_OPENERS = ("坚持以公开为常态、不公开为例外", "围绕中心工作", "按照上级部署", "聚焦群众关切", "以提升透明度为目标")
_ACTIONS = ("完善信息发布审核制度", "规范公开目录编制", "加强政策解读", "推进基层政务公开标准化", "做好公开平台运维",
            "及时更新公开专栏", "落实保密审查要求", "组织业务培训", "开展政务公开自查", "加强档案管理")
_OBJECTS = ("财政预决算信息", "重大建设项目信息", "公共资源配置信息", "社会救助信息", "义务教育信息",
            "生态环境信息", "食品药品监管信息", "就业创业信息", "乡村振兴信息", "安全生产信息")
_ENDS = ("取得了较好成效", "公开质量进一步提升", "群众满意度有所提高", "工作机制更加健全", "为下一步工作打下基础")


def sentence(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return f"{rng.choice(_OPENERS)}，{rng.choice(_ACTIONS)}，{rng.choice(_ENDS)}。"
    if kind == 1:
        return f"全年主动公开{rng.choice(_OBJECTS)}{rng.randint(1, 400)}条，{rng.choice(_ACTIONS)}。"
    return f"针对{rng.choice(_OBJECTS)}，{rng.choice(_ACTIONS)}，{rng.choice(_ACTIONS)}，{rng.choice(_ENDS)}。"


def paragraph(rng: random.Random, n_sentences: int) -> str:
    return "".join(sentence(rng) for _ in range(n_sentences))


# -- the report -------------------------------------------------------------------------------
class _Doc:
    """A report as parts, so defects can be seeded before it is written out in a layout."""

    def __init__(self, rng: random.Random, year: int, scale: int):
        self.rng = rng
        self.agency = agency_name(rng)
        self.year = year
        self.t2 = table2(rng)
        self.t3, self.new_total = table3(rng, scale)
        self.t4, self.review_total = table4(rng)
        self.period = f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
        self.claim = f"（二）依申请公开。本年度共收到政府信息公开申请{self.new_total}件，均在法定期限内答复。"
        self.fee = "本年度未收取信息处理费。"
        self.section_titles = {1: "一、总体情况", 2: "二、主动公开政府信息情况", 3: "三、收到和处理政府信息公开申请情况",
                               4: "四、政府信息公开行政复议、行政诉讼情况", 5: "五、存在的主要问题及改进情况",
                               6: "六、其他需要报告的事项"}
        self.order = [1, 2, 3, 4, 5, 6]
        self.padding: Dict[int, List[str]] = {1: [], 5: []}
        self.defects: List[str] = []
        # the prose is drawn now, so that writing the report draws nothing and can be repeated
        self.s1 = [f"{year}年，{self.agency}{rng.choice(_OPENERS)}，扎实做好政府信息公开工作。",
                   f"（一）主动公开。{paragraph(rng, 2)}", None,
                   f"（三）政府信息管理。{paragraph(rng, 1)}", f"（四）平台建设。{paragraph(rng, 1)}",
                   f"（五）监督保障。本年度发生行政复议{self.review_total}件。"]
        self.s5 = f"一是{paragraph(rng, 1)}二是{paragraph(rng, 1)}"
        self.signed = f"{self.agency}\n{year + 1}年1月{rng.randint(5, 28)}日\n"

    # defects -----------------------------------------------------------------------------
    def seed(self, defect: str) -> None:
        rng = self.rng
        data_rows = [r for r in self.t3[3:]]
        if defect == "wrong_sum":
            row = rng.choice(data_rows)
            i = rng.randrange(len(row) - 7, len(row))
            row[i] = str(int(row[i]) + rng.choice((1, 2, 3)))
        elif defect == "blank_cell":
            row = rng.choice(data_rows)
            row[rng.randrange(len(row) - 7, len(row))] = ""
        elif defect == "placeholder":
            row = rng.choice(data_rows)
            row[rng.randrange(len(row) - 7, len(row))] = rng.choice(("/", "—", "无"))
        elif defect == "negative":
            row = rng.choice(data_rows)
            row[rng.randrange(len(row) - 7, len(row))] = "-1"
        elif defect == "outdated_label":
            self.t2 = [("规范性文件", c) if label == "行政规范性文件" else (label, c) for label, c in self.t2]
        elif defect == "no_fee_statement":
            self.fee = "无。"
        elif defect == "missing_section":
            self.order.remove(rng.choice((2, 4, 5, 6)))
        elif defect == "swapped_sections":
            i = rng.randrange(len(self.order) - 1)
            self.order[i], self.order[i + 1] = self.order[i + 1], self.order[i]
        elif defect == "narrative_mismatch":
            self.claim = self.claim.replace(f"申请{self.new_total}件", f"申请{self.new_total + rng.randint(1, 9)}件")
        elif defect == "no_period":
            self.period = ""
        else:  # pragma: no cover
            raise ValueError(defect)
        self.defects.append(defect)

    # writing -----------------------------------------------------------------------------
    def intro(self) -> str:
        head = f"{self.agency}{self.year}年政府信息公开工作年度报告\n\n" \
               f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求，编制本报告。{self.period}\n\n"
        return head

    def section_body(self, n: int, table) -> str:
        if n == 1:
            lines = [self.claim if line is None else line for line in self.s1]
            return "\n".join(lines + self.padding[1]) + "\n\n"
        if n == 2:
            return table(self.t2_rows())
        if n == 3:
            return table(self.t3)
        if n == 4:
            return table(T4_HEAD + [self.t4])
        if n == 5:
            return "\n".join([self.s5] + self.padding[5]) + "\n\n"
        return f"{self.fee}\n\n"

    def t2_rows(self) -> List[List[str]]:
        return [[label] + (cells if cells is not None else ["", "", ""]) for label, cells in self.t2]

    def write(self, layout: str) -> str:
        table = {"tabs": _tabs, "pipes": _pipes, "cells": _cells}[layout]
        out = [self.intro()]
        for n in self.order:
            out.append(self.section_titles[n] + "\n")
            out.append(self.section_body(n, table))
        out.append(self.signed)
        return "".join(out)


def _tabs(rows: List[List[str]]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows) + "\n"


def _pipes(rows: List[List[str]]) -> str:
    """Header rows lose their empty cells (as when a web page is saved as text); data rows keep them."""
    out = []
    for r in rows:
        data = any(c[:1].isdigit() or c[:1] == "-" for c in r[1:])
        cells = r if data else ([c for c in r if c] or [""])
        out.append(" | ".join(cells) + " |\n")
    return "".join(out) + "\n"


def _cells(rows: List[List[str]]) -> str:
    return "".join("".join(f"\t{c}\n" for c in r) + "\n" for r in rows) + "\n"


def report(seed: int, layout: Optional[str] = None, size_kb: float = 10, defects: Optional[Sequence[str]] = None,
           max_defects: int = 3) -> Tuple[str, List[str]]:
    """(text, seeded defects) of one report of about ``size_kb`` KB (UTF-8)."""
    rng = random.Random(seed)
    layout = layout or rng.choice(LAYOUTS)
    doc = _Doc(rng, rng.randint(2021, 2024), scale=rng.choice((1, 2, 5, 10, 40)))
    if defects is None:
        defects = rng.sample(DEFECTS, rng.randint(0, max_defects))
    for d in defects:
        doc.seed(d)
    target = int(size_kb * 1024)
    text = doc.write(layout)
    size = len(text.encode("utf-8"))
    while size < target:  # prose in 一 and 五, one paragraph at a time
        p = paragraph(rng, rng.randint(2, 6))
        doc.padding[rng.choice((1, 5))].append(p)
        size += len(p.encode("utf-8")) + 1
    if doc.padding[1] or doc.padding[5]:
        text = doc.write(layout)
    return text, list(doc.defects)


def write_corpus(out: Path, n: int, size_kb: float = 10, seed: int = 0, layout: Optional[str] = None) -> List[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text, _ = report(seed * 1_000_003 + i, layout or LAYOUTS[i % len(LAYOUTS)], size_kb)
        p = out / f"r{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="directory to write the reports into")
    ap.add_argument("-n", type=int, default=100, help="how many reports (default 100)")
    ap.add_argument("--size-kb", type=float, default=10, help="approximate size of each report in KB (default 10)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--layout", choices=LAYOUTS, help="one layout for all (default: the three in turn)")
    args = ap.parse_args(argv)
    paths = write_corpus(args.out, args.n, args.size_kb, args.seed, args.layout)
    total = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} reports ({total / 1024:.0f} KB) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
