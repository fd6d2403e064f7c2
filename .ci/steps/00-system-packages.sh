#!/usr/bin/env bash
# CI step: the Debian packages the rendering harness (tests/harness/) needs: LibreOffice Writer
# (soffice converts the harness's Word documents to PDF, HTML and Word) and the Noto CJK fonts
# (the documents name Noto Serif CJK SC, so the pages lay out the same on every machine).
# Chromium: the HTML report's tests open the page in it (tests/test_html_report.py, via Playwright's
# executable_path; no browser download).
# PostgreSQL: tests/test_store.py starts its own server (initdb/pg_ctl in /usr/lib/postgresql/*/bin).
# poppler-utils: pdftotext, as researchers extract reports' text from PDFs (tests/test_copied_by_pdftotext_layout.py,
# the harness's pdftotext renderings).
# Idempotent: when both are installed it only checks, and returns at once.
set -euo pipefail

packages=(libreoffice-writer fonts-noto-cjk chromium postgresql poppler-utils)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "system packages: ${packages[*]} already installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
command -v soffice >/dev/null || { echo "system packages: soffice still missing after install" >&2; exit 1; }
echo "system packages: installed ${missing[*]}"
