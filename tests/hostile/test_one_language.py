"""Issue 17, "Messages in one language per run": every error govlint writes (a file it cannot read,
a limit, a bad configuration or command line, a plugin that fails) is in Chinese under ``--lang zh``
(the default) and in English under ``--lang en``, never a mix.

What counts as mixing, exactly:

- zh: once the names the user gave are taken out (paths, option names ``--x``, the values quoted
  in ``'…'``, ``[tool.govlint]`` tables), no ASCII word of 3 or more letters is left other than
  the names in :data:`ZH_ALLOWED` (file formats, programs, configuration keys, Python's own names
  such as ``sys.exit``) and the names of Python exceptions (``ValueError``);
- en: once the paths are taken out, no CJK character and no full-width punctuation is left outside
  “quoted report text”.

The inputs: the hostile campaign's files (``generators.py``), each category checked as one
directory with ``--jobs 2`` under tight limits, in each language; and every error path of the
command line below.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import generators  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

#: ASCII words a Chinese message may hold: formats, programs and libraries, configuration keys and
#: values, Python's names (``sys.exit``, ``check(self, ctx)``), the rule-plugin vocabulary
ZH_ALLOWED = {
    "govlint", "PDF", "pdf", "Word", "WPS", "HTML", "html", "TOML", "UTF", "GB18030", "zip", "docx", "doc", "txt",
    "xlsx", "csv", "json", "sarif", "text", "github", "junit", "markdown", "NUL", "Unicode", "Python", "pip", "install", "ocrmypdf", "chi_sim",
    "sys", "exit", "pygls", "openpyxl", "lsp", "store", "SIGKILL", "SIGSEGV", "SIGABRT", "auto", "true", "false",
    "error", "warning", "note", "ALL", "self", "ctx", "check", "Rule", "rules", "rule", "plugin", "tool",
    "FormatSpec", "Relation", "Diagnostic", "diag", "GOVLINT_MAX_FILE_MB", "GOVLINT_READ_TIMEOUT",
    "annotate", "server", "summary", "parse",
}


def _config_keys():
    from govlint.config import KNOWN_KEYS, SUPPRESS_KEYS
    return set(KNOWN_KEYS) | set(SUPPRESS_KEYS) | {"govlint_rules", "govlint_options", "govlint_formats",
                                                   "govlint_readers", "govlint_formatters"}


#: a file's or folder's name as a message quotes it: with a slash, or a name with an extension
_PATH = re.compile(r"[^\s:：（），；()]*/[^\s:：（），；()]*|[^\s:：（），；()/]+\.[A-Za-z]{1,5}\b|(?<![\w.])\.[a-z]{2,5}\b")


def _strip_paths(line: str, paths) -> str:
    for p in sorted(paths, key=len, reverse=True):
        line = line.replace(p, " ")
    return _PATH.sub(" ", line)


def _strip_given(line: str, paths) -> str:
    line = _strip_paths(line, paths)
    line = re.sub(r"(?<![\w-])--[\w-]+", " ", line)  # option names
    line = re.sub(r"'[^']*'|\"[^\"]*\"", " ", line)  # the values the user gave, as repr shows them
    line = re.sub(r"\[\[?tool\.govlint[\w.]*\]\]?|\[options\.\w+\]", " ", line)
    return line


def zh_mixes(line: str, paths) -> list:
    """The English words in a Chinese message (empty: it is one language)."""
    allowed = ZH_ALLOWED | _config_keys()
    words = re.findall(r"[A-Za-z_][A-Za-z0-9_-]*", _strip_given(line, paths))
    return [w for w in words if sum(c.isalpha() for c in w) >= 3 and w not in allowed
            and not re.fullmatch(r"[A-Z]\w*(Error|Exception)", w) and not re.fullmatch(r"[A-Z]{1,4}\d{1,4}", w)]


def en_mixes(line: str, paths) -> list:
    """The Chinese in an English message outside “quoted report text” (empty: it is one language)."""
    line = re.sub(r"“[^”]*”", " ", _strip_paths(line, paths))
    return re.findall(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+", line)


def _govlint(*args, cwd=None):
    proc = subprocess.run([sys.executable, "-m", "govlint", *map(str, args)], capture_output=True, cwd=cwd,
                          stdin=subprocess.DEVNULL,
                          timeout=600, env={**os.environ, "GOVLINT_CACHE_DIR": ""})
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def _error_lines(out: str, err: str) -> list:
    """The lines that say what kept govlint from checking: every line of stderr, and on stdout
    the error lines (findings are the rules' messages, another matter)."""
    lines = [line for line in err.splitlines() if line.strip()]
    lines += [line for line in out.splitlines() if ": error: " in line or ": 错误：" in line]
    return lines


def test_the_checker_is_exact():
    """Guards the guard: it finds the mixes the campaign found, and passes what is one language."""
    paths = ["/tmp/x/empty.txt"]
    assert zh_mixes("/tmp/x/empty.txt: 错误：the file is empty", paths) == ["the", "file", "empty"]
    assert zh_mixes("/tmp/x/empty.txt: 错误：文件是空的", paths) == []
    assert zh_mixes("govlint: 错误：--timeout -1 无效：应为不小于 0 的数（读取和检查一个文件的时间）", paths) == []
    assert zh_mixes("govlint: 错误：插件 x.py 加载失败：抛出了异常 ValueError：boom", paths) == ["boom"]
    assert en_mixes("/tmp/x/empty.txt: error: 文件是空的", paths) == ["文件是空的"]
    assert en_mixes("/tmp/x/empty.txt: error: the file is empty", paths) == []
    assert en_mixes("no section heading (“一、总体情况” …)", paths) == []
    assert en_mixes("this does not look like a 政府信息公开工作年度报告 (no title)", paths) == ["政府信息公开工作年度报告"]


# -- the campaign's inputs, in both languages -------------------------------------------------------------

@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    d = tmp_path_factory.mktemp("one-language") / "inputs"
    files = generators.write_all(d)
    runs = {}
    for lang in ("zh", "en"):
        runs[lang] = _govlint("check", "--isolated", "--no-source", "--jobs", "2", "--timeout", "3",
                              "--memory-limit", "512", "--lang", lang, d)
    return files, runs


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the watchdog's child processes need a Unix")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_campaigns_errors_are_in_the_runs_language(campaign, lang):
    files, runs = campaign
    code, out, err = runs[lang]
    assert code == 2
    lines = _error_lines(out, err)
    paths = [str(f) for f in files]
    # every file that could not be checked says so, in one line each
    assert len([line for line in lines if line.split(": ", 1)[0] in paths]) >= 10, lines
    mixes = {line: (zh_mixes if lang == "zh" else en_mixes)(line, paths) for line in lines}
    assert {line: m for line, m in mixes.items() if m} == {}
    summary = out.splitlines()[-1]
    assert (summary.endswith("无法检查。") if lang == "zh" else summary.endswith("could not be checked."))


# -- the command line's error paths -----------------------------------------------------------------------

BROKEN_PLUGIN = "raise ValueError('x')\n"
RULE_THAT_RAISES = '''
from govlint.plugin import Rule, hookimpl

class Boom(Rule):
    code = "X901"
    name = "boom"
    summary = "总是出错"
    def check(self, ctx):
        raise ValueError("x")

@hookimpl
def govlint_rules():
    return [Boom]
'''


def _tree(tmp_path: Path) -> dict:
    """Folders with a configuration each, for the error paths that need one."""
    report = tmp_path / "报告.txt"
    report.write_bytes(generators.GOOD_REPORTS[1].read_bytes())
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty.txt").write_bytes(b"")
    configs = {
        "toml": "select = [\n",
        "key": "colour = 1\n",
        "limit": "timeout = -1\n",
        "lang": "lang = 'fr'\n",
        "severity": "[severity]\nA303 = 'loud'\n",
        "suppress": "[[suppress]]\ncode = 'A303'\n",
        "code": "select = ['ZZ99']\n",
        "options": "[options.A303]\ncolour = 1\n",
        "plugin": "plugins = ['broken.py']\n",
        "missing": "plugins = ['missing.py']\n",
        "rule": "plugins = ['boom.py']\n",
        "format": "format-version = '1999'\n",
    }
    for name, text in configs.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "govlint.toml").write_text(text, encoding="utf-8")
        (tmp_path / name / "报告.txt").write_bytes(report.read_bytes())
    (tmp_path / "plugin" / "broken.py").write_text(BROKEN_PLUGIN, encoding="utf-8")
    (tmp_path / "rule" / "boom.py").write_text(RULE_THAT_RAISES, encoding="utf-8")
    return {"report": report}


#: (the folder to run in, relative to the tree; the arguments) of each error path
ERROR_PATHS = [
    (".", ["check", "--bogus", "报告.txt"]),
    (".", ["rules", "--format", "yaml"]),
    (".", ["check", "--timeout", "abc", "报告.txt"]),
    (".", ["check", "--timeout", "-1", "报告.txt"]),
    (".", ["check", "--output", "json", "报告.txt"]),
    (".", ["check", "--select", "ZZ99", "报告.txt"]),
    (".", ["check", "--select", "", "报告.txt"]),
    (".", ["check", "--jobs", "-3", "报告.txt"]),
    (".", ["check", "--format", "yaml", "报告.txt"]),
    (".", ["check", "-o", "报告.txt", "报告.txt"]),
    (".", ["check", "--format", "json", "--output", "sarif:-", "报告.txt"]),
    (".", ["check", "empty"]),
    (".", ["check", "empty.txt"]),
    (".", ["check", "--config", "missing.toml", "报告.txt"]),
    (".", ["check", "--fix", "-"]),
    (".", ["check", "-", "报告.txt"]),
    (".", ["check", "--stdin-filename", "x.txt", "报告.txt"]),
    (".", ["check", "--format-version", "1999", "报告.txt"]),
    (".", ["parse", "empty.txt"]),
    (".", ["rule", "XX999"]),
    (".", ["annotate", "missing.docx", "-o", "out.docx"]),
    (".", ["annotate", "报告.txt", "-o", "报告.txt"]),
    (".", ["summary", "missing.db"]),
    (".", ["summary", "报告.txt", "--format", "xlsx"]),
    (".", ["check"]),  # every folder below: each configuration's error, or its findings
] + [(name, ["check", "报告.txt"]) for name in
     ("toml", "key", "limit", "lang", "severity", "suppress", "code", "options", "plugin", "missing", "rule",
      "format")]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_command_lines_errors_are_in_the_runs_language(tmp_path, lang):
    _tree(tmp_path)
    failures = {}
    for where, args in ERROR_PATHS:
        cwd = tmp_path / where
        code, out, err = _govlint(*args, "--lang", lang, cwd=cwd)
        assert code == 2, (where, args, out, err)
        assert "Traceback" not in err, err
        lines = _error_lines(out, err)
        assert lines, (where, args, out, err)
        # the names the user gave: the paths, the arguments, the key and the rule of the tree's configurations
        paths = [str(cwd), str(tmp_path), "colour", "boom"] + [a for a in args if not a.startswith("-")]
        for line in lines:
            mixed = (zh_mixes if lang == "zh" else en_mixes)(line, paths)
            if mixed:
                failures[f"{where} {' '.join(args)}: {line}"] = mixed
    assert failures == {}
