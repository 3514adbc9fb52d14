import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runMeasured, scratchFolder } from './inputs-run.js';

/** The sample corpus's real PDF cut short, as a download that stopped: near its end, and at two thirds. */

const dir = scratchFolder('pdf-cut');

beforeAll(() => {
  const bytes = readFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-calderra-deca.pdf'));
  writeFileSync(join(dir, 'good.pdf'), bytes);
  // The cross-reference table's end, the trailer and the end marker lost; every object whole.
  writeFileSync(join(dir, 'cut-late.pdf'), bytes.subarray(0, bytes.length - 300));
  writeFileSync(join(dir, 'cut.pdf'), bytes.subarray(0, Math.floor((bytes.length * 2) / 3)));
}, 60_000);

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
});
