"""The plugin host: loads entry points one by one, isolates failures, registers rules."""
from __future__ import annotations

import importlib
import importlib.util
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Type

import pluggy

from . import hookspecs
from .diagnostics import ToolError
from .formats import BUILTIN_FORMATS, FormatSpec
from .rule import Rule

ENTRY_POINT_GROUP = "govlint"
BUILTIN_DIST = "govlint"


@dataclass
class PluginInfo:
    name: str  # entry-point name, module name or file path
    dist: str  # distribution name ("govlint" for built-ins)
    version: str


@dataclass
class Registry:
    """Everything the loaded plugins contribute."""

    rules: Dict[str, Type[Rule]] = field(default_factory=dict)
    formats: Dict[str, FormatSpec] = field(default_factory=lambda: dict(BUILTIN_FORMATS))
    readers: list = field(default_factory=list)
    formatters: Dict[str, object] = field(default_factory=dict)
    options: Dict[str, dict] = field(default_factory=dict)
    plugins: List[PluginInfo] = field(default_factory=list)
    errors: List[ToolError] = field(default_factory=list)

    def sorted_rules(self) -> List[Type[Rule]]:
        return [self.rules[c] for c in sorted(self.rules, key=_code_order)]


def _code_order(code: str) -> tuple:
    letters = "".join(ch for ch in code if ch.isalpha())
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 0, letters, code)


def _manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager("govlint")
    pm.add_hookspecs(hookspecs)
    return pm


def _entry_points():
    eps = metadata.entry_points()
    if hasattr(eps, "select"):
        return list(eps.select(group=ENTRY_POINT_GROUP))
    return list(eps.get(ENTRY_POINT_GROUP, []))  # pragma: no cover - Python < 3.10


def _load_local(spec: str, base: Path):
    """A plugin named in the configuration: a .py path (relative to the config) or a module."""
    if spec.endswith(".py") or "/" in spec or "\\" in spec:
        path = (base / spec).resolve()
        if not path.is_file():
            raise FileNotFoundError(f"no such file: {path}")
        mod_name = f"govlint_local_{path.stem}"
        module_spec = importlib.util.spec_from_file_location(mod_name, path)
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[mod_name] = module
        module_spec.loader.exec_module(module)
        return module
    return importlib.import_module(spec)


def load(builtins_only: bool = False, local: Sequence[str] = (), base: Optional[Path] = None) -> Registry:
    """Load every plugin and collect what it contributes.

    A plugin that fails to import, or whose hook raises, is recorded as a ToolError naming it;
    the others still load. Duplicate rule codes are a load error naming both plugins.
    """
    pm = _manager()
    reg = Registry()
    owners: Dict[object, PluginInfo] = {}

    for ep in _entry_points():
        dist = getattr(ep, "dist", None)
        dist_name = dist.metadata["Name"] if dist is not None else "?"
        version = dist.version if dist is not None else "?"
        if builtins_only and dist_name != BUILTIN_DIST:
            continue
        info = PluginInfo(ep.name if dist_name == BUILTIN_DIST else dist_name, dist_name, version)
        try:
            module = ep.load()
            pm.register(module, name=f"{dist_name}:{ep.name}")
        except Exception as exc:  # a broken plugin must not stop the run
            reg.errors.append(ToolError("plugin", f"plugin {dist_name} ({ep.name} = {ep.value}) failed to load: "
                                                  f"{type(exc).__name__}: {exc}", source=dist_name))
            continue
        owners[module] = info
        if info.name not in [p.name for p in reg.plugins]:
            reg.plugins.append(info)

    if not builtins_only:
        for spec in local:
            try:
                module = _load_local(spec, base or Path.cwd())
                pm.register(module, name=f"local:{spec}")
            except Exception as exc:
                reg.errors.append(ToolError("plugin", f"plugin {spec} failed to load: {type(exc).__name__}: {exc}",
                                            source=spec))
                continue
            info = PluginInfo(spec, "local", getattr(module, "__version__", "local"))
            owners[module] = info
            reg.plugins.append(info)

    _collect(pm, owners, reg)
    return reg


def _call(pm, hook_name: str, owners, reg: Registry):
    """Yield (plugin info, result) for each implementation, isolating the ones that raise."""
    for impl in reversed(getattr(pm.hook, hook_name).get_hookimpls()):
        info = owners.get(impl.plugin, PluginInfo(impl.plugin_name, "?", "?"))
        try:
            result = impl.function()
        except Exception as exc:
            reg.errors.append(ToolError("plugin", f"plugin {info.name}: {hook_name}() raised "
                                                  f"{type(exc).__name__}: {exc}", source=info.name))
            continue
        if result is not None:
            yield info, result


def _collect(pm, owners, reg: Registry) -> None:
    for info, rules in _call(pm, "govlint_rules", owners, reg):
        for rule in rules:
            code = getattr(rule, "code", "")
            if not code or not getattr(rule, "name", ""):
                reg.errors.append(ToolError("plugin", f"plugin {info.name}: rule {rule!r} has no code or name",
                                            source=info.name))
                continue
            if code in reg.rules:
                other = reg.rules[code].plugin
                reg.errors.append(ToolError(
                    "plugin", f"rule code {code} is registered twice: by {other} and by {info.name}; "
                              f"the one from {info.name} is not loaded", source=info.name))
                continue
            rule.plugin = info.name
            reg.rules[code] = rule
    for info, formats in _call(pm, "govlint_formats", owners, reg):
        for f in formats:
            reg.formats[f.id] = f
    for info, readers in _call(pm, "govlint_readers", owners, reg):
        reg.readers.extend(readers)
    for info, formatters in _call(pm, "govlint_formatters", owners, reg):
        reg.formatters.update(formatters)
    for info, options in _call(pm, "govlint_options", owners, reg):
        reg.options.update(options)
