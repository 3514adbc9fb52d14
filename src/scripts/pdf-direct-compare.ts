/**
 * The direct PDF reader against pdf.js, file by file: for each PDF the direct reader takes, its text
 * items (string, width, height, transform, end of line) and page texts must be those pdf.js and
 * pdf-parse give; for each it declines, the reason. Exit 1 when any reading differs.
 * Usage: node dist/src/scripts/pdf-direct-compare.js FILE.pdf|DIR ... [--quiet]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { tuneV8 } from '../cli/v8-tuning.js';
import { DEFAULT_DIRECT_BUDGET, pagesOf, readPdfDirectly } from '../ingest/pdf-direct.js';
import { extractPageTexts, openForText } from '../ingest/pdf-pages.js';

tuneV8();

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const paths = args.filter((a) => a !== '--quiet');
if (paths.length === 0) {
  console.log('Usage: node dist/src/scripts/pdf-direct-compare.js FILE.pdf|DIR ... [--quiet]');
  process.exit(2);
}
const files = paths.flatMap((path) =>
  statSync(path).isDirectory()
    ? readdirSync(path, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.toLowerCase().endsWith('.pdf'))
        .sort()
        .map((name) => join(path, name))
    : [path],
);

type Fields = [string, number, number, number[], boolean];

async function pdfjsItems(bytes: Uint8Array): Promise<Fields[][]> {
  const { parser, close } = await openForText(bytes);
  try {
    const document = await (parser as unknown as { load(): Promise<PDFDocumentProxy> }).load();
    const pages: Fields[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      pages.push(content.items.filter((item): item is TextItem => 'str' in item).map((item) => [item.str, item.width, item.height, Array.from(item.transform as number[]), item.hasEOL]));
      page.cleanup();
    }
    return pages;
  } finally {
    await close();
  }
}

let taken = 0;
let declined = 0;
let differing = 0;
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const direct = readPdfDirectly(bytes);
  if ('declined' in direct) {
    declined++;
    if (!quiet) console.log(`declined   ${file}: ${direct.declined}`);
    continue;
  }
  taken++;
  const expected = await extractPageTexts(bytes);
  const items = await pdfjsItems(bytes);
  const ours = pagesOf(bytes, DEFAULT_DIRECT_BUDGET, (pageItems) => pageItems.map((item): Fields => [item.str, item.width, item.height, item.transform, item.hasEOL]));
  let difference = '';
  if (!Array.isArray(expected)) difference = `pdf.js fails: ${expected.message}`;
  else if (expected.length !== direct.pageTexts.length) difference = `${direct.pageTexts.length} pages, pdf.js ${expected.length}`;
  else {
    const page = expected.findIndex((text, i) => text !== direct.pageTexts[i]);
    if (page >= 0) {
      const a = expected[page]!;
      const b = direct.pageTexts[page]!;
      let at = 0;
      while (at < a.length && a[at] === b[at]) at++;
      difference = `page ${page + 1} text at ${at}: pdf.js ${JSON.stringify(a.slice(Math.max(0, at - 30), at + 30))} direct ${JSON.stringify(b.slice(Math.max(0, at - 30), at + 30))}`;
    }
  }
  let itemDifference = '';
  for (let p = 0; p < items.length && !itemDifference; p++) {
    const want = items[p]!;
    const got = ours[p] ?? [];
    const n = Math.max(want.length, got.length);
    for (let i = 0; i < n; i++) {
      if (JSON.stringify(want[i]) !== JSON.stringify(got[i])) {
        itemDifference = `page ${p + 1} item ${i}: pdf.js ${JSON.stringify(want[i])} direct ${JSON.stringify(got[i])}`;
        break;
      }
    }
  }
  if (difference || itemDifference) {
    differing++;
    console.log(`DIFFERENT  ${file}: ${difference || 'texts alike'}; ${itemDifference || 'items alike'}`);
  } else if (!quiet) {
    console.log(`identical  ${file} (${direct.pageTexts.length} pages)`);
  }
}
console.log(`${files.length} PDFs: ${taken} read directly (${taken - differing} identical to pdf.js, ${differing} different), ${declined} declined`);
process.exit(differing > 0 ? 1 : 0);
