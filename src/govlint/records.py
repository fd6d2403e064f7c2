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

from typing import Any, Dict, Optional, Tuple

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


class Plain:
    """What a (mutable) ``@dataclass`` generates besides ``__init__``: ``__eq__`` over the names in
    ``_COMPARED``, ``__repr__`` over those in ``_SHOWN`` (the compared ones when not given), and no
    hash. For the plain classes of a run (``Config``, ``Registry``, ``Settings``, ``Context``,
    ``PairContext``) that were dataclasses."""

    _COMPARED: Tuple[str, ...] = ()
    _SHOWN: Optional[Tuple[str, ...]] = None

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            names = self._COMPARED
            return tuple(getattr(self, k) for k in names) == tuple(getattr(other, k) for k in names)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (mutable)

    def __repr__(self) -> str:
        names = self._COMPARED if self._SHOWN is None else self._SHOWN
        return f"{self.__class__.__name__}({', '.join(f'{k}={getattr(self, k)!r}' for k in names)})"

class Frozen:
    """What ``@dataclass(frozen=True)`` generates besides ``__init__``, made once from the class's
    :class:`DataclassFields`: ``__eq__`` and ``__hash__`` over the compared fields, ``__repr__`` over
    the shown ones, ``__match_args__``, and no assignment. A subclass writes its ``__init__`` (setting
    ``self.__dict__``)."""

    __dataclass_fields__: DataclassFields

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        from operator import attrgetter
        specs = cls.__dict__["__dataclass_fields__"].specs
        cls._compared = staticmethod(attrgetter(*(f[0] for f in specs if f[6])))
        cls._shown = tuple(f[0] for f in specs if f[5])
        cls.__match_args__ = tuple(f[0] for f in specs if f[4])

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._compared(self) == other._compared(other)
        return NotImplemented

    def __hash__(self):
        return hash(self._compared(self))

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self._shown)})"

    def __setattr__(self, name, value):
        raise frozen_error(name)

    def __delattr__(self, name):
        raise frozen_error(name)


# ----------------------------------------------------------------------------------------
# named tuples declared as typing.NamedTuple is, without generated code

try:
    from _collections import _tuplegetter
except ImportError:  # pragma: no cover - not CPython
    def _tuplegetter(index, doc):  # type: ignore[no-redef]
        from operator import itemgetter
        return property(itemgetter(index), doc=doc)

_new = tuple.__new__


class _RecordMeta(type):
    """Makes a :class:`Record` subclass what ``typing.NamedTuple`` would: its annotated names are
    its fields (in order, defaults after), each read by the accessor ``collections.namedtuple``
    uses. Nothing is compiled: the fields are bound by :meth:`Record.__new__`, or by a ``__new__``
    the class writes out itself where it is made in a hot loop."""

    def __new__(mcls, name, bases, ns):
        if "_fields" in ns:  # Record itself
            return super().__new__(mcls, name, bases, ns)
        fields = tuple(ns.get("__annotations__", {}))
        defaults = {f: ns.pop(f) for f in fields if f in ns}
        if any(f not in defaults for f in fields[len(fields) - len(defaults):]):
            raise TypeError(f"{name}: a field without a default follows one with a default")
        ns.update(__slots__=(), _fields=fields, _field_defaults=defaults, __match_args__=fields)
        ns.update((f, _tuplegetter(i, f"Alias for field number {i}")) for i, f in enumerate(fields))
        return super().__new__(mcls, name, bases, ns)


class Record(tuple, metaclass=_RecordMeta):
    """A named tuple, declared as ``typing.NamedTuple`` is (annotated fields, defaults, methods),
    and the same tuple (equality, hash, order, iteration, ``_replace``, ``_asdict``, ``_make``,
    ``repr``, pickling), without the code ``typing.NamedTuple`` generates and compiles for every
    class at every start (~0.7 M instructions a class)."""

    __slots__ = ()
    _fields: Tuple[str, ...] = ()
    _field_defaults: Dict[str, Any] = {}

    def __new__(cls, *args, **kwds):
        if kwds or len(args) != len(cls._fields):
            args = cls._bound(args, kwds)
        return _new(cls, args)

    @classmethod
    def _bound(cls, args: tuple, kwds: Dict[str, Any]) -> tuple:
        """The fields' values given some by position, some by name and the rest by default."""
        fields, defaults = cls._fields, cls._field_defaults
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__}() takes {len(fields)} arguments but {len(args)} were given")
        values = list(args)
        for name in fields[len(args):]:
            if name in kwds:
                values.append(kwds.pop(name))
            elif name in defaults:
                values.append(defaults[name])
            else:
                raise TypeError(f"{cls.__name__}() missing required argument: {name!r}")
        if kwds:
            name = next(iter(kwds))
            raise TypeError(f"{cls.__name__}() got multiple values for argument {name!r}" if name in fields
                            else f"{cls.__name__}() got an unexpected keyword argument {name!r}")
        return tuple(values)

    @classmethod
    def _make(cls, iterable):
        """A new record from a sequence or iterable of its fields."""
        result = _new(cls, iterable)
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
