"""The catalogue of renderings and the one function that builds them all.

A rendering is a source report (sources.py) turned into a file by one layout: a text
degradation (text_forms.py), a Word document in a table style (docx_styles.py), or that Word
document converted by LibreOffice to PDF, HTML or Word again (libreoffice.py); or a web page of
the source (web_pages.py), or LibreOffice's HTML of its Word document, printed to PDF by Chromium
(browser_print.py). The ids name the layout: ``clean-docx-narrow-borderless-pdf`` is the clean
source, as a Word document with narrow borderless tables, printed to PDF by LibreOffice;
``clean-web-site-editor-a5-chromium-pdf`` its site editor's page printed by Chromium on A5 paper.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional

from . import browser_print, docx_styles, libreoffice, sources, text_forms, varied, voices, web_pages


@dataclass(frozen=True)
class Rendering:
    id: str
    source: str  # a key of sources.SOURCES
    kind: str  # "text", "docx" (python-docx), a key of libreoffice.TARGETS or OTHERS, "chromium", "html-chromium"
    #          # or "pdftotext"
    layout: str  # a text form, a docx style name, or (chromium) a web page's kind
    print: str = ""  # (printed by Chromium) a key of PRINTS

    @property
    def needs_soffice(self) -> bool:
        return self.kind in libreoffice.TARGETS or self.kind in libreoffice.OTHERS or self.kind in (
            "html-chromium", "pdftotext")

    @property
    def needs_pdftotext(self) -> bool:
        return self.kind == "pdftotext"

    @property
    def needs_chromium(self) -> bool:
        return self.kind in ("chromium", "html-chromium")


#: how Chromium prints: (paper put in by a print style sheet or "", its header and footer)
PRINTS = {"a4": ("", True), "a5": ("A5", True), "plain": ("", False)}


#: the newer voices (voices.py's VOICES29…VOICES32, linted as text forms in tests/test_voices29.py…)
#: rendered the few ways that found something in them (render32: all 27 rendered 9 ways and their
#: 75 seeded defects 4 ways, compared with their sources): (round, voice, kind, layout, print)
NEWER = [
    # 表二's fee table cut by the page, its head at page 1's foot and its row, cells touching, at
    # page 2's top (the PDF reader carries the columns across the page)
    (30, "bare-township", "html-chromium", "narrow-borderless", "a5"),
    # 六's fee as a row "信息处理费 | 0元", its label wrapped in a cell whose padding the print shrank
    (31, "county-whole", "html-chromium", "narrow-borderless", "a4"),
    # the same row as pdftotext -layout writes it ("信息处       0元" / "理费"): known_failures.toml
    (31, "results-listed", "pdftotext", "narrow", ""),
]


def newer_sources() -> Dict[str, str]:
    """Name ("voices30-bare-township") → report text, for the newer voices of :data:`NEWER`."""
    return {f"voices{n}-{voice}": getattr(voices, f"VOICES{n}")[voice]() for n, voice, *_ in NEWER}


def _newer() -> List[Rendering]:
    out = []
    for n, voice, kind, layout, how in NEWER:
        src = f"voices{n}-{voice}"
        if kind == "html-chromium":
            out.append(Rendering(f"{src}-docx-{layout}-html-{how}-chromium-pdf", src, kind, layout, how))
        elif kind == "pdftotext":
            out.append(Rendering(f"{src}-docx-{layout}-pdf-pdftotext-layout", src, kind, layout))
    return out


def catalogue() -> List[Rendering]:
    out = []
    kinds, styles, prints = sorted(web_pages.PAGES), [s.name for s in docx_styles.STYLES], sorted(PRINTS)
    for k, src in enumerate({**sources.SOURCES, **varied.SOURCES, **voices.SOURCES}):
        # printed by Chromium: one web page and one LibreOffice page of each source, the kinds,
        # styles and prints taken in turn (a browser's print costs a second or two)
        kind, style = kinds[k % len(kinds)], styles[k % len(styles)]
        how, lo_how = (prints[(k + k // len(kinds) + d) % len(prints)] for d in (0, 1))
        out.append(Rendering(f"{src}-web-{kind}-{how}-chromium-pdf", src, "chromium", kind, how))
        out.append(Rendering(f"{src}-docx-{style}-html-{lo_how}-chromium-pdf", src, "html-chromium", style, lo_how))
        # LibreOffice's PDF of one table style of each source (in turn) opened in Writer and saved
        # as Word (a text box a line), as staff edit last year's report
        out.append(Rendering(f"{src}-docx-{style}-pdf-word", src, "pdf-word", style))
        # the text researchers extract from that PDF with poppler's pdftotext -layout (hunt18)
        out.append(Rendering(f"{src}-docx-{style}-pdf-pdftotext-layout", src, "pdftotext", style))
        # a web page opened in Writer (its HTML import) and saved as Word, as staff copy last
        # year's page; and, for every fourth source, its Word document saved by Writer as .odt
        web = kinds[(k + 1) % len(kinds)]
        out.append(Rendering(f"{src}-web-{web}-writer-docx", src, "web-word", web))
        if k % 4 == 0:
            odt_style = styles[(k // 4 + 2) % len(styles)]
            out.append(Rendering(f"{src}-docx-{odt_style}-odt", src, "odt", odt_style))
        for form in text_forms.FORMS:
            out.append(Rendering(f"{src}-text-{form}", src, "text", form))
        for style in docx_styles.STYLES + docx_styles.TYPED:
            out.append(Rendering(f"{src}-docx-{style.name}", src, "docx", style.name))
            for target in libreoffice.TARGETS:
                out.append(Rendering(f"{src}-docx-{style.name}-{target}", src, target, style.name))
    return out + _newer()


@dataclass
class Built:
    """The files of one build: rendering id → path; ``soffice_error`` when LibreOffice was
    missing or failed (the renderings that need it have no file then)."""

    directory: Path
    sources: Dict[str, str]
    files: Dict[str, Path]
    soffice_error: Optional[str] = None
    chromium_error: Optional[str] = None
    pdftotext_error: Optional[str] = None


def build(directory: Path, renderings: Optional[List[Rendering]] = None) -> Built:
    """Write every rendering into ``directory``: text and python-docx files directly, then one
    soffice call per LibreOffice target for all the Word documents."""
    renderings = catalogue() if renderings is None else renderings
    texts = {**sources.all_sources(), **newer_sources()}
    files: Dict[str, Path] = {}
    docx_dir = directory / "docx"
    docx_dir.mkdir(parents=True, exist_ok=True)
    docx_of: Dict[tuple, Path] = {}
    for r in renderings:
        if r.kind in ("chromium", "web-word"):
            continue  # (below)
        if r.kind == "text":
            suffix, form = text_forms.FORMS[r.layout]
            path = directory / (r.id + suffix)
            path.write_text(form(texts[r.source]), "utf-8")
            files[r.id] = path
            continue
        key = (r.source, r.layout)
        if key not in docx_of:
            header, footer = varied.FURNITURE.get(r.source, ("", ""))
            docx_of[key] = docx_styles.write_docx(texts[r.source], docx_styles.BY_NAME[r.layout],
                                                  docx_dir / f"{r.source}-docx-{r.layout}.docx", header, footer,
                                                  numbered=r.source in varied.NUMBERED)
        if r.kind == "docx":
            files[r.id] = docx_of[key]
    error = None
    wanted = {{"html-chromium": "html", "pdf-word": "pdf", "pdftotext": "pdf"}.get(r.kind, r.kind)
              for r in renderings if r.needs_soffice and r.kind not in ("odt", "web-word")}
    if wanted and libreoffice.soffice() is None:
        error = libreoffice.SKIP_REASON
    for target in sorted(wanted) if error is None else []:
        needed = sorted({docx_of[r.source, r.layout] for r in renderings
                         if r.kind == target or (target, r.kind) in (("html", "html-chromium"), ("pdf", "pdf-word"),
                                                                      ("pdf", "pdftotext"))})
        try:
            converted = libreoffice.convert(needed, target, directory / target, directory / "lo-profile")
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:  # failed, did not start, timed out
            error = f"LibreOffice conversion to {target} failed: {exc}"
            break
        for r in renderings:
            if r.kind == target:
                files[r.id] = converted[docx_of[r.source, r.layout]]
            elif target == "html" and r.kind == "html-chromium":
                files[r.id + ".html"] = converted[docx_of[r.source, r.layout]]
            elif target == "pdf" and r.kind in ("pdf-word", "pdftotext"):
                files[r.id + ".pdf"] = converted[docx_of[r.source, r.layout]]
    error = error or _opened_in_word(renderings, files, directory)
    error = error or _saved_by_writer(renderings, texts, files, docx_of, directory)
    pdftotext_error = _extracted(renderings, files, directory / "pdftotext")
    files, chromium_error = _printed(renderings, texts, files, directory / "chromium")
    return Built(directory, texts, files, error, chromium_error, pdftotext_error)


def _saved_by_writer(renderings: List[Rendering], texts: Dict[str, str], files: Dict[str, Path],
                     docx_of: Dict[tuple, Path], directory: Path) -> Optional[str]:
    """The "odt" renderings (their Word documents saved by Writer as .odt) and the "web-word" ones
    (web pages opened in Writer and saved as Word): one soffice call each (the error when one
    failed)."""
    web = directory / "web"
    web.mkdir(parents=True, exist_ok=True)
    pages = {}
    for r in renderings:
        if r.kind == "web-word":
            pages[r.id] = web / f"{r.id}.html"
            pages[r.id].write_text(web_pages.PAGES[r.layout](texts[r.source]), "utf-8")
    odts = {r.id: docx_of[r.source, r.layout] for r in renderings if r.kind == "odt"}
    for target, sources_of in (("odt", odts), ("web-word", pages)):
        if not sources_of:
            continue
        try:
            converted = libreoffice.convert(sorted(set(sources_of.values())), target, directory / target,
                                            directory / "lo-profile")
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            return f"LibreOffice conversion to {target} failed: {exc}"
        for rid, path in sources_of.items():
            files[rid] = converted[path]
    return None


def pdftotext() -> Optional[str]:
    import shutil
    return shutil.which("pdftotext")


PDFTOTEXT_SKIP = "poppler's pdftotext is not installed: install the Debian package poppler-utils"


def _extracted(renderings: List[Rendering], files: Dict[str, Path], directory: Path) -> Optional[str]:
    """The "pdftotext" renderings: ``pdftotext -layout`` of their LibreOffice PDFs, as .txt (the
    reason when pdftotext is missing or failed)."""
    pdfs = {r.id: files.pop(r.id + ".pdf") for r in renderings if r.kind == "pdftotext" and r.id + ".pdf" in files}
    if not pdfs:
        return None
    if pdftotext() is None:
        return PDFTOTEXT_SKIP
    directory.mkdir(parents=True, exist_ok=True)
    for rid, pdf in pdfs.items():
        out = directory / f"{rid}.txt"
        try:
            subprocess.run([pdftotext(), "-layout", str(pdf), str(out)], check=True, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            return f"pdftotext failed on {pdf.name}: {exc}"
        files[rid] = out
    return None


def _opened_in_word(renderings: List[Rendering], files: Dict[str, Path], directory: Path) -> Optional[str]:
    """The "pdf-word" renderings: their PDFs opened in Writer and saved as Word, in one soffice
    call (the error when it failed)."""
    pdfs = {r.id: files.pop(r.id + ".pdf") for r in renderings if r.kind == "pdf-word" and r.id + ".pdf" in files}
    if not pdfs:
        return None
    try:
        converted = libreoffice.convert(sorted(set(pdfs.values())), "pdf-word", directory / "pdf-word",
                                        directory / "lo-profile")
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        return f"LibreOffice's PDF import failed: {exc}"
    for rid, pdf in pdfs.items():
        files[rid] = converted[pdf]
    return None


def _printed(renderings: List[Rendering], texts: Dict[str, str], files: Dict[str, Path], directory: Path):
    """The renderings Chromium prints: each web page (written here) or LibreOffice's HTML (built
    before), with its print's paper, printed by one Chromium; (files, the reason when none were)."""
    pages: Dict[str, Path] = {}
    directory.mkdir(parents=True, exist_ok=True)
    for r in renderings:
        if not r.needs_chromium:
            continue
        if r.kind == "chromium":
            html = web_pages.PAGES[r.layout](texts[r.source])
        elif r.id + ".html" in files:
            html = files.pop(r.id + ".html").read_text("utf-8")
        else:
            continue  # (LibreOffice missing or failed)
        paper = PRINTS[r.print][0]
        pages[r.id] = directory / f"{r.id}.html"
        pages[r.id].write_text(browser_print.with_paper(html, paper) if paper else html, "utf-8")
    if not pages:
        return files, None
    if browser_print.chromium() is None:
        return files, browser_print.SKIP_REASON
    try:
        printed = browser_print.print_pages(pages, directory,
                                            {r.id: PRINTS[r.print][1] for r in renderings if r.id in pages})
    except Exception as exc:  # (Playwright's errors: Chromium did not start or a page did not print)
        return files, f"Chromium did not print the web pages: {exc}"
    return {**files, **printed}, None
