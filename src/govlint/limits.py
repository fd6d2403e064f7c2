"""The limits every file is checked under: wall time, memory, decompressed size, recursion depth
and file size. One owner of their names, defaults, settings and messages.

Each limit is set by a flag (``--timeout 30``) or a key of ``[tool.govlint]`` (``timeout = 30``),
the flag winning; ``0`` turns a limit off. How they are enforced is :mod:`govlint.run.watchdog`'s
business: a file over a limit gets one error naming the limit (exit 2) and the run goes on.
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading
from typing import Dict, Iterator, Optional

from .records import Record
from .i18n import Bilingual, Msg


def _env_file_mb() -> float:
    """``$GOVLINT_MAX_FILE_MB`` (older than the flag), or 16."""
    try:
        mb = float(os.environ.get("GOVLINT_MAX_FILE_MB") or 16)
    except ValueError:
        mb = 16
    return max(mb, 0)


def _env_timeout() -> float:
    """``$GOVLINT_READ_TIMEOUT`` (the PDF reader's older setting), or 50."""
    try:
        t = float(os.environ.get("GOVLINT_READ_TIMEOUT") or 50)
    except ValueError:
        t = 50
    return max(t, 0)


class Setting(Record):
    """One limit: its field, its flag and key, its unit and what it bounds."""

    field: str
    key: str  # the [tool.govlint] key and the flag's name (``--KEY``)
    kind: type
    unit: str
    help: str
    #: what it bounds, in Chinese (``help`` is the English)
    help_zh: str = ""


SETTINGS = (
    Setting("timeout", "timeout", float, "s",
            "seconds of wall time to read and check one file (default 50, or $GOVLINT_READ_TIMEOUT)",
            "读取和检查一个文件的时间（秒，默认 50，或环境变量 GOVLINT_READ_TIMEOUT）"),
    Setting("memory", "memory-limit", int, "MB",
            "MB of memory one file may take beyond govlint's own (default 768)",
            "一个文件在 govlint 自身之外可用的内存（MB，默认 768）"),
    Setting("decompressed", "max-decompressed", int, "MB",
            "MB a compressed package (.docx) may inflate to (default 200)",
            "压缩包（.docx）解压后的大小上限（MB，默认 200）"),
    Setting("recursion", "recursion-limit", int, "",
            "how deeply nested a file may be read (Python frames, default 1000)",
            "读取文件时允许的嵌套深度（Python 栈帧，默认 1000）"),
    Setting("file_size", "max-file-size", float, "MB",
            "MB of a file govlint reads at all (default 16, or $GOVLINT_MAX_FILE_MB)",
            "govlint 读取的文件大小上限（MB，默认 16，或环境变量 GOVLINT_MAX_FILE_MB）"),
)
BY_KEY: Dict[str, Setting] = {s.key: s for s in SETTINGS}
BY_FIELD: Dict[str, Setting] = {s.field: s for s in SETTINGS}


class Limits:
    """The limits of one run (``0`` is no limit). The defaults keep any file under a minute and
    1 GB (50 s, and the parent's kill 5 s later; 768 MB beyond the ~100 MB govlint takes itself),
    while the largest real reports take a few seconds and well under 100 MB.

    Immutable. (A plain class, not a frozen dataclass: making a dataclass compiles its generated
    methods at every start, ~4 M instructions a class.)"""

    __slots__ = ("timeout", "memory", "decompressed", "recursion", "file_size")
    timeout: float  # -1: $GOVLINT_READ_TIMEOUT or 50
    memory: int
    decompressed: int
    recursion: int
    file_size: float  # -1: $GOVLINT_MAX_FILE_MB or 16

    def __init__(self, timeout: float = -1.0, memory: int = 768, decompressed: int = 200,
                 recursion: int = 1000, file_size: float = -1.0):
        put = object.__setattr__
        put(self, "timeout", _env_timeout() if timeout < 0 else timeout)
        put(self, "memory", memory)
        put(self, "decompressed", decompressed)
        put(self, "recursion", recursion)
        put(self, "file_size", _env_file_mb() if file_size < 0 else file_size)

    def _fields(self) -> tuple:
        return (self.timeout, self.memory, self.decompressed, self.recursion, self.file_size)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self):
        return hash(self._fields())

    def __repr__(self) -> str:
        return (f"Limits(timeout={self.timeout!r}, memory={self.memory!r}, decompressed={self.decompressed!r}, "
                f"recursion={self.recursion!r}, file_size={self.file_size!r})")

    def __reduce__(self):
        return (Limits, self._fields())

    def replace(self, **changes) -> "Limits":
        """These limits with some fields changed."""
        values = dict(zip(self.__slots__, self._fields()))
        values.update(changes)
        return Limits(**values)

    def with_values(self, values: Dict[str, object], where: str = "") -> "Limits":
        """These limits with ``{key: value}`` applied (keys as in ``[tool.govlint]``); a value
        that is not a number >= 0 is a :class:`LimitValueError` whose message names ``where``
        (a configuration file; empty: the flags) and the key."""
        changes = {}
        for key, value in values.items():
            s = BY_KEY[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 \
                    or (s.kind is int and value != int(value)):
                what = "a whole number" if s.kind is int else "a number"
                what_zh = "整数" if s.kind is int else "数"
                v = value if where else (int(value) if isinstance(value, float) and value.is_integer() else value)
                said = f"{where}: {key} = {v!r}" if where else f"--{key} {v!r}"
                said_zh = f"{where}：{key} = {v!r}" if where else f"--{key} {v!r}"
                raise LimitValueError(Msg(
                    f"{said_zh} 无效：应为不小于 0 的{what_zh}（{s.help_zh}；0 表示不限制）",
                    f"{said}: expected {what} >= 0 ({s.help}; 0 turns it off)"))
            changes[s.field] = s.kind(value)
        return self.replace(**changes)

    @property
    def file_bytes(self) -> Optional[int]:
        return int(self.file_size * 1024 * 1024) if self.file_size else None

    @property
    def decompressed_bytes(self) -> Optional[int]:
        return self.decompressed * 1024 * 1024 if self.decompressed else None


_current = Limits()


def current() -> Limits:
    """The limits of the file being checked in this process."""
    return _current


def use(limits: Limits) -> Limits:
    """Make ``limits`` the current ones; returns the previous ones."""
    global _current
    before, _current = _current, limits
    return before


class LimitValueError(Bilingual, ValueError):
    """A limit's value that is not a number >= 0 (the message in both languages)."""


class LimitExceeded(BaseException):
    """A file went over a limit. A BaseException, so that a library's ``except Exception``
    around its own loop cannot swallow it."""

    def __init__(self, which: str, detail: str = ""):
        super().__init__(which)
        self.which, self.detail = which, detail


@contextlib.contextmanager
def alarm(seconds: float) -> Iterator[None]:
    """Raise :class:`LimitExceeded` ("timeout") in this thread once ``seconds`` have passed, and
    every second after that (a library's bare ``except:`` that swallows one ring hears the next):
    heard between two Python steps, whatever library runs. Only in the main thread of a process
    that has ``SIGALRM``; elsewhere, and with ``seconds`` 0, no alarm is set."""
    armed = bool(seconds) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not armed:
        yield
        return

    def ring(signum, frame):
        raise LimitExceeded("timeout")
    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


def _value(limits: Limits, field: str, lang: str = "en") -> str:
    s = BY_FIELD[field]
    v = getattr(limits, field)
    v = int(v) if float(v).is_integer() else v
    unit = {"s": "秒"}.get(s.unit, s.unit) if lang == "zh" else s.unit
    return f"{v} {unit}".strip()


def message(which: str, limits: Limits, lang: str = "zh", detail: str = "") -> str:
    """The one-line error of a file over a limit (``which``: a field of :class:`Limits`, or
    ``"crash"`` for a reader or rule that killed its process)."""
    if which == "crash":
        mem = _value(limits, "memory", lang)
        if lang == "en":
            return (f"the process checking this file crashed{detail} (a crash in native code, e.g. the PDF or Word "
                    f"library, or over the memory limit of {mem}); the other files were checked")
        return (f"检查这个文件的进程崩溃了{detail}：可能是 PDF 或 Word 库等原生代码崩溃，或超过内存限制 {mem}；"
                f"其他文件照常检查")
    s = BY_FIELD[which]
    v = _value(limits, which, lang)
    en = {
        "timeout": f"over the time limit: reading and checking this file took more than {v}",
        "memory": f"over the memory limit: this file needs more than {v} of memory",
        "decompressed": f"over the decompressed-size limit: this file would inflate to more than {v}",
        "recursion": f"over the recursion limit: this file is nested more deeply than {v} levels",
        "file_size": f"over the file-size limit: this file is larger than {v}",
    }
    zh = {
        "timeout": f"超过时间限制：读取和检查这个文件用了 {v}以上",
        "memory": f"超过内存限制：这个文件需要 {v}以上的内存",
        "decompressed": f"超过解压大小限制：这个文件解压后超过 {v}",
        "recursion": f"超过递归限制：这个文件嵌套超过 {v} 层",
        "file_size": f"超过文件大小限制：这个文件大于 {v}",
    }
    if lang == "en":
        return f"{en[which]}{detail} (limit: --{s.key}, or {s.key} = N in [tool.govlint])"
    return f"{zh[which]}{detail}（限制可用 --{s.key} 或 [tool.govlint] 的 {s.key} = N 调整）"
