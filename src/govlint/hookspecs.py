"""The hooks a govlint plugin may implement. Built-in rules use exactly these.

A plugin is a module (or object) registered under the ``govlint`` entry-point group, or named
in the configuration's ``plugins`` list, that implements some of these functions, decorated
with :data:`govlint.plugin.hookimpl`. None takes arguments. Each is called once per run, after
every plugin is loaded, for each plugin in load order: govlint's built-in families first, then
installed distributions by name, then the configuration's ``plugins`` in order. A hook that
raises or returns the wrong type is a load error naming its plugin; the other plugins still
count. docs/plugins.md is the guide.
"""
from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("govlint")
hookimpl = pluggy.HookimplMarker("govlint")


@hookspec
def govlint_rules():
    """Return a list of :class:`govlint.plugin.Rule` subclasses.

    Import the rule classes inside the hook, not at module level, so loading a plugin stays
    cheap. Each class needs a ``code`` (1-4 upper-case letters and 1-4 digits), a kebab-case
    ``name``, a valid ``severity`` and a ``check`` method. Codes are unique across all plugins:
    a collision is a load error naming both plugins, and the first one loaded keeps the code.
    """


@hookspec
def govlint_formats():
    """Return a list of :class:`govlint.plugin.FormatSpec` to add (e.g. a province's variant,
    made with :func:`govlint.plugin.variant`).

    A format whose ``id`` equals a built-in one replaces it; a new id is chosen with the
    configuration's ``format-version``. Two plugins defining the same id is a load error.
    """


@hookspec
def govlint_readers():
    """Return a list of reader objects, each with ``name``, ``extensions``,
    ``sniff(head: bytes) -> bool`` and ``read(path, data: bytes) -> Document``.

    A reader turns a file's bytes into report text; it is chosen by file extension and, when
    the extension lies, by sniffing the content. Plugin readers are tried before built-ins.
    """


@hookspec
def govlint_formatters():
    """Return a dict ``{name: function}``; ``function(results, context) -> str`` where
    ``results`` are :class:`FileResult` objects and ``context`` an :class:`OutputContext`.

    The name becomes a value of ``govlint check --format``. The built-in names (text, json,
    sarif) cannot be taken, and two plugins with the same name is a load error.
    """


@hookspec
def govlint_options():
    """Return ``{rule code: {option: default}}``: options of the plugin's own rules.

    Users set them under ``[options.CODE]`` in the configuration. An unknown option name, or
    a value whose type differs from the default's, is a configuration error; the rule gets
    the defaults merged with the user's values in ``ctx.options``.
    """
