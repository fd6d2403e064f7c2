"""The pipeline's layers, enforced: readers → layout → grammar/AST → binding → rules →
diagnostics → formatters → CLI. A module may import only from its own layer or the layers below it."""
import ast
from pathlib import Path

SRC = Path(__file__).parent.parent / "src" / "govlint"

LAYERS = [
    # data and inputs: the formats, the domain's words, the diagnostic model, the readers
    {"formats", "lexicon", "diagnostics", "readers", "hookspecs", "cache", "limits", "i18n", "records",
     "syntax.ast"},  # (the tree's records: layout builds its cells, diagnostics point with its spans)
    {"layout"},  # what renderers did to lines and tables, undone
    {"syntax"},  # text → the syntax tree (the grammar and its AST)
    {"binder"},  # the syntax tree → the official format (and the report's facts)
    {"checks", "config", "diagnostics.triage"},  # rules: the Rule base, the relation engine, the plugin host; suppressions
    {"run", "outputs", "store", "testing"},  # linting files (one, many, under the watchdog), outputs, the results store
    {"cli", "plugin", "__main__", "__init__"},  # the command line, the language server, the public facade
]
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}


#: modules ranked on their own, not with their folder
SHARED = {("syntax", "ast"): "syntax.ast", ("diagnostics", "triage"): "diagnostics.triage"}


def _module(path: Path) -> str:
    rel = path.relative_to(SRC).parts
    return SHARED.get(tuple(p.removesuffix(".py") for p in rel[:2]), rel[0].removesuffix(".py"))


def _name(parts) -> str:
    return SHARED.get(tuple(parts[:2]), parts[0])


def _imports(path: Path):
    tree = ast.parse(path.read_text("utf-8"))
    package = path.relative_to(SRC).parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                if node.module and node.module.startswith("govlint."):
                    yield _name(node.module.split(".")[1:])
                continue
            base = list(package)[: len(package) - (node.level - 1)] if node.level > 1 else list(package)
            target = base + (node.module.split(".") if node.module else [])
            if target:
                yield _name(target)
            else:
                yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("govlint."):
                    yield _name(alias.name.split(".")[1:])


def test_every_module_has_a_layer():
    modules = {_module(p) for p in SRC.rglob("*.py")}
    assert modules <= set(RANK), sorted(modules - set(RANK))


def test_no_module_imports_a_higher_layer():
    bad = []
    for path in SRC.rglob("*.py"):
        me = _module(path)
        for target in _imports(path):
            if target in RANK and RANK[target] > RANK[me]:
                bad.append(f"{path.relative_to(SRC)} imports {target}")
    assert not bad, bad


def test_the_import_scan_sees_relative_imports():
    """Guards the guard: the scan must see what engine.py imports."""
    assert {"binder", "config", "syntax", "checks", "readers"} <= set(_imports(SRC / "run" / "engine.py"))
