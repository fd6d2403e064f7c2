"""--fix and --diff: the safe fixes (outdated 2019 labels, misspelt labels and section titles),
applied on the source spans, atomically, idempotently, in the file's own encoding, never to a
file that did not parse."""
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from govlint.cli import main
from govlint.diagnostics import Edit
from govlint.run.fixes import apply_edits
from govlint.checks.registry import load
from govlint.syntax.ast import Span

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
TYPOS = (CLEAN.replace("二、主动公开政府信息情况", "二、主动公开政府信患情况")
         .replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t４\t1\t0\t0\t0\t0\t５")
         .replace("本年废止件数", "本年度止件数")
         .replace("\n行政规范性文件\t", "\n规范性文件\t")
         .replace("社会公益组织", "社会组织"))
FIXED_CODES = {"C206", "C208", "S103", "V501", "V502"}


def check(capsys, *args):
    status = main(["check", "--isolated", "--no-plugins", "-j", "1", "--no-source", *args])
    out, err = capsys.readouterr()
    return status, out, err


def codes(capsys, path) -> list:
    main(["check", "--isolated", "--no-plugins", "-j", "1", "--format", "json", str(path)])
    return [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]


def test_rules_declare_their_fix():
    rules = load(builtins_only=True).rules
    assert {code for code, r in rules.items() if r.fixable} == FIXED_CODES
    page = (ROOT / "docs" / "rules" / "V502.md").read_text("utf-8")
    assert "- 自动修复 / fix: 有（`govlint check --fix`） / available (`govlint check --fix`)" in page


def test_fix_rewrites_the_labels_and_titles_to_the_official_text(work, capsys):
    (work / "r.txt").write_text(TYPOS, encoding="utf-8")
    assert codes(capsys, work / "r.txt") == ["S103", "V502", "V501", "V501", "C206"]
    status = main(["check", "--isolated", "--no-plugins", "-j", "1", "--format", "json", "r.txt"])
    v502 = json.loads(capsys.readouterr().out)["findings"][1]
    assert v502["fix"] == [{"line": 15, "column": 13, "end_line": 15, "end_column": 19, "text": "本年废止件数"}]
    status, out, err = check(capsys, "--fix", "r.txt")
    assert err == "govlint: 已修复 6 处（1 个文件）。\n"
    assert (status, out) == (0, "全部检查通过（1 个文件）。\n")
    assert (work / "r.txt").read_text("utf-8") == CLEAN
    # a second run changes nothing
    status, out, err = check(capsys, "--fix", "r.txt")
    assert (status, err) == (0, "")
    assert (work / "r.txt").read_text("utf-8") == CLEAN


def test_diff_shows_the_fixes_and_writes_nothing(work, capsys):
    (work / "r.txt").write_text(TYPOS, encoding="utf-8")
    status, out, err = check(capsys, "--diff", "r.txt", "--lang", "en")
    assert status == 1
    assert err == "govlint: Would make 6 fixes in 1 file.\n"
    assert (work / "r.txt").read_text("utf-8") == TYPOS
    lines = out.splitlines()
    assert lines[:2] == ["--- a/r.txt", "+++ b/r.txt"]
    assert [line for line in lines if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))] == [
        "-二、主动公开政府信患情况", "+二、主动公开政府信息情况",
        "-信息内容\t本年制发件数\t本年度止件数\t现行有效件数", "+信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "-规范性文件\t3\t1\t12", "+行政规范性文件\t3\t1\t12",
        "-\t\t商业企业\t科研机构\t社会组织\t法律服务机构\t其他", "+\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
        "-三、本年度办理结果\t（一）予以公开\t４\t1\t0\t0\t0\t0\t５", "+三、本年度办理结果\t（一）予以公开\t4\t1\t0\t0\t0\t0\t5"]
    (work / "clean.txt").write_text(CLEAN, encoding="utf-8")
    status, out, err = check(capsys, "--diff", "clean.txt")
    assert (status, out, err) == (0, "", "govlint: 可修复 0 处（0 个文件）。\n")


@pytest.mark.parametrize("encoding, bom, newline", [
    ("gb18030", b"", "\n"), ("utf-8", b"\xef\xbb\xbf", "\r\n"), ("utf-16-le", b"\xff\xfe", "\n"),
    ("utf-16-be", b"\xfe\xff", "\r\n")])
def test_fix_keeps_the_files_encoding_and_line_endings(work, capsys, encoding, bom, newline):
    (work / "r.txt").write_bytes(bom + TYPOS.replace("\n", newline).encode(encoding))
    status, _, err = check(capsys, "--fix", "r.txt")
    assert status == 0, err
    assert (work / "r.txt").read_bytes() == bom + CLEAN.replace("\n", newline).encode(encoding)


def test_fix_keeps_the_files_mode_and_leaves_no_temporary_file(work, capsys):
    (work / "r.txt").write_text(TYPOS, encoding="utf-8")
    os.chmod(work / "r.txt", 0o640)
    check(capsys, "--fix", "r.txt")
    assert (work / "r.txt").stat().st_mode & 0o777 == 0o640
    assert [p.name for p in work.iterdir()] == ["r.txt"]


def test_fix_never_touches_a_file_that_was_not_checked(work, capsys):
    notes = "会议记录\n表二列名写成本年度止件数。\n"
    (work / "notes.txt").write_text(notes, encoding="utf-8")
    (work / "r.txt").write_text(TYPOS, encoding="utf-8")
    status, out, err = check(capsys, "--fix", "notes.txt", "r.txt")
    assert status == 2
    assert (work / "notes.txt").read_text("utf-8") == notes
    assert (work / "r.txt").read_text("utf-8") == CLEAN


def test_fix_writes_a_fixed_copy_of_a_word_document(work, capsys):
    sys.path.insert(0, str(FIXTURES / "generators"))
    import report_formats as rf
    rf.write_docx(rf.blocks(TYPOS), work / "r.docx")
    before = (work / "r.docx").read_bytes()
    found = codes(capsys, work / "r.docx")
    assert sorted(set(found) & FIXED_CODES) == ["C206", "S103", "V501", "V502"]
    status, out, err = check(capsys, "--diff", "r.docx")
    assert status == 1 and out == ""
    assert err.splitlines()[0] == "govlint: 将写出 r.fixed.docx（5 处：C206、S103、V501、V502），原文件不变"
    assert not (work / "r.fixed.docx").exists()
    status, out, err = check(capsys, "--fix", "r.docx")
    assert err.splitlines() == ["govlint: 已写出 r.fixed.docx（5 处：C206、S103、V501、V502），原文件不变",
                                "govlint: 已修复 5 处（1 个文件）。"]
    assert (work / "r.docx").read_bytes() == before  # the original stays
    status = main(["check", "--isolated", "--no-plugins", "-j", "1", "--format", "json", "r.fixed.docx"])
    doc = json.loads(capsys.readouterr().out)
    assert [f["code"] for f in doc["findings"] if f["fix"]] == []
    assert "V502" not in [f["code"] for f in doc["findings"]]
    # the fixed copy has nothing left to fix
    status, out, err = check(capsys, "--fix", "r.fixed.docx")
    assert err == "" and not (work / "r.fixed.fixed.docx").exists()


def test_stdin_cannot_be_fixed(work, capsys):
    status, out, err = check(capsys, "--fix", "-")
    assert status == 2 and err == "govlint: 错误：--fix 用于文件，不能用于标准输入\n"


def _fixtures():
    found = sorted(FIXTURES.glob("*.txt")) + sorted((FIXTURES / "sarif").glob("*.txt"))
    found += sorted((ROOT / "examples" / "reports").glob("*.txt"))
    return found


def test_fix_on_every_fixture_is_idempotent_and_only_touches_what_it_fixes(work, capsys):
    copies = []
    for i, src in enumerate(_fixtures()):
        dst = work / f"{i:02d}-{src.name}"
        shutil.copyfile(src, dst)
        copies.append(dst)
    copies.append(work / "typos.txt")
    copies[-1].write_text(TYPOS, encoding="utf-8")
    before = {p: p.read_bytes() for p in copies}
    fixable = {}
    for p in copies:
        status = main(["check", "--isolated", "--no-plugins", "-j", "1", "--format", "json", str(p)])
        doc = json.loads(capsys.readouterr().out)
        fixable[p] = [f["code"] for f in doc["findings"] if f["code"] in FIXED_CODES]
    check(capsys, "--fix", *map(str, copies))
    after = {p: p.read_bytes() for p in copies}
    changed = {p for p in copies if after[p] != before[p]}
    assert copies[-1] in changed
    for p in copies:
        if p not in changed:
            continue
        assert fixable[p], f"{p.name} changed without a fixable finding"
    # a second run changes nothing
    check(capsys, "--fix", *map(str, copies))
    assert {p: p.read_bytes() for p in copies} == after
    # the fixed files no longer have the fixes' findings (those with a fix: a label with no
    # official counterpart, or a title that is another wording, stays reported)
    assert len(changed) >= 3  # 样例乡's labels, messy_2023's and the typos
    for p in changed:
        status = main(["check", "--isolated", "--no-plugins", "-j", "1", "--format", "json", str(p)])
        doc = json.loads(capsys.readouterr().out)
        assert [f["code"] for f in doc["findings"] if f["fix"]] == [], p.name
        assert len([f for f in doc["findings"] if f["code"] in FIXED_CODES]) < len(fixable[p])
        status = main(["check", "--isolated", "--no-plugins", "-j", "1", "--diff", str(p)])
        assert capsys.readouterr().out == "", p.name
        assert status == 0


def test_edits_apply_only_where_the_file_still_reads_the_original():
    text = "第一行\n本年度止件数\t1\n"
    good = Edit(Span(2, 1, 2, 7, 0, 0), "本年废止件数", "本年度止件数")
    stale = Edit(Span(1, 1, 1, 4, 0, 0), "第二行", "第三行")
    overlapping = Edit(Span(2, 3, 2, 5, 0, 0), "XX", "度止")
    out, made = apply_edits(text, [good, stale, overlapping])
    assert out == "第一行\n本年废止件数\t1\n"
    assert made == [good]
    past_the_line = Edit(Span(1, 1, 1, 9, 0, 0), "x", "第一行")
    assert apply_edits(text, [past_the_line]) == (text, [])


def test_a_fixed_file_that_cannot_be_written_is_a_one_line_error(work, capsys):
    sys.path.insert(0, str(FIXTURES / "generators"))
    import report_formats as rf
    rf.write_docx(rf.blocks(TYPOS), work / "r.docx")
    (work / "r.fixed.docx").mkdir()  # where the fixed copy would go
    status, out, err = check(capsys, "--fix", "r.docx")
    assert status == 2
    assert err == "govlint: 错误：r.fixed.docx：无法写出修复后的文件（是文件夹）\n"
    assert sorted(p.name for p in work.iterdir()) == ["r.docx", "r.fixed.docx"]  # no temporary file left
