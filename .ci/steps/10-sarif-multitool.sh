#!/usr/bin/env bash
# CI step: govlint's SARIF, on fixtures where every built-in rule fires, must pass the Microsoft
# SARIF multitool's validation with zero errors and zero warnings, both for the SARIF rules
# (--rule-kind Sarif) and for GitHub code scanning's ingestion rules (--rule-kind Gh).
# Run by .ci/run from the repository root once .venv exists. Notes are printed, not counted.
#
# The multitool goes to $SARIF_MULTITOOL_DIR (default ~/.cache/govlint/sarif-multitool), where
# tests/test_sarif.py finds it too; it is installed only when missing.
set -euo pipefail

tools="${SARIF_MULTITOOL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/govlint/sarif-multitool}"
mt="$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -e "$mt" ]; then
  mkdir -p "$tools"
  npm install --no-save --no-audit --no-fund --prefix "$tools" @microsoft/sarif-multitool
fi
chmod u+x "$mt"

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

codes="S100 S101 S102 S103 S104 S105 C200 C201 C202 C203 C204 C205 C206 C207 A301 A302 A303 A304 A305 F401 F402 V501 V502 N601 N602 P701 P702"
fixtures=(tests/fixtures/sarif/*.txt)

# Findings exit 1; anything else (2: a file that could not be read, a plugin that failed) is a failure.
set +e
.venv/bin/govlint check --isolated --format sarif --output-file "$out/govlint.sarif" \
  --output text:"$out/govlint.txt" --statistics "${fixtures[@]}"
status=$?
set -e
if [ "$status" -ne 1 ]; then
  echo "sarif-multitool: govlint check exited $status (expected 1: findings)" >&2
  cat "$out/govlint.txt" >&2 || true
  exit 1
fi

missing=""
for code in $codes; do
  grep -q "\"ruleId\": \"$code\"" "$out/govlint.sarif" || missing="$missing $code"
done
if [ -n "$missing" ]; then
  echo "sarif-multitool: these rules did not fire on tests/fixtures/sarif:$missing" >&2
  exit 1
fi

failed=0
for kind in Sarif Gh; do
  log="$out/validate-$kind.sarif"
  "$mt" validate "$out/govlint.sarif" --rule-kind "$kind" --level "Error;Warning;Note" \
    --output "$log" --log ForceOverwrite
  .venv/bin/python .ci/sarif_multitool_check.py "$log" "multitool --rule-kind $kind" || failed=1
done
exit "$failed"
