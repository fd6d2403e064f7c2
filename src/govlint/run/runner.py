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
- Ctrl-C stops the workers at once (they ignore SIGINT; the parent terminates them); the
  results already finished are yielded, then KeyboardInterrupt is re-raised in the caller.
- Every file is checked under the run's limits (:mod:`govlint.run.watchdog`): a file over the time,
  memory, decompressed-size or recursion limit, or whose reader crashes, gets one error naming
  it. With ``jobs=1`` the PDF and Word files (and large ones) are still checked in a child.
"""
from __future__ import annotations

import gc
import os
import signal
import time
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Deque, Iterable, Iterator, List, Optional, Tuple

from ..config import ConfigError
from ..diagnostics import FileResult, ToolError
from ..i18n import Msg
from .engine import Settings, lint_file
from ..limits import LimitExceeded
from . import watchdog

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
    """``lint_file`` under the run's limits, with any exception turned into the file's ToolError."""
    try:
        settings = settings.for_path(path)  # the configuration closest to the file
    except ConfigError as exc:
        return FileResult(path, errors=(ToolError("config", exc.text(settings.lang), path),))
    return guarded(path, settings, lambda: lint_file(path, settings))


def guarded(path: str, settings: Settings, check: Callable[[], FileResult]) -> FileResult:
    """``check()`` (the checking of ``path``) in this process under the run's limits
    (:func:`govlint.run.watchdog.guard`), any exception turned into the file's ToolError."""
    limits = settings.limits
    try:
        with watchdog.guard(limits):
            return check()
    except LimitExceeded as exc:
        return watchdog.limit_error(path, exc.which, limits, settings.lang, exc.detail)
    except RecursionError:
        return watchdog.limit_error(path, "recursion", limits, settings.lang)
    except MemoryError:
        return watchdog.limit_error(path, "memory", limits, settings.lang)
    except Exception as exc:
        import traceback  # (only when govlint fails on a file)
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
        return _internal(path, Msg(
            f"govlint 检查这个文件时出错（{type(exc).__name__}: {exc}，位置 {where.replace(' at ', '')}）；这是 govlint "
            f"的缺陷，请连同文件一起报告",
            f"govlint failed on this file: {type(exc).__name__}: {exc}{where}; this is a bug in govlint, please "
            f"report it with the file").text(settings.lang))


def in_child(path: str, settings: Settings, check: Callable[[], FileResult]) -> FileResult:
    """``check()`` (the checking of ``path``, e.g. a text in memory: the language server's
    document) in a forked child process under the run's limits: the memory limit, the time
    limit (the alarm, and a kill ``watchdog.GRACE`` seconds later for a child stuck in native
    code), a crash. Whatever happens, the caller gets a FileResult; its process only waits.
    Where processes cannot be forked, ``check()`` runs here under :func:`guarded`."""
    if not hasattr(os, "fork"):  # pragma: no cover - not Unix
        return guarded(path, settings, check)
    import pickle
    import select
    receive, give = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: check, send the pickled result, leave without running any cleanup
        status = 70
        try:
            os.close(receive)
            watchdog.enter_forked(settings.limits)
            result = guarded(path, settings, check)
            data = memoryview(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
            while data:
                data = data[os.write(give, data):]
            status = watchdog.restart_status(result) or 0
        finally:
            os._exit(status)
    os.close(give)
    deadline = watchdog.hard_deadline(settings.limits)
    end = time.monotonic() + deadline if deadline else None
    chunks: List[bytes] = []
    killed = False
    try:
        while True:
            left = None if end is None else end - time.monotonic()
            if left is not None and left <= 0:
                os.kill(pid, signal.SIGKILL)
                killed = True
                break
            if not select.select([receive], [], [], left)[0]:
                continue
            chunk = os.read(receive, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(receive)
        _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if not killed and chunks:
        try:
            return pickle.loads(b"".join(chunks))
        except Exception:  # cut short: the child died while sending
            pass
    if killed:
        return watchdog.limit_error(path, "timeout", settings.limits, settings.lang)
    which = watchdog.limit_of_exit(code)
    if which is not None:
        return watchdog.limit_error(path, which, settings.limits, settings.lang)
    return watchdog.limit_error(path, "crash", settings.limits, settings.lang,
                                watchdog.signal_detail(code, settings.lang))


def _internal(path: str, message: str) -> FileResult:
    return FileResult(path, errors=(ToolError("internal", message, path),))


def run(files: Iterable[str], settings: Settings, jobs: Optional[int] = 1,
        recipe: Optional[Recipe] = None) -> Iterator[FileResult]:
    """Lint each file and yield its result, in the order of ``files`` (an unchanged file's
    from the results cache: :func:`govlint.run.engine.remembered`)."""
    from .engine import remembered
    packer = None
    from ..binder.snapshot import FACTS_ONLY
    if settings.snapshot and settings.snapshot is not True and settings.snapshot is not FACTS_ONLY:
        import functools
        from ..store.pairing import pack  # (the cross-year rules' part of each report, as the session packs it)
        packer = functools.partial(pack, keep=settings.snapshot)
    yield from remembered(list(files), settings, lambda todo: _run(todo, settings, jobs, recipe), packer)


def _run(files: List[str], settings: Settings, jobs: Optional[int] = 1,
         recipe: Optional[Recipe] = None) -> Iterator[FileResult]:
    jobs = default_jobs() if not jobs or jobs < 0 else jobs
    jobs = min(jobs, len(files) // MIN_FILES_PER_JOB)
    from ..syntax.parser import prepare
    prepare()  # the parser is built (or loaded) once, before any worker is forked
    with _settled_heap():
        if jobs <= 1:
            solo = _Solo(settings, recipe)
            every = watchdog.runs_plugin_code(settings.registry)
            try:
                for f in files:
                    yield solo.check(f) if every or watchdog.needs_child(f) else lint_one(f, settings)
            finally:
                solo.close()
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


def _worker_main(conn, recipe: Optional[Recipe], pickled: Optional[Settings], progress=None) -> None:
    """A worker: build the Settings once, then lint the chunks it is sent until told to stop.
    ``progress`` (shared with the parent): the index in its chunk of the file being checked and
    when it began (0: idle), so that the parent knows which file hangs or killed the worker."""
    global _SETTINGS
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    if recipe is not None:
        _SETTINGS = recipe()
    elif pickled is not None:
        _SETTINGS = pickled
    # else: forked, and _SETTINGS is the parent's
    settings = _SETTINGS
    assert settings is not None, "worker started without settings"
    watchdog.enter_worker(settings.limits)
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
        out = []
        for i, p in enumerate(paths):
            if progress is not None:
                progress[0], progress[1] = i, time.monotonic()
            result = lint_one(p, settings)
            leave = watchdog.restart_status(result)
            if leave is not None and progress is not None:
                os._exit(leave)  # unfit for the next file: the parent names the limit and starts another
            out.append(result)
        if progress is not None:
            progress[1] = 0.0
        conn.send((key, out))


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
        #: [index in its chunk of the file being checked, when it began (0.0: idle)]
        self.progress = ctx.RawArray("d", [-1.0, 0.0])
        #: why the parent killed it ("timeout"), or None
        self.killed_for: Optional[str] = None
        self.proc = ctx.Process(target=_worker_main, args=(child,) + args + (self.progress,), daemon=True)
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

    def death(self) -> Optional[int]:
        """Its exit code once it has ended (negative: the signal that killed it)."""
        self.proc.join(5)
        return self.proc.exitcode

    def overdue(self, limit: Optional[float], now: float) -> Optional[float]:
        """Seconds until the file it checks is over ``limit`` (negative: it is), or None."""
        began = self.progress[1]
        if limit is None or not self.tasks or not began:
            return None
        return began + limit - now

    def kill_for(self, why: str) -> None:
        self.killed_for = why
        try:
            self.proc.kill()
        except (OSError, ValueError, AttributeError):  # pragma: no cover - already gone
            pass

    def failure(self, path: str, settings: Settings) -> FileResult:
        """The error of the file it was checking when it died or was killed."""
        code = self.death()
        if self.killed_for == "timeout":
            return watchdog.limit_error(path, "timeout", settings.limits, settings.lang)
        which = watchdog.limit_of_exit(code)
        if which is not None:  # it left after the file went over a limit
            return watchdog.limit_error(path, which, settings.limits, settings.lang)
        return watchdog.limit_error(path, "crash", settings.limits, settings.lang,
                                    watchdog.signal_detail(code, settings.lang))


class _Solo:
    """With ``jobs=1``: one child process, started when a file first needs one, for the files
    that are read by native code (:func:`govlint.run.watchdog.needs_child`)."""

    def __init__(self, settings: Settings, recipe: Optional[Recipe]):
        self.settings, self.recipe = settings, recipe
        self.worker: Optional[_Worker] = None

    def check(self, path: str) -> FileResult:
        from multiprocessing.connection import wait
        if self.worker is None:
            self.worker = _Pool([], self.settings, 1, self.recipe)._worker()
        w = self.worker
        try:
            w.send((0, None), [path])
        except OSError:  # it died while idle: try once more with a new one
            self.close(now=True)
            return self.check(path)
        limit = watchdog.hard_deadline(self.settings.limits)
        while True:
            left = w.overdue(limit, time.monotonic())
            if left is not None and left <= 0 and w.killed_for is None:
                w.kill_for("timeout")
            wait([w.conn, w.proc.sentinel], None if limit is None or w.killed_for else
                 watchdog.POLL if left is None else max(left, 0.01))
            try:
                got = w.conn.recv() if w.conn.poll() else None
            except (EOFError, OSError):
                got = None
            if got is not None:
                w.tasks.popleft()
                return got[1][0]
            if not w.proc.is_alive():
                result = w.failure(path, self.settings)
                self.close(now=True)
                return result

    def close(self, now: bool = False) -> None:
        if self.worker is not None:
            self.worker.stop(now=now)
            self.worker = None


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
        limit = watchdog.hard_deadline(self.settings.limits)
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
                now = time.monotonic()
                lefts = [(w, w.overdue(limit, now)) for w in workers]
                for w, left in lefts:
                    if left is not None and left <= 0 and w.killed_for is None:
                        w.kill_for("timeout")  # stuck in native code, out of reach of its alarm
                lefts = [watchdog.POLL if left is None else left for w, left in lefts
                         if w.tasks and w.killed_for is None]
                for ready in wait(list(busy), max(min(lefts), 0.01) if lefts and limit else None):
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
                    (chunk, file), paths = w.tasks.popleft()
                    at = int(w.progress[0]) if w.progress[1] else -1  # the file it was checking
                    failed = w.failure(paths[at] if 0 <= at < len(paths) else paths[0], self.settings)
                    self._requeue(w, todo)
                    w.stop(now=True)
                    workers[workers.index(w)] = self._worker()
                    if file is None and len(paths) > 1:
                        # the others of its chunk are checked again, alone, first in line; the
                        # one it was checking (when known) is not: it gets the error
                        done[chunk] = [None] * len(paths)
                        if 0 <= at < len(paths):
                            done[chunk][at] = failed
                        todo.extendleft(reversed([((chunk, j), [p]) for j, p in enumerate(paths) if j != at]))
                    else:
                        slot = done.setdefault(chunk, [None] * len(self.chunks[chunk]))
                        slot[file or 0] = failed
                while following in done and None not in done[following]:
                    yield from done.pop(following)
                    following += 1
        except KeyboardInterrupt:
            # what was finished is not lost: the caller's outputs get it (out of input order)
            for chunk in sorted(done):
                yield from (r for r in done[chunk] if r is not None)
            done.clear()
            raise
        finally:
            interrupted = following < len(self.chunks)
            for w in workers:
                w.stop(now=interrupted)
            _SETTINGS = None
