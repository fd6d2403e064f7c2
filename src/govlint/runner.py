"""Running many files: one after another, or in worker processes, results in input order.

``run(files, settings, jobs)`` yields one :class:`FileResult` per file, in the order of ``files``,
as soon as it (and every file before it) is done, so a caller can print results while the
rest are still being checked and memory stays flat over any number of files.

- ``jobs=1`` lints in this process. ``jobs=None`` or ``0`` uses every core. Fewer files than it
  takes to keep the workers busy are linted in this process too (a pool costs more than it saves).
- Workers are started once and get their :class:`Settings` once, as they start: forked
  workers inherit the parent's (and its parser); elsewhere (spawn) each rebuilds them with
  ``recipe`` (a picklable callable; without one the Settings object itself is pickled).
- Files go to the workers in chunks, with a bounded number of chunks in flight; each worker holds
  the chunk it checks and the next one, so it never waits for the parent between chunks.
- Nothing one file does takes the run down: an exception anywhere in govlint becomes that
  file's ToolError, and a worker process that dies (a crash in a C extension, the OOM killer)
  is replaced; the files it held are checked again one by one, and the one that kills its
  worker again gets a ToolError naming what happened.
- Ctrl-C stops the workers at once (they ignore SIGINT; the parent terminates them) and
  re-raises KeyboardInterrupt in the caller.
"""
from __future__ import annotations

import gc
import os
import signal
import traceback
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Deque, Iterable, Iterator, List, Optional, Tuple

from .diagnostics import FileResult, ToolError
from .engine import Settings, lint_file

#: below this many files per worker, a pool is not worth starting
MIN_FILES_PER_JOB = 4
#: at most this many files go to a worker at once
MAX_CHUNK = 32

Recipe = Callable[[], Settings]


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def lint_one(path: str, settings: Settings) -> FileResult:
    """``lint_file``, with any exception turned into the file's ToolError."""
    try:
        return lint_file(path, settings)
    except RecursionError:
        return _internal(path, "the report is nested too deeply for govlint (RecursionError)")
    except MemoryError:
        return _internal(path, "govlint ran out of memory on this file")
    except Exception as exc:
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
        return _internal(path, f"govlint failed on this file: {type(exc).__name__}: {exc}{where}; "
                               f"this is a bug in govlint, please report it with the file")


def _internal(path: str, message: str) -> FileResult:
    return FileResult(path, errors=(ToolError("internal", message, path),))


def run(files: Iterable[str], settings: Settings, jobs: Optional[int] = 1,
        recipe: Optional[Recipe] = None) -> Iterator[FileResult]:
    """Lint each file and yield its result, in the order of ``files``."""
    files = list(files)
    jobs = default_jobs() if not jobs or jobs < 0 else jobs
    jobs = min(jobs, len(files) // MIN_FILES_PER_JOB)
    from .syntax.parser import prepare
    prepare()  # the parser is built (or loaded) once, before any worker is forked
    with _settled_heap():
        if jobs <= 1:
            from .readers.isolated import isolating
            with isolating():  # risky readers (PDF) still read in a child process
                for f in files:
                    yield lint_one(f, settings)
        else:
            yield from _Pool(files, settings, jobs, recipe).results()


@contextmanager
def _settled_heap():
    """Keep the cycle collector out of the run's way. What exists before the run (modules, the
    registry, the parser) is frozen: every full collection would rescan all of it, which cost a
    third of the time of a 10 KB report. And a collection waits for 10,000 new objects, not 700:
    a report's objects are acyclic and freed with it, so the collector has nothing to find, and
    ran 600 times per 600 reports for 3 % of the time. Nothing is lost: it is all alive until
    the end, or freed by reference counting."""
    if not hasattr(gc, "freeze"):  # pragma: no cover - not CPython
        yield
        return
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], 10_000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


# ----------------------------------------------------------------------------------------
# the worker side

_SETTINGS: Optional[Settings] = None  # in a worker: its Settings; in the parent, while forking


def _worker_main(conn, recipe: Optional[Recipe], pickled: Optional[Settings]) -> None:
    """A worker: build the Settings once, then lint the chunks it is sent until told to stop."""
    global _SETTINGS
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    if recipe is not None:
        _SETTINGS = recipe()
    elif pickled is not None:
        _SETTINGS = pickled
    # else: forked, and _SETTINGS is the parent's
    settings = _SETTINGS
    assert settings is not None, "worker started without settings"
    if hasattr(gc, "freeze"):  # see _settled_heap
        gc.freeze()
        gc.set_threshold(max(gc.get_threshold()[0], 10_000), *gc.get_threshold()[1:])
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        key, paths = task
        conn.send((key, [_lint_timed(p, settings) for p in paths]))


def _lint_timed(path: str, settings: Settings) -> FileResult:
    """In a worker: ``lint_one``, the process stopped by SIGALRM past the read time limit (a hang in
    a native library); the parent then names the file (see :func:`_Worker.death`)."""
    from .readers.isolated import arm, disarm, timeout
    arm(timeout())
    try:
        return lint_one(path, settings)
    finally:
        disarm()


# ----------------------------------------------------------------------------------------
# the parent side

def _context():
    """Fork where it exists (no pickling, no re-import, instant start); spawn elsewhere."""
    import multiprocessing  # (only a run with workers needs it: 5 ms of every start)

    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")  # pragma: no cover - not Linux


class _Worker:
    #: tasks a worker holds: the one it checks and the next, already in its pipe, so that it never
    #: waits for the parent between chunks
    DEPTH = 2

    def __init__(self, ctx, args: Tuple):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child,) + args, daemon=True)
        self.proc.start()
        child.close()
        #: ((chunk, file or None), paths), in the order sent: the worker answers them in that order
        self.tasks: Deque[Tuple[tuple, List[str]]] = deque()

    def send(self, key: tuple, paths: List[str]) -> None:
        self.conn.send((key, paths))
        self.tasks.append((key, paths))

    def stop(self, now: bool) -> None:
        if not now:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
            self.proc.join(2)
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(5)
        self.conn.close()

    def death(self) -> str:
        self.proc.join(5)
        code = self.proc.exitcode
        if code is None:
            return ""
        if code < 0 and code == -getattr(signal, "SIGALRM", 0):
            from .readers.isolated import timeout
            return f" (it took longer than {timeout():g} s: GOVLINT_READ_TIMEOUT=N sets the limit)"
        if code < 0:
            try:
                return f" (killed by signal {-code}, {signal.Signals(-code).name})"
            except ValueError:
                return f" (killed by signal {-code})"
        return f" (exit status {code})"


class _Pool:
    def __init__(self, files: List[str], settings: Settings, jobs: int, recipe: Optional[Recipe]):
        self.files = files
        self.settings = settings
        self.jobs = jobs
        self.recipe = recipe
        self.ctx = _context()
        size = max(1, min(MAX_CHUNK, len(files) // (jobs * 8)))
        self.chunks = [files[i:i + size] for i in range(0, len(files), size)]
        self.window = jobs * 4  # chunks sent ahead of the one being waited for

    @staticmethod
    def _requeue(w: _Worker, todo: Deque) -> None:
        """Put the tasks a dead worker had not begun back at the front of the line, in order."""
        todo.extendleft(reversed(w.tasks))
        w.tasks.clear()

    def _worker(self) -> _Worker:
        global _SETTINGS
        if self.ctx.get_start_method() == "fork":
            _SETTINGS = self.settings  # the worker inherits it as it forks
            return _Worker(self.ctx, (None, None))
        return _Worker(self.ctx, (self.recipe, None if self.recipe else self.settings))  # pragma: no cover

    def results(self) -> Iterator[FileResult]:
        global _SETTINGS
        from multiprocessing.connection import wait

        todo: Deque[Tuple[tuple, List[str]]] = deque(((i, None), c) for i, c in enumerate(self.chunks))
        done: dict = {}  # chunk number -> its results (a list with holes while files are redone)
        workers: List[_Worker] = []
        following = 0  # the chunk to yield next
        try:
            workers = [self._worker() for _ in range(min(self.jobs, len(self.chunks)))]
            while following < len(self.chunks):
                for i, w in enumerate(workers):
                    while len(w.tasks) < _Worker.DEPTH and todo and todo[0][0][0] < following + self.window:
                        task = todo.popleft()
                        try:
                            w.send(*task)
                        except OSError:  # it died while idle: a new one takes the task
                            todo.appendleft(task)
                            self._requeue(w, todo)
                            w.stop(now=True)
                            workers[i] = w = self._worker()
                busy = {w.conn: w for w in workers if w.tasks}
                busy.update({w.proc.sentinel: w for w in workers if w.tasks})
                for ready in wait(list(busy)):
                    w = busy[ready]
                    if not w.tasks:
                        continue  # its pipe and its sentinel were both ready: handled
                    try:
                        got = w.conn.recv() if w.conn.poll() else None
                    except (EOFError, OSError):
                        got = None
                    if got is not None:
                        (chunk, file), _ = w.tasks.popleft()
                        slot = done.setdefault(chunk, [None] * len(self.chunks[chunk]))
                        if file is None:
                            slot[:] = got[1]
                        else:
                            slot[file] = got[1][0]
                        continue
                    if w.proc.is_alive():
                        continue  # woken up, but nothing to read yet
                    # the worker died on its first task; the ones after it were not begun
                    how = w.death()
                    (chunk, file), paths = w.tasks.popleft()
                    self._requeue(w, todo)
                    w.stop(now=True)
                    workers[workers.index(w)] = self._worker()
                    if file is None and len(paths) > 1:
                        # which file was it? check each again, alone, first in line
                        done[chunk] = [None] * len(paths)
                        todo.extendleft(reversed([((chunk, j), [p]) for j, p in enumerate(paths)]))
                    else:
                        slot = done.setdefault(chunk, [None] * len(self.chunks[chunk]))
                        slot[file or 0] = _internal(paths[0], f"the worker process checking this file died{how}; "
                                                              f"the file may be too large or malformed for govlint, "
                                                              f"or this is a bug in govlint")
                while following in done and None not in done[following]:
                    yield from done.pop(following)
                    following += 1
        finally:
            interrupted = following < len(self.chunks)
            for w in workers:
                w.stop(now=interrupted)
            _SETTINGS = None
