"""The results store (docs/store.md): the same assertions against SQLite and a real PostgreSQL
server that the tests start themselves (tests/pgserver.py)."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pgserver
from govlint.cli import main
from govlint.store import SCHEMA_VERSION

MULTI = Path(__file__).parent / "fixtures" / "multiyear"
GOVLINT = [sys.executable, "-m", "govlint"]


@pytest.fixture(scope="module")
def pg():
    bindir = pgserver.binaries()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed: no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin "
                    "(Debian: apt-get install postgresql; .ci/steps/00-system-packages.sh installs it)")
    pytest.importorskip("psycopg", reason="psycopg 3 is not installed: pip install 'govlint[store]'")
    server = pgserver.Server(bindir).start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """A store URL (or file) and a function running SQL on it."""
    if request.param == "sqlite":
        where = str(tmp_path / "results.sqlite")

        def query(sql, *params):
            conn = sqlite3.connect(where)
            try:
                return [tuple(r) for r in conn.execute(sql, params).fetchall()]
            finally:
                conn.close()
    else:
        server = request.getfixturevalue("pg")
        where = server.new_database()

        def query(sql, *params):
            import psycopg
            with psycopg.connect(where) as conn:
                return [tuple(r) for r in conn.execute(sql.replace("?", "%s"), params).fetchall()]
    return where, query


@pytest.fixture
def reports(tmp_path):
    d = tmp_path / "reports"
    shutil.copytree(MULTI / "defective", d)
    return d


def _check(capsys, *args):
    code = main(["check", "--isolated", "--no-source", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_run_stores_reports_cells_and_findings(db, reports, capsys):
    where, query = db
    code, out, _ = _check(capsys, reports, "--db", where)
    assert code == 1
    assert query("SELECT value FROM meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    assert query("SELECT id, govlint_version IS NOT NULL, files, read, skipped FROM runs") == [(1, True, 3, 3, 0)]
    rows = query("SELECT path, agency, level, year, format_version, reader, previous_path FROM reports ORDER BY year")
    p = [str(reports / f"示例镇_{y}.txt") for y in (2022, 2023, 2024)]
    assert rows == [(p[0], "示例镇人民政府", "乡镇/街道", 2022, "2021", "text", None),
                    (p[1], "示例镇人民政府", "乡镇/街道", 2023, "2021", "text", p[0]),
                    (p[2], "示例镇人民政府", "乡镇/街道", 2024, "2021", "text", p[1])]
    assert query("SELECT length(content_hash) FROM reports") == [(64,)] * 3
    assert [tuple(map(str, r)) for r in query(
        "SELECT c.table_key, c.row_key, c.column_key, c.value, c.state, c.line FROM cells c "
        "JOIN reports r ON r.id = c.report_id WHERE r.year = 2024 AND c.row_key = 'carry' "
        "AND c.column_key IN ('natural', 'total') ORDER BY c.column_key")] == [
        ("表三", "carry", "natural", "2", "value", "33"), ("表三", "carry", "total", "2", "value", "33")]
    assert query("SELECT count(*) FROM cells") == [(600,)]
    found = query("SELECT f.code, f.severity, f.line, f.column_no, f.location FROM findings f "
                  "JOIN reports r ON r.id = f.report_id WHERE r.year = 2024 ORDER BY f.line, f.column_no")
    assert found == [("X802", "warning", 17, 19, "表二·行政规范性文件·现行有效件数"),
                     ("X801", "error", 33, 20, "表三·二、上年结转政府信息公开申请数量·自然人"),
                     ("X801", "error", 33, 44, "表三·二、上年结转政府信息公开申请数量·总计"),
                     ("X803", "warning", 63, 1, "五、存在的主要问题及改进情况")]
    assert query("SELECT count(*) FROM findings WHERE fingerprint LIKE ? AND length(fingerprint) = 34", "%:1") == [(4,)]
    assert query("SELECT message FROM findings WHERE code = 'X802'") == [
        (f"行政规范性文件现行有效件数为15，按上年报告 {p[1]} 的12件加本年制发3件、减本年废止1件，应为14",)]


def test_an_unchanged_file_is_not_read_again(db, reports, capsys):
    where, query = db
    first = _check(capsys, reports, "--db", where)
    second = _check(capsys, reports, "--db", where)
    assert second == first  # the same output, from the store
    assert query("SELECT id, read, skipped FROM runs ORDER BY id") == [(1, 3, 0), (2, 0, 3)]
    assert query("SELECT DISTINCT run_id FROM reports") == [(1,)]
    # a changed file is read again; the others are not
    f = reports / "示例镇_2024.txt"
    f.write_text(f.read_text("utf-8").replace("行政规范性文件 | 3 | 1 | 15 |", "行政规范性文件 | 3 | 1 | 14 |"), "utf-8")
    code, out, _ = _check(capsys, reports, "--db", where)
    assert query("SELECT read, skipped FROM runs WHERE id = 3") == [(1, 2)]
    assert "X802" not in out and out.count("X801") == 2
    assert query("SELECT count(*) FROM findings WHERE code = 'X802'") == [(0,)]
    # --refresh reads them all
    _check(capsys, reports, "--db", where, "--refresh")
    assert query("SELECT read, skipped FROM runs WHERE id = 4") == [(3, 0)]
    assert query("SELECT count(*) FROM reports") == [(3,)]
    assert query("SELECT count(*) FROM cells") == [(600,)]


def test_a_second_run_shows_the_same_source_lines(db, reports):
    where, _ = db
    cmd = GOVLINT + ["check", "--isolated", str(reports), "--db", where]
    first = subprocess.run(cmd, capture_output=True, text=True)
    second = subprocess.run(cmd, capture_output=True, text=True)
    assert "行政规范性文件 | 3 | 1 | 15 |" in first.stdout
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout) == (1, first.stdout)


def test_other_settings_read_the_file_again(db, reports, capsys):
    where, query = db
    _check(capsys, reports, "--db", where)
    code, out, _ = _check(capsys, reports, "--db", where, "--lang", "en")
    assert query("SELECT read, skipped FROM runs WHERE id = 2") == [(3, 0)]
    assert "is 2, but last year's report" in out


def test_a_newer_schema_is_refused(db, reports, capsys):
    where, query = db
    _check(capsys, reports, "--db", where)
    if where.startswith("postgresql"):
        import psycopg
        with psycopg.connect(where) as conn:
            conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    else:
        conn = sqlite3.connect(where)
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        conn.commit()
        conn.close()
    code, out, err = _check(capsys, "--lang", "en", reports, "--db", where)
    assert code == 2 and out == ""
    shown = where if where.startswith("/") else where
    assert err == (f"govlint: error: {shown}: the store has schema version 99, newer than this govlint reads "
                   f"({SCHEMA_VERSION}); upgrade govlint\n")


def test_bad_stores_are_one_line_errors(tmp_path, reports, capsys):
    code, out, err = _check(capsys, "--lang", "en", reports, "--db", "mysql://u@localhost/x")
    assert (code, out) == (2, "")
    assert err == "govlint: error: --db mysql://u@localhost/x: unknown store mysql://; give an SQLite file or " \
                  "a postgresql:// URL\n"
    code, out, err = _check(capsys, "--lang", "en", reports, "--db", "postgresql://u:secret@127.0.0.1:1/x")
    assert (code, out) == (2, "")
    assert err.startswith("govlint: error: --db postgresql://u:***@127.0.0.1:1/x: cannot connect: ")
    assert err.count("\n") == 1 and "secret" not in err
    (tmp_path / "notadb.sqlite").write_text("hello, this is not a database " * 100)
    code, out, err = _check(capsys, "--lang", "en", reports, "--db", tmp_path / "notadb.sqlite")
    assert (code, out) == (2, "")
    assert err.startswith(f"govlint: error: --db {tmp_path / 'notadb.sqlite'}: ") and err.count("\n") == 1
    code, out, err = _check(capsys, "--lang", "en", reports, "--db", tmp_path)
    assert err == f"govlint: error: --db {tmp_path}: is a directory; give an SQLite file\n"
    # in a run's own language (Chinese by default)
    code, out, err = _check(capsys, reports, "--db", tmp_path)
    assert err == f"govlint: 错误：--db {tmp_path}：这是一个文件夹；请给出 SQLite 文件\n"
    code, out, err = _check(capsys, reports, "--db", "mysql://u@localhost/x")
    assert err == "govlint: 错误：--db mysql://u@localhost/x：不认识的存储库 mysql://；请给出 SQLite 文件或 postgresql:// 地址\n"


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_an_interrupted_run_leaves_the_store_consistent(db, tmp_path, how):
    where, query = db
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    base = (MULTI / "consistent" / "示例镇_2024.txt").read_text("utf-8")
    n = 200  # (enough that a fast run on an idle machine is still going when the signal comes)
    for i in range(n):  # one report per invented township: no pairs, every report on its own
        (corpus / f"r{i:03}.txt").write_text(base.replace("示例镇", f"示例{i:03}镇"), "utf-8")
    cmd = GOVLINT + ["check", "--isolated", "--no-source", "-j", "1", str(corpus), "--db", where]
    # (Ctrl-C's handler given back to the run: a test process started in the background, as a CI
    # script may start it, ignores SIGINT, and a child inherits that; Python then installs none)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            done = query("SELECT count(*) FROM reports")[0][0]
        except Exception:
            done = 0
        if done >= 3:
            break
        time.sleep(0.05)
    proc.send_signal(how)
    proc.wait(timeout=60)
    partial = query("SELECT count(*) FROM reports")[0][0]
    assert 3 <= partial < n, "the run was not stopped mid-way"
    assert query("SELECT count(*) FROM cells")[0][0] == 200 * partial  # no report without its cells
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    assert query("SELECT count(*), count(DISTINCT path) FROM reports") == [(n, n)]
    assert query("SELECT count(*) FROM cells")[0][0] == 200 * n
    assert query("SELECT read, skipped FROM runs ORDER BY id DESC LIMIT 1") == [(n - partial, partial)]


def test_summary_from_the_store_and_from_the_directory(db, reports, capsys):
    where, _ = db
    _check(capsys, reports, "--db", where)
    p = [str(reports / f"示例镇_{y}.txt") for y in (2022, 2023, 2024)]
    expected = (
        "path,agency,region,year,level,error,warning,note,families,worst\n"
        f"{p[2]},示例镇人民政府,,2024,乡镇/街道,2,2,0,X:4,X801 二、上年结转（自然人）为2，与上年报告 {p[1]} "
        "的四、结转下年度继续办理（自然人）1不一致\n"
        f"{p[0]},示例镇人民政府,,2022,乡镇/街道,0,0,0,,\n"
        f"{p[1]},示例镇人民政府,,2023,乡镇/街道,0,0,0,,\n")
    for source in (where, reports):
        assert main(["summary", str(source), "--format", "csv", "--isolated"]) == 0
        out, err = capsys.readouterr()
        assert (out, err) == (expected, "")
    assert main(["summary", where, "--format", "csv", "--by", "rule"]) == 0
    assert capsys.readouterr().out == "code,severity,findings,reports\nX801,error,2,1\nX802,warning,1,1\nX803,warning,1,1\n"
    assert main(["summary", where, "--format", "csv", "--by", "year"]) == 0
    assert capsys.readouterr().out == "year,reports,error,warning,note\n2024,1,2,2,0\n2022,1,0,0,0\n2023,1,0,0,0\n"
    assert main(["summary", where, "--format", "csv", "--by", "agency"]) == 0
    assert capsys.readouterr().out == "agency,reports,error,warning,note\n示例镇人民政府,3,2,2,0\n"
    assert main(["summary", where]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "报告（问题最严重的在前）"
    assert out.splitlines()[-12:] == ["各规则合计",
                                      "  X801   error        2 个问题，涉及 1 份报告",
                                      "  X802   warning      1 个问题，涉及 1 份报告",
                                      "  X803   warning      1 个问题，涉及 1 份报告",
                                      "各机关合计",
                                      "  示例镇人民政府  3 份报告  E2 W2 N0",
                                      "各地区合计",
                                      "  （名称未载明）  3 份报告  E2 W2 N0",
                                      "各年度合计",
                                      "  2024  1 份报告  E2 W2 N0",
                                      "  2022  1 份报告  E0 W0 N0",
                                      "  2023  1 份报告  E0 W0 N0"]


def test_summary_of_a_directory_with_progress(reports, capsys):
    assert main(["summary", str(reports), "--format", "csv", "--by", "rule", "--progress", "--isolated"]) == 0
    out, err = capsys.readouterr()
    assert out == "code,severity,findings,reports\nX801,error,2,1\nX802,warning,1,1\nX803,warning,1,1\n"
    assert "3/3" in err


def test_summary_as_a_workbook_holds_the_csv_tables(reports, tmp_path, capsys):
    """--format xlsx: one sheet per table, each the same rows as the CSV of that table."""
    import csv
    import io
    from openpyxl import load_workbook
    out = tmp_path / "summary.xlsx"
    assert main(["summary", str(reports), "--format", "xlsx", "-o", str(out), "--isolated"]) == 0
    assert capsys.readouterr() == ("", "")
    book = load_workbook(out)
    assert book.sheetnames == ["reports", "rules", "agencies", "regions", "years"]
    for sheet, by in zip(book.sheetnames, ("report", "rule", "agency", "region", "year")):
        assert main(["summary", str(reports), "--format", "csv", "--by", by, "--isolated"]) == 0
        expected = list(csv.reader(io.StringIO(capsys.readouterr().out)))
        got = [["" if v is None else str(v) for v in row] for row in book[sheet].iter_rows(values_only=True)]
        assert got == expected, sheet
    assert book["reports"].freeze_panes == "A2"
    assert main(["summary", "--lang", "en", str(reports), "--format", "xlsx", "--isolated"]) == 2
    assert capsys.readouterr().err == "govlint: error: --format xlsx writes a workbook: name it with -o FILE.xlsx\n"


def test_summary_of_nothing_there(tmp_path, capsys):
    assert main(["summary", "--lang", "en", str(tmp_path / "missing.sqlite")]) == 2
    assert capsys.readouterr().err == f"govlint: error: {tmp_path / 'missing.sqlite'}: no such store or directory\n"


def test_the_queries_of_docs_store_md_run(db, reports, capsys):
    import re
    where, query = db
    _check(capsys, reports, "--db", where)
    sql = re.findall(r"```sql\n(.*?)```", (Path(__file__).parent.parent / "docs" / "store.md").read_text("utf-8"), re.S)
    assert len(sql) == 3
    errors, carried, rules = (query(q.strip().rstrip(";")) for q in sql)
    assert [(a, y, c, line) for a, y, c, line, _ in errors] == [("示例镇人民政府", 2024, "X801", 33)] * 2
    assert [(a, y, str(v)) for a, y, v in carried] == [("示例镇人民政府", 2022, "1"), ("示例镇人民政府", 2023, "1"),
                                                       ("示例镇人民政府", 2024, "2")]
    assert rules == [("X801", 2, 1), ("X802", 1, 1), ("X803", 1, 1)]


def _children(pid: int):
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def test_a_killed_worker_leaves_the_store_consistent(db, tmp_path):
    where, query = db
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    base = (MULTI / "consistent" / "示例镇_2024.txt").read_text("utf-8")
    n = 60
    for i in range(n):
        (corpus / f"r{i:03}.txt").write_text(base.replace("示例镇", f"示例{i:03}镇"), "utf-8")
    cmd = GOVLINT + ["check", "--isolated", "--no-source", "-j", "2", str(corpus), "--db", where]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killed = False
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None and not killed:
        workers = _children(proc.pid)
        if workers:
            try:
                done = query("SELECT count(*) FROM reports")[0][0]
            except Exception:
                done = 0
            if done >= 1:
                os.kill(workers[0], signal.SIGKILL)
                killed = True
        time.sleep(0.01)
    proc.wait(timeout=300)
    if not killed:
        pytest.skip("the run ended before a worker could be killed (or /proc lists no children here)")
    # the file the killed worker was checking (if it was between files, none) is that run's error;
    # whatever was stored is stored once, with all its cells
    stored, distinct = query("SELECT count(*), count(DISTINCT path) FROM reports")[0]
    assert stored == distinct and n - 1 <= stored <= n
    assert query("SELECT count(*) FROM cells")[0][0] == 200 * stored
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    assert query("SELECT count(*), count(DISTINCT path) FROM reports") == [(n, n)]
    assert query("SELECT count(*) FROM cells")[0][0] == 200 * n


def _run_sql(where: str, *statements: str) -> None:
    """Statements run on the store and committed (DDL included)."""
    if where.startswith("postgresql"):
        import psycopg
        with psycopg.connect(where) as conn:
            for stmt in statements:
                conn.execute(stmt)
    else:
        conn = sqlite3.connect(where)
        try:
            for stmt in statements:
                conn.execute(stmt)
            conn.commit()
        finally:
            conn.close()


#: a store of schema version 2 taken back to version 1: the snapshot in ``reports``, no packed
#: findings, no region
TO_VERSION_1 = (
    "ALTER TABLE reports ADD COLUMN snapshot TEXT",
    "UPDATE reports SET snapshot = (SELECT s.snapshot FROM snapshots s WHERE s.report_id = reports.id)",
    "DROP TABLE snapshots",
    "ALTER TABLE reports DROP COLUMN results",
    "ALTER TABLE reports DROP COLUMN pair_results",
    "UPDATE reports SET region = NULL",
    "UPDATE meta SET value = '1' WHERE key = 'schema_version'",
)


def test_an_old_store_is_migrated_and_keeps_its_results(db, tmp_path):
    """A version-1 store is brought to version 2 when opened: the snapshots move to their table,
    each report's findings are packed from the findings table, the region is read from the
    agency's name; nothing is read again and the output is the first run's, cross-year findings
    included."""
    where, query = db
    d = tmp_path / "reports"
    d.mkdir()
    for f in (MULTI / "defective").iterdir():
        (d / f.name).write_text(f.read_text("utf-8").replace("示例镇", "示例县示例镇"), "utf-8")
    cmd = GOVLINT + ["check", "--isolated", str(d), "--db", where]
    first = subprocess.run(cmd, capture_output=True, text=True)
    assert first.returncode == 1 and first.stdout.count("X80") == 4
    _run_sql(where, *TO_VERSION_1)
    assert query("SELECT value FROM meta") == [("1",)]
    second = subprocess.run(cmd, capture_output=True, text=True)
    assert (second.returncode, second.stdout, second.stderr) == (first.returncode, first.stdout, first.stderr)
    assert query("SELECT value FROM meta") == [(str(SCHEMA_VERSION),)]
    assert query("SELECT read, skipped FROM runs ORDER BY id") == [(3, 0), (0, 3)]
    assert query("SELECT count(*) FROM snapshots") == [(3,)]
    assert query("SELECT DISTINCT region FROM reports") == [("示例县",)]
    assert query("SELECT count(*) FROM reports WHERE results IS NULL") == [(0,)]
    assert query("SELECT count(*) FROM reports WHERE pair_results IS NOT NULL") == [(1,)]
    # and a changed file is read again, paired with the migrated store's reports
    f = d / "示例镇_2024.txt"
    f.write_text(f.read_text("utf-8").replace("行政规范性文件 | 3 | 1 | 15 |", "行政规范性文件 | 3 | 1 | 14 |"), "utf-8")
    third = subprocess.run(cmd, capture_output=True, text=True)
    assert query("SELECT read, skipped FROM runs WHERE id = 3") == [(1, 2)]
    assert "X802" not in third.stdout and third.stdout.count("X801") == 2


def test_a_second_run_gives_the_same_json(db, reports):
    """Every field of a finding survives the store (related locations, data, the fix, the origin)."""
    where, _ = db
    cmd = GOVLINT + ["check", "--isolated", str(reports), "--db", where, "--format", "json"]
    first = subprocess.run(cmd, capture_output=True, text=True)
    second = subprocess.run(cmd, capture_output=True, text=True)
    assert json.loads(first.stdout)["findings"] and second.stdout == first.stdout


REGIONS = [
    ("示例省示例市示例县示例镇人民政府", "示例省示例市示例县"),
    ("示例县示例镇人民政府", "示例县"),
    ("示例镇人民政府", ""),
    ("示例市人民政府办公室", "示例市"),
    ("示例县市场监督管理局", "示例县"),
    ("示例市市场监督管理局", "示例市"),
    ("示例市场监督管理局", ""),
    ("示例省教育厅", "示例省"),
    ("北京市示例区人民政府", "北京市示例区"),
    ("示例壮族自治区示例市示例区教育局", "示例壮族自治区示例市示例区"),
    ("示例自治州示例县人民政府", "示例自治州示例县"),
    ("示例族自治县人民政府", "示例族自治县"),
    ("示例盟示例旗人民政府", "示例盟示例旗"),
    ("示例市经济技术开发区管理委员会", "示例市"),
    ("示例市示例区示例街道办事处", "示例市示例区"),
    ("示例市公安局交通警察支队示例区大队", "示例市"),
    ("国家示例总局示例市分局", ""),
    ("中共示例县委宣传部", ""),
    ("示例街道办事处", ""),
    ("示例县城乡建设局", "示例县"),
    ("", ""),
]


@pytest.mark.parametrize("name, region", REGIONS)
def test_the_region_is_read_from_the_agency_name(name, region):
    from govlint.store.pairing import agency_region
    assert agency_region(name) == region


def test_the_store_and_the_summary_show_the_region(db, tmp_path, capsys):
    where, query = db
    d = tmp_path / "reports"
    d.mkdir()
    for f in (MULTI / "consistent").iterdir():
        (d / f.name).write_text(f.read_text("utf-8").replace("示例镇人民政府", "示例省示例市示例县示例镇人民政府"), "utf-8")
    (d / "other.txt").write_text((MULTI / "consistent" / "示例镇_2023.txt").read_text("utf-8")
                                 .replace("示例镇人民政府", "另一镇人民政府"), "utf-8")
    _check(capsys, d, "--db", where)
    assert query("SELECT agency, year, region FROM reports ORDER BY path") == [
        ("另一镇人民政府", 2023, None)] + [("示例省示例市示例县示例镇人民政府", y, "示例省示例市示例县") for y in (2022, 2023, 2024)]
    assert main(["summary", where, "--format", "csv", "--by", "region"]) == 0
    assert capsys.readouterr().out == "region,reports,error,warning,note\n示例省示例市示例县,3,0,0,0\n,1,0,0,0\n"
    for source in (where, str(d)):
        assert main(["summary", source, "--isolated"]) == 0
        out = capsys.readouterr().out.splitlines()
        assert f"  {d / '示例镇_2022.txt'}  示例省示例市示例县示例镇人民政府 (示例省示例市示例县) 2022 乡镇/街道  E0 W0 N0" in out
        i = out.index("各地区合计")
        assert out[i + 1:i + 3] == ["  示例省示例市示例县  3 份报告  E0 W0 N0", "  （名称未载明）  1 份报告  E0 W0 N0"]
