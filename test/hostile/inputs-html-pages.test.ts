import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { HAS_GNU_TIME, MEMORY_BUDGET_MB, runMeasured, scratchFolder } from './inputs-run.js';

/**
 * Web pages as they come from the web, built at test time from the sample corpus's real page: the end
 * of <head> left out (HTML lets it be), megabytes of inline script and style, a page of frames, a page
 * showing its agreement in an <iframe>, and the page saved as XHTML with an XML declaration.
 */

const dir = scratchFolder('html-pages');
const PAGE = readFileSync(join(PACKAGE_ROOT, 'corpus', 'calderra-estavia-fta.html'), 'utf8');

beforeAll(() => {
  writeFileSync(join(dir, 'page.html'), PAGE);
  writeFileSync(join(dir, 'no-head-end.html'), PAGE.replace('</head>', '').replace('<body>', ''));
  const script = `<script>${'var line = "<p>Article 99 audiovisual services</p>";\n'.repeat(300_000)}</script>`;
  const style = `<style>${'p.article { margin: 0 }\n'.repeat(300_000)}</style>`;
  writeFileSync(join(dir, 'huge-script.html'), PAGE.replace('<body>', `<body>${script}${style}`));
  writeFileSync(join(dir, 'xhtml.xhtml', ), `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n${PAGE.slice(PAGE.indexOf('<html')).replace('<html', '<html xmlns="http://www.w3.org/1999/xhtml"')}`);
  writeFileSync(join(dir, 'frames.html'), '<!DOCTYPE html><html><head><title>Free Trade Agreement</title></head><frameset cols="20%,80%"><frame src="contents.html"><frame src="agreement%20text.html"></frameset></html>');
  writeFileSync(join(dir, 'iframe.html'), '<!DOCTYPE html><html><head><title>Free Trade Agreement</title></head><body><h1>Free Trade Agreement between Calderra and Estavia</h1><p>The text of the agreement:</p><iframe src="https://example.org/fta/text.html" width="800"></iframe></body></html>');
}, 60_000);

interface Scanned {
  source: string;
  findings: Array<{ category: string; location: { articleNumber?: string } }>;
}

function scan(...files: string[]) {
  const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', '1', ...files], { cpuSeconds: 60 });
  return { ...run, results: run.out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Scanned) };
}

const foundWhere = (result: Scanned | undefined) => (result?.findings ?? []).map((f) => `${f.category} ${f.location.articleNumber ?? ''}`).sort();

describe('web pages as the web has them', () => {
  it.each([['no-head-end.html'], ['huge-script.html'], ['xhtml.xhtml']])('%s gives the findings of the page it renders, in silence', (file) => {
    const run = scan('page.html', file);
    expect(run.code).toBe(0);
    expect(run.lines).toEqual([]);
    const [page, other] = ['page.html', file].map((name) => run.results.find((r) => r.source === name));
    expect(foundWhere(page).length).toBeGreaterThan(0);
    expect(foundWhere(other)).toEqual(foundWhere(page));
    if (HAS_GNU_TIME) expect(run.peakMb).toBeLessThan(MEMORY_BUDGET_MB);
  });

  it('a page of frames is refused in one line naming the pages it frames, the batch going on', () => {
    const run = scan('page.html', 'frames.html');
    expect(run.code).toBe(0);
    expect(run.lines).toEqual(['culturescan: frames.html: has no text of its own: it shows other pages in frames (contents.html, agreement%20text.html), which culturescan does not fetch: save and scan those']);
    expect(run.results.find((r) => r.source === 'page.html')?.findings.length).toBeGreaterThan(0);
  });

  it('a page that shows another in an <iframe> is read with one warning naming that page', () => {
    const run = scan('iframe.html');
    expect(run.code).toBe(0);
    expect(run.lines).toEqual(['culturescan: iframe.html: warning: shows another page in a frame (https://example.org/fta/text.html), whose text culturescan does not fetch: save and scan it too']);
  });
});
