"""The catalogue of renderings and the one function that builds them all.

A rendering is a source report (sources.py) turned into a file by one layout: a text
degradation (text_forms.py), a Word document in a table style (docx_styles.py), or that Word
document converted by LibreOffice to PDF, HTML or Word again (libreoffice.py). The ids name the
layout: ``clean-docx-narrow-borderless-pdf`` is the clean source, as a Word document with narrow
borderless tables, printed to PDF by LibreOffice.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional

from . import docx_styles, libreoffice, sources, text_forms, varied, voices


@dataclass(frozen=True)
class Rendering:
    id: str
    source: str  # a key of sources.SOURCES
    kind: str  # "text", "docx" (python-docx) or a key of libreoffice.TARGETS
    layout: str  # a text form or a docx style name

    @property
    def needs_soffice(self) -> bool:
        return self.kind in libreoffice.TARGETS


def catalogue() -> List[Rendering]:
    out = []
    for src in {**sources.SOURCES, **varied.SOURCES, **voices.SOURCES}:
        for form in text_forms.FORMS:
            out.append(Rendering(f"{src}-text-{form}", src, "text", form))
        for style in docx_styles.STYLES + docx_styles.TYPED:
            out.append(Rendering(f"{src}-docx-{style.name}", src, "docx", style.name))
            for target in libreoffice.TARGETS:
                out.append(Rendering(f"{src}-docx-{style.name}-{target}", src, target, style.name))
    return out


@dataclass
class Built:
    """The files of one build: rendering id → path; ``soffice_error`` when LibreOffice was
    missing or failed (the renderings that need it have no file then)."""

    directory: Path
    sources: Dict[str, str]
    files: Dict[str, Path]
    soffice_error: Optional[str] = None


def build(directory: Path, renderings: Optional[List[Rendering]] = None) -> Built:
    """Write every rendering into ``directory``: text and python-docx files directly, then one
    soffice call per LibreOffice target for all the Word documents."""
    renderings = catalogue() if renderings is None else renderings
    texts = sources.all_sources()
    files: Dict[str, Path] = {}
    docx_dir = directory / "docx"
    docx_dir.mkdir(parents=True, exist_ok=True)
    docx_of: Dict[tuple, Path] = {}
    for r in renderings:
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
    wanted = {r.kind for r in renderings if r.needs_soffice}
    if wanted and libreoffice.soffice() is None:
        error = libreoffice.SKIP_REASON
    for target in sorted(wanted) if error is None else []:
        needed = sorted({docx_of[r.source, r.layout] for r in renderings if r.kind == target})
        try:
            converted = libreoffice.convert(needed, target, directory / target, directory / "lo-profile")
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:  # failed, did not start, timed out
            error = f"LibreOffice conversion to {target} failed: {exc}"
            break
        for r in renderings:
            if r.kind == target:
                files[r.id] = converted[docx_of[r.source, r.layout]]
    return Built(directory, texts, files, error)
