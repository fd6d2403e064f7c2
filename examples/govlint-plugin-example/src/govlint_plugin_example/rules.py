"""The rules: section 六 must report the 政务公开工作要点 and the 建议提案 results.

The national format (国办公开办函〔2021〕30号) only asks section 六 for the 信息处理费
statement, which govlint's built-in rule F401 checks. Many provincial 政务公开 offices ask for
more in the same section; these rules model two of the most common such requirements.
"""
from __future__ import annotations

import re
import unicodedata
from typing import List

from govlint.plugin import Context, Location, Related, Rule, failures, section_text

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Full-width letters and digits folded, spaces dropped: what the keywords are matched against."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def _opening(text: str, n: int = 20) -> str:
    first = text.strip().split("\n")[0] if text.strip() else ""
    return first[:n] + ("…" if len(first) > n else "")


class _SectionSixRule(Rule):
    """Shared by both rules: find section 六, report once at its heading."""

    severity = "warning"

    def _report(self, ctx: Context, section, zh: str, en: str, expected: str):
        label = ctx.section_label(6)
        body = section_text(section)
        found_zh = f"（该部分内容为“{_opening(body)}”）" if body.strip() else "（该部分没有内容）"
        found_en = f" (it reads “{_opening(body)}”)" if body.strip() else " (it is empty)"
        return ctx.diag(self, section.section.span, f"“{label}”{zh}{found_zh}", f"“{label}” {en}{found_en}",
                        location=Location(section=label),
                        data={"found": body[:200], "expected": expected})


class WorkPointsMissing(_SectionSixRule):
    code = "X901"
    name = "work-points-missing"
    summary = "第六部分未报告年度政务公开工作要点落实情况"
    summary_en = "Section 六 does not report how the year's 政务公开工作要点 were carried out"
    what = ("检查“六、其他需要报告的事项”是否报告了本机关落实年度政务公开工作要点的情况"
            "（提到“工作要点”或“公开要点”即可）。")
    why = ("国务院办公厅和各省每年印发政务公开工作要点，许多省级政务公开主管部门要求在年度报告第六部分逐项报告落实情况；"
           "漏报会在年度报告审查和第三方评估中被扣分。")
    basis = "所在省份政务公开主管部门关于年度报告编制发布的通知（以本单位收到的通知为准）。"
    example = "六、其他需要报告的事项\n本年度未收取信息处理费。"
    fix = "在第六部分增加一段，例如“（一）政务公开工作要点落实情况。对照本年度政务公开工作要点，……”。"

    PATTERN = re.compile(r"(政务公开|公开)?工作要点|公开要点")

    def check(self, ctx: Context):
        section = ctx.bound.section(6)
        if section is None:
            return  # S101 reports the missing section
        if self.PATTERN.search(_norm(section_text(section))):
            return
        yield self._report(ctx, section, "没有报告年度政务公开工作要点落实情况",
                           "does not report how the year's 政务公开工作要点 (work points) were carried out",
                           "政务公开工作要点落实情况")


class ProposalsMissing(_SectionSixRule):
    code = "X902"
    name = "proposals-missing"
    summary = "第六部分未报告人大代表建议和政协提案办理结果公开情况"
    summary_en = "Section 六 does not report on publishing the handling of NPC deputies' suggestions and CPPCC proposals"
    what = ("检查“六、其他需要报告的事项”是否报告了人大代表建议和政协委员提案办理结果的公开情况："
            "选项 required_keywords 中的每个词都必须出现（默认“建议”和“提案”）。")
    why = ("国务院办公厅要求各级行政机关公开建议提案办理结果，许多省份要求在年度报告中说明；"
           "没有承办建议提案的机关也应写明“本年度未承办”。")
    basis = ("《国务院办公厅关于做好全国人大代表建议和全国政协委员提案办理结果公开工作的通知》（国办发〔2014〕46号）；"
             "所在省份政务公开主管部门关于年度报告的通知（以本单位收到的通知为准）。")
    example = "六、其他需要报告的事项\n本年度未收取信息处理费。"
    fix = ("在第六部分写明，例如“本年度承办市人大代表建议12件、市政协提案9件，办理复文已全部公开”，"
           "或“本年度未承办人大代表建议和政协提案”。")

    DEFAULT_KEYWORDS = ("建议", "提案")

    def check(self, ctx: Context):
        section = ctx.bound.section(6)
        if section is None:
            return
        keywords: List[str] = ctx.options.get("required_keywords", list(self.DEFAULT_KEYWORDS))
        text = _norm(section_text(section))
        missing = [k for k in keywords if _norm(k) not in text]
        if not missing:
            return
        shown = "".join(f"“{k}”" for k in missing)
        yield self._report(ctx, section, f"没有报告人大代表建议和政协提案办理结果公开情况，未提到{shown}",
                           f"does not report on publishing the handling of NPC suggestions and CPPCC proposals: "
                           f"no mention of {', '.join(missing)}",
                           "人大代表建议和政协提案办理结果公开情况")


class MediaExplained(Rule):
    code = "X903"
    name = "media-explained-exceeds-posts"
    severity = "error"
    summary = "表五某平台：其中政策解读条数 > 本年发布信息条数"
    summary_en = "表五, per platform: policy explanations exceed the items published"
    what = "青禾市补充表“表五 政务新媒体情况”：每个平台的“其中政策解读条数”不能多于“本年发布信息条数”。"
    why = "政策解读是发布信息的一部分；多于发布总数说明填错了列或统计口径不一。"
    basis = "青禾市政务公开办关于年度报告补充表的通知（示例，虚构）。"
    example = "政务微信：本年发布信息条数 40，其中政策解读条数 45。"
    fix = "核对该平台的发布台账，使政策解读条数不多于发布总数。"

    def check(self, ctx: Context):
        # the relation is data (formats.EXPLAINED); govlint's engine finds the rows where it fails
        for inst in failures(ctx.bound, self.code):
            posts, explained = inst.left[0], inst.right[0]
            loc = ctx.cell_location(explained)
            yield ctx.diag(
                self, explained.span,
                f"表五“{loc.row}”行：其中政策解读条数 {explained.value} 多于 本年发布信息条数 {posts.value}",
                f"表五 row “{loc.row}”: {explained.value} policy explanations exceed the {posts.value} items published",
                location=loc,
                related=[Related(f"本年发布信息条数 = {posts.text}", posts.span, ctx.cell_location(posts))],
                data={"found": str(explained.value), "expected": f"<= {posts.value}"})
