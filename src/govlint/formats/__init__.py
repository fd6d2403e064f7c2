"""The official report formats as data (see :mod:`govlint.formats.spec`)."""
from __future__ import annotations

from .spec import (  # noqa: F401  (re-exported: the public vocabulary of formats)
    ColumnSpec, FormatSpec, GroupSpec, Label, Relation, RowSpec, SectionSpec, TableSpec, Term,
)
from . import v2019, v2021

BUILTIN_FORMATS = {v2021.FORMAT.id: v2021.FORMAT, v2019.FORMAT.id: v2019.FORMAT}
