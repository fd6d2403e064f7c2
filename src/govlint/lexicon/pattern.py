"""Regular expressions compiled when first used, not when their module is imported.

govlint's modules hold about 130 patterns, many for layouts a given report does not have
(flattened text, a PDF's page numbers, a 2019 table). Compiling them all took about half of
govlint's start-up time. A :class:`LazyPattern` stands where the compiled pattern stood and
compiles on the first call of any method; from then on its methods are the compiled
pattern's own bound methods, looked up as plain attributes (no cost on the hot path).
"""
from __future__ import annotations

import re
from typing import Any, Union

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
        compiled = re.compile(self.pattern, self._flags)
        self.compiled = compiled
        for method in _BOUND:
            setattr(self, method, getattr(compiled, method))
        self.flags = compiled.flags
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: Union[str, bytes], flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled at first use (see the module docstring)."""
    return LazyPattern(pattern, flags)
