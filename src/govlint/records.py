"""Records written as plain classes that still answer ``dataclasses.replace``, ``fields`` and
``asdict`` as the dataclasses they replace did.

Making a dataclass generates its ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` (and for a
frozen one ``__setattr__``, ``__delattr__``) as source text and compiles it, at every start of
the process: about 4 M instructions a class, a sixth of a cold ``govlint check FILE`` for the
classes of a run. The public records that plugins may change with ``dataclasses.replace``
(:class:`~govlint.diagnostics.Diagnostic`, :class:`~govlint.diagnostics.FileResult`,
:class:`~govlint.formats.TableSpec`, :class:`~govlint.formats.FormatSpec`) are written out as
plain classes instead, with a :class:`DataclassFields` as their ``__dataclass_fields__``: the
``dataclasses.Field`` objects are made (and ``dataclasses`` imported) only when something asks
for them.
"""
from __future__ import annotations

from typing import Any, Dict, Tuple

#: a field's description: (name, type as written, default or MISSING, default factory or None,
#: init, repr, compare, hash)
FieldSpec = Tuple[str, str, Any, Any, bool, bool, bool, Any]

#: "no default" (``dataclasses.MISSING`` without importing ``dataclasses``)
MISSING = object()


def spec(name: str, type_: str, default: Any = MISSING, factory: Any = None, *, init: bool = True,
         repr: bool = True, compare: bool = True, hash: Any = None) -> FieldSpec:
    """One field, as ``dataclasses.field`` would be given it."""
    return (name, type_, default, factory, init, repr, compare, hash)


class DataclassFields:
    """``cls.__dataclass_fields__``, made on first use: ``{name: dataclasses.Field}`` as
    ``@dataclass`` would have set it, so ``dataclasses.is_dataclass``, ``fields``, ``replace`` and
    ``asdict`` work on the class and its instances."""

    def __init__(self, *fields: FieldSpec):
        self.specs = fields

    def __get__(self, obj, cls=None) -> Dict[str, Any]:
        import dataclasses
        made: Dict[str, Any] = {}
        for name, type_, default, factory, init, repr_, compare, hash_ in self.specs:
            f = dataclasses.field(default=dataclasses.MISSING if default is MISSING else default,
                                  default_factory=dataclasses.MISSING if factory is None else factory,
                                  init=init, repr=repr_, compare=compare, hash=hash_)
            f.name, f.type = name, type_
            f._field_type = dataclasses._FIELD  # type: ignore[attr-defined]  # (as @dataclass sets it)
            if hasattr(f, "kw_only"):
                f.kw_only = False  # type: ignore[attr-defined]
            made[name] = f
        owner = cls if cls is not None else type(obj)
        owner.__dataclass_fields__ = made  # (from now on a plain class attribute)
        return made


def frozen_error(name: str) -> Exception:
    """What assigning to a field of a frozen record raises (as a frozen dataclass does)."""
    import dataclasses
    return dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


# ----------------------------------------------------------------------------------------
# named tuples written out

try:
    from _collections import _tuplegetter
except ImportError:  # pragma: no cover - not CPython
    def _tuplegetter(index, doc):  # type: ignore[no-redef]
        from operator import itemgetter
        return property(itemgetter(index), doc=doc)


def field(index: int, doc: str = "") -> Any:
    """The accessor of a :class:`Record`'s field ``index`` (the one ``collections.namedtuple`` uses)."""
    return _tuplegetter(index, doc or f"Alias for field number {index}")


class Record(tuple):
    """A named tuple written out: the subclass declares ``_fields``, ``_field_defaults``, a
    ``__new__`` taking the fields, and each field as ``name = field(i)``; it is then what
    ``typing.NamedTuple`` would have made (a tuple: equality, hash, order, iteration, ``_replace``,
    ``_asdict``, ``_make``, ``repr``, pickling), without compiling generated code at every start
    (``typing.NamedTuple`` costs ~0.7 M instructions a class, a written-out one ~0.1 M)."""

    __slots__ = ()
    _fields: Tuple[str, ...] = ()
    _field_defaults: Dict[str, Any] = {}

    @classmethod
    def _make(cls, iterable):
        """A new record from a sequence or iterable of its fields."""
        result = tuple.__new__(cls, iterable)
        if len(result) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        """A new record with some fields replaced."""
        result = self._make(map(kwds.pop, self._fields, self))
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def _asdict(self) -> Dict[str, Any]:
        """The fields by name."""
        return dict(zip(self._fields, self))

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self))})"

    def __getnewargs__(self):
        return tuple(self)


#: ``tuple.__new__``: a written-out ``__new__`` returns ``tuple_new(cls, (fields...))``
tuple_new = tuple.__new__
