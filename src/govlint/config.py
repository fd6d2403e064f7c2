"""Configuration: ``[tool.govlint]`` in pyproject.toml, or govlint.toml / .govlint.toml.

The closest file to the starting directory wins (no merging up the tree); ``govlint check``
looks one up for each checked file's folder (``cli._discover_configs``). Unknown keys and unknown
rule codes are errors, never silently ignored.
"""
from __future__ import annotations

import fnmatch
import sys
from pathlib import Path, PurePath
from typing import Dict, Iterable, List, Optional, Sequence, Set


def _toml():
    """tomllib (tomli before Python 3.11), imported when a configuration file is read."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib

from .records import Plain, Record
from .diagnostics import SEVERITIES
from .i18n import Bilingual, Msg
from .limits import BY_KEY as LIMIT_KEYS, Limits

CONFIG_FILES = ("govlint.toml", ".govlint.toml", "pyproject.toml")
KNOWN_KEYS = {"select", "extend-select", "ignore", "per-file-ignores", "severity", "format-version",
              "lang", "plugins", "options", "exclude", "suppress", "respect-gitignore",
              "agency-map"} | set(LIMIT_KEYS)
LANGS = ("zh", "en")


class ConfigError(Bilingual):
    """A configuration (or a command line) that cannot be used; the message, in both languages
    (:class:`govlint.i18n.Msg`), names the file and the key."""


#: the places a setting comes from that are not a file, in Chinese
_WHERE_ZH = {"command line": "命令行", "configuration": "配置"}


def said(where: str, zh: str, en: str) -> Msg:
    """``where: what`` in both languages (``where``: a file, an option, or "command line")."""
    zh_where = next((v + where[len(k):] for k, v in _WHERE_ZH.items() if where.startswith(k)), where)
    return Msg(f"{zh_where}：{zh}", f"{where}: {en}")


class Config(Plain):
    """A run's configuration (``[tool.govlint]``, ``govlint.toml``), the flags applied.

    (A plain class, not a dataclass: making a dataclass compiles its generated methods at every
    start, ~4 M instructions a class.)"""

    select: List[str]
    extend_select: List[str]
    ignore: List[str]
    per_file_ignores: Dict[str, List[str]]
    severity: Dict[str, str]
    format_version: str
    lang: str
    plugins: List[str]
    options: Dict[str, dict]
    exclude: List[str]
    suppress: List["Suppression"]  # [[tool.govlint.suppress]]
    #: a directory walk leaves out the files git ignores (``--no-respect-gitignore``)
    respect_gitignore: bool
    #: renamed or merged agencies for pairing across years (``agency-map``: a file, the path made
    #: absolute from the configuration file's folder; docs/store.md)
    agency_map: Optional[str]
    #: the limits each file is checked under (timeout, memory-limit, ...: govlint.limits)
    limits: Limits
    path: Optional[Path]  # the file it came from
    #: unknown codes are errors; off with --no-plugins, where plugin codes are legitimately unknown
    strict_codes: bool

    _COMPARED = ("select", "extend_select", "ignore", "per_file_ignores", "severity", "format_version", "lang",
               "plugins", "options", "exclude", "suppress", "respect_gitignore", "agency_map", "limits", "path",
               "strict_codes")

    def __init__(self, select: Optional[List[str]] = None, extend_select: Optional[List[str]] = None,
                 ignore: Optional[List[str]] = None, per_file_ignores: Optional[Dict[str, List[str]]] = None,
                 severity: Optional[Dict[str, str]] = None, format_version: str = "auto", lang: str = "zh",
                 plugins: Optional[List[str]] = None, options: Optional[Dict[str, dict]] = None,
                 exclude: Optional[List[str]] = None, suppress: Optional[List["Suppression"]] = None,
                 respect_gitignore: bool = True, agency_map: Optional[str] = None,
                 limits: Optional[Limits] = None, path: Optional[Path] = None, strict_codes: bool = True):
        self.select = ["ALL"] if select is None else select
        self.extend_select = [] if extend_select is None else extend_select
        self.ignore = [] if ignore is None else ignore
        self.per_file_ignores = {} if per_file_ignores is None else per_file_ignores
        self.severity = {} if severity is None else severity
        self.format_version = format_version
        self.lang = lang
        self.plugins = [] if plugins is None else plugins
        self.options = {} if options is None else options
        self.exclude = [] if exclude is None else exclude
        self.suppress = [] if suppress is None else suppress
        self.respect_gitignore = respect_gitignore
        self.agency_map = agency_map
        self.limits = Limits() if limits is None else limits
        self.path = path
        self.strict_codes = strict_codes


    __hash__ = None  # type: ignore[assignment]  # (mutable)

    @property
    def base(self) -> Path:
        return self.path.parent if self.path else Path.cwd()


def find_config(start: Path) -> Optional[Path]:
    """The closest configuration file at or above ``start``."""
    start = start.resolve()
    for d in [start, *start.parents]:
        for name in CONFIG_FILES:
            p = d / name
            if p.is_file():
                if name == "pyproject.toml" and not _has_tool_section(p):
                    continue
                return p
    return None


def _has_tool_section(p: Path) -> bool:
    """Whether a pyproject.toml is govlint's configuration: it has ``[tool.govlint]``, or it names
    govlint and cannot be read as TOML (then loading it says why, instead of a silent skip)."""
    try:
        text = p.read_text("utf-8")
    except (OSError, ValueError):
        return False
    if "govlint" not in text:  # (most pyproject.toml files never name govlint: no need to parse them)
        return False
    try:
        return "govlint" in _toml().loads(text).get("tool", {})
    except (ValueError, RecursionError):
        return True


def load_config(path: Optional[Path]) -> Config:
    if path is None:
        return Config()
    tomllib = _toml()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(said(str(path), "无法读取", f"cannot read: {exc.strerror or exc}")) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        import re
        at = re.search(r"line (\d+), column (\d+)", str(exc))
        at_zh = f"（第 {at[1]} 行，第 {at[2]} 列）" if at else "（在文件末尾）" if "end of document" in str(exc) else ""
        raise ConfigError(said(str(path), f"不是有效的 TOML{at_zh}",
                               f"not valid TOML: {exc}")) from None
    except RecursionError:
        raise ConfigError(said(str(path), "无法使用：其中的表或数组嵌套太深",
                               "not a usable configuration: its tables or arrays are nested too deeply")) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("govlint", {})
    return from_dict(data, path)


def from_dict(data: dict, path: Optional[Path] = None) -> Config:
    where = str(path) if path else "configuration"
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        keys, known = ", ".join(unknown), ", ".join(sorted(KNOWN_KEYS))
        raise ConfigError(said(where, f"未知的键 {keys}（可用的键：{known}）",
                               f"unknown key{'s' if len(unknown) > 1 else ''} {keys} (known: {known})"))
    cfg = Config(path=path)

    def str_list(key: str) -> List[str]:
        v = data.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ConfigError(said(where, f"{key} 应为字符串列表", f"{key} must be a list of strings"))
        return list(v)

    if "select" in data:
        cfg.select = str_list("select")
    cfg.extend_select = str_list("extend-select")
    cfg.ignore = str_list("ignore")
    cfg.plugins = str_list("plugins")
    cfg.exclude = str_list("exclude")
    pfi = data.get("per-file-ignores", {})
    if not isinstance(pfi, dict) or not all(isinstance(v, list) for v in pfi.values()):
        raise ConfigError(said(where, "per-file-ignores 应把文件模式映射到规则代码列表",
                               "per-file-ignores must map file patterns to lists of codes"))
    cfg.per_file_ignores = {k: list(v) for k, v in pfi.items()}
    sev = data.get("severity", {})
    if not isinstance(sev, dict):
        raise ConfigError(said(where, "severity 应把规则代码映射到 error、warning 或 note",
                               "severity must map rule codes to error, warning or note"))
    for code, level in sev.items():
        if level not in SEVERITIES:
            raise ConfigError(said(where, f"severity.{code} = {level!r} 无效：请用 error、warning 或 note",
                                   f"severity.{code} = {level!r}: use error, warning or note"))
    cfg.severity = dict(sev)
    fv = data.get("format-version", "auto")
    cfg.format_version = str(fv)
    lang = data.get("lang", "zh")
    if lang not in LANGS:
        raise ConfigError(said(where, f"lang = {lang!r} 无效：请用 zh 或 en", f"lang = {lang!r}: use zh or en"))
    cfg.lang = lang
    opts = data.get("options", {})
    if not isinstance(opts, dict):
        raise ConfigError(said(where, "options 应为表", "options must be a table"))
    cfg.options = opts
    cfg.suppress = suppressions(data.get("suppress", []), where)
    rg = data.get("respect-gitignore", True)
    if not isinstance(rg, bool):
        raise ConfigError(said(where, "respect-gitignore 应为 true 或 false", "respect-gitignore must be true or false"))
    cfg.respect_gitignore = rg
    am = data.get("agency-map")
    if am is not None:
        if not isinstance(am, str) or not am.strip():
            raise ConfigError(said(where, "agency-map 应为文件路径（相对于这个配置文件）",
                                   "agency-map must be the path of a file (relative to this file)"))
        cfg.agency_map = str(cfg.base / am)
    try:
        cfg.limits = Limits().with_values({k: v for k, v in data.items() if k in LIMIT_KEYS}, where)
    except ValueError as exc:
        raise ConfigError(getattr(exc, "msg", str(exc))) from None
    return cfg


# ---------------------------------------------------------------------------------------
# suppressions: findings accepted on purpose, each with its reason

class Suppression(Record):
    """One ``[[tool.govlint.suppress]]`` entry: the findings of ``code`` (a code or a prefix) in the
    files matching ``path`` (a glob relative to the configuration file; default every file), at
    ``location`` when given (``表三``, ``表三/（一）予以公开/总计``; each part a label or a key), for
    ``reason``."""

    code: str
    reason: str
    path: str = "*"
    location: str = ""


SUPPRESS_KEYS = {"code", "reason", "path", "location"}


def suppressions(entries, where: str) -> List[Suppression]:
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ConfigError(said(where, "suppress 应为表数组（[[tool.govlint.suppress]]）",
                               "suppress must be an array of tables ([[tool.govlint.suppress]])"))
    out = []
    for i, e in enumerate(entries, start=1):
        unknown = sorted(set(e) - SUPPRESS_KEYS)
        if unknown:
            keys, known = ", ".join(unknown), ", ".join(sorted(SUPPRESS_KEYS))
            raise ConfigError(said(where, f"第 {i} 条 suppress：未知的键 {keys}（可用的键：{known}）",
                                   f"suppress entry {i}: unknown key {keys} (known: {known})"))
        for key in ("code", "reason"):
            if not isinstance(e.get(key), str) or not e[key].strip():
                why = key == "reason"
                raise ConfigError(said(where, f"第 {i} 条 suppress：缺少 {key}" + ("（请说明接受这个问题的理由）" if why else ""),
                                       f"suppress entry {i}: {key} is required"
                                       + (" (say why the finding is accepted)" if why else "")))
        for key in ("path", "location"):
            if key in e and not isinstance(e[key], str):
                raise ConfigError(said(where, f"第 {i} 条 suppress：{key} 应为字符串",
                                       f"suppress entry {i}: {key} must be a string"))
        out.append(Suppression(e["code"].strip(), e["reason"].strip(), e.get("path", "*") or "*",
                               e.get("location", "").strip()))
    return out


# ---------------------------------------------------------------------------------------
# selection

def _matches(code: str, selector: str) -> bool:
    return selector == "ALL" or code.startswith(selector)


def check_codes(selectors: Iterable[str], known: Iterable[str], where: str) -> None:
    known = list(known)
    for s in selectors:
        if s != "ALL" and not any(k.startswith(s) for k in known):
            raise ConfigError(said(where, f"未知的规则代码或前缀 {s!r}", f"unknown rule code or prefix {s!r}"))


def enabled_codes(cfg: Config, known: Sequence[str]) -> Set[str]:
    where = str(cfg.path) if cfg.path else "command line"
    if cfg.strict_codes:
        check_codes(cfg.select + cfg.extend_select + cfg.ignore, known, where)
        for codes in cfg.per_file_ignores.values():
            check_codes(codes, known, where)
        check_codes(cfg.severity, known, where)
        check_codes([s.code for s in cfg.suppress], known, f"{where}: suppress")
    selected = {c for c in known if any(_matches(c, s) for s in cfg.select + cfg.extend_select)}
    return {c for c in selected if not any(_matches(c, s) for s in cfg.ignore)}


def ignored_for(cfg: Config, path: str) -> List[str]:
    """Codes ignored for one file by per-file-ignores (patterns relative to the config file)."""
    out: List[str] = []
    p = PurePath(path)
    try:
        rel = Path(path).resolve().relative_to(cfg.base.resolve()).as_posix()
    except ValueError:
        rel = p.as_posix()
    for pattern, codes in cfg.per_file_ignores.items():
        if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(p.name, pattern) or fnmatch.fnmatch(p.as_posix(), pattern):
            out.extend(codes)
    return out
