"""govlint's start: records written out instead of generated (govlint.records), the command
line's parser declared for the command run, plugin modules' names that cannot be hooks skipped.
Each must behave exactly as what it replaces."""
import collections
import copy
import dataclasses
import pickle
import types
from decimal import Decimal
from typing import Any, Dict, Optional, Tuple

import pluggy
import pytest

from govlint import records
from govlint.checks import registry as registry_mod
from govlint.cli import COMMANDS, build_parser
from govlint.diagnostics import Diagnostic, Edit, FileResult, Location, Related, ToolError
from govlint.formats import BUILTIN_FORMATS, FormatSpec, Label, TableSpec, Term
from govlint.hookspecs import hookimpl
from govlint.syntax.ast import Span


# -- the dataclass-compatible records -------------------------------------------------------

# what the classes were (their @dataclass declarations before they were written out)
@dataclasses.dataclass(frozen=True)
class _Diagnostic:
    code: str
    severity: str
    message: str
    path: str
    span: Optional[Span]
    location: Location = Location()
    related: Tuple[Related, ...] = ()
    data: Dict[str, Any] = dataclasses.field(default_factory=dict, compare=False, hash=False)
    rule: str = ""
    origin: Optional[str] = None
    fix: Tuple[Edit, ...] = dataclasses.field(default=(), compare=False, hash=False)


@dataclasses.dataclass(frozen=True)
class _FileResult:
    path: str
    diagnostics: Tuple[Diagnostic, ...] = ()
    errors: Tuple[ToolError, ...] = ()
    lines: Dict[int, str] = dataclasses.field(default_factory=dict, compare=False, hash=False)
    kind: str = "text"
    bound: Optional[Dict[str, Any]] = dataclasses.field(default=None, compare=False, hash=False, repr=False)
    suppressed: tuple = ()
    snapshot: Optional[Dict[str, Any]] = dataclasses.field(default=None, compare=False, hash=False, repr=False)


def _described(cls):
    return [(f.name, f.default, f.default_factory, f.init, f.repr, f.compare, f.hash, f._field_type)
            for f in dataclasses.fields(cls)]


@pytest.mark.parametrize("mine, was", [(Diagnostic, _Diagnostic), (FileResult, _FileResult)])
def test_the_fields_are_the_dataclass_fields(mine, was):
    assert dataclasses.is_dataclass(mine)
    assert _described(mine) == _described(was)


def _pair(**kw):
    a = Diagnostic("C201", "error", "缺少表四", "r.txt", Span(3, 1, 3, 5, 10, 14), Location(table="表四"),
                   data={"n": 1}, rule="table-missing", **kw)
    b = _Diagnostic("C201", "error", "缺少表四", "r.txt", Span(3, 1, 3, 5, 10, 14), Location(table="表四"),
                    data={"n": 1}, rule="table-missing", **kw)
    return a, b


def test_a_diagnostic_behaves_as_the_dataclass_did():
    a, b = _pair()
    assert repr(a) == repr(b).replace("_Diagnostic(", "Diagnostic(", 1)
    other, _ = _pair(origin="第 2 页")
    assert a != other and a == _pair()[0] and hash(a) == hash(_pair()[0])
    # data and fix are not compared (nor hashed)
    same = dataclasses.replace(a, data={"n": 2}, fix=(Edit(Span(1, 1, 1, 2, 0, 1), "x", "y"),))
    assert same == a and hash(same) == hash(a) and same.data == {"n": 2}
    changed = dataclasses.replace(a, severity="warning")
    assert (changed.severity, changed.code, changed.data) == ("warning", "C201", {"n": 1})
    assert dataclasses.asdict(a)["location"] == dataclasses.asdict(b)["location"]
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'code'"):
        a.code = "X"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.message
    for copied in (pickle.loads(pickle.dumps(a)), copy.copy(a), copy.deepcopy(a)):
        assert copied == a and copied.data == a.data and type(copied) is Diagnostic
    assert Diagnostic("A", "error", "m", "p", None).data == {}  # a fresh dict each
    assert Diagnostic("A", "error", "m", "p", None).data is not Diagnostic("A", "error", "m", "p", None).data
    assert a != b  # (another class: as two dataclasses)


def test_a_file_result_behaves_as_the_dataclass_did():
    d, _ = _pair()
    r = FileResult("r.txt", (d,), lines={3: "x"}, bound={"b": 1}, snapshot={"s": 1})
    was = _FileResult("r.txt", (d,), lines={3: "x"}, bound={"b": 1}, snapshot={"s": 1})
    assert repr(r) == repr(was).replace("_FileResult(", "FileResult(", 1)
    assert "bound" not in repr(r) and "snapshot" not in repr(r)
    assert r == FileResult("r.txt", (d,)) and hash(r) == hash(FileResult("r.txt", (d,)))
    slim = dataclasses.replace(r, lines={}, snapshot=None)
    assert slim.bound == {"b": 1} and slim.lines == {} and slim.snapshot is None
    assert pickle.loads(pickle.dumps(r)).snapshot == {"s": 1}
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.kind = "pdf"


def test_a_format_is_changed_with_dataclasses_replace_as_docs_plugins_md_says():
    fmt = BUILTIN_FORMATS["2021"]
    assert [f.name for f in dataclasses.fields(FormatSpec)] == [
        "id", "name", "first_year", "last_year", "sections", "tables", "relations", "fee_statement_required"]
    assert [f.name for f in dataclasses.fields(TableSpec)] == [
        "key", "title", "section", "columns", "rows", "groups", "layout", "markers"]
    t3 = fmt.table("表三")
    smaller = dataclasses.replace(t3, rows=t3.rows[:2])
    assert smaller.rows == t3.rows[:2] and smaller.key == "表三" and smaller != t3
    assert [r.key for r in smaller.rows] == list(smaller._rows_by_key)  # the memo is the copy's own
    province = dataclasses.replace(fmt, id="2021-x", tables=fmt.tables + (smaller,))
    assert province.table("表三") is smaller and fmt.table("表三") is t3  # (the last of a key, as before)
    assert copy.deepcopy(fmt) == fmt and hash(copy.deepcopy(fmt)) == hash(fmt)
    assert repr(fmt).startswith("FormatSpec(id='2021', name=")
    with pytest.raises(dataclasses.FrozenInstanceError):
        fmt.name = "x"


# -- the written-out named tuples -------------------------------------------------------------

def _records():
    import govlint.checks.pair
    import govlint.checks.relations
    import govlint.outputs.docx_comments
    import govlint.outputs.sarif
    import govlint.run.fixes  # noqa: F401  (their records are checked too)
    seen, out = set(), []
    stack = [records.Record]
    while stack:
        for sub in stack.pop().__subclasses__():
            if sub not in seen and sub.__module__.startswith("govlint."):
                seen.add(sub)
                out.append(sub)
                stack.append(sub)
    return sorted(out, key=lambda c: (c.__module__, c.__qualname__))


RECORDS = _records()


def test_the_records_are_many():
    assert len(RECORDS) >= 25, [c.__qualname__ for c in RECORDS]


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_a_record_is_the_named_tuple_it_replaces(cls):
    """Against ``collections.namedtuple`` of the same fields and defaults: the same constructor
    (positions, names, defaults), fields, repr, _replace, _asdict, _make, errors and pickling."""
    fields = cls._fields
    defaults = tuple(cls._field_defaults.values())
    assert list(cls._field_defaults) == list(fields[len(fields) - len(defaults):])
    assert cls.__match_args__ == fields and cls.__slots__ == ()
    ref = collections.namedtuple(cls.__name__, fields, defaults=defaults or None)
    values = tuple(f"v{i}" for i in range(len(fields)))
    mine, theirs = cls(*values), ref(*values)
    assert tuple(mine) == tuple(theirs) and mine == theirs and hash(mine) == hash(theirs)
    assert repr(mine) == repr(theirs)
    assert [getattr(mine, f) for f in fields] == list(values)
    assert mine._asdict() == theirs._asdict()
    assert cls(**dict(zip(fields, values))) == mine
    assert mine._replace(**{fields[0]: "x"}) == theirs._replace(**{fields[0]: "x"})
    assert type(mine._replace(**{fields[0]: "x"})) is cls
    with pytest.raises(ValueError, match=r"Got unexpected field names: \['nope'\]"):
        mine._replace(nope=1)
    assert cls._make(values) == mine and type(cls._make(values)) is cls
    with pytest.raises(TypeError, match=f"Expected {len(fields)} arguments, got {len(fields) + 1}"):
        cls._make(values + ("extra",))
    assert pickle.loads(pickle.dumps(mine)) == mine and type(pickle.loads(pickle.dumps(mine))) is cls
    assert copy.deepcopy(mine) == mine
    with pytest.raises(AttributeError):
        mine.not_a_field = 1  # (no __dict__)
    if defaults:
        assert cls(*values[:len(fields) - len(defaults)]) == ref(*values[:len(fields) - len(defaults)])
    with pytest.raises(TypeError):
        cls(*values, "extra")
    with pytest.raises(TypeError):
        cls(*values[:1], **{fields[0]: "again"})
    with pytest.raises(TypeError):
        cls(*values, nope=1)
    if len(defaults) < len(fields):
        with pytest.raises(TypeError):
            cls()


def test_a_record_is_declared_as_a_named_tuple_is():
    """Annotated names are the fields, in order, with their defaults; a field without a default
    after one with a default is refused, as ``typing.NamedTuple`` refuses it."""
    class Point(records.Record):
        x: int
        y: int = 0

        def norm(self) -> int:
            return abs(self.x) + abs(self.y)

    assert Point._fields == ("x", "y") and Point._field_defaults == {"y": 0}
    assert Point(3) == (3, 0) and Point(y=2, x=1).norm() == 3 and Point(1, 2).y == 2
    with pytest.raises(TypeError, match="missing required argument: 'x'"):
        Point(y=1)
    with pytest.raises(TypeError, match="without a default follows"):
        class Bad(records.Record):
            a: int = 0
            b: int


def test_records_keep_their_own_methods_and_defaults():
    assert Location(table="表三", row="（七）总计").describe() == "表三·（七）总计"
    assert Related("m", None).location is not None and Related("m", None).location == Location()
    assert Label("公开", ("公开了",))._replace(outdated=("x",)) == Label("公开", ("公开了",), ("x",))
    assert Term("*.repealed", -1).weight == -1 and Term("a.b", Decimal("0.5"))[1] == Decimal("0.5")
    assert ToolError("read", "x") == ("read", "x", None, None)


# -- the command line's parser, declared for the command that runs ------------------------------

LINES = [
    ["check", "a.txt", "--format", "json", "--lang", "en", "-j", "2", "--select", "C2,V5", "--statistics"],
    ["check", "--no-source", "--output", "sarif:o.sarif", "--timeout", "3", "--baseline", "b.json", "d/"],
    ["check"],
    ["parse", "a.txt", "--format", "json", "--format-version", "2019"],
    ["rules", "--format", "markdown", "--no-plugins"],
    ["rule", "C201", "--lang", "en"],
    ["annotate", "r.docx", "-o", "out.docx"],
    ["summary", "store.db", "--format", "csv", "--by", "rule"],
    ["server"],
]


@pytest.mark.parametrize("argv", LINES, ids=lambda a: " ".join(a) or "(none)")
def test_the_parser_of_one_command_parses_as_the_whole_one(argv):
    assert argv[0] in COMMANDS
    assert vars(build_parser(argv[0]).parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_the_whole_parser_knows_every_command_in_order():
    choices = build_parser()._subparsers._group_actions[0].choices
    assert tuple(choices) == COMMANDS
    only = build_parser("parse")._subparsers._group_actions[0].choices
    assert tuple(only) == ("parse",)


@pytest.mark.parametrize("argv", [["check", "-h"], ["parse", "--help"], ["-h"], ["rule", "-h", "--lang", "en"]])
def test_help_is_the_same(argv, capsys, monkeypatch):
    from govlint.cli import main
    monkeypatch.setenv("COLUMNS", "70")
    outs = []
    for only in (argv[0] if argv[0] in COMMANDS else None, None):
        monkeypatch.setattr("govlint.cli.build_parser", lambda only_=None, _o=only: build_parser(_o))
        with pytest.raises(SystemExit):
            main(argv)
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1] and "usage" in outs[0].lower() or "用法" in outs[0]
    assert max(len(line) for line in outs[0].splitlines()) <= 70 + 20  # (the width asked: COLUMNS)


# -- plugin modules' names that cannot be hooks ---------------------------------------------------

class _Reference(pluggy.PluginManager):
    """registry._Manager as it was: pluggy's lookup of every name, then an undecorated hook."""

    def parse_hookimpl_opts(self, plugin, name):
        import inspect
        opts = super().parse_hookimpl_opts(plugin, name)
        if opts is None and name in registry_mod.HOOK_NAMES and not inspect.isclass(plugin):
            value = getattr(plugin, name, None)
            if inspect.isfunction(value) or inspect.ismethod(value):
                return {}
        return opts


def _odd_plugin():
    m = types.ModuleType("govlint_test_odd_plugin")

    @hookimpl(specname="govlint_rules")
    def my_rules():
        return []

    def govlint_formats():  # undecorated, named like a hook
        return {}

    def helper():
        return 1

    class Holder:
        @staticmethod
        def govlint_readers():
            return []

    m.my_rules, m.govlint_formats, m.helper, m.Holder = my_rules, govlint_formats, helper, Holder
    m.marked_static = hookimpl(specname="govlint_readers")(staticmethod(lambda: []))
    m.marked_class = hookimpl(specname="govlint_output_formats")(classmethod(lambda cls: {}))
    m.bound = types.MethodType(hookimpl(specname="govlint_rules")(lambda self: []), object())
    m.number, m.text, m.nothing = 3, "govlint_rules", None
    m.marker_only = types.SimpleNamespace(govlint_impl={})  # not a routine: no hook
    return m


def test_the_names_skipped_are_those_pluggy_would_skip():
    mine, ref = registry_mod._manager(), _Reference("govlint")
    ref.add_hookspecs(registry_mod.hookspecs)
    # the installed plugins' modules (govlint's own rule families, the example plugin when installed)
    modules = [_odd_plugin()] + [ep.load() for _, _, ep in registry_mod._entry_points()]
    checked = 0
    for module in modules:
        for name in dir(module):
            assert mine.parse_hookimpl_opts(module, name) == ref.parse_hookimpl_opts(module, name), (module, name)
            checked += 1
    assert checked > 200
    odd = _odd_plugin()
    found = {n for n in dir(odd) if mine.parse_hookimpl_opts(odd, n) is not None}
    assert found == {"my_rules", "govlint_formats", "marked_static", "marked_class", "bound"}
