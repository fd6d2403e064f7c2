"""Risky readers in a child process: a crash or a hang in a native library costs one file.

A PDF is read by PDFium, a C++ library: a malformed file can crash it (a segmentation fault
takes the whole process with it, no ``except`` can catch it) or keep it busy for ever. When
govlint checks files in worker processes, the worker is that sandbox (the runner replaces a
dead worker and names the file). When it checks them in its own process (``--jobs 1``, or a
few files), the readers that declare ``isolated = True`` (the PDF reader; a plugin's may too)
run in one long-lived child process instead, started at the first such file; a child that dies
is replaced at the next one, and the file that killed it gets a clear read error (exit 2).

Both there and in a worker, checking one file may take at most ``$GOVLINT_READ_TIMEOUT``
seconds (default 60; 0: no limit): past it the process is stopped by SIGALRM, which even a
library that never returns to Python cannot ignore, and the file gets an error that says so.
"""
from __future__ import annotations

import os
import signal
from typing import Optional

from . import ReadError

DEFAULT_TIMEOUT = 60.0


def timeout() -> float:
    """Seconds one file may take to be read (checked, in a worker); 0 for no limit."""
    try:
        t = float(os.environ.get("GOVLINT_READ_TIMEOUT") or DEFAULT_TIMEOUT)
    except ValueError:
        t = DEFAULT_TIMEOUT
    return max(t, 0.0)


def arm(seconds: float) -> None:
    """After ``seconds``, SIGALRM ends this process (its default action), wherever it is."""
    if seconds > 0 and hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.setitimer(signal.ITIMER_REAL, seconds)


def disarm() -> None:
    if hasattr(signal, "setitimer"):
        signal.setitimer(signal.ITIMER_REAL, 0)


def death_message(exitcode: Optional[int], what: str = "reading this file") -> str:
    """Why a process died, as the file's error says it."""
    if exitcode == -getattr(signal, "SIGALRM", 14):
        return f"{what} took longer than {timeout():g} s and was stopped (GOVLINT_READ_TIMEOUT=N sets the limit)"
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"{what} crashed the process that read it (killed by {name})"
    return f"{what} ended the process that read it (exit status {exitcode})"


# ----------------------------------------------------------------------------------------
# the child

def _child_main(conn) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    try:
        import faulthandler
        faulthandler.disable()  # a crash here is the parent's to report, in one line
    except Exception:  # pragma: no cover
        pass
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        reader, path, data, seconds = task
        arm(seconds)
        try:
            answer = ("ok", reader.read(path, data))
        except ReadError as exc:
            answer = ("error", str(exc), exc.lasting)
        except (MemoryError, RecursionError) as exc:
            answer = ("error", f"the file is too large or too deeply nested to read ({type(exc).__name__})", False)
        except Exception as exc:
            answer = ("failed", type(exc).__name__, str(exc))
        finally:
            disarm()
        try:
            conn.send(answer)
        except Exception as exc:  # the document would not pickle: say so, do not die
            conn.send(("failed", type(exc).__name__, f"its result could not be passed on: {exc}"))


class IsolatedReading:
    """The child process that reads for this process (see the module's doc)."""

    def __init__(self):
        self.proc = None
        self.conn = None

    def _start(self) -> None:
        import multiprocessing
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_child_main, args=(child,), daemon=True)
        self.proc.start()
        child.close()

    def read(self, reader, path, data: bytes):
        """``reader.read(path, data)`` in the child; a crash or a hang there is this file's ReadError."""
        import pickle
        if self.proc is None or not self.proc.is_alive():
            self._start()
        task = (reader, path, data, timeout())
        try:
            try:
                self.conn.send(task)
            except (OSError, ValueError):  # it died while idle: once more with a new one
                self.stop()
                self._start()
                self.conn.send(task)
        except (pickle.PicklingError, TypeError, AttributeError):
            return reader.read(path, data)  # a plugin's reader that cannot be sent: read here
        try:
            answer = self.conn.recv()
        except (EOFError, OSError):
            self.proc.join(5)
            code = self.proc.exitcode
            self.stop()
            err = ReadError(death_message(code, f"the {getattr(reader, 'name', 'file')} reader on this file") +
                            "; the file may be damaged: save it again from the original, or give govlint the "
                            "Word (.docx) version")
            err.lasting = False  # not kept in the reader cache: it may be this machine's (memory)
            raise err from None
        kind = answer[0]
        if kind == "ok":
            return answer[1]
        if kind == "error":
            err = ReadError(answer[1])
            err.lasting = answer[2]
            raise err
        err = ReadError(f"the {getattr(reader, 'name', 'file')} reader failed: {answer[1]}: {answer[2]}")
        err.lasting = False
        raise err

    def stop(self) -> None:
        if self.conn is not None:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
        if self.proc is not None:
            self.proc.join(1)
            if self.proc.is_alive():
                self.proc.terminate()
                self.proc.join(5)
        if self.conn is not None:
            self.conn.close()
        self.proc = self.conn = None


#: the child that reads for this process while :func:`isolating` is in force
_ACTIVE: Optional[IsolatedReading] = None


def active() -> Optional[IsolatedReading]:
    return _ACTIVE


class isolating:
    """``with isolating(): ...``: the isolated readers run in a child process meanwhile."""

    def __enter__(self):
        global _ACTIVE
        self.previous = _ACTIVE
        _ACTIVE = IsolatedReading()
        return _ACTIVE

    def __exit__(self, *exc):
        global _ACTIVE
        if _ACTIVE is not None:
            _ACTIVE.stop()
        _ACTIVE = self.previous
        return False
