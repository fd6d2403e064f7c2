#!/usr/bin/env bash
# A plain (non-editable) install into a fresh venv must ship the grammar and the format data:
# `govlint parse` and `govlint check` work from outside the source tree.
set -euo pipefail
repo=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet "$repo"
cd "$tmp"
cp "$repo/tests/fixtures/tabs_2024.txt" report.txt
"$tmp/venv/bin/govlint" parse report.txt | grep -q "（七）总计"
"$tmp/venv/bin/govlint" check report.txt
echo "wheel install: ok"
