#!/usr/bin/env bash
# CI step: the example plugin (examples/govlint-plugin-example) works as a user would install it.
# Install it (non-editable) into .venv, run its own tests, and check that govlint finds it
# (`govlint rules`, `govlint --version`), runs its rules on a fixture, validates its option, and
# reports its findings in text, JSON and SARIF (with the SARIF `rules` metadata).
# Run by .ci/run from the repository root once .venv exists. On exit the plugin is uninstalled
# again, so the main test suite runs on the built-ins alone (it passes with the plugin too).
set -euo pipefail

py=.venv/bin/python
govlint=.venv/bin/govlint
example=examples/govlint-plugin-example
fixtures="$example/tests/fixtures"
clean="$fixtures/qinghe_2024.txt"
fee_only="$fixtures/qinghe_2024_fee_only.txt"

tmp="$(mktemp -d)"
cleanup() {
  "$py" -m pip uninstall --quiet --yes govlint-plugin-example >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

fail() { echo "example plugin: $*" >&2; exit 1; }

# run CMD...: stdout to $tmp/out, stderr to $tmp/err, exit status to $status (never aborts)
run() {
  set +e
  "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  set -e
}

# from a copy, so the build leaves no build/ or *.egg-info in the tree (nor reuses stale ones)
mkdir "$tmp/src"
cp -R "$example/pyproject.toml" "$example/README.md" "$example/src" "$tmp/src/"
"$py" -m pip install --quiet "$tmp/src"

# its own tests (govlint.testing cases), against the installed package
"$py" -m pytest -q -p no:cacheprovider "$example/tests"

# discovery: the rules with their plugin, and the plugin with its version
run "$govlint" rules --isolated
[ "$status" -eq 0 ] || fail "govlint rules exited $status: $(cat "$tmp/err")"
for code in X901 X902; do
  grep -Eq "^$code +[a-z-]+ +warning +govlint-plugin-example " "$tmp/out" \
    || fail "$code is not listed by govlint rules as coming from govlint-plugin-example"
done
run "$govlint" --version
grep -q "plugin govlint-plugin-example 0.1.0" "$tmp/out" || fail "govlint --version does not list the plugin"
run "$govlint" rules --isolated --no-plugins
grep -q "^X90" "$tmp/out" && fail "govlint rules --no-plugins still lists the plugin's rules"

# text: clean fixture passes; the one with only the fee statement in section 六 gets both findings
run "$govlint" check --isolated "$clean"
[ "$status" -eq 0 ] || fail "the clean fixture is not clean (exit $status): $(head -5 "$tmp/out")"
run "$govlint" check --isolated --no-source "$fee_only"
[ "$status" -eq 1 ] || fail "govlint check on $fee_only exited $status, expected 1: $(cat "$tmp/err")"
for code in X901 X902; do
  grep -q "^$fee_only:68:1: $code \[警告\]" "$tmp/out" || fail "$code did not fire in the text output"
done
run "$govlint" check --isolated --no-plugins "$fee_only"
[ "$status" -eq 0 ] || fail "with --no-plugins the fixture should be clean, exit $status"

# its option, from a configuration file: a value that works, and one of the wrong type
cat >"$tmp/govlint.toml" <<'EOF'
[options.X902]
required_keywords = ["建议", "提案", "复文摘要"]
EOF
run "$govlint" check --config "$tmp/govlint.toml" --no-source --select X902 "$clean"
[ "$status" -eq 1 ] && grep -q "未提到“复文摘要”" "$tmp/out" || fail "option required_keywords is not used"
cat >"$tmp/govlint.toml" <<'EOF'
[options.X902]
required_keywords = "建议"
EOF
run "$govlint" check --config "$tmp/govlint.toml" "$clean"
[ "$status" -eq 2 ] && grep -q "options.X902.required_keywords = '建议' 无效：应为字符串列表" "$tmp/err" \
  || fail "an option of the wrong type is not a configuration error (exit $status)"

# JSON and SARIF: findings, the plugin, and the SARIF rules metadata
for fmt in json sarif; do
  run "$govlint" check --isolated --format "$fmt" "$fee_only"
  if [ "$status" -eq 2 ] && grep -q "unknown format" "$tmp/err"; then
    echo "example plugin: govlint has no --format $fmt yet; its check is skipped"
    continue
  fi
  [ "$status" -eq 1 ] || fail "--format $fmt exited $status: $(cat "$tmp/err")"
  cp "$tmp/out" "$tmp/report.$fmt"
  "$py" - "$fmt" "$tmp/report.$fmt" <<'EOF'
import json
import sys

fmt, path = sys.argv[1], sys.argv[2]
data = json.load(open(path, encoding="utf-8"))
want = {"X901", "X902"}


def fail(msg):
    sys.exit(f"example plugin: --format {fmt}: {msg}")


if fmt == "json":
    codes = {f.get("code") for f in data.get("findings", [])}
    plugins = [p.get("name") for p in data.get("tool", {}).get("plugins", [])]
    if not want <= codes:
        fail(f"findings {sorted(codes)} lack {sorted(want - codes)}")
    if "govlint-plugin-example" not in plugins:
        fail(f"tool.plugins {plugins} lacks govlint-plugin-example")
else:
    run = data["runs"][0]
    codes = {r.get("ruleId") for r in run.get("results", [])}
    if not want <= codes:
        fail(f"results {sorted(codes)} lack {sorted(want - codes)}")
    components = [run["tool"]["driver"]] + run["tool"].get("extensions", [])
    rules = {r["id"]: r for c in components for r in c.get("rules", [])}
    for code in sorted(want):
        rule = rules.get(code)
        if rule is None:
            fail(f"no {code} among the tool's rules")
        if not rule.get("name") or not rule.get("shortDescription", {}).get("text"):
            fail(f"{code} has no name or shortDescription in the SARIF rules")
print(f"example plugin: --format {fmt}: ok")
EOF
done

# the SARIF multitool, when the SARIF step has installed it
mt="${SARIF_MULTITOOL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/govlint/sarif-multitool}/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ -x "$mt" ] && [ -f "$tmp/report.sarif" ] && [ -f .ci/sarif_multitool_check.py ]; then
  "$mt" validate "$tmp/report.sarif" --rule-kind Sarif --level "Error;Warning;Note" \
    --output "$tmp/validate.sarif" --log ForceOverwrite >/dev/null
  "$py" .ci/sarif_multitool_check.py "$tmp/validate.sarif" "multitool on the example plugin's SARIF"
fi

echo "example plugin: ok"
