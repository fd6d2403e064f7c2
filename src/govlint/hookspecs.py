"""The hooks a govlint plugin may implement. Built-in rules use exactly these.

A plugin is a module (or object) registered under the ``govlint`` entry-point group, or named
in the configuration's ``plugins`` list, that implements some of these functions decorated
with :data:`govlint.plugin.hookimpl`.
"""
from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("govlint")
hookimpl = pluggy.HookimplMarker("govlint")


@hookspec
def govlint_rules():
    """Return a list of :class:`govlint.rule.Rule` subclasses.

    Called once per run, after all plugins are loaded. Import the rule classes inside the
    hook, not at module level, so loading a plugin stays cheap. Codes must be unique across
    all plugins; a collision is a load error naming both plugins.
    """


@hookspec
def govlint_formats():
    """Return a list of :class:`govlint.formats.FormatSpec` to add (e.g. a province's variant).

    A format whose ``id`` equals a built-in one replaces it.
    """


@hookspec
def govlint_readers():
    """Return a list of :class:`govlint.readers.Reader` objects.

    A reader turns a file's bytes into report text; it is chosen by file extension and, when
    the extension lies, by sniffing the content. Plugin readers are tried before built-ins.
    """


@hookspec
def govlint_formatters():
    """Return a dict ``{name: function}``; ``function(results, context) -> str``.

    The name becomes a value of ``govlint check --format``.
    """


@hookspec
def govlint_options():
    """Return ``{rule_code_or_plugin_name: {option: default}}``: the plugin's own options.

    Users set them in the configuration under ``[tool.govlint.options.NAME]``; unknown
    options there are reported as configuration errors.
    """
