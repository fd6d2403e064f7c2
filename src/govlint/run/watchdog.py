"""The watchdog: every file is read and checked under the limits of :mod:`govlint.limits`.

- In the process that checks the file, :func:`guard` arms a wall-time alarm (``SIGALRM``, which
  raises :class:`~govlint.limits.LimitExceeded` between two Python steps, whatever library is
  running), sets the recursion limit, makes the limits current for the readers (file size,
  decompressed size) and sends anything a plugin prints to stderr, away from the outputs.
- A worker process (:mod:`govlint.run.runner`) also has its memory bounded (``RLIMIT_AS``: what it
  holds at its start plus ``--memory-limit``) and its stdout pointed at stderr. The parent kills
  a worker stuck past the time limit in native code, where no alarm is heard, and a worker that
  dies (a segfault in a PDF library, the memory limit) costs only the file it was checking.
- With ``--jobs 1`` the files a native library reads (PDF, Word, any file over
  :data:`CHILD_ABOVE` bytes) still go to a child process (:func:`needs_child`), and so does
  every file when a plugin's code runs (:func:`runs_plugin_code`).
"""
from __future__ import annotations

import contextlib
import os
import signal
import stat
import sys
from typing import Iterator, Optional

from ..diagnostics import FileResult, ToolError
from ..limits import BY_FIELD, Limits, alarm, message, use

#: content that a native library parses: PDF, a zip package (.docx), an old OLE .doc
NATIVE_HEADS = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
NATIVE_SUFFIXES = (".pdf", ".docx", ".docm", ".dotx", ".doc")
#: a file larger than this is checked in a child process even with --jobs 1 (a report's text is
#: well under 1 MB; a large one is where memory can run away)
CHILD_ABOVE = 2 * 1024 * 1024
#: how long past the time limit the parent waits for the alarm before it kills the process
GRACE = 5.0
#: how often the parent looks at a child's clock while it has no file's start time yet
POLL = 0.5


def needs_child(path: str) -> bool:
    """Whether a file should be read in a child process even when the run has no workers: a PDF
    or Word file (their libraries are native code that can crash or hang out of reach of an
    alarm), or a large file. Decided on the name, the size and the first bytes; a file that
    cannot be looked at is left to the reader, which says why."""
    if path.lower().endswith(NATIVE_SUFFIXES):
        return True
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return False  # a device or a pipe: never opened (the reader refuses it)
        if st.st_size > CHILD_ABOVE:
            return True
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError:
        return False
    return head.startswith(NATIVE_HEADS)


def runs_plugin_code(registry) -> bool:
    """Whether a run loads code other than govlint's own (a plugin's rules, readers or formats):
    then with ``--jobs 1`` every file is checked in the child process, where a plugin that hangs
    in native code can be killed and one that crashes takes only its file."""
    return any(not p.builtin for p in getattr(registry, "plugins", ())) or bool(getattr(registry, "readers", ()))


#: a worker that went over one of these limits leaves (its heap may stay near the memory limit,
#: a library's state may be half-changed) with the exit status naming it; the parent reports the
#: limit for the file it was checking and starts a fresh worker for the others
RESTART_AFTER = {"memory": 86, "timeout": 87, "recursion": 88}
_BY_EXIT = {code: which for which, code in RESTART_AFTER.items()}


def restart_status(result: FileResult) -> Optional[int]:
    """The exit status with which a worker leaves after ``result`` (a file over a limit that
    leaves the process unfit for the next file), or None."""
    for e in result.errors:
        if e.kind == "limit":
            which = next((f for f, s in BY_FIELD.items() if s.key == e.source), None)
            if which in RESTART_AFTER:
                return RESTART_AFTER[which]
    return None


def limit_of_exit(exitcode: Optional[int]) -> Optional[str]:
    """The limit a worker left for (its exit status), or None."""
    return _BY_EXIT.get(exitcode) if exitcode is not None else None


def hard_deadline(limits: Limits) -> Optional[float]:
    """Seconds after which the parent kills a process still checking one file, or None."""
    return limits.timeout + GRACE if limits.timeout else None


def _depth() -> int:
    f, n = sys._getframe(), 0
    while f is not None:
        f, n = f.f_back, n + 1
    return n


@contextlib.contextmanager
def guard(limits: Limits) -> Iterator[None]:
    """Check one file under ``limits`` in this process (see the module's docstring)."""
    before = use(limits)
    recursion = sys.getrecursionlimit()
    if limits.recursion:
        sys.setrecursionlimit(_depth() + limits.recursion + 50)  # (+ the frames of govlint's own loop)
    try:
        # (the parent kills a child that hears no alarm: hard_deadline)
        with alarm(limits.timeout), contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        sys.setrecursionlimit(recursion)
        use(before)


def limit_error(path: str, which: str, limits: Limits, lang: str, detail: str = "") -> FileResult:
    """A file over a limit (``which``: a field of Limits, or "crash"): its one error."""
    kind = "crash" if which == "crash" else "limit"
    source = None if which == "crash" else BY_FIELD[which].key
    return FileResult(path, errors=(ToolError(kind, message(which, limits, lang, detail), path, source),))


def signal_detail(exitcode: Optional[int], lang: str) -> str:
    """How a child process ended, for the crash message: " (signal 11, SIGSEGV)"."""
    if exitcode is None:
        return ""
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = "?"
        return f" (killed by signal {-exitcode}, {name})" if lang == "en" else f"（信号 {-exitcode}，{name}）"
    return f" (exit status {exitcode})" if lang == "en" else f"（退出码 {exitcode}）"


# ----------------------------------------------------------------------------------------
# in a worker process

def enter_worker(limits: Limits) -> None:
    """Set up a worker process: ignore Ctrl-C (the parent stops it), stdout to stderr (a plugin's
    print, even from C, never reaches the parent's outputs), memory bounded."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):  # the parent's handler (stop and write the outputs) is not ours:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent ends a worker with SIGTERM
    import faulthandler
    faulthandler.disable()  # a crash is reported by the parent, in one line, not as a stack dump
    try:
        sys.stdout.flush()
        os.dup2(2, 1)
    except (OSError, ValueError):  # pragma: no cover - no stderr
        pass
    limit_memory(limits.memory)


def _address_space() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):  # pragma: no cover - not Linux
        return 0


def limit_memory(mb: int) -> bool:
    """Bound this process's address space to what it holds now plus ``mb`` MB (``RLIMIT_AS``):
    an allocation over it fails (MemoryError, or a native crash) instead of swapping the machine
    to a halt. True when set."""
    if not mb:
        return False
    try:
        import resource
    except ImportError:  # pragma: no cover - not Unix
        return False
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = _address_space() + mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    except (ValueError, OSError):  # pragma: no cover
        return False
    return True
