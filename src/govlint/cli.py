"""The command line: ``govlint check``, ``parse``, ``rules``, ``rule CODE``.

Exit status: 0 clean, 1 findings, 2 errors (a file that could not be read, a bad
configuration, a plugin that failed to load or a rule that raised). ``--exit-zero`` turns 1
into 0 but never hides a 2. Machine formats print nothing else on stdout.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import List, Optional, Sequence

from . import __version__
from .config import Config, ConfigError, check_codes, find_config, load_config
from .diagnostics import FileResult, ToolError
from .engine import Settings, collect_files
from .runner import run
from .formatters import OutputContext, builtin_formatters
from .plugins import Registry, load

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _err(msg: str) -> None:
    print(f"govlint: error: {msg}", file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # exit 2 with a one-line message, like every other error
        self.print_usage(sys.stderr)
        _err(message)
        sys.exit(EXIT_ERROR)


def _csv(value: str) -> List[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="govlint", description="Lint 政府信息公开工作年度报告 (government information "
                                            "disclosure annual reports).")
    p.add_argument("--version", action="store_true", help="print the version and the loaded plugins")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    def common(sp):
        sp.add_argument("--config", metavar="FILE", help="use this configuration file")
        sp.add_argument("--isolated", action="store_true", help="ignore every configuration file")
        sp.add_argument("--no-plugins", action="store_true", help="load the built-in rules only")
        sp.add_argument("--lang", choices=("zh", "en"), help="language of messages (default zh)")

    c = sub.add_parser("check", help="check reports (files or directories)")
    c.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    common(c)
    c.add_argument("--format", dest="output_format", default=None,
                   help="output format: text (default), json, sarif, or a plugin's")
    c.add_argument("--output-file", "-o", metavar="FILE", help="write the output to FILE instead of stdout")
    c.add_argument("--select", type=_csv, help="rule codes or prefixes to enable (replaces the configured list)")
    c.add_argument("--extend-select", type=_csv, help="rule codes or prefixes to enable in addition")
    c.add_argument("--ignore", type=_csv, help="rule codes or prefixes to disable")
    c.add_argument("--format-version", choices=None, help="force the report format: 2021, 2019 or auto")
    c.add_argument("--statistics", action="store_true", help="count findings per rule")
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings (errors still exit 2)")
    c.add_argument("--no-source", action="store_true", help="do not show the source line under each finding")
    c.add_argument("--jobs", "-j", type=int, default=None, help="parallel processes (default: all cores)")
    c.add_argument("--progress", action="store_true", help="show a progress bar on stderr")

    pa = sub.add_parser("parse", help="show what govlint understood of a report")
    pa.add_argument("paths", nargs="+", metavar="FILE")
    common(pa)
    pa.add_argument("--format", dest="output_format", choices=("text", "json"), default="text")
    pa.add_argument("--format-version", help="force the report format: 2021, 2019 or auto")

    r = sub.add_parser("rules", help="list the rules")
    common(r)
    r.add_argument("--format", dest="output_format", choices=("text", "json", "markdown"), default="text")

    one = sub.add_parser("rule", help="explain one rule")
    one.add_argument("code")
    common(one)
    return p


# ---------------------------------------------------------------------------------------

def _config(args) -> Config:
    if getattr(args, "isolated", False):
        return Config()
    if getattr(args, "config", None):
        path = Path(args.config)
        if not path.is_file():
            raise ConfigError(f"{args.config}: no such configuration file")
        return load_config(path)
    return load_config(find_config(Path.cwd()))


def _registry(args, cfg: Config) -> Registry:
    return load(builtins_only=getattr(args, "no_plugins", False), local=cfg.plugins, base=cfg.base)


def _apply_cli(args, cfg: Config, reg: Registry) -> None:
    known = list(reg.rules)
    if getattr(args, "select", None) is not None:
        check_codes(args.select, known, "--select")
        cfg.select = args.select
    if getattr(args, "extend_select", None):
        check_codes(args.extend_select, known, "--extend-select")
        cfg.extend_select = cfg.extend_select + args.extend_select
    if getattr(args, "ignore", None):
        check_codes(args.ignore, known, "--ignore")
        cfg.ignore = cfg.ignore + args.ignore
    if getattr(args, "lang", None):
        cfg.lang = args.lang
    if getattr(args, "format_version", None):
        cfg.format_version = args.format_version
    _check_options(cfg, reg)


def _check_options(cfg: Config, reg: Registry) -> None:
    for name, values in cfg.options.items():
        if name not in reg.options:
            raise ConfigError(f"{cfg.path or 'configuration'}: options.{name}: no loaded rule or plugin has options "
                              f"under that name")
        if not isinstance(values, dict):
            raise ConfigError(f"{cfg.path or 'configuration'}: options.{name} must be a table")
        unknown = sorted(set(values) - set(reg.options[name]))
        if unknown:
            raise ConfigError(f"{cfg.path or 'configuration'}: options.{name}: unknown option "
                              f"{', '.join(unknown)} (known: {', '.join(sorted(reg.options[name])) or 'none'})")


def _display_path(path: str) -> str:
    return path


def cmd_check(args) -> int:
    cfg = _config(args)
    reg = _registry(args, cfg)
    _apply_cli(args, cfg, reg)
    formatters = builtin_formatters()
    formatters.update(reg.formatters)
    fmt_name = args.output_format or "text"
    if fmt_name not in formatters:
        raise ConfigError(f"--format {fmt_name}: unknown format (available: {', '.join(sorted(formatters))})")
    settings = Settings.make(cfg, reg)
    files = list(collect_files(args.paths, cfg.exclude))
    results: List[FileResult] = list(run(files, settings, args.jobs))
    octx = OutputContext(lang=settings.lang, rules=[reg.rules[c] for c in sorted(settings.enabled, key=_order)],
                         tool_version=__version__, plugins=[(p.name, p.version) for p in reg.plugins],
                         run_errors=tuple(reg.errors), statistics=args.statistics,
                         show_source=not args.no_source)
    output = formatters[fmt_name](results, octx)
    _write(output, args.output_file)
    if fmt_name != "text" and reg.errors:
        for e in reg.errors:
            _err(e.message)
    errors = bool(reg.errors) or any(r.errors for r in results)
    if errors:
        return EXIT_ERROR
    if any(r.diagnostics for r in results) and not args.exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _order(code: str):
    from .plugins import _code_order
    return _code_order(code)


def _write(text: str, path: Optional[str]) -> None:
    if path and path != "-":
        Path(path).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def cmd_parse(args) -> int:
    from .bind import bind
    from .parse import ParseError, parse
    from . import readers
    from .dump import dump_bound, dump_text

    cfg = _config(args)
    reg = _registry(args, cfg)
    if getattr(args, "format_version", None):
        cfg.format_version = args.format_version
    fv = None if cfg.format_version in ("auto", "") else cfg.format_version
    if fv is not None and fv not in reg.formats:
        raise ConfigError(f"format-version {fv!r}: use auto or one of {', '.join(sorted(reg.formats))}")
    out = []
    status = EXIT_CLEAN
    for path in args.paths:
        try:
            doc = readers.read(Path(path), reg.readers)
            report = parse(doc.text, path, doc.source)
        except (readers.ReadError, ParseError) as exc:
            _err(f"{path}: {exc}")
            status = EXIT_ERROR
            continue
        bound = bind(report, reg.formats, fv)
        out.append(dump_bound(bound))
    if args.output_format == "json":
        sys.stdout.write(json.dumps(out if len(args.paths) > 1 else (out[0] if out else None),
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("".join(dump_text(d) for d in out))
    return status


def cmd_rules(args) -> int:
    cfg = _config(args)
    reg = _registry(args, cfg)
    rules = reg.sorted_rules()
    if args.output_format == "json":
        data = [{"code": r.code, "name": r.name, "family": r.family(), "severity": r.severity,
                 "summary": r.summary, "summary_en": r.summary_en, "plugin": r.plugin} for r in rules]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif args.output_format == "markdown":
        lines = ["| code | name | severity | summary |", "|---|---|---|---|"]
        for r in rules:
            lines.append(f"| {r.code} | {r.name} | {r.severity} | {r.summary} |")
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        en = (args.lang or cfg.lang) == "en"
        for r in rules:
            sys.stdout.write(f"{r.code:6} {r.name:28} {r.severity:8} {r.plugin:14} "
                             f"{r.summary_en if en else r.summary}\n")
    for e in reg.errors:
        _err(e.message)
    return EXIT_ERROR if reg.errors else EXIT_CLEAN


def cmd_rule(args) -> int:
    cfg = _config(args)
    reg = _registry(args, cfg)
    rule = reg.rules.get(args.code.upper())
    if rule is None:
        _err(f"unknown rule code {args.code!r}; `govlint rules` lists them")
        return EXIT_ERROR
    sys.stdout.write(rule.docs(args.lang or cfg.lang))
    sys.stdout.write(f"\nseverity: {rule.severity} · family: {rule.family()} · plugin: {rule.plugin}\n")
    return EXIT_CLEAN


def cmd_version(args) -> int:
    reg = load(builtins_only=False)
    sys.stdout.write(f"govlint {__version__}\n")
    for p in reg.plugins:
        sys.stdout.write(f"  plugin {p.name} {p.version} ({p.dist})\n")
    for e in reg.errors:
        _err(e.message)
    return EXIT_CLEAN


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.version:
            return cmd_version(args)
        if args.command is None:
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        return {"check": cmd_check, "parse": cmd_parse, "rules": cmd_rules, "rule": cmd_rule}[args.command](args)
    except ConfigError as exc:
        _err(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:  # pragma: no cover
        _err("interrupted")
        return EXIT_ERROR
    except BrokenPipeError:  # pragma: no cover - e.g. `govlint check | head`
        try:
            sys.stdout.close()
        except Exception:
            pass
        return EXIT_CLEAN


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
