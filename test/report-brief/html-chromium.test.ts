import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIEF_FORMATS } from '../../src/report/brief/index.js';
import { finding, withEcommerceChapter } from '../assess/build.js';
import { CHROMIUM, screenshot } from '../support/chromium.js';
import { pngInk } from './png.js';

if (!CHROMIUM) console.log('HTML brief screenshot test skipped: no chromium at /usr/bin/chromium');

describe.skipIf(!CHROMIUM)('the HTML brief in headless Chromium', () => {
  it('renders a real, non-blank page', () => {
    const { doc, assessment: a } = withEcommerceChapter(['Chapter 10 Exceptions', 'Article 10.1 Broadcasting', 'This Chapter does not apply to broadcasting services.'], (d) => [finding(d, 'cultural-exemption', '10.1', 'broadcasting services')]);
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-html-'));
    const page = join(dir, 'brief.html');
    const shot = join(dir, 'brief.png');
    writeFileSync(page, BRIEF_FORMATS.html(doc, a));
    screenshot(page, shot, [1200, 1600]);
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    const { width, height, inked } = pngInk(readFileSync(shot));
    expect([width, height]).toEqual([1200, 1600]);
    // Text, tables and status badges ink a good share of the page; a blank or error page would not.
    expect(inked).toBeGreaterThan(0.03);
    expect(inked).toBeLessThan(0.6);
  });
});
