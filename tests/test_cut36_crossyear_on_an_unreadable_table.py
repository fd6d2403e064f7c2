"""Cross-year rules (X801, X805) on a table the binder found unreadable (tab layout, text reports).

An unreadable 表三 — its rows' labels lost, only 一、二、四 and three more of its 25 rows recognised
— is said once (C200: "只读出…行（共25行），其余各行的标签无法识别") and nothing that rests on its
cells is checked. But the rows it did read went into the report's snapshot, and the cross-year
rules compared them with last year's: "二、上年结转（自然人）为1，与上年报告…3不一致" (X801) on
cells the binder had given up on. The snapshot holds no cell of an unreadable table (the binder's
verdict, one owner), in this year's report and in last year's.

The reports are the invented fixture tests/fixtures/tabs_2024.txt (示例镇人民政府), last year's
with 四、结转下年度继续办理 set to 3 (and 一、本年新收 to 12, so that its own table adds up)."""
from pathlib import Path

from govlint.cli import main

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "tabs_2024.txt"

NEXT = "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1"
NEW = "一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t13"


def _last_year() -> str:
    text = FIXTURE.read_text("utf-8").replace("2024", "2023")
    assert NEXT in text and NEW in text
    return (text.replace(NEXT, "四、结转下年度继续办理\t3\t0\t0\t0\t0\t0\t3")
            .replace(NEW, "一、本年新收政府信息公开申请数量\t12\t2\t0\t1\t0\t0\t15"))


def _labels_lost(text: str) -> str:
    """表三's rows after 三、本年度办理结果, from （二）部分公开 to （七）总计, with labels no one can
    recognise: the table is unreadable."""
    lines = text.split("\n")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("三、本年度办理结果"))
    end = next(i for i, ln in enumerate(lines) if ln.startswith("（七）总计")) + 1
    for i in range(start + 1, end):
        lines[i] = "\t".join(f"某项{i}" if c and not c.strip().isdigit() else c for c in lines[i].split("\t"))
    return "\n".join(lines)


def _check(capsys, folder: Path):
    main(["check", "--isolated", "--no-source", "--format", "json", str(folder)])
    import json
    out = json.loads(capsys.readouterr().out)
    return sorted((Path(f["path"]).name, f["code"], f["message"]) for f in out["findings"])


def test_no_year_is_compared_with_an_unreadable_table(tmp_path, capsys):
    """Tab layout: this year's 表三 unreadable (C200 once), last year's read: no X801 on its
    二、上年结转 (before: X801 ×2, 自然人 and 总计, 1 against last year's 3)."""
    (tmp_path / "2023.txt").write_text(_last_year(), "utf-8")
    (tmp_path / "2024.txt").write_text(_labels_lost(FIXTURE.read_text("utf-8")), "utf-8")
    got = [f for f in _check(capsys, tmp_path) if f[0] == "2024.txt" and f[1] != "X803"]
    assert [f[1] for f in got] == ["C200"]
    assert "其余各行的标签无法识别" in got[0][2]


def test_nor_is_an_unreadable_table_of_last_years(tmp_path, capsys):
    """Tab layout: last year's 表三 unreadable, this year's read: no X801 against it."""
    (tmp_path / "2023.txt").write_text(_labels_lost(_last_year()), "utf-8")
    (tmp_path / "2024.txt").write_text(FIXTURE.read_text("utf-8"), "utf-8")
    got = [f for f in _check(capsys, tmp_path) if f[0] == "2024.txt" and f[1] != "X803"]
    assert got == []


def test_a_readable_table_is_still_compared(tmp_path, capsys):
    """Tab layout, both tables read: X801 on 自然人 and 总计 (the rule runs on these reports)."""
    (tmp_path / "2023.txt").write_text(_last_year(), "utf-8")
    (tmp_path / "2024.txt").write_text(FIXTURE.read_text("utf-8"), "utf-8")
    got = [f for f in _check(capsys, tmp_path) if f[0] == "2024.txt" and f[1] != "X803"]
    assert got == [
        ("2024.txt", "X801", f"二、上年结转（{col}）为1，与上年报告 {tmp_path / '2023.txt'} 的四、结转下年度继续办理（{col}）3不一致")
        for col in ("总计", "自然人")]
