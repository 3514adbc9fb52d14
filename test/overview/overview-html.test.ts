import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/model.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli } from '../support/cli.js';
import { CHROMIUM, renderedDom, screenshot } from '../support/chromium.js';
import { pngInk } from '../report-brief/png.js';
import { pageFacts } from './page-facts.js';

/** The agreements of the sample corpus (its README aside). */
const SAMPLE_SIZE = readdirSync(join(PACKAGE_ROOT, 'corpus')).filter((f) => !/^readme/i.test(f)).length;

if (!CHROMIUM) console.log('overview HTML tests skipped: no chromium at /usr/bin/chromium');

describe.skipIf(!CHROMIUM)('the overview page in headless Chromium', () => {
  it('draws the three charts as SVG and one table row per agreement, each linked to its brief', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-overview-html-'));
    mkdirSync(join(dir, 'pages'));
    const page = join(dir, 'pages', 'overview.html');
    const { code } = await runCli(PACKAGE_ROOT, ['overview', '--out', page, '--briefs', join(dir, 'briefs')]);
    expect(code).toBe(0);
    const html = readFileSync(page, 'utf8');
    // Self-contained: nothing is fetched.
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/i);
    const facts = pageFacts(renderedDom(page));
    expect(facts.charts).toEqual({ 'categories-by-year': true, 'verdicts-by-year': true, 'party-category': true });
    expect(facts.rows).toBe(SAMPLE_SIZE);
    // Every category's name is printed whole in the line chart's legend and on the heat map's axis, and no label is cut short.
    for (const chart of ['categories-by-year', 'party-category']) expect(facts.chartTexts[chart]).toEqual(expect.arrayContaining([...CATEGORIES]));
    expect(Object.values(facts.chartTexts).flat().filter((text) => text.endsWith('…'))).toEqual([]);
    expect(facts.briefLinks).toHaveLength(SAMPLE_SIZE);
    for (const link of facts.briefLinks) {
      expect(link).toMatch(/^\.\.\/briefs\/[\w-]+\.html$/);
      expect(statSync(join(dir, 'pages', link)).size).toBeGreaterThan(2000);
    }
    const shot = join(dir, 'overview.png');
    screenshot(page, shot, [1280, 1800]);
    const { width, height, inked } = pngInk(readFileSync(shot));
    expect([width, height]).toEqual([1280, 1800]);
    // Charts, axes and a table ink a good share of the page; a blank or error page would not.
    expect(inked).toBeGreaterThan(0.03);
    expect(inked).toBeLessThan(0.6);
  });
});
