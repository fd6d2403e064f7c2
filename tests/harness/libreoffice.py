"""Batch conversions with a real LibreOffice (``soffice --headless --convert-to``).

One soffice call converts every file to one format, with a private profile directory, so the
whole harness pays LibreOffice's start-up a few times, not once per file, and never touches
(or waits on) a user's running LibreOffice.
"""
from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Dict, List, Optional, Sequence

#: output name → soffice's --convert-to argument (filter names pinned so the output is stable)
TARGETS = {
    "pdf": ("pdf", "pdf:writer_pdf_Export"),
    "html": ("html", "html:HTML (StarWriter)"),
    "lodocx": ("docx", "docx:MS Word 2007 XML"),
}
#: a PDF opened in Writer (LibreOffice's PDF import: a text box a line, a drawn line a rule) and
#: saved as Word, as staff do to edit last year's report: (output extension, --convert-to, --infilter)
PDF_TO_WORD = ("docx", "docx:MS Word 2007 XML", "writer_pdf_import")
#: the other conversions, (output extension, --convert-to, --infilter or None): a Word document
#: saved by Writer as OpenDocument text; a web page opened in Writer (its HTML import, as staff
#: copy last year's page into a word processor) and saved as Word
OTHERS = {
    "pdf-word": PDF_TO_WORD,
    "odt": ("odt", "odt", None),
    "web-word": ("docx", "docx:MS Word 2007 XML", "HTML (StarWriter)"),
}

SKIP_REASON = ("LibreOffice (soffice) is not installed: install the Debian packages libreoffice-writer and "
               "fonts-noto-cjk (.ci/steps/00-system-packages.sh) to run the LibreOffice renderings")


def soffice() -> Optional[str]:
    from govlint.readers.legacy import soffice as found  # (the program govlint itself runs)
    return found()


def convert(files: Sequence[Path], target: str, outdir: Path, profile: Path, timeout: float = 240) -> Dict[Path, Path]:
    """Convert ``files`` to ``target`` (a key of TARGETS or of OTHERS) into ``outdir``; source →
    output.

    Raises RuntimeError, with soffice's output, when a file was not converted."""
    exe = soffice()
    if exe is None:
        raise RuntimeError(SKIP_REASON)
    ext, arg, infilter = OTHERS[target] if target in OTHERS else TARGETS[target] + (None,)
    outdir.mkdir(parents=True, exist_ok=True)
    cmd: List[str] = [exe, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", arg, "--outdir", str(outdir)] + [str(f) for f in files]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    out = {f: outdir / (f.stem + "." + ext) for f in files}
    missing = [str(f) for f, o in out.items() if not o.exists()]
    if missing:
        raise RuntimeError(f"soffice did not convert {missing} to {target} (exit {proc.returncode}):\n"
                           f"{proc.stdout}\n{proc.stderr}")
    return out
