"""Word 97-2003 (.doc), WPS (.wps), RTF, OpenDocument (.odt) and Word 2003 XML files, read through LibreOffice.

Many reports are published as .doc attachments. Their binary format is LibreOffice's to read,
not ours: when ``soffice`` is installed (Debian ``libreoffice-writer``; ``$GOVLINT_SOFFICE``
names another), the file is converted to .docx in a temporary folder and read by the Word
reader, so it gives the same blocks as the same report saved as .docx. Without LibreOffice the
file gets one clear error saying how to read it.

Each process uses a LibreOffice profile of its own (two instances cannot share one), kept in
govlint's cache folder for the next run (making one takes a few seconds). The conversion runs under
the file's time limit; LibreOffice is a separate program, so the address-space limit of a
worker (``--memory-limit``) is not passed on to it.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from . import EXTENSIONS, Document, ReadError, messages

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 and WPS: an OLE compound file
RTF = b"{\\rtf"
#: an OpenDocument text (LibreOffice's own format, also what WPS and Word save as .odt): a zip whose
#: first entry is the uncompressed "mimetype" naming it (ODF 1.2, part 3, 3.3)
ODT = b"mimetypeapplication/vnd.oasis.opendocument.text"

#: Word 2003's XML document ("Word XML Document", saved as .xml): its processing instruction or its root element,
#: within the file's head. Read when named on the command line (no extension of its own: a folder's .xml files
#: are not walked)
WORD_XML = (b'progid="Word.Document"', b"<w:wordDocument")

if TYPE_CHECKING:
    import subprocess

# (shutil, subprocess and tempfile are imported where LibreOffice is run: a check that reads no
# .doc file does not pay for them at its start, ~22 M instructions)

_profile: Optional[tuple] = None  # (the process id, its lock file, its profile folder)


def soffice() -> Optional[str]:
    """The LibreOffice program: ``$GOVLINT_SOFFICE``, else ``soffice`` or ``libreoffice`` on PATH."""
    import shutil
    named = os.environ.get("GOVLINT_SOFFICE")
    if named:
        return shutil.which(named)
    return shutil.which("soffice") or shutil.which("libreoffice")


class LegacyWordReader:
    name = "doc"
    extensions = EXTENSIONS[name]
    binary = True
    cache_version = "1"  # the reader cache's key (govlint.readers.cache)

    def sniff(self, head: bytes) -> bool:
        return head.startswith((OLE, RTF)) or _is_odt(head) or _is_word_xml(head)

    def read(self, path: Path, data: bytes) -> Document:
        program = soffice()
        if program is None:
            raise _here(messages.odt_without_soffice() if _is_odt(data) else messages.old_word())
        from .docx import DocxReader
        doc = DocxReader().read(path, as_docx(data, path.suffix.lower(), program))
        return Document(doc.text, {"kind": "doc"}, doc.blocks)


def as_docx(data: bytes, suffix: str = ".doc", program: Optional[str] = None) -> bytes:
    """The .docx LibreOffice makes of a .doc/.wps/.rtf/.odt file's bytes (what the reader reads, and
    what ``govlint annotate`` writes its comments into)."""
    program = program or soffice()
    odt = _is_odt(data)
    if program is None:
        raise _here(messages.odt_without_soffice() if odt else messages.old_word())
    if suffix not in LegacyWordReader.extensions:
        suffix = ".rtf" if data.startswith(RTF) else ".odt" if odt else ".xml" if _is_word_xml(data) else ".doc"
    return _convert(program, data, suffix, odt)


def _is_odt(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04") and ODT in data[:100]


def _is_word_xml(data: bytes) -> bool:
    head = data[:2048]
    return head.lstrip().startswith((b"<?xml", b"\xef\xbb\xbf<?xml")) and any(w in head for w in WORD_XML)


def _convert(program: str, data: bytes, suffix: str, odt: bool = False) -> bytes:
    import subprocess
    import tempfile
    from ..limits import current
    timeout = current().timeout or None  # (already $GOVLINT_READ_TIMEOUT or 50 s; 0 is no limit)
    with tempfile.TemporaryDirectory(prefix="govlint-doc-") as work:
        source = Path(work) / f"report{suffix}"
        source.write_bytes(data)
        command = [program, f"-env:UserInstallation={Path(_profile_dir()).as_uri()}", "--headless", "--norestore",
                   "--nologo", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, str(source)]
        try:
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    preexec_fn=_unbounded, start_new_session=True)
        except OSError as exc:
            raise _here(messages.conversion_failed(exc.strerror or str(exc), odt)) from None
        try:
            said, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise _here(messages.conversion_failed(f"LibreOffice took more than {timeout:g} s", odt)) from None
        finally:  # (LibreOffice's own processes too, whatever stopped the wait: its time, the watchdog's)
            if proc.poll() is None:
                _kill_group(proc)
        out = Path(work) / "report.docx"
        if not out.is_file():
            lines = said.decode("utf-8", "replace").strip().splitlines()
            raise _here(messages.conversion_failed(lines[-1] if lines else f"exit status {proc.returncode}", odt))
        return out.read_bytes()


def _kill_group(proc: subprocess.Popen) -> None:
    import signal
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        proc.kill()
    proc.wait()


def _here(msg) -> ReadError:
    """An error of this machine's LibreOffice (missing, failing): not kept by the reader cache."""
    err = ReadError(msg)
    err.lasting = False
    return err


def _profile_dir() -> str:
    """A LibreOffice profile this process alone uses: profile N of govlint's cache folder (or of
    the temporary folder when the caches are off), locked while the process lives, so later
    runs reuse it (making one takes seconds) and two processes never share one. A forked worker
    takes its own."""
    global _profile
    if _profile is not None and _profile[0] == os.getpid():
        return _profile[2]
    import fcntl
    import tempfile
    from ..cache import cache_dir
    base = cache_dir() or os.path.join(tempfile.gettempdir(), f"govlint-{os.getuid()}")
    base = os.path.join(base, "soffice")
    os.makedirs(base, exist_ok=True)
    for n in range(64):
        lock = open(os.path.join(base, f"profile-{n}.lock"), "a")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock.close()
            continue
        _profile = (os.getpid(), lock, os.path.join(base, f"profile-{n}"))  # (the lock lives as long as we do)
        return _profile[2]
    raise _here(messages.conversion_failed("64 LibreOffice profiles in use"))


def _unbounded() -> None:  # pragma: no cover - runs in the child
    """LibreOffice maps far more address space than it uses: lift a worker's RLIMIT_AS."""
    try:
        import resource
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
    except (ImportError, ValueError, OSError):
        pass
