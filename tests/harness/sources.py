"""The invented source reports every rendering starts from.

Each source is a report in the tab layout (one table row per line, cells joined by tabs), built
from the repository's own invented fixtures (tests/fixtures/tabs_2024.txt, tabs_2020_trial.txt)
by renaming the agency and changing a few cells. Nothing here comes from a real report. A source
is the reference: a rendering must bind and lint exactly as its source text does.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Tuple

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _replace(text: str, pairs: List[Tuple[str, str]]) -> str:
    """Each old string must occur at least once: a fixture edit that stops matching fails loudly."""
    for old, new in pairs:
        if old not in text:
            raise ValueError(f"source edit no longer matches the fixture: {old!r}")
        text = text.replace(old, new)
    return text


def clean() -> str:
    """A clean 2024 report of 样例县交通运输局: no findings."""
    return _replace((FIXTURES / "tabs_2024.txt").read_text("utf-8"), [
        ("示例镇人民政府", "样例县交通运输局"), ("镇政府网站", "局门户网站")])


#: one defect of each arithmetic kind, a cell written "/" and a suspicious 现行有效件数
DEFECTS = [
    ("行政规范性文件\t3\t1\t12", "行政规范性文件\t3\t1\t1"),                        # A305
    ("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6"),  # A303, A302
    ("2.重复申请\t0\t0\t0\t0\t0\t0\t0", "2.重复申请\t0\t/\t0\t0\t0\t0\t0"),          # C203
    ("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14"),       # A301, A302, A303
    ("1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0", "1\t0\t0\t1\t3\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"),  # A304
]


def defects() -> str:
    """示例镇人民政府's 2024 report with arithmetic defects in 表二, 表三 and 表四."""
    return _replace((FIXTURES / "tabs_2024.txt").read_text("utf-8"), DEFECTS)


def trial_2020() -> str:
    """某某街道办事处's 2020 report on the 2019 trial format (five 表二 blocks, one-row （六）)."""
    return _replace((FIXTURES / "tabs_2020_trial.txt").read_text("utf-8"), [
        ("示例镇人民政府", "某某街道办事处"), ("镇政府网站", "街道办事处网站")])


# phrases for long, number-free prose (a number in 总体情况 could be read as a narrative claim)
_SUBJECTS = ["本局", "各科室", "信息公开工作领导小组", "办公室", "各业务股室", "政务公开专班"]
_ACTIONS = ["进一步健全政府信息公开工作机制，明确责任分工", "持续加强政策文件的起草、审核和发布管理",
            "围绕群众关心关注的事项，主动回应社会关切", "规范依申请公开的受理、登记、办理和答复流程",
            "加强政府网站信息公开专栏的日常维护与内容保障", "组织开展政务公开业务培训，提升工作人员业务能力",
            "完善政策解读与发布同步机制，丰富解读形式", "推进基层政务公开标准化规范化建设"]
_RESULTS = ["公开工作的规范化水平明显提升", "社会公众获取信息更加便捷", "信息发布的准确性和时效性得到保障",
            "群众满意度持续提高", "各项工作任务均按要求完成"]


def _paragraph(i: int) -> str:
    parts = []
    for k in range(3):
        j = i * 3 + k
        parts.append(f"{_SUBJECTS[j % len(_SUBJECTS)]}{_ACTIONS[(j * 5) % len(_ACTIONS)]}，"
                     f"{_RESULTS[(j * 7) % len(_RESULTS)]}")
    return "。".join(parts) + "。"


def long_prose() -> str:
    """示例县市场监督管理局's 2024 report with pages of prose in 一 and 五, so that its tables
    start low on a page and cross page breaks."""
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    before = "\n".join(_paragraph(i) for i in range(18))
    after = "\n".join(_paragraph(i) for i in range(18, 24))
    return _replace(text, [
        ("示例镇人民政府", "示例县市场监督管理局"), ("镇政府网站", "局门户网站"),
        ("（五）监督保障。", before + "\n（五）监督保障。"),
        ("建立公开栏定期更新台账。", "建立公开栏定期更新台账。\n" + after)])


SOURCES = {"clean": clean, "defects": defects, "trial2020": trial_2020, "long": long_prose}


def all_sources() -> Dict[str, str]:
    """Name → report text, for every source (these four and those of varied.py and voices.py)."""
    from .varied import SOURCES as VARIED  # (varied.py and voices.py build on this module's fixtures)
    from .voices import SOURCES as VOICES

    return {name: make() for name, make in {**SOURCES, **VARIED, **VOICES}.items()}
