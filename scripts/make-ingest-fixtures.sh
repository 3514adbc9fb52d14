#!/usr/bin/env bash
# Rebuilds the binary ingest fixtures (PDF, DOCX and the broken variants) from the hand-written
# test/fixtures/ingest/agreement.fodt. Needs LibreOffice (soffice), qpdf and ImageMagick (convert).
# The text-based fixtures (.txt, .md, .html, .xml) are written by hand and not touched here.
set -euo pipefail

dir="$(cd "$(dirname "$0")/../test/fixtures/ingest" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Three pages (a page break before chapters 2 and 3), a running header, "Page N" footers, a footnote.
soffice --headless --convert-to pdf --outdir "$tmp" "$dir/agreement.fodt" >/dev/null 2>&1
soffice --headless --convert-to docx --outdir "$tmp" "$dir/agreement.fodt" >/dev/null 2>&1
cp "$tmp/agreement.pdf" "$tmp/agreement.docx" "$dir/"

# Needs a password to open at all (user password "secret").
qpdf --encrypt secret owner 256 -- "$dir/agreement.pdf" "$dir/encrypted.pdf"

# The first third of a real PDF: no cross-reference table, no trailer.
head -c 12000 "$dir/agreement.pdf" > "$dir/truncated.pdf"

# A page that is only a picture of text, as a scanner makes it (ImageMagick may not write PDF
# under its security policy, so LibreOffice wraps the image).
convert -size 600x300 xc:white -fill black -pointsize 24 -draw "text 40,80 'Article 1 Scanned page'" "$tmp/scan.png"
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
  echo '<office:body><office:text><text:p><draw:frame svg:width="15cm" svg:height="7.5cm" text:anchor-type="as-char"><draw:image><office:binary-data>'
  base64 -w0 "$tmp/scan.png"
  echo '</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>'
} > "$tmp/scanned.fodt"
soffice --headless --convert-to pdf --outdir "$tmp" "$tmp/scanned.fodt" >/dev/null 2>&1
cp "$tmp/scanned.pdf" "$dir/scanned.pdf"

# Junk bytes under a .pdf name, and a .docx that starts like a zip but is cut short.
printf 'This is not a PDF at all\x00\x01\x02\xff\xfe junk bytes\n' > "$dir/not-a-pdf.pdf"
head -c 3000 "$dir/agreement.docx" > "$dir/corrupt.docx"

echo "ingest fixtures written to $dir"
