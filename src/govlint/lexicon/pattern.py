"""Regular expressions compiled when first used, not when their module is imported, and
compiled from what an earlier run compiled.

govlint's modules hold about 130 patterns, many for layouts a given report does not have
(flattened text, a PDF's page numbers, a 2019 table). Compiling them all took about half of
govlint's start-up time. A :class:`LazyPattern` stands where the compiled pattern stood and
compiles on the first call of any method; from then on its methods are the compiled
pattern's own bound methods, looked up as plain attributes (no cost on the hot path).

Even compiled only when used, the sixty-odd patterns a plain report needs took a quarter of a
cold ``govlint check FILE`` (Python's ``re`` parses and compiles a pattern in Python code; only
the last step, ``_sre.compile`` of the finished program, is native). So the finished programs
are kept in govlint's cache folder (``GOVLINT_CACHE_DIR``; empty: none), one file per
interpreter version, and a later run hands them to ``_sre.compile`` directly. A program is kept
only when the pattern it makes is equal to ``re.compile``'s (``re.Pattern`` equality compares the
pattern, the flags and the compiled code), so a Python whose ``re`` works otherwise simply
compiles as usual; ``_sre`` checks a program it is handed, and a damaged or foreign file is not
used. New programs are written when the process exits.
"""
from __future__ import annotations

import re
import sys
from typing import Any, Dict, Optional, Tuple, Union

#: the methods and attributes of ``re.Pattern`` a first use binds onto the lazy pattern
_BOUND = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split", "groups",
          "groupindex", "scanner")


class LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)`` that compiles on first use.

    ``pattern`` is the source (as ``re.Pattern.pattern``); ``compiled`` the compiled pattern
    (compiled on access), for the rare caller that needs a real ``re.Pattern``."""

    def __init__(self, pattern: Union[str, bytes], flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # called only for what the instance does not hold yet: compile, bind, answer
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = compile_pattern(self.pattern, self._flags)
        self.compiled = compiled
        for method in _BOUND:
            setattr(self, method, getattr(compiled, method))
        self.flags = compiled.flags
        return compiled if name == "compiled" else getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def longest_first(word: str) -> tuple:
    """The order of words written as a pattern's alternatives (or tried one by one): the longest first, words
    of one length by their text. A set's order changes with each process's string hashing: a pattern built
    in it was another pattern in each run, never found in the patterns' cache."""
    return -len(word), word


def lazy(pattern: Union[str, bytes], flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled at first use (see the module docstring)."""
    return LazyPattern(pattern, flags)


# ----------------------------------------------------------------------------------------
# the compiled programs, kept between runs

#: (pattern, flags) → (flags, code, groups, groupindex, indexgroup): ``_sre.compile``'s arguments
_Program = Tuple[int, list, int, dict, tuple]
_FORMAT = 1  # the file's layout version


class _Programs:
    """The programs of this interpreter's cache file, and those compiled since it was read."""

    def __init__(self) -> None:
        self.path: Optional[str] = None
        self.known: Dict[Tuple[Union[str, bytes], int], _Program] = {}
        self.new: Dict[Tuple[Union[str, bytes], int], _Program] = {}
        self.loaded = False
        self.pid = 0  # the process that will write ``new`` at its exit

    def load(self) -> None:
        self.loaded = True
        self.path = _cache_path()
        if self.path is not None:
            self.known = _read(self.path)


_PROGRAMS = _Programs()


def compile_pattern(pattern: Union[str, bytes], flags: int = 0) -> "re.Pattern":
    """``re.compile(pattern, flags)``, from the program an earlier run kept when there is one."""
    progs = _PROGRAMS
    if not progs.loaded:
        progs.load()
    key = (pattern, int(flags))
    program = progs.known.get(key)
    if program is not None:
        try:
            return _sre_compile(pattern, *program)
        except Exception:  # (a damaged entry: compiled as usual, and written again)
            progs.known.pop(key, None)
    with _classes_memoised():
        compiled = re.compile(pattern, flags)
        if progs.path is not None:
            program = _program(pattern, flags)
            if program is not None:
                try:
                    same = _sre_compile(pattern, *program) == compiled
                except Exception:
                    same = False
                if same:
                    progs.new[key] = progs.known[key] = program
                    _save_at_exit(progs)
    return compiled


# ----------------------------------------------------------------------------------------
# the classes of a pattern, optimised once a process

#: ``re``'s class optimiser's answers, by its arguments: (class items, iscased, fixup) → (items, cased)
_CLASSES: Dict[tuple, Tuple[list, bool]] = {}
#: at most this many classes kept (govlint's patterns have a few hundred)
_CLASSES_MAX = 1024
_OPTIMISER: list = []  # [the re module's own optimiser], once looked up


def _re_compiler():
    try:
        from re import _compiler  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.9, 3.10
        import sre_compile as _compiler  # type: ignore[no-redef]
    return _compiler if callable(getattr(_compiler, "_optimize_charset", None)) else None


def _optimised_class(charset, iscased=None, fixup=None, fixes=None):
    """``re``'s ``_optimize_charset``, its answer kept for the next class with the same items.

    ``re`` turns a class such as ``[\u4e00-\u9fff]`` into its program in a Python loop over
    every character of each range (21,000 for the ideographs: ~11 M instructions a class), and
    govlint's patterns hold the ideographs' class dozens of times (eight times in one pattern of
    the layout's). The optimiser is a function of its arguments alone, so its answer is kept:
    the same program, made once a process. (A case-folding class with special cases, ``fixes``,
    is left to ``re``: its table is a dict.)"""
    original = _OPTIMISER[0]
    if fixes:
        return original(charset, iscased, fixup, fixes)
    try:
        key = (tuple(charset), iscased, fixup)
        hit = _CLASSES.get(key)
    except TypeError:  # (an item that is not hashable: not a class of this re)
        return original(charset, iscased, fixup, fixes)
    if hit is None:
        out, cased = original(charset, iscased, fixup, fixes)
        if len(_CLASSES) >= _CLASSES_MAX:
            _CLASSES.clear()
        hit = _CLASSES[key] = (list(out), cased)
    return list(hit[0]), hit[1]


class _classes_memoised:
    """While govlint compiles one of its patterns, ``re``'s class optimiser is
    :func:`_optimised_class` (put back after: no other code's compiling is changed)."""

    def __enter__(self):
        self.compiler = compiler = _re_compiler()
        if compiler is None or compiler._optimize_charset is _optimised_class:
            self.compiler = None  # (another re, or a compile inside one: left as it is)
            return self
        if not _OPTIMISER:
            _OPTIMISER.append(compiler._optimize_charset)
        compiler._optimize_charset = _optimised_class
        return self

    def __exit__(self, *exc):
        if self.compiler is not None:
            self.compiler._optimize_charset = _OPTIMISER[0]
        return False


def _program(pattern: Union[str, bytes], flags: int) -> Optional[_Program]:
    """What ``re``'s compiler hands ``_sre.compile`` for this pattern (None where ``re`` is not
    built the way this reads it)."""
    try:
        try:
            from re import _compiler, _parser  # Python 3.11+
        except ImportError:  # pragma: no cover - Python 3.9, 3.10
            import sre_compile as _compiler  # type: ignore[no-redef]
            import sre_parse as _parser  # type: ignore[no-redef]
        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        # (plain ints: marshal writes no RegexFlag)
        return (int(flags | p.state.flags), [int(c) for c in code], int(p.state.groups - 1), groupindex,
                tuple(indexgroup))
    except Exception:  # pragma: no cover - another implementation of re
        return None


def _sre_compile(pattern, flags, code, groups, groupindex, indexgroup) -> "re.Pattern":
    import _sre
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _cache_path() -> Optional[str]:
    import os
    import zlib
    from ..cache import cache_dir
    folder = cache_dir()
    if not folder:
        return None
    try:
        import _sre
        magic = f"{_sre.MAGIC}-{_sre.CODESIZE}"
    except (ImportError, AttributeError):  # pragma: no cover - not CPython
        return None
    ident = zlib.crc32(f"{sys.version}\0{sys.implementation.cache_tag}\0{magic}".encode("utf-8", "replace"))
    return os.path.join(folder, f"patterns-{sys.implementation.cache_tag}-{ident:08x}.marshal")


def _read(path: str) -> Dict[Tuple[Union[str, bytes], int], _Program]:
    """The programs a cache file holds; none if it is missing, damaged or of another layout."""
    import marshal
    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())  # (marshal.load reads a file object piece by piece: 30× slower)
        if not isinstance(data, dict) or data.get("format") != _FORMAT or data.get("version") != sys.version:
            return {}
        out = {}
        for key, program in data["programs"]:
            if (isinstance(key, tuple) and len(key) == 2 and isinstance(key[1], int)
                    and isinstance(program, tuple) and len(program) == 5):
                out[key] = program
        return out
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return {}


#: at most this many programs in the file (govlint has a few hundred patterns; plugins add theirs)
_MAX = 2000


def _save_at_exit(progs: _Programs) -> None:
    import os
    if progs.pid == os.getpid():
        return
    progs.pid = os.getpid()
    import atexit
    atexit.register(_save, progs)


def _save(progs: _Programs) -> None:
    """Add this run's new programs to the file (re-read first: another run may have added its own)."""
    import marshal
    import os
    if not progs.new or progs.path is None:
        return
    merged = _read(progs.path)
    merged.update(progs.new)
    items = list(merged.items())[-_MAX:]
    tmp = f"{progs.path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(progs.path), exist_ok=True)
        with open(tmp, "wb") as f:
            marshal.dump({"format": _FORMAT, "version": sys.version, "programs": items}, f)
        os.replace(tmp, progs.path)
        progs.new.clear()
    except (OSError, ValueError):
        try:
            os.remove(tmp)
        except OSError:
            pass
