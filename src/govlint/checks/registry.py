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
import types
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple, Type

import pluggy

from ..records import Plain, Record
from .. import hookspecs
from ..config import Config, ConfigError, said
from ..i18n import Msg
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


class PluginInfo(Record):
    name: str  # distribution name, built-in family name, config entry or module name
    dist: str  # distribution name; "govlint" for built-ins, "local" for config plugins
    version: str

    @property
    def builtin(self) -> bool:
        return self.dist == BUILTIN_DIST


class Registry(Plain):
    """Everything the loaded plugins contribute.

    (A plain class, not a dataclass: making a dataclass compiles its generated methods at every
    start, ~4 M instructions a class.)"""

    rules: Dict[str, Type[Rule]]
    #: ``{rule code: the plugin that registered it}``, kept here and not on the rule class: two
    #: registries may get the same class from different plugins (a class shared by two
    #: distributions, a test's registries), and each keeps its own attribution
    rule_plugin: Dict[str, str]
    formats: Dict[str, FormatSpec]
    readers: list
    formatters: Dict[str, object]
    #: ``{rule code: {option: default}}``
    options: Dict[str, dict]
    plugins: List[PluginInfo]
    #: output format name → the plugin that registered it
    formatter_plugin: Dict[str, str]
    errors: List[ToolError]
    #: loaded with ``--no-plugins``: options for rules that were not loaded are not an error
    builtins_only: bool
    #: the language of the errors' messages (the run's)
    lang: str

    _COMPARED = ("rules", "rule_plugin", "formats", "readers", "formatters", "options", "plugins",
               "formatter_plugin", "errors", "builtins_only", "lang")

    def __init__(self, rules: Optional[Dict[str, Type[Rule]]] = None, rule_plugin: Optional[Dict[str, str]] = None,
                 formats: Optional[Dict[str, FormatSpec]] = None, readers: Optional[list] = None,
                 formatters: Optional[Dict[str, object]] = None, options: Optional[Dict[str, dict]] = None,
                 plugins: Optional[List[PluginInfo]] = None, formatter_plugin: Optional[Dict[str, str]] = None,
                 errors: Optional[List[ToolError]] = None, builtins_only: bool = False, lang: str = "zh"):
        self.rules = {} if rules is None else rules
        self.rule_plugin = {} if rule_plugin is None else rule_plugin
        self.formats = dict(BUILTIN_FORMATS) if formats is None else formats
        self.readers = [] if readers is None else readers
        self.formatters = {} if formatters is None else formatters
        self.options = {} if options is None else options
        self.plugins = [] if plugins is None else plugins
        self.formatter_plugin = {} if formatter_plugin is None else formatter_plugin
        self.errors = [] if errors is None else errors
        self.builtins_only = builtins_only
        self.lang = lang


    __hash__ = None  # type: ignore[assignment]  # (mutable)

    def fail(self, source: str, message: Msg) -> None:
        """Record a plugin's error (its message in the run's language)."""
        self.errors.append(ToolError("plugin", message.text(self.lang), source=source))

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


_MODULE, _FUNCTION = types.ModuleType, types.FunctionType
_HOOKABLE = (staticmethod, classmethod, types.MethodType)


class _Manager(pluggy.PluginManager):
    """Also takes an undecorated function named like a hook (as pytest does)."""

    def parse_hookimpl_opts(self, plugin, name):
        if name not in HOOK_NAMES and type(plugin) is _MODULE:
            # (a plugin module's other names, answered without pluggy's static lookup of each, a
            # tenth of loading the built-in plugins: only a function, a static or class method, or
            # a bound method can be a hook; a plain function only with the marker on it)
            value = plugin.__dict__.get(name, _MODULE)
            if type(value) is _FUNCTION:
                if getattr(value, "govlint_impl", None) is None:
                    return None
            elif value is not _MODULE and not isinstance(value, _HOOKABLE):
                return None
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
            raise _NoSuchFile(path)
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


class _NoSuchFile(FileNotFoundError):
    """A local plugin's file that is not there."""

    def __init__(self, path):
        super().__init__(f"no such file: {path}")
        self.path = path


def _describe(exc: BaseException) -> Msg:
    """What a plugin's code did wrong (an exception's own text is the plugin's words: kept)."""
    if isinstance(exc, _NoSuchFile):
        return Msg(f"没有这个文件：{exc.path}", f"FileNotFoundError: {exc}")
    if type(exc) is ModuleNotFoundError and exc.name:
        return Msg(f"没有名为 {exc.name!r} 的模块", f"{type(exc).__name__}: {exc}")
    if isinstance(exc, SystemExit):
        return Msg(f"调用了 sys.exit({exc.code!r})", f"it called sys.exit({exc.code!r})")
    if isinstance(exc, LimitExceeded):
        t = f"{current_limits().timeout:g}"
        return Msg(f"用时超过 {t} 秒（--timeout）", f"it took more than {t} s (--timeout)")
    return Msg(f"抛出了异常 {type(exc).__name__}：{exc}", f"{type(exc).__name__}: {exc}")


#: what a plugin's code may do wrong that is its error, not the run's end: raise, exit, hang
_PLUGIN_FAILURES = (Exception, SystemExit, LimitExceeded)


def load(builtins_only: bool = False, local: Sequence[str] = (), base: Optional[Path] = None,
         extra: Sequence[object] = (), lang: str = "zh") -> Registry:
    """Load the plugins and collect what they contribute.

    ``builtins_only`` (``--no-plugins``) loads govlint's own rule families only and skips
    other distributions and the configuration's ``local`` plugins. ``extra`` plugin objects
    (modules, or any object with hook functions) are always loaded, after the others.

    A plugin that fails to import, or whose hook raises, is recorded as a ToolError naming it;
    the others still load. Duplicate rule codes are a load error naming both plugins. The
    errors' messages are in ``lang``.
    """
    if builtins_only:
        reg = load_from("builtins", extra=extra, lang=lang)
        reg.builtins_only = True
        return reg
    return load_from("all", local, base, extra, lang)


def load_from(installed: str = "all", local: Sequence[str] = (), base: Optional[Path] = None,
              extra: Sequence[object] = (), lang: str = "zh") -> Registry:
    """Like :func:`load`, saying which installed plugins to load: ``"all"``, ``"builtins"``
    (govlint's own) or ``"none"``; ``local`` plugins (paths relative to ``base``, or module
    names) and ``extra`` plugin objects are loaded in any case."""
    if installed not in ("all", "builtins", "none"):
        raise ValueError(f"installed={installed!r}: use all, builtins or none")
    pm = _manager()
    reg = Registry(lang=lang)
    owners: Dict[int, PluginInfo] = {}

    def register(obj, info: PluginInfo, reg_name: str) -> None:
        if pm.is_registered(obj):
            return  # the same module reached twice (installed and named in the configuration)
        try:
            pm.register(obj, name=reg_name)
        except Exception as exc:
            d = _describe(exc)
            reg.fail(info.name, Msg(f"插件 {info.name} 无法注册：{d.zh}", f"plugin {info.name} cannot be registered: {d.en}"))
            return
        unknown = sorted(hc.name for hc in (pm.get_hookcallers(obj) or []) if not hc.has_spec())
        if unknown:
            pm.unregister(obj)
            hooks, known = ", ".join(unknown), ", ".join(sorted(HOOK_NAMES))
            reg.fail(info.name, Msg(f"插件 {info.name} 实现了未知的钩子 {hooks}（可用的钩子：{known}）",
                                    f"plugin {info.name} implements unknown hook{'s' if len(unknown) > 1 else ''} "
                                    f"{hooks} (known: {known})"))
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
            d, which = _describe(exc), f"{dist_name} {version} ({ep.name} = {ep.value})"
            reg.fail(dist_name, Msg(f"插件 {which} 加载失败：{d.zh}", f"plugin {which} failed to load: {d.en}"))
            continue
        register(module, info, f"{dist_name}:{ep.name}")

    for spec in local:
        try:
            with alarm(current_limits().timeout):
                module = _load_local(spec, base or Path.cwd())
        except _PLUGIN_FAILURES as exc:
            d = _describe(exc)
            reg.fail(spec, Msg(f"插件 {spec} 加载失败：{d.zh}", f"plugin {spec} failed to load: {d.en}"))
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
            d = _describe(exc)
            did = f"raised {d.en}" if isinstance(exc, Exception) else d.en.replace("it ", "", 1)
            reg.fail(info.name, Msg(f"插件 {info.name}：{hook_name}() {d.zh}", f"plugin {info.name}: {hook_name}() {did}"))
            continue
        if result is None:
            continue
        if expect is list and isinstance(result, tuple):
            result = list(result)
        if not isinstance(result, expect):
            _error(reg, info, Msg(f"{hook_name}() 应返回 {expect.__name__}，而不是 {type(result).__name__}",
                                  f"{hook_name}() must return a {expect.__name__}, not {type(result).__name__}"))
            continue
        yield info, result


def _error(reg: Registry, info: PluginInfo, message: Msg) -> None:
    reg.fail(info.name, message.prefixed(f"插件 {info.name}：", f"plugin {info.name}: "))


def _check_rule(rule) -> Optional[Msg]:
    """What is wrong with a rule class, or None."""
    if not (inspect.isclass(rule) and issubclass(rule, Rule)):
        return Msg(f"{rule!r} 不是 govlint.plugin.Rule 的子类", f"{rule!r} is not a subclass of govlint.plugin.Rule")
    if not CODE_RE.match(rule.code or ""):
        return Msg(f"规则 {rule.__name__} 的代码 {rule.code!r} 无效：代码是 1-4 个大写字母加 1-4 个数字，如 X901",
                   f"rule {rule.__name__} has code {rule.code!r}: a code is 1-4 upper-case letters and 1-4 digits, "
                   f"e.g. X901")
    if not NAME_RE.match(rule.name or ""):
        return Msg(f"规则 {rule.code} 的名称 {rule.name!r} 无效：名称用连字符小写形式，如 work-plan-missing",
                   f"rule {rule.code} has name {rule.name!r}: a name is kebab-case, e.g. work-plan-missing")
    if rule.severity not in SEVERITIES:
        return Msg(f"规则 {rule.code} 的级别 {rule.severity!r} 无效：请用 {'、'.join(SEVERITIES)}",
                   f"rule {rule.code} has severity {rule.severity!r}: use {', '.join(SEVERITIES)}")
    if rule.check is Rule.check:
        return Msg(f"规则 {rule.code} 没有定义 check(self, ctx)", f"rule {rule.code} does not define check(self, ctx)")
    return None


def _relations_problem(fmt: FormatSpec) -> Optional[Msg]:
    """What is wrong with a format's relations, or None: found at load time, a bad relation
    would otherwise raise inside its rule on every report."""
    for rel in fmt.relations:
        if not isinstance(rel, Relation):
            return Msg(f"relations 中的 {rel!r} 不是 Relation", f"relations holds {rel!r}, not a Relation")
        problem = rel.problem()
        if problem:  # (the relation engine's own words)
            return Msg(f"关系 {rel.id}：{problem}", f"relation {rel.id}: {problem}")
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
                reg.fail(info.name, Msg(f"规则代码 {code} 注册了两次：由 {other} 和 {info.name} 注册；"
                                        f"{info.name} 的规则没有加载",
                                        f"rule code {code} is registered twice: by {other} and by {info.name}; "
                                        f"the one from {info.name} is not loaded"))
                continue
            reg.rules[code] = rule
            reg.rule_plugin[code] = info.name

    format_owner: Dict[str, str] = {}
    for info, formats in _call(pm, "govlint_formats", owners, reg, list):
        for f in formats:
            if not isinstance(f, FormatSpec):
                _error(reg, info, Msg(f"govlint_formats() 返回了 {f!r}，而不是 FormatSpec",
                                      f"govlint_formats() returned {f!r}, not a FormatSpec"))
                continue
            problem = _relations_problem(f)
            if problem:
                _error(reg, info, Msg(f"格式 {f.id!r}：{problem.zh}；该格式不使用",
                                      f"format {f.id!r}: {problem.en}; the format is not used"))
                continue
            if f.id in format_owner:
                reg.fail(info.name, Msg(f"格式 {f.id!r} 定义了两次：由 {format_owner[f.id]} 和 {info.name} 定义；"
                                        f"{info.name} 的格式不使用",
                                        f"format {f.id!r} is defined twice: by {format_owner[f.id]} and by "
                                        f"{info.name}; the one from {info.name} is not used"))
                continue
            format_owner[f.id] = info.name
            reg.formats[f.id] = f

    for info, readers in _call(pm, "govlint_readers", owners, reg, list):
        for r in readers:
            missing = [a for a in ("name", "extensions", "sniff", "read") if not hasattr(r, a)]
            if missing:
                _error(reg, info, Msg(f"读取器 {r!r} 缺少 {', '.join(missing)}", f"reader {r!r} lacks {', '.join(missing)}"))
                continue
            reg.readers.append(r)

    formatter_owner: Dict[str, str] = {}
    for info, formatters in _call(pm, "govlint_formatters", owners, reg, dict):
        for name, fn in formatters.items():
            if not callable(fn):
                _error(reg, info, Msg(f"输出格式 {name!r} 不是函数", f"formatter {name!r} is not a function"))
            elif name in BUILTIN_FORMATTERS and not info.builtin:
                _error(reg, info, Msg(f"输出格式 {name!r} 与内置格式同名；请换一个名称",
                                      f"formatter {name!r} has the name of a built-in format; choose another name"))
            elif name in formatter_owner:
                reg.fail(info.name, Msg(f"输出格式 {name!r} 注册了两次：由 {formatter_owner[name]} 和 {info.name} "
                                        f"注册；{info.name} 的不使用",
                                        f"output format {name!r} is registered twice: by {formatter_owner[name]} "
                                        f"and by {info.name}; the one from {info.name} is not used"))
            else:
                formatter_owner[name] = info.name
                reg.formatters[name] = fn
                reg.formatter_plugin[name] = info.name

    for info, options in _call(pm, "govlint_options", owners, reg, dict):
        for code, defaults in options.items():
            rule = reg.rules.get(code)
            if rule is None or reg.rule_plugin.get(code) != info.name:
                _error(reg, info, Msg(f"govlint_options() 为 {code!r} 声明了选项，但它不是该插件的规则代码",
                                      f"govlint_options() declares options for {code!r}, which is not the code of "
                                      f"one of its rules"))
            elif not isinstance(defaults, dict) or not all(isinstance(k, str) for k in defaults):
                _error(reg, info, Msg(f"govlint_options()[{code!r}] 应把选项名映射到默认值",
                                      f"govlint_options()[{code!r}] must map option names to default values"))
            elif code in reg.options:
                _error(reg, info, Msg(f"govlint_options() 两次声明了 {code} 的选项",
                                      f"govlint_options() declares the options of {code} twice"))
            else:
                reg.options[code] = dict(defaults)


# ---------------------------------------------------------------------------------------
# options

def _type_name(default: Any) -> Msg:
    if isinstance(default, bool):
        return Msg("true 或 false", "true or false")
    if isinstance(default, int):
        return Msg("整数", "an integer")
    if isinstance(default, float):
        return Msg("数", "a number")
    if isinstance(default, str):
        return Msg("字符串", "a string")
    if isinstance(default, (list, tuple)):
        items = {str: ("字符串", "strings"), int: ("整数", "integers"), float: ("数", "numbers")}.get(
            type(default[0])) if default else None
        return Msg(f"{items[0]}列表", f"a list of {items[1]}") if items else Msg("列表", "a list")
    if isinstance(default, dict):
        return Msg("表", "a table")
    return Msg(type(default).__name__, f"a {type(default).__name__}")


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
                raise ConfigError(said(where, f"options.{code}：规则 {code} 没有选项", f"options.{code}: rule {code} has no options"))
            raise ConfigError(said(where, f"options.{code}：没有已加载的规则使用这个代码（选项按规则代码设置，如 [options.X902]）",
                                   f"options.{code}: no loaded rule has that code (options are set per "
                                   f"rule code, e.g. [options.X902])"))
        if not isinstance(values, dict):
            raise ConfigError(said(where, f"options.{code} 应为表", f"options.{code} must be a table"))
        declared = reg.options[code]
        unknown = sorted(set(values) - set(declared))
        if unknown:
            names = ", ".join(unknown)
            raise ConfigError(said(where, f"options.{code}：未知的选项 {names}（可用的选项：{', '.join(sorted(declared)) or '无'}）",
                                   f"options.{code}: unknown option{'s' if len(unknown) > 1 else ''} "
                                   f"{names} (known: {', '.join(sorted(declared)) or 'none'})"))
        for name, value in values.items():
            if not _type_ok(declared[name], value):
                t = _type_name(declared[name])
                raise ConfigError(said(where, f"options.{code}.{name} = {value!r} 无效：应为{t.zh}，如默认值 {declared[name]!r}",
                                       f"options.{code}.{name} = {value!r}: expected {t.en}, like the default "
                                       f"{declared[name]!r}"))
            out[code][name] = copy.deepcopy(value)
    return out
