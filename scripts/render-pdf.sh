#!/usr/bin/env bash
# Renders every template kind (and the filled self-eval example) from the CLI to PDF and PNG pages, to
# look at what the templates print like. Needs LibreOffice and a CJK font:
#   apt-get install -y libreoffice-calc-nogui fonts-wqy-microhei poppler-utils
# Usage: scripts/render-pdf.sh [out-dir] [year]   (default: test-output/render, 2025). Not committed output.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/test-output/render}"
year="${2:-2025}"
mkdir -p "$out"
cli() { node "$root/bin/perf-tables.js" "$@"; }

kinds="$(cli template --list | awk 'NR > 1 && /^  [a-z]/ { print $1 }')"
for kind in $kinds; do
  cli template "$kind" --year "$year" -o "$out/$kind.xlsx" --force > /dev/null
done
cli template self-eval --example --year 2024 -o "$out/self-eval-example.xlsx" --force > /dev/null

for xlsx in "$out"/*.xlsx; do
  soffice --headless --convert-to pdf --outdir "$out" "$xlsx" > /dev/null 2>&1
  pdf="${xlsx%.xlsx}.pdf"
  rm -f "${pdf%.pdf}".page-*.png
  pdftoppm -png -r 60 "$pdf" "${pdf%.pdf}.page"
  echo "$(basename "$pdf"): $(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }') page(s)"
done
