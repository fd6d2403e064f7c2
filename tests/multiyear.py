"""Two years of one invented agency (tests/fixtures/multiyear/defective: 示例镇人民政府 2023 and
2024, the 2024 report's carry-over wrong) and how a pairing test runs and reads the check."""
from pathlib import Path

from govlint.cli import main

MULTI = Path(__file__).parent / "fixtures" / "multiyear" / "defective"
T23 = (MULTI / "示例镇_2023.txt").read_text("utf-8")
T24 = (MULTI / "示例镇_2024.txt").read_text("utf-8")


def check(capsys, *args):
    """`govlint check --isolated --no-source ARGS`: (exit code, stdout, stderr)."""
    code = main(["check", "--isolated", "--no-source", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def x801(path, last):
    """The two X801 of the 2024 report at ``path`` paired with ``last``."""
    return [f"{path}:33:20: X801 [错误] 二、上年结转（自然人）为2，与上年报告 {last} 的四、结转下年度继续办理（自然人）1不一致",
            f"{path}:33:44: X801 [错误] 二、上年结转（总计）为2，与上年报告 {last} 的四、结转下年度继续办理（总计）1不一致"]
