import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runMeasured, scratchFolder } from './inputs-run.js';
import { pdfFromObjects } from '../support/pdf-from-objects.js';

/** The sample corpus's real PDF cut short, as a download that stopped: near its end, and at two thirds. */

const dir = scratchFolder('pdf-cut');

beforeAll(() => {
  const bytes = readFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-calderra-deca.pdf'));
  writeFileSync(join(dir, 'good.pdf'), bytes);
  // The cross-reference table's end, the trailer and the end marker lost; every object whole.
  writeFileSync(join(dir, 'cut-late.pdf'), bytes.subarray(0, bytes.length - 300));
  writeFileSync(join(dir, 'cut.pdf'), bytes.subarray(0, Math.floor((bytes.length * 2) / 3)));
  // Laid out as a web-ready (linearised) PDF is: the catalog and the list of pages first, each page's
  // text after them; cut after the first page's text.
  const linear = catalogFirstPdf(ARTICLES);
  writeFileSync(join(dir, 'linear.pdf'), linear);
  writeFileSync(join(dir, 'linear-cut.pdf'), linear.subarray(0, linear.indexOf('7 0 obj')));
}, 60_000);

const ARTICLES = [
  ['Article 1', 'The Parties shall promote cultural cooperation in the fields of music and film.'],
  ['Article 2', 'Nothing in this Agreement shall apply to audiovisual services.'],
  ['Article 3', 'This Agreement shall enter into force on the first day of the second month.'],
] as const;

/** A PDF of one page per article (its heading, then its text), its catalog (1), list of pages (2) and pages (3-5) before the pages' text (6-8). */
function catalogFirstPdf(lines: ReadonlyArray<readonly [string, string]>): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${lines.map((_, i) => `${3 + i} 0 R`).join(' ')}] /Count ${lines.length} >>`,
    ...lines.map((_, i) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${3 + 2 * lines.length} 0 R >> >> /Contents ${3 + lines.length + i} 0 R >>`),
    ...lines.map(([heading, text]) => {
      const content = `BT /F1 10 Tf 40 700 Td (${heading}) Tj 0 -14 Td (${text}) Tj ET`;
      return `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    }),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  return pdfFromObjects(objects);
}

interface Scanned {
  source: string;
  findings: Array<{ category: string; location: { articleNumber?: string } }>;
}

function scan(...files: string[]) {
  const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', '1', ...files]);
  return { ...run, results: run.out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Scanned) };
}

const foundWhere = (result: Scanned | undefined) => (result?.findings ?? []).map((f) => `${f.category} ${f.location.articleNumber ?? ''}`).sort();

describe('a PDF cut short', () => {
  it('with the list of its pages left, is read whole with one warning', () => {
    const run = scan('good.pdf', 'cut-late.pdf');
    expect(run.code).toBe(0);
    expect(run.lines).toEqual(['culturescan: cut-late.pdf: warning: is cut short (it ends without the %%EOF marker that ends a PDF): read from what it holds, the list of its pages included (5 page(s))']);
    const [good, cut] = ['good.pdf', 'cut-late.pdf'].map((name) => run.results.find((r) => r.source === name));
    expect(foundWhere(good).length).toBeGreaterThan(0);
    expect(foundWhere(cut)).toEqual(foundWhere(good));
  });

  it('before the list of its pages, is refused in one line that says it was cut short, the batch going on', () => {
    const run = scan('good.pdf', 'cut.pdf');
    expect(run.code).toBe(0);
    expect(run.lines).toEqual(['culturescan: cut.pdf: is cut short (it ends without the %%EOF marker that ends a PDF), before the part that lists its pages: no page can be read; download it again']);
    expect(run.results.find((r) => r.source === 'good.pdf')?.findings.length).toBeGreaterThan(0);
  });

  it('with the list of its pages left and the text of its last pages lost, is read up to its last page with text and marked cut short', () => {
    const run = scan('linear.pdf', 'linear-cut.pdf');
    expect(run.code).toBe(0);
    expect(run.lines).toEqual(['culturescan: linear-cut.pdf: warning: is cut short (it ends without the %%EOF marker that ends a PDF): read up to page 1 of 3, the last whose text is left; the rest is missing']);
    const [whole, cut] = ['linear.pdf', 'linear-cut.pdf'].map((name) => run.results.find((r) => r.source === name) as Scanned & { cutShort?: boolean });
    expect(foundWhere(whole)).toContain('cultural-exemption 2');
    expect(foundWhere(cut)).toEqual(foundWhere(whole).filter((f) => !f.endsWith(' 2')));
    expect(cut?.cutShort).toBe(true);
    expect(whole?.cutShort).toBeUndefined();
    const brief = JSON.parse(runMeasured(dir, ['report', 'linear-cut.pdf', '--format', 'json']).out) as { cutShort?: boolean; missingParts: Array<{ holds: string }> };
    expect(brief.cutShort).toBe(true);
    expect(brief.missingParts.filter((p) => p.holds === 'rest')).toHaveLength(1);
  });
});
