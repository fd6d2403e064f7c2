"""The command line: ``govlint check``, ``parse``, ``rules``, ``rule CODE``.

Exit status: 0 clean, 1 findings, 2 errors (a file that could not be read, a bad
configuration, a plugin that failed to load or a rule that raised). ``--exit-zero`` turns 1
into 0 but never hides a 2. Machine formats print nothing else on stdout.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional, Sequence

from .. import __version__
from ..config import Config, ConfigError, check_codes, find_config, load_config
from ..diagnostics import FileResult
from ..i18n import Msg
from ..outputs import OutputContext, builtin_formatters
from ..checks.registry import Registry, load, resolve_options

if TYPE_CHECKING:  # pragma: no cover
    from ..run.engine import Settings

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


#: the language of this run's messages: ``--lang``, else the configuration's, else zh (set as
#: soon as it is known: from the arguments before they are parsed, then from the configuration)
_lang = ["zh"]


def _set_lang(lang: Optional[str]) -> str:
    if lang in ("zh", "en"):
        _lang[0] = lang
    return _lang[0]


def _t(zh: str, en: str) -> str:
    """A message of the command line's own, in the run's language."""
    return en if _lang[0] == "en" else zh


def _err(msg) -> None:
    """One line on stderr (``msg``: text, or a Msg shown in the run's language); control
    characters and bytes that are not UTF-8 (a file name's, a configuration's) shown as escapes."""
    from ..outputs.names import for_terminal
    if isinstance(msg, Msg):
        msg = msg.text(_lang[0])
    print(f"govlint: {_t('错误：', 'error: ')}{for_terminal(msg)}", file=sys.stderr)


def _lang_of_argv(argv: Sequence[str]) -> Optional[str]:
    """``--lang`` as the command line gives it, before it is parsed (for argparse's own errors)."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return None


#: argparse's own messages (English) → Chinese: (pattern, Chinese template)
_ARGPARSE_ZH = (
    (r"unrecognized arguments: (.*)", "无法识别的参数：{0}"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", "参数 {0}：无效的选项 {1}（可选：{2}）"),
    (r"argument (\S+): expected one argument", "参数 {0}：需要一个值"),
    (r"argument (\S+): expected at least one argument", "参数 {0}：至少需要一个值"),
    (r"argument (\S+): invalid (\w+) value: (.*)", "参数 {0}：{2} 不是有效的数"),
    (r"the following arguments are required: (.*)", "缺少必需的参数：{0}"),
    (r"argument (\S+): not allowed with argument (\S+)", "参数 {0} 不能与 {1} 同用"),
    (r"ambiguous option: (\S+) could match (.*)", "选项 {0} 有歧义，可能是：{1}"),
    (r"argument (\S+): ignored explicit argument (.*)", "参数 {0}：不接受值 {1}"),
)


def _argparse_message(message: str) -> str:
    """argparse's error in the run's language (its own messages are English)."""
    import re
    if _lang[0] == "en":
        return message
    for pattern, zh in _ARGPARSE_ZH:
        m = re.fullmatch(pattern, message)
        if m:
            return zh.format(*m.groups())
    m = re.fullmatch(r"argument (\S+): (.*)", message)  # an ArgumentTypeError of ours: its Chinese text
    if m and m[2] in _TYPE_ERRORS:
        return f"参数 {m[1]}：{_TYPE_ERRORS[m[2]]}"
    return message


#: the ArgumentTypeErrors of govlint's own argument types: English → Chinese
_TYPE_ERRORS: dict = {}


class _Formatter(argparse.HelpFormatter):
    """argparse's help in the run's language; the terminal's width asked when help is printed.

    (argparse makes a formatter for every argument declared, to check its metavar, and each asks
    the terminal's size through ``shutil``, whose import alone takes bz2 and lzma along: 8 M
    instructions of every start. The width is the same, asked once, when it is first needed.)"""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self._wanted = (indent_increment, max_help_position, width, [])
        super().__init__(prog, indent_increment, max_help_position, width=80)  # (80: a placeholder, see _width)

    def _sizes(self):
        indent_increment, max_help_position, width, known = self._wanted
        if not known:
            if width is None:
                import shutil
                width = shutil.get_terminal_size().columns - 2
            known += [width, min(max_help_position, max(width - 20, indent_increment * 2))]
        return known

    @property  # type: ignore[override]
    def _width(self):
        return self._sizes()[0]

    @_width.setter
    def _width(self, value):
        pass  # (argparse's placeholder: the width is _sizes')

    @property  # type: ignore[override]
    def _max_help_position(self):
        return self._sizes()[1]

    @_max_help_position.setter
    def _max_help_position(self, value):
        pass

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is not None or _lang[0] == "en":
            return super()._format_usage(usage, actions, groups, prefix)
        # (argparse lines up the wrapped usage by characters: "用法：" is three, six columns wide)
        return "用法：" + super()._format_usage(usage, actions, groups, " " * 6)[6:]


class _Parser(argparse.ArgumentParser):
    """argparse in the run's language: its headings, its -h and its usage line (argparse's own
    are English), and a one-line error."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = _t("位置参数", "positional arguments")
        self._optionals.title = _t("选项", "options")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=_t("显示本帮助并退出", "show this help message and exit"))

    def error(self, message):  # exit 2 with a one-line message, like every other error
        if _lang[0] == "en":
            self.print_usage(sys.stderr)
            _err(message)
        else:  # (argparse's usage line is English: a hint in Chinese instead)
            _err(f"{_argparse_message(message)}（用 {self.prog} -h 查看用法）")
        sys.exit(EXIT_ERROR)


def _csv(value: str) -> List[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _output_spec(value: str):
    """``FORMAT:FILE`` → (format, file); the format is checked once the plugins are loaded."""
    fmt, sep, path = value.partition(":")
    if not sep or not fmt.strip() or not path:
        en = f"{value!r}: expected FORMAT:FILE, e.g. sarif:govlint.sarif"
        _TYPE_ERRORS[en] = f"{value!r} 无效：应为“格式:文件”，如 sarif:govlint.sarif"
        raise argparse.ArgumentTypeError(en)
    return fmt.strip(), path


#: the commands, in the order ``govlint -h`` lists them
COMMANDS = ("check", "parse", "rules", "rule", "annotate", "summary", "server")


def build_parser(only: Optional[str] = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only`` (a command), the parser of that command alone
    (what parsing a command line that starts with it needs: each command's options cost a few
    million instructions to declare, a tenth of a cold start for all of them)."""
    def want(command: str) -> bool:
        return only is None or only == command

    p = _Parser(prog="govlint", description=_t("检查政府信息公开工作年度报告。",
                                               "Lint 政府信息公开工作年度报告 (government information "
                                               "disclosure annual reports)."))
    p.add_argument("--version", action="store_true", help=_t("显示版本和已加载的插件", "print the version and the loaded plugins"))
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    def common(sp):
        sp.add_argument("--config", metavar="FILE", help=_t("使用这个配置文件", "use this configuration file"))
        sp.add_argument("--isolated", action="store_true", help=_t("不读任何配置文件", "ignore every configuration file"))
        sp.add_argument("--no-plugins", action="store_true", help=_t("只加载内置规则", "load the built-in rules only"))
        sp.add_argument("--lang", choices=("zh", "en"), help=_t("消息的语言（默认 zh 中文；en 英文）", "language of messages (default zh)"))

    if want("check"):
        c = sub.add_parser("check", help=_t("检查年度报告（文件或文件夹）", "check reports (files or directories)"))
        c.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help=_t("要检查的报告文件或文件夹（默认当前文件夹；- 为标准输入）",
                               "report files or folders to check (default: the current folder; - for stdin)"))
        common(c)
        c.add_argument("--format", dest="output_format", default=None,
                       help=_t("输出格式：text（默认）、json、sarif、html 或插件提供的格式", "output format: text (default), json, sarif, html, or a plugin's"))
        c.add_argument("--output-file", "-o", metavar="FILE", help=_t("把输出写入 FILE，而不是标准输出", "write the output to FILE instead of stdout"))
        c.add_argument("--output", dest="outputs", action="append", type=_output_spec, default=[],
                       metavar="FORMAT:FILE", help=_t("另外把 FORMAT 格式写入 FILE（- 为标准输出）；可重复，"
                                                      "如 --output sarif:govlint.sarif --output json:govlint.json",
                                                      "also write FORMAT to FILE (- for stdout); repeatable, "
                                                      "e.g. --output sarif:govlint.sarif --output json:govlint.json"))
        c.add_argument("--select", type=_csv, help=_t("启用的规则代码或前缀（取代配置中的列表）", "rule codes or prefixes to enable (replaces the configured list)"))
        c.add_argument("--extend-select", type=_csv, help=_t("另外启用的规则代码或前缀", "rule codes or prefixes to enable in addition"))
        c.add_argument("--ignore", type=_csv, help=_t("停用的规则代码或前缀", "rule codes or prefixes to disable"))
        c.add_argument("--format-version", choices=None, help=_t("指定报告格式：2021、2019 或 auto（自动）", "force the report format: 2021, 2019 or auto"))
        c.add_argument("--statistics", action="store_true", help=_t("按规则统计问题数", "count findings per rule"))
        c.add_argument("--exit-zero", action="store_true", help=_t("有问题也以 0 退出（出错仍为 2）", "exit 0 even with findings (errors still exit 2)"))
        c.add_argument("--no-source", action="store_true", help=_t("不在每个问题下显示原文", "do not show the source line under each finding"))
        c.add_argument("--jobs", "-j", type=int, default=None, help=_t("并行进程数（默认：全部 CPU 核）", "parallel processes (default: all cores)"))
        c.add_argument("--progress", action="store_true", help=_t("在标准错误上显示进度条", "show a progress bar on stderr"))
        c.add_argument("--db", metavar="STORE", help=_t("把结果保存到结果库：SQLite 文件或 postgresql:// 地址（见 docs/store.md）",
                                                        "keep the results in a store: an SQLite file or a "
                                                        "postgresql:// URL (docs/store.md)"))
        c.add_argument("--refresh", action="store_true", help=_t("与 --db 同用：即使已存储也重新读取每个文件", "with --db: read every file again, even when stored"))
        c.add_argument("--previous", metavar="FILE", help=_t("唯一 PATH 的上一年度报告（跨年度规则）", "last year's report of the one PATH (cross-year rules)"))
        c.add_argument("--agency-map", metavar="FILE", help=_t("跨年度配对时更名或合并的机关："
                                                               "每行“旧名称,新名称”（见 docs/store.md）",
                                                               "renamed or merged agencies for pairing across years: "
                                                               "`old name,new name` per line (docs/store.md)"))
        c.add_argument("--no-respect-gitignore", action="store_true",
                       help=_t("也检查 git 忽略（.gitignore）的文件", "also check the files git ignores (.gitignore) in the folders walked"))
        _limit_flags(c)
        consumer_options(c)

    if want("parse"):
        pa = sub.add_parser("parse", help=_t("显示 govlint 对报告的理解", "show what govlint understood of a report"))
        pa.add_argument("paths", nargs="+", metavar="PATH",
                        help=_t("报告文件或文件夹（JSON：指定一个文件时输出一个对象，否则输出列表）",
                                "report files or folders (JSON: one object when one file is named, else a list)"))
        common(pa)
        pa.add_argument("--format", dest="output_format", choices=("text", "json"), default="text")
        pa.add_argument("--format-version", help=_t("指定报告格式：2021、2019 或 auto（自动）", "force the report format: 2021, 2019 or auto"))
        _limit_flags(pa)

    if want("rules"):
        r = sub.add_parser("rules", help=_t("列出规则", "list the rules"))
        common(r)
        r.add_argument("--format", dest="output_format", choices=("text", "json", "markdown"), default="text")

    if want("rule"):
        one = sub.add_parser("rule", help=_t("说明一条规则", "explain one rule"))
        one.add_argument("code")
        common(one)
    if want("annotate"):
        _annotate_parser(sub, common)
    if want("summary"):
        sm = sub.add_parser("summary", help=_t("汇总：每份报告一行、每条规则的合计（来自结果库或文件夹）", "one row per report and the totals per rule, from a results store or a directory"))
        sm.add_argument("source", metavar="DB|DIR", help=_t("结果库（SQLite 文件或 postgresql:// 地址）或要检查的报告", "a results store (SQLite file or postgresql:// URL) or reports to check"))
        common(sm)
        sm.add_argument("--format", dest="output_format", choices=("text", "csv", "xlsx"), default="text",
                        help=_t("xlsx：每张表一个工作表的工作簿（需要 -o FILE）", "xlsx: a workbook with a sheet per table (needs -o FILE)"))
        sm.add_argument("--by", choices=("report", "rule", "agency", "region", "year"), default="report",
                        help=_t("与 --format csv 同用：输出哪张表", "with --format csv: which table"))
        sm.add_argument("--output-file", "-o", metavar="FILE", help=_t("写入 FILE，而不是标准输出", "write to FILE instead of stdout"))
        sm.add_argument("--jobs", "-j", type=int, default=None, help=_t("检查文件夹时的并行进程数", "parallel processes for a directory"))
        sm.add_argument("--progress", action="store_true", help=_t("在标准错误上显示进度条（文件夹）", "show a progress bar on stderr (a directory)"))
    if want("server"):
        sub.add_parser("server", help=_t("运行语言服务器（经标准输入输出的 LSP；见 docs/editors.md）", "run the language server (LSP over stdio; docs/editors.md)"))
    return p


def _limit_flags(sp) -> None:
    """--timeout, --memory-limit, --max-decompressed, --recursion-limit, --max-file-size
    (govlint.limits: each also a key of [tool.govlint]; the flag wins; 0 turns it off)."""
    from ..limits import SETTINGS
    g = sp.add_argument_group(_t("限制（每个文件都在这些限制下检查；0 表示不限制）", "limits (each file is checked under them; 0 turns one off)"))
    for s in SETTINGS:
        g.add_argument(f"--{s.key}", dest=f"limit_{s.field}", type=float, default=None,
                       metavar="N", help=_t(s.help_zh, s.help) if s.help_zh else s.help)


def _apply_limits(args, cfg: Config) -> None:
    """The limit flags given (``args`` of any command; those without them change nothing)."""
    from ..limits import SETTINGS
    given = {s.key: getattr(args, f"limit_{s.field}") for s in SETTINGS
             if getattr(args, f"limit_{s.field}", None) is not None}
    if given:
        try:
            cfg.limits = cfg.limits.with_values(given)
        except ValueError as exc:
            raise ConfigError(getattr(exc, "msg", str(exc))) from None


# ---------------------------------------------------------------------------------------

def _config(args) -> Config:
    """The run's configuration; the run's language is then known (``--lang``, else its ``lang``)."""
    cfg = _config_of(args)
    _set_lang(getattr(args, "lang", None) or cfg.lang)
    return cfg


def _config_of(args) -> Config:
    if getattr(args, "isolated", False):
        return Config()
    if getattr(args, "config", None):
        path = Path(args.config)
        if not path.is_file():
            raise ConfigError(Msg(f"{args.config}：没有这个配置文件", f"{args.config}: no such configuration file"))
        return load_config(path)
    return load_config(find_config(Path.cwd()))


def _registry(args, cfg: Config) -> Registry:
    """The plugins, loaded under the time limit (each plugin's import and hooks), whatever they
    print sent to stderr: stdout is the outputs'."""
    import contextlib
    from .. import limits
    if getattr(args, "no_plugins", False):
        cfg.strict_codes = False  # the configuration may name the codes of plugins not loaded now
    _apply_limits(args, cfg)
    before = limits.use(cfg.limits)
    try:
        with contextlib.redirect_stdout(sys.stderr):
            return load(builtins_only=getattr(args, "no_plugins", False), local=cfg.plugins, base=cfg.base,
                        lang=getattr(args, "lang", None) or cfg.lang)
    finally:
        limits.use(before)


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
    _apply_limits(args, cfg)
    _check_options(cfg, reg)


def _check_options(cfg: Config, reg: Registry) -> None:
    """Unknown option names and values of the wrong type are configuration errors."""
    resolve_options(cfg, reg)


def cmd_check(args) -> int:
    from ..run.engine import Settings, collect_files  # (not at the top: the parser and lark are for check only)

    cfg = _config(args)
    reg = _registry(args, cfg)
    _apply_cli(args, cfg, reg)
    formatters = builtin_formatters()
    formatters.update(reg.formatters)
    fmt_name = args.output_format or "text"
    outputs = _outputs(fmt_name, args.output_file, args.outputs, formatters)
    settings = Settings.make(cfg, reg)
    settings.bound_view = _bound_view(outputs, formatters)
    unreadable: List[tuple] = []
    files = list(collect_files(args.paths, cfg.exclude, reg.readers, unreadable,
                               respect_gitignore=cfg.respect_gitignore and not args.no_respect_gitignore))
    _refuse_to_overwrite(outputs, files, args.output_file)
    _refuse_silent_pass(args, settings, files, unreadable)
    rule_classes = _discover_configs(args, cfg, reg, settings, files)
    octx = OutputContext(lang=settings.lang, rules=[rule_classes[c] for c in sorted(rule_classes, key=_order)],
                         tool_version=__version__, plugins=[(p.name, p.version) for p in reg.plugins],
                         rule_plugins=dict(reg.rule_plugin),
                         run_errors=tuple(reg.errors) + _folder_errors(unreadable, settings.lang),
                         statistics=args.statistics,
                         show_source=not args.no_source)
    triage, source = consumer_setup(args, cfg, files, settings)
    _started()
    if args.diff:
        from ..run.fixes import fix_files, summary, unified_diff
        changes = fix_files(files, settings, write=False, jobs=args.jobs)
        from ..run.fixes import copies
        sys.stdout.write(unified_diff(changes))
        for line in copies(changes, settings.lang, written=False):
            print(f"govlint: {line}", file=sys.stderr)
        print(f"govlint: {summary(changes, settings.lang, written=False)}", file=sys.stderr)
        return EXIT_FINDINGS if changes else EXIT_CLEAN
    octx = octx._replace(show_suppressed=args.show_suppressed)
    streamed = _streamed_output(outputs, formatters)
    session = _session(args, settings, files, source)
    try:
        results = _run_files(files, settings, args, cfg, octx, streamed, keep_all=len(outputs) > len(streamed)
                             or bool(args.write_baseline), post=triage.apply if triage else None, source=source,
                             session=session)
    finally:
        if session is not None:
            session.close()
    octx = _when_interrupted(octx, len(results), len(files), session is not None and session.unfinished)
    write_failed = consumer_finish(args, results, settings.lang)
    rendered = []
    for name, path in outputs:
        if (name, path) not in streamed:
            text = _render(name, formatters[name], results, octx, reg)
            if text is None:
                write_failed = True
            else:
                rendered.append((text, path))
    for text, path in rendered:
        try:
            _write(text, path)
        except OSError as exc:
            _err(Msg(f"{path}：无法写出输出（{exc.strerror or exc}）", f"{path}: cannot write the output: {exc.strerror or exc}"))
            write_failed = True
    if octx.run_errors:  # plugins that failed, folders that could not be read, an interruption
        for e in octx.run_errors:
            _err(e.message)
    errors = bool(octx.run_errors) or any(r.errors for r in results) or write_failed
    if errors:
        return EXIT_ERROR
    if any(r.diagnostics for r in results) and not args.exit_zero and not args.write_baseline:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _bound_view(outputs: List[tuple], formatters):
    """The first ``bound_view`` an output's formatter asks for (the HTML report draws the tables)."""
    for name, _ in outputs:
        view = getattr(formatters[name], "bound_view", None)
        if view is not None:
            return view
    return None


# -- running the files: results streamed in input order, a progress line on stderr ------------

def _streamed_output(outputs: List[tuple], formatters) -> List[tuple]:
    """The outputs printed file by file as the results arrive: the built-in text format on
    stdout (the others are written once the run is over)."""
    from ..outputs import text
    return [(n, p) for n, p in outputs if (n, p) == ("text", "-") and formatters[n] is text.format_results]


def _session(args, settings: Settings, files: List[str], source):
    """The results store and the pairing across years (run/session.py), when the run needs them."""
    if source is not None:  # stdin
        if args.db or args.previous:
            raise ConfigError(Msg("--db 和 --previous 用于文件，不能用于标准输入", "--db and --previous work on files, not on stdin"))
        return None
    if not (args.db or args.previous or len(files) > 1):
        return None  # (a one-file run pairs nothing: store.pairing, json and datetime are not imported)
    from ..store.pairing import pair_rules
    if not (args.db or args.previous or pair_rules(settings)):
        return None
    from ..run.session import Session
    return Session(settings, files, args.db, args.refresh, args.previous, args.agency_map)


def _run_files(files: List[str], settings: Settings, args, cfg: Config, octx: OutputContext,
               streamed: List[tuple], keep_all: bool, post=None, source=None, session=None) -> List[FileResult]:
    """Lint ``files`` (``--jobs`` processes), print the streamed text output as results arrive
    and its summary at the end; return the results (slimmed down when only the summary and the
    exit status need them, so memory stays flat over any number of files)."""
    import functools
    from ..outputs import text
    from ..run.runner import run

    jobs = getattr(args, "jobs", None)
    if jobs is not None and jobs < 0:
        raise ConfigError(Msg(f"--jobs {jobs} 无效：请给出进程数，或用 0 表示每个核一个",
                              f"--jobs {jobs}: give a number of processes, or 0 for one per core"))
    show = getattr(args, "progress", False) or (len(files) > 1 and _is_tty(sys.stderr))
    progress = _Progress(len(files)) if show and files else None
    recipe = functools.partial(_worker_settings, cfg, getattr(args, "no_plugins", False),
                               bound_view=settings.bound_view, snapshot=settings.snapshot)
    results: List[FileResult] = []
    out = sys.stdout
    terminated = _stop_on_sigterm()
    if session is not None:
        source = session.results(lambda todo: run(todo, settings, jobs, recipe=recipe))
    # while cross-year findings may come (once every file is read), each file's text is held, to be
    # printed with them, in input order (compressed: held as strings, it was the run's largest use of memory)
    held: Optional[_Held] = _Held() if streamed and session is not None and session.pairing else None
    extra_text: dict = {}  # index → the text of the file's cross-year findings

    def show(failed: str, chunk: str) -> None:
        if (chunk or failed) and progress is not None:
            progress.clear()
        if failed:  # errors on stderr, findings on stdout
            out.flush()
            sys.stderr.write(failed)
            sys.stderr.flush()
        if chunk:
            out.write(chunk)
            out.flush()
    try:
        for r in (source if source is not None else run(files, settings, jobs, recipe=recipe)):
            if post is not None:  # suppressions and the baseline
                r = post(r)
            if held is not None:
                held.append((text.format_errors(r, octx), text.format_blocks(r, octx),
                             text.suppressed_lines(r, octx) if octx.show_suppressed else []))
            elif streamed:
                show(text.format_errors(r, octx), text.format_file(r, octx, errors=False))
            results.append(r if keep_all or not streamed else _slim(r))
            if progress is not None:
                progress.step()
    except KeyboardInterrupt:
        pass  # Ctrl-C: the outputs are written for the files finished (the runner gave them), exit 2
    finally:
        if terminated is not None:
            import signal
            signal.signal(signal.SIGTERM, terminated)
        if progress is not None:
            progress.clear()
    if session is not None and len(results) == len(files):  # the cross-year findings, once every report is read
        from ..run.runner import lint_one
        from ..run.session import merge
        try:
            for i, extra in session.after(results, lint_one):
                if post is not None:
                    extra = post(extra)
                if held is not None and i < len(held):
                    extra_text[i] = (text.format_errors(extra, octx), text.format_blocks(extra, octx),
                                     text.suppressed_lines(extra, octx) if octx.show_suppressed else [])
                results[i] = merge(results[i], extra)
        except KeyboardInterrupt:  # Ctrl-C while the pairs were checked: the outputs say so (exit 2)
            session.unfinished = True
    for i, (failed, blocks, suppressed) in enumerate(held or ()):
        if i in extra_text:
            more_failed, more_blocks, more_suppressed = extra_text[i]
            failed += more_failed
            blocks = sorted(blocks + more_blocks, key=lambda b: b[0])
            suppressed = suppressed + more_suppressed
        lines = [b for _, b in blocks] + suppressed
        show(failed, "\n".join(lines) + "\n" if lines else "")
    if streamed:
        out.write(text.summary(results, _when_interrupted(octx, len(results), len(files),
                                                          session is not None and session.unfinished), errors=False))
        out.flush()
    return results


class _Held:
    """The text output of each file, held in input order until the cross-year findings are known:
    the first :attr:`PLAIN` files' (errors, blocks, suppressed lines) as they are, each later
    file's marshalled and compressed as it comes, read back in order once. Over 2,000 reports,
    held as strings and tuples, it was ~4 MB of a 37 MB run; the compressed stream is a tenth of
    the text. (Compressing a few hundred files' text, ~1 MB, cost more than a warm rerun's
    reading of their results.)"""

    #: how many files' text is held as it is before the rest is compressed
    PLAIN = 256

    def __init__(self) -> None:
        self._plain: List[tuple] = []
        self._z = None
        self._chunks: List[bytes] = []
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def append(self, entry: tuple) -> None:
        self._n += 1
        if len(self._plain) < self.PLAIN:
            self._plain.append(entry)
            return
        import marshal
        if self._z is None:
            import zlib
            self._z = zlib.compressobj(1)
        data = marshal.dumps(entry)
        chunk = self._z.compress(len(data).to_bytes(4, "little") + data)
        if chunk:
            self._chunks.append(chunk)

    def __iter__(self):
        """The entries, in the order they came (once: the stream is let go as it is read)."""
        plain, self._plain = self._plain, []
        plain.reverse()
        while plain:
            yield plain.pop()
        if self._z is None:
            return
        import marshal
        import zlib
        chunks, self._chunks = self._chunks, []
        chunks.append(self._z.flush())
        unzip = zlib.decompressobj()
        buf = bytearray()
        chunks.reverse()
        while chunks:
            buf += unzip.decompress(chunks.pop())
            while len(buf) >= 4:
                n = int.from_bytes(buf[:4], "little")
                if len(buf) < 4 + n:
                    break
                yield marshal.loads(bytes(buf[4:4 + n]))
                del buf[:4 + n]


def _stop_on_sigterm():
    """While files are checked, SIGTERM (a supervisor stopping the run) is handled as Ctrl-C:
    the outputs are written for the files finished. Returns the handler to put back (None when
    none was set: not the main thread, or no SIGTERM)."""
    import signal
    import threading
    if not hasattr(signal, "SIGTERM") or threading.current_thread() is not threading.main_thread():
        return None

    def stop(signum, frame):
        raise KeyboardInterrupt
    return signal.signal(signal.SIGTERM, stop)


def _when_interrupted(octx: OutputContext, done: int, total: int, pairs_unfinished: bool = False) -> OutputContext:
    """The output context, with a run error saying so when only ``done`` of ``total`` files were
    checked (Ctrl-C), or when the cross-year checks were stopped (``pairs_unfinished``)."""
    if done >= total and pairs_unfinished:
        from ..diagnostics import ToolError
        msg = ("interrupted: every file was checked, but not every pair across years; the outputs may lack "
               "cross-year findings" if octx.lang == "en" else "已中断：文件都已检查，但跨年度比对没有完成，输出可能缺少跨年度问题")
        return octx._replace(run_errors=tuple(octx.run_errors) + (ToolError("interrupted", msg),))
    if done >= total:
        return octx
    from ..diagnostics import ToolError
    msg = (f"interrupted: {done} of {total} files were checked; the outputs hold those" if octx.lang == "en"
           else f"已中断：检查完 {done}/{total} 个文件，输出只含这些文件")
    return octx._replace(run_errors=tuple(octx.run_errors) + (ToolError("interrupted", msg),))


# -- suppressions, baselines, stdin (docs/ci.md) ------------------------------------------------

def consumer_options(c) -> None:
    c.add_argument("--baseline", metavar="FILE", help=_t("只报告不在此基线中的问题", "report only the findings not in this baseline"))
    c.add_argument("--write-baseline", metavar="FILE", help=_t("把本次的问题写入 FILE 作为基线（除非出错，以 0 退出）",
                                                               "write the findings of this run to FILE as the "
                                                               "baseline (exit 0 unless errors)"))
    c.add_argument("--show-suppressed", action="store_true", help=_t("也列出被抑制的问题（文本输出）", "list the suppressed findings too (text output)"))
    c.add_argument("--stdin-filename", metavar="NAME", help=_t("从标准输入读取的报告的名称（PATH 为 -）", "the name of the report read from stdin (PATH -)"))
    c.add_argument("--fix", action="store_true", help=_t("对文本报告应用安全修复，然后检查", "apply the safe fixes to text reports, then check them"))
    c.add_argument("--diff", action="store_true", help=_t("以差异显示安全修复，不改动任何文件", "show the safe fixes as a diff; change nothing"))


def consumer_setup(args, cfg: Config, files: List[str], settings: Settings):
    """(the Triage to apply to each result, the results of stdin or None)."""
    triage = None
    nested = any(not isinstance(s, (str, Msg)) and s.config.suppress for s in settings.by_dir.values())
    if cfg.suppress or args.baseline or nested:  # (json and fnmatch only for a run that needs them)
        from ..diagnostics.triage import Baseline
        baseline = Baseline.read(Path(args.baseline)) if args.baseline else None
        triage = _PerConfigTriage(settings, baseline)
    source = None
    if (args.fix or args.diff) and "-" in args.paths:
        option = f"--{'fix' if args.fix else 'diff'}"
        raise ConfigError(Msg(f"{option} 用于文件，不能用于标准输入", f"{option} works on files, not on stdin"))
    if "-" in args.paths:
        if len(args.paths) > 1:
            raise ConfigError(Msg("-：标准输入只能单独读取（有 - 时不要再给出其他路径）",
                                  "-: read from stdin alone (give no other PATH with -)"))
        from .stdin import lint_stdin, stdin_binary
        from ..run.runner import guarded  # (the report on stdin is checked under the limits too)
        name = args.stdin_filename or "stdin.txt"
        source = iter([guarded(name, settings, lambda: lint_stdin(stdin_binary(), args.stdin_filename or "", settings))])
        files[:] = [args.stdin_filename or "stdin.txt"]
    elif args.stdin_filename:
        raise ConfigError(Msg("--stdin-filename 是从标准输入读取的报告的名称：请把 - 作为路径",
                              "--stdin-filename names the report read from stdin: give - as the PATH"))
    if args.fix:
        from ..run.fixes import fix_files, summary
        fixed = fix_files(files, settings, write=True, jobs=args.jobs)
        if fixed:
            from ..run.fixes import copies
            for line in copies(fixed, settings.lang, written=True):
                print(f"govlint: {line}", file=sys.stderr)
            print(f"govlint: {summary(fixed, settings.lang, written=True)}", file=sys.stderr)
    return triage, source


class _PerConfigTriage:
    """The suppression entries of the configuration closest to each file (config discovered per
    file: a sub-folder's ``govlint.toml`` with its own ``[[tool.govlint.suppress]]``, their paths
    relative to that file's folder), then the baseline. As ruff does, the closest configuration
    wins: its entries replace the parent's, they are not added to them."""

    def __init__(self, settings: "Settings", baseline):
        from ..diagnostics.triage import Triage
        self.settings, self.baseline = settings, baseline
        cfg = settings.config
        self.by_config = {cfg.path: Triage(cfg.suppress, cfg.path, baseline, settings.lang)}

    def apply(self, result: FileResult) -> FileResult:
        from ..diagnostics.triage import Triage
        try:
            cfg = self.settings.for_path(result.path).config
        except ConfigError:  # (the file's error says so already)
            cfg = self.settings.config
        triage = self.by_config.get(cfg.path)
        if triage is None:
            triage = self.by_config[cfg.path] = Triage(cfg.suppress, cfg.path, self.baseline, self.settings.lang)
        return triage.apply(result) if triage else result


def consumer_finish(args, results: List[FileResult], lang: str = "zh") -> bool:
    """Write the baseline if asked; True if that failed."""
    if not args.write_baseline:
        return False
    from ..diagnostics.triage import baseline_document, write_atomic
    path = Path(args.write_baseline)
    try:
        write_atomic(path, baseline_document(results, path))
    except OSError as exc:
        _err(Msg(f"{path}：无法写出基线（{exc.strerror or exc}）", f"{path}: cannot write the baseline: {exc.strerror or exc}"))
        return True
    n = sum(len(r.diagnostics) + sum(1 for s in r.suppressed if s.kind == "baseline") for r in results)
    if lang == "en":
        print(f"govlint: wrote {n} finding{'s' if n != 1 else ''} to the baseline {path}", file=sys.stderr)
    else:
        print(f"govlint: 已将 {n} 个问题写入基线 {path}", file=sys.stderr)
    return False


def _slim(r: FileResult) -> FileResult:
    """What the summary and the exit status need of a result: codes, severities, rule names (one
    slim finding for the findings of a file that share them, all with one empty ``data``: over
    2,000 reports the slim findings, a dict each, took ~1 MB)."""
    from ..diagnostics import Diagnostic
    made: dict = {}
    diagnostics = []
    for d in r.diagnostics:
        key = (d.code, d.severity, d.path, d.rule)
        slim = made.get(key)
        if slim is None:
            slim = made[key] = Diagnostic(d.code, d.severity, "", d.path, None, data=_NO_DATA, rule=d.rule)
        diagnostics.append(slim)
    return FileResult(r.path, tuple(diagnostics), r.errors, _NO_DATA, r.kind,
                      suppressed=tuple(s._replace(diagnostic=Diagnostic(s.diagnostic.code, s.diagnostic.severity, "", r.path, None))
                            for s in r.suppressed))


#: the ``data`` and ``lines`` of every slim result (nothing reads them)
_NO_DATA: dict = {}


def _worker_settings(cfg: Config, no_plugins: bool, bound_view=None, snapshot: bool = False) -> Settings:
    """A worker process's Settings, where workers are spawned rather than forked."""
    from ..run.engine import Settings
    settings = Settings.make(cfg, _registry(argparse.Namespace(no_plugins=no_plugins), cfg))
    settings.bound_view = bound_view  # (an output that draws the tables asked for them)
    settings.snapshot = snapshot  # (the results store and the cross-year rules keep each report's)
    return settings


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Progress:
    """``[######......]  1234/10000 files  12%`` on stderr, redrawn at most ten times a second."""

    def __init__(self, total: int, stream=None):
        import time
        self.total, self.done = total, 0
        self.stream = stream or sys.stderr
        self.clock = time.monotonic
        self.drawn = 0.0
        self.width = 0

    def step(self) -> None:
        self.done += 1
        now = self.clock()
        if now - self.drawn >= 0.1 or self.done == self.total:
            self.drawn = now
            filled = 24 * self.done // max(self.total, 1)
            line = (f"[{'#' * filled}{'.' * (24 - filled)}] {self.done}/{self.total} {_t('个文件', 'files')} "
                    f"{100 * self.done // max(self.total, 1)}%")
            self.stream.write("\r" + line)
            self.stream.flush()
            self.width = len(line)

    def clear(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0
            self.drawn = 0.0  # redraw at the next step


def _outputs(fmt_name: str, output_file: Optional[str], extra, formatters) -> List[tuple]:
    """Every (format, destination) of this run: ``--format``/``--output-file`` first, then each
    ``--output FORMAT:FILE``; "-" is stdout. One destination per output, at most one on stdout."""
    outputs = [(fmt_name, output_file or "-")] + list(extra)
    seen = {}
    for i, (name, path) in enumerate(outputs):
        option = f"--format {name}" if i == 0 else f"--output {name}:{path}"
        if name not in formatters:
            available = ", ".join(sorted(formatters))
            raise ConfigError(Msg(f"{option}：未知的格式（可用：{available}）", f"{option}: unknown format (available: {available})"))
        key = "-" if path == "-" else os.path.realpath(path)
        if key in seen:
            where = "stdout" if path == "-" else path
            raise ConfigError(Msg(f"{option}：{'标准输出' if path == '-' else path + ' '}已经接收 {seen[key]} 输出；"
                                  f"请给每个输出各自的目标",
                                  f"{option}: {where} already receives the {seen[key]} output; give each output "
                                  f"its own destination"))
        seen[key] = name
    return outputs


def _discover_configs(args, cfg: Config, reg: Registry, settings: Settings, files: List[str]) -> dict:
    """Config discovered per file, as ruff does: a file is checked with the configuration closest
    to it (its folder's, or the nearest above), with the command line's options on top; unless
    ``--config`` or ``--isolated`` name one configuration for all. The run's language stays one.
    Fills ``settings.by_dir``; returns every rule enabled somewhere ({code: class}), for the outputs."""
    from ..run.engine import Settings as _Settings
    rules = {c: reg.rules[c] for c in settings.enabled}
    if getattr(args, "isolated", False) or getattr(args, "config", None):
        return rules
    root = cfg.path.resolve() if cfg.path else None
    made: dict = {}
    registries = {(tuple(cfg.plugins), cfg.base.resolve()): reg}
    for d in sorted({os.path.dirname(os.path.abspath(f)) for f in files}):
        found = find_config(Path(d))
        key = found.resolve() if found else None
        if key is None or key == root:
            continue
        if key not in made:
            try:
                nested = load_config(found)
                nested.lang = settings.lang  # one language per run (its plugins' errors too)
                regkey = (tuple(nested.plugins), nested.base.resolve())
                if regkey not in registries:
                    registries[regkey] = _registry(args, nested)
                nreg = registries[regkey]
                if nreg.errors:
                    raise ConfigError(Msg("；".join(e.message for e in nreg.errors), "; ".join(e.message for e in nreg.errors)))
                _apply_cli(args, nested, nreg)
                nested.lang = settings.lang  # one language per run
                made[key] = _Settings.make(nested, nreg)
                made[key].bound_view = settings.bound_view
                rules.update({c: nreg.rules[c] for c in made[key].enabled})
            except ConfigError as exc:
                made[key] = exc.msg
        settings.by_dir[d] = made[key]
    return rules


def _folder_errors(unreadable: List[tuple], lang: str) -> tuple:
    """A folder the walk could not read is a run error (exit 2), never a silent pass."""
    from ..diagnostics import ToolError
    from ..outputs.names import for_terminal
    from ..readers.messages import os_reason
    out = []
    for folder, why in unreadable:
        msg = (f"{for_terminal(folder)}: cannot read this folder ({why}); the reports in it were not checked"
               if lang == "en" else f"{for_terminal(folder)}：无法读取这个文件夹（{os_reason(why).zh}），其中的报告没有检查")
        out.append(ToolError("read", msg, folder))
    return tuple(out)


def _refuse_silent_pass(args, settings, files: List[str], unreadable: List[tuple]) -> None:
    """A run that would check nothing is an error, not "all clean": no rule enabled
    (``--select ''``, ``--ignore ALL``), or no file found."""
    if not settings.enabled:
        for e in settings.registry.errors:  # (the plugins that failed may be why)
            _err(e.message)
        raise ConfigError(Msg("没有启用任何规则（见 --select、--ignore 和配置文件），什么也不会检查",
                              "no rule is enabled (see --select, --ignore and the configuration): nothing would be "
                              "checked"))
    _refuse_no_files(args, files, unreadable, settings.registry.readers)


def _refuse_no_files(args, files: List[str], unreadable: List[tuple], readers) -> None:
    """No file found where a walk looked (and no folder it could not read): an error naming
    the extensions it looked for, the registry's readers' included, not a silent pass."""
    if not files and not unreadable:
        from ..run.engine import walked_suffixes
        where = " ".join(args.paths)
        exts = " ".join(walked_suffixes(readers))
        raise ConfigError(Msg(f"{where} 中没有找到报告（查找的扩展名：{exts}）", f"no report found in {where} (looked for {exts})"))


def _render(name: str, formatter, results, octx: OutputContext, reg: Registry) -> Optional[str]:
    """One output's text; None (and an error naming the format's plugin) when its formatter
    raises, exits or returns something that is not text. What it prints goes to stderr."""
    import contextlib
    owner = reg.formatter_plugin.get(name)
    who = Msg(f"输出格式 {name}（插件 {owner}）" if owner else f"输出格式 {name}",
              f"output format {name} (plugin {owner})" if owner else f"output format {name}")
    try:
        with contextlib.redirect_stdout(sys.stderr):
            text = formatter(results, octx)
    except (Exception, SystemExit) as exc:
        did = Msg(f"调用了 sys.exit({exc.code!r})", f"called sys.exit({exc.code!r})") if isinstance(exc, SystemExit) \
            else Msg(f"抛出了异常 {type(exc).__name__}：{exc}", f"raised {type(exc).__name__}: {exc}")
        _err(Msg(f"{who.zh}{did.zh}；没有为它写出任何内容", f"{who.en} {did.en}; nothing was written for it"))
        return None
    if not isinstance(text, str):
        _err(Msg(f"{who.zh}返回了 {type(text).__name__}，而不是文本；没有为它写出任何内容",
                 f"{who.en} returned {type(text).__name__}, not text; nothing was written for it"))
        return None
    return text


def _refuse_to_overwrite(outputs: List[tuple], files: List[str], output_file: Optional[str]) -> None:
    """An output that would write over one of the files to check is a usage error: a report is
    never lost to govlint's output (``-o 报告.txt``)."""
    for i, (name, path) in enumerate(outputs):
        try:
            out = os.stat(path) if path != "-" else None
        except (OSError, ValueError):  # (an output not there yet is none of the files)
            out = None
        if out is None:
            continue
        hit = next((f for f in files if _same_file(f, out)), None)
        if hit is not None:
            from ..outputs.names import for_terminal
            option = (f"--output-file {path}" if output_file else f"--format {name}") if i == 0 else \
                f"--output {name}:{path}"
            raise ConfigError(Msg(f"{for_terminal(option)}：{for_terminal(hit)} 是要检查的文件之一；govlint 从不覆盖"
                                  f"报告：请另选输出文件",
                                  f"{for_terminal(option)}: {for_terminal(hit)} is one of the files to check; govlint "
                                  f"never writes over a report: choose another output file"))


def _same_file(path: str, st: os.stat_result) -> bool:
    try:
        return os.path.samestat(os.stat(path), st)
    except (OSError, ValueError):
        return False


def _order(code: str):
    from ..checks.registry import _code_order
    return _code_order(code)


def _write(text: str, path: Optional[str]) -> None:
    if path and path != "-":
        Path(path).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def cmd_parse(args) -> int:
    from ..binder.bind import bind
    from ..syntax.parser import ParseError, parse
    from .. import readers
    from ..layout.documents import render
    from ..outputs.parsed import dump_bound, dump_text

    cfg = _config(args)
    reg = _registry(args, cfg)
    if getattr(args, "format_version", None):
        cfg.format_version = args.format_version
    fv = None if cfg.format_version in ("auto", "") else cfg.format_version
    if fv is not None and fv not in reg.formats:
        formats = ", ".join(sorted(reg.formats))
        raise ConfigError(Msg(f"format-version {fv!r} 无效：请用 auto 或 {formats} 之一",
                              f"format-version {fv!r}: use auto or one of {formats}"))
    out = []
    status = EXIT_CLEAN
    from ..limits import LimitExceeded, message
    from ..outputs.names import for_terminal
    from ..run.watchdog import guard
    _apply_limits(args, cfg)
    from ..run.engine import collect_files
    unreadable: List[tuple] = []
    paths = list(collect_files(args.paths, cfg.exclude, reg.readers, unreadable))
    for e in _folder_errors(unreadable, _lang[0]):
        _err(e.message)
        status = EXIT_ERROR
    _refuse_no_files(args, paths, unreadable, reg.readers)
    one = len(args.paths) == 1 and paths == list(args.paths)  # one file named: its object, not a list
    for path in paths:
        try:  # under the limits (in this process: the time limit, recursion, sizes)
            with guard(cfg.limits):
                doc = render(readers.read(Path(path), reg.readers))
                report = parse(doc.text, path, doc.source)
                bound = bind(report, reg.formats, fv)
        except (readers.ReadError, ParseError) as exc:
            from ..run.engine import _parse_error
            said = exc.msg if isinstance(exc, readers.ReadError) else _parse_error(exc)
            _err(f"{for_terminal(path)}: {said.text(_lang[0])}")
            status = EXIT_ERROR
            continue
        except (LimitExceeded, MemoryError, RecursionError) as exc:
            which = exc.which if isinstance(exc, LimitExceeded) else \
                ("memory" if isinstance(exc, MemoryError) else "recursion")
            _err(f"{for_terminal(path)}: {message(which, cfg.limits, args.lang or cfg.lang)}")
            status = EXIT_ERROR
            continue
        out.append(dump_bound(bound))
    if args.output_format == "json":
        import json
        if not (one and not out):  # (a file that could not be read: its error only, no "null")
            sys.stdout.write(json.dumps(out[0] if one else out, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("".join(dump_text(d) for d in out))
    return status


def cmd_rules(args) -> int:
    cfg = _config(args)
    reg = _registry(args, cfg)
    rules = reg.sorted_rules()
    if args.output_format == "json":
        data = [{"code": r.code, "name": r.name, "family": r.family(), "severity": r.severity,
                 "summary": r.summary, "summary_en": r.summary_en, "plugin": reg.rule_plugin.get(r.code, "")}
                for r in rules]
        import json
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif args.output_format == "markdown":
        lines = ["| code | name | severity | summary |", "|---|---|---|---|"]
        for r in rules:
            lines.append(f"| {r.code} | {r.name} | {r.severity} | {r.summary} |")
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        en = (args.lang or cfg.lang) == "en"
        wname = max([28] + [len(r.name) for r in rules])
        plugin_of = {r.code: reg.rule_plugin.get(r.code, "") for r in rules}
        wplugin = max([14] + [len(p) for p in plugin_of.values()])
        for r in rules:
            sys.stdout.write(f"{r.code:6} {r.name:{wname}} {r.severity:8} {plugin_of[r.code]:{wplugin}} "
                             f"{r.summary_en if en else r.summary}\n")
    for e in reg.errors:
        _err(e.message)
    return EXIT_ERROR if reg.errors else EXIT_CLEAN


def cmd_rule(args) -> int:
    cfg = _config(args)
    reg = _registry(args, cfg)
    rule = reg.rules.get(args.code.upper())
    if rule is None:
        _err(Msg(f"未知的规则代码 {args.code!r}；govlint rules 列出所有规则", f"unknown rule code {args.code!r}; `govlint rules` lists them"))
        return EXIT_ERROR
    sys.stdout.write(rule.docs(args.lang or cfg.lang))
    plugin = reg.rule_plugin.get(rule.code, "")
    sys.stdout.write("\n" + _t(f"级别：{rule.severity} · 类别：{rule.family()} · 插件：{plugin}",
                               f"severity: {rule.severity} · family: {rule.family()} · plugin: {plugin}") + "\n")
    for name, default in sorted(reg.options.get(rule.code, {}).items()):
        import json
        value = json.dumps(default, ensure_ascii=False)
        sys.stdout.write(_t(f"选项：{name} = {value}（在 [options.{rule.code}] 下设置）",
                            f"option: {name} = {value} (set under [options.{rule.code}])") + "\n")
    return EXIT_CLEAN


# -- govlint annotate: the findings where people look (a Word file's comments) ---------------

def _annotate_parser(sub, common) -> None:
    an = sub.add_parser("annotate", help=_t("写出 Word 报告的副本，每个问题作为批注（其他文件写 HTML 报告）",
                                            "write a copy of a Word report with each finding as a comment "
                                            "(an HTML report for other files)"))
    an.add_argument("path", metavar="REPORT")
    an.add_argument("-o", "--output", required=True, metavar="OUT", help=_t("要写出的副本（绝不覆盖报告本身）", "the copy to write (never the report)"))
    common(an)
    an.add_argument("--format-version", help=_t("指定报告格式：2021、2019 或 auto（自动）", "force the report format: 2021, 2019 or auto"))


def cmd_annotate(args) -> int:
    from ..run.engine import Settings
    from ..outputs import html_bound_view
    from ..run.runner import lint_one

    cfg = _config(args)
    reg = _registry(args, cfg)
    _apply_cli(args, cfg, reg)
    src, dst = Path(args.path), Path(args.output)
    if not src.is_file():
        raise ConfigError(Msg(f"{args.path}：没有这个文件", f"{args.path}: no such file"))
    if dst.exists() and dst.resolve() == src.resolve():
        raise ConfigError(Msg(f"{args.output}：这就是报告本身；annotate 写出副本，请另给一个文件",
                              f"{args.output}: that is the report itself; annotate writes a copy, give another file"))
    settings = Settings.make(cfg, reg)
    settings.bound_view = html_bound_view
    result = lint_one(str(src), settings)
    for e in list(reg.errors) + list(result.errors):
        _err(e.message)
    if result.errors:
        return EXIT_ERROR
    try:
        if result.kind in ("docx", "doc"):
            from ..outputs.docx_comments import annotate_docx
            import tempfile
            with tempfile.TemporaryDirectory(prefix="govlint-annotate-") as work:
                word = src
                if result.kind == "doc":  # (the comments go into a .docx: LibreOffice's conversion, as read)
                    from ..readers import ReadError
                    from ..readers.legacy import as_docx
                    try:
                        word = Path(work) / "report.docx"
                        word.write_bytes(as_docx(src.read_bytes(), src.suffix.lower()))
                    except ReadError as exc:
                        _err(exc.msg)
                        return EXIT_ERROR
                    dst = dst.with_suffix(".docx")
                placed = annotate_docx(word, dst, result, reg.rules, settings.lang)
            top = sum(p.where == 'top' for p in placed)
            print(f"govlint: {dst}: " + _t(f"{len(placed)} 条批注（{top} 条在开头）", f"{len(placed)} comments ({top} at the top)"),
                  file=sys.stderr)
        else:
            if dst.suffix.lower() in (".docx", ".doc", ""):
                dst = dst.with_suffix(".html")
            octx = OutputContext(lang=settings.lang, rules=[reg.rules[c] for c in sorted(settings.enabled, key=_order)],
                                 tool_version=__version__)
            _write(builtin_formatters()["html"]([result], octx), str(dst))
            print("govlint: " + _t(f"{args.path} 不是 Word 文件（{result.kind}）：改为把 HTML 报告写到 {dst}",
                                   f"{args.path} is not a Word file ({result.kind}): wrote the HTML report to {dst} instead"),
                  file=sys.stderr)
    except OSError as exc:
        _err(Msg(f"{dst}：无法写出（{exc.strerror or exc}）", f"{dst}: cannot write: {exc.strerror or exc}"))
        return EXIT_ERROR
    if reg.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if result.diagnostics else EXIT_CLEAN


def cmd_summary(args) -> int:
    """``govlint summary DB|DIR`` (store/summary.py)."""
    from ..store import summary
    src = args.source
    if os.path.isdir(src) or (os.path.isfile(src) and not _is_store_file(src)):
        reports, lang = _summary_of_files(args, src)
    else:
        if "://" not in src and not os.path.isfile(src):
            raise ConfigError(Msg(f"{src}：没有这个结果库或文件夹", f"{src}: no such store or directory"))
        from ..store import open_store
        store = open_store(src)
        try:
            reports = store.reports()
        finally:
            store.close()
        lang = args.lang or "zh"
    rows, rules = summary.report_rows(reports), summary.rule_rows(reports)
    if args.output_format == "xlsx":
        if not args.output_file or args.output_file == "-":
            _err(Msg("--format xlsx 写出工作簿：请用 -o 文件.xlsx 指定", "--format xlsx writes a workbook: name it with -o FILE.xlsx"))
            return EXIT_ERROR
        try:
            summary.as_xlsx(args.output_file, rows, rules)
        except ImportError:
            _err(Msg("--format xlsx 需要 openpyxl：pip install 'govlint[store]'", "--format xlsx needs openpyxl: pip install 'govlint[store]'"))
            return EXIT_ERROR
        except OSError as exc:
            _err(Msg(f"{args.output_file}：无法写出（{exc.strerror or exc}）", f"{args.output_file}: cannot write: {exc.strerror or exc}"))
            return EXIT_ERROR
        return EXIT_CLEAN
    if args.output_format == "csv":
        if args.by == "report":
            text = summary.as_csv(rows, summary.REPORT_FIELDS)
        elif args.by == "rule":
            text = summary.as_csv(rules, summary.RULE_FIELDS)
        else:
            text = summary.as_csv(summary.group_rows(rows, args.by), summary.GROUP_FIELDS[args.by])
    else:
        text = summary.as_text(rows, rules, lang)
    try:
        _write(text, args.output_file or "-")
    except OSError as exc:
        _err(Msg(f"{args.output_file}：无法写出（{exc.strerror or exc}）", f"{args.output_file}: cannot write: {exc.strerror or exc}"))
        return EXIT_ERROR
    return EXIT_CLEAN


def _is_store_file(path: str) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def _summary_of_files(args, src: str):
    """Check the reports of ``src`` (with the cross-year pairs) for the summary."""
    from ..run.engine import Settings, collect_files
    from ..run.runner import lint_one, run
    from ..run.session import Session, merge
    cfg = _config(args)
    reg = _registry(args, cfg)
    _apply_cli(args, cfg, reg)
    settings = Settings.make(cfg, reg)
    files = list(collect_files([src], cfg.exclude, reg.readers))
    session = Session(settings, files)
    progress = _Progress(len(files)) if args.progress and files else None
    results = []
    try:
        for r in session.results(lambda todo: run(todo, settings, args.jobs)):
            results.append(r)
            if progress is not None:
                progress.step()
    finally:
        if progress is not None:
            progress.clear()
    for i, extra in session.after(results, lint_one):
        results[i] = merge(results[i], extra)
    reports = []
    for r in results:
        snap = session.facts.get(r.path) or {}
        reports.append({"path": r.path, "agency": snap.get("agency"), "year": snap.get("year"),
                        "level": snap.get("level"), "findings": [(d.code, d.severity, d.message) for d in r.diagnostics]})
    return reports, settings.lang


def cmd_version(args) -> int:
    try:  # the configuration's local plugins are listed too; a broken configuration is not the point here
        cfg = load_config(find_config(Path.cwd()))
    except ConfigError:
        cfg = Config()
    reg = load(builtins_only=False, local=cfg.plugins, base=cfg.base, lang=_set_lang(cfg.lang))
    sys.stdout.write(f"govlint {__version__}\n")
    for p in reg.plugins:
        sys.stdout.write(f"  plugin {p.name} {p.version} ({p.dist})\n")
    for e in reg.errors:
        _err(e.message)
    return EXIT_ERROR if reg.errors else EXIT_CLEAN  # as `govlint rules`: a plugin that failed is an error


def cmd_server(args) -> int:
    try:
        import pygls  # noqa: F401 - only whether it is installed
    except ImportError:
        _err(Msg("govlint server 需要 pygls：pip install 'govlint[lsp]'", "govlint server needs pygls: pip install 'govlint[lsp]'"))
        return EXIT_ERROR
    from .server import main as serve
    return serve()


#: whether this process is a command line's own (``main()`` called without arguments, by the
#: console script or ``python -m govlint``): the process ends with the run
_own_process = [False]


def _started() -> None:
    """The run's start-up is over (the plugins loaded, the settings and the files known): in a
    process of its own, the objects made so far live until the process ends, so the garbage
    collector stops looking at them (``gc.freeze``; every later collection traversed them again:
    ~6 % of a warm rerun's instructions, and worker processes forked later do not touch their
    pages) and collects again (it was off while starting). Called from a test or an editor's
    process (``main(argv)``), nothing changes."""
    if _own_process[0]:
        import gc
        gc.freeze()
        gc.enable()


def main(argv: Optional[Sequence[str]] = None) -> int:
    _own_process[0] = argv is None
    try:
        return _main(argv)
    finally:
        if _own_process[0]:
            import gc
            gc.enable()


def _main(argv: Optional[Sequence[str]]) -> int:
    _lang[0] = "zh"
    _set_lang(_lang_of_argv(sys.argv[1:] if argv is None else list(argv)))
    given = sys.argv[1:] if argv is None else list(argv)
    # (its help in the language of --lang; a command line that starts with a command needs that command's only)
    parser = build_parser(given[0] if given and given[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    if _own_process[0] and args.command == "check" and not args.version:
        import gc
        gc.disable()  # (until _started(): starting makes long-lived objects, no garbage worth a collection)
    try:
        if args.version:
            return cmd_version(args)
        if args.command is None:
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        return {"check": cmd_check, "parse": cmd_parse, "rules": cmd_rules, "rule": cmd_rule,
                "annotate": cmd_annotate, "server": cmd_server,
                "summary": cmd_summary}[args.command](args)
    except ConfigError as exc:
        _err(exc.msg)
        return EXIT_ERROR
    except KeyboardInterrupt:  # pragma: no cover
        _err(Msg("已中断", "interrupted"))
        return EXIT_ERROR
    except BrokenPipeError:  # pragma: no cover - e.g. `govlint check | head`
        try:
            sys.stdout.close()
        except Exception:
            pass
        return EXIT_CLEAN


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
