"""govlint on real formats: PDF, Word and web pages, each against its floor in the same run.

    .venv/bin/python bench/formats.py            # 1,000-file mixed corpus for memory (~5 min)
    .venv/bin/python bench/formats.py --quick    # 300 files (~2 min)
    .venv/bin/python bench/formats.py --quick --instructions   # also callgrind's counts (~5 min more)

What it prints, every figure next to its target:

- PDF, ms a page: the reader in process (reader cache off) on the corpus PDFs
  (``../shared/corpus/pdf``) and on generated ones, the median over the files; beside it the floors
  in the same run: PDFium's text alone, and PDFium's characters with their boxes and the page's
  paths with their bounds (what the reader cannot do without); and pdfminer (the reader before,
  ``GOVLINT_PDF_ENGINE=pdfminer``).
- Word and web page, ms a file: the reader against lxml parsing the same XML (the .docx's
  document part out of its zip; the page with ``lxml.html``).
- A mixed corpus, 60 % PDF (copies of the corpus PDFs), 20 % .docx, 20 % .html, checked by
  ``govlint check --jobs 1`` as a subprocess: now against the PDF reading before (pdfminer), cache off.
- The caches: the same corpus checked with an empty cache folder, then again (warm: the results
  cache serves every file, no report is opened), and warm with the reader cache alone
  (``GOVLINT_RESULTS_CACHE_MB=0``).
- Peak memory (PSS of the process tree) of ``govlint check --jobs 2`` over the memory corpus.
- With ``--instructions``, valgrind's callgrind counts (``PYTHONHASHSEED=0``; they do not move with
  the machine's load, the times do): the readers in process against their floors (PDF a page over
  the corpus PDFs, .docx and .html a file), and ``check --jobs 1`` of a 10-file mixed corpus now
  and with the PDF reading before; and cachegrind's simulated first-level cache misses of the .html
  reader and its floor (the reader's time is a larger multiple of the floor's than its instructions).
- With selectolax installed (it is not a dependency), Lexbor's HTML5 parse of the decoded page beside
  the lxml floor: what another parser would cost in the reader's place.

The generated files are invented reports (bench/generate.py, tab layout) written as .docx, .html
and .pdf by the test suite's generator (tests/fixtures/generators/report_formats.py; reportlab,
the test extra, writes the PDFs). No timing is asserted by the test suite.
"""
from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Callable, List, Optional, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "generators"))

import generate  # noqa: E402  (bench/generate.py)
from run import Table, govlint_cmd, peak_memory, wall  # noqa: E402  (bench/run.py)

TARGETS = {
    "pdf_page_ms": 20.0,       # a PDF page, in process
    "pdf_floor_ratio": 4.0,    # against PDFium's characters, boxes and paths
    "xml_floor_ratio": 3.0,    # .docx and .html against lxml's parse
    "mixed_speedup": 5.0,      # the mixed corpus, against the PDF reading before
    "warm_ratio": 50.0,        # a warm-cache rerun against a cold one (whole runs)
    "peak_mb": 150.0,          # 2 jobs over the memory corpus
}


# -- files ----------------------------------------------------------------------------------------
def generated(out: Path, n: int, seed: int, kinds=("pdf", "docx", "html")) -> List[Path]:
    """``n`` invented reports in each of ``kinds`` (kept if already there)."""
    import report_formats as rf
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        want = [out / f"g{seed}-{i:04d}.{k}" for k in kinds]
        if not all(p.exists() for p in want):
            text, _ = generate.report(seed * 1_000_003 + i, "tabs", 10)
            bl = rf.blocks(text)
            for p in want:
                if p.suffix == ".pdf":
                    rf.write_pdf(bl, p)
                elif p.suffix == ".docx":
                    rf.write_docx(bl, p)
                else:
                    p.write_bytes(rf.html_page(bl).encode("gbk"))
        paths += want
    return paths


def mixed_corpus(out: Path, n: int, gen: Path, seed: int) -> Path:
    """``n`` files: 60 % PDF (copies of the corpus PDFs), 20 % .docx, 20 % .html (generated)."""
    d = out / f"mixed-{n}-s{seed}"
    if d.is_dir() and len(list(d.iterdir())) == n:
        return d
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    n_pdf, n_docx = n * 3 // 5, n // 5
    n_html = n - n_pdf - n_docx
    real = sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []
    made = generated(gen, max(n_docx, n_html, 1 if real else n_pdf), seed)
    by_kind = {k: [p for p in made if p.suffix == k] for k in (".pdf", ".docx", ".html")}
    for i in range(n_pdf):
        # the real PDFs (their fonts embedded, as published reports have them); generated ones only
        # without the corpus (reportlab's STSong-Light is not embedded: PDFium loads a 26 MB
        # substitute font for it, ~15 ms a page and 25 MB a process that real reports do not cost)
        src = real[i % len(real)] if real else by_kind[".pdf"][i % len(by_kind[".pdf"])]
        # each copy its own bytes (a comment after the end), so that a cold reader cache reads each
        (d / f"{i:05d}-{src.name}").write_bytes(src.read_bytes() + b"\n%% govlint bench copy %d\n" % i)
    for i in range(n_docx):
        src = by_kind[".docx"][i % len(by_kind[".docx"])]
        shutil.copy(src, d / f"{n_pdf + i:05d}-{src.name}")
    for i in range(n_html):
        src = by_kind[".html"][i % len(by_kind[".html"])]
        shutil.copy(src, d / f"{n_pdf + n_docx + i:05d}-{src.name}")
    return d


# -- in-process timings ------------------------------------------------------------------------------
def best_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return min(samples) * 1000


def pdf_text_floor(data: bytes) -> None:
    """PDFium's text of every page, nothing else."""
    import pypdfium2
    doc = pypdfium2.PdfDocument(data)
    try:
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
    finally:
        doc.close()


def pdf_chars_floor(data: bytes) -> None:
    """PDFium's characters with their boxes and the page's paths with their bounds: one call a
    character or path for what the reader needs, nothing made of it."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as raw
    doc = pypdfium2.PdfDocument(data)
    rect = raw.FS_RECTF()
    x0, y0, x1, y1 = (ctypes.c_float() for _ in range(4))
    try:
        for i in range(len(doc)):
            page = doc[i]
            tp = raw.FPDFText_LoadPage(page.raw)
            for k in range(raw.FPDFText_CountChars(tp)):
                raw.FPDFText_GetUnicode(tp, k)
                raw.FPDFText_GetLooseCharBox(tp, k, rect)
            raw.FPDFText_ClosePage(tp)
            for k in range(raw.FPDFPage_CountObjects(page.raw)):
                obj = raw.FPDFPage_GetObject(page.raw, k)
                if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_PATH:
                    raw.FPDFPageObj_GetBounds(obj, x0, y0, x1, y1)
            page.close()
    finally:
        doc.close()


def docx_floor(data: bytes) -> None:
    from lxml import etree
    zf = zipfile.ZipFile(io.BytesIO(data))
    etree.fromstring(zf.read("word/document.xml"))


def html_floor(data: bytes) -> None:
    from lxml import html
    html.document_fromstring(data)


def html_lexbor(data: bytes) -> None:
    """Lexbor's HTML5 parse (selectolax) of the text the reader decodes: what another parser would
    cost in the reader's place (informational; selectolax is not a dependency)."""
    from selectolax.lexbor import LexborHTMLParser
    from govlint.readers.html import decode
    LexborHTMLParser(decode(data)[0])


def pdf_figures(table: Table, files: List[Path], repeat: int, label: str, targets: bool = True) -> None:
    from govlint.readers import pdf as pdf_reader
    from govlint.readers import read
    os.environ["GOVLINT_CACHE_DIR"] = ""
    rows = []
    for f in files:
        data = f.read_bytes()
        pages = read(f).source["pages"]
        pdf_reader.ENGINE = "pdfium"
        now = best_ms(lambda: read(f), repeat) / pages
        text = best_ms(lambda: pdf_text_floor(data), repeat) / pages
        chars = best_ms(lambda: pdf_chars_floor(data), repeat) / pages
        pdf_reader.ENGINE = "pdfminer"
        before = best_ms(lambda: read(f), max(1, repeat // 2)) / pages
        pdf_reader.ENGINE = "pdfium"
        rows.append((now, text, chars, before))
        print(f"    {f.name:40s} {pages} pages: {now:5.1f} ms a page (PDFium text {text:4.1f}, characters and "
              f"paths {chars:4.1f}; pdfminer {before:5.1f})", flush=True)
    now, text, chars, before = (statistics.median(r[i] for r in rows) for i in range(4))
    table.add(f"PDF ({label}), ms a page (median)", f"{now:.1f}", f"≤ {TARGETS['pdf_page_ms']:g}" if targets else "",
              now <= TARGETS["pdf_page_ms"] if targets else None)
    table.add("  floor: PDFium text only", f"{text:.1f}")
    table.add("  floor: PDFium characters, boxes, paths", f"{chars:.1f}")
    table.add("  reader vs that floor", f"{now / chars:.1f}×", f"≤ {TARGETS['pdf_floor_ratio']:g}×" if targets else "",
              now / chars <= TARGETS["pdf_floor_ratio"] if targets else None)
    table.add("  before: pdfminer, ms a page", f"{before:.1f}", f"({before / now:.1f}× slower)")


def xml_figures(table: Table, files: List[Path], repeat: int, kind: str, floor: Callable[[bytes], None]) -> None:
    from govlint.readers import read
    os.environ["GOVLINT_CACHE_DIR"] = ""
    rows = []
    for f in files:
        data = f.read_bytes()
        rows.append((best_ms(lambda: read(f), repeat), best_ms(lambda: floor(data), repeat)))
    now, base = statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)
    table.add(f"{kind}, ms a file (median of {len(files)})", f"{now:.2f}")
    table.add(f"  floor: lxml parse", f"{base:.2f}")
    table.add(f"  reader vs lxml", f"{now / base:.1f}×", f"≤ {TARGETS['xml_floor_ratio']:g}×",
              now / base <= TARGETS["xml_floor_ratio"])
    if kind == ".html":
        try:
            import selectolax  # noqa: F401  (only to compare parsers; not a dependency)
        except ImportError:
            return
        lex = statistics.median(best_ms(lambda: html_lexbor(f.read_bytes()), repeat) for f in files)
        table.add("  (Lexbor's parse of the decoded page)", f"{lex:.2f}", f"({base / lex:.1f}× faster than lxml)")


# -- instruction counts (callgrind): the same on a busy machine as on a quiet one -------------------
_COUNT = """
import os, sys
os.environ["GOVLINT_CACHE_DIR"] = ""
sys.path.insert(0, {bench!r})
from pathlib import Path
import formats
from govlint.readers import read
mode, floor, n = sys.argv[1], getattr(formats, sys.argv[2]), int(sys.argv[3])
files = [Path(p) for p in sys.argv[4:]]
for f in files:  # imports, patterns compiled on first use, PDFium loaded
    read(f)
    floor(f.read_bytes())
for _ in range(n):
    for f in files:
        if mode == "read":
            read(f)
        elif mode == "floor":
            floor(f.read_bytes())
"""


def _callgrind(cmd: List[str], env: dict) -> Optional[int]:
    """Instructions executed by a command and its children (callgrind); None without valgrind."""
    import subprocess
    if not shutil.which("valgrind"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                               f"--callgrind-out-file={tmp}/cg.%p", *cmd],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    found = [int(line.split()[-1].replace(",", "")) for line in proc.stderr.splitlines() if "refs:" in line]
    return sum(found) if found else None


def instruction_figures(table: Table, label: str, files: List[Path], floor: str, n: int, units: int) -> None:
    """Instructions of the reader (``read()`` in process) and of its floor, per ``units`` (pages or
    files) of one pass over ``files``: (a run doing it ``n`` times − a run doing nothing) / n."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "GOVLINT_CACHE_DIR": ""}
    script = _COUNT.format(bench=str(HERE))
    counts = [_callgrind([sys.executable, "-c", script, mode, floor, str(n), *map(str, files)], env)
              for mode in ("none", "read", "floor")]
    if None in counts:
        print("  (no valgrind: instruction counts skipped)", flush=True)
        return
    none, reader, base = counts
    r, f = (reader - none) / n / units / 1e6, (base - none) / n / units / 1e6
    table.add(f"  instructions, {label}: reader / floor", f"{r:.1f} M / {f:.1f} M", f"({r / f:.2f}×)")


def cache_figures(table: Table, files: List[Path], floor: str, n: int) -> None:
    """Simulated first-level cache misses (cachegrind) a file of the reader and of its floor: where
    the reader's time goes beyond its instructions (no hardware counters in this machine's VM)."""
    import re
    import subprocess
    if not shutil.which("valgrind"):
        return
    env = {**os.environ, "PYTHONHASHSEED": "0", "GOVLINT_CACHE_DIR": ""}
    script = _COUNT.format(bench=str(HERE))
    counts = []
    for mode in ("none", "read", "floor"):
        proc = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=yes", "--cachegrind-out-file=/dev/null",
                               sys.executable, "-c", script, mode, floor, str(n), *map(str, files)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        got = {}
        for key in ("I1  misses", "D1  misses", "LL misses"):
            m = re.search(re.escape(key) + r":\s*([\d,]+)", proc.stderr)
            if m is None:
                print("  (cachegrind gave no counts: cache figures skipped)", flush=True)
                return
            got[key] = int(m.group(1).replace(",", ""))
        counts.append(got)
    none, reader, base = counts
    units = n * len(files)
    for key, label in (("I1  misses", "instruction"), ("D1  misses", "data"), ("LL misses", "last-level")):
        r, f = (reader[key] - none[key]) / units / 1e3, (base[key] - none[key]) / units / 1e3
        table.add(f"  .html, {label} cache misses a file: reader / floor", f"{r:.1f} K / {f:.1f} K")


def mixed_instructions(table: Table, cmd: List[str], env: dict, work: Path, gen: Path, seed: int) -> None:
    """``check --jobs 1`` of a 10-file mixed corpus (the reader's child process included), in
    instructions: now, and with the PDF reading before (pdfminer)."""
    d = mixed_corpus(work, 10, gen, seed)
    env = {**env, "PYTHONHASHSEED": "0"}
    # (no time limit a file: under valgrind the PDF reading before takes minutes a file, and a
    # file stopped by the watchdog would count less than its reading)
    run = cmd + ["check", "--no-plugins", "--jobs", "1", "--timeout", "0", str(d)]
    wall(run, env)  # (byte code written)
    now = _callgrind(run, env)
    before = _callgrind(run, {**env, "GOVLINT_PDF_ENGINE": "pdfminer"})
    if now is None or before is None:
        print("  (no valgrind: instruction counts skipped)", flush=True)
        return
    table.add("  instructions, mixed corpus (10 files), now / before", f"{now / 1e6:,.0f} M / {before / 1e6:,.0f} M",
              f"({before / now:.1f}×)")


# -- subprocess runs --------------------------------------------------------------------------------
def check_seconds(cmd: List[str], folder: Path, env: dict, repeat: int, jobs: int = 1) -> float:
    best = None
    for _ in range(repeat):
        seconds, status = wall(cmd + ["check", "--no-plugins", "--jobs", str(jobs), str(folder)], env)
        if status not in (0, 1, 2):
            raise SystemExit(f"govlint check exited {status}")
        best = seconds if best is None else min(best, seconds)
    return best


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller corpora, fewer repeats")
    ap.add_argument("--mixed", type=int, help="files in the mixed corpus (default 200; quick 100)")
    ap.add_argument("--memory-files", type=int, help="files in the memory corpus (default 1000; quick 300)")
    ap.add_argument("--repeat", type=int, help="repeats of each timing; the best is kept (default 5; quick 3)")
    ap.add_argument("--work", type=Path, help="keep the generated files in this directory")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions with valgrind's callgrind (the same under load; ~5 min)")
    args = ap.parse_args(argv)
    repeat = args.repeat or (3 if args.quick else 5)
    n_mixed = args.mixed or (100 if args.quick else 200)
    n_memory = args.memory_files or (300 if args.quick else 1000)
    tmp = None
    if args.work:
        work = args.work
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="govlint-formats-")
        work = Path(tmp.name)
    try:
        return _run(args, work, repeat, n_mixed, n_memory)
    finally:
        if tmp is not None:
            tmp.cleanup()


def _run(args, work: Path, repeat: int, n_mixed: int, n_memory: int) -> int:
    table = Table()
    gen = work / "generated"
    samples = generated(gen, 6, args.seed)
    real = sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []
    print(f"{'figure':<46} {'value':>16}  {'target':<14}", flush=True)
    if real:
        pdf_figures(table, real, repeat, "the corpus")
    pdf_figures(table, [p for p in samples if p.suffix == ".pdf"], repeat, "generated, fonts not embedded",
                targets=not real)
    xml_figures(table, [p for p in samples if p.suffix == ".docx"], repeat, ".docx", docx_floor)
    xml_figures(table, [p for p in samples if p.suffix == ".html"], repeat, ".html", html_floor)

    cmd = govlint_cmd()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "GOVLINT_PDF_ENGINE")}
    env["GOVLINT_CACHE_DIR"] = ""
    if args.instructions:
        if real:
            from govlint.readers import read
            pages = sum(read(p).source["pages"] for p in real)
            instruction_figures(table, "PDF a page", real, "pdf_chars_floor", 1, pages)
        for kind, floor in ((".docx", "docx_floor"), (".html", "html_floor")):
            files = [p for p in samples if p.suffix == kind]
            instruction_figures(table, f"{kind} a file", files, floor, 5, len(files))
        cache_figures(table, [p for p in samples if p.suffix == ".html"], "html_floor", 5)
        mixed_instructions(table, cmd, env, work, gen, args.seed)
    mixed = mixed_corpus(work, n_mixed, gen, args.seed)
    n = len(list(mixed.iterdir()))
    wall(cmd + ["--version"], env)  # byte code written
    now = check_seconds(cmd, mixed, env, repeat)
    before = check_seconds(cmd, mixed, {**env, "GOVLINT_PDF_ENGINE": "pdfminer"}, max(1, repeat // 2))
    both = check_seconds(cmd, mixed, env, repeat, jobs=2)
    table.add(f"mixed corpus ({n} files), 1 job, s", f"{now:.2f}")
    table.add("  ms a file, now / before (1 job)", f"{now / n * 1000:.1f} / {before / n * 1000:.1f}")
    table.add("  ms a file, 2 jobs", f"{both / n * 1000:.1f}")
    table.add("  speed-up against the PDF reading before", f"{before / now:.1f}×", f"≥ {TARGETS['mixed_speedup']:g}×",
              before / now >= TARGETS["mixed_speedup"])

    cache = work / "cache"
    if cache.exists():
        shutil.rmtree(cache)
    cold_env = {**env, "GOVLINT_CACHE_DIR": str(cache)}
    cold = check_seconds(cmd, mixed, cold_env, 1)
    warm = check_seconds(cmd, mixed, cold_env, repeat)
    # the reader cache alone (results cache off): the layout and the rules still run on every file
    readers_only = check_seconds(cmd, mixed, {**cold_env, "GOVLINT_RESULTS_CACHE_MB": "0"}, repeat)
    cold_before = check_seconds(cmd, mixed, {**env, "GOVLINT_PDF_ENGINE": "pdfminer"}, 1)
    table.add("caches: cold run (empty cache), s", f"{cold:.2f}")
    table.add("  warm run (reader and results caches), s", f"{warm:.2f}")
    table.add("  cold / warm", f"{cold / warm:.1f}×", f"≥ {TARGETS['warm_ratio']:g}×", cold / warm >= TARGETS["warm_ratio"])
    table.add("  warm with the reader cache alone, s", f"{readers_only:.2f}", f"(cold / that {cold / readers_only:.1f}×)")
    table.add("  cold with the PDF reading before / warm", f"{cold_before / warm:.1f}×")
    startup, _ = wall(cmd + ["--version"], env)
    table.add("  (govlint's start, s)", f"{startup:.2f}")
    shutil.rmtree(cache, ignore_errors=True)

    memory = mixed_corpus(work, n_memory, gen, args.seed)
    seconds, peak, largest, status = peak_memory(cmd + ["check", "--no-plugins", "--jobs", "2", str(memory)])
    table.add(f"peak memory, {n_memory} files, 2 jobs (PSS), MB", f"{peak:.0f}", f"≤ {TARGETS['peak_mb']:g}",
              peak <= TARGETS["peak_mb"])
    table.add("  largest process (maxrss), MB; seconds", f"{largest:.0f}; {seconds:.1f}")
    missed = [r for r in table.rows if r[3] == "MISSED"]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
