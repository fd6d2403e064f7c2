"""The HTML report (``--format html``), opened in a real headless Chromium.

The reports are invented (示例镇人民政府, tests/fixtures/tabs_2024.txt) with one defect of each rule
family put in by find-and-replace (tests/fixtures/generators/defects.py); the same report is also
written as Word and as a web page (tests/fixtures/generators/report_formats.py). What is expected
is worked out from govlint's own JSON findings and its ``parse --format json`` dump, never written
down by hand: the page must mark exactly the cells the findings name, with the text the binder
read there.

Chromium is Debian's ``chromium`` (``.ci/steps/00-system-packages.sh`` installs it), driven by
Playwright with ``executable_path``: no browser is downloaded. A screenshot of each page is kept in
``build/test-artefacts/html/``.
"""
import json
import shutil
import sys
from pathlib import Path

import pytest

from govlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
ARTEFACTS = ROOT / "build" / "test-artefacts" / "html"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
sys.path.insert(0, str(FIXTURES / "generators"))
import report_formats as rf  # noqa: E402
from defects import FAMILY_CODES, defective_text  # noqa: E402

@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The defective report as .txt, .docx and .html (GBK), and each one's HTML report, JSON
    findings and parse dump."""
    pytest.importorskip("docx")
    d = tmp_path_factory.mktemp("html-report")
    text = defective_text()
    (d / "defects.txt").write_text(text, "utf-8")
    blocks = rf.blocks(text)
    rf.write_docx(blocks, d / "defects.docx")
    (d / "defects.html").write_bytes(rf.html_page(blocks).encode("gbk"))
    out = {}
    for ext in ("txt", "docx", "html"):
        src = d / f"defects.{ext}"
        page, found = d / f"defects-{ext}.report.html", d / f"defects-{ext}.json"
        assert main(["check", "--isolated", str(src), "--format", "html", "-o", str(page),
                     "--output", f"json:{found}"]) == 1
        out[ext] = {"src": src, "page": page, "json": json.loads(found.read_text("utf-8"))}
    return out


def _parse_dump(path: Path, capsys) -> dict:
    capsys.readouterr()
    assert main(["parse", "--isolated", str(path), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def named_cells(findings: list, dump: dict) -> set:
    """(table, row, column) of every bound cell that a finding's location or related locations name."""
    out = set()
    for f in findings:
        for loc in [f["location"]] + [r["location"] for r in f["related"]]:
            t, r, c = loc["table"], loc["row_key"], loc["column_key"]
            if t and r and c:
                row = dump["tables"].get(t, {}).get("rows", {}).get(r)
                if row and not row.get("missing") and c in row["cells"]:
                    out.add((t, r, c))
    return out


# ----------------------------------------------------------------------------------------
# the browser

@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (.ci/steps/00-system-packages.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the test extra) drives Chromium")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


class Page:
    """A page opened from a file, watching every request and console message."""

    def __init__(self, browser, path: Path):
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": 1200, "height": 900})
        self.requests, self.problems = [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.goto(self.url)

    def __getattr__(self, name):
        return getattr(self.page, name)

    def assert_quiet(self):
        """No request left the page (only the file itself was loaded), nothing went wrong."""
        assert [u for u in self.requests if u.split("#")[0] != self.url] == []
        assert self.problems == []

    def screenshot_artefact(self, name: str) -> Path:
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTEFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        # a blank 1200-pixel-wide page compresses to a few kilobytes; a drawn report does not
        assert len(data) > 40_000, f"{path} is {len(data)} bytes: the page looks blank"
        return path

    def marked_cells(self) -> dict:
        """data-cell → the cell's own text (without its links to the findings)."""
        return self.page.eval_on_selector_all(
            "td.mk", "es => Object.fromEntries(es.map(e => [e.dataset.cell, "
                     "Array.from(e.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('')]))")


def _cells(marked: dict) -> set:
    return {tuple(k.split("/")) for k in marked}


# ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("ext", ["txt", "docx", "html"])
def test_the_marked_cells_are_the_cells_the_findings_name(browser, reports, capsys, ext):
    r = reports[ext]
    findings = r["json"]["findings"]
    assert {f["code"] for f in findings} == FAMILY_CODES
    dump = _parse_dump(r["src"], capsys)
    expected = named_cells(findings, dump)
    # the failed sum names its 22 cells, the unfilled cell one, the prose contradicts 表四's total
    assert ("表三", "total", "natural") in expected and ("表二", "enforcement", "decisions") in expected
    assert ("表四", "data", "review_total") in expected
    page = Page(browser, r["page"])
    marked = page.marked_cells()
    assert _cells(marked) == expected
    for key, text in marked.items():  # each marked cell shows what the binder read there
        t, row, col = key.split("/")
        assert text == dump["tables"][t]["rows"][row]["cells"][col]["text"]
    # severities: the unfilled 行政强制 cell is a warning only, the failed sum's total an error
    assert page.get_attribute('td[data-cell="表二/enforcement/decisions"]', "class").split()[-1] == "m-warning"
    assert page.get_attribute('td[data-cell="表三/total/natural"]', "class").split()[-1] == "m-error"
    page.screenshot_artefact(f"defects-{ext}")
    page.assert_quiet()
    page.close()


def test_same_marked_cells_whatever_the_input_format(browser, reports):
    seen = {}
    for ext in ("txt", "docx", "html"):
        page = Page(browser, reports[ext]["page"])
        seen[ext] = _cells(page.marked_cells())
        page.close()
    assert seen["txt"] == seen["docx"] == seen["html"]
    assert len(seen["txt"]) == 2 * 22 + 1 + 1  # two failed sums (自然人, 总计), 22 cells each


def test_clicking_a_finding_scrolls_to_its_cell_and_marks_it(browser, reports):
    r = reports["txt"]
    page = Page(browser, r["page"])
    n = [f["code"] for f in r["json"]["findings"]].index("C203") + 1
    finding = f"#r0-f{n}"
    assert page.get_attribute(finding, "data-target") == page.get_attribute(
        'td[data-cell="表二/enforcement/decisions"]', "id")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.click(f"{finding} a.go")
    cell = page.locator('td[data-cell="表二/enforcement/decisions"]')
    assert cell.evaluate("e => e.matches(':target') && e.classList.contains('focus')")
    box = cell.evaluate("e => { const b = e.getBoundingClientRect(); return [b.top, b.bottom]; }")
    assert 0 <= box[0] and box[1] <= 900, box  # scrolled into view
    # and back: the cell links to its finding, which is then marked
    cell.locator(f'sup a[href="{finding}"]').click()
    assert page.locator(finding).evaluate("e => e.matches(':target')")
    # the prose finding leads to its paragraph, the span marked
    n601 = next(f for f in r["json"]["findings"] if f["code"] == "N601")
    line = defective_text().splitlines()[n601["line"] - 1]
    i = [f["code"] for f in r["json"]["findings"]].index("N601") + 1
    page.click(f"#r0-f{i} a.go")
    para = page.locator(f"#r0-L{n601['line']}")
    assert para.evaluate("e => e.matches(':target')")
    assert para.locator("mark").all_text_contents() == [line[n601["column"] - 1:n601["end_column"] - 1]]
    # the missing section is drawn in its place, marked, and S101 leads to it
    i = [f["code"] for f in r["json"]["findings"]].index("S101") + 1
    page.click(f"#r0-f{i} a.go")
    missing = page.locator("#r0-s5")
    assert missing.evaluate("e => e.matches(':target') && e.classList.contains('missing')")
    assert "本部分缺失" in missing.text_content() and "五、存在的主要问题及改进情况" in missing.text_content()
    page.assert_quiet()
    page.close()


def test_rule_docs_open_on_a_click(browser, reports):
    page = Page(browser, reports["txt"]["page"])
    page.click('.f a.code[data-code="A302"] >> nth=0')
    dialog = page.locator("dialog#gl-doc")
    assert dialog.evaluate("e => e.open")
    assert "A302" in dialog.text_content() and "如何修改" in dialog.text_content()
    page.assert_quiet()
    page.close()


@pytest.fixture(scope="module")
def corpus_page(reports, tmp_path_factory):
    """Several reports: the clean fixtures and the defective one."""
    d = tmp_path_factory.mktemp("corpus")
    for name in ("tabs_2024.txt", "messy_2023.txt", "tabs_2020_trial.txt"):
        shutil.copy(FIXTURES / name, d / name)
    shutil.copy(reports["txt"]["src"], d / "defects.txt")
    page, found = d / "corpus.html", d / "corpus.json"
    assert main(["check", "--isolated", str(d), "--format", "html", "-o", str(page), "--output",
                 f"json:{found}", "--jobs", "1"]) == 1
    return page, json.loads(found.read_text("utf-8"))


def test_summary_filters_hide_and_show_the_right_rows(browser, corpus_page):
    path, data = corpus_page
    findings = data["findings"]
    families = {r["code"]: r["family"] for r in data["tool"]["rules"]}
    page = Page(browser, path)
    assert page.locator("#summary").is_visible()
    rule_rows = lambda: set(page.eval_on_selector_all(  # noqa: E731
        'table[data-g="rule"] tbody tr:not([hidden])', "es => es.map(e => e.dataset.k)"))
    hidden_findings = lambda: {e for e in page.eval_on_selector_all(  # noqa: E731
        ".f[hidden]", "es => es.map(e => e.dataset.sev + ' ' + e.dataset.fam)")}
    assert rule_rows() == {f["code"] for f in findings}
    assert page.eval_on_selector_all(".f[hidden]", "es => es.length") == 0
    counts = page.eval_on_selector_all('table[data-g="sev"] tbody tr',
                                       "es => es.map(e => [e.dataset.k, +e.querySelector('td.n').textContent])")
    assert dict(counts) == {s: sum(f["severity"] == s for f in findings) for s in ("error", "warning", "note")}

    page.uncheck('.flt input[data-k="sev"][value="warning"]')
    assert rule_rows() == {f["code"] for f in findings if f["severity"] != "warning"}
    assert {h.split()[0] for h in hidden_findings()} == {"warning"}
    assert page.eval_on_selector_all(".f[hidden]", "es => es.length") == sum(
        f["severity"] == "warning" for f in findings)
    page.uncheck('.flt input[data-k="fam"][value="arithmetic"]')
    left = [f for f in findings if f["severity"] != "warning" and families[f["code"]] != "arithmetic"]
    assert rule_rows() == {f["code"] for f in left}
    assert page.eval_on_selector_all(".f:not([hidden])", "es => es.length") == len(left)
    # the failed sum's cells lose their mark with it; the rows per report count what is left
    assert page.locator('td.mk[data-cell="表三/total/natural"]').evaluate("e => e.classList.contains('off')")
    per_report = dict(page.eval_on_selector_all(
        'table[data-g="report"] tbody tr', "es => es.map(e => [e.querySelector('a').textContent, "
                                           "+e.querySelector('td.n').textContent])"))
    assert per_report == {f["path"]: sum(g["path"] == f["path"] for g in left) for f in data["files"]}
    page.check('.flt input[data-k="sev"][value="warning"]')
    page.check('.flt input[data-k="fam"][value="arithmetic"]')
    assert rule_rows() == {f["code"] for f in findings}
    assert page.eval_on_selector_all(".f[hidden]", "es => es.length") == 0
    page.screenshot_artefact("corpus-summary")
    page.assert_quiet()
    page.close()


def test_summary_sorts_and_each_report_is_one_click_away(browser, corpus_page):
    path, data = corpus_page
    page = Page(browser, path)
    table = 'table[data-g="rule"]'
    codes = lambda: page.eval_on_selector_all(f"{table} tbody tr", "es => es.map(e => e.dataset.k)")  # noqa: E731
    page.click(f"{table} thead th >> nth=0")
    assert codes() == sorted(codes())
    page.click(f"{table} thead th >> nth=0")
    assert codes() == sorted(codes(), reverse=True)
    page.click(f"{table} thead th >> nth=3")  # the counts, ascending
    n = page.eval_on_selector_all(f"{table} tbody td.n", "es => es.map(e => +e.textContent)")
    assert n == sorted(n) and sum(n) == len(data["findings"])
    # bars: the longest for the most frequent rule
    widths = page.eval_on_selector_all(f"{table} tbody rect", "es => es.map(e => +e.getAttribute('width'))")
    assert widths[n.index(max(n))] == 160
    # a report, one click away; the summary gives way to it
    files = [f["path"] for f in data["files"]]
    i = next(k for k, p in enumerate(files) if p.endswith("defects.txt"))
    page.click(f'table[data-g="report"] a[href="#r{i}"]')
    assert page.locator(f"#r{i}").is_visible() and not page.locator("#summary").is_visible()
    assert not page.locator(f"#r{(i + 1) % len(files)}").is_visible()
    page.screenshot_artefact("corpus-report")
    # a cell of that report, reached from its finding: the report stays shown
    page.click(f"#r{i} .f a.go >> nth=1")
    assert page.locator(f"#r{i}").is_visible()
    page.click(f"#r{i} nav a")
    assert page.locator("#summary").is_visible()
    page.assert_quiet()
    page.close()


def test_english_and_print(browser, reports, tmp_path):
    out = tmp_path / "en.html"
    assert main(["check", "--isolated", str(reports["txt"]["src"]), "--format", "html", "-o", str(out),
                 "--lang", "en"]) == 1
    page = Page(browser, out)
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h3 >> nth=0").text_content().startswith("Findings")
    assert "this section is missing" in page.locator("#r0-s5").text_content()
    page.emulate_media(media="print")
    assert not page.locator("dialog#gl-doc").is_visible()
    assert page.locator("td.mk >> nth=0").evaluate("e => getComputedStyle(e).printColorAdjust") == "exact"
    pdf = page.pdf()
    assert pdf[:4] == b"%PDF" and len(pdf) > 20_000
    page.assert_quiet()
    page.close()


# ----------------------------------------------------------------------------------------
# without a browser

def test_the_page_is_self_contained(reports):
    html = reports["txt"]["page"].read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in html
    for outside in ("http://", "https://", "//", "<link", " src=", "@import", "url("):
        assert outside not in html.replace("<!DOCTYPE", ""), outside
    assert "default-src 'none'" in html  # and the page forbids itself any request


def test_html_beside_other_outputs(work, capsys):
    src = FIXTURES / "messy_2023.txt"
    assert main(["check", "--isolated", str(src), "--output", "html:report.html", "--format", "json"]) == 1
    out = json.loads(capsys.readouterr().out)
    html = (work / "report.html").read_text("utf-8")
    assert html.count('class="f s-') == len(out["findings"]) == 8  # (C206 notes messy_2023's full-width digits)
    # no bound tables: a formatter called without them still lists the findings
    from govlint.diagnostics import FileResult
    from govlint.outputs import OutputContext
    from govlint.outputs.html import format_results
    page = format_results([FileResult("x.txt")], OutputContext())
    assert "未发现问题" in page and "未能读取本报告的结构" in page


def test_worker_processes_keep_the_bound_tables(work):
    """With --jobs 2 the reports are checked in forked workers: their bound tables come back too."""
    for i in range(8):
        shutil.copy(FIXTURES / "tabs_2024.txt", work / f"r{i}.txt")
    assert main(["check", "--isolated", str(work), "--format", "html", "-o", "page.html", "--jobs", "2"]) == 0
    html = (work / "page.html").read_text("utf-8")
    assert html.count("<table class=grid>") == 8 * 3 and html.count('class="report"') == 8


def test_html_is_a_builtin_format_that_asks_for_the_bound_tables():
    from govlint.outputs import builtin_formatters, html_bound_view
    html = builtin_formatters()["html"]
    assert html.bound_view is html_bound_view
    assert all(getattr(f, "bound_view", None) is None for n, f in builtin_formatters().items() if n != "html")


def test_spawned_workers_are_told_to_keep_the_bound_tables_too():
    """Where workers are spawned, each rebuilds its Settings from a picklable recipe."""
    import functools
    import pickle
    from govlint.cli import _worker_settings
    from govlint.config import Config
    from govlint.outputs import html_bound_view
    recipe = pickle.loads(pickle.dumps(functools.partial(_worker_settings, Config(), True,
                                                         bound_view=html_bound_view)))
    assert recipe().bound_view is html_bound_view
    assert _worker_settings(Config(), True).bound_view is None


def test_missing_rows_and_tables_are_drawn_in_place_and_marked(work):
    from lxml import html as lxml_html
    text = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
    rows = "一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t13\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
    t4 = text[text.index("行政复议\t行政诉讼"):text.index("五、存在的主要问题")]
    assert text.count(rows) == 1
    (work / "r.txt").write_text(text.replace(rows, "").replace(t4, "本年度发生行政复议2件。\n"), "utf-8")
    assert main(["check", "--isolated", "r.txt", "--format", "html", "-o", "r.html",
                 "--output", "json:r.json"]) == 1
    codes = {f["code"] for f in json.loads((work / "r.json").read_text("utf-8"))["findings"]}
    assert {"C201", "C202"} <= codes
    doc = lxml_html.fromstring((work / "r.html").read_bytes())
    tables = doc.xpath('//div[contains(@class, "table")]')
    t3 = next(t for t in tables if t.xpath('.//p[@class="cap"]')[0].text_content().startswith("表三"))
    missing = t3.xpath('.//tr[contains(@class, "missing")]')
    assert [tr.get("id").rsplit("-", 1)[1] for tr in missing] == ["new", "carry"]
    assert all("mk" in tr.get("class") and "本行缺失" in tr.text_content() for tr in missing)
    t4 = next(t for t in tables if t.xpath('.//p[@class="cap"]')[0].text_content().startswith("表四"))
    assert "missing" in t4.get("class") and "mk" in t4.get("class") and "本表缺失" in t4.text_content()
    assert not t4.xpath(".//table")


def test_each_report_of_a_corpus_marks_the_cells_its_findings_name(browser, corpus_page, capsys):
    path, data = corpus_page
    page = Page(browser, path)
    for i, f in enumerate(data["files"]):
        dump = _parse_dump(Path(f["path"]), capsys)
        expected = named_cells([g for g in data["findings"] if g["path"] == f["path"]], dump)
        got = page.eval_on_selector_all(f"#r{i} td.mk", "es => es.map(e => e.dataset.cell)")
        assert {tuple(c.split("/")) for c in got} == expected, f["path"]
    assert page.eval_on_selector_all("td.mk", "es => es.length") == sum(
        len(named_cells([g for g in data["findings"] if g["path"] == f["path"]],
                        _parse_dump(Path(f["path"]), capsys))) for f in data["files"])
    page.assert_quiet()
    page.close()


def test_files_that_could_not_be_checked_are_said_so(work):
    shutil.copy(FIXTURES / "tabs_2024.txt", work / "good.txt")
    (work / "bad.txt").write_text("hello world\n", "utf-8")
    assert main(["check", "--isolated", str(work), "--format", "html", "-o", "page.html", "--jobs", "1"]) == 2
    html = (work / "page.html").read_text("utf-8")
    assert "无法检查 1</span>" in html  # in the summary
    assert html.count('<div class="errors"><h3>无法检查</h3><ul><li>这个文件看起来不是政府信息公开工作年度报告') == 1
    assert html.count('<span class="miss">无法检查</span>') == 1  # beside the file in the list of reports
