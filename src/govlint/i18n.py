"""One language per run: a message of govlint's own in Chinese (the default) and in English.

Every message that reaches the user is written in both languages where it is made (as a rule
writes ``ctx.t(zh, en)``): a :class:`Msg`. An error that carries one (:class:`Bilingual`: the
readers' ``ReadError``, ``ConfigError``, a limit's bad value) is shown in the run's language by
whoever reports it (``exc.text(lang)``); ``str(exc)`` is the English text, for logs and tracebacks.
A plain string given instead (a plugin's own message) is shown as it is in both languages.
"""
from __future__ import annotations

from typing import Union
from .records import Record


LANGS = ("zh", "en")


class Msg(Record):
    """A message in both languages."""

    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh

    def __str__(self) -> str:  # (a log line, a traceback)
        return self.en

    def prefixed(self, zh: str, en: str) -> "Msg":
        """This message after a prefix of each language (``"--previous FILE: "``)."""
        return Msg(zh + self.zh, en + self.en)


def as_msg(message: Union[Msg, str]) -> Msg:
    return message if isinstance(message, Msg) else Msg(str(message), str(message))


class Bilingual(Exception):
    """An error whose message is a :class:`Msg` (or a plugin's plain string)."""

    def __init__(self, message: Union[Msg, str] = ""):
        self.msg = as_msg(message)
        super().__init__(self.msg.en)

    def text(self, lang: str) -> str:
        return self.msg.text(lang)

    def __reduce__(self):  # (pickled across processes with both languages)
        return type(self), (self.msg,), self.__dict__
