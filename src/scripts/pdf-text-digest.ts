/**
 * What the PDF reader takes from pdf.js, as one digest per file: every text item of every page (its
 * string, direction, width, height, transform, font and end of line) with the styles of the page's fonts,
 * and the page texts pdf-parse makes of them. Run over the same PDFs before and after a change to how
 * pdf.js is loaded or called (an option, a font shortcut) to see that the reading stays the same; with
 * --out, each file's items are written as JSON, to compare where digests differ.
 * Usage: node dist/src/scripts/pdf-text-digest.js FILE.pdf|DIR ... [--out DIR]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { tuneV8 } from '../cli/v8-tuning.js';
import { extractPageTexts, openForText } from '../ingest/pdf-pages.js';

tuneV8();

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
if (args.length === 0) {
  console.log('Usage: node dist/src/scripts/pdf-text-digest.js FILE.pdf|DIR ... [--out DIR]');
  process.exit(2);
}
if (out) mkdirSync(out, { recursive: true });

const files = args.flatMap((path) =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.toLowerCase().endsWith('.pdf'))
        .sort()
        .map((name) => join(path, name))
    : [path],
);

/** Each page's text items and font styles as pdf.js gives them to pdf-parse, or the failure's message. */
async function textItems(bytes: Uint8Array): Promise<unknown> {
  const { parser, close } = await openForText(bytes);
  try {
    // pdf-parse loads the document as getText does; its typings call that method private.
    const document = await (parser as unknown as { load(): Promise<PDFDocumentProxy> }).load();
    const pages: unknown[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      // The parameters pdf-parse's getText reads each page with.
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      const items = content.items.map((item) => ('str' in item ? textItemFields(item) : item));
      pages.push({ styles: content.styles, items });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } finally {
    await close();
  }
}

function textItemFields(item: TextItem): unknown[] {
  return [item.str, item.dir, item.width, item.height, item.transform, item.fontName, item.hasEOL];
}

const all = createHash('sha256');
for (const file of files) {
  const bytes = readFileSync(file);
  const reading = JSON.stringify({ pageTexts: await extractPageTexts(bytes), items: await textItems(bytes) });
  all.update(reading);
  if (out) writeFileSync(join(out, `${basename(file)}.json`), reading);
  console.log(`${createHash('sha256').update(reading).digest('hex').slice(0, 16)}  ${file}`);
}
console.log(`${all.digest('hex').slice(0, 16)}  all ${files.length} files`);
