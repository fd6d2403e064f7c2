"""The plugin host: loads plugins one by one, isolates failures, collects what they contribute.

Plugins come from three places, in this order:

1. the ``govlint`` entry-point group: the built-in rule families first (they are entry points
   of the ``govlint`` distribution itself), then other installed distributions by name;
2. the configuration's ``plugins = [...]``: ``.py`` files (relative to the configuration
   file) or importable module names (the configuration's folder is searched first);
3. plugin objects handed to :func:`load` directly (``govlint.testing.make_registry``).

A plugin that fails to import, implements an unknown hook, or whose hook raises or returns
something unusable is recorded as a :class:`ToolError` naming it, and the others still load.
A rule code, option name, format id or output format claimed by two plugins is a load error
naming both; the first one (built-ins first) is kept.
"""
from __future__ import annotations

import copy
import importlib
import inspect
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Sequence, Tuple, Type

import pluggy

from .. import hookspecs
from ..config import Config, ConfigError
from ..diagnostics import SEVERITIES, ToolError
from ..formats import BUILTIN_FORMATS, FormatSpec, Relation
from ..limits import LimitExceeded, alarm, current as current_limits
from .rule import Rule
from ..lexicon.pattern import lazy

ENTRY_POINT_GROUP = "govlint"
BUILTIN_DIST = "govlint"
BUILTIN_FORMATTERS = ("text", "json", "sarif")

#: a rule code: upper-case letters (the family, or the plugin's own prefix) then digits
CODE_RE = lazy(r"^[A-Z]{1,4}[0-9]{1,4}$")
#: a rule name: kebab-case
NAME_RE = lazy(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

HOOK_NAMES = frozenset(n for n in dir(hookspecs) if n.startswith("govlint_"))


class PluginInfo(NamedTuple):
    name: str  # distribution name, built-in family name, config entry or module name
    dist: str  # distribution name; "govlint" for built-ins, "local" for config plugins
    version: str

    @property
    def builtin(self) -> bool:
        return self.dist == BUILTIN_DIST


@dataclass
class Registry:
    """Everything the loaded plugins contribute."""

    rules: Dict[str, Type[Rule]] = field(default_factory=dict)
    #: ``{rule code: the plugin that registered it}``, kept here and not on the rule class: two
    #: registries may get the same class from different plugins (a class shared by two
    #: distributions, a test's registries), and each keeps its own attribution
    rule_plugin: Dict[str, str] = field(default_factory=dict)
    formats: Dict[str, FormatSpec] = field(default_factory=lambda: dict(BUILTIN_FORMATS))
    readers: list = field(default_factory=list)
    formatters: Dict[str, object] = field(default_factory=dict)
    #: ``{rule code: {option: default}}``
    options: Dict[str, dict] = field(default_factory=dict)
    plugins: List[PluginInfo] = field(default_factory=list)
    #: output format name → the plugin that registered it
    formatter_plugin: Dict[str, str] = field(default_factory=dict)
    errors: List[ToolError] = field(default_factory=list)
    #: loaded with ``--no-plugins``: options for rules that were not loaded are not an error
    builtins_only: bool = False

    def sorted_rules(self) -> List[Type[Rule]]:
        return [self.rules[c] for c in sorted(self.rules, key=_code_order)]

    def plugin(self, name: str) -> Optional[PluginInfo]:
        for p in self.plugins:
            if p.name == name:
                return p
        return None


def _code_order(code: str) -> tuple:
    letters = "".join(ch for ch in code if ch.isalpha())
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 0, letters, code)


class _Manager(pluggy.PluginManager):
    """Also takes an undecorated function named like a hook (as pytest does)."""

    def parse_hookimpl_opts(self, plugin, name):
        opts = super().parse_hookimpl_opts(plugin, name)
        if opts is None and name in HOOK_NAMES and not inspect.isclass(plugin):
            value = getattr(plugin, name, None)
            if inspect.isfunction(value) or inspect.ismethod(value):
                return {}
        return opts


def _manager() -> pluggy.PluginManager:
    pm = _Manager("govlint")
    pm.add_hookspecs(hookspecs)
    return pm


def _entry_points() -> List[Tuple[str, str, Any]]:
    """(distribution name, version, entry point) for the ``govlint`` group: govlint's own
    first, whatever order the distributions are found in, then by distribution name."""
    from .entrypoints import entry_points
    from ..cache import cache_dir

    seen, found = set(), []
    for name, version, ep in entry_points(ENTRY_POINT_GROUP, cache_dir()):
        key = (name.lower(), ep.name, ep.value)
        if key not in seen:  # the same distribution twice on sys.path: the first one counts
            seen.add(key)
            found.append((name, version, ep))
    found.sort(key=lambda t: (t[0] != BUILTIN_DIST, t[0].lower(), t[2].name))
    return found


def _load_local(spec: str, base: Path):
    """A plugin named in the configuration: a .py path (relative to the config) or a module."""
    if spec.endswith(".py") or "/" in spec or "\\" in spec:
        path = (base / spec).resolve()
        if not path.is_file():
            raise FileNotFoundError(f"no such file: {path}")
        import hashlib
        digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:8]
        mod_name = f"govlint_local_{re.sub(r'[^0-9A-Za-z_]', '_', path.stem)}_{digest}"
        from importlib.util import module_from_spec, spec_from_file_location
        module_spec = spec_from_file_location(mod_name, path)
        module = module_from_spec(module_spec)
        sys.modules[mod_name] = module
        try:
            module_spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(mod_name, None)
            raise
        return module
    base_dir = str(base.resolve())
    added = base_dir not in sys.path
    if added:
        sys.path.insert(0, base_dir)
    try:
        return importlib.import_module(spec)
    finally:
        if added:
            try:
                sys.path.remove(base_dir)
            except ValueError:  # pragma: no cover - the plugin removed it itself
                pass


def _describe(exc: BaseException) -> str:
    if isinstance(exc, SystemExit):
        return f"it called sys.exit({exc.code!r})"
    if isinstance(exc, LimitExceeded):
        return f"it took more than {current_limits().timeout:g} s (--timeout)"
    return f"{type(exc).__name__}: {exc}"


#: what a plugin's code may do wrong that is its error, not the run's end: raise, exit, hang
_PLUGIN_FAILURES = (Exception, SystemExit, LimitExceeded)


def load(builtins_only: bool = False, local: Sequence[str] = (), base: Optional[Path] = None,
         extra: Sequence[object] = ()) -> Registry:
    """Load the plugins and collect what they contribute.

    ``builtins_only`` (``--no-plugins``) loads govlint's own rule families only and skips
    other distributions and the configuration's ``local`` plugins. ``extra`` plugin objects
    (modules, or any object with hook functions) are always loaded, after the others.

    A plugin that fails to import, or whose hook raises, is recorded as a ToolError naming it;
    the others still load. Duplicate rule codes are a load error naming both plugins.
    """
    if builtins_only:
        reg = load_from("builtins", extra=extra)
        reg.builtins_only = True
        return reg
    return load_from("all", local, base, extra)


def load_from(installed: str = "all", local: Sequence[str] = (), base: Optional[Path] = None,
              extra: Sequence[object] = ()) -> Registry:
    """Like :func:`load`, saying which installed plugins to load: ``"all"``, ``"builtins"``
    (govlint's own) or ``"none"``; ``local`` plugins (paths relative to ``base``, or module
    names) and ``extra`` plugin objects are loaded in any case."""
    if installed not in ("all", "builtins", "none"):
        raise ValueError(f"installed={installed!r}: use all, builtins or none")
    pm = _manager()
    reg = Registry()
    owners: Dict[int, PluginInfo] = {}

    def register(obj, info: PluginInfo, reg_name: str) -> None:
        if pm.is_registered(obj):
            return  # the same module reached twice (installed and named in the configuration)
        try:
            pm.register(obj, name=reg_name)
        except Exception as exc:
            reg.errors.append(ToolError("plugin", f"plugin {info.name} cannot be registered: {_describe(exc)}",
                                        source=info.name))
            return
        unknown = sorted(hc.name for hc in (pm.get_hookcallers(obj) or []) if not hc.has_spec())
        if unknown:
            pm.unregister(obj)
            reg.errors.append(ToolError(
                "plugin", f"plugin {info.name} implements unknown hook{'s' if len(unknown) > 1 else ''} "
                          f"{', '.join(unknown)} (known: {', '.join(sorted(HOOK_NAMES))})", source=info.name))
            return
        owners[id(obj)] = info
        if reg.plugin(info.name) is None:
            reg.plugins.append(info)

    for dist_name, version, ep in (_entry_points() if installed != "none" else ()):
        if installed == "builtins" and dist_name != BUILTIN_DIST:
            continue
        info = PluginInfo(ep.name if dist_name == BUILTIN_DIST else dist_name, dist_name, version)
        try:
            with alarm(current_limits().timeout):
                module = ep.load()
        except _PLUGIN_FAILURES as exc:  # a broken plugin must not stop the run
            reg.errors.append(ToolError("plugin", f"plugin {dist_name} {version} ({ep.name} = {ep.value}) failed "
                                                  f"to load: {_describe(exc)}", source=dist_name))
            continue
        register(module, info, f"{dist_name}:{ep.name}")

    for spec in local:
        try:
            with alarm(current_limits().timeout):
                module = _load_local(spec, base or Path.cwd())
        except _PLUGIN_FAILURES as exc:
            reg.errors.append(ToolError("plugin", f"plugin {spec} failed to load: {_describe(exc)}", source=spec))
            continue
        register(module, PluginInfo(spec, "local", str(getattr(module, "__version__", "local"))), f"local:{spec}")

    for obj in extra:
        name = getattr(obj, "__name__", None) or type(obj).__name__
        register(obj, PluginInfo(name, "given", str(getattr(obj, "__version__", "?"))), f"given:{name}:{id(obj)}")

    _collect(pm, owners, reg)
    return reg


def _call(pm, hook_name: str, owners, reg: Registry, expect: type) -> Iterator[Tuple[PluginInfo, Any]]:
    """Yield (plugin info, result) for each implementation, in load order, isolating failures."""
    for impl in getattr(pm.hook, hook_name).get_hookimpls():  # registration order (pluggy calls them LIFO)
        info = owners.get(id(impl.plugin), PluginInfo(impl.plugin_name, "?", "?"))
        try:
            with alarm(current_limits().timeout):
                result = impl.function()
        except _PLUGIN_FAILURES as exc:
            did = f"raised {_describe(exc)}" if isinstance(exc, Exception) else _describe(exc).replace("it ", "", 1)
            reg.errors.append(ToolError("plugin", f"plugin {info.name}: {hook_name}() {did}",
                                        source=info.name))
            continue
        if result is None:
            continue
        if expect is list and isinstance(result, tuple):
            result = list(result)
        if not isinstance(result, expect):
            reg.errors.append(ToolError("plugin", f"plugin {info.name}: {hook_name}() must return a "
                                                  f"{expect.__name__}, not {type(result).__name__}",
                                        source=info.name))
            continue
        yield info, result


def _error(reg: Registry, info: PluginInfo, message: str) -> None:
    reg.errors.append(ToolError("plugin", f"plugin {info.name}: {message}", source=info.name))


def _check_rule(rule) -> Optional[str]:
    """What is wrong with a rule class, or None."""
    if not (inspect.isclass(rule) and issubclass(rule, Rule)):
        return f"{rule!r} is not a subclass of govlint.plugin.Rule"
    if not CODE_RE.match(rule.code or ""):
        return (f"rule {rule.__name__} has code {rule.code!r}: a code is 1-4 upper-case letters and 1-4 digits, "
                f"e.g. X901")
    if not NAME_RE.match(rule.name or ""):
        return f"rule {rule.code} has name {rule.name!r}: a name is kebab-case, e.g. work-plan-missing"
    if rule.severity not in SEVERITIES:
        return f"rule {rule.code} has severity {rule.severity!r}: use {', '.join(SEVERITIES)}"
    if rule.check is Rule.check:
        return f"rule {rule.code} does not define check(self, ctx)"
    return None


def _relations_problem(fmt: FormatSpec) -> Optional[str]:
    """What is wrong with a format's relations, or None: found at load time, a bad relation
    would otherwise raise inside its rule on every report."""
    for rel in fmt.relations:
        if not isinstance(rel, Relation):
            return f"relations holds {rel!r}, not a Relation"
        problem = rel.problem()
        if problem:
            return f"relation {rel.id}: {problem}"
    return None


def _collect(pm, owners, reg: Registry) -> None:
    for info, rules in _call(pm, "govlint_rules", owners, reg, list):
        for rule in rules:
            problem = _check_rule(rule)
            if problem:
                _error(reg, info, problem)
                continue
            code = rule.code
            if code in reg.rules:
                other = reg.rule_plugin[code]
                reg.errors.append(ToolError(
                    "plugin", f"rule code {code} is registered twice: by {other} and by {info.name}; "
                              f"the one from {info.name} is not loaded", source=info.name))
                continue
            reg.rules[code] = rule
            reg.rule_plugin[code] = info.name

    format_owner: Dict[str, str] = {}
    for info, formats in _call(pm, "govlint_formats", owners, reg, list):
        for f in formats:
            if not isinstance(f, FormatSpec):
                _error(reg, info, f"govlint_formats() returned {f!r}, not a FormatSpec")
                continue
            problem = _relations_problem(f)
            if problem:
                _error(reg, info, f"format {f.id!r}: {problem}; the format is not used")
                continue
            if f.id in format_owner:
                reg.errors.append(ToolError(
                    "plugin", f"format {f.id!r} is defined twice: by {format_owner[f.id]} and by {info.name}; "
                              f"the one from {info.name} is not used", source=info.name))
                continue
            format_owner[f.id] = info.name
            reg.formats[f.id] = f

    for info, readers in _call(pm, "govlint_readers", owners, reg, list):
        for r in readers:
            missing = [a for a in ("name", "extensions", "sniff", "read") if not hasattr(r, a)]
            if missing:
                _error(reg, info, f"reader {r!r} lacks {', '.join(missing)}")
                continue
            reg.readers.append(r)

    formatter_owner: Dict[str, str] = {}
    for info, formatters in _call(pm, "govlint_formatters", owners, reg, dict):
        for name, fn in formatters.items():
            if not callable(fn):
                _error(reg, info, f"formatter {name!r} is not a function")
            elif name in BUILTIN_FORMATTERS and not info.builtin:
                _error(reg, info, f"formatter {name!r} has the name of a built-in format; choose another name")
            elif name in formatter_owner:
                reg.errors.append(ToolError(
                    "plugin", f"output format {name!r} is registered twice: by {formatter_owner[name]} and by "
                              f"{info.name}; the one from {info.name} is not used", source=info.name))
            else:
                formatter_owner[name] = info.name
                reg.formatters[name] = fn
                reg.formatter_plugin[name] = info.name

    for info, options in _call(pm, "govlint_options", owners, reg, dict):
        for code, defaults in options.items():
            rule = reg.rules.get(code)
            if rule is None or reg.rule_plugin.get(code) != info.name:
                _error(reg, info, f"govlint_options() declares options for {code!r}, which is not the code of "
                                  f"one of its rules")
            elif not isinstance(defaults, dict) or not all(isinstance(k, str) for k in defaults):
                _error(reg, info, f"govlint_options()[{code!r}] must map option names to default values")
            elif code in reg.options:
                _error(reg, info, f"govlint_options() declares the options of {code} twice")
            else:
                reg.options[code] = dict(defaults)


# ---------------------------------------------------------------------------------------
# options

def _type_name(default: Any) -> str:
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, int):
        return "an integer"
    if isinstance(default, float):
        return "a number"
    if isinstance(default, str):
        return "a string"
    if isinstance(default, (list, tuple)):
        items = {str: "strings", int: "integers", float: "numbers"}.get(type(default[0])) if default else None
        return f"a list of {items}" if items else "a list"
    if isinstance(default, dict):
        return "a table"
    return f"a {type(default).__name__}"


def _type_ok(default: Any, value: Any) -> bool:
    if default is None:
        return True
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, (list, tuple)):
        if not isinstance(value, (list, tuple)):
            return False
        return not default or all(_type_ok(default[0], v) for v in value)
    if isinstance(default, dict):
        return isinstance(value, dict)
    return isinstance(value, type(default))


def resolve_options(cfg: Config, reg: Registry) -> Dict[str, Dict[str, Any]]:
    """Each rule's options: the plugin's defaults, overridden by ``[options.CODE]`` of the config.

    Raises :class:`ConfigError` for options of a rule that declares none (or is not loaded),
    for an option name the rule does not declare, and for a value whose type differs from the
    default's (an integer where a float is expected is accepted).
    """
    where = str(cfg.path) if cfg.path else "configuration"
    out = {code: copy.deepcopy(defaults) for code, defaults in reg.options.items()}
    for code, values in cfg.options.items():
        if code not in reg.options:
            if reg.builtins_only and code not in reg.rules:
                continue  # --no-plugins: the plugin's rule is not loaded; its options do not matter
            if code in reg.rules:
                raise ConfigError(f"{where}: options.{code}: rule {code} has no options")
            raise ConfigError(f"{where}: options.{code}: no loaded rule has that code (options are set per "
                              f"rule code, e.g. [options.X902])")
        if not isinstance(values, dict):
            raise ConfigError(f"{where}: options.{code} must be a table")
        declared = reg.options[code]
        unknown = sorted(set(values) - set(declared))
        if unknown:
            raise ConfigError(f"{where}: options.{code}: unknown option{'s' if len(unknown) > 1 else ''} "
                              f"{', '.join(unknown)} (known: {', '.join(sorted(declared)) or 'none'})")
        for name, value in values.items():
            if not _type_ok(declared[name], value):
                raise ConfigError(f"{where}: options.{code}.{name} = {value!r}: expected "
                                  f"{_type_name(declared[name])}, like the default {declared[name]!r}")
            out[code][name] = copy.deepcopy(value)
    return out
