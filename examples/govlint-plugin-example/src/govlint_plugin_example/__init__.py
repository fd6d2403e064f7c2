"""An example govlint plugin: two requirements an organisation adds to section 六, and a
province-style supplementary table (表五) with its own arithmetic.

govlint finds this module through the ``govlint`` entry point declared in pyproject.toml and
calls the hook functions below. The rule classes are imported inside the hooks, so loading
the plugin costs nothing until its rules are needed.
"""
from __future__ import annotations

from govlint.plugin import hookimpl

__version__ = "0.1.0"


@hookimpl
def govlint_rules():
    from .rules import MediaExplained, ProposalsMissing, WorkPointsMissing

    return [WorkPointsMissing, ProposalsMissing, MediaExplained]


@hookimpl
def govlint_formats():
    from .formats import FORMAT

    return [FORMAT]


@hookimpl
def govlint_options():
    from .rules import ProposalsMissing

    # {rule code: {option: default}}; users override them under [options.X902] in their
    # configuration, and govlint checks the names and the types against these defaults.
    return {ProposalsMissing.code: {"required_keywords": list(ProposalsMissing.DEFAULT_KEYWORDS)}}
