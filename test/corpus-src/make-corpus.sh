#!/usr/bin/env bash
# Regenerates the binary members of the sample corpus (corpus/*.docx, corpus/*.pdf) from their
# text sources in test/corpus-src/. The .txt, .md and .html members are written by hand in
# corpus/ and need no build step. Requires Node and LibreOffice (soffice); `pdftotext` (poppler)
# is used, when present, to check that the PDF has a usable text layer.
#
# Usage: bash test/corpus-src/make-corpus.sh        (or: npm run corpus:make)
set -euo pipefail
cd "$(dirname "$0")/../.."

SRC=test/corpus-src
OUT=corpus
command -v soffice >/dev/null || { echo "make-corpus: soffice (LibreOffice) not found" >&2; exit 2; }

# A private LibreOffice profile, so that a running LibreOffice (or another build) cannot block us.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PROFILE="file://$WORK/profile"

# source name → target format
declare -A TARGETS=(
  [valmontie-norlande-accord]=docx
  [aurelia-calderra-deca]=pdf
  [tavelia-eskerland-agreement]=pdf
)

for name in "${!TARGETS[@]}"; do
  format=${TARGETS[$name]}
  node "$SRC/fodt.mjs" "$SRC/$name.txt" > "$WORK/$name.fodt"
  soffice "-env:UserInstallation=$PROFILE" --headless --convert-to "$format" --outdir "$WORK" \
    "$WORK/$name.fodt" >/dev/null 2>&1
  [ -s "$WORK/$name.$format" ] || { echo "make-corpus: conversion of $name to $format failed" >&2; exit 1; }
  cp "$WORK/$name.$format" "$OUT/$name.$format"
  echo "wrote $OUT/$name.$format"
done

# The PDF must carry its running header, page numbers and article headings in the text layer.
if command -v pdftotext >/dev/null; then
  layer=$(pdftotext -layout "$OUT/aurelia-calderra-deca.pdf" -)
  for needle in 'Aurelia – Calderra Trade and Digital Economy Agreement' 'Page 2 of' 'Article 3.4 – Non-Discriminatory'; do
    grep -qF "$needle" <<<"$layer" || { echo "make-corpus: PDF text layer lacks '$needle'" >&2; exit 1; }
  done
  echo "checked the text layer of $OUT/aurelia-calderra-deca.pdf"
  layer=$(pdftotext -layout "$OUT/tavelia-eskerland-agreement.pdf" -)
  for needle in 'Official Journal of the Parties' 'Temporary stay of Tavelian artists' 'OJ L 112, 30.4.2025, p. 4.'; do
    grep -qF "$needle" <<<"$layer" || { echo "make-corpus: PDF text layer lacks '$needle'" >&2; exit 1; }
  done
  echo "checked the text layer of $OUT/tavelia-eskerland-agreement.pdf"
fi
